"""Optional entity recogniser backed by a spaCy pipeline the user installed.

spaCy is imported only when asked for. Its entities go through the same post-processing
as the built-in ones: sentence-opening function words are trimmed off, labels map to
PER/ORG/LOC/MISC, and mentions are linked to the fullest name in the article.
"""

from __future__ import annotations

import threading
from typing import Any

from reader.analysis.evidence import Mention
from reader.analysis.lexicon import Lexicon
from reader.analysis.linking import consolidate
from reader.core.model import Article, Entity

_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "NORP": "MISC",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}
_MODELS: dict[str, Any] = {}
_LOCK = threading.Lock()


def _load(model: str) -> Any:
    """Load (once) the named spaCy pipeline, or raise a one-line AnalysisError."""
    from reader.analysis.pipeline import AnalysisError

    with _LOCK:
        if model in _MODELS:
            return _MODELS[model]
        try:
            import spacy
        except ImportError:
            raise AnalysisError(
                "the spaCy backend needs spaCy: pip install 'claimdesk[spacy]'"
            ) from None
        try:
            nlp = spacy.load(model, disable=["parser", "lemmatizer", "textcat"])
        except (OSError, ImportError) as error:
            raise AnalysisError(
                f"spaCy model {model!r} is not installed ({type(error).__name__}); "
                f"install it with: python -m spacy download {model}"
            ) from None
        _MODELS[model] = nlp
        return nlp


def spacy_entities(
    article: Article, sentences: tuple[tuple[int, int], ...], lex: Lexicon, model: str
) -> tuple[tuple[Entity, ...], str]:
    """Entities found by spaCy, post-processed like the built-in ones."""
    nlp = _load(model)
    text = article.text
    starts = {start for start, _ in sentences}
    mentions: list[Mention] = []
    for ent in nlp(text).ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char, lex)
        if end <= start:
            continue
        name = text[start:end]
        words = tuple(name.split())
        weak = start in starts and len(words) == 1
        mentions.append(Mention(start, end, label, 1.0, weak, words, name))
    return consolidate(text, mentions, lex.keywords), f"spacy:{model}"


def _trim(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop leading function words (``Según``, ``However``) and trailing punctuation."""
    while start < end:
        word_end = text.find(" ", start, end)
        word = text[start:end] if word_end < 0 else text[start:word_end]
        if word.lower().strip(",.") in lex.function_words:
            if word_end < 0:
                return start, start
            start = word_end + 1
            continue
        break
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end
