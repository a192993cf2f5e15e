"""Issue 5, row T6: links are never opened behind the user's back, whatever their scheme.

Today the reader opens no link at all: article URLs are shown as text and the terminal gets
no OSC 8 hyperlink (checked on the raw bytes in ``test_hostile_tui.py``, whose JSON fixture
carries a ``javascript:`` URL). This test pins that down: the moment code that opens URLs
or emits hyperlinks appears under ``reader/``, it fails and asks for a guarded opener
(http/https only, after a confirmation) with its own test.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.tui.screens.annotation_form import is_web_link

READER = Path(__file__).resolve().parents[1] / "reader"
OPENERS = re.compile(
    r"\bwebbrowser\b|\.open_url\(|\bxdg-open\b|\bos\.startfile\b|@click=|\[link[= ]|\blink="
)


def test_no_code_opens_links_or_draws_hyperlinks() -> None:
    offenders = [
        f"{path.relative_to(READER)}:{number}"
        for path in sorted(READER.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if OPENERS.search(line) and not line.lstrip().startswith(("#", '"', "'"))
    ]
    assert not offenders, f"link opening needs the T6 guard and a test: {offenders}"


def test_only_http_and_https_count_as_web_links() -> None:
    for good in ("https://example.org/a", "http://example.org", "HTTPS://EXAMPLE.ORG/x"):
        assert is_web_link(good)
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://a/b",
                "https://", "http://a b", "vbscript:x", "\x1b]8;;http://x\x1b\\"):
        assert not is_web_link(bad), bad
