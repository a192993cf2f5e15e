"""The verdict scale: the one place that says which verdicts exist and what they mean.

Every layer (store validation, exports, the form, the colours in the article view) reads
the scale from here, so adding or renaming a verdict cannot leave one layer behind.
The numeric ratings follow schema.org ClaimReview practice: ``false`` = 1 … ``true`` = 5,
and verdicts that are not a point on that line (``misleading``, ``unverifiable``,
``unrated``) have no number, only their label (``alternateName``).
"""

from __future__ import annotations

from dataclasses import dataclass

WORST_RATING = 1
BEST_RATING = 5
DEFAULT_VERDICT = "unrated"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One point of the scale: its stored value, label, ClaimReview rating and style class."""

    value: str
    label: str
    rating: int | None

    @property
    def component_class(self) -> str:
        """The style class for annotated spans with this verdict (``verdict-false``)."""
        return f"verdict-{self.value}"


VERDICTS: tuple[Verdict, ...] = (
    Verdict("unrated", "Unrated", None),
    Verdict("true", "True", 5),
    Verdict("mostly-true", "Mostly true", 4),
    Verdict("half-true", "Half true", 3),
    Verdict("mostly-false", "Mostly false", 2),
    Verdict("false", "False", 1),
    Verdict("misleading", "Misleading", None),
    Verdict("unverifiable", "Unverifiable", None),
)
VERDICT_VALUES: tuple[str, ...] = tuple(v.value for v in VERDICTS)
_BY_VALUE: dict[str, Verdict] = {v.value: v for v in VERDICTS}


class UnknownVerdict(ValueError):
    """A verdict value that is not on the scale (one-line message naming the valid ones)."""

    def __init__(self, value: object) -> None:
        super().__init__(
            f"unknown verdict {value!r}; expected one of: {', '.join(VERDICT_VALUES)}"
        )
        self.value = value


def is_verdict(value: object) -> bool:
    """True when ``value`` is one of the scale's stored values."""
    return isinstance(value, str) and value in _BY_VALUE


def get_verdict(value: str) -> Verdict:
    """The scale entry for ``value``; raises ``UnknownVerdict`` (a ValueError) otherwise."""
    try:
        return _BY_VALUE[value]
    except (KeyError, TypeError):
        raise UnknownVerdict(value) from None


def parse_verdict(raw: str) -> str:
    """Read a verdict typed by a user (`Mostly false`, `mostly_false`, ` FALSE `).

    Returns the stored value; raises ``UnknownVerdict`` when nothing matches. Used by
    command-line flags so that a label works as well as the value.
    """
    key = raw.strip().lower().replace("_", "-").replace(" ", "-")
    get_verdict(key)
    return key


def verdict_label(value: str) -> str:
    """The display label for a stored value."""
    return get_verdict(value).label


def verdict_rating(value: str) -> int | None:
    """ClaimReview's ``ratingValue`` for a value, or None when it has only a label."""
    return get_verdict(value).rating


def verdict_class(value: str) -> str:
    """The component-class name for a value; unknown values fall back to ``unrated``'s.

    Display code must never crash on a record written by a newer version, hence the
    fallback here (and only here).
    """
    entry = _BY_VALUE.get(value, _BY_VALUE[DEFAULT_VERDICT])
    return entry.component_class


def select_options() -> list[tuple[str, str]]:
    """``(label, value)`` pairs in scale order, the shape a selection widget expects."""
    return [(v.label, v.value) for v in VERDICTS]
