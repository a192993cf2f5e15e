"""The language knowledge the rules consult, loaded from one data folder per language.

``reader/analysis/lexicons/<code>/`` holds one plain-text file per list (words separated
by white space, or one phrase per line for phrase lists; ``#`` starts a comment) and
``flags.json`` with the few settings a language needs. Rules never test a language code:
they ask the ``Lexicon``. Adding a language means adding a folder with every list (a
list may be empty).

Some lists are *shared*: the rules see the union of every language's list (titles and
reporting verbs of the other language turn up in quotations and names, and the sentence
splitter runs before the language is known). The others belong to the one language.
Which lists and flags a language must define is the table of ``lexicon_lists``.
"""

from __future__ import annotations

import json
import re
from functools import cache, cached_property, lru_cache
from importlib import resources

from reader.analysis.claim_weights import ClaimWeights
from reader.analysis.lexicon_lists import FLAGS, LISTS

_ROOT = "reader.analysis.lexicons"
_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_]+)")
_THAT_REACH = 7  # words between a verb and the complementizer of its reported clause


class Lexicon:
    """Every list of one language (shared lists already joined with the others'), as
    attributes named like the list files (``lex.role_nouns``), plus the flags."""

    def __init__(
        self,
        code: str,
        lists: dict[str, frozenset[str] | tuple[str, ...]],
        flags: dict[str, object],
        other_function_words: frozenset[str],
        reporting: frozenset[str],
        superlative: re.Pattern[str],
    ) -> None:
        self.__dict__.update(lists)  # plain attributes: the rules read them in hot loops
        self.code = code
        self.flags = flags
        self.other_function_words = other_function_words
        self.reporting = reporting
        self.superlative = superlative
        # other names of lists, plain attributes (a property was a call per word asked)
        self.titles: frozenset[str] = self.person_titles
        self.place_preps: frozenset[str] = self.place_prepositions
        self.skip_words: frozenset[str] = self.months  # capitalised, never names

    @cached_property
    def day_of_month(self) -> re.Pattern[str]:
        """A day number written with a month or weekday ("12 de junio", "July 1", "jueves
        12"), the month abbreviated too ("Jan. 1", "Sept 28", "7 dic"): a date, not a
        figure. Built from ``months`` and ``short_dates``, whose words are shared."""
        every = self.months | self.short_dates
        names = _by_first_letter(sorted(sorted(every), key=len, reverse=True))
        # what a match can open with (a digit or a name's first letter): a lookahead
        # that changes no match and spares the engine every branch at most positions
        opens = "".join(sorted({re.escape(name[0]) for name in every}))
        return re.compile(
            rf"(?=[\d{opens}])(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:\w{{1,3}}\s)?(?:{names})\b"
            rf"|\b(?:{names})\.?\s\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]?\d))",
            re.IGNORECASE,
        )

    @cached_property
    def noun_opener(self) -> re.Pattern[str]:
        """An article, possessive or indefinite article opening a noun phrase, then its
        space (``noun_openers``): "the", "his", "la", "sus"."""
        words = "|".join(sorted(map(re.escape, self.noun_openers), key=len, reverse=True))
        return re.compile(rf"(?:{words})\s+", re.IGNORECASE)

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Words of multi-word capitalised titles ("Chief Executive"), built once."""
        return self.title_modifiers | self.title_heads | self.cap_titles

    @cached_property
    def title_skip(self) -> frozenset[str]:
        """Capitalised titles and name keywords looked past before a name (built once)."""
        return self.cap_titles | self.org_words | self.loc_words | self.misc_words

    @cached_property
    def listed_nouns(self) -> frozenset[str]:
        """Role, source and organisation nouns, listed in the singular (built once)."""
        return self.role_nouns | self.source_nouns | self.org_nouns

    @cached_property
    def bare_degree(self) -> frozenset[str]:
        """Comparison words that are also function words ("más", "more", "less"): alone
        they grade a manner or a demand ("fue más dura", "pidió más suelo"); they compare
        quantities only next to a number ("más de 600.000", "more than 400 flights")."""
        return (self.comparative & self.function_words) - self.number_words

    @cached_property
    def keywords(self) -> frozenset[str]:
        """Common nouns that type a name (Ministerio, Golfo, Copa) but are no name alone
        (built once: the name splits ask it for every capitalised word)."""
        return self.org_words | self.loc_words | self.misc_words

    @cached_property
    def first_person_tuple(self) -> tuple[str, ...]:
        """``first_person_endings`` as a tuple, for ``str.endswith`` ("-amos", "-emos")."""
        return tuple(sorted(self.first_person_endings))

    @cached_property
    def claim_weights(self) -> ClaimWeights:
        """The learned weights of check-worthy sentences (``claim_weights.json``, written
        by ``benchmarks/fit_claim_weights.py``); read once, on first use."""
        path = resources.files(_ROOT).joinpath(self.code, "claim_weights.json")
        if not path.is_file():
            raise LookupError(f"lexicon {self.code!r} has no claim_weights.json")
        data = json.loads(path.read_text("utf-8"))
        return ClaimWeights(data["bias"], data["weights"], data["threshold"])

    @cached_property
    def compass_tuple(self) -> tuple[str, ...]:
        """``compass_words`` as a tuple, for ``str.startswith`` ("Western", "Northern")."""
        return tuple(sorted(self.compass_words))

    @cached_property
    def company_tails(self) -> frozenset[str]:
        """Industries and legal forms closing a company's name (built once)."""
        return self.industry_words | self.legal_forms

    def is_reporting(self, word: str) -> bool:
        """Whether ``word`` is a reporting verb (said, dijo, afirmó ...) in any language."""
        return word.lower() in self.reporting

    @cached_property
    def person_ends(self) -> tuple[str, ...]:
        """``person_endings`` as a tuple, for ``str.endswith`` (built once)."""
        return tuple(sorted(self.person_endings))

    @cached_property
    def thing_ends(self) -> tuple[str, ...]:
        """``thing_endings`` as a tuple, for ``str.endswith`` (built once)."""
        return tuple(sorted(self.thing_endings))

    def person_shaped(self, noun: str) -> bool:
        """A noun whose ending is a person's ("resident", "tesorera") and not a thing's
        that ends alike ("agreement", "government", "documento")."""
        return noun.endswith(self.person_ends) and not noun.endswith(self.thing_ends)

    @cached_property
    def surname_ending_tuple(self) -> tuple[str, ...]:
        """``surname_endings`` as a tuple, for ``str.endswith`` (built once)."""
        return tuple(sorted(self.surname_endings))

    @cached_property
    def infinitive_tuple(self) -> tuple[str, ...]:
        """``infinitive_endings`` as a tuple, for ``str.endswith`` (built once)."""
        return tuple(sorted(self.infinitive_endings))

    @cached_property
    def noun_name_ending_tuple(self) -> tuple[str, ...]:
        """``noun_name_endings`` as a tuple, for ``str.endswith`` (built once)."""
        return tuple(sorted(self.noun_name_endings))

    @cached_property
    def toponym_starts(self) -> tuple[str, ...]:
        """``toponym_prefixes`` as a tuple, for ``str.startswith`` (built once)."""
        return tuple(sorted(self.toponym_prefixes))

    @cached_property
    def job_endings(self) -> tuple[str, ...]:
        """``role_endings`` as a tuple, for ``str.endswith`` (built once)."""
        return tuple(sorted(self.role_endings))

    @cached_property
    def _finite_endings(self) -> tuple[str, ...]:
        return tuple(sorted(self.verb_endings))

    def is_tag_verb(self, word: str) -> bool:
        """Whether ``word``, standing where a speech tag's verb stands (right after a
        quotation's closing mark and comma, or opening a raya aside), is that verb: a
        reporting verb, or any finite verb (``verb_endings``). Wire copy varies the tag's
        verb far beyond any list ("razonó", "ironizó", "quipped"); the slot says speech."""
        if self.is_reporting(word):
            return True
        return (
            len(word) > 3
            and word.islower()
            and word not in self.function_words
            and word.endswith(self._finite_endings)
        )

    def says_that(self, words: list[str]) -> bool:
        """A finite verb, then within a few words a complementizer (``abundó en la rueda de
        prensa que``, ``conceded that``): a clause reported by the verb's subject, whatever
        the verb (the lists hold the common ones; wire copy uses many more)."""
        for index, word in enumerate(words):
            if word.lower() in self.complementizers and index:
                for verb in words[max(0, index - _THAT_REACH) : index]:
                    if self.is_tag_verb(verb):
                        return True
        return False

    def reporting_after(self, text: str, end: int) -> bool:
        """Whether the word right after ``end`` is a reporting verb."""
        match = _NEXT_WORD.match(text, end, end + 30)
        return bool(match) and self.is_reporting(match.group(1))


