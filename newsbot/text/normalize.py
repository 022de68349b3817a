"""Text cleaning: make page text safe and uniform for JSONL without changing what it says."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from functools import lru_cache

# Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen, LRM/RLM.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u180e"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# Spaces that look like a space: NBSP, narrow NBSP, figure/thin/hair spaces, ideographic space,
# line/paragraph separators (U+2028/U+2029 break JSON consumers that read line by line).
_SPACE_LIKE_RE = re.compile("[\u00a0\u202f\u2000-\u200a\u3000\u2028\u2029\u0085\t\r\n\f\v]")
# C0/C1 control characters and lone surrogates (from broken emoji) never reach the output.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_SPACES_RE = re.compile(" {2,}")
# Any character one of the steps below acts on (the entity step starts at "&").
_NEEDS_WORK_RE = re.compile(
    f"[&{_INVISIBLE}\u00a0\u202f\u2000-\u200a\u3000\u2028\u2029\u0085\t\r\n\f\v"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]| {2}"
)
# An entity left in text after parsing means the source escaped it twice ("&amp;laquo;").
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def clean_text(text: str | None) -> str:
    """Return ``text`` as one clean line: doubly escaped entities decoded, NFC, invisible characters
    dropped, any space-like character as one plain space, control characters and lone surrogates
    removed, stripped.

    Typographic quotes and dashes are kept as written.
    """
    if not text:
        return ""
    return _clean_short(text) if len(text) <= 64 else _clean(text)


def _clean(text: str) -> str:
    if not _NEEDS_WORK_RE.search(text) and unicodedata.is_normalized("NFC", text):
        return text.strip()  # the common case: none of the steps would change anything
    return clean_steps(text)


# Short texts (names, tags, sections, captions) repeat on every page of a site.
_clean_short = lru_cache(maxsize=8192)(_clean)


def clean_steps(text: str) -> str:
    """The steps of :func:`clean_text`, always all of them (what its shortcut must agree with)."""
    if "&" in text and _ENTITY_RE.search(text):
        text = html.unescape(text)
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _SPACE_LIKE_RE.sub(" ", text)
    return _SPACES_RE.sub(" ", text).strip()


def clean_optional(text: str | None) -> str | None:
    """Like :func:`clean_text`, but return None for text that is empty after cleaning."""
    cleaned = clean_text(text)
    return cleaned or None


_CREDIT_RE = re.compile(
    r"(?:^|(?<=[.!?…»\s]))\s*(?:фото|фотография|фото и видео|источник|иллюстрация|коллаж|кадр|сурет|"
    r"photo|foto)\s*(?::|—|-|–)?\s+(?P<credit>.+?)\s*$",
    re.IGNORECASE,
)


def split_credit(caption: str | None) -> tuple[str | None, str | None]:
    """Split an image caption into (caption, credit): "Встреча в Лувре. Фото: Минкультуры РК" ->
    ("Встреча в Лувре", "Минкультуры РК"). Either part is None when absent."""
    text = clean_text(caption)
    if not text:
        return None, None
    m = _CREDIT_RE.search(text)
    if not m:
        return text, None
    rest = text[: m.start()].strip().rstrip(".,;:—–- ").strip()
    return (rest or None), m.group("credit").strip().rstrip(".") or None


_ELLIPSIS_RE = re.compile(r"(?:\.\.\.|…)\s*$")


# Not a letter or digit: re's \w is exactly str.isalnum() plus "_" (see the re docs).
_NOT_ALNUM_RE = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    """The letters and digits of ``text``, casefolded (what ``str.isalnum`` keeps)."""
    return _NOT_ALNUM_RE.sub("", text.casefold())


def is_truncated_copy(lead: str | None, first_paragraph: str | None) -> bool:
    """True when ``lead`` is only the first characters of ``first_paragraph`` cut with "..."
    (the CMS's automatic intro), not a summary an editor wrote."""
    if not lead or not first_paragraph:
        return False
    stem = _letters(_ELLIPSIS_RE.sub("", lead))
    paragraph = _letters(first_paragraph)
    if not stem:
        return False
    if _ELLIPSIS_RE.search(lead):
        # The cut may fall inside a word: compare all but the last few letters.
        return paragraph.startswith(stem[: max(1, len(stem) - 3)])
    return stem == paragraph


def content_fingerprint(headline: str, body: str) -> str:
    """ "sha256:" + hex digest of headline + "\\n\\n" + body (the record's ``content_hash``)."""
    # surrogatepass: cleaned text holds no surrogates, but hashing must not raise on any input.
    return "sha256:" + hashlib.sha256(f"{headline}\n\n{body}".encode("utf-8", "surrogatepass")).hexdigest()
