"""newsbot's JSON Lines as typed tables: pandas, Polars and DuckDB read the files with the columns
and types of the record's schema (:mod:`newsbot.schema`), whatever rows a file happens to hold.

Left to infer, each tool types a column from the values it meets. A scheduled run exports a few
articles; when none of them has a lead or a modification time, pandas reads ``lead`` as float,
DuckDB reads ``lead`` and ``modified_at`` as its ``"NULL"`` type and an empty ``quotes`` as
``JSON[]``, and Polars makes them Null columns that a date conversion fails on. The same crawl's
files then disagree with each other. Here the types come from the record's JSON Schema:

==============================  ==================  =======================  ==================
record field                    pandas              Polars                   DuckDB
==============================  ==================  =======================  ==================
text (``headline``, ``lead``)   ``string``          ``String``               ``VARCHAR``
integer (``views``)             ``Int64``           ``Int64``                ``BIGINT``
instant (``published_at``)      datetime64, Almaty  ``Datetime``, Almaty     ``TIMESTAMPTZ``
list of text, of objects        Python lists        ``List``, ``Struct``     ``T[]``, ``STRUCT``
==============================  ==================  =======================  ==================

Instants are in Asia/Almaty (the records' own offsets), null stays null (``<NA>``, ``NaT``).
pandas and Polars are not newsbot's dependencies: each reader imports its library when called.
DuckDB is used from SQL: :func:`duckdb_source` (and ``newsbot schema --duckdb``) writes the
``read_json(...)`` call with every column's type.

A spider's folder holds its article files, one per run (``<run>.jsonl``, named by the run's
start), and its tag-cloud feed (``tag_cloud.jsonl``): :func:`run_files` lists the first.
"""

from __future__ import annotations

import glob
import importlib
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from newsbot.schema import article_schema, snapshot_schema

TIME_ZONE = "Asia/Almaty"

Source = str | Path | Iterable[str | Path]
"""Files to read: one path, a glob pattern (``data/bestnews/2*.jsonl``), or a list of paths."""

# A column's type: "string", "integer", "number", "boolean", "timestamp", ("list", type) or
# ("struct", {field: type}).
ColumnType = Any

_SCHEMAS = {"articles": article_schema, "tag_cloud": snapshot_schema}
_SCALARS = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_RUN_FILE_RE = re.compile(r"^(?P<start>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})(?:-(?P<n>\d+))?\.jsonl$")


