"""Property tests: arbitrary bytes never make a loader raise anything but ``SourceError``."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.model import Article
from reader.core.text import canonicalize
from reader.sources import SourceError, load_file
from reader.sources.decode import decode_bytes

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
_C0_C1 = {chr(c) for c in range(0x20) if c != 10} | {chr(c) for c in range(0x7F, 0xA0)}

_TEXTY = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda s: s.encode("utf-16", "surrogatepass")),
    st.builds(lambda a, b: a + b, st.sampled_from([b"---\n", b"[", b"{", b"<html>", b"Title: "]),
              st.binary(max_size=300)),
)


def _check_article(article: Article) -> None:
    assert article.text == canonicalize(article.text)
    assert not _C0_C1 & set(article.text)
    for field in (article.title, article.source, article.date, article.url, article.language):
        assert "\n" not in field and not _C0_C1 & set(field)
    for block in article.blocks:
        piece = article.text[block.start:block.end]
        assert piece and piece == piece.strip() and "\n\n" not in piece


@given(data=_TEXTY)
@FAST
def test_decode_never_raises_other_errors(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, "x")
    except SourceError:
        return
    assert isinstance(decoded.text, str)


@given(data=_TEXTY, suffix=st.sampled_from([".txt", ".md", ".json", ".html"]))
@FAST
def test_loaders_raise_only_source_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        try:
            article = load_file(str(path))
        except SourceError as error:
            assert "\n" not in str(error)
            return
        _check_article(article)


@given(
    paragraphs=st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=6),
    suffix=st.sampled_from([".txt", ".md"]),
)
@FAST
def test_text_paragraphs_round_trip_into_blocks(paragraphs: list[str], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"p{suffix}"
        path.write_text("\n\n".join(paragraphs), encoding="utf-8", errors="surrogatepass")
        try:
            article = load_file(str(path))
        except SourceError:
            return
        _check_article(article)
