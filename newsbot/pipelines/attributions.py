from __future__ import annotations

from newsbot.items import Article
from newsbot.pipelines import CrawlerPipeline
from newsbot.text.attributions import extract_attributions


class ExtractAttributionsPipeline(CrawlerPipeline):
    """Find source attributions ("со ссылкой на ...") in the body."""

    def process_item(self, item: Article) -> Article:
        if isinstance(item, Article):
            item.attributions = extract_attributions(item.paragraphs, item.language)
            self.inc("attributions/found", len(item.attributions))
        return item
