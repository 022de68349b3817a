"""``may_attribute`` skips paragraphs before the cue patterns run, and each pattern runs only on a
sentence holding one of its own strings (``CUE_GUARDS``): neither may skip a text a pattern matches."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbot.text.attributions import CUE_GUARDS, CUE_PATTERNS, may_attribute

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Pieces of the cues, whole and cut, in both cases, with the words around them.
PIECES = [
    "со ссылкой на ", "Со ссылкой на ", "сообщает ", "Сообщает ", "сообщают ", "сообщается в сообщении ",
    "Сообщается в релизе ", "передает ", "Передаёт ", "передают ", "пишет ", "Пишет ", "пишут ",
    "информирует ", "сообщили в ", "Сообщили во ", "рассказали в ", "Пояснили во ", "уточнили ", "сообщила ", "сообщил ", "Об этом сообщили ", "стало известно из ", "в своем Telegram-канале ", "на официальном сайте ", "по данным ", "По информации ", "по сведениям ",
    "говорится в заявлении ", "Говорится в пресс-релизе ", "Об этом ", "Как ", "корреспондент ",
    "деп хабарлайды ", "деп жазады ", "сілтеме жасап", "хабарлауынша", "министрлігінің мәліметінше ",
    "дерегінше", "деректері бойынша", "ақпаратынша", "мәлімдеуінше", "Бұл туралы ", "бұл туралы ",
    "Tengrinews.kz", "Минздрав", "агентство", ", ", ". ", " ", "-", "с", "о", "п", "по", "со ",
]  # fmt: skip


def _paragraphs() -> list[str]:
    out = []
    for path in sorted(FIXTURES.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, dict):
                stack.extend(value.values())
    return out


def _matched_by_a_pattern(text: str) -> bool:
    return any(pattern.search(text) for pattern in CUE_PATTERNS)


def _guards_hold(text: str) -> bool:
    """Every pattern that matches ``text`` finds one of its own strings in it."""
    return all(any(s in text for s in CUE_GUARDS[p]) for p in CUE_PATTERNS if p.search(text))


def test_no_fixture_text_a_pattern_matches_is_skipped() -> None:
    texts = _paragraphs()
    assert len(texts) > 1000
    missed = [t for t in texts if _matched_by_a_pattern(t) and not may_attribute(t)]
    assert missed == []
    assert [t for t in texts if not _guards_hold(t)] == []
    # and the prefilter does skip most of them (else it would be pointless)
    assert sum(1 for t in texts if not may_attribute(t)) > len(texts) / 2


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(PIECES) | st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяСПГО .,—", max_size=6), max_size=12
    )
)
def test_no_generated_text_a_pattern_matches_is_skipped(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _matched_by_a_pattern(text):
        assert may_attribute(text), text
        assert _guards_hold(text), text
