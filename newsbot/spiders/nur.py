"""Crawl NUR.KZ: section listings and /latest/ (paged with ``?page=N``), the RSS feed and the sitemap.

The spider only routes: listing pages give article links and the next page; article pages are
handed to :class:`~newsbot.sites.nur.NurArticlePage`.
"""

from __future__ import annotations

from newsbot.sites import nur
from newsbot.spiders.base import NewsSpider


class NurSpider(NewsSpider):
    name = "nur"
    allowed_domains = ["nur.kz"]
    base_url = nur.BASE_URL
    sections = nur.SECTIONS
    page_class = nur.NurArticlePage
    article_url = staticmethod(nur.article_url)

    # Listing pages (/latest/ and /<section>/): cards article.article-preview-category. The
    # "Показать ещё" button loads more by script; the next page is in <link rel="next">, with the
    # button's own href as a fallback.
    listing_cards = "article.article-preview-category"
    listing_card_link = "a.article-preview-category__content::attr(href)"
    listing_card_date = "time::attr(datetime)"
    listing_next = "link[rel=next]::attr(href), a.load-more::attr(href)"

    def listing_urls(self) -> list[str]:
        latest = [f"{self.base_url}/latest/"] if self.all_sections else []
        return [f"{self.base_url}/{section}/" for section in self.selected_sections] + latest

    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/rss/all.xml"]

    def sitemap_urls(self) -> list[str]:
        return [f"{self.base_url}/sitemap.xml"]
