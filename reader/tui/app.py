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
from typing import Any

from textual.app import App, SystemCommand
from textual.drivers.linux_driver import LinuxDriver
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme
from textual.worker import Worker, WorkerState

from reader.core.text import for_display
from reader.library import library_path
from reader.store.errors import SettingsError
from reader.store.settings import load_theme, save_theme
from reader.tui.across_app import ACROSS_APP_BINDINGS, AppAcrossMixin
from reader.tui.across_link import AcrossLink
from reader.tui.bindings import binding, known_ids
from reader.tui.cache import AnalysisCache
from reader.tui.desk_data import DeskData, keep_in_library
from reader.tui.keymap import config_dir, load_keymap
from reader.tui.paste_guard import GuardedLinuxDriver
from reader.tui.screens.annotation_form import AnnotationForm
from reader.tui.screens.confirm import ConfirmScreen
from reader.tui.screens.desk import DeskScreen
from reader.tui.screens.help import HelpScreen, binding_rows, elsewhere_rows, fixed_rows
from reader.tui.screens.library import LibraryScreen
from reader.tui.shown import plain
from reader.tui.store_link import StoreLink
from reader.tui.widgets.safe_palette import SafePaletteMixin

READY_ENV = "CLAIMDESK_EXIT_WHEN_READY"
QUIT_QUESTION = "Quit and discard the annotation you are typing?"
BUILTIN_KEPT = ("Theme", "Quit", "Screenshot")
"""Textual's palette commands that do something useful in Claimdesk."""
"""Benchmark hook: when set to a file path, the app writes the wall-clock time at which
the library was first drawn (``time.time()``) to that file and exits. The terminal output
itself goes to stderr, so the time cannot. Used by benchmarks/tui_speed.py."""


def _terminal_alive() -> bool:
    """Whether the terminal the app draws on (stderr) still exists."""
    try:
        termios.tcgetattr(sys.__stderr__.fileno())
    except (termios.error, OSError, ValueError, AttributeError):
        return False
    return True


