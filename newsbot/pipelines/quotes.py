from __future__ import annotations

from newsbot.items import Article
from newsbot.pipelines import CrawlerPipeline
from newsbot.text.quotes import extract_quotes


class ExtractQuotesPipeline(CrawlerPipeline):
    """Find direct quotations and their speakers in the body."""

    def process_item(self, item: Article) -> Article:
        if isinstance(item, Article):
            item.quotes = extract_quotes(item.paragraphs, item.language, item.lead)
            self.inc("quotes/found", len(item.quotes))
            self.inc("quotes/with_speaker", sum(1 for q in item.quotes if q.speaker))
        return item
