"""Transcript turns set as ``Name: words`` paragraphs, without quotation marks.

Court and hearing copy prints an interview or an exchange as a transcript: each paragraph
opens with the speaker's name (often with a title, ``DC Whitlock:``, ``Sen. Warren:``)
and a colon, and the rest of the paragraph is that person's words. The turn is speech and
its speaker is the person the label names. Only a label that the recogniser read as a
person counts, and only when the article has an exchange (two such paragraphs with two
different people), so a lone ``Smith: 12 votes`` line of a results list stays narration.
"""

from __future__ import annotations

import re

from reader.core.model import Block, Entity, Speaker

# the label: up to four capitalised words or abbreviations, then the colon
_LABEL = re.compile(r"[ \t]*((?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w'’-]*)[ \t]?:[ \t]+(?=\S)")


def transcript_turns(
    text: str, blocks: tuple[Block, ...], entities: tuple[Entity, ...]
) -> list[tuple[tuple[int, int], Speaker]]:
    """The span of every transcript turn (after its label, to the end of its paragraph)
    with its speaker, in order; empty unless two people take turns."""
    people = {e.end: e for e in entities if e.label == "PER"}
    turns: list[tuple[tuple[int, int], Speaker]] = []
    for block in blocks:
        if block.kind not in ("paragraph", "heading"):
            continue  # a short question may have been read as a heading
        turn = _turn(text, block, people)
        if turn is not None:
            turns.append(turn)
    if len({speaker.name for _, speaker in turns}) < 2:
        return []
    return turns


def _turn(
    text: str, block: Block, people: dict[int, Entity]
) -> tuple[tuple[int, int], Speaker] | None:
    """The turn a paragraph opens with a person's name and a colon, or None."""
    match = _LABEL.match(text, block.start, block.end)
    if match is None:
        return None
    person = people.get(match.end(1))
    if person is None or person.start < match.start(1):
        return None  # the label ends with a person's name ("DC Whitlock", "Pryce")
    stop = block.end
    while stop > match.end() and text[stop - 1].isspace():
        stop -= 1
    speaker = Speaker(person.start, person.end, person.text, person.canonical)
    return (match.end(), stop), speaker
