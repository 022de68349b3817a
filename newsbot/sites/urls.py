"""URL helpers of the page classes: joining links to the page's URL, and taking query
parameters out, each with a fast path for the common case that is tested against the standard
library's answer (tests/test_page_helpers.py)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# What the fast path of join_url leaves to urljoin: controls and spaces, parameters, fragments,
# backslashes, dot segments, an empty query.
_JOIN_UNSAFE_RE = re.compile(r"[\x00-\x20;#\\]|/\.|\?$")
_ABSOLUTE_RE = re.compile(r"https?://[^/?#\\;@]+(?:/[^?]*)?(?:\?.+)?")
_ORIGIN_RE = re.compile(r"https?://[^/?#\\;@\s]+(?=[/?#]|$)")


def join_url(base: str, url: str) -> str:
    """``urljoin(base, url)``, with a fast path for the two forms page links take: absolute http(s)
    URLs and root-relative paths. Anything else (dot segments, fragments, parameters, spaces,
    relative paths) goes to ``urljoin``; a property test checks that both give the same result."""
    if not _JOIN_UNSAFE_RE.search(url):
        if _ABSOLUTE_RE.fullmatch(url):
            return url
        if url[:1] == "/" and url[1:2] != "/" and (site := origin(base)):
            return site + url
    return urljoin(base, url)


_PLAIN_URL_RE = re.compile(r"https?://[^\x00-\x20?#/][^\x00-\x20?#]*")


def strip_query_param(url: str, names: set[str]) -> str:
    """``url`` without the query parameters ``names`` and without its fragment."""
    if _PLAIN_URL_RE.fullmatch(url):
        return url  # no query, no fragment: nothing to take out (tested against the long way)
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in names]
    return urlunsplit(parts._replace(query=urlencode(query), fragment=""))


def origin(url: str) -> str | None:
    """``scheme://host[:port]`` of an http(s) URL (None for others): what a root-relative link is
    resolved against."""
    m = _ORIGIN_RE.match(url)
    return m.group() if m else None


_PLAIN_HTTP_RE = re.compile(r"https?://[A-Za-z0-9.-]+(?:[/?#][^\x00-\x20]*)?")


def http_url(url: str) -> str | None:
    """``url`` when it is an http(s) URL that urllib can take apart (a host, and a port, if any,
    that is a number in range), else None: "javascript:...", "mailto:...", "https//...",
    "https://[host", "https://site.kz:80a/". Such a link, followed or written in a record, fails
    later: Scrapy refuses the request, urllib raises, an analyst gets an address that is none."""
    if _PLAIN_HTTP_RE.fullmatch(url):
        return url  # a plain host, no port: nothing for urllib to refuse (tested against it)
    try:
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname and (parts.port or 0) >= 0:
            return url  # (.port raises for a port that is no number or out of range)
    except ValueError:  # an invalid IPv6 host, a bad port
        pass
    return None


def link_url(base: str, href: str) -> str | None:
    """The absolute http(s) URL of the link ``href`` on the page at ``base`` (give "" where links
    must be absolute: feeds, sitemaps), or None for a link that has none (see :func:`http_url`)."""
    try:
        return http_url(join_url(base, href.strip()))
    except ValueError:  # urljoin's, on a host it cannot read
        return None
