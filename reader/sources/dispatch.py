"""From paths to articles: pick the loader by suffix, walk folders, never raise for a file.

``load_file`` reads one file (or one object of a JSON list, ``file.json#2``) and raises
``SourceError``; ``load_paths`` reads files and folders and returns an ``Article`` or a
``LoadFailure`` for each, so one bad file never hides the others. Paths are kept as given:
``Article.path`` is the string the user passed, or that folder joined with the file name,
except for bytes of the name that are not UTF-8 (see ``_as_text``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from reader.core.model import Article, LoadFailure
from reader.sources.decode import decode_bytes
from reader.sources.errors import SourceError
from reader.sources.files import Skipped, check_regular, read_bytes, walk_folder

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
# A feed or subscription list saved to disk is no article: say how it is followed instead.
_FEED_HINT = "; a feed is followed by its address: claimdesk add URL"
FEED_SUFFIXES: dict[str, str] = {
    ".xml": _FEED_HINT, ".rss": _FEED_HINT, ".atom": _FEED_HINT,
    ".opml": "; subscriptions are imported with claimdesk add --opml FILE",
}
_ITEM = re.compile(r"^(.*\.json)#([1-9][0-9]{0,5})$", re.IGNORECASE)
Loader = Callable[[str, str, dict[str, str]], Article]


def _format_of(path: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        shown = suffix or "no suffix"
        known = ", ".join(sorted(set(SUPPORTED_SUFFIXES)))
        hint = FEED_SUFFIXES.get(suffix, "")
        raise SourceError(path, f"unsupported file type ({shown}); supported: {known}{hint}")
    return fmt


def _loader(fmt: str) -> Loader:
    """The loader for one format; imported on demand (HTML pulls in trafilatura)."""
    if fmt == "txt":
        from reader.sources.txt import load_txt

        return load_txt
    if fmt == "md":
        from reader.sources.markdown import load_markdown

        return load_markdown
    from reader.sources.html import load_html

    return load_html


def _read_text(path: str) -> tuple[str, dict[str, str]]:
    data = read_bytes(path)
    if not data.strip():
        raise SourceError(path, "empty file")
    decoded = decode_bytes(data, path)
    return decoded.text, {"encoding": decoded.note}


def _load_all(path: str) -> list[Article | SourceError]:
    """Every article in one file (several for a JSON list), or the errors."""
    check_regular(path)
    fmt = _format_of(path)
    text, extra = _read_text(path)
    if fmt == "json":
        from reader.sources.jsonfile import iter_json

        return list(iter_json(text, path, extra))
    return [_loader(fmt)(text, path, extra)]


Results = list[Article | SourceError]


def _guarded(path: str, action: Callable[[], Results]) -> Results:
    """Run a loader so that nothing but ``SourceError`` can come out of it."""
    try:
        return action()
    except SourceError as error:
        return [error]
    except RecursionError:
        return [SourceError(path, "the file is nested too deeply to read")]
    except MemoryError:
        return [SourceError(path, "not enough memory to read the file")]
    except Exception as error:  # a loader bug must not crash the reader: report it in one line
        return [SourceError(path, f"could not be read ({type(error).__name__})")]


def load_file(path: str) -> Article:
    """Load one article; ``file.json#N`` names the N-th object of a JSON list."""
    path = os.fspath(path)
    match = _ITEM.match(path)
    wanted = path
    if match and not os.path.exists(path):
        path = match.group(1)
    results = _guarded(path, lambda: _load_all(path))
    for result in results:
        if result.path == wanted:
            if isinstance(result, SourceError):
                raise result
            return _as_text(result)
    if isinstance(results[0], SourceError) and results[0].path == path:
        raise results[0]
    raise SourceError(wanted, "no such article in the file")


def _expand(paths: Iterable[str]) -> list[str | Skipped]:
    """Files in the order given; folders replaced by their sorted contents; no duplicates."""
    seen: set[str] = set()
    entries: list[str | Skipped] = []
    for raw in paths:
        path = os.fspath(raw)
        found = walk_folder(path, frozenset(SUPPORTED_SUFFIXES)) if os.path.isdir(path) else [path]
        for entry in found:
            key = entry.path if isinstance(entry, Skipped) else os.path.realpath(entry)
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    return entries


def _fold_errors(path: str, results: Results) -> Results:
    """One line per file: the unusable objects of a JSON list become a single error.

    The error comes after the file's articles and names the first unusable object, so a
    list with one bad object among hundreds is one line in the library, not hundreds.
    """
    errors = [r for r in results if isinstance(r, SourceError)]
    if len(results) < 2 or not errors:
        return results
    articles: Results = [r for r in results if not isinstance(r, SourceError)]
    first = errors[0]
    where = first.path[len(path):] if first.path.startswith(path) else ""
    label = f"object {where}" if where else "the first object"
    summary = f"{len(errors)} of {len(results)} objects skipped ({label}: {first.reason})"
    return [*articles, SourceError(path, summary)]


def load_paths(paths: Iterable[str]) -> list[Article | LoadFailure]:
    """Load files and folders; each bad file becomes a ``LoadFailure`` with its reason."""
    results: list[Article | LoadFailure] = []
    for entry in _expand(paths):
        if isinstance(entry, Skipped):
            results.append(LoadFailure(entry.path, entry.reason))
            continue
        loaded = _guarded(entry, lambda entry=entry: _load_all(entry))
        for result in _fold_errors(entry, loaded):
            if isinstance(result, SourceError):
                results.append(LoadFailure(result.path, result.reason))
            else:
                results.append(_as_text(result))
    return results


def _as_text(article: Article) -> Article:
    """``article`` with a path that is valid text.

    A file name in an old single-byte encoding (``año`` in Latin-1) reaches Python with
    lone surrogates, which the article id, the library, the annotation database and JSON
    output cannot encode ("internal error: UnicodeEncodeError"). Such bytes are written
    as visible ``\\xNN`` escapes: stable, so the article keeps its id from run to run, and
    distinct, so two names differing in those bytes stay two articles. The file was
    read already; the path is what is shown and stored."""
    try:
        article.path.encode("utf-8")
    except UnicodeEncodeError:
        raw = article.path.encode("utf-8", "surrogateescape")
        return replace(article, path=raw.decode("utf-8", "backslashreplace"))
    return article
