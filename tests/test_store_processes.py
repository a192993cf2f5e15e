"""Several writers on one database: SIGKILL mid-save (D1), two processes (D5), threads
(D6) and a lock file left behind by a killed process."""

from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.store import AnnotationStore, new_record

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and flock")

_CHILD_SETUP = """
import sys
from reader.core.model import Article
from reader.store import AnnotationStore, new_record
from reader.store.storage import AtomicJSONStorage
AtomicJSONStorage.compact_min = 30_000  # fold the journal in often, kills included
article = Article(path="/tmp/nota.txt", title="Nota", blocks=(),
                  text="La inflación bajó del 9 % este año, según el Gobierno. " * 20)
store = AnnotationStore(sys.argv[1], journal_threshold=int(sys.argv[2]))
"""

_INSERT_FOREVER = _CHILD_SETUP + """
n = 0
while True:
    record = store.add(new_record(article, n % 500, n % 500 + 40, note="x" * 200))
    sys.stdout.write(record["id"] + "\\n")
    sys.stdout.flush()
    n += 1
"""

_INSERT_COUNT = _CHILD_SETUP + """
sys.stdin.readline()  # wait for the start signal so both writers run at once
for n in range(int(sys.argv[3])):
    store.add(new_record(article, n, n + 30, claimant=sys.argv[4]))
print("done")
"""

_HOLD_LOCK = _CHILD_SETUP + """
store.lock.__enter__()
print("locked", flush=True)
sys.stdin.readline()
"""


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _seed(path: Path, count: int) -> set[str]:
    article = Article(path="/tmp/nota.txt", title="Nota", text="Texto de prueba. " * 40,
                      blocks=())
    store = AnnotationStore(path)
    ids = {store.add(new_record(article, n, n + 20))["id"] for n in range(count)}
    store.close()
    return ids


# journal threshold: a huge one means "always rewrite the whole file", 0 "always journal"
MODES = {"rewrite": str(1 << 40), "journal": "0"}


@pytest.mark.parametrize("mode", sorted(MODES))
def test_sigkill_during_saves_loses_no_acknowledged_record(tmp_path: Path, mode: str) -> None:
    """D1: 30+ kills at random moments; the file always parses and keeps every ack."""
    path = tmp_path / "db.json"
    acknowledged = _seed(path, 150)
    rng = random.Random(20261126)
    kills = 0
    deadline = time.monotonic() + 40
    while kills < 30 or (kills < 45 and time.monotonic() < deadline - 25):
        assert time.monotonic() < deadline, f"only {kills} kills in time"
        child = _child(_INSERT_FOREVER, str(path), MODES[mode])
        assert child.stdout is not None
        for _ in range(rng.randint(1, 12)):
            line = child.stdout.readline()
            assert line.endswith("\n"), child.stderr.read() if child.stderr else ""
            acknowledged.add(line.strip())
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        acknowledged.update(line for line in rest.split("\n") if line)  # flushed before kill
        kills += 1
        json.loads(path.read_bytes())  # the main file always parses
        on_disk = {r["id"] for r in AnnotationStore(path, create=False).all()}
        missing = acknowledged - on_disk
        assert not missing, f"kill {kills}: {len(missing)} acknowledged records lost"
    store = AnnotationStore(path)  # and it opens cleanly, stale temp files gone
    assert acknowledged <= {r["id"] for r in store.all()}
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]


@pytest.mark.parametrize("mode", sorted(MODES))
def test_two_processes_saving_at_once_keep_every_record(tmp_path: Path, mode: str) -> None:
    """D5: two processes × 300 records at the same time → 600 records."""
    path = tmp_path / "db.json"
    writers = [_child(_INSERT_COUNT, str(path), MODES[mode], "300", name)
               for name in ("uno", "dos")]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0 and out.strip() == "done", err
    records = AnnotationStore(path).all()
    assert len(records) == 600
    assert sorted(r["claimant"] for r in records) == ["dos"] * 300 + ["uno"] * 300


def test_lock_left_by_a_killed_process_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    _seed(path, 2)
    holder = _child(_HOLD_LOCK, str(path), "0")
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    lock_file = tmp_path / "db.json.lock"
    # really held while the holder lives
    with open(lock_file, "rb") as handle, pytest.raises(BlockingIOError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    assert lock_file.exists()  # the lock file stays behind ...
    with open(lock_file, "rb") as handle:  # ... but it no longer locks anything
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    store = AnnotationStore(path)
    store.add(new_record(Article(path="a.txt", title="", text="abc def", blocks=()), 0, 3))
    assert len(store) == 3


@pytest.mark.parametrize("shared", [True, False])
def test_threads_writing_at_once(tmp_path: Path, shared: bool) -> None:
    """D6: a UI thread and workers (one store, or one store each) never lose writes."""
    path = tmp_path / "db.json"
    article = Article(path="a.txt", title="", text="uno dos tres cuatro cinco " * 10, blocks=())
    common = AnnotationStore(path)
    errors: list[BaseException] = []

    def work(index: int) -> None:
        store = common if shared else AnnotationStore(path)
        try:
            for n in range(40):
                record = store.add(new_record(article, n, n + 5, claimant=f"t{index}"))
                store.update(record["id"], note=f"note {n}")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    records = AnnotationStore(path).all()
    assert len(records) == 160
    assert all(r["note"].startswith("note ") for r in records)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_lose_no_acknowledged_save(tmp_path: Path, signum: int) -> None:
    """D7 (store side): no write caching, so a polite kill loses nothing either."""
    path = tmp_path / "db.json"
    acknowledged = _seed(path, 20)
    for round_number in range(5):
        child = _child(_INSERT_FOREVER, str(path), "0")
        assert child.stdout is not None
        for _ in range(round_number + 2):
            acknowledged.add(child.stdout.readline().strip())
        child.send_signal(signum)
        rest, _ = child.communicate(timeout=30)
        acknowledged.update(line for line in rest.split("\n") if line)
        assert child.returncode == -signum
        assert acknowledged <= {r["id"] for r in AnnotationStore(path, create=False).all()}
