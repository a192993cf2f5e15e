"""``analyze``: run the analysis stages over one article and return a frozen ``Analysis``.

Stages, in order: language → lexicon; blocks and sentences; entities (built-in
recogniser or spaCy); quotations with their speakers (``quotations``), whose quoted
titles become entities; check-worthy sentences outside headings and captions (the
sources decide which blocks those are).
"""

from __future__ import annotations

from reader.analysis.claims import score_sentences
from reader.analysis.entities import find_mentions
from reader.analysis.language import detect_language, rules_language
from reader.analysis.lexicon import lexicon
from reader.analysis.linking import consolidate
from reader.analysis.quotations import find_quotes, marked_spans, quoted_titles
from reader.analysis.sentences import article_blocks, split_sentences
from reader.core.model import Analysis, Article


class AnalysisError(Exception):
    """The analysis cannot run as asked (for example, an absent spaCy model)."""


def analyze(article: Article, language: str | None = None, backend: str = "builtin") -> Analysis:
    """Analyse ``article``; ``language`` overrides detection; ``backend`` picks the recogniser."""
    text = article.text
    code = language or detect_language(text, article.language)
    lex = lexicon(rules_language(code))
    blocks = article_blocks(article)
    sentences = split_sentences(article)
    if backend == "builtin":
        entities = consolidate(
            text, find_mentions(text, sentences, lex), lex.keywords, lex.company_tails
        )
        backend_name = "builtin"
    elif backend.startswith("spacy:"):
        from reader.analysis.spacy_backend import spacy_entities

        entities, backend_name = spacy_entities(article, sentences, lex, backend[6:])
    else:
        raise AnalysisError(f"unknown backend {backend!r} (use builtin or spacy:MODEL)")
    quotes = find_quotes(text, blocks, sentences, entities, lex)
    entities = quoted_titles(text, entities, quotes)
    excluded = [(b.start, b.end) for b in blocks if b.kind != "paragraph"]
    claims = score_sentences(text, sentences, excluded, entities, marked_spans(text, quotes), lex)
    return Analysis(code, backend_name, sentences, entities, quotes, claims)
