"""Fingerprint of the analyser's output: proves a speed change left every result unchanged.

    python benchmarks/analysis_fingerprint.py                # one hash of all results
    python benchmarks/analysis_fingerprint.py --save F       # also store per-article digests
    python benchmarks/analysis_fingerprint.py --check F      # compare with stored digests

Analyses the samples and every development article (the gold files of ``tests/gold`` and
``tests/gold_dev``, and every file in ``tests/gold_dev/articles`` and
``tests/gold_wire*/articles``). The sealed splits (``tests/gold_sealed*``) are never read.
Each digest covers the language, entities, quotations with their speakers and the claims
with their scores and reasons. ``--check`` names the articles whose digest differs and
exits 1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from reader.analysis import analyze  # noqa: E402
from reader.core.model import Analysis, Article  # noqa: E402
from reader.sources import load_file, load_paths  # noqa: E402


def _is_sealed(path: Path) -> bool:
    return any(part.startswith("gold_sealed") for part in path.parts)


def _gold_articles() -> list[str]:
    """Article paths named by the development gold files (sealed folders skipped)."""
    from quality import find_article

    names = []
    for folder in (ROOT / "tests" / "gold", ROOT / "tests" / "gold_dev"):
        for gold in sorted(folder.glob("*.json")):
            found = find_article(json.loads(gold.read_text(encoding="utf-8"))["file"])
            if found is not None:
                names.append(str(found))
    return names


def articles() -> dict[str, Article]:
    """Every development article by a key relative to the repository root."""
    folders = [ROOT / "sample_articles", ROOT / "tests" / "gold_dev" / "articles"]
    folders += sorted((ROOT / "tests").glob("gold_wire*/articles"))
    found: dict[str, Article] = {}
    loaded = [a for a in load_paths([str(f) for f in folders if not _is_sealed(f)])]
    loaded += [load_file(name) for name in _gold_articles()]
    for article in loaded:
        if not isinstance(article, Article) or _is_sealed(Path(article.path)):
            continue
        path, _, index = article.path.partition("#")
        resolved = Path(path).resolve()
        key = str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else resolved.name
        found.setdefault(f"{key}#{index}" if index else key, article)
    return dict(sorted(found.items()))


def digest(analysis: Analysis) -> str:
    """A hash of everything the analysis returns (dataclass reprs are deterministic)."""
    parts = (
        analysis.language,
        analysis.sentences,
        analysis.entities,
        analysis.quotes,
        analysis.claims,
    )
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", metavar="F", help="store per-article digests in F")
    parser.add_argument("--check", metavar="F", help="compare per-article digests with F")
    args = parser.parse_args()
    digests = {key: digest(analyze(article)) for key, article in articles().items()}
    total = hashlib.sha256("\n".join(f"{k} {v}" for k, v in digests.items()).encode())
    print(f"{len(digests)} articles, fingerprint {total.hexdigest()}")
    if args.save:
        Path(args.save).write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
    if args.check:
        saved = json.loads(Path(args.check).read_text(encoding="utf-8"))
        differ = sorted(k for k in saved.keys() | digests.keys() if saved.get(k) != digests.get(k))
        for key in differ:
            print(f"  differs: {key}")
        print("check: identical" if not differ else f"check: {len(differ)} articles differ")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
