"""The records newsbot exports. Field names and formats here are the contract analysts code against.

Every field's docstring states its format and when it is empty; ``docs/article.schema.json`` is
generated from these classes (``newsbot schema``) and a test checks that it is up to date.
Empty means ``null`` for scalars and ``[]`` for lists, always.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1


@dataclass
class Image:
    """An article image: the main picture first, then pictures inside the body, each once."""

    url: str
    """Absolute URL of the image file."""
    caption: str | None = None
    """Caption as shown, without the credit part ("Фото: ..."); null when there is none."""
    credit: str | None = None
    """Who took or owns the picture, taken from "Фото: X" / "Фото X" / "Источник: X"; null when unknown."""


@dataclass
class Tag:
    """One of the article's own tags (the links under the text), in page order."""

    name: str
    """Tag name as shown, without a leading "#"."""
    url: str
    """Absolute URL of the tag page."""


@dataclass
class CloudTag:
    """One entry of the site-wide popular-tags cloud."""

    name: str
    """Tag name as shown; may hold several words and digits ("Город Астана", "Олимпиада-2024")."""
    count: int
    """How many articles carry the tag, as shown next to it (site-wide, grows over time)."""
    url: str | None = None
    """Absolute URL of the tag page; null when the cloud came from plain text without links."""


@dataclass
class Quote:
    """A direct quotation in the body and who said it: words in quotation marks, direct speech
    that opens a paragraph with a dash ("— Мы готовы, — сказал он."), or an interview's answer (a
    dash paragraph after a dash question; or, in an interview whose questions have no dash, the
    paragraphs between one question and the next)."""

    text: str
    """The quoted words without quotation marks or opening dash; the author's words that interrupt a quotation are
    left out and the parts joined with one space; a quotation over several paragraphs keeps "\\n\\n"
    between them."""
    speaker: str | None
    """Who said it, in the nominative, as named in the article ("Аида Балаева", "пресс-служба МВД");
    a pronoun or a bare surname resolves to the last fitting name; an interview's answers, to the one
    guest its introduction (in the body, or in the lead) names; null when the text does not say."""
    role: str | None
    """The role that introduced the speaker ("министр культуры и информации РК"); null when none."""
    cue: str | None
    """The speech verb or phrase as written ("отметила", "по словам", "деді"); null for a quotation
    introduced only by a colon, standing alone in a blockquote, or answering an interview's question."""
    paragraph: int
    """0-based index into ``paragraphs`` of the paragraph where the quotation opens."""
    start: int
    """Character offset into ``body`` of the opening quotation mark (of the dash, for direct speech
    opened by one; of the first word, for an interview's answer without a dash)."""
    end: int
    """Character offset into ``body`` just past the closing quotation mark (``body[start:end]``);
    for direct speech opened by a dash and for an interview's answer, just past its last word or its
    "!", "?" or "…"."""


@dataclass
class Attribution:
    """A statement of where the news came from ("сообщает X со ссылкой на Y")."""

    source: str
    """The original source as written ("Минкультуры и информации РК", "пресс-служба акимата")."""
    via: str | None
    """The outlet that passes it on ("Bestnews.kz" in "сообщает Bestnews.kz со ссылкой на ..."); null
    when the text names only the source."""
    cue: str
    """The attribution phrase as written ("со ссылкой на", "по данным", "передает", "деп хабарлайды")."""
    text: str
    """The sentence that carries the attribution, as in ``body``."""


