"""The reading desk's secondary screens, listed once for the keymap check."""

from __future__ import annotations

from reader.tui.screens.desk_prompt import PromptScreen
from reader.tui.screens.desk_search import DeskSearchScreen
from reader.tui.screens.diff import DiffScreen
from reader.tui.screens.library_article import LibraryArticleScreen
from reader.tui.widgets.article_list import ArticleList

DESK_SCREENS = (DeskSearchScreen, DiffScreen, LibraryArticleScreen, PromptScreen, ArticleList)
