"""Full-text search over every article of the library, best match first. Case and
accents are folded (mexico finds México); every word must occur. Each match shows the
article and a snippet with the words found; --json prints one object a line."""

from __future__ import annotations

import argparse

from reader.cli.library_common import add_db_option, json_line, open_library, safe, write

MAX_LIMIT = 1_000_000
"""More than any library holds; a larger number overflows SQLite's integers."""


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("words", nargs="+", metavar="WORD")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N (20)")
    parser.add_argument("--json", action="store_true", help="one JSON object per match")
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader.cli import CliError
    from reader.cli.articles import line

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    if args.limit > MAX_LIMIT:
        raise CliError(f"--limit must be at most {MAX_LIMIT}")
    from reader.library.folding import query_words

    query = " ".join(args.words)
    if not query_words(query):  # said "no article contains all of these words"
        raise CliError(f"nothing to search for: {safe(query)[:80]!r} holds no letter or digit")
    with open_library(args) as store:
        hits = store.search(query, limit=args.limit)
    for hit in hits:
        snippet = hit.snippet.replace("\x02", "«").replace("\x03", "»")
        if args.json:
            data = hit.article.to_json() | {"rank": round(hit.rank, 4), "snippet": snippet}
            write(json_line(data))
        else:
            write(line(hit.article))
            write("      " + safe(snippet))
    if not hits and not args.json:
        write("no article contains all of these words")
    return 0
