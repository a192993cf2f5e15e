"""Sentence boundaries that survive abbreviations, decimals, initials and quotations.

Each block of the article (heading, paragraph, caption) is split on its own, so a
sentence never crosses a block boundary and a heading without a final period is one
sentence. Work is done with one regular expression per block plus a short check at each
candidate boundary, which keeps it linear and fast.
"""

from __future__ import annotations

import re

from reader.analysis.lexicon import shared
from reader.core.model import Article, Block

# A run of terminal punctuation, then closing marks, then whitespace, then the next start.
# The run is matched only from its first mark and possessively: tried from every mark of a
# long run ("!!!!…", a row of leader dots), the scan was quadratic (minutes for 100 KB).
# The pattern opens with the mark itself (the look-behind after it: no mark before it) so
# that the engine skips to the next mark in C instead of trying every character (4× faster).
_BOUNDARY = re.compile(
    r"([.!?…](?<![.!?…][.!?…])[.!?…]*+)([\"'”’»›)\]]*)(\s+)(?=[\"'“‘«‹„(\[¿¡—–\-]*\w)"
)
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")
_CLOSING_QUOTES = frozenset("\"'”’»›")

# Dotted abbreviations that may also end a sentence (EE.UU., U.S., a.m.) and dotted legal
# forms ("Etxetresnak S.Coop. comunicó", "Frutas Ribera S.Coop.And."): they end one only
# when the next word is a usual sentence opener.
_DOTTED = re.compile(r"^(?:[^\W\d_]{1,5}\.)+$")


def _is_boundary(text: str, match: re.Match[str], start: int) -> bool:
    """Decide whether a period-like match really ends a sentence."""
    punct = match.group(1)
    after = text[match.end() : match.end() + 1]
    if match.group(2) and after.islower() and match.group(2)[-1] in _CLOSING_QUOTES:
        return False  # '"What now?" asked X', '"Go!" shouted Y': the tag goes on
    if punct != ".":
        return True
    word = _word_before(text, max(start, match.start(1) - 40), match.start(1))
    if word is None:
        return True
    bare = word.rstrip(".").lower()
    lists = shared()
    if bare in lists.abbreviations and not match.group(2):
        return False
    if word + "." in lists.region_abbreviations and text[match.end() : match.end() + 1] in "(—–-":
        return False  # "SACRAMENTO, Calif. (AP) —": a dateline, not a sentence end
    if len(word) == 1 and word.isupper() and not match.group(2):
        return False  # an initial: "J. K. Rowling"
    if "." in word and not match.group(2) and _DOTTED.match(word + "."):
        nxt = text[match.end() : match.end() + 20].split(" ", 1)[0]
        return nxt.strip("\"'“‘«(") in lists.sentence_openers
    return True


def _word_before(text: str, lo: int, hi: int) -> str | None:
    """What ``_WORD_BEFORE.search(text, lo, hi)`` finds (the run of word characters,
    periods and hyphens that ends the window, or ends it before a final newline), read
    backwards from the end: the pattern tried every start in the window."""
    window = text[lo:hi]
    if window.endswith("\n"):
        window = window[:-1]  # "$" also matches before a newline that ends the window
    run = _RUN.match(window[::-1])
    return run.group()[::-1] if run is not None else None


_RUN = re.compile(r"[\w.\-]+")


def split_block(text: str, block_start: int, block_end: int) -> list[tuple[int, int]]:
    """Split one block into sentence spans (absolute offsets, whitespace trimmed)."""
    spans: list[tuple[int, int]] = []
    start = block_start
    for match in _BOUNDARY.finditer(text, block_start, block_end):
        if match.start() < start or not _is_boundary(text, match, start):
            continue
        end = match.end(2)
        if end > start:
            spans.append((start, end))
        start = match.end()
    if start < block_end:
        spans.append((start, block_end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def article_blocks(article: Article) -> tuple[Block, ...]:
    """The article's blocks, or one paragraph per blank-line-separated part if none."""
    if article.blocks:
        return article.blocks
    blocks: list[Block] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", article.text):
        if match.group().strip():
            blocks.append(Block("paragraph", match.start(), match.end()))
    return tuple(blocks)


def split_sentences(article: Article) -> tuple[tuple[int, int], ...]:
    """All sentence spans of the article, in order, never crossing a block."""
    text = article.text
    spans: list[tuple[int, int]] = []
    for block in article_blocks(article):
        if block.kind == "heading":
            spans.append(_trim(text, block.start, block.end))
        else:
            spans.extend(split_block(text, block.start, block.end))
    return tuple(s for s in spans if s[1] > s[0])
