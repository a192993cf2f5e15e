"""What a word inside a speaker's noun phrase is: a role, a person, a group, an adjective.

``the former mayor``, ``los operadores``, ``the Dane``, ``the 36-year-old``, ``the
pantry`` (after "Desert Harvest Pantry"): small lexical judgements the phrase rules
(``phrases``, ``speaker_resolve``) share, read from the language's lists.
"""

from __future__ import annotations

import re

from reader.analysis.lexicon import Lexicon
from reader.analysis.speaker_context import WORD, Context, skip_space

# A modifier holding a figure ("45-year-old", "top-20", "U.S.-based" is a word already)
NUMBER_COMPOUND = re.compile(r"(?:[^\W\d_]+-\d+|\d[\d.,]*(?:-[^\W\d_]+)+)(?=\s)")


def org_by_head(ctx: Context, pos: int, word: str) -> str:
    """``the pantry`` after "Desert Harvest Pantry": a common noun that is the last word
    of an organisation named before stands for it, even when no list knows the noun."""
    if not word.islower() or word in ctx.lex.function_words:
        return ""
    for entity in reversed(ctx.entities_in(max(0, pos - 1500), pos)):
        if entity.label != "PER" and entity.text.split()[-1].lower() == word:
            return entity.canonical
    return ""


def past_adjective(ctx: Context, word: re.Match[str], limit: int) -> re.Match[str]:
    """A lower-case word no list knows, before a role, source or organisation noun, is
    its adjective ("el máximo tribunal", "la propia ministra", "the embattled chief")."""
    if not word.group().islower() or person_noun(ctx, word.group()):
        return word
    also = word.group() in ctx.lex.also_words  # "la también ministra"
    # "the first source", "the second official", "la primera fuente": an ordinal
    also = also or word.group() in ctx.lex.superlative_words
    if not also and (word.group() in ctx.lex.function_words or ctx.lex.is_reporting(word.group())):
        return word
    following = WORD.match(ctx.text, skip_space(ctx.text, word.end(), limit), limit)
    if following is None or following.start() > word.end() + 1:
        return word
    return following if person_noun(ctx, following.group()) else word


def known_person(ctx: Context, word: re.Match[str]) -> bool:
    """A nationality used as a noun ("the Dane", "the Australian", "el italiano"): a
    person the article named before, like a role noun; not a name ("the American Ryder
    Cup captain", a surname)."""
    lex = ctx.lex
    if word.group() not in lex.nationality_nouns and word.group() not in lex.demonyms:
        return False
    named = ctx.entity_at(word.start())
    if named is not None and named.label == "PER":
        return False
    following = WORD.match(ctx.text, skip_space(ctx.text, word.end(), len(ctx.text)))
    return following is None or not following.group()[0].isupper()


def plural_people(ctx: Context, word: str) -> bool:
    """A plural noun for people of a trade or a scene ("traders", "operadores",
    "testigos"): a group that speaks as one, named by the phrase itself."""
    lower = word.lower()
    if not word[1:].islower() or not lower.endswith("s") or lower in ctx.lex.function_words:
        return False  # "Traders said" opens a sentence; "Brokers Ltd" would be a name
    one = singular(lower, ctx.lex)
    plural_role = one != lower and one in ctx.lex.role_nouns  # "councillors", "diputados"
    return plural_role or lower in ctx.lex.workers or one in ctx.lex.workers


def person_noun(ctx: Context, word: str) -> bool:
    """A role, source or organisation noun (in the singular form the lists hold)."""
    noun = singular(role_form(word.lower(), ctx.lex), ctx.lex)
    return noun in ctx.lex.role_nouns or known_noun(ctx, noun)


def known_noun(ctx: Context, word: str) -> bool:
    """A noun the lists know, which can end a compound ("the hospital trust")."""
    lower = word.lower()
    lex = ctx.lex
    return any(lower in names for names in (lex.org_nouns, lex.org_words, lex.source_nouns))


def singular(noun: str, lex: Lexicon) -> str:
    """``magistrados`` → ``magistrado``, ``organizaciones`` → ``organización`` when only the
    singular is listed (role, source and organisation nouns are listed singular)."""
    known = lex.listed_nouns
    if noun in known or not noun.endswith("s"):
        return noun
    for form in (noun[:-1], noun[:-2], noun[:-4] + "ón" if noun.endswith("ones") else ""):
        if form and form in known:
            return form
    return noun


