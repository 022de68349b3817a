"""The newsbot add-on: settings adjustments that depend on what the user asked for.

Scrapy add-ons see the final settings (project, ``-s``, ``-o``/``-O``, scrapyd's ``setting=``)
before the crawler starts, so these rules hold however a crawl is launched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings

from newsbot import language_process
from newsbot.feeds import feeds_articles
from newsbot.items import EXPORTED_FIELDS, SNAPSHOT_FIELDS
from newsbot.replay import INDEX_NAME
from newsbot.summary_fields import COVERED_FIELDS

DEFAULT_ARTICLE_FEED = "data/%(name)s/%(run)s.jsonl"
_CMDLINE = 40  # Scrapy's priority of -s options


def normalize_feeds(feeds: dict[str, Any], cloud_feed: str | None) -> dict[str, Any]:
    """Give every feed newsbot's record layout: a feed that names no item class gets articles with
    the contract's fields; a feed the user names replaces the dated default one; the tag-cloud
    feed is always there."""
    result: dict[str, Any] = {}
    for uri, raw in feeds.items():
        options = dict(raw or {})
        if not options.get("item_classes"):
            options["item_classes"] = ["newsbot.items.Article"]
        if feeds_articles(options) and not options.get("fields"):
            options["fields"] = EXPORTED_FIELDS
        result[str(uri)] = options
    user_article_feeds = [u for u, o in result.items() if u != DEFAULT_ARTICLE_FEED and feeds_articles(o)]
    if user_article_feeds:
        result.pop(DEFAULT_ARTICLE_FEED, None)
    if cloud_feed and cloud_feed not in result:
        result[cloud_feed] = {
            "format": "jsonlines",
            "encoding": "utf-8",
            "item_classes": ["newsbot.items.TagCloudSnapshot"],
            "fields": SNAPSHOT_FIELDS,
            "overwrite": False,
        }
    return result


def settings_problem(settings: BaseSettings) -> str | None:
    """What makes newsbot's settings unusable, or None: a ``NEWSBOT_REPLAY`` that names no mirror
    (every download of the crawl would fail, and the run would read as a site that is down), or
    ``NEWSBOT_COVERAGE_FLOORS`` that are not shares of articles for the fields the summary counts
    (a misspelt field would fail every run, "headlin on 0% of articles"), or a
    ``NEWSBOT_LANGUAGE_PROCESS`` that is none of auto, true and false."""
    replay = settings.get("NEWSBOT_REPLAY")
    if replay and not (Path(replay) / INDEX_NAME).is_file():
        return f"NEWSBOT_REPLAY={replay}: no mirror there ({INDEX_NAME} not found)"
    try:
        floors = settings.getdict("NEWSBOT_COVERAGE_FLOORS")
    except ValueError:
        return f"NEWSBOT_COVERAGE_FLOORS={settings.get('NEWSBOT_COVERAGE_FLOORS')}: not a JSON object"
    for name, floor in floors.items():
        if name not in COVERED_FIELDS:
            return f"NEWSBOT_COVERAGE_FLOORS: no field {name!r}; the summary counts {', '.join(COVERED_FIELDS)}"
        if isinstance(floor, bool) or not isinstance(floor, int | float) or not 0 <= floor <= 1:
            return f"NEWSBOT_COVERAGE_FLOORS: the floor of {name} is {floor!r}, not a share from 0 to 1"
    try:
        language_process.wanted(settings)
    except ValueError as exc:
        return str(exc)
    return None


class NewsbotAddon:
    def update_settings(self, settings: BaseSettings) -> None:
        feeds = settings.getdict("FEEDS")
        priority = max(settings.getpriority("FEEDS") or 0, _CMDLINE)
        settings.set("FEEDS", normalize_feeds(feeds, settings.get("NEWSBOT_TAG_CLOUD_FEED")), priority=priority)
        if settings.get("REDIS_URL"):
            # Several workers, one crawl: see newsbot.distributed.
            redis_settings: tuple[tuple[str, object], ...] = (
                ("SCHEDULER", "newsbot.distributed.Scheduler"),
                ("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter"),
                # Without it the first worker to finish wipes the shared queue.
                ("SCHEDULER_PERSIST", True),
                ("SCHEDULER_SERIALIZER", "newsbot.distributed"),
            )
            for name, value in redis_settings:
                settings.set(name, value, priority=max(settings.getpriority(name) or 0, _CMDLINE))
        if problem := settings_problem(settings):
            raise UsageError(problem)
        if settings.get("NEWSBOT_REPLAY"):
            # A replayed crawl talks to no server: no politeness delays, unless given with -s.
            replay_settings: tuple[tuple[str, object], ...] = (
                ("DOWNLOAD_DELAY", 0),
                ("AUTOTHROTTLE_ENABLED", False),
                ("CONCURRENT_REQUESTS_PER_DOMAIN", 16),
                ("CONCURRENT_REQUESTS", 16),
            )
            for name, value in replay_settings:
                if (settings.getpriority(name) or 0) < _CMDLINE:
                    settings.set(name, value, priority="cmdline")
