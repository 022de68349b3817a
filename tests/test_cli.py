from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MIRROR, ROOT, run_crawl

SEED_URL = "https://bestnews.kz/kazakhstan/98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra"
SEED_PAGE = MIRROR / "kazakhstan-98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra.html"


def newsbot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbot.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_extract_prints_the_record_of_a_saved_page() -> None:
    result = newsbot("extract", str(SEED_PAGE), "--url", SEED_URL)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["url"] == SEED_URL
    assert record["published_at"] == "2024-11-04T11:20:00+05:00"
    assert len(record["tag_cloud"]) == 30
    assert record["paragraphs"][3].startswith("«Нас интересует сотрудничество")
    speakers = [q["speaker"] for q in record["quotes"]]
    assert speakers == ["Аида Балаева", "Лоранс де Кар"]
    assert record["attributions"][0]["source"] == "Минкультуры и информации РК"
    assert record["attributions"][0]["via"] == "Bestnews.kz"


def test_extract_refuses_a_non_article_page() -> None:
    result = newsbot("extract", str(MIRROR / "reklama.html"), "--url", "https://bestnews.kz/reklama")
    assert result.returncode == 2
    assert "not an article" in result.stderr
    assert result.stdout == ""


def test_extract_uses_the_generic_extractor_for_an_unknown_site() -> None:
    result = newsbot("extract", str(SEED_PAGE), "--url", "https://example.com/a")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["extraction"] == "generic"
    assert record["site"] == "example.com"
    assert record["headline"] == "Аида Балаева провела встречу с директором Лувра"
    assert record["quotes"][0]["speaker"] == "Аида Балаева"


def test_schema_command_prints_the_checked_in_schema() -> None:
    result = newsbot("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == json.loads((ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("spider", "arguments", "message"),
    [
        ("bestnews", ["-a", "sections=sprot,sport"], "-a sections=sprot,sport: unknown sprot; known: kazakhstan,"),
        ("bestnews", ["-a", "since=2026-13-01"], "-a since=2026-13-01: not a date (YYYY-MM-DD)"),
        ("bestnews", ["-a", "max_pages=abc"], "-a max_pages=abc: not a number of pages (1 or more)"),
        ("bestnews", ["-a", "max_pages=0"], "-a max_pages=0: not a number of pages (1 or more)"),
        ("generic", [], "give -a start_urls=URL[,URL...] or -a sitemap=URL"),
    ],
)
def test_a_spider_argument_that_makes_no_sense_is_a_usage_error(
    tmp_path: Path, spider: str, arguments: list[str], message: str
) -> None:
    """A mistyped argument ended in a traceback ("Task exception was never retrieved", "month must
    be in 1..12") that did not name the argument. Now: one line naming it, exit 2, nothing crawled."""
    result = run_crawl(tmp_path, *arguments, "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", "NEWSBOT_STATE=", spider=spider)
    assert result.returncode == 2
    assert f"error: {message}" in result.stderr
    assert "Traceback" not in result.stderr and "Spider opened" not in result.stderr


@pytest.mark.parametrize(
    ("floors", "message"),
    [
        ("notjson", "NEWSBOT_COVERAGE_FLOORS=notjson: not a JSON object"),
        ('{"headlin": 1}', "NEWSBOT_COVERAGE_FLOORS: no field 'headlin'; the summary counts headline, body,"),
        ('{"headline": 2}', "NEWSBOT_COVERAGE_FLOORS: the floor of headline is 2, not a share from 0 to 1"),
        ('{"body": "all"}', "NEWSBOT_COVERAGE_FLOORS: the floor of body is 'all', not a share from 0 to 1"),
    ],
)
def test_coverage_floors_that_make_no_sense_are_a_usage_error(tmp_path: Path, floors: str, message: str) -> None:
    """Floors that were no JSON ended in a traceback; a misspelt field or a floor above 1 failed
    every run ("headlin on 0% of articles"), which reads as a site whose markup changed."""
    result = run_crawl(
        tmp_path, "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", "NEWSBOT_STATE=", "-s", f"NEWSBOT_COVERAGE_FLOORS={floors}"
    )
    assert result.returncode == 2
    assert f"error: {message}" in result.stderr and "Traceback" not in result.stderr


def test_extract_of_a_file_that_is_not_there_says_so() -> None:
    result = newsbot("extract", str(MIRROR / "no-such-page.html"), "--url", SEED_URL)
    assert result.returncode == 2
    assert result.stderr == f"newsbot: cannot read {MIRROR / 'no-such-page.html'}: No such file or directory\n"