def role_form(noun: str, lex: Lexicon) -> str:
    """``exconsejero`` → ``consejero``, ``subdirectora`` → ``directora``: a former holder
    of a role, or its deputy (``role_prefixes``), is named by the role."""
    if noun in lex.role_nouns:
        return noun
    for prefix in lex.role_prefixes:
        if noun.startswith(prefix) and noun[len(prefix) :] in lex.role_nouns:
            return noun[len(prefix) :]
    return noun


def is_modifier(ctx: Context, word: re.Match[str]) -> bool:
    """A capitalised word or a possessive inside a noun phrase ("Foreign Office", "company's")."""
    text = word.group()
    if text.endswith(("'s", "’s")) or ctx.text[word.end() : word.end() + 2] in ("'s", "’s"):
        return True
    if text.lower() in ctx.lex.number_words:
        return True  # "las cuatro organizaciones", "the two unions"
    following = ctx.text[word.end() : word.end() + 30].split(" ", 2)
    if len(following) > 1 and following[1].endswith(("'s", "’s")):
        return True  # "the prime minister's office": a word before a possessive
    if not text[0].isupper() or text.lower() in ctx.lex.function_words:
        return False
    return not _capital_head(ctx, word)


def _capital_head(ctx: Context, word: re.Match[str]) -> bool:
    """A capitalised role noun with no capitalised word after it heads the phrase ("the
    Education Secretary told …", "the Prime Minister said"): it modifies nothing, unlike
    "the Health Minister Rosa Delgado" or "the Foreign Office spokesman"."""
    if singular(role_form(word.group().lower(), ctx.lex), ctx.lex) not in ctx.lex.role_nouns:
        return False
    following = WORD.match(ctx.text, skip_space(ctx.text, word.end(), len(ctx.text)))
    return following is None or following.start() > word.end() + 1 or following.group().islower()


# An age compound closing its phrase ("said the 27-year-old, who …"; "said the 45-year-old.")
AGE_ENDS = re.compile(r"\d+(?:-[^\W\d_]+)+(?=[,.;:])")


def age_phrase(ctx: Context, pos: int, limit: int) -> re.Match[str] | None:
    """An age used as a noun for a person: before a reporting verb ("the 36-year-old
    said") or ending the phrase after one ("said the 27-year-old, who plays …",
    "said the 45-year-old."); not an adjective before its noun ("the 36-year-old man")."""
    age = NUMBER_COMPOUND.match(ctx.text, pos, limit) or AGE_ENDS.match(ctx.text, pos, limit)
    if age is None:
        return None
    after = skip_space(ctx.text, age.end(), limit)
    following = WORD.match(ctx.text, after, limit)
    if following is not None:
        return age if ctx.lex.is_reporting(following.group()) else None
    tail = age.group().lower().partition("-")[2]
    ends = tail in ctx.lex.age_nouns and (after >= limit or ctx.text[after] in ",.;:")
    return age if ends else None


_NEXT_LOWER = re.compile(r" ([a-záéíóúñ]{4,})\b")


def agreeing_adjective(ctx: Context, noun: str, end: int, limit: int) -> int:
    """``fuentes del mercado cambiario``, ``fuentes del instituto armado``: the end past
    an adjective of the complement's noun, told by its ending in the same gender vowel
    or by an ending both genders share (``invariant_adjective_endings``: "del sector
    exportador", "del gobierno federal"); a verb after the phrase, "fuentes del
    ministerio indican", ends otherwise."""
    match = _NEXT_LOWER.match(ctx.text, end, limit)
    if match is None or noun[-1] == "s":
        return end
    word = match.group(1)
    if word in ctx.lex.function_words or ctx.lex.is_reporting(word):
        return end
    if word[-1] == noun[-1] and noun[-1] in "ao":
        return match.end()
    # "del sector exportador", "del gobierno federal": an ending no gender vowel shows
    invariant = word.endswith(tuple(ctx.lex.invariant_adjective_endings))
    return match.end() if invariant else end


def takes_infinitive(ctx: Context, end: int, limit: int) -> bool:
    """``la entrenadora prefiere no hablar``, ``el alcalde suele decir``: a word after the
    noun that an infinitive follows (past a function word such as the negation) is the
    verb governing it, not an adjective of the phrase."""
    cursor = skip_space(ctx.text, end, limit)
    following = WORD.match(ctx.text, cursor, limit)
    if following is not None and following.group() in ctx.lex.function_words:
        following = WORD.match(ctx.text, skip_space(ctx.text, following.end(), limit), limit)
    if following is None:
        return False
    verb = following.group()
    return len(verb) > 3 and verb.islower() and verb.endswith(ctx.lex.infinitive_tuple)
