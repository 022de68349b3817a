"""Open the incremental store for a crawl, commit the run once its feed is on disk, and remember
which sitemaps of a sitemap index a run read whole (and the validators of feeds and sitemaps, for
conditional requests) and which listings it read to their end."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from newsbot.conditional import Validators
from newsbot.distributed import RedisArticleStore
from newsbot.extensions.summary import RunSummary
from newsbot.feeds import feed_storing, feeds_articles, local_feed_path, remove_stale_parts, uri_params
from newsbot.state import WHOLE, ArticleStore, StoreLocked, StoreUnreadable, records_in, set_aside

logger = logging.getLogger(__name__)


class IncrementalState:
    """Holds the :class:`~newsbot.state.ArticleStore` of the running crawl (``NEWSBOT_STATE``;
    empty disables incremental crawling)."""

    def __init__(self, crawler: Crawler, path: Path):
        self.crawler = crawler
        self.path = path
        self.store: ArticleStore | RedisArticleStore | None = None
        self.run_id = ""
        self.committed = False
        self.sitemaps: dict[str, datetime] = {}
        """Sitemaps read whole this run, with the ``<lastmod>`` their index gave them."""
        self.documents: dict[str, Validators | None] = {}
        """Feeds and sitemaps read to their end this run, with their validators."""
        self.indexes: dict[str, tuple[Validators, list[str]]] = {}
        """Sitemap indexes read this run that give every sitemap they list a ``<lastmod>``, with
        their validators and the sitemaps this run fetched from them (see :meth:`index_read`)."""
        self.listings: dict[str, date] = {}
        """Listings (their first pages' addresses) read this run to their last page (:data:`WHOLE`),
        or down to the run's ``since``."""
        self.retrying: set[str] = set()
        """Articles lost to transient errors in earlier runs that this run requests again."""
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.feed_storing, signal=feed_storing)
        crawler.signals.connect(self.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalState:
        template = crawler.settings.get("NEWSBOT_STATE")
        if not template:
            raise NotConfigured("NEWSBOT_STATE is empty: every run exports every article")
        assert crawler.spidercls is not None
        return cls(crawler, Path(template % {"name": crawler.spidercls.name}))

    def open_store(self, spider_name: str) -> ArticleStore | RedisArticleStore:
        """The SQLite store, or the Redis one that all workers share when ``REDIS_URL`` is set."""
        if self.crawler.settings.get("REDIS_URL"):
            from scrapy_redis.connection import from_settings

            return RedisArticleStore(from_settings(self.crawler.settings), spider_name)
        return ArticleStore(self.path)

    def spider_opened(self, spider: Any) -> None:
        started: datetime = getattr(spider, "run_started", datetime.now(UTC))
        self.run_id = f"{spider.name}-{started.strftime('%Y%m%dT%H%M%S%f')}"
        try:
            self.store = self._open(spider, started)
        except StoreLocked as exc:
            self._stop("store_locked", f"{exc}; stopping this run")
        except Exception as exc:  # a path that cannot be made, a file that cannot be written ...
            # Without its store a run would export every article again, and say OK: it stops.
            self._stop(
                "store_unavailable", f"Incremental store {self.path} cannot be used ({exc!r}); stopping this run"
            )

    def _stop(self, reason: str, message: str) -> None:
        logger.error(message)
        self.crawler.stats.set_value(f"newsbot/failure/{reason}", 1)
        assert self.crawler.engine is not None
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def _open(self, spider: Any, started: datetime) -> ArticleStore | RedisArticleStore:
        """The store, locked for this run, with killed runs recovered and this one registered."""
        outputs = self._output_paths(spider)
        try:
            store = self.open_store(spider.name)
            rebuild_from: list[Path] = []
        except StoreUnreadable as exc:
            # Without a store the crawl would export every article again, on every run: the
            # damaged file is set aside, and a new store is filled from the output files.
            moved = set_aside(self.path)
            logger.error("Incremental store unreadable (%s); moved to %s, rebuilt from the output files", exc, moved)
            self.crawler.stats.set_value("newsbot/state/unreadable", 1)
            store = ArticleStore(self.path)
            rebuild_from = sorted({p for o in outputs for p in Path(o).parent.glob("*.jsonl")})
        try:
            store.lock()
            for output in outputs:
                for part in remove_stale_parts(Path(output).parent):
                    logger.warning("Removed the unfinished output of a killed run: %s", part)
            if rebuild_from:
                assert isinstance(store, ArticleStore)  # only a SQLite store is set aside
                known = store.rebuild(rebuild_from)
                self.crawler.stats.set_value("newsbot/state/rebuilt", known)
                logger.warning(
                    "Incremental store rebuilt: %d articles known from %d output files", known, len(rebuild_from)
                )
            recovered = store.begin_run(self.run_id, started, outputs)
        except BaseException:
            store.close()  # and with it the lock, if it was taken
            raise
        if recovered:
            self.crawler.stats.set_value("newsbot/state/recovered", recovered)
        self.crawler.stats.set_value("newsbot/state/known_articles", store.count())
        logger.info("Incremental store %s: %d articles known", store.path, store.count())
        return store

    def _output_paths(self, spider: Any) -> list[str]:
        params = uri_params({"name": spider.name}, spider)
        paths = []
        for template, options in self.crawler.settings.getdict("FEEDS").items():
            if feeds_articles(options or {}) and (path := local_feed_path(template, params)) is not None:
                paths.append(path)
        return paths

    def feed_storing(self, storage: Any) -> None:
        if self.store is not None and feeds_articles(storage.feed_options):
            self.store.storing(self.run_id)

    def feed_slot_closed(self, slot: Any) -> None:
        if self.store is None or not feeds_articles(slot.feed_options):
            return
        if not getattr(slot.storage, "stored", True):
            logger.error("Feed %s was not stored: this run's articles stay unexported", slot.uri)
            return
        written = None
        if self.crawler.stats.get_value("newsbot/failure/signal_handler_error") and hasattr(slot.storage, "path"):
            # The feed's export of a record runs in a signal handler, and one failed this run: only
            # what the file holds counts as exported, the rest is fetched again next run.
            written = records_in(Path(slot.storage.path))
        count = self.store.commit_run(self.run_id, written)
        self.committed = True
        logger.info("Incremental store: %d articles marked exported (%s)", count, slot.uri)

    # -- sitemaps of a sitemap index ----------------------------------------------------------
    def sitemap_unchanged(self, url: str, lastmod: datetime | None) -> bool:
        """True when the sitemap ``url``, which its index says last changed at ``lastmod``, was read
        (whole, or at least down to this run's ``since``) by a run that ended well (see
        :meth:`_remember_sitemaps`) and has not changed since: every article it lists was exported
        or found unchanged then, so a scheduled run need not fetch it again (a sitemap index of a
        news site lists hundreds, one a month or a day).
        ``NEWSBOT_SITEMAP_SKIP_UNCHANGED=False`` reads them all every run."""
        if lastmod is None or self.store is None:
            return False
        if not self.crawler.settings.getbool("NEWSBOT_SITEMAP_SKIP_UNCHANGED"):
            return False
        read = self.store.sitemap_lastmod(url, self._depth())
        return read is not None and lastmod <= read

    def sitemap_read(self, url: str, lastmod: str | None) -> None:
        """The sitemap ``url`` was read to its end; ``lastmod`` (ISO text) is its index's date for it."""
        if lastmod:
            self.sitemaps[url] = datetime.fromisoformat(lastmod)

    def _remember_sitemaps(self, why: str | None) -> None:
        """Note the sitemaps this run read whole, unless ``why`` says why not (see
        :meth:`_why_reads_not_kept`)."""
        if not self.sitemaps or self.store is None:
            return
        if why:
            logger.info("The %d sitemaps read this run are not noted as read: %s", len(self.sitemaps), why)
            return
        self.store.remember_sitemaps(self.sitemaps, self._depth())
        self.crawler.stats.set_value("newsbot/sitemaps/remembered", len(self.sitemaps))

    def _why_reads_not_kept(self, spider: Any, unfinished: str | None) -> str | None:
        """Why this run's reading of its sitemaps and feeds may not spare later runs reading them,
        or None when it may: every article they listed was dealt with. The run said OK
        (``unfinished`` is None, see :meth:`_unfinished`), followed every entry newer than its
        ``since`` (no choice of sections; what it read is noted as read down to that date, see
        :meth:`_depth`), and its records were stored. (An article lost to a transient error, a
        timeout or a 5xx, is on the retry list: the next runs fetch it without its sitemap or feed.)"""
        assert self.store is not None
        return (
            unfinished
            or ("the run did not follow every entry (sections)" if not spider.all_sections else None)
            or ("the run's records were not stored" if not self.store.settled(self.run_id) else None)
        )

    # -- conditional requests for feeds and sitemaps --------------------------------------------
    def validators_for(self, url: str) -> Validators | None:
        """The validators to make the request for the feed or sitemap ``url`` conditional, or None:
        those it was served with when a run read it (whole, or down to this run's ``since`` or
        further) and dealt with every article it listed (see :meth:`_remember_documents`). A 304
        then means it lists nothing that run did not deal with. None with
        ``NEWSBOT_CONDITIONAL_REQUESTS=False``, and when recording a mirror (``NEWSBOT_RECORD``),
        which must hold every document's body."""
        settings = self.crawler.settings
        if self.store is None or not settings.getbool("NEWSBOT_CONDITIONAL_REQUESTS") or settings.get("NEWSBOT_RECORD"):
            return None
        return self.store.validators(url, self._depth())

    def _depth(self) -> date:
        """How far down this run reads feeds, sitemaps and listings: to its ``since`` date, else
        all of them (:data:`WHOLE`). A later run may skip only what an earlier one read as far."""
        since = getattr(self.crawler.spider, "since", None)
        return since if isinstance(since, date) else WHOLE

    def document_read(self, url: str, validators: Validators | None) -> None:
        """The feed or sitemap requested as ``url`` was read to its end; ``validators`` are those it
        came with (None: none)."""
        self.documents[url] = validators

    def index_read(self, url: str, validators: Validators | None, fetched: list[str]) -> None:
        """The sitemap index requested as ``url``, which gives every sitemap it lists a
        ``<lastmod>``, was read to its end; ``fetched``: the sitemaps requested from it (the others
        were skipped as unchanged or older than ``since``). Its validators are kept as a feed's are
        once each of those was read whole (:meth:`_settle_indexes`): an unchanged index then lists
        only sitemaps unchanged since runs read them, and its 304 spares every one of them."""
        if validators is not None:
            self.indexes[url] = (validators, fetched)

    def _settle_indexes(self) -> None:
        """Count each sitemap index whose fetched sitemaps were all read whole as read, with its
        validators (see :meth:`index_read`); one whose sitemap failed, or was cut short, is not."""
        for url, (validators, fetched) in self.indexes.items():
            if all(sitemap in self.sitemaps for sitemap in fetched):
                self.documents[url] = validators
            else:
                logger.info("The validators of sitemap index %s are not kept: not every sitemap it lists was read", url)

    def _remember_documents(self, why: str | None) -> None:
        """Keep the validators of the feeds and sitemaps read this run, under the same condition as
        the sitemaps read whole (``why`` says why not, see :meth:`_why_reads_not_kept`): a later
        run's 304 must not hide an article this run left undone (it was killed, say, after reading
        the feed)."""
        if not self.documents or self.store is None:
            return
        if why:
            logger.info("The validators of %d feeds and sitemaps are not kept: %s", len(self.documents), why)
            return
        self.store.remember_validators(self.documents, self._depth())
        kept = sum(1 for validators in self.documents.values() if validators is not None)
        self.crawler.stats.set_value("newsbot/conditional/remembered", kept)

    def _unfinished(self, reason: str) -> str | None:
        """Why the run may have left work undone, or None: any failure the run summary finds
        (:meth:`newsbot.extensions.summary.RunSummary.verdict`: spider or pipeline errors, a
        feed not stored, a finish reason other than "finished", a field's coverage below its
        floor, ...), so that only a run that says OK lets later runs skip what it read."""
        summary = self.crawler.get_extension(RunSummary)
        if summary is None:  # the summary turned off: the finish reason alone
            return None if reason == "finished" else f"the run's finish reason is {reason}"
        failures = summary.verdict(self.crawler.stats.get_stats())
        return f"the run failed ({'; '.join(failures)})" if failures else None

    # -- articles lost to a transient error ---------------------------------------------------------
    def article_failed(self, url: str, lastmod: str | None, reason: str) -> None:
        """The article ``url`` (as requested) was lost to a transient error (see
        :func:`newsbot.stats.is_transient`): the next runs fetch it again wherever it was found, up to
        ``NEWSBOT_RETRY_RUNS`` runs in a row. Found again only through a listing, a feed or a
        sitemap, an article deep in an archive would be fetched again only when a run reads that
        far again: maybe never."""
        if self.store is not None:
            self.store.note_failed(url, datetime.fromisoformat(lastmod) if lastmod else None, reason)
            self.crawler.stats.inc_value("newsbot/retry/noted")

    def article_reached(self, url: str) -> None:
        """The article ``url`` (as requested) was fetched, or is gone for good: nothing to retry."""
        if self.store is not None and url in self.retrying:
            self.store.forget_failed(url)
            self.retrying.discard(url)

    def to_retry(self) -> list[tuple[str, datetime | None]]:
        """The articles earlier runs lost to transient errors, to request again (url, lastmod); those
        that failed in ``NEWSBOT_RETRY_RUNS`` runs are given up, with a warning."""
        if self.store is None:
            return []
        limit = self.crawler.settings.getint("NEWSBOT_RETRY_RUNS")
        wanted = []
        for url, lastmod, attempts in self.store.failed():
            if attempts >= limit:
                self.store.forget_failed(url)
                self.crawler.stats.inc_value("newsbot/retry/gave_up")
                logger.warning("Giving up on %s: lost to transient errors in %d runs in a row", url, attempts)
                continue
            wanted.append((url, lastmod))
        self.retrying = {url for url, _lastmod in wanted}
        return wanted

    # -- how far down listings were read --------------------------------------------------------
    def listing_ended(self, listing: str, down_to: date = WHOLE) -> None:
        """This run followed the listing named by its first page ``listing`` to its last page, or
        (``down_to``, the run's ``since``) down to cards older than that date."""
        self.listings[listing] = min(self.listings.get(listing, down_to), down_to)

    def _remember_listings(self, unfinished: str | None) -> None:
        """Note how far down this run read its listings, when the run said OK (``unfinished`` is
        None, see :meth:`_unfinished`): from then on a scheduled run may stop paging down them at known articles
        (:meth:`newsbot.spiders.base.NewsSpider._enough_known`). An article of theirs lost to a
        transient error does not hold this back: it is on the retry list (:meth:`article_failed`)."""
        if not self.listings or self.store is None:
            return
        if unfinished:
            logger.info("The %d listings read down this run are not noted: %s", len(self.listings), unfinished)
            return
        self.store.remember_listings(self.listings)
        self.crawler.stats.set_value("newsbot/listing/read_to_end", len(self.listings))

    def engine_stopped(self) -> None:
        if self.store is None:
            return
        reason = self.crawler.stats.get_value("finish_reason") or "unknown"
        unfinished = self._unfinished(str(reason))  # the run summary's verdict, asked once
        if self.crawler.spider is not None:
            why = self._why_reads_not_kept(self.crawler.spider, unfinished)
            self._remember_sitemaps(why)
            self._settle_indexes()
            self._remember_documents(why)
        if unfinished and isinstance(self.store, RedisArticleStore):
            # Other workers' reads listed articles this run may have left undone: none are kept.
            self.store.spoil_reads(unfinished)
        self._remember_listings(unfinished)
        self.store.end_run(self.run_id, str(reason))
        self.store.close()
        self.store = None
