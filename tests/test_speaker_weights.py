"""The speaker arbiter's fitter (``benchmarks/fit_speaker_weights.py``): a conditional logit
over each quotation's candidates that learns which features mark the right speaker."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fitter():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "fit_speaker_weights", ROOT / "benchmarks" / "fit_speaker_weights.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fit_speaker_weights", module)
    spec.loader.exec_module(module)
    return module


def _item(fitter, folder: str, right: str, cascade: str):  # type: ignore[no-untyped-def]
    """A quotation with three candidates: a tag after it, a name before it, nobody."""
    candidates = {
        "ana ruiz": frozenset({"src:after", "kind:PER"}),
        "the council": frozenset({"src:entity-ORG", "kind:ORG"}),
        "": frozenset({"none"}),
    }
    candidates = {
        name: feats | {"cascade"} if name == cascade else feats
        for name, feats in candidates.items()
    }
    labels = {name: name == right for name in candidates}
    gold = [right] if right else []
    return fitter.Item(folder, "en", '"We will"', gold, cascade, candidates, labels)


def test_the_arbiter_learns_that_a_tag_beats_a_nearby_organisation() -> None:
    fitter = _fitter()
    items = [_item(fitter, "a", "ana ruiz", "ana ruiz")] * 30
    items += [_item(fitter, "b", "ana ruiz", "the council")] * 10
    items += [_item(fitter, "c", "the council", "the council")] * 3
    weights = fitter.fit(items, 1.0)
    assert weights["src:after"] > weights["src:entity-ORG"]
    held = _item(fitter, "d", "ana ruiz", "the council")
    assert fitter.choose(held.candidates, weights, held.cascade) == "ana ruiz"


def test_a_tie_keeps_the_cascade_choice_and_a_quotation_nobody_gets_right_is_left_out() -> None:
    fitter = _fitter()
    same = {"mr lee": frozenset({"kind:PER"}), "ms kato": frozenset({"kind:PER"})}
    assert fitter.choose(same, {"kind:PER": 0.5}, "ms kato") == "ms kato"
    hopeless = _item(fitter, "a", "someone else", "ana ruiz")
    assert fitter._patterns([hopeless]) == []


def test_blind_items_lose_every_feature_that_knows_the_cascade() -> None:
    fitter = _fitter()
    item = _item(fitter, "a", "ana ruiz", "the council")
    blind = fitter.blind(item)
    assert all(not f.startswith("cascade") for feats in blind.candidates.values() for f in feats)
    assert blind.labels == item.labels
