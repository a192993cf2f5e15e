"""Claimdesk: a keyboard-driven terminal news reader for checking what the news claims.

The package is split so that everything except ``reader.tui`` runs without Textual:
``core`` (model and canonical text), ``sources`` (loaders), ``analysis`` and ``store``.
"""

__version__ = "0.1.0"
