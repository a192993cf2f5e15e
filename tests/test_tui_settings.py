"""The chosen theme is remembered in config.toml (issue 13)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pilot_settle import settle
from test_tui_app import library, make_app  # noqa: F401  (fixture)

from reader.store.errors import SettingsError
from reader.store.settings import (
    default_config_path,
    load_settings,
    load_theme,
    save_theme,
    with_theme,
)
from reader.tui.app import ClaimdeskApp

CLAIMREVIEW = """# who we are
[claimreview]
organization_name = "Verifica Hoy"
"""


def test_with_theme_writes_one_line_and_keeps_the_rest() -> None:
    text = with_theme(CLAIMREVIEW, "nord")
    assert text.endswith(CLAIMREVIEW) and text.startswith('theme = "nord"\n')
    again = with_theme(text, "textual-light")
    assert again.count("theme =") == 1
    assert tomllib.loads(again) == {"theme": "textual-light",
                                    "claimreview": {"organization_name": "Verifica Hoy"}}
    assert tomllib.loads(with_theme("", "a\"b\\c"))["theme"] == "a\"b\\c"


def test_save_and_load_theme(tmp_path: Path) -> None:
    config = tmp_path / "sub" / "config.toml"
    assert load_theme(config) == ""
    save_theme("nord", config)
    assert load_theme(config) == "nord"
    config.write_text(CLAIMREVIEW, encoding="utf-8")
    save_theme("gruvbox", config)
    assert load_theme(config) == "gruvbox"
    assert load_settings(config).organization_name == "Verifica Hoy"
    assert list(config.parent.iterdir()) == [config]  # no temporary file left


def test_a_bad_settings_file_is_never_rewritten(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(b"theme = [broken")
    with pytest.raises(SettingsError, match="not valid TOML"):
        save_theme("nord", config)
    assert config.read_bytes() == b"theme = [broken"
    config.write_text("theme = 3\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="theme must be a string"):
        load_theme(config)


async def test_choosing_a_theme_in_the_app_is_remembered(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    config = default_config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(CLAIMREVIEW, encoding="utf-8")
    app = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        assert "theme" not in config.read_text(encoding="utf-8")  # opening writes nothing
        app.theme = "nord"  # what the palette's "Theme" command does
        await pilot.pause()
        await settle(pilot)
    assert load_theme(config) == "nord"
    assert load_settings(config).organization_name == "Verifica Hoy"
    again = make_app(library, tmp_path)
    assert again.theme == "nord"
    flagged = ClaimdeskApp([str(library)], tmp_path / "db.json", theme_name="gruvbox")
    assert flagged.theme == "gruvbox"  # the flag wins over the file...
    async with flagged.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
    assert load_theme(config) == "nord"  # ...and is not written to it


async def test_an_unknown_or_bad_theme_in_the_file_is_a_notification(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    config = default_config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('theme = "no-such-theme"\n', encoding="utf-8")
    app = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("Unknown theme no-such-theme (config.toml)" in m for m in messages)
