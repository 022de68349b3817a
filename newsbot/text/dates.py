"""Dates as Kazakh news sites print them, to ISO 8601 in Asia/Almaty.

A fast path of regular expressions covers every form the sites are known to use; dateparser (always
with ``languages``) is the fallback for anything else and is only trusted with a full day-month-year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import cache, lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from newsbot.text.normalize import clean_text

SITE_ZONE = "Asia/Almaty"

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
"""No Kazakh news site published before 1995. An earlier time on a page is not a publication
time but a CMS's empty date (the Unix epoch, 01.01.1970) or a corrupted value, and it would also
come out in the zone's local mean time of before 1924 (+05:07:48): :func:`resolve_date` refuses it."""
_MAX_OFFSET_HOURS = 14  # no zone is further from UTC (Kiribati, +14:00)


@cache
def zone(name: str = SITE_ZONE) -> ZoneInfo:
    """Load a time zone from the pinned ``tzdata`` package, not from the host's database."""
    path = resources.files("tzdata.zoneinfo").joinpath(*name.split("/"))
    with path.open("rb") as fh:
        return ZoneInfo.from_file(fh, key=name)


@dataclass(frozen=True)
class ParsedDate:
    """A parsed date: ``value`` is an aware datetime, or a plain date when the text had no time."""

    value: datetime | date

    @property
    def has_time(self) -> bool:
        return isinstance(self.value, datetime)

    def isoformat(self) -> str:
        if isinstance(self.value, datetime):
            return self.value.isoformat(timespec="seconds")
        return self.value.isoformat()


_RU_MONTHS = [
    ("январь", "января", "янв"),
    ("февраль", "февраля", "фев", "февр"),
    ("март", "марта", "мар"),
    ("апрель", "апреля", "апр"),
    ("май", "мая"),
    ("июнь", "июня", "июн"),
    ("июль", "июля", "июл"),
    ("август", "августа", "авг"),
    ("сентябрь", "сентября", "сен", "сент"),
    ("октябрь", "октября", "окт"),
    ("ноябрь", "ноября", "ноя", "нояб"),
    ("декабрь", "декабря", "дек"),
]
_KK_MONTHS = [
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
]  # fmt: skip
_EN_MONTHS = [
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
]  # fmt: skip


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, forms in enumerate(_RU_MONTHS, start=1):
        for form in forms:
            table[form] = number
    for number, form in enumerate(_KK_MONTHS, start=1):
        table[form] = number
    for number, forms in enumerate(_EN_MONTHS, start=1):
        for form in forms:
            table[form] = number
    return table


_MONTHS = _month_table()
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = (
    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|"
    "дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі"
)
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
_SEP = r"\s*(?:,|\bв\b|\bг\.?|\bгода\b|\s)\s*"

_ISO_RE = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[t ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>z|[+-]\d{2}:?\d{2})?)?$"
)
_NUMERIC_RE = re.compile(
    rf"^(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})(?:\s*г\.?)?(?:{_SEP}(?:в\s*)?{_TIME})?$"
)
_TIME_FIRST_NUMERIC_RE = re.compile(rf"^{_TIME}\s*,?\s*(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})$")
_WORDY_RE = re.compile(
    rf"^(?:(?:{_WEEKDAYS})\.?,?\s+)?(?P<day>\d{{1,2}})\s+(?P<mname>{_MONTH_ALT})\.?"
    rf"(?:\s+(?P<year>\d{{4}})(?:\s*(?:г\.?|года|ж\.?))?)?(?:{_SEP}(?:в\s*)?{_TIME})?$"
)
_TIME_FIRST_WORDY_RE = re.compile(
    rf"^{_TIME}\s*,?\s*(?:(?:{_WEEKDAYS})\.?,?\s+)?(?P<day>\d{{1,2}})\s+(?P<mname>{_MONTH_ALT})\.?"
    rf"(?:\s+(?P<year>\d{{4}})(?:\s*(?:г\.?|года))?)?$"
)
_KAZAKH_RE = re.compile(
    rf"^(?P<year>\d{{4}})\s*(?:жылғы|жыл|ж\.?)\s+(?P<day>\d{{1,2}})\s*-?\s*(?P<mname>{_MONTH_ALT})\w*"
    rf"(?:\s*,?\s*(?:сағат\s*)?{_TIME})?$"
)
_RELATIVE_DAY_RE = re.compile(rf"^(?P<word>сегодня|вчера|позавчера|бүгін|кеше)(?:\s*,?\s*(?:в\s*|сағат\s*)?{_TIME})?$")
_AGO_RE = re.compile(
    r"^(?:(?P<half>полчаса|жарты сағат)|(?P<count>\d+|одну|один|одна|две|два|три|четыре|пять|полтора|бір|екі|үш)?\s*"
    r"(?P<unit>секунд\w*|сек\.?|минут\w*|мин\.?|час\w*|ч\.|дн\w*|день|недел\w*|месяц\w*|мес\.?|год\w*|лет"
    r"|сағат|күн|апта|ай|жыл))\s+(?:назад|бұрын)$"
)
_JUST_NOW_RE = re.compile(r"^(?:опубликовано\s+)?(?:только что|сейчас|жаңа ғана|қазір ғана|дәл қазір|қазір)$")
_TIME_ONLY_RE = re.compile(rf"^{_TIME}$")
_PREFIX_RE = re.compile(r"^[^\d:]{2,40}:\s*(?=\S)")

