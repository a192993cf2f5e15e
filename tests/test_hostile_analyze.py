"""Issue 5: hostile articles through ``claimdesk analyze``: opened or refused in one line.

Every generator in ``tests/hostile.py`` is tried in a real subprocess, so a hang, a crash or
a traceback shows as it would to a user. A refused file gives exactly one line on stderr
(a JSON list gives one line per refused item), exit code 1, and no control character.
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

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize("name", sorted(hostile.GENERATORS))
def test_analyze_opens_or_refuses_in_one_line(name: str, tmp_path: Path) -> None:
    path = hostile.GENERATORS[name](tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "--json", str(path)],
        capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert result.returncode in (0, 1), stderr
    stdout = result.stdout.decode("utf-8")
    assert not CONTROL.search(stdout.replace("\n", "")), "raw control character on stdout"
    for line in stdout.splitlines():
        record = json.loads(line)
        for field in ("title", "text", "language"):
            assert not CONTROL.search(record[field].replace("\n", "")), field
    if name in hostile.MUST_REFUSE:
        assert result.returncode == 1, "not an article, yet opened"
    if name in hostile.MUST_OPEN:
        assert result.returncode == 0, f"a readable article was refused: {stderr}"
    if result.returncode == 0:
        assert result.stdout.strip(), "an opened article must print its analysis"
        assert not stderr
        return
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    for line in lines:
        assert line.startswith("claimdesk: ")
        assert not CONTROL.search(line), line
        assert hostile.MARKER not in line or "\x1b" not in line


def test_summary_of_every_hostile_file_at_once(tmp_path: Path) -> None:
    """The readable (non-JSON) output of all hostile files: nothing but text reaches stdout."""
    paths = [str(make(tmp_path)) for _, make in sorted(hostile.GENERATORS.items())]
    result = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", *paths],
        capture_output=True, timeout=150, stdin=subprocess.DEVNULL,
        env={**os.environ, "FORCE_COLOR": "1", "COLUMNS": "100"},
    )
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1 and "Traceback" not in stderr
    lines = stderr.splitlines()
    names = sorted(hostile.GENERATORS)
    refused = [path for path, name in zip(paths, names, strict=True) if name in hostile.MUST_REFUSE]
    assert len(refused) <= len(lines) <= len(paths)
    for path in refused:
        pieces = [piece for piece in CONTROL.split(path) if piece]  # controls may be replaced
        naming = [line for line in lines if all(piece in line for piece in pieces)]
        assert len(naming) == 1 and naming[0].startswith(f"claimdesk: {pieces[0]}"), path
    assert not CONTROL.search(stderr.replace("\n", ""))
    stdout = result.stdout.decode("utf-8")
    assert hostile.MARKER in stdout
    without_sgr = re.sub(r"\x1b\[[0-9;]*m", "", stdout)  # the colours Rich adds itself
    assert not CONTROL.search(without_sgr.replace("\n", ""))
