"""The command line: exit codes and one-line errors, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.common import resolve_db_path
from reader.cli.open_reader import bundled_samples


def test_unknown_flag_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--no-such-flag"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "--no-such-flag" in err


def test_missing_path_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    assert main([str(missing)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.splitlines() == [f"claimdesk: no such file or folder: {missing}"]


def test_version_and_help_from_python_m() -> None:
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--version"],
        capture_output=True, text=True, cwd=root, timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("claimdesk ")


def test_db_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "env.json"))
    assert resolve_db_path(str(tmp_path / "flag.json")) == tmp_path / "flag.json"
    assert resolve_db_path(None) == tmp_path / "env.json"
    monkeypatch.delenv("CLAIMDESK_DB")
    default = resolve_db_path(None)
    assert default.name == "annotations.json"
    assert "claimdesk" in default.parts


def test_bundled_samples_folder_exists() -> None:
    folder = bundled_samples()
    assert folder.is_dir()
    assert any(folder.iterdir())
