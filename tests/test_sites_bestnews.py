"""Every Bestnews.kz mirror article, extracted as the crawl would, against its expected record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbot.cli import extract_page
from tests.conftest import MIRROR
from tests.site_fixtures import check_case, check_quote_offsets, site_cases

CASES = site_cases(MIRROR)


def test_the_mirror_is_big_and_varied_enough() -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in CASES]
    normal = [r for r in records if "tmpl=amp" not in r["fetched_url"]]
    amp = [r for r in records if "tmpl=amp" in r["fetched_url"]]
    assert len(normal) >= 40
    assert len({r["section"] for r in normal if r["language"] == "ru"}) >= 5
    assert sum(1 for r in normal if r["language"] == "kk") >= 2
    assert len(amp) >= 3 and {r["url"] for r in amp} <= {r["url"] for r in normal}
    assert max(len(r["paragraphs"]) for r in normal) >= 40
    assert min(len(r["paragraphs"]) for r in normal) <= 2
    html = [p.with_suffix(".html").read_text(encoding="utf-8") for p in CASES]
    assert sum("com-content-article__body" in page for page in html) >= 8


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_article_fields_match_the_expected_record(path: Path) -> None:
    check_case(path)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_quote_offsets_point_into_the_body(path: Path) -> None:
    check_quote_offsets(path)


def test_non_article_page_is_refused() -> None:
    with pytest.raises(ValueError, match="not an article"):
        extract_page((MIRROR / "reklama.html").read_bytes(), "https://bestnews.kz/reklama")


def test_seed_article_text_is_exactly_the_seed() -> None:
    record = json.loads(
        (MIRROR / "kazakhstan-98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra.json").read_text(encoding="utf-8")
    )
    seed_lines = [
        "Накануне государственного визита Президента Республики Казахстан Касым-Жомарта Токаева во Францию",
        "«Нас интересует сотрудничество в части совместной научной работы",
        "«Мы открыты к сотрудничеству в том числе и в направлении совместной организации выставок",
    ]
    assert len(record["paragraphs"]) == 7
    assert record["paragraphs"][0].startswith(seed_lines[0])
    assert record["paragraphs"][3].startswith(seed_lines[1])
    assert record["paragraphs"][5].startswith(seed_lines[2])
    assert len(record["tag_cloud"]) == 30
