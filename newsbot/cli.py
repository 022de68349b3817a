"""The ``newsbot`` command: ``extract`` one saved page, ``crawl-all`` declared sites, print the
record ``schema``."""

from __future__ import annotations

import argparse
import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler, load_object

from newsbot.feeds import JsonLinesExporter
from newsbot.items import EXPORTED_FIELDS, Article
from newsbot.middlewares import repair_encoding
from newsbot.schema import article_schema
from newsbot.sites import page_class_for
from newsbot.sites.base import PAGE_KIND_DETAIL, ArticlePage, unusable_response


def project_settings() -> Settings:
    settings = Settings()
    settings.setmodule("newsbot.settings", priority="project")
    return settings


def extraction_pipelines(crawler: Any) -> list[Any]:
    """The crawl's pipelines in order, without those that keep state across pages of a crawl."""
    configured = crawler.settings.getdict("ITEM_PIPELINES")
    pipelines = []
    for path, _priority in sorted(configured.items(), key=lambda kv: kv[1]):
        cls = load_object(path)
        if getattr(cls, "crawl_only", False):
            continue
        pipelines.append(build_from_crawler(cls, crawler))
    return pipelines


class Extractor:
    """The crawl's page classes and pipeline chain, built once, for extracting saved pages one by
    one exactly as a crawl would (``newsbot extract``, fixture tests, the quality benchmark)."""

    def __init__(self) -> None:
        from scrapy import Spider
        from scrapy.crawler import Crawler

        settings = project_settings()
        # One page at a time, no crawl: no engine, no extensions, no reactor, no language process
        # (the pipelines return each page at once); the pipelines need only settings, signals and
        # stats.
        settings.set("NEWSBOT_LANGUAGE_PROCESS", False, priority="cmdline")
        crawler = Crawler(Spider, settings)
        crawler.stats = load_object(crawler.settings["STATS_CLASS"])(crawler)
        self.pipelines = extraction_pipelines(crawler)

    def extract(
        self,
        body: bytes,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        page_class: type[ArticlePage] | None = None,
    ) -> Article:
        """Run the page class and the pipeline chain on one saved page.

        Raise :class:`ValueError` for a page that is not an article, and
        :class:`~scrapy.exceptions.DropItem` when a pipeline drops it. A URL of no declared site
        is read with the generic extractor.
        """
        page_class = page_class or page_class_for(url)
        if page_class is None:
            from newsbot.sites.generic import GenericArticlePage

            page_class = GenericArticlePage
        response, _reason = repair_encoding(HtmlResponse(url=url, body=body, headers=headers or {}))
        assert isinstance(response, HtmlResponse)
        if problem := unusable_response(response):
            raise ValueError(f"not an article page ({problem[0]}: {problem[1]}): {url}")
        page = page_class(response, now=datetime.now(UTC))
        kind = page.page_kind()
        if kind != "article":
            raise ValueError(f"not an article page ({kind}: {PAGE_KIND_DETAIL[kind]}): {url}")
        item: Any = page.to_article()
        for pipeline in self.pipelines:
            item = pipeline.process_item(item)
        return item


def extract_page(
    body: bytes, url: str, *, headers: dict[str, str] | None = None, page_class: type[ArticlePage] | None = None
) -> Article:
    """:meth:`Extractor.extract` with a fresh extractor (for one page; reuse an
    :class:`Extractor` to extract many)."""
    return Extractor().extract(body, url, headers=headers, page_class=page_class)


def to_json_line(item: Article) -> str:
    """The exact line the JSON Lines feed writes for ``item``."""
    buffer = io.BytesIO()
    exporter = JsonLinesExporter(buffer, fields_to_export=EXPORTED_FIELDS, encoding="utf-8")
    exporter.start_exporting()
    exporter.export_item(item)
    exporter.finish_exporting()
    return buffer.getvalue().decode("utf-8")


