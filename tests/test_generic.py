"""The generic fallback spider on a site it has no declaration for (the Bestnews.kz mirror, read
as if unknown), and the tools for adding sites: crawl-all and savefixture."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, MIRROR, ROOT, read_jsonl, run_crawl

EXPECTED = {
    json.loads(p.read_text(encoding="utf-8"))["url"]
    for p in MIRROR.glob("*.json")
    if p.name != "index.json" and "tmpl=amp" not in json.loads(p.read_text(encoding="utf-8"))["fetched_url"]
}


def test_generic_spider_from_start_pages(tmp_path: Path) -> None:
    starts = ",".join(f"https://bestnews.kz/novosti{q}" for q in ("", "?start=15", "?start=30"))
    result = run_crawl(
        tmp_path, "-a", f"start_urls={starts}", "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", "NEWSBOT_STATE=",
        "-s", "NEWSBOT_STATS_FILE=stats.json", "-O", "out.jsonl", spider="generic",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    records = read_jsonl(tmp_path / "out.jsonl")
    assert {r["url"] for r in records} == EXPECTED  # the listings, tag pages and menu pages are not articles
    assert all(r["extraction"] == "generic" for r in records)
    assert all(r["published_at"] for r in records)
    seed = next(r for r in records if "98765" in r["url"])
    assert [q["speaker"] for q in seed["quotes"]] == ["Аида Балаева", "Лоранс де Кар"]
    stats = json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))["stats"]
    assert stats["newsbot/dropped/not_article"] >= 5


def test_generic_spider_from_a_sitemap(tmp_path: Path) -> None:
    result = run_crawl(
        tmp_path, "-a", "sitemap=https://bestnews.kz/sitemap.xml", "-s", f"NEWSBOT_REPLAY={MIRROR}",
        "-s", "NEWSBOT_STATE=", "-O", "out.jsonl", spider="generic",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert {r["url"] for r in read_jsonl(tmp_path / "out.jsonl")} == EXPECTED


def test_generic_spider_needs_a_start(tmp_path: Path) -> None:
    result = run_crawl(tmp_path, "-s", f"NEWSBOT_REPLAY={MIRROR}", spider="generic")
    assert result.returncode != 0
    assert "start_urls" in result.stderr


def test_crawl_all_runs_every_declared_site_with_one_summary(tmp_path: Path) -> None:
    (tmp_path / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    result = subprocess.run(
        [sys.executable, "-m", "newsbot.cli", "crawl-all", "--replay", f"{FIXTURES}/{{spider}}", "--", "-s", "NEWSBOT_STATE="],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "newsbot crawl-all summary: OK" in result.stdout
    sites = [p.name for p in FIXTURES.iterdir() if (p / "index.json").exists() and p.name != "broken"]
    for site in sites:
        assert list((tmp_path / "data" / site).glob("2*.jsonl")), site
        assert f"  {site} " in result.stdout


def test_crawl_all_fails_when_one_site_fails(tmp_path: Path) -> None:
    (tmp_path / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    result = subprocess.run(
        [sys.executable, "-m", "newsbot.cli", "crawl-all", "--only", "bestnews", "--replay", str(tmp_path / "nothing")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode != 0
    assert "FAILED" in result.stdout


def test_savefixture_saves_page_index_and_a_stub_to_review(tmp_path: Path) -> None:
    (tmp_path / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    url = "https://bestnews.kz/sport/80555-barys-obygral-avangard"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "savefixture", url, "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", "NEWSBOT_STATE="],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    folder = tmp_path / "fixtures" / "bestnews"
    assert (folder / "sport-80555-barys-obygral-avangard.html").read_bytes() == (
        MIRROR / "sport-80555-barys-obygral-avangard.html"
    ).read_bytes()
    assert json.loads((folder / "index.json").read_text(encoding="utf-8"))[url]["status"] == 200
    stub = json.loads((folder / "sport-80555-barys-obygral-avangard.json").read_text(encoding="utf-8"))
    assert "_review" in stub  # the fixture tests refuse it until a person has checked it
    assert stub["headline"] == "«Барыс» обыграл «Авангард»"
