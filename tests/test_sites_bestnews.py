"""Every Bestnews.kz mirror article, extracted as the crawl would, against its expected record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbot.cli import extract_page
from tests.conftest import MIRROR
from tests.site_fixtures import check_case, check_quote_offsets, site_cases

CASES = site_cases(MIRROR)
# The seed article, which the tests below feed variants of its markup.
SEED_PAGE = MIRROR / "kazakhstan-98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra.html"
SEED_URL = "https://bestnews.kz/kazakhstan/98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra"


def seed_html() -> str:
    """The seed article's markup, for a test to change and extract at ``SEED_URL``."""
    return SEED_PAGE.read_text(encoding="utf-8")


def test_the_mirror_is_big_and_varied_enough() -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in CASES]
    normal = [r for r in records if "tmpl=amp" not in r["fetched_url"]]
    amp = [r for r in records if "tmpl=amp" in r["fetched_url"]]
    assert len(normal) >= 40
    assert len({r["section"] for r in normal if r["language"] == "ru"}) >= 5
    assert sum(1 for r in normal if r["language"] == "kk") >= 2
    assert len(amp) >= 3 and {r["url"] for r in amp} <= {r["url"] for r in normal}
    assert max(len(r["paragraphs"]) for r in normal) >= 40
    assert min(len(r["paragraphs"]) for r in normal) <= 2
    html = [p.with_suffix(".html").read_text(encoding="utf-8") for p in CASES]
    assert sum("com-content-article__body" in page for page in html) >= 8


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_article_fields_match_the_expected_record(path: Path) -> None:
    check_case(path)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_quote_offsets_point_into_the_body(path: Path) -> None:
    check_quote_offsets(path)


def test_non_article_page_is_refused() -> None:
    with pytest.raises(ValueError, match="not an article"):
        extract_page((MIRROR / "reklama.html").read_bytes(), "https://bestnews.kz/reklama")


def test_seed_article_text_is_exactly_the_seed() -> None:
    record = json.loads(
        (MIRROR / "kazakhstan-98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra.json").read_text(encoding="utf-8")
    )
    seed_lines = [
        "Накануне государственного визита Президента Республики Казахстан Касым-Жомарта Токаева во Францию",
        "«Нас интересует сотрудничество в части совместной научной работы",
        "«Мы открыты к сотрудничеству в том числе и в направлении совместной организации выставок",
    ]
    assert len(record["paragraphs"]) == 7
    assert record["paragraphs"][0].startswith(seed_lines[0])
    assert record["paragraphs"][3].startswith(seed_lines[1])
    assert record["paragraphs"][5].startswith(seed_lines[2])
    assert len(record["tag_cloud"]) == 30


# Markup a Bestnews.kz page can carry outside its article: a breaking-news strip above it, and a
# related-news card below it, each with the microdata and classes of an article's own fields.
_STRIP = (
    '<div class="breaking"><h1 itemprop="headline">Чужой заголовок</h1>'
    '<time itemprop="datePublished" datetime="2020-01-01T00:00:00+06:00">01.01.2020, 00:00</time>'
    '<dl><dd class="createdby"><span itemprop="name">Чужой автор</span></dd></dl></div>'
)
_CARD = (
    '<div class="related"><div class="uk-hr"><a href="/t/chuzhoj-teg">#Чужой тег</a></div>'
    '<figure class="article-image"><img src="/images/chuzhoe-foto.webp"></figure></div>'
)


def _with_markup_around_the_article(html: str) -> str:
    start, end = html.index("<article"), html.index("</article>") + len("</article>")
    return html[:start] + _STRIP + html[start:end] + _CARD + html[end:]


