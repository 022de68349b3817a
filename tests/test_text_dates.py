from __future__ import annotations

from datetime import datetime

import pytest

from newsbot.text.dates import parse_date, parse_feed_date, resolve_date, zone

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=zone())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("30.07.2023, 10:15", "2023-07-30T10:15:00+06:00"),
        ("10 декабря 2024, 13:02", "2024-12-10T13:02:00+05:00"),
        ("Сегодня, 13:02", "2026-11-27T13:02:00+05:00"),
        ("вчера в 14:30", "2026-11-26T14:30:00+05:00"),
        ("13:51, 15 августа 2025", "2025-08-15T13:51:00+05:00"),
        ("13:51, 15 Август 2025", "2025-08-15T13:51:00+05:00"),
        ("15 Август 2025", "2025-08-15"),
        ("8 мая 2020 г. 12:28", "2020-05-08T12:28:00+06:00"),
        ("Пятница, 04 Июл 2025, 12:00", "2025-07-04T12:00:00+05:00"),
        ("5 минут назад", "2026-11-27T11:55:00+05:00"),
        ("2024 жылғы 8 наурыз", "2024-03-08"),
        ("29.02.2024, 23:59", "2024-02-29T23:59:00+06:00"),
        ("01.03.2024, 00:00", "2024-03-01T00:00:00+05:00"),
        ("Обновлено: 30.07.2023, 10:15", "2023-07-30T10:15:00+06:00"),
        ("30.07.\u200b2023,\u00a010:15", "2023-07-30T10:15:00+06:00"),
        ("2024-05-01T10:00:00Z", "2024-05-01T15:00:00+05:00"),
        ("15 августа, 13:51", "2026-08-15T13:51:00+05:00"),
        ("15 декабря, 13:51", "2025-12-15T13:51:00+05:00"),  # no year, would be in the future
        ("10:15", "2026-11-27T10:15:00+05:00"),
        ("13:00", "2026-11-26T13:00:00+05:00"),  # a time later than now is yesterday's
        ("4 November 2024 11:20", "2024-11-04T11:20:00+05:00"),
        # dateparser's forms: a date with no time of day is a date, not midnight
        ("Nov 4, 2024, 3:05 PM", "2024-11-04T15:05:00+05:00"),
        ("November 4, 2024", "2024-11-04"),
        ("11/04/2024", "2024-04-11"),  # day first, as Russian writes it (English would say April)
        ("04/11/2024 11:20", "2024-11-04T11:20:00+05:00"),
    ],
)
def test_parse_date_forms(raw: str, expected: str) -> None:
    parsed = parse_date(raw, now=NOW)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    "raw",
    [
        "32 марта 2024", "30.02.2023, 10:00", "25:61", "", "Без даты", "13 брюмера",
        # offsets no zone has: the time cannot be known
        "2024-11-04T11:20:00+99:00", "2024-11-04T11:20:00+24:00", "2024-11-04T11:20:00+05:60",
        "2024-11-04T11:20:00-1500",
        # out of range once moved into the zone, or counted back
        "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:00-05:00", "999999999 дней назад",
    ],
)  # fmt: skip
def test_impossible_dates_are_none(raw: str) -> None:
    assert parse_date(raw, now=NOW) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-11-04T11:20:00+0500", "2024-11-04T11:20:00+05:00"),
        ("2024-11-04T11:20:00-03:30", "2024-11-04T19:50:00+05:00"),
        ("2024-11-04T11:20:00+14:00", "2024-11-04T02:20:00+05:00"),
    ],
)
def test_iso_offsets_within_the_range_of_real_zones(raw: str, expected: str) -> None:
    parsed = parse_date(raw, now=NOW)
    assert parsed is not None and parsed.isoformat() == expected


def test_zone_comes_from_pinned_tzdata_package() -> None:
    import tzdata  # noqa: F401  (the package must be installed: it is a declared dependency)

    before = datetime(2024, 2, 29, 12, 0, tzinfo=zone()).utcoffset()
    after = datetime(2024, 3, 1, 12, 0, tzinfo=zone()).utcoffset()
    assert before is not None and after is not None
    assert before.total_seconds() == 6 * 3600
    assert after.total_seconds() == 5 * 3600


def test_resolve_prefers_the_datetime_attribute() -> None:
    got = resolve_date("2023-07-30T10:15:00+06:00", "30.07.2023, 10:15", None, now=NOW)
    assert (got.iso, got.source, got.problems) == ("2023-07-30T10:15:00+06:00", "attribute", ())