class ClaimdeskApp(AppAcrossMixin, SafePaletteMixin, App[None]):
    """A keyboard-driven reader for checking what the news claims."""

    CSS_PATH = "claimdesk.tcss"
    TITLE = "Claimdesk"
    BINDINGS = [
        binding("question_mark", "help", "Help", "app.help", rank=0),
        *ACROSS_APP_BINDINGS,
    ]

    def __init__(
        self,
        paths: list[str],
        db_path: Path,
        theme_name: str | None = None,
        language: str | None = None,
        config_path: Path | None = None,
        desk: bool = False,
        keep_files: bool = False,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.desk = desk
        """Open on the reading desk (the library store) rather than on ``paths``."""
        self.keep_files = keep_files
        """Store the files opened on the command line in the library too."""
        self.desk_data: DeskData | None = None
        self.db_path = db_path
        self.language = language
        self.analyses = AnalysisCache(language)
        self.link = StoreLink(db_path)
        self.config_path = config_path
        self.keymap_loaded: dict[str, str] = {}
        """The remaps read from keymap.toml (id → keys), for keys the help lists as
        working elsewhere on the screen."""
        self.across = AcrossLink(db_path)
        self._startup_problems: list[str] = []
        self._ready_parts: set[str] = set()
        self._open_with_theme(theme_name)

    def get_driver_class(self) -> Any:
        """Textual's driver, reading a terminal's pastes through the paste guard
        (``paste_guard.py``: a paste holding escape sequences never runs as keys)."""
        driver = super().get_driver_class()
        return GuardedLinuxDriver if driver is LinuxDriver else driver

    def _open_with_theme(self, flag: str | None) -> None:
        """The ``--theme`` flag, else the ``theme`` of config.toml, else Textual's default.

        Set before the app subscribes to theme changes: only a theme the user chooses
        in the app is written back to config.toml (``_theme_chosen``).
        """
        name, source = flag, "--theme"
        if not name:
            try:
                name, source = load_theme(self.config_path), "config.toml"
            except SettingsError as error:
                self._startup_problems.append(str(error))
                return
        if not name:
            return
        if name in self.available_themes:
            self.theme = name
        else:
            names = ", ".join(sorted(self.available_themes))
            self._startup_problems.append(
                f"Unknown theme {name} ({source}); try one of: {names}")

    def on_mount(self) -> None:
        self._exit_on_signals()
        keymap, problems = load_keymap(config_dir(), known_ids())
        self.keymap_loaded = keymap
        if keymap:
            self.set_keymap(keymap)
        for problem in [*self._startup_problems, *problems]:
            self.notify(problem, severity="warning", markup=False, timeout=8)
        self.run_worker(self.link.open, thread=True, exit_on_error=False, group="store-open")
        self.theme_changed_signal.subscribe(self, self._theme_chosen)
        self.start_across()
        if self.desk:
            self.desk_data = DeskData(library_path(self.db_path))
            self.push_screen(DeskScreen(self.desk_data))
        else:
            self.push_screen(LibraryScreen(self.paths))

    def _theme_chosen(self, theme: Theme) -> None:
        """Remember a theme chosen in the app (palette: "Theme") in config.toml."""
        self.run_worker(partial(self._save_theme, theme.name), thread=True,
                        exit_on_error=False, group="settings-save")

    def _save_theme(self, name: str) -> None:
        try:
            save_theme(name, self.config_path)
        except SettingsError as error:
            self.call_from_thread(self.notify, plain(f"Theme not remembered: {error}"),
                                  severity="warning", markup=False)

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
        if opened and self.link.no_folder:  # one line: which folder, why, nothing saved
            message = f"Nothing will be saved: {self.link.error or self.link.view_only}"
            self.notify(plain(message), severity="error", markup=False, timeout=20)
        elif opened and self.link.error:
            message = f"Annotations are off (reading still works): {self.link.error}"
            self.notify(plain(message), severity="error", markup=False, timeout=20)
        elif opened and self.link.view_only:
            message = (f"View only: annotations are shown but cannot be saved: "
                       f"{self.link.view_only}")
            self.notify(plain(message), severity="warning", markup=False, timeout=20)

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
        if self.desk_data is not None:
            self.desk_data.close()
        self.across.close()

    def exit(self, *args: Any, **kwargs: Any) -> None:
        """Leave; first stop an HTML extraction in progress, whose thread would otherwise
        hold the exit until its budget ran out (Textual waits for its thread workers)."""
        if "reader.sources.extract_worker" in sys.modules:
            sys.modules["reader.sources.extract_worker"].stop()
        super().exit(*args, **kwargs)

    async def action_quit(self) -> None:
        """Quit (``ctrl+q``, the palette); first ask when an annotation form holds typed
        text, as its own ``escape`` does: a note may be minutes of work."""
        typing = any(isinstance(screen, AnnotationForm) and screen.is_changed
                     for screen in self.screen_stack)
        if not typing:
            self.exit()
        elif not isinstance(self.screen, ConfirmScreen):
            self.push_screen(ConfirmScreen(QUIT_QUESTION),
                             lambda leave: self.exit() if leave else None)

    def library_shown(self) -> None:
        """Called once the library table has its rows (see ``READY_ENV``)."""
        if self.keep_files and isinstance(self.screen, LibraryScreen):
            self.keep_files = False
            articles = list(self.screen.articles)
            self.run_worker(partial(keep_in_library, library_path(self.db_path), articles),
                            thread=True, exit_on_error=False, group="keep-files")
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
        rows += elsewhere_rows(self.screen.query("*"), rows, self.keymap_loaded,
                               self.get_key_display)
        rows += fixed_rows(self.screen.active_bindings, self.get_key_display)
        self.push_screen(HelpScreen(rows))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's Theme, Quit and Screenshot, plus every live Claimdesk binding, with
        its key. Textual's "Keys" panel (its own key list, which the help replaces) and
        "Maximize" (``p`` hides the panel already) are left out."""
        quit_keys = " ".join(row[0] for row in fixed_rows(screen.active_bindings,
                                                           self.get_key_display)
                             if row[1] == "Quit")
        builtin = []
        for command in super().get_system_commands(screen):
            if command.title in BUILTIN_KEPT:
                if command.title == "Quit" and quit_keys:
                    command = SystemCommand("Quit", f"key: {quit_keys}   (asks first "
                                            f"while a note is typed)", command.callback)
                builtin.append(command)
        yield from builtin
        taken = {command.title for command in builtin}
        merged: dict[str, tuple[list[str], str]] = {}  # one command per description
        for keys, description, ident in binding_rows(screen.active_bindings,
                                                     self.get_key_display):
            if description not in taken:
                merged.setdefault(description, ([], ident))[0].append(keys)
        for description, (keys_list, ident) in merged.items():
            action = self._action_for(screen, ident)
            if action is not None:
                namespace, name = action
                yield SystemCommand(
                    description, f"key: {' '.join(keys_list)}   ({ident})",
                    partial(self.run_action, name, namespace),
                )

    @staticmethod
    def _action_for(screen: Screen, ident: str) -> tuple[object, str] | None:
        for active in screen.active_bindings.values():
            if (active.binding.id or active.binding.action) == ident:
                return active.node, active.binding.action
        return None
