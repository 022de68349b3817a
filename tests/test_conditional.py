"""Conditional requests (RFC 9110, section 13): the validators newsbot keeps and sends back, and the
server's side that the replay mirror plays."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from scrapy.http import Headers

from newsbot.conditional import Validators, http_date, not_modified

LAST_MODIFIED = "Thu, 26 Nov 2026 10:00:00 GMT"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"ETag": '"feed-1"'}, Validators('"feed-1"', None)),
        ({"etag": 'W/"5f3-abc"', "last-modified": LAST_MODIFIED}, Validators('W/"5f3-abc"', LAST_MODIFIED)),
        (Headers({"ETag": b'"x"', "Last-Modified": LAST_MODIFIED.encode()}), Validators('"x"', LAST_MODIFIED)),
        ({"ETag": "unquoted-but-sent-back"}, Validators("unquoted-but-sent-back", None)),  # as browsers do
        ({"Last-Modified": "Sunday, 06-Nov-94 08:49:37 GMT"}, Validators(None, "Sunday, 06-Nov-94 08:49:37 GMT")),
        ({}, None),
        ({"Content-Type": "application/xml"}, None),
        ({"ETag": "  "}, None),
        ({"ETag": '"a"\r\nX-Injected: 1'}, None),  # a line break would end the header
        ({"ETag": '"' + "a" * 2000 + '"'}, None),
        ({"Last-Modified": "yesterday"}, None),  # no HTTP date
        ({"Last-Modified": "Mon, 32 Jan 2026 10:00:00 GMT"}, None),  # no such day
        ({"Last-Modified": "Fri, 01 Jan 2100 00:00:00 GMT"}, None),  # a clock gone wrong would hide changes
        ({"ETag": '"e"', "Last-Modified": "Fri, 01 Jan 2100 00:00:00 GMT"}, Validators('"e"', None)),
    ],
)
def test_the_validators_kept_are_those_a_server_can_be_given_back(headers: object, expected: object) -> None:
    assert Validators.of(headers) == expected


def test_the_request_gives_back_what_the_server_sent() -> None:
    assert Validators('"e"', LAST_MODIFIED).request_headers() == {
        "If-None-Match": '"e"',
        "If-Modified-Since": LAST_MODIFIED,
    }
    assert Validators(None, LAST_MODIFIED).request_headers() == {"If-Modified-Since": LAST_MODIFIED}
    assert Validators('"e"').request_headers() == {"If-None-Match": '"e"'}


@pytest.mark.parametrize(
    ("request_headers", "etag", "last_modified", "expected"),
    [
        ({}, '"e"', LAST_MODIFIED, False),  # not a conditional request
        ({"If-None-Match": '"e"'}, '"e"', None, True),
        ({"If-None-Match": '"e"'}, '"f"', None, False),  # changed
        ({"If-None-Match": '"a", "e"'}, '"e"', None, True),  # a list of tags
        ({"If-None-Match": 'W/"e"'}, '"e"', None, True),  # weak comparison, as for a GET
        ({"If-None-Match": '"e"'}, 'W/"e"', None, True),
        ({"If-None-Match": "*"}, '"e"', None, True),
        ({"If-None-Match": "*"}, None, None, True),  # the document exists
        ({"If-None-Match": '"e"'}, None, LAST_MODIFIED, False),  # no tag to match
        # If-None-Match decides alone; If-Modified-Since is ignored beside it (RFC 9110, 13.1.3).
        ({"If-None-Match": '"old"', "If-Modified-Since": LAST_MODIFIED}, '"new"', LAST_MODIFIED, False),
        ({"If-Modified-Since": LAST_MODIFIED}, None, LAST_MODIFIED, True),
        ({"If-Modified-Since": "Fri, 27 Nov 2026 10:00:00 GMT"}, None, LAST_MODIFIED, True),  # asked later
        ({"If-Modified-Since": "Wed, 25 Nov 2026 10:00:00 GMT"}, None, LAST_MODIFIED, False),  # changed since
        ({"If-Modified-Since": "not a date"}, None, LAST_MODIFIED, False),
        ({"If-Modified-Since": LAST_MODIFIED}, None, "not a date", False),
        ({"If-Modified-Since": LAST_MODIFIED}, '"e"', None, False),  # nothing to compare the date with
    ],
)
def test_a_server_answers_304_only_when_the_validators_match(
    request_headers: dict[str, str], etag: str | None, last_modified: str | None, expected: bool
) -> None:
    assert not_modified(Headers(request_headers), etag, last_modified) is expected
    assert not_modified(request_headers, etag, last_modified) is expected  # a plain mapping as well


def test_http_dates_in_all_three_forms_are_read_as_utc() -> None:
    instant = datetime(1994, 11, 6, 8, 49, 37, tzinfo=UTC)
    assert http_date("Sun, 06 Nov 1994 08:49:37 GMT") == instant
    assert http_date("Sunday, 06-Nov-94 08:49:37 GMT") == instant
    assert http_date("Sun Nov  6 08:49:37 1994") == instant
    assert http_date("") is None and http_date("06.11.1994") is None
