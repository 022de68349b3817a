from __future__ import annotations

from newsbot.items import Article
from newsbot.pipelines import CrawlerPipeline
from newsbot.text.normalize import is_truncated_copy


class DropLeadCopyPipeline(CrawlerPipeline):
    """Set ``lead`` to null when it is only the CMS's truncated copy of paragraph one."""

    def process_item(self, item: Article) -> Article:
        if isinstance(item, Article) and item.lead:
            first = item.paragraphs[0] if item.paragraphs else None
            if is_truncated_copy(item.lead, first):
                item.lead = None
                self.inc("lead/truncated_copy")
        return item
