from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbot.items import Article, Quote
from newsbot.pipelines import LanguagePipeline
from newsbot.text.quotes import extract_quotes


class ExtractQuotesPipeline(LanguagePipeline):
    """Find direct quotations and their speakers in the body."""

    def job(self, item: Article) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return extract_quotes, (item.paragraphs, item.language, item.lead)

    def done(self, item: Article, result: list[Quote]) -> Article:
        item.quotes = result
        self.inc("quotes/found", len(result))
        self.inc("quotes/with_speaker", sum(1 for q in result if q.speaker))
        return item
