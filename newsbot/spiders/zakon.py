"""Crawl Zakon.kz: the section listings, the all-news listing /news/ (pages ?p=N), RSS and sitemap.

The spider only routes; article pages are read by :class:`~newsbot.sites.zakon.ZakonArticlePage`.
"""

from __future__ import annotations

from newsbot.sites import zakon
from newsbot.spiders.base import NewsSpider


class ZakonSpider(NewsSpider):
    name = "zakon"
    allowed_domains = ["zakon.kz"]
    base_url = zakon.BASE_URL
    sections = zakon.SECTIONS
    page_class = zakon.ZakonArticlePage
    article_url = staticmethod(zakon.article_url)

    # Cards: div.newscard > a.newscard_link (title and date inside the link). The "show more"
    # button is a plain link to ?p=N+1 (the script only loads it in place), mirrored by rel=next.
    listing_cards = "div.newscard"
    listing_card_link = "a.newscard_link::attr(href)"
    listing_card_date = ".newscard__date::text"
    listing_next = "a.zknews-more__btn::attr(href), link[rel=next]::attr(href)"

    def listing_urls(self) -> list[str]:
        news = [f"{self.base_url}/news/"] if self.all_sections else []
        return [f"{self.base_url}/{section}/" for section in self.selected_sections] + news

    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/rss/news.xml"]

    def sitemap_urls(self) -> list[str]:
        return [f"{self.base_url}/sitemap.xml"]
