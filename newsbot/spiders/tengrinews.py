"""Crawl Tengrinews.kz: the all-news listing /news/, the section listings (both paginated as
/<listing>/page/<n>/), the RSS feed /news.rss and the sitemap.

The spider only routes; article pages are read by
:class:`~newsbot.sites.tengrinews.TengrinewsArticlePage`.
"""

from __future__ import annotations

from newsbot.sites import tengrinews
from newsbot.spiders.base import NewsSpider


class TengrinewsSpider(NewsSpider):
    name = "tengrinews"
    allowed_domains = ["tengrinews.kz"]
    base_url = tengrinews.BASE_URL
    sections = tengrinews.SECTIONS
    page_class = tengrinews.TengrinewsArticlePage
    article_url = staticmethod(tengrinews.article_url)

    listing_cards = "div.content_main_items div.content_main_item"
    listing_card_link = "span.content_main_item_title a::attr(href)"
    listing_card_date = "div.content_main_item_meta time::attr(datetime)"
    listing_next = "ul.pagination li.pagination_item--next a::attr(href), link[rel=next]::attr(href)"

    def listing_urls(self) -> list[str]:
        return [f"{self.base_url}/{s}/" for s in self.selected_sections] + (
            [f"{self.base_url}/news/"] if self.all_sections else []
        )

    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/news.rss"]

    def sitemap_urls(self) -> list[str]:
        return [f"{self.base_url}/sitemap.xml"]
