"""``scrapy crawl`` with an honest exit status: 0 when the run succeeded, 1 when it failed (see
:mod:`newsbot.extensions.summary`), 2 when it could not start."""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newsbot.addon import settings_problem
from newsbot.extensions.summary import RunSummary
from newsbot.spiders.base import NewsSpider, SpiderArgumentError


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name")
        assert self.settings is not None
        if problem := settings_problem(self.settings):  # said here as a usage error, before any crawl
            raise UsageError(problem)
        if self.settings.get("REDIS_URL"):
            from newsbot.distributed import redis_problem

            if problem := redis_problem(self.settings):
                raise UsageError(problem)
        assert self.crawler_process is not None
        crawler = self._create_crawler(args[0])
        if issubclass(crawler.spidercls, NewsSpider):
            try:  # the spider's arguments, read as the crawl would: a mistake is a usage error, said now
                crawler.spidercls(**opts.spargs)
            except SpiderArgumentError as error:
                raise UsageError(str(error)) from None
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 2
            return
        summary = crawler.get_extension(RunSummary)
        if summary is not None:
            if not summary.done:  # the spider closed before the engine started: no engine_stopped
                summary.engine_stopped()
            self.exitcode = summary.exit_code
