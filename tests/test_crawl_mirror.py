"""The whole Bestnews.kz mirror crawled by ``scrapy crawl bestnews``, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsbot.schema import article_schema
from tests.conftest import MIRROR, crawl_mirror, expected_cases, read_jsonl, run_crawl
from tests.site_fixtures import check_clean_crawl, check_exported_once

EXPECTED_URLS = {json.loads(p.read_text(encoding="utf-8"))["url"] for p in expected_cases()}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return crawl_mirror(tmp_path_factory.mktemp("crawl"), MIRROR, output="out/bestnews.jsonl")


def test_crawl_exits_zero_and_reports(crawl: dict[str, Any]) -> None:
    check_clean_crawl(crawl, "bestnews")


def test_every_mirror_article_exactly_once(crawl: dict[str, Any]) -> None:
    urls = check_exported_once(crawl, EXPECTED_URLS)
    assert len(urls) >= 40


def test_no_record_misses_headline_body_or_date(crawl: dict[str, Any]) -> None:
    for record in crawl["records"]:
        assert record["headline"] and record["body"] and record["published_at"], record["url"]


def test_every_line_validates_against_the_schema(crawl: dict[str, Any]) -> None:
    schema = article_schema()
    for record in crawl["records"]:
        jsonschema.validate(record, schema)


def test_bad_pages_were_dropped_with_reasons(crawl: dict[str, Any]) -> None:
    stats = crawl["report"]["stats"]
    assert stats["newsbot/dropped/http_404"] == 1  # the deleted article linked from /novosti
    assert "newsbot/replay/miss" not in stats  # everything the spider asked for is in the mirror
    assert stats["robotstxt/response_status_count/200"] == 1
    # Articles are listed in sections, /novosti, RSS and the sitemap: each is fetched once.
    assert stats["dupefilter/filtered"] >= 42
    assert set(k for k in stats if k.startswith("newsbot/dropped/")) == {"newsbot/dropped/http_404"}


def test_amp_urls_are_crawled_as_their_canonical_article(crawl: dict[str, Any]) -> None:
    fetched = {r["fetched_url"] for r in crawl["records"]}
    assert not any("tmpl=amp" in url for url in fetched)


def test_tag_cloud_snapshot_feed(crawl: dict[str, Any]) -> None:
    lines = read_jsonl(crawl["workdir"] / "data" / "bestnews" / "tag_cloud.jsonl")
    assert len(lines) == 1
    assert len(lines[0]["tags"]) == 30
    assert lines[0]["tags"][0] == {
        "name": "горячие новости",
        "count": 364,
        "url": "https://bestnews.kz/t/goryachie-novosti",
    }
    assert lines[0]["observed_at"].endswith("+05:00")


def test_output_is_utf8_jsonl_with_one_object_per_line(crawl: dict[str, Any]) -> None:
    raw = (crawl["workdir"] / "out" / "bestnews.jsonl").read_bytes()
    text = raw.decode("utf-8")
    assert "\\u04" not in text  # Cyrillic written as UTF-8, not escaped
    assert "\u2028" not in text and "\u2029" not in text
    assert all(line.startswith("{") and line.endswith("}") for line in text.splitlines())


def test_sections_and_max_pages_arguments(tmp_path: Path) -> None:
    crawl = crawl_mirror(tmp_path, MIRROR, "-a", "sections=sport", "-a", "max_pages=1")
    result = crawl["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    records = crawl["records"]
    assert records and all("/sport/" in r["url"] for r in records)
    report = crawl["report"]
    assert report["stats"]["newsbot/listing/pages"] == 1


def test_since_stops_pagination_at_older_cards(tmp_path: Path) -> None:
    crawl = crawl_mirror(tmp_path, MIRROR, "-a", "sections=kazakhstan", "-a", "since=2026-01-01")
    result = crawl["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    records = crawl["records"]
    assert records and all(r["published_at"] >= "2026-01-01" for r in records)
    report = crawl["report"]
    # Page 1 holds only 2026 cards; page 2 reaches 2024, so pagination stops there.
    assert report["stats"]["newsbot/listing/pages"] == 2


@pytest.mark.parametrize(
    ("pipeline", "counter", "failure"),
    [
        # An exception raised in an item pipeline: Scrapy logs it and drops the record.
        ("FailOnOne", "item_error", "1 records lost to errors in the item pipelines"),
        # A record the feed cannot write: the exporter runs in a signal handler, whose errors Scrapy
        # only logs, so the record was missing from the output.
        ("UnexportableOne", "signal_handler_error", "1 errors in signal handlers (see the log)"),
    ],
)
def test_a_record_lost_to_an_error_fails_the_run(tmp_path: Path, pipeline: str, counter: str, failure: str) -> None:
    """Scrapy counts neither loss: the run said OK with an article missing. It fails now."""
    pipelines = json.dumps({f"tests.failing_pipeline.{pipeline}": 960})
    crawl = crawl_mirror(tmp_path, MIRROR, "-s", f"ITEM_PIPELINES_BASE={pipelines}")
    assert crawl["result"].returncode == 1, crawl["result"].stderr[-2000:]
    assert crawl["report"]["stats"][f"newsbot/failure/{counter}"] == 1
    assert crawl["report"]["failures"] == [failure]
    assert len(crawl["records"]) == len(EXPECTED_URLS) - 1


def test_a_feed_that_cannot_be_stored_fails_the_run(tmp_path: Path) -> None:
    """Scrapy logs a feed it could not store and counts it, but the run said OK."""
    (tmp_path / "out.jsonl").mkdir()  # the finished file cannot be renamed over a directory
    result = run_crawl(
        tmp_path, "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", "NEWSBOT_STATS_FILE=stats.json", "-O", "out.jsonl"
    )
    report = json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))
    assert result.returncode == 1, result.stderr[-2000:]
    assert report["failures"] == ["1 feeds could not be stored"]
    assert report["outputs"] == []
