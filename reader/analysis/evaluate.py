"""Score the analyser against hand-made gold annotations with exact span matching.

A gold file (``tests/gold/<name>.json``) names its article file (and optionally a
``range`` of the text it covers) and lists entities
(offsets, text, label), quotations (offsets, the first and last characters, accepted
speaker names, ``is_speech``) and check-worthy sentences (offsets and their opening
characters). Short strings stored beside the offsets detect a drift of the canonical
text: a span whose text moved is re-anchored to the nearest occurrence and counted.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.model import Analysis, Article

LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass(slots=True)
class Scores:
    """Counts from which precision, recall and F1 are computed."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    speaker_ok: int = 0
    speaker_exact: int = 0
    speaker_total: int = 0
    reanchored: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)
        self.speaker_ok += other.speaker_ok
        self.speaker_exact += other.speaker_exact
        self.speaker_total += other.speaker_total
        self.reanchored += other.reanchored
        self.errors.extend(other.errors)

    def prf(self, key: str) -> tuple[float, float, float]:
        """Precision, recall and F1 for one counter key."""
        tp, fp, fn = self.tp[key], self.fp[key], self.fn[key]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def typed(self) -> tuple[float, float, float]:
        """Micro-averaged typed entity scores."""
        merged = Scores()
        for label in LABELS:
            merged.tp["all"] += self.tp[label]
            merged.fp["all"] += self.fp[label]
            merged.fn["all"] += self.fn[label]
        return merged.prf("all")

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_total if self.speaker_total else 0.0


def load_gold(path: Path) -> dict[str, Any]:
    """Read one gold file."""
    return json.loads(path.read_text(encoding="utf-8"))


def _anchor(text: str, start: int, end: int, expected: str) -> tuple[int, int, bool]:
    """The span, moved to the nearest occurrence of ``expected`` if the text drifted."""
    if text[start:end] == expected or not expected:
        return start, end, False
    best = None
    for probe in (text.rfind(expected, 0, start + len(expected)), text.find(expected, start)):
        if probe >= 0 and (best is None or abs(probe - start) < abs(best - start)):
            best = probe
    if best is None:
        return start, end, True
    return best, best + len(expected), True


# Determiners name no one: "a dealer", "one dealer" and "another dealer" are the same
# speaker as "dealer" (gold writers list the phrase with or without its determiner).
_DETERMINERS = frozenset(
    ("el", "la", "los", "las", "the", "un", "una", "a", "an", "one", "another", "otro", "otra")
)


def _norm_name(name: str) -> str:
    words = name.lower().replace("’", "'").split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


# A noun phrase keeps its referent when it gains a prepositional complement ("portavoz" /
# "portavoz de la asociación", "spokeswoman" / "spokeswoman for Kalova") or, for a common
# noun, a modifier before it ("spokeswoman" / "Clydelink spokeswoman"). Gold writers list
# an anonymous speaker as "the noun phrase and its head noun", cut at different places.
_COMPLEMENT_WORDS = frozenset(
    ("de", "del", "en", "para", "con", "of", "for", "at", "in", "from", "on", "with")
)


def _same_speaker(got: str, accepted: list[str]) -> bool:
    """Whether a predicted name names the speaker the gold accepts (see _COMPLEMENT_WORDS)."""
    for original in accepted:
        name = _norm_name(original)
        if got == name:
            return True
        rest = got[len(name) + 1 :].split() if got.startswith(name + " ") else []
        if name and rest and rest[0] in _COMPLEMENT_WORDS:
            return True
        if name and original == original.lower() and got.endswith(" " + name):
            return True
    return False


def speaker_verdict(name: str | None, accepted: list[str]) -> tuple[bool, bool]:
    """(accepted, accepted by exact name) for a predicted speaker name; no name is right
    only where the gold names no one (speech with no speaker given)."""
    got = _norm_name(name) if name else ""
    exact = got in {_norm_name(n) for n in accepted} or not (accepted or got)
    return exact or (bool(got) and _same_speaker(got, accepted)), exact


def score_article(article: Article, analysis: Analysis, gold: dict[str, Any]) -> Scores:
    """Compare one analysis with its gold annotations."""
    scores = Scores()
    text = article.text
    gold_entities: set[tuple[int, int, str]] = set()
    for item in gold.get("entities", []):
        start, end, moved = _anchor(text, item["start"], item["end"], item["text"])
        scores.reanchored += moved
        gold_entities.add((start, end, item["label"]))
    low, high = gold.get("range", (0, len(text)))
    predicted = {(e.start, e.end, e.label) for e in analysis.entities if low <= e.start < high}
    for label in LABELS:
        g = {s for s in gold_entities if s[2] == label}
        p = {s for s in predicted if s[2] == label}
        scores.tp[label] += len(g & p)
        scores.fp[label] += len(p - g)
        scores.fn[label] += len(g - p)
    g_spans = {(s, e) for s, e, _ in gold_entities}
    p_spans = {(s, e) for s, e, _ in predicted}
    scores.tp["span"] += len(g_spans & p_spans)
    scores.fp["span"] += len(p_spans - g_spans)
    scores.fn["span"] += len(g_spans - p_spans)
    for start, end, label in sorted(predicted - gold_entities):
        scores.errors.append(f"FP {label} {text[start:end]!r}")
    for start, end, label in sorted(gold_entities - predicted):
        scores.errors.append(f"FN {label} {text[start:end]!r}")
    _score_quotes(text, analysis, gold, scores)
    _score_claims(text, analysis, gold, scores)
    return scores


