"""Tengrinews.kz: the article template as selectors.

The class names (``head-single``, ``date-time``, ``content_main_desc``, ``content_main_text``,
``content_main_text_tags``) are the ones public scrapers of the site have used for years; the
``article__*`` / ``itemprop`` entries are fallbacks for a redesign, so a change degrades one field,
not the page. Markup notes: ``docs/sites/tengrinews.md``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsbot.sites.base import ArticlePage, SiteSelectors

SITE = "tengrinews.kz"
BASE_URL = "https://tengrinews.kz"
SECTIONS = ["kazakhstan_news", "world_news", "sport", "crime"]

SELECTORS = SiteSelectors(
    article_marker=["h1.head-single", "h1.article__title", "[itemtype*='NewsArticle'] [itemprop=headline]"],
    headline=["h1.head-single", "h1.article__title", "[itemprop=headline]"],
    body=["div.content_main_text", "div.article__body", "[itemprop=articleBody]"],
    body_stop=["div.content_main_text_tags", "div.content_main_text_subscribe", "div.article__tags"],
    body_skip=["div.tn-ad", "div.content_main_text_embed", "div.content_main_text_video"],
    lead=["div.content_main_desc p", "div.content_main_desc", "div.article__lead"],
    published_time=["div.content_main_meta time.date-time", "time.date-time", "time[itemprop=datePublished]"],
    authors=["div.content_main_author a", "div.article__author a"],
    section=["div.content_main_meta a.content_main_meta_category", "div.breadcrumbs a:last-child"],
    views=["div.content_main_meta span.content_main_meta_views"],
    main_image=["figure.content_main_thumb", "figure.article__image"],
    tags=["div.content_main_text_tags a", "div.article__tags a"],
)

# /<section>/<slug>-<6-digit id>/ ; the trailing slash belongs to the canonical URL.
ARTICLE_PATH_RE = re.compile(r"^/(?P<section>" + "|".join(SECTIONS) + r")/(?P<slug>[a-z0-9-]+-\d{6})/?$")


def article_url(url: str) -> str | None:
    """The canonical form of an article URL (https, no www, query or fragment, trailing slash),
    or None for any other page."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or (parts.hostname or "").removeprefix("www.") != SITE:
        return None
    m = ARTICLE_PATH_RE.match(parts.path)
    if not m:
        return None
    return f"{BASE_URL}/{m['section']}/{m['slug']}/"


class TengrinewsArticlePage(ArticlePage):
    site = SITE
    selectors = SELECTORS


PAGE_CLASS = TengrinewsArticlePage
