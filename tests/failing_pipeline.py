"""Pipelines that break one article, for the run summary's tests (a bug, as a crawl would meet
it): added with ``-s ITEM_PIPELINES_BASE={"tests.failing_pipeline.FailOnOne": 950}``."""

from __future__ import annotations

from typing import Any

FAILING_URL = "https://bestnews.kz/kazakhstan/98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra"


class FailOnOne:
    def process_item(self, item: Any) -> Any:
        if getattr(item, "url", None) == FAILING_URL:
            raise RuntimeError("a bug in a pipeline")
        return item


class UnexportableOne:
    """Leaves a value in one record that the feed cannot write (after the serializable check)."""

    def process_item(self, item: Any) -> Any:
        if getattr(item, "url", None) == FAILING_URL:
            item.section = object()
        return item
