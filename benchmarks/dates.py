"""Dates: newsbot's parse_date (regular-expression fast path, dateparser fallback) against plain dateparser.

    python benchmarks/dates.py

Every string of the gold set ``fixtures/text/dates.json`` (with its own ``now`` and language) is
parsed by:

- **newsbot** ``parse_date(raw, now=now, languages=(language,))``, as newsbot.evaluation scores it;
- **dateparser with languages**: ``dateparser.parse(raw, languages=[language], settings=...)`` with the
  time zone, ``RELATIVE_BASE`` and ``PREFER_DATES_FROM`` newsbot's fallback gives it;
- **dateparser, no languages**: the same without ``languages`` (it detects the language itself).

A round parses every string once; each parser runs rounds until it has 1 s (at least 3), interleaved;
µs per string is the median round's. Accuracy counts answers equal to the gold one (a date-only gold
answer is met by any time on that day; an impossible date must give nothing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ROOT, save_result, table

GOLD = ROOT / "fixtures" / "text" / "dates.json"

Parser = Callable[[dict[str, Any]], "datetime | date | None"]


def load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))
    for case in cases:
        case["now_dt"] = datetime.fromisoformat(case["now"])
    return cases


def newsbot_parser() -> Parser:
    from newsbot.text.dates import parse_date

    def parse(case: dict[str, Any]) -> datetime | date | None:
        parsed = parse_date(case["raw"], now=case["now_dt"], languages=(case["language"],))
        return parsed.value if parsed else None

    return parse


def dateparser_parser(with_languages: bool) -> Parser:
    import dateparser

    from newsbot.text.dates import SITE_ZONE, zone

    tz = zone()

    def parse(case: dict[str, Any]) -> datetime | date | None:
        settings = {
            "TIMEZONE": SITE_ZONE,
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": case["now_dt"].astimezone(tz).replace(tzinfo=None),
        }
        languages = [case["language"]] if with_languages else None
        parsed = dateparser.parse(case["raw"], languages=languages, settings=settings)
        return parsed.astimezone(tz) if parsed else None

    return parse


def is_right(case: dict[str, Any], got: datetime | date | None) -> bool:
    expected: str | None = case["expected"]
    if expected is None or got is None:
        return expected is None and got is None
    if "T" not in expected:  # a date without a time: any time on that day will do
        day = got.date() if isinstance(got, datetime) else got
        return day.isoformat() == expected
    return isinstance(got, datetime) and got.isoformat(timespec="seconds") == expected


def uses_fast_path(case: dict[str, Any]) -> bool | None:
    """Whether newsbot answers ``case`` without dateparser (None when that cannot be told)."""
    try:
        from newsbot.text import dates
    except ImportError:
        return None
    fallback = getattr(dates, "_fallback", None)
    if fallback is None:
        return None
    called = False

    def spy(*args: Any, **kwargs: Any) -> Any:
        nonlocal called
        called = True
        return fallback(*args, **kwargs)

    dates._fallback = spy
    try:
        dates.parse_date(case["raw"], now=case["now_dt"], languages=(case["language"],))
    finally:
        dates._fallback = fallback
    return not called


def measure(parsers: dict[str, Parser], cases: list[dict[str, Any]], min_time: float) -> dict[str, list[float]]:
    rounds: dict[str, list[float]] = {name: [] for name in parsers}
    for parse in parsers.values():  # warm-up: imports, dateparser's language data, regex compilation
        for case in cases:
            parse(case)
    while pending := [n for n, t in rounds.items() if len(t) < 3 or sum(t) < min_time]:
        for name in pending:
            parse = parsers[name]
            started = time.perf_counter()
            for case in cases:
                parse(case)
            rounds[name].append(time.perf_counter() - started)
    return rounds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-time", type=float, default=1.0)
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)

    cases = load_cases()
    parsers = {
        "newsbot parse_date (fast path + fallback)": newsbot_parser(),
        "dateparser.parse, languages given": dateparser_parser(with_languages=True),
        "dateparser.parse, no languages": dateparser_parser(with_languages=False),
    }
    fast = [uses_fast_path(c) for c in cases]
    fast_cases = [c for c, f in zip(cases, fast, strict=True) if f]
    slow_cases = [c for c, f in zip(cases, fast, strict=True) if f is False]
    rounds = measure(parsers, cases, args.min_time)
    # newsbot on its two kinds of input: strings its fast path answers, strings it hands to dateparser.
    split = {}
    if fast_cases and slow_cases:
        newsbot = parsers["newsbot parse_date (fast path + fallback)"]
        split = {
            "fast": measure({"fast": newsbot}, fast_cases, args.min_time / 2)["fast"],
            "fallback": measure({"fallback": newsbot}, slow_cases, args.min_time / 2)["fallback"],
        }

    results = {}
    for name, parse in parsers.items():
        us = statistics.median(rounds[name]) / len(cases) * 1e6
        right = sum(is_right(c, parse(c)) for c in cases)
        results[name] = {"us_per_string": us, "right": right}
    base = results["dateparser.parse, languages given"]["us_per_string"]
    rows = [
        [name, f"{r['us_per_string']:,.1f}", f"{base / r['us_per_string']:.1f}", f"{r['right']}/{len(cases)}"]
        for name, r in results.items()
    ]
    print(f"Dates: {len(cases)} gold strings from {GOLD.relative_to(ROOT)}\n")
    print(table(["parser", "us/string", "x faster than dateparser (languages given)", "right"], rows))
    if split:
        fast_us = statistics.median(split["fast"]) / len(fast_cases) * 1e6
        slow_us = statistics.median(split["fallback"]) / len(slow_cases) * 1e6
        print(
            f"\nnewsbot answers {len(fast_cases)} of {len(cases)} strings on its fast path ({fast_us:.1f} us each) and hands "
            f"{len(slow_cases)} to dateparser ({slow_us:,.1f} us each; strings with digits it does not recognise)"
        )
        results["split"] = {
            "fast_strings": len(fast_cases), "fast_us": fast_us,
            "fallback_strings": len(slow_cases), "fallback_us": slow_us,
        }  # fmt: skip
    newsbot_us = results["newsbot parse_date (fast path + fallback)"]["us_per_string"]
    print(f"newsbot / dateparser (languages given): {base / newsbot_us:.1f}x faster")
    save_result(args.json, {"strings": len(cases), "parsers": results, "speedup_vs_dateparser": base / newsbot_us})
    return 0


if __name__ == "__main__":
    sys.exit(main())
