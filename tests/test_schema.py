from __future__ import annotations

import json

import jsonschema
import pytest

from newsbot.items import EXPORTED_FIELDS
from newsbot.schema import article_schema
from tests.conftest import ROOT, expected_cases

SCHEMA_FILE = ROOT / "docs" / "article.schema.json"


def test_checked_in_schema_is_generated_from_the_items() -> None:
    checked_in = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert checked_in == article_schema(), "run: newsbot schema -o docs/article.schema.json"


def test_schema_lists_every_exported_field_with_a_description() -> None:
    schema = article_schema()
    assert list(schema["properties"]) == EXPORTED_FIELDS
    assert all(prop.get("description") for prop in schema["properties"].values())
    for definition in schema["$defs"].values():
        assert all(prop.get("description") for prop in definition["properties"].values())


@pytest.mark.parametrize("path", expected_cases(), ids=lambda p: p.stem)
def test_expected_records_are_valid_apart_from_run_time_fields(path) -> None:  # type: ignore[no-untyped-def]
    record = json.loads(path.read_text(encoding="utf-8"))
    record |= {"crawled_at": "2026-11-27T12:00:00+05:00", "content_hash": "sha256:" + "0" * 64}
    for quote in record["quotes"]:
        quote |= {"start": 0, "end": 0}
    jsonschema.validate(record, article_schema())
