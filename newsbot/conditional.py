"""HTTP conditional requests (RFC 9110, section 13): fetch a feed or a sitemap again only if it changed.

A server that sends a validator with a document (``ETag``, ``Last-Modified``) answers a request that
gives it back (``If-None-Match``, ``If-Modified-Since``) with ``304 Not Modified`` and no body while
the document is the same. A scheduled crawl then costs the site a few hundred bytes instead of the
whole feed or sitemap. The client side is :class:`Validators`; :func:`not_modified` is the server's
side, for the replay mirror (:mod:`newsbot.replay`) to answer as such a server does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

# A validator is sent back verbatim in a header: no control characters (a line break would end the
# header), nothing absurdly long.
_SENDABLE_RE = re.compile(r"[\x20-\x7e\x80-\xff]{1,1024}")


@dataclass(frozen=True)
class Validators:
    """The validators a server sent with a document, as sent (``None``: not sent, or unusable)."""

    etag: str | None = None
    last_modified: str | None = None

    @classmethod
    def of(cls, headers: Any) -> Validators | None:
        """The usable validators in ``headers`` (a mapping of names to str or bytes values, or
        Scrapy's ``Headers``), or None when there are none. A ``Last-Modified`` that is no HTTP date,
        or lies in the future, is not used: a server's clock gone wrong would make a later
        ``If-Modified-Since`` hide changes."""
        etag = _header(headers, "ETag")
        last_modified = _header(headers, "Last-Modified")
        if last_modified is not None:
            when = http_date(last_modified)
            if when is None or when > datetime.now(UTC):
                last_modified = None
        if etag is None and last_modified is None:
            return None
        return cls(etag, last_modified)

    def request_headers(self) -> dict[str, str]:
        """The headers that make a request conditional on the document having changed."""
        headers = {}
        if self.etag is not None:
            headers["If-None-Match"] = self.etag
        if self.last_modified is not None:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def not_modified(request_headers: Any, etag: str | None, last_modified: str | None) -> bool:
    """True when a server holding a document with these validators answers a GET with
    ``request_headers`` by 304 (RFC 9110, 13.2.2): ``If-None-Match`` names its entity tag (weak
    comparison, ``*`` for any), or, only when there is no ``If-None-Match``, ``If-Modified-Since``
    is not older than its ``Last-Modified``. Any other case, a malformed date included, is a 200."""
    if_none_match = _header(request_headers, "If-None-Match")
    if if_none_match is not None:
        if if_none_match.strip() == "*":
            return True
        if etag is None:
            return False
        tags = {_weak(tag) for tag in if_none_match.split(",")}
        return _weak(etag) in tags
    if_modified_since = _header(request_headers, "If-Modified-Since")
    if if_modified_since is None or last_modified is None:
        return False
    since, changed = http_date(if_modified_since), http_date(last_modified)
    return since is not None and changed is not None and changed <= since


def http_date(value: str) -> datetime | None:
    """An HTTP date ("Fri, 27 Nov 2026 10:15:00 GMT", or the two obsolete forms) as UTC, or None."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _header(headers: Any, name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    if isinstance(value, list):  # Scrapy's Headers.getlist, or a mirror that kept every value
        value = value[0] if value else None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if _SENDABLE_RE.fullmatch(value) else None


def _weak(tag: str) -> str:
    """An entity tag for the weak comparison: the same opaque tag, weak (``W/``) or not."""
    tag = tag.strip()
    return tag[2:] if tag.startswith("W/") else tag
