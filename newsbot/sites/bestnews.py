"""Bestnews.kz: the 2023 template, the 2026 "3.0" template and the AMP variant, as selectors.

Selectors that are stable across generations (``itemprop`` attributes) come first; the
generation-specific ones follow as fallbacks, so a redesign degrades one field, not the page.
"""

from __future__ import annotations

import re

from newsbot.sites.base import ArticlePage, SiteSelectors
from newsbot.sites.urls import strip_query_param

SITE = "bestnews.kz"
BASE_URL = "https://bestnews.kz"
SECTIONS = ["kazakhstan", "v-mire", "vlast", "dengi", "sport", "chp", "woman"]

ARTICLE = [
    "body.view-article article",
    "article.com-content-article",
    "article[itemtype*='Article']",
    "article.amp-article",
]

SELECTORS = SiteSelectors(
    article_marker=ARTICLE,
    scope=ARTICLE,  # every field is inside <article>; the cloud, outside it, is looked up on the page
    headline=["h1[itemprop=headline]", "h1.uk-article-title", "article h1"],
    body=[
        "[itemprop=articleBody] > div.uk-article-body",
        "div.com-content-article__body",
        "[itemprop=articleBody]",
    ],
    body_stop=["div.uk-hr", "#comments2", "ul.as-social", "div.subscribe", "p.wmarka-tags-container"],
    body_skip=["div.banner", "div.adsbygoogle", "ins.adsbygoogle", "amp-ad", "div.wmarka-inarticle-ad"],
    lead=["article h2.uk-margin-top.uk-h3", "article p.article-lead", "p.article-lead", "article h2.amp-lead"],
    published_time=["time[itemprop=datePublished]", "li.published time", "dd.published time"],
    modified_time=["time[itemprop=dateModified]", "li.modified time"],
    authors=[
        "dd.createdby [itemprop=name]",
        "li.createdby [itemprop=name]",
        "[itemprop=author] [itemprop=name]",
        "article span.amp-author",
    ],
    section=["dd.category-name a", "li.category-name a", "[itemprop=genre]", "article a.amp-category"],
    views=["dd.hits span:last-child", "dd.hits", "li.hits"],
    main_image=[
        "article figure.uk-visible\\@m, article figure.uk-hidden\\@m, article figure[hidden]",
        "article figure.article-image",
        "article > figure",
        "article figure.amp-image",
    ],
    tags=[
        "div.uk-hr a[href*='/t/']",
        "p.wmarka-tags-container a",
        "div.amp-tags a",
    ],
    cloud=["div.tagspopular", ".tagspopular"],
    cloud_items=["span.tag", "li"],
    cloud_name=["a.tag-name", "span.tag-name"],
    cloud_count=["span.tag-count"],
)

# Article URLs are /<section>/<alias> or /<section>/<id>-<alias>; K2-era links redirect.
ARTICLE_URL_RE = re.compile(
    r"^https?://(?:www\.)?bestnews\.kz/(?:"
    + "|".join(re.escape(s) for s in SECTIONS)
    + r")/[^/?#]+/?(?:\?.*)?$"
    + r"|^https?://(?:www\.)?bestnews\.kz/index\.php/[^?#]*/item/\d+-[^/?#]+$"
)


def article_url(url: str) -> str | None:
    """The canonical form of an article URL (the AMP parameter dropped), or None for other pages."""
    canonical = strip_query_param(url, {"tmpl", "amp"}).rstrip("/")
    return canonical if ARTICLE_URL_RE.match(canonical) else None


class BestnewsArticlePage(ArticlePage):
    site = SITE
    selectors = SELECTORS


PAGE_CLASS = BestnewsArticlePage
