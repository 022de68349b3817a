"""Page classes: turn one response into the raw fields of an :class:`~newsbot.items.Article`.

A site is described by a :class:`SiteSelectors` value (selectors as data, each field a list of CSS
selectors tried in order) and, when it needs more, a subclass overriding one method. Page classes
only read the page: cleaning, dates, quotes and hashing are the pipelines' job.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from lxml import etree
from scrapy.http import TextResponse

from newsbot.items import Article, CloudTag, Image, Tag, TagCloudSnapshot
from newsbot.sites.markup import (
    BLOCK_TAGS,
    compiled_css,
    css_first,
    first_elements,
    image_source,
    iter_text,
    parse_page,
    text_of,
)
from newsbot.sites.urls import link_url, origin, strip_query_param
from newsbot.text.bylines import split_bylines
from newsbot.text.counts import parse_count
from newsbot.text.dates import to_zone
from newsbot.text.normalize import clean_text
from newsbot.text.tagcloud import cloud_digest

logger = logging.getLogger(__name__)

_SKIP_TAGS = {"script", "style", "noscript", "iframe", "figure", "figcaption", "picture", "img",
              "video", "audio", "object", "embed", "form", "button", "svg", "table",
              "amp-img", "amp-iframe", "amp-ad", "amp-youtube", "amp-instagram", "amp-twitter"}  # fmt: skip
_EMBED_CLASSES = ("twitter-tweet", "instagram-media", "tiktok-embed", "telegram-post", "fb-post")
_READ_ALSO_RE = re.compile(r"^\s*(?:читайте также|читайте по теме|смотрите также|оқи отырыңыз)\b", re.I)
_DIGITS_RE = re.compile(r"\d+")
_AUTHOR_LABEL_RE = re.compile(r"^\s*(?:автор|авторы|author)\s*:\s*", re.I)


PAGE_KIND_DETAIL = {
    "not_article": "no article markup (listing, search page, error page served as 200?)",
    "no_date": "article markup but no publication date on the page",
}
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"\x00\x00\x00")


def unusable_response(response: Any) -> tuple[str, str] | None:
    """(reason, detail) when a response cannot hold an article at all, else None: not text, empty,
    binary bytes served as HTML, or HTML cut off before its end."""
    if not isinstance(response, TextResponse):
        return "not_text", f"content type {response.headers.get('Content-Type')!r}"
    body = response.body
    if not body.strip():
        return "empty_response", "the server sent no content"
    head = body[:1024]
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return "binary_body", "binary data served as text"
    tail = body[-2048:].lower()
    if b"<html" in body[:4096].lower() and b"</html>" not in tail and b"</body>" not in tail:
        return "truncated_html", "the page ends before </body></html>"
    return None


@dataclass(frozen=True)
class SiteSelectors:
    """Where each field lives on a site's article page. Every entry is a list of CSS selectors
    tried in order; the first that matches wins."""

    article_marker: list[str]
    """Present only on article pages (together with a publication date)."""
    headline: list[str]
    body: list[str]
    """The container of the article text."""
    scope: list[str] = field(default_factory=list)
    """The element that holds the article. Declared, every field but the cloud is looked up inside
    the first element it matches: a related-news card, a sidebar or a comment widget elsewhere on
    the page cannot lend a field, and each lookup reads that part of the page only (about a fifth
    of a Bestnews.kz page). Not declared, or matching nothing: the whole page."""
    body_stop: list[str] = field(default_factory=list)
    """Elements inside the body container where the article text ends (tags, share, subscribe)."""
    body_skip: list[str] = field(default_factory=list)
    """Elements inside the text that are not text (embeds, ads, "read also" boxes)."""
    lead: list[str] = field(default_factory=list)
    published_time: list[str] = field(default_factory=list)
    """``time`` elements: the ``datetime`` attribute and the visible text are both read."""
    modified_time: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    section: list[str] = field(default_factory=list)
    views: list[str] = field(default_factory=list)
    main_image: list[str] = field(default_factory=list)
    """``figure`` (or image) elements of the main picture, before the text."""
    tags: list[str] = field(default_factory=list)
    """Links of the article's own tags."""
    cloud: list[str] = field(default_factory=list)
    """The element that holds the popular-tags cloud (none declared: the site has no cloud)."""
    cloud_items: list[str] = field(default_factory=list)
    """Inside the cloud: one element per entry."""
    cloud_name: list[str] = field(default_factory=list)
    """Inside a cloud entry: the name (else the link text without the count)."""
    cloud_count: list[str] = field(default_factory=list)


