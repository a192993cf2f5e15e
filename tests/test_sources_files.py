"""Files and bytes: encodings, empty and binary files, special files, limits, folder walks."""

from __future__ import annotations

import codecs
import os
import threading
from pathlib import Path

import pytest

from reader.core.model import Article, LoadFailure
from reader.sources import SourceError, load_file, load_paths
from reader.sources import files as files_module
from reader.sources.decode import decode_bytes

TEXT = "Año de la niñez: “comillas” — 15 %.\n\nSegundo párrafo.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
        (TEXT.encode("cp1252"), "windows-1252 (fallback)"),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = load_file(str(path))
    assert article.text == "Año de la niñez: “comillas” — 15 %.\n\nSegundo párrafo."
    assert article.extra["encoding"] == encoding


def test_latin1_bytes_use_the_documented_fallback() -> None:
    decoded = decode_bytes("Año de la niñez, acción.".encode("latin-1"))
    assert decoded.text == "Año de la niñez, acción."
    assert decoded.encoding.startswith("windows-1252")


def test_utf16_without_bom_is_recognised() -> None:
    assert decode_bytes("Plain words here.".encode("utf-16-le")).text == "Plain words here."
    assert decode_bytes("Plain words here.".encode("utf-16-be")).text == "Plain words here."


def test_mostly_utf8_with_bad_bytes_keeps_utf8_and_counts_replacements() -> None:
    decoded = decode_bytes("Canción ñandú acción".encode() + b" \xff\xfe fin")
    assert decoded.encoding == "utf-8" and decoded.replaced == 2
    assert decoded.text.startswith("Canción ñandú acción")
    assert "2 undecodable bytes replaced" in decoded.note


def test_cp1252_smart_quotes() -> None:
    assert decode_bytes(b"He said \x93no\x94 \x97 twice.").text == "He said “no” — twice."


def test_cp1252_unassigned_bytes_do_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"Texto \x81\x8d\x8f\x90\x9d final con palabras.")
    article = load_file(str(path))
    assert not any(0x80 <= ord(ch) <= 0x9F for ch in article.text)


@pytest.mark.parametrize(
    "data", [b"", b"   \n\n\t  ", bytes(range(256)) * 64, b"%PDF-1.7\n" + b"x" * 100,
             b"\x00\x00\x00\x00binary"],
)
def test_empty_and_binary_files_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError) as info:
        load_file(str(path))
    assert info.value.reason in ("empty file", "binary file, not text")
    assert str(info.value) == f"{path}: {info.value.reason}"


def _load_in_thread(paths: list[str]) -> list[Article | LoadFailure]:
    """Run load_paths in a thread so that a blocking open fails the test instead of hanging."""
    box: list[list[Article | LoadFailure]] = []
    worker = threading.Thread(target=lambda: box.append(load_paths(paths)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "loading blocked"
    return box[0]


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (result,) = _load_in_thread([str(fifo)])
    assert isinstance(result, LoadFailure) and "FIFO" in result.reason


def test_fifo_inside_a_folder_is_listed_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "ok.txt").write_text("Un artículo normal.", encoding="utf-8")
    results = _load_in_thread([str(tmp_path)])
    assert [type(r).__name__ for r in results] == ["Article", "LoadFailure"]


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_device_files_are_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} not present")
    (result,) = _load_in_thread([device])
    assert isinstance(result, LoadFailure) and "character device" in result.reason


def test_missing_path_and_unsupported_suffix(tmp_path: Path) -> None:
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF")
    missing, unsupported = load_paths([str(tmp_path / "nope.txt"), str(other)])
    assert missing.reason == "no such file"
    assert unsupported.reason.startswith("unsupported file type (.pdf)")
    with pytest.raises(SourceError, match="no such file"):
        load_file(str(tmp_path / "nope.txt"))


def test_a_saved_feed_or_opml_file_says_how_it_is_followed(tmp_path: Path) -> None:
    feed, opml = tmp_path / "wire.xml", tmp_path / "subs.opml"
    feed.write_text("<rss version='2.0'><channel/></rss>", encoding="utf-8")
    opml.write_text("<opml version='2.0'/>", encoding="utf-8")
    refused = load_paths([str(feed), str(opml)])
    assert refused[0].reason.endswith("a feed is followed by its address: claimdesk add URL")
    assert refused[1].reason.endswith("imported with claimdesk add --opml FILE")


def test_size_limit_has_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(files_module.MAX_BYTES + 1)
    with pytest.raises(SourceError, match=r"file too large \(20\.0 MB; the limit is 20 MB\)"):
        load_file(str(path))