def _cmd_extract(args: argparse.Namespace) -> int:
    try:
        body = Path(args.page).read_bytes()
    except OSError as exc:
        print(f"newsbot: cannot read {args.page}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        item = extract_page(body, args.url)
    except ValueError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return 2
    except DropItem as exc:
        print(f"newsbot: dropped: {exc}", file=sys.stderr)
        return 3
    line = to_json_line(item)
    if args.pretty:
        line = json.dumps(json.loads(line), ensure_ascii=False, indent=2) + "\n"
    sys.stdout.write(line)
    return 0


def declared_spiders() -> list[str]:
    """Names of the spiders of declared sites (every spider but ``generic``), sorted."""
    from scrapy.spiderloader import SpiderLoader

    return sorted(n for n in SpiderLoader.from_settings(project_settings()).list() if n != "generic")


def _cmd_crawl_all(args: argparse.Namespace) -> int:
    import subprocess
    import tempfile

    names = [n.strip() for n in args.only.split(",")] if args.only else declared_spiders()
    rows = []
    worst = 0
    with tempfile.TemporaryDirectory(prefix="newsbot-crawl-all-") as tmp:
        for name in names:
            stats_file = Path(tmp) / f"{name}.json"
            cmd = [sys.executable, "-m", "scrapy", "crawl", name, "-s", f"NEWSBOT_STATS_FILE={stats_file}"]
            if args.replay:
                cmd += ["-s", f"NEWSBOT_REPLAY={args.replay.format(spider=name)}"]
            cmd += args.scrapy_args
            print(f"newsbot crawl-all: {name} ...", file=sys.stderr, flush=True)
            code = subprocess.run(cmd).returncode
            report = json.loads(stats_file.read_text(encoding="utf-8")) if stats_file.exists() else {}
            stats = report.get("stats", {})
            dropped = sum(v for k, v in stats.items() if k.startswith("newsbot/dropped/"))
            rows.append(
                (
                    name,
                    code,
                    stats.get("newsbot/coverage/articles", 0),
                    dropped,
                    "; ".join(report.get("outputs", [])) or "-",
                    "; ".join(report.get("failures", [])),
                )
            )
            worst = max(worst, code)
    print("\nnewsbot crawl-all summary: " + ("OK" if worst == 0 else "FAILED"))
    print(f"  {'site':<12} {'exit':>4} {'articles':>8} {'dropped':>7}  output / failures")
    for name, code, articles, dropped, outputs, failures in rows:
        print(
            f"  {name:<12} {code:>4} {articles:>8} {dropped:>7}  {outputs}{'  FAILED: ' + failures if failures else ''}"
        )
    return worst


def _cmd_schema(args: argparse.Namespace) -> int:
    if args.duckdb:
        from newsbot.tables import duckdb_source

        text = duckdb_source(args.duckdb, "tag_cloud" if args.tag_cloud else "articles") + "\n"
    else:
        text = json.dumps(article_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsbot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="print the JSON record of one saved article page")
    extract.add_argument("page", help="saved HTML file")
    extract.add_argument("--url", required=True, help="the URL the page was saved from")
    extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    extract.set_defaults(func=_cmd_extract)
    crawl_all = sub.add_parser("crawl-all", help="crawl every declared site, one after another")
    crawl_all.add_argument("--only", help="comma list of spider names (default: every declared site)")
    crawl_all.add_argument("--replay", help="replay mirrors instead of the live sites, e.g. fixtures/{spider}")
    crawl_all.add_argument("scrapy_args", nargs=argparse.REMAINDER, help="more scrapy crawl options, after --")
    crawl_all.set_defaults(func=_cmd_crawl_all)
    schema = sub.add_parser("schema", help="print the JSON Schema of the exported record")
    schema.add_argument("-o", "--output", help="write to this file instead of stdout")
    schema.add_argument(
        "--duckdb",
        metavar="FILES",
        help="print instead a DuckDB read_json() call that reads FILES (a path or glob) with every column typed",
    )
    schema.add_argument("--tag-cloud", action="store_true", help="with --duckdb: the tag-cloud feed's records")
    schema.set_defaults(func=_cmd_schema)
    args = parser.parse_args(argv)
    if getattr(args, "scrapy_args", None) and args.scrapy_args[0] == "--":
        args.scrapy_args = args.scrapy_args[1:]
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
