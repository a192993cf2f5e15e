"""Candidate name spans: runs of capitalised words joined by name connectors.

One regular expression finds capitalised tokens in the whole text; consecutive tokens
inside one sentence are grouped when only a space or a name connector (``de la``,
``van``, ``of``) separates them. Everything else (typing, filtering) works on these
groups, so the cost is proportional to the number of capitalised words, not of all words.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from reader.analysis import gazetteer

_UPPER = "".join(
    re.escape(chr(c)) for c in range(0x41, 0x2000) if chr(c).isupper() or chr(c).istitle()
)
# A token's body: two short acronyms joined by a slash are one name ("UPV/EHU", a body's
# two official names; longer words in capitals are a dateline's two cities, "LONDON/NEW
# YORK"), "A/S", or a capitalised word with its inner hyphens, apostrophes and periods.
_BODY = (
    rf"(?:[{_UPPER}]{{2,5}}/[{_UPPER}]{{2,5}}\b|A/S\b|[{_UPPER}][\w]*(?:[\-'’.&][\w]+)*\.?)"
)
# A token opens a word (or follows an elided "d'", "l'"), maybe with "al-", "el-", "bin-",
# "ibn-" before its capital. The leading lookahead changes no match.
TOKEN = re.compile(
    rf"(?=[{_UPPER}]|al-|el-|bin-|ibn-)"
    rf"(?:(?<=\b[dl]['’])|(?<![\w'’.]))(?:(?:al|el|Al|El|bin|ibn)-)?{_BODY}"
)
# The same tokens when they open with a capital: the pattern opens with a character class,
# so the engine skips the other characters in C instead of trying the lookbehinds at every
# one (most of a text). The capital is consumed first, so the lookbehinds look one
# character further back, and the body goes on after it. ``_tokens`` adds the tokens that
# open with a lower-case prefix.
_CAPITAL_TOKEN = re.compile(
    rf"[{_UPPER}](?:(?<=\b[dl]['’].)|(?<![\w'’.].))(?:(?<=[AE])l-{_BODY}"
    rf"|[{_UPPER}]{{1,4}}/[{_UPPER}]{{2,5}}\b|(?<=A)/S\b|[\w]*(?:[\-'’.&][\w]+)*\.?)"
)
_DOTTED = re.compile(r"^(?:\w{1,3}\.){2,}$|^[A-Z]\.$")
# Gaps that join two capitalised tokens: a plain space, or connectors.
# a plain space; "$" also let a space before a line break join ("Ana \nPaz")
_GAP_PLAIN = (" ", " \n")
_GAP_CONNECTOR = re.compile(
    r"^ (de|del|de la|de las|de los|de lo|y|e|of|of the|and|&|van|von|van der|van den|von der|"
    r"ten|ter|da|das|do|dos|di|du|le|la|bin|ibn|al|el|y de|y del|y de la|y de los|y de las|for|on|"
    r"upon|para|para la|para el|sobre|contra|y el|y la|y los|y las|for the|against|por|"
    r"por el|por la|por los|por las|para los|para las|i|della|delle|dello|degli|dei|"
    r"pola|polo|polas|polos|con)\s$"
)
# Catalan elided connectors ("Gremi d'Hotels", "Agència Catalana de l'Aigua") are
# kept as the connectors they stand for, so every rule reads them as "de" and "de la".
# A court's or a body's number inside its name ("Juzgado de lo Penal número 1 de Vigo").
_NUMBERED_COURT = re.compile(r"^ (?:(?:número|nº|n\.º|núm\.) )?\d{1,3} de $")
_COURT_FIRST = frozenset("n0123456789")
_ELIDED = {" d'": "de", " d’": "de", " de l'": "de la", " de l’": "de la"}
# Longer than any gap that joins two tokens (the longest: " número 123 de \n", 16); a
# longer gap is read by no pattern, so most tokens skip the tests.
_LONGEST_GAP = 20
# A compound adjective capitalised only because it opens the sentence ("Top-seeded",
# "Two-time", "Far-right"): the part after the hyphen stays in lower case.
_COMPOUND_ADJECTIVE = re.compile(r"^[^\W\d_]+-[a-z]{3,}$")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")
# "Seoul-based", "Sydney-listed", "Nasdaq-traded": a place or market, then a participle
_PLACE_COMPOUNDS = (
    "-based", "-born", "-led", "-backed", "-listed", "-traded", "-quoted", "-owned", "-flagged"
)


class Group:
    """A candidate name: its tokens (absolute spans) and the connectors between them.

    A plain class with slots, not a dataclass: one is built for every capitalised run of
    an article, and a dataclass's default factories built three containers that
    ``finish`` replaces (2 % of the analyser's time on the samples)."""

    __slots__ = (
        "tokens", "gaps", "sentence_start", "weak_first", "position", "run_end",
        "listing_after",
    )
    position: dict[tuple[int, int], int]
    run_end: list[int]
    listing_after: list[bool]

    def __init__(
        self, tokens: list[tuple[int, int]], sentence_start: int = 0, weak_first: bool = False
    ) -> None:
        self.tokens = tokens
        self.gaps: list[str] = []
        self.sentence_start = sentence_start
        self.weak_first = weak_first
        # ``position``, ``run_end`` and ``listing_after`` are set by ``finish``, which
        # every group goes through before the rules read it: no placeholder built here

    def finish(self) -> Group:
        """Precompute per-token facts so the rules stay linear on very long groups.

        ``run_end[i]``: end of the plain-space run starting at token i;
        ``listing_after[i]``: a ``y``/``and`` connector follows token i somewhere.
        """
        count = len(self.tokens)
        if count == 1:  # most groups: one word, no gap to read
            self.position = {self.tokens[0]: 0}
            self.run_end, self.listing_after = [self.end], [False]
            return self
        self.position = {span: i for i, span in enumerate(self.tokens)}
        self.run_end = [0] * count
        self.listing_after = [False] * count
        end, listing = self.tokens[-1][1], False
        for i in range(count - 1, -1, -1):
            if i < count - 1:
                gap = self.gaps[i]
                end = self.tokens[i][1] if gap else end
                listing = listing or gap.split(" ")[0] in ("y", "e", "and")
            else:
                end = self.tokens[i][1]
            self.run_end[i] = end
            self.listing_after[i] = listing
        return self

    @property
    def start(self) -> int:
        return self.tokens[0][0]

    @property
    def end(self) -> int:
        return self.tokens[-1][1]


def _token_span(
    text: str, match: re.Match[str], keep_dot: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Trim a token: a final period only for abbreviations, no possessive ``'s``."""
    start, end = match.span()
    word = match.group()
    if len(word) > 3 and word[1] == "-" and word[0] in "DRI" and word[2].isupper():
        start += 2  # "D-Ohio", "D-N.Y.": party and state; the state is the name
        word = word[2:]
    if word.endswith(".") and word not in keep_dot and not _DOTTED.match(word):
        end -= 1
        word = word[:-1]
    if word.endswith(_PLACE_COMPOUNDS):
        end -= len(word) - word.rindex("-")  # "Seoul-based", "Sydney-listed": the place
        word = word[: word.rindex("-")]
    # the pattern ends the word in an apostrophe and maybe "s": a suffix test first
    possessive = _POSSESSIVE.search(word) if word.endswith(_POSSESSIVE_ENDS) else None
    if possessive and len(word) > 2 and "'" not in word[:-2] and "’" not in word[:-2]:
        end -= len(possessive.group())
    if end <= start:
        return None
    if (
        text.startswith("+", end)  # the pattern opens with the plus: most words, no regex
        and _PLUS_NAME.match(text, end)
        and len(word) > 3
        and not _RATING.match(word)
    ):
        end += 1  # "OPEC+", "Canal+", "Disney+": the plus is part of the name
    return start, end


_PLUS_NAME = re.compile(r"\+(?![\w+])")
_RATING = re.compile(r"^[ABC]+$")  # "AA+", "BBB+": credit ratings, no names


_OPENING_CHARS = "\"'“‘«‹„»([¿¡—–-* "


def _is_sentence_initial(text: str, sent_start: int, pos: int) -> bool:
    """True when only opening marks or dashes stand between the sentence start and pos."""
    if pos > sent_start and text[sent_start] not in _OPENING_CHARS:
        return False  # most words: the sentence opens with a word, not a mark
    return not text[sent_start:pos].strip(_OPENING_CHARS)  # nothing else left: in C


def find_groups(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    connectors: frozenset[str],
    keep_dot: frozenset[str] = frozenset(),
    event_heads: frozenset[str] = frozenset(),
    located_heads: frozenset[str] = frozenset(),
    field_endings: tuple[str, ...] = (),
    lone_openers: frozenset[str] = frozenset(),
) -> list[Group]:
    """Group capitalised tokens of each sentence; mark groups that open a sentence.
    ``event_heads`` may take ``a`` before a place (``Vuelta a España``), and
    ``located_heads`` ``en`` (``Delegación del Gobierno en Andalucía``), as does an
    action noun inside a name (``field_endings``: ``Intervención en Montaña``). A group
    that is one of ``lone_openers`` opening a sentence ("El", "Según": a third of all
    groups) names nothing and is never built."""
    groups: list[Group] = []
    for sent_start, sent_end in sentences:
        current: Group | None = None
        for span in _spans(text, sent_start, sent_end, keep_dot):
            if current is not None and span[0] - current.tokens[-1][1] > _LONGEST_GAP:
                _close(text, current, groups, lone_openers)  # words between: no connector
                current = None
            elif current is not None:
                gap = text[current.end : span[0]]
                if gap in _GAP_PLAIN or _joins(gap, connectors):
                    current.tokens.append(span)
                    current.gaps.append(gap.strip())
                    continue
                # "Juzgado número 2 de X", "Centro 112 de X": a number word or a digit first
                if gap[1:2] in _COURT_FIRST and _NUMBERED_COURT.match(gap):
                    current.tokens.append(span)
                    current.gaps.append("de")
                    continue
                if gap in _ELIDED:
                    current.tokens.append(span)
                    current.gaps.append(_ELIDED[gap])
                    continue
                if gap == " a " and _event_head(text, current, event_heads):
                    current.tokens.append(span)
                    current.gaps.append("a")
                    continue
                if gap == " en " and (
                    _located_head(text, current, located_heads)
                    or _field_noun(text, current, field_endings)
                ):
                    current.tokens.append(span)
                    current.gaps.append("en")
                    continue
                _close(text, current, groups, lone_openers)
                current = None
            if _opening_adjective(text, sent_start, span):
                continue  # "Top-seeded Jannik Sinner", "Far-right leader X": no name
            current = Group([span], sent_start, _weak_position(text, sent_start, span[0]))
        if current is not None:
            _close(text, current, groups, lone_openers)
    return groups


def _close(text: str, group: Group, groups: list[Group], lone_openers: frozenset[str]) -> None:
    """Finish the group and keep it, unless it is a lone grammar word opening a sentence."""
    tokens = group.tokens
    if len(tokens) > 1 or not group.weak_first or text[slice(*tokens[0])].lower() not in (
        lone_openers
    ):
        groups.append(group.finish())


def _spans(
    text: str, start: int, end: int, keep_dot: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The trimmed tokens of one sentence; two places in capitals joined by a slash (a
    dateline's ``TOKYO/SEOUL``) stay two tokens, unlike two acronyms (``UPV/EHU``)."""
    # most sentences hold no "al-"/"bin-" prefix: their matches come straight from C,
    # without the prefix generator between
    plain = text.find("l-", start, end) < 0 and text.find("n-", start, end) < 0
    matches = _CAPITAL_TOKEN.finditer(text, start, end) if plain else _tokens(text, start, end)
    for match in matches:
        if match.group().isalpha() and not text.startswith("+", match.end()):
            yield match.span()  # most tokens: letters only, nothing to trim, no slash
            continue
        span = _token_span(text, match, keep_dot)
        if span is None:
            continue
        slash = text.find("/", span[0], span[1])
        if slash > 0 and any(
            gazetteer.is_place(part.title()) for part in text[span[0] : span[1]].split("/")
        ):
            yield span[0], slash
            yield slash + 1, span[1]
            continue
        yield span


def _tokens(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``TOKEN`` in ``text[start:end]``, found by ``_CAPITAL_TOKEN``: a
    capital right after "al-", "el-", "bin-" or "ibn-" (every one ends in "l-" or "n-":
    most sentences have neither, found by two C searches) is matched again with its
    prefix by ``TOKEN``, where the prefix opens a word as ``TOKEN`` requires. ``_spans``
    calls it only for a sentence holding "l-" or "n-"."""
    pos = start
    while pos <= end:
        for match in _CAPITAL_TOKEN.finditer(text, pos, end):
            whole = _with_prefix(text, match.start(), pos, end)
            if whole is None:
                yield match
                continue
            yield whole
            if whole.end() != match.end():  # the prefixed token ends elsewhere: go on there
                pos = whole.end()
                break
        else:
            return


def _with_prefix(text: str, at: int, pos: int, end: int) -> re.Match[str] | None:
    """``TOKEN``'s match from the lower-case prefix before the capital at ``at`` ("al-"
    in "al-Qaeda"), when the prefix lies after ``pos`` and opens a word; else None."""
    if text[at - 1 : at] != "-":
        return None
    if at - 3 >= pos and text[at - 3 : at] in ("al-", "el-"):
        return TOKEN.match(text, at - 3, end)
    if at - 4 >= pos and text[at - 4 : at] in ("bin-", "ibn-"):
        return TOKEN.match(text, at - 4, end)
    return None


def _event_head(text: str, group: Group, event_heads: frozenset[str]) -> bool:
    """The group is one event word (``Vuelta``, ``Volta``), which names a race with
    ``a`` and its country or region."""
    return len(group.tokens) == 1 and text[group.start : group.end].lower() in event_heads


def _located_head(text: str, group: Group, located_heads: frozenset[str]) -> bool:
    """The group names a delegation or an embassy with its complement (``Consulado
    General de Italia``), which takes ``en`` and the place where it sits."""
    if len(group.tokens) < 2 or "en" in group.gaps:
        return False
    # the head may follow a capitalised article opening the sentence ("La Delegación")
    return any(text[s:e].lower() in located_heads for s, e in group.tokens[:2])


def _field_noun(text: str, group: Group, endings: tuple[str, ...]) -> bool:
    """The group closes, inside a longer name, with an action noun (``Grupo de Rescate e
    Intervención``, ``Centro de Investigación``) that takes ``en`` and its field
    (``en Montaña``, ``en Red``); ``connectors`` decides whether the name goes on."""
    if not endings or len(group.tokens) < 2 or "en" in group.gaps:
        return False
    start, end = group.tokens[-1]
    return end - start > 5 and text[start:end].lower().endswith(endings)


def _weak_position(text: str, sent_start: int, pos: int) -> bool:
    """A word capitalised by its position: opening the sentence, after a colon, a
    dateline's dash or agency credit (``MADRID, 07 (SERVIMEDIA) La …``) or an opening
    quotation mark."""
    return (
        _is_sentence_initial(text, sent_start, pos)
        or (pos >= 2 and text[pos - 2 : pos] in (": ", ". ", "— ", "– ", "- ", ") "))
        or (pos >= 3 and text[pos - 3 : pos] == " - ")
        or (pos >= 1 and text[pos - 1] in "“«‹„‘\"'(")  # a quotation opens
    )


def _opening_adjective(text: str, sent_start: int, span: tuple[int, int]) -> bool:
    """A hyphenated adjective opening the sentence (or the lead after a dateline),
    capitalised only for that."""
    word = text[span[0] : span[1]]
    if "-" not in word:
        return False  # the pattern needs a hyphen: most words, no regex
    return bool(_COMPOUND_ADJECTIVE.search(word)) and _weak_position(
        text, sent_start, span[0]
    )


def _joins(gap: str, connectors: frozenset[str]) -> bool:
    if gap in (", ", "'s ", "’s ", "' ", "’ ", ", la ", ", el ", ", los ", ", las ", ", the "):
        return True  # tentative: list commas and possessives inside organisation names
    match = _GAP_CONNECTOR.match(gap)
    return bool(match) and match.group(1).split()[0] in connectors


def intern(word: str) -> str:
    """Intern the small strings used as dictionary keys."""
    return sys.intern(word)
