"""The crawl baseline: a bare Scrapy spider that follows the links newsbot follows and yields nothing.

    scrapy runspider benchmarks/bare_spider.py -s NEWSBOT_REPLAY=<mirror> -s BARE_STATS_FILE=stats.json

Run it from a folder without ``scrapy.cfg``: only the settings below apply, none of newsbot's. It asks
for newsbot's start URLs (section listings, /novosti, the RSS feed, the sitemap), follows listing cards
and the next page with the same CSS selectors, the feed's links and the sitemap's article URLs, and
fetches each article without reading it. Downloads go through newsbot's replay handler with the
settings ``replay_at_full_speed`` gives newsbot, so both crawls share the downloader path.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.http import Response

BASE_URL = "https://bestnews.kz"
SECTIONS = ["kazakhstan", "v-mire", "vlast", "dengi", "sport", "chp", "woman"]
# newsbot.sites.bestnews.article_url, inlined: this file must not import newsbot's spider code.
ARTICLE_URL_RE = re.compile(rf"^https?://(?:www\.)?bestnews\.kz/(?:{'|'.join(SECTIONS)})/[^/?#]+/?$")


class BareSpider(scrapy.Spider):
    name = "bare"
    custom_settings = {
        "DOWNLOAD_HANDLERS": {
            "http": "newsbot.replay.ReplayDownloadHandler",
            "https": "newsbot.replay.ReplayDownloadHandler",
        },
        "ROBOTSTXT_OBEY": True,
        # What newsbot.commands.crawl.replay_at_full_speed sets for a replayed newsbot crawl.
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
    }

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # engine_stopped comes after spider_closed, when CoreStats has set elapsed_time_seconds.
        crawler.signals.connect(spider.write_stats, signal=signals.engine_stopped)
        return spider

    def write_stats(self) -> None:
        if path := self.crawler.settings.get("BARE_STATS_FILE"):
            stats = self.crawler.stats.get_stats()
            Path(path).write_text(json.dumps(stats, indent=1, default=str), encoding="utf-8")

    async def start(self) -> AsyncIterator[Any]:
        for url in [f"{BASE_URL}/{s}" for s in SECTIONS] + [f"{BASE_URL}/novosti"]:
            yield scrapy.Request(url, callback=self.parse_listing)
        yield scrapy.Request(f"{BASE_URL}/novosti?format=feed&type=rss", callback=self.parse_feed)
        yield scrapy.Request(f"{BASE_URL}/sitemap.xml", callback=self.parse_sitemap)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        for href in response.css("div.blog-item, article.uk-card[itemprop=blogPost]").css("h2 a::attr(href)").getall():
            yield scrapy.Request(response.urljoin(href), callback=self.parse_article)
        next_href = response.css(
            "ul.uk-pagination a.next::attr(href), ul.uk-pagination li.uk-pagination-next a::attr(href)"
        ).get()
        if next_href:
            yield scrapy.Request(response.urljoin(next_href), callback=self.parse_listing)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        for link in response.xpath("//item/link/text()").getall():
            yield scrapy.Request(link.strip(), callback=self.parse_article)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        for loc in re.findall(rb"<loc>\s*([^<\s]+)\s*</loc>", response.body):
            url = loc.decode()
            if ARTICLE_URL_RE.match(url):
                yield scrapy.Request(url, callback=self.parse_article)

    def parse_article(self, response: Response) -> Iterator[Any]:
        return iter(())
