"""Importing one's own export is idempotent in every importable format (a new-user test
found ClaimReview without a review URL base adding a copy of every annotation), the CSV
export is refused with advice, and the import says ``N new, M already present``."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.core.model import Article
from reader.store import new_record, open_store

TEXT = "El ministro dijo que «el paro bajó al 9 %» en 2026.\n\nLa oposición lo negó."
WITH_URL = Article("/n/paro.txt", "El paro", TEXT, (), url="https://news.example/paro")
NO_URL = Article("/n/otra.md", "Otra", TEXT, ())


def _seeded(tmp_path: Path) -> Path:
    db = tmp_path / "db.json"
    with open_store(db) as store:
        store.add(new_record(WITH_URL, TEXT.index("el paro"), TEXT.index("»"),
                             verdict="mostly-false", claimant="Ministro", note="INE: 11 %"))
        store.add(new_record(NO_URL, 0, 2, claim="El", verdict="unverifiable"))
        # the same claim text in two records of one article: still two records
        store.add(new_record(NO_URL, TEXT.index("La"), TEXT.index("La") + 2, claim="El"))
    return db


def _ids(db: Path) -> list[str]:
    with open_store(db, create=False) as store:
        return sorted(record["id"] for record in store.all())


@pytest.mark.parametrize("fmt, flags", [
    ("jsonl", []), ("w3c", []), ("claimreview", ["--include-unrated"]),
    ("claimreview", ["--include-unrated", "--review-url-base", "https://verifica.example/c/"]),
])
def test_importing_ones_own_export_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, flags: list[str]
) -> None:
    db = _seeded(tmp_path)
    before = _ids(db)
    exported = tmp_path / f"export.{fmt}"
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(exported),
                 *flags]) == 0
    capsys.readouterr()
    for _ in range(2):
        assert main(["import", str(exported), "--db", str(db)]) == 0
        out = capsys.readouterr().out
        assert out.count("\n") == 1 and "0 new, 3 already present" in out, out
        assert _ids(db) == before


def test_claimreview_without_url_base_carries_the_annotation_id(tmp_path: Path) -> None:
    """Into an empty database the export gives back the same ids, twice the same."""
    db = _seeded(tmp_path)
    exported = tmp_path / "cr.json"
    assert main(["export", "--db", str(db), "--format", "claimreview", "--include-unrated",
                 "-o", str(exported)]) == 0
    other = tmp_path / "other.json"
    assert main(["import", str(exported), "--db", str(other)]) == 0
    assert _ids(other) == _ids(db)


def test_import_counts_new_and_present_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _seeded(tmp_path)
    exported = tmp_path / "all.jsonl"
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", str(exported)]) == 0
    fresh = tmp_path / "fresh.json"
    with open_store(fresh) as store:
        store.add(new_record(WITH_URL, 0, 2, claim="own"))
    capsys.readouterr()
    assert main(["import", str(exported), "--db", str(fresh)]) == 0
    assert capsys.readouterr().out == f"imported {exported}: 3 new, 0 already present\n"


def test_csv_export_is_refused_on_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _seeded(tmp_path)
    exported = tmp_path / "all.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(exported)]) == 0
    capsys.readouterr()
    assert main(["import", str(exported), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "CSV export, which cannot be imported" in err and err.count("\n") == 1
    assert len(_ids(db)) == 3
