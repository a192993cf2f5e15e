"""AnnotationSession on its own: no app, a real store, real threads (issue 11)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.model import Article
from reader.store import AnnotationStore
from reader.tui.session import AnnotationSession, SessionUnavailable
from reader.tui.store_link import StoreLink

TEXT = "Alpha said 12% fell. Beta said no change. Gamma agreed with both of them."
ARTICLE = Article("/tmp/x/alpha.txt", "Alpha", TEXT, ())


class Loop:
    """Stands in for the UI thread: calls posted from workers run when ``run`` is called."""

    def __init__(self) -> None:
        self.calls: queue.Queue[tuple[Callable[..., Any], tuple[Any, ...]]] = queue.Queue()
        self.threads: list[threading.Thread] = []

    def in_thread(self, fn: Callable[[], None]) -> None:
        thread = threading.Thread(target=fn)
        self.threads.append(thread)
        thread.start()

    def on_ui(self, fn: Callable[..., Any], *args: Any) -> None:
        self.calls.put((fn, args))

    def run(self) -> None:
        """Wait for every worker, then run what they posted, in order."""
        for thread in self.threads:
            thread.join(10)
        while not self.calls.empty():
            fn, args = self.calls.get()
            fn(*args)


def open_session(tmp_path: Path) -> tuple[AnnotationSession, Loop, list[list[Any]]]:
    link = StoreLink(tmp_path / "db.json")
    link.open()
    loop = Loop()
    seen: list[list[Any]] = []
    session = AnnotationSession(link, ARTICLE, loop.in_thread, loop.on_ui, seen.append)
    assert session.not_ready() == "The annotation database is still opening…"
    session.loaded(session.load().records)
    assert session.not_ready() == ""
    return session, loop, seen


def test_writes_run_in_order_and_refresh_the_records(tmp_path: Path) -> None:
    session, loop, seen = open_session(tmp_path)
    results: list[str] = []
    session.add(0, 5, {"claim": "Alpha", "verdict": "false"},
                lambda r: results.append(f"added {r['claim']}"), results.append)
    session.add(21, 25, {"claim": "Beta"}, lambda r: results.append(f"added {r['claim']}"),
                results.append)
    session.step("undo", lambda step: results.append(f"undid {step.kind}"), results.append)
    loop.run()
    assert results == ["added Alpha", "added Beta", "undid add"]
    assert [r["claim"] for r in session.records] == ["Alpha"]
    assert seen[-1] == session.records
    assert session.placed_ranges() == [(0, 5)]
    assert session.under((1, 3)) is session.records[0]
    assert session.can("redo") and session.can("undo")
    alpha = session.records[0]["id"]
    session.edit(alpha, {"verdict": "true"}, lambda r: results.append("edited"),
                 results.append)
    session.delete(alpha, lambda r: results.append("deleted"), results.append)
    loop.run()
    assert results[-2:] == ["edited", "deleted"] and session.records == []
    with AnnotationStore(tmp_path / "db.json") as store:
        assert store.all() == []  # on disk, as another program sees it


def test_a_failed_write_keeps_everything_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, loop, _ = open_session(tmp_path)
    store = session.link.store
    assert store is not None

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "add", full)
    failures: list[str] = []
    session.add(0, 5, {"claim": "Alpha"}, lambda r: pytest.fail("no save"), failures.append)
    loop.run()
    assert failures == ["[Errno 28] No space left on device"]
    assert session.records == [] and not session.can("undo")
    tried: list[str] = []
    monkeypatch.setattr(store, "add", lambda record: (tried.append(record["id"]),
                                                      full())[1])
    for _ in range(2):  # the user saves, it fails, the form re-opens, the user saves again
        session.add(0, 5, {"claim": "Alpha"}, lambda r: pytest.fail("no save"),
                    failures.append)
        loop.run()
    assert len(tried) == 2 and tried[0] == tried[1], "a retry keeps the id (idempotent)"
    session.forget_retry(0, 5)
    session.add(0, 5, {"claim": "Alpha"}, lambda r: pytest.fail("no save"), failures.append)
    loop.run()
    assert tried[2] != tried[0], "a new annotation after giving up gets a new id"


def test_an_unusable_database_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    db.write_text("{broken", encoding="utf-8")
    link = StoreLink(db)
    link.open()
    loop = Loop()
    session = AnnotationSession(link, ARTICLE, loop.in_thread, loop.on_ui)
    with pytest.raises(SessionUnavailable):
        session.load()
    assert session.not_ready().startswith("Annotations are off:")
    assert str(db) in session.not_ready()
    with pytest.raises(RuntimeError):
        session.add(0, 5, {"claim": "x"}, print, print)


def test_the_session_needs_no_textual() -> None:
    import subprocess
    import sys

    code = ("import sys, reader.tui.session; "
            "sys.exit(any(m.split('.')[0] == 'textual' for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
