"""Write a large replay mirror of Bestnews.kz made from the fixture pages (not committed).

    python benchmarks/make_mirror.py --articles 10000            # -> benchmarks/out/mirror-10000/
    python benchmarks/make_mirror.py --articles 1000 --out benchmarks/out/mirror-1000

Article ``i`` is fixture page ``i mod 45`` (the 42 article pages and the 3 AMP pages) served at a URL
of its own, ``/<section>/<300000+i>-<alias>``; every occurrence of the fixture's own path in the page
(canonical link, og:url, amphtml, JSON-LD) is rewritten to it, so each page is a distinct article for
the duplicate filter. The text is the fixture's, unchanged.

``/novosti`` paginates over every article, 20 cards a page (``/novosti?start=20``, ``?start=40``, ...),
in the markup of the saved listing pages, with the sidebar and tag cloud. Each section listing is one
page with its 20 newest cards (no pagination; all of them are on /novosti too), the RSS feed holds
the 20 newest, the sitemap lists the listings only, robots.txt is the saved one. A stamp file makes a
second run with the same arguments a no-op.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import MIRROR, OUT, fixture_pages

BASE_URL = "https://bestnews.kz"
CARDS_PER_PAGE = 20
FIRST_ID = 300000
GENERATOR_VERSION = "2"
HEADERS = {"Content-Type": "text/html; charset=utf-8"}
SECTION_NAMES = {
    "kazakhstan": "Казахстан", "v-mire": "В мире", "vlast": "Власть", "dengi": "Деньги",
    "sport": "Спорт", "chp": "ЧП", "woman": "Woman",
}  # fmt: skip


@dataclass(frozen=True)
class Template:
    case: str
    section: str
    alias: str
    path: str  # the fixture's own path, as it appears in the page
    headline: str
    published: str | None  # ISO 8601 from the expected record
    html: str


@dataclass(frozen=True)
class Generated:
    url: str
    file: str
    template: Template


def templates() -> list[Template]:
    found = []
    for page in fixture_pages():
        expected = json.loads((MIRROR / f"{page.case}.json").read_text(encoding="utf-8"))
        path = urlsplit(page.url).path
        section, slug = path.strip("/").split("/", 1)
        alias = re.sub(r"^\d+-", "", slug)
        found.append(
            Template(
                case=page.case,
                section=section,
                alias=alias,
                path=path,
                headline=expected["headline"],
                published=expected["published_at"],
                html=page.body.decode("utf-8"),
            )
        )
    return found


def article_page(template: Template, new_path: str) -> str:
    # The path followed by anything that cannot continue a slug: a quote, "?", "#", "<" or space.
    return re.sub(re.escape(template.path) + r'(?=["?#<\s])', new_path, template.html)


def listing_parts() -> tuple[str, str, str]:
    """The saved /novosti page 2 cut around its cards and its pagination block."""
    text = (MIRROR / "listing-novosti-start-15.html").read_text(encoding="utf-8")
    first_card = text.index('<div class="blog-item ')
    pagination = re.search(r'<div class="pagination uk-margin-large-top">.*?</ul>\n</div>\n', text, re.DOTALL)
    assert pagination is not None, "the saved listing page changed: no pagination block"
    items_end = text.rindex("</div>\n", first_card, pagination.start())  # closes div.blog-items
    head = text[:first_card]
    between = text[items_end : pagination.start()]
    tail = text[pagination.end() :]
    return head, between, tail


def card(item: Generated) -> str:
    t = item.template
    path = urlsplit(item.url).path
    title = html.escape(t.headline)
    when = ""
    if t.published:
        shown = f"{t.published[8:10]}.{t.published[5:7]}.{t.published[:4]}, {t.published[11:16]}"
        when = f' | <time datetime="{t.published}" itemprop="datePublished">{shown}</time>'
    return (
        '<div class="blog-item uk-margin-medium-bottom" itemprop="blogPost" itemscope '
        'itemtype="https://schema.org/BlogPosting">\n<div class="uk-grid-small" uk-grid>\n'
        f'<div class="uk-width-1-3@s">\n<a href="{path}"><img src="/images/{t.alias}.webp" alt="{title}" '
        'width="400" height="225" loading="lazy"></a>\n</div>\n<div class="uk-width-2-3@s">\n'
        f'<div class="uk-article-meta uk-margin-small-bottom"><a class="uk-link-muted" href="/{t.section}">'
        f"{SECTION_NAMES[t.section]}</a>{when}</div>\n"
        f'<h2 class="uk-h4 uk-margin-remove-top" itemprop="name"><a class="uk-link-heading" href="{path}" '
        f'itemprop="url">{title}</a></h2>\n</div>\n</div>\n</div>\n'
    )


def listing_page(parts: tuple[str, str, str], items: list[Generated], page: int, pages: int, base: str) -> str:
    head, between, tail = parts

    def href(n: int) -> str:
        return base if n == 1 else f"{base}?start={(n - 1) * CARDS_PER_PAGE}"

    links = []
    if page > 1:
        links.append(f'<li><a class="previous" href="{href(page - 1)}">Назад</a></li>')
    links.append(f'<li class="uk-active"><span aria-current="true">{page}</span></li>')
    if page < pages:
        links.append(f'<li><a class="next" href="{href(page + 1)}">Вперед</a></li>')
    pagination = (
        '<div class="pagination uk-margin-large-top">\n'
        f'<p class="counter uk-text-meta uk-text-center">Страница {page} из {pages}</p>\n'
        '<ul class="uk-pagination uk-flex-center">\n' + "\n".join(links) + "\n</ul>\n</div>\n"
    )
    return head + "".join(card(i) for i in items) + between + (pagination if pages > 1 else "") + tail


def rss(items: list[Generated]) -> str:
    entries = "".join(
        f"<item><title>{html.escape(i.template.headline)}</title><link>{i.url}</link><guid>{i.url}</guid></item>\n"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Bestnews.kz</title>'
        f"<link>{BASE_URL}/novosti</link>\n{entries}</channel></rss>\n"
    )


def sitemap(urls: list[str]) -> str:
    entries = "".join(f"<url><loc>{u}</loc></url>\n" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>\n'
    )


def stamp_for(articles: int) -> str:
    digest = hashlib.sha1(GENERATOR_VERSION.encode())
    for path in sorted(MIRROR.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return f"{articles} articles, generator {GENERATOR_VERSION}, fixtures {digest.hexdigest()}"


def make_mirror(articles: int, out: Path | None = None) -> Path:
    """Write (or reuse) a mirror of ``articles`` article pages; return its folder."""
    out = out or OUT / f"mirror-{articles}"
    stamp = stamp_for(articles)
    stamp_file = out / "STAMP"
    if stamp_file.exists() and stamp_file.read_text() == stamp:
        return out
    if out.exists():
        shutil.rmtree(out)
    (out / "a").mkdir(parents=True)
    index: dict[str, dict[str, object]] = {}

    pool = templates()
    generated: list[Generated] = []
    for i in range(articles):
        t = pool[i % len(pool)]
        path = f"/{t.section}/{FIRST_ID + i}-{t.alias}"
        name = f"a/{FIRST_ID + i}.html"
        (out / name).write_text(article_page(t, path), encoding="utf-8")
        item = Generated(url=BASE_URL + path, file=name, template=t)
        index[item.url] = {"file": name, "status": 200, "headers": HEADERS}
        generated.append(item)
    newest = list(reversed(generated))  # the highest ids first, as a news site lists them

    parts = listing_parts()
    listings: list[str] = []

    def add_listing(base_path: str, items: list[Generated], paginate: bool) -> None:
        chunks = [items[k : k + CARDS_PER_PAGE] for k in range(0, len(items), CARDS_PER_PAGE)] or [[]]
        if not paginate:
            chunks = chunks[:1]
        for n, chunk in enumerate(chunks, start=1):
            url = BASE_URL + base_path + ("" if n == 1 else f"?start={(n - 1) * CARDS_PER_PAGE}")
            name = "l" + (base_path.replace("/", "-") + (f"-{n}" if n > 1 else "")) + ".html"
            (out / name).write_text(listing_page(parts, chunk, n, len(chunks), base_path), encoding="utf-8")
            index[url] = {"file": name, "status": 200, "headers": HEADERS}
            listings.append(url)

    add_listing("/novosti", newest, paginate=True)
    by_section: dict[str, list[Generated]] = defaultdict(list)
    for item in newest:
        by_section[item.template.section].append(item)
    for section in SECTION_NAMES:
        add_listing(f"/{section}", by_section[section], paginate=False)

    (out / "rss.xml").write_text(rss(newest[:20]), encoding="utf-8")
    index[f"{BASE_URL}/novosti?format=feed&type=rss"] = {
        "file": "rss.xml", "status": 200, "headers": {"Content-Type": "application/rss+xml; charset=utf-8"},
    }  # fmt: skip
    section_urls = [f"{BASE_URL}/novosti"] + [f"{BASE_URL}/{s}" for s in SECTION_NAMES]
    (out / "sitemap.xml").write_text(sitemap(section_urls), encoding="utf-8")
    index[f"{BASE_URL}/sitemap.xml"] = {
        "file": "sitemap.xml", "status": 200, "headers": {"Content-Type": "application/xml; charset=utf-8"},
    }  # fmt: skip
    shutil.copy(MIRROR / "robots.txt", out / "robots.txt")
    index[f"{BASE_URL}/robots.txt"] = {
        "file": "robots.txt", "status": 200, "headers": {"Content-Type": "text/plain; charset=utf-8"},
    }  # fmt: skip

    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=0), encoding="utf-8")
    stamp_file.write_text(stamp)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--out", type=Path, default=None, help="default: benchmarks/out/mirror-<articles>")
    args = parser.parse_args(argv)
    out = make_mirror(args.articles, args.out)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    print(f"{out}: {args.articles} articles, {len(index)} URLs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
