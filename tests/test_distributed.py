"""Two worker processes on one crawl through a real redis-server (scrapy-redis): every mirror
article exported exactly once across both, and a killed worker's share finished by the other.

CI (.ci/run) starts redis-server and sets NEWSBOT_TEST_REDIS_URL; without it the tests start their
own redis-server from PATH on a free loopback port.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import redis

from tests.conftest import MIRROR, ROOT, expected_cases, read_jsonl

ALL_URLS = {json.loads(p.read_text(encoding="utf-8"))["url"] for p in expected_cases()}


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if url := os.environ.get("NEWSBOT_TEST_REDIS_URL"):
        yield url
        return
    binary = shutil.which("redis-server")
    assert binary, "redis-server is needed (Debian package redis-server; .ci/run installs it)"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    workdir = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}"
    for _ in range(100):
        try:
            redis.Redis.from_url(url).ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def redis_url(redis_server: str, request: pytest.FixtureRequest) -> str:
    """A fresh database for each test."""
    database = {"test_two_workers_export_every_article_once": 1}.get(request.node.name, 2)
    url = f"{redis_server.rstrip('/')}/{database}"
    redis.Redis.from_url(url).flushdb()
    return url


# Runs `scrapy crawl ...` in a worker that SIGKILLs itself right after its article feed is renamed
# into place, before the run is committed in Redis: the few milliseconds a real kill rarely hits.
DIE_AFTER_STORING = """
import os, signal, sys
from newsbot import feeds
store = feeds.AtomicFileFeedStorage.store
def store_then_die(self, file):
    store(self, file)
    if feeds.feeds_articles(self.feed_options):
        os.kill(os.getpid(), signal.SIGKILL)
