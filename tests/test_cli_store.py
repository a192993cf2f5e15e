"""The store's subcommands: ``annotations``, ``export`` and ``import``, including every
error path (one line on stderr, exit 1 or 2, nothing written)."""

from __future__ import annotations

import csv
import io
import json
import sys
import types
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.model import Article
from reader.core.text import canonicalize
from reader.store import AnnotationStore, new_record

TEXT = "El banco central informó que la inflación bajó del 9 % este año. 😀 Fin del texto."


@pytest.fixture
def loader(monkeypatch: pytest.MonkeyPatch) -> object:
    """``reader.sources.load_file``: the real one when present, else a minimal stand-in."""
    try:
        from reader.sources import SourceError, load_file

        return load_file, SourceError
    except ImportError:
        fake = types.ModuleType("reader.sources")

        class SourceError(Exception):
            pass

        def load_file(path: str) -> Article:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as error:
                raise SourceError(f"{path}: {error.strerror}") from None
            return Article(path=str(path), title=Path(path).stem,
                           text=canonicalize(text).strip(), blocks=())

        fake.load_file, fake.SourceError = load_file, SourceError  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "reader.sources", fake)
        return load_file, SourceError


def _db(tmp_path: Path, *verdicts: str) -> tuple[Path, list[dict]]:
    path = tmp_path / "db.json"
    article = Article(path=str(tmp_path / "nota.txt"), title="Nota", text=TEXT, blocks=())
    store = AnnotationStore(path)
    start = TEXT.index("del 9 % este año")
    records = [store.add(new_record(article, start, start + 16, verdict=v, claimant="Banco"))
               for v in verdicts]
    store.close()
    return path, records


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    return err


# -- annotations ---------------------------------------------------------------------------


