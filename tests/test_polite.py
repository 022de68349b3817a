"""Politeness and honest failure: robots.txt 5xx and Crawl-delay, Retry-After, empty runs, locked store."""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from newsbot.middlewares import retry_after_seconds
from tests.conftest import MIRROR, read_jsonl, run_crawl

ARTICLE = "https://bestnews.kz/sport/80555-barys-obygral-avangard"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def tiny_mirror(tmp_path: Path, robots: dict[str, Any], article: dict[str, Any]) -> Path:
    """A one-listing mirror: robots.txt, the sport listing trimmed to one card, one article."""
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    shutil.copy(MIRROR / "robots.txt", mirror / "robots.txt")
    shutil.copy(MIRROR / "sport-80555-barys-obygral-avangard.html", mirror / "article.html")
    (mirror / "listing.html").write_text(
        '<html><body class="com-content view-category"><div class="blog-item">'
        f'<h2><a class="uk-link-heading" href="{ARTICLE}">Барыс</a></h2>'
        '<time itemprop="datePublished" datetime="2023-05-21T21:30:00+06:00">21.05.2023, 21:30</time>'
        "</div></body></html>",
        encoding="utf-8",
    )
    index = {
        "https://bestnews.kz/robots.txt": robots,
        "https://bestnews.kz/sport": {"file": "listing.html", "status": 200, "headers": HTML},
        ARTICLE: article,
    }
    (mirror / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return mirror


def crawl_tiny(tmp_path: Path, mirror: Path, *extra: str) -> tuple[Any, dict[str, Any]]:
    result = run_crawl(
        tmp_path, "-a", "sections=sport",
        "-s", f"NEWSBOT_REPLAY={mirror}", "-s", "NEWSBOT_STATS_FILE=stats.json",
        "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=2", *extra,
    )  # fmt: skip
    report = json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))
    return result, report


OK_ROBOTS = {"file": "robots.txt", "status": 200, "headers": {"Content-Type": "text/plain"}}
OK_ARTICLE = {"file": "article.html", "status": 200, "headers": HTML}


def test_robots_5xx_disallows_everything_and_fails_the_run(tmp_path: Path) -> None:
    mirror = tiny_mirror(tmp_path, {"file": None, "status": 503, "headers": {}}, OK_ARTICLE)
    result, report = crawl_tiny(tmp_path, mirror, "-O", "out.jsonl")
    assert result.returncode == 1
    assert report["stats"]["newsbot/robots/unreachable"] == 1
    assert report["stats"].get("robotstxt/forbidden", 0) >= 1
    assert not (tmp_path / "out.jsonl").exists()
    assert any("robots.txt unreachable" in f for f in report["failures"])


def test_retry_after_is_honoured(tmp_path: Path) -> None:
    article = {"sequence": [{"file": None, "status": 503, "headers": {"Retry-After": "2"}}, OK_ARTICLE]}
    mirror = tiny_mirror(tmp_path, OK_ROBOTS, article)
    started = time.monotonic()
    result, report = crawl_tiny(tmp_path, mirror, "-O", "out.jsonl")
    assert result.returncode == 0, result.stderr[-2000:]
    assert report["stats"]["newsbot/retry_after/honoured"] == 1
    assert time.monotonic() - started >= 2.0
    # The retry went out at least 2 s after the 503 (log timestamps have 1 s resolution).
    assert "retrying in 2 s as Retry-After asks" in result.stderr
    assert [r["url"] for r in read_jsonl(tmp_path / "out.jsonl")] == [ARTICLE]


def test_too_long_retry_after_gives_up_with_a_reason(tmp_path: Path) -> None:
    article = {"file": None, "status": 429, "headers": {"Retry-After": "86400"}}
    mirror = tiny_mirror(tmp_path, OK_ROBOTS, article)
    result, report = crawl_tiny(tmp_path, mirror, "-O", "out.jsonl")
    assert result.returncode == 1
    assert report["stats"]["newsbot/retry_after/too_long"] == 1
    assert report["stats"]["newsbot/dropped/http_429"] == 1


