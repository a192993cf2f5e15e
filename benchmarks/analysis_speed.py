"""Speed of the built-in analyser: words per second, in process and through the CLI.

    python benchmarks/analysis_speed.py [--repeat N] [--batch N]

1. ``analyze()`` over every sample article (the long one included), repeated N times;
   the median of several runs, after one warm-up run (gazetteer load excluded, reported
   apart).
2. ``claimdesk analyze --json`` over a batch folder (the samples copied N times), one
   process, wall clock including start-up: the figure a user sees on a large batch.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis import analyze, gazetteer  # noqa: E402
from reader.core.model import Article  # noqa: E402
from reader.sources import load_paths  # noqa: E402

SAMPLES = ROOT / "sample_articles"


def _articles() -> list[Article]:
    return [a for a in load_paths([str(SAMPLES)]) if isinstance(a, Article)]


def in_process(repeat: int, runs: int = 5) -> None:
    """Median words/second of analyze() over the samples ×repeat."""
    started = time.perf_counter()
    gazetteer.places()
    print(f"gazetteer load (once per process): {1000 * (time.perf_counter() - started):.1f} ms")
    articles = _articles()
    words = sum(len(a.text.split()) for a in articles) * repeat
    for article in articles:
        analyze(article)  # warm-up
    times, cpu_times = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        for _ in range(repeat):
            for article in articles:
                analyze(article)
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
    median = statistics.median(times)
    print(
        f"analyze(): {words:,} words in {median:.3f} s (median of {runs}) "
        f"= {words / median:,.0f} words/s"
    )
    # CPU time of this process: steadier than the wall clock on a machine shared with others
    cpu = statistics.median(cpu_times)
    print(f"  CPU time: {cpu:.3f} s (median of {runs}) = {words / cpu:,.0f} words/s")
    longest = max(articles, key=lambda a: len(a.text))
    single = []
    for _ in range(runs):
        started = time.perf_counter()
        analyze(longest)
        single.append(time.perf_counter() - started)
    print(
        f"longest article ({len(longest.text.split()):,} words): "
        f"{1000 * statistics.median(single):.0f} ms"
    )


def cli_batch(copies: int) -> None:
    """Wall clock of one `claimdesk analyze --json` over the samples copied ``copies`` times."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder)
        for index in range(copies):
            for path in SAMPLES.iterdir():
                if path.suffix in (".txt", ".md", ".html", ".json"):
                    shutil.copy(path, target / f"{index:03d}_{path.name}")
        words = sum(
            len(a.text.split()) for a in load_paths([str(target)]) if isinstance(a, Article)
        )
        command = [sys.executable, "-m", "reader", "analyze", "--json", str(target)]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - started
        lines = done.stdout.count("\n")
        print(
            f"claimdesk analyze --json: {lines} articles, {words:,} words in {elapsed:.2f} s "
            f"(start-up and loading included) = {words / elapsed:,.0f} words/s "
            f"(exit {done.returncode})"
        )
        started = time.perf_counter()
        load_paths([str(target)])
        load = time.perf_counter() - started
        print(f"  of which loading the files in process takes about {load:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of the samples")
    parser.add_argument("--batch", type=int, default=20, help="copies of the samples for the CLI")
    args = parser.parse_args()
    in_process(args.repeat)
    cli_batch(args.batch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
