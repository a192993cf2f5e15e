"""Binding ids: one scheme, one helper, remappable without a central list (issue 11)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_tui_app import library, make_app, open_first  # noqa: F401  (fixture)
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from reader.tui.app import ClaimdeskApp
from reader.tui.bindings import binding, known_ids
from reader.tui.keymap import LEGACY_IDS, load_keymap
from reader.tui.widgets.article_view import ArticleView

SCHEME = re.compile(r"^claimdesk\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")


def test_every_binding_follows_the_scheme() -> None:
    import reader.tui.app  # noqa: F401  (every screen registers its bindings on import)

    ids = known_ids()
    assert len(ids) > 40
    assert all(SCHEME.match(ident) for ident in ids), sorted(i for i in ids
                                                             if not SCHEME.match(i))
    assert set(LEGACY_IDS.values()) <= ids, "every old id names a binding that exists"
    with pytest.raises(ValueError):
        binding("x", "noop", "Nothing", "no_screen_part")


class NewScreen(Screen[None]):
    """A screen another module could add: its keys need no central list to be remapped."""

    BINDINGS = [binding("z", "poke", "Poke", "newscreen.poke")]

    def __init__(self) -> None:
        super().__init__()
        self.poked = 0

    def compose(self) -> ComposeResult:
        yield Static("new")

    def action_poke(self) -> None:
        self.poked += 1


async def test_a_new_screens_bindings_are_remappable(tmp_path: Path) -> None:
    (tmp_path / "keymap.toml").write_text('"claimdesk.newscreen.poke" = "x"\n',
                                          encoding="utf-8")
    keymap, problems = load_keymap(tmp_path, known_ids())
    assert keymap == {"claimdesk.newscreen.poke": "x"} and problems == []

    class Host(App[None]):
        def on_mount(self) -> None:
            self.set_keymap(keymap)
            self.push_screen(NewScreen())

    app = Host()
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, NewScreen)
        await pilot.press("z")
        assert screen.poked == 0
        await pilot.press("x")
        assert screen.poked == 1


async def test_old_ids_in_keymap_still_work_with_a_warning(
    library: Path, tmp_path: Path, isolated_dirs: Path  # noqa: F811
) -> None:
    config = isolated_dirs / "config" / "claimdesk"
    config.mkdir(parents=True)
    (config / "keymap.toml").write_text(
        '"claimdesk.next_sentence" = "x"\n"claimdesk.select.word_more" = "ctrl+w"\n',
        encoding="utf-8")
    app: ClaimdeskApp = make_app(library, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_first(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("claimdesk.next_sentence is now called claimdesk.article.next_sentence"
                   in m for m in messages)
        view = screen.query_one(ArticleView)
        await pilot.press("x")
        assert view.cursor == screen.analysis.sentences[1]
        await pilot.press("question_mark")
        await pilot.pause()
        rows = {ident: keys for keys, _, ident in app.screen.rows}
        assert rows["claimdesk.article.next_sentence"] == "x"
