"""Is a quotation reported speech, or a quoted term, title or scare quote?

A quotation is speech when it is long, tagged by a reporting verb, introduced by a colon
or a reporting verb earlier in its sentence, or a whole sentence in marks; a short
capitalised quotation after a title noun ("la novela «…»") names a work; a word after a
determiner ("como una “amenaza”") is a term.
"""

from __future__ import annotations

import re

from reader.analysis.letters import LETTER
from reader.analysis.lexicon import Lexicon
from reader.analysis.phrase_search import anywhere, as_tuple, heads

_WORD = re.compile(LETTER + "+")

_OF = frozenset(["del", "al"])


def _after_title_noun(before: list[str], lex: Lexicon) -> bool:
    """``la novela «…»``, ``the film "…"``, ``libros de relatos «…»``, ``premiada por «…»``."""
    tail = [w.lower() for w in before[-3:]]
    while tail and (tail[-1] in lex.determiners or tail[-1] in ("de", "of")):
        tail.pop()
    return bool(tail) and (tail[-1] in lex.title_nouns or before[-1].lower() in ("por", "by"))


def _named_so(before: list[str], lex: Lexicon) -> bool:
    """``bautizada por el oficialismo como «…»``, ``la llamada «…»``, ``known as "…"``: a
    participle of naming (``naming_words``) a few words before, then at most "como"/"as"
    and an article: what follows is a name something was given, not speech."""
    tail = [w.lower() for w in before[-7:]]
    while tail and (tail[-1] in lex.determiners or tail[-1] in ("como", "as")):
        tail.pop()
    for index in range(len(tail) - 1, -1, -1):
        if tail[index] in lex.naming_words:
            if index and tail[index - 1] in lex.auxiliaries:
                return False  # "ha llamado «traidor» al ministro": a verb of speech
            between = tail[index + 1 :]  # "por la prensa limeña": the one who named it
            return not between or between[0] in ("por", "by")
    return False


def _title_case(words: list[str], lex: Lexicon) -> bool:
    """Every longer word capitalised, as titles, bills and slogans are written; speech
    keeps its longer words in lower case ("Order! The minister will be heard"). Months
    and weekdays are capitalised anywhere ("Not in March, not in April.")."""
    if len(words) > 8:
        return False  # most quotations: longer than a title, no word is looked at
    long = [w for w in words if len(w) >= 4]
    capitalised = [w for w in words if len(w) >= 3 and w[0].isupper()]
    if len(capitalised) < 2 or not all(w[0].isupper() for w in long):
        return False
    dated = any(w.lower() in lex.months or w.lower() in lex.weekdays for w in long)
    return not (dated and any(w.islower() for w in words))


def _tagged_after(text: str, end: int, lex: Lexicon) -> bool:
    """A comma and a reporting verb within a few words after the closing mark ('"…,"
    he said'); a new sentence after it ('"…." The union said') tags nothing."""
    if "," not in (text[end - 2 : end - 1], text[end : end + 1]):
        return False
    after = _WORD.findall(text, end, min(len(text), end + 40))[:3]
    return any(lex.is_reporting(w) for w in after)


_CLAUSE_AFTER = re.compile(r"[^,.;:!?\n\"“”«»()]{1,80}[.,;:]")


def _tag_clause(text: str, end: int, lex: Lexicon) -> bool:
    """The clause after the quotation's comma closes with a reporting verb, at most eight
    words on: the tag of a long unnamed subject ("one source familiar with the talks
    said.")."""
    clause = _CLAUSE_AFTER.match(text, end + (text[end : end + 1] == ","))
    if clause is None:
        return False
    words = _WORD.findall(clause.group())
    return 1 < len(words) <= 8 and lex.is_reporting(words[-1])


def _according_after(text: str, end: int, lex: Lexicon) -> bool:
    """``according to X`` / ``según X`` right after the quotation's comma."""
    following = " ".join(_WORD.findall(text, end, min(len(text), end + 30))[:3]).lower() + " "
    return following.startswith(heads(lex.according))


# '"…," a coast guard official, who was not authorised to speak, told AFP': the verb past
# the speaker's phrase and one aside closed by commas
_ASIDE_THEN_VERB = re.compile(
    r",?\s*[^,.;:!?\n\"“”«»]{1,60},[^,.;:!?\n\"“”«»]{1,90},\s*([^\W\d_]+)"
)


