"""URLs: one normal form for duplicates, and the rule for what may be fetched.

Two links to the same article differ in many harmless ways: the case of the scheme and
host, a default port, a fragment, a trailing slash, tracking parameters added by
newsletters and social sites, the order of the query. ``normalise_url`` removes those so
the same article found through two feeds is stored once.

An internationalised host has two spellings, ``bücher.example`` and its punycode
``xn--bcher-kva.example``. ``normalise_url`` keeps the one given (it is shown, and an
article's id derives from its link); ``url_key``, what feeds and articles are looked up
by, writes the host in its ASCII (IDNA) form, so both spellings are one feed, one article.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

FETCHABLE_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid",
        "yclid", "igshid", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
        "vero_id", "rb_clickid", "s_cid", "ref_src", "cmpid", "icid", "ncid",
    }
)
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"


def is_fetchable(url: str) -> bool:
    """Only http and https links are fetched or shown as links; never file:, data:..."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in FETCHABLE_SCHEMES and bool(parts.hostname)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith(TRACKING_PREFIXES) or lowered in TRACKING_PARAMS


def _host(parts: object) -> str:
    """Lower-case host, IDNA kept as given, default port dropped, user info kept out."""
    scheme = parts.scheme.lower()  # type: ignore[attr-defined]
    host = (parts.hostname or "").rstrip(".")  # type: ignore[attr-defined]
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port  # type: ignore[attr-defined]
    except ValueError:
        port = None
    if port is not None and DEFAULT_PORTS.get(scheme) != port:
        host = f"{host}:{port}"
    return host


def _path(path: str) -> str:
    """Percent-encoding made uniform; a trailing slash (but not the root) dropped."""
    path = quote(unquote(path), safe=_SAFE_PATH) or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return path


def _ascii_host(host: str) -> str:
    """``host`` (maybe with ``:port``) in its IDNA ASCII form; as given when it has no
    such form (an empty label, a label over 63 characters) or is an IPv6 literal."""
    if host.isascii() or host.startswith("["):
        return host
    name, colon, port = host.partition(":")  # one colon at most: IPv6 was left above
    try:
        return name.encode("idna").decode("ascii") + colon + port
    except UnicodeError:
        return host


def url_key(url: str) -> str:
    """The key an address is stored and looked up by: ``normalise_url`` with the host in
    its ASCII (IDNA) form, so ``bücher.example`` and ``xn--bcher-kva.example`` match.

    >>> url_key("http://Bücher.example/feed")
    'http://xn--bcher-kva.example/feed'
    """
    normal = normalise_url(url)
    parts = urlsplit(normal)
    if parts.scheme not in FETCHABLE_SCHEMES or parts.netloc.isascii():
        return normal
    return urlunsplit(parts._replace(netloc=_ascii_host(parts.netloc)))


def normalise_url(url: str) -> str:
    """The normal form of an http(s) URL; other strings come back stripped, unchanged.

    >>> normalise_url("HTTPS://Example.COM:443/a/?utm_source=x&b=2&a=1#top")
    'https://example.com/a?a=1&b=2'
    """
    raw = url.strip()
    try:
        parts = urlsplit(raw)
    except ValueError:
        return raw
    scheme = parts.scheme.lower()
    if scheme not in FETCHABLE_SCHEMES or not parts.hostname:
        return raw
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _is_tracking(k)]
    query.sort()
    return urlunsplit((scheme, _host(parts), _path(parts.path), urlencode(query), ""))
