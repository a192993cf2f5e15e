"""Speed of the annotation store: one save with N annotations stored, and an import.

Prints a table, for 1,000 / 10,000 / 100,000 annotations already stored: the median
and 90th percentile of one save (``AnnotationStore.add``, fsync included) as the store
runs (saves go to the journal once the file passes 1 MiB), the same with every save a
whole-file rewrite (what the journal avoids), the time to fold the journal in
(compaction, also done on close; median of 5), the time to open the store (parse with the
orjson codec and check every document; median of 5) and the file size.
Then the time to import 10,000 records from JSON Lines. Targets (issue 4): ≤ 20 ms at
10k, ≤ 150 ms at 100k, import ≤ 5 s; issue 11: open ≤ 0.5 s and compaction ≤ 1 s at 100k.

Run: ``python benchmarks/store_speed.py [--quick]`` (``--quick`` skips 100,000).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from reader.core.model import Article
from reader.store import AnnotationStore, new_record
from reader.store.importing import import_jsonl
from reader.store.records import utc_now

_PHRASE = (
    "el gobierno anunció que la inflación bajó del 9 % este año según el banco central "
    "mientras la oposición señaló que los datos no incluyen los precios de la energía"
)
_WORDS = _PHRASE.split(" ")
NEVER = 1 << 50  # a journal threshold no file reaches: every save rewrites the file


def _article(n: int) -> Article:
    text = " ".join(_WORDS[(i * 7) % len(_WORDS)] for i in range(400)) + f" {n}."
    return Article(
        path=f"/home/user/news/article_{n % 50:03d}.txt",
        title=f"Informe económico número {n % 50}", text=text, blocks=(),
        url=f"https://example.org/noticias/2026/11/informe-{n % 50}", language="es",
        date="2026-11-20",
    )


def sample_record(n: int) -> dict:
    """A realistic record (~1 kB): a 120-character quote, a note, tags, one link."""
    article = _article(n)
    start = (n * 13) % 1500
    record = new_record(
        article, start, start + 120, claimant="Ministerio de Economía",
        verdict="mostly-false", note="La cifra oficial del INE es 11,2 %; ver tabla 3.",
        tags=["economía", "inflación"], evidence=["https://example.org/ine/ipc-2026"],
    )
    record["claim"] = "La inflación bajó al 9 % este año"
    return record


def bulk_records(count: int) -> list[dict]:
    """``count`` distinct records shaped like ``sample_record``."""
    base = sample_record(0)
    now = utc_now()
    records = []
    for n in range(count):
        record = json.loads(json.dumps(base))
        record["id"] = str(uuid.uuid4())
        record["target"]["position"] = {"start": n, "end": n + 120}
        record["created"] = record["modified"] = now
        records.append(record)
    return records


def _timed_saves(store: AnnotationStore, saves: int) -> tuple[float, float]:
    timings = []
    for n in range(saves):
        record = sample_record(n)
        began = time.perf_counter()
        store.add(record)
        timings.append(time.perf_counter() - began)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9)]


def _median_of(runs: int, action: Any) -> float:
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        timings.append(time.perf_counter() - began)
    return statistics.median(timings)


def measure(folder: Path, stored: int, saves: int, runs: int = 5) -> dict[str, float]:
    """Every figure of one row of the table, in seconds (size in bytes). Opening (parse
    and check every document) and compaction are medians of ``runs`` runs."""
    path = folder / f"db_{stored}.json"
    AnnotationStore(path).merge(bulk_records(stored))
    opened = _median_of(runs, lambda: AnnotationStore(path).close())
    store = AnnotationStore(path)
    median, p90 = _timed_saves(store, saves)
    compactions = []
    for _ in range(runs):
        _timed_saves(store, 3)  # a journal to fold in
        began = time.perf_counter()
        store.storage.compact()
        compactions.append(time.perf_counter() - began)
    store.close()
    rewrite_store = AnnotationStore(path, journal_threshold=NEVER)
    rewrite_median, _ = _timed_saves(rewrite_store, max(5, saves // 3))
    rewrite_store.close()
    return {"median": median, "p90": p90, "rewrite": rewrite_median,
            "compaction": statistics.median(compactions), "open": opened,
            "size": path.stat().st_size}


def measure_import(folder: Path, count: int) -> float:
    """Seconds to import ``count`` records from a JSON Lines file into an empty store."""
    source = folder / "import.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for record in bulk_records(count):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    store = AnnotationStore(folder / "imported.json")
    began = time.perf_counter()
    import_jsonl(store, source)
    elapsed = time.perf_counter() - began
    store.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="skip the 100,000 case")
    args = parser.parse_args(argv)
    sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
    header = ("stored", "save median", "save p90", "rewrite median", "compaction", "open",
              "file MB")
    print(" | ".join(header))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for stored in sizes:
            row = measure(folder, stored, 41 if stored < 100_000 else 21)
            ms = [f"{row[k] * 1000:.1f} ms" for k in ("median", "p90", "rewrite",
                                                     "compaction", "open")]
            print(" | ".join([f"{stored:,}", *ms, f"{row['size'] / 1e6:.1f}"]))
        print(f"import of 10,000 records (validate + one write): "
              f"{measure_import(folder, 10_000):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
