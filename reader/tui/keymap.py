"""User key remaps: ``keymap.toml`` or ``keymap.json`` in the user's config folder.

The file maps binding ids to keys, e.g. ``"claimdesk.next_sentence" = "j,ctrl+n"``
(TOML, at the top level or under a ``[keymap]`` table) or the same as a JSON object.
A bad file never stops the app: the problems come back as one-line messages.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from pathlib import Path

from platformdirs import user_config_path


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
