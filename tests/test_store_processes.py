"""Several writers on one database: SIGKILL mid-save (D1, also across the real journal
threshold and above 16 MiB), two processes (D5), threads (D6), a lock left behind by a
killed process, and the lock file deleted while two processes save (issue 12)."""

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
from store_fixtures import ARTICLE, Acknowledged, build_database, start_child

from reader.core.model import Article
from reader.store import AnnotationStore, new_record
from reader.store.storage import AtomicJSONStorage

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and flock")

_CHILD_SETUP = """
import sys
from reader.core.model import Article
from reader.store import AnnotationStore, new_record
from reader.store import storage
storage.AtomicJSONStorage.compact_min = 30_000  # fold the journal in often, kills included
if sys.argv[3:4] == ["large"]:
    storage.COMPACT_FRACTION = 300  # fold in every ~60 kB: kills during big rewrites too
article = Article(path="/tmp/nota.txt", title="Nota", blocks=(),
                  text="La inflación bajó del 9 % este año, según el Gobierno. " * 20)
threshold = int(sys.argv[2]) if sys.argv[2] else None
store = AnnotationStore(sys.argv[1], journal_threshold=threshold)
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


# journal threshold: a huge one means "always rewrite the whole file", 0 "always journal",
# "" the real default (1 MiB); the seed size puts the database just below that threshold
# (the saves cross it) or above 16 MiB (close never folds it in; the child folds the
# journal in every ~60 kB, so kills also land in the middle of 17 MB rewrites)
MODES = {"rewrite": str(1 << 40), "journal": "0", "crossing": "", "large": ""}
SEED_BYTES = {"crossing": (1 << 20) - 60_000, "large": 17_500_000}
KILLS = {"rewrite": 30, "journal": 30, "crossing": 30, "large": 12}


def _seed_mode(path: Path, mode: str) -> set[str]:
    if mode not in SEED_BYTES:
        return _seed(path, 150)
    ids = build_database(path, SEED_BYTES[mode], note=1_500)
    store = AnnotationStore(path)  # one save: the file gets its generation id
    ids.add(store.add(new_record(ARTICLE, 0, 9))["id"])
    store.close()
    return ids


@pytest.mark.parametrize("mode", sorted(MODES))
def test_sigkill_during_saves_loses_no_acknowledged_record(tmp_path: Path, mode: str) -> None:
    """D1: kills at random moments; the file always parses and keeps every ack.

    Every acknowledged line is read (one buffered reader to the end of the pipe), and
    the modes cover rewrites, the journal, crossing the real journal threshold, and a
    database above 16 MiB."""
    path = tmp_path / "db.json"
    acknowledged = _seed_mode(path, mode)
    seed_size = path.stat().st_size
    rng = random.Random(20261206)
    kills = 0
    deadline = time.monotonic() + 300  # a guard against a hang, not a timing
    while kills < KILLS[mode]:
        assert time.monotonic() < deadline, f"only {kills} kills in time"
        child = _child_bytes(_INSERT_FOREVER, str(path), MODES[mode], mode, tmp_path)
        acks = Acknowledged(child)
        alive = acks.wait_for(rng.randint(1, 40))
        assert alive, (tmp_path / "child-err.txt").read_text()
        if rng.random() < 0.5:
            time.sleep(rng.random() * 0.05)  # land at any moment, not just after a line
        child.send_signal(signal.SIGKILL)
        acknowledged.update(acks.finish())  # every line flushed before the kill
        kills += 1
        json.loads(path.read_bytes())  # the main file always parses
        on_disk = {r["id"] for r in AnnotationStore(path, create=False).all()}
        missing = acknowledged - on_disk
        assert not missing, f"kill {kills}: {len(missing)} acknowledged records lost"
    store = AnnotationStore(path)  # and it opens cleanly, stale temp files gone
    assert acknowledged <= {r["id"] for r in store.all()}
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]
    if mode == "crossing":
        assert seed_size < AtomicJSONStorage.journal_threshold <= path.stat().st_size
    if mode == "large":
        assert path.stat().st_size > 16 << 20


def _child_bytes(code: str, *args: str) -> subprocess.Popen[bytes]:
    *argv, folder = args
    return start_child(code, *argv, stderr=Path(folder) / "child-err.txt")


@pytest.mark.parametrize("mode", ["journal", "rewrite"])
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
    folder = os.open(tmp_path, os.O_RDONLY)  # the lock is on the database's folder
    try:
        with pytest.raises(BlockingIOError):  # really held while the holder lives
            fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        holder.send_signal(signal.SIGKILL)
        holder.communicate()
        assert (tmp_path / "db.json.lock").exists()  # the token file stays behind ...
        fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # ... and nothing is locked
        fcntl.flock(folder, fcntl.LOCK_UN)
    finally:
        os.close(folder)
    store = AnnotationStore(path)
    store.add(new_record(Article(path="a.txt", title="", text="abc def", blocks=()), 0, 3))
    assert len(store) == 3


_INSERT_ACKED = _CHILD_SETUP + """
sys.stdin.readline()
for n in range(int(sys.argv[4])):
    print(store.add(new_record(article, n % 500, n % 500 + 30))["id"], flush=True)
print("done", flush=True)
"""


@pytest.mark.parametrize("mode", ["rewrite", "journal"])
def test_deleting_the_lock_file_while_two_copies_run_loses_nothing(
    tmp_path: Path, mode: str
) -> None:
    """Issue 12: a third party deletes ``<db>.lock`` over and over while two processes
    save; with the lock on that file each could lock a different file (up to a quarter
    of the records were lost). Every acknowledged record must remain."""
    path = tmp_path / "db.json"
    seeded = _seed(path, 5)
    writers = [_child(_INSERT_ACKED, str(path), MODES[mode], "-", "250") for _ in range(2)]
    stop = threading.Event()
    deletions = 0

    def delete_lock_file() -> None:
        nonlocal deletions
        while not stop.is_set():
            try:
                os.unlink(tmp_path / "db.json.lock")
                deletions += 1
            except FileNotFoundError:
                pass
            stop.wait(0.0005)

    deleter = threading.Thread(target=delete_lock_file)
    deleter.start()
    try:
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        outputs = [writer.communicate(timeout=120) for writer in writers]
    finally:
        stop.set()
        deleter.join()
    acknowledged = set(seeded)
    for writer, (out, err) in zip(writers, outputs, strict=True):
        lines = out.split()
        assert writer.returncode == 0 and lines[-1] == "done", err
        acknowledged.update(lines[:-1])
    assert deletions > 20, "the lock file was really deleted while they ran"
    on_disk = {r["id"] for r in AnnotationStore(path, create=False).all()}
    assert len(acknowledged) == 5 + 500
    assert not acknowledged - on_disk, f"{len(acknowledged - on_disk)} records lost"


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
