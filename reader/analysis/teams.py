"""Teams in sports reports: a place or an unknown name that a sports context makes a club.

``el Getafe venció al Alavés``, ``Brazil coach X``, ``Arsenal 2 Chelsea 1``, ``Essex 532-8
declared v Somerset 83-3``: the cues (a team role after the name, a club's article, a
sports verb next to it, a score or a results line) that type a name as a team. Split from
``evidence``, which asks these tests while typing a name.
"""

from __future__ import annotations

import re

from reader.analysis.lexicon import Lexicon

_PREV_WORDS = re.compile(r"[\w\-]+\.?|,|[:;(“«\"]")

_SPORT_WORD = re.compile(r"[^\W\d_]+")
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def team_context(text: str, start: int, end: int, sent_start: int, lex: Lexicon) -> float:
    """A place name that names a team: "Brazil coach X", "Argentina beat Brazil 1-0",
    "el Getafe venció al Alavés". Strength 3.1 lets one sense per document carry it to
    the other mentions of the team in a sports report; 0 when it is no team."""
    after = _SPORT_WORD.match(text, end + 1, end + 30) if text[end : end + 1] == " " else None
    if after is not None and after.group() in lex.team_roles:
        return 3.1
    if in_result(text, start, end, sent_start):
        return 3.1  # "Arsenal 2 Chelsea 1": a results line
    before = _PREV_WORDS.findall(text, max(sent_start, start - 12), start)
    previous = before[-1].lower() if before else ""
    club = previous in lex.club_articles
    verb_after = after is not None and after.group() in lex.sport_words
    verb_before = previous in lex.sport_words
    if not (club or verb_after or verb_before):
        return 0.0  # the cheap tests first: most places are no team
    sentence = text[sent_start : min(len(text), end + 200)]
    score = "-" in sentence and _SCORE.search(sentence) is not None  # a C scan first
    cue = {after.group().lower() if verb_after else "", previous if verb_before else ""}
    if not score:  # another sports word in the sentence, found by one set operation
        sporting = lex.sport_words.intersection(_SPORT_WORD.findall(sentence.lower()))
        if not sporting - cue:
            return 0.0  # "Soria ganó 1.200 habitantes": the verb alone makes no sports report
    if club:
        return 2.5  # "el Getafe": Spanish names a club, never a town, with an article
    if verb_after:
        return 3.1  # "Argentina beat Brazil"
    return 3.1 if score else 0.0


# A result as wire services list them: a team and its score, then the other team and
# its score ("Arsenal 2 Chelsea 1", "Leeds 1 Newcastle United 1").
_NAME = r"[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3}"
_POINTS = r"\d{1,3}(?:-\d{1,2})?"  # goals, or runs and wickets ("Essex 532-8 declared")
# The first name starts a word: tried from every letter of one long word ("A0A0…", a hash
# or a code), the scan was quadratic (seconds for 20 KB).
_RESULT = re.compile(
    rf"(?<![\w.'&-])({_NAME}) {_POINTS}(?: declared)?,? (?:v |vs\.? )?"
    rf"({_NAME}) {_POINTS}\b(?![.,:]\d|-)"
)


def in_result(text: str, start: int, end: int, sent_start: int) -> bool:
    """The name is one side of a result ``Team N Team N`` (cheap test first: a space
    and a digit, or a digit before it, must touch the name)."""
    after_digit = text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit()
    before_digit = text[start - 2 : start - 1].isdigit() or text[start - 3 : start - 2].isdigit()
    if not (after_digit or before_digit):
        return False
    low = max(sent_start, start - 80)
    for match in _RESULT.finditer(text, low, min(len(text), end + 80)):
        if (start, end) in (match.span(1), match.span(2)):
            return True
    return False


def scored_team(text: str, start: int, end: int, sent_start: int, lex: Lexicon) -> bool:
    """A name with a place in it is a team only on strong evidence: a team role after it,
    one side of a result, or a sports verb next to it in a sentence with a score."""
    team = team_context(text, start, end, sent_start, lex)
    if team < 3.1:
        return False
    following = _SPORT_WORD.match(text, end + 1, end + 30)
    if following is not None and following.group() in lex.team_roles:
        return True
    return in_result(text, start, end, sent_start) or bool(
        _SCORE.search(text, sent_start, min(len(text), end + 200))
    )


def unknown_team(
    text: str, start: int, end: int, sent_start: int, before: list[str], lex: Lexicon
) -> bool:
    """A word no list knows is a team in a sports report only with a club's article or a
    score in its sentence: a sports verb alone ("Grady faces", "Daddy played") is no cue."""
    if not team_context(text, start, end, sent_start, lex):
        return False
    if before and before[-1].lower() in lex.club_articles:
        return True
    following = _SPORT_WORD.match(text, end + 1, end + 30) if text[end : end + 1] == " " else None
    if following is not None and following.group() in lex.team_roles:
        return True  # "Arsenal striker X", "Tejo president Y": a club's player or officer
    return _SCORE.search(text, sent_start, min(len(text), end + 200)) is not None
