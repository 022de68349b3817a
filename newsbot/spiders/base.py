"""A news spider declared by data: where listings, feeds and sitemaps are, and which page class
reads an article. Subclasses set class attributes; the crawling logic is shared.

Arguments (``-a name=value``): ``sections`` (comma list), ``tags`` (comma list of tag aliases whose
tag pages to crawl as well), ``since`` (YYYY-MM-DD: stop paginating a listing once its cards are
older, skip older feed and sitemap entries), ``max_pages`` (listing pages per listing).
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import ResponseDataLossError
from scrapy.http import Response, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure
from w3lib.url import safe_url_string

from newsbot.conditional import Validators
from newsbot.extensions.incremental import IncrementalState
from newsbot.middlewares import RobotsTxtRFC9309Middleware, robots_txt_read
from newsbot.sitemaps import SitemapDocument
from newsbot.sites.base import PAGE_KIND_DETAIL, ArticlePage, unusable_response
from newsbot.sites.markup import compiled_css
from newsbot.sites.urls import link_url
from newsbot.state import WHOLE, covers
from newsbot.stats import is_transient, record_drop
from newsbot.text.dates import is_too_old, parse_date, parse_feed_date, zone

logger = logging.getLogger(__name__)

# The end tag of an RSS (or RDF, Atom) feed, at its end: a feed that has it was not cut off.
_FEED_END_RE = re.compile(rb"</(?:rss|rdf:RDF|feed)\s*>\s*$")


class SpiderArgumentError(ValueError):
    """A spider argument (``-a name=value``) that makes no sense; the message names it."""


class NewsSpider(scrapy.Spider):
    base_url: ClassVar[str]
    sections: ClassVar[list[str]] = []
    page_class: ClassVar[type[ArticlePage]]
    article_url: Callable[[str], str | None]

    # Listing selectors (CSS, parsel's dialect): the cards, then inside a card its link and date,
    # and the next page's link; the last three end in ::attr(name) or ::text.
    listing_cards: ClassVar[str] = ""
    listing_card_link: ClassVar[str] = "a::attr(href)"
    listing_card_date: ClassVar[str] = "time::attr(datetime)"
    listing_next: ClassVar[str] = "a[rel=next]::attr(href)"

    def __init__(
        self,
        *args: Any,
        sections: str | None = None,
        tags: str | None = None,
        since: str | None = None,
        max_pages: str | int | None = None,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        chosen = [s.strip() for s in sections.split(",") if s.strip()] if sections else []
        unknown = [s for s in chosen if s not in self.sections]
        if unknown:
            raise SpiderArgumentError(
                f"-a sections={sections}: unknown {', '.join(unknown)}; known: {', '.join(self.sections)}"
            )
        self.all_sections = not chosen
        self.selected_sections = chosen or list(self.sections)
        self.tags = [t.strip() for t in tags.split(",") if t.strip()] if tags else []
        try:
            self.since: date | None = date.fromisoformat(since) if since else None
        except ValueError:
            raise SpiderArgumentError(f"-a since={since}: not a date (YYYY-MM-DD)") from None
        self.max_pages: int | None = None
        if max_pages not in (None, ""):
            if not str(max_pages).strip().isdigit() or int(max_pages) < 1:
                raise SpiderArgumentError(f"-a max_pages={max_pages}: not a number of pages (1 or more)")
            self.max_pages = int(max_pages)
        self.run_started = datetime.now(UTC)
        self.cloud_taken = False

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.robots_txt_read, signal=robots_txt_read)
        return spider

    @cached_property
    def incremental(self) -> IncrementalState | None:
        """The crawl's incremental store keeper (None with ``NEWSBOT_STATE`` empty): what was
        exported, which sitemaps and listings were read whole, which articles to fetch again."""
        return self.crawler.get_extension(IncrementalState)

    def request_dropped(self, request: scrapy.Request) -> None:
        """A redirect that leads back to a URL of its own chain is a loop; the duplicate filter
        drops it silently, so count and log it here."""
        chain = request.meta.get("redirect_urls") or []
        if request.url in chain:
            record_drop(self.crawler, "redirect_loop", chain[0], " -> ".join([*chain, request.url]))

    # -- what to crawl (overridden by each site) ------------------------------------------------
    def listing_urls(self) -> list[str]:
        return []

    def tag_urls(self) -> list[str]:
        return []

    def feed_urls(self) -> list[str]:
        return []

    def sitemap_urls(self) -> list[str]:
        return []

    def robots_urls(self) -> list[str]:
        """robots.txt files whose ``Sitemap:`` lines name more sitemaps to read (a site may keep
        its sitemaps elsewhere than :meth:`sitemap_urls` expects, or add a news sitemap)."""
        return [f"{self.base_url}/robots.txt"]

    # -- crawling -------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        for url in self.listing_urls() + self.tag_urls():
            yield self._page_request(url, "listing", self.parse_listing, cb_kwargs={"page": 1, "listing": url})
        for url in self.feed_urls():
            yield self._page_request(url, "feed", self.parse_feed)
        for url in self.sitemap_urls():
            yield self._page_request(url, "sitemap", self.parse_sitemap)
        if self.crawler.settings.getbool("NEWSBOT_ROBOTS_SITEMAPS") and not self._robots_middleware_reads_robots():
            # (With the robots.txt check on, the file it fetches is read instead: robots_txt_read.)
            for url in self.robots_urls():
                yield self._page_request(url, "robots.txt", self.parse_robots)
        # Articles earlier runs lost to transient errors, wherever they were found.
        state = self.incremental
        if state is not None:
            for url, lastmod in state.to_retry():
                if not self._in_section(url):
                    continue  # left for a run of every section
                if request := self.article_request(url, lastmod=lastmod):
                    self.crawler.stats.inc_value("newsbot/retry/requested")
                    yield request
                else:  # exported meanwhile and unchanged, or no article address now
                    state.article_reached(url)

    def _page_request(
        self, url: str, kind: str, callback: Callable[..., Any], *, meta: dict[str, Any] | None = None, **kwargs: Any
    ) -> scrapy.Request:
        """A request for a page that leads to articles (``kind``: listing, feed, sitemap,
        robots.txt), whose failure is counted (:meth:`page_failed`). A sitemap may be as large as
        the sitemap protocol allows (``NEWSBOT_SITEMAP_MAXSIZE``), more than an article page."""
        meta = {**(meta or {}), "newsbot_page": kind}
        if kind == "sitemap":
            meta["download_maxsize"] = meta["download_warnsize"] = self.crawler.settings.getint(
                "NEWSBOT_SITEMAP_MAXSIZE"
            )
        headers = {}
        state = self.incremental
        if kind in ("feed", "sitemap") and state is not None and (validators := state.validators_for(url)):
            # Fetched again only if it changed since a run read it whole (see parse_feed, parse_sitemap).
            headers = validators.request_headers()
            meta["handle_httpstatus_list"] = [304]
            meta["newsbot_conditional"] = True
        return scrapy.Request(url, callback=callback, errback=self.page_failed, meta=meta, headers=headers, **kwargs)

    def _not_modified(self, response: Response) -> bool:
        """True (and counted) when a feed or sitemap answered 304 to a conditional request: it is
        the same as when a run read it and dealt with every article it lists, so there is nothing
        new in it."""
        if response.request is not None and response.request.meta.get("newsbot_conditional"):
            # Counted as answered here: the duplicate filter drops a second request for a sitemap
            # that robots.txt names as well.
            self.crawler.stats.inc_value("newsbot/conditional/sent")
        if response.status != 304:
            return False
        self.crawler.stats.inc_value("newsbot/conditional/not_modified")
        logger.info("Not modified since a run read it (304): %s", response.url)
        # Nothing to note: what the store says of it (how far down it was read, with which
        # validators, at which <lastmod> of its index) still holds, and this run read nothing of it.
        return True

    def _document_read(self, response: Response) -> None:
        """The feed or sitemap ``response`` was read to its end: note its validators (see
        :meth:`IncrementalState.document_read`)."""
        state = self.incremental
        if state is not None and response.request is not None:
            state.document_read(_requested_url(response.request), Validators.of(response.headers))

    def parse_listing(
        self, response: Response, page: int, known_pages: int = 0, listing: str | None = None
    ) -> Iterator[Any]:
        """Request the articles of a listing page and its next page. ``known_pages``: how many pages
        in a row before this one held only articles already exported and unchanged (but one);
        ``listing``: the address of the listing's first page, which names the listing."""
        listing = listing or response.url
        if not isinstance(response, TextResponse):
            record_drop(self.crawler, "not_text", response.url, "listing is not text")
            return
        self.crawler.stats.inc_value("newsbot/listing/pages")
        # One parse of the page serves the tag cloud and the links; the links are read with compiled
        # selectors on its tree, as the page classes read articles (parsel's response.css() would
        # parse the page again and compile each selector on every call).
        reader = self.page_class(response, now=datetime.now(UTC))  # (``page`` is the listing's number)
        if not self.cloud_taken:
            yield from self.tag_cloud_snapshot(reader)
        reached_old = False
        root = reader.root
        base = _base_url(root, response)
        cards = compiled_css(self.listing_cards)(root)
        self.crawler.stats.inc_value("newsbot/listing/cards", len(cards))
        new = known = 0
        for card in cards:
            href = _first_string(card, self.listing_card_link)
            if not href:
                continue
            when = self._card_date(_first_string(card, self.listing_card_date))
            if self.since and when and when.date() < self.since:
                reached_old = True
                continue
            url = self._follow(href, base, response.url)
            if url is None:
                continue
            request = self.article_request(url, lastmod=when)
            if request:
                new += 1
                yield request
            elif self.article_url(url) is not None:
                known += 1  # exported before and unchanged
        next_href = _first_string(root, self.listing_next)
        state = self.incremental
        if reached_old:
            # Read down to the run's date: what is newer has been seen (see _enough_known).
            if state is not None and self.since is not None:
                state.listing_ended(listing, down_to=self.since)
            return
        if not next_href:
            # The listing's last page: its whole archive has been seen (see _enough_known).
            if state is not None:
                state.listing_ended(listing)
            return
        if self.max_pages is not None and page >= self.max_pages:
            return
        # A page of known articles, give or take one link that is never exported (a dead link, a
        # page that is not an article): new articles are at the top of a listing, so two such pages
        # in a row mean the rest was read before.
        known_pages = known_pages + 1 if known and new <= 1 else 0
        if self._enough_known(known_pages, listing):
            self.crawler.stats.inc_value("newsbot/listing/stopped_at_known")
            logger.info(
                "Listing %s: %d pages in a row hold only articles exported before; not paginating further",
                response.url,
                known_pages,
            )
            return
        if next_url := self._follow(next_href, base, response.url):
            yield self._page_request(
                next_url,
                "listing",
                self.parse_listing,
                cb_kwargs={"page": page + 1, "known_pages": known_pages, "listing": listing},
            )

    def _enough_known(self, known_pages: int, listing: str) -> bool:
        """True when a listing has shown ``NEWSBOT_LISTING_KNOWN_PAGES`` pages in a row of articles
        exported before (all but at most one a page): its older pages hold nothing new either. Only
        with the incremental store, never with ``max_pages`` set, and only once a run that said OK
        has read the listing as far down as this run goes: to its last page, or, for a run with
        ``since``, at least down to that date. Until then its older pages may never have been read
        (a first crawl of the archive that was killed, or bounded by an earlier date or by
        ``max_pages``), and the run carries on down."""
        limit = self.crawler.settings.getint("NEWSBOT_LISTING_KNOWN_PAGES")
        if limit <= 0 or known_pages < limit or self.max_pages is not None:
            return False
        state = self.incremental
        if state is None or state.store is None:
            return False
        if not covers(state.store.listing_read_down_to(listing), self.since or WHOLE):
            if known_pages == limit:
                self.crawler.stats.inc_value("newsbot/listing/archive_not_read_yet")
                how_far = "to its last page" if self.since is None else f"down to {self.since}"
                logger.info("Listing %s: never read %s; reading on past known articles", listing, how_far)
            return False
        return True

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if self._not_modified(response):
            return
        if not isinstance(response, TextResponse):
            record_drop(self.crawler, "not_text", response.url, "feed is not text")
            return
        feed = XmlResponse(url=response.url, body=response.body, encoding=response.encoding)
        feed.selector.remove_namespaces()
        for item in feed.xpath("//item"):
            link = self._follow(item.xpath("link/text()").get() or "", "", response.url)
            when = parse_feed_date(item.xpath("pubDate/text()").get())
            if link and self._in_section(link) and not self._too_old(when):
                if request := self.article_request(link, lastmod=when):
                    yield request
        if _FEED_END_RE.search(response.body[-256:]):  # not cut off: every item was read
            self._document_read(response)

    def _robots_middleware_reads_robots(self) -> bool:
        """True when newsbot's robots.txt middleware runs (``ROBOTSTXT_OBEY``): it fetches each
        site's robots.txt before the first request to the site, and hands the file on."""
        engine = self.crawler.engine
        middlewares = engine.downloader.middleware.middlewares if engine is not None else ()
        return any(isinstance(middleware, RobotsTxtRFC9309Middleware) for middleware in middlewares)

    def robots_txt_read(self, response: Response, netloc: str) -> None:
        """The robots.txt middleware fetched the robots.txt of ``netloc``: when it is one of
        :meth:`robots_urls`, request the sitemaps it names (:meth:`parse_robots`). A second
        download of the same file only for its ``Sitemap:`` lines cost the site a request a run."""
        if not self.crawler.settings.getbool("NEWSBOT_ROBOTS_SITEMAPS"):
            return
        if netloc not in {urlsplit(url).netloc for url in self.robots_urls()}:
            return
        assert self.crawler.engine is not None
        for request in self.parse_robots(response):
            self.crawler.engine.crawl(request)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """Read the sitemaps a robots.txt declares on its own site (one :meth:`sitemap_urls` gives
        as well is requested once: the duplicate filter keeps one of the two)."""
        host = _site_host(response.url)
        for declared in sitemap_urls_from_robots(response.body):  # absolute, as the directive must be
            url = self._follow(declared, "", response.url)
            if url is None:
                continue
            if _site_host(url) != host:
                logger.info("robots.txt of %s names a sitemap on another site, not read: %s", host, url)
                continue
            self.crawler.stats.inc_value("newsbot/sitemaps/from_robots")
            yield self._page_request(url, "sitemap", self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if self._not_modified(response):
            # The same as when a run read it whole: read at the date its index now gives it, so
            # later runs skip it by that date without asking (and its index may be spared).
            self._sitemap_read(response)
            return
        body = response.body
        try:
            if body[:3] == b"\x1f\x8b\x08":  # a .xml.gz file (served as one, not with Content-Encoding)
                body = gunzip(body, max_size=self.crawler.settings.getint("NEWSBOT_SITEMAP_MAXSIZE"))
        except Exception:  # gzip raises several types on a broken file, Scrapy one on a bomb
            record_drop(self.crawler, "bad_sitemap", response.url, "gzipped sitemap that does not unpack")
            return
        try:
            sitemap = SitemapDocument(body)
        except ValueError:
            record_drop(self.crawler, "bad_sitemap", response.url, "sitemap is not XML")
            return
        if sitemap.kind == "sitemapindex":
            yield from self._sitemaps_of_index(sitemap, response)
            return
        if sitemap.kind != "urlset":
            record_drop(self.crawler, "bad_sitemap", response.url, f"<{sitemap.kind}> document, not a sitemap")
            return
        for entry in sitemap:
            loc = self._follow(entry.loc, "", response.url)
            # A Google News sitemap may give only the publication date.
            when = self._card_date(entry.lastmod) or self._card_date(entry.published)
            if not loc or not self.article_url(loc) or not self._in_section(loc) or self._too_old(when):
                continue
            if request := self.article_request(loc, lastmod=when):
                yield request
        if sitemap.complete:
            self._sitemap_read(response)
            self._document_read(response)

    def _sitemap_read(self, response: Response) -> None:
        """Note the sitemap ``response`` as read whole at the ``<lastmod>`` its index gave it, under
        the address its index gives (the one looked up), not one it redirected to."""
        state = self.incremental
        if state is not None and response.request is not None:
            state.sitemap_read(_requested_url(response.request), response.meta.get("newsbot_sitemap_lastmod"))

    def _sitemaps_of_index(self, index: SitemapDocument, response: Response) -> Iterator[scrapy.Request]:
        """Requests for the sitemaps of a sitemap index, but not for one whose ``<lastmod>`` says it
        holds nothing newer than ``since``, nor (with the incremental store) one that has not
        changed since a run read it whole (see :meth:`IncrementalState.sitemap_unchanged`). An
        index that dates every sitemap it lists is noted as read (:meth:`IncrementalState.index_read`),
        for a later run to fetch it only if it changed."""
        state = self.incremental
        stats = self.crawler.stats
        fetched: list[str] = []
        dated = True
        for entry in index:
            url = self._follow(entry.loc, "", response.url)
            if url is None:
                continue
            stats.inc_value("newsbot/sitemaps/listed")
            when = self._card_date(entry.lastmod)
            dated = dated and when is not None
            if self._too_old(when):
                stats.inc_value("newsbot/sitemaps/skipped_old")
                continue
            if state is not None and state.sitemap_unchanged(url, when):
                stats.inc_value("newsbot/sitemaps/skipped_unchanged")
                continue
            meta = {"newsbot_sitemap_lastmod": when.isoformat() if when else None}
            fetched.append(url)
            yield self._page_request(url, "sitemap", self.parse_sitemap, meta=meta)
        if state is not None and dated and index.complete and response.request is not None:
            state.index_read(_requested_url(response.request), Validators.of(response.headers), fetched)

    def article_request(self, url: str, lastmod: datetime | None = None) -> scrapy.Request | None:
        canonical = self.article_url(url)
        if canonical is None:
            self.crawler.stats.inc_value("newsbot/links/not_article_url")
            return None
        self.crawler.stats.inc_value("newsbot/links/article")
        state = self.incremental
        if state is not None and state.store is not None and not state.store.should_fetch(canonical, lastmod):
            self.crawler.stats.inc_value("newsbot/skipped/unchanged")
            return None
        return scrapy.Request(
            canonical,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={"newsbot_lastmod": lastmod.isoformat() if lastmod else None},
        )

    def parse_article(self, response: Response) -> Iterator[Any]:
        problem = unusable_response(response)
        if problem is not None:
            self._article_lost(response.request, problem[0], response.url, problem[1])
            return
        self._article_reached(response.request)
        assert isinstance(response, TextResponse)
        if response.meta.get("redirect_urls") and self.article_url(response.url) is None:
            record_drop(
                self.crawler, "redirected_away", response.url, f"{response.meta['redirect_urls'][0]} redirects here"
            )
            return
        page = self.page_class(response, now=datetime.now(UTC))
        if not self.cloud_taken:
            yield from self.tag_cloud_snapshot(page)
        kind = page.page_kind()
        if kind != "article":
            record_drop(self.crawler, kind, response.url, PAGE_KIND_DETAIL[kind])
            return
        article = page.to_article()
        for page_problem in page.problems:
            self.crawler.stats.inc_value(f"newsbot/page/{page_problem}")
            logger.warning("Page problem (%s): %s", page_problem, response.url)
        yield article

    def tag_cloud_snapshot(self, page: ArticlePage) -> Iterator[Any]:
        """Yield the site's tag cloud once per crawl, from the first page that shows it."""
        snapshot = page.tag_cloud_snapshot()
        if snapshot is not None:
            self.cloud_taken = True
            yield snapshot

    def article_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        reason, detail = _failure_reason(failure)
        self._article_lost(request, reason, request.url, detail)

    def page_failed(self, failure: Failure) -> None:
        """A listing, feed, sitemap or robots.txt page that could not be fetched: counted and
        logged as a drop, as an article page is (Scrapy only logs an HTTP error at INFO level). A
        site without a sitemap at the address tried is no failure, and robots.txt is the robots
        middleware's to judge (``newsbot/robots/unreachable``): neither is counted."""
        request = failure.request  # type: ignore[attr-defined]
        reason, detail = _failure_reason(failure)
        kind = request.meta.get("newsbot_page", "page")
        if kind == "robots.txt" or (kind == "sitemap" and reason in ("http_404", "http_410")):
            logger.info("No %s read at %s (%s)", kind, request.url, detail)
            return
        record_drop(self.crawler, reason, request.url, f"{kind}: {detail}")

    def _article_lost(self, request: scrapy.Request | None, reason: str, url: str, detail: str) -> None:
        """Drop an article page, counted and logged; one lost to a transient error is noted for the
        next runs to fetch again (:meth:`IncrementalState.article_failed`), any other is done with."""
        record_drop(self.crawler, reason, url, detail)
        if not is_transient(reason):
            self._article_reached(request)
            return
        state = self.incremental
        if state is not None and request is not None:
            state.article_failed(_requested_url(request), request.meta.get("newsbot_lastmod"), reason)

    def _article_reached(self, request: scrapy.Request | None) -> None:
        state = self.incremental
        if state is not None and request is not None:
            state.article_reached(_requested_url(request))

    # -- helpers --------------------------------------------------------------------------------
    def _follow(self, href: str, base: str, found_on: str) -> str | None:
        """The absolute http(s) address of the link ``href`` (relative to ``base``; feeds and
        sitemaps give "", as their links must be absolute), or None, counted and logged, for a
        link that has none. A mistyped link ("https//...", "javascript:...", "https://[host", a
        port that is no number) must not fail the callback that found it: that would lose every
        link after it."""
        if url := link_url(base, href):
            return url
        self.crawler.stats.inc_value("newsbot/links/not_crawlable")
        logger.warning("Link that is no http(s) address on %s, not followed: %r", found_on, href[:200])
        return None

    def _card_date(self, raw: str | None) -> datetime | None:
        if not raw:
            return None
        parsed = parse_date(raw, now=datetime.now(UTC))
        if parsed is None or is_too_old(parsed):  # a CMS's empty date is no date: it must not end a listing
            return None
        value = parsed.value
        if isinstance(value, datetime):
            return value
        return datetime(value.year, value.month, value.day, tzinfo=zone())

    def _too_old(self, when: datetime | None) -> bool:
        return bool(self.since and when and when.date() < self.since)

    def _in_section(self, url: str) -> bool:
        if self.all_sections:
            return True
        return any(f"/{section}/" in url for section in self.selected_sections)


def _failure_reason(failure: Failure) -> tuple[str, str]:
    """The drop reason (``http_<status>``, ``truncated_download`` ...) and the detail of a failed
    request."""
    if failure.check(HttpError):
        status = failure.value.response.status
        return f"http_{status}", f"HTTP {status}"
    message = failure.getErrorMessage()
    if failure.check(ResponseDataLossError):
        return "truncated_download", message
    if "max redirections" in message:
        return "redirect_loop", message
    if "robots.txt" in message:
        return "robots_forbidden", message
    if "max size" in message:
        return "too_large", message
    return "download_error", message


def _site_host(url: str) -> str:
    """The host of ``url`` without a leading "www." (a site's robots.txt and its sitemaps are
    often on the two names of one site)."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _requested_url(request: scrapy.Request) -> str:
    """The address the spider asked for, before any redirect."""
    return str((request.meta.get("redirect_urls") or [request.url])[0])


def _first_string(element: Any, query: str) -> str | None:
    """The first string (attribute value or text) ``query`` selects under ``element``, as parsel's
    ``.css(query).get()`` gives it for a selector ending in ``::attr()`` or ``::text``."""
    found = compiled_css(query)(element)
    return str(found[0]) if found and isinstance(found[0], str) else None


def _base_url(root: Any, response: TextResponse) -> str:
    """What the page's links are relative to: its ``<base href>``, else its URL (as
    ``response.urljoin`` resolves them, from the parsed page rather than the decoded text)."""
    for element in root.iter("base"):
        href = element.get("href")
        if href and href.strip():
            return urljoin(safe_url_string(response.url), safe_url_string(href.strip(), encoding=response.encoding))
    return response.url
