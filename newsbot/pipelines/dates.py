from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from newsbot.items import Article
from newsbot.pipelines import CrawlerPipeline
from newsbot.text.dates import is_too_old, parse_date, resolve_date

logger = logging.getLogger(__name__)

_PROBLEMS = {
    "jsonld_disagrees": "the JSON-LD publication time disagrees with the page's; the page's is used",
    "future": "the publication time is more than 12 hours past the crawl; published_at left empty",
    "too_old": "a date before 1995 (a CMS's empty date such as 01.01.1970, or a broken value) was not used",
    "date_only": "the page gives a publication date without a time; published_at left empty",
    "unparsable": "a date on the page (its datetime attribute or visible text) could not be read",
    "modified_future": "the modification time is more than 12 hours past the crawl; left empty",
    "modified_too_old": "the modification time is before 1995 (a CMS's empty date, or a broken value); left empty",
}

FUTURE_TOLERANCE = timedelta(hours=12)
"""How far past the crawl a page's time may be (clock skew) before it is refused as wrong, as
:func:`newsbot.text.dates.resolve_date` refuses a publication time."""


class ResolveDatesPipeline(CrawlerPipeline):
    """Fill ``published_at`` and ``modified_at`` (ISO 8601, Asia/Almaty) from the page's date
    candidates; count where each date came from and every problem met."""

    def process_item(self, item: Article) -> Article:
        if not isinstance(item, Article):
            return item
        raw = item.raw or {}
        languages = (item.language, "ru") if item.language != "ru" else ("ru",)
        now = datetime.fromisoformat(item.crawled_at) if item.crawled_at else datetime.now(UTC)
        resolved = resolve_date(
            raw.get("published_attr"),
            item.published_at_raw,
            raw.get("published_jsonld"),
            now=now,
            languages=languages,
            future_tolerance=FUTURE_TOLERANCE,
        )
        item.published_at = resolved.iso
        self.inc(f"dates/source/{resolved.source or 'none'}")
        for problem in resolved.problems:
            self.inc(f"dates/problem/{problem}")
            # A disagreeing JSON-LD time is a known quirk (AMP pages carry the day of the request
            # there) and the page's own time is used: counted, logged only at DEBUG. The others
            # leave a date empty or say that a wrong date on the page was passed over.
            level = logging.DEBUG if problem == "jsonld_disagrees" else logging.WARNING
            logger.log(level, "Date problem (%s) on %s: %s", problem, item.url, _PROBLEMS.get(problem, problem))
        modified = parse_date(raw.get("modified"), now=now, languages=languages)
        refused = None
        if modified is not None and isinstance(modified.value, datetime) and modified.value > now + FUTURE_TOLERANCE:
            refused = "modified_future"  # a clock or time zone error, not a time
        elif modified is not None and is_too_old(modified):
            refused = "modified_too_old"  # a CMS's empty date, not a time
        if refused:
            self.inc(f"dates/problem/{refused}")
            logger.warning("Date problem (%s) on %s: %s", refused, item.url, _PROBLEMS[refused])
            modified = None
        item.modified_at = modified.isoformat() if modified and modified.has_time else None
        return item
