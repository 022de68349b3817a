"""Downloader middlewares that make newsbot polite where Scrapy's defaults are not.

- :class:`RobotsTxtRFC9309Middleware`: robots.txt answering 5xx, or not answering at all, means
  "disallow everything" (RFC 9309, 2.3.1.4); Scrapy's default treats it as "allow everything".
  Its ``Crawl-delay`` is obeyed (Scrapy reads it and does nothing with it): one request at a time
  to the site, that many seconds apart (see :func:`hold_to_crawl_delay`). The file it fetched is
  handed on (:data:`robots_txt_read`), so that the spider reads its ``Sitemap:`` lines without
  fetching it a second time.
- :class:`RetryAfterMiddleware`: a 429 or 503 with ``Retry-After`` holds the site's download slot
  for that long before the retry; Scrapy retries at once.
- :class:`RepairEncodingMiddleware`: pages whose declared encoding lies are decoded by their bytes.
- :class:`MetaRefreshMiddleware`: Scrapy's, without decoding every page to text to find out that it
  declares no refresh.
"""

from __future__ import annotations

import asyncio
import codecs
import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as ScrapyMetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from newsbot.text.encoding import MIXED, codec_name, detect_encoding, is_utf8, register_mixed_codec

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.core.downloader import Downloader
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.robotstxt import RobotParser

logger = logging.getLogger(__name__)

_DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"

robots_txt_read = object()
"""Signal sent with ``response`` and ``netloc`` when :class:`RobotsTxtRFC9309Middleware` has
fetched the robots.txt of a site (``netloc``) and it answered 200: the spider reads the sitemaps
it names from there (:meth:`newsbot.spiders.base.NewsSpider.robots_txt_read`)."""


class RobotsTxtRFC9309Middleware(RobotsTxtMiddleware):
    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status == 200:
            await self.crawler.signals.send_catch_log_async(signal=robots_txt_read, response=response, netloc=netloc)
        if response.status >= 500:
            logger.error(
                "robots.txt of %s answered %d: treating the site as disallowed (RFC 9309)",
                netloc, response.status,
            )  # fmt: skip
            self._stats.inc_value("newsbot/robots/unreachable")
            response = response.replace(body=_DISALLOW_ALL, status=200)
        await super()._parse_robots(response, netloc, request)
        parser = self._parsers.get(netloc)
        if parser is not None and not isinstance(parser, Deferred):
            self._obey_crawl_delay(parser, request)

    def _obey_crawl_delay(self, parser: RobotParser, request: Request) -> None:
        agent = self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)
        delay = parser.crawl_delay(agent) if agent else None
        host = urlparse_cached(request).hostname
        if not delay or delay <= 0 or not host:
            return
        cap = self.crawler.settings.getfloat("NEWSBOT_CRAWL_DELAY_MAX")
        if delay > cap:
            logger.warning(
                "robots.txt of %s asks for %g s between requests; newsbot waits %g s (NEWSBOT_CRAWL_DELAY_MAX)",
                host, delay, cap,
            )  # fmt: skip
            delay = cap
        assert self.crawler.engine is not None
        hold_to_crawl_delay(self.crawler.engine.downloader, host, delay)
        self._stats.set_value(f"newsbot/robots/crawl_delay/{host}", delay)
        logger.info("robots.txt of %s: Crawl-delay %g s, one request at a time", host, delay)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, IgnoreRequest):
            super()._robots_error(exc, netloc)
            return
        logger.error("robots.txt of %s unreachable (%s): treating the site as disallowed", netloc, exc)
        self._stats.inc_value("newsbot/robots/unreachable")
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        deferred = self._parsers[netloc]
        parser = build_from_crawler(self._parserimpl, self.crawler, _DISALLOW_ALL)
        self._parsers[netloc] = parser
        deferred.callback(parser)  # type: ignore[union-attr]


