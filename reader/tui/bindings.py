"""One way to declare a key binding: every binding gets its ``claimdesk.<screen>.<action>`` id.

The id is what a user names in ``keymap.toml`` to remap a key, and what the help screen
and the command palette show. Declaring a binding through ``binding`` also registers its
id (``known_ids``), so a new screen's keys are remappable as soon as its module is
imported, with no central list to edit; and it records how much the binding deserves
its place in a footer that is too narrow for every key (``footer_rank``).
"""

from __future__ import annotations

import re

from textual.binding import Binding

ID_PREFIX = "claimdesk."
_NAME = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")

DEFAULT_RANK = 50
"""Footer rank of a binding that names none: kept after the ranked ones, in screen order."""

_declared: dict[str, Binding] = {}
_ranks: dict[str, int] = {}
_groups: dict[str, Binding.Group] = {}


def binding(key: str, action: str, description: str, name: str, show: bool = True,
            *, priority: bool = False, rank: int = DEFAULT_RANK,
            group: str | None = None) -> Binding:
    """A binding whose id is ``claimdesk.<name>``; ``name`` is ``<screen>.<action>``.

    ``rank`` orders the keys a narrow footer keeps (lower is kept first); bindings with
    the same ``group`` text share one footer entry (``w/b word``).
    """
    if not _NAME.match(name):
        raise ValueError(f"binding name must be <screen>.<action>: {name!r}")
    ident = ID_PREFIX + name
    shared = _groups.setdefault(group, Binding.Group(group)) if group else None
    made = Binding(key, action, description, show=show, priority=priority, id=ident,
                   group=shared)
    _declared[ident] = made
    _ranks[ident] = rank
    return made


def known_ids() -> set[str]:
    """Every binding id declared so far (every imported screen's)."""
    return set(_declared)


def declared(ident: str) -> Binding | None:
    """The binding declared with this id (``claimdesk.<screen>.<action>``), if imported."""
    return _declared.get(ident)


def footer_rank(ident: str | None) -> int:
    """How much a binding deserves a place in a narrow footer (lower: kept first)."""
    return _ranks.get(ident or "", DEFAULT_RANK)
