"""Getting articles in: txt, md, html and json files and folders of them.

``load_paths(paths)`` never raises for a bad file: it returns an ``Article`` or a
``LoadFailure`` (path and one-line reason) for each. ``load_file(path)`` returns one
``Article`` or raises ``SourceError``. Every text is made canonical through
``reader.core.text`` (NFC, LF, controls neutralised), and so are title, source and date.
"""

from reader.sources.dispatch import SUPPORTED_SUFFIXES, load_file, load_paths
from reader.sources.errors import SourceError

__all__ = ["SUPPORTED_SUFFIXES", "SourceError", "load_file", "load_paths"]
