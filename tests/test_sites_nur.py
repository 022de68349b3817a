"""NUR.KZ: every mirror article against its expected record, the HTML/JSON-LD body choice, and a
crawl of the whole mirror with ``scrapy crawl nur``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scrapy.http import HtmlResponse

from newsbot.cli import extract_page
from newsbot.sites.markup import compiled_css
from newsbot.sites.nur import NurArticlePage, article_url, choose_body, jsonld_paragraphs
from tests.conftest import FIXTURES, crawl_mirror
from tests.site_fixtures import (
    check_case,
    check_clean_crawl,
    check_exported_once,
    check_quote_offsets,
    site_cases,
    site_index,
)

NUR = FIXTURES / "nur"
CASES = site_cases(NUR)

# Pages whose HTML shows only the first paragraphs ("Читать полностью"): the text is in JSON-LD.
JSONLD_COMPLETE = [
    "politics-kazakhstan-2149083-senat-vernul-v-mazhilis-zakon-o-media",
    "society-kazakhstan-2265410-v-almaty-otkroyut-novye-stancii-metro",
    "sport-football-2271083-kajrat-vyshel-v-osnovnoj-etap-ligi-chempionov",
]
# Pages whose JSON-LD articleBody is cut ("...") or missing: the text is in the HTML.
HTML_COMPLETE = [
    "society-health-2163055-v-almaty-vyros-spros-na-vakcinaciyu-ot-kori",
    "nurfin-economy-2125478-nacbank-sohranil-bazovuyu-stavku",
    "incident-kazakhstan-2340577-v-shymkente-zaderzhali-telefonnyh-moshennikov",
]


def read_page(case: str) -> NurArticlePage:
    expected = json.loads((NUR / f"{case}.json").read_text(encoding="utf-8"))
    body = (NUR / f"{case}.html").read_bytes()
    headers = {"Content-Type": "text/html; charset=utf-8"}
    response = HtmlResponse(url=expected["fetched_url"], body=body, headers=headers)
    return NurArticlePage(response)


def test_the_mirror_is_big_and_varied_enough() -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in CASES]
    assert len(records) >= 12
    assert len({r["section"] for r in records}) >= 3
    assert {r["published_at"][:4] for r in records} >= {"2023", "2024", "2025", "2026"}
    assert all(r["site"] == "nur.kz" and 4 <= len(r["paragraphs"]) <= 15 for r in records)
    index = site_index(NUR)
    assert {r["fetched_url"] for r in records} <= set(index)
    pages = ("/latest/", "/latest/?page=2", "/latest/?page=3", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt")
    for page in pages:
        assert f"https://www.nur.kz{page}" in index


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_article_fields_match_the_expected_record(path: Path) -> None:
    check_case(path)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_quote_offsets_point_into_the_body(path: Path) -> None:
    check_quote_offsets(path)


@pytest.mark.parametrize(
    ("file", "url"),
    [
        ("advertising.html", "https://www.nur.kz/advertising/"),
        ("latest.html", "https://www.nur.kz/latest/"),
        ("404.html", "https://www.nur.kz/society/kazakhstan/2305512-v-karagande-otkryli-ledovyj-gorodok/"),
    ],
)
def test_non_article_page_is_refused(file: str, url: str) -> None:
    with pytest.raises(ValueError, match="not an article"):
        extract_page((NUR / file).read_bytes(), url)


@pytest.mark.parametrize("case", JSONLD_COMPLETE)
def test_cut_html_body_is_read_from_jsonld(case: str) -> None:
    page = read_page(case)
    html = compiled_css("div.formatted-body p.formatted-body__paragraph")(page.root)
    assert len(html) == 3  # the lead and two paragraphs, then "Читать полностью"
    assert compiled_css("div.article__read-more")(page.root)
    article = page.to_article()
    assert article.raw is not None and article.raw["body_source"] == "jsonld"
    expected = json.loads((NUR / f"{case}.json").read_text(encoding="utf-8"))
    assert len(article.paragraphs) == len(expected["paragraphs"]) > 2


@pytest.mark.parametrize("case", HTML_COMPLETE)
def test_cut_or_missing_jsonld_body_is_read_from_html(case: str) -> None:
    page = read_page(case)
    body = (page.jsonld_article() or {}).get("articleBody")
    assert body is None or body.endswith("...")
    article = page.to_article()
    assert article.raw is not None and article.raw["body_source"] == "html"
    expected = json.loads((NUR / f"{case}.json").read_text(encoding="utf-8"))
    assert len(article.paragraphs) == len(expected["paragraphs"])


def test_complete_copies_prefer_html() -> None:
    page = read_page("society-education-2078934-v-kazakhstane-izmenyat-pravila-priema-v-pervyj-klass")
    assert page.to_article().raw["body_source"] == "html"  # type: ignore[index]


@pytest.mark.parametrize(
    ("html", "jsonld", "lead", "expected"),
    [
        (["Один.", "Два."], "Лид.\nОдин.\nДва.\nТри.", "Лид.", (["Один.", "Два.", "Три."], "jsonld")),
        (["Один.", "Два.", "Три."], "Лид.\nОдин.\nДва...", "Лид.", (["Один.", "Два.", "Три."], "html")),
        (["Один.", "Два."], None, None, (["Один.", "Два."], "html")),
        (["Один.", "Два."], "Один.\nДва.", None, (["Один.", "Два."], "html")),
        ([], "Один.\nДва.", None, (["Один.", "Два."], "jsonld")),
        # A longer JSON-LD text that does not begin with the page's text is another article's.
        (["Один.", "Два."], "Чужой.\nТекст.\nДлиннее.", None, (["Один.", "Два."], "html")),
    ],
)
def test_choose_body(html: list[str], jsonld: str | None, lead: str | None, expected: tuple[list[str], str]) -> None:
    assert choose_body(html, jsonld, lead) == expected


def test_jsonld_paragraphs_drop_lead_and_read_also() -> None:
    text = "Лид.\n\nПервый абзац.\nЧитайте также: Другая новость\n Второй абзац. \n"
    assert jsonld_paragraphs(text, "Лид.") == ["Первый абзац.", "Второй абзац."]


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www.nur.kz/sport/hockey/2093266-barys-obygral-avangard-v-overtajme/",
         "https://www.nur.kz/sport/hockey/2093266-barys-obygral-avangard-v-overtajme/"),
        ("https://nur.kz/sport/hockey/2093266-barys-obygral-avangard-v-overtajme?utm_source=rss",
         "https://www.nur.kz/sport/hockey/2093266-barys-obygral-avangard-v-overtajme/"),
        ("https://www.nur.kz/latest/?page=2", None),
        ("https://www.nur.kz/sport/", None),
        ("https://www.nur.kz/tags/barys/", None),
        ("https://www.nur.kz/advertising/", None),
        ("https://www.nur.kz/sport/hockey/209326-short-id/", None),
    ],
)  # fmt: skip
def test_article_url(url: str, canonical: str | None) -> None:
    assert article_url(url) == canonical


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return crawl_mirror(tmp_path_factory.mktemp("crawl-nur"), NUR, spider="nur")


def test_crawl_exits_zero(crawl: dict[str, Any]) -> None:
    check_clean_crawl(crawl, "nur")


def test_crawl_exports_every_article_exactly_once(crawl: dict[str, Any]) -> None:
    check_exported_once(crawl, {json.loads(p.read_text(encoding="utf-8"))["url"] for p in CASES})
    assert all(r["headline"] and r["body"] and r["published_at"] for r in crawl["records"])


def test_crawl_asked_only_for_mirrored_pages(crawl: dict[str, Any]) -> None:
    stats = crawl["report"]["stats"]
    assert "newsbot/replay/miss" not in stats
    assert stats["newsbot/dropped/http_404"] == 1  # the deleted article still listed on /latest/
    assert stats["newsbot/listing/pages"] == 3 + 6  # /latest/ x3, five sections, /society/?page=2


@pytest.mark.parametrize(
    ("first_paragraph", "lead"),
    [
        ("<strong>Весь абзац жирным.</strong>", "Весь абзац жирным."),
        ("<strong>Напомним</strong>, что абзац только начинается жирным словом.", None),
        ("Обычный первый абзац.", None),
    ],
)
def test_lead_is_a_wholly_bold_first_paragraph(first_paragraph: str, lead: str | None) -> None:
    body = (
        '<html lang="ru"><body><article class="article"><div class="formatted-body">'
        f'<p class="formatted-body__paragraph">{first_paragraph}</p>'
        '<p class="formatted-body__paragraph">Второй абзац.</p></div></article></body></html>'
    ).encode()
    response = HtmlResponse(url="https://www.nur.kz/society/kazakhstan/2000001-test/", body=body, encoding="utf-8")
    page = NurArticlePage(response)
    assert page.lead() == lead
    assert page.paragraphs()[-1] == "Второй абзац." and len(page.paragraphs()) == (1 if lead else 2)