def test_resolve_falls_back_to_visible_text() -> None:
    got = resolve_date(None, "Вчера, 13:02", None, now=NOW)
    assert (got.iso, got.source) == ("2026-11-26T13:02:00+05:00", "text")


def test_resolve_ignores_jsonld_that_disagrees_with_the_page() -> None:
    # AMP pages carry today's date in JSON-LD.
    got = resolve_date(None, "17.05.2025, 20:05", "2026-11-27T06:00:00+05:00", now=NOW)
    assert got.iso == "2025-05-17T20:05:00+05:00"
    assert "jsonld_disagrees" in got.problems


def test_resolve_uses_jsonld_only_when_the_page_shows_no_date() -> None:
    got = resolve_date(None, None, "2025-05-17T20:05:00+05:00", now=NOW)
    assert (got.iso, got.source) == ("2025-05-17T20:05:00+05:00", "jsonld")


def test_resolve_refuses_a_future_date() -> None:
    got = resolve_date("2027-01-01T10:00:00+05:00", None, None, now=NOW)
    assert got.iso is None
    assert "future" in got.problems


def test_resolve_date_only_gives_null_not_a_made_up_midnight() -> None:
    got = resolve_date(None, "30.07.2023", None, now=NOW)
    assert got.iso is None
    assert "date_only" in got.problems


def test_resolve_unparsable_text_is_reported() -> None:
    got = resolve_date(None, "32 марта 2024, 10:00", None, now=NOW)
    assert got.iso is None
    assert "unparsable" in got.problems


def test_resolve_skips_a_cms_empty_date_for_the_next_candidate() -> None:
    # Joomla and others print the Unix epoch when no date is set; the visible date is right.
    got = resolve_date("1970-01-01T00:00:00+00:00", "30.07.2023, 10:15", None, now=NOW)
    assert (got.iso, got.source, got.problems) == ("2023-07-30T10:15:00+06:00", "text", ("too_old",))


@pytest.mark.parametrize(
    ("attribute", "text", "jsonld"),
    [
        ("1970-01-01T00:00:00+00:00", "01.01.1970, 06:00", None),
        (None, "01.01.1970, 06:00", "1970-01-01T00:00:00Z"),
        (None, "31.12.1994, 23:59", None),  # 18:59 UTC: before the first of 1995 in UTC too
        ("1023-05-21T21:09:04", None, None),  # would come out in local mean time, +05:07:48
    ],
)
def test_resolve_refuses_a_date_before_1995(attribute: str | None, text: str | None, jsonld: str | None) -> None:
    got = resolve_date(attribute, text, jsonld, now=NOW)
    assert (got.iso, got.source) == (None, None)
    assert "too_old" in got.problems


def test_resolve_keeps_the_first_days_of_1995() -> None:
    got = resolve_date(None, "01.01.1995, 12:00", None, now=NOW)
    assert (got.iso, got.problems) == ("1995-01-01T12:00:00+06:00", ())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Wed, 25 Nov 2026 21:40:00 +0500", "2026-11-25T21:40:00+05:00"),
        ("Wed, 25 Nov 2026 16:40:00 GMT", "2026-11-25T21:40:00+05:00"),
        ("Wed, 25 Nov 2026 16:40:00 -0000", "2026-11-25T21:40:00+05:00"),  # UTC, by RFC 2822
        ("Wed, 25 Nov 2026 21:40:00", "2026-11-25T21:40:00+05:00"),  # no zone: the site's clock
        ("  Wed, 25 Nov 2026 21:40:00 +0500\n", "2026-11-25T21:40:00+05:00"),
        ("Thu, 01 Jan 1970 00:00:00 +0000", None),  # a CMS's empty date
        ("Wed, 25 Nov 2026 21:40:00 +9900", None),
        ("Wed, 35 Nov 2026 21:40:00 +0500", None),
        ("Mon, 04 Nov 99999 11:20:00 +0500", None),
        ("вчера", None),
        ("", None),
        (None, None),
    ],
)
def test_feed_dates_are_aware_and_in_the_site_zone(raw: str | None, expected: str | None) -> None:
    parsed = parse_feed_date(raw)
    assert (parsed.isoformat() if parsed else None) == expected


@pytest.mark.parametrize("raw", ["только что", "жаңа ғана", "қазір ғана", "Дәл қазір"])
def test_just_now_in_both_languages_is_now(raw: str) -> None:
    # "қазір ғана" and "дәл қазір" (Kazakh "just now") gave no date.
    parsed = parse_date(raw, now=NOW)
    assert parsed is not None and parsed.value == NOW
