"""Saved pages broken at random, as crawls meet them: cut off, bytes flipped, spans lost or
repeated, tags swapped, digits of dates changed, hazard characters strewn in, re-encoded, links
made into addresses that are none.

Whatever the damage, extraction either gives a record that holds no wrong value of the kinds an
analyst would trust blindly (a date outside Asia/Almaty's offsets since 1995, a quotation whose
offsets do not point into the body, an empty author or headline, a link that is no http(s)
address, a line that is not one valid JSON line), or refuses the page with a reason
(``ValueError`` for a page that is no article, ``DropItem`` from a pipeline). Anything else
raised is a bug: in a crawl it loses the page with a traceback instead of a counter. Listings,
feeds and sitemaps broken the same way go through the spiders' callbacks, which must not raise
either: a callback that raises loses every link after the one it failed on. Mutating pages this
way found the date offsets and pre-1995 dates that ``tests/test_text_dates.py`` now pins down,
and the links that are no address of ``tests/test_listing_links.py`` and
``tests/test_sites_bestnews.py``. The cases are seeded: a failure repeats.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem

from newsbot.cli import Extractor, to_json_line
from newsbot.sites.urls import http_url
from newsbot.spiders.bestnews import BestnewsSpider
from newsbot.spiders.nur import NurSpider
from newsbot.spiders.tengrinews import TengrinewsSpider
from newsbot.spiders.zakon import ZakonSpider
from tests.conftest import FIXTURES

SPIDERS = {"bestnews": BestnewsSpider, "nur": NurSpider, "tengrinews": TengrinewsSpider, "zakon": ZakonSpider}

CASES_PER_MUTATION = 100
_HAZARDS = ["\u2028", "\u2029", "\x00", "\x01", "\x85", "\u200b", "\ufeff", "\u00ad", "\u0301", "\U0001f600",
            "«", "»", "—", "&amp;laquo;", "<", ">", "&", '"', "<br>", "<p>", "</p>", "<div>", "</div>",
            "<script>", "</article>", "<!--", "-->"]  # fmt: skip
_ALMATY_ISO_RE = re.compile(r"^(?:199[5-9]|[2-9]\d{3})-\d\d-\d\dT\d\d:\d\d:\d\d\+0[567]:00$")


def _article_pages() -> list[tuple[str, bytes]]:
    pages = []
    for index_file in sorted(FIXTURES.glob("*/index.json")):
        if index_file.parent.name == "broken":
            continue
        for url, entry in json.loads(index_file.read_text(encoding="utf-8")).items():
            if entry.get("file") and (index_file.parent / entry["file"]).with_suffix(".json").exists():
                pages.append((url, (index_file.parent / entry["file"]).read_bytes()))
    return pages


def _truncate(body: bytes, rng: random.Random) -> bytes:
    return body[: rng.randrange(len(body))]


def _strew_hazards(body: bytes, rng: random.Random) -> bytes:
    text = body.decode("utf-8")
    for _ in range(rng.randrange(1, 30)):
        at = rng.randrange(len(text))
        text = text[:at] + rng.choice(_HAZARDS) + text[at:]
    return text.encode("utf-8")


def _lose_spans(body: bytes, rng: random.Random) -> bytes:
    text = body.decode("utf-8")
    for _ in range(rng.randrange(1, 10)):
        if not text:
            break
        at = rng.randrange(len(text))
        text = text[:at] + text[at + rng.randrange(1, 400) :]
    return text.encode("utf-8")


def _repeat_span(body: bytes, rng: random.Random) -> bytes:
    text = body.decode("utf-8")
    at = rng.randrange(len(text))
    end = min(len(text), at + rng.randrange(1, 2000))
    return (text[:end] + text[at:]).encode("utf-8")


def _reencode(body: bytes, rng: random.Random) -> bytes:
    return body.decode("utf-8").encode(rng.choice(["cp1251", "koi8-r", "utf-16"]), "replace")


def _change_digits(body: bytes, rng: random.Random) -> bytes:
    return re.sub(rb"\d", lambda m: str(rng.randrange(10)).encode() if rng.random() < 0.3 else m.group(), body)


def _flip_bytes(body: bytes, rng: random.Random) -> bytes:
    flipped = bytearray(body)
    for _ in range(rng.randrange(1, 20)):
        flipped[rng.randrange(len(flipped))] = rng.randrange(256)
    return bytes(flipped)


def _swap_tags(body: bytes, rng: random.Random) -> bytes:
    text = body.decode("utf-8")
    tags = re.findall(r"</?[a-z][^>]*>", text)
    for _ in range(rng.randrange(1, 20)):
        text = text.replace(rng.choice(tags), rng.choice(tags), 1)
    return text.encode("utf-8")


_BROKEN_ADDRESSES = [
    "https://[",
    "http://[::1",
    "https//",
    "javascript:",
    "https://bestnews.kz:80a/",
    "//[x]/",
    "mailto:",
]


def _break_links(body: bytes, rng: random.Random) -> bytes:
    """Links, image addresses, canonical and og:url values turned into addresses that are none."""
    text = body.decode("utf-8")
    starts = [m.end() for m in re.finditer(r'(?:href|src|content|<loc>|<link>)="?(?=https?://|/)', text)]
    for at in sorted(rng.sample(starts, min(len(starts), rng.randrange(1, 12))), reverse=True):
        text = text[:at] + rng.choice(_BROKEN_ADDRESSES) + text[at:].removeprefix("https://").removeprefix("/")
    return text.encode("utf-8")


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "break_links": _break_links,
    "truncate": _truncate,
    "strew_hazards": _strew_hazards,
    "lose_spans": _lose_spans,
    "repeat_span": _repeat_span,
    "reencode": _reencode,
    "change_digits": _change_digits,
    "flip_bytes": _flip_bytes,
    "swap_tags": _swap_tags,
}


def check_record(item: object) -> None:
    line = to_json_line(item)  # type: ignore[arg-type]
    assert line.endswith("\n") and line.count("\n") == 1 and "\u2028" not in line and "\u2029" not in line
    record = json.loads(line)
    assert record["headline"].strip()
    assert record["body"].strip()
    for name in ("published_at", "modified_at"):
        assert record[name] is None or _ALMATY_ISO_RE.match(record[name]), (name, record[name])
    assert all(isinstance(a, str) and a.strip() for a in record["authors"]), record["authors"]
    for quote in record["quotes"]:
        assert quote["text"].strip()
        assert 0 <= quote["start"] < quote["end"] <= len(record["body"]), quote
    assert all(tag["count"] >= 0 and tag["name"].strip() for tag in record["tag_cloud"])
    links = [record["url"], *(i["url"] for i in record["images"]), *(t["url"] for t in record["tags"])]
    links += [t["url"] for t in record["tag_cloud"] if t["url"] is not None]
    assert all(http_url(link) for link in links), links


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_mutated_pages_give_a_sound_record_or_a_reason(mutation: str, extractor: Extractor) -> None:
    pages = _article_pages()
    assert len(pages) > 60  # every site's mirror
    outcomes: dict[str, int] = {}
    for case in range(CASES_PER_MUTATION):
        rng = random.Random(f"{mutation}-{case}")
        url, body = rng.choice(pages)
        broken = MUTATIONS[mutation](body, rng)
        try:
            item = extractor.extract(broken, url)
        except (ValueError, DropItem) as refused:
            outcomes[type(refused).__name__] = outcomes.get(type(refused).__name__, 0) + 1
            continue
        check_record(item)
        outcomes["record"] = outcomes.get("record", 0) + 1
    # Damage short of cutting the page off leaves an article to read in many cases: they are not
    # all refused at the door (a page cut before "</html>" is refused as truncated_html).
    if mutation != "truncate":
        assert outcomes.get("record", 0) > CASES_PER_MUTATION // 4, outcomes


def _crawl_pages() -> list[tuple[str, Path]]:
    """(site, file) of every listing, home page, feed and sitemap of the site mirrors."""
    pages = []
    for site in SPIDERS:
        for path in sorted((FIXTURES / site).iterdir()):
            if path.suffix == ".xml" or (path.suffix == ".html" and path.stem.startswith(("listing", "home"))):
                pages.append((site, path))
    return pages


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_mutated_listings_feeds_and_sitemaps_never_fail_a_callback(mutation: str) -> None:
    from scrapy.http import HtmlResponse, XmlResponse
    from scrapy.utils.test import get_crawler

    pages = _crawl_pages()
    assert len(pages) >= 12
    for since in (None, "2025-01-01"):  # with since, card dates decide where a listing ends
        spiders = {
            site: cls.from_crawler(get_crawler(cls), **({"since": since} if since else {}))
            for site, cls in SPIDERS.items()
        }
        for case in range(CASES_PER_MUTATION // 10):
            for site, path in pages:
                spider = spiders[site]
                body = MUTATIONS[mutation](path.read_bytes(), random.Random(f"{mutation}-{path.name}-{case}-{since}"))
                url = f"{spider.base_url}/{path.name}"
                if path.suffix == ".html":
                    list(spider.parse_listing(HtmlResponse(url=url, body=body), page=1))
                elif "rss" in path.name:
                    list(spider.parse_feed(XmlResponse(url=url, body=body)))
                else:
                    list(spider.parse_sitemap(XmlResponse(url=url, body=body)))


_ODD_VALUES = [None, 0, -1, 1.5, 10**30, True, "", " ", [], {}, [None], ["a", 1], {"name": 5}, [{"name": None}],
               {"@type": "Person"}, "2024-13-45", "2024-11-04T11:20:00+99:00", "1970-01-01", 20241104,
               "\u2028", "<b>x</b>", "http://[x", {"url": "http://[::1"}, [{"url": 5}], ["NewsArticle", 5]]  # fmt: skip
_LD_KEYS = ["@type", "headline", "author", "image", "datePublished", "dateModified", "articleBody", "articleSection",
            "keywords", "description", "publisher", "mainEntityOfPage", "@graph"]  # fmt: skip
_LD_RE = re.compile(r'(<script type="application/ld\+json">)(.*?)(</script>)', re.S)


def test_odd_json_ld_values_give_a_sound_record_or_a_reason(extractor: Extractor) -> None:
    """JSON-LD is written by hand or by plugins: any field may hold any type. Read by a site's page
    class and by the generic extractor (which also hands it to trafilatura), such a page gives a
    sound record or a reason. A headline given as a list failed the generic extractor."""
    pages = [(url, body.decode("utf-8")) for url, body in _article_pages() if b"application/ld+json" in body]
    assert len(pages) > 30
    for case in range(CASES_PER_MUTATION):
        rng = random.Random(f"json-ld-{case}")
        url, html = rng.choice(pages)
        match = _LD_RE.search(html)
        assert match is not None
        data = json.loads(match.group(2), strict=False)
        data = data if isinstance(data, dict) else {"@graph": data}
        for _ in range(rng.randrange(1, 5)):
            data[rng.choice(_LD_KEYS)] = rng.choice(_ODD_VALUES)
        if rng.random() < 0.3:
            data = [data, rng.choice(_ODD_VALUES)]
        html = html[: match.start(2)] + json.dumps(data, ensure_ascii=False) + html[match.end(2) :]
        if rng.random() < 0.5:  # the headline then comes from JSON-LD
            html = re.sub(r'<h1[^>]*>.*?</h1>|<meta property="og:title"[^>]*>', "", html, flags=re.S)
        for page_url in (url, re.sub(r"^https?://[^/]+", "https://example.kz", url)):  # site, generic
            try:
                check_record(extractor.extract(html.encode("utf-8"), page_url))
            except (ValueError, DropItem):
                continue
