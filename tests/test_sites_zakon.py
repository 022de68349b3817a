"""Zakon.kz: every mirror article against its hand-written record, and the mirror crawled whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbot.cli import extract_page
from newsbot.sites import page_class_for
from newsbot.sites.zakon import ZakonArticlePage, article_url
from tests.conftest import FIXTURES, crawl_mirror
from tests.site_fixtures import check_case, check_clean_crawl, check_exported_once, check_quote_offsets, site_cases

MIRROR = FIXTURES / "zakon"
CASES = site_cases(MIRROR)
EXPECTED_URLS = {json.loads(p.read_text(encoding="utf-8"))["url"] for p in CASES}


def test_the_mirror_is_big_and_varied_enough() -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in CASES]
    assert len(records) >= 12
    assert len({r["section"] for r in records}) >= 3
    assert {r["published_at"][:4] for r in records} >= {"2023", "2024", "2025", "2026"}
    assert all(4 <= len(r["paragraphs"]) <= 15 for r in records)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_article_fields_match_the_expected_record(path: Path) -> None:
    check_case(path)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_quote_offsets_point_into_the_body(path: Path) -> None:
    check_quote_offsets(path)


def test_the_registry_finds_the_page_class() -> None:
    url = "https://www.zakon.kz/sport/6409962-barys-obygral-ak-bars-v-kazani.html"
    assert page_class_for(url) is ZakonArticlePage


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www.zakon.kz/sport/6409962-barys-obygral-ak-bars-v-kazani.html",
         "https://www.zakon.kz/sport/6409962-barys-obygral-ak-bars-v-kazani.html"),
        ("http://zakon.kz/finansy/6479420-kurs-tenge.html?utm_source=rss#comments",
         "https://www.zakon.kz/finansy/6479420-kurs-tenge.html"),
        ("https://www.zakon.kz/5012345-staraya-novost.html", "https://www.zakon.kz/5012345-staraya-novost.html"),
        ("https://www.zakon.kz/news/", None),
        ("https://www.zakon.kz/news/?p=2", None),
        ("https://www.zakon.kz/tags/astana/", None),
        ("https://www.zakon.kz/about/", None),
        ("https://www.zakon.kz/sport/640996-six-digits.html", None),
        ("https://www.zakon.kz.evil.com/sport/6409962-x.html", None),
    ],
)  # fmt: skip
def test_article_url(url: str, canonical: str | None) -> None:
    assert article_url(url) == canonical


@pytest.mark.parametrize(
    ("name", "url"),
    [("about.html", "https://www.zakon.kz/about/"), ("listing-news.html", "https://www.zakon.kz/news/")],
)
def test_non_article_page_is_refused(name: str, url: str) -> None:
    with pytest.raises(ValueError, match="not an article"):
        extract_page((MIRROR / name).read_bytes(), url)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return crawl_mirror(tmp_path_factory.mktemp("crawl-zakon"), MIRROR, spider="zakon")


def test_crawl_exits_zero(crawl: dict[str, Any]) -> None:
    check_clean_crawl(crawl, "zakon")


def test_crawl_yields_every_mirror_article_exactly_once(crawl: dict[str, Any]) -> None:
    check_exported_once(crawl, EXPECTED_URLS)
    assert all("utm_" not in r["fetched_url"] for r in crawl["records"])


def test_crawl_asked_only_for_mirrored_urls(crawl: dict[str, Any]) -> None:
    stats = crawl["report"]["stats"]
    assert "newsbot/replay/miss" not in stats
    assert stats["newsbot/dropped/http_404"] == 1  # the deleted article still carded on /news/
    assert stats["newsbot/listing/pages"] == 3 + 5  # /news/, ?p=2, ?p=3 and the five sections


def test_sections_argument_limits_the_crawl(tmp_path: Path) -> None:
    crawl = crawl_mirror(tmp_path, MIRROR, "-a", "sections=sport", spider="zakon")
    result = crawl["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    records = crawl["records"]
    assert records and all("/sport/" in r["url"] for r in records)


def test_since_stops_the_news_listing_at_older_cards(tmp_path: Path) -> None:
    crawl = crawl_mirror(tmp_path, MIRROR, "-a", "since=2025-01-01", spider="zakon")
    result = crawl["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    records = crawl["records"]
    assert len(records) == 5 and all(r["published_at"] >= "2025-01-01" for r in records)
    report = crawl["report"]
    # /news/ page 1 holds only 2025-2026 cards ("09:30, 25 Ноябрь 2026"); page 2 reaches 2024: stop.
    assert report["stats"]["newsbot/listing/pages"] == 5 + 2
