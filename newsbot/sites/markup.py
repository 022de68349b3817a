"""Reading HTML trees fast: the page's tree, CSS selectors compiled once to XPath for lxml
elements, and the text under an element. Shared by the page classes (see :mod:`newsbot.sites.base`)."""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

from lxml import etree
from parsel.csstranslator import HTMLTranslator
from scrapy.http import TextResponse

from newsbot.text.encoding import codec_name, is_utf8

_PARSERS = threading.local()  # an lxml parser must not be shared between threads


def _parser() -> etree.HTMLParser:
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        # collect_ids=False: no table of the page's id attributes, which only XPath's id() reads
        # (newsbot's queries do not): 4% of the parse.
        parser = _PARSERS.parser = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True, collect_ids=False)
    return parser


def parse_page(response: TextResponse) -> etree._Element:
    """The tree of ``response.text``, as ``response.selector`` builds it (parsel: the text stripped,
    NULs dropped, encoded as UTF-8, parsed leniently), but with lxml's own HTML parser rather than
    ``lxml.html``'s, which looks up a Python element class for every element a query returns: ~12%
    of a page class's time, for methods newsbot does not use. tests/test_page_helpers.py checks
    both trees are the same."""
    body = _utf8_markup(response)
    if body is None:
        body = response.text.strip().replace("\x00", "").encode("utf-8") or b"<html/>"
    parser = _parser()
    root = etree.fromstring(body, parser=parser)
    return root if root is not None else etree.fromstring(b"<html/>", parser=parser)


def _utf8_markup(response: TextResponse) -> bytes | None:
    """``response.body`` (ASCII spaces stripped) when it is already the UTF-8 that the text path
    above would make of it, so that neither decoding nor encoding again is needed: decoded as
    UTF-8, valid, no byte-order mark, no NUL, and starting with "<" and ending with ">" (then no
    other space-like character is at either end for ``str.strip`` to remove). Else None."""
    body = response.body.strip()
    if body[:1] != b"<" or body[-1:] != b">" or b"\x00" in body or codec_name(response.encoding) != "utf-8":
        return None
    return body if is_utf8(body) else None


# One step of cssselect's XPath whose only condition is one attribute: equal to a value, or a class.
_ATTR_STEP_RE = re.compile(
    r"(?P<step>(?:descendant-or-self::|descendant::|/)(?:\*|[a-zA-Z][\w-]*))"
    r"\[(?:@(?P<name>[a-zA-Z][\w-]*) = (?P<value>'[^']*')"
    r"|@class and contains\(@class, (?P<cls>'[^']*')\) and "
    r"contains\(concat\(' ', normalize-space\(@class\), ' '\), (?P<spaced>'[^']*')\))\]"
    r"(?=/|$| \|)"
)


def _attribute_axis(m: re.Match[str]) -> str:
    if m["name"]:
        return f"{m['step']}/@{m['name']}[. = {m['value']}]/.."
    return f"{m['step']}/@class[contains(., {m['cls']}) and contains(concat(' ', normalize-space(.), ' '), {m['spaced']})]/.."


def css_to_xpath(query: str) -> str:
    """parsel's XPath for a CSS selector, with each step tested on one attribute rewritten to go
    through the attribute axis (``X[@a = 'v']`` as ``X/@a[. = 'v']/..``): the same elements, but
    libxml2 finds them about twice as fast, since it reads the attribute nodes once instead of
    evaluating a predicate on every element. tests/test_page_helpers.py checks both agree."""
    return _ATTR_STEP_RE.sub(_attribute_axis, HTMLTranslator().css_to_xpath(query))


@cache
def compiled_css(query: str) -> etree.XPath:
    """A CSS selector (parsel's dialect: ``::text`` and ``::attr(name)`` too) compiled once into an
    lxml XPath. Page classes read lxml elements with these: a parsel query compiles its selector
    and wraps every result on each call, which cost more than half of a page's extraction."""
    return etree.XPath(css_to_xpath(query))


def css_first(element: etree._Element, query: str) -> Any:
    """The first result of ``query`` under ``element`` (an element or a string), or None."""
    found = compiled_css(query)(element)
    return found[0] if found else None


def first_elements(element: etree._Element, queries: list[str]) -> list[etree._Element]:
    """The elements matched by the first of ``queries`` (CSS) that matches anything under ``element``."""
    for query in queries:
        found = compiled_css(query)(element)
        if found:
            return list(found)
    return []


# Where lazy-loading scripts keep an image's real address while ``src`` holds a placeholder.
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-lazy")
_SRCSET_WIDTH_RE = re.compile(r"^(\d+(?:\.\d+)?)[wx]$")


def image_source(img: etree._Element) -> str | None:
    """The address of the picture an ``<img>`` (or ``<amp-img>``) shows: a lazy-loading attribute
    first (``src`` then holds a placeholder), else ``src``, else the widest candidate of
    ``srcset``; never a ``data:`` URI (an inline placeholder, not an address)."""
    for name in (*_LAZY_SOURCES, "src"):
        value = (img.get(name) or "").strip()
        if value and not value.lower().startswith("data:"):
            return value
    best: tuple[float, str] | None = None
    for name in ("srcset", "data-srcset"):
        for candidate in (img.get(name) or "").split(","):
            parts = candidate.split()
            if not parts or parts[0].lower().startswith("data:"):
                continue
            m = _SRCSET_WIDTH_RE.match(parts[1]) if len(parts) > 1 else None
            size = float(m.group(1)) if m else 1.0
            if best is None or size > best[0]:
                best = (size, parts[0])
    return best[1] if best else None


def text_of(node: Any) -> str:
    """All text under ``node`` (a parsel Selector or lxml element), scripts excluded."""
    element = node.root if hasattr(node, "root") else node
    if not isinstance(element, etree._Element):
        return str(element)
    return "".join(iter_text(element))


BLOCK_TAGS = frozenset(
    ["p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd",
     "section", "article", "header", "footer", "aside", "main", "pre", "address", "center", "hr",
     "table", "tr", "td", "th", "figcaption"]
)  # fmt: skip
"""Elements that stand on lines of their own: their text is not run into the text beside them (as
``<br>`` ends a line). Field text puts a space there (:func:`iter_text`); the body reader starts a
new block (:meth:`newsbot.sites.base.ArticlePage.paragraphs`)."""


def iter_text(element: etree._Element) -> Any:
    """The text pieces under ``element`` in order, with a space where a ``<br>`` or a block
    element inside it stands ("Пожар<br>в Бурабае" is "Пожар в Бурабае", not "Пожарв Бурабае").
    Comments and processing instructions give none (their tails are text of the parent):
    ``<!--noindex-->`` and the like, common on Russian sites, are not words of the page."""
    if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript"):
        return
    if element.text:
        yield element.text
    for child in element:
        if child.tag in BLOCK_TAGS or child.tag == "br":
            yield " "
            yield from iter_text(child)
            yield " "
        else:
            yield from iter_text(child)
        if child.tail:
            yield child.tail
