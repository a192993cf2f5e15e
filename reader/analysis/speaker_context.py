"""What the speaker rules share: the article context and small helpers on it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reader.analysis.letters import LETTER
from reader.analysis.lexicon import Lexicon
from reader.core.model import Entity, Speaker

WORD = re.compile(rf"{LETTER}+(?:[-'’]{LETTER}+)*")
_TITLE = re.compile(r"([^\W\d_]+)\.?\s+")


@dataclass(slots=True)
class Context:
    """What the speaker rules need about the article."""

    text: str
    lex: Lexicon
    entities: tuple[Entity, ...]
    entity_starts: list[int]
    quotes: list[tuple[int, int]]
    sentence_of: dict[int, tuple[int, int]]
    block_of: dict[int, tuple[int, int]]
    headings: frozenset[tuple[int, int]] = frozenset()
    sentence_starts: list[int] = field(default_factory=list)
    sentence_ends: list[int] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # canonical name → f, m or ""
    expansions: dict[str, str] = field(default_factory=dict)  # acronym → the full name
    titles: frozenset[str] | None = None  # nouns the article put before a name (lazy)
    complement_titles: frozenset[str] | None = None  # "la catedrática de Química X" (lazy)
    outside: tuple[list[Entity], list[int]] | None = None  # unquoted entities, starts (lazy)
    firsts: list[Entity] | None = None  # each person's first mention (lazy)
    phrases: dict[tuple[int, int], Speaker | None] = field(default_factory=dict)  # noun_phrase
    reporters: dict[str, int] | None = None  # name → its first mention as a reporter (lazy)
    initials: dict[str, str] | None = None  # initials → the organisation they spell (lazy)
    people: frozenset[str] | None = None  # the canonical names of persons (lazy)
    # coref: the people introduced with a role set, in order, and their starts (lazy)
    holders: dict[frozenset[str], tuple[list[Entity], list[int]]] = field(default_factory=dict)
    # coref: the lower-cased text around each person, read once for every role set
    near_lower: dict[tuple[int, int], str] = field(default_factory=dict)
    near_joined: tuple[str, list[int]] | None = None  # near_roles: those texts, joined (lazy)
    # near_roles: unquoted organisations, the lowered text before each, joined (lazy)
    org_windows: tuple[list[Entity], list[str], str, list[int]] | None = None
    # speaker_resolve: a bare role noun ("juez") → the person it last named
    role_names: dict[str, str] = field(default_factory=dict)
    # subject_before: (clause start, verb start) → the subject found before the verb
    subjects: dict[tuple[int, int], tuple[Speaker | None, bool]] = field(default_factory=dict)

    def reporting_in(self, start: int, end: int) -> list[re.Match[str]]:
        """The reporting verbs outside quotations that start in ``[start, end)``: listed
        ones, and any finite verb that reports a clause (``observó ante los periodistas
        que``, ``conceded that``): wire copy varies the verb far beyond any list."""
        found = []
        lex = self.lex
        kinds = _verb_kinds(lex)
        for word in WORD.finditer(self.text, max(0, start), end):
            spelling = word.group()
            kind = kinds.get(spelling)
            if kind is None:
                kind = _verb_kind(lex, spelling, kinds)
            listed, tag_verb = kind  # most words: neither
            if (listed or (tag_verb and self._says_that(word))) and not self.in_quote(
                word.start()
            ):
                found.append(word)
        return found

    def _says_that(self, word: re.Match[str]) -> bool:
        if not self.lex.is_tag_verb(word.group()):
            return False
        return _that_clause(self.lex).match(self.text, word.end()) is not None

    def reported_clause_at(self, verb: re.Match[str], end: int) -> bool:
        """Whether the complementizer ending at ``end`` opens the clause a listed
        reporting verb reports (``said on a call with analysts that``)."""
        if not self.lex.is_reporting(verb.group().lower()):
            return False
        found = _that_clause(self.lex).match(self.text, verb.end())
        return found is not None and found.end() == end

    def entity_at(self, pos: int) -> Entity | None:
        """The entity at ``pos``, after spaces and titles ("Dr.", "Council President")."""
        while pos < len(self.text) and self.text[pos] == " ":
            pos += 1
        here = self.entity_starting(pos)
        if here is not None:
            return here  # "Confederación de …" is a name, not a title to look past
        skip, text = self.lex.title_skip, self.text
        # a title opens with a capital: the character is read before the pattern
        title = _TITLE.match(text, pos) if text[pos : pos + 1].isupper() else None
        while title and title.group(1).lower() in skip:
            pos = title.end()
            title = _TITLE.match(text, pos) if text[pos : pos + 1].isupper() else None
        index = bisect.bisect_left(self.entity_starts, pos)
        if index < len(self.entities) and self.entities[index].start == pos:
            return self.entities[index]
        return None

    def names_person(self, name: str) -> bool:
        """``name`` is the canonical name of a person the article names; the set is built
        once per article (asked per quotation of every entity, it was quadratic)."""
        if self.people is None:
            self.people = frozenset(e.canonical for e in self.entities if e.label == "PER")
        return name in self.people

    def entity_starting(self, pos: int) -> Entity | None:
        """The entity that starts exactly at ``pos`` (no title skipped)."""
        index = bisect.bisect_left(self.entity_starts, pos)
        if index < len(self.entities) and self.entities[index].start == pos:
            return self.entities[index]
        return None

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """The entities outside quotations that lie in ``[start, end)``; which entities
        are quoted is found once per article (the rules ask for hundreds of windows)."""
        if self.outside is None:
            free = [e for e in self.entities if not self.in_quote(e.start)]
            self.outside = (free, [e.start for e in free])
        free, starts = self.outside
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return [e for e in free[lo:hi] if e.end <= end]

    def sentence_end(self, pos: int) -> int:
        """End of the sentence that contains ``pos`` (the end of the text if unknown)."""
        index = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_ends[index] if index >= 0 else len(self.text)

    def next_quote(self, pos: int) -> int:
        """Where the first quotation starting at or after ``pos`` opens (the text's end
        when none does)."""
        index = bisect.bisect_left(self.quotes, (pos, -1))
        return self.quotes[index][0] if index < len(self.quotes) else len(self.text)

    def introductions(self, pos: int) -> list[Entity]:
        """The first mention of each person named before ``pos``, nearest first: where
        an article gives a person's role."""
        if self.firsts is None:
            seen: set[str] = set()
            self.firsts = []
            for entity in self.entities:
                if entity.label == "PER" and entity.canonical not in seen:
                    seen.add(entity.canonical)
                    self.firsts.append(entity)
        return [e for e in reversed(self.firsts) if e.start < pos]

    def people_before(self, pos: int, reach: int | None = None) -> list[Entity]:
        """The people named before ``pos`` (within ``reach`` characters, or all), nearest
        first (quotations included)."""
        index = bisect.bisect_left(self.entity_starts, pos)
        low = 0 if reach is None else bisect.bisect_left(self.entity_starts, pos - reach)
        return [e for e in reversed(self.entities[low:index]) if e.label == "PER"]

    def in_quote(self, pos: int) -> bool:
        index = bisect.bisect_right(self.quotes, (pos, 10**12)) - 1
        return index >= 0 and self.quotes[index][0] <= pos < self.quotes[index][1]


