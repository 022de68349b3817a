from __future__ import annotations

from newsbot.items import Article
from newsbot.pipelines import CrawlerPipeline
from newsbot.text.normalize import content_fingerprint


class HashContentPipeline(CrawlerPipeline):
    """Set ``content_hash`` from the cleaned headline and body."""

    def process_item(self, item: Article) -> Article:
        if isinstance(item, Article):
            item.content_hash = content_fingerprint(item.headline, item.body)
        return item