def test_annotations_json_lists_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    path, records = _db(tmp_path, "mostly-false", "true")
    assert main(["annotations", "--db", str(path), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in records]


def test_annotations_filter_by_verdict_accepts_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, records = _db(tmp_path, "mostly-false", "true")
    assert main(["annotations", "--db", str(path), "--json", "--verdict", "Mostly false"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in out] == [records[0]["id"]]


def test_annotations_table_shows_text_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    path = tmp_path / "db.json"
    article = Article(path="a.txt", title="[bold red]x[/]", text="[/] dijo [@click=app.quit]",
                      blocks=())
    AnnotationStore(path).add(new_record(article, 0, 3, claimant="[link=file:///etc]y"))
    assert main(["annotations", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[/]" in out and "[bold red]x[/]" in out and "[link=file:///etc]y" in out


def test_annotations_on_missing_database_is_empty_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "none" / "db.json"
    assert main(["annotations", "--db", str(path), "--json"]) == 0
    assert capsys.readouterr().out == ""
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize("content", [b"", b"{broken", b"[]"])
def test_annotations_on_corrupt_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(content)
    assert main(["annotations", "--db", str(path)]) == 1
    assert str(path) in _one_line_error(capsys)
    assert path.read_bytes() == content


NOT_A_DATABASE = [(b"[]", "the top level is a list"), (b'"x"', "the top level is a string"),
                  (b"42", "the top level is a number"), (b"null", "the top level is null"),
                  (b'{"_default": []}', "table '_default' is a list")]


@pytest.mark.parametrize(("content", "said"), NOT_A_DATABASE)
@pytest.mark.parametrize("command", [["annotations"], ["export", "--format", "jsonl"],
                                     ["import", "IMPORT"]])
def test_valid_json_that_is_not_a_database_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, said: str,
    command: list[str],
) -> None:
    """It said "the top level is a NoneType" (Python's words) and not what to do; the
    file is never written, whatever the command."""
    path, records = _db(tmp_path, "false")  # one record to import
    incoming = tmp_path / "in.jsonl"
    incoming.write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    for stale in tmp_path.glob("db.json*"):
        stale.unlink()
    path.write_bytes(content)
    argv = [str(incoming) if word == "IMPORT" else word for word in command]
    assert main([*argv, "--db", str(path)]) == 1
    err = _one_line_error(capsys)
    assert str(path) in err and f"valid JSON but not an annotation database ({said}" in err
    assert "move it aside (rename it) to start an empty database" in err
    assert "NoneType" not in err and " a int" not in err and " a str " not in err
    assert path.read_bytes() == content
    assert {p.name for p in tmp_path.iterdir()} <= {"db.json", "db.json.lock", "in.jsonl"}


def _damage_second(path: Path) -> str:
    """Give the second stored record a verdict of the wrong type (typed by hand); its id."""
    data = json.loads(path.read_text(encoding="utf-8"))
    key = list(data["annotations"])[1]
    data["annotations"][key]["verdict"] = 12
    path.write_text(json.dumps(data), encoding="utf-8")
    return key


@pytest.mark.parametrize("command", [["annotations", "--json"], ["export", "--format", "jsonl"],
                                     ["export", "--format", "csv"]])
def test_one_damaged_record_is_left_out_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """One hand-damaged record made `annotations` and `export` refuse the whole database:
    now the sound records are output, one stderr line says how many were left out and
    names the damaged one (its id and field), and the exit status is 3 (incomplete)."""
    path, records = _db(tmp_path, "false", "true", "mostly-true")
    damaged = _damage_second(path)
    before = path.read_bytes()
    assert main([*command, "--db", str(path)]) == 3
    out, err = capsys.readouterr()
    assert damaged not in out and records[0]["id"] in out and records[2]["id"] in out
    assert err == (f"claimdesk: warning: 1 damaged annotation left out, the output is "
                   f"incomplete: annotation database {path}: annotation '{damaged}' is not "
                   f"valid: field 'verdict' must be a string; the file was left unchanged; "
                   f"the previous good version is kept in {path}.bak (copy it over the "
                   f"database to restore it)\n")
    assert path.read_bytes() == before


def test_a_sound_database_still_exits_0_with_nothing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _db(tmp_path, "false")
    assert main(["export", "--format", "jsonl", "--db", str(path)]) == 0
    assert capsys.readouterr().err == ""


def test_annotations_database_is_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["annotations", "--db", str(tmp_path)]) == 1
    assert "directory" in _one_line_error(capsys)


def test_annotations_bad_verdict_is_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["annotations", "--db", str(tmp_path / "db.json"), "--verdict", "maybe"])
    assert caught.value.code == 2
    assert "maybe" in _one_line_error(capsys)


def test_annotations_for_an_edited_article_are_reanchored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], loader: object
) -> None:
    load_file, _ = loader  # type: ignore[misc]
    source = tmp_path / "nota.txt"
    source.write_text("Un titular\n\n" + TEXT + "\n", encoding="utf-8")
    article = load_file(str(source))
    start = article.text.index("del 9 % este año")
    path = tmp_path / "db.json"
    stored = AnnotationStore(path).add(new_record(article, start, start + 16, verdict="false"))
    before = path.read_bytes()
    source.write_text("Un titular\n\nUn párrafo nuevo al principio, añadido hoy.\n\n"
                      + TEXT + "\n", encoding="utf-8")
    assert main(["annotations", "--db", str(path), "--article", str(source), "--json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    shown = json.loads(line)
    assert shown["id"] == stored["id"] and shown["anchor"]["status"] == "moved"
    new_text = load_file(str(source)).text
    position = shown["target"]["position"]
    assert new_text[position["start"]:position["end"]] == "del 9 % este año"
    assert path.read_bytes() == before  # listing never writes
    assert main(["annotations", "--db", str(path), "--article", str(source)]) == 0
    assert "moved" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_annotations_bad_article_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], loader: object, kind: str
) -> None:
    path, _ = _db(tmp_path, "true")
    target = tmp_path / "nope.txt" if kind == "missing" else tmp_path
    assert main(["annotations", "--db", str(path), "--article", str(target)]) == 1
    _one_line_error(capsys)


# -- export ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "w3c", "claimreview"])
def test_export_every_format_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    path, records = _db(tmp_path, "mostly-false", "misleading")
    out = tmp_path / f"out.{fmt}"
    args = ["export", "--db", str(path), "--format", fmt, "-o", str(out),
            "--org-name", "Verifica", "--org-url", "https://v.example",
            "--review-url-base", "https://v.example/r/"]
    assert main(args) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        assert [json.loads(line) for line in text.splitlines()] == records
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert [row["id"] for row in rows] == [r["id"] for r in records]
    elif fmt == "w3c":
        assert [a["type"] for a in json.loads(text)] == ["Annotation", "Annotation"]
    else:
        reviews = json.loads(text)
        assert reviews[0]["author"]["name"] == "Verifica"
        assert reviews[0]["url"] == f"https://v.example/r/{records[0]['id']}"
        assert "ratingValue" not in reviews[1]["reviewRating"]


