"""The reading desk's subscription actions: refresh in a worker, add and remove feeds.

A mixin of ``DeskScreen`` (kept apart so each module has one job): it uses the screen's
``data``, ``annotations``, status line and loaders, and never draws rows itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.plural import counted
from reader.tui.screens.help import keys_of
from reader.tui.shown import shown

if TYPE_CHECKING:
    from reader.library.records import FeedInfo
    from reader.library.subscribe import Added
    from reader.tui.desk_data import DeskData

SOURCES_TEXT = 26
"""Cells of text in a row of the source list (its width, less border and padding), used
until the list has been laid out."""
ADDRESS_SHOWN = 48
"""Characters of an address a message about it repeats at most."""
LABEL_MAX = 200
"""Characters of a tag or feed name handed to the list at most (it shows far fewer)."""


def feed_label(feed: FeedInfo, width: int) -> Text:
    """A feed's row of the source list in ``width`` cells: its name cut by cells with
    "…", never its unread count or its ✗ (a long or CJK name wrapped them away)."""
    tail = Text(f" ({feed.unread})", style="bold" if feed.unread else "dim")
    if feed.status in ("error", "gone"):
        tail.append(" ✗", style="red")
    label = shown(feed.name, limit=LABEL_MAX)
    label.truncate(max(4, width - tail.cell_len), overflow="ellipsis")
    return label + tail


def feed_options(pane: OptionList, above: int, feeds: list[FeedInfo]) -> list[Option]:
    """The feeds' rows of the source list ``pane``, below ``above`` rows, fitted to its
    width less the scrollbar they are about to bring."""
    width = pane.scrollable_content_region.width or SOURCES_TEXT
    if above + len(feeds) + 2 > pane.size.height and not pane.show_vertical_scrollbar:
        width -= pane.styles.scrollbar_size_vertical  # then a rule and Files
    return [Option(feed_label(feed, width), id=f"feed:{feed.id}") for feed in feeds]


def empty_library_hint(key: str) -> Text:
    """The preview of an empty library: how to fill it, the add-feed key being ``key``."""
    return Text.assemble(
        ("The library is empty.\n", "bold"),
        f"{key} subscribes to a feed (an RSS or Atom address). From a shell, "
        "claimdesk add URL stores a web page or a feed, claimdesk add FILE an article "
        "file, and claimdesk FILE opens files without storing them.")


def _shortened(message: str, url: str) -> str:
    """``message`` with ``url`` cut to ``ADDRESS_SHOWN`` characters: a pasted tracking
    address of a few hundred characters pushed the reason out of the status line."""
    if len(url) <= ADDRESS_SHOWN:
        return message
    return message.replace(url, url[:ADDRESS_SHOWN - 1] + "…", 1)


def _feeds_message(added: Added) -> str:
    """The status line after adding feeds: a feed already followed (under another
    spelling of its address) is named as such, not counted as a new subscription."""
    new = [feed for feed, _ in added.feeds if feed.id not in added.already]
    old = [feed for feed, _ in added.feeds if feed.id in added.already]
    if not new:
        return f"Already following {old[0].name}" if len(old) == 1 else (
            f"Already following these {len(old)} feeds")
    more = f" ({len(old)} already followed)" if old else ""
    return f"Subscribed to {len(new)} feed(s){more}"


class DeskFeedsMixin:
    """``r``, ``a`` and ``x`` of the reading desk."""

    data: DeskData
    annotations: dict[str, int]
    refreshing: bool
    summary: str
    source: str
    app: Any
    claimdesk: Any

    if TYPE_CHECKING:  # provided by DeskScreen and Screen; declared for type checkers only

        def _status(self, message: str) -> None: ...

        def load_sources(self) -> None: ...

        def load_rows(self, keep: int | None = None) -> None: ...

        def index_library(self) -> None: ...

        def notify(self, message: str, **kwargs: Any) -> None: ...

        def save(self, change: Any, done: Any, failed: Any = None) -> None: ...

        keys: list[int]
        active_bindings: Any

    def refused(self) -> bool:
        """True (and one line said) when the library is view-only: a change key never
        fails half-way or silently in a folder that cannot be written."""
        reason = self.data.view_only
        if reason:
            self.app.bell()
            self._status(f"View only, nothing changed: {reason}")
        return bool(reason)

    def action_refresh(self) -> None:
        if self.refused():
            return
        if self.refreshing:
            self._status("A refresh is already running")
            return
        self.refreshing = True
        self._status("Refreshing…")
        self.refresh_feeds()

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-refresh")
    def refresh_feeds(self) -> None:
        from reader.across.library_sync import pruned_ids
        from reader.library import LibraryStore
        from reader.library.prune import keep_days, prune_by_setting
        from reader.library.refresh import Outcome, refresh

        def progress(outcome: Outcome, done: int, total: int) -> None:
            line = f"Refreshing {done}/{total}: {outcome.name}"
            if outcome.error:
                line += f" ✗ {outcome.error}"
            self.app.call_from_thread(self._status, line)

        try:
            keep = {ident for ident, count in self.annotations.items() if count}
            with LibraryStore(self.data.path) as store:
                outcomes = refresh(store, progress=progress)
                # annotated ids known: safe to prune
                if self.claimdesk.link.store is not None and keep_days(store):
                    _, gone = pruned_ids(store, lambda: prune_by_setting(store, keep))
                    self.claimdesk.across.forget(gone)  # pruned articles leave the index
        except Exception as error:  # the store went away: say so, keep the desk
            self.app.call_from_thread(self._refreshed, [], f"Refresh failed: {error}")
            return
        new = sum(o.new for o in outcomes)
        changed = sum(o.changed for o in outcomes)
        failed = sum(1 for o in outcomes if o.error)
        summary = f"Refreshed {len(outcomes)}: {new} new, {changed} changed, {failed} failed"
        if not outcomes:  # "Refreshed 0: 0 new, 0 changed, 0 failed" said nothing useful
            add = keys_of(self.app, "desk.add")
            summary = (f"Nothing to refresh: no feed or added page yet ({add} subscribes "
                       f"to a feed)")
        kept = sum(len(o.warnings) for o in outcomes)  # pages that failed: text kept
        if kept:
            summary += f", {kept} stored page{'' if kept == 1 else 's'} kept (fetch failed)"
        self.app.call_from_thread(self._refreshed, outcomes, summary)

    def _refreshed(self, outcomes: list, summary: str) -> None:
        self.refreshing = False
        self.summary = summary
        self._status(summary)
        self.data.changed()
        self.load_sources()
        self.load_rows()  # the cursor stays on the row it is on (see _show_rows)
        self.index_library()  # new and changed articles into the across index

    def _empty_hint(self) -> Text:
        """What an empty library can be filled with (a first start showed a blank pane)."""
        if self.keys or self.source != "all":
            return Text("")
        keys = [self.app.get_key_display(active.binding)
                for active in self.active_bindings.values() if active.binding.action == "add"]
        return empty_library_hint(keys[0] if keys else "a")

    def action_add_feed(self) -> None:
        from reader.tui.screens.desk_prompt import PromptScreen

        if self.refused():
            return

        def chosen(url: str | None) -> None:
            if url:
                self._status(f"Adding {url}…")
                self.add_address(url)

        self.app.push_screen(PromptScreen("Feed or page address (http/https)"), chosen)

    @work(thread=True, exclusive=False, exit_on_error=False, group="desk-add")
    def add_address(self, url: str) -> None:
        from reader.library import LibraryStore
        from reader.library.subscribe import AddError, add_url, page_report

        try:
            with LibraryStore(self.data.path) as store:
                added = add_url(store, url)
            line = page_report(added, added.page_title)  # the command line's words
            message = (_feeds_message(added) if added.feeds
                       else line[:1].upper() + line[1:])
        except AddError as error:
            message = _shortened(str(error), url)
        except Exception as error:
            message = f"Could not add {_shortened(url, url)}: {error}"
        else:
            self.app.call_from_thread(self._added, message)
            return
        self.app.call_from_thread(self._added, message, True)

    def _added(self, message: str, failed: bool = False) -> None:
        self.summary = message  # kept in the status line after the list is reloaded
        self._status(message)
        if failed:  # the status line is cut at the screen's edge: the toast wraps
            self.notify(message, severity="error", timeout=10)
        self.data.changed()
        self.load_sources()
        self.load_rows()
        self.index_library()

    @work(thread=True, exit_on_error=False, group="desk-forget")
    def forget_in_index(self, ids: list[str]) -> None:
        """Removed articles leave the across index (seen before, Speakers, Stats)."""
        self.claimdesk.across.forget(ids)

    def action_remove_feed(self) -> None:
        from reader.tui.screens.confirm import ConfirmScreen

        if self.refused():
            return

        if not self.source.startswith("feed:"):
            self.notify("Highlight a feed in the sources pane first.", markup=False)
            return
        feed_id = int(self.source.split(":", 1)[1])

        def removed_feed(removed: list[str]) -> None:
            self.forget_in_index(removed)
            self.summary = (f"Feed removed with {counted(len(removed), 'article')}; "
                            "annotated ones kept")
            self._status(self.summary)
            self.data.changed()
            self.source = "all"
            self.load_sources()
            self.load_rows()

        def answered(yes: bool | None) -> None:
            if yes:
                keep = {k for k, v in self.annotations.items() if v}
                self.save(lambda: self.data.remove_feed(feed_id, keep), removed_feed)

        self.app.push_screen(ConfirmScreen("Remove this feed and its unannotated, unstarred "
                                           "articles?"), answered)
