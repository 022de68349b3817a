"""Property tests for every function under newsbot/text/: arbitrary Unicode never raises, offsets
always point inside ``body``, and every output serializes to exactly one JSONL line."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbot.text.attributions import extract_attributions
from newsbot.text.dates import parse_date, resolve_date
from newsbot.text.encoding import MIXED, detect_encoding, register_mixed_codec
from newsbot.text.normalize import clean_steps, clean_text, content_fingerprint, is_truncated_copy, split_credit
from newsbot.text.quotes import extract_quotes
from newsbot.text.tagcloud import parse_tag_cloud_text

# Text that looks like news more often than pure noise does: Cyrillic, quote marks, dashes,
# digits, the invisible and separator characters that pages carry, and anything else.
NEWSY = st.sampled_from(
    list("«»„“\"'—–-:,.!? \u00a0\u200b\u2028\u2029\n\tабвгдеёжзийклмнопрстуфхцчшщыэюяАБВЕКМНСТәғқңөұүһі0123456789")
)
TEXT = st.text(alphabet=st.one_of(NEWSY, st.characters()), max_size=300)
PARAGRAPHS = st.lists(TEXT, max_size=6)
NOW = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def one_jsonl_line(value: object) -> None:
    line = json.dumps(value, ensure_ascii=False)
    assert "\n" not in line and "\u2028" not in line
    line.encode("utf-8")  # no lone surrogates: they cannot be written
    assert json.loads(line) == value


def body_of(paragraphs: list[str]) -> tuple[list[str], str]:
    # The pipeline cleans paragraphs before the extractors see them; the extractors must also cope
    # with uncleaned ones, so both are tried.
    return paragraphs, "\n\n".join(paragraphs)


@FAST
@given(PARAGRAPHS, st.sampled_from(["ru", "kk"]))
def test_quotes_never_raise_and_offsets_point_into_body(paragraphs: list[str], language: str) -> None:
    for variant in (paragraphs, [clean_text(p) for p in paragraphs]):
        paragraphs_v, body = body_of(variant)
        for quote in extract_quotes(paragraphs_v, language):
            assert 0 <= quote.start < quote.end <= len(body)
            assert 0 <= quote.paragraph < len(paragraphs_v)
            record = asdict(quote)
            if variant is not paragraphs:
                one_jsonl_line(record)


@FAST
@given(PARAGRAPHS, st.sampled_from(["ru", "kk"]))
def test_attributions_never_raise(paragraphs: list[str], language: str) -> None:
    cleaned = [clean_text(p) for p in paragraphs]
    for attribution in extract_attributions(cleaned, language):
        one_jsonl_line(asdict(attribution))
    extract_attributions(paragraphs, language)


@FAST
@given(TEXT)
def test_clean_text_gives_one_safe_line(text: str) -> None:
    cleaned = clean_text(text)
    one_jsonl_line(cleaned)
    assert cleaned == cleaned.strip()
    assert clean_text(cleaned) == cleaned  # idempotent
    assert cleaned == clean_steps(text)  # the shortcut for clean text changes nothing


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from("аб Zz&;#x2\u00a0\u1680\u2028\u200b\x00\x1f\x85\u0301е\ufeff\t ")))
def test_clean_text_shortcut_agrees_with_every_step(text: str) -> None:
    assert clean_text(text) == clean_steps(text)


@FAST
@given(TEXT, TEXT)
def test_small_text_helpers_never_raise(a: str, b: str) -> None:
    caption, credit = split_credit(a)
    one_jsonl_line([caption, credit])
    assert isinstance(is_truncated_copy(a, b), bool)
    assert content_fingerprint(a, b).startswith("sha256:")


@FAST
@given(TEXT)
def test_dates_never_raise_and_are_iso(text: str) -> None:
    parsed = parse_date(text, now=NOW)
    if parsed is not None:
        iso = parsed.isoformat()
        one_jsonl_line(iso)
        datetime.fromisoformat(iso)
    resolved = resolve_date(text, text, text, now=NOW)
    one_jsonl_line([resolved.iso, resolved.source, list(resolved.problems)])


# ISO 8601 as pages write it, with any numbers in it: years 0 to 9999, months and offsets out of range.
ISO_LIKE = st.builds(
    "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}{}".format,
    st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32),
    st.integers(0, 25), st.integers(0, 61), st.integers(0, 61),
    st.one_of(
        st.just(""), st.just("Z"),
        st.builds("{}{:02d}{}{:02d}".format, st.sampled_from("+-"), st.integers(0, 99), st.sampled_from(["", ":"]),
                  st.integers(0, 99)),
    ),
)  # fmt: skip
ALMATY_ISO_RE = re.compile(r"^(?:199[5-9]|2\d{3}|[3-9]\d{3})-\d\d-\d\dT\d\d:\d\d:\d\d\+0[567]:00$")


@settings(max_examples=400, deadline=None)
@given(ISO_LIKE, ISO_LIKE)
def test_iso_dates_with_any_numbers_never_raise_and_resolve_to_almaty(attribute: str, jsonld: str) -> None:
    """An ISO date with an impossible day, hour or offset is no date; one that resolves is in
    Asia/Almaty's offsets since 1995 (+05:00, +06:00, +07:00), never a pre-1924 local mean time."""
    for raw in (attribute, jsonld):
        parsed = parse_date(raw, now=NOW)
        if parsed is not None:
            datetime.fromisoformat(parsed.isoformat())
    resolved = resolve_date(attribute, None, jsonld, now=NOW)
    assert resolved.iso is None or ALMATY_ISO_RE.match(resolved.iso), resolved


