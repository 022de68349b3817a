"""Helpers of the page classes that stand in for slower library calls must give the same answers."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from newsbot.sites import registry
from newsbot.sites.markup import css_to_xpath
from newsbot.sites.urls import http_url, join_url

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

BASES = [
    "https://bestnews.kz/kazakhstan/104250-lesnoj-pozhar",
    "https://bestnews.kz/",
    "https://bestnews.kz",
    "http://bestnews.kz/novosti?start=20",
    "https://www.nur.kz:443/politics/123/",
    "https://user@host.kz/a/b",
    "HTTPS://Bestnews.kz/A",
]
PIECES = ["/", "//", ".", "..", "./", "../", "?", "#", ";", "a", "tags", "горячие-новости", "%D0%B3", " ", "\t",
          "\\", "https://", "http://", "https:", "cdn.bestnews.kz", "x=1", "&", "@", ":", "=", "-", "_"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(BASES), st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
@example("https://bestnews.kz/a", "/tags/barys")
@example("https://bestnews.kz/a", "https://cdn.bestnews.kz/img/1.jpg")
@example("https://bestnews.kz/a", "http://other.kz/x?y=1")
@example("https://bestnews.kz/a", "https://bestnews.kz/x/../y")
@example("https://bestnews.kz/a", "/x?")
@example("https://bestnews.kz/a", "https://a.kz?q")
def test_join_url_is_urljoin(base: str, url: str) -> None:
    assert join_url(base, url) == urljoin(base, url)


def _every_query() -> set[str]:
    """Every CSS selector a page class runs: each site's selectors and the fixed ones of the base."""
    queries = {
        'link[rel="canonical"]::attr(href)', "html::attr(lang)", 'meta[itemprop="interactionCount"]::attr(content)',
        'script[type="application/ld+json"]::text', "img::attr(src), amp-img::attr(src)", "figcaption",
        "img, amp-img", "strong, b",
        # forms the rewrite handles, which no site uses yet
        "#main", ".tag", "div#main > p.lead", "[data-x='1'] [role=main]", "a[href='x'].tag", "p:not(.tag)",
        "[itemprop=articleBody]::text", "span.a.b", "[class='a b']", "[itemprop=\"it's\"]",
    }  # fmt: skip
    for page_class in set(registry().values()):
        selectors = page_class.selectors
        for f in fields(selectors):
            values = getattr(selectors, f.name)
            queries.update(values)
            if values:
                queries.add(", ".join(values))
    return queries


def test_attribute_axis_rewrite_finds_the_same_nodes() -> None:
    pages = sorted(FIXTURES.glob("*/*.html")) + sorted(FIXTURES.glob("broken/**/*.html"))
    roots = [Selector(text=p.read_text(encoding="utf-8", errors="replace")).root for p in pages]
    assert len(roots) > 100
    rewritten = 0
    for query in sorted(_every_query()):
        plain = HTMLTranslator().css_to_xpath(query)
        fast = css_to_xpath(query)
        rewritten += fast != plain
        a, b = etree.XPath(plain), etree.XPath(fast)
        for root in roots:
            assert a(root) == b(root), (query, fast)
    assert rewritten > 20  # the rewrite is in use


def _cloud_page(url: str, hrefs: list[str], counts: tuple[int, int] = (364, 327)) -> list[tuple[str, int, str | None]]:
    from scrapy.http import HtmlResponse

    from newsbot.sites.bestnews import BestnewsArticlePage

    entries = "".join(
        f'<span class="tag"><a class="tag-name" href="{href}">тег {i}</a> <span class="tag-count">{count}</span></span>'
        for i, (href, count) in enumerate(zip(hrefs, counts, strict=True))
    )
    html = f'<html><body><div class="tagspopular">{entries}</div></body></html>'
    page = BestnewsArticlePage(HtmlResponse(url=url, body=html.encode(), encoding="utf-8"))
    return [(t.name, t.count, t.url) for t in page.tag_cloud()]


def test_kept_tag_cloud_readings_resolve_links_for_each_page() -> None:
    site_wide = ["/tags/goryachie-novosti", "https://bestnews.kz/tags/barys"]
    first = _cloud_page("https://bestnews.kz/sport/1-a", site_wide)
    assert first == [
        ("тег 0", 364, "https://bestnews.kz/tags/goryachie-novosti"),
        ("тег 1", 327, "https://bestnews.kz/tags/barys"),
    ]
    assert _cloud_page("https://bestnews.kz/vlast/2-b", site_wide) == first  # kept, and right
    # the same markup on another host resolves against that host
    assert _cloud_page("http://www.bestnews.kz/x", site_wide)[0][2] == "http://www.bestnews.kz/tags/goryachie-novosti"
    # links relative to the page's path are resolved against each page
    relative = ["tags/a", "../tags/b"]
    assert [u for *_, u in _cloud_page("https://bestnews.kz/sport/1-a", relative)] == [
        "https://bestnews.kz/sport/tags/a",
        "https://bestnews.kz/tags/b",
    ]
    assert [u for *_, u in _cloud_page("https://bestnews.kz/a/b/c", relative)] == [
        "https://bestnews.kz/a/b/tags/a",
        "https://bestnews.kz/a/tags/b",
    ]
    # new counts are a new cloud
    assert _cloud_page("https://bestnews.kz/sport/1-a", site_wide, (365, 327))[0][1] == 365


