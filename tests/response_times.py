"""Test only: the moment of every response a crawl receives, one ``<time> <url>`` line each,
appended to the file ``NEWSBOT_TEST_RESPONSE_TIMES`` names (several processes may share it).
Added as a spider middleware, a setting newsbot leaves empty (``EXTENSIONS`` given with ``-s``
would replace newsbot's): ``-s SPIDER_MIDDLEWARES={"tests.response_times.ResponseTimes": 0}``."""

from __future__ import annotations

import time
from typing import Any

from scrapy import signals


class ResponseTimes:
    def __init__(self, path: str):
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Any) -> ResponseTimes:
        extension = cls(crawler.settings.get("NEWSBOT_TEST_RESPONSE_TIMES"))
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        return extension

    def response_received(self, response: Any, request: Any, spider: Any) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:  # one short write: lines do not mix
            fh.write(f"{time.time():.6f} {request.url}\n")
