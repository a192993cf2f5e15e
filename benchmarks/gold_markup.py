"""Gold articles written with inline marks, turned into an article file and a gold file.

Hand-counting offsets is slow and error-prone, so gold wire articles are written once in
a marked-up source and converted. Marks (none of these characters occur in news text):

- ``{LABEL:text}`` an entity (``{PER:Helen Marsh}``, ``{ORG:Reuters}``);
- ``<names|"quotation">`` a quotation, marks included; ``names`` are the accepted speaker
  names separated by ``/`` (``<one dealer/dealer|"…">``); ``-`` marks a quotation that is
  no speech (a title, a term), ``?`` a speech quotation without a speaker;
- ``^`` at the start of a sentence marks it check-worthy (the sentence runs to the end
  found by the analyser's own sentence splitter).

A source holds several articles, each opened by ``=== name`` and a header
(``Title:``, ``Language:``) like the plain-text articles of ``sample_articles``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.analysis.sentences import split_sentences
from reader.sources import load_file


@dataclass(slots=True)
class Marked:
    """One article's plain body and its annotations (offsets into that body)."""

    body: str = ""
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    quotes: list[tuple[int, int, str]] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)


def parse_marks(source: str) -> Marked:
    """Strip the marks of one body, recording what they annotate."""
    out: list[str] = []
    marked = Marked()
    stack: list[tuple[str, int, str]] = []  # (kind, start, data)
    pos = 0
    size = 0
    while pos < len(source):
        char = source[pos]
        if char == "{":
            colon = source.index(":", pos)
            stack.append(("e", size, source[pos + 1 : colon]))
            pos = colon + 1
            continue
        if char == "<":
            bar = source.index("|", pos)
            stack.append(("q", size, source[pos + 1 : bar]))
            pos = bar + 1
            continue
        if char in "}>":
            kind, start, data = stack.pop()
            if (kind == "e") != (char == "}"):
                raise ValueError(f"mismatched mark near {source[max(0, pos - 40) : pos]!r}")
            target = marked.entities if kind == "e" else marked.quotes
            target.append((start, size, data))
            pos += 1
            continue
        if char == "^":
            marked.claims.append(size)
            pos += 1
            continue
        out.append(char)
        size += 1
        pos += 1
    if stack:
        raise ValueError(f"unclosed mark in {source[:60]!r}")
    marked.body = "".join(out)
    return marked


_ARTICLE = re.compile(r"^=== (\S+)\n", re.M)


def split_source(source: str) -> list[tuple[str, str]]:
    """``(name, header and marked body)`` of every article in a source file."""
    parts = _ARTICLE.split(source)
    return [(parts[i], parts[i + 1].strip("\n") + "\n") for i in range(1, len(parts), 2)]


def build(source_path: Path, out_dir: Path, root: Path) -> list[Path]:
    """Write ``articles/<name>.txt`` and ``<name>.json`` for every article of a source."""
    from reader.analysis.evaluate import dump_gold

    written = []
    (out_dir / "articles").mkdir(parents=True, exist_ok=True)
    for name, chunk in split_source(source_path.read_text(encoding="utf-8")):
        header, _, body = chunk.partition("\n\n")
        marked = parse_marks(body)
        article_path = out_dir / "articles" / f"{name}.txt"
        article_path.write_text(f"{header}\n\n{marked.body}", encoding="utf-8")
        text = load_file(str(article_path)).text
        gold = _gold(name, header, marked, text, article_path, root)
        gold_path = out_dir / f"{name}.json"
        gold_path.write_text(dump_gold(gold), encoding="utf-8")
        written.append(gold_path)
    return written


def _gold(
    name: str, header: str, marked: Marked, text: str, article_path: Path, root: Path
) -> dict[str, Any]:
    """The gold file of one article; offsets moved from the body to the canonical text."""
    lead = len(marked.body) - len(marked.body.lstrip())
    shift = text.find(marked.body.strip()[:60]) - lead
    if shift + lead < 0 or text[shift + lead :].rstrip() != marked.body.strip():
        raise ValueError(f"{name}: canonical text differs from the marked body")
    language = re.search(r"^Language:\s*(\w+)", header, re.M)
    article = load_file(str(article_path))
    sentences = split_sentences(article)
    claims = []
    for pos in marked.claims:
        at = pos + shift
        span = next((s for s in sentences if s[0] <= at < s[1]), None)
        if span is None:
            raise ValueError(f"{name}: claim mark outside any sentence")
        claims.append({"start": span[0], "end": span[1], "head": text[span[0] : span[0] + 30]})
    quotes = []
    for start, end, names in marked.quotes:
        start, end = start + shift, end + shift
        speaker = None if names in ("-", "?") else names.split("/")
        quotes.append(
            {
                "start": start,
                "end": end,
                "head": text[start : start + 20],
                "speaker": speaker,
                "is_speech": names != "-",
            }
        )
    return {
        "file": str(article_path.relative_to(root)),
        "language": language.group(1) if language else "",
        "note": f"Written with inline marks ({name}); built by benchmarks/quality.py --build.",
        "entities": [
            {"start": a + shift, "end": b + shift, "text": text[a + shift : b + shift], "label": k}
            for a, b, k in sorted(marked.entities)
        ],
        "quotes": sorted(quotes, key=lambda q: q["start"]),
        "claims": claims,
    }
