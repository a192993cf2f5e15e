"""Speed of the across-the-library screens with a big library (not a timed test).

Builds an across index of ``--articles`` generated articles (default 100,000) and an
annotation store of ``--annotations`` annotations (default 100,000) in a temporary
folder, then drives the real app headless: the time from the key (``A``, ``S``, ``E``,
``T``) to the screen showing its rows (``T``: its charts; target ≤ 0.3 s), and the time
per cursor key in its list (target ≤ 16 ms: the key's action plus a redraw of every
visible line, timed inside the
process; Pilot's own overhead is left out).

    python benchmarks/across_screens.py [--articles N] [--annotations N] [--links-built]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from across_speed import Generator  # noqa: E402

from reader.across.checked import CheckedLinks  # noqa: E402
from reader.across.claims import ClaimMatcher  # noqa: E402
from reader.across.index import AcrossIndex, index_path  # noqa: E402
from reader.core.model import Article  # noqa: E402
from reader.core.text import compose  # noqa: E402
from reader.store import AnnotationStore, new_record  # noqa: E402

VERDICTS = ("false", "true", "unrated", "misleading", "half-true")


def build(folder: Path, articles: int, annotations: int, links: bool = False) -> Path:
    db = folder / "annotations.json"
    generator = Generator()
    started = time.perf_counter()
    with AcrossIndex(index_path(db)) as index:
        for start in range(0, articles, 1000):
            index.index_many(generator.article(n) for n in range(start, min(articles,
                                                                              start + 1000)))
    print(f"  index of {articles:,} articles built in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    records = []
    for n in range(annotations):
        text, blocks = compose([("paragraph", generator.sentence(10, 20), 0)])
        article = Article(f"a{n % max(1, articles)}.txt", f"Article {n}", text, blocks,
                          source=f"source{n % 50}", date="2026-03-01")
        record = new_record(article, 0, min(40, len(text)), claim=text[:60],
                            claimant=generator.names[n % len(generator.names)],
                            verdict=VERDICTS[n % len(VERDICTS)], tags=[f"tag{n % 30}"])
        records.append(record)
    AnnotationStore(db).merge(records)
    print(f"  store of {annotations:,} annotations built in "
          f"{time.perf_counter() - started:.0f} s")
    if links:  # as a second start finds them: the checked-candidate links up to date
        started = time.perf_counter()
        with AcrossIndex(index_path(db)) as index:
            by_id = {str(r["id"]): r for r in records}
            for _ in CheckedLinks(index).sync(by_id, ClaimMatcher(records)):
                pass
        print(f"  checked-candidate links built in {time.perf_counter() - started:.0f} s")
    return db


async def drive(db: Path, sample: Path, settled: bool = False) -> None:
    from reader.tui.app import ClaimdeskApp
    from reader.tui.screens.annotations import AnnotationsScreen
    from reader.tui.screens.speakers import EntitiesScreen, SpeakersScreen
    from reader.tui.screens.stats import StatsScreen
    from reader.tui.widgets.virtual_table import VirtualTable

    app = ClaimdeskApp(paths=[str(sample)], db_path=db)
    async with app.run_test(size=(120, 40)) as pilot:
        # Everything the start does, except bringing the checked-candidate links up to
        # date (the first start with 100,000 annotations does that for minutes, in steps,
        # in the background: the screens below are measured while it runs).
        started = time.perf_counter()
        background = ("across-checked", "library-checked")
        while any(w.group not in background and w.is_running for w in app.workers) \
                or not app.across.wait_claims(0):
            await asyncio.sleep(0.01)
        while settled and not app.across.checked_done():  # the second start's quick check
            await asyncio.sleep(0.01)
        await pilot.pause()
        print(f"  start-up done in {time.perf_counter() - started:.1f} s; checked links "
              f"{'up to date' if app.across.checked_done() else 'being built meanwhile'}")
        # Keys are sent as the terminal would and the screen is polled: Pilot's ``press``
        # waits until the process is idle, which it never is while the links are built.
        from reader.tui.screens.help import HelpScreen

        started = time.perf_counter()
        app.simulate_key("question_mark")
        while not isinstance(app.screen, HelpScreen):
            await asyncio.sleep(0.002)
        print(f"  baseline: the help screen (a plain Textual screen) shown in "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        await back(app, HelpScreen)
        for key, kind, loaded in (
            ("A", AnnotationsScreen, lambda s: len(s.shown) > 0),
            ("S", SpeakersScreen, lambda s: bool(s.items)),
            ("E", EntitiesScreen, lambda s: bool(s.items)),
            ("T", StatsScreen, lambda s: s.stats is not None),
        ):
            started = time.perf_counter()
            app.simulate_key(key)
            while not isinstance(app.screen, kind):
                await asyncio.sleep(0.002)
            shown = time.perf_counter() - started
            while not loaded(app.screen):
                await asyncio.sleep(0.002)
            filled = time.perf_counter() - started
            if kind is StatsScreen:  # charts, no list to move in
                while not app.screen.complete:  # the annotations' charts follow the first
                    await asyncio.sleep(0.002)
                complete = time.perf_counter() - started
                print(f"  {kind.__name__:18} screen shown {shown * 1000:.0f} ms, charts drawn "
                      f"{filled * 1000:.0f} ms [target ≤ 300], annotations' charts "
                      f"{complete * 1000:.0f} ms")
                await back(app, kind)
                continue
            table = app.screen.query(VirtualTable).first()
            moves = []
            for _ in range(60):  # the key's action and a redraw of every visible line
                begin = time.perf_counter()
                table.action_move(1)
                for y in range(table.size.height):
                    table.render_line(y)
                moves.append((time.perf_counter() - begin) * 1000)
            screen = app.screen
            rows = len(screen.shown) if hasattr(screen, "shown") else len(screen.items)
            print(f"  {kind.__name__:18} screen shown {shown * 1000:.0f} ms, rows filled "
                  f"{filled * 1000:.0f} ms ({rows:,} rows) [target ≤ 300]; cursor key median "
                  f"{statistics.median(moves):.1f} ms, max {max(moves):.1f} ms [target ≤ 16]")
            await back(app, kind)
        done = app.across.checked_done()
        print(f"  checked links {'up to date' if done else 'still being built'} at the end")


async def back(app: object, kind: type) -> None:
    """Leave the screen (escape) and wait until it is gone."""
    app.simulate_key("escape")  # type: ignore[attr-defined]
    while isinstance(app.screen, kind):  # type: ignore[attr-defined]
        await asyncio.sleep(0.002)
    await asyncio.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--links-built", action="store_true",
                        help="build the checked-candidate links first and let the app check "
                             "them (a second start); by default the app builds them while "
                             "measured (a first start)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(f"Across screens with {args.articles:,} articles and "
              f"{args.annotations:,} annotations")
        db = build(Path(folder), args.articles, args.annotations, args.links_built)
        sample = Path(folder) / "sample.txt"
        sample.write_text("Title: Sample\n\nOne short article.\n", encoding="utf-8")
        asyncio.run(drive(db, sample, args.links_built))


if __name__ == "__main__":
    main()