def hold_to_crawl_delay(downloader: Downloader, key: str, delay: float) -> None:
    """Make the download slot ``key`` (a host) send one request at a time, at least ``delay``
    seconds apart, with no random jitter below it: for the slot as it is, and for a slot made
    for it later (its ``DOWNLOAD_SLOTS`` entry, which
    :class:`newsbot.extensions.throttle.AutoThrottle` keeps the delay from going below)."""
    slot_settings = downloader.per_slot_settings.setdefault(key, {})
    slot_settings.update(
        delay=max(delay, float(slot_settings.get("delay", downloader._delay))), concurrency=1, jitter=0.0
    )
    if slot := downloader.slots.get(key):
        slot.delay, slot.concurrency, slot.jitter = max(slot.delay, delay), 1, 0.0


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Retry 429/503 after the time the server asked for (``NEWSBOT_RETRY_AFTER_MAX`` caps it:
    a longer wait gives up on the request and counts it)."""

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if response.status in (429, 503) and not request.meta.get("dont_retry", False):
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if wait is not None:
                stats = self.crawler.stats
                limit = self.crawler.settings.getfloat("NEWSBOT_RETRY_AFTER_MAX")
                if wait > limit:
                    stats.inc_value("newsbot/retry_after/too_long")
                    logger.warning("%s asks to wait %.0f s (> %.0f s): giving up on it", request.url, wait, limit)
                    return response
                retry = self._retry(request, response_status_message(response.status))
                if retry is None:
                    return response
                self._hold_slot(request, wait)
                stats.inc_value("newsbot/retry_after/honoured")
                logger.info(
                    "%s answered %d: retrying in %.0f s as Retry-After asks", request.url, response.status, wait
                )
                # The slot hold delays this site's other requests; this one waits here.
                await asyncio.sleep(wait)
                return retry
        return super().process_response(request, response)

    def _hold_slot(self, request: Request, wait: float) -> None:
        """Make the next download from this request's slot wait ``wait`` seconds."""
        engine = self.crawler.engine
        if engine is None:
            return
        downloader = engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            # The downloader lets a request go when now - lastseen >= delay.
            slot.lastseen = max(slot.lastseen, time.time() + wait - slot.delay)


def repair_encoding(response: Response) -> tuple[Response, str | None]:
    """Re-decode an HTML response whose declared encoding lies; return it and the reason (or None)."""
    if not isinstance(response, HtmlResponse) or not response.body or b"\x00" in response.body[:1024]:
        return response, None
    if codec_name(response.encoding) == "utf-8" and is_utf8(response.body):
        # What detect_encoding() would choose whatever the page declares: Scrapy took UTF-8 from
        # the same header or meta tag (or found none), and valid UTF-8 is UTF-8. This skips
        # reading the declaration a second time: ~15 µs a page (about 1% of its extraction).
        return response, None
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(response.body)
    choice = detect_encoding(response.body, declared)
    if choice.encoding == MIXED:
        register_mixed_codec()
    if codecs.lookup(choice.encoding).name == codecs.lookup(response.encoding).name:
        return response, None
    return response.replace(encoding=choice.encoding), choice.reason


class RepairEncodingMiddleware:
    """Decode pages by what their bytes are, not by what their headers claim (see
    :mod:`newsbot.text.encoding`); count each repair as ``newsbot/encoding/<reason>``."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RepairEncodingMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        repaired, reason = repair_encoding(response)
        if reason is not None:
            self.crawler.stats.inc_value(f"newsbot/encoding/{reason}")
            logger.warning("Encoding repaired (%s): %s decoded as %s", reason, response.url, repaired.encoding)  # type: ignore[attr-defined]
        return repaired


# Scrapy reads a meta refresh in the first 4,096 characters of the text; in an encoding where ASCII
# is one byte, those are within the first 4 x 4,096 bytes (4 bytes the most a character takes), BOM
# aside.
_REFRESH_SCAN_BYTES = 4 * 4096 + 4


@lru_cache(maxsize=64)
def _ascii_compatible(encoding: str) -> bool:
    try:
        return "refresh".encode(encoding) == b"refresh"
    except (LookupError, UnicodeError):
        return False


def may_declare_refresh(response: HtmlResponse) -> bool:
    """False when ``response`` cannot hold a meta refresh for Scrapy to follow: the word "refresh"
    (any case) is not in the bytes where Scrapy looks for one (the tag's ``http-equiv`` must
    say it, and w3lib finds it only written as such). True when it may, or when the encoding does
    not write ASCII as single bytes (UTF-16): then Scrapy decides."""
    if not _ascii_compatible(response.encoding):
        return True
    # (lower() and "in": 11 µs for those 16 KiB; a case-insensitive pattern takes 76 µs)
    return b"refresh" in response.body[:_REFRESH_SCAN_BYTES].lower()


class MetaRefreshMiddleware(ScrapyMetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects, with a shortcut: Scrapy decodes every HTML response to text
    (and looks for its ``<base>``) to read the first 4,096 characters, where almost no page
    declares a refresh; here a page whose first bytes do not hold the word is passed on as it is,
    and any other goes through Scrapy's own check. Replaces Scrapy's in ``DOWNLOADER_MIDDLEWARES``."""

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if isinstance(response, HtmlResponse) and not may_declare_refresh(response):
            return response
        return super().process_response(request, response)
