"""Exports: JSON Lines, CSV (round-trip, formula injection), W3C Web Annotation and
ClaimReview JSON-LD (fields, code-point offsets)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.model import Article
from reader.store import new_record
from reader.store.errors import SettingsError
from reader.store.exports import FORMATS, render, to_jsonl, write_atomic
from reader.store.exports_claimreview import claimant_type, rating, to_claimreview
from reader.store.exports_csv import COLUMNS, safe_cell, to_csv
from reader.store.exports_w3c import CONTEXT, to_annotation
from reader.store.settings import ExportSettings, load_settings

TEXT = "🇪🇸😀 El ministro dijo que «el paro bajó al 9 %» en 2026. 東京 también."
SETTINGS = ExportSettings("Verifica Hoy", "https://verifica.example", "https://verifica.example/c/")


def _article(url: str = "https://news.example/paro") -> Article:
    return Article(path="/n/paro.txt", title="El paro", text=TEXT, blocks=(), url=url,
                   date="2026-11-20", language="es")


def _record(verdict: str = "mostly-false", **fields: object) -> dict:
    start = TEXT.index("el paro bajó")
    record = new_record(_article(), start, start + len("el paro bajó al 9 %"), verdict=verdict,
                        claimant="Ministro de Trabajo", note="INE: 11 %", tags=["paro", "ine"],
                        evidence=["https://ine.example/epa"])
    record.update(fields)
    return record


def test_jsonl_is_the_record_as_stored() -> None:
    records = [_record(), _record("true")]
    lines = to_jsonl(records).splitlines()
    assert [json.loads(line) for line in lines] == records
    assert "bajó" in lines[0]


def test_csv_round_trips_and_has_flat_columns() -> None:
    records = [_record(), _record(note="línea 1\nlínea 2, con «comas» y \"comillas\"")]
    text = to_csv(records)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1]["note"] == records[1]["note"]
    assert rows[0]["exact"] == "el paro bajó al 9 %" and rows[0]["tags"] == "paro\nine"
    assert int(rows[0]["start"]) == records[0]["target"]["position"]["start"]
    assert rows[0]["verdict"] == "mostly-false"


@pytest.mark.parametrize("danger", ["=1+1", "+31 600", "-2", "@SUM(A1)", "\tx", "\rx",
                                    "=HYPERLINK(\"http://evil\")"])
def test_csv_defuses_formulas(danger: str) -> None:
    text = to_csv([_record(note=danger, claimant=danger, claim=danger)])
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    for column in ("note", "claimant", "claim"):
        assert row[column] == "'" + danger
    assert safe_cell("plain -text") == "plain -text"


def test_w3c_annotation_carries_the_fields() -> None:
    record = _record()
    annotation = json.loads(json.dumps(to_annotation(record)))
    assert annotation["@context"] == CONTEXT == "http://www.w3.org/ns/anno.jsonld"
    assert annotation["type"] == "Annotation" and annotation["motivation"] == "assessing"
    assert annotation["id"] == f"urn:uuid:{record['id']}"
    by_field: dict[str, list[tuple[str, str]]] = {}
    for body in annotation["body"]:
        value = body.get("value", body.get("source"))
        by_field.setdefault(body["claimdesk:field"], []).append((body["purpose"], value))
    assert by_field == {
        "claim": [("describing", record["claim"])],
        "claimant": [("describing", "Ministro de Trabajo")],
        "verdict": [("assessing", "mostly-false")],
        "note": [("commenting", "INE: 11 %")],
        "tags": [("tagging", "paro"), ("tagging", "ine")],
        "evidence": [("linking", "https://ine.example/epa")],
    }
    links = [b for b in annotation["body"] if b["purpose"] == "linking"]
    assert links == [{"type": "SpecificResource", "purpose": "linking",
                      "source": "https://ine.example/epa", "claimdesk:field": "evidence"}]
    target = annotation["target"]
    assert target["source"] == "https://news.example/paro"
    kinds = {s["type"]: s for s in target["selector"]}
    assert kinds["TextQuoteSelector"]["exact"] == "el paro bajó al 9 %"
    assert kinds["TextQuoteSelector"]["prefix"] == record["target"]["quote"]["prefix"]


def test_w3c_positions_are_code_points_not_utf16_units() -> None:
    record = _record()
    selector = to_annotation(record)["target"]["selector"][1]
    start, end = selector["start"], selector["end"]
    assert TEXT[start:end] == "el paro bajó al 9 %"
    utf16_start = len(TEXT[:start].encode("utf-16-le")) // 2
    assert utf16_start != start  # the flag and the emoji are 2 units each in UTF-16
    assert start == TEXT.index("el paro")


def test_w3c_source_without_url_is_a_urn() -> None:
    record = new_record(_article(url=""), 3, 8)
    expected = f"urn:claimdesk:article:{record['article']['id']}"
    assert to_annotation(record)["target"]["source"] == expected


@pytest.mark.parametrize(("verdict", "value"), [("true", 5), ("mostly-true", 4),
                                                ("half-true", 3), ("mostly-false", 2),
                                                ("false", 1)])
def test_claimreview_numeric_scale(verdict: str, value: int) -> None:
    assert rating(verdict) == {"@type": "Rating", "alternateName": rating(verdict)["alternateName"],
                               "ratingValue": value, "bestRating": 5, "worstRating": 1}


@pytest.mark.parametrize("verdict", ["misleading", "unverifiable", "unrated"])
def test_claimreview_label_only_verdicts(verdict: str) -> None:
    result = rating(verdict)
    assert set(result) == {"@type", "alternateName"} and result["alternateName"]


def test_claimreview_carries_required_and_recommended_fields() -> None:
    record = _record(claim="El paro bajó al 9 %")
    review = json.loads(json.dumps(to_claimreview(record, SETTINGS)))
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "El paro bajó al 9 %"
    assert review["reviewRating"]["alternateName"] == "Mostly false"
    assert review["reviewRating"]["ratingValue"] == 2
    assert review["url"] == f"https://verifica.example/c/{record['id']}"
    assert review["author"] == {"@type": "Organization", "name": "Verifica Hoy",
                                "url": "https://verifica.example"}
    assert review["datePublished"] == record["modified"][:10]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Ministro de Trabajo"}
    appearance = item["appearance"][0]
    assert appearance == {"@type": "NewsArticle", "url": "https://news.example/paro",
                          "identifier": record["article"]["id"], "headline": "El paro",
                          "datePublished": "2026-11-20"}
    assert item["firstAppearance"] == appearance and item["datePublished"] == "2026-11-20"


def test_claimreview_publishes_only_a_web_address_as_the_article_s_url() -> None:
    """A feed item without a link is stored under a private ``urn:claimdesk:item:…``
    address; a ClaimReview of a claim in it published that as the appearance's ``url``
    (a NewsArticle whose address no reader or Fact Check Explorer can open). Only an
    http(s) address is a ``url``; the article is still named by its ``identifier``."""
    record = _record()
    record["article"] = {**record["article"], "url": "urn:claimdesk:item:9f32995f6bfa9311"}
    appearance = to_claimreview(record, SETTINGS)["itemReviewed"]["appearance"][0]
    assert "url" not in appearance and appearance["@type"] == "CreativeWork"
    assert appearance["identifier"] == record["article"]["id"]


def test_claimant_type_heuristic() -> None:
    assert claimant_type("Ministerio de Economía") == "Organization"
    assert claimant_type("Banco Central Europeo") == "Organization"
    assert claimant_type("Nicolás Maduro") == "Person"
    assert claimant_type("el ministro de Trabajo") == "Person"
    assert claimant_type("Ministry of Labour") == "Organization"


def test_render_every_format_parses() -> None:
    records = [_record(), _record("misleading")]
    assert set(FORMATS) == {"jsonl", "csv", "w3c", "claimreview"}
    assert len(json.loads(render(records, "w3c"))) == 2
    assert len(json.loads(render(records, "claimreview", SETTINGS))) == 2
    assert render([], "csv").strip() == ",".join(COLUMNS)
    with pytest.raises(ValueError):
        render(records, "xml")


def test_write_atomic_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "nuevo «texto»\n")
    assert target.read_text(encoding="utf-8") == "nuevo «texto»\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_settings_from_file_and_flags(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[claimreview]\norganization_name = "Verifica"\n'
                      'review_url_base = "https://v.example/r"\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.organization_name == "Verifica"
    assert settings.review_url("abc") == "https://v.example/r/abc"
    assert settings.with_overrides(organization_name="Otra", organization_url=None) == \
        ExportSettings("Otra", "", "https://v.example/r")
    assert load_settings(tmp_path / "missing.toml") == ExportSettings()


@pytest.mark.parametrize("content", ["[claimreview\n", "[claimreview]\norganization_name = 3\n",
                                     "claimreview = 1\n"])
def test_bad_settings_file_is_one_line(tmp_path: Path, content: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(config)
    assert "\n" not in str(caught.value) and str(config) in str(caught.value)


def test_exported_file_has_usual_permissions(tmp_path: Path) -> None:
    from reader.store.files import UMASK

    target = tmp_path / "out.jsonl"
    write_atomic(target, "x\n")
    assert target.stat().st_mode & 0o777 == 0o666 & ~UMASK


@given(st.text(max_size=40), st.text(max_size=40))
@settings(max_examples=150, deadline=None)
def test_csv_round_trips_any_text(note: str, claimant: str) -> None:
    record = _record(note=note, claimant=claimant)
    row = next(csv.DictReader(io.StringIO(to_csv([record]), newline="")))
    for column, value in (("note", note), ("claimant", claimant)):
        risky = (value.startswith(("=", "+", "-", "@", "\t", "\r", "\n", "\0"))
                 or value.lstrip(" \t\r\n\0\u00a0\u3000").startswith(("=", "+", "-", "@")))
        expected = "'" + value if risky else value
        assert row[column] == expected


def test_csv_cells_longer_than_a_spreadsheet_holds_are_cut_and_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """A 200,000-character note (a report pasted whole) made a CSV that Python's csv
    reader refused ("field larger than field limit (131072)") and that no spreadsheet
    holds (32,767 characters a cell). The cell is cut there with a marker giving its
    length; emoji count twice, as spreadsheets count; export says so on stderr."""
    from reader.cli import main
    from reader.store import AnnotationStore
    from reader.store.exports_csv import CELL_LIMIT

    note = "=" + "informe " * 25_000  # 200,001 characters, 200,002 with the quote
    claim = "🎉" * 20_000  # 40,000 UTF-16 units in 20,000 characters
    record = _record(note=note, claim=claim, tags=["t" * 40_000])
    db = tmp_path / "notes.json"
    with AnnotationStore(db) as store:
        store.add(record)
    out = tmp_path / "out.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out)]) == 0
    assert "3 cells longer than 32,767 characters" in capsys.readouterr().err
    with out.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))  # the csv module's default limits
    for column in ("note", "claim", "tags"):
        cell = row[column]
        assert len(cell.encode("utf-16-le")) // 2 <= CELL_LIMIT
        assert cell.endswith("characters; the JSON Lines export keeps them all]")
    assert row["note"].startswith("'=informe ") and "[cut: 200,002 characters;" in row["note"]
    assert row["claim"].startswith("🎉🎉") and row["exact"] == record["target"]["quote"]["exact"]
    assert to_csv([_record(note="short")]).count("[cut:") == 0


@pytest.mark.parametrize("danger", ["\x00=1+1", "\x00", " =1+1", "\n=cmd|' /C calc'!A0",
                                    "\u00a0+31 600", "\u3000@SUM(A1)", "\r\n-2"])
def test_csv_defuses_formulas_behind_blanks_and_nuls(danger: str) -> None:
    """A NUL first (ASVS 1.2.10 names it) or a formula sign after blanks, which some
    spreadsheets skip, passed through as it was."""
    text = to_csv([_record(note=danger, claimant=danger, tags=[danger])])
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    for column in ("note", "claimant"):
        assert row[column] == "'" + danger
    assert row["tags"].startswith("'")
    assert safe_cell("  plain - text") == "  plain - text"
