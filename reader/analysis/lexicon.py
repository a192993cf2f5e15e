"""The word lists of one language gathered into one object the rules consult.

Built once per language and cached; every field is a frozenset so look-ups are O(1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis import lexicon_en, lexicon_es
from reader.analysis.wordlist import words

_ES_ENDINGS = frozenset(
    words(
        """
        ó aron a an aba aban ará arán aría ado ada ando ándole ándoles e en ió ieron ía
        ían ido ida iendo iéndole eó earon ea yó yeron o ieron ará ye yen ar er ir
        """
    )
)
_ES_STEMS = words(
    """
        afirm asegur asever señal subray indic explic añad agreg advirt advierte destac
        apunt manifest declar reconoc admit neg insist precis recalc reiter denunci
        respond anunci confirm coment expres inform cit record reafirm pregunt critic
        lament alert aclar conclu promet opin estim calific acus reclam pid exig
        sentenci resalt remarc defend celebr valor escrib tuit abog plante relat narr
        replic matiz enfatiz garantiz avis comunic sostuv sosten agradec insinu
        reflexion reconoc asum admit resum atribu detall sugir sugier propus propon compar
        espet consider zanj
        """
)
_ES_IRREGULAR = frozenset(
    words(
        """
        dijo dijeron dice dicen decía decían dirá dirían dicho diciendo decir recuerda
        recuerdan advierte advierten sostiene sostienen pide piden niega niegan reconoce
        reconocen concluye concluyen escribió escribe propuso contó contaron relató
        relataron recoge recogen reza establece establecen expone exponen reprochó
        zanjó puntualizó ironizó bromeó bromea bromearon pedido pedida pedía pedían
        """
    )
)
_EN_REPORTING = frozenset(
    words(
        """
        said says say saying told tells tell added adds claimed claims stated argued
        argues insisted insists warned warns noted explained explains announced
        announces denied denies admitted admits wrote writes asked asks replied replies
        responded confirmed confirms stressed stresses emphasized emphasised declared
        acknowledged conceded recalled predicted suggested tweeted posted remarked
        commented complained boasted vowed pledged promised urged cautioned observed
        concluded maintained contended asserted continued recounted testified alleged
        added explained reiterated answered answers described describes called calls
        estimated estimates adding saying telling noting warning explaining insisting
        arguing claiming stressing recalling describing calling answering replying
        write argue insist warn explain announce deny admit reply
        """
    )
)
_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_]+)")


# Every reporting verb form both languages know, for O(1) look-ups on hot paths.
REPORTING_FORMS = frozenset(
    {stem + ending for stem in _ES_STEMS for ending in _ES_ENDINGS} | _ES_IRREGULAR | _EN_REPORTING
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All word lists used by the rules, for one language."""

    code: str
    function_words: frozenset[str]
    other_function_words: frozenset[str]
    name_articles: frozenset[str]
    skip_words: frozenset[str]
    titles: frozenset[str]
    cap_titles: frozenset[str]
    role_nouns: frozenset[str]
    source_nouns: frozenset[str]
    demonyms: frozenset[str]
    org_words: frozenset[str]
    loc_words: frozenset[str]
    misc_words: frozenset[str]
    connectors: frozenset[str]
    org_nouns: frozenset[str]
    loc_nouns: frozenset[str]
    place_preps: frozenset[str]
    articles: frozenset[str]
    determiners: frozenset[str]
    misc_nouns: frozenset[str]
    prepositions: frozenset[str]
    pronouns: frozenset[str]
    according: tuple[str, ...]
    indefinites: frozenset[str]
    clitics: frozenset[str]
    standalone_org_nouns: frozenset[str]
    relatives: frozenset[str]
    team_roles: frozenset[str]
    sport_words: frozenset[str]
    club_articles: frozenset[str]
    region_abbreviations: frozenset[str]
    procedural: tuple[str, ...]

    @property
    def keywords(self) -> frozenset[str]:
        """Common nouns that type a name (Ministerio, Golfo, Copa) but are no name alone."""
        return self.org_words | self.loc_words | self.misc_words

    def is_reporting(self, word: str) -> bool:
        """Whether ``word`` is a reporting verb (said, dijo, afirmó ...)."""
        return word.lower() in REPORTING_FORMS

    def reporting_after(self, text: str, end: int) -> bool:
        """Whether the word right after ``end`` is a reporting verb."""
        match = _NEXT_WORD.match(text, end, end + 30)
        return bool(match) and self.is_reporting(match.group(1))


