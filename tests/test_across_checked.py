"""Checked candidates (``reader.across.checked``): the passages of other articles matching
an annotated claim, found from the record and from the passage, kept in the index file
and brought up to date incrementally."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_across_core import QUOTE, analysis_for, put

from reader.across import AcrossIndex, ClaimMatcher
from reader.across.checked import CheckedLinks, record_digest

OTHER = "El Gobierno recortará un diez por ciento el gasto en defensa el próximo año"


def record(record_id: str, article: str, claim: str, verdict: str = "false") -> dict[str, Any]:
    return {"id": record_id, "claim": claim, "verdict": verdict, "created": "2026-03-03",
            "article": {"id": article, "title": f"Title {article}"},
            "target": {"quote": {"exact": claim}}}


def test_record_direction_counts_other_articles_only() -> None:
    with AcrossIndex(":memory:") as index:
        put(index, "a", QUOTE, "2026-03-01")
        put(index, "b", QUOTE.replace("aceptar", "tolerar"), "2026-03-02", source="Daily")
        put(index, "c", OTHER, "2026-03-02")
        links = CheckedLinks(index)
        links.put_record(record("r1", "a", QUOTE))
        # Each article is a quotation and the sentence around it: two passages, both marked
        # in the article view, both counted.
        assert links.counts() == {"b": 2}
        assert links.linked("b") == 2 and links.linked("a") == 0
        asked: list[str] = []  # the counts walk the few links, not every passage
        index.connection().set_trace_callback(asked.append)
        links.counts()
        index.connection().set_trace_callback(None)
        plan = str(index.connection().execute("EXPLAIN QUERY PLAN " + asked[-1]).fetchall())
        assert "SCAN l" in plan and "SCAN p" not in plan
        links.put_record(record("r1", "a", OTHER))  # edited: now matches c, not b
        assert links.counts() == {"c": 2}
        links.drop_record("r1")
        assert links.counts() == {}


def test_article_direction_and_reindexing() -> None:
    with AcrossIndex(":memory:") as index:
        links = CheckedLinks(index)
        matcher = ClaimMatcher([record("r1", "a", QUOTE)])
        put(index, "b", QUOTE, "2026-03-02")
        links.put_article("b", matcher)
        assert links.counts() == {"b": 2}
        put(index, "b", OTHER, "2026-03-03")  # its text changed: re-indexed
        assert links.counts() == {}  # the old passage's links went with it
        links.put_article("b", matcher)
        assert links.counts() == {}


def test_sync_is_incremental_and_persistent(tmp_path: Path) -> None:
    path = tmp_path / "across.sqlite"
    records = {"r1": record("r1", "a", QUOTE)}
    with AcrossIndex(path) as index:
        put(index, "a", QUOTE, "2026-03-01")
        put(index, "b", QUOTE, "2026-03-02")
        links = CheckedLinks(index)
        # One step to compare the digests, one to link the new record.
        assert sum(1 for _ in links.sync(records, ClaimMatcher(records.values()))) == 2
        assert links.counts() == {"b": 2}
    with AcrossIndex(path) as index:  # a later start: only what changed is done
        put(index, "c", QUOTE, "2026-03-04")  # indexed by another process meanwhile
        links = CheckedLinks(index)
        steps = list(links.sync(records, ClaimMatcher(records.values())))
        assert len(steps) == 2  # digests, then the new passages: no record looked up again
        assert links.counts() == {"b": 2, "c": 2}
        assert list(links.sync(records, ClaimMatcher(records.values()))) == [None]  # digests
        assert list(links.sync({}, ClaimMatcher())) == [None]  # the record was deleted
        assert links.counts() == {}


def test_digest_follows_the_texts_and_the_article() -> None:
    base = record("r1", "a", QUOTE)
    assert record_digest(base) == record_digest(dict(base, verdict="true", note="x"))
    assert record_digest(base) != record_digest(record("r1", "b", QUOTE))
    assert record_digest(base) != record_digest(record("r1", "a", OTHER))


def test_articles_per_source_day_kept_on_indexing_and_removal() -> None:
    from reader.across.views import articles_per_source_day

    with AcrossIndex(":memory:") as index:
        put(index, "a", QUOTE, "2026-03-01")
        put(index, "b", OTHER, "2026-03-01")
        put(index, "c", OTHER, "sin fecha", source="Daily")
        assert articles_per_source_day(index) == {"Wire": {"2026-03-01": 2}}
        put(index, "b", OTHER, "2026-03-02")  # re-indexed with another date
        assert articles_per_source_day(index) == {"Wire": {"2026-03-01": 1, "2026-03-02": 1}}
        index.remove_article("a")
        assert articles_per_source_day(index) == {"Wire": {"2026-03-02": 1}}


def test_batches_longer_than_a_chunk_index_everything(tmp_path: Path) -> None:
    from reader.across.index import CHUNK
    from reader.across.views import speakers

    with AcrossIndex(tmp_path / "across.sqlite") as index:
        items = []
        tail = "uno{n} dos{n} tres{n} cuatro{n} cinco{n}"
        for n in range(CHUNK * 2 + 3):
            quote = f"{QUOTE} {tail.format(n=n)}"
            text = f"Ana Ruiz dijo: «{quote}»."
            items.append((f"a{n}", f"T{n}", "Wire", "2026-03-01", text,
                          analysis_for(text, quote), ""))
        assert index.index_many(items) == CHUNK * 2 + 3
        assert index.stats() == {"articles": CHUNK * 2 + 3, "passages": 2 * (CHUNK * 2 + 3)}
        (person,) = speakers(index)
        assert (person.quotes, person.articles) == (CHUNK * 2 + 3, CHUNK * 2 + 3)
        for n in (0, CHUNK + 1, CHUNK * 2 + 2):  # every chunk's passages are found
            found = index.lookup(f"{QUOTE} {tail.format(n=n)}")
            assert f"a{n}" in [m.article.id for m in found]


def test_shingle_hashes_are_the_same_in_every_process() -> None:
    import os
    import subprocess
    import sys

    code = ("from reader.across.shingles import shingle_hashes;"
            "print(shingle_hashes(['ninguna', 'familia', 'pagará', 'más']))")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
               for seed in ("1", "2", "random")}
    assert len(outputs) == 1 and "[" in outputs.pop()


def test_fast_fingerprints_equal_the_word_by_word_ones() -> None:
    import random

    from reader.across.index_rows import fingerprints, passage_fingerprints
    from reader.across.normalise import words

    rng = random.Random(5)
    alphabet = "aZ9_-'’.,ñÉß İ ﬁ 3,5 1.000 x²½ Ⅷ ٣ «»"
    texts = [QUOTE, OTHER, "It's 3,5 % — «Don’t» ÉSTE_año", "tres", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
              for _ in range(3000)]
    for text in texts:
        found = words(text)
        expected = fingerprints(found) if len(found) >= 4 else None
        assert passage_fingerprints(text) == expected, text


def test_annotation_stats_fast_count_equals_the_slow_one() -> None:
    import random
    from collections import Counter

    from reader.across.stats import _slow_counts, annotation_stats, iso_week

    rng = random.Random(3)
    values = [None, "", "false", "true", 0, 1, "x", "unrated"]
    records: list[dict[str, Any]] = []
    for _ in range(2000):
        record: dict[str, Any] = {}
        for field, choices in (("verdict", values), ("claimant", [*values, "Ana"]),
                               ("tags", [None, [], ["a"], ["a", "b"], [1, "1"]]),
                               ("created", [None, "", "2026-03-01T10:00", "2026-03-09",
                                            "bad", 5])):
            if rng.random() < 0.9:
                record[field] = rng.choice(choices)
        records.append(record)
    for sample in (records, [*records, {"verdict": ["odd"], "tags": "ab"}]):
        verdicts, claimants, tags, days = _slow_counts(sample)
        weeks: Counter[str] = Counter()
        for day, count in days.items():
            if iso_week(day):
                weeks[iso_week(day)] += count
        fast = annotation_stats(sample)
        assert fast["by_verdict"] == dict(verdicts.most_common())
        assert fast["by_claimant"] == dict(claimants.most_common())
        assert fast["by_tag"] == dict(tags.most_common())
        assert fast["per_week"] == dict(sorted(weeks.items()))
    assert annotation_stats([{"tags": "ab"}])["by_tag"] == {"ab": 1}


def test_listing_first_page_and_sorting_in_runs_equal_one_sort(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import random

    from reader.across import annotation_list as listing

    monkeypatch.setattr(listing, "SORT_RUN", 7)
    rng = random.Random(9)
    records = [{"id": f"r{n}", "created": f"2026-03-{rng.randint(1, 9):02d}",
                "claim": rng.choice(["b", "A", "a", "Ä", ""]), "verdict": "false"}
               for n in range(60)]
    items = listing.Listing(records)
    chosen = items.select("")
    pauses = []
    for column in ("date", "claim", "article"):
        for reverse in (False, True):
            whole = items.sort(chosen, column, reverse)
            assert items.sort(chosen, column, reverse, pause=lambda: pauses.append(1)) == whole
            assert items.first(chosen, column, reverse, 10) == whole[:10]
    assert pauses


def test_odd_records_are_never_linked_and_never_stop_the_others() -> None:
    with AcrossIndex(":memory:") as index:
        put(index, "b", QUOTE, "2026-03-02")
        links = CheckedLinks(index)
        odd: dict[str, Any] = {"id": "odd", "article": "not a mapping", "target": ["x"],
                               "claim": QUOTE}
        records = {"odd": odd, "r1": record("r1", "a", QUOTE)}
        list(links.sync(records, ClaimMatcher([records["r1"]])))
        assert links.counts() == {"b": 2}
        assert record_digest(odd) == ""
