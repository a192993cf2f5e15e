"""Language knowledge is data: one folder per language, every list defined and used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.analysis.language import detect_language, rules_language
from reader.analysis.lexicon import languages, lexicon
from reader.analysis.lexicon_lists import FLAGS, LISTS

ANALYSIS = Path(__file__).resolve().parent.parent / "reader" / "analysis"
FOLDERS = ANALYSIS / "lexicons"


def _sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in ANALYSIS.glob("*.py"))


def test_there_is_a_folder_per_language() -> None:
    assert set(languages()) >= {"es", "en"}


@pytest.mark.parametrize("code", languages())
def test_every_language_defines_every_list_and_flag(code: str) -> None:
    folder = FOLDERS / code
    files = {p.stem for p in folder.glob("*.txt")}
    assert files == set(LISTS), f"{code}: missing {set(LISTS) - files}, extra {files - set(LISTS)}"
    lex = lexicon(code)
    assert all(flag in lex.flags for flag in FLAGS)
    for name in LISTS:
        assert isinstance(getattr(lex, name), frozenset | tuple)


def test_every_list_is_used_by_the_rules() -> None:
    """A list nobody reads is dead weight: each is read as ``lex.<name>`` (or by the
    loader, ``own["<name>"]``) somewhere in the analysis."""
    source = _sources()
    unused = [name for name in LISTS if not re.search(rf"\.{name}\b|own\[\"{name}\"\]", source)]
    assert unused == []


def test_rules_never_test_the_language_code() -> None:
    source = _sources()
    assert not re.search(r"lex\.code\b|==\s*\"(?:es|en)\"|in \(\"es\"", source)


def test_a_missing_list_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.analysis import lexicon as module

    with pytest.raises(LookupError, match="no lexicon"):
        lexicon("xx")
    monkeypatch.setitem(module.LISTS, "no_such_list", (False, False))
    module._own.cache_clear()
    try:
        with pytest.raises(LookupError, match="no_such_list"):
            module._own("es")
    finally:
        module._own.cache_clear()


def test_languages_come_from_the_folders() -> None:
    assert rules_language("pt") == "es"  # es/flags.json "also_for"
    assert rules_language("de") == "en"  # the fallback lexicon
    assert detect_language("El Gobierno aprobó ayer la ley de vivienda en el Congreso.") == "es"
    assert detect_language("The council approved the housing law on Tuesday in the city.") == "en"


def test_reporting_verbs_are_built_from_stems_and_endings() -> None:
    es = lexicon("es")
    assert es.is_reporting("afirmó") and es.is_reporting("subrayaron") and es.is_reporting("said")
    assert not es.is_reporting("casa")
