"""Issue 12, item 2, on the raw bytes: the annotation form on a hostile imported annotation.

An annotation whose claim, claimant, note, tags and evidence hold OSC 52/0/2/8, CSI, DCS,
C1 and NUL (as an imported JSON Lines file can carry) is put in the database through the
store API; the real app runs under a pseudo-terminal, opens the article, jumps to the
annotation (``m``), opens it with ``e``, moves through every field (``tab``: each is drawn
focused, with its cursor), cancels, then presses ``a`` on a sentence holding bidi and
zero-width marks and sends keys, a bracketed paste and ``ctrl+s`` in one write (item 4:
the saved claim holds all of them, and the marks, as stored in the article). Every byte
written is scanned with the same scanner as the hostile-article runs
(``test_hostile_tui.assert_terminal_safe``).
"""

from __future__ import annotations

from pathlib import Path

import hostile
from pty_driver import PtyRun, visible_text
from test_hostile_tui import MARKER, QUIT_WITHIN, TERMINAL_RESTORED, assert_terminal_safe

from reader.sources import load_file
from reader.store import AnnotationStore, new_record

ARTICLE = (
    "Title: Harbour budget\n\n"
    "The mayor said \u202ethe budget\u202c grew by 12\u200b percent last year. "
    "Auditors counted a rise of 9 percent in the same accounts.\n"
)
SECOND = "Auditors counted"
CONTROLS = hostile.ALL_CONTROLS
TRIES = 20
KEY_SAVE = b"\x13"  # ctrl+s
PASTE_START, PASTE_END = b"\x1b[200~", b"\x1b[201~"


def hostile_database(tmp_path: Path, article_path: Path) -> Path:
    """A database holding one annotation with control sequences in every text field."""
    article = load_file(str(article_path))
    start = article.text.index(SECOND)
    record = new_record(
        article, start, article.text.index(".", start) + 1,
        claim=f"Claim {CONTROLS}", claimant=f"Who {CONTROLS}", verdict="false",
        note=f"Note {CONTROLS}\n{hostile.BIDI_PAYLOAD}", tags=[f"t{CONTROLS}"],
        evidence=[f"ref {CONTROLS}", f"https://example.org/{MARKER}\u202e"],
    )
    db = tmp_path / "db" / "annotations.json"
    db.parent.mkdir()
    with AnnotationStore(db) as store:
        store.merge([record])
    return db


def press_until(run: PtyRun, keys: list[bytes], wanted: str, limit: float = 5.0) -> None:
    """Press ``keys`` (again) until ``wanted`` is drawn: the store opens in a worker."""
    for _ in range(TRIES):
        mark = len(run.output)
        for key in keys:
            run.press(key)
        if run.wait_until(lambda new: wanted in visible_text(new), after=mark, limit=limit):
            run.settle()
            return
        run.settle()
    raise AssertionError(f"{wanted!r} never shown: {visible_text(bytes(run.output))[-300:]!r}")


def test_form_on_a_hostile_annotation_writes_no_control_to_the_terminal(tmp_path: Path) -> None:
    article = tmp_path / "articles" / "harbour.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    db = hostile_database(tmp_path, article)
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "CLAIMDESK_DB": str(home / "no.json")}
    run = PtyRun(["--db", str(db), str(article)], env=env)
    try:
        assert run.wait_for(b"Harbour budget"), "the library never listed the article"
        run.settle()
        press_until(run, [b"\r"], "Sentence 1/")
        press_until(run, [b"m", b"e"], "Edit annotation")
        for _ in range(6):  # every field drawn focused: claimant, verdict, note, tags, evidence
            run.press(b"\t")
            run.settle()
        press_until(run, [b"\x1b"], "cancelled")
        press_until(run, [b"k", b"a"], "New annotation")  # the sentence with bidi marks
        # Item 4 on a real terminal: keys, a bracketed paste and ctrl+s in one write.
        mark = run.press(b" fast" + PASTE_START + b" pasted" + PASTE_END + KEY_SAVE)
        assert run.wait_until(lambda new: "Saved" in visible_text(new), after=mark), "no Saved"
        run.settle()
        mark = run.press(b"q")
        assert run.wait_for(b"Filter", after=mark, limit=10), "q did not go back"
        run.settle()
        mark = run.press(b"q")
        assert run.wait_for(TERMINAL_RESTORED, after=mark, limit=QUIT_WITHIN), "no quit"
        assert run.wait_exit(limit=20), "the process did not end after quitting"
        assert run.status == 0
    finally:
        run.close()
    output = bytes(run.output)
    assert b"Traceback" not in output
    drawn = visible_text(output)
    assert "Claim " in drawn and "Who " in drawn and "Note " in drawn  # the fields were drawn
    assert MARKER in output
    assert_terminal_safe(output)
    with AnnotationStore(db) as store:
        records = {record["claim"][:5]: record for record in store.all()}
    assert records["Claim"]["claim"] == f"Claim {CONTROLS}"  # opened and cancelled: unchanged
    (new,) = [record for key, record in records.items() if key != "Claim"]
    assert new["claim"].endswith("fast pasted")  # every key typed before ctrl+s is saved
    assert "\u202e" in new["claim"] and "\u200b" in new["claim"]  # stored as in the article
