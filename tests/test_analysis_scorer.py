"""The quality scorer's speaker matching (``evaluate._norm_name``): what counts as one name."""

from __future__ import annotations

import pytest

from reader.analysis.evaluate import _norm_name


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("a dealer", "dealer"),
        ("One London-based dealer", "london-based dealer"),
        ("another trader", "trader"),
        ("otro corredor", "corredor"),
        ("otra vecina", "vecina"),
        ("El alcalde", "alcalde"),
        ("the company’s statement", "company's statement"),
    ],
)
def test_a_determiner_names_no_one(written: str, normal: str) -> None:
    """``one dealer`` and ``dealer`` are the same speaker, as ``a dealer`` always was."""
    assert _norm_name(written) == normal


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("two people familiar with the matter", "two people familiar with the matter"),
        ("uno de los rescatados", "uno de los rescatados"),
        ("One Direction", "direction"),
    ],
)
def test_only_single_determiners_are_dropped(written: str, normal: str) -> None:
    """A count above one or a partitive says how many spoke: it stays. (A name that starts
    with a determiner loses it on both sides alike, so matching is unaffected.)"""
    assert _norm_name(written) == normal
