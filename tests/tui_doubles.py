"""Temporary stand-ins for reader.sources / reader.analysis, used only while those
modules are not in the tree yet (installed by the ``data_layer`` fixture)."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.model import Analysis, Article, Entity, LoadFailure, Quote, Speaker
from reader.core.text import compose, split_paragraphs


def load_paths(paths: list[str]) -> list[Article | LoadFailure]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files.extend(sorted(path.iterdir()) if path.is_dir() else [path])
    out: list[Article | LoadFailure] = []
    for path in files:
        try:
            raw_text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            out.append(LoadFailure(str(path), f"cannot read: {error}"))
            continue
        header, _, body = raw_text.partition("\n\n")
        meta = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
        if not meta:
            body = raw_text
        parts = [("heading" if p.startswith("#") else "paragraph", p.lstrip("# "), 0)
                 for p in split_paragraphs(body)]
        text, blocks = compose(parts)
        out.append(Article(str(path), meta.get("Title", path.stem), text, blocks,
                           source=meta.get("Source", ""), date=meta.get("Date", ""),
                           language=meta.get("Language", "")))
    return out


def analyze(article: Article, language: str | None = None, backend: str = "builtin") -> Analysis:
    text = article.text
    sentences = tuple(m.span() for m in re.finditer(r"[^\s][^.!?\n]*[.!?]?", text))
    entities = tuple(
        Entity(m.start(), m.end(), "PER", m.group(), m.group())
        for m in re.finditer(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", text)
    )
    quotes = tuple(
        Quote(m.start(), m.end(), m.group(), Speaker(0, 1, text[:1], "Somebody"))
        for m in re.finditer(r"“[^”]*”", text)
    )
    claims = tuple(
        c for c in (
            __import__("reader.core.model", fromlist=["Claim"]).Claim(s, e, 0.8, ("figure",))
            for s, e in sentences if re.search(r"\d", text[s:e])
        )
    )
    return Analysis(language or article.language or "en", "double", sentences, entities,
                    quotes, claims)


def install_if_missing(monkeypatch: object) -> bool:
    """Use the real data layer when it exists; else these doubles. True if real."""
    import importlib
    import sys
    import types

    real = True
    for name, attr, double in (("reader.sources", "load_paths", load_paths),
                               ("reader.analysis", "analyze", analyze)):
        try:
            module = importlib.import_module(name)
            getattr(module, attr)
        except (ImportError, AttributeError):
            real = False
            module = sys.modules.get(name) or types.ModuleType(name)
            monkeypatch.setitem(sys.modules, name, module)  # type: ignore[attr-defined]
            monkeypatch.setattr(module, attr, double, raising=False)  # type: ignore[attr-defined]
    return real