feeds.AtomicFileFeedStorage.store = store_then_die
from scrapy.cmdline import execute
execute(["scrapy", *sys.argv[1:]])
"""


def start_worker(
    workdir: Path,
    redis_url: str,
    delay: float,
    *,
    die_after_storing: bool = False,
    mirror: Path = MIRROR,
    extra: tuple[str, ...] = (),
) -> subprocess.Popen[bytes]:
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    runner = ["-c", DIE_AFTER_STORING] if die_after_storing else ["-m", "scrapy"]
    cmd = [
        sys.executable, *runner, "crawl", "bestnews",
        "-s", f"NEWSBOT_REPLAY={mirror}", "-s", f"REDIS_URL={redis_url}",
        "-s", f"DOWNLOAD_DELAY={delay}", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "NEWSBOT_WORKER_TTL=2",
        "-s", "NEWSBOT_STATS_FILE=stats.json", "-s", "LOG_FILE=crawl.log", *extra,
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(cmd, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def read_jsonl_if_any(path: Path) -> list[dict[str, Any]]:
    return read_jsonl(path) if path.exists() else []


def records(*workdirs: Path) -> list[dict[str, Any]]:
    found = []
    for workdir in workdirs:
        for path in (workdir / "data" / "bestnews").glob("2*.jsonl"):
            found += read_jsonl(path)
    return found


def test_two_workers_export_every_article_once(tmp_path: Path, redis_url: str) -> None:
    # Slow enough (64 pages at 0.2 s, ~13 s for one worker) that both take part: a worker whose seeds
    # the other already queued has nothing local, and Scrapy's engine asks the scheduler for work
    # again only at its 5-second heartbeat.
    a = start_worker(tmp_path / "a", redis_url, delay=0.2)
    b = start_worker(tmp_path / "b", redis_url, delay=0.2)
    assert a.wait(timeout=300) == 0, (tmp_path / "a" / "crawl.log").read_text()[-3000:]
    assert b.wait(timeout=300) == 0, (tmp_path / "b" / "crawl.log").read_text()[-3000:]
    counts = Counter(r["url"] for r in records(tmp_path / "a", tmp_path / "b"))
    assert set(counts) == ALL_URLS
    assert set(counts.values()) == {1}
    shares = [len(records(tmp_path / w)) for w in ("a", "b")]
    assert all(shares), f"both workers must take part: {shares}"
    # Both workers meet the tag cloud; one snapshot line is written between them.
    snapshots = [
        line for w in ("a", "b") for line in read_jsonl_if_any(tmp_path / w / "data" / "bestnews" / "tag_cloud.jsonl")
    ]
    assert len(snapshots) == 1, snapshots
    assert len(snapshots[0]["tags"]) == 30
    for worker in ("a", "b"):
        log = (tmp_path / worker / "crawl.log").read_text()
        assert "inc_value() is deprecated" not in log  # scrapy-redis's per-request warning is filtered


def test_workers_share_a_sites_crawl_delay(tmp_path: Path, redis_url: str) -> None:
    """Each worker kept robots.txt's Crawl-delay in its own downloader, so two workers sent twice
    as many requests as the site asked for. They take turns through Redis now: the responses of
    the two, merged, are one delay apart. The turns are exact on Redis's clock; a request goes out
    when its worker's event loop wakes up for it, which on a loaded machine may be some tens of
    milliseconds late (one CI run saw 35 ms), and the gap after a late one is that much shorter:
    so each gap is held to the delay less 60 ms, and the median gap to the delay."""
    mirror = tmp_path / "mirror"
    shutil.copytree(MIRROR, mirror)
    robots = (mirror / "robots.txt").read_text(encoding="utf-8")
    (mirror / "robots.txt").write_text(robots.replace("User-agent: *\n", "User-agent: *\nCrawl-delay: 0.15\n", 1))
    times = tmp_path / "times.txt"
    extra = (
        "-s",
        'SPIDER_MIDDLEWARES={"tests.response_times.ResponseTimes": 0}',
        "-s",
        f"NEWSBOT_TEST_RESPONSE_TIMES={times}",
    )
    workers = {name: start_worker(tmp_path / name, redis_url, delay=0, mirror=mirror, extra=extra) for name in "ab"}
    for name, worker in workers.items():
        assert worker.wait(timeout=300) == 0, (tmp_path / name / "crawl.log").read_text()[-3000:]
    counts = Counter(r["url"] for r in records(tmp_path / "a", tmp_path / "b"))
    assert set(counts) == ALL_URLS and set(counts.values()) == {1}
    stats = [json.loads((tmp_path / name / "stats.json").read_text(encoding="utf-8"))["stats"] for name in "ab"]
    assert all(s["newsbot/robots/crawl_delay/bestnews.kz"] == 0.15 for s in stats)
    assert all(s.get("downloader/response_count", 0) > 2 for s in stats), "both workers must take part"
    assert sum(s.get("newsbot/distributed/paced", 0) for s in stats) > 0
    # Each worker's robots.txt is fetched before it knows the delay; every other response counts.
    moments = sorted(float(line.split()[0]) for line in times.read_text().splitlines() if "robots.txt" not in line)
    gaps = [later - earlier for earlier, later in pairwise(moments)]
    assert len(moments) >= len(ALL_URLS)
    assert min(gaps) >= 0.15 - 0.06, sorted(gaps)[:5]  # before: 0.02 s
    assert statistics.median(gaps) >= 0.15 * 0.98, statistics.median(gaps)
    # No more requests in any stretch of time than one worker keeping the delay would send.
    span = moments[-1] - moments[0]
    assert len(moments) - 1 <= span / 0.15 + 1


def test_a_killed_worker_share_is_finished_by_the_other(tmp_path: Path, redis_url: str) -> None:
    # The victim starts first and works slowly, so it holds taken requests when it dies.
    victim = start_worker(tmp_path / "victim", redis_url, delay=0.3)
    time.sleep(4)
    survivor = start_worker(tmp_path / "survivor", redis_url, delay=0.05)
    time.sleep(2)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert survivor.wait(timeout=300) == 0, (tmp_path / "survivor" / "crawl.log").read_text()[-3000:]
    stats = json.loads((tmp_path / "survivor" / "stats.json").read_text(encoding="utf-8"))["stats"]
    assert stats["newsbot/distributed/requeued"] >= 1
    counts = Counter(r["url"] for r in records(tmp_path / "victim", tmp_path / "survivor"))
    assert set(counts) == ALL_URLS
    assert set(counts.values()) == {1}
    assert not list((tmp_path / "victim" / "data" / "bestnews").glob("2*.jsonl"))  # killed: nothing half-written


def test_a_worker_killed_after_storing_its_file_is_not_exported_again(tmp_path: Path, redis_url: str) -> None:
    # The victim dies between renaming its file into place and committing its run in Redis. Its
    # records must not be exported again: its file holds them. A worker that starts before the
    # victim's heartbeat expires (it still looks alive) counts them as exported; the first worker
    # on the same machine that finds it dead reads the file and settles the run.
    server = redis.Redis.from_url(redis_url)
    victim = start_worker(tmp_path / "victim", redis_url, delay=0.2, die_after_storing=True)
    survivor = start_worker(tmp_path / "survivor", redis_url, delay=0.2)
    assert victim.wait(timeout=300) == -signal.SIGKILL
    assert survivor.wait(timeout=300) == 0, (tmp_path / "survivor" / "crawl.log").read_text()[-3000:]
    victims = records(tmp_path / "victim")
    assert victims, "the victim must have stored its share before it died"
    early = start_worker(tmp_path / "early", redis_url, delay=0.0)
    assert early.wait(timeout=300) == 0, (tmp_path / "early" / "crawl.log").read_text()[-3000:]
    for _ in range(100):  # the victim's heartbeat expires (NEWSBOT_WORKER_TTL=2)
        if not server.keys("bestnews:worker:*"):
            break
        time.sleep(0.1)
    later = start_worker(tmp_path / "later", redis_url, delay=0.0)
    assert later.wait(timeout=300) == 0, (tmp_path / "later" / "crawl.log").read_text()[-3000:]
    # The dead worker is settled before the later worker decides: it starts a new crawl, not an
    # empty continuation of the old one.
    assert "Starting a new distributed crawl" in (tmp_path / "later" / "crawl.log").read_text()
    workers = ("victim", "survivor", "early", "later")
    counts = Counter(r["url"] for r in records(*(tmp_path / w for w in workers)))
    assert set(counts) == ALL_URLS
    assert set(counts.values()) == {1}, [url for url, n in counts.items() if n > 1]
    logs = "".join((tmp_path / w / "crawl.log").read_text() for w in workers[1:])
    assert f"{len(victims)} of its {len(victims)} records were in its output file and are kept" in logs
    assert server.hlen("bestnews:state:articles") == len(ALL_URLS)
    leftovers = ("bestnews:taken:*", "bestnews:state:pending:*", "bestnews:state:storing", "bestnews:state:runs")
    assert not [key for pattern in leftovers for key in server.keys(pattern)]


def test_a_worker_that_died_storing_on_another_machine_is_left_to_that_machine(redis_url: str) -> None:
    from newsbot.distributed import RedisArticleStore

    server = redis.Redis.from_url(redis_url)
    store = RedisArticleStore(server, "bestnews")
    elsewhere, here = "other-host-7-1700000000", f"{socket.gethostname()}-7-1700000000"
    url = "https://bestnews.kz/news/1-x"
    for worker in (elsewhere, here):
        run = {"started_at": "2026-11-27T10:00:00+00:00", "outputs": ["/nowhere/run.jsonl"], "worker": worker}
        server.hset("bestnews:state:runs", f"run-{worker}", json.dumps({**run, "storing": False}))
    store.add_pending(f"run-{here}", url, "sha256:1", 1, None, None, [])
    assert not store.stored_elsewhere(elsewhere)  # killed while crawling: any worker gives its requests back
    assert store.known(url) is None
    store.storing(f"run-{elsewhere}")
    store.storing(f"run-{here}")
    assert store.stored_elsewhere(elsewhere)  # only a worker on other-host can read its file
    assert not store.stored_elsewhere(here)
    known = store.known(url)  # being stored: no other worker exports it meanwhile
    assert known is not None and known.content_hash == "sha256:1"
    assert store.settle(here)  # its file is not there: its requests are crawled again
    assert store.known(url) is None and not server.exists("bestnews:state:pending:run-" + here)

    # A scheduler leaves the other machine's dead worker alone (and does not wait for it), and takes
    # this machine's.
    from types import SimpleNamespace

    from newsbot.distributed import Scheduler, worker_id

    scheduler = Scheduler.__new__(Scheduler)
    scheduler.server, scheduler.spider, scheduler.worker = server, SimpleNamespace(name="bestnews"), worker_id()
    scheduler.store, scheduler.left_elsewhere = store, set()
    server.hset(f"bestnews:taken:{elsewhere}", "fingerprint", "{}")
    assert scheduler._dead_workers() == [] and not scheduler.others_working()
    server.hset(f"bestnews:taken:{here}", "fingerprint", "{}")
    assert scheduler._dead_workers() == [here] and scheduler.others_working()


def test_one_worker_exports_each_tag_cloud_change(redis_url: str) -> None:
    from newsbot.distributed import RedisArticleStore, heartbeat_key, worker_id

    server = redis.Redis.from_url(redis_url)
    store = RedisArticleStore(server, "bestnews")
    other = heartbeat_key("bestnews", "other-host-1-1")
    claim = "bestnews:state:snapshot-claim:bestnews.kz:old:new"
    server.set(other, "busy", px=60_000)  # a live worker holds the claim
    server.set(claim, other)
    assert not store.claim_snapshot("bestnews.kz", "old", "new")
    server.delete(other)  # it died before committing: its heartbeat expires
    assert store.claim_snapshot("bestnews.kz", "old", "new")
    assert server.get(claim) == heartbeat_key("bestnews", worker_id()).encode()
    assert store.claim_snapshot("bestnews.kz", "old", "new")  # still ours
    assert store.claim_snapshot("bestnews.kz", None, "first")  # a first cloud is claimed too
    store.set_snapshot_digest("bestnews.kz", "new", "2026-11-27T10:00:00+05:00")
    assert store.snapshot_digest("bestnews.kz") == "new"
    assert not server.keys("bestnews:state:snapshot-claim:bestnews.kz:*")  # committed: claims end


def _start_worker(tmp_path: Path, redis_url: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "bestnews", "-s", f"NEWSBOT_REPLAY={MIRROR}",
         "-s", f"REDIS_URL={redis_url}"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_worker_that_cannot_reach_redis_says_so_and_does_not_start(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = _start_worker(tmp_path, f"redis://:secret@127.0.0.1:{port}")
    assert result.returncode == 2  # could not start: a usage error, said in one line
    assert f"error: Redis cannot be reached (Error 111 connecting to 127.0.0.1:{port}." in result.stderr
    assert "Traceback" not in result.stderr
    assert "secret" not in result.stderr  # the URL's password is not logged


def test_a_worker_given_something_that_is_not_a_redis_url_says_so_and_does_not_start(tmp_path: Path) -> None:
    result = _start_worker(tmp_path, "127.0.0.1:6379")  # the scheme forgotten
    assert result.returncode == 2
    assert "error: REDIS_URL is not a Redis URL (Redis URL must specify one of the following schemes" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_worker_that_cannot_take_its_turn_keeps_its_own_pace() -> None:
    """Redis gone mid-crawl: the download goes ahead at the worker's own pace (its downloader
    still keeps the delay), with a warning and a counter, rather than failing."""
    import asyncio
    from types import SimpleNamespace

    from redis.exceptions import ConnectionError as RedisConnectionError
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from newsbot.distributed import SitePace

    def unreachable(**_: Any) -> str:
        raise RedisConnectionError("Connection refused")

    crawler = get_crawler()
    slots = {"bestnews.kz": {"delay": 0.5}}
    downloader = SimpleNamespace(per_slot_settings=slots, get_slot_key=lambda request: "bestnews.kz")
    crawler.engine = SimpleNamespace(downloader=downloader)  # type: ignore[assignment]
    pace = SitePace(crawler, SimpleNamespace(register_script=lambda script: unreachable))
    started = time.perf_counter()
    asyncio.run(pace.wait_turn(Request("https://bestnews.kz/kazakhstan/1-a")))
    assert time.perf_counter() - started < 0.1
    assert crawler.stats.get_value("newsbot/distributed/pace_unavailable") == 1


def test_a_last_worker_that_cannot_reach_redis_to_settle_the_crawls_reads_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Redis gone as the last worker stops: a warning and a counter; the worker's stop goes on."""
    from types import SimpleNamespace

    from redis.exceptions import ConnectionError as RedisConnectionError
    from scrapy.utils.test import get_crawler

    from newsbot.distributed import Scheduler

    def unreachable(*_: Any, **__: Any) -> None:
        raise RedisConnectionError("Connection refused")

    scheduler = Scheduler.__new__(Scheduler)
    scheduler.spider = SimpleNamespace(name="bestnews")
    scheduler.server = SimpleNamespace(lock=unreachable)
    scheduler.stats = get_crawler().stats
    with caplog.at_level(logging.WARNING, logger="newsbot.distributed"):
        scheduler._end_crawl_if_last()
    assert "Could not settle the crawl's reads of sitemaps and feeds in Redis (Connection refused)" in caplog.text
    assert scheduler.stats.get_value("newsbot/distributed/reads_unsettled") == 1