def is_speech(text: str, start: int, end: int, sentence: tuple[int, int], lex: Lexicon) -> bool:
    """Reported speech, or a quoted term, title or scare quote (short, no cue)?"""
    if text[start] == "—":
        return True  # a dialogue line opened by a raya is always speech
    words = _WORD.findall(text, start, end)
    before = _WORD.findall(text, sentence[0], start)
    if _inscribed(before, lex):
        return False  # 'A banner on one trailer read "No farms, no food"': a sign's text
    colon = text[max(sentence[0], start - 3) : start].rstrip().endswith(":")
    if before and words and words[0][0].isupper() and not colon and _after_title_noun(before, lex):
        # a name follows its noun bare ("el barco «Ría de Vigo»"); after a colon the
        # quotation is what was said ("baldeaba la cubierta del barco: «…»")
        after = _WORD.findall(text, end, min(len(text), end + 30))
        if not (text[end - 2 : end - 1] == "," and after and lex.is_reporting(after[0])):
            return False  # a title: "la novela «Cuando …»", "the film "Night …""
    if len(words) <= 12 and _authored_after(text, end, lex):
        return False  # "«Tierra de nadie», del mexicano Emiliano Rosas": a work and its author
    if _title_case(words, lex) and not _tagged_after(text, end, lex):
        return False  # a slogan or a title: "Feed People, Not Greed.", "Homes for a Generation"
    if len(words) <= 6 and _named_so(before, lex):
        return False  # "bautizada por la prensa como el «escape de la siesta»": a name
    if len(words) >= 4:
        return True
    if text[max(sentence[0], start - 3) : start].rstrip().endswith(":"):
        return True  # 'Governor Mira Sen said: "Not yet."'
    if text[end - 2 : end - 1] in "?!" and any(lex.is_reporting(w) for w in before[-3:]):
        return True  # 'MPs shouted "When?"': a question or a cry right after its verb
    if before and (before[-1].lower() in lex.determiners or before[-1].lower() in _OF):
        # "como una “amenaza”", "la trama del ‘caso X’"; but a term inside a reported
        # clause is the speaker's word ("X explicó que … se firman como «…»")
        return words[:1] != [] and words[0].islower() and lex.says_that(before)
    if (
        before
        and words
        and words[0][0].isupper()
        and all(w[0].isupper() or len(w) < 4 for w in words)
    ):
        return False  # a quoted name or title: "la Escuela ‘El Blauet’"
    if _term_after_noun(text, sentence[0], start, words, lex):
        return False  # "priorizará el tabaco "tapado", cultivado bajo malla": a term
    if text[max(sentence[0], start - 3) : start].rstrip().endswith(":"):
        return True
    after = _WORD.findall(text, end, min(len(text), end + 40))
    if after and lex.is_reporting(after[0]) and text[end : end + 2].startswith((",", " ")):
        return text[end : end + 1] == "," or len(words) > 1
    tagged = text[end - 2 : end - 1] == "," or text[end : end + 1] == ","
    if tagged and any(lex.is_reporting(w) for w in after[:4]):
        return True  # a short quotation tagged ", he added" is speech
    if tagged and after and lex.is_tag_verb(after[0]) and _closes_tag(text, end, after[0]):
        return True  # «Ahora toca corregir», prosiguió.: any finite verb in the tag's slot
    if tagged and _tag_clause(text, end, lex):
        return True  # 'a deal "will take months," one source familiar with the talks said.'
    if tagged and _according_after(text, end, lex):
        return True  # 'The deal was "the right call," according to X'
    if tagged and start <= sentence[0] + 1:
        tail = _WORD.findall(text, end, min(sentence[1], end + 120))[:12]
        if any(lex.is_reporting(w) for w in tail):
            return True  # '"…," one of the protesters, a teacher, said.'
        aside = _ASIDE_THEN_VERB.match(text, end, min(sentence[1], end + 180))
        if aside is not None and lex.is_reporting(aside.group(1)):
            return True  # '"…," an official, who was not authorised to speak, told AFP.'
    if start <= sentence[0] + 1 and text[end - 2 : end - 1] in ".!?":
        return True
    if _so_said_after(text, end, lex):
        return True  # "la obra es «un desastre». Así lo denuncia X"
    if start <= sentence[0] + 1 and text[end : end + 1] in ".!?" and len(words) > 1:
        return True  # «No aceptaremos chantajes». : a whole sentence in quotation marks
    if any(lex.is_reporting(w) for w in before) or lex.says_that(before):
        return True
    lead = text[sentence[0] : start].lower()
    if lead.startswith(as_tuple(lex.own_views)):
        return True  # "In her view, the cuts were "overdue""
    if _view_opening(text, sentence[0], start, lex):
        return True  # "Para el sindicato CSIF, la medida es «insuficiente»"
    return anywhere(lex.according).search(lead) is not None  # "According to X, … "…""


