"""The across-the-library core: folding, matching, the index, claims, names, charts."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from reader.across import AcrossIndex, ClaimMatcher, compare, fold, index_path
from reader.across.charts import bars, sparkline, stats_report
from reader.across.diffs import changed_words, segments
from reader.across.quality import load_pairs, score, similarities
from reader.across.stats import annotation_stats, iso_week
from reader.across.thresholds import THRESHOLDS
from reader.across.views import entities, merge_names, quotations, speakers
from reader.core.model import Analysis, Claim, Entity, Quote, Speaker

PAIRS = Path(__file__).parent / "across"
QUOTE = "No vamos a aceptar ningún chantaje de la patronal en esta negociación"


def analysis_for(text: str, quote: str, speaker: str = "Ana Ruiz") -> Analysis:
    """An analysis with one quotation (in «» marks) and the sentence as a claim."""
    start = text.index("«" + quote)
    end = start + len(quote) + 2
    who = Speaker(0, len(speaker), speaker, speaker) if speaker else None
    return Analysis(
        "es", "test", ((0, len(text)),),
        (Entity(0, len(speaker), "PER", speaker, speaker),) if speaker else (),
        (Quote(start, end, text[start:end], who),),
        (Claim(0, len(text), 0.9, ("quote",)),),
    )


def put(index: AcrossIndex, article_id: str, quote: str, date: str, source: str = "Wire",
        speaker: str = "Ana Ruiz") -> str:
    text = f"{speaker} dijo: «{quote}»."
    index.index_article(article_id, f"Title {article_id}", source, date, text,
                        analysis_for(text, quote, speaker), sha=article_id)
    return text


def test_fold_unifies_case_accents_marks_dashes_spaces_and_edges() -> None:
    assert fold("  «ÉSTE — es “el”   fin»… ") == 'este - es "el" fin'
    assert fold("Ｆｕｌｌｗｉｄｔｈ") == "fullwidth"


def test_rewrites_match_and_look_alikes_do_not() -> None:
    assert compare(QUOTE, QUOTE.replace("aceptar", "tolerar")).similarity >= THRESHOLDS.same_text
    assert compare("«" + QUOTE + "», dijo.", "Dijo: \"" + QUOTE + "\"").similarity >= 0.9
    trimmed = compare(QUOTE, "No vamos a aceptar ningún chantaje de la patronal")
    assert trimmed.similarity >= THRESHOLDS.same_text
    figure = compare("El paro subió al 9 % este año", "El paro subió al 12 % este año")
    assert figure.similarity == 0 and figure.conflict == "number"
    negated = compare("We will raise taxes on working families", "We will not raise taxes on "
                      "working families")
    assert negated.conflict == "negation"
    named = compare("Riverton has the highest rents in the state",
                    "Lakeside has the highest rents in the state")
    assert named.conflict == "name"


def test_ellipsis_cut_costs_nothing() -> None:
    result = compare("No vamos a permitir … que se cierre ni una escuela",
                     "No vamos a permitir, bajo ningún concepto, que se cierre ni una escuela")
    assert result.similarity == 1.0


def test_diff_segments_show_the_changed_word() -> None:
    query = QUOTE.replace("aceptar", "tolerar")
    result = compare(query, QUOTE)
    pieces = segments(query, QUOTE, 0, result.diff)
    assert changed_words(pieces) == ["aceptar"]
    assert ("tolerar", "missing") in pieces
    assert "".join(p for p, kind in pieces if kind != "missing") == QUOTE


def test_index_lookup_earliest_first_with_diff(tmp_path: Path) -> None:
    with AcrossIndex(tmp_path / "x.sqlite") as index:
        put(index, "late", QUOTE, "2026-03-05", "Diario")
        put(index, "early", QUOTE.replace("aceptar", "tolerar"), "2026-03-01", "Agencia")
        put(index, "other", "El precio del aceite bajará antes de Navidad según el ministro",
            "2026-01-01")
        matches = index.lookup(QUOTE)
        assert [m.article.id for m in matches] == ["early", "late"]
        assert matches[0].article.source == "Agencia"
        assert [p.kind for p in matches[0].diff] == ["equal", "changed", "equal"]
        assert matches[1].similarity == 1.0
        assert index.lookup(QUOTE, exclude="late")[0].article.id == "early"
        assert index.lookup("dos palabras") == []


def test_a_short_piece_kept_from_a_quotations_end_is_found(tmp_path: Path) -> None:
    """A quotation cut to a few words at each end with an ellipsis shares no run of six
    words with the passage: its first and last shingles are indexed for such cuts."""
    quote = ("La autovía, cuyas obras llevan paradas desde hace dos años, estará terminada "
             "en 2027")
    with AcrossIndex(tmp_path / "x.sqlite") as index:
        put(index, "full", quote, "2026-03-01")
        matches = index.lookup("La autovía … estará terminada en 2027")
        assert [m.article.id for m in matches] == ["full"]
        index.remove_article("full")
        assert index.lookup("La autovía … estará terminada en 2027") == []


def test_reindex_and_remove_leave_no_stale_passages(tmp_path: Path) -> None:
    with AcrossIndex(tmp_path / "x.sqlite") as index:
        put(index, "a", QUOTE, "2026-03-01")
        assert index.is_indexed("a", "a") and not index.is_indexed("a", "other")
        put(index, "a", "Otra frase distinta sobre la sequía que asola los campos del sur",
            "2026-03-01")
        assert index.lookup(QUOTE) == []
        assert index.stats()["articles"] == 1
        index.remove_article("a")
        assert index.stats() == {"articles": 0, "passages": 0}


def test_index_persists_and_two_connections_share_it(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    first, second = AcrossIndex(path), AcrossIndex(path)
    put(first, "a", QUOTE, "2026-03-01")
    put(second, "b", QUOTE, "2026-03-02")
    assert {m.article.id for m in first.lookup(QUOTE)} == {"a", "b"}
    first.close()
    second.close()
    with AcrossIndex(path) as again:
        assert len(again.lookup(QUOTE)) == 2


def test_snapshot_reads_the_file_and_writes_nothing_beside_it(tmp_path: Path) -> None:
    """A view-only session's index: what the file holds, extended in memory only."""
    path = tmp_path / "across.sqlite"
    with AcrossIndex(path) as index:
        put(index, "a", QUOTE, "2026-03-01")
    before = sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in tmp_path.iterdir())
    with AcrossIndex.snapshot(path) as copy:
        put(copy, "b", QUOTE, "2026-03-02")
        assert {m.article.id for m in copy.lookup(QUOTE)} == {"a", "b"}
    assert sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size)
                  for p in tmp_path.iterdir()) == before
    with AcrossIndex.snapshot(tmp_path / "absent.sqlite") as empty:
        assert empty.stats()["articles"] == 0
    (tmp_path / "bad.sqlite").write_bytes(b"not a database" * 100)
    with AcrossIndex.snapshot(tmp_path / "bad.sqlite") as unreadable:
        assert unreadable.stats()["articles"] == 0
    assert not (tmp_path / "absent.sqlite").exists()
    assert not (tmp_path / "bad.sqlite.unreadable").exists()


