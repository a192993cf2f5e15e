"""Getting articles in: txt, md, html and json files and folders of them.

``load_paths(paths)`` never raises for a bad file: it returns an ``Article`` or a
``LoadFailure`` (path and one-line reason) for each. ``load_file(path)`` returns one
``Article`` or raises ``SourceError``. Every text is made canonical through
``reader.core.text`` (NFC, LF, controls neutralised), and so are title, source and date.

``Article.path`` is the path as given (folder + file name for a folder walk); the objects
of a JSON list after the first are ``file.json#2``, ``file.json#3``… and ``load_file``
accepts those paths. Paths are kept exactly (they may hold control characters or, on
Linux, undecodable bytes); show them with ``display_path``.
"""

from reader.sources.dispatch import SUPPORTED_SUFFIXES, load_file, load_paths
from reader.sources.errors import SourceError, display_path

__all__ = ["SUPPORTED_SUFFIXES", "SourceError", "display_path", "load_file", "load_paths"]
