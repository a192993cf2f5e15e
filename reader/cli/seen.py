"""Where else a quotation or a sentence appears, and whether it was checked already.

Looks TEXT up in the across-the-library index (beside the annotation database): one
line per article that contains the same or nearly the same text, earliest first, with
the similarity and the words that differ, and the annotated claim it matches (with its
verdict) or null. PATHs (files or folders) are indexed first when not indexed yet.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from typing import Any

from reader.cli import CliError
from reader.cli.common import escape_json, resolve_db_path, terminal_line


def register(parser: argparse.ArgumentParser) -> None:
    """Options of ``claimdesk seen``."""
    parser.add_argument("text", metavar="TEXT", help="the quotation or sentence to look up")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="articles to index first (files or folders)")
    parser.add_argument("--db", metavar="FILE", help="annotation database (env: CLAIMDESK_DB)")
    parser.add_argument("--json", action="store_true", help="one JSON object a line")


def run(args: argparse.Namespace) -> int:
    """Print the matches; exit 2 when TEXT is too short to match."""
    from reader.across.normalise import tokens
    from reader.across.thresholds import THRESHOLDS

    if len(tokens(args.text)) < THRESHOLDS.min_words:
        sys.stderr.write(f"claimdesk seen: error: TEXT needs at least {THRESHOLDS.min_words}"
                         " words to be matched (see --help)\n")
        return 2
    for raw in args.paths:  # a mistyped folder must not read as "not seen anywhere"
        if not os.path.lexists(raw):
            raise CliError(f"no such file or folder: {terminal_line(raw)}")
    rows = lookup(args.text, resolve_db_path(args.db), args.paths)
    if args.json:
        for row in rows:
            sys.stdout.write(escape_json(json.dumps(row, ensure_ascii=False)) + "\n")
    else:
        _print(rows)
    return 0


def lookup(text: str, db_path: Any, paths: list[str]) -> list[dict[str, Any]]:
    """The rows ``seen`` prints (see ``row``)."""
    from reader.across import AcrossIndex, ClaimMatcher, index_path

    library = _library(db_path)
    if not paths and library is None and not index_path(db_path).is_file():
        matches: list[Any] = []  # nothing indexed yet: look at the annotations only
        index = None
    else:
        try:
            index = AcrossIndex(index_path(db_path))
        except (OSError, sqlite3.Error) as error:
            raise CliError(f"across index {index_path(db_path)}: "
                           f"{getattr(error, 'strerror', None) or error}") from None
        if index.set_aside is not None:  # else "Not seen" read as an answer
            sys.stderr.write(f"claimdesk: warning: the across index was damaged; it was set "
                             f"aside as {terminal_line(index.set_aside)} and starts empty (library "
                             "articles are indexed again; files looked up with PATH must be "
                             "given again)\n")
    if index is not None:
        try:
            if paths:
                _index_paths(index, paths)
            if library is not None:
                _index_library(index, library)
            matches = index.lookup(text, look_alikes=True)
            if index.left_out and matches:  # else the list reads as all that carry it
                sys.stderr.write(f"claimdesk: note: {index.left_out} more passages share words"
                                 " with TEXT and were not compared: the earliest of those "
                                 "sharing most are listed\n")
        finally:
            index.close()
    matcher = ClaimMatcher(_records(db_path))

    hits = matcher.lookup(text)
    rows = []
    placed: set[str] = set()
    for match in matches:
        hit = next((h for h in hits if h.article_id == match.article.id), None)
        if hit is None and not match.differs:  # a look-alike's own claim is another claim
            own = [h for h in matcher.lookup(match.text) if h.article_id == match.article.id]
            hit = own[0] if own else None
        if hit is not None:
            placed.add(hit.record_id)
        rows.append(row(text, match, hit))
    for hit in hits:  # checked claims in articles the index does not hold
        if hit.record_id not in placed and hit.article_id not in {m.article.id for m in matches}:
            rows.append(claim_row(hit))
    return rows


def _index_paths(index: Any, paths: list[str]) -> None:
    from reader.across.ingest import ingest
    from reader.analysis import analyze
    from reader.core.model import Article
    from reader.sources import load_paths

    items = load_paths(paths)
    loaded = [a for a in items if isinstance(a, Article)]
    for item in items:
        if not isinstance(item, Article):  # unreadable or refused: named, not dropped silently
            sys.stderr.write(f"claimdesk: {terminal_line(getattr(item, 'path', ''))}: "
                             f"{terminal_line(getattr(item, 'reason', item))}\n")
    if not loaded:
        shown = ", ".join(terminal_line(p) for p in paths)
        raise CliError(f"no articles found in {shown}")
    ingest(index, loaded, analyze)


def _library(db_path: Any) -> Any:
    """The article store beside the database, when there is one."""
    from reader.library import library_path

    path = library_path(db_path)
    return path if path.is_file() else None


def _index_library(index: Any, path: Any) -> None:
    """Index the library's new and changed articles first (an unreadable store: none)."""
    from reader.across.library_sync import sync_library
    from reader.analysis import analyze
    from reader.library import LibraryError, LibraryStore

    try:
        with LibraryStore(path) as library:
            sync_library(library, index, analyze)
    except (LibraryError, OSError, sqlite3.Error) as error:
        sys.stderr.write(f"claimdesk: warning: the article store was not read: "
                         f"{terminal_line(error)}\n")