def test_the_shared_store_keeps_the_retry_list_and_the_listings(redis_url: str) -> None:
    from datetime import UTC, date, datetime

    from newsbot.distributed import RedisArticleStore
    from newsbot.state import WHOLE

    store = RedisArticleStore(redis.Redis.from_url(redis_url), "bestnews")
    url = "https://bestnews.kz/kazakhstan/1-a"
    store.note_failed(url, datetime(2026, 11, 27, 5, tzinfo=UTC), "http_503")
    store.note_failed(url, None, "download_error")
    assert store.failed() == [(url, datetime(2026, 11, 27, 5, tzinfo=UTC), 2)]
    store.forget_failed(url)
    assert store.failed() == []
    sport, vlast = "https://bestnews.kz/sport", "https://bestnews.kz/vlast"
    assert store.listing_read_down_to(sport) is None
    store.remember_listings({sport: date(2025, 1, 1)})
    assert store.listing_read_down_to(sport) == date(2025, 1, 1)
    store.remember_listings({sport: date(2025, 6, 1)})  # not as far down: the deeper read stands
    assert store.listing_read_down_to(sport) == date(2025, 1, 1)
    store.remember_listings({sport: WHOLE})
    store.remember_listings({sport: date(2025, 6, 1)})
    assert store.listing_read_down_to(sport) == WHOLE
    store.server.hset(store._k("listings"), vlast, "2026-11-27T05:00:00+00:00")  # noted by an older newsbot
    assert store.listing_read_down_to(vlast) == WHOLE


