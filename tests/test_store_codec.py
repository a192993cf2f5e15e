"""The database codec: orjson's speed with the standard library's strictness."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.store.codec import decode, encode

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(JSON)
def test_encode_decode_round_trip_as_the_standard_library(value: object) -> None:
    raw = encode(value)
    assert decode(raw) == json.loads(raw) == value


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), [1, float("-inf")],
                                 {"a": {1, 2}}, "\ud800", object()])
def test_values_json_cannot_hold_are_refused(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        encode(bad)


def test_huge_integers_are_kept_as_the_standard_library_does() -> None:
    assert decode(encode({"n": 2**80})) == {"n": 2**80}


@pytest.mark.parametrize("raw", [b'{"a": NaN}', b'{"a": Infinity}', b'{"a": 1,}', b"[1, 2",
                                 b'{"a": "\\ud800"}'])
def test_decode_refuses_or_accepts_exactly_as_json(raw: bytes) -> None:
    try:
        expected = json.loads(raw.decode(), parse_constant=lambda c: (_ for _ in ()).throw(
            ValueError(c)))
    except ValueError:
        with pytest.raises(ValueError):
            decode(raw)
    else:
        assert decode(raw) == expected


def test_invalid_utf8_is_a_unicode_error() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode(b'{"a": "\xff"}')
