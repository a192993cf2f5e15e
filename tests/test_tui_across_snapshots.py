"""SVG snapshots of the across-the-library screens (seen before, Already checked,
Annotations, Speakers, Entities, Stats), shown in the README.

The analysis is a fixed double (``fixed_analysis``): the pictures show the interface and
do not change when the analyser improves. Annotation dates are fixed too.
"""

from __future__ import annotations

import importlib
import re
import shutil
import sys
from pathlib import Path

import pytest
from pilot_settle import settle
from test_tui_across import open_titled

from reader.core.model import Analysis, Article, Claim, Entity, Quote, Speaker
from reader.sources import load_file
from reader.store import AnnotationStore, new_record
from reader.tui.app import ClaimdeskApp

ARTICLES = Path(__file__).parent / "across" / "articles"
SIZE = (100, 30)
SPEAKER = "Carlos Ortega"


def fixed_analysis(article: Article, language: str | None = None,
                   backend: str = "builtin") -> Analysis:
    """Sentences, «» quotations by Carlos Ortega, his name, the quotation sentences as
    claims: enough for the screens, independent of the real analyser."""
    text = article.text
    sentences = tuple(m.span() for m in re.finditer(r"[^\s][^\n]*?(?:[.!?](?=\s|$)|$)", text))
    names = [m.span() for m in re.finditer(SPEAKER, text)]
    entities = tuple(Entity(s, e, "PER", SPEAKER, SPEAKER) for s, e in names)
    mention = names[0] if names else (0, 0)
    who = Speaker(mention[0], mention[1], SPEAKER, SPEAKER)
    quotes = tuple(Quote(m.start(), m.end(), m.group(), who) for m in re.finditer("«[^»]*»", text))
    claims = tuple(Claim(s, e, 0.8, ("quote",)) for s, e in sentences
                   if any(s <= q.start < e for q in quotes))
    return Analysis("es", "double", sentences, entities, quotes, claims)


@pytest.fixture
def across_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClaimdeskApp:
    module = importlib.import_module("reader.analysis")  # (re)imported if a test dropped it
    monkeypatch.setitem(sys.modules, "reader.analysis", module)
    monkeypatch.setattr(module, "analyze", fixed_analysis)
    folder = tmp_path / "lib"
    shutil.copytree(ARTICLES, folder)
    wire = load_file(str(folder / "wire.txt"))
    quote = (wire.text.index("«"), wire.text.index("»") + 1)
    first = (0, wire.text.index(".") + 1)
    with AnnotationStore(tmp_path / "db.json") as store:
        for number, (claim, verdict, tags, (start, end)) in enumerate((
            ("Ninguna familia pagará más por la luz este invierno", "false", ["energía"],
             quote),
            ("El plan energético del Gobierno", "unrated", [], first),
        )):
            record = new_record(wire, start, end, claim=claim, claimant=SPEAKER,
                                verdict=verdict, tags=tags)
            record["created"] = record["modified"] = f"2026-03-0{3 + number}T10:00:00.000Z"
            record["id"] = f"0000000{number}-0000-4000-8000-000000000000"
            store.add(record)
    return ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")


async def _settle(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)


async def _open(pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    """Open the article whose title holds ``words`` (the library's order may change as
    its counts arrive), then go to its quotation."""
    await _settle(pilot)
    await open_titled(pilot.app, pilot, words)
    await _settle(pilot)
    await pilot.press("right_square_bracket")
    await _settle(pilot)


def _keys(*keys: str):  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press(*keys)
        await _settle(pilot)
    return run


def test_seen_before_snapshot(snap_compare, across_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await _open(pilot, "congelar")  # the wire story
        await pilot.press("s")
        await _settle(pilot)
    assert snap_compare(across_app, terminal_size=SIZE, run_before=run)


def test_already_checked_snapshot(snap_compare, across_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await _open(pilot, "insiste")  # the daily
    assert snap_compare(across_app, terminal_size=SIZE, run_before=run)


def test_annotations_snapshot(snap_compare, across_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(across_app, terminal_size=SIZE, run_before=_keys("A"))


def test_speakers_snapshot(snap_compare, across_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(across_app, terminal_size=SIZE, run_before=_keys("S"))


def test_entities_snapshot(snap_compare, across_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(across_app, terminal_size=SIZE, run_before=_keys("E"))


def test_stats_snapshot(snap_compare, across_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(across_app, terminal_size=SIZE, run_before=_keys("T"))