@dataclass
class Article:
    """One news article, normalized. One JSON object per line in the JSONL feed."""

    schema_version: int = SCHEMA_VERSION
    """Version of this record layout; raised on any incompatible change."""
    url: str = ""
    """Canonical URL of the article (``link rel=canonical``, else ``og:url``, else the fetched URL without
    the AMP parameter); the key that identifies an article across crawls."""
    fetched_url: str = ""
    """The URL whose response this record was extracted from (after redirects; may be the AMP URL)."""
    site: str = ""
    """The site's domain, e.g. "bestnews.kz"."""
    language: str = "ru"
    """ISO 639-1 code of the article language: "ru" or "kk"."""
    headline: str = ""
    """The article's headline as shown on the page (never the ``<title>``)."""
    lead: str | None = None
    """The editor-written lead/summary; null when absent or only a truncated copy of paragraph one."""
    paragraphs: list[str] = field(default_factory=list)
    """The article text, one string per block of it (a paragraph, subheading, list item, blockquote
    paragraph, or a line set off by ``<br>``), in order; nothing else (no share, subscribe, tags,
    related links, embeds, captions, ads or tag cloud)."""
    body: str = ""
    """``paragraphs`` joined with "\\n\\n"; offsets in ``quotes`` point into this string."""
    published_at: str | None = None
    """Publication time, ISO 8601 to the second with the site's UTC offset at that moment (Asia/Almaty:
    +06:00 until 2024-02-29, +05:00 from 2024-03-01; tz database rules, so +07:00 in the summers
    before 2005), e.g. "2023-07-30T10:15:00+06:00"; null when the page shows no usable date."""
    published_at_raw: str | None = None
    """The publication date exactly as shown on the page ("30.07.2023, 10:15"); null when not shown."""
    modified_at: str | None = None
    """Last modification time in the same format as ``published_at``; null when the page does not say."""
    authors: list[str] = field(default_factory=list)
    """Author names as shown, one per person, without prefixes such as "Автор:"; a byline that names
    several people ("Айдана Сериккызы, Ерлан Абенов") is split when every part of it is a name;
    [] when none is named."""
    section: str | None = None
    """The section the article is filed under, as displayed ("Казахстан", "Спорт"); null when unknown."""
    views: int | None = None
    """View counter shown on the page at crawl time; null when the page has none."""
    images: list[Image] = field(default_factory=list)
    """Article images, main picture first; [] when none."""
    tags: list[Tag] = field(default_factory=list)
    """The article's own tags, in page order; [] when none."""
    quotes: list[Quote] = field(default_factory=list)
    """Direct quotations in ``body`` in order of appearance; [] when none."""
    attributions: list[Attribution] = field(default_factory=list)
    """Source attributions in ``body`` in order of appearance; [] when none."""
    tag_cloud: list[CloudTag] = field(default_factory=list)
    """The site's popular-tags cloud as shown on this page, in page order; [] when the page has none."""
    crawled_at: str = ""
    """When the page was fetched, ISO 8601 with the Asia/Almaty offset."""
    content_hash: str = ""
    """"sha256:" + hex digest of the UTF-8 of headline + "\\n\\n" + body; changes when the text changes."""
    revision: int = 1
    """1 for the first export of ``url``; raised by one each time a later crawl finds changed content."""
    extraction: str = "site"
    """Which extractor produced the record: "site" (a declared site page class) or "generic"."""
    raw: dict[str, Any] | None = field(default=None, metadata={"internal": True})
    """Internal: what the page class read before normalization (date candidates, problems).
    Never exported (see :data:`EXPORTED_FIELDS`)."""


EXPORTED_FIELDS: list[str] = [f.name for f in fields(Article) if not f.metadata.get("internal")]
"""The record's fields in export order: the contract, and the feed exports' ``fields`` option."""


@dataclass
class TagCloudSnapshot:
    """The site-wide popular-tags cloud as seen at one moment: one line of the ``tag_cloud`` feed,
    written once per crawl and only when the cloud changed since the last line."""

    site: str
    """The site's domain, e.g. "bestnews.kz"."""
    observed_at: str
    """When the cloud was read, ISO 8601 with the Asia/Almaty offset."""
    source_url: str
    """The page the cloud was read from."""
    tags: list[CloudTag] = field(default_factory=list)
    """The cloud's entries in page order."""
    digest: str = ""
    """"sha256:" + hex digest of the names and counts: equal digests mean an unchanged cloud."""


SNAPSHOT_FIELDS: list[str] = [f.name for f in fields(TagCloudSnapshot)]
"""Fields of a line of the tag-cloud feed, in order."""


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(kind: type) -> tuple[str, ...]:
    """The field names of the dataclass ``kind``, in order (looked up once per type)."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return names


def field_values(record: Any) -> Mapping[str, Any]:
    """The fields of the dataclass instance ``record`` by name, in order: the instance's own
    ``__dict__`` when it holds exactly its fields (read as it is, not copied; do not change it),
    else a new dict. For the exporter and the serializable check, which walk every record."""
    names = field_names(type(record))
    own = getattr(record, "__dict__", None)
    if own is not None and tuple(own) == names:
        return own
    return {name: getattr(record, name) for name in names}