def _term_after_noun(text: str, floor: int, start: int, words: list[str], lex: Lexicon) -> bool:
    """``priorizará el tabaco "tapado"``, ``cobra el precio "justo"``: one or two content
    words in lower case right after a verb's object (a lower-case word, an article and a
    noun, no comma between) qualify the noun as a term of the trade, not a quoted remark,
    even inside a reported clause. A predicate quoted after its subject follows "que"
    (``que el verano «será largo»``), a verb of naming (``called the rally "overdone"``)
    or a comma or a capital (``Para X, la medida «llega tarde»``), or opens with a
    function word or an auxiliary (``el presidente «no dimitirá»``)."""
    phrase = _OBJECT_BEFORE.search(text, max(floor, start - 60), start)
    if not 1 <= len(words) <= 2 or phrase is None:
        return False
    lead, article, noun = phrase.group(1), phrase.group(2).lower(), phrase.group(3)
    if not lead.islower() or article not in lex.articles or not noun.islower():
        return False
    if lead in lex.complementizers or lead in lex.naming_words or lex.is_reporting(lead):
        return False  # "que el verano «será largo»", 'called the rally "overdone"'
    if noun in lex.function_words or lex.is_reporting(noun):
        return False
    return all(
        w.islower()
        and w not in lex.function_words
        and w not in lex.auxiliaries
        and not lex.is_reporting(w)
        for w in words
    )


_OBJECT_BEFORE = re.compile(rf"({LETTER}+) ({LETTER}+) ({LETTER}+) ?$")


_AUTHOR_OF = re.compile(r",\s+(?:del|de)\s+(?:(?:la|las|los|el)\s+)?")


def _authored_after(text: str, end: int, lex: Lexicon) -> bool:
    """``«La casa de los relojes», de la realizadora Ana Ruiz Paz``, ``«…», del mexicano
    Emiliano Rosas``: a comma, then "de", at most two nouns in lower case (a role, a
    nationality) and the author's full name credit a work right after its title; speech
    is tagged by a verb, not by "de" ("de acuerdo con X" is no credit)."""
    credit = _AUTHOR_OF.match(text, end)
    if credit is None:
        return False
    words = _WORD.findall(text, credit.end(), min(len(text), credit.end() + 60))[:4]
    lowered = 0
    while lowered < len(words) and words[lowered].islower():
        if words[lowered] in lex.function_words or words[lowered] in lex.prepositions:
            return False
        lowered += 1
    name = words[lowered : lowered + 2]
    if lowered > 2 or len(name) < 2 or not all(w[0].isupper() for w in name):
        return False
    return not any(w.lower() in lex.keywords for w in name)


def _so_said_after(text: str, end: int, lex: Lexicon) -> bool:
    """The sentence after the quotation opens by saying who said it ("Así lo denuncia X",
    "That is what X said"): an opener word, then a reporting verb within three words."""
    if not text[end : end + 2].startswith((". ", ".\n")):
        return False
    after = _WORD.findall(text, end, min(len(text), end + 40))[:4]
    if not after or after[0].lower() not in lex.so_said_openers:
        return False
    return any(lex.is_reporting(w) for w in after[1:])


def _closes_tag(text: str, end: int, verb: str) -> bool:
    """The verb right after the quotation's comma ends its sentence or is followed by a
    subject (``, prosiguió.``, ``, remachó Gil``), as a speech tag is."""
    at = text.find(verb, end, end + 12)
    follow = text[at + len(verb) : at + len(verb) + 2] if at >= 0 else ""
    return follow[:1] in (".", ";", "") or (follow[:1] == " " and follow[1:2].isalpha())


def _view_opening(text: str, sent_start: int, start: int, lex: Lexicon) -> bool:
    """An opening ``Para X,`` / ``For X,`` whose X is named (a capitalised word before
    the comma, a few words at most): the sentence gives X's view."""
    comma = text.find(",", sent_start, start)
    words = _WORD.findall(text, sent_start, comma) if comma > 0 else []
    return (
        0 < len(words) <= 8
        and words[0].lower() in lex.view_openers
        and any(w[0].isupper() for w in words[1:])
    )


def _inscribed(before: list[str], lex: Lexicon) -> bool:
    """``A banner on one trailer read "…"``, ``una pancarta que rezaba «…»``: words an
    object bears (``inscription_nouns``: banner, placard, sign), given by a verb of
    reading right before the quotation (``inscription_verbs``), are no one's speech."""
    if not before or before[-1].lower() not in lex.inscription_verbs:
        return False
    return any(w.lower() in lex.inscription_nouns for w in before[-9:-1])
