"""Issue 5, the offset rules: one canonical text per article, offsets in code points.

NFD input, CRLF input, and text with emoji and CJK characters must give the same canonical
text, the same analysis spans and the same annotation offsets as their canonical (NFC, LF)
form, in every format; W3C exports count code points (an emoji before a span shifts it by
one, not by two as UTF-16 would).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import analyze
from reader.cli import main
from reader.core.model import Analysis, Article
from reader.sources import load_file
from reader.store import AnnotationStore, new_record
from reader.store.anchoring import reanchor_record
from reader.store.exports_w3c import to_annotation

TITLE = "Márquez y la señora Núñez en Tōkyō 東京"
PARAGRAPHS = [
    "La ministra Ana Martínez Núñez dijo que las ventas crecieron del 9 % este año. 📈 "
    "«Es un paso necesario», añadió la señora Núñez en Málaga.",
    "El informe de la Organización Económica señaló que el desempleo bajó al 12,5 %, "
    "según José Ramírez. 東京の会議で👩‍👩‍👧 la delegación japonesa habló de cifras.",
    "Según el Ministerio de Economía, «las exportaciones subirán un 4 % en 2027», "
    "una previsión que Ramírez calificó de prudente.",
]
BODY = "\n\n".join(PARAGRAPHS)
SPAN_WORDS = "del 9 % este año"


def _txt(title: str, body: str, newline: str) -> bytes:
    text = f"Title: {title}\nSource: Diario Prueba\nLanguage: es\n\n{body}\n"
    return text.replace("\n", newline).encode("utf-8")


def _md(title: str, body: str, newline: str) -> bytes:
    text = f"---\ntitle: {json.dumps(title)}\nlanguage: es\n---\n\n# {title}\n\n{body}\n"
    return text.replace("\n", newline).encode("utf-8")


def _json(title: str, body: str, newline: str) -> bytes:
    data = {"title": title, "text": body.replace("\n", newline), "language": "es"}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _html(title: str, body: str, newline: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>{newline}" for p in body.split("\n\n"))
    page = (
        f'<html lang="es"><head><title>{title}</title></head><body>{newline}<article>'
        f"<h1>{title}</h1>{newline}{paragraphs}</article></body></html>"
    )
    return page.encode("utf-8")


WRITERS: dict[str, Callable[[str, str, str], bytes]] = {
    ".txt": _txt, ".md": _md, ".json": _json, ".html": _html,
}
VARIANTS = {
    "nfd": ("NFD", "\n"),
    "crlf": ("NFC", "\r\n"),
    "nfd_crlf": ("NFD", "\r\n"),
    "cr": ("NFC", "\r"),
}


def _load(folder: Path, suffix: str, form: str, newline: str) -> Article:
    folder.mkdir(parents=True, exist_ok=True)
    title, body = (unicodedata.normalize(form, value) for value in (TITLE, BODY))
    path = folder / f"article{suffix}"
    path.write_bytes(WRITERS[suffix](title, body, newline))
    return load_file(str(path))


def _spans(analysis: Analysis) -> dict[str, list[tuple[object, ...]]]:
    return {
        "sentences": list(analysis.sentences),
        "entities": [(e.start, e.end, e.label, e.canonical) for e in analysis.entities],
        "quotes": [
            (q.start, q.end, q.is_speech, q.speaker and (q.speaker.start, q.speaker.end))
            for q in analysis.quotes
        ],
        "claims": [(c.start, c.end) for c in analysis.claims],
    }


def _assert_slices_match(article: Article, analysis: Analysis) -> None:
    for item in (*analysis.entities, *analysis.quotes):
        assert article.text[item.start:item.end] == item.text


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_variant_gives_the_canonical_text_spans_and_annotations(
    suffix: str, variant: str, tmp_path: Path
) -> None:
    canonical = _load(tmp_path / "canonical", suffix, "NFC", "\n")
    form, newline = VARIANTS[variant]
    other = _load(tmp_path / variant, suffix, form, newline)

    assert other.text == canonical.text
    assert other.title == canonical.title
    assert other.text_sha256 == canonical.text_sha256
    assert other.id == canonical.id  # same file name: the annotations find the article
    assert "\r" not in other.text and unicodedata.is_normalized("NFC", other.text)

    first, second = analyze(canonical, language="es"), analyze(other, language="es")
    assert _spans(second) == _spans(first)
    assert first.entities and first.quotes and first.claims  # the comparison is not empty
    _assert_slices_match(other, second)

    start = canonical.text.index(SPAN_WORDS)
    record = new_record(canonical, start, start + len(SPAN_WORDS), verdict="mostly-false")
    moved = reanchor_record(record, other.text, other.text_sha256, "2026-01-01T00:00:00.000Z")
    assert moved["anchor"]["status"] == "exact"
    assert moved["target"]["position"] == {"start": start, "end": start + len(SPAN_WORDS)}

    with AnnotationStore(tmp_path / "db.json") as store:
        store.add(record)
        (found,) = store.refresh_anchors(other)
    assert found["anchor"]["status"] == "exact"
    assert found["target"] == record["target"]


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("before", ["📈", "👩‍👩‍👧", "東京", "x"])
def test_w3c_positions_are_code_points(before: str, tmp_path: Path) -> None:
    """A character outside the BMP before the span shifts it by one code point."""
    path = tmp_path / "wide.txt"
    path.write_text(f"Title: Ancho\n\n{before} Las ventas subieron un 9 %.\n", encoding="utf-8")
    article = load_file(str(path))
    start = article.text.index("ventas")
    assert start == len(before) + len(" Las ")
    record = new_record(article, start, start + len("ventas"))
    selectors = {s["type"]: s for s in to_annotation(record)["target"]["selector"]}
    position = selectors["TextPositionSelector"]
    assert (position["start"], position["end"]) == (start, start + 6)
    assert article.text[position["start"]:position["end"]] == selectors["TextQuoteSelector"][
        "exact"] == "ventas"
    astral = sum(ord(c) > 0xFFFF for c in before)
    assert _utf16_units(article.text[:start]) == position["start"] + astral  # not UTF-16


def test_w3c_export_command_counts_code_points(tmp_path: Path) -> None:
    """End to end: the record stored, ``claimdesk export --format w3c`` and its offsets."""
    path = tmp_path / "emoji.txt"
    path.write_text("Title: Emoji\n\n📈👩‍👩‍👧 東京 del 9 % este año.\n", encoding="utf-8")
    article = load_file(str(path))
    start = article.text.index(SPAN_WORDS)
    assert start == 1 + 5 + 1 + 2 + 1  # 📈, the family (5 code points), space, 東京, space
    database = tmp_path / "db.json"
    with AnnotationStore(database) as store:
        store.add(new_record(article, start, start + len(SPAN_WORDS)))
    output = tmp_path / "w3c.json"
    assert main(["export", "--db", str(database), "--format", "w3c", "-o", str(output)]) == 0
    (annotation,) = json.loads(output.read_text(encoding="utf-8"))
    selectors = {s["type"]: s for s in annotation["target"]["selector"]}
    assert selectors["TextPositionSelector"]["start"] == start
    assert selectors["TextPositionSelector"]["end"] == start + len(SPAN_WORDS)
    assert selectors["TextQuoteSelector"]["exact"] == SPAN_WORDS
    assert _utf16_units(article.text[:start]) == start + 1 + 3  # what JavaScript would count


WORD = st.sampled_from(
    ["año", "Núñez", "A\u0301frica", "东京", "📈", "👩‍👩‍👧", "café", "9 %", "«sí»", "ﬁ", "Å"]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    paragraphs=st.lists(st.lists(WORD, min_size=1, max_size=8).map(" ".join),
                        min_size=1, max_size=4),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_random_text_nfd_and_newlines_give_one_canonical_text(
    paragraphs: list[str], newline: str, tmp_path: Path
) -> None:
    """Property: NFD and any newline convention load to the NFC/LF text, slice for slice."""
    body = "\n\n".join(paragraphs)
    canonical_path = tmp_path / "nfc.txt"
    canonical_path.write_bytes(f"Title: T\n\n{unicodedata.normalize('NFC', body)}\n".encode())
    variant_path = tmp_path / "nfd.txt"
    variant = f"Title: T\n\n{unicodedata.normalize('NFD', body)}\n".replace("\n", newline)
    variant_path.write_bytes(variant.encode())
    first, second = load_file(str(canonical_path)), load_file(str(variant_path))
    assert second.text == first.text
    assert [(b.start, b.end) for b in second.blocks] == [(b.start, b.end) for b in first.blocks]
