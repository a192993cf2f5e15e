"""The kill loop at scale: SIGKILL a saving process 1,000 times and count what was lost.

A child process adds annotations (and deletes the oldest ones, so the database keeps a
steady size) and prints each operation once ``AnnotationStore`` has returned, that is
once it is acknowledged (on disk, fsynced). The parent reads every acknowledged line,
kills the child with SIGKILL at a random moment (after 1 to 40 acknowledged saves, then
a random pause of up to 20 ms, so kills land anywhere inside a save: writing the temp
file, the fsync, the replace, the backup link, a journal append, a fold-in), reads what
the child printed before it died, then checks the database:

* ``corrupt``: the main file does not parse, or the store refuses to open it;
* ``lost``: an acknowledged addition missing, or an acknowledged deletion undone.

Two modes share the kills: ``rewrite`` (a small database, every save rewrites the whole
file atomically) and ``journal`` (a database above the real 1 MiB journal threshold:
saves are appended to the journal, folded in every ~60 kB so kills also hit fold-ins).
Children are forked from this process (the modules are already imported), so a kill
costs a few tens of milliseconds, not an interpreter start.

Run: ``python benchmarks/kill_loop.py [--kills 1000] [--seed N]`` (POSIX only; not part
of the test suite). Prints one line per 100 kills and the totals; exits 1 if anything
was lost or corrupt.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

from reader.core.model import Article
from reader.store import AnnotationStore, StoreError, new_record
from reader.store import storage as storage_module

ARTICLE = Article(path="/tmp/nota.txt", title="Nota", blocks=(),
                  text="La inflación bajó del 9 % este año, según el Gobierno. " * 20)
NEVER = 1 << 50  # a journal threshold no file reaches: every save is a rewrite
MODES = {"rewrite": (NEVER, 60, 300), "journal": (None, 1_300, 1_700)}
"""mode: (journal threshold, records seeded, records kept at most)"""


def seed(path: Path, mode: str) -> set[str]:
    """The starting database: built in one write, then one save adds its generation."""
    threshold, count, _ = MODES[mode]
    records = [new_record(ARTICLE, n % 500, n % 500 + 40, note="x" * 600) for n in range(count)]
    store = AnnotationStore(path, journal_threshold=threshold)
    store.apply({record["id"]: record for record in records})
    store.close()
    return {record["id"] for record in records}


def child(path: Path, mode: str, out: int) -> None:  # pragma: no cover - killed
    """Save forever; print ``+id`` / ``-id`` after each acknowledged add / delete, and
    ``~id`` BEFORE a delete (a record whose deletion was under way when the kill came
    may rightly be gone without its ``-id``). Stops if the benchmark itself died."""
    parent = os.getppid()
    threshold, _, keep = MODES[mode]
    storage_module.COMPACT_FRACTION = 20  # fold the journal in every ~60 kB
    store = AnnotationStore(path, journal_threshold=threshold)
    order = deque(r["id"] for r in store.all())
    n = 0
    while os.getppid() == parent:
        if len(order) > keep:
            victim = order.popleft()
            os.write(out, f"~{victim}\n".encode())
            store.delete(victim)
            os.write(out, f"-{victim}\n".encode())
        else:
            record = store.add(new_record(ARTICLE, n % 500, n % 500 + 40, note="y" * 600))
            order.append(record["id"])
            os.write(out, f"+{record['id']}\n".encode())
        n += 1
    os._exit(0)


def one_kill(path: Path, mode: str, rng: random.Random) -> list[str]:
    """Fork a saving child, kill it at a random moment; return every acknowledged line."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        try:
            child(path, mode, write_end)
        finally:
            os._exit(1)
    os.close(write_end)
    stream = os.fdopen(read_end, "rb")
    lines: list[str] = []
    for _ in range(rng.randint(1, 40)):
        line = stream.readline()
        if not line.endswith(b"\n"):
            break
        lines.append(line.decode().strip())
    time.sleep(rng.random() * 0.02)
    os.kill(pid, signal.SIGKILL)
    rest = stream.read()  # the same buffered reader, to end of file: nothing skipped
    stream.close()
    os.waitpid(pid, 0)
    lines.extend(line.decode().strip() for line in rest.split(b"\n")[:-1] if line.strip())
    return lines