def test_fields_are_read_inside_the_article_only() -> None:
    from dataclasses import replace

    from newsbot.sites.bestnews import SELECTORS, BestnewsArticlePage

    html = seed_html()
    plain = json.loads(json.dumps(extract_page(html.encode(), SEED_URL), default=vars, ensure_ascii=False))
    crowded = json.loads(
        json.dumps(
            extract_page(_with_markup_around_the_article(html).encode(), SEED_URL), default=vars, ensure_ascii=False
        )
    )
    for record in (plain, crowded):
        record.pop("crawled_at"), record.pop("raw", None)
    assert crowded == plain
    assert len(crowded["tag_cloud"]) == 30  # the cloud, outside the article, is still read

    # Without the scope, the strip above the article would lend it a headline, a date and an author:
    # what the scope is there for (and the test's decoys do reach the selectors).
    from scrapy.http import HtmlResponse

    class Unscoped(BestnewsArticlePage):
        selectors = replace(SELECTORS, scope=[])

    response = HtmlResponse(url=SEED_URL, body=_with_markup_around_the_article(html).encode(), encoding="utf-8")
    unscoped = Unscoped(response)
    assert unscoped.headline() == "Чужой заголовок"
    assert unscoped.authors()[0] == "Чужой автор"
    assert unscoped.date_fields()["published_attr"] == "2020-01-01T00:00:00+06:00"
    assert BestnewsArticlePage(response).headline() != "Чужой заголовок"


def test_a_page_without_the_scope_element_is_read_whole() -> None:
    from dataclasses import replace

    from scrapy.http import HtmlResponse

    from newsbot.sites.bestnews import SELECTORS, BestnewsArticlePage

    class ScopeMissing(BestnewsArticlePage):
        selectors = replace(SELECTORS, scope=["section.no-such-element"])

    response = HtmlResponse(url=SEED_URL, body=SEED_PAGE.read_bytes(), encoding="utf-8")
    scoped, whole = BestnewsArticlePage(response), ScopeMissing(response)
    assert whole.article_root() is whole.root
    assert scoped.article_root().tag == "article"
    assert whole.to_article().paragraphs == scoped.to_article().paragraphs
    assert whole.headline() == scoped.headline() and whole.tags() == scoped.tags()


def test_line_breaks_and_comments_inside_fields_read_as_a_reader_sees_them() -> None:
    # A headline broken over two lines, a comment the CMS leaves for search engines, and a caption
    # in two paragraphs: the words stay apart and the comment is no word of the page.
    html = seed_html()
    marked = html.replace(
        "\tАида Балаева провела встречу с директором Лувра</h1>",
        "\t<!--noindex-->Аида Балаева провела встречу<br>с директором Лувра<!--/noindex--></h1>",
    ).replace(
        '<figcaption class="uk-text-meta">Фото: Минкультуры и информации РК</figcaption>',
        '<figcaption class="uk-text-meta"><p>Аида Балаева в Лувре</p><p>Фото: Минкультуры и информации РК</p></figcaption>',
    )
    assert marked.count("<!--noindex-->") == 1 and marked.count("<p>Аида Балаева в Лувре</p>") == 2
    record = extract_page(marked.encode(), SEED_URL)
    assert record.headline == "Аида Балаева провела встречу с директором Лувра"
    assert record.images[0].caption == "Аида Балаева в Лувре"
    assert record.images[0].credit == "Минкультуры и информации РК"


def test_body_text_outside_paragraph_tags_is_kept_in_its_own_blocks() -> None:
    # Older articles and pasted text put words in the body without a <p>: bare text broken with
    # <br>, a <div>, a <span>, a subheading. Each is a block of the body, in order; the in-article
    # ad slot stays out, and nothing after the body's stop element is read.
    html = seed_html()
    plain = extract_page(html.encode(), SEED_URL).paragraphs
    first = html.index("<p>Накануне государственного визита")
    first_end = html.index("</p>", first) + len("</p>")
    second = html.index("<p>", first_end)
    second_end = html.index("</p>", second) + len("</p>")
    marked = (
        html[:first]
        + html[first + 3 : first_end - 4]  # the first paragraph without its <p>
        + "<br><br>Вторая строка без абзаца.\n"
        + "<h3>Подзаголовок статьи</h3>"
        + '<div class="wmarka-inarticle-ad"><span class="uk-text-meta">Реклама</span></div>'
        + "<div>" + html[second + 3 : second_end - 4] + "</div>"  # the second paragraph in a <div>
        + "<span>Строка в span.</span><!-- комментарий -->И хвост после комментария."
        + html[second_end:]
    )  # fmt: skip
    got = extract_page(marked.encode(), SEED_URL).paragraphs
    assert got == [
        plain[0],
        "Вторая строка без абзаца.",
        "Подзаголовок статьи",
        plain[1],
        "Строка в span.И хвост после комментария.",
        *plain[2:],
    ]