def test_five_megabyte_single_line_loads(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_bytes(b"word " * 1_000_000)
    article = load_file(str(path))
    assert len(article.text) == 4_999_999 and len(article.title) <= 80


def test_folder_walk_sorted_hidden_skipped_links_confined(tmp_path: Path) -> None:
    library = tmp_path / "library"
    (library / "sub").mkdir(parents=True)
    (library / ".hidden").mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("Fuera de la carpeta.", encoding="utf-8")
    for name in ("b.txt", "A.md", "sub/c.json", ".secret.txt", ".hidden/d.txt", "e.pdf"):
        target = library / name
        target.write_text('{"text": "x"}' if name.endswith(".json") else "Texto.\n")
    (library / "link_out.txt").symlink_to(outside)
    (library / "link_in.txt").symlink_to(library / "b.txt")
    (library / "loop").symlink_to(library, target_is_directory=True)
    results = load_paths([str(library)])
    names = [os.path.relpath(r.path, library) for r in results]
    assert names == ["A.md", "b.txt", "link_out.txt", "sub/c.json"]
    assert isinstance(results[2], LoadFailure) and "out of the folder" in results[2].reason
    assert all(isinstance(r, Article) for i, r in enumerate(results) if i != 2)


def test_same_file_twice_is_loaded_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Texto.", encoding="utf-8")
    assert len(load_paths([str(path), str(tmp_path)])) == 1


def test_control_characters_in_a_file_name_stay_out_of_the_message(tmp_path: Path) -> None:
    path = tmp_path / "bad\x1b[31mname.txt"
    path.write_bytes(b"")
    with pytest.raises(SourceError) as info:
        load_file(str(path))
    assert "\x1b" not in str(info.value) and info.value.path == str(path)


def test_undecodable_file_name_gives_a_printable_message(tmp_path: Path) -> None:
    path = os.path.join(str(tmp_path), os.fsdecode(b"bad\xff.txt"))
    with open(path, "wb"):
        pass
    (failure,) = load_paths([path])
    assert failure.path == path and failure.reason == "empty file"
    message = str(SourceError(failure.path, failure.reason))
    message.encode("utf-8")  # no lone surrogate left: printable on any UTF-8 terminal
    assert "\ufffd" in message


def test_json_object_holding_an_articles_list(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text('{"articles": [{"text": "Uno."}, {"body": "Dos."}]}', encoding="utf-8")
    assert [a.text for a in load_paths([str(path)])] == ["Uno.", "Dos."]


def test_an_article_whose_file_name_is_not_utf8_is_read_and_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """A file name in an old single-byte encoding (``año`` written in Latin-1) made every
    command that stores the article fail with "internal error: UnicodeEncodeError": the
    path went into the article id, the library and JSON output with its lone surrogates.
    The article keeps such bytes as visible ``\\xNN`` escapes; two names differing only in
    those bytes stay two articles."""
    from reader.cli import main

    folder = tmp_path / "docs"
    folder.mkdir()
    for name in (b"informe_a\xf1o.txt", b"informe_a\xf3o.txt"):
        path = os.path.join(str(folder), os.fsdecode(name))
        Path(path).write_text(f"Informe\n\nEl paro bajó al 9 % este año ({name[-5]}).\n",
                              encoding="utf-8")
    first, second = load_paths([str(folder)])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.path.endswith("informe_a\\xf1o.txt") and first.id != second.id
    first.path.encode("utf-8")  # valid text everywhere it goes
    db = str(tmp_path / "data" / "annotations.json")
    assert main(["add", "--db", db, str(folder)]) == 0
    assert "2 articles added" in capsys.readouterr().out
    assert main(["analyze", "--json", str(folder)]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")
    assert "informe_a\\\\xf1o.txt" in out


def test_a_folder_over_the_file_limit_reads_the_first_by_name_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the limit the walk stopped in the file system's order (not by name) and
    dropped the rest without a word: 20,005 files said "20000 articles added"."""
    monkeypatch.setattr(files_module, "MAX_FILES", 4)
    for name in ("e.txt", "a.txt", "sub/b.txt", "d.txt", "c.txt", "f.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Título\n\nEl paro bajó al 9 % este año.\n",
                                     encoding="utf-8")
    results = load_paths([str(tmp_path)])
    read = [os.path.relpath(r.path, tmp_path) for r in results if isinstance(r, Article)]
    assert read == ["a.txt", "c.txt", "d.txt", "e.txt"]  # "sub" sorts after the files
    (note,) = [r for r in results if isinstance(r, LoadFailure)]
    assert note.path == str(tmp_path)
    assert note.reason == "more than 4 entries: only the first 4 by name were read"
