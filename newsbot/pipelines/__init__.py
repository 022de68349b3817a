"""Item pipelines: thin shells, one job each, the logic in :mod:`newsbot.text`.

Order (``ITEM_PIPELINES`` in settings): clean text 100, lead 150, required fields 200, dates 300,
content hash 350, duplicates 360, incremental store 370 (so that a record dropped there costs no
language work), quotes 400, attributions 410, tag-cloud snapshot 800, coverage counters 900,
serializable text 950.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from newsbot.stats import DROP_PREFIX

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class CrawlerPipeline:
    """Base for pipelines that count things in the crawler's stats."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"newsbot/{key}", count)

    def drop(self, reason: str, url: str, detail: str) -> DropItem:
        """Count the drop under ``newsbot/dropped/<reason>``; Scrapy logs the returned DropItem."""
        if self.stats is not None:
            self.stats.inc_value(DROP_PREFIX + reason)
        return DropItem(f"{reason}: {url} — {detail}")
