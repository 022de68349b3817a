"""Sitemaps: the reader (Google News dates kept, a cut-off file told apart, no entities resolved)
and the spider's use of it (dates of news sitemaps, a sitemap index bounded by ``since``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from scrapy.http import XmlResponse
from scrapy.utils.test import get_crawler

from newsbot.sitemaps import SitemapDocument, SitemapEntry
from newsbot.spiders.bestnews import BestnewsSpider
from newsbot.text.dates import zone

URLSET = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
NEWS_ENTRY = (
    "<url><loc>https://bestnews.kz/kazakhstan/104500-novost</loc><news:news>"
    "<news:publication><news:name>Bestnews.kz</news:name><news:language>ru</news:language></news:publication>"
    "<news:publication_date>2026-11-27T09:30:00+05:00</news:publication_date>"
    "<news:title>Новость</news:title></news:news></url>"
)
PLAIN_ENTRY = "<url><loc> https://bestnews.kz/sport/104400-match </loc><lastmod>2026-11-20</lastmod></url>"


def test_entries_keep_lastmod_and_the_news_publication_date() -> None:
    """Scrapy's reader flattens <news:news> to an empty string: a Google News sitemap's only date
    was lost, so every entry looked undated (fetched on every run, never bounded by ``since``)."""
    document = SitemapDocument(
        f"{URLSET}{NEWS_ENTRY}{PLAIN_ENTRY}<url><lastmod>2026-11-20</lastmod></url></urlset>\n".encode()
    )
    assert document.kind == "urlset"
    assert list(document) == [
        SitemapEntry("https://bestnews.kz/kazakhstan/104500-novost", None, "2026-11-27T09:30:00+05:00"),
        SitemapEntry("https://bestnews.kz/sport/104400-match", "2026-11-20", None),
    ]  # the entry without <loc> is none
    assert document.complete


def test_a_cut_off_sitemap_is_read_but_not_complete() -> None:
    """lxml reads a cut-off document without complaint: the reader says whether the root's end tag
    was there, so a sitemap cut off in transit is never noted as read whole."""
    whole = f"{URLSET}{PLAIN_ENTRY}{NEWS_ENTRY}</urlset>".encode()
    cut = SitemapDocument(whole[: whole.index(b"<news:title>")])
    assert [e.loc for e in cut] == [
        "https://bestnews.kz/sport/104400-match",
        "https://bestnews.kz/kazakhstan/104500-novost",
    ]
    assert not cut.complete
    assert SitemapDocument(whole + b"\n\n").complete
    assert not SitemapDocument(b'<?xml version="1.0"?><urlset><url><loc>x</loc></url></sitemapindex>').complete


@pytest.mark.parametrize("body", [b"", b"not xml at all", b"\x00\x01\x02"])
def test_bytes_that_are_no_xml_raise_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        SitemapDocument(body)


def test_entities_are_not_resolved() -> None:
    """An external entity must not be read (a file of the crawling machine in a URL it requests)."""
    body = (
        b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://bestnews.kz/a/1-&x;</loc></url></urlset>'
    )
    locs = [e.loc for e in SitemapDocument(body)]
    assert len(locs) <= 1 and all("/etc" not in loc and "\n" not in loc for loc in locs)


def _spider(**kwargs: str) -> tuple[BestnewsSpider, object]:
    crawler = get_crawler(BestnewsSpider)
    return BestnewsSpider.from_crawler(crawler, **kwargs), crawler


def test_a_news_sitemap_date_is_the_entry_date() -> None:
    spider, _crawler = _spider(since="2026-11-25")
    body = f"{URLSET}{NEWS_ENTRY}{PLAIN_ENTRY}</urlset>".encode()
    requests = list(spider.parse_sitemap(XmlResponse(url="https://bestnews.kz/sitemap-news.xml", body=body)))
    # The news entry is dated 27 November (kept); the plain one 20 November, before ``since``.
    assert [r.url for r in requests] == ["https://bestnews.kz/kazakhstan/104500-novost"]
    assert datetime.fromisoformat(requests[0].meta["newsbot_lastmod"]) == datetime(2026, 11, 27, 9, 30, tzinfo=zone())


def test_an_index_skips_sitemaps_older_than_since() -> None:
    """A sitemap whose <lastmod> is before ``since`` lists nothing changed since: not fetched."""
    spider, crawler = _spider(since="2026-11-01")
    index = (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>https://bestnews.kz/sitemap-2026-10.xml</loc><lastmod>2026-10-31T23:00:00+05:00</lastmod></sitemap>"
        "<sitemap><loc>https://bestnews.kz/sitemap-2026-11.xml</loc><lastmod>2026-11-27T10:00:00+05:00</lastmod></sitemap>"
        "<sitemap><loc>https://bestnews.kz/sitemap-pages.xml</loc></sitemap></sitemapindex>"
    )
    requests = list(spider.parse_sitemap(XmlResponse(url="https://bestnews.kz/sitemap.xml", body=index.encode())))
    assert [r.url for r in requests] == [
        "https://bestnews.kz/sitemap-2026-11.xml",
        "https://bestnews.kz/sitemap-pages.xml",
    ]
    assert requests[0].meta["newsbot_sitemap_lastmod"].startswith("2026-11-27T10:00:00")
    assert requests[1].meta["newsbot_sitemap_lastmod"] is None
    assert crawler.stats.get_value("newsbot/sitemaps/skipped_old") == 1  # type: ignore[attr-defined]
    assert crawler.stats.get_value("newsbot/sitemaps/listed") == 3  # type: ignore[attr-defined]


def test_an_xml_document_that_is_no_sitemap_is_counted() -> None:
    """An RSS feed or an HTML page at the sitemap's address was read as an empty sitemap, silently."""
    spider, crawler = _spider()
    for body in (b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>https://bestnews.kz/a/1-b</link></item></channel></rss>',
                 b"<html><body>Not found</body></html>"):  # fmt: skip
        assert list(spider.parse_sitemap(XmlResponse(url="https://bestnews.kz/sitemap.xml", body=body))) == []
    assert crawler.stats.get_value("newsbot/dropped/bad_sitemap") == 2  # type: ignore[attr-defined]


