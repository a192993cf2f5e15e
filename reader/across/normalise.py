"""Text folded for matching across articles: what two newsrooms write differently but
means the same text.

``fold`` applies NFKC, case folding, accent stripping, one kind of quotation mark, one
dash, single spaces, and drops punctuation at the edges. ``tokens`` cuts the original text
into words with their offsets (for the word-level diff) and their folded form (for
matching); a number's separators are dropped (``3,5`` = ``3.5``: the index's words), while
the form the matcher compares keeps a decimal point (``Token.form``: ``10,5 %`` and
``105 %`` are two figures; ``1.800`` = ``1,800`` = ``1800``), and an ellipsis (``…``,
``...``, ``[…]``) is remembered as a gap, because newsrooms use it to cut a quotation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from reader.across.data_files import data_lines


def _mark_class() -> str:
    """A character class of the combining marks (category Mn) of every alphabet's block.

    Folding strips them, as it strips Latin accents: a hand list of the Latin blocks
    left Arabic hamza (U+0654/U+0655, what NFKD makes of "إ", "ئ") inside the folded
    text, where they cut "إن" into "ا" + "ن" for the index but not for the query, so an
    Arabic or Hebrew quotation, or Japanese kana with voicing marks, was never found."""
    blocks = (range(0x0300, 0x3100), range(0xFB1E, 0xFB1F), range(0xFE00, 0xFE30))
    marks = [chr(c) for block in blocks for c in block if unicodedata.category(chr(c)) == "Mn"]
    return "[" + re.escape("".join(marks)) + "]"


_MARK_CLASS = _mark_class()
_MARKS = re.compile(_MARK_CLASS)
_LETTERS = rf"(?:[^\W_]{_MARK_CLASS}*)+"
"""Letters with the combining accents written after them: in decomposed text (NFD, as
macOS file names and some PDF viewers give it) "pagará" is "pagara" + U+0301, and a
combining mark is no word character, so the word was cut in two."""
_QUOTES = str.maketrans({c: '"' for c in "«»“”„‟〝〞＂‹›"} | {c: "'" for c in "‘’‚‛`´′"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_WORD = re.compile(rf"{_LETTERS}(?:(?:['’]|(?<=\d)[.,](?=\d)){_LETTERS})*")
_FOLDED_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_GAP = re.compile(r"\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)")
_NUMBER_SEPARATORS = str.maketrans("", "", ".,")
_FIGURE = re.compile(r"[\d.,]+")
_SEPARATOR = re.compile(r"[.,]")
THOUSANDS_GROUP = 3
"""A separator followed by groups of exactly this many digits separates thousands
("1.800", "4,000", "1.000.000"); any other last group is a decimal part ("10,5", "5.25")."""
_PERCENT = re.compile(r"\s?[%％]")
_CLAUSE = re.compile(r"[,;:.!?()\"'«»“”„‘’]")


POSSESSIVE = "'s"
"""An English possessive is the noun itself for matching ("the country's president" /
"the president of the country"); contractions ("it's", "that's") are function words."""
STRESSED_ENDS = frozenset("óáéÓÁÉ")
"""Final letters that mark a Spanish verb form ("anunció", "dejó", "tendrá"): nouns and
adjectives seldom end so ("-í" is left out: "israelí", "iraní" are adjectives)."""


def _load_words(name: str) -> frozenset[str]:
    """A word list shipped as data beside this module (``#`` starts a comment line)."""

    return frozenset(word for line in data_lines(name) for word in line.split())


NEGATIONS = _load_words("negations.txt")
FUNCTION_WORDS = _load_words("function_words.txt")
NUMBER_WORDS = _load_words("number_words.txt")


def _load_auxiliaries() -> tuple[dict[str, str], frozenset[str]]:
    """``form → the word before which it is an auxiliary``, and the auxiliaries that
    are a main verb before a figure (``auxiliaries.txt``)."""
    found: dict[str, str] = {}
    main: set[str] = set()
    for line in data_lines("auxiliaries.txt"):
        forms, _, after = line.partition(":")
        if after.strip() == "#":
            main.update(forms.split())
        else:
            found.update((form, after.strip()) for form in forms.split())
    return found, frozenset(main)


AUXILIARIES, MAIN_BEFORE_FIGURE = _load_auxiliaries()


def fold(text: str) -> str:
    """``text`` folded for comparison (see the module docstring)."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    folded = _MARKS.sub("", folded)
    folded = unicodedata.normalize("NFKC", folded).translate(_QUOTES)
    folded = _DASHES.sub("-", folded)
    folded = " ".join(folded.split())
    return _EDGE.sub("", folded)


def fold_word(word: str) -> str:
    """One word folded: accents and case gone, a number without its separators."""
    if word[:1].isdigit():
        return word.translate(_NUMBER_SEPARATORS)
    folded = _MARKS.sub("", unicodedata.normalize("NFKD", word).casefold())
    return folded.replace("’", "'")


def fold_figure(word: str) -> str:
    """A figure written with separators, as one spelling for every newsroom: thousands
    separators dropped, a decimal part after a point without its trailing zeros
    ("3,50" = "3.5"); letters written onto it stay ("4,2bn" → "4.2bn")."""
    digits = _FIGURE.match(word)
    if digits is None:
        return word
    suffix = word[digits.end():]
    groups = _SEPARATOR.split(digits.group())
    if len(groups) == 1 or all(len(g) == THOUSANDS_GROUP for g in groups[1:]):
        return "".join(groups) + suffix
    fraction = groups[-1].rstrip("0")
    whole = "".join(groups[:-1])
    return (f"{whole}.{fraction}" if fraction else whole) + suffix


_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d)")


def words(text: str) -> list[str]:
    """The folded words of ``text``, fast (no offsets): what the index stores. The same
    words as ``tokens`` gives, folded the same way, without a Python step per word."""
    return _FOLDED_WORD.findall(folded_for_words(text))


def folded_for_words(text: str) -> str:
    """``text`` folded as ``words`` folds it before cutting it into words."""
    if text.isascii():
        folded = text.lower()
    else:
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", text).casefold())
        folded = folded.replace("’", "'")
    if "," in folded or "." in folded:
        folded = _DIGIT_SEPARATOR.sub("", folded)
    return folded


@dataclass(frozen=True, slots=True)
class Token:
    """One word of an original text: its span, its folded form, and what kind of word
    it is (a figure or a name changes the claim; another word may be a rewrite)."""

    start: int
    end: int
    norm: str
    key: str  # "number", "name", "negation", "function" or "" (a content word)
    gap_before: bool = False
    clause_before: bool = False
    """Punctuation stands between this word and the one before ("jubilados», DEFENDIÓ"):
    a noun phrase does not run on across it."""
    stressed_end: bool = False
    """The word as written ends in a stressed vowel ("dejÓ", "podrÁ"): in Spanish a verb
    (a preterite or a future), which folding alone cannot tell from a noun ("dejo")."""
    percent: bool = False
    """A figure written with a per cent sign after it ("25%", "8,1 %"): a share."""
    form: str = ""
    """The word as the matcher compares it: ``norm`` but for a decimal figure ("10.5", where
    ``norm``, the index's word, is "105") and an English possessive ("ukraine" for
    "ukraine's"). ``norm`` stays what ``words`` gives, so that the index's shingles of a
    lookup equal those it stored."""


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with offsets into it (code points)."""
    gaps = {m.end() for m in _GAP.finditer(text)}
    gap_ends = sorted(gaps)
    result: list[Token] = []
    previous_end = 0
    sentence_start = True
    for match in _WORD.finditer(text):
        word = match.group()
        if not word.isascii():
            word = unicodedata.normalize("NFC", word)  # "pagará" decomposed ends in an accent
        between = text[previous_end:match.start()]
        gap = any(previous_end <= g <= match.start() for g in gap_ends) if gap_ends else False
        if result and re.search(r"[.!?:]\s*$", between) and not gap:
            sentence_start = True
        if between.rstrip().endswith(('"', "«", "“", "‘", "'")):
            sentence_start = True
        key = ""
        norm = fold_word(word)
        form = fold_figure(word) if word[:1].isdigit() else norm
        if form.endswith(POSSESSIVE) and form not in FUNCTION_WORDS:
            form = form[:-len(POSSESSIVE)]  # "Ukraine's president" / "Ukraine"
        if norm in NEGATIONS:
            key = "negation"
        elif word[0].isdigit() or norm in NUMBER_WORDS:
            key = "number"
        elif word[0].isupper() and not (sentence_start and norm in FUNCTION_WORDS):
            key = "name"  # a capitalised first word is a name unless it is a common one
        elif norm in FUNCTION_WORDS:
            key = "function"
        clause = bool(result) and _CLAUSE.search(between) is not None
        stressed = word[-1] in STRESSED_ENDS
        percent = key == "number" and _PERCENT.match(text, match.end()) is not None
        result.append(Token(match.start(), match.end(), norm, key, gap, clause, stressed,
                            percent, form))
        previous_end = match.end()
        sentence_start = False
    return _auxiliaries(result)


def _auxiliaries(words: list[Token]) -> list[Token]:
    """The words that are an auxiliary before the word that follows them ("tuvo QUE")
    made function words, and the auxiliaries that are the verb before a figure ("HAS
    40,000 members") content words (``auxiliaries.txt``)."""
    for i in range(len(words) - 1):
        if words[i + 1].clause_before:
            continue
        norm = words[i].norm
        want = AUXILIARIES.get(norm)
        if want and words[i].key == "" and words[i + 1].norm == want:
            words[i] = replace(words[i], key="function")
        elif (norm in MAIN_BEFORE_FIGURE and words[i].key == "function"
              and words[i + 1].key == "number"):
            words[i] = replace(words[i], key="")
    return words