def test_the_shared_store_keeps_the_reads_of_sitemaps_and_feeds_only_when_a_crawl_ends_well(redis_url: str) -> None:
    from datetime import UTC, date, datetime

    from newsbot.conditional import Validators
    from newsbot.distributed import RedisArticleStore

    store = RedisArticleStore(redis.Redis.from_url(redis_url), "bestnews")
    sitemap, feed = "https://bestnews.kz/sitemap-1.xml", "https://bestnews.kz/novosti?format=feed&type=rss"
    november, later = datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 20, tzinfo=UTC)
    # One worker's reads wait for the end of the crawl: other workers may still be fetching their articles.
    store.remember_sitemaps({sitemap: november})
    store.remember_validators({feed: Validators('"f1"', None)})
    assert store.sitemap_lastmod(sitemap) is None and store.validators(feed) is None
    assert store.end_crawl() == (2, None)
    assert store.sitemap_lastmod(sitemap) == november and store.validators(feed) == Validators('"f1"', None)
    # A worker whose run failed spoils the crawl's reads; the next crawl starts afresh.
    store.remember_sitemaps({sitemap: later})
    store.spoil_reads("the run failed (lead on 48% of articles, below its floor of 100%)")
    assert store.end_crawl() == (0, "the run failed (lead on 48% of articles, below its floor of 100%)")
    assert store.sitemap_lastmod(sitemap) == november
    store.remember_validators({feed: None})  # served without validators now: those kept are forgotten
    assert store.end_crawl() == (0, None)
    assert store.validators(feed) is None
    # A crawl from a date on: its reads count for that date and later ones, not for a whole read.
    store.remember_sitemaps({sitemap: later}, date(2026, 11, 1))
    assert store.end_crawl() == (1, None)
    assert store.sitemap_lastmod(sitemap, date(2026, 11, 15)) == later
    assert store.sitemap_lastmod(sitemap) is None and store.sitemap_lastmod(sitemap, date(2026, 10, 1)) is None


