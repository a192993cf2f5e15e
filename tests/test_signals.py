"""Issue 5, row D7: SIGTERM and SIGHUP of the running app lose no acknowledged save.

The real app (``python -m reader --db DB FOLDER``) runs under a pseudo-terminal of 120×36
with ``TERM=xterm-256color`` and every user folder isolated in ``tmp_path``. The test opens
a small article, annotates two sentences (``a``, a marker typed at the end of the claim,
``ctrl+s``) and waits for each "Saved" on the article's status line, which
the app draws only after the store call returned. Then it ends the app:

- ``SIGTERM`` (``kill``, a shutdown) and ``SIGHUP`` (sent by hand, the terminal still
  open): the app must exit within a few seconds, without a traceback, and give the
  terminal back (leave the alternate screen, show the cursor, stop mouse reporting,
  cooked mode with echo again), as ``q`` does;
- the terminal window closed while the app is drawing (help screen opened and closed;
  then the pseudo-terminal's master is closed: the kernel sends SIGHUP and SIGCONT and
  the terminal is gone): the app must exit within a few seconds. Textual's SIGCONT
  handler restarts application mode with a new output thread, which dies on the dead
  terminal; an app that then exits the normal way can block for ever on a full output
  queue;
- ``q`` then ``q`` (the control run: proves the terminal checks hold for a proper exit).

After every run: each acknowledged annotation is in the database with its fields, the
file parses as JSON, no temp file or journal is left, and the store opens cleanly.

"Saved" is looked for on the status line's row only (found from where "Sentence 1/"
was drawn): a "Saved" toast of the first save is redrawn when the second form closes,
before the second save is done, and must not count as its acknowledgement.

Every wait is a bounded ``select``; a run that overstays is killed (SIGKILL) and fails.
"""

from __future__ import annotations

import json
import os
import re
import signal
import termios
from dataclasses import dataclass
from pathlib import Path

import pytest
from pty_driver import TERMINAL_RESTORED, PtyRun, visible_text

from reader.sources import load_file
from reader.store import AnnotationStore

ROWS, COLUMNS = 36, 120
RUN_LIMIT = 15.0
"""Seconds the start, the article and the two saves may take together."""
EXIT_WITHIN = 5.0
"""Seconds from the signal to the process being gone (a run takes 20 s at most)."""
SAVE_WITHIN = 10.0
FORM_TRIES = 20

ARTICLE = (
    "Title: Harbour budget\n\n"
    "The mayor said the harbour budget grew by 12 percent last year. "
    "Auditors counted a rise of 9 percent in the same accounts.\n\n"
    "The council will vote on the new dredging plan in March.\n"
)
SENTENCES = (
    "The mayor said the harbour budget grew by 12 percent last year.",
    "Auditors counted a rise of 9 percent in the same accounts.",
)

CURSOR_TO = re.compile(rb"\x1b\[(\d+);\d+H")
LEFT_TERMINAL = (TERMINAL_RESTORED, b"\x1b[?25h", b"\x1b[?1000l")
"""Leave the alternate screen, show the cursor, stop mouse reporting (Textual's exit)."""

KEY_SAVE = b"\x13"  # ctrl+s
ENDINGS = ["SIGTERM", "SIGHUP", "terminal-closed", "quit-with-q"]
DRAWING_KEYS = b"?q?q?q?q"
"""Open and close the help screen four times: the terminal is closed while the app draws."""


@dataclass
class Saved:
    """One annotation the app acknowledged."""

    marker: str
    sentence: str


def drawn_rows(output: bytes) -> list[tuple[int, str]]:
    """The visible text the app wrote, piece by piece, with the row it was written on.

    Textual moves the cursor (``CSI row;col H``) before every line or piece it draws, so
    the text between two moves belongs to the row of the first.
    """
    moves = list(CURSOR_TO.finditer(output))
    stops = [move.start() for move in moves[1:]] + [len(output)] * bool(moves)
    return [(int(move.group(1)), visible_text(output[move.end():stop]))
            for move, stop in zip(moves, stops, strict=True)]


def drawn_on(output: bytes, row: int, word: str) -> bool:
    return any(at == row and word in text for at, text in drawn_rows(output))


def status_row(output: bytes) -> int | None:
    """The row of the article's status line: where "Sentence 1/" was last drawn."""
    rows = [at for at, text in drawn_rows(output) if "Sentence 1/" in text]
    return rows[-1] if rows else None


def start_app(tmp_path: Path) -> tuple[PtyRun, Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    home = tmp_path / "home"
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "CLAIMDESK_DB": str(home / "not-this.json"),
    }
    db = tmp_path / "db" / "annotations.json"
    db.parent.mkdir()
    run = PtyRun(["--db", str(db), str(folder)], rows=ROWS, columns=COLUMNS, env=env,
                 deadline=RUN_LIMIT)
    return run, db, article


def open_article(run: PtyRun) -> int:
    """Open the only article; return the status line's row."""
    assert run.wait_for(b"Harbour budget"), "the library never listed the article"
    run.settle()
    mark = run.press(b"\r")
    shown = run.wait_until(lambda new: status_row(new) is not None, after=mark)
    assert shown, "the article did not open (no 'Sentence 1/' on a status line)"
    row = status_row(bytes(run.output[mark:]))
    assert row is not None
    run.settle()
    return row


def open_form(run: PtyRun) -> None:
    """Press ``a`` until the form opens (the store may still be opening at first)."""
    for _ in range(FORM_TRIES):
        mark = run.press(b"a")
        answered = run.wait_until(
            lambda new: any(word in visible_text(new) for word in ("New annotation", "opening")),
            after=mark,
        )
        said = visible_text(bytes(run.output[mark:]))
        assert "Annotations are off" not in said, said[-200:]
        if "New annotation" in said:
            return
        assert answered, "a did nothing"
        run.settle()
    pytest.fail(f"the annotation database was still opening after {FORM_TRIES} tries")


