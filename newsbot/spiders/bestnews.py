"""Crawl Bestnews.kz: section listings (with pagination), /novosti, the RSS feed and the sitemap.

The spider only routes: listing pages give article links and the next page; article pages are
handed to :class:`~newsbot.sites.bestnews.BestnewsArticlePage`.
"""

from __future__ import annotations

from newsbot.sites import bestnews
from newsbot.spiders.base import NewsSpider


class BestnewsSpider(NewsSpider):
    name = "bestnews"
    allowed_domains = ["bestnews.kz"]
    base_url = bestnews.BASE_URL
    sections = bestnews.SECTIONS
    page_class = bestnews.BestnewsArticlePage
    article_url = staticmethod(bestnews.article_url)

    # Listing markup: section pages (div.blog-item) and tag pages (article.uk-card), in the 2023
    # template and the 2026 one, which keeps the same classes.
    listing_cards = "div.blog-item, article.uk-card[itemprop=blogPost]"
    listing_card_link = "h2 a::attr(href)"
    listing_card_date = "time::attr(datetime)"
    listing_next = "ul.uk-pagination a.next::attr(href), ul.uk-pagination li.uk-pagination-next a::attr(href)"

    def listing_urls(self) -> list[str]:
        return [f"{self.base_url}/{section}" for section in self.selected_sections] + (
            [f"{self.base_url}/novosti"] if self.all_sections else []
        )

    def tag_urls(self) -> list[str]:
        return [f"{self.base_url}/t/{alias}" for alias in self.tags]

    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/novosti?format=feed&type=rss"]

    def sitemap_urls(self) -> list[str]:
        return [f"{self.base_url}/sitemap.xml"]
