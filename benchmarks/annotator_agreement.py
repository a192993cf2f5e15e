"""How far do two careful annotators agree on who said each quotation, and on which
sentences are check-worthy?

    python benchmarks/annotator_agreement.py [--errors]

A second annotator, blind to the gold and to the analyser, named the speaker of every
quotation of two development batches (``tests/gold_wire27``, ``tests/gold_wire28``) from the
article text and a list of the quotations' offsets, following the writers' convention
(``benchmarks/agreement/INSTRUCTIONS.md``). Their first name for each quotation is scored
against the gold exactly as the analyser's speaker is (``evaluate.speaker_verdict``), so the
figure is the ceiling a speaker target can sensibly ask for. The analyser's figure on the
same quotations is printed beside it (a quotation it does not find counts against it);
these batches are development text it was tuned on afterwards, so it flatters the analyser.

Check-worthiness: a second annotator, blind in the same way, judged every sentence of the same
batches (``benchmarks/agreement/CLAIMS_INSTRUCTIONS.md``; answers with each sentence's offsets
in ``<lang>_claims.tsv``). Their marked sentences are scored against the gold claims exactly as
the analyser's are (``evaluate._score_claims``): precision, recall, and Cohen's kappa on the
sentence labels, so the claims target can be read against what a second person reaches.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality import gold_articles  # noqa: E402

from reader.analysis import analyze  # noqa: E402
from reader.analysis.evaluate import Scores, _score_claims, speaker_verdict  # noqa: E402
from reader.core.model import Claim  # noqa: E402

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


def read_claim_answers(language: str) -> dict[str, list[tuple[int, int, bool]]]:
    """Gold file stem -> the annotator's (start, end, check-worthy) for each sentence."""
    answers: dict[str, list[tuple[int, int, bool]]] = {}
    path = ANSWERS / f"{language}_claims.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        stem, start, end, mark = line.split("\t")
        answers.setdefault(stem, []).append((int(start), int(end), mark.strip() == "1"))
    return answers


def _claim_counts(scores: Scores) -> tuple[int, int, int]:
    return scores.tp["claim"], scores.fp["claim"], scores.fn["claim"]


def _kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two yes/no labellings of the same sentences."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    yes_a = sum(a for a, _ in pairs) / n
    yes_b = sum(b for _, b in pairs) / n
    chance = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= min(a[1] - a[0], b[1] - b[0])


def claim_agreement(language: str) -> tuple[Scores, Scores, float]:
    """(second annotator's scores, analyser's scores, kappa annotator vs gold by sentence)."""
    answers = read_claim_answers(language)
    human, machine = Scores(), Scores()
    pairs: list[tuple[bool, bool]] = []
    for batch in BATCHES:
        for gold, article in gold_articles(ROOT / "tests" / batch):
            if gold["language"] != language or "claims" not in gold:
                continue
            sentences = answers[Path(gold["file"]).stem]
            marked = tuple(Claim(s, e, 1.0, ()) for s, e, yes in sentences if yes)
            _score_claims(article.text, SimpleNamespace(claims=marked), gold, human)
            _score_claims(article.text, analyze(article), gold, machine)
            spans = [(c["start"], c["end"]) for c in gold["claims"]]
            for s, e, yes in sentences:
                pairs.append((yes, any(_overlaps((s, e), g) for g in spans)))
    return human, machine, _kappa(pairs)


def _p_r(scores: Scores) -> str:
    tp, fp, fn = _claim_counts(scores)
    return f"{tp / (tp + fp):5.3f}/{tp / (tp + fn):5.3f}"


def print_claims() -> None:
    print("\n  check-worthy sentences against the gold (precision/recall):")
    print("  lang  second annotator (kappa)   analyser (tuned on these batches)")
    for language in ("en", "es"):
        human, machine, kappa = claim_agreement(language)
        print(f"  {language}    {_p_r(human)} ({kappa:4.2f})      {_p_r(machine)}")


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
    print_claims()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