def _records(db_path: Any) -> list[dict[str, Any]]:
    from reader.store import AnnotationStore, StoreError

    try:
        store = AnnotationStore(db_path, create=False)
    except StoreError as error:
        raise CliError(str(error)) from None
    try:
        return store.all()
    finally:
        store.close()


def _claim(hit: Any) -> dict[str, Any] | None:
    if hit is None:
        return None
    return {"id": hit.record_id, "verdict": hit.verdict, "claim": hit.claim,
            "claimant": hit.claimant, "created": hit.created, "similarity": hit.similarity}


def row(query: str, match: Any, hit: Any) -> dict[str, Any]:
    """One matched article as JSON (``segments``: the match's text cut where it differs
    from the query: kind "" same, "changed"/"added" its own words, "missing" the
    query's)."""
    from reader.across.diffs import segments

    return {
        "article_id": match.article.id, "title": match.article.title,
        "source": match.article.source, "date": match.article.date,
        "kind": match.kind, "start": match.start, "end": match.end,
        "text": match.text, "similarity": match.similarity,
        "same_claim": not match.differs, "differs": match.differs,
        "wording": match.wording,
        "segments": [[piece, kind] for piece, kind in
                     segments(query, match.text, match.start, match.diff)],
        "annotated_claim": _claim(hit),
    }


def claim_row(hit: Any) -> dict[str, Any]:
    """An annotated claim whose article the index does not hold."""
    return {
        "article_id": hit.article_id, "title": hit.article_title, "source": "", "date": "",
        "kind": "annotation", "start": None, "end": None, "text": hit.claim,
        "similarity": hit.similarity, "same_claim": True, "differs": "",
        "wording": hit.similarity,
        "segments": [[hit.claim, ""]],
        "annotated_claim": _claim(hit),
    }


MARKS = {"missing": ("[-", "-]"), "changed": ("{+", "+}"), "added": ("{+", "+}")}
STYLES = {"missing": "red strike", "changed": "bold green", "added": "bold green"}


def _print(rows: list[dict[str, Any]]) -> None:
    """A readable list: marks ``[-old-]{+new+}`` say what changed even without colour."""
    from rich.console import Console
    from rich.text import Text

    from reader.across.charts import safe, safe_piece
    from reader.across.claims import label, short_date
    from reader.across.differs import differs_label

    console = Console(highlight=False)
    if not rows:
        console.print("Not seen in any indexed article.")
        return
    for item in rows:
        head = Text(safe(f"{item['date'] or '(no date)'}  {item['source']}  {item['title']}"),
                    style="bold")
        if item["differs"]:
            head.append(f"  wording {item['wording']:.2f}  ({differs_label(item['differs'])})",
                        style="yellow")
        else:
            head.append(f"  similarity {item['similarity']:.2f}")
        body = Text("    ")
        for piece, kind in item["segments"]:
            opening, closing = MARKS.get(kind, ("", ""))
            body.append(opening + safe_piece(piece) + closing, style=STYLES.get(kind, ""))
        console.print(head)
        console.print(body)
        claim = item["annotated_claim"]
        if claim:
            console.print(Text(safe(
                f"    Already checked: {label(claim['verdict'])} · "
                f"{short_date(claim['created'])} · {claim['claim']}"), style="yellow"))
