"""newsbot's meta-refresh middleware must redirect exactly where Scrapy's does, and skip decoding
the pages that declare no refresh."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as ScrapyMetaRefresh
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newsbot import settings as newsbot_settings
from newsbot.middlewares import MetaRefreshMiddleware, may_declare_refresh

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
URL = "https://bestnews.kz/kazakhstan/1-a"


def _settings() -> Settings:
    values = {k: getattr(newsbot_settings, k) for k in dir(newsbot_settings) if k.isupper()}
    return Settings(values)


def _pair() -> tuple[MetaRefreshMiddleware, ScrapyMetaRefresh]:
    crawler = get_crawler()  # Scrapy's defaults: METAREFRESH_MAXDELAY, REDIRECT_MAX_TIMES, ...
    return MetaRefreshMiddleware.from_crawler(crawler), ScrapyMetaRefresh.from_crawler(crawler)


def _outcome(result: object) -> object:
    return result.url if isinstance(result, Request) else "response"


def _page(head: str, encoding: str = "utf-8", filler: int = 0) -> HtmlResponse:
    html = f"<html><head>{'<!-- ' + 'ж' * filler + ' -->' if filler else ''}{head}</head><body>текст</body></html>"
    return HtmlResponse(url=URL, body=html.encode(encoding), encoding=encoding)


REFRESHES = [
    '<meta http-equiv="refresh" content="0; url=/kazakhstan/2-b">',
    '<META HTTP-EQUIV="Refresh" CONTENT="0;URL=https://bestnews.kz/vlast/3-c">',
    "<meta http-equiv=refresh content='1; url=/sport/4-d'>",
    '<meta http-equiv="refresh" content="600; url=/too-late">',  # longer than METAREFRESH_MAXDELAY
    '<meta http-equiv="refresh" content="0">',  # no URL: not a redirect
    '<noscript><meta http-equiv="refresh" content="0; url=/ignored"></noscript>',
    '<meta name="description" content="refresh of the site">',  # the word, but no refresh
    "",
]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "utf-16"])
@pytest.mark.parametrize("filler", [0, 1000, 3000, 4090, 5000])  # 3000: inside 4,096 characters, past 4,096 bytes
@pytest.mark.parametrize("head", REFRESHES)
def test_redirects_where_scrapy_does(head: str, encoding: str, filler: int) -> None:
    ours, scrapy_own = _pair()
    request = Request(URL)
    expected = _outcome(scrapy_own.process_response(request, _page(head, encoding, filler)))
    assert _outcome(ours.process_response(request, _page(head, encoding, filler))) == expected


def test_the_cases_cover_both_outcomes_and_the_shortcut() -> None:
    ours, _ = _pair()
    request = Request(URL)
    assert _outcome(ours.process_response(request, _page(REFRESHES[0]))) == "https://bestnews.kz/kazakhstan/2-b"
    # a refresh past Scrapy's 4,096 characters is not followed by either (filler 5,000 above)
    assert _outcome(ours.process_response(request, _page(REFRESHES[0], filler=5000))) == "response"
    # a page without the word is passed on without being decoded to text
    plain = _page(REFRESHES[-1])
    assert ours.process_response(request, plain) is plain
    assert plain._cached_ubody is None  # type: ignore[attr-defined]
    assert not may_declare_refresh(plain)
    assert may_declare_refresh(_page(REFRESHES[0], "utf-16"))  # not ASCII bytes: Scrapy decides


def test_fixture_pages_behave_as_with_scrapys_middleware() -> None:
    ours, scrapy_own = _pair()
    pages = sorted(FIXTURES.glob("*/*.html")) + sorted(FIXTURES.glob("broken/**/*.html"))
    assert len(pages) > 100
    for path in pages:
        body = path.read_bytes()
        request = Request(URL)
        mine = ours.process_response(request, HtmlResponse(url=URL, body=body))
        theirs = scrapy_own.process_response(request, HtmlResponse(url=URL, body=body))
        assert _outcome(mine) == _outcome(theirs), path


def test_newsbot_settings_swap_the_middleware() -> None:
    middlewares = _settings().getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware"] is None
    assert middlewares["newsbot.middlewares.MetaRefreshMiddleware"] == 580
