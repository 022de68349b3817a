"""Several workers, one crawl: scrapy-redis with the gaps newsbot needs closed.

With ``REDIS_URL`` set, the add-on switches a crawl to :class:`Scheduler` (scrapy-redis's shared
queue and duplicate filter, ``SCHEDULER_PERSIST`` on) and the incremental store to
:class:`RedisArticleStore`. What plain scrapy-redis 0.9.1 gets wrong, and what is done about it:

- A killed worker loses the requests it had popped (at-most-once). Here every request a worker takes
  is also kept in ``<spider>:taken:<worker>`` until the worker's feed is stored; each worker keeps a
  heartbeat key alive, and a worker that finds a taken-set whose heartbeat has expired moves its
  requests back to the shared queue (one worker wins the move: ``RENAME`` is atomic).
- A worker killed after renaming its output file into place, before committing its run, would have
  its requests crawled and exported again. Here its run is marked "storing" before the rename and
  settled from the file by a worker on the same machine (:meth:`RedisArticleStore.settle`).
- The first worker to go idle would end the crawl for all with ``SCHEDULER_PERSIST`` off: it is on.
  An idle worker also stays up while other workers are alive or dead workers' requests wait to be
  given back, so a survivor finishes a dead worker's share.
- Each worker keeps a site's ``Crawl-delay`` in its own downloader, so N workers would send N
  times as many requests as the site asks for. Here the workers take turns through Redis
  (:class:`SitePace`): each download to a site with a delay waits for its turn, one delay after
  the last one any worker sent.
- A worker that read a sitemap or a feed cannot know when other workers have dealt with the
  articles it lists. Here the sitemap memory and the validators of conditional requests are kept
  when the crawl is over and no worker's run failed (:meth:`RedisArticleStore.end_crawl`, asked by
  the last worker to stop), so later crawls are as sparing as a single worker's.
- Requests are serialized as JSON, not pickled: nothing read from the network is unpickled.
- scrapy-redis passes ``spider=`` to the stats collector on every request, which Scrapy 2.19
  deprecates with one warning per request: that warning is filtered (see :func:`quiet_scrapy_redis`).
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import socket
import time
import warnings
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from redis.exceptions import RedisError, ResponseError, WatchError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, ScrapyDeprecationWarning
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet import task

from newsbot.conditional import Validators
from newsbot.state import WHOLE, Known, deep_enough, depth_text, parse_instant, records_in, utc_text, worth_fetching

logger = logging.getLogger(__name__)


def quiet_scrapy_redis() -> None:
    """scrapy-redis 0.9.1 calls ``stats.inc_value(..., spider=...)`` for every request; Scrapy 2.19
    deprecates the argument. The call still works; one warning per request would drown the log."""
    warnings.filterwarnings(
        "ignore",
        category=ScrapyDeprecationWarning,
        message=r"Passing a 'spider' argument to \w*StatsCollector\.inc_value\(\)",
    )


def redis_problem(settings: Any) -> str | None:
    """Why a worker cannot join the crawl of ``REDIS_URL``, or None: the URL is not a Redis URL,
    or the server does not answer. Asked by ``scrapy crawl`` before the crawl starts, so that a
    worker that cannot join says so in one line (a usage error) rather than through the
    traceback of a scheduler that failed to open. The URL's password is never in the message."""
    from scrapy_redis.connection import from_settings

    try:
        server = from_settings(settings)  # only reads the URL: no connection yet
    except ValueError as exc:  # redis-py: "Redis URL must specify one of the following schemes ..."
        return f"REDIS_URL is not a Redis URL ({exc})"
    try:
        server.ping()
    except RedisError as exc:
        return f"Redis cannot be reached ({exc}): this worker cannot join the crawl"
    finally:
        server.close()
    return None


