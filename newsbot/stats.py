"""The crawl's stats collector, and one way to drop something: a clear log line and a
``newsbot/dropped/<reason>`` counter."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.statscollectors import MemoryStatsCollector

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger("newsbot.dropped")

DROP_PREFIX = "newsbot/dropped/"


_TRANSIENT_DROPS = frozenset(["download_error", "truncated_download", "truncated_html", "empty_response",
                              "http_408", "http_429"])  # fmt: skip


def is_transient(reason: str) -> bool:
    """True for a drop reason that another try may well not meet: the network, a server error, a
    page cut off or empty. (A 404, a page that is no article, a redirect away: the page itself.)"""
    return reason in _TRANSIENT_DROPS or reason.startswith("http_5")


def record_drop(crawler: Crawler | None, reason: str, url: str, detail: str = "") -> None:
    """Count a dropped page or item under its reason and log why, once."""
    if crawler is not None and crawler.stats is not None:
        crawler.stats.inc_value(DROP_PREFIX + reason)
    logger.warning("Dropped (%s): %s%s", reason, url, f" — {detail}" if detail else "")


class StatsCollector(MemoryStatsCollector):
    """Scrapy's in-memory stats collector (``STATS_CLASS``), with plain attribute access.

    Scrapy 2.19's collector routes every attribute read through a Python ``__getattribute__``
    (which wraps the methods, to warn about the deprecated ``spider`` argument), and each
    ``inc_value`` reads several attributes, one of them by way of a caught ``AttributeError``:
    1.6 µs a call instead of 0.1. A crawl makes ~60 such calls per response (Scrapy's own
    downloader and scraper stats, and newsbot's counters). The methods still take the ``spider``
    argument; only the deprecation warning for passing it is gone.
    """

    __getattribute__ = object.__getattribute__