class Tally:
    """Kills, acknowledged operations, losses and corruptions of one mode."""

    def __init__(self, mode: str, present: set[str]) -> None:
        self.mode, self.present = mode, present
        self.deleted: set[str] = set()
        self.doubtful: set[str] = set()  # a deletion under way: may or may not be done
        self.kills = self.acknowledged = self.lost = self.corrupt = 0

    def record(self, lines: list[str]) -> None:
        self.kills += 1
        self.acknowledged += sum(1 for line in lines if line[0] != "~")
        for line in lines:
            sign, record_id = line[0], line[1:]
            if sign == "+":
                self.present.add(record_id)
            elif sign == "~":
                self.present.discard(record_id)
                self.doubtful.add(record_id)
            else:
                self.doubtful.discard(record_id)
                self.deleted.add(record_id)

    def check(self, path: Path) -> bool:
        """Compare the database with what was acknowledged; False if it is corrupt."""
        try:
            json.loads(path.read_bytes())
            on_disk = {r["id"] for r in AnnotationStore(path, create=False).all()}
        except (ValueError, StoreError) as error:
            print(f"{self.mode}: corrupt after kill {self.kills}: {error}", file=sys.stderr)
            self.corrupt += 1
            return False
        missing, undone = self.present - on_disk, self.deleted & on_disk
        if missing or undone:
            print(f"{self.mode}: kill {self.kills}: {len(missing)} acknowledged additions "
                  f"missing, {len(undone)} acknowledged deletions undone", file=sys.stderr)
        self.lost += len(missing) + len(undone)
        self.present = (self.present & on_disk) | (self.doubtful & on_disk)
        self.deleted |= self.doubtful - on_disk  # the unacknowledged deletion was done
        self.deleted -= undone
        self.doubtful.clear()
        return True

    def line(self) -> str:
        return (f"{self.mode:8} kills {self.kills:5,}  acknowledged {self.acknowledged:7,}  "
                f"lost {self.lost}  corrupt {self.corrupt}")


def run(kills: int, seed_value: int, folder: Path) -> list[Tally]:
    rng = random.Random(seed_value)
    tallies = []
    for index, mode in enumerate(MODES):
        path = folder / mode / "annotations.json"
        path.parent.mkdir(parents=True)
        tally = Tally(mode, seed(path, mode))
        tallies.append(tally)
        share = kills // len(MODES) + (1 if index < kills % len(MODES) else 0)
        for _ in range(share):
            tally.record(one_kill(path, mode, rng))
            if not tally.check(path):
                break
            if tally.kills % 100 == 0:
                size = path.stat().st_size
                print(f"{tally.line()}  (main file {size / 1e6:.2f} MB)", flush=True)
    return tallies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--kills", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=20261206)
    args = parser.parse_args()
    if not hasattr(os, "fork"):
        print("kill_loop: needs POSIX fork and SIGKILL", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="claimdesk-kills-") as folder:
        tallies = run(args.kills, args.seed, Path(folder))
    for tally in tallies:
        print(tally.line())
    total = (sum(t.kills for t in tallies), sum(t.acknowledged for t in tallies),
             sum(t.lost for t in tallies), sum(t.corrupt for t in tallies))
    print(f"total    kills {total[0]:5,}  acknowledged {total[1]:7,}  lost {total[2]}  "
          f"corrupt {total[3]}  ({time.monotonic() - started:.0f} s)")
    return 1 if total[2] or total[3] else 0


if __name__ == "__main__":
    sys.exit(main())
