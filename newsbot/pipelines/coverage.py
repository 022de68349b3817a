from __future__ import annotations

from newsbot.items import EXPORTED_FIELDS, Article
from newsbot.pipelines import CrawlerPipeline
from newsbot.summary_fields import COVERED_FIELDS


class CountCoveragePipeline(CrawlerPipeline):
    """Count, for the run summary, how many exported articles have each field filled."""

    crawl_only = True

    def process_item(self, item: Article) -> Article:
        if isinstance(item, Article):
            self.inc("coverage/articles")
            for name in COVERED_FIELDS:
                if getattr(item, name) not in (None, "", []):
                    self.inc(f"coverage/{name}")
        return item


assert set(COVERED_FIELDS) <= set(EXPORTED_FIELDS)