def _read_list(code: str, name: str, phrases: bool) -> frozenset[str] | tuple[str, ...]:
    """One list file; a missing file is an error naming the language and the list."""
    path = resources.files(_ROOT).joinpath(code, f"{name}.txt")
    if not path.is_file():
        raise LookupError(f"lexicon {code!r} has no list {name!r}")
    lines = [line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines()]
    if phrases:
        return tuple(line for line in lines if line)
    return frozenset(word for line in lines for word in line.split())


def _by_first_letter(words: list[str]) -> str:
    """An alternation of ``words`` (in this order) for a case-blind pattern, grouped by
    first letter, each group opening with its letter's case-sensitive class of every
    character the engine takes for it ignoring case (``s``: ``sSſ``). The engine tries
    the branches of an alternation one by one, but skips a branch whose first letter is
    a case-sensitive class that fails: no more dozens of case-blind tries at every word.
    The same matches: only a group's words can match at a position, in the same order."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return "|".join(
        f"(?-i:[{re.escape(same_letter(first))}])(?:{'|'.join(re.escape(w[1:]) for w in group)})"
        for first, group in groups.items()
    )


@cache
def same_letter(letter: str) -> str:
    """Every character of the Basic Multilingual Plane the engine matches to ``letter``
    when it ignores case, found by the engine itself (case pairs beyond the plane do not
    reach the Latin letters these lists open with)."""
    return "".join(re.compile(re.escape(letter), re.IGNORECASE).findall(_plane()))


@lru_cache(maxsize=1)
def _plane() -> str:
    return "".join(map(chr, range(0x10000)))


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The codes of every language folder, in name order."""
    root = resources.files(_ROOT)
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("flags.json").is_file())
    )