def test_the_sitemaps_robots_txt_names_on_its_own_site_are_read() -> None:
    spider, crawler = _spider()
    robots = (
        b"User-agent: *\nDisallow: /administrator/\n\n"
        b"Sitemap: https://bestnews.kz/sitemap.xml\n"
        b"sitemap: https://www.bestnews.kz/sitemap-news.xml\n"  # the site's other name
        b"Sitemap: https://cdn.example.com/bestnews/sitemap.xml\n"  # another site's
        b"Sitemap: https//bestnews.kz/broken.xml\n"
    )
    from scrapy.http import TextResponse

    response = TextResponse(url="https://bestnews.kz/robots.txt", body=robots, encoding="utf-8")
    requests = list(spider.parse_robots(response))
    assert [r.url for r in requests] == ["https://bestnews.kz/sitemap.xml", "https://www.bestnews.kz/sitemap-news.xml"]
    assert all(r.callback == spider.parse_sitemap for r in requests)
    assert crawler.stats.get_value("newsbot/sitemaps/from_robots") == 2  # type: ignore[attr-defined]


def test_a_sitemap_robots_txt_names_leads_to_articles_nothing_else_does(tmp_path: Path) -> None:
    """The spider knows a site's sitemap as /sitemap.xml; a site that keeps it elsewhere and says
    so in robots.txt lost every article only the sitemap leads to."""
    import json
    import re
    import shutil

    from tests.conftest import MIRROR, crawl_mirror
    from tests.test_incremental import only_in_sitemap, set_status

    mirror = tmp_path / "mirror"
    shutil.copytree(MIRROR, mirror)
    (mirror / "sitemap-main.xml").write_bytes((mirror / "sitemap.xml").read_bytes())
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    index["https://bestnews.kz/sitemap-main.xml"] = {
        **index["https://bestnews.kz/sitemap.xml"],
        "file": "sitemap-main.xml",
    }
    (mirror / "index.json").write_text(json.dumps(index), encoding="utf-8")
    set_status(mirror, "https://bestnews.kz/sitemap.xml", 404)
    robots = (mirror / "robots.txt").read_text(encoding="utf-8")
    (mirror / "robots.txt").write_text(re.sub(r"Sitemap: \S+", "Sitemap: https://bestnews.kz/sitemap-main.xml", robots))
    hidden = "https://bestnews.kz/vlast/82500-ministr-energetiki-rasskazal-o-tsenakh-na-gaz"
    only_in_sitemap(mirror, hidden)
    run = crawl_mirror(tmp_path, mirror, "-s", "NEWSBOT_STATE=")
    assert run["result"].returncode == 0, run["result"].stderr[-3000:]
    assert hidden in {r["url"] for r in run["records"]}
    assert run["report"]["stats"]["newsbot/sitemaps/from_robots"] == 1
    # The sitemap missing at /sitemap.xml is not counted as dropped (one article 404s in the mirror).
    assert run["report"]["stats"]["newsbot/dropped/http_404"] == 1


def test_reading_the_sitemaps_robots_txt_names_costs_no_request_of_its_own(tmp_path: Path) -> None:
    """The spider fetched robots.txt for its Sitemap: lines while the robots.txt check fetched the
    same file: two downloads a run. Now the check's copy is read (signal robots_txt_read); only
    with the check off (ROBOTSTXT_OBEY=False) does the spider fetch the file itself."""
    from tests.conftest import MIRROR, crawl_mirror

    def run(*args: str) -> dict[str, int]:
        outcome = crawl_mirror(tmp_path, MIRROR, "-s", "NEWSBOT_STATE=", *args)
        assert outcome["result"].returncode == 0, outcome["result"].stderr[-3000:]
        assert len(outcome["records"]) == 42
        stats: dict[str, int] = outcome["report"]["stats"]
        return stats

    reading = run()
    not_reading = run("-s", "NEWSBOT_ROBOTS_SITEMAPS=False")
    assert reading["newsbot/sitemaps/from_robots"] == 1 and reading["robotstxt/request_count"] == 1
    assert "newsbot/sitemaps/from_robots" not in not_reading
    assert reading["downloader/request_count"] == not_reading["downloader/request_count"]
    unchecked = run("-s", "ROBOTSTXT_OBEY=False")
    assert unchecked["newsbot/sitemaps/from_robots"] == 1 and "robotstxt/request_count" not in unchecked
    assert unchecked["downloader/request_count"] == reading["downloader/request_count"]  # its own download