def test_export_to_stdout_uses_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _db(tmp_path, "true")
    config = tmp_path / "config.toml"
    config.write_text('[claimreview]\norganization_name = "Desde archivo"\n', encoding="utf-8")
    assert main(["export", "--db", str(path), "--format", "claimreview",
                 "--config", str(config)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)[0]["author"]["name"] == "Desde archivo"
    assert "review URL" in captured.err  # the missing url is pointed out, on one line


@pytest.mark.parametrize("problem", ["directory", "no-folder", "corrupt-db", "bad-config"])
def test_export_errors_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str
) -> None:
    path, _ = _db(tmp_path, "true")
    out = tmp_path / "out.jsonl"
    args = ["export", "--db", str(path), "--format", "jsonl", "-o", str(out)]
    if problem == "directory":
        args[-1] = str(tmp_path)
    elif problem == "no-folder":
        args[-1] = str(tmp_path / "missing" / "out.jsonl")
    elif problem == "corrupt-db":
        path.write_bytes(b"{")
    else:
        (tmp_path / "bad.toml").write_text("[claimreview", encoding="utf-8")
        args += ["--config", str(tmp_path / "bad.toml")]
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(args) == 1
    _one_line_error(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_export_bad_format_is_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", "--format", "xml"])
    assert caught.value.code == 2
    _one_line_error(capsys)


# -- import ---------------------------------------------------------------------------------


def _jsonl(tmp_path: Path, records: list[dict]) -> Path:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    return source


def test_import_twice_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    _, records = _db(tmp_path / "a", "true", "false", "misleading")
    source = _jsonl(tmp_path, records)
    target = tmp_path / "b.json"
    assert main(["import", str(source), "--db", str(target)]) == 0
    assert "3 new, 0 already present" in capsys.readouterr().out
    first = target.read_bytes()
    assert main(["import", str(source), "--db", str(target)]) == 0
    assert "0 new, 3 already present" in capsys.readouterr().out
    assert target.read_bytes() == first
    assert sorted(r["id"] for r in AnnotationStore(target).all()) == sorted(
        r["id"] for r in records)


@pytest.mark.parametrize(
    ("line", "reason"),
    [("{not json", "JSON"), ("[1, 2]", "object"), ('{"id": "x"}', "id"),
     ("VERDICT", "verdict"), ("DUPLICATE", "already on line"),
     ("HUGE", "target.position")],  # 10**30 was stored; the file could not be read again
)
def test_import_bad_line_names_it_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, reason: str
) -> None:
    target, records = _db(tmp_path, "true", "false")
    before = target.read_bytes()
    lines = [json.dumps(r) for r in records]
    if line == "VERDICT":
        line = json.dumps(dict(records[0], verdict="maybe", id=records[0]["id"][:-1] + "0"))
    elif line == "DUPLICATE":
        line = lines[0]
    elif line == "HUGE":
        far = {"start": 10**30, "end": 10**30 + 16}
        line = json.dumps(dict(records[0], id=records[0]["id"][:-1] + "0", target=dict(
            records[0]["target"], position=far)))
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([*lines, "", line]) + "\n", encoding="utf-8")
    assert main(["import", str(source), "--db", str(target)]) == 1
    err = _one_line_error(capsys)
    assert f"{source}:4" in err and reason in err
    assert target.read_bytes() == before


@pytest.mark.parametrize("kind", ["missing", "directory", "binary"])
def test_import_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
                         ) -> None:
    source = {"missing": tmp_path / "nope.jsonl", "directory": tmp_path,
              "binary": tmp_path / "bin.jsonl"}[kind]
    if kind == "binary":
        source.write_bytes(b"\xff\xfe\x00garbage\n")
    target = tmp_path / "db.json"
    assert main(["import", str(source), "--db", str(target)]) == 1
    _one_line_error(capsys)
    assert not target.exists()


def test_import_into_corrupt_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    _, records = _db(tmp_path / "a", "true")
    target = tmp_path / "db.json"
    target.write_bytes(b"   ")
    assert main(["import", str(_jsonl(tmp_path, records)), "--db", str(target)]) == 1
    assert "empty" in _one_line_error(capsys)
    assert target.read_bytes() == b"   "


def test_import_without_file_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import"])
    assert caught.value.code == 2
    _one_line_error(capsys)


