from __future__ import annotations

import logging
import re
from dataclasses import is_dataclass
from typing import Any

from newsbot.items import field_names, field_values
from newsbot.pipelines import CrawlerPipeline

logger = logging.getLogger(__name__)

# Lone surrogates (broken emoji) cannot be encoded as UTF-8: the exporter would drop the whole item.
# U+2028/U+2029 and C0/C1 controls break line-based JSON readers.
_UNSAFE_RE = re.compile("[\ud800-\udfff\u2028\u2029\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class EnsureSerializablePipeline(CrawlerPipeline):
    """Last line of defence before export: no string of any field may hold a character that
    breaks UTF-8 encoding or line-based JSON readers. Counts ``newsbot/text/sanitized``."""

    def process_item(self, item: Any) -> Any:
        if is_dataclass(item) and not isinstance(item, type):
            strings: list[str] = []
            _collect_strings(item, strings)
            if _UNSAFE_RE.search("\n".join(strings)):  # one search, not one per string
                self._clean(item)
                logger.warning(
                    "Characters that break UTF-8 or JSON Lines readers (lone surrogates, U+2028/U+2029, "
                    "control characters) removed from %s",
                    getattr(item, "url", "a record"),
                )
        return item

    def _clean(self, obj: Any) -> Any:
        if isinstance(obj, str):
            if _UNSAFE_RE.search(obj):
                self.inc("text/sanitized")
                return _UNSAFE_RE.sub(lambda m: " " if m.group() in "\u2028\u2029" else "", obj)
            return obj
        if isinstance(obj, list):
            return [self._clean(v) for v in obj]
        if isinstance(obj, dict):
            return {self._clean(k): self._clean(v) for k, v in obj.items()}
        if is_dataclass(obj) and not isinstance(obj, type):
            for name in field_names(type(obj)):
                setattr(obj, name, self._clean(getattr(obj, name)))
        return obj


def _collect_strings(obj: Any, out: list[str]) -> None:
    """Append every string inside ``obj`` (dataclass fields, lists, dict keys and values) to
    ``out``, in no particular order. A loop over a stack, not recursion: a record holds ~200 values."""
    stack = [obj]
    pop, push, append = stack.pop, stack.extend, out.append
    while stack:
        value = pop()
        kind = type(value)
        if kind is str:
            append(value)
        elif kind is list:
            push(value)
        elif kind is dict:
            push(value.keys())
            push(value.values())
        elif value is None or kind is int or kind is float or kind is bool:
            continue
        elif isinstance(value, str):
            append(value)
        elif is_dataclass(value) and not isinstance(value, type):
            push(field_values(value).values())
