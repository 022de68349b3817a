from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import MIRROR, ROOT

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
