"""Zakon.kz: the article template of www.zakon.kz, as selectors.

Article pages wrap everything in ``article.fullnews``: meta row, headline, the editor's lead in
``div.description``, the main picture, then the text in ``div.content``. The same class name
``content`` is reused by the comment widget after the article, so every selector is scoped to
``article.fullnews``. See ``docs/sites/zakon.md`` for the markup, one paragraph per selector.
"""

from __future__ import annotations

import re

from newsbot.sites.base import ArticlePage, SiteSelectors

SITE = "zakon.kz"
BASE_URL = "https://www.zakon.kz"
SECTIONS = ["politika", "obshestvo", "finansy", "proisshestviya", "sport"]

ARTICLE = ["article.fullnews", "article[itemtype*='NewsArticle']"]

SELECTORS = SiteSelectors(
    article_marker=ARTICLE,
    scope=ARTICLE,
    headline=["article.fullnews h1.fullnews__title", "article.fullnews h1"],
    body=["article.fullnews > div.content", "article.fullnews div.content"],
    # The text ends at the Telegram promo inside div.content; tags and share follow it.
    body_stop=["div.zk-subscribe", "div.fullnews__tags", "div.share"],
    body_skip=[
        "div.zkbanner",
        "div.zk-readalso",
        "div.video-embed",
        "blockquote.instagram-media",
        "blockquote.twitter-tweet",
        "blockquote.telegram-post",
    ],
    lead=["article.fullnews > div.description", "article.fullnews div.description"],
    published_time=[
        "article.fullnews time.fullnews__date",
        "article.fullnews .fullnews__meta time[datetime]",
    ],
    # No visible modification time: article:modified_time in the head is read by the base class.
    modified_time=[],
    authors=["article.fullnews div.fullnews__author a", "article.fullnews div.fullnews__author"],
    section=["article.fullnews a.fullnews__rubric", "article.fullnews div.breadcrumbs a:last-child"],
    views=["article.fullnews span.fullnews__views"],
    main_image=["article.fullnews > figure.fullnews__img", "article.fullnews figure.fullnews__img"],
    tags=["article.fullnews div.fullnews__tags a"],
    # Zakon.kz shows no popular-tags cloud with counts.
    cloud=[],
)

# /<section>/<7-digit id>-<slug>.html; pre-2021 articles had no section segment (/<id>-<slug>.html).
ARTICLE_URL_RE = re.compile(
    r"^https?://(?:www\.)?zakon\.kz/(?:(?P<section>[a-z0-9-]+)/)?(?P<id>\d{7})-(?P<slug>[a-z0-9-]+)\.html$"
)


def article_url(url: str) -> str | None:
    """The canonical form of an article URL (https, www, no query or fragment), or None."""
    match = ARTICLE_URL_RE.match(url.strip().split("#", 1)[0].split("?", 1)[0])
    if match is None:
        return None
    section = f"{match['section']}/" if match["section"] else ""
    return f"{BASE_URL}/{section}{match['id']}-{match['slug']}.html"


class ZakonArticlePage(ArticlePage):
    site = SITE
    selectors = SELECTORS


PAGE_CLASS = ZakonArticlePage
