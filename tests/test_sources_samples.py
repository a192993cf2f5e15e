"""The reference article and the bundled samples load as the project promises."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.sources import load_file, load_paths

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"


def test_reference_article(seed_path: Path) -> None:
    article = load_file(str(seed_path))
    assert article.title == (
        "Nicolás Maduro estaría concretando un asilo para dejar el poder en Venezuela"
    )
    headings = [article.text[b.start:b.end] for b in article.blocks if b.kind == "heading"]
    assert headings == [
        "Putin reitera respaldo a Maduro",
        "Maduro asegura que libra una batalla por la paz",
    ]
    assert article.blocks[0].kind == "caption"
    assert article.text[article.blocks[0].start:article.blocks[0].end].endswith(
        "(Foto: Caracol Radio / Getty / Cortesía)"
    )
    assert [b.kind for b in article.blocks[1:]].count("caption") == 0
    assert article.text.count("“") == 13


@pytest.fixture(scope="module")
def samples() -> list[Article]:
    results = load_paths([str(SAMPLES)])
    failures = [r for r in results if not isinstance(r, Article)]
    assert not failures, failures
    return [r for r in results if isinstance(r, Article)]


def test_sample_counts_per_language_and_format(samples: list[Article]) -> None:
    languages = Counter(a.language for a in samples)
    formats = Counter(a.format for a in samples)
    assert len(samples) >= 9
    assert languages["es"] >= 4 and languages["en"] >= 3
    assert set(formats) == {"txt", "md", "html", "json"}
    assert all(a.title and a.source and a.date and a.url for a in samples)


def test_sample_long_article(samples: list[Article]) -> None:
    longest = max(samples, key=lambda a: len(a.text.split()))
    assert len(longest.text.split()) >= 20_000
    assert sum(b.kind == "heading" for b in longest.blocks) >= 30


def test_sample_wide_characters(samples: list[Article]) -> None:
    text = "".join(a.text + a.title for a in samples)
    assert any(unicodedata.east_asian_width(ch) == "W" and "CJK" in unicodedata.name(ch, "")
               for ch in text)
    assert re.search("[\U0001F300-\U0001FAFF]", text)


def test_sample_quotation_styles_and_cues(samples: list[Article]) -> None:
    text = "\n".join(a.text for a in samples)
    for mark in ("“", "”", "«", "»", '"', "‘", "’"):
        assert mark in text, mark
    assert re.search(r"«[^»]*“[^”]*”[^»]*»", text), "nested «… “…” …»"
    assert re.search(r"«[^»]*—[^—»]+—[^»]*»", text), "quotation interrupted by a raya"
    for cue in ("según", "dijo que", "señaló", "according to", '," she said', "Ms. Okafor said"):
        assert cue.lower() in text.lower() or cue in text, cue


def test_sample_abbreviations_and_figures(samples: list[Article]) -> None:
    text = "\n".join(a.text for a in samples)
    for token in ("EE.UU.", "Sr.", "Dra.", "U.S.", "Mr.", "Inc.", "a.m.", "3.5", "2,7", "%"):
        assert token in text, token


def test_samples_have_headings_and_captions(samples: list[Article]) -> None:
    kinds = Counter(b.kind for a in samples for b in a.blocks)
    assert kinds["heading"] >= 40 and kinds["caption"] >= 1


def test_loading_the_samples_without_html_imports_no_html_or_network_library() -> None:
    """Plain text, Markdown and JSON load without the HTML extractor or the HTTP client:
    those imports are what made loading slow (the time itself is a benchmark's business)."""
    paths = [str(p) for p in sorted(SAMPLES.iterdir()) if p.suffix in (".txt", ".md", ".json")]
    heavy = ("trafilatura", "lxml", "justext", "htmldate", "courlan", "feedparser", "httpx")
    script = (
        "import sys, json\n"
        "from reader.sources import load_paths\n"
        f"load_paths({paths!r})\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True,
        cwd=SAMPLES.parent,
    )
    assert json.loads(done.stdout) == []
