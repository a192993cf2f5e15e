"""The pruning setting: feed articles older than N days go, annotated and starred stay.

The setting lives in the store (``keep_days``; 0, the default, keeps everything) so the
CLI and the app prune the same way after a refresh. Annotated articles are never pruned:
the caller passes their ids (the annotation database is not the store's to read).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reader.library.store import LibraryStore

KEEP_DAYS = "keep_days"


def keep_days(store: LibraryStore) -> int:
    value = store.setting(KEEP_DAYS, "0")
    return int(value) if value.isdigit() else 0


def set_keep_days(store: LibraryStore, days: int) -> None:
    store.set_setting(KEEP_DAYS, str(max(0, int(days))))


def prune_by_setting(store: LibraryStore, annotated: set[str] | frozenset[str],
                     now: datetime | None = None) -> int:
    """Apply the setting; returns how many articles were removed (0 when it is off)."""
    days = keep_days(store)
    if days <= 0:
        return 0
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    stamp = cutoff.isoformat(timespec="seconds").replace("+00:00", "Z")
    return store.prune(stamp, keep=annotated)
