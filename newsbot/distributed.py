"""Several workers, one crawl: scrapy-redis with the gaps newsbot needs closed.

With ``REDIS_URL`` set, the add-on switches a crawl to :class:`Scheduler` (scrapy-redis's shared
queue and duplicate filter, ``SCHEDULER_PERSIST`` on) and the incremental store to
:class:`RedisArticleStore`. What plain scrapy-redis 0.9.1 gets wrong, and what is done about it:

- A killed worker loses the requests it had popped (at-most-once). Here every request a worker takes
  is also kept in ``<spider>:taken:<worker>`` until the worker's feed is stored; each worker keeps a
  heartbeat key alive, and a worker that finds a taken-set whose heartbeat has expired moves its
  requests back to the shared queue (one worker wins the move: ``RENAME`` is atomic).
- The first worker to go idle would end the crawl for all with ``SCHEDULER_PERSIST`` off: it is on.
  An idle worker also stays up while other workers are alive or dead workers' requests wait to be
  given back, so a survivor finishes a dead worker's share.
- Requests are serialized as JSON, not pickled: nothing read from the network is unpickled.
- scrapy-redis passes ``spider=`` to the stats collector on every request, which Scrapy 2.19
  deprecates with one warning per request: that warning is filtered (see :func:`quiet_scrapy_redis`).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import socket
import time
import warnings
from datetime import datetime
from functools import cache
from typing import Any

from redis.exceptions import ResponseError, WatchError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, ScrapyDeprecationWarning
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet import task

from newsbot.state import Known, parse_instant, utc_text, worth_fetching

logger = logging.getLogger(__name__)


def quiet_scrapy_redis() -> None:
    """scrapy-redis 0.9.1 calls ``stats.inc_value(..., spider=...)`` for every request; Scrapy 2.19
    deprecates the argument. The call still works; one warning per request would drown the log."""
    warnings.filterwarnings(
        "ignore",
        category=ScrapyDeprecationWarning,
        message=r"Passing a 'spider' argument to \w*StatsCollector\.inc_value\(\)",
    )


# -- JSON serializer for the shared queue (scrapy-redis's SCHEDULER_SERIALIZER) ----------------
# A serialized request holds bytes (body, header names and values); JSON gets them as base64.
def _to_json(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"__b64__": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: _to_json(v) for k, v in value.items()}
        return {"__pairs__": [[_to_json(k), _to_json(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__b64__"}:
            return base64.b64decode(value["__b64__"])
        if set(value) == {"__pairs__"}:
            return {_from_json(k): _from_json(v) for k, v in value["__pairs__"]}
        return {k: _from_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value


def dumps(obj: Any) -> str:
    return json.dumps(_to_json(obj), ensure_ascii=False)


def loads(data: str | bytes) -> Any:
    return _from_json(json.loads(data))


def _text(value: Any) -> str | None:
    return value.decode() if isinstance(value, bytes) else value


@cache
def worker_id() -> str:
    """This process's name among the workers (one crawl per process, as ``scrapy crawl`` runs)."""
    return f"{socket.gethostname()}-{os.getpid()}-{int(time.time())}"


def worker_key(spider: str, kind: str, worker: str) -> str:
    """A worker's own key: ``worker`` is its heartbeat (see :meth:`Scheduler._beat`), ``taken`` the
    requests it holds."""
    return f"{spider}:{kind}:{worker}"


def heartbeat_key(spider: str, worker: str) -> str:
    """The key a live worker keeps refreshing (see :meth:`Scheduler._beat`)."""
    return worker_key(spider, "worker", worker)


