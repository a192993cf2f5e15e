"""Who a pronoun or a dropped subject points to, for the speaker rules.

Newswire names a person as the subject of a sentence ("Ana Ruiz, who worked with Luis
Gil, said …") and then quotes them with a pronoun ("…," she said). The nearest name is
often someone spoken about, so the antecedent is the nearest person that agrees in
gender and stands in a subject position: not after a preposition, not a possessive,
preferably opening its sentence or next to a reporting verb. Plural pronouns ("they
write") point to a group noun ("the researchers") or an organisation, never a person.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from reader.analysis.article_titles import title_nouns, words_before_name
from reader.analysis.companions import in_company
from reader.analysis.gender import compatible, cue_gender, name_gender, pronoun_gender
from reader.analysis.near_roles import near_any, near_window
from reader.analysis.speaker_bodies import (  # noqa: F401 (re-exported: phrases, cues)
    group_of_orgs,
    org_antecedent,
)
from reader.analysis.speaker_context import after_preposition, possessors_last
from reader.core.model import Entity, Speaker

if TYPE_CHECKING:
    from reader.analysis.speaker_context import Context

_WORD = re.compile(r"[^\W\d_]+")
_WINDOW = 1500


def entity_gender(ctx: Context, entity: Entity) -> str:
    """Gender from a title before any mention of the entity, else from its given name
    (worked out once per name and article)."""
    if not ctx.genders:
        for other in ctx.entities:
            if other.label == "PER" and not ctx.genders.get(other.canonical):
                ctx.genders[other.canonical] = cue_gender(ctx.text, other.start)
        for name in ctx.genders:
            # a known given name beats a title word that is gendered in only one language
            # ("director Susan Pryce"); a title tells the rest ("la ministra Paz")
            ctx.genders[name] = name_gender(name) or ctx.genders[name]
    cached = ctx.genders.get(entity.canonical)
    if cached is not None:
        return cached
    found = name_gender(entity.canonical)
    ctx.genders[entity.canonical] = found
    return found


def is_subject_like(ctx: Context, entity: Entity) -> bool:
    """The entity opens its sentence or its clause after an opening phrase, or a
    reporting verb sits next to it."""
    text = ctx.text
    index = bisect.bisect_right(ctx.sentence_starts, entity.start) - 1
    sent_start = ctx.sentence_starts[index] if index >= 0 else 0
    head = _WORD.findall(text, sent_start, entity.start)
    comma = text.find(",", sent_start, entity.start)
    if head and head[0].lower() in ctx.lex.prepositions and comma > 0:
        head = _WORD.findall(text, comma + 1, entity.start)  # after an opening phrase
    if len(head) <= 2 and not any(w.lower() in ctx.lex.prepositions for w in head):
        return True  # "Ana Paz dijo", "En Lima, la vecina Ana Paz …"
    if _apposed_to_opening(ctx, entity, sent_start, head):
        return True  # "Kapanadze's wife, Manana, brings out bread"
    after = _WORD.findall(text, entity.end, min(len(text), entity.end + 40))[:2]
    before = _WORD.findall(text, max(sent_start, entity.start - 25), entity.start)[-1:]
    return any(ctx.lex.is_reporting(w) for w in after + before)


def _apposed_to_opening(ctx: Context, entity: Entity, sent_start: int, head: list[str]) -> bool:
    """The name set off by commas right after the short noun phrase opening its sentence
    ("His nephew, Levan, 23, is …", "The firm's founder, Ana Paz, said"): the subject's
    own name, though words stand before it."""
    text = ctx.text
    if len(head) > 4 or any(w.lower() in ctx.lex.prepositions for w in head):
        return False
    before = text[sent_start : entity.start].rstrip()
    closed = text[entity.end : entity.end + 1] == ","
    return closed and before.endswith(",") and before.count(",") == 1


_COMPLEMENT_THEN_NAME = re.compile(r"\s+([^\W\d_]+)[^,.;:«»“”\"()—\n]{0,80},\s+")


def named_in_apposition(ctx: Context, speaker: Speaker) -> str:
    """``El portavoz del grupo municipal de la oposición, Héctor Bel, avanzó …``: a role
    noun phrase whose complement is followed by a name set off by commas: that person."""
    gap = _COMPLEMENT_THEN_NAME.match(ctx.text, speaker.end)
    if gap is None or gap.group(1).lower() not in ctx.lex.prepositions:
        return ""
    person = ctx.entity_starting(gap.end())
    if person is None or person.label != "PER":
        return ""
    return person.canonical if ctx.text[person.end : person.end + 1] == "," else ""


def role_holder(ctx: Context, speaker: Speaker) -> str:
    """``the mayor said``: the person given that role earlier ("Tom Hill, the mayor,",
    "Mayor Tom Hill", "la alcaldesa, Ana Paz"), nearest first; "" if none."""
    found = _WORD.findall(speaker.text.lower())
    roles = [w[2:] if w.startswith("ex") and w[2:] in ctx.lex.role_nouns else w for w in found]
    titles = title_nouns(ctx)
    role = next(
        (w for w in reversed(roles) if w in ctx.lex.role_nouns or w in titles or _nation(ctx, w)),
        "",
    )
    opener = found[0] in ctx.lex.articles or found[0] in ctx.lex.possessives if found else False
    if not role and len(found) == 2 and opener:
        role = unlisted_role(ctx, found[1])  # "el interventor", "la tesorera", "su entrenador"
    if not role:
        return ""
    # a title the article gave a name ("la tenista vizcaína X") holds however far back,
    # and so does one given the role in apposition ("El director general, X,"): a role
    # names one person in an article, however long
    same = synonyms(ctx, role)  # "el abogado" takes up "el letrado X"
    if _newly_introduced(ctx, speaker, same):
        return ""  # "A Treasury spokesman said … "…," the spokesman said": that one
    # the role itself before a synonym: "the prosecutor" is "Prosecutor X", not the
    # nearer "defense attorney Y" (prosecutors are attorneys, not every attorney one)
    exact = frozenset([role])
    nearby = possessors_last(ctx, ctx.people_before(speaker.start, _WINDOW))
    near = _given_role(ctx, speaker, exact, nearby, None)
    if not near and same != exact:
        near = _given_role(ctx, speaker, same, nearby, None)
    if near:
        return near
    # further back, where people are introduced: the first mention of each
    holder = _introduced_holder(ctx, speaker, exact)
    if not holder and same != exact:
        holder = _introduced_holder(ctx, speaker, same)
    if holder:
        return holder
    return described_person(ctx, speaker.start)


def _newly_introduced(ctx: Context, speaker: Speaker, roles: frozenset[str]) -> bool:
    """An indefinite noun phrase with the role earlier in the paragraph ("A Government
    spokesperson later said …") brings in a person of its own, whom "the spokesperson"
    then takes up, not someone named with the role further back; unless a name follows
    the introduction ("A spokesman, Tom Hill, said")."""
    block_start = ctx.text.rfind("\n", 0, speaker.start) + 1
    words = list(_WORD.finditer(ctx.text, block_start, speaker.start))
    for index, word in enumerate(words):
        if word.group().lower() not in ctx.lex.indefinite_articles:
            continue
        phrase = words[index + 1 : index + 5]
        role = next((w for w in phrase if w.group().lower() in roles), None)
        named = ctx.entities_in(role.end(), speaker.start) if role is not None else None
        if named is not None and not any(e.label == "PER" for e in named):
            return True
    return False


def _introduced_holder(ctx: Context, speaker: Speaker, roles: frozenset[str]) -> str:
    """What ``_given_role`` finds among ``ctx.introductions(speaker.start)`` (the nearest
    person introduced with one of ``roles``), read from the people so introduced, listed
    once per article and role set: asked per quotation of every earlier person, a long
    trial transcript (thousands of "—… —respondió el acusado") was quadratic."""
    table = ctx.holders.get(roles)
    if table is None:
        beyond = Speaker(len(ctx.text) + 1, len(ctx.text) + 1, "", "")
        near = near_any(ctx, roles)  # every person introduced with a role word near
        given = [e for e in near if _given_role(ctx, beyond, roles, [e], roles)]
        table = ctx.holders[roles] = (given, [e.start for e in given])
    given, starts = table
    for index in range(bisect.bisect_left(starts, speaker.start) - 1, -1, -1):
        if given[index].end <= speaker.start:
            return given[index].canonical
    return ""


def _given_role(
    ctx: Context,
    speaker: Speaker,
    same: frozenset[str],
    people: list[Entity],
    quick: frozenset[str] | None,
) -> str:
    """The nearest of ``people`` given the role (or a synonym) before or after the name
    ("la alcaldesa, Ana Paz", "Ana Paz, alcaldesa de X", "Ana Paz lleva años como
    alcaldesa"); with ``quick``, people with none of its words near are skipped first."""
    text = ctx.text
    for entity in people:
        if quick is not None:
            # the same window for every role set asked: lowered once per article
            near = near_window(ctx, entity)
            if not any(word in near for word in quick):
                continue
        if ctx.in_quote(entity.start) or entity.end > speaker.start:
            continue
        before = words_before_name(ctx, text[max(0, entity.start - 40) : entity.start])
        apposition = _APPOSITION.match(text, entity.end, entity.end + 60)
        after = _WORD.findall(apposition.group().lower()) if apposition else []
        if not after and text.startswith(", ", entity.end):
            # "El notario X, acusado de dar fe de 62 escrituras … entre 2019 y 2022,": a long
            # apposition opens with the role
            # (a bare participle or noun, no article: "…, el ministro destacó" is a clause)
            lead = _WORD.findall(text[entity.end : entity.end + 40].lower())[:1]
            after = [w for w in lead if w not in ctx.lex.determiners]
        if after and in_company(ctx, entity):
            after = []  # "acompañado por el director, X, el edil explicó": the clause goes on
        if same & {*before, *after, *_clause_before(ctx, entity.start)}:
            return entity.canonical
        held = _HELD_AS.match(text, entity.end, entity.end + 60)
        if held is not None and same & set(_WORD.findall(held.group(1).lower())):
            return entity.canonical  # "Pilar Ejarque lleva once años como alcaldesa"
    return ""


_SYNONYMS: dict[int, dict[str, frozenset[str]]] = {}


def synonyms(ctx: Context, role: str) -> frozenset[str]:
    """The role and the words the copy uses for it in turn (``role_synonyms``: "abogado",
    "letrado"; "alcalde", "regidor"), built once per lexicon."""
    table = _SYNONYMS.get(id(ctx.lex))
    if table is None:
        table = {}
        for line in ctx.lex.role_synonyms:
            group = frozenset(line.split())
            for word in group:
                table[word] = table.get(word, frozenset()) | group
        _SYNONYMS[id(ctx.lex)] = table
    return table.get(role, frozenset()) | {role}


def unlisted_role(ctx: Context, noun: str) -> str:
    """A noun for a person no list holds (``interventor``, ``tesorera``, ``sismóloga``):
    its ending says so (``person_endings``)."""
    return noun if len(noun) > 5 and noun.endswith(ctx.lex.person_ends) else ""


def _nation(ctx: Context, word: str) -> bool:
    """A nationality noun ("colombiano", "dane"): introduced once ("el colombiano X",
    "the Dane X"), it names that person later like a role."""
    lex = ctx.lex
    return word in lex.nationality_nouns or word.capitalize() in lex.nationality_nouns


def introduced_after(ctx: Context, pos: int) -> str:
    """The first person introduced by a role phrase in apposition soon after ``pos``
    ("El procesado, Rubén Gil, …"), for a role noun that names nobody before it."""
    for entity in ctx.entities_in(pos, min(len(ctx.text), pos + 600)):
        if entity.label != "PER":
            continue
        if any(w in ctx.lex.role_nouns for w in _clause_before(ctx, entity.start)):
            opening = _OPENING_APPOSITION.search(ctx.text, max(0, entity.start - 70), entity.start)
            # only a name that opens its sentence after the role ("El procesado, X,"), not
            # someone else named in passing
            return entity.canonical if opening is not None else ""
    return ""


_OPENING_APPOSITION = re.compile(r"(?:^|[.!?»”]\s+|\n)[^\W\d_][^,.;:\n«»“”]{1,60},\s*$")


_AS_ROLE = re.compile(r"\s+(?:como|as)((?:\s+[^\W\d_]+){1,3})")
# the same, a few words of the clause after the name ("X lleva once años como alcaldesa")
_HELD_AS = re.compile(r"(?:\s+[^\W_]+){0,4}?\s+(?:como|as)((?:\s+[^\W\d_]+){1,3})")


def described_person(ctx: Context, start: int) -> str:
    """``presentó a Marco Rossi como nuevo entrenador … el técnico``: with no holder of the
    very role, the nearest person the text introduces as holding some role."""
    for entity in reversed(ctx.entities_in(max(0, start - _WINDOW), start)):
        if entity.label != "PER":
            continue
        as_role = _AS_ROLE.match(ctx.text, entity.end, entity.end + 40)
        if as_role is not None and any(
            w in ctx.lex.role_nouns for w in _WORD.findall(as_role.group(1).lower())
        ):
            return entity.canonical
    return ""


def _past_epithet(ctx: Context, head: str) -> str:
    """``su entrenador de siempre, el burgalés X``: an article and a lower-case word
    (origin, trade) between the comma and the name leave the role phrase before them."""
    words = head.rsplit(None, 2)
    if head.endswith(",") or len(words) < 3 or not words[2].isalpha():
        return head
    if words[1].lower() in ctx.lex.articles and words[2].islower():
        return words[0]
    return head


def apposed_role_words(ctx: Context, start: int) -> list[str]:
    """The words of the role phrase set off by a comma right before a name."""
    return _clause_before(ctx, start)


def _clause_before(ctx: Context, start: int) -> list[str]:
    """``La fiscal del caso, Beatriz Paz``: the words of the role phrase that a comma
    closes right before a name; past another person named in it ("El juez Ramiro Ocaña
    interrogó a la testigo, X": the judge is Ocaña, not X)."""
    text = ctx.text
    floor = max(0, start - 100)  # "el comisionado de la Comisión … (Copeco), X"
    head = _past_epithet(ctx, text[floor:start].rstrip())
    if not head.endswith(","):
        return []
    found = _LAST_CLAUSE_STOP.match(head, 0, len(head) - 1)  # its last stop but the comma
    stop = found.end() - 1 if found else -1
    if stop < 0 and floor > 0:
        # "El jefe de obra acusado de dos homicidios … en mayo de 2023, X": a long
        # subject phrase; its head noun opens it, well before the window
        far = max(0, start - _LONG_CLAUSE)
        found = _LAST_CLAUSE_STOP.match(text, far, floor)
        farther = found.end() - 1 if found else -1
        named = any(e.label == "PER" for e in ctx.entities_in(farther + 1, floor))
        if farther >= 0 and not named:  # "El juez X interrogó … a la testigo, Y": X's role
            opening = _WORD.findall(text[farther + 1 : floor].lower())[:_HEAD_WORDS]
            return opening + _clause_words(ctx, text, floor, floor + len(head) - 1, start)
    clause_start = floor + stop + 1
    return _clause_words(ctx, text, clause_start, floor + len(head) - 1, start)


_CLAUSE_STOPS = ".,;:\n«»“”\""
_LAST_CLAUSE_STOP = re.compile(f".*[{re.escape(_CLAUSE_STOPS)}]", re.S)  # the last one
_LONG_CLAUSE = 300  # characters a long subject phrase may run before its apposed name
_HEAD_WORDS = 5  # words of its opening kept: the article, the head noun and its complement


def _clause_words(ctx: Context, text: str, clause_start: int, comma: int, start: int) -> list[str]:
    """The last words of the role phrase from ``clause_start`` to its comma, past any
    person named inside it."""
    for entity in ctx.entities_in(clause_start, start - 1):
        if entity.label == "PER" and entity.end < start - 1 and not after_preposition(ctx, entity):
            clause_start = max(clause_start, entity.end)
    return _WORD.findall(text[clause_start:comma].lower())[-8:]


_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
_APPOSITION = re.compile(r", [^,.;:()\n]{1,50}(?=[,.;)])")


def _possessive(ctx: Context, entity: Entity) -> bool:
    return ctx.text[entity.end : entity.end + 2] in ("'s", "’s")


def pronoun_antecedent(ctx: Context, speaker: Speaker, last: Speaker | None) -> str:
    """The name a pronoun speaker refers to."""
    word = speaker.text.lower()
    if word in ctx.lex.plural_pronouns:
        return _group_antecedent(ctx, speaker)
    wanted = pronoun_gender(word)
    fallback = governed = ""
    for entity in reversed(ctx.entities_in(max(0, speaker.start - _WINDOW), speaker.start)):
        if entity.label != "PER" or _possessive(ctx, entity) or group_name(entity.text):
            continue
        if after_preposition(ctx, entity):
            # "owners led by Ingrid Berg. … "…," she said": only a person whose gender is
            # known to be the pronoun's, and only when nobody else fits
            known = entity_gender(ctx, entity)
            if wanted and known == wanted and not governed:
                governed = entity.canonical
            continue
        if not compatible(wanted, entity_gender(ctx, entity)):
            continue
        if is_subject_like(ctx, entity):
            return entity.canonical
        fallback = fallback or entity.canonical
    if fallback:
        return fallback
    if last is not None and last.name:
        return last.name
    return governed or speaker.text


_PLURAL_ACRONYM = re.compile(r"\b[A-Z]{2,}s$")


def group_name(name: str) -> bool:
    """``Opposition MPs``, ``Labour MEPs``: a name ending in a plural acronym is a group,
    however tagged; "he" or "she" never takes it up."""
    return _PLURAL_ACRONYM.search(name) is not None


def _group_antecedent(ctx: Context, speaker: Speaker) -> str:
    """ "they write": the nearest group noun or organisation before, else the pronoun."""
    start = speaker.start
    window_start = max(0, start - 600)
    best_pos, best = -1, ""
    for word in _WORD.finditer(ctx.text, window_start, start):
        if word.group().lower() in ctx.lex.group_nouns and not ctx.in_quote(word.start()):
            best_pos, best = word.start(), word.group().lower()
    for entity in ctx.entities_in(window_start, start):
        if entity.label == "ORG" and entity.start > best_pos:
            best_pos, best = entity.start, entity.canonical
    return best or speaker.text