_KINDS: dict[int, tuple[Lexicon, dict[str, tuple[bool, bool]]]] = {}
_KINDS_SIZE = 8192  # spellings remembered per lexicon: a huge text cannot grow it further


def _verb_kinds(lex: Lexicon) -> dict[str, tuple[bool, bool]]:
    """The spellings already classed by ``_verb_kind`` for ``lex``: a plain dict read in
    the loop over every word before a quotation (cheaper than a cached call per word)."""
    entry = _KINDS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _KINDS[id(lex)] = (lex, {})
    return entry[1]


def _verb_kind(
    lex: Lexicon, word: str, kinds: dict[str, tuple[bool, bool]]
) -> tuple[bool, bool]:
    """Whether a word is a listed reporting verb, and whether it may be a speech tag's
    verb; remembered by spelling in ``kinds``: the speaker rules ask it of every word
    before a quote."""
    if len(kinds) >= _KINDS_SIZE:
        kinds.clear()
    kind = kinds[word] = (word.lower() in lex.reporting, lex.is_tag_verb(word))
    return kind


_THAT: dict[int, re.Pattern[str]] = {}


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _that_clause(lex: Lexicon) -> re.Pattern[str]:
    """A complementizer right after a verb, or after a short prepositional phrase
    (``ante los periodistas que``, ``en que``, ``to reporters that``), or after an aside
    set off by commas (``objetó, a través de un portavoz, que``): the clause the verb
    reports."""
    found = _THAT.get(id(lex))
    if found is None:
        # "dejó entrever que": an infinitive between the verb and its clause
        infinitive = (
            rf"(?:\s+[^\W\d_]+(?:{_alternatives(lex.infinitive_endings)}))?"
            if lex.infinitive_endings
            else ""
        )
        # "objetó, a través de un portavoz, que": an aside set off by commas before it
        aside = r"(?:\s*,[^,.;:«»“”\"()\n]{1,60},)?"
        found = re.compile(
            rf"{infinitive}{aside}\s+"
            rf"(?:(?:{_alternatives(lex.prepositions)})(?:\s+[^\W\d_]+){{0,4}}?\s+)?"
            rf"(?:{_alternatives(lex.complementizers)})\b",
            re.IGNORECASE,
        )
        _THAT[id(lex)] = found
    return found


