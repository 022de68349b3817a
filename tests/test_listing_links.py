"""Listing pages are read with compiled selectors on the parsed page (as articles are), not with
parsel's ``response.css()``: every link, date and next-page link must come out as parsel's gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from newsbot.sites.markup import compiled_css, parse_page
from newsbot.sites.urls import join_url
from newsbot.spiders.base import _base_url, _first_string
from newsbot.spiders.bestnews import BestnewsSpider
from newsbot.spiders.nur import NurSpider
from newsbot.spiders.tengrinews import TengrinewsSpider
from newsbot.spiders.zakon import ZakonSpider

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SPIDERS = {"bestnews": BestnewsSpider, "nur": NurSpider, "tengrinews": TengrinewsSpider, "zakon": ZakonSpider}


def _readings(response: HtmlResponse, spider: type) -> tuple[list[tuple[str, str | None]], str | None, list]:
    """(card links and dates, next link) the old way (parsel) and the new way."""
    old_cards = [
        (response.urljoin(card.css(spider.listing_card_link).get()), card.css(spider.listing_card_date).get())
        for card in response.css(spider.listing_cards)
        if card.css(spider.listing_card_link).get()
    ]
    old_next = response.css(spider.listing_next).get()
    root = parse_page(response)
    base = _base_url(root, response)
    new_cards = [
        (join_url(base, href), _first_string(card, spider.listing_card_date))
        for card in compiled_css(spider.listing_cards)(root)
        if (href := _first_string(card, spider.listing_card_link))
    ]
    new_next = _first_string(root, spider.listing_next)
    old = (old_cards, response.urljoin(old_next) if old_next else None)
    new = (new_cards, join_url(base, new_next) if new_next else None)
    return old, new  # type: ignore[return-value]


@pytest.mark.parametrize("site", sorted(SPIDERS))
def test_listing_pages_give_what_parsel_gives(site: str) -> None:
    spider = SPIDERS[site]
    listings = 0
    for path in sorted((FIXTURES / site).rglob("*.html")):
        response = HtmlResponse(url=f"{spider.base_url}/{path.stem}/", body=path.read_bytes())
        old, new = _readings(response, spider)
        assert new == old, path
        listings += bool(old[0])
    assert listings >= 2  # the site's fixtures hold listing pages with cards


def test_a_base_element_moves_the_links_as_in_scrapy() -> None:
    html = (
        '<html><head><base href="https://bestnews.kz/kazakhstan/"></head><body>'
        '<div class="blog-item"><h2><a href="12-novost">Новость</a></h2>'
        '<time datetime="2026-11-27T10:00:00+05:00"></time></div>'
        '<div class="blog-item"><h2><a href="/vlast/13-drugaya">Другая</a></h2></div>'
        '<ul class="uk-pagination"><li><a class="next" href="?start=20">Далее</a></li></ul></body></html>'
    )
    response = HtmlResponse(url="https://bestnews.kz/novosti", body=html.encode(), encoding="utf-8")
    old, new = _readings(response, BestnewsSpider)
    assert new == old
    assert [link for link, _ in new[0]] == [
        "https://bestnews.kz/kazakhstan/12-novost",
        "https://bestnews.kz/vlast/13-drugaya",
    ]
    assert new[1] == "https://bestnews.kz/kazakhstan/?start=20"


def test_a_listing_page_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tag cloud and the links come from one parse of the page, parsel's selector never built."""
    from lxml import etree
    from scrapy.http import TextResponse
    from scrapy.utils.test import get_crawler

    parses = []
    real_parse = etree.fromstring  # what newsbot.sites.markup.parse_page parses with
    monkeypatch.setattr(etree, "fromstring", lambda *args, **kwargs: parses.append(1) or real_parse(*args, **kwargs))
    monkeypatch.setattr(TextResponse, "selector", property(lambda self: pytest.fail("parsel parsed the page")))
    spider = BestnewsSpider.from_crawler(get_crawler(BestnewsSpider))
    body = (FIXTURES / "bestnews" / "listing-chp.html").read_bytes()
    response = HtmlResponse(url="https://bestnews.kz/chp", body=body, encoding="utf-8")
    output = list(spider.parse_listing(response, page=1))
    assert parses == [1]
    assert sum(1 for o in output if type(o).__name__ == "TagCloudSnapshot") == 1  # the cloud, from that parse
    assert sum(1 for o in output if getattr(o, "callback", None) == spider.parse_article) == 4  # its 4 cards


