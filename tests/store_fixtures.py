"""Shared helpers of the store tests: large databases built directly (not by thousands of
saves) and child processes whose every acknowledged line is read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from reader.core.model import Article
from reader.store import new_record

ARTICLE = Article(path="/tmp/nota.txt", title="Nota", blocks=(),
                  text="La inflación bajó del 9 % este año, según el Gobierno. " * 20)


def build_database(path: Path, size: int, note: int = 2_000) -> set[str]:
    """Write a valid database of at least ``size`` bytes in one go; return its ids.

    Records are copies of one template with fresh ids, so building 16 MB takes well
    under a second. The file has no generation id yet: the first save adds one.
    """
    template = new_record(ARTICLE, 0, 40, note="n" * note)
    per_record = len(json.dumps(template)) + 40
    table = {}
    for _ in range(size // per_record + 1):
        record_id = str(uuid.uuid4())
        table[record_id] = {**template, "id": record_id}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"annotations": table}, ensure_ascii=False,
                               separators=(",", ":")), encoding="utf-8")
    return set(table)


def start_child(code: str, *args: str, stderr: Path | None = None) -> subprocess.Popen[bytes]:
    """A Python child running ``code``; stdout is a pipe, stderr goes to a file."""
    err = open(stderr, "wb") if stderr is not None else subprocess.DEVNULL  # noqa: SIM115
    try:
        return subprocess.Popen(
            [sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=err, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    finally:
        if stderr is not None:
            err.close()  # type: ignore[union-attr]


class Acknowledged:
    """Every complete line a child wrote on stdout, read through ONE buffered reader.

    ``readline()`` followed by ``communicate()`` loses lines: ``readline`` pulls a whole
    chunk of the pipe into its buffer, and ``communicate`` then reads the raw pipe,
    skipping what was buffered. Here the same reader is used until end of file.
    """

    def __init__(self, child: subprocess.Popen[bytes]) -> None:
        assert child.stdout is not None
        self.child, self.stream = child, child.stdout
        self.lines: list[str] = []

    def wait_for(self, count: int) -> bool:
        """Read until ``count`` more complete lines arrived (False: the child ended)."""
        for _ in range(count):
            line = self.stream.readline()
            if not line.endswith(b"\n"):
                return False
            self.lines.append(line.decode().strip())
        return True

    def finish(self) -> list[str]:
        """After the child was stopped: read the rest to end of file and reap it.

        A line cut short by the kill has no newline: it was never acknowledged."""
        rest = self.stream.read()
        self.child.wait()
        complete = rest.split(b"\n")[:-1]
        self.lines.extend(line.decode().strip() for line in complete if line.strip())
        self.stream.close()
        if self.child.stdin is not None:
            self.child.stdin.close()
        return self.lines