_WORD_NUMBERS = {"одну": 1, "один": 1, "одна": 1, "две": 2, "два": 2, "три": 3, "четыре": 4,
                 "пять": 5, "бір": 1, "екі": 2, "үш": 3}  # fmt: skip


def _local(now: datetime, tz: tzinfo) -> datetime:
    return now.astimezone(tz)


def _build(year: int, month: int, day: int, m: re.Match[str] | None, tz: tzinfo) -> datetime | date | None:
    """Make a datetime (or a date when the match holds no time); None for an impossible value."""
    try:
        if m is None or m.groupdict().get("hour") is None:
            return date(year, month, day)
        hour, minute = int(m.group("hour")), int(m.group("minute"))
        second = int(m.group("second") or 0)
        return datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def _iso(m: re.Match[str], tz: tzinfo) -> datetime | date | None:
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if m["hour"] is None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    try:
        naive = datetime(year, month, day, int(m["hour"]), int(m["minute"]), int(m["second"] or 0))
    except ValueError:
        return None
    offset = m["tz"]
    if offset is None:
        return naive.replace(tzinfo=tz)
    fixed = _fixed_zone(offset)
    if fixed is None:
        return None  # "+99:00", "+05:99": a broken offset, so no telling what time it is
    try:
        return naive.replace(tzinfo=fixed).astimezone(tz)
    except OverflowError:  # in the zone, before year 1 or after 9999
        return None


@lru_cache(maxsize=512)
def _fixed_zone(offset: str) -> timezone | None:
    """The fixed zone of an ISO offset ("z", "+05:00", "+0500"); None for one no zone has. Few
    offsets occur, so each is made once."""
    if offset == "z":
        return UTC
    hours, minutes = int(offset[1:3]), int(offset[-2:])
    if hours > _MAX_OFFSET_HOURS or minutes > 59:
        return None
    return timezone(timedelta(hours=hours, minutes=minutes) * (-1 if offset[0] == "-" else 1))


def _fast_path(text: str, now: datetime, tz: tzinfo) -> datetime | date | bool | None:
    """Return the parsed value, None for a recognised but impossible date, False for no match."""
    local_now = _local(now, tz)
    if m := _ISO_RE.match(text):
        return _iso(m, tz)
    if m := (_NUMERIC_RE.match(text) or _TIME_FIRST_NUMERIC_RE.match(text)):
        return _build(int(m["year"]), int(m["month"]), int(m["day"]), m, tz)
    if m := (_WORDY_RE.match(text) or _TIME_FIRST_WORDY_RE.match(text) or _KAZAKH_RE.match(text)):
        month = _MONTHS[m["mname"]]
        if m["year"]:
            return _build(int(m["year"]), month, int(m["day"]), m, tz)
        value = _build(local_now.year, month, int(m["day"]), m, tz)
        if value is not None and _after(value, local_now):
            value = _build(local_now.year - 1, month, int(m["day"]), m, tz)
        return value
    if m := _RELATIVE_DAY_RE.match(text):
        back = {"сегодня": 0, "бүгін": 0, "вчера": 1, "кеше": 1, "позавчера": 2}[m["word"]]
        day = local_now.date() - timedelta(days=back)
        return _build(day.year, day.month, day.day, m, tz)
    if m := _AGO_RE.match(text):
        return _ago(m, local_now, tz)
    if _JUST_NOW_RE.match(text):
        return local_now
    if m := _TIME_ONLY_RE.match(text):
        today = local_now.date()
        value = _build(today.year, today.month, today.day, m, tz)
        if isinstance(value, datetime) and value > local_now:
            yesterday = today - timedelta(days=1)
            value = _build(yesterday.year, yesterday.month, yesterday.day, m, tz)
        return value
    return False


