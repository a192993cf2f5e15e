"""How fast the reader feels: prints three figures (medians of several runs).

1. launch → library shown: the real ``claimdesk`` process under a pseudo-terminal, with
   ``CLAIMDESK_EXIT_WHEN_READY=FILE`` (the app writes ``time.time()`` to FILE after the
   library table was first drawn, then exits). Target 1.0 s.
2. opening the longest sample until it is shown highlighted (headless ``run_test``; cold =
   analysis and text layout included, warm = analysis already cached by the library and the
   layout cached by the cold open). Target 0.5 s.
3. one ``j``: the action runs → the changed lines are redrawn by the next screen update, in
   that long article (timed inside the process: Pilot's own overhead is left out). Target 50 ms.

Run: ``python benchmarks/tui_speed.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"


def annotated_database(path: Path, count: int) -> Path:
    """A database holding ``count`` annotations spread over the sample articles."""
    from reader.core.model import Article
    from reader.sources import load_paths
    from reader.store import AnnotationStore, new_record

    articles = [a for a in load_paths([str(SAMPLES)]) if isinstance(a, Article)]
    records = []
    for number in range(count):
        article = articles[number % len(articles)]
        start = (number * 37) % max(1, len(article.text) - 40)
        records.append(new_record(article, start, start + 30, claim=f"claim {number}",
                                  note="benchmark record " * 8, tags=["bench"]))
    with AnnotationStore(path) as store:
        store.merge(records)
    return path


def launch_once(db: Path | None = None) -> float:
    """Seconds from starting the process to the library drawn with its annotation counts
    (under a pseudo-terminal)."""
    command = shutil.which("claimdesk", path=str(Path(sys.executable).parent))
    argv = [command] if command else [sys.executable, "-m", "reader"]
    with tempfile.TemporaryDirectory() as folder:
        ready_file = Path(folder) / "ready"
        env = {**os.environ, "CLAIMDESK_EXIT_WHEN_READY": str(ready_file),
               "TERM": "xterm-256color", "CLAIMDESK_DB": str(db or Path(folder) / "db.json")}
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
        start = time.time()
        process = subprocess.Popen(
            [*argv, str(SAMPLES)], stdin=slave, stdout=slave, stderr=slave, env=env,
            close_fds=True,
        )
        os.close(slave)
        deadline = start + 30
        while process.poll() is None and time.time() < deadline:
            if select.select([master], [], [], 0.05)[0]:
                try:
                    os.read(master, 65536)  # drain the screen output like a terminal would
                except OSError:
                    break
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(master)
        if not ready_file.exists():
            raise SystemExit(f"the app did not report ready (exit code {process.returncode})")
        return float(ready_file.read_text(encoding="utf-8")) - start


def longest_sample() -> Path:
    return max((p for p in SAMPLES.iterdir() if p.is_file() and p.name != "README.md"),
               key=lambda p: p.stat().st_size)


class RenderClock:
    """Records when the ArticleView draws its lines (benchmark-only instrumentation)."""

    def __init__(self) -> None:
        from reader.tui.widgets.article_view import ArticleView

        self.marks: list[tuple[float, int, bool]] = []
        original = ArticleView.render_line
        clock = self

        def render_line(view: ArticleView, y: int):  # type: ignore[no-untyped-def]
            strip = original(view, y)
            last = y == view.scrollable_content_region.height - 1
            highlighted = getattr(view.screen, "analysis", None) is not None
            clock.marks.append((time.perf_counter(), y, last and highlighted))
            return strip

        ArticleView.render_line = render_line  # type: ignore[method-assign]

    def first_full_highlighted(self) -> float | None:
        return next((t for t, _, done in self.marks if done), None)


async def open_and_move(runs: int) -> tuple[list[float], list[float], list[float], int]:
    """Open the longest sample cold and warm, then time ``j`` (action → lines redrawn)."""
    from reader.tui.app import ClaimdeskApp
    from reader.tui.cache import AnalysisCache
    from reader.tui.widgets.article_view import clear_layout_cache

    clock = RenderClock()
    cold, warm, moves = [], [], []
    words = 0
    for _ in range(runs):
        app = ClaimdeskApp(paths=[str(longest_sample())], db_path=Path("/nonexistent.json"))
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            article = app.screen.articles[0]  # type: ignore[attr-defined]
            words = len(article.text.split())
            for label, times in (("cold", cold), ("warm", warm)):
                if label == "cold":  # nothing cached: analysis, display form, wrap
                    app.analyses = AnalysisCache(app.language)
                    clear_layout_cache()
                clock.marks.clear()
                start = time.perf_counter()
                app.screen.action_open()  # type: ignore[attr-defined]  # what enter does
                await app.workers.wait_for_complete()  # no busy polling while it analyses
                while clock.first_full_highlighted() is None:
                    await pilot.pause()
                times.append(clock.first_full_highlighted() - start)  # type: ignore[operator]
                await pilot.pause()
                if label == "warm":
                    screen = app.screen
                    for _ in range(20):
                        clock.marks.clear()
                        start = time.perf_counter()
                        screen.action_next_sentence()  # type: ignore[attr-defined]
                        while not clock.marks:
                            await pilot.pause()
                        moves.append(max(t for t, _, _ in clock.marks) - start)
                await pilot.press("q")
                await pilot.pause()
    return cold, warm, moves, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--annotations", type=int, default=10_000,
                        help="also time the launch with this many annotations stored")
    args = parser.parse_args()
    launches = [launch_once() for _ in range(args.runs)]
    with tempfile.TemporaryDirectory() as folder:
        db = annotated_database(Path(folder) / "db.json", args.annotations)
        loaded = [launch_once(db) for _ in range(args.runs)]
    cold, warm, moves, words = asyncio.run(open_and_move(args.runs))
    ms = 1000
    print(f"library shown after launch: {statistics.median(launches):.2f} s "
          f"(median of {len(launches)}; target 1.0 s)")
    print(f"library shown after launch with {args.annotations:,} annotations stored: "
          f"{statistics.median(loaded):.2f} s (median of {len(loaded)}; target 1.0 s)")
    print(f"longest sample ({words} words) shown highlighted: "
          f"{statistics.median(cold):.2f} s cold, {statistics.median(warm):.2f} s warm "
          f"(target 0.5 s)")
    print(f"one j cursor move: {statistics.median(moves) * ms:.1f} ms "
          f"(median of {len(moves)}; max {max(moves) * ms:.1f} ms; target 50 ms)")


if __name__ == "__main__":
    main()
