"""The word-level diff of a match, as segments to draw: the matched text with the words
that differ from the looked-up text marked (``changed``, ``added``) and the looked-up
words it lacks (``missing``) put in at their place."""

from __future__ import annotations

from reader.across.word_diff import DiffPart

Segment = tuple[str, str]  # (text, kind): kind "", "changed", "added" or "missing"


def segments(query: str, match_text: str, match_start: int,
             diff: tuple[DiffPart, ...]) -> list[Segment]:
    """``match_text`` (which starts at ``match_start`` in its article) cut into segments.

    Text outside the aligned region is kept as context; a changed part yields the
    query's words (``missing``) then the match's (``changed``)."""
    result: list[Segment] = []
    at = 0
    for part in diff:
        start, end = part.candidate[0] - match_start, part.candidate[1] - match_start
        if start > at:
            result.append((match_text[at:start], ""))
        if part.kind == "equal":
            result.append((match_text[start:end], ""))
        else:
            if part.kind in ("changed", "missing"):
                result.append((query[part.query[0]:part.query[1]], "missing"))
                if part.kind == "missing":
                    result.append((" ", ""))
            if part.kind in ("changed", "added"):
                result.append((match_text[start:end], "changed" if part.kind == "changed"
                               else "added"))
        at = max(at, end)
    if at < len(match_text):
        result.append((match_text[at:], ""))
    return [segment for segment in result if segment[0]]


def changed_words(segments_: list[Segment]) -> list[str]:
    """The words of the match that differ (for tests and summaries)."""
    return [text for text, kind in segments_ if kind in ("changed", "added")]
