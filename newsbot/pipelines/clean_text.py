from __future__ import annotations

from newsbot.items import Article, CloudTag, Image, Tag
from newsbot.pipelines import CrawlerPipeline
from newsbot.text.normalize import clean_optional, clean_text, split_credit


class CleanTextPipeline(CrawlerPipeline):
    """Normalize every text field (NFC, spaces, invisible and control characters) and split
    image credits off captions; rebuild ``body`` from the cleaned paragraphs."""

    def process_item(self, item: Article) -> Article:
        if not isinstance(item, Article):
            return item
        item.headline = clean_text(item.headline)
        item.lead = clean_optional(item.lead)
        item.paragraphs = [p for p in (clean_text(p) for p in item.paragraphs) if p]
        item.body = "\n\n".join(item.paragraphs)
        item.published_at_raw = clean_optional(item.published_at_raw)
        item.authors = [a for a in (clean_text(a) for a in item.authors) if a]
        item.section = clean_optional(item.section)
        item.images = [_clean_image(i) for i in item.images]
        item.tags = [t if n == t.name else Tag(n, t.url) for t in item.tags if (n := clean_text(t.name))]
        item.tag_cloud = [
            c if n == c.name else CloudTag(n, c.count, c.url) for c in item.tag_cloud if (n := clean_text(c.name))
        ]
        return item


def _clean_image(image: Image) -> Image:
    caption, credit = split_credit(image.caption)
    return Image(url=image.url, caption=caption, credit=image.credit or credit)
