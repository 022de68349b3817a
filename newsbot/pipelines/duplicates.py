from __future__ import annotations

from newsbot.items import Article
from newsbot.pipelines import CrawlerPipeline


class DropDuplicatesPipeline(CrawlerPipeline):
    """One record per canonical URL in a run (an AMP page and its normal page are one article)."""

    crawl_only = True

    def __init__(self, crawler):  # type: ignore[no-untyped-def]
        super().__init__(crawler)
        self.seen: set[str] = set()

    def process_item(self, item: Article) -> Article:
        if isinstance(item, Article):
            if item.url in self.seen:
                raise self.drop("duplicate", item.fetched_url, f"same article as {item.url}")
            self.seen.add(item.url)
        return item