@FAST
@given(TEXT)
def test_tag_cloud_never_raises(text: str) -> None:
    for entry in parse_tag_cloud_text(text):
        assert entry.name and entry.count >= 0
        one_jsonl_line([clean_text(entry.name), entry.count])


@FAST
@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "windows-1251", "latin-1", "bogus"]))
def test_encoding_detection_never_raises_and_decodes(body: bytes, declared: str | None) -> None:
    choice = detect_encoding(body, declared)
    if choice.encoding == MIXED:
        register_mixed_codec()
    body.decode(choice.encoding, errors="replace")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from("аб Zz.!?:;,\u00a0\t\n\u2028-«»"), max_size=40), st.sampled_from([6, 8]))
def test_words_before_agrees_with_its_pattern(chunk: str, limit: int) -> None:
    from newsbot.text.quotes import words_before

    # what quotes.py used before (six words; eight for a role's window)
    m = re.search(rf"((?:[^\s.!?:;]+[ \u00a0]+){{1,{limit}}})$", chunk)
    assert words_before(chunk, limit) == (m.group(1) if m else None)


@settings(max_examples=3000, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("аЯёӘіZz- \u00a0\u202f\t\n\u2028.«1"), max_size=60),
    st.integers(min_value=0, max_value=60),
)
def test_word_before_agrees_with_its_pattern(body: str, start: int) -> None:
    from newsbot.text.quotes import _LOWER, _SPACE, _UPPER, word_before

    start = min(start, len(body))
    m = re.compile(rf"([{_LOWER}{_UPPER}A-Za-z-]+)[{_SPACE}]*$").search(body, max(0, start - 40), start)
    assert word_before(body, start) == (m.group(1) if m else None)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from("аб1_ .,\n«"), max_size=500), st.integers(min_value=1, max_value=5))
def test_has_words_agrees_with_a_full_count(text: str, count: int) -> None:
    from newsbot.text.quotes import _has_words

    assert _has_words(text, count) == (len(re.findall(r"\w+", text)) >= count)


def _quotation_depths_char_by_char(paragraph: str) -> dict[int, int]:
    """What sentences.py did before: the «» depth at each candidate end, one character at a time."""
    from newsbot.text.sentences import _CLOSE_MARKS, _END_RE, _OPEN_MARKS

    ends = {m.start(): m for m in _END_RE.finditer(paragraph)}
    depth, depth_at = 0, {}
    for i, ch in enumerate(paragraph):
        if i in ends:
            closes = sum(ends[i].group(0).count(c) for c in _CLOSE_MARKS)
            depth_at[i] = max(0, depth - closes)
        if ch in _OPEN_MARKS:
            depth += 1
        elif ch in _CLOSE_MARKS:
            depth = max(0, depth - 1)
    return depth_at


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from('аА .!?…«»„“"”) —'), max_size=60))
def test_quotation_depths_agree_with_a_character_scan(paragraph: str) -> None:
    from newsbot.text.sentences import _CLOSE_MARKS, _END_RE, _OPEN_MARKS, quotation_depths

    balanced = sum(paragraph.count(c) for c in _OPEN_MARKS) == sum(paragraph.count(c) for c in _CLOSE_MARKS)
    expected = _quotation_depths_char_by_char(paragraph) if balanced else {}
    assert quotation_depths(paragraph, list(_END_RE.finditer(paragraph))) == expected


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_letters_keeps_what_isalnum_keeps(text: str) -> None:
    from newsbot.text.normalize import _letters

    assert _letters(text) == "".join(ch for ch in text.casefold() if ch.isalnum())
