"""ClaimdeskApp: the library, the article reader and the help, on Textual.

Started by ``reader/cli/open_reader.py``. Data comes from ``reader.sources`` and
``reader.analysis`` (in thread workers); this package only shows it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import termios
import threading
import time
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from reader.core.text import for_display
from reader.tui.annotation_form import AnnotationForm
from reader.tui.cache import AnalysisCache
from reader.tui.confirm import ConfirmScreen
from reader.tui.keymap import config_dir, load_keymap
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.help import HelpScreen, binding_rows
from reader.tui.screens.library import LibraryScreen
from reader.tui.shown import plain
from reader.tui.store_link import StoreLink

READY_ENV = "CLAIMDESK_EXIT_WHEN_READY"
"""Benchmark hook: when set to a file path, the app writes the wall-clock time at which
the library was first drawn (``time.time()``) to that file and exits. The terminal output
itself goes to stderr, so the time cannot. Used by benchmarks/tui_speed.py."""


def all_binding_ids() -> set[str]:
    """Every binding id the app defines (to tell a typo in a keymap file)."""
    ids: set[str] = set()
    for owner in (ClaimdeskApp, LibraryScreen, ArticleScreen, HelpScreen, AnnotationForm,
                  ConfirmScreen):
        for binding in owner.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                ids.add(binding.id)
    return ids


def _terminal_alive() -> bool:
    """Whether the terminal the app draws on (stderr) still exists."""
    try:
        termios.tcgetattr(sys.__stderr__.fileno())
    except (termios.error, OSError, ValueError, AttributeError):
        return False
    return True


class ClaimdeskApp(App[None]):
    """A keyboard-driven reader for checking what the news claims."""

    CSS_PATH = "claimdesk.tcss"
    TITLE = "Claimdesk"
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="claimdesk.help"),
    ]

    def __init__(
        self,
        paths: list[str],
        db_path: Path,
        theme_name: str | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.db_path = db_path
        self.language = language
        self.analyses = AnalysisCache(language)
        self.link = StoreLink(db_path)
        self._startup_problems: list[str] = []
        self._ready_parts: set[str] = set()
        if theme_name:
            if theme_name in self.available_themes:
                self.theme = theme_name
            else:
                names = ", ".join(sorted(self.available_themes))
                self._startup_problems.append(f"Unknown theme {theme_name}; try one of: {names}")

    def on_mount(self) -> None:
        self._exit_on_signals()
        keymap, problems = load_keymap(config_dir(), all_binding_ids())
        if keymap:
            self.set_keymap(keymap)
        for problem in [*self._startup_problems, *problems]:
            self.notify(problem, severity="warning", markup=False, timeout=8)
        self.run_worker(self.link.open, thread=True, exit_on_error=False, group="store-open")
        self.push_screen(LibraryScreen(self.paths))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification (widgets and screens call this one) is plain text with its
        controls, bidi and zero-width marks made visible: messages carry file names,
        errors and imported values. ``markup`` is accepted and ignored."""
        super().notify(for_display(str(message)), title=for_display(str(title)),
                       severity=severity, timeout=timeout, markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Say once, at start, when the annotation database cannot be used."""
        opened = event.worker.group == "store-open" and event.state == WorkerState.SUCCESS
        if opened and self.link.error:
            message = f"Annotations are off (reading still works): {self.link.error}"
            self.notify(plain(message), severity="error", markup=False, timeout=20)

    def _exit_on_signals(self) -> None:
        """SIGTERM and SIGHUP (a closed terminal) end the app the normal way.

        Without this, Python dies at once: the terminal stays in raw mode on the
        alternate screen. Every acknowledged save is already on disk; a clean exit also
        closes the store (folding its journal) and gives the terminal back.
        """
        if self.is_headless:
            return  # tests drive a headless app inside the test runner's own process
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self._signalled, number)

    def _signalled(self, number: int) -> None:
        """Exit cleanly; never hang when the terminal itself is gone.

        Closing the terminal window sends SIGHUP and SIGCONT: Textual then restarts its
        output on a dead terminal and a normal exit can block for ever. Acknowledged
        saves are on disk already, so closing the store and leaving at once loses
        nothing; a timer covers an exit that stalls for any other reason.
        """
        if not _terminal_alive():
            self._leave_now(number)
        timer = threading.Timer(3.0, self._leave_now, args=(number,))
        timer.daemon = True
        timer.start()
        self.exit(None, 128 + number)

    def _leave_now(self, number: int) -> None:
        self.link.close()  # waits for a save in progress to finish
        os._exit(128 + number)

    def on_unmount(self) -> None:
        self.link.close()

    def library_shown(self) -> None:
        """Called once the library table has its rows (see ``READY_ENV``)."""
        self._ready_part("rows")

    def annotations_counted(self) -> None:
        """Called once the library shows its annotation counts (or knows it cannot)."""
        self._ready_part("counts")

    def _ready_part(self, part: str) -> None:
        """The library is ready when both its rows and its annotation counts are drawn."""
        self._ready_parts.add(part)
        if self._ready_parts == {"rows", "counts"} and os.environ.get(READY_ENV):
            self.call_after_refresh(self._report_ready)

    def _report_ready(self) -> None:
        try:
            Path(os.environ[READY_ENV]).write_text(f"{time.time():.6f}\n", encoding="utf-8")
        finally:
            self.exit()

    def action_help(self) -> None:
        """Show the keys that are live on the current screen."""
        if isinstance(self.screen, HelpScreen):
            return
        rows = binding_rows(self.screen.active_bindings, self.get_key_display)
        self.push_screen(HelpScreen(rows))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The built-in commands (theme, quit...) plus every live binding, with its key."""
        builtin = list(super().get_system_commands(screen))
        yield from builtin
        taken = {command.title for command in builtin}
        for ident_keys, description, ident in binding_rows(
            screen.active_bindings, self.get_key_display
        ):
            action = self._action_for(screen, ident)
            if action is not None and description not in taken:
                taken.add(description)
                namespace, name = action
                yield SystemCommand(
                    description, f"key: {ident_keys}   ({ident})",
                    partial(self.run_action, name, namespace),
                )

    @staticmethod
    def _action_for(screen: Screen, ident: str) -> tuple[object, str] | None:
        for active in screen.active_bindings.values():
            if (active.binding.id or active.binding.action) == ident:
                return active.node, active.binding.action
        return None