def _score_quotes(text: str, analysis: Analysis, gold: dict[str, Any], scores: Scores) -> None:
    low, high = gold.get("range", (0, len(text)))
    quotes = [q for q in analysis.quotes if low <= q.start < high]
    found = {(q.start, q.end): q for q in quotes}
    speech = {(q.start, q.end) for q in quotes if q.is_speech}
    gold_speech: set[tuple[int, int]] = set()
    gold_all: set[tuple[int, int]] = set()
    for item in gold.get("quotes", []):
        start, end = item["start"], item["end"]
        if text[start : start + len(item["head"])] != item["head"]:
            start, _, _ = _anchor(text, start, start + len(item["head"]), item["head"])
            end = start + (item["end"] - item["start"])
            scores.reanchored += 1
        gold_all.add((start, end))
        if item.get("is_speech", True):
            gold_speech.add((start, end))
        quote = found.get((start, end))
        accepted = item.get("speaker") or []
        if quote is not None:
            scores.speaker_total += 1
            got = _norm_name(quote.speaker.name) if quote.speaker else ""
            ok, exact = speaker_verdict(got, accepted)
            scores.speaker_exact += exact
            scores.speaker_ok += ok
            names = [_norm_name(n) for n in accepted]
            if not ok:
                scores.errors.append(f"SPEAKER {item['head']!r}: {got!r} not in {names}")
            elif not exact:
                scores.errors.append(f"SPEAKER-HEAD {item['head']!r}: {got!r} ~ {names}")
    for key, g, p in (("quote", gold_all, set(found)), ("speech", gold_speech, speech)):
        scores.tp[key] += len(g & p)
        scores.fp[key] += len(p - g)
        scores.fn[key] += len(g - p)
    for start, _end in sorted(gold_all - set(found)):
        scores.errors.append(f"QUOTE-FN {text[start : start + 30]!r}")
    for start, _end in sorted(set(found) - gold_all):
        scores.errors.append(f"QUOTE-FP {text[start : start + 30]!r}")


def _score_claims(text: str, analysis: Analysis, gold: dict[str, Any], scores: Scores) -> None:
    """Candidates match gold sentences by overlap of at least half the shorter span."""
    if "claims" not in gold:
        return  # a partial (held-out) gold file without sentence annotations
    gold_spans = []
    for item in gold.get("claims", []):
        start, end = item["start"], item["end"]
        if text[start : start + len(item["head"])] != item["head"]:
            start, _, _ = _anchor(text, start, start + len(item["head"]), item["head"])
            end = start + (item["end"] - item["start"])
        gold_spans.append((start, end))
    predicted = [(c.start, c.end) for c in analysis.claims]

    def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
        inter = min(a[1], b[1]) - max(a[0], b[0])
        return inter > 0 and inter * 2 >= min(a[1] - a[0], b[1] - b[0])

    hit_gold = [g for g in gold_spans if any(overlaps(g, p) for p in predicted)]
    hit_pred = [p for p in predicted if any(overlaps(g, p) for g in gold_spans)]
    scores.tp["claim"] += len(hit_gold)
    scores.fn["claim"] += len(gold_spans) - len(hit_gold)
    scores.fp["claim"] += len(predicted) - len(hit_pred)
    for g in gold_spans:
        if g not in hit_gold:
            scores.errors.append(f"CLAIM-FN {text[g[0] : g[0] + 40]!r}")
    for c in analysis.claims:
        if (c.start, c.end) not in hit_pred:
            scores.errors.append(f"CLAIM-FP {text[c.start : c.start + 60]!r} {c.reasons}")


def draft(article: Article, analysis: Analysis) -> dict[str, Any]:
    """A gold file pre-filled from the analyser, to be corrected by hand."""
    text = article.text
    return {
        "file": Path(article.path).name,
        "language": analysis.language,
        "entities": [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label}
            for e in analysis.entities
        ],
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "head": text[q.start : q.start + 20],
                "speaker": [q.speaker.name] if q.speaker else None,
                "is_speech": q.is_speech,
            }
            for q in analysis.quotes
        ],
        "claims": [
            {"start": c.start, "end": c.end, "head": text[c.start : c.start + 30]}
            for c in analysis.claims
        ],
    }


def dump_gold(data: dict[str, Any]) -> str:
    """JSON with one annotation per line, easy to review and edit by hand."""
    lines = ["{"]
    keys = list(data)
    for index, key in enumerate(keys):
        comma = "," if index < len(keys) - 1 else ""
        value = data[key]
        if isinstance(value, list):
            lines.append(f"  {json.dumps(key)}: [")
            items = [json.dumps(v, ensure_ascii=False) for v in value]
            lines.extend(
                f"    {item}{',' if i < len(items) - 1 else ''}" for i, item in enumerate(items)
            )
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"
