"""Issue 12, items 3 and 7: every command's output is safe for a terminal; ``export -o``
never replaces the database or one of its files.

Item 3: a database holding an annotation with OSC, CSI, DCS, C1, NUL, bidi and zero-width
characters in every text field and in the stored article path and title (put there with
the store API, as an import would) is listed, exported in every format and re-imported by
the real ``python -m reader`` in a subprocess; every byte it writes to stdout and stderr
is scanned (``assert_clean``). Output to a pipe is checked for JSON formats and messages;
output to a terminal (a pseudo-terminal, where Rich adds its colours and CSV is shown as
text) for every command. JSON output stays the same value: it is parsed back and compared.

Item 7: ``export -o`` onto the database by its name, a symlink, a relative path, a hard
link, onto its backup, journal, lock or a temp file, and onto the real file behind a
symlinked database: one line, exit 1, database bytes unchanged.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import hostile
import pytest
from pty_driver import PtyRun

from reader.cli import main
from reader.sources import load_file
from reader.store import AnnotationStore, new_record

CONTROLS = hostile.ALL_CONTROLS
BIDI = hostile.BIDI_PAYLOAD
NAME = "nota\x1b]0;PWNED\x07\x1b[31m\u202eX\u200b\x9b1m.txt"
"""A stored article file name with an OSC title change, a CSI colour, bidi, C1."""
SGR = re.compile(rb"\x1b\[[0-9;]*m")
"""Rich's colours and styles on a terminal: the only escape sequences allowed."""
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\udc80-\udcff"
                    "\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]")
"""Controls (tab, newline, CR allowed), DEL, C1 (as code points or raw bytes), bidi,
zero-width marks and line separators."""
TIMEOUT = 60


def assert_clean(data: bytes, where: str, colours: bool = False) -> None:
    """No control, C1, bidi or zero-width character, and no escape sequence at all; with
    ``colours`` (a terminal, where Rich styles text) only colour sequences (SGR), and
    never one followed by the marker (the stored CSI payload)."""
    if colours:
        assert b"\x1b[31m" + hostile.MARKER.encode() not in data, where
        data = SGR.sub(b"", data)
    text = data.decode("utf-8", "surrogateescape")
    found = UNSAFE.search(text)
    assert found is None, (f"{where}: {found.group()!r} at {found.start()}: "
                           f"{text[max(0, found.start() - 40):found.start() + 20]!r}"
                           if found else "")


@pytest.fixture
def hostile_db(tmp_path: Path) -> tuple[Path, Path, dict]:
    """A database with one hostile annotation; returns (db, article file, record)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    article_path = folder / NAME
    article_path.write_text(f"Primera frase {BIDI}. Segunda frase aquí.\n", encoding="utf-8")
    article = load_file(str(article_path))
    record = new_record(
        article, 0, article.text.index(".") + 1,
        claim=f"Claim {CONTROLS} {BIDI}", claimant=f"Who {CONTROLS}\u202e", verdict="false",
        note=f"Note {CONTROLS}\nline two {BIDI}", tags=[f"t{CONTROLS}", BIDI],
        evidence=[f"ref {CONTROLS}", f"https://example.org/{hostile.MARKER}\u202e"],
    )
    record["article"]["title"] = f"Title {CONTROLS} {BIDI}"
    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        store.merge([record])
        (stored,) = store.all()
    return db, article_path, stored


def strings(value: object) -> str:
    """Every string inside a JSON value, joined (to find a stored value in an export)."""
    if isinstance(value, str):
        return value
    items = value.values() if isinstance(value, dict) else value
    return " ".join(strings(item) for item in items) if isinstance(items, list | type(
        {}.values())) else ""


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m reader ARGS`` with pipes for stdout and stderr, bytes kept."""
    env = {**os.environ, "CLAIMDESK_DB": "/nonexistent/never-used.json"}
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          timeout=TIMEOUT, env=env, cwd=cwd, check=False)


def on_terminal(*args: str) -> tuple[int | None, bytes]:
    """``python -m reader ARGS`` on a pseudo-terminal (stdout and stderr): status, bytes."""
    run = PtyRun(list(args), env={"CLAIMDESK_DB": "/nonexistent/never-used.json"})
    try:
        assert run.wait_exit(limit=TIMEOUT), f"{args} did not end"
    finally:
        run.close()
    return run.status, bytes(run.output)


def test_annotations_json_escapes_and_keeps_the_value(hostile_db) -> None:
    db, _, stored = hostile_db
    done = cli("annotations", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    assert_clean(done.stdout + done.stderr, "annotations --json")
    assert [json.loads(line) for line in done.stdout.splitlines()] == [stored]


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "claimreview"])
def test_json_exports_escape_and_keep_the_value(fmt: str, hostile_db, tmp_path: Path) -> None:
    db, _, stored = hostile_db
    done = cli("export", "--db", str(db), "--format", fmt, "--review-url-base",
               "https://example.org/r/")
    assert done.returncode == 0, done.stderr
    assert_clean(done.stdout + done.stderr, f"export {fmt}")
    if fmt == "jsonl":
        assert [json.loads(line) for line in done.stdout.splitlines()] == [stored]
    else:
        kept = "Claim " if fmt == "claimreview" else "Note "  # W3C has no claim, a note
        assert kept + CONTROLS in strings(json.loads(done.stdout))
    target = tmp_path / f"out\x1b]0;{hostile.MARKER}\x07\u202e.{fmt}"
    done = cli("export", "--db", str(db), "--format", fmt, "-o", str(target),
               "--review-url-base", "https://example.org/r/")
    assert done.returncode == 0 and done.stdout == b""
    assert_clean(done.stderr, "export -o report")
    assert b"exported 1 annotation to" in done.stderr  # singular (issue 13)
    assert_clean(target.read_bytes(), f"export {fmt} file")


