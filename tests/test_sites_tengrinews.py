"""The Tengrinews.kz mirror: every article page against its hand-written record, and a full crawl."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbot.cli import extract_page
from newsbot.sites.tengrinews import article_url
from tests.conftest import FIXTURES, crawl_mirror
from tests.site_fixtures import check_case, check_clean_crawl, check_exported_once, check_quote_offsets, site_cases

MIRROR = FIXTURES / "tengrinews"
CASES = site_cases(MIRROR)
EXPECTED_URLS = {json.loads(p.read_text(encoding="utf-8"))["url"] for p in CASES}
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]


def test_the_mirror_is_big_and_varied_enough() -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in CASES]
    assert len(records) >= 12
    assert len({r["section"] for r in records}) >= 3
    years = {r["published_at"][:4] for r in records}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert all(r["published_at"].endswith("+06:00") == (r["published_at"] < "2024-03-01") for r in records)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_article_fields_match_the_expected_record(path: Path) -> None:
    check_case(path)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_quote_offsets_point_into_the_body(path: Path) -> None:
    check_quote_offsets(path)


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("https://tengrinews.kz/news/", "listing-news.html"),
        ("https://tengrinews.kz/sport/", "listing-sport.html"),
    ],
)
def test_non_article_page_is_refused(url: str, file: str) -> None:
    with pytest.raises(ValueError, match="not an article"):
        extract_page((MIRROR / file).read_bytes(), url)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://tengrinews.kz/kazakhstan_news/kazakhstan-pereshel-na-edinyj-chasovoj-poyas-531905/",
         "https://tengrinews.kz/kazakhstan_news/kazakhstan-pereshel-na-edinyj-chasovoj-poyas-531905/"),
        ("http://www.tengrinews.kz/sport/barys-obygral-ak-bars-v-kazani-618390?utm_source=rss#comments",
         "https://tengrinews.kz/sport/barys-obygral-ak-bars-v-kazani-618390/"),
        ("https://tengrinews.kz/news/page/2/", None),
        ("https://tengrinews.kz/kazakhstan_news/page/2/", None),
        ("https://tengrinews.kz/tag/астана/", None),
        ("https://tengrinews.kz/kazakhstan_news/", None),
        ("https://kaz.tengrinews.kz/kazakhstan_news/some-news-618452/", None),
    ],
)  # fmt: skip
def test_article_url_pattern(url: str, canonical: str | None) -> None:
    assert article_url(url) == canonical


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return crawl_mirror(tmp_path_factory.mktemp("crawl-tengrinews"), MIRROR, spider="tengrinews")


def test_crawl_exits_zero(crawl: dict[str, Any]) -> None:
    check_clean_crawl(crawl, "tengrinews")


def test_crawl_exports_every_expected_article_exactly_once(crawl: dict[str, Any]) -> None:
    check_exported_once(crawl, EXPECTED_URLS)


def test_crawl_asked_only_for_mirrored_urls(crawl: dict[str, Any]) -> None:
    stats = crawl["report"]["stats"]
    assert "newsbot/replay/miss" not in stats
    assert stats["robotstxt/response_status_count/200"] == 1
    # /news/ has 4 pages and /kazakhstan_news/ 2; world_news, sport and crime one each.
    assert stats["newsbot/listing/pages"] == 9


def test_sections_and_max_pages_arguments(tmp_path: Path) -> None:
    crawl = crawl_mirror(tmp_path, MIRROR, "-a", "sections=kazakhstan_news", "-a", "max_pages=1", spider="tengrinews")
    result = crawl["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    records = crawl["records"]
    assert records and all("/kazakhstan_news/" in r["url"] for r in records)
    report = crawl["report"]
    assert report["stats"]["newsbot/listing/pages"] == 1


def test_since_stops_pagination_at_older_cards(tmp_path: Path) -> None:
    crawl = crawl_mirror(
        tmp_path, MIRROR, "-a", "sections=kazakhstan_news", "-a", "since=2026-01-01", spider="tengrinews"
    )
    result = crawl["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    records = crawl["records"]
    assert records and all(r["published_at"] >= "2026-01-01" for r in records)
    report = crawl["report"]
    # Page 1 of /kazakhstan_news/ already reaches 2025, so page 2 is never fetched.
    assert report["stats"]["newsbot/listing/pages"] == 1
