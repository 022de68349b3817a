from __future__ import annotations

from newsbot.items import Article
from newsbot.pipelines import CrawlerPipeline


class RequireFieldsPipeline(CrawlerPipeline):
    """Drop a record without a headline or a body: it is not an article we can use."""

    def process_item(self, item: Article) -> Article:
        if not isinstance(item, Article):
            return item
        if not item.headline:
            raise self.drop("missing_headline", item.fetched_url, "no headline on the page")
        if not item.body:
            raise self.drop("empty_body", item.fetched_url, "no article text on the page")
        return item