_ORG_NOUNS = frozenset(
    words(
        """
        consorcio consortium consultora consultoría consultancy auditora calificadora naviera
        minera distribuidora
    agencia diario periódico cadena emisora empresa compañía firma partido grupo
        banco organización club equipo aerolínea plataforma portal medio televisora
        petrolera constructora multinacional aseguradora farmacéutica tecnológica
        fabricante sindicato comité patronal asociación federación entidad cooperativa
        operadora concesionaria consultora agency newspaper broadcaster company firm party group bank
        organization organisation club team airline network outlet daily magazine brand
        startup manufacturer carrier retailer insurer lender giant maker union charity
        ministry bureau trust carmaker automaker committee council
        """
    )
)
_LOC_NOUNS = frozenset(
    words(
        """
        represa embalse presa dam reservoir puerto port aeropuerto airport puente bridge
        autopista highway carretera mina mine arroyo creek laguna volcán volcano
        comuna parroquia corregimiento glaciar glacier quebrada
        ward district distrito prefecture prefectura comarca cantón canton neighbourhood
        valle valley cuenca basin río river lago lake sierra cerro monte
        neighborhood suburb
        ciudad localidad pueblo municipio provincia estado región país capital isla
        aldea barrio town city village province state region country capital island
        county
        """
    )
)


# Titles written capitalised in front of a name and not part of it ("President Biden").
_CAP_TITLES = frozenset(
    words(
        """
        president presidente presidenta minister ministro ministra senator sen rep gov
        governor mayor judge pope papa king queen prince princess rey reina príncipe
        princesa mr mrs ms dr sr sra srta dra sir dame lord lady sheikh emir chancellor
        commissioner chairman ceo vice vicepresidente premier chief member officer
        detective sheriff spokesman spokeswoman attorney justice deputy councilman
        councilwoman councillor councilor congressman congresswoman director inspector
        superintendent professor prof sergeant captain lieutenant colonel general
        diputado diputada senadora alcalde alcaldesa gobernador gobernadora coach
        canciller secretary gen col capt lt sgt adm rev father ambassador embajador ing
        lic arq chair chairwoman spokesperson cfo coo speaker secretario secretaria
        subsecretario subsecretaria consejero consejera vicepresidenta directora jueza
        portavoz delegado delegada viceministro viceministra candidate prosecutor
        candidato candidata fiscal
        """
    )
)


# Common nouns that announce the name of a project, law, operation or work.
_MISC_NOUNS = frozenset(
    words(
        """
        proyecto programa operación plan ley decreto tratado campaña festival torneo
        project programme program operation law act treaty campaign festival tournament
        borrasca huracán tormenta tifón ciclón dana hurricane storm typhoon cyclone
        película novela libro serie documental disco álbum canción premio galardón film
        movie book novel album song documentary award prize
        """
    )
)


@lru_cache(maxsize=4)
def lexicon(code: str) -> Lexicon:
    """The lexicon for ``es`` or ``en`` (other languages use the closest rules)."""
    own, other = (lexicon_en, lexicon_es) if code == "en" else (lexicon_es, lexicon_en)
    months = lexicon_es.MONTHS | lexicon_en.MONTHS
    return Lexicon(
        code="en" if code == "en" else "es",
        name_articles=frozenset() if code == "en" else frozenset(["el", "la", "los", "las"]),
        function_words=own.FUNCTION_WORDS | own.NUMBER_WORDS,
        other_function_words=other.FUNCTION_WORDS,
        skip_words=months,
        titles=own.PERSON_TITLES | frozenset(["mr", "mrs", "ms", "dr", "sr", "sra", "dra"]),
        cap_titles=_CAP_TITLES,
        role_nouns=own.ROLE_NOUNS,
        source_nouns=own.SOURCE_NOUNS,
        demonyms=lexicon_en.DEMONYMS if code == "en" else frozenset(),
        org_words=own.ORG_WORDS | other.ORG_WORDS,
        loc_words=own.LOC_WORDS,
        misc_words=own.MISC_WORDS,
        connectors=own.CONNECTORS | other.CONNECTORS,
        org_nouns=_ORG_NOUNS,
        loc_nouns=_LOC_NOUNS,
        place_preps=frozenset(["en", "desde", "hacia", "in", "from", "to", "near", "at"]),
        articles=frozenset(["el", "la", "los", "las", "the"]),
        determiners=own.DETERMINERS,
        misc_nouns=_MISC_NOUNS,
        prepositions=own.PREPOSITIONS,
        pronouns=own.PRONOUN_SUBJECTS,
        according=own.ACCORDING,
        indefinites=own.INDEFINITES,
        clitics=own.CLITICS,
        standalone_org_nouns=own.STANDALONE_ORG_NOUNS,
        relatives=own.RELATIVES,
        team_roles=own.TEAM_ROLES,
        sport_words=own.SPORT_WORDS,
        club_articles=own.CLUB_ARTICLES,
        region_abbreviations=own.REGION_ABBREVIATIONS,
        procedural=own.PROCEDURAL,
    )


@lru_cache(maxsize=1)
def region_abbreviations() -> frozenset[str]:
    """Abbreviated regions of every language ("Calif."), for the sentence splitter,
    which runs before the language is known."""
    return lexicon("es").region_abbreviations | lexicon("en").region_abbreviations
