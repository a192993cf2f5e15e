"""A footer that fits its width: the most useful keys, whole, and never a stray character.

Textual's ``Footer`` lays every key out in one scrolling row and docks the command-palette
key over its right end, so a row too long for the terminal shows half-hidden entries
(``^p paletteS``). ``KeyFooter`` measures each entry, keeps them by rank (declared with
``reader.tui.bindings.binding``; lower is kept first) until the width is used, and shows
the kept ones in their screen order. Keys of one ``group`` share an entry (``w/b word``).
The palette key is an entry like the others. It re-fits when the width changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.tui.bindings import footer_rank

PALETTE_RANK = 35
"""The palette key (``^p``) goes before the least useful keys, after the main ones."""
GAP = 1
"""Cells between two entries in the compact footer (``FooterKey`` margin)."""


@dataclass
class Entry:
    """One footer entry: one key, or the keys of a group, with one description."""

    key: str
    keys: list[str]
    description: str
    action: str
    enabled: bool
    tooltip: str
    rank: int
    order: int
    palette: bool = False
    idents: set[str] = field(default_factory=set)

    @property
    def display(self) -> str:
        return "/".join(self.keys)

    @property
    def width(self) -> int:
        """Cells taken in the compact footer: ``key description`` and the gap after it."""
        text = self.display + (" " + self.description if self.description else "")
        extra = 1 if self.palette else GAP  # the palette entry's border instead of a gap
        return cell_len(text) + extra


def fit(entries: list[Entry], width: int) -> list[Entry]:
    """The entries that fit in ``width`` cells, chosen by rank, in their screen order.

    Strictly by rank: once an entry does not fit, no less useful one is shown instead
    (a short minor key never takes the place of a longer, more useful one).
    """
    kept: list[Entry] = []
    used = 0
    for entry in sorted(entries, key=lambda e: (e.rank, e.order)):
        if used + entry.width > width:
            break
        kept.append(entry)
        used += entry.width
    return sorted(kept, key=lambda e: e.order)


class KeyFooter(Footer):
    """The live keys of the screen, as many as fit, most useful first."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(compact=True, **kwargs)  # type: ignore[arg-type]
        self._fitted_width = 0

    def entries(self) -> list[Entry]:
        """Every shown binding of the screen as footer entries (groups merged)."""
        found: list[Entry] = []
        seen: set[str] = set()
        by_group: dict[int, Entry] = {}
        for order, (_, binding, enabled, tooltip) in enumerate(
                self.screen.active_bindings.values()):
            if not binding.show or not binding.description:
                continue
            ident = binding.id or binding.action
            if ident in seen:
                continue  # one action bound to several keys: its first key only
            seen.add(ident)
            key_display = self.app.get_key_display(binding)
            group = binding.group
            previous = found[-1] if found else None
            if group is not None and previous is not None and id(group) in by_group \
                    and by_group[id(group)] is previous:
                previous.keys.append(key_display)
                previous.rank = min(previous.rank, footer_rank(binding.id))
                previous.idents.add(ident)
                continue
            entry = Entry(binding.key, [key_display],
                          group.description if group is not None else binding.description,
                          binding.action, enabled, tooltip or binding.description,
                          footer_rank(binding.id), order, idents={ident})
            if group is not None:
                by_group[id(group)] = entry
            found.append(entry)
        palette = self._palette_entry(len(found))
        return [*found, palette] if palette is not None else found

    def _palette_entry(self, order: int) -> Entry | None:
        if not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return None
        active = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if active is None:
            return None
        binding: Binding = active.binding
        return Entry(binding.key, [self.app.get_key_display(binding)], binding.description,
                     binding.action, active.enabled, binding.description, PALETTE_RANK,
                     order + 1_000_000, palette=True)

    def compose(self) -> ComposeResult:
        if not self._bindings_ready or self.size.width <= 0:
            return
        self._fitted_width = self.size.width
        yield from self._keys(fit(self.entries(), self.size.width))

    def _keys(self, entries: list[Entry]) -> Iterator[FooterKey]:
        for entry in entries:
            key = FooterKey(entry.key, entry.display, entry.description, entry.action,
                            disabled=not entry.enabled, tooltip=entry.tooltip,
                            classes="-command-palette" if entry.palette else "")
            yield key.data_bind(compact=Footer.compact)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._fitted_width:
            self.call_after_refresh(self.recompose)