def test_unreadable_index_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "across.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with AcrossIndex(path) as index:
        assert index.stats()["articles"] == 0
    assert (tmp_path / "across.sqlite.unreadable").exists()


def test_old_schema_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "across.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE articles(x)")
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    with AcrossIndex(path) as index:
        put(index, "a", QUOTE, "2026-03-01")
        assert index.stats()["articles"] == 1


def test_index_of_the_previous_version_is_indexed_again(tmp_path: Path) -> None:
    """Version 5 wrote decimal gram words that version 6 never asks for: a version-5
    file is emptied once (and indexed again), never half-read."""
    path = tmp_path / "across.sqlite"
    with AcrossIndex(path) as index:
        put(index, "a", QUOTE, "2026-03-01")
        index.connection().execute("PRAGMA user_version=5")
    with AcrossIndex(path) as index:
        assert index.stats()["articles"] == 0
        put(index, "a", QUOTE, "2026-03-01")
        assert [m.article.id for m in index.lookup(QUOTE)] == ["a"]


def test_gram_words_are_short_hex_and_a_new_file_has_large_pages(tmp_path: Path) -> None:
    from reader.across.index import PAGE_SIZE
    from reader.across.index_rows import gram_word, gram_words

    hashes = [0, 1, 2**63 - 1, 12345678901234567]
    assert gram_words(hashes).split() == [gram_word(h) for h in hashes]
    assert all(len(w) <= 10 and int(w, 16) >= 0 for w in gram_words(hashes).split())
    with AcrossIndex(tmp_path / "across.sqlite") as index:
        assert index.connection().execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE


