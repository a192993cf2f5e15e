"""Whether two texts of one article differ only in typography.

A feed served by two renderers (one "smartens" quotation marks and dashes, the other
does not; a CDN alternating between them) hands back the same story in two spellings on
alternate fetches. Stored as versions, each refresh added one and flagged the article
changed, without end. Quotation marks, apostrophes, dashes, compatibility forms (a
no-break space, a full-width letter) and spacing written another way say nothing new.
"""

from __future__ import annotations

import re
import unicodedata

_MARKS = str.maketrans({
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e", '"'),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u00b4`", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63", "-"),
})
_SPACES = re.compile(r"\s+")


def typographic_key(text: str) -> str:
    """``text`` with every typographic variant written one way, for comparing only."""
    folded = unicodedata.normalize("NFKC", text).translate(_MARKS)
    return _SPACES.sub(" ", folded).strip()


def only_typography(old: str, new: str) -> bool:
    """True when ``new`` says what ``old`` says, written with other marks or spacing."""
    return typographic_key(old) == typographic_key(new)
