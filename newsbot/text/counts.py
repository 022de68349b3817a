"""Counts as sites print them: "1 534", "1,2 тыс.", "12K", "2,5 млн", "Просмотров: 980"."""

from __future__ import annotations

import re

# One number: digits in groups of three set apart by a space-like character, or a decimal part
# after "," or "."; then an optional multiplier word.
_COUNT_RE = re.compile(
    r"(?<![\d.,])(?P<whole>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[.,](?P<part>\d+))?"
    r"(?:[ \u00a0\u202f\u2009]*(?P<unit>тыс\b\.?|т\.|мың|k\b|к\b|млн\b\.?|m\b|м\b|млрд\b\.?))?",
    re.IGNORECASE,
)
_UNITS = {"тыс": 1_000, "т": 1_000, "мың": 1_000, "k": 1_000, "к": 1_000,
          "млн": 1_000_000, "m": 1_000_000, "м": 1_000_000, "млрд": 1_000_000_000}  # fmt: skip


def parse_count(text: str | None) -> int | None:
    """The first count in ``text`` as an integer: "1 534" is 1534, "1,2 тыс." 1200, "12K" 12000.
    None when ``text`` holds no number, or only one that is not a count ("1,5" without a unit)."""
    if not text:
        return None
    m = _COUNT_RE.search(text)
    if m is None:
        return None
    whole = int(re.sub(r"\D", "", m["whole"]))
    part = m["part"]
    unit = (m["unit"] or "").lower().rstrip(".")
    if not unit:
        if part is None:
            return whole
        # "1.534" or "1,534": a thousands separator, as counts are whole; "1,5" is no count.
        return whole * 1000 + int(part) if len(part) == 3 else None
    value = float(f"{whole}.{part}") if part else float(whole)
    return round(value * _UNITS[unit])
