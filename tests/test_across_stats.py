"""The annotation counts kept between looks (``reader.across.stats.AnnotationCounter``):
always equal to a fresh count, whatever changed, in this process or another."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

from reader.across.stats import AnnotationCounter, annotation_stats
from reader.core.model import Article
from reader.core.text import compose
from reader.store import AnnotationStore, new_record
from reader.tui.screens.annotations import stored_documents

VALUES = [None, "", "false", "true", 0, "x", "unrated"]


def random_record(rng: random.Random, n: int) -> dict[str, Any]:
    record: dict[str, Any] = {"id": f"r{n}"}
    for field, choices in (("verdict", VALUES), ("claimant", [*VALUES, "Ana", "Luis"]),
                           ("tags", [None, [], ["a"], ["a", "b"], [1, "1"], "odd"]),
                           ("created", [None, "", "2026-03-01T10:00", "2026-03-09",
                                        "2025-12-30", "bad", 5])):
        if rng.random() < 0.9:
            record[field] = rng.choice(choices)
    return record


def test_counts_follow_every_kind_of_change_and_equal_a_fresh_count() -> None:
    rng = random.Random(8)
    counter = AnnotationCounter()
    counter.FULL_RECOUNT = 40
    documents = {f"r{n}": random_record(rng, n) for n in range(300)}
    fulls = []
    assert counter.count(documents, lambda: fulls.append(1)) == annotation_stats(
        documents.values())
    assert fulls == [1]  # the first count counts everything
    for _step in range(200):
        documents = dict(documents)  # the store hands out a new mapping on every change
        for _ in range(rng.choice([1, 1, 2, 5, 60])):
            n = rng.randrange(400)
            if rng.random() < 0.3:
                documents.pop(f"r{n}", None)  # delete
            else:
                documents[f"r{n}"] = random_record(rng, n)  # save, edit, undo
        counted = counter.count(documents, lambda: fulls.append(2))
        fresh = annotation_stats(documents.values())
        assert counted == fresh
        assert list(counted["by_claimant"]) == list(fresh["by_claimant"])  # same order
    assert 1 < len(fulls) < 100  # many changes at once: counted again from scratch


def test_the_same_mapping_again_is_not_counted_again() -> None:
    documents = {"a": {"verdict": "false"}}
    counter = AnnotationCounter()
    first = counter.count(documents)
    assert counter.count(documents, lambda: (_ for _ in ()).throw(AssertionError)) is first
    assert first["by_verdict"] == {"false": 1}


def test_a_removed_record_with_an_added_one_in_its_place_is_seen() -> None:
    counter = AnnotationCounter()
    counter.count({"a": {"verdict": "false"}, "b": {"verdict": "true"}})
    counts = counter.count({"a": {"verdict": "false"}, "c": {"verdict": "misleading"}})
    assert counts["by_verdict"] == {"false": 1, "misleading": 1}


def record_for(n: int, verdict: str) -> dict[str, Any]:
    text, blocks = compose([("paragraph", f"Dijo que la cifra {n} era cierta del todo.", 0)])
    article = Article(f"a{n}.txt", f"Article {n}", text, blocks, source="s", date="2026-03-01")
    return new_record(article, 0, 10, claim=text[:20], claimant="Ana", verdict=verdict,
                      tags=["t"])


def test_saves_edits_deletes_and_another_process_change_the_counts(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    counter = AnnotationCounter()
    with AnnotationStore(path) as store:
        first = store.add(record_for(1, "false"))
        assert counter.count(stored_documents(store))["by_verdict"] == {"false": 1}
        one = first["article"]["id"]
        assert store.counts_by_article() == {one: 1}
        two = store.add(record_for(2, "true"))["article"]["id"]  # a save
        assert store.counts_by_article() == {one: 1, two: 1}
        assert counter.count(stored_documents(store))["by_verdict"] == {"false": 1, "true": 1}
        store.update(first["id"], verdict="misleading")  # an edit (or an undo)
        assert counter.count(stored_documents(store))["by_verdict"] == {
            "misleading": 1, "true": 1}
        store.delete(first["id"])  # a delete
        assert counter.count(stored_documents(store))["by_verdict"] == {"true": 1}
        assert store.counts_by_article() == {two: 1}
        code = ("import sys; sys.path.insert(0, sys.argv[2]);"
                "from test_across_stats import record_for;"
                "from reader.store import AnnotationStore;"
                "s = AnnotationStore(sys.argv[1]); s.add(record_for(3, 'false')); s.close()")
        subprocess.run([sys.executable, "-c", code, str(path), str(Path(__file__).parent)],
                       check=True)
        counts = counter.count(stored_documents(store))
        assert counts["by_verdict"] == {"false": 1, "true": 1}  # another process's save
        assert counts == annotation_stats(store.all())
        three = record_for(3, "false")["article"]["id"]
        assert store.counts_by_article() == {two: 1, three: 1}
        store.counts_by_article().clear()  # the caller's copy
        assert store.counts_by_article() == {two: 1, three: 1}


def test_order_cache_keeps_an_order_for_the_same_mapping_only() -> None:
    from reader.across.annotation_list import Listing, OrderCache

    rng = random.Random(4)
    documents = {f"r{n}": random_record(rng, n) for n in range(500)}
    cache = OrderCache()
    records = cache.records(documents)
    assert cache.cached(records, "date", True) is None
    order = cache.order(documents, "date", True)
    assert order == Listing(records).sort(list(range(500)), "date", True)
    assert cache.order(documents, "date", True) is order  # the same mapping: kept
    assert cache.cached(records, "claim", False) is None  # another column: not yet
    changed = dict(documents)  # a save: the store hands out a new mapping
    changed["new"] = {"id": "new", "created": "2099-01-01"}
    assert cache.cached(cache.records(changed), "date", True) is None
    newest = cache.order(changed, "date", True)
    now = cache.records(changed)
    assert newest == Listing(now).sort(list(range(501)), "date", True)
    assert "new" in [now[i].get("id") for i in newest]
    cache.keep(records, "date", False, [0])  # an order of the old records: not kept
    assert cache.cached(cache.records(changed), "date", False) is None


def test_order_cache_keeps_no_order_that_depends_on_the_library() -> None:
    """An anchor's status reads 'gone' when its article left the library, which the
    records alone do not tell: that order is sorted each time, never kept."""
    from reader.across.annotation_list import OrderCache

    cache = OrderCache()
    records = cache.records({"a": {"id": "a"}})
    cache.keep(records, "status", False, [0])
    cache.keep(records, "claim", False, [0])
    assert cache.cached(records, "status", False) is None
    assert cache.cached(records, "claim", False) == [0]


def test_claims_follow_a_new_store_mapping_and_skip_the_one_followed() -> None:
    """``follow_store`` compares every record only when the store handed out a new
    mapping since (a save here or in another copy), never for the one followed last."""
    from reader.tui.across_link import AcrossLink

    link = AcrossLink("memory:follow")
    first = {"r1": record_for(1, "false")}
    link.load_claims(list(first.values()), first)
    assert link.follow_store(list(first.values()), first) is False
    added = {**first, "r2": record_for(2, "true")}
    assert link.follow_store(list(added.values()), added) is True  # another copy saved
    assert link.follow_store(list(added.values()), added) is False
    assert link.follow_store([], added) is False  # the same mapping: not even looked at
    assert link.follow_store([], None) is True  # no mapping given: compared, one is gone
