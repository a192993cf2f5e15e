"""Score the built-in analyser (or another backend) on the hand-made gold files.

    python benchmarks/quality.py [--backend spacy:MODEL] [--gold-dir DIR] [--errors]
    python benchmarks/quality.py --draft PATH > tests/gold/NAME.json   # then correct by hand

Prints, per language and overall: entity precision/recall/F1 per type, typed and
span-only micro F1 (exact span matching), quotation span F1 (all quotations and reported
speech only), speaker accuracy on the quotations found, and claim recall/precision.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from reader.analysis import analyze  # noqa: E402
from reader.analysis.evaluate import (  # noqa: E402
    LABELS,
    Scores,
    draft,
    dump_gold,
    load_gold,
    score_article,
)
from reader.sources import load_file  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"
SEARCH = (ROOT / "sample_articles", ROOT.parent / "shared" / "seed")


def find_article(name: str) -> Path | None:
    """The article a gold file refers to: a path from the repository root first (held-out
    gold names ``benchmarks/heldout/articles/<name>.txt``), then sample_articles/ or the
    shared seed folder."""
    base, _, index = name.partition("#")
    for folder in (ROOT, *SEARCH):
        if (folder / base).exists():
            return Path(f"{folder / base}#{index}") if index else folder / base
    return None


def _row(name: str, p: float, r: float, f: float, n: int | str = "") -> str:
    return f"  {name:<22} P {p:5.3f}  R {r:5.3f}  F1 {f:5.3f}  {n}"


def report(title: str, scores: Scores) -> None:
    """Print one table."""
    print(f"\n== {title}")
    for label in LABELS:
        support = scores.tp[label] + scores.fn[label]
        print(_row(f"entities {label}", *scores.prf(label), f"(gold {support})"))
    print(_row("entities typed (micro)", *scores.typed()))
    print(_row("entities span-only", *scores.prf("span")))
    print(_row("quotes, all spans", *scores.prf("quote")))
    print(_row("quotes, speech spans", *scores.prf("speech")))
    print(
        f"  {'speaker accuracy':<22} {scores.speaker_accuracy:5.3f} "
        f"({scores.speaker_ok}/{scores.speaker_total} found quotations)"
    )
    print(_row("check-worthy sentences", *scores.prf("claim")))
    if scores.reanchored:
        print(f"  note: {scores.reanchored} gold spans re-anchored (canonical text drifted)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="builtin")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument(
        "--gold-dir",
        type=Path,
        default=GOLD_DIR,
        metavar="DIR",
        help="folder of gold files (default tests/gold)",
    )
    parser.add_argument("--draft", metavar="PATH", help="print a draft gold file for PATH")
    parser.add_argument(
        "--build",
        nargs=2,
        metavar=("SOURCE", "DIR"),
        help="turn a marked-up source (see gold_markup.py) into articles and gold files",
    )
    args = parser.parse_args()
    if args.build:
        from gold_markup import build

        for path in build(Path(args.build[0]).resolve(), Path(args.build[1]).resolve(), ROOT):
            print(path.relative_to(ROOT))
        return 0
    if args.draft:
        article = load_file(args.draft)
        sys.stdout.write(dump_gold(draft(article, analyze(article, backend=args.backend))))
        return 0
    by_language: dict[str, Scores] = {}
    overall = Scores()
    words = 0
    elapsed = 0.0
    for gold_path in sorted(args.gold_dir.glob("*.json")):
        gold = load_gold(gold_path)
        path = find_article(gold["file"])
        if path is None:
            print(f"  skipped {gold_path.name}: {gold['file']} not found")
            continue
        article = load_file(str(path))
        started = time.perf_counter()
        analysis = analyze(article, backend=args.backend)
        elapsed += time.perf_counter() - started
        words += len(article.text.split())
        scores = score_article(article, analysis, gold)
        if args.errors:
            typed = scores.typed()[2]
            print(
                f"  {gold['file']:<40} {gold['language']}  typed F1 {typed:5.3f}  "
                f"speakers {scores.speaker_ok}/{scores.speaker_total}"
            )
            for line in scores.errors:
                print(f"      {line}")
        by_language.setdefault(gold["language"], Scores()).add(scores)
        overall.add(scores)
    for language, scores in sorted(by_language.items()):
        report(f"language {language}", scores)
    report("overall", overall)
    if elapsed:
        print(f"\n  {words} words analysed in {elapsed:.3f} s ({words / elapsed:,.0f} words/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