def test_page_classes_parse_the_tree_scrapy_would() -> None:
    from scrapy.http import HtmlResponse

    from newsbot.middlewares import repair_encoding
    from newsbot.sites.markup import _utf8_markup, parse_page

    pages = sorted(FIXTURES.glob("**/*.html"))
    assert len(pages) > 100
    as_bytes = 0
    for path in pages:
        response, _ = repair_encoding(HtmlResponse(url="https://bestnews.kz/x", body=path.read_bytes()))
        assert isinstance(response, HtmlResponse)
        as_bytes += _utf8_markup(response) is not None
        ours = parse_page(response)
        assert etree.tostring(ours, encoding="unicode") == etree.tostring(response.selector.root, encoding="unicode")
    assert len(pages) / 2 < as_bytes < len(pages)  # most take the UTF-8 shortcut; broken pages do not
    # the edge cases of parsel's text path (only spaces, NULs), and of the shortcut that parses
    # UTF-8 bytes as they are: invalid UTF-8, a byte-order mark, space-like characters at the ends
    edges = [b"   ", b"\x00", b"<p>a\x00b</p>", b"<p>a\xffb</p>", b"\xef\xbb\xbf<p>a</p>", b"  <p>\xd0\xb0</p>\n",
             "\u00a0<p>а</p>\u2028".encode(), b"<p>a</p>\x1c", b"<p>a</p", b"p>a</p>"]  # fmt: skip
    for body in edges:
        response = HtmlResponse(url="https://bestnews.kz/x", body=body, encoding="utf-8")
        assert etree.tostring(parse_page(response)) == etree.tostring(response.selector.root)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "amp=1", "tmpl=component", "?"]), max_size=8).map("".join))
@example("https://bestnews.kz/sport/1-a")
@example("https://bestnews.kz/sport/1-a?tmpl=component&x=1#top")
@example("HTTPS://bestnews.kz/a")
def test_strip_query_param_shortcut_agrees(tail: str) -> None:
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    from newsbot.sites.urls import strip_query_param

    for url in ("https://bestnews.kz/" + tail, "http://" + tail, tail):
        parts = urlsplit(url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in {"tmpl", "amp"}]
        assert strip_query_param(url, {"tmpl", "amp"}) == urlunsplit(
            parts._replace(query=urlencode(query), fragment="")
        )


def test_page_classes_give_the_same_records_from_several_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from scrapy.http import HtmlResponse

    from newsbot.sites import page_class_for

    pages = [(p, json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["url"])
             for p in sorted((FIXTURES / "bestnews").glob("*.html")) if p.with_suffix(".json").exists()]  # fmt: skip
    assert len(pages) >= 40

    def read(item: tuple[Path, str]) -> Any:
        path, url = item
        page_class = page_class_for(url)
        assert page_class is not None
        return page_class(HtmlResponse(url=url, body=path.read_bytes())).to_article()

    alone = [read(item) for item in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(read, pages * 3))
    assert together == alone * 3


def test_metadata_index_agrees_with_a_query_per_name() -> None:
    """``meta()`` and ``canonical_link()`` read one walk of the page; each must give what its own
    query would: the first ``<meta>`` naming the key (by property or name) with a content, and the
    first canonical link's href (as ``link[rel="canonical"]::attr(href)``)."""
    from scrapy.http import HtmlResponse

    from newsbot.sites.bestnews import BestnewsArticlePage
    from newsbot.sites.markup import css_first

    edges = [
        b'<html><head><link rel="canonical"><link rel="canonical" href="/b"></head></html>',
        b'<html><head><link rel="Canonical" href="/a"><link rel="canonical nofollow" href="/b"></head></html>',
        b'<html><head><meta name="og:url"><meta property="og:url" content=" x "><meta name="og:url" content="y">'
        b'</head><body><link rel="canonical" href="/late"><meta name="k" content="in body"></body></html>',
    ]
    bodies = [p.read_bytes() for p in sorted(FIXTURES.glob("*/*.html")) + sorted(FIXTURES.glob("broken/**/*.html"))]
    checked = 0
    for body in [*bodies, *edges]:
        page = BestnewsArticlePage(HtmlResponse(url="https://bestnews.kz/x", body=body, encoding="utf-8"))
        assert page.canonical_link() == css_first(page.root, 'link[rel="canonical"]::attr(href)')
        names = {n for m in page.root.iter("meta") for n in (m.get("name"), m.get("property")) if n is not None}
        for name in names:
            found = page.root.xpath("(//meta[@content][@property=$n or @name=$n])[1]/@content", n=name)
            assert page.meta(name) == (found[0].strip() if found and found[0] else None), name
            checked += 1
    assert checked > 500


