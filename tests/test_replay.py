from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from newsbot.replay import ReplayDownloadHandler, file_name_for
from tests.conftest import MIRROR


def _download(handler: ReplayDownloadHandler, url: str) -> Response:
    return asyncio.run(handler.download_request(Request(url)))


def test_replay_serves_saved_bytes_status_and_headers() -> None:
    crawler = get_crawler(settings_dict={"NEWSBOT_REPLAY": str(MIRROR)})
    handler = ReplayDownloadHandler(crawler)
    response = _download(handler, "https://bestnews.kz/robots.txt")
    assert response.status == 200
    assert response.body == (MIRROR / "robots.txt").read_bytes()
    assert "replay" in response.flags
    assert crawler.stats.get_value("newsbot/replay/hit") == 1


def test_replay_answers_redirects_from_the_index() -> None:
    crawler = get_crawler(settings_dict={"NEWSBOT_REPLAY": str(MIRROR)})
    handler = ReplayDownloadHandler(crawler)
    response = _download(handler, "https://bestnews.kz/index.php/bn-v-mire/item/7533-v-kitae-zapustili-novyj-poezd")
    assert response.status == 301
    assert response.headers["Location"] == b"https://bestnews.kz/v-mire/81900-v-kitae-zapustili-novyj-poezd"


def test_replay_miss_is_a_counted_404() -> None:
    crawler = get_crawler(settings_dict={"NEWSBOT_REPLAY": str(MIRROR)})
    handler = ReplayDownloadHandler(crawler)
    response = _download(handler, "https://bestnews.kz/not/in-the-mirror")
    assert response.status == 404
    assert crawler.stats.get_value("newsbot/replay/miss") == 1


class FakeLiveHandler:
    """Stands in for the HTTP handler: the record path is the real one, only the network is not."""

    pages = {
        "https://example.kz/a": (200, {"Content-Type": "text/html; charset=utf-8"}, "<p>Привет</p>".encode()),
        "https://example.kz/old": (301, {"Location": "https://example.kz/a", "Set-Cookie": "x=1"}, b""),
    }

    def __init__(self, crawler: Any):
        self.closed = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> FakeLiveHandler:
        return cls(crawler)

    async def download_request(self, request: Request) -> Response:
        status, headers, body = self.pages[request.url]
        return HtmlResponse(url=request.url, status=status, headers=headers, body=body)

    async def close(self) -> None:
        self.closed = True


def test_record_then_replay_round_trip(tmp_path: Path) -> None:
    live = f"{__name__}.FakeLiveHandler"
    crawler = get_crawler(settings_dict={"NEWSBOT_RECORD": str(tmp_path), "NEWSBOT_LIVE_DOWNLOAD_HANDLER": live})
    recorder = ReplayDownloadHandler(crawler)
    for url in FakeLiveHandler.pages:
        _download(recorder, url)
    asyncio.run(recorder.close())
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert index["https://example.kz/old"] == {
        "file": None,
        "status": 301,
        "headers": {"Location": "https://example.kz/a"},
    }
    assert (tmp_path / index["https://example.kz/a"]["file"]).read_bytes() == "<p>Привет</p>".encode()

    replayer = ReplayDownloadHandler(get_crawler(settings_dict={"NEWSBOT_REPLAY": str(tmp_path)}))
    response = _download(replayer, "https://example.kz/a")
    assert response.status == 200
    assert response.text == "<p>Привет</p>"


def test_recorded_file_names_are_readable_and_unique() -> None:
    assert file_name_for("https://bestnews.kz/sport/80555-barys", "text/html") == "sport-80555-barys.html"
    a = file_name_for("https://bestnews.kz/kazakhstan?start=4", "text/html")
    b = file_name_for("https://bestnews.kz/kazakhstan?start=8", "text/html")
    assert a != b and a.startswith("kazakhstan-")
    assert file_name_for("https://bestnews.kz/sitemap.xml", "application/xml") == "sitemap.xml"


def _mirror_with_validators(tmp_path: Path) -> Path:
    (tmp_path / "feed.xml").write_bytes(b"<rss><channel></channel></rss>")
    (tmp_path / "index.json").write_text(json.dumps({
        "https://example.kz/feed": {"file": "feed.xml", "status": 200, "headers": {
            "Content-Type": "application/rss+xml", "ETag": '"v2"', "Last-Modified": "Thu, 26 Nov 2026 10:00:00 GMT"}},
        "https://example.kz/gone": {"file": None, "status": 404, "headers": {"ETag": '"v2"'}},
    }), encoding="utf-8")  # fmt: skip
    return tmp_path


def test_replay_answers_a_conditional_request_as_a_server_with_validators_does(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={"NEWSBOT_REPLAY": str(_mirror_with_validators(tmp_path))})
    handler = ReplayDownloadHandler(crawler)

    def fetch(url: str, headers: dict[str, str]) -> Response:
        return asyncio.run(handler.download_request(Request(url, headers=headers)))

    same = fetch("https://example.kz/feed", {"If-None-Match": '"v2"'})
    assert same.status == 304 and same.body == b""
    assert same.headers.get("ETag") == b'"v2"' and same.headers.get("Content-Type") is None
    assert fetch("https://example.kz/feed", {"If-Modified-Since": "Thu, 26 Nov 2026 10:00:00 GMT"}).status == 304
    changed = fetch("https://example.kz/feed", {"If-None-Match": '"v1"'})
    assert changed.status == 200 and changed.body == b"<rss><channel></channel></rss>"
    assert fetch("https://example.kz/feed", {}).status == 200
    assert fetch("https://example.kz/gone", {"If-None-Match": '"v2"'}).status == 404  # only a 200 becomes a 304
    assert crawler.stats.get_value("newsbot/replay/not_modified") == 2


