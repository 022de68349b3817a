"""The per-response and per-item DEBUG lines are skipped above DEBUG, kept at DEBUG; and what the
setting WARN_ON_GENERATOR_RETURN_VALUE = False stops checking at run time is checked here."""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil

import pytest
from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request
from scrapy.utils.misc import is_generator_with_return_value
from scrapy.utils.test import get_crawler

import newsbot.spiders
from newsbot.logformatter import LogFormatter


def _formatter(**settings: object) -> LogFormatter:
    return LogFormatter.from_crawler(get_crawler(Spider, settings))


@pytest.mark.parametrize(("settings", "debug"), [
    ({"LOG_LEVEL": "INFO"}, False),
    ({"LOG_LEVEL": "warning"}, False),
    ({"LOG_LEVEL": logging.ERROR}, False),
    ({"LOG_LEVEL": "DEBUG"}, True),
    ({"LOG_LEVEL": logging.DEBUG}, True),
    ({"LOG_LEVEL": "DEBUG", "LOG_ENABLED": False}, False),
])  # fmt: skip
def test_debug_lines_only_when_logged(settings: dict, debug: bool) -> None:
    formatter = _formatter(**settings)
    spider = Spider("x")
    request = Request("https://bestnews.kz/a")
    response = HtmlResponse("https://bestnews.kz/a", body=b"<html></html>", request=request)
    crawled = formatter.crawled(request, response, spider)
    scraped = formatter.scraped({"a": 1}, response, spider)
    if debug:
        assert crawled["level"] == scraped["level"] == logging.DEBUG
        assert "Crawled (200)" in crawled["msg"] % crawled["args"]
    else:
        assert crawled is None and scraped is None


def test_other_messages_are_scrapys() -> None:
    crawler = get_crawler(Spider, {"LOG_LEVEL": "INFO"})
    spider = Spider.from_crawler(crawler, "x")
    formatter = LogFormatter.from_crawler(crawler)
    dropped = formatter.dropped({"a": 1}, DropItem("duplicate"), HtmlResponse("https://bestnews.kz/a"), spider)
    assert dropped["level"] == logging.WARNING and "duplicate" in dropped["msg"] % dropped["args"]


def test_no_callback_is_a_generator_returning_a_value() -> None:
    # Scrapy's run-time check, which newsbot turns off because it reparsed the source per response.
    spiders = {
        cls
        for info in pkgutil.iter_modules(newsbot.spiders.__path__)
        for _, cls in inspect.getmembers(importlib.import_module(f"newsbot.spiders.{info.name}"), inspect.isclass)
        if issubclass(cls, Spider) and cls.__module__.startswith("newsbot.")
    }
    assert len(spiders) >= 5
    checked = 0
    for spider in spiders:
        for name, method in inspect.getmembers(spider, inspect.isfunction):
            if name.startswith(("parse", "start", "tag_cloud")) and inspect.isgeneratorfunction(method):
                assert not is_generator_with_return_value(method), f"{spider.__name__}.{name}"
                checked += 1
    assert checked >= 10
