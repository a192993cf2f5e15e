"""Who an indirect speaker mention stands for: a dropped subject, a pronoun, a role noun.

``«…», añadió`` with no subject, ``she said``, ``the mayor added``, ``it said``: the cue
found a verb but no name. A dropped subject goes to the plural group or the unnamed
reporter of the paragraph, the person opening the sentence before, else the nearest
person; a pronoun to the nearest subject that agrees in gender (``coref``); a role noun to
the person given that role. Split from ``speakers`` (which orders the cues) and
``speaker_cues`` (which finds them).
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.antecedent import earlier_unnamed
from reader.analysis.coref import (
    entity_gender,
    group_name,
    introduced_after,
    named_in_apposition,
    pronoun_antecedent,
    role_holder,
    unlisted_role,
)
from reader.analysis.cue_according import according_opening
from reader.analysis.gender import compatible, name_gender, phrase_gender, pronoun_gender
from reader.analysis.phrases import anonymous_phrase, appositive_person, noun_phrase
from reader.analysis.speaker_clauses import (
    apposed_name,
    role_in_relative,
    role_phrase_then_name,
    titled_otherwise,
)
from reader.analysis.speaker_context import (
    WORD,
    Context,
    after_preposition,
    governed_role,
    mention,
    past_dateline,
    skip_space,
)
from reader.analysis.speaker_cues import recent_reporter
from reader.analysis.subject_after import closing_reporter
from reader.core.model import Entity, Speaker


def dropped_subject(ctx: Context, last: Speaker | None, start: int) -> Speaker | None:
    """``«…», añadió``: the last person named as a subject, or the last speaker if later."""
    person = None
    for entity in reversed(ctx.entities_in(max(0, start - 1500), start)):
        if entity.label == "PER" and not after_preposition(ctx, entity):
            person = entity
            break
    if person is None or (last is not None and last.start > person.start):
        return last
    return mention(ctx, person.start, person.end, person.canonical)


def narrated_subject(
    ctx: Context, start: int, last: Speaker | None, last_end: int
) -> Speaker | None:
    """``La patronal CEOE fue más cauta. En una nota, advirtió de que «…»``, ``Un militante
    veterano … fue menos diplomático. «…», aseguró``: a dropped subject continues the
    subject of the sentence before (a person, an organisation or an unnamed person), when
    that sentence came after the last quotation, in the same or the previous paragraph."""
    index = bisect.bisect_right(ctx.sentence_starts, start) - 1
    if index < 0:
        return None
    own = ctx.sentence_starts[index]
    if WORD.search(ctx.text, own, start) is not None:  # "El senador X fue más lejos: «…»"
        subject = clause_subject(ctx, own, start)
        if subject is not None:
            return subject if subject.name else resolve_speaker(ctx, subject, last, start)
    if index < 1:
        return None
    prev_start = ctx.sentence_starts[index - 1]
    prev_end = min(ctx.sentence_ends[index - 1], start)
    if ctx.text.count("\n\n", prev_start, start) > 1:
        return None
    if prev_start < last_end:
        # the sentence before held the last quotation: its main subject, if a person
        # named there, else the last speaker goes on
        subject = clause_subject(ctx, prev_start, prev_end)
        named = ctx.entity_starting(subject.start) if subject is not None else None
        return subject if named is not None and named.label == "PER" else last
    subject = (
        according_opening(ctx, prev_start, prev_end)
        or closing_reporter(ctx, prev_start, prev_end)
        or clause_subject(ctx, prev_start, prev_end)
    )
    if subject is None:
        return None
    if subject.name == "":
        return resolve_speaker(ctx, subject, last, start)
    return subject


def clause_subject(ctx: Context, sent_start: int, sent_end: int) -> Speaker | None:
    """The person, organisation or unnamed person a sentence is about: the phrase opening
    it, or opening its main clause after an opening phrase ("En la estación de Moyua, a
    las ocho, una enfermera …"); a role noun comes back unnamed, to be resolved."""
    sent_start = past_dateline(ctx.text, sent_start, sent_end)
    starts = [sent_start]
    comma = ctx.text.find(",", sent_start, sent_end)
    while comma > 0 and len(starts) < 4:
        starts.append(comma + 1)
        comma = ctx.text.find(",", comma + 1, sent_end)
    opening = _opening_kind(ctx, sent_start, sent_end)
    if opening:
        starts = _past_adjuncts(ctx, starts, sent_end, opening == "participle")
    for pos in starts:
        pos = skip_space(ctx.text, pos, sent_end)
        while ctx.text[pos : pos + 1] in ("—", "«", "“", '"'):
            pos = skip_space(ctx.text, pos + 1, sent_end)
        found = _subject_at(ctx, pos, sent_end)
        if found is not None and pos > sent_start and governed_role(ctx, found.start):
            continue  # "Compareció junto al director general, X, y precisó": no subject
        if found is not None:
            return found
    return None


def _opening_kind(ctx: Context, sent_start: int, sent_end: int) -> str:
    """"participle" (``Acompañado por su entrenador, …``: no finite verb in it),
    "preposition" (``En una rueda de prensa, junto al secretario X, …``: it may hold the
    inverted verb, ``A la sesión asistió la viuda, X,``) or ""."""
    words = WORD.findall(ctx.text, sent_start, min(sent_end, sent_start + 40))[:2]
    governs = len(words) == 2 and words[1].lower() in ctx.lex.prepositions
    if governs and words[0].lower().endswith(tuple(ctx.lex.non_finite_endings)):
        return "participle"
    return "preposition" if words and words[0].lower() in ctx.lex.prepositions else ""


def _past_adjuncts(
    ctx: Context, starts: list[int], sent_end: int, participle: bool
) -> list[int]:
    """The clause starts after the opening phrase: a piece that is only a name in
    apposition (``, el burgalés X,``) or opens with a conjunction and a preposition
    (``y por el director …``) still belongs to it."""
    kept = starts[1:]
    previous = starts[0]
    adjunct = participle  # the piece before is a phrase with no verb of its own
    while kept:
        pos = skip_space(ctx.text, kept[0], sent_end)
        comma = ctx.text.find(",", pos, sent_end)
        words = WORD.findall(ctx.text, pos, comma if comma > 0 else sent_end)[:2]
        joined = len(words) == 2 and words[1].lower() in ctx.lex.prepositions
        named = [e for e in ctx.entities_in(pos, comma) if e.end == comma] if comma > 0 else []
        # a name closing its piece is an apposition only after a person noun ("su
        # entrenador de siempre, el burgalés X,"); after "En la barra," it is the subject
        apposed = bool(named) and adjunct and _person_noun_in(ctx, previous, pos)
        if not (joined or apposed):
            break
        previous, kept, adjunct = kept[0], kept[1:], joined
    return kept


def _person_noun_in(ctx: Context, start: int, end: int) -> bool:
    """A role, a worker or a noun with a person's ending between ``start`` and ``end``."""
    lex = ctx.lex
    return any(
        w in lex.role_nouns or w in lex.workers or (len(w) > 5 and w.endswith(lex.person_ends))
        for w in (m.lower() for m in WORD.findall(ctx.text, start, end))
        if w.islower()
    )


def _subject_at(ctx: Context, pos: int, limit: int) -> Speaker | None:
    entity = ctx.entity_starting(pos) or _after_title(ctx, pos, limit)
    if entity is not None:
        if entity.label not in ("PER", "ORG"):
            return None
        possessive = ctx.text[entity.end : entity.end + 1] in ("'", "’")
        if entity.label == "ORG" or possessive:
            named = appositive_person(ctx, entity.end, limit)
            if named is not None:  # "Acme's chief, Ana Paz, …", "Ferrell's sister, X,"
                return named
        return mention(ctx, entity.start, entity.end, entity.canonical)
    anonymous = anonymous_phrase(ctx, pos, limit)
    if anonymous is not None:
        if not _a_person(ctx, anonymous.name):
            return None
        fuller = noun_phrase(ctx, pos, limit)  # "Un concejal de la oposición": its complement
        if fuller is not None and fuller.start == pos and len(fuller.name) > len(anonymous.name):
            return fuller
        return anonymous
    phrase = noun_phrase(ctx, pos, limit)
    if phrase is None:
        return None
    if phrase.start != pos:  # "El senador republicano Dale Hutchins": the name it holds
        return phrase if ctx.entity_starting(phrase.start) is not None else None
    named = _named_next(ctx, phrase.end, limit)
    if named is not None:  # "La patronal CEOE", "La directora de X, Carmen López,"
        return named
    if phrase.name and ctx.entity_starting(phrase.start) is None:
        named = ctx.entities_in(phrase.start, phrase.end)
        if not named and not _a_person(ctx, phrase.name) and not _org_phrase(ctx, phrase):
            return None
    return phrase


def _after_title(ctx: Context, pos: int, limit: int) -> Entity | None:
    """``Prime Minister Tomas Petrauskas did not …``: a name after capitalised title words."""
    found = ctx.entities_in(pos, limit)
    if not found or found[0].label not in ("PER", "ORG"):
        return None
    opener = ctx.lex.noun_opener.match(ctx.text, pos, found[0].start)
    if opener is not None and opener.end() == found[0].start:
        indefinite = opener.group().strip().lower() in ctx.lex.indefinites
        after = WORD.match(ctx.text, found[0].end + 1, limit)
        if indefinite and after is not None and after.group().islower():
            return None  # "A United Nations humanitarian official": the name qualifies
        return found[0]  # "El Ministerio de Defensa confirmó …"
    words = WORD.findall(ctx.text, pos, found[0].start)
    if role_phrase_then_name(ctx, words, found[0], pos):
        return found[0]  # "el cotitular de la central Héctor Dalmasso compareció"
    if not words or len(words) > 4:
        return None
    if opener is not None and len(words) == 2 and words[1].lower() in ctx.lex.role_nouns:
        return found[0]  # "El diputado Álvaro Peñas interpeló a …, Luis Carbonell."
    lex = ctx.lex
    if all(w[0].isupper() for w in words) and words[0].lower() not in lex.prepositions:
        return found[0]  # not "Desde Junts, su portavoz, X, …": the body is no subject
    # "former doubles player Oleksandr Marchenko": a role in lower case before the name
    if any(w.lower() in lex.prepositions or w.lower() in lex.function_words for w in words):
        return None
    return found[0] if words[-1].lower() in lex.role_nouns else None


_NEXT_NAME = re.compile(r"\s*,?\s*")


def _named_next(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """The name right after a common-noun phrase, or after its comma: the phrase's own
    name ("la patronal CEOE", "La directora de X, Carmen López,")."""
    gap = _NEXT_NAME.match(ctx.text, pos, limit)
    entity = ctx.entity_starting(gap.end()) if gap is not None else None
    if entity is None or entity.label not in ("PER", "ORG"):
        return None
    return mention(ctx, entity.start, entity.end, entity.canonical)


def _a_person(ctx: Context, name: str) -> bool:
    """A phrase whose head is a person noun ("militante veterano", "enfermera")."""
    lex = ctx.lex
    return any(
        word in lex.role_nouns
        or word in lex.workers
        or word in lex.informant_nouns  # "one of the people familiar with the matter"
        or (
            lex.person_shaped(word)  # not "an agreement"
            and word not in lex.org_words  # "the previous government": no person
            and word not in lex.org_nouns
        )
        for word in WORD.findall(name.lower())
    )


def _org_phrase(ctx: Context, phrase: Speaker) -> bool:
    lex = ctx.lex
    return any(
        w in lex.org_nouns or w in lex.org_words or w in lex.standalone_org_nouns
        for w in WORD.findall(phrase.text.lower())
    )


def _previous_person(ctx: Context, pronoun: Speaker, start: int, last: Speaker | None) -> str:
    """``One commuter …, asked how he would get home, laughed. "Walk," he said.``,
    ``That coach, X, watched. Brandt, he said, had been "…"``: a singular pronoun takes
    up the person (named or not) who is the subject of the sentence before, when the
    genders agree; "" when that subject is no person."""
    if pronoun.text.lower() in ctx.lex.plural_pronouns:
        return ""
    index = bisect.bisect_right(ctx.sentence_starts, min(start, pronoun.start)) - 1
    if index < 1:
        return ""
    prev_start = ctx.sentence_starts[index - 1]
    last_end = last.end if last is not None else -1
    if last is not None and prev_start < last_end:
        return _same_voice(ctx, pronoun, last)  # '"…," he urged. "…," he said.'
    if last is not None and _quoted_after(ctx, last, prev_start):
        # 'Said X: "We were beaten. There's no more to it." He added …': the sentence
        # before is the last speaker's own quotation
        return _same_voice(ctx, pronoun, last)
    if ctx.text.count("\n\n", prev_start, start) > 1:
        return ""
    subject = clause_subject(ctx, prev_start, min(ctx.sentence_ends[index - 1], start))
    if subject is None or not subject.name:
        return ""
    entity = ctx.entity_starting(subject.start)
    if entity is not None:
        if entity.label != "PER" or group_name(entity.text):
            return ""  # "Opposition MPs shouted …": a group is no "he"
        gender = entity_gender(ctx, entity)
    elif _a_person(ctx, subject.name):
        gender = phrase_gender(subject.text)
    else:
        return ""
    return subject.name if compatible(pronoun_gender(pronoun.text), gender) else ""


def _previous_holder(ctx: Context, role: Speaker, start: int, last: Speaker | None) -> str:
    """The subject of the sentence before, when a bare noun takes it up: an unnamed person
    with the same head ("A senior official …" → "the official"), or a person named there
    when the noun tells only an age or a nationality ("the 36-year-old", "the Dane")."""
    index = bisect.bisect_right(ctx.sentence_starts, min(start, role.start)) - 1
    if index < 1:
        return ""
    prev_start = ctx.sentence_starts[index - 1]
    if prev_start < (last.end if last is not None else -1):
        return ""
    if ctx.text.count("\n\n", prev_start, start) > 1:
        return ""
    subject = clause_subject(ctx, prev_start, min(ctx.sentence_ends[index - 1], start))
    if subject is None or not subject.name:
        return ""
    heads = [w.lower() for w in WORD.findall(role.text)]
    entity = ctx.entity_starting(subject.start)
    if entity is None:
        named = [w.lower() for w in WORD.findall(subject.name)]
        if heads and heads[-1] in named:
            return subject.name
        informants = ctx.lex.informant_nouns  # "one of the people …" → "the person said"
        same = heads and heads[-1] in informants and informants & {*named}
        return subject.text if same else ""
    lex = ctx.lex
    nouns = [
        w
        for w in heads
        if w in lex.role_nouns
        or w in lex.workers
        or (unlisted_role(ctx, w) and w not in lex.nationality_nouns)  # "el tesorero"
    ]
    if entity.label != "PER" or nouns:
        return ""  # a role noun: the person given that role, found by the rules after
    return subject.name


def _quoted_after(ctx: Context, last: Speaker, pos: int) -> bool:
    """``pos`` is inside a quotation in the paragraph of the last speaker's mention."""
    return last.end <= pos and ctx.in_quote(pos) and "\n\n" not in ctx.text[last.end : pos]


def _same_voice(ctx: Context, pronoun: Speaker, last: Speaker) -> str:
    """The speaker of the quotation just before, when a person of agreeing gender: no
    sentence came between to bring in someone else."""
    if not last.name or group_name(last.name):
        return ""  # '… MPs shouted "When?" …. "Order," he said': not the group
    gender = ctx.genders.get(last.name) or name_gender(last.name)
    named = ctx.entity_starting(last.start)
    person = (named is not None and named.label == "PER") or last.text.lower() in (ctx.lex.pronouns)
    if not person or not compatible(pronoun_gender(pronoun.text), gender):
        return ""
    return last.name


def _learn_gender(ctx: Context, name: str, gender: str) -> None:
    """A pronoun resolved to a person tells that person's gender ("…," he asked): the
    next "she" skips him even when no title or given name said so."""
    if gender and name and not ctx.genders.get(name):
        ctx.genders[name] = gender


def resolve_speaker(ctx: Context, speaker: Speaker, last: Speaker | None, start: int) -> Speaker:
    """Give a pronoun or role-noun mention the name of the person it refers to.

    A pronoun points to the nearest person in a subject position that agrees in gender
    (``coref``); a role noun ("la ministra chilena") to the last speaker, since the
    nearest name is often the one spoken about.
    """
    if last is not None and last.name and (last.start, last.end) == (speaker.start, speaker.end):
        # '"…," it said, adding that the dam had "already proved" …': the mention that
        # tagged the quotation before is already resolved; a second quotation it
        # introduces speaks with the same voice
        return Speaker(speaker.start, speaker.end, speaker.text, last.name)
    pronoun = speaker.text.lower() in ctx.lex.pronouns
    if speaker.text.lower() in ctx.lex.thing_pronouns:  # "It said risks were …": a body
        return Speaker(speaker.start, speaker.end, speaker.text, _body_before(ctx, speaker))
    if pronoun:
        previous = _previous_person(ctx, speaker, start, last)
        name = previous or pronoun_antecedent(ctx, speaker, last)
        _learn_gender(ctx, name, pronoun_gender(speaker.text))
        return Speaker(speaker.start, speaker.end, speaker.text, name)
    titled = (
        apposed_name(ctx, speaker)
        or named_in_apposition(ctx, speaker)
        or role_holder(ctx, speaker)
        or role_in_relative(ctx, speaker)
    )
    if titled:
        return Speaker(speaker.start, speaker.end, speaker.text, titled)
    if _kin_taken_up(ctx, speaker):
        # "… junto a su hija. «…», dijo la hija": the relative just mentioned, unnamed
        return Speaker(speaker.start, speaker.end, speaker.text, _bare(ctx, speaker.text))
    if _possessed(ctx, speaker.text):
        # "Su hija relató que …", "his lawyer said": someone related to the person
        # named before, never that person; nobody named holds the relation
        peer = _peer(ctx, speaker, last)
        return Speaker(speaker.start, speaker.end, speaker.text, peer or _bare(ctx, speaker.text))
    previous = _previous_holder(ctx, speaker, start, last) or earlier_unnamed(ctx, speaker, start)
    if previous:  # "A senior official … was less hopeful. "…," the official said."
        return Speaker(speaker.start, speaker.end, speaker.text, previous)
    wanted = phrase_gender(speaker.text)
    if any(w.lower() in ctx.lex.also_words for w in WORD.findall(speaker.text)):
        # "La también ministra de Hacienda": a person already named, under another role
        for entity in reversed(ctx.entities_in(max(0, speaker.start - 1500), speaker.start)):
            if entity.label == "PER" and compatible(wanted, entity_gender(ctx, entity)):
                return Speaker(speaker.start, speaker.end, speaker.text, entity.canonical)
    since = last.end if last is not None else max(0, speaker.start - 1500)
    for entity in reversed(ctx.entities_in(since, speaker.start)):
        # "el testimonio del alcalde, Julián Caballero … «…», declaró el regidor": a
        # person introduced after the last speaker is whom the role noun points to
        if (
            entity.label == "PER"
            and not after_preposition(ctx, entity)
            and compatible(wanted, entity_gender(ctx, entity))
            and not titled_otherwise(ctx, entity, speaker)
        ):
            return Speaker(speaker.start, speaker.end, speaker.text, entity.canonical)
    if last is not None and last.name and _another_voice(ctx, speaker, last):
        # "—¿Cuándo? —preguntó un periodista." "—En marzo —contestó el consejero.": the
        # role names someone other than the unnamed voice before; nobody named holds it
        return Speaker(speaker.start, speaker.end, speaker.text, _bare(ctx, speaker.text))
    if last is not None and last.name and last.text.lower() == speaker.text.lower():
        # "El titular de Hacienda explicó que … «…» y que … «…»": the same mention again
        return Speaker(speaker.start, speaker.end, speaker.text, last.name)
    if _of_a_body(ctx, speaker):
        # "el director de Renfe en Galicia respondió": nobody named holds that post; the
        # post is the speaker, not whoever spoke last
        return Speaker(speaker.start, speaker.end, speaker.text, _bare(ctx, speaker.text))
    body = last is not None and any(
        e.label == "ORG" and e.canonical == last.name for e in ctx.entities_in(last.start, last.end)
    )  # "Renfe replicó …" then "La responsable del sector …": a person, not the company
    if last is not None and last.name and not body and compatible(wanted, name_gender(last.name)):
        return Speaker(speaker.start, speaker.end, speaker.text, last.name)
    for entity in reversed(ctx.entities_in(max(0, speaker.start - 1500), speaker.start)):
        if entity.label == "PER" and compatible(wanted, entity_gender(ctx, entity)):
            return Speaker(speaker.start, speaker.end, speaker.text, entity.canonical)
    if last is None:
        # "Un vecino … declaró … «…», aseguró el testigo": the one who reported before
        reporter = recent_reporter(ctx, start, -1)
        if reporter is not None and reporter.name and reporter.start < speaker.start:
            return Speaker(speaker.start, speaker.end, speaker.text, reporter.name)
    if last is None:
        # "El acusado … aseguró «…»." then "El procesado, Rubén Gil, …": named later
        later = introduced_after(ctx, speaker.end)
        if later:
            return Speaker(speaker.start, speaker.end, speaker.text, later)
    person = last is not None and last.name and not body
    fallback = last.name if person else _bare(ctx, speaker.text)  # type: ignore[union-attr]
    return Speaker(speaker.start, speaker.end, speaker.text, fallback)


def _kin_taken_up(ctx: Context, speaker: Speaker) -> bool:
    """``la hija`` after ``su hija`` earlier in the paragraph: an article and a kin noun
    (``kin_nouns``) taking up the relative the paragraph mentioned with a possessive."""
    words = WORD.findall(speaker.text.lower())
    if len(words) != 2 or words[0] not in ctx.lex.articles or words[1] not in ctx.lex.kin_nouns:
        return False
    para = ctx.text.rfind("\n\n", 0, speaker.start) + 1
    before = [w.lower() for w in WORD.findall(ctx.text, para, speaker.start)]
    pairs = zip(before, before[1:], strict=False)
    return any(a in ctx.lex.possessives and b == words[1] for a, b in pairs)


def _body_before(ctx: Context, speaker: Speaker) -> str:
    """The organisation "it" stands for: the nearest one named outside a prepositional
    phrase; "it" never stands for a person."""
    for entity in reversed(ctx.entities_in(max(0, speaker.start - 1500), speaker.start)):
        if entity.label == "ORG" and not after_preposition(ctx, entity):
            return entity.canonical
    return speaker.text


def _another_voice(ctx: Context, speaker: Speaker, last: Speaker) -> bool:
    """The last speaker is an unnamed phrase ("un periodista") whose head is not the
    role noun now speaking ("el consejero"): two different people."""
    if ctx.entity_starting(last.start) is not None or last.text.lower() in ctx.lex.pronouns:
        return False
    heads = [w.lower() for w in WORD.findall(speaker.text)]
    role = next((w for w in reversed(heads) if w in ctx.lex.role_nouns), "")
    return bool(role) and role not in last.name.lower() and role not in last.text.lower()


def _of_a_body(ctx: Context, speaker: Speaker) -> bool:
    """A role phrase whose complement names a body or a place ("el director de Renfe",
    "el alcalde de Lugo"): a post, held by someone the article has not named."""
    return any(e.label != "PER" for e in ctx.entities_in(speaker.start, speaker.end))


def _peer(ctx: Context, speaker: Speaker, last: Speaker | None) -> str:
    """``«…», explicó Gómez, mientras su colega subrayó …``: a peer noun (``peer_nouns``)
    is the nearest other person named before, not the one who just spoke."""
    words = WORD.findall(speaker.text.lower())
    if last is None or not last.name or not words or words[-1] not in ctx.lex.peer_nouns:
        return ""
    for entity in reversed(ctx.entities_in(max(0, speaker.start - 600), speaker.start)):
        if entity.label == "PER" and entity.canonical != last.name:
            return entity.canonical
    return ""


def _possessed(ctx: Context, text: str) -> bool:
    """The phrase opens with a possessive ("su hija", "his lawyer")."""
    first = WORD.match(text)
    return first is not None and first.group().lower() in ctx.lex.possessives


def _bare(ctx: Context, text: str) -> str:
    """A phrase without its leading article or possessive ("el consejero" → "consejero",
    "su hija" → "hija")."""
    first = WORD.match(text)
    lower = first.group().lower() if first is not None else ""
    if first is not None and (lower in ctx.lex.articles or lower in ctx.lex.possessives):
        return text[first.end() :].strip()
    return text
