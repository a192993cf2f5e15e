"""Unit tests for each loader: txt, md, html and json, through the public ``load_file``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.model import Article, LoadFailure
from reader.sources import SourceError, load_file, load_paths


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _kinds(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, article.text[b.start:b.end]) for b in article.blocks]


# --- txt ---------------------------------------------------------------------------------


def test_txt_header_block_sets_fields_and_is_not_body(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "a.txt",
        "TITLE: Un título\nsource: Agencia X\nURL: https://x.example/a\nDate: 2026-01-02\n"
        "Language: es\nAuthor: Ana Pérez\n\nPrimer párrafo del cuerpo.\n\nSegundo párrafo.\n",
    )
    article = load_file(path)
    assert (article.title, article.source, article.url) == (
        "Un título", "Agencia X", "https://x.example/a"
    )
    assert (article.date, article.language, article.format) == ("2026-01-02", "es", "txt")
    assert article.extra["author"] == "Ana Pérez"
    assert article.text == "Primer párrafo del cuerpo.\n\nSegundo párrafo."
    assert article.path == path


def test_txt_unknown_key_means_no_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.txt", "Title: X\nNota: algo\n\nCuerpo del texto aquí.\n")
    article = load_file(path)
    assert article.text.startswith("Title: X Nota: algo")
    assert article.source == ""


def test_txt_header_needs_a_blank_line_after_it(tmp_path: Path) -> None:
    path = _write(tmp_path, "c.txt", "Title: Solo una línea")
    article = load_file(path)
    assert article.text == "Title: Solo una línea"


def test_txt_without_header_derives_title_from_first_sentence(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "d.txt",
        "El Sr. Gómez llegó a EE.UU. el lunes por la mañana. Luego habló.\n\nOtro párrafo.\n",
    )
    assert load_file(path).title == "El Sr. Gómez llegó a EE.UU. el lunes por la mañana"


def test_txt_long_first_sentence_is_shortened(tmp_path: Path) -> None:
    sentence = "Una frase " + "muy larga " * 30 + "que termina."
    article = load_file(_write(tmp_path, "e.txt", sentence))
    assert len(article.title) <= 80
    assert article.title.endswith("…")


def test_txt_headings_captions_and_paragraphs(tmp_path: Path) -> None:
    text = (
        "El alcalde inauguró el puente ayer. (Foto: Archivo / Juan Díaz)\n\n"
        "Primer párrafo con una frase completa.\n\n"
        "Un subtítulo corto\n\n"
        "Segundo párrafo,\ncon un salto de línea.\n\n"
        "Foto: la multitud frente al puente\n\n"
        "Agencia X\n"
    )
    article = load_file(_write(tmp_path, "f.txt", text))
    assert _kinds(article) == [
        ("caption", "El alcalde inauguró el puente ayer. (Foto: Archivo / Juan Díaz)"),
        ("paragraph", "Primer párrafo con una frase completa."),
        ("heading", "Un subtítulo corto"),
        ("paragraph", "Segundo párrafo, con un salto de línea."),
        ("caption", "Foto: la multitud frente al puente"),
        ("paragraph", "Agencia X"),
    ]
    assert article.title == "Primer párrafo con una frase completa"


def test_txt_short_question_line_is_a_heading(tmp_path: Path) -> None:
    text = "Primer párrafo completo.\n\n¿Y ahora qué?\n\nSegundo párrafo. ¿Otra?\n\nFin.\n"
    article = load_file(_write(tmp_path, "q.txt", text))
    assert [k for k, _ in _kinds(article)] == ["paragraph", "heading", "paragraph", "paragraph"]


def test_txt_dialogue_lines_without_blank_lines_are_turns(tmp_path: Path) -> None:
    """Raya dialogue pasted one turn a line: each turn is its own paragraph, so the
    analyser finds it; a wrapped aside in lower case stays inside its turn."""
    text = (
        "La alcaldesa respondió a la prensa en el ayuntamiento de Teruel durante una hora.\n\n"
        "—¿Qué pasará con los trabajadores?\n"
        "—No vamos a permitir despidos\n"
        "—dijo Fuentes—. Las cifras son claras.\n"
        "– Y añado algo más.\n"
    )
    article = load_file(_write(tmp_path, "raya.txt", text))
    assert [t for _, t in _kinds(article)][1:] == [
        "—¿Qué pasará con los trabajadores?",
        "—No vamos a permitir despidos —dijo Fuentes—. Las cifras son claras.",
        "– Y añado algo más.",
    ]
    from reader.analysis import analyze

    quotes = analyze(article).quotes
    assert any("permitir despidos" in q.text and q.speaker and q.speaker.name == "Fuentes"
               for q in quotes)


def test_txt_opening_heading_becomes_the_title(tmp_path: Path) -> None:
    article = load_file(_write(tmp_path, "g.txt", "Gran titular de hoy\n\nEl cuerpo empieza.\n"))
    assert article.title == "Gran titular de hoy"
    assert article.text == "El cuerpo empieza."


def test_txt_title_from_file_name_when_no_paragraph(tmp_path: Path) -> None:
    article = load_file(_write(tmp_path, "mi_nota-final.txt", "(Foto: Ana / EFE)\n"))
    assert article.title == "Mi nota final"


def test_fields_are_cleaned_of_controls(tmp_path: Path) -> None:
    path = _write(tmp_path, "h.txt", "Title: a\x1b]0;x\x07b\nSource: s\x9bc\n\nBody \x1b[31mred.\n")
    article = load_file(path)
    for value in (article.title, article.source, article.text):
        assert "\x1b" not in value and "\x07" not in value and "\x9b" not in value


# --- markdown ------------------------------------------------------------------------------


def test_markdown_front_matter_headings_and_inline_markup(tmp_path: Path) -> None:
    text = (
        "---\ntitle: \"Mi título\"\nsource: Diario\nurl: https://d.example/x\n"
        "date: 2026-05-04\nlanguage: es\nauthor: Luisa\n---\n\n"
        "# Mi título\n\nUn *texto* con **énfasis**, un [enlace](https://e.example) y `código`.\n\n"
        "## Sección uno\n\n- primer punto\n- segundo punto\n\n> una cita\n\n"
        "![Vista del puerto](img.png)\n\n<script>alert(1)</script>\n\n### Más\n\nFin.\n"
    )
    article = load_file(_write(tmp_path, "a.md", text))
    assert (article.title, article.source, article.url) == (
        "Mi título", "Diario", "https://d.example/x"
    )
    assert (article.date, article.language, article.format) == ("2026-05-04", "es", "md")
    assert _kinds(article) == [
        ("paragraph", "Un texto con énfasis, un enlace y código."),
        ("heading", "Sección uno"),
        ("paragraph", "primer punto"),
        ("paragraph", "segundo punto"),
        ("paragraph", "una cita"),
        ("caption", "Vista del puerto"),
        ("heading", "Más"),
        ("paragraph", "Fin."),
    ]
    assert [b.level for b in article.blocks if b.kind == "heading"] == [2, 3]
    assert "alert" not in article.text


@pytest.mark.parametrize(
    "front",
    ["title: [unclosed\n", "- a list\n- not a mapping\n", "title: !!python/object:os.system x\n"],
)
def test_markdown_bad_front_matter_is_not_a_crash(tmp_path: Path, front: str) -> None:
    article = load_file(_write(tmp_path, "b.md", f"---\n{front}---\n\nCuerpo del artículo.\n"))
    assert article.text == "Cuerpo del artículo."
    assert "warning" in article.extra
    assert article.title == "Cuerpo del artículo"


def test_markdown_without_front_matter_uses_first_heading(tmp_path: Path) -> None:
    article = load_file(_write(tmp_path, "c.md", "# Titular\n\nTexto.\n\n## Sub\n\nMás.\n"))
    assert article.title == "Titular"
    assert [k for k, _ in _kinds(article)] == ["paragraph", "heading", "paragraph"]


# --- html ----------------------------------------------------------------------------------

PAGE = """<!doctype html><html lang="es"><head><title>Titular de prueba | Diario</title>
<meta property="og:title" content="Titular de prueba">
<meta property="og:url" content="https://diario.example/nota">
<meta property="og:site_name" content="Diario Ejemplo">
<meta name="author" content="Marta Ruiz">
<meta property="article:published_time" content="2026-03-04T10:00:00Z">
<script>var secret = "SCRIPT_TEXT";</script><style>.x{color:red} STYLE_TEXT</style></head>
<body onload="alert('HANDLER_TEXT')"><nav><a href="/">Inicio</a> <a href="/x">NAV_TEXT</a></nav>
<div class="ad">ANUNCIO_TEXT compre ya</div>
<article><h1>Titular de prueba</h1>
<p>El Gobierno anunció el martes un plan de inversión de 300 millones de euros
para renovar la red de trenes de cercanías en cinco regiones del país.</p>
<p onclick="steal()">La ministra de Transportes dijo que las obras empezarán en mayo
y que durarán al menos tres años, según un comunicado oficial.</p>
<h2>Reacciones de la oposición</h2>
<p>La oposición calificó el plan de insuficiente y pidió que se publique el
calendario detallado de cada una de las obras previstas.</p>
<p>Los sindicatos del sector ferroviario anunciaron que estudiarán el documento
antes de pronunciarse sobre la propuesta.</p>
</article><footer>FOOTER_TEXT © 2026</footer>
<script>document.write("LATE_SCRIPT_TEXT")</script></body></html>"""


def test_html_main_content_metadata_and_headings(tmp_path: Path) -> None:
    article = load_file(_write(tmp_path, "a.html", PAGE))
    assert article.format == "html"
    assert article.title == "Titular de prueba"
    assert (article.url, article.source, article.language) == (
        "https://diario.example/nota", "Diario Ejemplo", "es"
    )
    assert article.date.startswith("2026-03-04")
    assert article.extra["author"] == "Marta Ruiz"
    assert ("heading", "Reacciones de la oposición") in _kinds(article)
    assert article.text.startswith("El Gobierno anunció")
    for junk in ("SCRIPT", "STYLE", "HANDLER", "NAV_TEXT", "ANUNCIO", "FOOTER", "steal"):
        assert junk not in article.text, junk


def test_html_deep_nesting_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "deep.html", "<div>" * 20_000 + "x" + "</div>" * 20_000)
    with pytest.raises(SourceError) as info:
        load_file(path)
    assert "\n" not in str(info.value)


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no article text"):
        load_file(_write(tmp_path, "empty.html", "<html><body><nav>menu</nav></body></html>"))


# --- json ----------------------------------------------------------------------------------


def test_json_object(tmp_path: Path) -> None:
    data = {
        "title": "Título", "text": "Uno.\n\nDos.", "url": "https://j.example/1",
        "date": "2026-01-01", "source": "Fuente", "language": "es",
    }
    article = load_file(_write(tmp_path, "a.json", json.dumps(data)))
    assert (article.title, article.url, article.source, article.language) == (
        "Título", "https://j.example/1", "Fuente", "es"
    )
    assert article.text == "Uno.\n\nDos." and article.format == "json"


def test_json_body_with_single_newlines_gives_paragraphs(tmp_path: Path) -> None:
    article = load_file(_write(tmp_path, "b.json", json.dumps({"body": "Uno.\nDos."})))
    assert article.text == "Uno.\n\nDos."


def test_json_list_gives_one_article_per_object_with_item_paths(tmp_path: Path) -> None:
    items = [{"title": f"T{i}", "text": f"Texto {i}."} for i in range(3)]
    path = _write(tmp_path, "list.json", json.dumps(items))
    results = load_paths([path])
    assert [r.path for r in results] == [path, f"{path}#2", f"{path}#3"]
    assert [r.title for r in results if isinstance(r, Article)] == ["T0", "T1", "T2"]
    assert load_file(f"{path}#3").title == "T2"
    assert load_file(path).title == "T0"
    assert len({r.id for r in results if isinstance(r, Article)}) == 3
    with pytest.raises(SourceError):
        load_file(f"{path}#9")


def test_json_wrong_types_are_skipped_items_or_ignored_fields(tmp_path: Path) -> None:
    items = [
        {"title": 5, "text": "Texto válido.", "url": ["x"], "date": 20260101},
        {"title": "Sin texto", "text": {"a": 1}},
        7,
        {"title": "Vacío", "body": ""},
    ]
    path = _write(tmp_path, "w.json", json.dumps(items))
    results = load_paths([path])
    first = results[0]
    assert isinstance(first, Article)
    assert (first.title, first.url, first.date) == ("Texto válido", "", "20260101")
    assert len(results) == 2 and isinstance(results[1], LoadFailure)
    assert results[1].path == path
    assert results[1].reason == (
        "3 of 4 objects skipped (object #2: 'text'/'body' must be a string or a list of strings)"
    )
    with pytest.raises(SourceError, match="expected an object, not a number"):
        load_file(f"{path}#3")
    with pytest.raises(SourceError, match="the text is empty"):
        load_file(f"{path}#4")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("[" * 10_000 + "]" * 10_000, "nested too deeply"),
        ('{"title": "x", "text": "y", "date": 1' + "0" * 5000 + "}", None),
        ("{not json", "invalid JSON"),
        ('"just a string"', "expected a JSON object"),
        ("[]", "empty"),
    ],
)
def test_json_hostile_inputs(tmp_path: Path, raw: str, reason: str | None) -> None:
    path = _write(tmp_path, "h.json", raw)
    if reason is None:  # a huge number in a metadata field is ignored, the article loads
        assert load_file(path).date == ""
        return
    with pytest.raises(SourceError, match=reason):
        load_file(path)


def test_html_support_imports_in_this_install() -> None:
    """trafilatura needs lxml.html.clean, a separate package since lxml 6: a missing
    dependency must fail here, not as every HTML article refused at run time."""
    import lxml_html_clean  # noqa: F401
    import trafilatura  # noqa: F401
