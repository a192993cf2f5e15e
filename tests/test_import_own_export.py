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


def test_claimreview_round_trip_keeps_local_files_apart(tmp_path: Path) -> None:
    """Claims from two local files (no URL) came back from a ClaimReview export as one
    article: without a URL every claim got the same article id. The export carries the
    article's id (``identifier``), so each claim returns to its own file's article."""
    text = "La alcaldesa afirmó que el metro transporta a dos millones de viajeros al día."
    first = Article("/casa/ana/metro.txt", "Metro", text, ())
    second = Article("/casa/ana/puerto.md", "Puerto", text, ())
    db = tmp_path / "db.json"
    with open_store(db) as store:
        for article in (first, second):
            store.add(new_record(article, 0, len(text) - 1, verdict="false"))
    exported = tmp_path / "cr.json"
    assert main(["export", "--db", str(db), "--format", "claimreview", "-o",
                 str(exported)]) == 0
    other = tmp_path / "other.json"
    assert main(["import", str(exported), "--db", str(other)]) == 0
    with open_store(other, create=False) as store:
        back = sorted(record["article"]["id"] for record in store.all())
    assert back == sorted([first.id, second.id]) and first.id != second.id


def test_foreign_claimreviews_without_url_are_not_one_article() -> None:
    """A publisher's reviews naming no article URL (only a headline, or nothing) are kept
    apart by headline, else by claim."""
    from reader.store.import_report import ImportReport
    from reader.store.importing_claimreview import read_claimreview

    def review(claim: str, headline: str) -> dict:
        work = {"@type": "CreativeWork", **({"headline": headline} if headline else {})}
        return {"@context": "https://schema.org", "@type": "ClaimReview",
                "claimReviewed": claim, "reviewRating": {"alternateName": "False"},
                "itemReviewed": {"@type": "Claim", "appearance": [work]}}

    document = [review("El tren llega en 2027.", "Obras"), review("Hay 40 paradas.", "Obras"),
                review("El puerto creció un 8 %.", "Puerto"), review("Nadie paga peaje.", ""),
                review("El peaje es gratis.", "")]
    report = ImportReport()
    read_claimreview(document, report)
    ids = [record["article"]["id"] for record in report.records]
    assert ids[0] == ids[1] and len(set(ids)) == 4
