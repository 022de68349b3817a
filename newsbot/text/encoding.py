"""Which encoding a page's bytes are really in, whatever its headers say.

Kazakh sites serve cp1251 declared as UTF-8 (decoding gives U+FFFD garbage), UTF-8 whose meta
tag still says windows-1251 (silent mojibake "РџСЂРµ"), pages with no declaration, and pages
where one block pasted from an old CMS is cp1251 inside UTF-8. The bytes decide.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

MIXED = "x-newsbot-utf8-cp1251"
"""Codec name for UTF-8 whose invalid stretches are cp1251 (registered by :func:`register_mixed_codec`)."""

_BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_UTF8_CYRILLIC_RE = re.compile(rb"[\xd0\xd1\xd2\xd3][\x80-\xbf]")
_HIGH_BYTE_RE = re.compile(rb"[\x80-\xff]")


@dataclass(frozen=True)
class EncodingChoice:
    encoding: str
    reason: str
    """"bom", "declared", "utf8_despite_declaration", "cp1251_despite_declaration", "mixed",
    "guessed_utf8", "guessed_cp1251" or "guessed_cp1252"."""


def codec_name(name: str | None) -> str | None:
    """Python's name for the codec ``name`` stands for ("utf8", "UTF-8" -> "utf-8"), or None."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def detect_encoding(body: bytes, declared: str | None) -> EncodingChoice:
    """Choose the encoding of ``body``; ``declared`` is what the header or meta tag says (or None)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return EncodingChoice(name, "bom")
    declared_name = codec_name(declared)
    if is_utf8(body):
        if declared_name in (None, "utf-8"):
            return EncodingChoice("utf-8", "declared" if declared_name else "guessed_utf8")
        if _UTF8_CYRILLIC_RE.search(body):
            # Valid UTF-8 with Cyrillic two-byte sequences is never meant as cp1251 text.
            return EncodingChoice("utf-8", "utf8_despite_declaration")
        return EncodingChoice(declared_name, "declared")
    utf8_pairs = len(_UTF8_CYRILLIC_RE.findall(body))
    high_bytes = len(_HIGH_BYTE_RE.findall(body))
    stray = high_bytes - 2 * utf8_pairs
    if utf8_pairs >= 20 and stray > 0:
        return EncodingChoice(MIXED, "mixed")
    if declared_name not in (None, "utf-8"):
        return EncodingChoice(declared_name, "declared")
    if declared_name == "utf-8":
        return EncodingChoice("cp1251", "cp1251_despite_declaration")
    return EncodingChoice("cp1251", "guessed_cp1251")


def is_utf8(body: bytes) -> bool:
    """True when ``body`` is valid UTF-8."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_mixed(data: bytes, errors: str = "strict") -> tuple[str, int]:
    out: list[str] = []
    view = bytes(data)
    pos = 0
    while pos < len(view):
        try:
            out.append(view[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            out.append(view[pos : pos + exc.start].decode("utf-8"))
            bad_end = pos + exc.end
            # Take the whole run of bytes that are not valid UTF-8 as cp1251.
            while bad_end < len(view):
                try:
                    view[bad_end : bad_end + 4].decode("utf-8")
                    break
                except UnicodeDecodeError as inner:
                    if inner.start > 0:
                        break
                    bad_end += 1
            out.append(view[pos + exc.start : bad_end].decode("cp1251", errors="replace"))
            pos = bad_end
    return "".join(out), len(data)


def register_mixed_codec() -> None:
    """Make :data:`MIXED` a codec name Python (and so Scrapy's TextResponse) can decode with."""

    def search(name: str) -> codecs.CodecInfo | None:
        if name.replace("_", "-") != MIXED:
            return None
        return codecs.CodecInfo(
            name=MIXED,
            encode=lambda text, errors="strict": (text.encode("utf-8", errors), len(text)),
            decode=_decode_mixed,  # type: ignore[arg-type]  # a plain function is a valid decoder
        )

    try:
        codecs.lookup(MIXED)
    except LookupError:
        codecs.register(search)
