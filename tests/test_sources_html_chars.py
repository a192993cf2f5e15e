"""HTML pages keep controls (as placeholders), bidi, zero-width characters and soft hyphens
exactly as the other formats do, whether written raw or as character references."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.sources import load_file
from reader.sources.html_chars import MARK, needs_token, protect, protected_code_points, restore

FILLER = "Plenty of ordinary words in a paragraph about the budget. " * 12


def _page(body: str, title: str = "Titular") -> str:
    return (f"<html lang='es'><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1><p>{body}</p><p>{FILLER}</p></article></body></html>")


def _load(tmp_path: Path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return load_file(str(path)).text


def _first_paragraph(text: str) -> str:
    """The test's paragraph: the first block that is neither the heading nor the filler."""
    return [b for b in text.split("\n\n") if b != "Titular" and not b.startswith("Plenty")][0]


def test_control_references_do_not_refuse_the_page(tmp_path: Path) -> None:
    body = "Antes &#27;[31mROJO &#x1b;]52;c;X&#7; y &#X9D; fin &#0; &#x110000; &#xD800;"
    text = _load(tmp_path, "refs.html", _page(body))
    assert _first_paragraph(text) == "Antes ␛[31mROJO ␛]52;c;X␇ y \ufffd fin \ufffd \ufffd \ufffd"


def test_c1_references_mean_windows_1252_characters(tmp_path: Path) -> None:
    text = _load(tmp_path, "c1.html", _page("Dijo &#147;sí&#148; &#x80; &#x9b;x"))
    assert _first_paragraph(text) == "Dijo “sí” € ›x"


def test_html_keeps_what_a_txt_file_keeps(tmp_path: Path) -> None:
    body = ("abc\u202eEVIL\u202c def\u200bghi \u2066x\u2069 co\u00adope\u200dra "
            "\x1b[31m \x7f \x9b1 ␤ " + MARK)
    from_txt = _load(tmp_path, "a.txt", body)
    from_html = _load(tmp_path, "a.html", _page(body))
    assert _first_paragraph(from_html) == from_txt
    assert "\u202e" in from_txt and "\u200b" in from_txt and "␛" in from_txt


def test_references_to_invisible_characters_are_kept(tmp_path: Path) -> None:
    body = "a&#x202E;b&#8203;c&zwj;d&shy;e&lrm;f&ZeroWidthSpace;g&amp;#27;h"
    text = _load(tmp_path, "named.html", _page(body))
    assert _first_paragraph(text) == "a\u202eb\u200bc\u200dd\u00ade\u200ef\u200bg&#27;h"


def test_titles_and_metadata_keep_them_too(tmp_path: Path) -> None:
    path = tmp_path / "t.html"
    path.write_text(_page("Cuerpo del texto.", title="Tí&#x200b;tulo &#27;x"), encoding="utf-8")
    assert load_file(str(path)).title == "Tí\u200btulo ␛x"


def test_a_reference_to_markup_stays_text(tmp_path: Path) -> None:
    text = _load(tmp_path, "lt.html", _page("&#60;script&#62;alert(1)&#60;/script&#62; y &#x3c;b>"))
    assert _first_paragraph(text) == "<script>alert(1)</script> y <b>"


def test_plain_pages_are_left_as_they_are() -> None:
    page = _page("Texto normal, con acentos: «ñandú» y 9 % &amp; más.")
    assert protect(page) == page


def test_protected_ranges_match_a_full_scan() -> None:
    """The shortcut past U+3FFFF (only plane 14 scanned) gives the same set."""
    expected = [cp for cp in range(sys.maxunicode + 1) if needs_token(chr(cp))]
    covered: list[int] = []
    for first, last in protected_code_points():
        covered.extend(range(first, last + 1))
    assert covered == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="&<>"), max_size=60))
def test_protect_then_restore_gives_the_text_back(text: str) -> None:
    protected = protect(text)
    assert all(c == MARK or not needs_token(c) for c in protected)
    assert restore(protected) == text
