"""The popular-tags cloud as plain text: "горячие новости 364 Барыс 327 Город Астана 226 ...".

Names may hold several words and digits ("Олимпиада-2024", "8 марта"), so where a number ends a
name and where it is a count is decided by a small dynamic programme that prefers counts in
descending order, as the sites sort them, and numbers that look like years inside names.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from newsbot.text.normalize import clean_text

_HEADINGS_RE = re.compile(
    r"^\s*(?:читайте новости по меткам|выбирайте любые метки и читайте новости|популярные метки|"
    r"популярные теги|метки|теги|тегтер|белгілер)\s*[:!.]?\s*",
    re.IGNORECASE,
)
_COUNT_RE = re.compile(r"^\d{1,7}$")
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
_MAX_NAME_TOKENS = 6

# Costs: a count larger than the one before it breaks the site's descending order; a bare number
# inside a name is possible ("8 марта", "Казахстан 2050") but less likely than a count.
_COST_ORDER = 3.0
_COST_NUMBER_IN_NAME = 1.0
_COST_YEAR_IN_NAME = 0.4
_COST_DROPPED_TOKEN = 2.0


@dataclass(frozen=True)
class CloudEntry:
    name: str
    count: int


def parse_tag_cloud_text(text: str) -> list[CloudEntry]:
    """Split a plain-text tag cloud into (name, count) pairs in order.

    A heading such as "Читайте новости по меткам:" is skipped; trailing words with no count are
    dropped.
    """
    cleaned = _HEADINGS_RE.sub("", clean_text(text))
    tokens = cleaned.split()
    n = len(tokens)
    if n < 2:
        return []
    is_count = [bool(_COUNT_RE.match(t)) for t in tokens]
    has_letter = [any(ch.isalpha() for ch in t) for t in tokens]

    inf = float("inf")
    # best[j]: least cost of reading tokens[:j+1] as pairs, the last ending with count tokens[j].
    best = [inf] * n
    back = [-1] * n  # end index of the previous pair (or -1 for none)
    for j in range(n):
        if not is_count[j]:
            continue
        for start in range(max(0, j - _MAX_NAME_TOKENS), j):
            name = range(start, j)
            if not any(has_letter[k] for k in name):
                continue
            name_cost = 0.0
            for k in name:
                if is_count[k]:
                    name_cost += _COST_YEAR_IN_NAME if _YEAR_RE.match(tokens[k]) else _COST_NUMBER_IN_NAME
            prev = start - 1
            if prev == -1:
                total = name_cost
            elif best[prev] < inf:
                order = _COST_ORDER if int(tokens[j]) > int(tokens[prev]) else 0.0
                total = best[prev] + name_cost + order
            else:
                continue
            if total < best[j]:
                best[j], back[j] = total, prev
    # The reading may end before the last tokens (a dangling name with no count).
    end, end_cost = -1, inf
    for j in range(n):
        if best[j] < inf:
            cost = best[j] + _COST_DROPPED_TOKEN * (n - 1 - j)
            if cost <= end_cost:
                end, end_cost = j, cost
    pairs: list[CloudEntry] = []
    while end >= 0:
        prev = back[end]
        pairs.append(CloudEntry(" ".join(tokens[prev + 1 : end]), int(tokens[end])))
        end = prev
    pairs.reverse()
    return pairs


def cloud_digest(pairs: list[tuple[str, int]]) -> str:
    """ "sha256:" + digest of a cloud's (name, count) pairs in order: equal clouds, equal digests."""
    text = "\n".join(f"{name}\t{count}" for name, count in pairs)
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
