"""Shared steps of every loader: plain-text block rules, titles, and building the Article.

Every loader produces ``Part`` tuples ``(kind, text, level)`` and a ``Meta``; this module
turns them into one ``Article`` through ``reader.core.text.compose`` so that the canonical
text and its block offsets are made in exactly one place.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from reader.core.model import Article, BlockKind
from reader.core.text import canonicalize, clean_inline, compose
from reader.sources.errors import SourceError

Part = tuple[BlockKind, str, int]
TITLE_MAX = 300
FIELD_MAX = 500
DERIVED_TITLE_MAX = 80
HEADING_MAX = 150

_CAPTION_END = re.compile(
    r"\((?:foto|fotos|photo|photos|imagen|image|fotografía|ilustración|illustration|"
    r"crédito|credit|picture|pictured)\s*:[^()]*\)\s*$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"^(?:foto|fotos|photo|photos|imagen|image|fotografía|pictured)\s*:", re.IGNORECASE
)
_NO_HEADING_END = ".,;:!?…\"'”’»)]}—-"
_HEADING_START = re.compile(r"^[\w¿¡«“\"'‘(]", re.UNICODE)
_ABBREVIATIONS = frozenset(
    {
        "sr", "sra", "srta", "dr", "dra", "lic", "ing", "mr", "mrs", "ms", "st", "jr",
        "sen", "rep", "gen", "gob", "prof", "av", "etc", "inc", "co", "corp", "ltd",
        "no", "núm", "pp", "vs", "ee", "uu",
    }
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
# A line opening with a dialogue dash and a capital (or ¿ ¡ «) starts a turn of raya
# dialogue, its own paragraph even without a blank line; a wrapped aside ("—dijo Ruiz—")
# opens in lower case and stays in its paragraph.
_DASH_LINE = re.compile(r"\n[ \t]*(?=[—–―][ \t]?(\S))")
_TURN_OPENERS = frozenset("¿¡«\"“")
_SENTENCE_END = re.compile(r"([.!?…])[\"'”’»)]*\s+(?=[\"'“‘«¿¡(]*[A-ZÁÉÍÓÚÑ0-9])")


@dataclass(slots=True)
class Meta:
    """Article metadata as found in the source, before cleaning."""

    title: str = ""
    source: str = ""
    url: str = ""
    date: str = ""
    language: str = ""
    author: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def is_caption(text: str) -> bool:
    """A photo caption: ends with ``(Foto: …)``/``(Photo: …)`` or starts with ``Foto:``."""
    head = clean_inline(text[:40])
    tail = clean_inline(text[-300:])
    return bool(_CAPTION_END.search(tail) or _CAPTION_START.match(head))


def looks_like_heading(text: str) -> bool:
    """A short single line, capitalised, without final punctuation."""
    if len(text) > 4 * HEADING_MAX or "\n" in text.strip():
        return False
    line = clean_inline(text)
    if not line or len(line) > HEADING_MAX:
        return False
    if line[-1] in _NO_HEADING_END and not _is_question_heading(line):
        return False
    return bool(_HEADING_START.match(line)) and not line[0].islower()


def _is_question_heading(line: str) -> bool:
    """``¿Y ahora qué?`` or ``What comes next?``: a short question with no sentence inside."""
    return line[-1] in "?!" and len(line) <= 80 and not re.search(r"[.!?…]\s", line)


def plain_parts(raw: str) -> list[Part]:
    """Blocks of plain text: paragraphs at blank lines, captions, and stand-alone headings.

    A heading is a single line in the source and must be followed by another block: a
    short last line is a credit or a sign-off, not a heading.
    """
    chunks = [
        turn
        for chunk in _BLANK_LINES.split(canonicalize(raw))
        for turn in _turns(chunk)
        if turn.strip()
    ]
    parts: list[Part] = []
    for index, chunk in enumerate(chunks):
        followed = index + 1 < len(chunks)
        kind = _paragraph_kind(chunk, followed)
        parts.append((kind, clean_inline(chunk), 2 if kind == "heading" else 0))
    return parts


def _turns(chunk: str) -> list[str]:
    """``chunk`` cut before each line that opens a raya turn: a dialogue dash, then a
    capital (any script) or an opening mark."""
    cuts = [
        m for m in _DASH_LINE.finditer(chunk)
        if m.group(1).isupper() or m.group(1) in _TURN_OPENERS
    ]
    if not cuts:
        return [chunk]
    pieces, start = [], 0
    for match in cuts:
        pieces.append(chunk[start : match.start()])
        start = match.end()
    pieces.append(chunk[start:])
    return pieces


def _paragraph_kind(paragraph: str, followed: bool) -> BlockKind:
    if is_caption(paragraph):
        return "caption"
    if followed and looks_like_heading(paragraph):
        return "heading"
    return "paragraph"


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph, skipping common abbreviations and initials."""
    for match in _SENTENCE_END.finditer(text):
        before = text[: match.start(1)].rsplit(None, 1)
        word = before[-1].rsplit(".", 1)[-1] if before else ""
        word = word.lower().strip("(«“\"'")
        if match.group(1) == "." and (len(word) <= 1 or word in _ABBREVIATIONS):
            continue
        return text[: match.start(1) + 1].strip()
    return text.strip()


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, adding an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


def title_from_stem(path: str) -> str:
    """A title made from the file name: ``es_banco-central.txt`` → ``Es banco central``."""
    stem = os.path.splitext(os.path.basename(path.split("#", 1)[0]))[0]
    words = clean_inline(re.sub(r"[_\-.]+", " ", stem))
    return (words[:1].upper() + words[1:]) if words else "Untitled"


def derive_title(parts: list[Part], path: str) -> str:
    """The first sentence of the first non-caption paragraph, else the file name."""
    for kind, text, _ in parts:
        line = clean_inline(text[:2000])
        if kind == "paragraph" and line:
            sentence = first_sentence(line).rstrip(".")
            return shorten(sentence, DERIVED_TITLE_MAX)
    return title_from_stem(path)


def _leading_title(parts: list[Part], title: str) -> tuple[str, list[Part]]:
    """Use a heading that opens the article as its title and drop it from the body.

    When the source declares a title, the opening heading is dropped only if it repeats
    that title; a body made only of that heading keeps it.
    """
    first = next((i for i, p in enumerate(parts) if p[0] != "caption"), None)
    if first is None or parts[first][0] != "heading" or len(parts) == 1:
        return title, parts
    heading = clean_inline(parts[first][1])
    if title and heading.casefold() != clean_inline(title).casefold():
        return title, parts
    return title or heading, parts[:first] + parts[first + 1:]


def build_article(path: str, fmt: str, parts: list[Part], meta: Meta) -> Article:
    """Compose the canonical text and clean every field; refuse an article with no text."""
    title, parts = _leading_title(parts, clean_inline(meta.title))
    text, blocks = compose(parts)
    if not text:
        raise SourceError(path, "no article text found")
    title = shorten(title, TITLE_MAX) if title else derive_title(parts, path)
    extra = {key: shorten(clean_inline(value), FIELD_MAX) for key, value in meta.extra.items()}
    if clean_inline(meta.author):
        extra["author"] = shorten(clean_inline(meta.author), FIELD_MAX)
    return Article(
        path=path,
        title=title,
        text=text,
        blocks=blocks,
        source=shorten(clean_inline(meta.source), FIELD_MAX),
        url=shorten(clean_inline(meta.url), 2000),
        date=shorten(clean_inline(meta.date), 100),
        language=shorten(clean_inline(meta.language), 35),
        format=fmt,
        extra={k: v for k, v in extra.items() if v},
    )
