"""Export settings: who publishes the fact-checks (for ClaimReview).

Read from ``config.toml`` in the user's config folder (``platformdirs``), section
``[claimreview]``::

    [claimreview]
    organization_name = "Verifica Hoy"
    organization_url = "https://verificahoy.example"
    review_url_base = "https://verificahoy.example/checks/"

Command-line flags override the file. A missing file is fine; an unreadable or invalid
one raises ``SettingsError`` with one line naming it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from reader.store.errors import SettingsError

_KEYS = ("organization_name", "organization_url", "review_url_base")


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

    def with_overrides(self, **flags: str | None) -> ExportSettings:
        """These settings with every flag that was given (not None) taking precedence."""
        return replace(self, **{k: v for k, v in flags.items() if v is not None})


def default_config_path() -> Path:
    """``<user config folder>/claimdesk/config.toml``."""
    from platformdirs import user_config_path

    return user_config_path("claimdesk", appauthor=False) / "config.toml"


def load_settings(path: Path | None = None) -> ExportSettings:
    """Settings from ``path`` (default: the user config file); missing file → defaults."""
    config = path or default_config_path()
    try:
        raw = config.read_bytes()
    except FileNotFoundError:
        return ExportSettings()
    except OSError as error:
        raise SettingsError(f"settings file {config}: cannot be read: {error.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        reason = " ".join(str(error).split())
        raise SettingsError(f"settings file {config}: not valid TOML ({reason})") from None
    section = data.get("claimreview", {})
    if not isinstance(section, dict):
        raise SettingsError(f"settings file {config}: [claimreview] must be a table")
    values = {}
    for key in _KEYS:
        value = section.get(key, "")
        if not isinstance(value, str):
            raise SettingsError(f"settings file {config}: claimreview.{key} must be a string")
        values[key] = value
    return ExportSettings(**values)
