"""Does analysis stay linear on pathological text? (issue 5's hostile input, issue 10's speed)

Each unit is repeated n and 4n times and analysed once; a linear stage takes about four times
as long on the longer text, a quadratic one sixteen. Units are the shapes that once made a
stage quadratic (a connector chain joined word by word, a run of title words re-read from
every word, a phrase re-counted over the whole text per word, quoted titles checked against
every entity, a run of "!!!!", one long word "A0A0…"), then documents that name new people
as they go (a trial transcript, a raya interview, a list of Johns, acronyms never spelt
out: each once asked every earlier person or body per quotation). Prints the two times and
the ratio, flagging a ratio above 8.

``--scan`` hunts for new shapes instead: every printable character (and a few pairs with a
letter) repeated to ``--kb`` kilobytes, in both languages; a shape slower than 0.3 s is
timed again at four times the size and printed when the ratio is above 8. The two
shapes of single characters fixed on 2026-12-07 were found this way in a minute.

    python benchmarks/hostile_scaling.py [--n 2000]
    python benchmarks/hostile_scaling.py --scan [--kb 10]   # about a minute
"""

from __future__ import annotations

import argparse
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis import analyze  # noqa: E402
from reader.core.model import Article  # noqa: E402
from reader.core.text import compose  # noqa: E402

UNITS = (
    ("es", "Fuentes de "),
    ("es", "Juan Pérez y "),
    ("es", "«Sí», dijo él. "),
    ("es", "—No —dijo Ruiz—. "),
    ("es", "María de los Ángeles "),
    ("es", "ACME SA y CCOO, "),
    ("en", '"Yes," said Smith of '),
    ("en", '"A" "B" '),
    ("en", "U.S. "),
    ("en", "I "),
    ("en", "Mr. President Secretary General "),
    ("en", "Hon. Judge X of the Court for the "),
    ("en", "Smith said. Jones said. "),
    ("en", "!"),
    ("en", "A0"),
    ("en", "“Yes said Smith "),
    ("en", "LONDON (Reuters) - "),
    ("es", "—Sí —dijo Ruiz— y "),
)
# Shapes that need paragraphs: each unit is a run of blocks (a raya press conference).
BLOCK_UNITS = (
    ("es", ("—¿Y el tren? —preguntó Ana Ruiz, de Radio Bierzo.", "—Pronto.", "—¿Y eso?", "—No.")),
)
# Documents that name new people as they go ({n}: a different made-up name per unit).
DOCUMENTS = {
    "trial transcript": ("es", (
        "La fiscal, Elena {n}ra, interrogó al acusado, Pablo {n}ez.",
        "—¿Firmó usted? —preguntó la fiscal.", "—No todas —respondió el acusado.",
    )),
    "raya, untagged answers": ("es", (
        "Ana {n}ez habló con Luis {n}az en Soria.", "—¿Qué pasó?", "—Nada, de verdad.",
    )),
    "many Johns": ("en", ("John {n}son {n}ley testified.", "John {n}ton did too; {n}ley saw.")),
    "acronyms never spelt out": ("en", (
        'The {n} Workers Union said jobs would go. "We regret it," the Q{N}X said.',
    )),
}
_SCAN_CHARS = string.printable.strip() + "«»“”„‚‘’‹›—–…¿¡°%€·•‐′″ñÁé中😀\u0301\u200d\u202e"
_SCAN_SHAPES = ("{c}", "A{c}", "{c}Aa", "Ab{c} ", "{c} ")


def _seconds(language: str, text: str | tuple[str, ...]) -> float:
    paragraphs = [text] if isinstance(text, str) else text
    canonical, blocks = compose([("paragraph", p, 0) for p in paragraphs])
    article = Article(path="scaling.txt", title="t", text=canonical, blocks=blocks)
    started = time.perf_counter()
    analyze(article, language=language)
    return time.perf_counter() - started


def scan(kb: int) -> int:
    """Time every character in every shape; print the slow ones and their 4x ratio."""
    size, flagged = kb * 1000, 0
    for shape in _SCAN_SHAPES:
        for char in _SCAN_CHARS:
            unit = shape.format(c=char)
            for language in ("en", "es"):
                short = _seconds(language, unit * (size // len(unit)))
                if short < 0.3:
                    continue
                long = _seconds(language, unit * (4 * size // len(unit)))
                if long / short > 8:  # slow but linear shapes (one name per unit) stay quiet
                    flagged += 1
                    print(f"{unit!r:12} {language} {kb} KB: {short:6.2f} s  {4 * kb} KB:"
                          f" {long:6.2f} s  ratio {long / short:5.1f}  <- superlinear", flush=True)
    print(f"{flagged} superlinear shapes ({len(_SCAN_SHAPES) * len(_SCAN_CHARS) * 2} tried)")
    return 0


def _unit(lines: tuple[str, ...], index: int) -> list[str]:
    name = "".join(chr(98 + int(d)) for d in str(index)).capitalize()
    return [line.format(n=name, N=name.upper()) for line in lines]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="repetitions of the short text")
    parser.add_argument("--scan", action="store_true", help="hunt for new slow shapes")
    parser.add_argument("--kb", type=int, default=10, help="size of each --scan text")
    args = parser.parse_args()
    if args.scan:
        return scan(args.kb)
    worst = 0.0
    for language, unit in UNITS + BLOCK_UNITS:
        count = args.n if isinstance(unit, str) else args.n // 4
        short, long = _seconds(language, unit * count), _seconds(language, unit * 4 * count)
        ratio = long / max(short, 1e-3)
        worst = max(worst, ratio)
        flag = "  <- superlinear" if ratio > 8 and long > 0.5 else ""
        print(f"{str(unit)[:38]!r:40} ×{count}: {short:6.2f} s  ×{4 * count}: {long:6.2f} s"
              f"  ratio {ratio:5.1f}{flag}")
    for name, (language, lines) in DOCUMENTS.items():
        units = [_unit(lines, i) for i in range(args.n)]
        short = _seconds(language, tuple(p for unit in units[: args.n // 4] for p in unit))
        long = _seconds(language, tuple(p for unit in units for p in unit))
        worst = max(worst, long / max(short, 1e-3))
        print(f"{name!r:40} ×{args.n // 4}: {short:6.2f} s  ×{args.n}: {long:6.2f} s"
              f"  ratio {long / max(short, 1e-3):5.1f}")
    print(f"worst ratio {worst:.1f} (linear ≈ 4, quadratic ≈ 16)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
