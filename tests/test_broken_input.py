"""Broken and hostile input, crawled for real: the crawl goes on, each bad page gets one log line and
a ``newsbot/dropped/<reason>`` counter, and no wrong value reaches the JSONL.

The cases are built by ``fixtures/broken/make.py`` from the seed article; the very large ones are
made here, in a copy of that mirror.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, MIRROR, read_jsonl, run_crawl

BROKEN = FIXTURES / "broken"
SEED = json.loads(
    (MIRROR / "kazakhstan-98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra.json").read_text(encoding="utf-8")
)
HEADLINE = SEED["headline"]
BASE = "https://bestnews.kz/kazakhstan/"


def add_case(mirror: Path, slug: str, body: bytes) -> None:
    url = BASE + slug
    (mirror / f"{slug}.html").write_bytes(body)
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    index[url] = {"file": f"{slug}.html", "status": 200, "headers": {"Content-Type": "text/html; charset=utf-8"}}
    (mirror / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    listing = mirror / "listing-kazakhstan.html"
    card = f'<div class="blog-item"><h2><a class="uk-link-heading" href="{url}">{slug}</a></h2></div>\n</main>'
    listing.write_text(listing.read_text(encoding="utf-8").replace("</main>", card), encoding="utf-8")


def big_page(paragraphs: list[str], slug: str) -> bytes:
    html = (BROKEN / "no-date.html").read_text(encoding="utf-8")  # a valid page to start from
    html = html.replace("/kazakhstan/90015-no-date", f"/kazakhstan/{slug}")
    head, rest = html.split('<div class="uk-article-body">', 1)
    _old, tail = rest.split('<div class="uk-hr">', 1)
    dated = '<dd class="published"><time datetime="2025-01-01T10:00:00+05:00" itemprop="datePublished">01.01.2025, 10:00</time></dd>'
    head = head.replace('<dd class="hits">', dated + '\n<dd class="hits">')
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (head + '<div class="uk-article-body">\n' + body + '<div class="uk-hr">' + tail).encode("utf-8")


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    workdir = tmp_path_factory.mktemp("broken")
    mirror = workdir / "mirror"
    shutil.copytree(BROKEN, mirror)
    add_case(
        mirror, "91001-eleven-megabytes", b"<html><body>" + b"<p>" + b"x" * (11 * 1024 * 1024) + b"</p></body></html>"
    )
    add_case(
        mirror,
        "91002-five-thousand-paragraphs",
        big_page([f"Абзац номер {i}." for i in range(5000)], "91002-five-thousand-paragraphs"),
    )
    add_case(
        mirror,
        "91003-two-thousand-guillemets",
        big_page(["«Барыс» " * 1000 + "«конец»", "«Да, конечно», — сказал он."], "91003-two-thousand-guillemets"),
    )
    result = run_crawl(
        workdir, "-a", "sections=kazakhstan",
        "-s", f"NEWSBOT_REPLAY={mirror}", "-s", "NEWSBOT_STATS_FILE=stats.json", "-s", "RETRY_TIMES=1",
        "-O", "out.jsonl",
    )  # fmt: skip
    report = json.loads((workdir / "stats.json").read_text(encoding="utf-8"))
    records = {r["url"].rsplit("/", 1)[1].split("-", 1)[1]: r for r in read_jsonl(workdir / "out.jsonl")}
    return {"result": result, "stats": report["stats"], "report": report, "records": records}


DROPS = {
    "truncated-html": "truncated_html",
    "truncated-download": "truncated_download",
    "empty-200": "empty_response",
    "binary-as-html": "binary_body",
    "listing-at-article-url": "not_article",
    "search-page": "not_article",
    "soft-404": "not_article",
    "video-only": "empty_body",
    "no-date": "no_date",
    "empty-body": "empty_body",
    "gone-410": "http_410",
    "server-error-500": "http_500",
    "unavailable-503": "http_503",
    "unavailable-503-retry-after": "http_503",
    "not-found-404": "http_404",
    "redirect-loop": "redirect_loop",
    "redirect-to-home": "redirected_away",
    "eleven-megabytes": "too_large",
}


def test_the_crawl_goes_on_and_reports_honestly(crawl: dict[str, Any]) -> None:
    result = crawl["result"]
    assert "Traceback" not in result.stderr
    assert crawl["stats"]["finish_reason"] == "finished"
    assert not any(k.startswith("spider_exceptions/") for k in crawl["stats"])
    # Two exported articles have no usable date: below the 95% floor, so the run says so.
    assert result.returncode == 1
    assert any("published_at" in f for f in crawl["report"]["failures"])
    summary = result.stderr[result.stderr.index("newsbot summary") :]
    dropped_line = next(line for line in summary.splitlines() if line.strip().startswith("dropped:"))
    for reason in set(DROPS.values()):
        assert reason in dropped_line


@pytest.mark.parametrize(("case", "reason"), sorted(DROPS.items()))
def test_bad_page_is_dropped_with_its_reason(crawl: dict[str, Any], case: str, reason: str) -> None:
    assert case not in crawl["records"]
    assert crawl["stats"].get(f"newsbot/dropped/{reason}", 0) >= 1


def test_drop_counts_add_up(crawl: dict[str, Any]) -> None:
    stats = crawl["stats"]
    expected: dict[str, int] = {}
    for reason in DROPS.values():
        expected[reason] = expected.get(reason, 0) + 1
    expected["http_404"] += 1  # this mirror has no RSS feed: the feed's 404 is counted too
    got = {k.removeprefix("newsbot/dropped/"): v for k, v in stats.items() if k.startswith("newsbot/dropped/")}
    assert got == expected


@pytest.mark.parametrize(
    ("case", "stat"),
    [
        ("cp1251-declared-utf8", "newsbot/encoding/cp1251_despite_declaration"),
        ("utf8-meta-cp1251", "newsbot/encoding/utf8_despite_declaration"),
        ("no-declaration-utf8", None),
        ("no-declaration-cp1251", None),  # Scrapy's own detection gets this one right
        ("bom-contradicts-header", None),
        ("mixed-encoding", "newsbot/encoding/mixed"),
    ],
)
def test_wrong_encodings_come_out_right(crawl: dict[str, Any], case: str, stat: str | None) -> None:
    record = crawl["records"][case]
    assert record["headline"] == HEADLINE
    assert record["paragraphs"] == SEED["paragraphs"]
    assert "\ufffd" not in record["body"] and "Р°" not in record["body"]
    if stat:
        assert crawl["stats"][stat] == 1


def test_odd_dates_give_null_not_a_wrong_value(crawl: dict[str, Any]) -> None:
    future, impossible = crawl["records"]["future-date"], crawl["records"]["impossible-date"]
    assert future["published_at"] is None and future["published_at_raw"] == "04.11.2030, 11:20"
    assert impossible["published_at"] is None and impossible["published_at_raw"] == "32 марта 2024, 10:00"
    assert crawl["stats"]["newsbot/dates/problem/future"] == 1
    assert crawl["stats"]["newsbot/dates/problem/unparsable"] == 2  # impossible-date and broken-offset


def test_a_cms_empty_date_or_a_broken_offset_is_not_a_publication_time(crawl: dict[str, Any]) -> None:
    # The Unix epoch everywhere: no date at all, not 1970 (nor 1970 in Almaty's mean time of 1924).
    epoch = crawl["records"]["epoch-date"]
    assert (epoch["published_at"], epoch["modified_at"]) == (None, None)
    assert epoch["published_at_raw"] == "01.01.1970, 06:00"
    # The epoch only in the datetime attribute: the visible date is the publication time.
    assert crawl["records"]["epoch-attribute"]["published_at"] == "2024-11-04T11:20:00+05:00"
    assert crawl["records"]["epoch-attribute"]["modified_at"] == "2024-11-04T11:47:12+05:00"
    assert crawl["stats"]["newsbot/dates/problem/too_old"] == 2
    assert crawl["stats"]["newsbot/dates/problem/modified_too_old"] == 1
    # An offset no zone has ("+99:00") makes the attribute unreadable, not the crawl fail.
    assert crawl["records"]["broken-offset"]["published_at"] == "2024-11-04T11:20:00+05:00"
    assert crawl["stats"]["newsbot/dates/source/text"] >= 3


def test_json_ld_that_is_broken_or_lies_is_not_trusted(crawl: dict[str, Any]) -> None:
    assert crawl["records"]["invalid-jsonld"]["published_at"] == "2024-11-04T11:20:00+05:00"
    assert crawl["stats"]["newsbot/page/jsonld_invalid"] == 1
    assert crawl["records"]["lying-jsonld"]["published_at"] == "2024-11-04T11:20:00+05:00"
    assert crawl["stats"]["newsbot/dates/problem/jsonld_disagrees"] >= 1


def test_headline_fallbacks(crawl: dict[str, Any]) -> None:
    assert crawl["records"]["headline-only-in-og-title"]["headline"] == HEADLINE
    # Only JSON-LD has it, with half an emoji (a lone surrogate): cleaned, not a dropped item.
    assert crawl["records"]["broken-emoji-jsonld"]["headline"] == HEADLINE


def test_text_hazards_are_cleaned(crawl: dict[str, Any]) -> None:
    record = crawl["records"]["text-hazards"]
    assert record["published_at"] == "2024-11-04T11:20:00+05:00"
    assert record["published_at_raw"] == "Обновлено: 04.11.2024, 11:20"
    assert record["paragraphs"][1].startswith("«Встреча» была посвящена")
    assert record["paragraphs"][2].startswith("Стороны обсудили возможность")
    assert record["paragraphs"][6].startswith("Обе стороны выразили")
    for text in record["paragraphs"]:
        assert not any(ch in text for ch in "\u200b\u00ad\u2028\u2029\x07")


def test_very_long_pages_are_exported_whole(crawl: dict[str, Any]) -> None:
    long = crawl["records"]["five-thousand-paragraphs"]
    assert len(long["paragraphs"]) == 5000
    guillemets = crawl["records"]["two-thousand-guillemets"]
    assert [q["text"] for q in guillemets["quotes"]] == ["Да, конечно"]


def test_every_output_line_is_valid_json(crawl: dict[str, Any]) -> None:
    assert len(crawl["records"]) == 18