def _library(name: str) -> Any:
    """The analysis library ``name``, or an ImportError that says how to get it (newsbot does not
    depend on it)."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(f"newsbot.tables needs {name} for this: pip install {name}") from exc


def columns(kind: str = "articles") -> dict[str, ColumnType]:
    """The columns of one kind of record, ``"articles"`` or ``"tag_cloud"``, in export order, typed
    as its JSON Schema (:mod:`newsbot.schema`) says."""
    if kind not in _SCHEMAS:
        raise ValueError(f"no records of kind {kind!r}: {', '.join(_SCHEMAS)}")
    return dict(_columns(kind))


@cache
def _columns(kind: str) -> dict[str, ColumnType]:
    schema = _SCHEMAS[kind]()
    return {name: _column_type(prop, schema["$defs"]) for name, prop in schema["properties"].items()}


def _column_type(prop: dict[str, Any], definitions: dict[str, Any]) -> ColumnType:
    """The column type of a schema property: nullable or not (every column is), a list, an object
    of the definitions, an instant (``"format": "date-time"``), or a scalar."""
    if "anyOf" in prop:
        (prop,) = [p for p in prop["anyOf"] if p.get("type") != "null"]
    if "$ref" in prop:
        definition = definitions[prop["$ref"].rsplit("/", 1)[-1]]
        return ("struct", {name: _column_type(p, definitions) for name, p in definition["properties"].items()})
    types_ = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    (json_type,) = [t for t in types_ if t != "null"]
    if json_type == "array":
        return ("list", _column_type(prop["items"], definitions))
    if prop.get("format") == "date-time":
        return "timestamp"
    return _SCALARS[json_type]


def run_files(folder: str | Path) -> list[Path]:
    """The article files of a spider's folder (``data/bestnews``), oldest run first: the files
    named after a run's start, not the tag-cloud feed and not a killed run's ``.part``."""
    runs = [(m["start"], int(m["n"] or 1), p) for p in Path(folder).iterdir() if (m := _RUN_FILE_RE.match(p.name))]
    return [p for *_, p in sorted(runs)]


def _paths(source: Source) -> list[Path]:
    if isinstance(source, str | Path):
        text = str(source)
        if glob.has_magic(text):
            return [Path(p) for p in sorted(glob.glob(text))]
        return [Path(source)]
    return [Path(p) for p in source]


def read_records(source: Source) -> list[dict[str, Any]]:
    """Every record of the files, in file order, as dicts."""
    records: list[dict[str, Any]] = []
    for path in _paths(source):
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


# -- pandas -----------------------------------------------------------------------------------
_PANDAS_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def read_pandas(source: Source, kind: str = "articles") -> Any:
    """A pandas DataFrame of the records: one row a record, every column typed as the schema says
    (nullable ``string``, ``Int64``, instants as ``datetime64[us, Asia/Almaty]``); lists and
    objects stay Python lists and dicts (``DataFrame.explode`` and ``pd.json_normalize`` open them)."""
    pd = _library("pandas")

    cols = columns(kind)
    frame = pd.DataFrame.from_records(read_records(source), columns=list(cols))
    for name, column_type in cols.items():
        if column_type == "timestamp":
            instants = pd.to_datetime(frame[name], utc=True, format="ISO8601")
            frame[name] = instants.dt.as_unit("us").dt.tz_convert(TIME_ZONE)
        elif isinstance(column_type, str):
            frame[name] = frame[name].astype(_PANDAS_DTYPES[column_type])
        else:  # a list: [] for empty, never NaN
            frame[name] = frame[name].astype(object)
    return frame


# -- Polars -----------------------------------------------------------------------------------
def polars_schema(kind: str = "articles") -> Any:
    """The ``polars.Schema`` of the records as JSON holds them (instants as text, which
    :func:`read_polars` turns into ``Datetime`` in Asia/Almaty)."""
    pl = _library("polars")

    def dtype(column_type: ColumnType) -> Any:
        if isinstance(column_type, tuple) and column_type[0] == "list":
            return pl.List(dtype(column_type[1]))
        if isinstance(column_type, tuple):
            return pl.Struct({name: dtype(t) for name, t in column_type[1].items()})
        scalars = {"string": pl.String, "timestamp": pl.String, "integer": pl.Int64,
                   "number": pl.Float64, "boolean": pl.Boolean}  # fmt: skip
        return scalars[column_type]

    return pl.Schema({name: dtype(t) for name, t in columns(kind).items()})


def read_polars(source: Source, kind: str = "articles") -> Any:
    """A Polars DataFrame of the records, typed by :func:`polars_schema`, instants as
    ``Datetime("us", "Asia/Almaty")``."""
    pl = _library("polars")

    stamps = [name for name, t in columns(kind).items() if t == "timestamp"]
    paths = _paths(source)
    if not paths:
        return pl.DataFrame(schema=polars_schema(kind)).with_columns(pl.col(stamps).cast(pl.Datetime("us", TIME_ZONE)))
    frame = pl.read_ndjson(paths, schema=polars_schema(kind))
    return frame.with_columns(
        pl.col(stamps).str.to_datetime("%Y-%m-%dT%H:%M:%S%z", time_unit="us").dt.convert_time_zone(TIME_ZONE)
    )


# -- DuckDB -----------------------------------------------------------------------------------
_DUCKDB_SCALARS = {"string": "VARCHAR", "timestamp": "TIMESTAMPTZ", "integer": "BIGINT",
                   "number": "DOUBLE", "boolean": "BOOLEAN"}  # fmt: skip


def duckdb_type(column_type: ColumnType) -> str:
    """The DuckDB type of a column (``STRUCT("text" VARCHAR, ...)[]`` for a list of objects)."""
    if isinstance(column_type, tuple) and column_type[0] == "list":
        return f"{duckdb_type(column_type[1])}[]"
    if isinstance(column_type, tuple):
        return "STRUCT(" + ", ".join(f'"{name}" {duckdb_type(t)}' for name, t in column_type[1].items()) + ")"
    return _DUCKDB_SCALARS[column_type]


def duckdb_source(files: str, kind: str = "articles") -> str:
    """A DuckDB table function call that reads ``files`` (a path or glob, as DuckDB takes it) with
    every column typed: ``SELECT ... FROM <this>``. Instants are ``TIMESTAMPTZ``; DuckDB shows them
    in the session's zone (``SET TimeZone = 'Asia/Almaty'``)."""
    types_ = ", ".join(f"'{name}': '{duckdb_type(t)}'" for name, t in columns(kind).items())
    quoted = files.replace("'", "''")
    return f"read_json('{quoted}', format = 'newline_delimited', columns = {{{types_}}})"
