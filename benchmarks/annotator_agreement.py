"""How far do two careful annotators agree on who said each quotation?

    python benchmarks/annotator_agreement.py [--errors]

A second annotator, blind to the gold and to the analyser, named the speaker of every
quotation of two development batches (``tests/gold_wire27``, ``tests/gold_wire28``) from the
article text and a list of the quotations' offsets, following the writers' convention
(``benchmarks/agreement/INSTRUCTIONS.md``). Their first name for each quotation is scored
against the gold exactly as the analyser's speaker is (``evaluate.speaker_verdict``), so the
figure is the ceiling a speaker target can sensibly ask for. The analyser's figure on the
same quotations is printed beside it (a quotation it does not find counts against it);
these batches are development text it was tuned on afterwards, so it flatters the analyser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality import gold_articles  # noqa: E402

from reader.analysis import analyze  # noqa: E402
from reader.analysis.evaluate import speaker_verdict  # noqa: E402

BATCHES = ("gold_wire27", "gold_wire28")
ANSWERS = ROOT / "benchmarks" / "agreement"


def read_answers(language: str) -> dict[tuple[str, int], str]:
    """(gold file stem, quotation number from 1) -> the annotator's names field."""
    answers = {}
    for line in (ANSWERS / f"{language}_answers.tsv").read_text(encoding="utf-8").splitlines():
        stem, number, names = (line.split("\t") + ["", ""])[:3]
        if number.startswith("Q"):
            answers[(stem, int(number[1:]))] = names.strip()
    return answers


def first_name(field: str) -> str | None:
    """``?`` (speech with no speaker given) and ``-`` (not speech) name no one."""
    return None if field in ("?", "-", "") else field.split("/")[0].strip()


def agreement(language: str, errors: bool) -> tuple[int, int, int]:
    """(human agrees, analyser agrees, quotations) over the language's gold of BATCHES."""
    answers = read_answers(language)
    human = machine = total = 0
    for batch in BATCHES:
        for gold, article in gold_articles(ROOT / "tests" / batch):
            if gold["language"] != language:
                continue
            stem = Path(gold["file"]).stem
            found = {(q.start, q.end): q for q in analyze(article).quotes}
            for number, item in enumerate(gold.get("quotes", []), 1):
                accepted = item.get("speaker") or []
                field = answers.get((stem, number), "")
                ok = speaker_verdict(first_name(field), accepted)[0]
                quote = found.get((item["start"], item["end"]))
                said = quote.speaker.name if quote and quote.speaker else None
                human += ok
                machine += bool(quote) and speaker_verdict(said, accepted)[0]
                total += 1
                if errors and not ok:
                    print(f"    {stem} Q{number} {item['head']!r}: {field!r} not {accepted}")
    return human, machine, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    print("  lang  quotations  second annotator   analyser (tuned on these batches)")
    for language in ("en", "es"):
        human, machine, total = agreement(language, args.errors)
        print(
            f"  {language}    {total:>10}  {human / total:5.3f} ({human}/{total})"
            f"    {machine / total:5.3f} ({machine}/{total})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