_LINK_XPATH = etree.XPath("descendant-or-self::a/@href")
# Tag-cloud readings by (page class, markup of the cloud): (name, count, link as written); and
# the same with links resolved, by (that key, site origin). A handful of sites and editions.
_CLOUD_READINGS: dict[Any, tuple[tuple[str, int, str | None], ...]] = {}
_CLOUD_RESOLVED: dict[Any, tuple[tuple[str, int, str | None], ...]] = {}
_CLOUD_READINGS_MAX = 64


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> Any:
    if len(cache) >= _CLOUD_READINGS_MAX:
        cache.clear()
    cache[key] = value
    return value


@lru_cache(maxsize=_CLOUD_READINGS_MAX)
def _site_wide_links(reading: tuple[tuple[str, int, str | None], ...]) -> bool:
    """True when every link of a cloud reading resolves the same from every page of a site:
    absent, absolute, or starting at the site's root."""
    return all(href is None or href.strip().startswith(("/", "http://", "https://")) for *_, href in reading)


class ArticlePage:
    """Raw fields of one article page, read with a site's :class:`SiteSelectors`."""

    site: str = ""
    """The site's domain, as written in records."""
    hosts: list[str] = []
    """Every host the site answers on, when more than ``site`` (e.g. its Kazakh edition)."""
    selectors: SiteSelectors
    amp_params: set[str] = {"tmpl", "amp"}

    def __init__(self, response: TextResponse, *, now: datetime | None = None):
        self.response = response
        self.root: etree._Element = parse_page(response)
        """The parsed page; the base class reads it with compiled selectors (:func:`compiled_css`)."""
        self.now = now
        self.problems: list[str] = []
        """Reasons for stats counters found while reading ("jsonld_invalid", ...)."""
        self._metas: dict[str, str] | None = None
        self._canonical: str | None = None
        self._jsonld: list[dict[str, Any]] | None = None
        self._found: dict[tuple[str, ...], list[etree._Element]] = {}
        self._scope: etree._Element | None = None
        self._body_parts: tuple[etree._Element, set[etree._Element], set[etree._Element]] | None = None

    # -- page type ---------------------------------------------------------------------------
    def page_kind(self) -> str:
        """ "article"; "not_article" for a page without article markup (a listing, a search page,
        a soft 404); "no_date" for article markup with no publication date anywhere."""
        s = self.selectors
        if not (self.find_on_page(s.article_marker) and self.find(s.body)):
            return "not_article"
        if not (self.find(s.published_time) or self.meta("article:published_time")):
            return "no_date"
        return "article"

    # -- helpers ------------------------------------------------------------------------------
    def _meta(self) -> dict[str, Any]:
        """The request's meta; empty for a response built from a file (``newsbot extract``)."""
        return self.response.request.meta if self.response.request is not None else {}

    def find(self, queries: list[str]) -> list[etree._Element]:
        """The elements of the first of ``queries`` (CSS) that matches inside the article (the
        site's ``scope``), or an empty list; kept for the page, since the body and the date are
        asked for by several fields (:func:`first_elements` looks inside one element)."""
        key = tuple(queries)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = first_elements(self.article_root(), queries)
        return found

    def find_on_page(self, queries: list[str]) -> list[etree._Element]:
        """As :meth:`find`, but anywhere in the page: the article marker, the scope, the cloud."""
        key = ("page", *queries)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = first_elements(self.root, queries)
        return found

    def article_root(self) -> etree._Element:
        """The element the fields are read in: the first match of the site's ``scope``, else the page."""
        if self._scope is None:
            scope = self.find_on_page(self.selectors.scope) if self.selectors.scope else None
            self._scope = scope[0] if scope else self.root
        return self._scope

    def body_parts(self, body: etree._Element) -> tuple[set[etree._Element], set[etree._Element]]:
        """The stop and the skip elements inside ``body`` (sets of the elements themselves: they
        keep lxml's proxies alive, so identity holds)."""
        if self._body_parts is not None and self._body_parts[0] is body:
            return self._body_parts[1], self._body_parts[2]
        s = self.selectors
        stops = set(compiled_css(", ".join(s.body_stop))(body)) if s.body_stop else set()
        skips = set(compiled_css(", ".join(s.body_skip))(body)) if s.body_skip else set()
        self._body_parts = (body, stops, skips)
        return stops, skips

    def meta(self, name: str) -> str | None:
        """The ``content`` of the first ``<meta>`` whose ``property`` or ``name`` is ``name``."""
        if self._metas is None:
            self._index_metadata()
        value = self._metas.get(name)  # type: ignore[union-attr]  # set by _index_metadata
        return value.strip() if value else None

    def canonical_link(self) -> str | None:
        """The ``href`` of the first ``<link rel="canonical">`` that has one."""
        if self._metas is None:
            self._index_metadata()
        return self._canonical

    def _index_metadata(self) -> None:
        """Read every ``<meta>`` and the canonical ``<link>`` in one walk of the page (lxml's walk
        in C, which hands Python only those elements: twice as fast as one XPath for each)."""
        metas: dict[str, str] = {}
        canonical = None
        for element in self.root.iter("meta", "link"):
            if element.tag == "link":
                if canonical is None and element.get("rel") == "canonical":
                    canonical = element.get("href")
                continue
            content = element.get("content")
            if content is None:
                continue
            for key in (element.get("property"), element.get("name")):
                if key is not None:
                    metas.setdefault(key, content)
        self._metas, self._canonical = metas, canonical

    def absolute(self, url: str | None) -> str | None:
        """The link ``url`` as an absolute http(s) URL; None for none, and for a link that is no
        such address (noted once as the page problem "bad_url")."""
        if not url:
            return None
        absolute = link_url(self.response.url, url)
        if absolute is None and "bad_url" not in self.problems:
            self.problems.append("bad_url")
        return absolute

    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page; invalid blocks are skipped and noted (once)."""
        if self._jsonld is None:
            self._jsonld = self._read_jsonld()
        return self._jsonld

    def _read_jsonld(self) -> list[dict[str, Any]]:
        objects: list[dict[str, Any]] = []
        for raw in compiled_css('script[type="application/ld+json"]::text')(self.root):
            try:
                data = json.loads(raw, strict=False)
            except ValueError:
                self.problems.append("jsonld_invalid")
                continue
            stack = data if isinstance(data, list) else [data]
            while stack:
                obj = stack.pop(0)
                if isinstance(obj, dict):
                    objects.append(obj)
                    graph = obj.get("@graph")
                    if isinstance(graph, list):
                        stack.extend(graph)
        return objects

    def jsonld_article(self) -> dict[str, Any] | None:
        for obj in self.jsonld():
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(k in ("NewsArticle", "Article", "ReportageNewsArticle") for k in kinds):
                return obj
        return None

    # -- fields -------------------------------------------------------------------------------
    def url(self) -> str:
        canonical = self.canonical_link() or self.meta("og:url")
        if canonical and (absolute := self.absolute(canonical)):
            return strip_query_param(absolute, self.amp_params)
        return strip_query_param(self.response.url, self.amp_params)

    def language(self) -> str:
        root = self.root  # the parser makes <html> the root: no need to search the page for it
        lang = ((root.get("lang") if root.tag == "html" else css_first(root, "html::attr(lang)")) or "").lower()
        return "kk" if lang.startswith(("kk", "kz")) else "ru"

    def headline(self) -> str:
        """The visible headline; else ``og:title``; else the JSON-LD headline (never ``<title>``)."""
        found = self.find(self.selectors.headline)
        if found and text_of(found[0]).strip():
            return text_of(found[0])
        if og := self.meta("og:title"):
            return without_site_name(og, [self.meta("og:site_name"), self.site])
        return _str_or_none((self.jsonld_article() or {}).get("headline")) or ""

    def lead(self) -> str | None:
        found = self.find(self.selectors.lead)
        return text_of(found[0]) if found else None

    def body_element(self) -> etree._Element | None:
        found = self.find(self.selectors.body)
        return found[0] if found else None

    def paragraphs(self) -> list[str]:
        """Text blocks of the article body in order, before the first stop element: each block
        element (``<p>``, ``<div>``, ``<li>``, a subheading ...) and each ``<br>`` ends one, and
        text standing in the body outside any ``<p>`` is a block of its own, not dropped."""
        body = self.body_element()
        if body is None:
            return []
        stops, skips = self.body_parts(body)
        out: list[str] = []
        line: list[str] = []
        self._walk(body, stops, skips, out, line)
        _end_block(line, out)
        return [p for p in out if p.strip() and not _READ_ALSO_RE.match(p)]

    def _walk(
        self,
        element: etree._Element,
        stops: set[etree._Element],
        skips: set[etree._Element],
        out: list[str],
        line: list[str],
    ) -> bool:
        """Read the text under ``element`` into ``line``, the pieces of the block being read, and
        the blocks it ends into ``out``; return False once a stop element is met."""
        if element.text:
            line.append(element.text)
        for child in element:
            tag = child.tag
            if isinstance(tag, str):  # else a comment or processing instruction: its tail only
                if child in stops:
                    return False
                if child in skips or tag in _SKIP_TAGS or _is_embed(child):
                    pass
                elif tag == "br":
                    _end_block(line, out)
                elif tag in BLOCK_TAGS:  # text inside any other element joins the block around it
                    _end_block(line, out)
                    if not self._walk(child, stops, skips, out, line):
                        return False
                    _end_block(line, out)
                elif not self._walk(child, stops, skips, out, line):  # inline: its text joins the block
                    return False
            if child.tail:
                line.append(child.tail)
        return True

    def date_fields(self) -> dict[str, str | None]:
        """The raw date candidates: the ``datetime`` attribute, the visible text, JSON-LD, meta."""
        found = self.find(self.selectors.published_time)
        node = found[0] if found else None
        ld = self.jsonld_article() or {}
        modified = self.find(self.selectors.modified_time)
        return {
            "published_attr": (node.attrib.get("datetime") if node is not None else None)
            or self.meta("article:published_time"),
            "published_text": text_of(node) if node is not None else None,
            "published_jsonld": _str_or_none(ld.get("datePublished")),
            "modified": (modified[0].attrib.get("datetime") if modified else None)
            or self.meta("article:modified_time"),
        }

    def authors(self) -> list[str]:
        found = self.find(self.selectors.authors)
        names = [text_of(n) for n in found]
        if not names and (meta := self.meta("article:author")):
            names = [meta]
        return split_bylines([_AUTHOR_LABEL_RE.sub("", n) for n in names])

    def section(self) -> str | None:
        found = self.find(self.selectors.section)
        if found:
            return text_of(found[0]).replace("|", " ")
        return self.meta("article:section")

    def views(self) -> int | None:
        found = self.find(self.selectors.views)
        if found:
            text = text_of(found[0])
            count = parse_count(text)
            if count is not None:
                return count
            if _DIGITS_RE.search(text):
                self.problems.append("views_unreadable")  # a number, but not a count we can read
        counter = css_first(self.root, 'meta[itemprop="interactionCount"]::attr(content)')
        if counter and (m := _DIGITS_RE.search(counter)):
            return int(m.group())
        return None

    def images(self) -> list[Image]:
        images: list[Image] = []
        seen: set[str] = set()

        def add(url: str | None, caption: str | None) -> None:
            absolute = self.absolute(url)
            if absolute and absolute not in seen:
                seen.add(absolute)
                images.append(Image(url=absolute, caption=caption))

        for figure in self.find(self.selectors.main_image):
            img = css_first(figure, "img, amp-img")
            src = image_source(img) if img is not None else image_source(figure)
            cap = css_first(figure, "figcaption")
            add(src, text_of(cap) if cap is not None else None)
        body = self.body_element()
        if body is not None:
            stops, _skips = self.body_parts(body)
            for img in compiled_css("img, amp-img")(body):
                if any(_is_after(img, stop) for stop in stops):
                    break
                figure = _closest(img, "figure")
                caption = None
                if figure is not None:
                    caps = figure.findall(".//figcaption")
                    caption = "".join(iter_text(caps[0])) if caps else None
                add(image_source(img), caption)
        if not images and (og := self.meta("og:image")):
            add(og, None)
        return images

    def tags(self) -> list[Tag]:
        tags = []
        for link in self.find(self.selectors.tags):
            name = text_of(link).strip().lstrip("#").strip()
            href = self.absolute(link.get("href"))
            if name and href:
                tags.append(Tag(name=name, url=href))
        return tags

    def tag_cloud(self) -> list[CloudTag]:
        """The site-wide popular-tags cloud. It is the same on every page of a site until the
        counts change, so its reading is kept, keyed by the markup of the cloud (and, when no
        link of it depends on the page's own path, with its links resolved for the site): a page
        with the same cloud costs finding the cloud and one serialization, instead of finding its
        entries, ~100 lookups inside them and ~30 URL joins."""
        s = self.selectors
        found = self.find_on_page(s.cloud)
        if not found:
            return []
        key = (type(self), etree.tostring(found[0], with_tail=False, encoding="unicode"))
        read = _CLOUD_READINGS.get(key)
        if read is None:  # a cloud not read before: its entries are looked up only now
            read = _remember(_CLOUD_READINGS, key, self._read_cloud(first_elements(found[0], s.cloud_items)))
        site = origin(self.response.url)
        if site is None or not _site_wide_links(read):
            return [CloudTag(name=name, count=count, url=self.absolute(href)) for name, count, href in read]
        resolved = _CLOUD_RESOLVED.get((key, site))
        if resolved is None:
            resolved = tuple((name, count, self.absolute(href)) for name, count, href in read)
            _remember(_CLOUD_RESOLVED, (key, site), resolved)
        return [CloudTag(name=name, count=count, url=url) for name, count, url in resolved]

    def _read_cloud(self, entries: list[etree._Element]) -> tuple[tuple[str, int, str | None], ...]:
        """(name, count, link as written) of each cloud entry."""
        s = self.selectors
        cloud = []
        for entry in entries:
            count_nodes = first_elements(entry, s.cloud_count)
            name_nodes = first_elements(entry, s.cloud_name)
            count_text = "".join(iter_text(count_nodes[0])) if count_nodes else ""
            if name_nodes:
                name = "".join(iter_text(name_nodes[0]))
            else:
                name = "".join(iter_text(entry)).replace(count_text, "")
            count = parse_count(count_text)
            links = _LINK_XPATH(entry)
            href = str(links[0]) if links else entry.get("href")
            if name.strip() and count is not None:
                cloud.append((name, count, href))
        return tuple(cloud)

    # -- the record ---------------------------------------------------------------------------
    def to_article(self) -> Article:
        """The raw record: text not yet cleaned, dates not yet resolved (see the pipelines)."""
        dates = self.date_fields()
        article = Article(
            url=self.url(),
            fetched_url=self.response.url,
            site=self.site,
            language=self.language(),
            headline=self.headline(),
            lead=self.lead(),
            paragraphs=self.paragraphs(),
            published_at_raw=dates["published_text"],
            authors=self.authors(),
            section=self.section(),
            views=self.views(),
            images=self.images(),
            tags=self.tags(),
            tag_cloud=self.tag_cloud(),
            crawled_at=to_zone(self.now) if self.now else "",
        )
        article.raw = {
            **dates,
            "problems": list(self.problems),
            "redirect_urls": list(self._meta().get("redirect_urls", [])),
            "lastmod_hint": self._meta().get("newsbot_lastmod"),
        }
        return article

    def tag_cloud_snapshot(self) -> TagCloudSnapshot | None:
        """The site-wide cloud on this page (any page type), or None when it has none."""
        cloud = self.tag_cloud()
        if not cloud:
            return None
        tags = [CloudTag(clean_text(c.name), c.count, c.url) for c in cloud]
        return TagCloudSnapshot(
            site=self.site,
            observed_at=to_zone(self.now) if self.now else "",
            source_url=self.response.url,
            tags=tags,
            digest=cloud_digest([(t.name, t.count) for t in tags]),
        )


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _is_embed(element: etree._Element) -> bool:
    classes = element.get("class") or ""
    return any(c in classes for c in _EMBED_CLASSES)


def _end_block(line: list[str], out: list[str]) -> None:
    """Close the text block being read (see :meth:`ArticlePage._walk`)."""
    if line:
        out.append("".join(line))
        line.clear()


_TITLE_SEPARATORS = (" - ", " | ", " — ", " – ", " :: ", " / ", " · ")


def without_site_name(title: str, names: list[str | None]) -> str:
    """``title`` without a trailing site name that pages put in ``og:title`` ("Пожар в Бурабае -
    Bestnews.kz" is "Пожар в Бурабае"); ``names`` are the site's names (``og:site_name``, the
    domain), compared without case. A title that is only the site name stays as it is."""
    stripped = title.strip()
    low = stripped.lower()
    for name in names:
        if not name or not name.strip():
            continue
        for separator in _TITLE_SEPARATORS:
            tail = (separator + name.strip()).lower()
            if low.endswith(tail) and stripped[: -len(tail)].strip():
                return stripped[: -len(tail)].strip()
    return title


def _closest(element: etree._Element, tag: str) -> etree._Element | None:
    node = element.getparent()
    while node is not None:
        if node.tag == tag:
            return node
        node = node.getparent()
    return None


def _is_after(element: etree._Element, stop: etree._Element) -> bool:
    """True when ``element`` comes at or after ``stop`` in document order."""
    for node in stop.iter():
        if node is element:
            return True
    for node in stop.itersiblings():
        for inner in node.iter():
            if inner is element:
                return True
    return False
