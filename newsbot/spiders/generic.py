"""Crawl a news site that has no declaration, with the generic extractor.

    scrapy crawl generic -a start_urls=https://example.kz/news/,https://example.kz/politics/
    scrapy crawl generic -a sitemap=https://example.kz/sitemap.xml

From the start pages it follows same-site links (pages that are not articles are dropped as
``not_article``); from a sitemap it takes the listed URLs. Output goes to ``data/generic/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from newsbot.sites.generic import GenericArticlePage
from newsbot.sites.urls import strip_query_param
from newsbot.spiders.base import NewsSpider, SpiderArgumentError

_TRACKING = {"utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "fbclid", "gclid"}
_NOT_ARTICLES = (
    r"/(?:tag|tags|t|author|authors|search|login|register|rss|feed|page|category)/",
    r"\?(?:page|p|start)=",
)


class GenericSpider(NewsSpider):
    name = "generic"
    page_class = GenericArticlePage

    def __init__(self, *args: Any, start_urls: str | None = None, sitemap: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.start_pages = [u.strip() for u in (start_urls or "").split(",") if u.strip()]
        self.sitemaps = [u.strip() for u in (sitemap or "").split(",") if u.strip()]
        if not self.start_pages and not self.sitemaps:
            raise SpiderArgumentError("give -a start_urls=URL[,URL...] or -a sitemap=URL")
        self.hosts = {_host(u) for u in self.start_pages + self.sitemaps}
        self.links = LinkExtractor(deny=_NOT_ARTICLES, deny_extensions=None, unique=True)

    def article_url(self, url: str) -> str | None:  # type: ignore[override]
        if _host(url) not in self.hosts:
            return None
        return strip_query_param(url, _TRACKING)

    def listing_urls(self) -> list[str]:
        return self.start_pages

    def sitemap_urls(self) -> list[str]:
        return self.sitemaps

    def robots_urls(self) -> list[str]:
        """None: the crawl is the start pages' links and the sitemaps given, not the whole site."""
        return []

    def parse_listing(
        self, response: Response, page: int, known_pages: int = 0, listing: str | None = None
    ) -> Iterator[Any]:
        """A start page: every same-site link is a candidate article (start pages are not paginated)."""
        if not isinstance(response, TextResponse):
            return
        self.crawler.stats.inc_value("newsbot/listing/pages")
        links = [link.url for link in self.links.extract_links(response) if _host(link.url) in self.hosts]
        self.crawler.stats.inc_value("newsbot/listing/cards", len(links))
        for url in links:
            if url.rstrip("/") in {p.rstrip("/") for p in self.start_pages}:
                continue
            if request := self.article_request(url):
                yield request

    def tag_cloud_snapshot(self, page: Any) -> Iterator[scrapy.Item]:
        return iter(())


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")
