"""Splitting a byline that names several people into one name each."""

from __future__ import annotations

import pytest

from newsbot.text.bylines import split_byline, split_bylines


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Айгерим Сейтказина", ["Айгерим Сейтказина"]),
        ("Айдана Сериккызы, Ерлан Абенов", ["Айдана Сериккызы", "Ерлан Абенов"]),
        ("Иван Иванов, Мария Петрова, Асель Нурова", ["Иван Иванов", "Мария Петрова", "Асель Нурова"]),
        ("И. Иванов и М. Петрова", ["И. Иванов", "М. Петрова"]),
        ("Иванов И.И.; Петров П.П.", ["Иванов И.И.", "Петров П.П."]),
        ("И.И.Иванов / П.П.Петров", ["И.И.Иванов", "П.П.Петров"]),
        ("Нұрлан Әбдірахманұлы және Айгүл Серікқызы", ["Нұрлан Әбдірахманұлы", "Айгүл Серікқызы"]),
        ("John Smith and Jane Doe", ["John Smith", "Jane Doe"]),
        ("John Smith & Jane Doe", ["John Smith", "Jane Doe"]),
        ("Мария Петрова-Водкина, Анна О'Нил", ["Мария Петрова-Водкина", "Анна О'Нил"]),
        ("  Иван  Иванов,\n Мария\u00a0Петрова ", ["Иван  Иванов", "Мария\u00a0Петрова"]),
        ("Иван Иванович Иванов, Мария Петрова", ["Иван Иванович Иванов", "Мария Петрова"]),
    ],
)
def test_a_byline_of_people_gives_each_person(byline: str, people: list[str]) -> None:
    assert split_byline(byline) == people


@pytest.mark.parametrize(
    "byline",
    [
        "Иванов И.И., корреспондент",  # a role after the comma, not a second person
        "Иван Иванов, Астана",  # a place
        "Иван Иванов и другие",
        "Иван Иванов и Ко",
        "Иван Иванов / Bestnews.kz",
        "Пресс-служба акимата",
        "Bestnews.kz",
        "Айгерим",
        "иван иванов, мария петрова",  # not written as names
        "Редакция, фото: Иван Иванов",
    ],
)
def test_a_byline_that_is_not_a_list_of_people_stays_whole(byline: str) -> None:
    assert split_byline(byline) == [byline]


def test_every_person_once_in_the_order_named() -> None:
    bylines = ["Иван Иванов, Мария Петрова", "Мария Петрова", "Асель Нурова"]
    assert split_bylines(bylines) == ["Иван Иванов", "Мария Петрова", "Асель Нурова"]
    assert split_bylines([]) == []
