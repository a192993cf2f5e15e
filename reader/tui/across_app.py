"""The app's across-the-library part (a mixin of ``ClaimdeskApp``): the keys that open
the Annotations, Speakers, Entities and Stats screens from anywhere, opening an article
at a span or at an annotation, and starting the index and the claim matcher."""

from __future__ import annotations

import gc
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from reader.core.annotation import Annotation
from reader.core.model import Article
from reader.tui.bindings import binding as _b
from reader.tui.shown import plain

if TYPE_CHECKING:
    from reader.tui.across_link import AcrossLink
    from reader.tui.desk_data import DeskData

ACROSS_APP_BINDINGS = [
    _b("A", "annotations", "Annotations (all articles)", "app.annotations", False),
    _b("S", "speakers", "Speakers (all articles)", "app.speakers", False),
    _b("E", "entities", "Entities (all articles)", "app.entities", False),
    _b("T", "stats", "Statistics", "app.stats", False),
]


class AppAcrossMixin:
    """Across the library, app-wide."""

    across: AcrossLink
    link: Any
    desk_data: DeskData | None
    screen: Screen
    screen_stack: list[Screen]
    push_screen: Any
    notify: Any
    run_worker: Any

    def start_across(self) -> None:
        """Open the index, then fill the claim matcher once the store is open."""
        self.run_worker(self._across_in_thread, thread=True, exit_on_error=False,
                        group="across-open")

    def _across_in_thread(self) -> None:
        import reader.tui.screens.across_screens  # noqa: F401  (warm: the first A opens at once)
        from reader.tui.screens.annotations import stored_documents, stored_records

        store = self.link.wait()
        # A data folder the annotations cannot be saved in gets no index file written either.
        self.across.open(writable=store is not None and not self.link.view_only)
        # The stored records themselves (replaced on every change, never modified in place)
        # spare 100,000 copies; the matcher only reads them.
        documents: Any = {}
        with suppress(Exception):  # a bad record: the screens say so when opened
            documents = stored_documents(store) if store is not None else {}
        if documents:  # the records of the mapping followed from now on
            self.across.load_claims(list(documents.values()), documents)
        else:
            self.across.load_claims(stored_records(store) if store is not None else [])
        # Counted once now, the Stats screen then counts only what changed since.
        # So are the Annotations screen's rows by date (its first order).
        with suppress(Exception):  # a bad record: the screens say so when opened
            self.across.annotation_counts.count(documents)
            self.across.annotation_orders.order(documents, "date", True)
        # The stored records and the claim matcher are millions of long-lived objects: out
        # of the collector's sight, its full passes stop pausing the screens for a second.
        gc.freeze()
        # The checked candidates counted in the library lists: their own worker, in steps
        # (the first start with many annotations takes a while; later ones only do what
        # changed).
        self.run_worker(self.across.sync_checked, thread=True, exit_on_error=False,
                        group="across-checked")

    def follow_store(self) -> None:
        """The claim matcher follows what another copy of the app saved meanwhile (call
        from a worker, before matching claims or counting checked candidates)."""
        from reader.tui.screens.annotations import stored_documents

        store = self.link.store
        if store is None:
            return
        try:
            documents = stored_documents(store)
            self.across.follow_store(list(documents.values()), documents)
        except Exception:  # noqa: BLE001 - an unreadable store: the claims stay as loaded
            return

    def library_articles(self) -> list[Article]:
        """The articles loaded in the library screen."""
        from reader.tui.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                return screen.articles
        return []

    def current_texts(self) -> tuple[dict[str, str], bool]:
        """Article id → hash of the text the reader would open now: the stored
        articles' newest versions, and the files loaded; and whether that is the whole
        library (on the desk, when the store could be read), so that an article missing
        from it is gone (call from a worker)."""
        current: dict[str, str] = {}
        whole = False
        if self.desk_data is not None:
            try:
                current, whole = self.desk_data.newest_texts(), True
            except Exception:  # noqa: BLE001 - an unreadable store: nothing known changed
                current = {}
        current.update((a.id, a.text_sha256) for a in self.library_articles())
        return current, whole

    def find_article(self, article_id: str) -> Article | None:
        """The article with that id: among the files loaded, else in the article store
        of the reading desk (feeds, pages, ``claimdesk add``)."""
        found = next((a for a in self.library_articles() if a.id == article_id), None)
        if found is None and self.desk_data is not None:
            try:
                found = self.desk_data.load(article_id)
            except Exception:  # noqa: BLE001 - not stored (removed, pruned), or unreadable
                found = None
        return found

    def open_article_at(self, article_id: str, span: tuple[int, int] | None,
                        quiet: bool = False) -> Any:
        """Open an article of the library with the cursor on ``span`` (None, and unless
        ``quiet`` a warning, when it is not there)."""
        from reader.tui.screens.article import ArticleScreen
        from reader.tui.screens.library_article import LibraryArticleScreen

        article = self.find_article(article_id)
        if article is None:
            if not quiet:
                self.notify("That article is not open in this library", severity="warning")
            return None
        if span is not None and not 0 <= span[0] <= span[1] <= len(article.text):
            span = None  # offsets of an older text: the screen places the cursor itself
        if "library_id" in article.extra and self.desk_data is not None:
            screen: Any = LibraryArticleScreen(article, self.desk_data, at=span)
        else:
            screen = ArticleScreen(article, at=span)
        self.push_screen(screen)
        return screen

    def open_annotation(self, record_id: str, then: str = "") -> Any:
        """Open the article of an annotation at its span; ``then`` is an action to run
        there once its annotations are loaded (``edit_annotation``...)."""
        store = self.link.store
        record = store.get(record_id) if store is not None else None
        if record is None:
            self.notify("That annotation is no longer stored (deleted in another window?); "
                        "the list is read again", severity="warning")
            self._reread_annotations()
            return None
        annotation = Annotation.from_record(record)
        screen = self.open_article_at(annotation.article.id, annotation.span, quiet=True)
        if screen is None:
            self.notify(plain(f"Its article is not in this library: {annotation.article.title}"),
                        severity="warning", markup=False)
        else:  # placed (and edited) where it is now, once re-anchored
            screen.after_annotations(then, annotation.id)
        return screen

    def _reread_annotations(self) -> None:
        """The Annotations screen, when it is the one shown, reads the store anew: it
        listed an annotation another copy of the app had deleted, and kept listing it."""
        from reader.tui.screens.annotations import AnnotationsScreen

        if isinstance(self.screen, AnnotationsScreen):
            self.screen.reload()

    def action_annotations(self) -> None:
        from reader.tui.screens.annotations import AnnotationsScreen

        shown = self._show_overview(AnnotationsScreen)
        if shown is not None:
            shown.reload()  # A again: read the store anew (another copy may have saved)

    def action_speakers(self) -> None:
        from reader.tui.screens.speakers import SpeakersScreen

        self._show_overview(SpeakersScreen)

    def action_entities(self) -> None:
        from reader.tui.screens.speakers import EntitiesScreen

        self._show_overview(EntitiesScreen)

    def action_stats(self) -> None:
        from reader.tui.screens.stats import StatsScreen

        self._show_overview(StatsScreen)

    def _show_overview(self, kind: type) -> Any:
        """Show the across screen ``kind`` without piling screens up: an open one is shown
        again (the screens above it close), else a new one goes on top. Returns the
        existing screen shown again, else None."""
        open_ones = [screen for screen in self.screen_stack if isinstance(screen, kind)]
        if not open_ones:
            self.push_screen(kind())
            return None
        if open_ones[-1] is not self.screen:
            open_ones[-1].pop_until_active()
        return open_ones[-1]
