"""Bylines: one printed author line naming several people ("Айдана Сериккызы, Ерлан Абенов",
"И. Иванов и М. Петрова") split into one name each."""

from __future__ import annotations

import re

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі"
# A name word: a capital and small letters, maybe joined by a hyphen or an apostrophe to another
# such word ("Мухаммед-Али", "О'Нил"); an initial: a capital and a dot ("А." or "А.Б.").
_WORD = rf"[{_UPPER}](?:[{_LOWER}]+|(?=['’]))(?:[-'’][{_UPPER}]?[{_LOWER}]+)*"
_INITIALS = rf"(?:[{_UPPER}]\.\s*){{1,2}}"
_PERSON_RE = re.compile(
    rf"(?:{_INITIALS}{_WORD}"  # И. Иванов, И.И.Иванов
    rf"|{_WORD}\s+{_INITIALS}"  # Иванов И.И.
    rf"|{_WORD}(?:\s+{_WORD}){{1,3}})"  # Иван Иванов, Иван Иванович Иванов
)
# Where a byline joins two people: a comma, a semicolon, a slash, "&", or "and" in Russian,
# Kazakh or English.
_JOIN_RE = re.compile(r"\s*[,;/&]\s*|\s+(?:и|және|and)\s+")


def split_byline(byline: str) -> list[str]:
    """The people a byline names, in order, when every part of it between commas, semicolons,
    slashes, "&" or "и"/"және"/"and" is a person's name (two to four capitalized words, or a
    surname with initials); else ``[byline]`` unchanged, since a part that is not a name ("Иванов
    И.И., корреспондент", "Иван Иванов, Астана", "Пресс-служба акимата") means the commas are
    not between people."""
    text = byline.strip()
    parts = _JOIN_RE.split(text)
    if len(parts) < 2 or not all(_PERSON_RE.fullmatch(part) for part in parts):
        return [byline]
    return parts


def split_bylines(bylines: list[str]) -> list[str]:
    """Every person of ``bylines`` (see :func:`split_byline`), each once, in order."""
    people: list[str] = []
    for byline in bylines:
        for person in split_byline(byline):
            if person not in people:
                people.append(person)
    return people
