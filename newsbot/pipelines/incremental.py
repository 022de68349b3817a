from __future__ import annotations

from datetime import datetime

from scrapy.exceptions import DropItem

from newsbot.extensions.incremental import IncrementalState
from newsbot.items import Article
from newsbot.pipelines import CrawlerPipeline


class ExportChangedOnlyPipeline(CrawlerPipeline):
    """Let through only new articles and changed ones (with the next ``revision``); an article
    whose content is already exported is skipped, and its aliases and dates remembered."""

    crawl_only = True

    def process_item(self, item: Article) -> Article:
        state = self.crawler.get_extension(IncrementalState)
        store = state.store if state is not None else None
        if store is None or not isinstance(item, Article):
            return item
        raw = item.raw or {}
        aliases = sorted({u for u in [*raw.get("redirect_urls", []), item.fetched_url] if u and u != item.url})
        lastmod = _latest(item.published_at, item.modified_at, raw.get("lastmod_hint"))
        known = store.known(item.url)
        if known is not None and known.content_hash == item.content_hash:
            store.touch(item.url, lastmod, aliases)
            self.inc("skipped/unchanged_content")
            raise self.skip(item)
        assert state is not None
        item.revision = known.revision + 1 if known else 1
        if known:
            self.inc("incremental/changed")
        else:
            self.inc("incremental/new")
        store.add_pending(state.run_id, item.url, item.content_hash, item.revision, item.published_at, lastmod, aliases)
        return item

    def skip(self, item: Article) -> Exception:
        return DropItem(f"unchanged since the last export: {item.url}", log_level="DEBUG")


def _latest(*values: str | None) -> datetime | None:
    parsed = [datetime.fromisoformat(v) for v in values if v and "T" in v]
    return max(parsed) if parsed else None