def governed_role(ctx: Context, start: int) -> bool:
    """The first role noun of the phrase a comma closes right before ``start`` is governed
    by a preposition: "Compareció junto al director general de X, Y," (Y is no subject);
    not "La presidenta de la comisión, Y," nor "… en mayo de 2023, Y,"."""
    window = ctx.text[max(0, start - 120) : start].rstrip()[:-1]
    cut = max(window.rfind(mark) for mark in ".!?\n:;,()«»\"“”")
    words = [w.lower() for w in WORD.findall(window[cut + 1 :])]
    role = next((i for i, w in enumerate(words) if w in ctx.lex.role_nouns), -1)
    before = [w for w in words[:role] if w not in ctx.lex.determiners] if role > 0 else []
    governed = bool(before) and before[-1] in ctx.lex.prepositions
    return governed and before[-1] not in ctx.lex.genitive_prepositions


def after_preposition(ctx: Context, entity: Entity) -> bool:
    """``presidente de la Comisión``, ``con Ortega``, ``con el presidente Ortega``: a name
    that is no subject (titles and determiners between are looked past)."""
    window = ctx.text[max(0, entity.start - 40) : entity.start]
    if window.rstrip().endswith(","):
        return False  # "… en mayo de 2023, Álvaro Bescós, aseguró": an apposition
    stop = _LAST_STOP.match(window)  # the last stop: one backward scan, not six rfinds
    previous = WORD.findall(window, stop.end() if stop else 0)
    while previous and (
        previous[-1].lower() in ctx.lex.determiners
        or (previous[-1].lower() in ctx.lex.titles and len(previous) > 1)
    ):
        previous.pop()
    return bool(previous) and previous[-1].lower() in ctx.lex.prepositions


_LAST_STOP = re.compile(r".*[.!?\n:;]", re.S)


def possessors_last(ctx: Context, people: list[Entity]) -> list[Entity]:
    """``X scored over the glove of Swedish goalkeeper Y``: a name hung on a noun by a
    genitive preposition (``genitive_prepositions``, looking past a demonym and a role)
    in a sentence another person opens as its subject is the possessor in that person's
    action, the last one a bare role noun takes up."""
    lex = ctx.lex

    def possessor(entity: Entity) -> bool:
        window = ctx.text[max(0, entity.start - 50) : entity.start]
        words = WORD.findall(window[max(window.rfind(m) for m in ".!?\n:;,") + 1 :])
        while words and (words[-1] in lex.demonyms or words[-1].lower() in lex.role_nouns):
            words.pop()
        if not words or words[-1].lower() not in lex.genitive_prepositions:
            return False
        index = bisect.bisect_right(ctx.sentence_starts, entity.start) - 1
        start = ctx.sentence_starts[index] if index >= 0 else 0
        start += len(ctx.text[start : start + 20]) - len(ctx.text[start : start + 20].lstrip())
        actor = ctx.entity_starting(start)  # another person acts on what the name owns
        return actor is not None and actor.label == "PER" and actor is not entity

    return sorted(people, key=possessor)  # stable: the nearest first within each kind


_DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'/-]{1,40}(?:\s*\([^()\n]{2,30}\))*(?:,[^,()\n]{1,30})?"
    r"(?:\s*\([^()\n]{2,30}\))*\s*(?:\.-|—|–|-)\s+"
)


def past_dateline(text: str, start: int, limit: int) -> int:
    """``ZARAGOZA, 17 ene (EFE).- Un vecino …``, ``LONDON (Reuters) - The …``: where the
    lead sentence's own words begin, after its dateline and agency credit (any capital
    letter of the Latin alphabets: ``BENICÀSSIM``, ``GÖTEBORG``)."""
    if text[start + 1 : start + 2] not in _DATELINE_SECOND:
        return start  # most sentences: a lower-case letter follows the first, no regex
    match = _DATELINE.match(text, start, limit)
    return match.end() if match else start


