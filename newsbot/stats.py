"""One way to drop something: a clear log line and a ``newsbot/dropped/<reason>`` counter."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger("newsbot.dropped")

DROP_PREFIX = "newsbot/dropped/"


def record_drop(crawler: Crawler | None, reason: str, url: str, detail: str = "") -> None:
    """Count a dropped page or item under its reason and log why, once."""
    if crawler is not None and crawler.stats is not None:
        crawler.stats.inc_value(DROP_PREFIX + reason)
    logger.warning("Dropped (%s): %s%s", reason, url, f" — {detail}" if detail else "")