def _mirror_copy(tmp_path: Path) -> Path:
    import shutil

    from tests.conftest import MIRROR

    mirror = tmp_path / "mirror"
    shutil.copytree(MIRROR, mirror)
    return mirror


def test_a_sitemap_may_be_larger_than_a_page(tmp_path: Path) -> None:
    """The sitemap protocol allows 50 MB; DOWNLOAD_MAXSIZE (10 MB, here 9,000 bytes) cut larger
    sitemaps off, and with them every article only they lead to."""
    from tests.conftest import crawl_mirror

    mirror = _mirror_copy(tmp_path)
    assert (mirror / "sitemap.xml").stat().st_size > 9000
    run = crawl_mirror(tmp_path, mirror, "-s", "NEWSBOT_STATE=", "-s", "DOWNLOAD_MAXSIZE=9000")
    stats = run["report"]["stats"]
    # Listings and the feed are over 9,000 bytes: every article link comes from the sitemap.
    assert stats["newsbot/links/article"] >= 40
    assert stats["newsbot/dropped/too_large"] >= 10  # listings and most articles, each counted


def test_a_listing_that_fails_is_counted(tmp_path: Path) -> None:
    """A listing page answering 500 was only logged by Scrapy at INFO level ("Ignoring
    response"): the run summary did not show it."""
    from tests.conftest import crawl_mirror
    from tests.test_incremental import set_status

    mirror = _mirror_copy(tmp_path)
    set_status(mirror, "https://bestnews.kz/sport?start=4", 500)
    run = crawl_mirror(tmp_path, mirror, "-s", "NEWSBOT_STATE=")
    stats = run["report"]["stats"]
    assert stats["newsbot/dropped/http_500"] == 1
    assert "Dropped (http_500): https://bestnews.kz/sport?start=4 — listing: HTTP 500" in run["result"].stderr
    assert "http_500 1" in run["result"].stderr  # in the summary's "dropped" line


def test_which_failed_discovery_pages_count_as_drops() -> None:
    """A listing, a feed or a sitemap that fails is a counted drop; a sitemap missing at the
    address tried is not (a site need not have one there), nor is robots.txt, which the robots
    middleware judges (``newsbot/robots/unreachable``)."""
    from scrapy import Request
    from scrapy.http import Response
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.python.failure import Failure

    spider, crawler = _spider()

    def fail(url: str, kind: str, status: int) -> None:
        request = Request(url, meta={"newsbot_page": kind})
        failure = Failure(HttpError(Response(url, status=status, request=request), "not handled"))
        failure.request = request  # type: ignore[attr-defined]  # as Scrapy sets it on an errback's failure
        spider.page_failed(failure)

    fail("https://bestnews.kz/robots.txt", "robots.txt", 503)
    fail("https://bestnews.kz/sitemap.xml", "sitemap", 404)
    assert not [k for k in crawler.stats.get_stats() if k.startswith("newsbot/dropped/")]  # type: ignore[attr-defined]
    fail("https://bestnews.kz/sitemap-2.xml", "sitemap", 500)
    fail("https://bestnews.kz/sport?start=4", "listing", 404)
    fail("https://bestnews.kz/novosti?format=feed&type=rss", "feed", 502)
    stats = crawler.stats.get_stats()  # type: ignore[attr-defined]
    assert (
        stats["newsbot/dropped/http_500"],
        stats["newsbot/dropped/http_404"],
        stats["newsbot/dropped/http_502"],
    ) == (1, 1, 1)


def test_a_gzipped_sitemap_may_unpack_to_more_than_a_page() -> None:
    import gzip

    from scrapy.http import Response

    crawler = get_crawler(
        BestnewsSpider, settings_dict={"DOWNLOAD_MAXSIZE": 2000, "NEWSBOT_SITEMAP_MAXSIZE": 50 * 2**20}
    )
    spider = BestnewsSpider.from_crawler(crawler)
    entries = "".join(f"<url><loc>https://bestnews.kz/kazakhstan/{n}-novost</loc></url>" for n in range(100, 200))
    xml = f"{URLSET}{entries}</urlset>".encode()
    assert len(xml) > 2000
    response = Response(url="https://bestnews.kz/sitemap-1.xml.gz", body=gzip.compress(xml))
    assert len(list(spider.parse_sitemap(response))) == 100
