"""The display layer stays in modules a reader can hold in mind: each under 400 lines.

The reading desk's screen grew past it (414 lines); its article changes (read, star,
tags, mark shown read, changes) now live in ``desk_marks``, as its feed actions live in
``desk_feeds``.
"""

from __future__ import annotations

from pathlib import Path

import reader.tui

LIMIT = 400


def test_every_tui_module_is_under_the_limit() -> None:
    root = Path(reader.tui.__file__).parent
    too_long = {str(path.relative_to(root)): n for path in sorted(root.rglob("*.py"))
                if (n := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert too_long == {}


def test_the_desk_keeps_its_article_keys() -> None:
    from reader.tui.screens.desk import DeskScreen

    for action in ("toggle_read", "toggle_star", "edit_tags", "mark_all_read", "diff"):
        assert callable(getattr(DeskScreen, f"action_{action}")), action
