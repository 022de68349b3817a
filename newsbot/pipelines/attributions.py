from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbot.items import Article, Attribution
from newsbot.pipelines import LanguagePipeline
from newsbot.text.attributions import extract_attributions


class ExtractAttributionsPipeline(LanguagePipeline):
    """Find source attributions ("со ссылкой на ...") in the body."""

    def job(self, item: Article) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return extract_attributions, (item.paragraphs, item.language)

    def done(self, item: Article, result: list[Attribution]) -> Article:
        item.attributions = result
        self.inc("attributions/found", len(result))
        return item