def test_without_json_in_sqlite_the_fingerprints_are_written_row_by_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.across.index_writes as writes

    monkeypatch.setattr(writes, "_HAS_JSON", False)
    with AcrossIndex(tmp_path / "across.sqlite") as index:
        put(index, "a", QUOTE, "2026-03-01")
        put(index, "b", QUOTE.replace("chantaje", "chantaje ya"), "2026-03-02")
        assert [m.article.id for m in index.lookup(QUOTE)] == ["a", "b"]


def test_index_lives_beside_the_annotation_database(tmp_path: Path) -> None:
    assert index_path(tmp_path / "db" / "notes.json") == tmp_path / "db" / "across.sqlite"


def test_hostile_text_is_stored_as_text(tmp_path: Path) -> None:
    hostile = "[@click=app.quit]x[/] \x1b]8;;http://e\x07 \u202e dijo que no vamos a pagar"
    with AcrossIndex(tmp_path / "x.sqlite") as index:
        put(index, "h", hostile, "not a date", speaker="")
        matches = index.lookup(hostile)
        assert matches and matches[0].text == hostile
        assert matches[0].article.date == "not a date"
        index.lookup("x" * 100_000 + " a b c d")  # huge input: cut, no error


def record(claim: str, verdict: str = "false", article: str = "art1") -> dict:
    return {"id": f"r-{verdict}-{article}", "claim": claim, "verdict": verdict,
            "claimant": "Ana Ruiz", "created": "2026-03-03T10:00:00.000Z", "tags": ["economía"],
            "article": {"id": article, "title": "Primer artículo"},
            "target": {"quote": {"exact": "«" + claim + "»"}}}


def test_claim_matcher_finds_checked_claims_and_keeps_up() -> None:
    matcher = ClaimMatcher([record(QUOTE)])
    hits = matcher.lookup(QUOTE.replace("aceptar", "tolerar"))
    assert [h.record_id for h in hits] == ["r-false-art1"]
    assert hits[0].summary() == "False · 3 Mar 2026 · Primer artículo"
    assert matcher.lookup(QUOTE, exclude_article="art1") == []
    # a claim cut to its two ends with an ellipsis is found too (edge shingles)
    autovia = ("La autovía, cuyas obras llevan paradas desde hace dos años, estará terminada "
               "en 2027")
    cut = ClaimMatcher([record(autovia)])
    assert [h.record_id for h in cut.lookup("La autovía … estará terminada en 2027")] == [
        "r-false-art1"]
    matcher.put(record(QUOTE) | {"verdict": "true", "id": "r-false-art1"})
    assert matcher.lookup(QUOTE)[0].verdict == "true"
    matcher.drop("r-false-art1")
    assert matcher.lookup(QUOTE) == [] and len(matcher) == 0


def test_speakers_merge_unambiguous_short_names(tmp_path: Path) -> None:
    assert merge_names(["Maduro", "Nicolás Maduro"])["Maduro"] == "Nicolás Maduro"
    two = merge_names(["García", "Ana García", "Luis García"])
    assert two["García"] == "García"
    with AcrossIndex(tmp_path / "x.sqlite") as index:
        put(index, "a", QUOTE, "2026-03-02", speaker="Nicolás Maduro")
        put(index, "b", "El petróleo volverá a financiar los programas sociales este año",
            "2026-03-01", speaker="Maduro")
        people = speakers(index)
        assert people[0].name == "Nicolás Maduro" and people[0].quotes == 2
        said = quotations(index, people[0])
        assert [q.article_id for q in said] == ["b", "a"]
        asked: list[str] = []  # the query uses the speaker index, not a scan of passages
        index.connection().set_trace_callback(asked.append)
        quotations(index, people[0])
        index.connection().set_trace_callback(None)
        plan = index.connection().execute("EXPLAIN QUERY PLAN " + asked[-1]).fetchall()
        assert any("passages_speaker" in str(row) for row in plan)
        assert {e.name for e in entities(index)} == {"Nicolás Maduro", "Maduro"}
        put(index, "a", QUOTE, "2026-03-02", speaker="Nicolás Maduro")  # again: no double
        assert speakers(index)[0].quotes == 2
        index.remove_article("b")
        assert [(p.name, p.quotes) for p in speakers(index)] == [("Nicolás Maduro", 1)]
        assert [(e.name, e.articles) for e in entities(index)] == [("Nicolás Maduro", 1)]


