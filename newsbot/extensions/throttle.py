"""Scrapy's AutoThrottle, never below a slot's own delay.

AutoThrottle moves each site's delay between ``DOWNLOAD_DELAY`` and ``AUTOTHROTTLE_MAX_DELAY`` by
the latency it sees, and so would undercut a delay set for one site: a ``DOWNLOAD_SLOTS`` entry,
or the ``Crawl-delay`` of the site's robots.txt (see :func:`newsbot.middlewares.hold_to_crawl_delay`).
"""

from __future__ import annotations

from typing import Any

from scrapy.extensions.throttle import AutoThrottle as ScrapyAutoThrottle


class AutoThrottle(ScrapyAutoThrottle):
    def _response_downloaded(self, response: Any, request: Any, spider: Any) -> None:
        super()._response_downloaded(response, request, spider)
        key, slot = self._get_slot(request, spider)
        if key is None or slot is None:
            return
        floor = self.crawler.engine.downloader.per_slot_settings.get(key, {}).get("delay")
        if floor is not None and slot.delay < float(floor):
            slot.delay = float(floor)
