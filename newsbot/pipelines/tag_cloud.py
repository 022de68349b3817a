from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem

from newsbot.extensions.incremental import IncrementalState
from newsbot.items import TagCloudSnapshot
from newsbot.pipelines import CrawlerPipeline


class DropUnchangedCloudPipeline(CrawlerPipeline):
    """Let a tag-cloud snapshot through only when the cloud differs from the last one exported,
    and, with several workers on one store, from one worker only."""

    crawl_only = True

    def __init__(self, crawler: Any):
        super().__init__(crawler)
        self.pending: TagCloudSnapshot | None = None
        crawler.signals.connect(self.feed_slot_closed, signal=signals.feed_slot_closed)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, TagCloudSnapshot):
            return item
        state = self.crawler.get_extension(IncrementalState)
        store = state.store if state is not None else None
        previous = store.snapshot_digest(item.site) if store is not None else None
        if store is not None and previous == item.digest:
            self.inc("tag_cloud/unchanged")
            raise DropItem(f"tag cloud of {item.site} unchanged", log_level="DEBUG")
        if store is not None and not store.claim_snapshot(item.site, previous, item.digest):
            self.inc("tag_cloud/exported_by_another_worker")
            raise DropItem(f"tag cloud of {item.site}: another worker exports this change", log_level="DEBUG")
        self.pending = item
        self.inc("tag_cloud/changed")
        return item

    def feed_slot_closed(self, slot: Any) -> None:
        classes = slot.feed_options.get("item_classes") or []
        if self.pending is None or not any(c in (TagCloudSnapshot, "newsbot.items.TagCloudSnapshot") for c in classes):
            return
        state = self.crawler.get_extension(IncrementalState)
        if state is not None and state.store is not None and getattr(slot.storage, "stored", True):
            state.store.set_snapshot_digest(self.pending.site, self.pending.digest, self.pending.observed_at)