def test_lazy_loaded_images_give_their_real_address() -> None:
    # Lazy loading keeps the picture's address in data-src (or srcset) and puts a placeholder in
    # src: an inline data: URI or a blank image. The record names the picture, never the placeholder.
    html = seed_html()
    lazy = html.replace(
        '<img src="/images/2024/11/balaeva-luvr.webp"',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/images/2024/11/balaeva-luvr.webp"',
    )
    body_images = (
        '<p><img src="/images/blank.gif" data-lazy-src="/images/2024/11/luvr-zal.webp"></p>'
        '<p><img srcset="/images/2024/11/luvr-400.webp 400w, /images/2024/11/luvr-1200.webp 1200w"></p>'
        '<p><img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"></p>'
    )
    lazy = lazy.replace('<div class="uk-article-body">', '<div class="uk-article-body">' + body_images, 1)
    assert lazy.count("data:image/gif") == 2 and body_images in lazy
    images = [image.url for image in extract_page(lazy.encode(), SEED_URL).images]
    assert images == [
        "https://bestnews.kz/images/2024/11/balaeva-luvr.webp",
        "https://bestnews.kz/images/2024/11/luvr-zal.webp",
        "https://bestnews.kz/images/2024/11/luvr-1200.webp",
    ]


@pytest.mark.parametrize(
    ("printed", "views", "problem"),
    [
        ("2187", 2187, False),
        ("2 187", 2187, False),
        ("2,2 тыс.", 2200, False),
        ("12K", 12000, False),
        ("н/д 1,5", 2187, True),
    ],  # no count: the page says why, and the microdata counter is read instead
)
def test_views_are_read_as_the_site_prints_them(printed: str, views: int | None, problem: bool) -> None:
    from scrapy.http import HtmlResponse

    from newsbot.sites.bestnews import BestnewsArticlePage

    html = seed_html()
    assert html.count("<span>2187</span>") == 1
    body = html.replace("<span>2187</span>", f"<span>{printed}</span>").encode()
    page = BestnewsArticlePage(HtmlResponse(url=SEED_URL, body=body, encoding="utf-8"))
    assert page.views() == views
    assert ("views_unreadable" in page.problems) is problem


def test_direct_speech_opened_by_a_dash_is_a_quote_of_the_record() -> None:
    html = seed_html()
    plain = extract_page(html.encode(), SEED_URL)
    anchor = "<p>Министр подчеркнула,"
    assert html.count(anchor) == 1
    speech = "<p>— Лувр и наши музеи ждет большая совместная работа, — добавила министр.</p>\n"
    record = extract_page(html.replace(anchor, speech + anchor).encode(), SEED_URL)
    added = [q for q in record.quotes if q.text == "Лувр и наши музеи ждет большая совместная работа"]
    assert len(added) == 1 and len(record.quotes) == len(plain.quotes) + 1
    (quote,) = added
    assert (quote.speaker, quote.role, quote.cue) == ("Аида Балаева", "министр", "добавила")
    assert record.body[quote.start : quote.end] == "— Лувр и наши музеи ждет большая совместная работа"


@pytest.mark.parametrize(
    ("og_title", "headline"),
    [
        (
            "Аида Балаева провела встречу с директором Лувра - Bestnews.kz",
            "Аида Балаева провела встречу с директором Лувра",
        ),
        (
            "Аида Балаева провела встречу с директором Лувра | BESTNEWS.KZ",
            "Аида Балаева провела встречу с директором Лувра",
        ),
        (
            "Аида Балаева провела встречу с директором Лувра — bestnews.kz",
            "Аида Балаева провела встречу с директором Лувра",
        ),
        ("Bestnews.kz", "Bestnews.kz"),  # only the site's name: nothing else to give
        ("Итоги года - Лувр", "Итоги года - Лувр"),  # a dash that is part of the title stays
    ],
)
def test_headline_from_og_title_drops_the_site_name(og_title: str, headline: str) -> None:
    # A template change that loses the <h1> falls back to og:title, which sites end with their name.
    html = seed_html()
    h1 = html[html.index("<h1") : html.index("</h1>") + len("</h1>")]
    og = '<meta property="og:title" content="Аида Балаева провела встречу с директором Лувра"'
    assert html.count(og) == 1
    changed = html.replace(h1, "").replace(og, f'<meta property="og:title" content="{og_title}"')
    assert extract_page(changed.encode(), SEED_URL).headline == headline