# One turn at a site, shared by every worker: the next free moment is kept in Redis, read on Redis's
# clock (the workers' clocks may differ), moved one delay on, and the wait for this turn returned.
_TURN_SCRIPT = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local delay = tonumber(ARGV[1])
local turn = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], string.format('%.6f', turn + delay), 'PX', math.ceil((turn + delay - now) * 1000) + 60000)
return string.format('%.6f', turn - now)
"""


class SitePace:
    """All workers' downloads from a site, at least the site's delay apart (its ``Crawl-delay``,
    or a ``DOWNLOAD_SLOTS`` delay): Scrapy keeps a site's delay per process. Called by the download
    handler right before each download (:class:`newsbot.replay.ReplayDownloadHandler`), after the
    worker's own download slot let the request go, so the turn is taken when the request is sent.
    A site without such a delay is not paced here (AutoThrottle paces each worker). If Redis
    cannot be reached the worker keeps its own pace, with a warning and
    ``newsbot/distributed/pace_unavailable``."""

    def __init__(self, crawler: Any, server: Any):
        self.crawler = crawler
        self.server = server
        self.turn = server.register_script(_TURN_SCRIPT)

    @classmethod
    def from_crawler(cls, crawler: Any) -> SitePace:
        from scrapy_redis.connection import from_settings

        return cls(crawler, from_settings(crawler.settings))

    def delay(self, request: Any) -> tuple[str, float]:
        """The request's download slot and the delay set for it (0.0 for none)."""
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        return key, float(downloader.per_slot_settings.get(key, {}).get("delay") or 0.0)

    async def wait_turn(self, request: Any) -> None:
        key, delay = self.delay(request)
        if delay <= 0:
            return
        try:
            wait = float(self.turn(keys=[f"newsbot:pace:{key}"], args=[f"{delay:.6f}"]))
        except RedisError as exc:
            self.crawler.stats.inc_value("newsbot/distributed/pace_unavailable")
            logger.warning("Cannot take a turn at %s through Redis (%s): this worker keeps its own pace", key, exc)
            return
        if wait > 0:
            self.crawler.stats.inc_value("newsbot/distributed/paced")
            await asyncio.sleep(wait)


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