def _ago(m: re.Match[str], local_now: datetime, tz: tzinfo) -> datetime | date | None:
    """ "N <unit> назад / бұрын". Seconds, minutes and hours are an instant (now minus the time
    elapsed); days, weeks, months and years only a day: "3 дня назад" says nothing of the hour, and
    now's time of day on that date would be a precision the page does not give."""
    if m["half"]:
        return (local_now.astimezone(UTC) - timedelta(minutes=30)).astimezone(tz)
    count_text = m["count"] or "1"
    unit = m["unit"]
    if count_text == "полтора":  # "полтора часа": an hour and a half; no other unit takes it here
        if not unit.startswith("час"):
            return None
        delta = timedelta(minutes=90)
    else:
        count = int(count_text) if count_text.isdigit() else _WORD_NUMBERS[count_text]
        if unit.startswith("сек"):
            delta = timedelta(seconds=count)
        elif unit.startswith(("мин",)):
            delta = timedelta(minutes=count)
        elif unit.startswith(("час", "ч.", "сағат")):
            delta = timedelta(hours=count)
        elif unit.startswith(("недел", "апта")):
            return local_now.date() - timedelta(weeks=count)
        elif unit.startswith(("дн", "день", "күн")):
            return local_now.date() - timedelta(days=count)
        else:
            months = count * (12 if unit.startswith(("год", "лет", "жыл")) else 1)
            return _months_before(local_now.date(), months)
    # Elapsed time is subtracted in UTC: local wall-clock arithmetic is wrong across a
    # change of offset (Almaty, 2024-03-01 00:00 +06:00 -> 2024-02-29 23:00 +05:00).
    return (local_now.astimezone(UTC) - delta).astimezone(tz)


