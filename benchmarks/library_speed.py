"""How fast the library is with 100,000 articles: prints figures (medians of several runs).

1. start → reading desk shown: the real ``claimdesk`` process under a pseudo-terminal on a
   generated store of 100,000 articles (``CLAIMDESK_EXIT_WHEN_READY``). Target 1.0 s.
   Also an empty store (``claimdesk --desk``) against a bare Textual app showing a table,
   measured in the same run. Target: at most 1.3 times the bare app.
2. moving through the article list: one ``j`` (action and redraw, in-process, headless).
   Target 16 ms a key.
3. a full-text search (FTS5, ranked, with snippets). Target 100 ms.
4. memory: the peak resident size of the app process showing the 100,000 articles.
   Target 400 MB.
5. a refresh of 200 feeds served locally (20 items each) with the default parallelism.
   Target 15 s.

Run: ``python benchmarks/library_speed.py [--runs N] [--articles N]``. The generated store
is built once in a temporary folder (about a minute) and removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import hashlib
import itertools
import json
import os
import pty
import random
import resource
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
sys.path.insert(0, str(ROOT / "tests"))  # the local feed server used by the tests

WORDS = Path(__file__).with_name("library_words.txt").read_text(encoding="utf-8").split()
SYLLABLES = ("ba", "ca", "da", "fe", "ga", "hi", "jo", "ku", "la", "me", "ni", "po", "qua",
             "re", "si", "to", "vu", "xa", "ye", "zo", "al", "en", "in", "on", "un")


def vocabulary(rng: random.Random, size: int = 30_000) -> tuple[list[str], list[float]]:
    """Made-up words with a Zipf-like frequency (as in real text; cumulative weights), and
    the real words of ``library_words.txt`` among them: a search matches a realistic share."""
    words = list(dict.fromkeys(
        "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size)))
    for index, word in enumerate(WORDS):
        words.insert(50 + index * 97, word)
    return words, list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))

BARE_APP = """
import sys, time
from pathlib import Path
from textual.app import App
from textual.widgets import DataTable

class Bare(App):
    def compose(self):
        yield DataTable()
    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("Title", "Source", "Date")
        table.add_rows([(f"Row {i}", "Source", "2026-01-01") for i in range(40)])
        self.call_after_refresh(self.ready)
    def ready(self):
        Path(sys.argv[1]).write_text(f"{time.time():.6f}")
        self.exit()

Bare().run()
"""


def generate(path: Path, count: int, feeds: int = 200) -> None:
    """A store of ``count`` articles over ``feeds`` feeds, written in bulk."""
    from reader.core.model import article_id
    from reader.library import LibraryStore
    from reader.library.records import utc_now

    rng = random.Random(7)
    words, weights = vocabulary(rng)
    now = utc_now()
    with LibraryStore(path) as store:
        db = store.db
        db.execute("BEGIN")
        db.executemany("INSERT INTO feeds (id, url, title, tags, added_at, status) "
                       "VALUES (?, ?, ?, ?, ?, 'ok')",
                       [(i + 1, f"https://feed{i}.example/rss", f"Feed {i}",
                         f"tag{i % 7}", now) for i in range(feeds)])
        for start in range(0, count, 5000):
            articles, items, versions, fts = [], [], [], []
            for n in range(start, min(count, start + 5000)):
                url = f"https://news{n % feeds}.example/a/{n}"
                ident = article_id(url, "")
                title = " ".join(rng.choices(words, cum_weights=weights, k=8)).capitalize()
                text = " ".join(rng.choices(words, cum_weights=weights, k=150)) + "."
                date = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00Z"
                feed = n % feeds + 1
                articles.append((n + 1, ident, url, url, url, feed, title, f"Feed {feed - 1}",
                                 date, now, n % 3 == 0))
                items.append((feed, f"id:{n}", ident))
                blocks = json.dumps([["paragraph", 0, len(text), 0]])
                sha = hashlib.sha256(text.encode()).hexdigest()
                versions.append((ident, 1, text, blocks, sha, now))
                fts.append((n + 1, title, text))
            db.executemany(
                "INSERT INTO articles (rowid, id, norm_url, url, path, feed_id, title, source,"
                " date, seen_at, read, versions) VALUES (?,?,?,?,?,?,?,?,?,?,?,1)", articles)
            db.executemany("INSERT INTO items VALUES (?, ?, ?)", items)
            db.executemany("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?)", versions)
            db.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                           fts)
        db.execute("COMMIT")


def _under_pty(argv: list[str], env: dict[str, str], ready: Path) -> tuple[float, float]:
    """Seconds to ready and the peak RSS (MB) of a process run under a 120x36 terminal."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.time()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                               close_fds=True)
    os.close(slave)
    deadline = start + 60
    while process.poll() is None and time.time() < deadline:
        if select.select([master], [], [], 0.05)[0]:
            try:
                os.read(master, 65536)
            except OSError:
                break
    if process.poll() is None:
        process.kill()
    process.wait()
    os.close(master)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if not ready.exists():
        raise SystemExit(f"{argv[0]} never became ready")
    # ru_maxrss of children is the largest child so far: only meaningful when it grew
    return float(ready.read_text()) - start, max(peak, before) / 1024