class NotModifiedLiveHandler(FakeLiveHandler):
    pages = {"https://example.kz/a": (304, {"ETag": '"v2"'}, b"")}


def test_a_304_is_not_recorded_over_the_page(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={
        "NEWSBOT_RECORD": str(tmp_path), "NEWSBOT_LIVE_DOWNLOAD_HANDLER": f"{__name__}.NotModifiedLiveHandler"})  # fmt: skip
    recorder = ReplayDownloadHandler(crawler)
    assert _download(recorder, "https://example.kz/a").status == 304
    asyncio.run(recorder.close())
    assert not (tmp_path / "index.json").exists()  # nothing recorded: a 304 has no page to keep


class TwoSchemesLiveHandler(FakeLiveHandler):
    pages = {
        "http://example.kz/a": (301, {"Location": "https://example.kz/a"}, b""),
        "https://example.kz/a": (200, {"Content-Type": "text/html; charset=utf-8"}, "<p>Привет</p>".encode()),
    }


def test_recording_through_the_http_and_the_https_handler_keeps_both_in_the_index(tmp_path: Path) -> None:
    """Scrapy makes a handler per scheme; each wrote its own index at close, the last over the first,
    so a recorded mirror lost every http:// response (the redirects to https, typically). A URL
    of an earlier recording into the folder stays, and one recorded again is replaced."""
    (tmp_path / "index.json").write_text(json.dumps({
        "https://example.kz/earlier": {"file": None, "status": 404, "headers": {}},
        "https://example.kz/a": {"file": None, "status": 500, "headers": {}},
    }), encoding="utf-8")  # fmt: skip
    crawler = get_crawler(settings_dict={
        "NEWSBOT_RECORD": str(tmp_path), "NEWSBOT_LIVE_DOWNLOAD_HANDLER": f"{__name__}.TwoSchemesLiveHandler"})  # fmt: skip
    http, https = ReplayDownloadHandler(crawler), ReplayDownloadHandler(crawler)
    _download(http, "http://example.kz/a")
    _download(https, "https://example.kz/a")
    asyncio.run(https.close())
    asyncio.run(http.close())
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert index["http://example.kz/a"]["status"] == 301
    assert index["https://example.kz/a"]["status"] == 200
    assert index["https://example.kz/earlier"]["status"] == 404


def test_a_replay_of_a_folder_that_holds_no_mirror_does_not_start(tmp_path: Path) -> None:
    """A mistyped NEWSBOT_REPLAY made every download fail, and the run read as a site that is down
    ("robots.txt unreachable"). It is a usage error now (exit 2), from the crawl command and from
    the add-on (scrapyd and other launchers)."""
    from scrapy.exceptions import UsageError
    from scrapy.settings import Settings

    from newsbot.addon import NewsbotAddon
    from tests.conftest import run_crawl

    result = run_crawl(tmp_path, "-s", f"NEWSBOT_REPLAY={tmp_path / 'mirorr'}", "-s", "NEWSBOT_STATE=")
    assert result.returncode == 2
    assert f"NEWSBOT_REPLAY={tmp_path / 'mirorr'}: no mirror there (index.json not found)" in result.stderr
    assert "robots.txt" not in result.stderr
    with pytest.raises(UsageError, match="no mirror there"):
        NewsbotAddon().update_settings(Settings({"NEWSBOT_REPLAY": str(tmp_path)}))
    NewsbotAddon().update_settings(Settings({"NEWSBOT_REPLAY": str(MIRROR)}))  # a mirror: fine


def test_the_http_and_the_https_handler_of_a_crawl_replay_one_mirror(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Scrapy builds one handler per scheme. The mirror is read (and logged) once per crawl, and a
    # URL with a sequence of answers gets the next one whichever handler is asked.
    busy = {"file": None, "status": 503, "headers": {"Retry-After": "1"}}
    (tmp_path / "page.html").write_bytes(b"<p>ok</p>")
    ok = {"file": "page.html", "status": 200, "headers": {"Content-Type": "text/html"}}
    (tmp_path / "index.json").write_text(json.dumps({"https://example.kz/a": {"sequence": [busy, ok]}}))
    crawler = get_crawler(settings_dict={"NEWSBOT_REPLAY": str(tmp_path)})
    with caplog.at_level("INFO", logger="newsbot.replay"):
        first, second = ReplayDownloadHandler(crawler), ReplayDownloadHandler(crawler)
    assert [r.getMessage() for r in caplog.records] == [f"Replaying 1 saved responses from {tmp_path}"]
    assert first.mirror is second.mirror
    assert _download(first, "https://example.kz/a").status == 503
    assert _download(second, "https://example.kz/a").status == 200
    # Another crawl replays the mirror from its start.
    other = ReplayDownloadHandler(get_crawler(settings_dict={"NEWSBOT_REPLAY": str(tmp_path)}))
    assert _download(other, "https://example.kz/a").status == 503
