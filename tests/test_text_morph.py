"""Putting names of bodies and people into the nominative (``newsbot.text.morph``)."""

from __future__ import annotations

import pytest

from newsbot.text import morph
from newsbot.text.morph import name_to_nominative, phrase_to_nominative


@pytest.mark.parametrize(
    ("phrase", "case", "expected"),
    [
        ("Минтруда", "gent", "Минтруда"),  # Министерство труда: a genitive tail never declines
        ("Минторговли", "gent", "Минторговли"),
        ("Минтранспорта", "gent", "Минтранспорта"),
        ("Минэкономики", "loct", "Минэкономики"),
        ("Минобразования", "gent", "Минобразования"),
        ("Минфине", "loct", "Минфин"),  # a clipped stem declines as a noun
        ("Минтрансе", "loct", "Минтранс"),
        ("Минздрава", "gent", "Минздрав"),
        ("Акорде", "loct", "Акорда"),  # not "Акорд"
        ("Акордой", "ablt", "Акорда"),
        ("пресс-службе Акорды", "loct", "пресс-служба Акорды"),  # a dependent stays in the genitive
        ("Самрук-Казыне", "loct", "Самрук-Казына"),
        ("Ақорданың", "gent", "Ақорданың"),  # a Kazakh form is no Russian case form
        ("МИДе", "loct", "МИД"),  # an abbreviation declined with a lowercase ending
        ("ЦОНа Алматы", "gent", "ЦОН Алматы"),
        # A participle standing as the noun heads the phrase; one that governs a thing heads it too,
        # whatever that thing's gender; one before a person agrees with it.
        (
            "заведующего инфекционным отделением областной больницы",
            "gent",
            "заведующий инфекционным отделением областной больницы",
        ),
        ("исполняющего обязанности министра", "gent", "исполняющий обязанности министра"),
        ("временно исполняющего обязанности министра", "gent", "временно исполняющий обязанности министра"),
        ("исполняющей обязанности акима", "gent", "исполняющая обязанности акима"),
        ("курирующего вице-министра", "gent", "курирующий вице-министр"),
        ("главного врача городской больницы", "gent", "главный врач городской больницы"),
    ],
)
def test_source_names_in_the_nominative(phrase: str, case: str, expected: str) -> None:
    assert phrase_to_nominative(phrase, case) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Джессику Пегулу", "Джессика Пегула"),
        ("Аиду Балаеву", "Аида Балаева"),
        ("Марию Полонскую", "Мария Полонская"),
        # "Асель" is every case, but a surname in -ову in the accusative is a woman's (a man's is -ова).
        ("Асель Жумабекову", "Асель Жумабекова"),
        ("Айгуль Серикову", "Айгуль Серикова"),
        ("Серену Уильямс", "Серена Уильямс"),
        ("Марата Омарова", "Марат Омаров"),  # a man's accusative is his genitive
    ],
)
def test_names_in_the_accusative(name: str, expected: str) -> None:
    assert name_to_nominative(name, "accs") == expected


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # Kazakh women's names ending in a consonant: the Russian dictionary has them as men's names
        # (were "masc"), in Russian and in Kazakh spelling ...
        ("Ажар Гиният", "femn"),
        ("Салтанат Омарбек", "femn"),
        ("Ақмарал Жұмабек", "femn"),
        ("Анар", "femn"),
        # ... while a surname's ending still decides first, and men's names stay men's.
        ("Ажар Нурланов", "masc"),
        ("Ерлан Сапаров", "masc"),
        ("Асхат Омарбек", "masc"),
    ],
)
def test_gender_of_kazakh_womens_names(name: str, gender: str) -> None:
    assert morph.name_gender(name) == gender


def test_an_adjective_the_dictionary_files_under_another_word() -> None:
    # The thirteenth held-out set's attribution miss: "Высшей" is filed under "высокий", whose
    # nominative the dictionary gives as "высочайшая"; the word keeps its own stem.
    assert morph.phrase_to_nominative("Высшей аудиторской палаты", "gent") == "Высшая аудиторская палата"
    assert morph.phrase_to_nominative("лучшей школы", "gent") == "лучшая школа"
