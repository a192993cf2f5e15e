"""Value rules of an annotation's fields, shared by the form, the store and every import.

They live beside the model (not in the form) so that ``claimdesk import`` and a W3C or
ClaimReview file apply exactly the rules the form applies: tags are trimmed and
de-duplicated ignoring case, an evidence line that is a link must be http(s), and a claim
summary longer than ``CLAIM_LIMIT`` gets advice (ClaimReview readers prefer short ones).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from urllib.parse import urlsplit

CLAIM_LIMIT = 75
_SPACE = re.compile(r"\s")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):(//)?")
_LINK_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "file", "data", "javascript",
                           "vbscript", "mailto", "about", "blob", "ws", "wss"})


class InvalidValue(ValueError):
    """A field value that breaks a rule; the message is the one line shown to the user."""


class FieldError(ValueError):
    """A record field that is missing or has the wrong type/value: which field, and why."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"annotation field {field!r}: {reason}")


def one_line(raw: str) -> str:
    """Whitespace runs (newlines included) folded to single spaces, ends trimmed."""
    return " ".join(raw.split())


def clean_tags(items: Iterable[str]) -> list[str]:
    """Tags trimmed, empty ones dropped, duplicates (ignoring case) dropped, order kept."""
    seen: set[str] = set()
    tags: list[str] = []
    for item in items:
        tag = one_line(item)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def parse_tags(raw: str) -> list[str]:
    """Comma- (or line-) separated tags, cleaned by ``clean_tags``."""
    return clean_tags(raw.replace("\n", ",").split(","))


def looks_like_url(line: str) -> bool:
    """True when a line is meant as a link: ``scheme://…`` or a known scheme (``javascript:``).

    ``Nota: algo`` and ``INE, informe 2024`` are references, not links.
    """
    match = _SCHEME.match(line)
    return bool(match and (match.group(2) or match.group(1).lower() in _LINK_SCHEMES))


def is_web_link(line: str) -> bool:
    """True for an http or https URL with a host and no whitespace."""
    if _SPACE.search(line):
        return False
    parts = urlsplit(line)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def clean_evidence(items: Iterable[str]) -> list[str]:
    """Evidence items trimmed, blank and repeated ones dropped; raises ``InvalidValue``
    for an item that is a link but not an http(s) one (``javascript:``, ``file://``)."""
    result: list[str] = []
    for number, raw in enumerate(items, start=1):
        item = raw.strip()
        if not item or item in result:
            continue
        if looks_like_url(item) and not is_web_link(item):
            shown = item if len(item) <= 40 else item[:39] + "…"
            raise InvalidValue(f"Evidence line {number}: only http(s) links are accepted: {shown}")
        result.append(item)
    return result


def parse_evidence(raw: str) -> list[str]:
    """One link or reference per line, cleaned by ``clean_evidence``."""
    return clean_evidence(raw.splitlines())


def claim_advice(claim: str) -> str:
    """Advice on a claim summary's length ("" when it is fine)."""
    if len(claim) > CLAIM_LIMIT:
        return f"{len(claim)}/{CLAIM_LIMIT} characters: ClaimReview prefers under {CLAIM_LIMIT}"
    return ""


def canonical_id(value: str) -> str | None:
    """The canonical spelling of a UUID (lower case, hyphens), or None when it is not one.

    ``{…}``, ``urn:uuid:…`` and upper case all name the same annotation, so an import
    finds the existing record instead of adding a copy.
    """
    text = value.strip()
    if text[:9].lower() == "urn:uuid:":
        text = text[9:]
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None