def test_text_leaves_out_comments_and_processing_instructions() -> None:
    from newsbot.sites.markup import text_of

    html = (
        "<html><body><h1>Пожар<!--noindex--> в Бурабае<!--/noindex--></h1>"
        "<p>Он <?php echo 1 ?>сказал<!-- x --></p><div><!--только комментарий--></div></body></html>"
    )
    root = etree.fromstring(html.encode(), etree.HTMLParser(encoding="utf-8"))
    assert text_of(root.find(".//h1")) == "Пожар в Бурабае"
    assert text_of(root.find(".//p")) == "Он сказал"
    assert text_of(root.find(".//div")) == ""


def test_generic_headline_from_og_title_drops_the_site_name() -> None:
    from scrapy.http import HtmlResponse

    from newsbot.sites.base import without_site_name
    from newsbot.sites.generic import GenericArticlePage

    html = (
        '<html><head><meta property="og:title" content="В Алматы открыли новую линию BRT | Example News">'
        '<meta property="og:site_name" content="Example News"></head><body><p>Текст.</p></body></html>'
    )
    page = GenericArticlePage(HtmlResponse(url="https://example.kz/news/1", body=html.encode(), encoding="utf-8"))
    assert page.headline() == "В Алматы открыли новую линию BRT"
    assert without_site_name("Новости - example.kz", [None, "example.kz"]) == "Новости"
    assert without_site_name("Example News", ["Example News"]) == "Example News"


def test_the_generic_extractor_splits_a_byline_of_several_people() -> None:
    from scrapy.http import HtmlResponse

    from newsbot.sites.generic import GenericArticlePage

    ld = '{"@type": "NewsArticle", "headline": "Заголовок", "author": [{"name": "Иван Иванов, Мария Петрова"}, "Асель Нурова"]}'
    html = f'<html><head><script type="application/ld+json">{ld}</script></head><body><p>Текст.</p></body></html>'
    page = GenericArticlePage(HtmlResponse(url="https://example.kz/news/1", body=html.encode(), encoding="utf-8"))
    assert page.authors() == ["Иван Иванов", "Мария Петрова", "Асель Нурова"]


@pytest.mark.parametrize("header", [None, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1251"])
@pytest.mark.parametrize(
    "meta", ["", '<meta charset="utf-8">', '<meta charset="windows-1251">', '<meta charset="bogus">']
)
@pytest.mark.parametrize("text", ["<p>Plain ASCII</p>", "<p>Кириллица</p>", "<p>caf\u00e9 \u00a0</p>"])
def test_repair_encoding_shortcut_for_valid_utf8_chooses_what_detection_would(
    header: str | None, meta: str, text: str
) -> None:
    """repair_encoding() skips reading the page's declaration when Scrapy took UTF-8 and the bytes
    are valid UTF-8: the encoding it ends with is the one detect_encoding() chooses."""
    import codecs

    from scrapy.http import HtmlResponse
    from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

    from newsbot.middlewares import repair_encoding
    from newsbot.text.encoding import detect_encoding

    body = f"<html><head>{meta}</head><body>{text}</body></html>".encode()
    headers = {"Content-Type": header} if header else {}
    response = HtmlResponse(url="https://bestnews.kz/x", body=body, headers=headers)
    repaired, _reason = repair_encoding(response)
    declared = (http_content_type_encoding(header) if header else None) or html_body_declared_encoding(body)
    expected = detect_encoding(body, declared).encoding
    assert codecs.lookup(repaired.encoding).name == codecs.lookup(expected).name  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://bestnews.kz/kazakhstan/1-a", True),
        ("http://bestnews.kz:8080/a?b=1#c", True),
        ("https://[::1]/a", True),
        ("javascript:void(0)", False),
        ("mailto:news@bestnews.kz", False),
        ("https//bestnews.kz/a", False),
        ("https:///a", False),
        ("https://[bestnews.kz/a", False),
        ("https://bestnews.kz:80a/a", False),
        ("https://bestnews.kz:99999/a", False),
        ("/kazakhstan/1-a", False),
    ],
)
def test_http_url_keeps_only_addresses_urllib_can_take_apart(url: str, kept: bool) -> None:
    assert http_url(url) == (url if kept else None)


URL_PIECES = [*PIECES, "[", "]", "::1", ":80", ":80a", ":99999", "bestnews.kz", "HTTP://", "mailto:", "javascript:",
              "xn--80a", "\u0430", "\x00", "\n", "%", "!", "*", "'"]  # fmt: skip


def _urllib_http_url(url: str) -> str | None:
    """What http_url says, the long way only."""
    try:
        parts = urlsplit(url)
        return url if parts.scheme in ("http", "https") and parts.hostname and (parts.port or 0) >= 0 else None
    except ValueError:
        return None


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(URL_PIECES), max_size=8).map("".join))
@example("https://bestnews.kz/a[1]")
@example("https://.../")
@example("http://bestnews.kz#[")
def test_http_url_fast_path_is_urllib(url: str) -> None:
    assert http_url(url) == _urllib_http_url(url)