@pytest.mark.parametrize(
    ("printed", "authors"),
    [
        ("Айгерим Сейтказина, Ерлан Абенов", ["Айгерим Сейтказина", "Ерлан Абенов"]),
        ("Авторы: А. Сейтказина и Е. Абенов", ["А. Сейтказина", "Е. Абенов"]),
        ("Айгерим Сейтказина, корреспондент", ["Айгерим Сейтказина, корреспондент"]),
    ],
)
def test_a_byline_naming_several_people_gives_one_author_each(printed: str, authors: list[str]) -> None:
    html = seed_html()
    name = '<span itemprop="name">Айгерим Сейтказина</span>'
    assert html.count(name) == 1
    record = extract_page(html.replace(name, f'<span itemprop="name">{printed}</span>').encode(), SEED_URL)
    assert record.authors == authors


def test_links_that_are_no_address_are_left_out_not_a_failed_page() -> None:
    """A canonical URL with a broken host made urllib raise, and the article was lost; one with a
    broken port became the record's ``url``. Such links are no value of the record now: the page's
    own URL stands in for the canonical one, the cloud entry keeps its name and count without a
    link, and the page problem ``bad_url`` is noted."""
    html = seed_html()
    plain = extract_page(html.encode(), SEED_URL)
    og_url = f'<meta property="og:url" content="{SEED_URL}">'
    cloud_link = 'href="/t/goryachie-novosti"'
    assert og_url in html and cloud_link in html
    for canonical in ("https://[bestnews.kz/kazakhstan/98765-x?a=1", "https://bestnews.kz:80a/kazakhstan/98765-x"):
        broken = html.replace(og_url, f'<meta property="og:url" content="{canonical}">').replace(
            cloud_link, 'href="//[bestnews.kz]/t/goryachie-novosti"'
        )
        record = extract_page(broken.encode(), SEED_URL)
        assert record.url == SEED_URL
        assert record.tag_cloud[0].name == "горячие новости" and record.tag_cloud[0].count == 364
        assert record.tag_cloud[0].url is None
        assert record.tag_cloud[1:] == plain.tag_cloud[1:]
        assert record.raw is not None and record.raw["problems"] == ["bad_url"]


def test_an_interview_with_bold_questions_and_its_introduction_in_the_lead_is_quoted_in_the_record() -> None:
    html = seed_html()
    start, end = html.index('<div class="uk-article-body">'), html.index('<div class="uk-hr">')
    lead_start = html.index('<h2 class="uk-margin-top uk-h3">')
    lead_end = html.index("</h2>", lead_start) + len("</h2>")
    lead = "Bestnews.kz поговорил с директором Лувра Лоранс де Кар о выставках казахского искусства в Париже."
    interview = (
        '<div class="uk-article-body">\n'
        "<p><strong>Когда казахское искусство покажут в Лувре?</strong></p>\n"
        "<p>Мы планируем первую выставку на осень.</p>\n<p>Экспонаты отберут вместе с Национальным музеем.</p>\n"
        "<p><b>Что в ней будет?</b></p>\n<p>Мы хотим показать золото сарматов.</p>\n"
    )
    page = html[:lead_start] + f'<h2 class="uk-margin-top uk-h3">{lead}</h2>' + html[lead_end:start] + interview
    record = extract_page((page + html[end:]).encode(), SEED_URL)
    assert record.lead == lead
    assert [(q.paragraph, q.speaker, q.text) for q in record.quotes] == [
        (
            1,
            "Лоранс де Кар",
            "Мы планируем первую выставку на осень.\n\nЭкспонаты отберут вместе с Национальным музеем.",
        ),
        (4, "Лоранс де Кар", "Мы хотим показать золото сарматов."),
    ]