def _months_before(day: date, months: int) -> date | None:
    """The same day ``months`` calendar months earlier, the month's last day where it is shorter
    (31 March minus one month is 28 or 29 February); None before year 1."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    if year < 1:
        return None
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _after(value: datetime | date, now: datetime) -> bool:
    if isinstance(value, datetime):
        return value > now
    return value > now.date()


@cache
def _dateparser_settings(tz_name: str) -> dict[str, object]:
    return {
        "TIMEZONE": tz_name,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
        # A day, a month and a year, or nothing: a guessed day is a silent wrong value.
        "REQUIRE_PARTS": ["day", "month", "year"],
    }


_CLOCK_RE = re.compile(r"\d:\d\d|\b[ap]\.?m\b")
_LATIN_RE = re.compile(r"[a-z]{3}")


def _fallback(text: str, now: datetime, tz: ZoneInfo, languages: tuple[str, ...]) -> datetime | date | None:
    """dateparser's reading, in the zone; a plain date when the text shows no time of day
    (dateparser puts midnight there, a time the page does not give)."""
    import dateparser  # imported here: its first import costs ~0.5 s and most calls never need it

    settings = dict(_dateparser_settings(tz.key))
    settings["RELATIVE_BASE"] = _local(now, tz).replace(tzinfo=None)
    # English too, for words in Latin letters ("November 4, 2024"): sites in Russian print dates
    # in English in places. Not for digits alone: English would read 04/11/2024 as April 11.
    english = "en" not in languages and _LATIN_RE.search(text)
    wanted = [*languages, "en"] if english else list(languages)
    try:
        parsed = dateparser.parse(text, languages=wanted, settings=settings)
        if parsed is None:
            return None
        local = parsed.astimezone(tz)
    except (ValueError, OverflowError):  # values out of range, as in "99.99.99999 10:00"
        return None
    return local if _CLOCK_RE.search(text) else local.date()


def parse_date(
    raw: str | None,
    *,
    now: datetime,
    languages: tuple[str, ...] = ("ru", "kk"),
    tz_name: str = SITE_ZONE,
) -> ParsedDate | None:
    """Parse a date as shown on a page; relative forms resolve against ``now``.

    Return None for text that is not a date or names an impossible one ("32 марта", "30.02.2023").
    """
    text = clean_text(raw).lower().strip(" .,;")
    if not text:
        return None
    text = _PREFIX_RE.sub("", text)
    tz = zone(tz_name)
    try:
        value = _fast_path(text, now, tz)
    except OverflowError:  # "999999999 дней назад": before year 1
        return None
    if value is False:
        if not any(ch.isdigit() for ch in text):
            return None
        value = _fallback(text, now, tz, languages)
    if value is None or value is False:
        return None
    assert not isinstance(value, bool)
    return ParsedDate(value)


@dataclass(frozen=True)
class ResolvedDate:
    """The date chosen for a record, and where it came from."""

    iso: str | None
    source: str | None
    """"attribute", "text" or "jsonld"; None when nothing usable was found."""
    problems: tuple[str, ...] = ()
    """Reasons worth a stats counter: "jsonld_disagrees", "future", "too_old", "date_only",
    "unparsable"."""


def resolve_date(
    attribute: str | None,
    text: str | None,
    jsonld: str | None,
    *,
    now: datetime,
    languages: tuple[str, ...] = ("ru", "kk"),
    tz_name: str = SITE_ZONE,
    future_tolerance: timedelta = timedelta(hours=12),
    earliest: datetime = EARLIEST,
) -> ResolvedDate:
    """Choose a publication time: the page's ``datetime`` attribute, else its visible text, and
    JSON-LD only when the page shows no date (JSON-LD is known to carry today's date on AMP pages).
    A date before ``earliest`` is no candidate ("too_old": the next one is used); a time further
    in the future than ``future_tolerance`` is refused.
    """
    problems: list[str] = []
    from_attr = parse_date(attribute, now=now, languages=languages, tz_name=tz_name) if attribute else None
    from_text = parse_date(text, now=now, languages=languages, tz_name=tz_name) if text else None
    from_jsonld = parse_date(jsonld, now=now, languages=languages, tz_name=tz_name) if jsonld else None
    if (attribute and from_attr is None) or (text and from_text is None):
        problems.append("unparsable")
    if any(d is not None and is_too_old(d, earliest) for d in (from_attr, from_text, from_jsonld)):
        problems.append("too_old")
        from_attr, from_text, from_jsonld = (
            None if d is None or is_too_old(d, earliest) else d for d in (from_attr, from_text, from_jsonld)
        )

    page = [d for d in (from_attr, from_text) if d is not None]
    if from_jsonld is not None and page and not any(_agrees(from_jsonld, d) for d in page):
        problems.append("jsonld_disagrees")
        from_jsonld = None

    chosen: tuple[ParsedDate, str] | None = None
    for candidate, source in ((from_attr, "attribute"), (from_text, "text"), (from_jsonld, "jsonld")):
        if candidate is not None and candidate.has_time:
            chosen = (candidate, source)
            break
    if chosen is None:
        if page:
            problems.append("date_only")
        return ResolvedDate(None, None, tuple(problems))
    parsed, source = chosen
    assert isinstance(parsed.value, datetime)
    if parsed.value > now + future_tolerance:
        problems.append("future")
        return ResolvedDate(None, None, tuple(problems))
    return ResolvedDate(parsed.isoformat(), source, tuple(problems))


def parse_feed_date(raw: str | None, *, tz_name: str = SITE_ZONE, earliest: datetime = EARLIEST) -> datetime | None:
    """A feed's date (an RSS ``pubDate``, RFC 2822: "Wed, 25 Nov 2026 21:40:00 +0500") as an aware
    datetime in the site zone; None when it cannot be read or is before ``earliest`` (a CMS's
    empty date). "-0000" is UTC (RFC 2822: the sender's zone is unknown); a date with no zone at
    all is read in the site zone, the feed's own clock."""
    text = (raw or "").strip()
    if not text:
        return None
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, OverflowError, IndexError):  # not a date, or numbers out of range
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC if text.endswith("-0000") else zone(tz_name))
    try:
        value = value.astimezone(zone(tz_name))
    except OverflowError:
        return None
    return None if value < earliest else value


def is_too_old(parsed: ParsedDate, earliest: datetime = EARLIEST) -> bool:
    """True when ``parsed`` is before ``earliest`` (see :data:`EARLIEST`)."""
    if isinstance(parsed.value, datetime):
        return parsed.value < earliest
    return parsed.value < earliest.date()


def _agrees(a: ParsedDate, b: ParsedDate) -> bool:
    if a.has_time and b.has_time:
        assert isinstance(a.value, datetime) and isinstance(b.value, datetime)
        return abs(a.value - b.value) < timedelta(minutes=2)
    da = a.value.date() if isinstance(a.value, datetime) else a.value
    db = b.value.date() if isinstance(b.value, datetime) else b.value
    return da == db


def to_zone(value: datetime, tz_name: str = SITE_ZONE) -> str:
    """Format an aware datetime as ISO 8601 in the site zone, to the second."""
    return value.astimezone(zone(tz_name)).isoformat(timespec="seconds")


__all__ = [
    "EARLIEST", "ParsedDate", "ResolvedDate", "is_too_old", "parse_date", "parse_feed_date", "resolve_date",
    "to_zone", "zone",
]  # fmt: skip
