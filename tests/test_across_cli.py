"""``claimdesk seen`` and ``claimdesk stats``: JSON for scripts, readable text, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.sources import load_file
from reader.store import AnnotationStore, new_record

ARTICLES = Path(__file__).parent / "across" / "articles"
SAID = "Ninguna familia pagará más por la luz este invierno, aunque suban los precios del gas"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "notes" / "annotations.json"


def annotate_first(db: Path, verdict: str = "false") -> dict:
    """Annotate the quotation of the wire story (the first appearance)."""
    article = load_file(str(ARTICLES / "wire.txt"))
    start = article.text.index("«Ninguna")
    end = article.text.index("»", start) + 1
    record = new_record(article, start, end, claim="Ninguna familia pagará más por la luz",
                        claimant="Carlos Ortega", verdict=verdict, tags=["energía"])
    with AnnotationStore(db) as store:
        store.add(record)
    return record


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_seen_lists_both_sources_earliest_first_with_the_changed_word(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["seen", SAID, str(ARTICLES), "--db", str(db), "--json"]) == 0
    rows = lines(capsys)
    assert [r["source"] for r in rows] == ["Agencia Meridiano", "Diario del Norte"]
    assert set(rows[0]) == {"article_id", "title", "source", "date", "kind", "start", "end",
                            "text", "similarity", "segments", "annotated_claim",
                            "same_claim", "differs", "wording"}
    assert rows[0]["similarity"] == 1.0 and rows[0]["annotated_claim"] is None
    assert [r["same_claim"] for r in rows] == [True, True] and rows[1]["differs"] == ""
    changed = [piece for piece, kind in rows[1]["segments"] if kind == "changed"]
    assert changed == ["electricidad"]
    assert (db.parent / "across.sqlite").is_file()  # the index follows --db's folder


def test_seen_names_the_annotated_claim_and_its_verdict(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = annotate_first(db)
    assert main(["seen", SAID.replace("luz", "electricidad"), str(ARTICLES),
                 "--db", str(db), "--json"]) == 0
    rows = lines(capsys)
    first = rows[0]
    assert first["annotated_claim"]["id"] == record["id"]
    assert first["annotated_claim"]["verdict"] == "false"
    assert rows[1]["annotated_claim"] is None


def test_seen_text_output_marks_changes_without_colour(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    annotate_first(db)
    main(["seen", SAID, str(ARTICLES), "--db", str(db)])
    out = capsys.readouterr().out
    assert "[-luz-]{+electricidad+}" in out
    assert "Already checked: False" in out
    assert "\x1b" not in out


def test_seen_too_short_is_a_usage_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seen", "la luz", "--db", str(db)]) == 2
    assert "at least 4 words" in capsys.readouterr().err


def test_seen_nothing_found_and_hostile_text(db: Path, capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("Title: [@click=app.quit]x[/]\x1b[2J\nSource: \u202eevil\n\n"
                       "«Ninguna familia pagará más por la luz este invierno\x1b]8;;x\x07»,"
                       " dijo.\n", encoding="utf-8")
    assert main(["seen", "nada que ver con esto aquí", "--db", str(db)]) == 0
    assert "Not seen" in capsys.readouterr().out
    assert main(["seen", SAID, str(hostile), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out


def test_stats_json_and_charts(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    annotate_first(db)
    main(["seen", SAID, str(ARTICLES), "--db", str(db), "--json"])
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["annotations"]["by_verdict"] == {"false": 1}
    assert stats["annotations"]["by_tag"] == {"energía": 1}
    assert stats["library"]["most_quoted"][0] == ["Carlos Ortega", 2]
    assert stats["library"]["articles_per_source_per_day"]["Diario del Norte"] == {
        "2026-03-04": 1}
    assert main(["stats", "--db", str(db), "--width", "80"]) == 0
    out = capsys.readouterr().out
    assert "Annotations by verdict" in out and "█" in out and "Carlos Ortega" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_stats_on_nothing_creates_nothing(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total_annotations"] == 0
    assert not db.parent.exists()


def test_claimreview_first_appearance_is_the_earliest_article(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = load_file(str(ARTICLES / "daily.txt"))
    start = article.text.index("«Ninguna")
    end = article.text.index("»", start) + 1
    with AnnotationStore(db) as store:
        store.add(new_record(article, start, end, claim="Nadie pagará más por la luz",
                             verdict="false"))
    main(["export", "--format", "claimreview", "--db", str(db)])
    (review,) = json.loads(capsys.readouterr().out)
    assert review["itemReviewed"]["firstAppearance"]["headline"] == article.title  # no index
    main(["seen", SAID, str(ARTICLES), "--db", str(db), "--json"])  # indexes both
    capsys.readouterr()
    main(["export", "--format", "claimreview", "--db", str(db)])
    (review,) = json.loads(capsys.readouterr().out)
    first = review["itemReviewed"]["firstAppearance"]
    assert first["headline"] == "El Gobierno promete congelar la factura de la luz"
    assert first["datePublished"] == "2026-03-02"
    assert review["itemReviewed"]["appearance"][0]["headline"] == article.title


def test_seen_without_an_index_creates_nothing(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["seen", SAID, "--db", str(db)]) == 0
    assert "Not seen" in capsys.readouterr().out
    assert not db.parent.exists()


def test_unusable_index_is_one_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (db.parent / "across.sqlite").mkdir(parents=True)  # a folder where the file should be
    assert main(["seen", SAID, str(ARTICLES), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "across index" in err


def test_seen_lists_a_changed_figure_as_another_claim(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same quotation with another figure is listed (a changed quotation is what a
    fact-checker looks for) but says it is another claim, in JSON and in the text."""
    said = "Hemos contratado a 4.000 sanitarios más desde enero en los hospitales públicos"
    folder = tmp_path / "arts"
    folder.mkdir()
    for name, date, figure in (("a", "2026-03-01", "4.000"), ("b", "2026-03-09", "9.000")):
        (folder / f"{name}.txt").write_text(
            f"Title: Sanidad {name}\nDate: {date}\nSource: Medio {name}\nLanguage: es\n\n"
            f"La consejera Ana Ruiz afirmó: «{said.replace('4.000', figure)}».\n",
            encoding="utf-8")
    assert main(["seen", said, str(folder), "--db", str(db), "--json"]) == 0
    rows = lines(capsys)
    assert [(r["title"], r["same_claim"], r["differs"]) for r in rows] == [
        ("Sanidad a", True, ""), ("Sanidad b", False, "number")]
    assert rows[1]["similarity"] == 0.0 and rows[1]["wording"] > 0.85
    assert rows[1]["annotated_claim"] is None
    assert main(["seen", said, str(folder), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "another claim: a different figure" in out and "{+9.000+}" in out


def test_seen_on_a_damaged_index_warns_before_saying_not_seen(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A truncated across.sqlite (a copy cut short, a full disk) was set aside and a new
    empty one made without a word: ``seen`` answered "Not seen in any indexed article."
    for text indexed the day before."""
    assert main(["seen", SAID, str(ARTICLES), "--db", str(db)]) == 0
    capsys.readouterr()
    index = db.parent / "across.sqlite"
    index.write_bytes(index.read_bytes()[:5000])
    assert main(["seen", SAID, "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert out == "Not seen in any indexed article.\n"
    assert err == (f"claimdesk: warning: the across index was damaged; it was set aside as "
                   f"{index}.unreadable and starts empty (library articles are indexed "
                   "again; files looked up with PATH must be given again)\n")


def test_seen_finds_a_quotation_typed_in_decomposed_accents(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text pasted from a macOS file name or some PDF viewers writes "á" as "a" plus a
    combining accent (NFD). Such a query cut "pagará" into "pagara" + "", so "seen" said
    "Not seen" for a quotation the library holds and missed its verdict."""
    import unicodedata

    record = annotate_first(db)
    decomposed = unicodedata.normalize("NFD", SAID)
    assert decomposed != SAID
    assert main(["seen", decomposed, str(ARTICLES), "--db", str(db), "--json"]) == 0
    rows = lines(capsys)
    assert [r["source"] for r in rows] == ["Agencia Meridiano", "Diario del Norte"]
    assert rows[0]["similarity"] == 1.0
    assert rows[0]["annotated_claim"]["id"] == record["id"]


def test_seen_of_a_quotation_in_many_articles_starts_at_the_earliest(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A quotation carried by more articles than are compared (80 passages) tied them
    all, and the first *indexed* were kept: indexed newest first (as a feed lists them),
    the earliest article was left out, and "seen" named as first appearance a story two
    months later, without a word about the others."""
    import datetime

    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(120):  # the last file is the earliest story
        day = datetime.date(2026, 7, 20) - datetime.timedelta(days=number)
        (folder / f"n{number:03}.md").write_text(
            f"---\ntitle: Nota {number}\ndate: {day.isoformat()}\n---\n\nEl ministro dijo: "
            "«La inflación bajó al 9 % este año y seguirá bajando», según el comunicado. "
            f"Otra frase número {number} sobre el tema.\n", encoding="utf-8")
    assert main(["seen", "La inflación bajó al 9 % este año", str(folder),
                 "--db", str(db), "--json"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["title"] == "Nota 119" and rows[0]["date"] == "2026-03-23"
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert "more passages share words with TEXT and were not compared" in err


@pytest.mark.parametrize("quotation", [
    "إن التضخم انخفض إلى 9 في المئة هذا العام",  # Arabic: hamza on alef and on yeh
    "האינפלציה ירדה השנה לתשעה אחוזים בלבד לדברי השר",  # Hebrew without points (held)
    "שָׁלוֹם לְכֻלָּם וְהָאִינְפְלַצְיָה יָרְדָה הַשָּׁנָה",  # Hebrew with vowel points
])
def test_seen_finds_a_right_to_left_quotation(
    quotation: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Folding left Arabic hamza (what NFKD makes of "إ", "ئ") and Hebrew points in the
    text, where they cut words for the index ("ا" + "ن") but not for the query: the
    article's own quotation, looked up word for word, was "Not seen"."""
    article = tmp_path / "rtl.txt"
    article.write_text(f"خبر\n\nقال الوزير: «{quotation}» بحسب البيان الرسمي.\n",
                       encoding="utf-8")
    assert main(["seen", quotation, str(article), "--db", str(db), "--json"]) == 0
    rows = lines(capsys)
    assert [(r["title"], r["similarity"]) for r in rows] == [("خبر", 1.0)]
