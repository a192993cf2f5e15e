"""User key remaps: ``keymap.toml`` or ``keymap.json`` in the user's config folder.

The file maps binding ids to keys, e.g. ``"claimdesk.article.next_sentence" = "j,ctrl+n"``
(TOML, at the top level or under a ``[keymap]`` table) or the same as a JSON object.
A bad file never stops the app: the problems come back as one-line messages. Ids of the
earlier scheme (``claimdesk.next_sentence``) still work, with a warning naming the new id.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from pathlib import Path

from platformdirs import user_config_path

_ARTICLE_ACTIONS = (
    "back", "next_sentence", "previous_sentence", "next_quote", "previous_quote",
    "next_claim", "previous_claim", "top", "bottom", "search", "next_match",
    "previous_match", "toggle_entities", "toggle_quotes", "toggle_claims", "switch_focus",
    "toggle_panel", "select", "annotate", "edit_annotation", "delete_annotation", "undo",
    "redo", "next_annotation", "previous_annotation",
)
_SELECT_ACTIONS = (
    "word_more", "word_less", "start_later", "start_earlier", "sentence_more",
    "sentence_less", "next_quote", "previous_quote", "clear",
)
LEGACY_IDS: dict[str, str] = {
    **{f"claimdesk.{name}": f"claimdesk.article.{name}" for name in _ARTICLE_ACTIONS},
    **{f"claimdesk.select.{name}": f"claimdesk.article.select_{name}"
       for name in _SELECT_ACTIONS},
    "claimdesk.help": "claimdesk.app.help",
    "claimdesk.form_save": "claimdesk.form.save",
    "claimdesk.form_cancel": "claimdesk.form.cancel",
    "claimdesk.confirm_yes": "claimdesk.confirm.yes",
    "claimdesk.confirm_no": "claimdesk.confirm.no",
}
"""Binding ids before the ``claimdesk.<screen>.<action>`` scheme, and their new names."""


def config_dir() -> Path:
    """Where Claimdesk reads its configuration (follows XDG_CONFIG_HOME on Linux)."""
    return user_config_path("claimdesk")


def load_keymap(folder: Path, known_ids: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """Read the remaps in ``folder``; return (keymap, problems). No file: ({}, [])."""
    for name in ("keymap.toml", "keymap.json"):
        path = folder / name
        if path.exists():
            return _parse(path, set(known_ids))
    return {}, []


def _parse(path: Path, known: set[str]) -> tuple[dict[str, str], list[str]]:
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw) if path.suffix == ".toml" else json.loads(raw)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return {}, [f"{path}: cannot read keymap: {_one_line(error)}"]
    if isinstance(data, dict) and isinstance(data.get("keymap"), dict):
        data = data["keymap"]
    if not isinstance(data, dict):
        return {}, [f"{path}: a keymap must map binding ids to keys"]
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for ident, keys in data.items():
        if ident not in known and LEGACY_IDS.get(ident) in known:
            new = LEGACY_IDS[ident]
            problems.append(f"{path}: {ident} is now called {new}; it still works, "
                            f"but rename it")
            ident = new
        if not isinstance(keys, str) or not keys.strip():
            problems.append(f"{path}: {ident}: keys must be a non-empty string")
        elif not keys.isprintable():  # key names are printable; anything else would be drawn
            problems.append(f"{path}: {ident}: keys must be printable key names")
        elif ident not in known:
            problems.append(f"{path}: unknown binding id {ident}")
        else:
            keymap[ident] = ",".join(key.strip() for key in keys.split(",") if key.strip())
    return keymap, problems


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
