"""Counts as sites print them (views, tag-cloud counts)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbot.text.counts import parse_count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("1534", 1534),
        ("1 534", 1534),
        ("1\u00a0534 просмотра", 1534),
        ("Просмотров: 1\u202f534", 1534),
        ("12 345 678", 12345678),
        ("1.534", 1534),  # a thousands separator: counts are whole
        ("1,2 тыс.", 1200),
        ("3 тыс. просмотров", 3000),
        ("1.2K", 1200),
        ("12k views", 12000),
        ("1,2к", 1200),
        ("2,5 млн", 2500000),
        ("4 мың", 4000),
        ("UserPageVisits:1534", 1534),
        ("5 комментариев, 1 534 просмотра", 5),  # the first count, not the digits run together
        ("1,5", None),  # a fraction is no count
        ("—", None),
        ("", None),
        (None, None),
    ],
)
def test_counts_read_as_printed(text: str | None, count: int | None) -> None:
    assert parse_count(text) == count


@given(st.text(alphabet=st.sampled_from("0123456789 ,.\u00a0тысkКмлнMм:"), max_size=30))
def test_parse_count_never_raises_and_is_never_negative(text: str) -> None:
    count = parse_count(text)
    assert count is None or count >= 0
