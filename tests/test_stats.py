"""newsbot's stats collector keeps Scrapy's in-memory collector's behaviour."""

from __future__ import annotations

import warnings

from scrapy import Spider
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsbot.cli import project_settings
from newsbot.stats import StatsCollector


def _exercise(stats: MemoryStatsCollector) -> dict:
    stats.open_spider()
    stats.inc_value("a")
    stats.inc_value("a", 4)
    stats.inc_value("b", start=10)
    stats.set_value("c", "x")
    stats.max_value("m", 3)
    stats.max_value("m", 1)
    stats.min_value("n", 3)
    stats.min_value("n", 1)
    stats.set_stats({**stats.get_stats(), "d": 1})
    return {"stats": dict(stats.get_stats()), "a": stats.get_value("a"), "missing": stats.get_value("z", 7)}


def test_same_answers_as_scrapys_collector() -> None:
    crawler = get_crawler(Spider)
    assert _exercise(StatsCollector(crawler)) == _exercise(MemoryStatsCollector(crawler))


def test_spider_argument_still_accepted_without_a_warning() -> None:
    # scrapy-redis 0.9.1 passes spider= to inc_value on every request (see newsbot.distributed).
    crawler = get_crawler(Spider)
    stats = StatsCollector(crawler)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stats.inc_value("scheduler/enqueued/redis", spider=Spider("x"))
    assert stats.get_value("scheduler/enqueued/redis") == 1


def test_the_project_uses_it() -> None:
    assert project_settings()["STATS_CLASS"] == "newsbot.stats.StatsCollector"
