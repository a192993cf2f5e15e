"""A local HTTP server for library tests: feeds and pages served from 127.0.0.1 only.

Each path is a ``Route`` the test can change while the server runs (edit an article,
stop answering, change the status). Supports ETag/Last-Modified with 304, gzip, redirects,
Retry-After, slow bodies (one byte per ``drip`` seconds) and huge bodies (generated, never
held in memory). ``stopped`` makes every request fail as if the server were gone.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str = ""
    last_modified: str = ""
    gzip: bool = False
    location: str = ""
    drip: float = 0.0
    huge: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0
    fail_first: int = 0


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up early (a size cap, a time-out) is what the tests provoke:
    the server must not print a traceback into the output the tests read."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class FeedServer:
    """The routes, the address, and a log of request headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stopped = False
        self._server = _QuietServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = server.routes.get(self.path.split("#")[0])
            if server.stopped:
                self.close_connection = True
                self.connection.close()
                return
            if route is None:
                return self._reply(404, b"not found", "text/plain")
            route.hits += 1
            if route.fail_first >= route.hits:
                return self._reply(503, b"busy", "text/plain", {"Retry-After": "0"})
            if route.location:
                return self._reply(route.status, b"", "text/plain",
                                   {"Location": route.location})
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                return self._reply(304, b"", route.content_type, {"ETag": route.etag})
            if route.huge:
                return self._huge(route)
            extra = dict(route.headers)
            if route.etag:
                extra["ETag"] = route.etag
            if route.last_modified:
                extra["Last-Modified"] = route.last_modified
            body = route.body
            if route.gzip:
                body = gzip.compress(body)
                extra["Content-Encoding"] = "gzip"
            self._reply(route.status, body, route.content_type, extra, route.drip)

        def _reply(self, status: int, body: bytes, content_type: str,
                   extra: dict[str, str] | None = None, drip: float = 0.0) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                if not drip:
                    self.wfile.write(body)
                    return
                for index in range(len(body)):
                    self.wfile.write(body[index:index + 1])
                    self.wfile.flush()
                    time.sleep(drip)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _huge(self, route: Route) -> None:
            """A body of ``route.huge`` bytes without a length, written until refused."""
            try:
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = b"<item>" + b"x" * 65530
                sent = 0
                while sent < route.huge:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

    return Handler


@contextlib.contextmanager
def serving() -> Iterator[FeedServer]:
    """A running local server, closed at the end (each test module wraps it in a fixture)."""
    server = FeedServer().start()
    try:
        yield server
    finally:
        server.stopped = False
        server.close()


def rss(title: str, items: list[dict[str, str]], link: str = "http://127.0.0.1/") -> str:
    """An RSS 2.0 document; item values are inserted as given (tests write hostile ones)."""
    body = "".join(
        "<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in item.items()) + "</item>"
        for item in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>{link}</link>{body}</channel></rss>")


def long_text(sentence: str, times: int = 20) -> str:
    """A body long enough to count as full text (not a summary): ``sentence`` repeated."""
    return " ".join([sentence] * times)
