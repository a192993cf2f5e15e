"""Speed of re-anchoring one annotation after its article changed, by quotation length.

For quotations of 150, 2,000, 68,000 and 206,000 characters in an article about twice as
long, prints the time (best of ``--repeat``) of ``anchor`` in four cases: the article
unchanged (``exact``), a paragraph added above (``moved``), one word changed inside the
quotation and a paragraph added above (``fuzzy``), and the quotation's words gone
(``orphan``). It also prints the status found, so a speed-up that changes the answer shows.
Issue (attack round 6): a 68,000-character annotation took 4.7 s, one of 206,000 28–44 s,
all of it under the store's lock.

Run: ``python benchmarks/anchor_speed.py [--repeat N] [--max-length N]``.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from reader.store.anchoring import anchor
from reader.store.records import make_target

LENGTHS = (150, 2_000, 68_000, 206_000)
_WORDS = (Path(__file__).with_name("library_words.txt").read_text(encoding="utf-8").split())


def _text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(_WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length]


def _cases(length: int) -> dict[str, tuple[dict, str]]:
    """The four changed articles for a quotation of ``length`` characters."""
    rng = random.Random(length)
    before, quote, after = _text(rng, length // 2), _text(rng, length), _text(rng, length // 2)
    text = f"{before} {quote} {after}"
    start = len(before) + 1
    target = make_target(text, start, start + len(quote))
    added = "Un párrafo nuevo al principio del artículo.\n\n"
    middle = start + len(quote) // 2
    edited = text[:middle] + " CAMBIO " + text[middle + 5:]
    gone = f"{before} {_text(random.Random(-length), length)} {after}"
    return {"exact": (target, text), "moved": (target, added + text),
            "fuzzy": (target, added + edited), "orphan": (target, gone)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-length", type=int, default=max(LENGTHS))
    args = parser.parse_args()
    print(f"{'quote chars':>12} {'case':>7} {'status':>7} {'seconds':>9}")
    for length in (n for n in LENGTHS if n <= args.max_length):
        for case, (target, text) in _cases(length).items():
            best = float("inf")
            status = ""
            for _ in range(args.repeat):
                began = time.perf_counter()
                status = anchor(target, text).status
                best = min(best, time.perf_counter() - began)
            print(f"{length:>12,} {case:>7} {status:>7} {best:>9.3f}", flush=True)


if __name__ == "__main__":
    main()