class Scheduler(RedisScheduler):
    """scrapy-redis scheduler with at-least-once delivery across workers (see module docstring)."""

    crawler: Any
    worker: str
    ttl: float
    heartbeat: task.LoopingCall | None
    state: str

    @classmethod
    def from_crawler(cls, crawler: Any) -> Scheduler:
        quiet_scrapy_redis()
        instance: Scheduler = super().from_crawler(crawler)
        instance.crawler = crawler
        instance.worker = worker_id()
        instance.ttl = crawler.settings.getfloat("NEWSBOT_WORKER_TTL")
        instance.heartbeat = None
        instance.state = "busy"
        crawler.signals.connect(instance.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(instance.engine_stopped, signal=signals.engine_stopped)
        return instance

    # keys
    def _key(self, kind: str, worker: str | None = None) -> str:
        return worker_key(self.spider.name, kind, worker or self.worker)

    def open(self, spider: Any) -> None:
        super().open(spider)
        # Joining a crawl in progress, or starting a new one? Decided under a lock, so two workers
        # started together agree. A new crawl starts with an empty duplicate filter: the state
        # store, not the filter, remembers what earlier crawls exported.
        with self.server.lock(f"{spider.name}:open-lock", timeout=30, blocking_timeout=30):
            if not self.others_working() and len(self.queue) == 0:
                self.df.clear()
                logger.info("Starting a new distributed crawl of %s", spider.name)
            self._beat()
        self.heartbeat = task.LoopingCall(self._beat)
        self.heartbeat.start(max(self.ttl / 3, 0.5), now=False)
        given_back = self.requeue_dead()
        logger.info("Worker %s joined the crawl of %s (%d requests queued, %d given back from dead workers)",
                    self.worker, spider.name, len(self.queue), given_back)  # fmt: skip

    def _beat(self) -> None:
        """Refresh this worker's key: its value says whether it has work ("busy") or not ("idle")."""
        self.server.set(self._key("worker"), self.state, px=int(self.ttl * 1000))

    def next_request(self) -> Any:
        request = super().next_request()
        if request is not None:
            if self.state != "busy":
                self.state = "busy"
                self._beat()
            self.server.hset(
                self._key("taken"), self.df.request_fingerprint(request), self.queue._encode_request(request)
            )
        return request

    def has_pending_requests(self) -> bool:
        return len(self) > 0

    def requeue_dead(self) -> int:
        """Give the requests of workers whose heartbeat expired back to the queue."""
        given = 0
        for key in self.server.scan_iter(match=f"{self.spider.name}:taken:*"):
            worker = key.rsplit(":", 1)[1] if isinstance(key, str) else key.decode().rsplit(":", 1)[1]
            if worker == self.worker or self.server.exists(self._key("worker", worker)):
                continue
            claimed = f"{self.spider.name}:requeue:{worker}:{self.worker}"
            try:
                self.server.rename(key, claimed)  # atomic: only one survivor takes them
            except ResponseError:  # another worker renamed it first
                continue
            for encoded in self.server.hvals(claimed):
                self.queue.push(self.queue._decode_request(encoded))
                given += 1
            self.server.delete(claimed)
            logger.warning("Worker %s is gone: %d of its requests are back in the queue", worker, given)
            if self.stats is not None:
                self.stats.inc_value("newsbot/distributed/requeued", given)
        return given

    def others_working(self) -> bool:
        """True while another worker is busy (it may still add requests), or a dead worker's
        requests wait to be given back. Idle workers do not keep each other up."""
        for key in self.server.scan_iter(match=f"{self.spider.name}:worker:*"):
            name = key if isinstance(key, str) else key.decode()
            if name != self._key("worker") and _text(self.server.get(name)) == "busy":
                return True
        for key in self.server.scan_iter(match=f"{self.spider.name}:taken:*"):
            name = key if isinstance(key, str) else key.decode()
            worker = name.rsplit(":", 1)[1]
            if name != self._key("taken") and not self.server.exists(self._key("worker", worker)):
                return True  # its owner is gone: wait for the heartbeat to expire, then take them
        return False

    def spider_idle(self, spider: Any) -> None:
        if self.state != "idle":
            self.state = "idle"
            self._beat()
        if self.requeue_dead() or len(self.queue) or self.others_working():
            raise DontCloseSpider

    def engine_stopped(self) -> None:
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        stats = self.crawler.stats.get_stats()
        stored = not any(k.startswith("feedexport/failed_count/") for k in stats)
        if stats.get("finish_reason") == "finished" and stored:
            # Every request this worker took has been handled and its records are on disk.
            self.server.delete(self._key("taken"))
        self.server.delete(self._key("worker"))


SNAPSHOT_CLAIM_SECONDS = 3600


class RedisArticleStore:
    """The incremental store (see :class:`newsbot.state.ArticleStore`) shared by all workers."""

    def __init__(self, server: Any, spider: str):
        self.server = server
        self.spider = spider
        self.prefix = f"{spider}:state"
        self.path = f"redis:{self.prefix}"

    def _k(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def lock(self) -> None:
        """Workers share the store on purpose; the shared duplicate filter keeps them apart."""

    def begin_run(self, run_id: str, started_at: datetime, outputs: list[str]) -> int:
        self.server.hset(
            self._k("runs"), run_id, json.dumps({"started_at": started_at.isoformat(), "outputs": outputs})
        )
        return 0

    def commit_run(self, run_id: str) -> int:
        pending = self.server.hgetall(self._k(f"pending:{run_id}"))
        if not pending:
            return 0
        pipe = self.server.pipeline(transaction=True)
        for url, value in pending.items():
            row = json.loads(value)
            pipe.hset(
                self._k("articles"),
                url,
                json.dumps({k: row[k] for k in ("content_hash", "revision", "published_at", "lastmod")}),
            )
            for alias in row["aliases"]:
                pipe.hset(self._k("aliases"), alias, url)
        pipe.delete(self._k(f"pending:{run_id}"))
        pipe.execute()
        return len(pending)

    def end_run(self, run_id: str, status: str) -> None:
        self.server.delete(self._k(f"pending:{run_id}"))
        self.server.hdel(self._k("runs"), run_id)

    def close(self) -> None:
        pass

    def canonical(self, url: str) -> str:
        value = self.server.hget(self._k("aliases"), url)
        return value.decode() if isinstance(value, bytes) else (value or url)

    def known(self, url: str) -> Known | None:
        value = self.server.hget(self._k("articles"), self.canonical(url))
        if not value:
            return None
        row = json.loads(value)
        return Known(row["content_hash"], row["revision"], parse_instant(row["lastmod"]))

    def should_fetch(self, url: str, lastmod: datetime | None) -> bool:
        return worth_fetching(self.known(url), lastmod)

    def add_pending(self, run_id: str, url: str, content_hash: str, revision: int, published_at: str | None,
                    lastmod: datetime | None, aliases: list[str]) -> None:  # fmt: skip
        row = {"content_hash": content_hash, "revision": revision, "published_at": published_at,
               "lastmod": utc_text(lastmod), "aliases": aliases}  # fmt: skip
        self.server.hset(self._k(f"pending:{run_id}"), url, json.dumps(row))

    def touch(self, url: str, lastmod: datetime | None, aliases: list[str]) -> None:
        value = self.server.hget(self._k("articles"), url)
        if value and lastmod is not None:
            row = json.loads(value)
            if (row.get("lastmod") or "") < (utc_text(lastmod) or ""):
                row["lastmod"] = utc_text(lastmod)
                self.server.hset(self._k("articles"), url, json.dumps(row))
        for alias in aliases:
            self.server.hset(self._k("aliases"), alias, url)

    def snapshot_digest(self, name: str) -> str | None:
        value = self.server.hget(self._k("snapshots"), name)
        return value.decode() if isinstance(value, bytes) else value

    def set_snapshot_digest(self, name: str, digest: str, observed_at: str) -> None:
        self.server.hset(self._k("snapshots"), name, digest)
        for key in self.server.scan_iter(match=self._k(f"snapshot-claim:{name}:*")):
            self.server.delete(key)

    def claim_snapshot(self, name: str, previous: str | None, digest: str) -> bool:
        """True for the one worker that first meets the cloud ``name`` changed from ``previous``
        to ``digest``: it exports the snapshot, the others drop theirs. The claim ends when the
        snapshot is committed. If its worker dies first, the change is not exported in that crawl;
        the next crawl finds the holder's heartbeat gone and takes the claim over."""
        key = self._k(f"snapshot-claim:{name}:{previous or '-'}:{digest}")
        mine = heartbeat_key(self.spider, worker_id())
        if self.server.set(key, mine, nx=True, ex=SNAPSHOT_CLAIM_SECONDS):
            return True
        # Taken: by a live worker, or by one that died before committing (its heartbeat is gone).
        with self.server.pipeline() as pipe:
            try:
                pipe.watch(key)
                holder = _text(pipe.get(key))
                if holder is not None and (holder == mine or pipe.exists(holder)):
                    return holder == mine
                pipe.multi()
                pipe.set(key, mine, ex=SNAPSHOT_CLAIM_SECONDS)
                pipe.execute()
                return True
            except WatchError:
                return False  # another worker took it over at the same moment

    def count(self) -> int:
        return int(self.server.hlen(self._k("articles")))
