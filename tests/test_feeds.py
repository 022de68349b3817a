from __future__ import annotations

from pathlib import Path

from newsbot.feeds import AtomicFileFeedStorage, remove_stale_parts


def test_items_land_only_on_store(tmp_path: Path) -> None:
    target = tmp_path / "out" / "run.jsonl"
    storage = AtomicFileFeedStorage(str(target), feed_options={"overwrite": True})
    file = storage.open(spider=None)  # type: ignore[arg-type]
    file.write(b'{"a": 1}\n')
    assert not target.exists()  # until the run closes, only the .part file exists
    assert (tmp_path / "out" / "run.jsonl.part").exists()
    storage.store(file)
    assert target.read_bytes() == b'{"a": 1}\n'
    assert not (tmp_path / "out" / "run.jsonl.part").exists()


def test_append_mode_keeps_old_lines(tmp_path: Path) -> None:
    target = tmp_path / "feed.jsonl"
    target.write_bytes(b'{"old": 1}\n')
    storage = AtomicFileFeedStorage(str(target), feed_options={"overwrite": False})
    file = storage.open(spider=None)  # type: ignore[arg-type]
    file.write(b'{"new": 2}\n')
    storage.store(file)
    assert target.read_bytes() == b'{"old": 1}\n{"new": 2}\n'


def test_a_killed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "feed.jsonl"
    target.write_bytes(b'{"old": 1}\n')
    storage = AtomicFileFeedStorage(str(target), feed_options={"overwrite": True})
    file = storage.open(spider=None)  # type: ignore[arg-type]
    file.write(b'{"torn": ')  # the process dies here: store() never runs
    file.close()
    assert target.read_bytes() == b'{"old": 1}\n'
    assert remove_stale_parts(tmp_path) == [tmp_path / "feed.jsonl.part"]


def test_dataclass_exporter_writes_the_same_line_as_scrapys() -> None:
    import io
    import json

    from scrapy.exporters import JsonLinesItemExporter

    from newsbot.feeds import JsonLinesExporter
    from newsbot.items import EXPORTED_FIELDS, Article, CloudTag, Image, Quote

    article = Article(
        url="https://bestnews.kz/a", headline="«Барыс» победил", paragraphs=["Абзац\u00a0один."],
        images=[Image(url="https://bestnews.kz/i.webp", caption="Фото", credit=None)],
        quotes=[Quote(text="Да", speaker="Он", role=None, cue="сказал", paragraph=0, start=0, end=4)],
        tag_cloud=[CloudTag(name="Барыс", count=327, url=None)], raw={"internal": True},
    )  # fmt: skip

    def lines() -> list[bytes]:
        written = []
        for cls in (JsonLinesItemExporter, JsonLinesExporter):
            buffer = io.BytesIO()
            exporter = cls(buffer, fields_to_export=EXPORTED_FIELDS, encoding="utf-8")
            exporter.start_exporting()
            exporter.export_item(article)
            exporter.finish_exporting()
            written.append(buffer.getvalue())
        return written

    scrapys, ours = lines()
    assert scrapys == ours
    assert list(json.loads(ours)) == EXPORTED_FIELDS  # "raw" is internal: never exported
    # An attribute that is not a field (set by some pipeline) is not written: fields only.
    article.quotes[0].note = "not a field"  # type: ignore[attr-defined]
    scrapys, ours = lines()
    assert scrapys == ours
    assert "not a field" not in ours.decode("utf-8")


def test_a_run_starting_in_the_second_the_last_one_began_gets_a_file_of_its_own(tmp_path: Path) -> None:
    """The run file is named after the run's start, to the second; a run that started in the same
    second as the last (a quick run, a restart) replaced that run's file, records the store had
    marked exported."""
    from datetime import UTC, datetime

    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from newsbot.feeds import uri_params

    feeds = {f"{tmp_path}/%(name)s/%(run)s.jsonl": {"format": "jsonlines"}, f"{tmp_path}/%(name)s/cloud.jsonl": {}}
    crawler = get_crawler(Spider, settings_dict={"FEEDS": feeds})

    def run_name() -> str:
        spider = Spider.from_crawler(crawler, name="bestnews")
        spider.run_started = datetime(2026, 11, 27, 5, 15, tzinfo=UTC)  # type: ignore[attr-defined]
        first = uri_params({"name": "bestnews"}, spider)["run"]
        assert uri_params({"name": "bestnews", "time": "x"}, spider)["run"] == first  # chosen once a run
        return str(first)

    (tmp_path / "bestnews").mkdir()
    assert run_name() == "2026-11-27T10-15-00"  # Asia/Almaty
    (tmp_path / "bestnews" / "2026-11-27T10-15-00.jsonl").write_text("{}\n")
    assert run_name() == "2026-11-27T10-15-00-2"
    (tmp_path / "bestnews" / "2026-11-27T10-15-00-2.jsonl.part").write_text("")  # a run still writing it
    assert run_name() == "2026-11-27T10-15-00-3"
