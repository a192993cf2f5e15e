"""The ``claimdesk`` command: the TUI by default, subcommands for scripted use.

``claimdesk [PATH ...]`` opens the reader; ``claimdesk SUBCOMMAND ...`` runs one of the
subcommands registered in ``SUBCOMMANDS``. Each subcommand module provides
``register(subparsers)`` and ``run(args) -> int``; it is imported only when used so that
``claimdesk analyze`` never pays for importing Textual.

Exit codes: 0 success, 1 a handled error (one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from reader import __version__

SUBCOMMANDS: dict[str, str] = {
    "analyze": "reader.cli.analyze",
    "annotations": "reader.cli.annotations",
    "export": "reader.cli.export",
    "import": "reader.cli.importer",
    "add": "reader.cli.add",
    "feeds": "reader.cli.feeds",
    "remove": "reader.cli.remove",
    "refresh": "reader.cli.refresh_cmd",
    "articles": "reader.cli.articles",
    "search": "reader.cli.search",
    "seen": "reader.cli.seen",
    "stats": "reader.cli.stats",
}


class CliError(Exception):
    """A handled error: its message is printed as one line and the exit code is 1."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {_shown(message)} (see --help)\n")
        raise SystemExit(2)


def _subcommand_parser(name: str) -> tuple[argparse.ArgumentParser, object]:
    module = importlib.import_module(SUBCOMMANDS[name])
    parser = _Parser(prog=f"claimdesk {name}", description=(module.__doc__ or "").strip())
    module.register(parser)
    return parser, module


def _open_parser() -> argparse.ArgumentParser:
    from reader.cli import open_reader

    parser = _Parser(
        prog="claimdesk",
        description="Read articles critically in the terminal. Subcommands: "
        + ", ".join(SUBCOMMANDS)
        + " (claimdesk SUBCOMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"claimdesk {__version__}")
    open_reader.register(parser)
    return parser


LONGEST_LINE = 300
"""An error line names what the user typed; a 100,000-character argument is shown by its
two ends so the line stays one readable line."""


def _shown(message: str) -> str:
    from reader.cli.common import terminal_line

    line = terminal_line(message)
    if len(line) <= LONGEST_LINE:
        return line
    tail = LONGEST_LINE // 3
    return f"{line[:LONGEST_LINE - tail - 1]}…{line[-tail:]}"


def _say(message: str) -> None:
    """Print one error line; file names and stored values may carry control characters,
    bidi and zero-width marks, so every one is shown as a visible stand-in."""
    sys.stderr.write(f"claimdesk: {_shown(message)}\n")


FILE_OPTIONS = ("db", "output", "config", "opml", "article")
"""Options naming a file. ``--db "$DB"`` with ``DB`` unset is an empty name: it must not
fall back to the user's own database (an import landing in the wrong place)."""


def _refuse_empty_names(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    for name in FILE_OPTIONS:
        value = getattr(args, name, None)
        if isinstance(value, str) and not value.strip():
            flag = "-o/--output" if name == "output" else f"--{name}"
            parser.error(f"argument {flag}: empty file name")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            parser, module = _subcommand_parser(args_list[0])
            args = parser.parse_args(args_list[1:])
            _refuse_empty_names(parser, args)
            return int(module.run(args))  # type: ignore[attr-defined]
        from reader.cli import open_reader

        parser = _open_parser()
        args = parser.parse_args(args_list)
        _refuse_empty_names(parser, args)
        return open_reader.run(args)
    except CliError as error:
        _say(str(error))
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        _say(f"{error.strerror or error}{where}")
        return 1
    except Exception as error:  # the last net: one line, never a traceback
        if os.environ.get("CLAIMDESK_DEBUG"):
            raise
        _say(f"internal error: {type(error).__name__}: {error}")
        return 1
