"""``claimdesk analyze``: the JSON Lines contract, the summary, and bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from contract import ANALYZE_KEYS

from reader.cli import main

ARTICLE = (
    "Title: Paro en el puerto\nLanguage: es\n\n"
    "La ministra Ana Prieto dijo que «el paro fue un error» y que costó 40 millones de dólares "
    "en Valparaíso.\n\n"
    "«No cederemos», añadió.\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_lines_follow_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _write(tmp_path, "a.txt", ARTICLE)
    second = _write(tmp_path, "b.txt", "Title: Otro\n\nEl Banco de Chile subió la tasa al 5 %.\n")
    assert main(["analyze", "--json", str(first), str(second)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    data = json.loads(lines[0])
    assert set(data) == ANALYZE_KEYS
    assert data["title"] == "Paro en el puerto" and data["language"] == "es"
    assert data["backend"] == "builtin"
    text = data["text"]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in data["entities"])
    assert {e["label"] for e in data["entities"]} <= {"PER", "ORG", "LOC", "MISC"}
    quotes = data["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == ["Ana Prieto", "Ana Prieto"]
    assert all(text[q["start"] : q["end"]] == q["text"] for q in quotes)
    assert data["claims"] and 0 <= data["claims"][0]["score"] <= 1
    assert "añadió" in lines[0]  # ensure_ascii=False: text stays readable


def test_lang_flag_overrides_detection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE)
    assert main(["analyze", "--json", "--lang", "en", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "en"


def test_folder_with_a_bad_file_prints_the_others_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "good.txt", ARTICLE)
    _write(tmp_path, "empty.txt", "")
    assert main(["analyze", "--json", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and "empty.txt" in errors[0]


def test_missing_path_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err and "Traceback" not in err


def test_bad_backend_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE)
    assert main(["analyze", "--backend", "magic", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "backend" in err


def test_summary_shows_article_text_as_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "Title: [bold red]x[/] \x1b]0;pwn\x07\n\nLa ministra Ana Prieto dijo «[link=file:///etc]y[/link]».\n"
    path = _write(tmp_path, "h.txt", hostile)
    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[bold red]x[/]" in out and "[link=file:///etc]y[/link]" in out
    assert "\x1b]0" not in out and "\x07" not in out
    assert "Ana Prieto" in out


def test_control_characters_in_file_names_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _write(tmp_path, "empty\x1b]2;x\x07\x9b31m.txt", "")
    good = _write(tmp_path, "ok\x9b.txt", ARTICLE)
    assert main(["analyze", "--json", str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert "\x1b" not in captured.err and "\x07" not in captured.err and "\x9b" not in captured.err
    assert captured.err.count("\n") == 1
    assert "\x9b" not in captured.out
    assert json.loads(captured.out)["path"].endswith("ok\x9b.txt")


def test_empty_folder_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "no articles found" in err


@pytest.mark.parametrize("code", ["zz", "fr"])
def test_unsupported_language_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str
) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE)
    with pytest.raises(SystemExit) as stop:
        main(["analyze", "--lang", code, str(path)])
    assert stop.value.code == 2


def test_auto_language_detects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE)
    assert main(["analyze", "--json", "--lang", "auto", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "es"


def test_quality_benchmark_reads_a_gold_dir(tmp_path: Path) -> None:
    """Held-out gold names its article from the repository root."""
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("quality", root / "benchmarks" / "quality.py")
    assert spec and spec.loader
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)
    assert quality.find_article("pyproject.toml") == root / "pyproject.toml"
    assert quality.find_article("missing/nowhere.txt") is None


def test_quality_benchmark_refuses_a_sealed_gold_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--gold-dir would print a sealed split's errors; it refuses any gold_sealed* folder."""
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("quality", root / "benchmarks" / "quality.py")
    assert spec and spec.loader
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)
    sealed = tmp_path / "gold_sealed9"
    sealed.mkdir()
    monkeypatch.setattr("sys.argv", ["quality.py", "--gold-dir", str(sealed), "--errors"])
    assert quality.main() == 2
    assert "sealed" in capsys.readouterr().err
    assert not quality._is_sealed(tmp_path / "gold_wire9")