def test_stats_and_charts_fit_80_columns_without_colour() -> None:
    stats = annotation_stats([record(QUOTE), record(QUOTE, "true", "b")])
    assert stats["by_verdict"] == {"false": 1, "true": 1}
    assert stats["per_week"] == {"2026-W10": 2}
    assert iso_week("nonsense") == ""
    assert sparkline([0, 1, 2, 4]) == "·▂▄█"
    chart = bars("By claimant", {"\x1b[31mX" * 20: 5, "B": 1}, width=80)
    lines = chart.plain.splitlines()
    assert all(len(line) <= 80 for line in lines) and "\x1b" not in chart.plain
    from rich.console import Console

    console = Console(width=80, color_system=None, record=True, file=io.StringIO())
    console.print(stats_report({
        "total_annotations": 2, "total_articles": 1, "annotations": stats,
        "library": {"articles_per_source_per_day": {"Wire": {"2026-03-01": 2,
                                                               "2026-05-01": 1}},
                    "most_quoted": [["Ana Ruiz", 3]]},
    }, 80))
    text = console.export_text()
    assert "█" in text and "Ana Ruiz" in text
    assert max(len(line) for line in text.splitlines()) <= 80


@pytest.mark.parametrize(
    "name", [f"quality_dev{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)]
)
def test_quality_pairs_are_well_formed(name: str) -> None:
    pairs = load_pairs(PAIRS / name)
    assert all(set(p) == {"kind", "same", "a", "b"} for p in pairs)
    assert json.dumps(pairs)


def test_dev_set_quality_guard() -> None:
    """The dev set the thresholds were tuned on stays at P ≥ 0.95 and R ≥ 0.90 (the
    sealed set is only measured by the benchmark)."""
    pairs = load_pairs(PAIRS / "quality_dev.jsonl")
    result = score(pairs, similarities(pairs), THRESHOLDS.same_text)
    assert result.precision >= 0.95 and result.recall >= 0.90, result.mistakes


def test_seen_before_lists_a_look_alike_as_another_claim(tmp_path: Path) -> None:
    """A quotation with its figure or one action word changed is another claim (never a
    match for "Already checked" or firstAppearance), but a fact-checker looking for a
    changed quotation must still see it: listed on request, marked with the reason."""
    said = "El Gobierno subirá las pensiones un 3 % el próximo año para todos los jubilados"
    with AcrossIndex(tmp_path / "x.sqlite") as index:
        put(index, "same", said, "2026-03-05", "Diario")
        put(index, "figure", said.replace("3 %", "8 %"), "2026-03-01", "Agencia")
        put(index, "other", "El precio del aceite bajará antes de Navidad según el ministro",
            "2026-01-01")
        assert [m.article.id for m in index.lookup(said)] == ["same"]
        listed = index.lookup(said, look_alikes=True)
        assert [m.article.id for m in listed] == ["figure", "same"]
        alike, same = listed
        assert alike.differs == "number" and alike.similarity == 0.0
        assert alike.wording >= THRESHOLDS.look_alike
        assert [p.kind for p in alike.diff if p.kind != "equal"] == ["changed"]
        assert same.differs == "" and same.similarity == 1.0


def test_a_look_alike_and_the_same_text_in_one_article_list_the_same_text(
    tmp_path: Path,
) -> None:
    said = "La empresa cerrará la planta de Vigo en marzo y despedirá a 300 trabajadores"
    text = f"Ana Ruiz dijo: «{said}». Luego añadió: «{said.replace('300', '900')}»."
    analysis = Analysis(
        "es", "test", ((0, len(text)),), (Entity(0, 8, "PER", "Ana Ruiz", "Ana Ruiz"),),
        (), tuple(Claim(s, e, 0.9, ()) for s, e in (
            (text.index("«"), text.index("»") + 1),
            (text.rindex("«"), text.rindex("»") + 1))),
    )
    with AcrossIndex(tmp_path / "x.sqlite") as index:
        index.index_article("both", "T", "Wire", "2026-01-01", text, analysis, sha="b")
        (match,) = index.lookup(said, look_alikes=True)
        assert match.differs == "" and match.similarity >= THRESHOLDS.same_text


def test_stats_header_counts_one_annotation_in_the_singular() -> None:
    from rich.console import Console

    console = Console(width=80, color_system=None, record=True, file=io.StringIO())
    console.print(stats_report({
        "total_annotations": 1, "total_articles": 1,
        "annotations": annotation_stats([record(QUOTE)]),
        "library": {"articles_per_source_per_day": {}, "most_quoted": []},
    }, 80))
    assert console.export_text().splitlines()[0] == "1 annotation, 1 article indexed"
