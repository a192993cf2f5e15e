"""HTTP as a good citizen: bounded, conditional, capped, retried, and never surprised.

One ``Fetcher`` wraps one ``httpx.AsyncClient``. At most ``max_concurrent`` requests run
at a time and ``per_host`` to one host; ``ETag``/``Last-Modified`` are sent back so an
unchanged feed costs a 304; bodies are read as a stream and cut at ``max_bytes`` (after
decompression, so a compressed bomb is cut too); redirects are followed by hand, at most
``max_redirects`` and only to http/https; every attempt has a total time limit on top of
the connect and read time-outs (a server sending one byte a second never ends otherwise);
time-outs, connection errors and 5xx are retried with back-off; ``Retry-After`` is
honoured on 429 and 503 up to ``max_retry_after`` seconds. Every failure is a
``FetchError`` with a one-line reason.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from reader import __version__
from reader.library.urls import is_fetchable

USER_AGENT = f"Claimdesk/{__version__} (+terminal news reader)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
ACCEPT_FEED = ("application/rss+xml, application/atom+xml, application/feed+json, "
               "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")


BAD_REDIRECT = "redirect to an address that is not a valid http(s) address (refused)"


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """The bounds of every fetch; tests shrink the times."""

    max_concurrent: int = 8
    per_host: int = 2
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 30.0


@dataclass(frozen=True, slots=True)
class Response:
    """A complete answer: 200 with its body, or 304 with none."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class FetchError(Exception):
    """A fetch that failed, with a one-line reason; ``gone`` for HTTP 410."""

    def __init__(self, reason: str, *, gone: bool = False, transient: bool = False,
                 wait: float = 0.0) -> None:
        super().__init__(" ".join(reason.split()))
        self.reason = str(self)
        self.gone = gone
        self.transient = transient
        self.wait = wait


def retry_after(value: str, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.fromtimestamp(now or time.time(), UTC)
    return max(0.0, (when - current).total_seconds())


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


def _sendable(validator: str) -> bool:
    """Whether a stored ETag/Last-Modified can go back in a request header: a server may
    send bytes that a header cannot carry (non-ASCII, controls); then the answer is simply
    fetched in full, rather than the fetch failing at every refresh."""
    return bool(validator) and validator.isascii() and validator.isprintable()


class Fetcher:
    """Fetch many URLs politely; use ``async with Fetcher() as f: await f.get(url)``."""

    def __init__(self, limits: FetchLimits | None = None) -> None:
        self.limits = limits or FetchLimits()
        self._global = asyncio.Semaphore(self.limits.max_concurrent)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        lim = self.limits
        self._client = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT_FEED},
            timeout=httpx.Timeout(lim.read_timeout, connect=lim.connect_timeout),
            limits=httpx.Limits(max_connections=lim.max_concurrent,
                                max_keepalive_connections=lim.max_concurrent),
            follow_redirects=False,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _host_gate(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.limits.per_host)
        return self._hosts[host]

    async def get(self, url: str, etag: str = "", last_modified: str = "",
                  max_bytes: int | None = None) -> Response:
        """GET with retries; raises ``FetchError`` with the reason of the last attempt."""
        if not is_fetchable(url):
            raise FetchError("only http and https addresses can be fetched")
        attempts = self.limits.retries + 1
        for attempt in range(attempts):
            try:
                return await self._attempt(url, etag, last_modified, max_bytes)
            except FetchError as error:
                if not error.transient or attempt == attempts - 1:
                    raise
                await asyncio.sleep(error.wait or self.limits.backoff * (2 ** attempt))
        raise AssertionError("unreachable")

    async def _attempt(self, url: str, etag: str, last_modified: str,
                       max_bytes: int | None) -> Response:
        total = self.limits.total_timeout
        async with self._host_gate(url), self._global:
            try:
                async with asyncio.timeout(total):
                    return await self._follow(url, etag, last_modified, max_bytes)
            except TimeoutError:  # a server that trickled for the whole budget would
                # again: retried, one slow feed held ``add`` and every refresh 3 times as long
                raise FetchError(f"no complete answer within {total:g} s") from None
            except httpx.ConnectTimeout:
                raise FetchError("connection timed out", transient=True) from None
            except httpx.TimeoutException:
                raise FetchError("the server stopped answering (time-out)",
                                 transient=True) from None
            except httpx.DecodingError:
                raise FetchError("the server sent a corrupt compressed answer") from None
            except httpx.TooManyRedirects:
                raise FetchError("too many redirects") from None
            except httpx.InvalidURL as error:
                raise FetchError(f"bad address: {error}") from None
            except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError,
                    httpx.WriteError) as error:
                raise FetchError(f"connection failed: {error or type(error).__name__}",
                                 transient=True) from None
            except httpx.HTTPError as error:
                raise FetchError(f"HTTP error: {error or type(error).__name__}") from None

    async def _follow(self, url: str, etag: str, last_modified: str,
                      max_bytes: int | None) -> Response:
        assert self._client is not None
        headers = {}
        if _sendable(etag):
            headers["If-None-Match"] = etag
        if _sendable(last_modified):
            headers["If-Modified-Since"] = last_modified
        for _hop in range(self.limits.max_redirects + 1):
            request = self._client.build_request("GET", url, headers=headers)
            try:
                response = await self._client.send(request, stream=True)
            except (httpx.InvalidURL, httpx.RemoteProtocolError) as error:
                # httpx parses a redirect's Location before we see it: a "javascript:"
                # or control-laden target failed with its parser's words, not ours
                if isinstance(error, httpx.RemoteProtocolError) and \
                        "location" not in str(error).lower():
                    raise
                raise FetchError(BAD_REDIRECT) from None
            try:
                if response.status_code in REDIRECTS:
                    url = self._next_hop(url, response)
                    continue
                return await self._complete(url, response, max_bytes)
            finally:
                await response.aclose()
        raise FetchError(f"more than {self.limits.max_redirects} redirects (a redirect loop?)")

    @staticmethod
    def _next_hop(url: str, response: httpx.Response) -> str:
        location = response.headers.get("location", "").strip()
        if not location:
            raise FetchError(f"HTTP {response.status_code} redirect without a Location")
        target = urljoin(url, location)
        if not is_fetchable(target):
            scheme = urlsplit(target).scheme or "no scheme"
            raise FetchError(f"redirect to a {scheme}: address refused (only http/https)")
        return target

    async def _complete(self, url: str, response: httpx.Response,
                        max_bytes: int | None) -> Response:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        if status == 304:
            return Response(url, 304, headers)
        if status != 200:
            self._refuse(status, response.reason_phrase, headers)
        cap = max_bytes or self.limits.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"the answer is larger than {_mb(cap)} ({_mb(int(declared))})")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"the answer is larger than {_mb(cap)} (cut off)")
            chunks.append(chunk)
        return Response(url, 200, headers, b"".join(chunks))

    def _refuse(self, status: int, phrase: str, headers: dict[str, str]) -> None:
        phrase = " ".join(str(phrase).split())[:60]
        if status == 410:
            raise FetchError("HTTP 410 Gone: the publisher removed it; remove the feed",
                             gone=True)
        if status in (429, 503):
            wait = retry_after(headers.get("retry-after", ""))
            if wait is not None and wait > self.limits.max_retry_after:
                raise FetchError(f"HTTP {status}: the server asks to wait {wait:.0f} s")
            raise FetchError(f"HTTP {status} {phrase}", transient=True, wait=wait or 0.0)
        if status >= 500:
            raise FetchError(f"HTTP {status} {phrase}", transient=True)
        raise FetchError(f"HTTP {status} {phrase}")
