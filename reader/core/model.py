"""The data model shared by every layer.

All offsets are Python ``str`` indices (code points) into ``Article.text``, the one
canonical text of an article, end exclusive. Nothing here knows about terminals.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
ENTITY_LABELS: tuple[EntityLabel, ...] = ("PER", "ORG", "LOC", "MISC")
BlockKind = Literal["paragraph", "heading", "caption"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading or caption of the canonical text.

    Blocks are what keeps the structure of the source (headings stay headings)
    without markup inside the text itself.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0


@dataclass(slots=True)
class Article:
    """One article, already turned into canonical text.

    ``language`` is the language the source declares (may be empty); the analysis
    decides the language it actually uses.
    """

    path: str
    title: str
    text: str
    blocks: tuple[Block, ...]
    source: str = ""
    url: str = ""
    date: str = ""
    language: str = ""
    format: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def text_sha256(self) -> str:
        """Hash of the canonical text: tells a changed article from an unchanged one."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        """A stable identity that does not depend on the folder the file was opened from.

        An article with a URL is identified by it; otherwise by its file name. The text
        is deliberately not part of the identity: an edited article must find its old
        annotations so that they can be re-anchored.
        """
        return article_id(self.url, self.path)


def article_id(url: str, path: str) -> str:
    """Derive an article id from its URL, else from the base name of its file."""
    if url.strip():
        key = "url:" + url.strip()
    else:
        key = "file:" + path.replace("\\", "/").rsplit("/", 1)[-1]
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """A file that could not be read, with the one-line reason shown to the user."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A mention of a named entity; ``canonical`` is the fullest name of its entity."""

    start: int
    end: int
    label: EntityLabel
    text: str
    canonical: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quotation: the mention in the text and the fullest name known for it."""

    start: int
    end: int
    text: str
    name: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, marks included; ``is_speech`` is False for quoted terms and titles."""

    start: int
    end: int
    text: str
    speaker: Speaker | None
    is_speech: bool = True


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence that carries checkable facts, with a score in [0, 1] and its reasons."""

    start: int
    end: int
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analysers found in one article."""

    language: str
    backend: str
    sentences: tuple[tuple[int, int], ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