def annotate(run: PtyRun, row: int, saved: Saved) -> None:
    """``a``, the marker typed after the claim, ``ctrl+s``; wait for "Saved".

    Each key waits for its effect: Textual checks a binding only after the key bubbled
    up from the focused input, and runs a priority binding (``ctrl+s``) at once, so keys
    that arrive in one read can be handled out of order.
    """
    open_form(run)
    mark = run.press(f" {saved.marker}".encode())
    typed = run.wait_until(lambda new: saved.marker in visible_text(new), after=mark)
    assert typed, f"{saved.marker} was not echoed in the form"
    mark = run.press(KEY_SAVE)
    acknowledged = run.wait_until(lambda new: drawn_on(new, row, "Saved"), after=mark,
                                  limit=SAVE_WITHIN)
    assert acknowledged, f"{saved.marker}: no 'Saved' on the status line"
    assert "Save failed" not in visible_text(bytes(run.output[mark:]))


def end_app(run: PtyRun, ending: str) -> int:
    """End the app the way ``ending`` says; return the output offset before it."""
    mark = len(run.output)
    if ending == "SIGTERM":
        os.kill(run.pid, signal.SIGTERM)
    elif ending == "SIGHUP":
        os.kill(run.pid, signal.SIGHUP)
    elif ending == "terminal-closed":
        run.settle()  # so that the next output is the answer to the keys
        mark = run.press(DRAWING_KEYS)
        run.wait_until(lambda new: bool(new), after=mark, limit=2)  # it is drawing
        run.hang_up()
    else:
        left = run.press(b"q")
        assert run.wait_for(b"Filter", after=left, limit=EXIT_WITHIN), "q did not go back"
        run.settle()
        mark = run.press(b"q")
    return mark


def terminal_restored(run: PtyRun, after: int) -> list[str]:
    """What the app left undone of giving the terminal back (empty: all done)."""
    problems = [f"{sequence!r} not written" for sequence in LEFT_TERMINAL
                if sequence not in run.output[after:]]
    lflag = termios.tcgetattr(run.fd)[3]
    if not lflag & termios.ICANON or not lflag & termios.ECHO:
        problems.append("the terminal is still in raw mode (no ICANON/ECHO)")
    return problems


def check_database(db: Path, article: Path, saved: list[Saved]) -> None:
    """Every acknowledged annotation is there, with its fields; nothing half-written."""
    leftovers = sorted(name for name in os.listdir(db.parent)
                       if name.endswith((".tmp", ".journal")))
    assert leftovers == [], f"left behind: {leftovers}"  # listed before the store opens
    raw = json.loads(db.read_text(encoding="utf-8"))
    assert isinstance(raw, dict)
    loaded = load_file(str(article))
    with AnnotationStore(db) as store:
        records = store.all()
    assert len(records) == len(saved), [record["claim"] for record in records]
    for record, expected in zip(records, saved, strict=True):
        assert record["claim"] == f"{expected.sentence} {expected.marker}"
        assert record["note"] == "" and record["tags"] == [] and record["evidence"] == []
        assert record["verdict"] == "unrated"
        assert record["article"]["id"] == loaded.id
        position = record["target"]["position"]
        assert loaded.text[position["start"]:position["end"]] == expected.sentence
        assert record["target"]["quote"]["exact"] == expected.sentence
        assert record["anchor"]["status"] == "exact"
    assert json.dumps(raw).count(saved[-1].marker) == 1  # the main file itself holds them


@pytest.mark.parametrize("ending", ENDINGS)
def test_acknowledged_saves_survive_and_the_terminal_is_given_back(
    ending: str, tmp_path: Path
) -> None:
    run, db, article = start_app(tmp_path)
    saved = [Saved(f"{ending}-{number}", sentence)
             for number, sentence in enumerate(SENTENCES, start=1)]
    try:
        row = open_article(run)
        annotate(run, row, saved[0])
        mark = run.press(b"j")
        assert run.wait_until(lambda new: drawn_on(new, row, "Sentence 2/"), after=mark)
        run.settle()
        annotate(run, row, saved[1])
        run.allow(EXIT_WITHIN)
        mark = end_app(run, ending)
        exited = run.wait_exit(EXIT_WITHIN)
        problems = [] if ending == "terminal-closed" else terminal_restored(run, mark)
    finally:
        run.close()  # SIGKILL when it is still there
    output = bytes(run.output)
    assert b"Traceback" not in output
    check_database(db, article, saved)  # first: a hung app must not have lost data either
    assert exited, f"the app was still running {EXIT_WITHIN:.0f} s after {ending}"
    assert problems == [], f"after {ending} (exit status {run.status}): {problems}"
    if ending == "quit-with-q":
        assert run.status == 0


def test_status_row_search_ignores_a_toast() -> None:
    """The acknowledgement check is not fooled by "Saved" drawn on another row."""
    frame = (b"\x1b[34;90H\x1b[38;5;253mSaved\x1b[0m\r\n\x1b[35;1H\x1b[3mSaving\xe2\x80\xa6\x1b[0m"
             b"\x1b[12;1HSentence 1/3")
    assert status_row(frame) == 12
    assert not drawn_on(frame, 35, "Saved")
    assert drawn_on(frame, 34, "Saved")
    assert drawn_on(frame + b"\x1b[35;1H\x1b[1mSaved\x1b[0m", 35, "Saved")
