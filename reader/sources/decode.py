"""Bytes to text: a fixed order of guesses, so a file always decodes the same way.

The order (reliability row T5):

1. a byte-order mark decides: UTF-8, UTF-32 LE/BE, UTF-16 LE/BE;
2. bytes that look like UTF-16 without a mark (NULs on every other byte of ASCII text);
3. anything else with NULs or many control bytes is refused as a binary file;
4. strict UTF-8;
5. UTF-8 with a few bad bytes (more valid multi-byte sequences than invalid bytes) keeps
   UTF-8 and replaces the bad bytes with U+FFFD;
6. otherwise Windows-1252, the encoding of nearly every legacy Spanish and English news
   file; its five unassigned bytes fall back to Latin-1 (C1 controls, neutralised later).
   charset-normalizer is deliberately not used: on short texts it guesses code pages such
   as cp775 for plain Spanish, which garbles every accented letter.

Decoding never raises anything but ``SourceError`` and never crashes on any input.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from reader.sources.errors import SourceError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 8192
# C0 controls that never appear in text files (tab, LF, VT, FF, CR and ESC are left out:
# ESC is hostile but textual, and is neutralised by the canonical text).
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding used, and how many bytes could not be decoded."""

    text: str
    encoding: str
    replaced: int = 0

    @property
    def note(self) -> str:
        """A short description for the article's details, e.g. ``utf-8, 3 bytes replaced``."""
        if self.replaced:
            return f"{self.encoding}, {self.replaced} undecodable bytes replaced"
        return self.encoding


def decode_bytes(data: bytes, path: str = "") -> Decoded:
    """Decode ``data`` following the documented order; raise ``SourceError`` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_lenient(data[len(bom):], encoding)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode_lenient(data, utf16)
    if _looks_binary(data):
        raise SourceError(path, "binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    invalid = _count_invalid_utf8(data)
    if len(_MULTIBYTE.findall(data)) >= invalid:
        return _decode_lenient(data, "utf-8")
    return Decoded(_decode_cp1252(data), "windows-1252 (fallback)")


def _decode_lenient(data: bytes, encoding: str) -> Decoded:
    """Decode with U+FFFD for bad bytes, counting how many were replaced."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - _count_literal_fffd(data, encoding)
    return Decoded(text, encoding, max(bad, 0))


def _count_literal_fffd(data: bytes, encoding: str) -> int:
    """U+FFFD characters that were already in the file (so they are not counted as bad)."""
    return data.count("\ufffd".encode(encoding)) if encoding.startswith("utf") else 0


def _count_invalid_utf8(data: bytes) -> int:
    decoded = data.decode("utf-8", errors="replace")
    return decoded.count("\ufffd") - data.count("\ufffd".encode("utf-8"))


def _decode_cp1252(data: bytes) -> str:
    """Windows-1252, with Latin-1 for the five bytes it leaves unassigned."""
    return data.decode("cp1252", errors="_claimdesk_latin1")


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start:error.end]
    return bytes(chunk).decode("latin-1"), error.end


codecs.register_error("_claimdesk_latin1", _latin1_fallback)


def _utf16_without_bom(data: bytes) -> str:
    """Name the UTF-16 byte order when the sample is mostly ASCII text in UTF-16, else ''."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return ""
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls >= 0.7 * half and even_nuls <= 0.05 * half:
        return "utf-16-le"
    if even_nuls >= 0.7 * half and odd_nuls <= 0.05 * half:
        return "utf-16-be"
    return ""


def _looks_binary(data: bytes) -> bool:
    """Known binary signatures, a run of NULs, or many control bytes in the first 8 KB."""
    sample = data[:_SAMPLE]
    if sample.startswith(_MAGIC):
        return True
    if b"\x00\x00\x00\x00" in sample:
        return True
    controls = len(_BINARY_CONTROLS.findall(sample))
    return controls > max(8, len(sample) // 20)