def _stats(workdir: Path) -> dict[str, Any]:
    stats: dict[str, Any] = json.loads((workdir / "stats.json").read_text(encoding="utf-8"))["stats"]
    return stats


def test_workers_skip_what_an_earlier_crawl_read_unchanged_once_it_ended_well(tmp_path: Path, redis_url: str) -> None:
    """Workers fetched every sitemap of an index and every feed whole on every crawl. Now what a
    crawl read is kept when the crawl is over and every worker's run said OK: the next crawl skips
    the unchanged sitemaps and gets a 304 for the unchanged feed, as a single worker does."""
    from tests.test_incremental import FEED, split_sitemap, stamp_validators

    mirror = tmp_path / "mirror"
    shutil.copytree(MIRROR, mirror)
    split_sitemap(mirror)
    stamp_validators(mirror)
    server = redis.Redis.from_url(redis_url)
    fast = ("-s", "AUTOTHROTTLE_ENABLED=False")
    a = start_worker(tmp_path / "a", redis_url, delay=0.1, mirror=mirror, extra=fast)
    b = start_worker(tmp_path / "b", redis_url, delay=0.1, mirror=mirror, extra=fast)
    assert a.wait(timeout=300) == 0, (tmp_path / "a" / "crawl.log").read_text()[-3000:]
    assert b.wait(timeout=300) == 0, (tmp_path / "b" / "crawl.log").read_text()[-3000:]
    assert Counter(r["url"] for r in records(tmp_path / "a", tmp_path / "b")) == Counter(ALL_URLS)
    kept = {_text_of(k) for k in server.hkeys("bestnews:state:sitemaps")}
    assert kept == {"https://bestnews.kz/sitemap-1.xml", "https://bestnews.kz/sitemaps/2.xml"}
    assert FEED in {_text_of(k) for k in server.hkeys("bestnews:state:validators")}
    assert not server.exists("bestnews:state:pending-sitemaps", "bestnews:state:pending-validators")
    logs = [(tmp_path / w / "crawl.log").read_text() for w in ("a", "b")]
    assert sum("reads of sitemaps and feeds kept for later crawls" in log for log in logs) == 1  # the last one out

    c = start_worker(tmp_path / "c", redis_url, delay=0, mirror=mirror, extra=fast)
    assert c.wait(timeout=300) == 0, (tmp_path / "c" / "crawl.log").read_text()[-3000:]
    stats = _stats(tmp_path / "c")
    # Its two sitemaps are skipped as unchanged, or the index itself is not modified (304), when
    # one worker read the index and both its sitemaps (which worker reads what is up to the queue).
    index_spared = stats["newsbot/conditional/not_modified"] == 2  # the feed and the index
    assert stats["newsbot/conditional/not_modified"] in (1, 2)  # the feed at least
    assert stats.get("newsbot/sitemaps/skipped_unchanged", 0) == (0 if index_spared else 2)
    assert "newsbot/sitemaps/listed" not in stats or not index_spared
    assert not records(tmp_path / "c")


