"""Import of W3C Web Annotation, Hypothesis and ClaimReview files, and the lossless
round trip JSON Lines → W3C → import into an empty database → JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.model import Article
from reader.store import new_record, open_store
from reader.store.exports import render
from reader.store.importing import read_import
from reader.store.settings import ExportSettings

TEXT = ("🇪🇸 El ministro dijo que «el paro bajó al 9 %» en 2026.\n\nLa oposición lo negó: "
        "\"[@click=app.quit]no[/]\" 東京.")
WITH_URL = Article("/n/paro.txt", "El paro", TEXT, (), url="https://news.example/paro",
                   date="2026-11-20", language="es")
NO_URL = Article("/n/otra.md", "Otra \x1b[31m", TEXT, ())


def _records() -> list[dict]:
    one = new_record(WITH_URL, TEXT.index("el paro"), TEXT.index("»"), verdict="mostly-false",
                     claimant="Ministro de Trabajo", note="INE: 11 %\nsegunda línea",
                     tags=["paro", "a, b; c"], evidence=["https://ine.example/epa",
                                                         "INE, informe 2024"])
    two = new_record(NO_URL, 0, 2, claim="bandera", verdict="unverifiable")
    two["anchor"] = {"status": "orphan", "score": 0.4312, "checked_at": "2026-01-01T00:00:00Z"}
    three = new_record(WITH_URL, TEXT.index("La"), TEXT.index("La") + 2)
    del three["article"]["date"]  # records made before the date was kept
    three["created"] = three["modified"] = "2025-05-05T10:00:00.000Z"
    four = new_record(NO_URL, TEXT.index("東京"), len(TEXT) - 1, claim="[b]x[/b]",
                      note="[@click=app.quit]", verdict="true")
    four["future_key"] = {"kept": [1, 2]}  # written by a newer version
    return [one, two, three, four]


def _jsonl_of(db: Path) -> bytes:
    with open_store(db, create=False) as store:
        return render(store.all(), "jsonl").encode("utf-8")


def test_jsonl_to_w3c_to_import_to_jsonl_is_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.json"
    with open_store(first) as store:
        for record in _records():
            store.add(record)
    w3c = tmp_path / "export.w3c.json"
    assert main(["export", "--db", str(first), "--format", "w3c", "-o", str(w3c)]) == 0
    second = tmp_path / "second.json"
    assert main(["import", str(w3c), "--db", str(second)]) == 0
    out = capsys.readouterr()
    assert "4 new" in out.out and "not mapped" not in out.err
    assert _jsonl_of(second) == _jsonl_of(first)
    assert len(_jsonl_of(first).splitlines()) == 4
    # importing it again changes nothing
    assert main(["import", str(w3c), "--db", str(second)]) == 0
    assert "0 new, 4 already present" in capsys.readouterr().out


HYPOTHESIS = {"total": 2, "rows": [
    {"id": "Zx9aQk3EEe2", "created": "2026-03-01T10:00:00.000000+00:00",
     "updated": "2026-03-02T10:00:00.000000+00:00", "user": "acct:ana@hypothes.is",
     "uri": "https://news.example/paro", "text": "Dato sin fuente", "tags": ["paro"],
     "group": "__world__", "permissions": {"read": ["group:__world__"]},
     "target": [{"source": "https://news.example/paro", "selector": [
         {"type": "RangeSelector", "startContainer": "/p[1]"},
         {"type": "TextPositionSelector", "start": 26, "end": 44},
         {"type": "TextQuoteSelector", "exact": "el paro bajó al 9 %", "prefix": "«",
          "suffix": "»"}]}],
     "document": {"title": ["El paro"]}},
    {"id": "reply1", "uri": "https://news.example/paro", "text": "de acuerdo",
     "references": ["Zx9aQk3EEe2"], "target": [{"source": "https://news.example/paro"}]},
]}


def test_hypothesis_export_is_imported_with_a_report(tmp_path: Path) -> None:
    source = tmp_path / "hypothesis.json"
    source.write_text(json.dumps(HYPOTHESIS))
    report = read_import(source)
    (record,) = report.records
    assert record["note"] == "Dato sin fuente" and record["tags"] == ["paro"]
    assert record["target"]["quote"]["exact"] == "el paro bajó al 9 %"
    assert record["target"]["position"] == {"start": 26, "end": 44}
    assert record["article"]["url"] == "https://news.example/paro"
    assert record["article"]["id"] == WITH_URL.id and record["article"]["title"] == "El paro"
    assert record["anchor"]["status"] == "orphan"  # placed again when the article opens
    lines = "\n".join(report.lines())
    for unmapped in ("'user'", "'group'", "'permissions'", "RangeSelector", "reply"):
        assert unmapped in lines
    assert report.skipped == 1
    again = read_import(source)
    assert again.records[0]["id"] == record["id"]  # stable: a re-import finds it


def test_imported_orphan_is_anchored_when_its_article_opens(tmp_path: Path) -> None:
    source = tmp_path / "hypothesis.json"
    source.write_text(json.dumps(HYPOTHESIS))
    with open_store(tmp_path / "db.json") as store:
        store.merge(read_import(source).records)
        (placed,) = store.refresh_anchors(WITH_URL)
    assert placed["anchor"]["status"] in ("exact", "moved")
    start, end = placed["target"]["position"]["start"], placed["target"]["position"]["end"]
    assert TEXT[start:end] == "el paro bajó al 9 %"


FACT_CHECK_TOOLS = {"claims": [{
    "text": "El paro bajó al 9 %", "claimant": "Ministro de Trabajo",
    "claimDate": "2026-11-20T00:00:00Z",
    "claimReview": [
        {"publisher": {"name": "Verifica", "site": "verifica.example"},
         "url": "https://verifica.example/paro", "title": "No, el paro no bajó",
         "reviewDate": "2026-11-21T00:00:00Z", "textualRating": "False",
         "languageCode": "es"},
        {"publisher": {"name": "Otro"}, "url": "https://otro.example/p",
         "textualRating": "Pants on Fire", "languageCode": "es"}]}]}


def test_fact_check_tools_claims_are_imported(tmp_path: Path) -> None:
    source = tmp_path / "claims.json"
    source.write_text(json.dumps(FACT_CHECK_TOOLS))
    report = read_import(source)
    first, second = report.records
    assert first["claim"] == "El paro bajó al 9 %" and first["verdict"] == "false"
    assert first["claimant"] == "Ministro de Trabajo"
    assert first["evidence"] == ["https://verifica.example/paro"]
    assert second["verdict"] == "unrated" and "Pants on Fire" in second["note"]
    lines = "\n".join(report.lines())
    assert "publisher" in lines and "verdict scale" in lines


def test_claimreview_from_another_publisher_and_from_claimdesk(tmp_path: Path) -> None:
    other = {"@context": "https://schema.org", "@type": "ClaimReview",
             "claimReviewed": "El paro bajó al 9 %", "datePublished": "2026-11-21",
             "url": "https://verifica.example/paro", "reviewBody": "No es así.",
             "author": {"@type": "Organization", "name": "Verifica"},
             "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5,
                              "worstRating": 1, "alternateName": "Pants on Fire"},
             "itemReviewed": {"@type": "Claim", "author": {"@type": "Person",
                                                           "name": "Ministro"},
                              "appearance": [{"@type": "NewsArticle",
                                              "url": "https://news.example/paro"}]},
             "sdPublisher": "x"}
    source = tmp_path / "review.json"
    source.write_text(json.dumps(other))
    report = read_import(source)
    (record,) = report.records
    assert record["verdict"] == "false" and record["claimant"] == "Ministro"
    assert record["note"] == "No es así." and record["article"]["id"] == WITH_URL.id
    assert "'sdPublisher'" in "\n".join(report.lines())
    # Claimdesk's own ClaimReview, with review URLs, finds its records again.
    db = tmp_path / "db.json"
    with open_store(db) as store:
        for item in _records():
            store.add(item)
        settings = ExportSettings("Verifica", "", "https://verifica.example/c/")
        (tmp_path / "ours.json").write_text(render(store.all(), "claimreview", settings))
    assert main(["import", str(tmp_path / "ours.json"), "--db", str(db)]) == 0
    with open_store(db) as store:
        assert len(store) == 4


@pytest.mark.parametrize("payload", [
    [{"type": "Annotation", "target": "https://x.example/"}],
    [{"type": "Annotation", "body": {"purpose": "linking", "value": "javascript:alert(1)"},
      "target": {"source": "https://x.example/", "selector": {
          "type": "TextQuoteSelector", "exact": "paro"}}}],
])
def test_unusable_foreign_items_are_skipped_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], payload: list
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(payload))
    assert main(["import", str(source), "--db", str(tmp_path / "db.json")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nothing could be imported" in err
    assert not (tmp_path / "db.json").exists()


def test_report_lines_are_printable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.json"
    item = {"type": "Annotation", "\x1b]0;PWNED\x07": 1, "body": "nota",
            "target": {"source": "https://x.example/", "selector": {
                "type": "TextQuoteSelector", "exact": "paro"}}}
    source.write_text(json.dumps([item]))
    assert main(["import", str(source), "--db", str(tmp_path / "db.json")]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "not mapped" in err


def test_import_gives_the_forms_claim_length_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_claim = "x" * 90
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(new_record(WITH_URL, 0, 5, claim=long_claim)) + "\n")
    assert main(["import", str(source), "--db", str(tmp_path / "db.json")]) == 0
    err = capsys.readouterr().err
    assert "advice: claim summaries over 75 characters" in err


def _w3c_with_position(start: object, end: object, ident: str) -> dict:
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "id": f"urn:uuid:{ident}",
            "type": "Annotation", "motivation": "assessing",
            "target": {"source": "https://news.example/tranvia", "selector": [
                {"type": "TextQuoteSelector", "exact": "costó 40 millones"},
                {"type": "TextPositionSelector", "start": start, "end": end}]},
            "claimdesk:anchor": {"status": "exact", "score": 1.0,
                                 "checked_at": "2026-12-01T08:00:00.000Z"}}


@pytest.mark.parametrize("start, end", [(10**30, 10**30 + 17), (-5, 12), (30, 13), (3, 900)])
def test_w3c_exact_anchor_at_an_impossible_position_is_placed_by_its_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], start: int, end: int
) -> None:
    """A W3C file's ``exact`` anchor at a position that cannot be right (a start of
    10**30, negative, end before start, a span longer than the quotation) was trusted:
    10**30 was stored and the whole database could not be read again. It is now an
    orphan placed by its quotation when the article is opened."""
    text = "El concejal dijo que el tranvía costó 40 millones y nadie lo discutió."
    ident = "6b1f0c2e-4a3d-4e8f-9b7a-2c5d8e1f3a90"
    source = tmp_path / "w3c.json"
    source.write_text(json.dumps([_w3c_with_position(start, end, ident)]))
    db = tmp_path / "db.json"
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert "1 new" in capsys.readouterr().out
    article = Article("/n/tranvia.txt", "Tranvía", text, (), url="https://news.example/tranvia")
    with open_store(db) as store:  # the database reads again
        assert store.get(ident)["anchor"]["status"] == "orphan"
        (placed,) = store.refresh_anchors(article)
    found = placed["target"]["position"]
    assert text[found["start"]:found["end"]] == "costó 40 millones"
    assert placed["anchor"]["status"] in ("exact", "moved")