def test_import_reports_and_errors_are_clean(hostile_db, tmp_path: Path) -> None:
    db, _, stored = hostile_db
    source = tmp_path / f"in\x1b]2;{hostile.MARKER}\x07\x9b31m\u2066.jsonl"
    source.write_text(json.dumps(stored) + "\n", encoding="utf-8")
    fresh = tmp_path / "fresh.json"
    done = cli("import", "--db", str(fresh), str(source))
    assert done.returncode == 0, done.stderr
    assert b"1 new" in done.stdout
    assert_clean(done.stdout + done.stderr, "import report")
    source.write_text(json.dumps({**stored, "verdict": f"bad{CONTROLS}"}) + "\n")
    done = cli("import", "--db", str(fresh), str(source))
    assert done.returncode == 1 and done.stdout == b""
    assert len(done.stderr.splitlines()) == 1
    assert_clean(done.stderr, "import error")


def test_error_lines_naming_hostile_files_are_clean(hostile_db, tmp_path: Path) -> None:
    db, article, _ = hostile_db
    missing = str(article) + "\u202e\x1b]8;;x\x07gone"
    folder_db = tmp_path / f"db\x1b]0;{hostile.MARKER}\x07\u2067dir"
    folder_db.mkdir()
    for args in (["annotations", "--db", str(db), "--article", missing],
                 ["export", "--db", str(folder_db), "--format", "csv"],
                 ["annotations", "--db", str(folder_db)],
                 ["analyze", missing],
                 ["--db", str(folder_db), str(article)],
                 ["export", "--db", str(db), "--format", "csv", "-o", missing + "/x.csv"]):
        done = cli(*args)
        assert done.returncode in (1, 2), args
        assert len(done.stderr.splitlines()) == 1, done.stderr
        assert_clean(done.stdout + done.stderr, " ".join(args))


def test_analyze_json_escapes_bidi_and_zero_width(tmp_path: Path) -> None:
    path = hostile.bidi(tmp_path)
    done = cli("analyze", "--json", str(path))
    assert done.returncode == 0, done.stderr
    assert_clean(done.stdout + done.stderr, "analyze --json")
    assert "\u202e" in json.loads(done.stdout)["title"]  # the value is kept


@pytest.mark.parametrize("args", [
    ["annotations"], ["annotations", "--json"], ["annotations", "--article", "ARTICLE"],
    ["export", "--format", "csv"], ["export", "--format", "jsonl"],
    ["export", "--format", "w3c"], ["analyze", "ARTICLE"],
], ids=lambda args: "-".join(a.strip("-") for a in args))
def test_every_command_on_a_terminal_writes_no_control(args: list[str], hostile_db) -> None:
    db, article, _ = hostile_db
    args = [str(article) if a == "ARTICLE" else a for a in args]
    if args[0] != "analyze":
        args += ["--db", str(db)]
    status, output = on_terminal(*args)
    assert status == 0, output[-300:]
    assert hostile.MARKER.encode() in output or args[0] == "analyze"
    assert_clean(output, " ".join(args), colours=True)


def test_the_scan_catches_each_payload() -> None:
    for payload in [*hostile.CONTROL_PAYLOADS.values(), "\u202e", "\u200b", "\u2066"]:
        with pytest.raises(AssertionError):
            assert_clean(payload.encode("utf-8"), payload)
    with pytest.raises(AssertionError):
        assert_clean(b"ok \x9b31m", "raw C1 byte")
    with pytest.raises(AssertionError):
        assert_clean(b"\x1b[1mbold", "a colour where none is allowed")
    with pytest.raises(AssertionError):
        assert_clean(hostile.CONTROL_PAYLOADS["csi"].encode(), "the CSI payload", colours=True)
    assert_clean(b"\x1b[1;31mred\x1b[0m \xe2\x90\x9b ok\r\n", "colours", colours=True)


# ----- item 7: export -o never onto the database or its files -----


def _export_to(db: Path, target: str, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["export", "--db", str(db), "--format", "jsonl", "-o", target])
    err = capsys.readouterr().err
    assert code == 1, (target, err)
    assert len(err.splitlines()) == 1 and "annotation database" in err, err
    return err


def test_export_onto_the_database_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "annotations.json"
    with AnnotationStore(db) as store:
        store.add(new_record(load_file(str(_article(tmp_path))), 0, 5))
    (folder / "link.json").symlink_to(db)
    os.link(db, tmp_path / "hard.json")
    monkeypatch.chdir(folder)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    targets = [str(db), str(folder / "link.json"), "annotations.json", "./x/../annotations.json",
               str(tmp_path / "hard.json"), str(db) + ".bak", str(db) + ".journal",
               str(db) + ".lock", str(folder / ".annotations.json.abc123.tmp"),
               str(db) + ".journal.unmerged-1"]
    os.mkdir(folder / "x")
    for target in targets:
        _export_to(db, target, capsys)
    for target in (str(db), "annotations.json"):  # the database named through a symlink
        _export_to(folder / "link.json", target, capsys)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns)
             for p in folder.iterdir() if p.name != "x"}
    assert after == before
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", "other.jsonl"]) == 0
    assert (folder / "other.jsonl").read_text().count("\n") == 1


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "nota.txt"
    path.write_text("Una frase corta. Otra más.\n", encoding="utf-8")
    return path
