"""The article library: feeds, articles as read, their versions and a full-text index.

Plain Python on SQLite from the standard library (no Textual). ``LibraryStore`` is the
entry point; ``library_path`` says where the store lives; fetching lives in
``reader.library.fetch`` and ``reader.library.refresh``.
"""

from reader.library.paths import library_path
from reader.library.records import FeedInfo, Incoming, StoredArticle
from reader.library.store import LibraryError, LibraryStore

__all__ = ["FeedInfo", "Incoming", "LibraryError", "LibraryStore", "StoredArticle", "library_path"]
