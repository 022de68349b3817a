"""NUR.KZ: one article template, read as selectors, plus the choice between two copies of the text.

An article page carries its text twice: in the HTML (``p.formatted-body__paragraph``; the first
paragraph, wholly in ``<strong>``, is the lead) and in JSON-LD ``NewsArticle.articleBody`` (plain
text, one paragraph a line, the lead on the first line). Either may be incomplete: long articles show
only their first paragraphs in the HTML and load the rest behind "Читать полностью", and some pages
print a cut ("...") or no ``articleBody``. :func:`choose_body` takes the complete copy, and the
record's internal ``raw["body_source"]`` says which one ("html" or "jsonld").
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from newsbot.items import Article, Image
from newsbot.sites.base import ArticlePage, SiteSelectors
from newsbot.sites.markup import compiled_css, text_of

SITE = "nur.kz"
BASE_URL = "https://www.nur.kz"
SECTIONS = ["politics", "society", "incident", "sport", "nurfin"]

SELECTORS = SiteSelectors(
    article_marker=["article.article", "article[itemtype*='NewsArticle']"],
    headline=["h1.main-headline", "article.article h1"],
    body=["div.formatted-body"],
    body_stop=["div.article__read-more", "div.article-subscribe", "div.share-block"],
    body_skip=["aside.read-also", "div.banner-inline", "div.ad-slot"],
    lead=["div.formatted-body > p.formatted-body__paragraph:first-of-type"],
    published_time=["time.datetime--publication", "article.article time[datetime]"],
    modified_time=["time.datetime--modification"],
    authors=["address.author-item"],
    section=["ol.breadcrumbs li.breadcrumbs__item:nth-child(2) a", "ol.breadcrumbs li:nth-child(2)"],
    views=[],
    main_image=["article.article figure.article__image"],
    tags=["ul.tags a.tags__link"],
)

# /<section>/<sub>/<7-digit id>-<slug>/ on www.nur.kz (the bare domain redirects there).
ARTICLE_URL_RE = re.compile(
    r"^https?://(?:www\.)?nur\.kz/(?P<path>(?:"
    + "|".join(re.escape(s) for s in SECTIONS)
    + r")/[a-z0-9-]+/\d{7}-[a-z0-9-]+)/?(?:[?#].*)?$"
)


def article_url(url: str) -> str | None:
    """The canonical form of an article URL (www host, trailing slash, no query), or None."""
    m = ARTICLE_URL_RE.match(url.strip())
    return f"{BASE_URL}/{m.group('path')}/" if m else None


_CUT_RE = re.compile(r"(?:\.\.\.|…)\s*$")
_READ_ALSO_RE = re.compile(r"^\s*(?:читайте также|читайте по теме|смотрите также)\b", re.I)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def jsonld_paragraphs(article_body: str | None, lead: str | None = None) -> list[str]:
    """The paragraphs of a JSON-LD ``articleBody`` (one a line), without the lead line and "read also"."""
    if not article_body:
        return []
    lines = [line.strip() for line in article_body.splitlines()]
    lines = [line for line in lines if line and not _READ_ALSO_RE.match(line)]
    if lines and lead and _letters(lines[0]) == _letters(lead):
        lines = lines[1:]
    return lines


def choose_body(html: list[str], article_body: str | None, lead: str | None = None) -> tuple[list[str], str]:
    """(paragraphs, "html" or "jsonld"): the complete copy of the text.

    JSON-LD wins only when it is not cut ("..."), and either the HTML has no text or the JSON-LD
    says more and begins with everything the HTML says (so it is the same article, not a stale or
    foreign block). Otherwise the HTML, which keeps lists and line breaks, is used.
    """
    ld = jsonld_paragraphs(article_body, lead)
    if not ld or (article_body and _CUT_RE.search(article_body)):
        return html, "html"
    if not html:
        return ld, "jsonld"
    html_letters, ld_letters = _letters("".join(html)), _letters("".join(ld))
    if len(ld_letters) > len(html_letters) and ld_letters.startswith(html_letters):
        return ld, "jsonld"
    return html, "html"


class NurArticlePage(ArticlePage):
    site = SITE
    selectors = SELECTORS
    body_source: str = "html"

    def lead(self) -> str | None:
        """The first paragraph when it is wholly in ``<strong>``: the editor's lead."""
        found = self.find(self.selectors.lead)
        if not found:
            return None
        strong = compiled_css("strong, b")(found[0])
        if strong and _letters(text_of(strong[0])) == _letters(text_of(found[0])):
            return text_of(strong[0])
        return None

    def paragraphs(self) -> list[str]:
        lead = self.lead()
        html = super().paragraphs()
        if html and lead and _letters(html[0]) == _letters(lead):
            html = html[1:]
        article_body = (self.jsonld_article() or {}).get("articleBody")
        if not isinstance(article_body, str):
            article_body = None
        chosen, self.body_source = choose_body(html, article_body, lead)
        return chosen

    def images(self) -> list[Image]:
        """Page images; the credit of each comes from JSON-LD ``image.creditText`` when it names one."""
        credits = _image_credits((self.jsonld_article() or {}).get("image"))
        images = super().images()
        for image in images:
            if image.credit is None:
                image.credit = credits.get(_path(image.url))
        return images

    def to_article(self) -> Article:
        article = super().to_article()
        assert article.raw is not None
        article.raw["body_source"] = self.body_source
        return article


def _path(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:  # a host urllib cannot read: no image of the page has this path
        return url
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path}"


def _image_credits(value: Any) -> dict[str, str]:
    """Image path -> credit, from a JSON-LD ``image`` (an ImageObject, a list of them, or a URL)."""
    objects = value if isinstance(value, list) else [value]
    credits: dict[str, str] = {}
    for obj in objects:
        if not isinstance(obj, dict):
            continue
        url, credit = obj.get("url") or obj.get("contentUrl"), obj.get("creditText")
        if isinstance(url, str) and isinstance(credit, str) and credit.strip():
            credits[_path(url)] = credit.strip()
    return credits


PAGE_CLASS = NurArticlePage
