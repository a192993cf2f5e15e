"""Speed of the annotation store: one save with N annotations stored, and an import.

Prints a table: median and 90th percentile of one save (``AnnotationStore.add``, fsync
included) with 1,000 / 10,000 / 100,000 annotations already stored, the database size,
and the time to import 10,000 records from JSON Lines. Targets (issue 4): ≤ 20 ms at
10k, ≤ 150 ms at 100k, import ≤ 5 s. Run: ``python benchmarks/store_speed.py [--quick]``.
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

from reader.core.model import Article
from reader.store import AnnotationStore, new_record
from reader.store.importing import import_jsonl
from reader.store.records import utc_now

_WORDS = (
    "el gobierno anunció que la inflación bajó del 9 % este año según el banco central "
    "mientras la oposición señaló que los datos no incluyen los precios de la energía"
).split()


def _article(n: int) -> Article:
    text = " ".join(_WORDS[(i * 7) % len(_WORDS)] for i in range(400)) + f" {n}."
    return Article(
        path=f"/home/user/news/article_{n % 50:03d}.txt", title=f"Informe económico número {n % 50}",
        text=text, blocks=(), url=f"https://example.org/noticias/2026/11/informe-{n % 50}",
        language="es", date="2026-11-20",
    )


def sample_record(n: int) -> dict:
    """A realistic record: a sentence-long quote, a note, two tags, one evidence link."""
    article = _article(n)
    start = (n * 13) % 1500
    record = new_record(
        article, start, start + 120, claimant="Ministerio de Economía",
        verdict="mostly-false", note="La cifra oficial del INE es 11,2 %; ver tabla 3.",
        tags=["economía", "inflación"], evidence=["https://example.org/ine/ipc-2026"],
    )
    record["claim"] = "La inflación bajó al 9 % este año"
    return record


def _bulk_records(count: int) -> list[dict]:
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


def measure_saves(folder: Path, stored: int, saves: int) -> tuple[float, float, int]:
    """Median and p90 seconds of one ``add`` with ``stored`` records already saved."""
    path = folder / f"db_{stored}.json"
    store = AnnotationStore(path)
    store.merge(_bulk_records(stored))
    timings = []
    for n in range(saves):
        record = sample_record(n)
        began = time.perf_counter()
        store.add(record)
        timings.append(time.perf_counter() - began)
    store.close()
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9)], path.stat().st_size


def measure_import(folder: Path, count: int) -> float:
    """Seconds to import ``count`` records from a JSON Lines file into an empty store."""
    source = folder / "import.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for record in _bulk_records(count):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    store = AnnotationStore(folder / "imported.json")
    began = time.perf_counter()
    import_jsonl(store, source)
    elapsed = time.perf_counter() - began
    store.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="skip the 100,000 case")
    args = parser.parse_args(argv)
    sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"{'stored':>8} {'median ms':>10} {'p90 ms':>8} {'file MB':>8}")
        for stored in sizes:
            median, p90, size = measure_saves(folder, stored, 31 if stored < 100_000 else 15)
            print(f"{stored:>8} {median * 1000:>10.1f} {p90 * 1000:>8.1f} {size / 1e6:>8.1f}")
        seconds = measure_import(folder, 10_000)
        print(f"import of 10,000 records: {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