def test_reference_article_annotation_moves_with_a_new_first_paragraph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_path: Path
) -> None:
    """The issue's walk-through, on the reference article (read from ../shared/seed/)."""
    from reader.sources import load_file

    article = load_file(str(seed_path))
    phrase = "del 9 % este año"
    start = article.text.index(phrase)
    db = tmp_path / "db.json"
    stored = AnnotationStore(db).add(new_record(article, start, start + len(phrase),
                                                verdict="mostly-false", note="INE"))
    assert main(["annotations", "--db", str(db), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["target"]["position"] == {"start": start, "end": start + len(phrase)}
    raw = seed_path.read_text(encoding="utf-8")
    head, blank, body = raw.partition("\n\n")
    edited = tmp_path / seed_path.name  # same base name: same article id
    edited.write_text(head + blank + "Un párrafo nuevo al principio.\n\n" + body,
                      encoding="utf-8")
    assert main(["annotations", "--db", str(db), "--article", str(edited), "--json"]) == 0
    moved = json.loads(capsys.readouterr().out)
    assert moved["id"] == stored["id"] and moved["anchor"]["status"] == "moved"
    text = load_file(str(edited)).text
    assert text[moved["target"]["position"]["start"]:moved["target"]["position"]["end"]] == phrase


def test_claimreview_without_organisation_says_author_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _db(tmp_path, "true")
    config = tmp_path / "config.toml"
    config.write_text('[claimreview]\nreview_url_base = "https://v.example/r/"\n')
    assert main(["export", "--db", str(path), "--format", "claimreview",
                 "--config", str(config)]) == 0
    captured = capsys.readouterr()
    assert "author" not in json.loads(captured.out)[0]
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "'author' left out" in lines[0] and "--org-name" in lines[0]
    assert main(["export", "--db", str(path), "--format", "claimreview",
                 "--config", str(config), "--org-name", "Verifica"]) == 0
    assert capsys.readouterr().err == ""


def test_importing_a_csv_export_says_to_use_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _db(tmp_path, "false")
    out = tmp_path / "out.csv"
    assert main(["export", "--db", str(path), "--format", "csv", "-o", str(out)]) == 0
    capsys.readouterr()
    other = tmp_path / "other.json"
    assert main(["import", "--db", str(other), str(out)]) == 1
    err = _one_line_error(capsys)
    assert "is a CSV export, which cannot be imported" in err and "--format jsonl" in err
    assert not other.exists()


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", "\ufeff\n".encode(), b"[]", b" [ ]\n",
                                     b'{"type": "AnnotationCollection", "items": []}'])
def test_import_of_a_file_with_nothing_in_it_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    """An empty export is not an error (exit 0, one line) and creates no database."""
    source = tmp_path / "empty.jsonl"
    source.write_bytes(content)
    target = tmp_path / "db.json"
    assert main(["import", str(source), "--db", str(target)]) == 0
    out = capsys.readouterr()
    assert out.out == f"nothing to import: {source} holds no annotations (the database is " \
                      "unchanged)\n"
    assert out.err == ""
    assert not target.exists()


def test_import_help_documents_the_exit_code_of_an_empty_file(
    capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "exit code is 0" in " ".join(capsys.readouterr().out.split())


def test_export_org_options_store_no_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The organisation typed on the command line is written as the TUI's forms save text."""
    path, _ = _db(tmp_path, "false")
    out = tmp_path / "out.json"
    assert main(["export", "--db", str(path), "--format", "claimreview", "-o", str(out),
                 "--org-name", "\x1b[1mVeri\x1b[0mfica\x07", "--org-url",
                 "https://v.example/\x1b]0;x\x07"]) == 0
    [review] = json.loads(out.read_text(encoding="utf-8"))
    assert review["author"]["name"] == "Verifica"
    assert review["author"]["url"] == "https://v.example/"


def test_claimreview_leaves_out_unrated_annotations_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ClaimReview file is published: an annotation nobody has rated yet must not be
    released as an "Unrated" fact-check. It is left out, counted in one line, and
    ``--include-unrated`` keeps it."""
    path, records = _db(tmp_path, "unrated", "false", "unrated")
    flags = ["--org-name", "Verifica", "--org-url", "https://v.example",
             "--review-url-base", "https://v.example/r/"]
    out = tmp_path / "reviews.json"
    assert main(["export", "--db", str(path), "--format", "claimreview", *flags,
                 "-o", str(out)]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert [r["url"] for r in reviews] == [f"https://v.example/r/{records[1]['id']}"]
    assert capsys.readouterr().err.splitlines() == [
        "claimdesk: note: 2 annotations without a verdict (unrated) were left out of the "
        "ClaimReview export, so that no unreviewed claim is published as a fact-check; "
        "add --include-unrated to export unrated ones too",
        f"claimdesk: exported 1 annotation to {out}"]
    assert main(["export", "--db", str(path), "--format", "claimreview", *flags,
                 "--include-unrated", "-o", str(out), "--force"]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 3
    assert capsys.readouterr().err == f"claimdesk: exported 3 annotations to {out}\n"
    assert main(["export", "--db", str(path), "--format", "jsonl"]) == 0  # other formats:
    assert len(capsys.readouterr().out.splitlines()) == 3  # a backup, not a publication


def test_include_unrated_with_another_format_says_it_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--include-unrated`` with CSV or JSON Lines was accepted in silence, as if it had
    done something; those formats keep every annotation anyway, and one line says so."""
    path, _ = _db(tmp_path, "unrated", "false")
    assert main(["export", "--db", str(path), "--format", "csv", "--include-unrated"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 3  # a header and both annotations
    assert captured.err == ("claimdesk: note: --include-unrated only changes ClaimReview; "
                            "csv always exports every annotation\n")