def test_retry_after_header_forms() -> None:
    from datetime import datetime

    now = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds("Fri, 27 Nov 2026 10:01:30 GMT", now) == 90
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_empty_run_keeps_the_previous_output(tmp_path: Path) -> None:
    mirror = tiny_mirror(tmp_path, OK_ROBOTS, OK_ARTICLE)
    (tmp_path / "out.jsonl").write_text('{"previous": true}\n', encoding="utf-8")
    # since= after the only card: nothing to export, and -O must not empty the old file.
    result, report = crawl_tiny(tmp_path, mirror, "-a", "since=2030-01-01", "-O", "out.jsonl")
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == '{"previous": true}\n'
    assert report["outputs"] == []
    assert result.returncode == 0, result.stderr[-2000:]
    assert "no file (nothing new to export)" in result.stderr


def test_listing_without_article_links_fails_the_run(tmp_path: Path) -> None:
    mirror = tiny_mirror(tmp_path, OK_ROBOTS, OK_ARTICLE)
    (mirror / "listing.html").write_text("<html><body>редизайн</body></html>", encoding="utf-8")
    result, report = crawl_tiny(tmp_path, mirror, "-O", "out.jsonl")
    assert result.returncode == 1
    assert any("no article link" in f for f in report["failures"])


def test_safe_defaults() -> None:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("newsbot.settings")
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED") and settings.getfloat("AUTOTHROTTLE_START_DELAY") >= 1
    assert "+http" in settings.get("USER_AGENT")
    assert settings.getint("DOWNLOAD_MAXSIZE") == 10 * 1024 * 1024
    assert not settings.getbool("TELNETCONSOLE_ENABLED") and not settings.getbool("REMOTE_CONTROL_ENABLED")
    assert not settings.get("JOBDIR") and not settings.getbool("HTTPCACHE_ENABLED")


def test_a_crawl_opens_no_control_server_and_leaves_no_job_file(tmp_path: Path) -> None:
    """Scrapy 2.19 starts a remote-control HTTP server in every crawl (it runs Python code sent to
    it) and writes its port and token to a job file in the user's state folder; a crawl that is
    killed leaves that file behind. Scheduled runs did so every time: hundreds of stale files."""
    mirror = tiny_mirror(tmp_path, OK_ROBOTS, OK_ARTICLE)
    jobs = tmp_path / "job_files"
    result, _report = crawl_tiny(tmp_path, mirror, "-s", f"REMOTE_CONTROL_JOBS_DIR={jobs}", "-s", "LOG_LEVEL=INFO")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Remote control HTTP server" not in result.stderr
    assert not jobs.exists()


@pytest.mark.parametrize("autothrottle", ["False", "True"])
def test_robots_crawl_delay_is_obeyed(tmp_path: Path, autothrottle: str) -> None:
    """Scrapy reads robots.txt's Crawl-delay and does nothing with it. newsbot sends one request at
    a time that far apart, and AutoThrottle (here free to go down to no delay at all) does not
    undercut it."""
    mirror = tiny_mirror(tmp_path, OK_ROBOTS, OK_ARTICLE)
    robots = (mirror / "robots.txt").read_text(encoding="utf-8")
    (mirror / "robots.txt").write_text(robots.replace("User-agent: *\n", "User-agent: *\nCrawl-delay: 0.5\n"))
    result, report = crawl_tiny(
        tmp_path, mirror, "-s", f"AUTOTHROTTLE_ENABLED={autothrottle}", "-s", "AUTOTHROTTLE_START_DELAY=0",
        "-O", "out.jsonl",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    stats = report["stats"]
    assert stats["newsbot/robots/crawl_delay/bestnews.kz"] == 0.5
    after_robots = stats["downloader/request_count"] - 1  # robots.txt, then each of these waits
    assert after_robots >= 2
    assert stats["elapsed_time_seconds"] >= after_robots * 0.5 * 0.95
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 1


def test_a_crawl_delay_beyond_the_cap_is_cut_to_it(tmp_path: Path) -> None:
    mirror = tiny_mirror(tmp_path, OK_ROBOTS, OK_ARTICLE)
    robots = (mirror / "robots.txt").read_text(encoding="utf-8")
    (mirror / "robots.txt").write_text(robots.replace("User-agent: *\n", "User-agent: *\nCrawl-delay: 3600\n"))
    result, report = crawl_tiny(tmp_path, mirror, "-s", "NEWSBOT_CRAWL_DELAY_MAX=0.3", "-O", "out.jsonl")
    assert result.returncode == 0, result.stderr[-2000:]
    assert report["stats"]["newsbot/robots/crawl_delay/bestnews.kz"] == 0.3
    assert "asks for 3600 s between requests; newsbot waits 0.3 s" in result.stderr
