"""Issue 5, arguments: every command with missing, unreadable, non-existent, directory and
special-file paths and with bad flag values prints exactly one line on stderr, exits 1 or 2,
shows no traceback and writes nothing.

Most cases run in-process through ``reader.cli.main`` (fast; "unreadable" is simulated by
patching ``os.open``/``io.open`` to raise ``PermissionError``, since the tests run as root).
Cases that could block (a FIFO, a device) run in a subprocess with a timeout and a memory
limit, so a regression fails the test instead of hanging the suite or the machine.
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import re
import resource
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.model import Article, Block
from reader.store import AnnotationStore, new_record

ARTICLE = "Title: Una prueba\nLanguage: es\n\nLa ministra dijo que el paro bajó un 9 % este año.\n"
TIMEOUT = 10
MEMORY_LIMIT = 1 << 30
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# ----- the world each case runs in -----------------------------------------------------


@pytest.fixture
def world(tmp_path: Path, isolated_dirs: Path) -> dict[str, Path]:
    """An article, a database with one record, a JSONL export, a config, a folder, a FIFO."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    text = "La ministra dijo que el paro bajó."
    blocks = (Block("paragraph", 0, len(text)),)
    record = new_record(Article(path=str(article), title="t", text=text, blocks=blocks), 0, 11)
    database = tmp_path / "db.json"
    with AnnotationStore(database) as store:
        store.add(record)
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(record) + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('[claimreview]\norganization_name = "Desk"\n', encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    escapes_dir = tmp_path / "db\x1b]0;PWNED\x07\x9b31m.json"
    escapes_dir.mkdir()
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    return {
        "article": article, "db": database, "records": records, "config": config,
        "folder": folder, "fifo": fifo, "escapes_dir": escapes_dir,
        "missing": tmp_path / "missing.json",
        "escapes": tmp_path / "no\x1b]0;PWNED\x07\x1b[31mPWNED\x9b31m.json",
        "home": isolated_dirs,
    }


def _snapshot(*roots: Path) -> dict[str, object]:
    """Every entry under ``roots``: kind and, for files, content (to prove nothing changed)."""
    seen: dict[str, object] = {}
    for root in roots:
        for folder, dirs, files in os.walk(root):
            for name in dirs + files:
                path = Path(folder, name)
                mode = path.lstat().st_mode
                seen[str(path)] = path.read_bytes() if stat.S_ISREG(mode) else stat.S_IFMT(mode)
    return seen


def _call(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as leave:  # argparse usage errors
        code = int(leave.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_one_line_error(code: int, err: str, codes: tuple[int, ...] = (1, 2)) -> None:
    assert code in codes, f"exit {code}: {err!r}"
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert lines[0].startswith("claimdesk"), lines[0]
    assert not CONTROL.search(lines[0]), f"control character on stderr: {lines[0]!r}"


@pytest.fixture
def deny(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Paths (files, or folders and everything in them) whose opening is refused."""
    denied: list[Path] = []
    real_os_open, real_io_open = os.open, io.open

    def refused(path: object) -> bool:
        if isinstance(path, int):
            return False
        try:
            absolute = Path(os.path.abspath(os.fspath(path)))  # type: ignore[arg-type]
        except TypeError:
            return False
        return any(absolute == d or d in absolute.parents for d in denied)

    def os_open(path: object, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        if refused(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real_os_open(path, flags, mode, **kwargs)  # type: ignore[arg-type]

    def io_open(file: object, *args: object, **kwargs: object) -> object:
        if refused(file):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(file))  # type: ignore[arg-type]
        return real_io_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(io, "open", io_open)
    monkeypatch.setattr(builtins, "open", io_open)
    yield denied


# ----- in-process cases ------------------------------------------------------------------

CASES: list[tuple[str, list[str], tuple[int, ...]]] = [
    # the reader itself
    ("reader: non-existent path", ["{missing}"], (1,)),
    ("reader: non-existent path with escapes", ["{escapes}"], (1,)),
    ("reader: unknown flag", ["--nope", "{article}"], (2,)),
    ("reader: --db without a value", ["--db"], (2,)),
    # analyze
    ("analyze: no path", ["analyze"], (2,)),
    ("analyze: non-existent path", ["analyze", "{missing}"], (1,)),
    ("analyze: non-existent path with escapes", ["analyze", "{escapes}"], (1,)),
    ("analyze: empty folder", ["analyze", "{folder}"], (1,)),
    ("analyze: bad backend", ["analyze", "--backend", "nope", "{article}"], (1, 2)),
    ("analyze: bad language", ["analyze", "--lang", "zz", "{article}"], (1, 2)),
    # annotations
    ("annotations: bad verdict", ["annotations", "--verdict", "nope"], (2,)),
    ("annotations: --db is a folder", ["annotations", "--db", "{folder}"], (1,)),
    ("annotations: --db without a value", ["annotations", "--db"], (2,)),
    ("annotations: --article missing", ["annotations", "--db", "{db}", "--article",
                                        "{missing}"], (1,)),
    ("annotations: --article with escapes", ["annotations", "--db", "{db}", "--article",
                                           "{escapes}"], (1,)),
    ("annotations: --db is a folder with escapes", ["annotations", "--db", "{escapes_dir}"],
     (1,)),
    ("annotations: --article is a folder", ["annotations", "--db", "{db}", "--article",
                                            "{folder}"], (1,)),
    ("annotations: --article is a FIFO", ["annotations", "--db", "{db}", "--article",
                                          "{fifo}"], (1,)),
    # export
    ("export: no format", ["export", "--db", "{db}"], (2,)),
    ("export: bad format", ["export", "--db", "{db}", "--format", "nope"], (2,)),
    ("export: --db is a folder", ["export", "--db", "{folder}", "--format", "jsonl"], (1,)),
    ("export: -o is a folder", ["export", "--db", "{db}", "--format", "csv", "-o",
                                "{folder}"], (1,)),
    ("export: -o in a missing folder", ["export", "--db", "{db}", "--format", "csv", "-o",
                                        "{missing}/x/out.csv"], (1,)),
    ("export: -o in a missing folder with escapes", ["export", "--db", "{db}", "--format",
                                                     "csv", "-o", "{escapes}/out.csv"], (1,)),
    ("export: bad format with escapes", ["export", "--db", "{db}", "--format",
                                         "\x1b]0;PWNED\x07"], (2,)),
    ("export: --config missing", ["export", "--db", "{db}", "--format", "claimreview",
                                  "--config", "{missing}"], (1,)),
    ("export: --config is a folder", ["export", "--db", "{db}", "--format", "claimreview",
                                      "--config", "{folder}"], (1,)),
    # import
    ("import: no file", ["import"], (2,)),
    ("import: non-existent file", ["import", "--db", "{db}", "{missing}"], (1,)),
    ("import: non-existent file with escapes", ["import", "--db", "{db}", "{escapes}"], (1,)),
    ("import: file is a folder", ["import", "--db", "{db}", "{folder}"], (1,)),
    ("import: file is an article, not JSONL", ["import", "--db", "{db}", "{article}"], (1,)),
    ("import: --db is a folder", ["import", "--db", "{folder}", "{records}"], (1,)),
]


def _fill(argv: list[str], world: dict[str, Path]) -> list[str]:
    return [arg.format(**{k: str(v) for k, v in world.items()}) for arg in argv]


@pytest.mark.parametrize(("label", "argv", "codes"), CASES, ids=[c[0] for c in CASES])
def test_bad_arguments_one_line_no_write(
    label: str, argv: list[str], codes: tuple[int, ...], world: dict[str, Path],
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    before = _snapshot(tmp_path, world["home"])
    code, _, err = _call(_fill(argv, world), capsys)
    _assert_one_line_error(code, err, codes)
    assert _snapshot(tmp_path, world["home"]) == before, "something was written"


UNREADABLE: list[tuple[str, str, list[str]]] = [
    ("analyze: unreadable article", "article", ["analyze", "{article}"]),
    ("annotations: unreadable --db", "db", ["annotations", "--db", "{db}"]),
    ("annotations: unreadable --article", "article",
     ["annotations", "--db", "{db}", "--article", "{article}"]),
    ("export: unreadable --db", "db", ["export", "--db", "{db}", "--format", "w3c"]),
    ("export: unreadable --config", "config",
     ["export", "--db", "{db}", "--format", "claimreview", "--config", "{config}"]),
    ("export: unwritable -o folder", "folder",
     ["export", "--db", "{db}", "--format", "csv", "-o", "{folder}/out.csv"]),
    ("import: unreadable file", "records", ["import", "--db", "{db}", "{records}"]),
    ("import: unreadable --db", "db", ["import", "--db", "{db}", "{records}"]),
]


@pytest.mark.parametrize(("label", "target", "argv"), UNREADABLE, ids=[c[0] for c in UNREADABLE])
def test_unreadable_paths_one_line_no_write(
    label: str, target: str, argv: list[str], world: dict[str, Path], deny: list[Path],
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    before = _snapshot(tmp_path, world["home"])
    deny.append(world[target])
    code, _, err = _call(_fill(argv, world), capsys)
    deny.clear()
    _assert_one_line_error(code, err, (1,))
    assert "permission denied" in err.lower()
    assert _snapshot(tmp_path, world["home"]) == before, "something was written"


@pytest.mark.parametrize("kind", ["folder", "fifo", "escapes_dir"])
def test_reader_refuses_a_bad_database_before_starting(
    kind: str, world: dict[str, Path], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    """``claimdesk --db FOLDER|FIFO PATH``: one line and exit 1, not a TUI that cannot save."""
    import reader.tui.app

    started: list[object] = []
    monkeypatch.setattr(reader.tui.app.ClaimdeskApp, "run", lambda self: started.append(self))
    before = _snapshot(tmp_path, world["home"])
    code, _, err = _call(["--db", str(world[kind]), str(world["article"])], capsys)
    assert not started, f"the app was started on a database that is a {kind}"
    _assert_one_line_error(code, err, (1,))
    assert _snapshot(tmp_path, world["home"]) == before, "something was written"


# ----- cases that could block: a subprocess, a timeout and a memory limit ---------------


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


SPECIAL: list[tuple[str, list[str]]] = [
    ("import: file is a FIFO", ["import", "--db", "{db}", "{fifo}"]),
    ("import: file is /dev/zero", ["import", "--db", "{db}", "/dev/zero"]),
    ("import: file is /dev/null", ["import", "--db", "{db}", "/dev/null"]),
    ("annotations: --db is a FIFO", ["annotations", "--db", "{fifo}"]),
    ("export: --db is a FIFO", ["export", "--db", "{fifo}", "--format", "jsonl"]),
    ("export: --config is a FIFO", ["export", "--db", "{db}", "--format", "claimreview",
                                    "--config", "{fifo}"]),
    ("analyze: a FIFO and /dev/zero", ["analyze", "{fifo}", "/dev/zero"]),
]


@pytest.mark.parametrize(("label", "argv"), SPECIAL, ids=[c[0] for c in SPECIAL])
def test_special_files_are_refused_without_blocking(
    label: str, argv: list[str], world: dict[str, Path], tmp_path: Path
) -> None:
    before = _snapshot(tmp_path, world["home"])
    try:
        result = subprocess.run(
            [sys.executable, "-m", "reader", *_fill(argv, world)], capture_output=True,
            timeout=TIMEOUT, stdin=subprocess.DEVNULL, preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{label}: blocked for {TIMEOUT} s")
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, f"exit {result.returncode}: {err!r}"
    assert "Traceback" not in err and "MemoryError" not in err
    expected = 2 if argv[0] == "analyze" else 1
    assert len(err.splitlines()) == expected, err
    assert _snapshot(tmp_path, world["home"]) == before, "something was written"
