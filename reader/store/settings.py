"""Settings from ``config.toml``: the reader's theme, and who publishes the fact-checks.

Read from ``config.toml`` in the user's config folder (``platformdirs``): a top-level
``theme`` (the Textual theme the reader opens with; choosing a theme in the app writes
it, see ``save_theme``) and the section ``[claimreview]``::

    theme = "textual-light"

    [claimreview]
    organization_name = "Verifica Hoy"
    organization_url = "https://verificahoy.example"
    review_url_base = "https://verificahoy.example/checks/"

Command-line flags override the file. A missing file means the defaults, unless the
caller says the file is required (``claimdesk export --config FILE``: a file the user
named must exist, or a typo would silently drop the settings). Only a regular file of at most
``MAX_SETTINGS_BYTES`` is read (``reader.core.files``: a FIFO or a device never blocks).
An unreadable, missing (when named) or invalid file raises ``SettingsError`` with one line
naming it.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.files import FileRefused, read_regular, regular_or_missing
from reader.store.errors import SettingsError

MAX_SETTINGS_BYTES = 1024 * 1024
_KEYS = ("organization_name", "organization_url", "review_url_base")
_URL_KEYS = {"organization_url": "--org-url", "review_url_base": "--review-url-base"}
"""The settings that become links in a published ClaimReview: http(s) only, as for
evidence (a ``javascript:`` or ``file:`` URL would be a link on the publisher's page)."""


def url_problem(value: str) -> str:
    """Why ``value`` cannot be a ClaimReview link ("" when it can, or when it is unset)."""
    from reader.core.annotation_rules import is_web_link

    value = value.strip()
    if not value or is_web_link(value):
        return ""
    return f"only an http(s) address is accepted, not {value[:80]!r}"


@dataclass(frozen=True, slots=True)
class ExportSettings:
    """The fact-checking organisation and where its reviews are published."""

    organization_name: str = ""
    organization_url: str = ""
    review_url_base: str = ""

    def review_url(self, record_id: str) -> str:
        """The fact-check URL of one record, or "" when no base URL is set."""
        base = self.review_url_base.strip()
        if not base:
            return ""
        return base + record_id if base.endswith(("/", "#", "=")) else f"{base}/{record_id}"

    def claimreview_gaps(self) -> list[str]:
        """What a ClaimReview export will leave out for lack of a setting (one line each),
        for the command line's stderr and the app's notification."""
        gaps = []
        if not self.organization_name.strip():
            gaps.append("no organisation set (--org-name or organization_name in the config); "
                        "ClaimReview 'author' left out")
        if not self.review_url_base.strip():
            gaps.append("no review URL base set (--review-url-base or review_url_base in the "
                        "config); ClaimReview 'url' left out ('@id' urn:uuid:<id> "
                        "carries the annotation id for re-import)")
        return gaps

    def with_overrides(self, **flags: str | None) -> ExportSettings:
        """These settings with every flag that was given (not None) taking precedence;
        ``SettingsError`` for a URL flag that is not an http(s) address."""
        for key, flag in _URL_KEYS.items():
            problem = url_problem(flags.get(key) or "")
            if problem:
                raise SettingsError(f"{flag}: {problem}")
        return replace(self, **{k: v for k, v in flags.items() if v is not None})


def default_config_path() -> Path:
    """``<user config folder>/claimdesk/config.toml``."""
    from platformdirs import user_config_path

    return user_config_path("claimdesk", appauthor=False) / "config.toml"


def _error(config: Path, reason: str) -> SettingsError:
    return SettingsError(f"settings file {config}: {reason}")


def _read(config: Path, required: bool) -> bytes | None:
    """The file's bytes, or None for a missing file that is not required."""
    try:
        if not required and not regular_or_missing(config):
            return None
        return read_regular(config, MAX_SETTINGS_BYTES)
    except FileRefused as refused:
        raise _error(config, f"cannot be read: {refused.reason}") from None


def load_settings(path: Path | None = None, *, required: bool = False) -> ExportSettings:
    """Settings from ``path`` (default: the user config file); a missing file gives the
    defaults, or a ``SettingsError`` when ``required``."""
    config = path or default_config_path()
    raw = _read(config, required)
    if raw is None:
        return ExportSettings()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _error(config, f"not valid TOML ({error})") from None
    section = data.get("claimreview", {})
    if not isinstance(section, dict):
        raise _error(config, "[claimreview] must be a table")
    values = {}
    for key in _KEYS:
        value = section.get(key, "")
        if not isinstance(value, str):
            raise _error(config, f"claimreview.{key} must be a string")
        if key in _URL_KEYS and url_problem(value):
            raise _error(config, f"claimreview.{key}: {url_problem(value)}")
        values[key] = value
    return ExportSettings(**values)


def _parse_toml(config: Path, raw: bytes) -> dict[str, object]:
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _error(config, f"not valid TOML ({error})") from None


def load_theme(path: Path | None = None) -> str:
    """The ``theme`` of the settings file, or "" when there is none (or no file)."""
    config = path or default_config_path()
    raw = _read(config, required=False)
    if raw is None:
        return ""
    theme = _parse_toml(config, raw).get("theme", "")
    if not isinstance(theme, str):
        raise _error(config, "theme must be a string")
    return theme.strip()


_THEME_LINE = re.compile(r"^[ \t]*theme[ \t]*=.*$", re.MULTILINE)
_FIRST_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)


def with_theme(text: str, name: str) -> str:
    """The settings text ``text`` with its top-level ``theme`` set to ``name``.

    Only that one line is written or replaced, before the first ``[table]``: the user's
    other settings, comments and layout stay as they were.
    """
    line = f"theme = {json.dumps(name)}"  # a JSON string is a valid TOML basic string
    table = _FIRST_TABLE.search(text)
    top, rest = (text[: table.start()], text[table.start() :]) if table else (text, "")
    if _THEME_LINE.search(top):
        top = _THEME_LINE.sub(lambda _: line, top, count=1)
    else:
        top = f"{line}\n" + (f"\n{top}" if top.strip() or rest else top)
    return top + rest


def save_theme(name: str, path: Path | None = None) -> Path:
    """Remember ``name`` as the theme in the settings file (created when missing).

    The file is replaced atomically; a file that cannot be read, is not valid TOML, or
    would not read back with this theme is left untouched and ``SettingsError`` raised.
    """
    from reader.store.exports import write_atomic

    config = path or default_config_path()
    raw = _read(config, required=False)
    text = ""
    if raw is not None:
        _parse_toml(config, raw)  # never rewrite a file we could not read
        text = raw.decode("utf-8")
    updated = with_theme(text, name)
    try:
        if tomllib.loads(updated).get("theme") != name:
            raise ValueError("theme not set")
    except (tomllib.TOMLDecodeError, ValueError):
        raise _error(config, "the theme line could not be written safely; "
                             "edit the file by hand") from None
    try:
        config.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(config, updated)
    except OSError as error:
        raise _error(config, f"cannot be written: {error.strerror or error}") from None
    return config
