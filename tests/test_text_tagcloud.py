from __future__ import annotations

import json

import pytest

from newsbot.text.tagcloud import parse_tag_cloud_text
from tests.conftest import FIXTURES

GOLD = json.loads((FIXTURES / "text" / "tag_cloud.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", GOLD, ids=[c["id"] for c in GOLD])
def test_gold_clouds(case: dict) -> None:  # type: ignore[type-arg]
    got = [{"name": e.name, "count": e.count} for e in parse_tag_cloud_text(case["text"])]
    assert got == case["expected"]


def test_seed_cloud_all_thirty_pairs() -> None:
    text = (
        "Читайте новости по меткам:\nгорячие новости 364 Барыс 327 Город Астана 226 Президент Казахстана "
        "191 Алматы 175 Олимпиада-2024 156 новости министерств 148 Куандык Бишимбаев 138 паводки 135 "
        "погода 90 дети 82 пожары 69 хоккей 64 происшествия 64 футбол 63 школы 62 праздники 59 дороги 55 "
        "МВД 53 доллар 51 бокс 51 КХЛ 47 Олжас Бектенов 45 авиация 44 налоги 42 Интернет 41 нефть 40 "
        "Минздрав 39 коррупция 38 Китай 37"
    )
    got = parse_tag_cloud_text(text)
    assert len(got) == 30
    assert (got[0].name, got[0].count) == ("горячие новости", 364)
    assert (got[5].name, got[5].count) == ("Олимпиада-2024", 156)
    assert (got[-1].name, got[-1].count) == ("Китай", 37)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("праздники 59 8 марта 30 погода 12", [("праздники", 59), ("8 марта", 30), ("погода", 12)]),
        ("Казахстан 2050 88 погода 10", [("Казахстан 2050", 88), ("погода", 10)]),
        ("погода 10 дети", [("погода", 10)]),
        ("", []),
    ],
)
def test_ambiguous_numbers(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(e.name, e.count) for e in parse_tag_cloud_text(text)] == expected
