"""Reading sitemaps: a sitemap index's sitemaps, and a sitemap's pages with their dates.

Scrapy's :class:`scrapy.utils.sitemap.Sitemap` keeps only the direct children of each ``<url>``,
so a Google News sitemap's date (``<news:news><news:publication_date>``, often the only date such a
sitemap gives) is lost. This reader parses the same way (lxml's ``iterparse``, entities never
resolved, element by element so a large sitemap is not held in memory) and keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

from lxml import etree

_CLOSING_TAG_RE = re.compile(rb"</(?:[\w.-]+:)?(?P<name>[\w.-]+)\s*>\s*$")


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: str | None = None
    """``<lastmod>``: when the page (or, in an index, the sitemap) last changed."""
    published: str | None = None
    """``<news:publication_date>`` of a Google News sitemap."""


class SitemapDocument:
    """One sitemap file: ``kind`` is the root's name ("urlset", "sitemapindex", or what else the
    document is); iterate for its entries, once. Raises ``ValueError`` when the bytes
    are no XML at all."""

    def __init__(self, body: bytes):
        self._events = etree.iterparse(
            BytesIO(body),
            events=("start", "end"),
            recover=True,
            resolve_entities=False,
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
            huge_tree=False,
        )
        try:
            _, root = next(self._events)
        except (StopIteration, etree.LxmlError) as exc:
            raise ValueError(f"not XML: {exc!r}") from None
        self.kind = _local(root.tag)
        self._root = root
        closing = _CLOSING_TAG_RE.search(body[-512:])
        self.complete = closing is not None and closing["name"].decode("ascii", "replace") == self.kind
        """True when the document ends with its root's end tag: a whole file, not one cut off (lxml
        reads a cut-off document without complaint, closing what is open)."""

    def __iter__(self) -> Iterator[SitemapEntry]:
        for event, element in self._events:
            if event != "end":
                continue
            if _local(element.tag) not in ("url", "sitemap") or element.getparent() is not self._root:
                continue
            entry = _entry(element)
            element.clear()
            while element.getprevious() is not None:  # what was read is not kept
                del self._root[0]
            if entry is not None:
                yield entry


def _entry(element: etree._Element) -> SitemapEntry | None:
    fields: dict[str, str] = {}
    for child in element:
        name = _local(child.tag)
        if name == "news":
            for part in child:
                if _local(part.tag) == "publication_date" and part.text and part.text.strip():
                    fields.setdefault("published", part.text.strip())
        elif name in ("loc", "lastmod") and child.text and child.text.strip():
            fields.setdefault(name, child.text.strip())
    loc = fields.pop("loc", None)
    return SitemapEntry(loc, **fields) if loc else None


def _local(tag: object) -> str:
    """An element's name without its namespace ("" for a comment or the like)."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