# what may follow a dateline's first capital (the pattern's second class)
_DATELINE_SECOND = frozenset(
    [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    + [chr(c) for c in range(0xC0, 0xDF) if c != 0xD7]
    + list(" .'/-")
)


def mention(ctx: Context, start: int, end: int, name: str = "") -> Speaker:
    if 1 < len(name) <= 6 and name.isupper() and name.isalpha():
        name = expansion(ctx, name)  # "the UAW said": the United Auto Workers
    elif name[:1].isupper() and name.lower() in ctx.lex.org_words:
        name = head_expansion(ctx, name)  # "the Commission said": the European Commission
    words = name.split()
    dropped = not ctx.lex.flags["speaker_keeps_legal_form"]  # "Westridge Services Ltd."
    if dropped and len(words) > 1 and words[-1].lower() in ctx.lex.legal_forms:
        name = " ".join(words[:-1]).rstrip(",")  # "Andina del Sur Cobre S.A.": the company
    return Speaker(start, end, ctx.text[start:end], name)


def head_expansion(ctx: Context, word: str) -> str:
    """The longer organisation name of the article that ends in ``word``, an organisation
    keyword, the way a second mention shortens it ("the European Commission" … "the
    Commission")."""
    cached = ctx.expansions.get(word)
    if cached is not None:
        return cached
    found = word
    for entity in ctx.entities:
        if entity.label == "ORG" and entity.canonical.endswith(" " + word):
            found = entity.canonical
            break
    ctx.expansions[word] = found
    return found


def expansion(ctx: Context, acronym: str) -> str:
    """The organisation named in full in the article whose initials spell ``acronym``
    ("United Auto Workers" for UAW), else the acronym itself."""
    if ctx.initials is None:  # once per article: per acronym, it was quadratic
        ctx.initials = {}
        for entity in ctx.entities:
            if entity.label != "ORG":
                continue
            words = WORD.findall(entity.canonical)
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(words) >= len(initials) and entity.canonical != initials:
                ctx.initials.setdefault(initials, entity.canonical)
    return ctx.initials.get(acronym, acronym)


def skip_space(text: str, pos: int, limit: int) -> int:
    """Past a possessive ending and the spaces after a word."""
    if text[pos : pos + 2] in ("'s", "’s"):
        pos += 2
    while pos < limit and text[pos] == " ":
        pos += 1
    return pos


def colon_before(ctx: Context, start: int) -> tuple[int, int]:
    """The colon that introduces the quotation, or -1: right before it in its sentence
    (``X: «…»``), or ending the paragraph just before a dialogue turn or a quotation
    that fills its paragraph (``La periodista X insistió:\n\n—¿Va a …?``); with the start
    of the colon's sentence."""
    sent_start = ctx.sentence_of[start][0]
    if ctx.text[max(sent_start, start - 3) : start].rstrip().endswith(":"):
        return ctx.text.rfind(":", sent_start, start), sent_start
    pos = start
    if pos != sent_start or ctx.block_of[start][0] != sent_start:
        return -1, sent_start
    back = pos
    while back > 0 and ctx.text[back - 1].isspace():
        back -= 1
    if back == pos or back == 0 or ctx.text[back - 1] != ":":
        return -1, sent_start
    if ctx.text.count("\n", back, pos) > 2:
        return -1, sent_start
    index = bisect.bisect_right(ctx.sentence_starts, back - 1) - 1
    return back - 1, ctx.sentence_starts[index] if index >= 0 else 0


_LAST_WORD = re.compile(r"([^\W\d_]+) +$")


def before_modifiers(ctx: Context, low: int, verb_start: int) -> int:
    """Where the words between a subject and its reporting verb begin: past the adverbs
    and auxiliaries that change nothing about who speaks ("Thompson has repeatedly said",
    "the mayor later told"), so that rules reading "the subject right before the verb"
    see the subject. At most three words, joined by spaces only."""
    pos = verb_start
    lex = ctx.lex
    for _ in range(3):
        word = _LAST_WORD.search(ctx.text, max(low, pos - 20), pos)
        if word is None or word.end() != pos or ctx.text[word.start() - 1 : word.start()].isalpha():
            break
        lower = word.group(1)
        if lower not in lex.tag_adverbs and lower not in lex.auxiliaries:
            break
        pos = word.start(1)
    return pos
