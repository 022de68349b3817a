"""Shared checks for a site's fixture folder: every ``<case>.json`` against its ``<case>.html``.

Quotes and attributions are compared in aggregate by the quality gate (precision/recall floors);
here their offsets are checked against the body. Set ``NEWSBOT_UPDATE_EXPECTED=1`` to rewrite the
expected files from the code (then review the diff: it must be a change you meant).
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from itemadapter import ItemAdapter

from newsbot.cli import Extractor
from newsbot.items import EXPORTED_FIELDS
from newsbot.text.normalize import content_fingerprint

RUN_TIME_FIELDS = {"crawled_at", "content_hash"}
AGGREGATE_FIELDS = {"quotes", "attributions"}


@cache
def _extractor() -> Extractor:
    return Extractor()


def site_cases(site_dir: Path) -> list[Path]:
    """Every expected article record in a fixture folder (``<case>.json`` beside ``<case>.html``)."""
    return sorted(p for p in site_dir.glob("*.json") if p.name != "index.json" and p.with_suffix(".html").exists())


def site_index(site_dir: Path) -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = json.loads((site_dir / "index.json").read_text(encoding="utf-8"))
    return index


def extract_case(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(expected, actual) records for one fixture case, extracted exactly as ``newsbot extract``."""
    expected = json.loads(path.read_text(encoding="utf-8"))
    url = expected["fetched_url"]
    entry = site_index(path.parent).get(url) or {}
    headers = entry.get("headers") or {"Content-Type": "text/html; charset=utf-8"}
    item = _extractor().extract(path.with_suffix(".html").read_bytes(), url, headers=headers)
    actual = json.loads(json.dumps(ItemAdapter(item).asdict(), ensure_ascii=False))
    return expected, {k: actual[k] for k in EXPORTED_FIELDS}


def check_case(path: Path) -> None:
    """Assert every field of the extracted record equals the hand-written expected one."""
    expected, actual = extract_case(path)
    if os.environ.get("NEWSBOT_UPDATE_EXPECTED"):
        update = {k: v for k, v in actual.items() if k not in RUN_TIME_FIELDS | AGGREGATE_FIELDS}
        path.write_text(json.dumps({**expected, **update}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip("expected record rewritten: review the diff")
    assert set(expected) == set(EXPORTED_FIELDS) - RUN_TIME_FIELDS, "expected record has missing or extra fields"
    for name in EXPORTED_FIELDS:
        if name in RUN_TIME_FIELDS | AGGREGATE_FIELDS:
            continue
        assert actual[name] == expected[name], f"field {name!r}"
    assert actual["content_hash"] == content_fingerprint(expected["headline"], expected["body"])
    assert actual["crawled_at"][-6:] in ("+05:00", "+06:00")


def check_quote_offsets(path: Path) -> None:
    """Every extracted quote's offsets point at its quotation marks (or its opening dash) inside ``body``."""
    _expected, actual = extract_case(path)
    body = actual["body"]
    paragraph_starts = [0]
    for paragraph in actual["paragraphs"][:-1]:
        paragraph_starts.append(paragraph_starts[-1] + len(paragraph) + 2)
    for quote in actual["quotes"]:
        assert 0 <= quote["start"] < quote["end"] <= len(body)
        span = body[quote["start"] : quote["end"]]
        assert (span[0] in '«„"“' and span[-1] in '»“"”') or span[0] in "—–-", span  # marks, or a dash
        assert paragraph_starts[quote["paragraph"]] <= quote["start"]
        words = [w for w in quote["text"].split() if w.isalpha()]
        assert all(w in span for w in words[:3])


def check_clean_crawl(crawl: dict[str, Any], spider: str) -> None:
    """The mirror crawl (``tests.conftest.crawl_mirror``) exited 0 with an OK summary and no failures."""
    result = crawl["result"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"newsbot summary [{spider}]: OK" in result.stderr
    assert crawl["report"]["failures"] == []


def check_exported_once(crawl: dict[str, Any], expected_urls: set[str]) -> list[str]:
    """Every expected article URL exported, each exactly once; the exported URLs in order."""
    urls = [r["url"] for r in crawl["records"]]
    assert len(urls) == len(set(urls)), "duplicate records"
    assert set(urls) == expected_urls
    return urls
