"""The one field table: every output of an annotation is derived from it or checked
against it, and adding a field (``reviewer``) needs only its row and a migration."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_annotation_form import Host

from reader.cli import main
from reader.core.annotation import Annotation
from reader.core.annotation_fields import FIELDS, FieldSpec
from reader.core.annotation_migrations import MIGRATIONS, current_schema, migration
from reader.core.model import Article
from reader.store import new_record, open_store
from reader.store.exports import render
from reader.store.exports_claimreview import to_claimreview
from reader.store.exports_csv import columns, to_csv
from reader.store.exports_w3c import to_annotation
from reader.store.importing import read_import
from reader.store.settings import ExportSettings
from reader.tui.annotation_form import AnnotationForm
from reader.tui.widgets.side_panel import annotation_prompt

TEXT = "El ministro dijo que el paro bajó al 9 % en 2025, según la encuesta oficial."
ARTICLE = Article("/n/nota.txt", "Nota", TEXT, (), url="https://example.org/nota")
CLAIMREVIEW_KEYS = {"claimReviewed", "itemReviewed.author", "reviewRating", "reviewBody",
                    "keywords", "citation", ""}


def _sample(name: str) -> Any:
    spec = next(s for s in FIELDS if s.name == name)
    if spec.kind == "choice":
        return spec.choices[-1]
    if spec.kind == "links":
        return ["https://example.org/proof"]
    if spec.kind == "tags":
        return [f"{name}-tag"]
    return f"{name} value"


def _full_record() -> dict[str, Any]:
    record = new_record(ARTICLE, 0, 11)
    for spec in FIELDS:
        record[spec.name] = _sample(spec.name)
    return record


def _w3c_fields(record: dict[str, Any]) -> set[str]:
    return {body["claimdesk:field"] for body in to_annotation(record)["body"]}


def _claimreview_has(review: dict[str, Any], spec: FieldSpec) -> bool:
    if spec.claimreview == "itemReviewed.author":
        return review["itemReviewed"]["author"]["name"] == _sample(spec.name)
    if spec.claimreview:
        return spec.claimreview in review
    return any(p["name"] == spec.name for p in review.get("additionalProperty", []))


def _cli_table(tmp_path: Path, record: dict[str, Any], capsys: Any) -> str:
    db = tmp_path / "db.json"
    with open_store(db) as store:
        store.add(record)
    assert main(["annotations", "--db", str(db)]) == 0
    return capsys.readouterr().out


async def _form_values(record: dict[str, Any]) -> tuple[set[str], dict[str, Any]]:
    form = AnnotationForm(TEXT[:11], record, claimants=[])
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        ids = {w.id for w in form.query("#grid > *") if w.id}
        await pilot.press("ctrl+s")
        await pilot.pause()
    return ids, app.result


def _check_every_output(tmp_path: Path, capsys: Any) -> None:
    record = _full_record()
    stored = Annotation.from_record(record).to_record()
    csv_row = next(csv.DictReader(io.StringIO(to_csv([record]), newline="")))
    review = to_claimreview(record, ExportSettings())
    prompt = annotation_prompt(record).plain
    table = _cli_table(tmp_path, record, capsys)
    for spec in FIELDS:
        assert spec.name in stored, f"{spec.name} missing from the JSON record"
        assert spec.name in columns() and csv_row[spec.name], f"{spec.name} missing in CSV"
        assert spec.name in _w3c_fields(record), f"{spec.name} missing from the W3C bodies"
        assert spec.claimreview in CLAIMREVIEW_KEYS
        assert _claimreview_has(review, spec), f"{spec.name} missing from ClaimReview"
        shown = _sample(spec.name)
        shown = shown if isinstance(shown, str) else shown[0]
        if spec.in_cli_table:
            assert spec.label.lower() in table or spec.name == "claim"
            assert shown[:6] in table, f"{spec.name} missing from the CLI table"
        if spec.in_side_panel:
            assert shown in prompt or spec.kind == "choice", f"{spec.name} not in side panel"


def test_every_field_reaches_every_output(tmp_path: Path, capsys: Any) -> None:
    _check_every_output(tmp_path, capsys)


async def test_the_form_has_one_row_per_field() -> None:
    ids, values = await _form_values(_full_record())
    assert {spec.name for spec in FIELDS} <= ids
    assert set(values) == {spec.name for spec in FIELDS}


# -- adding a field: the row, a migration, nothing else ---------------------------------


@pytest.fixture
def reviewer() -> Iterator[FieldSpec]:
    """A ``reviewer`` field added the way a developer would: its row and a migration."""
    spec = FieldSpec("reviewer", "Reviewer", "line", "describing", in_cli_table=True,
                     in_side_panel=True)
    old_version = current_schema()

    @migration(old_version)
    def _add_reviewer(old: dict[str, Any]) -> dict[str, Any]:
        return {**old, "reviewer": "", "schema": old_version + 1}

    FIELDS.append(spec)
    try:
        yield spec
    finally:
        FIELDS.remove(spec)
        del MIGRATIONS[old_version]


def test_a_reviewer_field_reaches_every_output(
    reviewer: FieldSpec, tmp_path: Path, capsys: Any
) -> None:
    _check_every_output(tmp_path, capsys)
    record = new_record(ARTICLE, 0, 11, reviewer="Ana Pérez")
    assert record["reviewer"] == "Ana Pérez" and record["schema"] == current_schema()
    review = to_claimreview(record, ExportSettings())
    assert review["additionalProperty"] == [
        {"@type": "PropertyValue", "name": "reviewer", "value": "Ana Pérez"}]
    # W3C round trip keeps it
    w3c = tmp_path / "out.json"
    w3c.write_text(render([record], "w3c"))
    (back,) = read_import(w3c).records
    assert back == Annotation.from_record(record).normalised().to_record()


def test_a_database_of_the_old_schema_is_migrated_on_open(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with open_store(db) as store:
        stored = store.add(new_record(ARTICLE, 0, 11))
    before = db.read_bytes()
    spec = FieldSpec("reviewer", "Reviewer", "line")
    version = current_schema()
    MIGRATIONS[version] = lambda old: {**old, "reviewer": "", "schema": version + 1}
    FIELDS.append(spec)
    try:
        with open_store(db, create=False) as store:
            (record,) = store.all()
        assert record["reviewer"] == "" and record["schema"] == version + 1
        assert record["claim"] == stored["claim"]
        assert db.read_bytes() == before  # reading migrates in memory only
        jsonl = render([record], "jsonl")
        assert json.loads(jsonl)["reviewer"] == ""
    finally:
        FIELDS.remove(spec)
        del MIGRATIONS[version]


async def test_the_form_gets_a_row_for_the_new_field(reviewer: FieldSpec) -> None:
    record = new_record(ARTICLE, 0, 11, reviewer="Ana")
    ids, values = await _form_values(record)
    assert "reviewer" in ids and values["reviewer"] == "Ana"
