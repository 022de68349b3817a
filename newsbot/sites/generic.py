"""Any news site without a declaration: trafilatura finds the text, metadata comes from JSON-LD and
OpenGraph, and the same language pipelines run on top. Records say ``extraction: "generic"``.

trafilatura is the best-measured open extractor for article bodies (F1 ~0.96 on the public
article-extraction benchmark); newsbot's own site classes stay the first choice where declared.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from newsbot.items import Article, Image, Tag
from newsbot.sites.base import ArticlePage, SiteSelectors, without_site_name
from newsbot.text.boilerplate import is_boilerplate
from newsbot.text.bylines import split_bylines
from newsbot.text.dates import to_zone

# The generic page reads metadata through the shared helpers; only these selectors apply.
SELECTORS = SiteSelectors(
    article_marker=["article", "[itemtype*='Article']", "main", "body"],
    headline=["h1"],
    body=["body"],
    published_time=["time[itemprop=datePublished]", "article time[datetime]"],
    modified_time=["time[itemprop=dateModified]"],
)
_MIN_TEXT = 200  # characters: less is a listing, a gallery or an error page, not an article


class GenericArticlePage(ArticlePage):
    selectors = SELECTORS

    @property
    def site(self) -> str:  # type: ignore[override]
        return (urlsplit(self.response.url).hostname or "").removeprefix("www.")

    def _document(self) -> dict[str, Any]:
        if not hasattr(self, "_doc"):
            import trafilatura  # imported on first use: it loads its own models and tables

            doc = trafilatura.bare_extraction(
                self.response.text,
                url=self.response.url,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                include_images=False,
            )
            found = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
            # Only its strings: trafilatura passes a page's JSON-LD values on as they are (a
            # headline given as a list or a number), and newsbot reads these fields as text.
            self._doc: dict[str, Any] = {key: value for key, value in found.items() if isinstance(value, str)}
        return self._doc

    def page_kind(self) -> str:
        # News sites mark article pages for search engines and social networks; listings, tag
        # pages and the home page carry no such mark even when they show dates and text.
        marked = (
            self.jsonld_article() is not None
            or (self.meta("og:type") or "").lower() == "article"
            or self.meta("article:published_time") is not None
        )
        text = self._document().get("text") or ""
        if not marked or len(text) < _MIN_TEXT or not self.headline().strip():
            return "not_article"
        dates = self.date_fields()
        if not (dates["published_attr"] or dates["published_jsonld"] or self._document().get("date")):
            return "no_date"
        return "article"

    def headline(self) -> str:
        ld = self.jsonld_article() or {}
        og = self.meta("og:title")
        if og:
            return without_site_name(og, [self.meta("og:site_name"), self.site])
        return _first_str(ld.get("headline")) or self._document().get("title") or ""

    def lead(self) -> str | None:
        """The page's description when the text starts with it (a lead set apart by the site)."""
        first = self._text_lines()[:1]
        description = self.meta("og:description") or self.meta("description")
        if first and description and _same(first[0], description):
            return first[0]
        return None

    def _text_lines(self) -> list[str]:
        """trafilatura's text, without the headline repeated and without site furniture."""
        text = self._document().get("text") or ""
        headline = self.headline()
        return [
            line for line in (raw.strip() for raw in text.split("\n"))
            if line and not _same(line, headline) and not is_boilerplate(line)
        ]  # fmt: skip

    def paragraphs(self) -> list[str]:
        lines = self._text_lines()
        if self.lead() is not None:
            lines = lines[1:]
        # JSON-LD often carries the whole text where the HTML shows part of it ("read more").
        ld_body = _first_str((self.jsonld_article() or {}).get("articleBody"))
        if ld_body and not ld_body.rstrip().endswith(("...", "…")):
            ld_lines = [line.strip() for line in ld_body.split("\n") if line.strip() and not is_boilerplate(line)]
            if len(" ".join(ld_lines)) > len(" ".join(lines)) * 1.2:
                return ld_lines
        return lines

    def date_fields(self) -> dict[str, str | None]:
        dates = super().date_fields()
        if not dates["published_attr"] and not dates["published_jsonld"] and self._document().get("date"):
            # trafilatura gives a date without a time: kept as visible text, never a made-up midnight.
            dates["published_text"] = dates["published_text"] or self._document()["date"]
        return dates

    def authors(self) -> list[str]:
        ld = self.jsonld_article() or {}
        names = _person_names(ld.get("author"))
        if not names and (author := self._document().get("author")):
            names = [a.strip() for a in re.split(r";|,\s(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", author) if a.strip()]
        return split_bylines(names) if names else super().authors()

    def section(self) -> str | None:
        ld = self.jsonld_article() or {}
        return self.meta("article:section") or _first_str(ld.get("articleSection")) or None

    def views(self) -> int | None:
        return None

    def images(self) -> list[Image]:
        og = self.absolute(self.meta("og:image"))
        return [Image(url=og)] if og else []

    def tags(self) -> list[Tag]:
        """[]: a tag record needs the tag page's URL, which an unknown site's markup does not give
        reliably (``article:tag`` metas carry names only)."""
        return []

    def tag_cloud(self) -> list[Any]:
        return []

    def to_article(self) -> Article:
        article = super().to_article()
        article.extraction = "generic"
        if self.now:
            article.crawled_at = to_zone(self.now)
        return article


def _same(a: str, b: str) -> bool:
    return _letters(a) == _letters(b) != ""


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _first_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _person_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"].strip())
        elif isinstance(item, str) and item.strip():
            names.append(item.strip())
    return [n for n in names if n]