def test_a_failed_worker_run_keeps_the_crawls_reads_from_sparing_the_next_crawl(tmp_path: Path, redis_url: str) -> None:
    from tests.test_incremental import split_sitemap

    mirror = tmp_path / "mirror"
    shutil.copytree(MIRROR, mirror)
    split_sitemap(mirror)
    server = redis.Redis.from_url(redis_url)
    failing = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", 'NEWSBOT_COVERAGE_FLOORS={"lead": 1.0}')
    a = start_worker(tmp_path / "a", redis_url, delay=0, mirror=mirror, extra=failing)
    assert a.wait(timeout=300) == 1  # lead on 48% of articles, below its floor
    assert not server.exists(
        "bestnews:state:sitemaps", "bestnews:state:pending-sitemaps", "bestnews:state:reads-spoiled"
    )
    assert (
        "its reads of sitemaps and feeds are not kept, as a worker's run was not OK: the run failed"
        in (tmp_path / "a" / "crawl.log").read_text()
    )
    b = start_worker(tmp_path / "b", redis_url, delay=0, mirror=mirror, extra=("-s", "AUTOTHROTTLE_ENABLED=False"))
    assert b.wait(timeout=300) == 0, (tmp_path / "b" / "crawl.log").read_text()[-3000:]
    stats = _stats(tmp_path / "b")
    assert "newsbot/sitemaps/skipped_unchanged" not in stats  # read again
    assert server.hlen("bestnews:state:sitemaps") == 2


def _text_of(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
