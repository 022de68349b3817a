"""Two worker processes on one crawl through a real redis-server (scrapy-redis): every mirror
article exported exactly once across both, and a killed worker's share finished by the other.

CI (.ci/run) starts redis-server and sets NEWSBOT_TEST_REDIS_URL; without it the tests start their
own redis-server from PATH on a free loopback port.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
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


def start_worker(workdir: Path, redis_url: str, delay: float) -> subprocess.Popen[bytes]:
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    cmd = [
        sys.executable, "-m", "scrapy", "crawl", "bestnews",
        "-s", f"NEWSBOT_REPLAY={MIRROR}", "-s", f"REDIS_URL={redis_url}",
        "-s", f"DOWNLOAD_DELAY={delay}", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "NEWSBOT_WORKER_TTL=2",
        "-s", "NEWSBOT_STATS_FILE=stats.json", "-s", "LOG_FILE=crawl.log",
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
