"""Edges of a typed name: what a dateline, a number or a capital article adds to it.

``BURELA (Lugo), 21 ene (EFE).-``: a capital name opening a line is the place filed from;
``Ibex 35``, ``Chapter 11``: a number that belongs to the name; ``told The Associated
Press``: a capital article inside a sentence that is the outlet's own spelling. Split from
``entities``, which applies these to each mention it types.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.evidence import Mention
from reader.analysis.lexicon import Lexicon
from reader.analysis.orgs import KNOWN_ORGS

# What follows the place of a dateline on its line: a region, a date, the agency in
# brackets, then the dash ("BURELA (Lugo), 21 ene (EFE).- ", "PALMA, 14 oct (EFE).-",
# "KANSAS CITY, Mo. — ").
_DATELINE_TAIL = re.compile(r"(?:[ ,][^\n—–]{0,48}?)?[.)]?[ ]?\.?[—–-] ")
# The same tail with a date and the agency in brackets, for a place in ordinary case; one
# word before it on the line ("Gobernador Costa", "General Roca"): a title the name rules
# dropped.
_AGENCY_TAIL = re.compile(r",[^\n()—–\d]{0,40}\d[^\n()—–]{0,30}\([^\W\d_][^()\n]{1,29}\) ?\.?[—–-]")
_LINE_WORD = re.compile(r"[^\W\d_]+ ")
# The place already named on the dateline's line, for its region ("Gobernador Costa, ").
_LINE_PLACE = re.compile(r"[^\W\d_][^\n().,;:—–\d]{0,40}, ")


def dateline_place(text: str, mention: Mention) -> Mention:
    """An all-capital name opening a line and followed by a dateline's tail is the place
    the story was filed from, whether or not the gazetteer knows it. A name in ordinary
    case is, when the tail names the agency in brackets before the dash (``Gobernador
    Costa, Chubut, 7 de diciembre (Télam).-``), even after one capitalised word the
    title rules dropped (towns named after a titled person are places there), and so is
    the region named after it (``Chubut``)."""
    start, end = mention.start, mention.end
    if mention.label == "LOC" or len(mention.text) < 3:
        return mention
    if mention.text.isupper():
        opens = not start or text[start - 1] == "\n"
        place = opens and _DATELINE_TAIL.match(text, end) is not None
    elif text[end : end + 1] != "," or _AGENCY_TAIL.match(text, end) is None:
        return mention  # most names: no comma after them, or no agency before a dash
    else:
        window = text[max(0, start - 60) : start]
        cut = window.rfind("\n")
        if cut < 0 and start > 60:
            return mention  # the line opens further back: no dateline's place before
        line = window[cut + 1 :]
        place = not line or bool(_LINE_WORD.fullmatch(line) or _LINE_PLACE.fullmatch(line))
    return replace(mention, label="LOC", strength=3.0) if place else mention


def with_capital_the(text: str, mention: Mention, lex: Lexicon) -> Mention:
    """``told The Associated Press``, ``The Times-Picayune``: an article capitalised inside
    a sentence before an organisation is part of its name (its own spelling)."""
    start = mention.start
    if mention.label != "ORG" or start < 6 or text[start - 4 : start] != "The ":
        return mention
    before = text[start - 6] if text[start - 5] == " " else ""
    if not (before.islower() or before in (",", ";", ":")):
        return mention  # "… said. The Federal Reserve": a sentence opens there
    if "the" not in lex.articles:
        return mention  # only where "the" is an article of the language
    return replace(
        mention,
        start=start - 4,
        text=text[start - 4 : mention.end],
        words=("The", *mention.words),
        context=text[max(0, start - 16) : start - 4],
    )


# A number after a name that takes one ("Ibex 35", "Renta 4", "Airbus A320") or after a
# provision or ballot measure ("Chapter 11", "Proposition 218"), which the number names.
_NUMBER_AFTER = re.compile(r" (?:[A-Z]?\d{1,4}(?:-\d{1,4})?|MAX)\b(?![.,]\d)")


def with_number(text: str, mention: Mention, lex: Lexicon) -> Mention:
    """``Ibex 35``, ``S&P 500``, ``Renta 4``: the number is part of the name; a numbered
    provision (``Chapter 11``, ``Proposition 218``) is a thing (MISC), a numbered road
    (``Interstate 40``, ``Ruta 3``) a place."""
    last = mention.words[-1]
    provision = len(mention.words) == 1 and last in lex.numbered_provisions
    road = last in lex.numbered_roads  # "Interstate 40", "U.S. Highway 67": a road, a place
    if last not in lex.numbered_names and not provision and not road:
        return mention
    number = _NUMBER_AFTER.match(text, mention.end)
    if number is None:
        return mention
    end = number.end()
    words_after = (*mention.words, number.group().strip())
    label = "MISC" if provision else "LOC" if road else mention.label
    return replace(mention, end=end, text=text[mention.start : end], words=words_after, label=label)


_BRAND_S = re.compile(r"['’]s(?=[,.;:]|\s+([a-z]+)\b)")


def with_brand_s(text: str, mention: Mention, lex: Lexicon) -> Mention:
    """``Moody's warned``, ``"…," Sainsbury's said``: an ``'s`` that no noun follows but a
    reporting verb or an auxiliary does belongs to the name (a company named in the
    possessive), which speaks as a body; before punctuation only for a body already."""
    if text[mention.end : mention.end + 1] not in ("'", "’"):
        return mention  # most names: no apostrophe after them, no regex
    brand = _BRAND_S.match(text, mention.end)
    if brand is None:
        return mention
    verb = brand.group(1)
    if verb is None and mention.label != "ORG":
        return mention
    if verb is not None and not (lex.is_reporting(verb) or verb in lex.auxiliaries):
        return mention
    end = mention.end + 2
    words = (*mention.words[:-1], mention.words[-1] + text[mention.end : end])
    return replace(mention, end=end, text=text[mention.start : end], words=words, label="ORG")


def press_credit(text: str, mention: Mention, lex: Lexicon) -> Mention:
    """``PA Wales Correspondent``, ``Reuters Staff``, ``AP Science Writer``: capitalised
    words closed by a newsroom's job title (``press_roles``) at the end of a line or a
    clause are a byline's credit, the outlet then its desk and the job; only the outlet,
    an acronym or a known body opening it, is a name."""
    outlet = mention.words[0] if mention.words else ""
    if not (outlet in KNOWN_ORGS or (outlet.isupper() and len(outlet) > 1)):
        return mention
    credit = _CREDIT_RUN.match(text, mention.start)
    if credit is None or credit.group(1).lower() not in lex.press_roles:
        return mention
    if not mention.text.startswith(outlet) or credit.end() - mention.start <= len(outlet):
        return mention
    end = mention.start + len(outlet)
    return replace(mention, end=end, text=outlet, words=(outlet,), label="ORG", strength=3.0)


# A credit: capitalised words to the end of the line or clause, the last one kept; a few
# words at most (a credit is short: an unbounded run was tried to the end of a text of
# capitals from every name in it, quadratic on "U.S. U.S. …").
_CREDIT_RUN = re.compile(
    r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,6}? ([A-Z][a-z]+)(?=\s*(?:$|\n|[,;)]))"
)
