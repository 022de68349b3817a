"""The language process (newsbot.language_process): quotes and attributions read in a child process
beside the crawl, with nothing lost when the child is."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from scrapy.settings import Settings
from scrapy.signalmanager import SignalManager
from scrapy.statscollectors import MemoryStatsCollector

from newsbot import language_process
from newsbot.cli import Extractor
from newsbot.items import Article
from newsbot.language_process import LanguageProcess, serve, wanted
from newsbot.pipelines.attributions import ExtractAttributionsPipeline
from newsbot.pipelines.quotes import ExtractQuotesPipeline
from newsbot.text.attributions import extract_attributions
from newsbot.text.quotes import extract_quotes
from tests.conftest import crawl_mirror, run_crawl

ROOT = Path(__file__).resolve().parent.parent
MIRROR = ROOT / "fixtures" / "bestnews"

PARAGRAPHS = [
    "Об этом сообщает Bestnews.kz со ссылкой на Минкультуры и информации РК.",
    "«Нас интересует качество, а не количество», — отметила Аида Балаева.",
]


class FakeCrawler:
    """What LanguageProcess and the pipelines use of a crawler: settings, signals, stats."""

    def __init__(self, **settings: Any):
        self.settings = Settings({"NEWSBOT_LANGUAGE_PROCESS": True, **settings})
        self.signals = SignalManager(self)
        self.stats = MemoryStatsCollector(self)  # type: ignore[arg-type]


def article() -> Article:
    return Article(url="https://bestnews.kz/news/1-a", headline="Заголовок", paragraphs=list(PARAGRAPHS))


async def _closed(process: LanguageProcess) -> None:
    await process.close()


def test_setting_values(monkeypatch: pytest.MonkeyPatch) -> None:
    def wanted_for(value: object) -> bool:
        return wanted(Settings({"NEWSBOT_LANGUAGE_PROCESS": value}))

    monkeypatch.setattr(language_process, "usable_cpus", lambda: 1)
    assert wanted_for("auto") is False
    assert wanted(Settings()) is False  # unset: auto
    monkeypatch.setattr(language_process, "usable_cpus", lambda: 2)
    assert wanted_for("auto") is True and wanted_for(" AUTO ") is True and wanted(Settings()) is True
    assert wanted_for(True) is True and wanted_for("true") is True and wanted_for("1") is True
    assert wanted_for(False) is False and wanted_for("False") is False and wanted_for("0") is False
    with pytest.raises(ValueError, match="NEWSBOT_LANGUAGE_PROCESS must be auto, true or false"):
        wanted_for("sometimes")


def test_no_process_when_off() -> None:
    crawler = FakeCrawler(NEWSBOT_LANGUAGE_PROCESS=False)
    assert LanguageProcess.for_crawler(crawler) is None  # type: ignore[arg-type]
    pipeline = ExtractQuotesPipeline(crawler)  # type: ignore[arg-type]
    item = pipeline.process_item(article())  # the article back at once, not an awaitable
    assert isinstance(item, Article) and len(item.quotes) == 1


def test_one_process_per_crawler() -> None:
    crawler = FakeCrawler()
    quotes = ExtractQuotesPipeline(crawler)  # type: ignore[arg-type]
    attributions = ExtractAttributionsPipeline(crawler)  # type: ignore[arg-type]
    assert quotes.language_process is not None and quotes.language_process is attributions.language_process
    assert LanguageProcess.for_crawler(FakeCrawler()) is not quotes.language_process  # type: ignore[arg-type]


def test_runs_in_a_child_and_gives_the_same_records() -> None:
    crawler = FakeCrawler()
    process = LanguageProcess.for_crawler(crawler)  # type: ignore[arg-type]
    assert process is not None

    async def run() -> Any:
        pid = await process.call(os.getpid)
        quotes_here = extract_quotes(PARAGRAPHS, "ru", None)
        quotes_there = await process.call(extract_quotes, PARAGRAPHS, "ru", None)
        attributions_there = await process.call(extract_attributions, PARAGRAPHS, "ru")
        # Several in flight at once come back to their own callers.
        many = await asyncio.gather(*(process.call(len, "x" * n) for n in range(50)))
        await process.close()
        return pid, quotes_here, quotes_there, attributions_there, many

    pid, quotes_here, quotes_there, attributions_there, many = asyncio.run(run())
    assert pid != os.getpid()
    assert quotes_there == quotes_here and quotes_there[0].speaker == "Аида Балаева"
    assert attributions_there == extract_attributions(PARAGRAPHS, "ru")
    assert many == list(range(50))
    assert process._process is not None and process._process.returncode == 0  # closed, exited
    assert crawler.stats.get_value("newsbot/language_process/started") == 1
    assert crawler.stats.get_value("newsbot/language_process/failed") is None


def test_pipelines_through_the_child() -> None:
    crawler = FakeCrawler()
    quotes = ExtractQuotesPipeline(crawler)  # type: ignore[arg-type]
    attributions = ExtractAttributionsPipeline(crawler)  # type: ignore[arg-type]

    async def run() -> Article:
        item = await quotes.process_item(article())
        item = await attributions.process_item(item)
        assert quotes.language_process is not None
        await quotes.language_process.close()
        return item

    item = asyncio.run(run())
    assert [(q.text, q.speaker) for q in item.quotes] == [("Нас интересует качество, а не количество", "Аида Балаева")]
    assert [a.source for a in item.attributions] == ["Минкультуры и информации РК"]
    assert crawler.stats.get_value("newsbot/quotes/found") == 1
    assert crawler.stats.get_value("newsbot/attributions/found") == 1
    assert quotes.process_item("not an article") == "not an article"


def test_an_exception_in_the_child_is_raised_in_the_crawl() -> None:
    process = LanguageProcess.for_crawler(FakeCrawler())  # type: ignore[arg-type]
    assert process is not None

    async def run() -> BaseException:
        with pytest.raises(ValueError, match="invalid literal") as raised:
            await process.call(int, "not a number")
        assert await process.call(int, "7") == 7  # the child goes on
        await process.close()
        return raised.value

    error = asyncio.run(run())
    assert any("Raised in the language process" in note for note in getattr(error, "__notes__", []))


class _Local(Exception):
    def __reduce__(self) -> Any:
        raise TypeError("cannot pickle")


def test_an_unpicklable_exception_comes_back_as_its_traceback() -> None:
    try:
        raise _Local("odd")
    except _Local as exc:
        replaced = language_process._picklable(exc)
    assert isinstance(replaced, RuntimeError) and "_Local: odd" in str(replaced)
    pickle.dumps(replaced)


def test_child_killed_mid_crawl_loses_nothing(caplog: pytest.LogCaptureFixture) -> None:
    crawler = FakeCrawler()
    process = LanguageProcess.for_crawler(crawler)  # type: ignore[arg-type]
    assert process is not None

    async def run() -> tuple[int, list[Any], int]:
        child = await process.call(os.getpid)
        in_flight = [asyncio.ensure_future(process.call(time.sleep, 0.3)) for _ in range(3)]
        in_flight.append(asyncio.ensure_future(process.call(extract_quotes, PARAGRAPHS, "ru", None)))
        await asyncio.sleep(0.1)
        os.kill(child, signal.SIGKILL)
        answers = await asyncio.gather(*in_flight)
        after = await process.call(os.getpid)
        await process.close()
        return child, answers, after

    with caplog.at_level(logging.ERROR, logger="newsbot.language_process"):
        _child, answers, after = asyncio.run(run())
    assert answers[:3] == [None, None, None]
    assert answers[3] == extract_quotes(PARAGRAPHS, "ru", None)
    assert after == os.getpid()  # from then on, in the crawl's process
    assert crawler.stats.get_value("newsbot/language_process/failed") == 1
    assert "Language process failed, it exited with status -9" in caplog.text


def test_a_child_that_cannot_start_leaves_the_work_here(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(asyncio, "create_subprocess_exec", refuse)
    crawler = FakeCrawler()
    process = LanguageProcess.for_crawler(crawler)  # type: ignore[arg-type]
    assert process is not None

    async def run() -> list[int]:
        return list(await asyncio.gather(process.call(os.getpid), process.call(os.getpid)))

    with caplog.at_level(logging.ERROR, logger="newsbot.language_process"):
        assert asyncio.run(run()) == [os.getpid(), os.getpid()]
    assert crawler.stats.get_value("newsbot/language_process/failed") == 1
    assert "could not start it" in caplog.text and "Too many open files" in caplog.text


def test_an_event_loop_without_pipes_leaves_the_work_here(monkeypatch: pytest.MonkeyPatch) -> None:
    async def unsupported(*args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # a Windows selector loop has no subprocess pipes

    monkeypatch.setattr(asyncio, "create_subprocess_exec", unsupported)
    crawler = FakeCrawler()
    process = LanguageProcess.for_crawler(crawler)  # type: ignore[arg-type]
    assert process is not None
    assert asyncio.run(process.call(os.getpid)) == os.getpid()
    assert crawler.stats.get_value("newsbot/language_process/failed") == 1


def test_without_an_asyncio_loop_the_work_stays_here(caplog: pytest.LogCaptureFixture) -> None:
    """Another TWISTED_REACTOR than the asyncio one: Scrapy runs the coroutine with no asyncio loop."""
    crawler = FakeCrawler()
    process = LanguageProcess.for_crawler(crawler)  # type: ignore[arg-type]
    assert process is not None
    coroutine = process.call(os.getpid)
    with caplog.at_level(logging.ERROR, logger="newsbot.language_process"), pytest.raises(StopIteration) as done:
        coroutine.send(None)  # as a Deferred drives it: no event loop running
    assert done.value.value == os.getpid()
    assert "the crawl runs no asyncio event loop" in caplog.text
    assert crawler.stats.get_value("newsbot/language_process/failed") == 1


def test_child_loop_answers_in_order_and_stops_at_the_end_of_its_input() -> None:
    import io

    requests = io.BytesIO()
    for call in [(len, ("abc",)), (int, ("x",)), (max, (2, 9))]:
        payload = pickle.dumps(call)
        requests.write(language_process._HEADER.pack(len(payload)) + payload)
    requests.seek(0)
    answers = io.BytesIO()
    serve(requests, answers)  # returns at the end of the input
    answers.seek(0)
    read = []
    while header := answers.read(4):
        (size,) = language_process._HEADER.unpack(header)
        read.append(pickle.loads(answers.read(size)))
    assert read[0] == (True, 3) and read[2] == (True, 9)
    assert read[1][0] is False and isinstance(read[1][1], ValueError)


def test_the_child_outlives_a_ctrl_c_until_its_input_closes() -> None:
    process = LanguageProcess.for_crawler(FakeCrawler())  # type: ignore[arg-type]
    assert process is not None

    async def run() -> tuple[int, int | None]:
        child = await process.call(os.getpid)
        os.kill(child, signal.SIGINT)
        os.kill(child, signal.SIGTERM)
        assert await process.call(len, "still here") == 10
        await process.close()
        assert process._process is not None
        return child, process._process.returncode

    _child, code = asyncio.run(run())
    assert code == 0


def test_newsbot_extract_reads_in_its_own_process() -> None:
    extractor = Extractor()
    quotes = next(p for p in extractor.pipelines if isinstance(p, ExtractQuotesPipeline))
    assert quotes.language_process is None


def test_crawl_records_are_the_same_with_and_without_the_child(tmp_path: Path) -> None:
    def records(crawl: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return {r["url"]: {k: v for k, v in r.items() if k != "crawled_at"} for r in crawl["records"]}

    (tmp_path / "child").mkdir()
    (tmp_path / "here").mkdir()
    child = crawl_mirror(tmp_path / "child", MIRROR, "-s", "NEWSBOT_LANGUAGE_PROCESS=True")
    here = crawl_mirror(tmp_path / "here", MIRROR, "-s", "NEWSBOT_LANGUAGE_PROCESS=False")
    for crawl in (child, here):
        assert crawl["result"].returncode == 0, crawl["result"].stderr[-3000:]
    assert child["report"]["stats"]["newsbot/language_process/started"] == 1
    assert "newsbot/language_process/started" not in here["report"]["stats"]
    assert "newsbot/language_process/failed" not in child["report"]["stats"]
    assert len(child["records"]) == 42 and sum(len(r["quotes"]) for r in child["records"]) > 0
    assert records(child) == records(here)


def test_a_setting_that_makes_no_sense_is_a_usage_error(tmp_path: Path) -> None:
    result = run_crawl(
        tmp_path, "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", "NEWSBOT_STATE=", "-s", "NEWSBOT_LANGUAGE_PROCESS=maybe"
    )
    assert result.returncode == 2
    assert "error: NEWSBOT_LANGUAGE_PROCESS must be auto, true or false, not 'maybe'" in result.stderr
    assert "Traceback" not in result.stderr


def _children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append((int(entry.name), cmdline))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the child through /proc")
def test_a_crawl_whose_language_process_is_killed_exports_every_article(tmp_path: Path) -> None:
    """The child SIGKILLed as soon as it appears (the OOM killer's way): the crawl goes on in its
    own process, exports all 42 articles with their quotes, and still succeeds; the log and the
    stats say what happened."""
    (tmp_path / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    cmd = [
        sys.executable, "-m", "scrapy", "crawl", "bestnews", "-s", f"NEWSBOT_REPLAY={MIRROR}",
        "-s", "NEWSBOT_LANGUAGE_PROCESS=True", "-s", "NEWSBOT_STATE=", "-s", "NEWSBOT_STATS_FILE=stats.json",
        # one response at a time, a little apart: the child is killed with most articles to come
        "-s", "DOWNLOAD_DELAY=0.05", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        "-O", "out.jsonl",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    crawl = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 60
    while killed is None and crawl.poll() is None and time.monotonic() < deadline:
        for pid, cmdline in _children(crawl.pid):
            if "newsbot.language_process" in cmdline:
                os.kill(pid, signal.SIGKILL)
                killed = pid
        time.sleep(0.005)
    _out, err = crawl.communicate(timeout=300)
    assert killed is not None, "the crawl never started its language process"
    assert crawl.returncode == 0, err[-3000:]
    stats = json.loads((tmp_path / "stats.json").read_text())["stats"]
    assert stats["newsbot/language_process/failed"] == 1
    assert "Language process failed, it exited with status -9" in err
    assert "language process:     failed; quotes and attributions read in the crawl's process" in err
    assert "newsbot summary [bestnews]: OK" in err
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(records) == 42
    assert sum(len(r["quotes"]) for r in records) == stats["newsbot/quotes/found"] > 0
