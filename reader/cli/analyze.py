"""Print the analysis of articles: entities, quotations with speakers, check-worthy sentences.

With --json, one JSON object per article per line (JSON Lines); otherwise a readable
coloured summary. Files that cannot be read are named on stderr and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.core.model import Analysis, Article, LoadFailure

LANGUAGES = ("es", "en", "auto")

_LABEL_STYLES = {
    "PER": "bold cyan",
    "ORG": "bold magenta",
    "LOC": "bold green",
    "MISC": "bold yellow",
}


def register(parser: argparse.ArgumentParser) -> None:
    """Add the analyze options."""
    parser.add_argument(
        "--json", action="store_true", help="print JSON Lines (one object per article)"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="CODE",
        help="analyse as this language (es, en; auto = detect, the default)",
    )
    parser.add_argument(
        "--backend",
        default="builtin",
        metavar="NAME",
        help="builtin (default) or spacy:MODEL, e.g. spacy:es_core_news_sm",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")


def run(args: argparse.Namespace) -> int:
    """Analyse every article found; report unreadable ones; return the exit code."""
    from reader.analysis import AnalysisError, analyze
    from reader.cli import CliError
    from reader.sources import load_paths

    status = 0
    items: list[Article | LoadFailure] = []
    for raw in args.paths:
        if not Path(raw).exists():
            sys.stderr.write(f"claimdesk: {_safe(raw)}: no such file or folder\n")
            status = 1
            continue
        items.extend(load_paths([raw]))
    if not items and status == 0:
        shown = ", ".join(_safe(raw) for raw in args.paths)
        raise CliError(f"no articles found in {shown}")
    language = None if args.lang in (None, "auto") else args.lang
    out = sys.stdout
    for item in items:
        if isinstance(item, LoadFailure):
            sys.stderr.write(f"claimdesk: {_safe(item.path)}: {_safe(item.reason)}\n")
            status = 1
            continue
        if item.format == "html" and item.extra.get("warning"):
            sys.stderr.write(f"claimdesk: {_safe(item.path)}: note: "
                             f"{_safe(item.extra['warning'])}\n")
        try:
            analysis = analyze(item, language=language, backend=args.backend)
        except AnalysisError as error:
            raise CliError(str(error)) from None
        if args.json:
            out.write(_json_line(item, analysis) + "\n")
        else:
            _print_summary(item, analysis)
    out.flush()
    return status


def _json_line(article: Article, analysis: Analysis) -> str:
    """One JSON object; readable text, but controls, C1, bidi and zero-width marks and line
    separators escaped."""
    from reader.analysis.report import analysis_to_json
    from reader.cli.common import escape_json

    return escape_json(json.dumps(analysis_to_json(article, analysis), ensure_ascii=False))


def _safe(text: str) -> str:
    """A file name or reason made printable on one line (controls shown, not sent)."""
    from reader.core.text import for_display

    return for_display(str(text)).replace("\n", "\u2424")


def _print_summary(article: Article, analysis: Analysis) -> None:
    """A coloured summary; article text is only ever data in ``Text`` objects."""
    from rich.console import Console
    from rich.text import Text

    from reader.core.text import for_display

    console = Console(highlight=False)
    head = Text(for_display(article.title) or _safe(article.path), style="bold")
    head.append(for_display(f"  [{analysis.language}, {analysis.backend}]"), style="dim")
    console.print(head)
    console.print(
        Text(
            f"  {len(analysis.sentences)} sentences, {len(analysis.entities)} entity "
            f"mentions, {len(analysis.quotes)} quotations, {len(analysis.claims)} "
            "check-worthy sentences",
            style="dim",
        )
    )
    seen: dict[tuple[str, str], int] = {}
    for entity in analysis.entities:
        key = (entity.label, entity.canonical)
        seen[key] = seen.get(key, 0) + 1
    for (label, name), count in sorted(seen.items()):
        line = Text("  ")
        line.append(label.ljust(5), style=_LABEL_STYLES.get(label, ""))
        line.append(for_display(name))
        line.append(f" ×{count}", style="dim")
        console.print(line)
    for quote in analysis.quotes:
        line = Text("  ")
        who = quote.speaker.name if quote.speaker else "?"
        line.append(for_display(who), style="bold cyan")
        line.append(" ← " if quote.is_speech else " (term) ", style="dim")
        line.append(for_display(_short(quote.text)), style="italic")
        console.print(line)
    for claim in analysis.claims:
        line = Text(f"  {claim.score:.2f} ", style="yellow")
        line.append(for_display(_short(article.text[claim.start : claim.end])))
        line.append("  (" + ", ".join(claim.reasons) + ")", style="dim")
        console.print(line)
    console.print()


def _short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
