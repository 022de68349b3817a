from __future__ import annotations

import pytest

from newsbot.text.normalize import clean_text, content_fingerprint, is_truncated_copy, split_credit


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Аида\u00a0Балаева  ", "Аида Балаева"),
        ("нау\u200bрыз", "наурыз"),
        ("пере\u00adнос", "перенос"),
        ("\ufeffТекст", "Текст"),
        ("a\u2028b\u2029c", "a b c"),
        ("a\x00b\x07c", "abc"),
        ("эмодзи \ud83d сломано", "эмодзи сломано"),
        ("е\u0308лка", "ёлка"),  # NFC
        ("«Цитата», — сказал он", "«Цитата», — сказал он"),  # typography kept
        ("строка\nстрока\tтаб", "строка строка таб"),
        (None, ""),
    ],
)
def test_clean_text(raw: str | None, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Фото: Минкультуры и информации РК", (None, "Минкультуры и информации РК")),
        ("Аида Балаева и Лоранс де Кар. Фото: Минкультуры РК", ("Аида Балаева и Лоранс де Кар", "Минкультуры РК")),
        ("Мост через Ишим", ("Мост через Ишим", None)),
        ("Фото Тимур Батыршин", (None, "Тимур Батыршин")),
        ("Источник: pixabay.com", (None, "pixabay.com")),
        ("", (None, None)),
    ],
)
def test_split_credit(caption: str, expected: tuple[str | None, str | None]) -> None:
    assert split_credit(caption) == expected


def test_truncated_copy_of_first_paragraph() -> None:
    first = "Накануне государственного визита Президента Республики Казахстан во Францию министр провела встречу."
    assert is_truncated_copy("Накануне государственного визита Президента Республики Казахстан во Франц...", first)
    assert not is_truncated_copy("Министр культуры встретилась с директором Лувра", first)
    assert not is_truncated_copy(None, first)


def test_content_fingerprint_is_sha256_of_headline_and_body() -> None:
    import hashlib

    expected = "sha256:" + hashlib.sha256("Заголовок\n\nТекст".encode()).hexdigest()
    assert content_fingerprint("Заголовок", "Текст") == expected
