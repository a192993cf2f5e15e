"""Options of the reader itself (``claimdesk [PATH ...]``) and its start."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from reader.cli.common import resolve_db_path
from reader.core.text import printable_line


def bundled_samples() -> Path:
    """The sample library: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "sample_articles", here.parent / "sample_articles"):
        if candidate.is_dir():
            return candidate
    return here / "sample_articles"


def register(parser: argparse.ArgumentParser) -> None:
    """Add the reader's options to the top-level parser."""
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="article files or folders (.txt .md .html .json); default: the bundled samples",
    )
    parser.add_argument("--db", metavar="FILE", help="annotation database (env: CLAIMDESK_DB)")
    parser.add_argument("--theme", metavar="NAME", help="Textual theme, e.g. textual-light")
    parser.add_argument(
        "--lang", metavar="CODE", choices=("es", "en", "auto"),
        help="analyse every article as this language (es, en; auto = detect, the default)",
    )
    parser.add_argument(
        "--desk", action="store_true",
        help="open the reading desk (the library of feeds and articles) even when empty",
    )


def run(args: argparse.Namespace) -> int:
    """Check the paths, then start the Textual app (imported only here)."""
    from reader.cli import CliError

    paths = [Path(p) for p in args.paths] or [bundled_samples()]
    desk = not args.paths and (args.desk or _library_has_articles(resolve_db_path(args.db)))
    for path in paths:
        if not os.path.lexists(path):
            raise CliError(f"no such file or folder: {path}")
    if _nothing_to_open(paths):
        shown = ", ".join(printable_line(str(p)) for p in paths)
        raise CliError(f"no articles found in {shown} (looked for {_suffixes()} files)")
    db_path = resolve_db_path(args.db)
    _check_database_path(db_path)
    from reader.tui.app import ClaimdeskApp

    app = ClaimdeskApp(
        paths=[str(p) for p in paths],
        db_path=db_path,
        theme_name=args.theme,
        language=None if args.lang in (None, "auto") else args.lang,
        desk=desk,
        keep_files=bool(args.paths),
    )
    app.run()
    return app.return_code or 0


def _nothing_to_open(paths: list[Path]) -> bool:
    """True when every path is a folder holding no article file (and nothing refused):
    the library would open on nothing, so the user is told instead, as ``analyze`` does."""
    from reader.sources.dispatch import SUPPORTED_SUFFIXES
    from reader.sources.files import walk_folder

    suffixes = frozenset(SUPPORTED_SUFFIXES)
    for path in paths:
        if not path.is_dir() or next(iter(walk_folder(str(path), suffixes)), None) is not None:
            return False
    return True


def _suffixes() -> str:
    from reader.sources.dispatch import SUPPORTED_SUFFIXES

    return " ".join(sorted(SUPPORTED_SUFFIXES))


def _check_database_path(db_path: Path) -> None:
    """Refuse a database path that can never be saved to, before the UI starts.

    A corrupt database file is left to the app, which can still show articles and
    offers the backup; a folder or a special file in its place is a usage mistake.
    """
    from reader.cli import CliError

    if db_path.is_dir():
        raise CliError(f"the annotation database is a folder, not a file: {db_path}")
    if db_path.exists() and not db_path.is_file():
        raise CliError(f"the annotation database is not a regular file: {db_path}")


def _library_has_articles(db_path: Path) -> bool:
    """Open on the reading desk when the article store has articles; a first start (no
    store yet) opens on the bundled samples.

    A store that is there but cannot be read (truncated, corrupt, a folder in its place,
    a newer schema) opens the desk too, whose status line says why: it opened on the
    samples, without a word, as if the user's library had never existed.
    """
    from reader.library import LibraryError, LibraryStore, library_path

    path = library_path(db_path)
    if not os.path.lexists(path):
        return False
    for read_only in (False, True):  # a read-only data folder: the desk, view only
        try:
            with LibraryStore(path, read_only=read_only) as store:
                return not store.is_empty()
        except LibraryError:
            continue
    return True