@lru_cache(maxsize=8)
def _own(code: str) -> dict[str, frozenset[str] | tuple[str, ...]]:
    return {name: _read_list(code, name, phrases) for name, (phrases, _) in LISTS.items()}


@lru_cache(maxsize=8)
def flags(code: str) -> dict[str, object]:
    """The behaviour flags of one language (``flags.json``)."""
    path = resources.files(_ROOT).joinpath(code, "flags.json")
    data = json.loads(path.read_text("utf-8"))
    missing = [flag for flag in FLAGS if flag not in data]
    if missing:
        raise LookupError(f"lexicon {code!r} lacks flags {missing}")
    return data


def _reporting_forms(code: str) -> frozenset[str]:
    """Listed forms, plus every stem with every ending of the language that lists stems."""
    own = _own(code)
    stems = own["reporting_stems"]
    endings = own["reporting_endings"]
    forms = own["reporting_forms"] | {s + e for s in stems for e in endings}  # type: ignore[operator]
    # "por considerarla «sensata»", "tras calificarlo de «…»": an infinitive with an
    # object pronoun written on reports all the same
    infinitives = tuple(own["infinitive_endings"])
    clitics = own["clitics"]
    enclitic = {f + c for f in forms if infinitives and f.endswith(infinitives) for c in clitics}
    return forms | enclitic


@lru_cache(maxsize=8)
def lexicon(code: str) -> Lexicon:
    """The lexicon of a language folder (``rules_language`` picks one for any code)."""
    codes = languages()
    if code not in codes:
        raise LookupError(f"no lexicon for {code!r}")
    own = _own(code)
    lists: dict[str, frozenset[str] | tuple[str, ...]] = {}
    for name, (phrases, shared) in LISTS.items():
        if shared and not phrases:
            joined: frozenset[str] = frozenset()
            for other in codes:
                joined |= _own(other)[name]  # type: ignore[operator]
            lists[name] = joined
        else:
            lists[name] = own[name]
    lists["function_words"] = own["function_words"] | own["number_words"]  # type: ignore[operator]
    # The language's own reporting verbs ("resume" is Spanish for "sums up", not English).
    lists["own_reporting"] = _reporting_forms(code)
    others: frozenset[str] = frozenset()
    for other in codes:
        if other != code:
            others |= _own(other)["function_words"]  # type: ignore[operator]
    reporting: frozenset[str] = frozenset()
    for other in codes:
        reporting |= _reporting_forms(other)
    articles = "|".join(sorted(map(re.escape, own["articles"]), key=len, reverse=True))
    words = "|".join(sorted(map(re.escape, own["superlative_words"]), key=len, reverse=True))
    # The non-word character before the article opens the pattern (the caller puts a space
    # before the text): the engine skips the letters in C instead of testing a boundary
    # at each; group 1 is what ``\b(?:articles)\s+(?:words)\b`` matches.
    superlative = re.compile(rf"\W((?:{articles})\s+(?:{words})\b)", re.IGNORECASE)
    return Lexicon(code, lists, flags(code), others, reporting, superlative)


@lru_cache(maxsize=1)
def shared() -> Lexicon:
    """A lexicon whose shared lists (abbreviations, sentence openers, regions) hold every
    language's: for the sentence splitter, which runs before the language is known."""
    return lexicon(languages()[0])
