"""Split a paragraph of news prose into sentences, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at ".", "!", "?" or "…" (optionally followed by closing quotes or brackets) and a
# space. Known abbreviations and initials before a period do not end it.
_END_RE = re.compile(r"[.!?…]+[»\"”“)]*(?=\s)")
_ABBREVIATIONS = frozenset(
    [
        "г",
        "гг",
        "ул",
        "пр",
        "пер",
        "мкр",
        "им",
        "т",
        "тт",
        "д",
        "ж",
        "о",
        "обл",
        "р-н",
        "ст",
        "см",
        "кв",
        "кг",
        "км",
        "млн",
        "млрд",
        "тыс",
        "руб",
        "долл",
        "проф",
        "акад",
        "др",
        "св",
        "стр",
        "гл",
        "с",
        "п",
        "пп",
        "рис",
        "напр",
        "т.е",
        "т.д",
        "т.п",
        "н.э",
        "ред",
        "прим",
        "зам",
        "нач",
    ]
)
_WORD_BEFORE_RE = re.compile(r"([\w.-]+)$")
_OPEN_MARKS = "«„"
_CLOSE_MARKS = "»“"
_MARK_RE = re.compile(f"[{_OPEN_MARKS}{_CLOSE_MARKS}]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def _is_abbreviation(paragraph: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE_RE.search(paragraph, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "А. Балаева"
    if paragraph[m.start() - 1 : m.start()] == "/":
        return False  # a unit's end: "до 20 м/с. Об этом ..." ("с" there is no "село")
    return word.lower().rstrip(".") in _ABBREVIATIONS


def quotation_depths(paragraph: str, ends: list[re.Match[str]]) -> dict[int, int]:
    """The depth inside «» at the start of each candidate end (``_END_RE`` matches), the end's
    own closing marks counted; empty for a paragraph whose marks do not balance (then depth is
    ignored). One step per mark and per end, not per character."""
    balanced = sum(paragraph.count(c) for c in _OPEN_MARKS) == sum(paragraph.count(c) for c in _CLOSE_MARKS)
    depth_at: dict[int, int] = {}
    if not balanced or not ends:
        return depth_at
    marks = [(m.start(), m.group(0) in _OPEN_MARKS) for m in _MARK_RE.finditer(paragraph)]
    depth, mi = 0, 0
    for m in ends:
        at = m.start()
        while mi < len(marks) and marks[mi][0] < at:
            depth = depth + 1 if marks[mi][1] else max(0, depth - 1)
            mi += 1
        closes = sum(m.group(0).count(c) for c in _CLOSE_MARKS)
        depth_at[at] = max(0, depth - closes)
    return depth_at


def split_sentences(paragraph: str) -> list[Sentence]:
    """Return the sentences of ``paragraph`` in order, with offsets into it.

    Sentences do not end inside «...» (a quotation keeps its own full stops), after an initial or a
    common abbreviation ("г.", "ул.", "мкр."), or before a lowercase word.
    """
    ends = list(_END_RE.finditer(paragraph))
    depth_at = quotation_depths(paragraph, ends)
    out: list[Sentence] = []
    start = 0
    n = len(paragraph)
    for m in ends:
        end = m.end()
        if depth_at.get(m.start(), 0) > 0:
            continue
        if m.group(0).startswith(".") and len(m.group(0).rstrip('»"”“)')) == 1:
            if _is_abbreviation(paragraph, m.start()):
                continue
        nxt = end
        while nxt < n and paragraph[nxt].isspace():
            nxt += 1
        if nxt < n and (paragraph[nxt].islower() or paragraph[nxt] in "—–-,"):
            continue  # "«Ура!» — крикнул он": the author's words go on
        text = paragraph[start:end].strip()
        if text:
            lead = len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
            out.append(Sentence(text, start + lead, end))
        start = end
    rest = paragraph[start:]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        out.append(Sentence(rest.strip(), start + lead, start + lead + len(rest.strip())))
    return out
