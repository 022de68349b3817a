"""Generate the JSON Schema of the exported record from the item dataclasses and their docstrings."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import itertools
import types
import typing
from typing import Any, Union

from newsbot import items
from newsbot.items import EXPORTED_FIELDS, SNAPSHOT_FIELDS, Article, TagCloudSnapshot

SCHEMA_ID = "https://github.com/newsbot-kz/newsbot/docs/article.schema.json"

DATE_TIME_FIELDS = frozenset({"published_at", "modified_at", "crawled_at", "observed_at"})
"""Fields holding an instant as ISO 8601 text with its UTC offset (``2025-02-10T08:45:00+05:00``):
JSON has no type for it, so the schema gives them ``"format": "date-time"`` (which the table
readers of :mod:`newsbot.tables` read as a time-zone-aware timestamp)."""
_DATE_TIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$"

# Formats a field's values must have, beyond their JSON type.
_PATTERNS = {
    **{name: _DATE_TIME for name in sorted(DATE_TIME_FIELDS)},
    "content_hash": r"^sha256:[0-9a-f]{64}$",
    "url": r"^https?://",
    "fetched_url": r"^https?://",
}
_ENUMS = {"language": ["ru", "kk"], "extraction": ["site", "generic"]}
_MINIMUMS = {"start": 0, "end": 0, "paragraph": 0, "count": 0, "views": 0, "revision": 1}


def field_docs(cls: type) -> dict[str, str]:
    """The docstring written under each field of a dataclass, read from its source."""
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for node, following in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = inspect.cleandoc(following.value.value)
    return docs


def _type_schema(tp: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        inner = [_type_schema(a, definitions) for a in args if a is not type(None)]
        if type(None) in args:
            if len(inner) == 1 and "type" in inner[0] and isinstance(inner[0]["type"], str):
                return {**inner[0], "type": [inner[0]["type"], "null"]}
            return {"anyOf": [*inner, {"type": "null"}]}
        return {"anyOf": inner}
    if origin is list:
        (arg,) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(arg, definitions)}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in definitions:
            definitions[name] = {}
            definitions[name] = _object_schema(tp, definitions)
        return {"$ref": f"#/$defs/{name}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _object_schema(cls: type, definitions: dict[str, Any], only: list[str] | None = None) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(items))
    docs = field_docs(cls)
    names = only or [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    properties: dict[str, Any] = {}
    for name in names:
        prop = _type_schema(hints[name], definitions)
        if name in DATE_TIME_FIELDS:
            prop["format"] = "date-time"
        if name in _PATTERNS:
            prop["pattern"] = _PATTERNS[name]
        if name in _ENUMS:
            prop["enum"] = _ENUMS[name]
        if name in _MINIMUMS:
            prop["minimum"] = _MINIMUMS[name]
        if name in docs:
            prop["description"] = docs[name]
        properties[name] = prop
    return {
        "type": "object",
        "description": inspect.cleandoc(cls.__doc__ or ""),
        "properties": properties,
        "required": names,
        "additionalProperties": False,
    }


def _record_schema(cls: type, fields: list[str]) -> dict[str, Any]:
    """The schema of one line of ``cls`` records (its ``fields``), with the definitions it refers to."""
    definitions: dict[str, Any] = {}
    schema = _object_schema(cls, definitions, only=fields)
    return {**schema, "$defs": dict(sorted(definitions.items()))}


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one exported article line."""
    schema = _record_schema(Article, EXPORTED_FIELDS)
    schema["properties"]["schema_version"]["const"] = items.SCHEMA_VERSION
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsbot article",
        **schema,
    }


def snapshot_schema() -> dict[str, Any]:
    """The schema of one line of the tag-cloud feed (:class:`newsbot.items.TagCloudSnapshot`)."""
    return _record_schema(TagCloudSnapshot, SNAPSHOT_FIELDS)
