"""One summary at the end of every run, and the verdict that becomes the exit status.

A run fails when: the spider raised errors, or an item pipeline did (the record is lost), or a
signal handler did (an extension's work, or the export of a record, left undone); a feed could not
be stored; it finished for a reason other than "finished";
listing pages were fetched but gave no article link (the markup changed?); article links were
followed but nothing was exported or found unchanged; robots.txt could not be read; or a field's
coverage fell below its floor (``NEWSBOT_COVERAGE_FLOORS``: the sign that the site changed).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from newsbot.feeds import feeds_articles
from newsbot.replay import write_json_atomic
from newsbot.stats import DROP_PREFIX

logger = logging.getLogger("newsbot.summary")

# The retry list's counters (see IncrementalState.article_failed), as the summary names them.
_RETRY_COUNTS = (("requested", "requested again"), ("noted", "lost this run"), ("gave_up", "given up"))

COVERAGE_PREFIX = "newsbot/coverage/"


class _SignalHandlerErrors(logging.Handler):
    """Counts the errors Scrapy catches in signal handlers, which it only logs: an extension that
    failed to start, a record the feed could not write."""

    def __init__(self, crawler: Crawler):
        super().__init__(logging.ERROR)
        self.crawler = crawler

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith("Error caught on signal handler"):
            self.crawler.stats.inc_value("newsbot/failure/signal_handler_error")


class RunSummary:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.floors: dict[str, float] = {
            k: float(v) for k, v in crawler.settings.getdict("NEWSBOT_COVERAGE_FLOORS").items()
        }
        self.outputs: list[str] = []
        self.failures: list[str] = []
        self.done = False
        """True once the summary is out. A spider closed while it opens (a locked store) closes
        before the engine has started, and then the engine never stops: the crawl command gives
        the summary then (:mod:`newsbot.commands.crawl`)."""
        self.signal_errors = _SignalHandlerErrors(crawler)
        logging.getLogger("scrapy.utils.signal").addHandler(self.signal_errors)
        crawler.signals.connect(self.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(self.item_error, signal=signals.item_error)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummary:
        return cls(crawler)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def feed_slot_closed(self, slot: Any) -> None:
        if feeds_articles(slot.feed_options) and getattr(slot.storage, "stored", True):
            self.outputs.append(slot.uri)

    def item_error(self, item: Any, response: Any, spider: Any, failure: Any) -> None:
        """A pipeline raised: Scrapy logs it and drops the record, and counts nothing."""
        self.crawler.stats.inc_value("newsbot/failure/item_error")

    def verdict(self, stats: dict[str, Any]) -> list[str]:
        failures = []
        errors = sum(v for k, v in stats.items() if k.startswith("spider_exceptions/"))
        if errors:
            failures.append(f"{errors} spider errors")
        if lost := stats.get("newsbot/failure/item_error"):
            failures.append(f"{lost} records lost to errors in the item pipelines")
        if handlers := stats.get("newsbot/failure/signal_handler_error"):
            failures.append(f"{handlers} errors in signal handlers (see the log)")
        if unstored := sum(v for k, v in stats.items() if k.startswith("feedexport/failed_count/")):
            failures.append(f"{unstored} feeds could not be stored")
        reason = stats.get("finish_reason")
        if reason != "finished":
            failures.append(f"finish reason {reason!r}")
        if stats.get("newsbot/robots/unreachable"):
            failures.append("robots.txt unreachable (5xx or error): crawled nothing, as RFC 9309 says")
        listings = stats.get("newsbot/listing/pages", 0)
        if listings and not stats.get("newsbot/listing/cards", 0):
            failures.append(f"{listings} listing pages gave no article link (markup changed?)")
        exported = stats.get(COVERAGE_PREFIX + "articles", 0)
        unchanged = stats.get("newsbot/skipped/unchanged", 0) + stats.get("newsbot/skipped/unchanged_content", 0)
        followed = stats.get("newsbot/links/article", 0)
        if followed and not exported and not unchanged:
            failures.append(f"{followed} article links found, 0 articles exported or unchanged")
        if exported:
            for name, floor in self.floors.items():
                share = stats.get(COVERAGE_PREFIX + name, 0) / exported
                if share < floor:
                    failures.append(f"{name} on {share:.0%} of articles, floor {floor:.0%}")
        return failures

    def engine_stopped(self) -> None:
        logging.getLogger("scrapy.utils.signal").removeHandler(self.signal_errors)
        stats = self.crawler.stats.get_stats()
        self.failures = self.verdict(stats)
        self.crawler.stats.set_value("newsbot/exit_code", self.exit_code)
        logger.info(self.render(stats))
        if self.failures:
            logger.error("Run FAILED: %s", "; ".join(self.failures))
        if path := self.crawler.settings.get("NEWSBOT_STATS_FILE"):
            self.write_stats(Path(path), stats)
        self.done = True

    def write_stats(self, path: Path, stats: dict[str, Any]) -> None:
        """Save the run's stats, verdict and outputs as JSON, for monitoring and tests."""
        report = {
            "stats": {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in stats.items()},
            "failures": self.failures,
            "outputs": self.outputs,
            "exit_code": self.exit_code,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomic(path, report)

    def render(self, stats: dict[str, Any]) -> str:
        name = self.crawler.spidercls.name if self.crawler.spidercls else "?"
        exported = stats.get(COVERAGE_PREFIX + "articles", 0)
        statuses = ", ".join(
            f"{k.rsplit('/', 1)[1]}: {v}"
            for k, v in sorted(stats.items())
            if k.startswith("downloader/response_status_count/")
        )
        drops = ", ".join(
            f"{k.removeprefix(DROP_PREFIX)} {v}" for k, v in sorted(stats.items()) if k.startswith(DROP_PREFIX)
        )
        coverage = ", ".join(
            f"{k.removeprefix(COVERAGE_PREFIX)} {v / exported:.0%}"
            for k, v in sorted(stats.items())
            if k.startswith(COVERAGE_PREFIX) and k != COVERAGE_PREFIX + "articles" and exported
        )
        lines = [
            f"newsbot summary [{name}]: {'FAILED' if self.failures else 'OK'} "
            f"(finish reason {stats.get('finish_reason')}, {stats.get('elapsed_time_seconds', 0):.1f} s)",
            f"  pages fetched:        {stats.get('downloader/response_count', 0)} ({statuses or 'none'})",
            f"  articles exported:    {exported}",
            f"  output:               {'; '.join(self.outputs) or 'no file (nothing new to export)'}",
            f"  skipped as unchanged: {stats.get('newsbot/skipped/unchanged', 0)} not downloaded, "
            f"{stats.get('newsbot/skipped/unchanged_content', 0)} downloaded with the same content",
            f"  dropped:              {drops or 'none'}",
            f"  field coverage:       {coverage or 'n/a'}",
        ]
        if pages := stats.get("newsbot/listing/pages", 0):
            line = f"  listing pages:        {pages}, {stats.get('newsbot/listing/stopped_at_known', 0)} listings cut short at known articles"
            if unread := stats.get("newsbot/listing/archive_not_read_yet", 0):
                line += f", {unread} read on (never read to their end)"
            lines.insert(5, line)
        if listed := stats.get("newsbot/sitemaps/listed", 0):
            lines.insert(
                5,
                f"  sitemaps in indexes:  {listed}, {stats.get('newsbot/sitemaps/skipped_unchanged', 0)} not fetched "
                f"as unchanged, {stats.get('newsbot/sitemaps/skipped_old', 0)} as older than since",
            )
        if sent := stats.get("newsbot/conditional/sent", 0):
            lines.insert(
                5,
                f"  conditional requests: {sent} for feeds and sitemaps, "
                f"{stats.get('newsbot/conditional/not_modified', 0)} not modified (304)",
            )
        retry = [(stats.get(f"newsbot/retry/{key}", 0), label) for key, label in _RETRY_COUNTS]
        if any(count for count, _label in retry):
            lines.insert(5, f"  retry list:           {', '.join(f'{count} {label}' for count, label in retry)}")
        if stats.get("newsbot/language_process/failed"):
            # Nothing lost (newsbot.language_process), but the crawl ran on one core from then on.
            lines.append("  language process:     failed; quotes and attributions read in the crawl's process")
        if self.failures:
            lines.append(f"  failures:             {'; '.join(self.failures)}")
        return "\n".join(lines)
