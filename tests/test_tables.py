"""newsbot.tables: the exported JSON Lines read into pandas, Polars and DuckDB with the schema's
types, on the demo's real output and on the small files scheduled runs write."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
import polars as pl
import pytest

from newsbot import tables
from newsbot.cli import main
from newsbot.items import EXPORTED_FIELDS, SNAPSHOT_FIELDS
from newsbot.schema import article_schema
from tests.conftest import MIRROR, ROOT, read_jsonl, run_crawl

ALMATY = ZoneInfo("Asia/Almaty")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding what the README's demo command writes: data/bestnews.jsonl, and the
    tag-cloud feed data/bestnews/tag_cloud.jsonl."""
    workdir = tmp_path_factory.mktemp("demo")
    result = run_crawl(workdir, "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", "NEWSBOT_STATE=", "-O", "data/bestnews.jsonl")
    assert result.returncode == 0, result.stderr[-3000:]
    return workdir


def _sparse_file(demo: Path, folder: Path) -> Path:
    """A run file of one article with no lead, modification time, views, quotes or images, as a
    small scheduled run writes: every tool left to infer types gets them wrong on it."""
    sparse = next(
        r for r in read_jsonl(demo / "data" / "bestnews.jsonl")
        if r["lead"] is None and r["modified_at"] is None and r["views"] is None and not r["quotes"]
    )  # fmt: skip
    sparse["images"] = []
    path = folder / "2026-11-27T10-15-00.jsonl"
    path.write_text(json.dumps(sparse, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _duckdb_types(source: str, kind: str = "articles") -> dict[str, str]:
    relation = duckdb.sql(f"SELECT * FROM {tables.duckdb_source(source, kind)}")
    return {name: str(t) for name, t in zip(relation.columns, relation.types, strict=True)}


def test_the_columns_are_the_exported_fields_typed_as_the_schema_says() -> None:
    columns = tables.columns()
    assert list(columns) == EXPORTED_FIELDS
    properties = article_schema()["properties"]
    stamps = {name for name, prop in properties.items() if prop.get("format") == "date-time"}
    assert stamps == {"published_at", "modified_at", "crawled_at"}
    assert {name for name, t in columns.items() if t == "timestamp"} == stamps
    assert columns["views"] == "integer" and columns["lead"] == "string"
    assert columns["quotes"][0] == "list" and list(columns["quotes"][1][1]) == [
        "text", "speaker", "role", "cue", "paragraph", "start", "end"
    ]  # fmt: skip
    assert list(tables.columns("tag_cloud")) == SNAPSHOT_FIELDS
    with pytest.raises(ValueError, match="no records of kind 'tagcloud'"):
        tables.columns("tagcloud")


def test_each_tool_reads_the_demo_output_with_the_schemas_types(demo: Path) -> None:
    path = demo / "data" / "bestnews.jsonl"
    records = read_jsonl(path)
    frame = tables.read_pandas(path)
    assert len(frame) == len(records) >= 40
    assert str(frame["published_at"].dtype) == "datetime64[us, Asia/Almaty]"
    assert str(frame["views"].dtype) == "Int64" and str(frame["lead"].dtype) == "string"
    assert frame["quotes"].map(len).sum() == sum(len(r["quotes"]) for r in records)
    polars = tables.read_polars(path)
    assert polars.schema["published_at"] == pl.Datetime("us", "Asia/Almaty")
    assert polars.schema["tag_cloud"] == pl.List(pl.Struct({"name": pl.String, "count": pl.Int64, "url": pl.String}))
    types = _duckdb_types(str(path))
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE" and types["views"] == "BIGINT"
    assert types["quotes"].startswith('STRUCT("text" VARCHAR, speaker VARCHAR, "role" VARCHAR')
    # The values are the records' own: every instant the same moment, with Almaty's offset of its
    # day (+06:00 before 2024-03-01, +05:00 after).
    duck = duckdb.sql(f"SELECT url, published_at, modified_at FROM {tables.duckdb_source(str(path))}").fetchall()
    for record, row, prow, (url, published, modified) in zip(
        records, frame.itertuples(), polars.iter_rows(named=True), duck, strict=True
    ):
        assert row.url == prow["url"] == url == record["url"]
        for field, value in (("published_at", published), ("modified_at", modified)):
            raw = record[field]
            if raw is None:
                assert pd.isna(getattr(row, field)) and prow[field] is None and value is None
                continue
            # Compared as POSIX times: Python never finds a time of the hour Almaty repeated when it
            # left +06:00 (2024-02-29 23:00-24:00, which a mirror page has) equal to another zone's.
            instant = datetime.fromisoformat(raw)
            seen = (getattr(row, field).to_pydatetime(), prow[field], value)
            assert {t.timestamp() for t in seen} == {instant.timestamp()}
            assert seen[0].utcoffset() == seen[1].utcoffset() == instant.utcoffset()
    assert {r["published_at"][-6:] for r in records} == {"+05:00", "+06:00"}


def test_a_small_run_file_reads_with_the_same_types_as_a_full_one(demo: Path, tmp_path: Path) -> None:
    full = demo / "data" / "bestnews.jsonl"
    sparse = _sparse_file(demo, tmp_path)
    # What inference gives on such a file (the reason for newsbot.tables): a float lead in pandas,
    # DuckDB's NULL type, a Polars Null column.
    assert str(pd.read_json(sparse, lines=True)["lead"].dtype) == "float64"
    assert [str(t) for t in duckdb.sql(f"SELECT lead FROM read_json('{sparse}')").types] == ['"NULL"']
    assert pl.read_ndjson(sparse).schema["modified_at"] == pl.Null
    assert tables.read_pandas(sparse).dtypes.equals(tables.read_pandas(full).dtypes)
    assert tables.read_polars(sparse).schema == tables.read_polars(full).schema
    assert _duckdb_types(str(sparse)) == _duckdb_types(str(full))
    row = tables.read_pandas(sparse).iloc[0]
    assert row["lead"] is pd.NA and pd.isna(row["modified_at"]) and row["views"] is pd.NA
    assert row["quotes"] == [] and row["images"] == []  # empty lists, not NaN
    # No file at all (an empty glob): the columns and their types still.
    empty = tables.read_pandas(str(tmp_path / "none-*.jsonl"))
    assert len(empty) == 0 and empty.dtypes.equals(tables.read_pandas(full).dtypes)
    assert tables.read_polars([]).schema == tables.read_polars(full).schema


def test_a_schedules_folder_reads_as_its_run_files(demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data" / "bestnews"
    folder.mkdir(parents=True)
    # A real scheduled run: its file is named after its start, beside the tag-cloud feed.
    result = run_crawl(tmp_path, "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", f"NEWSBOT_STATE={tmp_path / 'state.sqlite'}")
    assert result.returncode == 0, result.stderr[-3000:]
    (first,) = [p for p in folder.iterdir() if p.name != "tag_cloud.jsonl"]
    second = _sparse_file(demo, folder).rename(folder / f"{first.stem}-2.jsonl")  # same second, see feeds
    changed = json.loads(second.read_text(encoding="utf-8"))
    changed["revision"] = 2  # the article changed and was exported again
    second.write_text(json.dumps(changed, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "2026-11-28T09-00-00.jsonl.part").write_text('{"url": "torn', encoding="utf-8")  # a killed run
    assert tables.run_files(folder) == [first, second]
    count = len(read_jsonl(first)) + 1
    assert len(tables.read_pandas(tables.run_files(folder))) == count
    assert tables.read_polars(tables.run_files(folder)).height == count
    assert duckdb.sql(f"SELECT count(*) FROM {tables.duckdb_source(str(folder / '2*.jsonl'))}").fetchall() == [(count,)]
    # The latest version of each article, as the README says to keep it.
    frame = tables.read_pandas(tables.run_files(folder)).sort_values("revision").drop_duplicates("url", keep="last")
    polars = tables.read_polars(tables.run_files(folder)).sort("revision").unique("url", keep="last")
    latest = duckdb.sql(
        f"SELECT url, revision FROM {tables.duckdb_source(str(folder / '2*.jsonl'))} "
        "QUALIFY row_number() OVER (PARTITION BY url ORDER BY revision DESC) = 1"
    ).fetchall()
    expected = {r["url"]: 1 for r in read_jsonl(first)} | {changed["url"]: 2}
    assert dict(zip(frame["url"], frame["revision"], strict=True)) == expected
    assert dict(polars.select("url", "revision").iter_rows()) == expected == dict(latest)
    # The tag-cloud feed: one snapshot, the 30 tags of the mirror's cloud.
    cloud = folder / "tag_cloud.jsonl"
    snapshots = tables.read_polars(cloud, kind="tag_cloud")
    assert snapshots.height == 1 and snapshots.schema["observed_at"] == pl.Datetime("us", "Asia/Almaty")
    assert len(tables.read_pandas(cloud, kind="tag_cloud").loc[0, "tags"]) == 30
    assert duckdb.sql(f"SELECT len(tags) FROM {tables.duckdb_source(str(cloud), 'tag_cloud')}").fetchall() == [(30,)]


def test_newsbot_schema_duckdb_prints_the_read_json_call(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--duckdb", "data/bestnews/2*.jsonl"]) == 0
    assert capsys.readouterr().out == tables.duckdb_source("data/bestnews/2*.jsonl") + "\n"
    assert main(["schema", "--duckdb", "it's.jsonl", "--tag-cloud"]) == 0
    assert capsys.readouterr().out.startswith(
        "read_json('it''s.jsonl', format = 'newline_delimited', columns = {'site'"
    )


def _readme_snippets() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Loading it") : readme.index("\n## ", readme.index("### Loading it"))]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_readmes_loading_snippets_run_on_the_demo_output(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(demo)
    records = read_jsonl(demo / "data" / "bestnews.jsonl")
    speakers = Counter(q["speaker"] for r in records for q in r["quotes"] if q["speaker"])
    pandas_snippet, polars_snippet, duckdb_snippet = _readme_snippets()
    ns: dict[str, Any] = {}
    exec(pandas_snippet, ns)
    assert len(ns["quotes"]) == sum(len(r["quotes"]) for r in records)
    assert Counter(ns["quotes"]["speaker"].dropna()) == speakers
    ns = {}
    exec(polars_snippet, ns)
    assert Counter(ns["speakers"]["speaker"].to_list()) == speakers
    ns = {}
    exec(duckdb_snippet, ns)
    assert dict(ns["by_speaker"].fetchall()) == dict(speakers)


def test_duckdb_reads_a_folder_with_a_quote_in_its_name(demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Bestnews' runs"
    folder.mkdir()
    path = folder / "2026-11-27T10-15-00.jsonl"
    shutil.copy(demo / "data" / "bestnews.jsonl", path)
    (row,) = duckdb.sql(f"SELECT count(*) FROM {tables.duckdb_source(str(folder / '2*.jsonl'))}").fetchall()
    assert row == (len(read_jsonl(path)),)


def test_a_reader_without_its_library_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "polars", None)  # as if it were not installed
    with pytest.raises(ImportError, match=r"newsbot\.tables needs polars for this: pip install polars"):
        tables.read_polars([])