def worker_host(worker: str) -> str:
    """The machine a worker ran on (see :func:`worker_id`)."""
    return worker.rsplit("-", 2)[0]


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
    store: RedisArticleStore
    left_elsewhere: set[str]

    @classmethod
    def from_crawler(cls, crawler: Any) -> Scheduler:
        quiet_scrapy_redis()
        try:
            instance: Scheduler = super().from_crawler(crawler)  # scrapy-redis pings the server here
        except RedisError as exc:  # scrapy crawl asks first (redis_problem); a script starting a crawl gets this
            logger.critical("Redis cannot be reached (%s): this worker cannot join the crawl", exc)
            raise
        instance.crawler = crawler
        instance.worker = worker_id()
        instance.ttl = crawler.settings.getfloat("NEWSBOT_WORKER_TTL")
        instance.heartbeat = None
        instance.state = "busy"
        instance.store = RedisArticleStore(instance.server, crawler.spidercls.name)
        instance.left_elsewhere = set()
        crawler.signals.connect(instance.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(instance.engine_stopped, signal=signals.engine_stopped)
        return instance

    # keys
    def _key(self, kind: str, worker: str | None = None) -> str:
        return worker_key(self.spider.name, kind, worker or self.worker)

    def open(self, spider: Any) -> None:
        super().open(spider)
        # Joining a crawl in progress, or starting a new one? Decided under a lock, so two workers
        # started together agree, and after dead workers are settled: a crawl whose requests are
        # given back goes on. A new crawl starts with an empty duplicate filter: the state store,
        # not the filter, remembers what earlier crawls exported.
        with self.server.lock(f"{spider.name}:open-lock", timeout=30, blocking_timeout=30):
            given_back = self.requeue_dead()
            if not self.others_working() and len(self.queue) == 0:
                self.df.clear()
                logger.info("Starting a new distributed crawl of %s", spider.name)
            self._beat()
        self.heartbeat = task.LoopingCall(self._beat)
        self.heartbeat.start(max(self.ttl / 3, 0.5), now=False)
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
        """Give the requests of workers whose heartbeat expired back to the queue, unless the dead
        worker's output file holds their records (see :meth:`RedisArticleStore.settle`)."""
        given = 0
        for worker in self._dead_workers():
            key = self._key("taken", worker)
            claimed = f"{self.spider.name}:requeue:{worker}:{self.worker}"
            try:
                self.server.rename(key, claimed)  # atomic: only one survivor takes them
            except ResponseError:  # another worker renamed it first
                continue
            if not self.store.settle(worker):
                logger.warning("Worker %s died after storing its output file: its requests are done", worker)
                self.server.delete(claimed)
                if self.stats is not None:
                    self.stats.inc_value("newsbot/distributed/settled_from_output")
                continue
            mine = 0
            for encoded in self.server.hvals(claimed):
                self.queue.push(self.queue._decode_request(encoded))
                mine += 1
            self.server.delete(claimed)
            given += mine
            logger.warning("Worker %s is gone: %d of its requests are back in the queue", worker, mine)
            if self.stats is not None:
                self.stats.inc_value("newsbot/distributed/requeued", mine)
        return given

    def _dead_workers(self) -> list[str]:
        """Workers whose heartbeat expired while they held requests, except those that died while
        storing their output file on another machine: only a worker there can read that file.
        Their requests wait for the next worker started on that machine."""
        dead = []
        for key in self.server.scan_iter(match=f"{self.spider.name}:taken:*"):
            worker = (_text(key) or "").rsplit(":", 1)[1]
            if worker == self.worker or self.server.exists(self._key("worker", worker)):
                continue
            if self.store.stored_elsewhere(worker):
                if worker not in self.left_elsewhere:
                    self.left_elsewhere.add(worker)
                    logger.warning("Worker %s died while storing its output file on %s: its requests are "
                                   "left for a worker started there", worker, worker_host(worker))  # fmt: skip
                continue
            dead.append(worker)
        return dead

    def others_working(self) -> bool:
        """True while another worker is busy (it may still add requests), or a dead worker's
        requests wait to be given back. Idle workers do not keep each other up."""
        for key in self.server.scan_iter(match=f"{self.spider.name}:worker:*"):
            name = key if isinstance(key, str) else key.decode()
            if name != self._key("worker") and _text(self.server.get(name)) == "busy":
                return True
        return bool(self._dead_workers())  # wait for their heartbeat to expire, then take them

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
        self._end_crawl_if_last()

    def _end_crawl_if_last(self) -> None:
        """When this worker is the last of the crawl to stop and nothing is left to crawl (no
        request queued, none held by a dead worker), settle the crawl's reads of sitemaps and feeds
        (:meth:`RedisArticleStore.end_crawl`). Runs after the incremental store's engine_stopped
        (signal handlers run in the order they were connected, and extensions come before the
        scheduler), so this worker's own reads and verdict are in."""
        name = self.spider.name
        try:
            with self.server.lock(f"{name}:open-lock", timeout=30, blocking_timeout=30):
                for pattern in (f"{name}:worker:*", f"{name}:taken:*"):
                    if next(iter(self.server.scan_iter(match=pattern)), None) is not None:
                        return
                if len(self.queue):
                    return
                kept, why = self.store.end_crawl()
        except RedisError as exc:
            logger.warning("Could not settle the crawl's reads of sitemaps and feeds in Redis (%s): the next crawl "
                           "fetches them whole", exc)  # fmt: skip
            if self.stats is not None:
                self.stats.inc_value("newsbot/distributed/reads_unsettled")
            return
        if why:
            logger.info("The crawl of %s is over; its reads of sitemaps and feeds are not kept, as a worker's "
                        "run was not OK: %s", name, why)  # fmt: skip
        else:
            logger.info("The crawl of %s is over: %d reads of sitemaps and feeds kept for later crawls", name, kept)
        if self.stats is not None:
            self.stats.set_value("newsbot/distributed/reads_kept", kept)


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
        """Register the run: its output files (absolute: a worker on this machine may have to read
        them, see :meth:`settle`) and its worker."""
        run = {"started_at": started_at.isoformat(), "outputs": [os.path.abspath(o) for o in outputs],
               "worker": worker_id(), "storing": False}  # fmt: skip
        self.server.hset(self._k("runs"), run_id, json.dumps(run))
        return 0

    def storing(self, run_id: str) -> None:
        """The run's output file is about to be renamed into place: until :meth:`commit_run`, only
        that file can say whether the run's records were exported (see :meth:`settle`). Meanwhile
        its records count as exported (:meth:`known`), so that no other worker exports them again:
        one that starts a new crawl at this moment, or before this worker's death is noticed."""
        run = self._run(run_id)
        if run is None:
            return
        pending = self.server.hgetall(self._k(f"pending:{run_id}"))
        pipe = self.server.pipeline(transaction=True)
        if pending:
            pipe.hset(self._k("storing"), mapping=pending)
        pipe.hset(self._k("runs"), run_id, json.dumps({**run, "storing": True}))
        pipe.execute()

    def _run(self, run_id: str) -> dict[str, Any] | None:
        value = self.server.hget(self._k("runs"), run_id)
        return json.loads(value) if value else None

    def commit_run(self, run_id: str, written: set[tuple[str, str]] | None = None) -> int:
        """Mark the run's pending records exported (with ``written``, only those its file holds:
        see :meth:`newsbot.state.ArticleStore.commit_run`) and forget the run, in one transaction."""
        pending = self.server.hgetall(self._k(f"pending:{run_id}"))
        keep = pending if written is None else {
            url: value for url, value in pending.items() if (_text(url), json.loads(value)["content_hash"]) in written
        }  # fmt: skip
        self._promote(run_id, keep, pending)
        return len(keep)

    def _promote(self, run_id: str, keep: dict[Any, Any], pending: dict[Any, Any]) -> None:
        """Mark ``keep`` (rows of ``pending``) exported and forget the run, in one transaction."""
        pipe = self.server.pipeline(transaction=True)
        for url, value in keep.items():
            row = json.loads(value)
            pipe.hset(
                self._k("articles"),
                url,
                json.dumps({k: row[k] for k in ("content_hash", "revision", "published_at", "lastmod")}),
            )
            for alias in row["aliases"]:
                pipe.hset(self._k("aliases"), alias, url)
        if pending:
            pipe.hdel(self._k("storing"), *pending)
        pipe.delete(self._k(f"pending:{run_id}"))
        pipe.hdel(self._k("runs"), run_id)
        pipe.execute()

    def runs_of(self, worker: str) -> dict[str, dict[str, Any]]:
        """The registered runs of ``worker`` (a dead worker's are left behind)."""
        runs = {_text(k) or "": json.loads(v) for k, v in self.server.hgetall(self._k("runs")).items()}
        return {run_id: run for run_id, run in runs.items() if run.get("worker") == worker}

    def stored_elsewhere(self, worker: str) -> bool:
        """True when dead ``worker`` was renaming its output file into place on another machine:
        whether its records were exported is known only there (see :meth:`settle`)."""
        if worker_host(worker) == worker_host(worker_id()):
            return False
        return any(run.get("storing") for run in self.runs_of(worker).values())

    def settle(self, worker: str) -> bool:
        """Settle the runs of dead ``worker``, which this worker has taken over. Pending records
        found in the run's output files (it was killed after renaming a file into place, before
        committing) are kept as exported; the rest are dropped. True when the worker's requests must
        be crawled again, False when its output file holds every record it had pending."""
        runs = self.runs_of(worker)
        again = not runs  # no incremental store: nothing says what the worker exported
        for run_id, run in runs.items():
            pending = self.server.hgetall(self._k(f"pending:{run_id}"))
            written: set[tuple[str, str]] = set()
            if run.get("storing"):
                for output in run.get("outputs", []):
                    written |= records_in(Path(output))
            keep = {url: value for url, value in pending.items()
                    if (_text(url), json.loads(value)["content_hash"]) in written}  # fmt: skip
            self._promote(run_id, keep, pending)
            if pending:
                logger.warning("Run %s of dead worker %s: %d of its %d records were in its output file "
                               "and are kept", run_id, worker, len(keep), len(pending))  # fmt: skip
            again = again or not run.get("storing") or not pending or len(keep) < len(pending)
        return again

    def settled(self, run_id: str) -> bool:
        return True

    # -- sitemaps and validators of feeds and sitemaps, kept when a crawl ends well -----------------
    # One worker reads a sitemap or a feed, but any worker may fetch the articles it lists: a read
    # may spare later crawls (see IncrementalState.sitemap_unchanged and validators_for) only once
    # the whole crawl is done and no worker's run failed. A worker whose run said OK adds its reads
    # to the pending ones; a worker whose run failed marks the crawl's reads spoiled; the last
    # worker to stop, with nothing left to crawl, keeps the pending reads unless they are spoiled
    # (Scheduler.engine_stopped -> end_crawl).
    def sitemap_lastmod(self, url: str, down_to: date = WHOLE) -> datetime | None:
        """As :meth:`newsbot.state.ArticleStore.sitemap_lastmod`, for the reads of crawls that ended well."""
        raw = self.server.hget(self._k("sitemaps"), url)
        entry = json.loads(raw) if raw else None
        return parse_instant(entry["lastmod"]) if entry and deep_enough(entry["down_to"], down_to) else None

    def remember_sitemaps(self, read: dict[str, datetime], down_to: date = WHOLE) -> None:
        """Add this worker's reads of sitemaps to the crawl's pending reads."""
        entries = {url: json.dumps({"lastmod": utc_text(lastmod), "down_to": depth_text(down_to)})
                   for url, lastmod in read.items()}  # fmt: skip
        if entries:
            self.server.hset(self._k("pending-sitemaps"), mapping=entries)

    def validators(self, url: str, down_to: date = WHOLE) -> Validators | None:
        """As :meth:`newsbot.state.ArticleStore.validators`, for the reads of crawls that ended well."""
        raw = self.server.hget(self._k("validators"), url)
        entry = json.loads(raw) if raw else None
        if entry and deep_enough(entry["down_to"], down_to):
            return Validators(entry["etag"], entry["last_modified"])
        return None

    def remember_validators(self, read: dict[str, Validators | None], down_to: date = WHOLE) -> None:
        """Add this worker's reads of feeds and sitemaps to the crawl's pending reads (null: the
        document came without validators, and those kept for it are forgotten)."""
        entries = {
            url: json.dumps(None if v is None else {"etag": v.etag, "last_modified": v.last_modified,
                                                    "down_to": depth_text(down_to)})
            for url, v in read.items()
        }  # fmt: skip
        if entries:
            self.server.hset(self._k("pending-validators"), mapping=entries)

    def spoil_reads(self, why: str) -> None:
        """This worker's run failed (``why``): none of the crawl's pending reads may be kept."""
        self.server.set(self._k("reads-spoiled"), why)

    def end_crawl(self) -> tuple[int, str | None]:
        """The crawl is over (its last worker asks, see :meth:`Scheduler.engine_stopped`): keep its
        pending reads unless a worker's run failed, and start the next crawl's afresh. Returns how
        many reads were kept, and why none were (None: they were)."""
        pending_sitemaps, pending_validators, spoiled = (
            self._k("pending-sitemaps"), self._k("pending-validators"), self._k("reads-spoiled"))  # fmt: skip
        with self.server.pipeline(transaction=True) as pipe:
            pipe.hgetall(pending_sitemaps).hgetall(pending_validators).get(spoiled)
            pipe.delete(pending_sitemaps, pending_validators, spoiled)
            sitemaps, validators, why, _deleted = pipe.execute()
        if why is not None:
            return 0, _text(why)
        keep = {url: raw for url, raw in validators.items() if json.loads(raw) is not None}
        forget = [url for url in validators if url not in keep]
        with self.server.pipeline(transaction=True) as pipe:
            if sitemaps:
                pipe.hset(self._k("sitemaps"), mapping=sitemaps)
            if keep:
                pipe.hset(self._k("validators"), mapping=keep)
            if forget:
                pipe.hdel(self._k("validators"), *forget)
            pipe.execute()
        return len(sitemaps) + len(keep), None

    def note_failed(self, url: str, lastmod: datetime | None, reason: str) -> None:
        now = datetime.now(UTC).isoformat()
        key = self._k("retry")
        old = json.loads(self.server.hget(key, url) or "{}")
        entry = {"lastmod": utc_text(lastmod) or old.get("lastmod"), "reason": reason,
                 "attempts": int(old.get("attempts", 0)) + 1, "first_failed_at": old.get("first_failed_at", now)}  # fmt: skip
        self.server.hset(key, url, json.dumps(entry))

    def forget_failed(self, url: str) -> None:
        self.server.hdel(self._k("retry"), url)

    def failed(self) -> list[tuple[str, datetime | None, int]]:
        entries = [(_text(url), json.loads(raw)) for url, raw in self.server.hgetall(self._k("retry")).items()]
        entries.sort(key=lambda item: str(item[1].get("first_failed_at")))
        return [(url, parse_instant(e.get("lastmod")), int(e.get("attempts", 1))) for url, e in entries if url]

    def listing_read_down_to(self, url: str) -> date | None:
        """As :meth:`newsbot.state.ArticleStore.listing_read_down_to`. A value is the JSON of
        ``read_at`` and ``down_to``, or, noted before runs bounded by date were, the time alone
        (then the listing was read to its end)."""
        raw = self.server.hget(self._k("listings"), url)
        if raw is None:
            return None
        text = _text(raw) or ""
        down_to = json.loads(text).get("down_to") if text.startswith("{") else None
        return WHOLE if down_to is None else date.fromisoformat(down_to)

    def remember_listings(self, read: dict[str, date]) -> None:
        now = datetime.now(UTC).isoformat()
        entries = {}
        for url, down_to in read.items():
            before = self.listing_read_down_to(url)
            deepest = down_to if before is None else min(before, down_to)
            entries[url] = json.dumps({"read_at": now, "down_to": None if deepest == WHOLE else deepest.isoformat()})
        self.server.hset(self._k("listings"), mapping=entries)

    def end_run(self, run_id: str, status: str) -> None:
        """Forget the run; whatever it still has pending was not stored (see :meth:`commit_run`)."""
        self._promote(run_id, {}, self.server.hgetall(self._k(f"pending:{run_id}")))

    def close(self) -> None:
        pass

    def canonical(self, url: str) -> str:
        value = self.server.hget(self._k("aliases"), url)
        return value.decode() if isinstance(value, bytes) else (value or url)

    def known(self, url: str) -> Known | None:
        """What was exported of ``url``, or is being stored by a worker (see :meth:`storing`)."""
        canonical = self.canonical(url)
        value = self.server.hget(self._k("articles"), canonical) or self.server.hget(self._k("storing"), canonical)
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
