"""Item pipelines: thin shells, one job each, the logic in :mod:`newsbot.text`.

Order (``ITEM_PIPELINES`` in settings): clean text 100, lead 150, required fields 200, dates 300,
content hash 350, duplicates 360, incremental store 370 (so that a record dropped there costs no
language work), quotes 400, attributions 410, tag-cloud snapshot 800, coverage counters 900,
serializable text 950.

Quotes and attributions are pure functions of the article's text (:class:`LanguagePipeline`): in a
crawl on a machine with two cores they run in :mod:`newsbot.language_process`, beside the crawl.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from newsbot.items import Article
from newsbot.language_process import LanguageProcess
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


class LanguagePipeline(CrawlerPipeline):
    """Base for a pipeline whose work is one pure function of an article's text: ``job()`` names
    the function and its arguments, ``done()`` puts the result on the article.

    With a language process (:mod:`newsbot.language_process`) the function runs there and
    ``process_item`` returns an awaitable that Scrapy waits on; without one it runs here and the
    article comes back at once (``newsbot extract``, or ``NEWSBOT_LANGUAGE_PROCESS = False``).
    """

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.language_process = LanguageProcess.for_crawler(crawler)

    def job(self, item: Article) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        raise NotImplementedError

    def done(self, item: Article, result: Any) -> Article:
        raise NotImplementedError

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        function, args = self.job(item)
        if self.language_process is None:
            return self.done(item, function(*args))
        return self._done_later(item, self.language_process.call(function, *args))

    async def _done_later(self, item: Article, result: Awaitable[Any]) -> Article:
        return self.done(item, await result)