def launch(db: Path, extra: list[str]) -> tuple[float, float]:
    command = shutil.which("claimdesk", path=str(Path(sys.executable).parent))
    argv = [command] if command else [sys.executable, "-m", "reader"]
    with tempfile.TemporaryDirectory() as folder:
        ready = Path(folder) / "ready"
        env = {**os.environ, "CLAIMDESK_EXIT_WHEN_READY": str(ready),
               "TERM": "xterm-256color", "CLAIMDESK_DB": str(db)}
        env.pop("CLAIMDESK_LIBRARY", None)
        return _under_pty([*argv, *extra], env, ready)


def bare_launch() -> float:
    with tempfile.TemporaryDirectory() as folder:
        ready = Path(folder) / "ready"
        script = Path(folder) / "bare.py"
        script.write_text(BARE_APP)
        env = {**os.environ, "TERM": "xterm-256color"}
        return _under_pty([sys.executable, str(script), str(ready)], env, ready)[0]


async def moving(db: Path, keys: int) -> tuple[float, float]:
    """Median ms per ``j`` and per page down on the big desk: the action runs → the list's
    changed lines are drawn by the next screen update (timed inside the process, as
    benchmarks/tui_speed.py does, so Pilot's own overhead is left out)."""
    from reader.tui.app import ClaimdeskApp
    from reader.tui.widgets.article_list import ArticleList

    marks: list[float] = []
    original = ArticleList.render_line

    def render_line(widget: ArticleList, y: int):  # type: ignore[no-untyped-def]
        strip = original(widget, y)
        marks.append(time.perf_counter())
        return strip

    ArticleList.render_line = render_line  # type: ignore[method-assign]
    app = ClaimdeskApp(paths=[], db_path=db, desk=True)
    figures = []
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        listing = app.screen.query_one(ArticleList)
        assert len(listing.keys) > 0
        for step in (1, listing.size.height):
            times = []
            for _ in range(keys):
                marks.clear()
                start = time.perf_counter()
                listing.action_move(step)
                while not marks:
                    await pilot.pause()
                times.append((max(marks) - start) * 1000)
            figures.append(statistics.median(times))
    ArticleList.render_line = original  # type: ignore[method-assign]
    return figures[0], figures[1]


def searching(db_path: Path, runs: int) -> tuple[float, int]:
    from reader.library import LibraryStore

    queries = ["mexico", "agua presupuesto", "huelga puerto", "inflation rates", "drought",
               "gobierno ministra"]
    with LibraryStore(db_path) as store:
        times, found = [], 0
        for _ in range(runs):
            for query in queries:
                start = time.perf_counter()
                hits = store.search(query, limit=50)
                times.append((time.perf_counter() - start) * 1000)
                found = max(found, len(hits))
    return statistics.median(times), found


def refreshing(feeds: int, items: int) -> tuple[float, int]:
    from feed_server import FeedServer, long_text, rss

    from reader.library import LibraryStore
    from reader.library.refresh import refresh

    server = FeedServer().start()
    try:
        with tempfile.TemporaryDirectory() as folder, \
                LibraryStore(Path(folder) / "library.sqlite3") as store:
            for f in range(feeds):
                body = rss(f"Feed {f}", [
                    {"title": f"Item {f}-{i}", "guid": f"{f}-{i}",
                     "link": f"https://news.example/{f}/{i}",
                     "description": long_text(f"Story {f} {i} about the harbour.", 20)}
                    for i in range(items)])
                store.add_feed(server.add(f"/feed/{f}.xml", body))
            start = time.perf_counter()
            outcomes = refresh(store)
            elapsed = time.perf_counter() - start
            return elapsed, sum(o.new for o in outcomes)
    finally:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big" / "annotations.json"
        empty = Path(folder) / "empty" / "annotations.json"
        big.parent.mkdir()
        empty.parent.mkdir()
        started = time.perf_counter()
        generate(big.parent / "library.sqlite3", args.articles)
        print(f"generated {args.articles} articles in {time.perf_counter() - started:.1f} s")
        big_runs, empty_runs, bare_runs = [], [], []
        for _ in range(args.runs):  # interleaved, so a busy moment hits all three alike
            big_runs.append(launch(big, []))
            empty_runs.append(launch(empty, ["--desk"])[0])
            bare_runs.append(bare_launch())
        shown = statistics.median(t for t, _ in big_runs)
        print(f"start → desk shown, {args.articles} articles: {shown:.2f} s (target ≤ 1.0)")
        empty_s, bare_s = statistics.median(empty_runs), statistics.median(bare_runs)
        print(f"start → desk shown, empty store: {empty_s:.2f} s; bare Textual table app: "
              f"{bare_s:.2f} s; ratio {empty_s / bare_s:.2f} (target ≤ 1.3)")
        print(f"memory, app showing {args.articles} articles: peak RSS "
              f"{max(m for _, m in big_runs):.0f} MB (target ≤ 400)")
        per_key, per_page = asyncio.run(moving(big, 50))
        print(f"moving in the list: {per_key:.1f} ms per j, {per_page:.1f} ms per page down, "
              "medians of 50 (target ≤ 16)")
        search_ms, found = searching(big.parent / "library.sqlite3", args.runs)
        print(f"full-text search: {search_ms:.1f} ms median ({found} hits max; target ≤ 100)")
    times = [refreshing(200, 20) for _ in range(args.runs)]
    print(f"refresh of 200 local feeds (20 items each): "
          f"{statistics.median(t for t, _ in times):.2f} s median, {times[0][1]} articles "
          "stored (target ≤ 15)")


if __name__ == "__main__":
    main()