def test_a_card_with_a_cms_empty_date_does_not_end_a_listing_bounded_by_date() -> None:
    """With ``since``, a card older than it ends the walk down a listing; a card dated with the
    Unix epoch (a CMS's empty date) has no date, so the cards and the pages after it are still read."""
    from scrapy.utils.test import get_crawler

    spider = BestnewsSpider.from_crawler(get_crawler(BestnewsSpider), since="2026-01-01")
    html = (
        '<html><body class="com-content view-category">'
        '<div class="blog-item"><h2><a href="/kazakhstan/12-novost">Новость</a></h2>'
        '<time datetime="1970-01-01T00:00:00+00:00">01.01.1970</time></div>'
        '<div class="blog-item"><h2><a href="/kazakhstan/13-drugaya">Другая</a></h2>'
        '<time datetime="2026-11-27T10:00:00+05:00">27.11.2026, 10:00</time></div>'
        '<ul class="uk-pagination"><li><a class="next" href="/kazakhstan?start=20">Далее</a></li></ul></body></html>'
    )
    response = HtmlResponse(url="https://bestnews.kz/kazakhstan", body=html.encode(), encoding="utf-8")
    requests = [o for o in spider.parse_listing(response, page=1) if hasattr(o, "url")]
    assert [r.url for r in requests] == [
        "https://bestnews.kz/kazakhstan/12-novost",
        "https://bestnews.kz/kazakhstan/13-drugaya",
        "https://bestnews.kz/kazakhstan?start=20",
    ]
    assert requests[0].meta["newsbot_lastmod"] is None


def test_a_link_that_is_no_http_address_is_counted_not_a_failed_callback() -> None:
    """A mistyped address in a sitemap index, a script link as the next page, a card link with a
    broken host or port raised in the callback (Scrapy refuses such a Request; urllib such a
    host), which lost every link after it."""
    from scrapy.http import XmlResponse
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(BestnewsSpider)
    spider = BestnewsSpider.from_crawler(crawler)
    index = (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>https//bestnews.kz/sitemap-1.xml</loc></sitemap>"
        "<sitemap><loc>https://bestnews.kz/sitemap-2.xml</loc></sitemap></sitemapindex>"
    )
    response = XmlResponse(url="https://bestnews.kz/sitemap.xml", body=index.encode())
    assert [r.url for r in spider.parse_sitemap(response)] == ["https://bestnews.kz/sitemap-2.xml"]
    listing = (
        '<html><body class="com-content view-category">'
        '<div class="blog-item"><h2><a href="https://[bestnews.kz/kazakhstan/10-a?x=1">Новость</a></h2></div>'
        '<div class="blog-item"><h2><a href="https://bestnews.kz:80a/kazakhstan/11-b?x=1">Новость</a></h2></div>'
        '<div class="blog-item"><h2><a href="/kazakhstan/12-novost">Новость</a></h2></div>'
        '<ul class="uk-pagination"><li><a class="next" href="javascript:void(0)">Далее</a></li></ul></body></html>'
    )
    response = HtmlResponse(url="https://bestnews.kz/kazakhstan", body=listing.encode(), encoding="utf-8")
    requests = [o for o in spider.parse_listing(response, page=1) if hasattr(o, "url")]
    assert [r.url for r in requests] == ["https://bestnews.kz/kazakhstan/12-novost"]
    assert crawler.stats.get_value("newsbot/links/not_crawlable") == 4


def test_a_gzipped_sitemap_is_read() -> None:
    """Sitemap indexes point to .xml.gz files, served as files (no Content-Encoding): they were
    dropped as "not XML". A gzip that does not unpack is still a bad sitemap, counted."""
    import gzip

    from scrapy.http import Response
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(BestnewsSpider)
    spider = BestnewsSpider.from_crawler(crawler)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://bestnews.kz/kazakhstan/12-novost</loc><lastmod>2026-11-27</lastmod></url></urlset>"
    )
    url = "https://bestnews.kz/sitemap-1.xml.gz"
    response = Response(url=url, body=gzip.compress(xml.encode()), headers={"Content-Type": "application/x-gzip"})
    assert [r.url for r in spider.parse_sitemap(response)] == ["https://bestnews.kz/kazakhstan/12-novost"]
    assert list(spider.parse_sitemap(Response(url=url, body=gzip.compress(xml.encode())[:12]))) == []
    assert crawler.stats.get_value("newsbot/dropped/bad_sitemap") == 1
