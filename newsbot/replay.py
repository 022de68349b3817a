"""Replay and record: a download handler that serves a saved mirror, or saves what it fetches.

It sits below every middleware, where the HTTP handler would, so robots.txt, redirects, retries,
compression and the spider behave exactly as on the live site:

- ``NEWSBOT_REPLAY=<dir>``: answer every request from ``<dir>/index.json``; a URL not in the mirror
  gets a 404 (counted as ``newsbot/replay/miss``). Nothing touches the network.
- ``NEWSBOT_RECORD=<dir>``: download live and save each response (body bytes as received, status,
  headers) into ``<dir>`` in the same layout, so the folder can be replayed later.
- neither: a plain live download through Scrapy's HTTP handler.

With ``REDIS_URL`` set (several workers), each download first waits for the site's turn across
all workers (:class:`newsbot.distributed.SitePace`): this is the one place every request passes
right before it is sent.

``index.json`` maps an absolute URL to ``{"file": name or null, "status": int, "headers": {...}}``,
or to ``{"sequence": [entry, entry, ...]}`` for a server that answers differently each time (a 503
with Retry-After, then a 200): the entries are served in turn and the last one repeats. A 200 whose
headers hold an ``ETag`` or a ``Last-Modified`` answers a conditional request that names it with a
304, as a server does (:func:`newsbot.conditional.not_modified`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.exceptions import DownloadCancelledError, ResponseDataLossError
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.misc import build_from_crawler, load_object
from w3lib.url import canonicalize_url

from newsbot.conditional import not_modified

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

INDEX_NAME = "index.json"
# Headers worth keeping in a mirror: the ones that change how a response is read.
_KEPT_HEADERS = {
    "content-type", "content-encoding", "content-language", "location", "retry-after",
    "last-modified", "etag", "content-length",
}  # fmt: skip


def load_index(directory: Path) -> dict[str, dict[str, Any]]:
    with (directory / INDEX_NAME).open(encoding="utf-8") as fh:
        index: dict[str, dict[str, Any]] = json.load(fh)
    return index


class Mirror:
    """A saved mirror as a crawl replays it: its index, the index by canonical URL, and how many
    times each URL with a sequence of answers has been served. One per crawl, shared by the http
    and the https handler (Scrapy builds one handler per scheme): read and logged once, and a
    sequence advances once per request whichever scheme asked."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.index = load_index(directory)
        self.canonical = {canonicalize_url(url): url for url in self.index}
        self.served: dict[str, int] = {}
        logger.info("Replaying %d saved responses from %s", len(self.index), directory)

    def entry(self, url: str) -> dict[str, Any] | None:
        """The answer saved for ``url`` (or for the same URL written differently), the next of
        its sequence when it has several; None when the mirror does not hold it."""
        key = url if url in self.index else self.canonical.get(canonicalize_url(url))
        entry = self.index.get(key) if key else None
        if entry is not None and "sequence" in entry:
            assert key is not None
            turn = self.served.get(key, 0)
            self.served[key] = turn + 1
            entry = entry["sequence"][min(turn, len(entry["sequence"]) - 1)]
        return entry


_MIRRORS: WeakKeyDictionary[Crawler, Mirror] = WeakKeyDictionary()


def mirror_for(crawler: Crawler, directory: Path) -> Mirror:
    """The crawl's :class:`Mirror` of ``directory``, loaded on the first call."""
    mirror = _MIRRORS.get(crawler)
    if mirror is None:
        mirror = _MIRRORS[crawler] = Mirror(directory)
    return mirror


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON to ``path`` through a temporary file and a rename: never a half-written file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def file_name_for(url: str, content_type: str = "") -> str:
    """A readable, unique file name for a recorded URL."""
    parts = urlsplit(url)
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", parts.path.strip("/")).strip("-") or "index"
    if parts.query:
        slug += "-" + hashlib.sha1(parts.query.encode()).hexdigest()[:8]
    ext = ".html"
    if "xml" in content_type or "rss" in content_type:
        ext = ".xml"
    elif "text/plain" in content_type:
        ext = ".txt"
    elif "json" in content_type:
        ext = ".json"
    if slug.endswith((".html", ".xml", ".txt", ".json")):
        ext = ""
    return slug[:150] + ext


class ReplayDownloadHandler(BaseDownloadHandler):
    """Download handler for http/https: replay a mirror, record one, or download live."""

    lazy = False

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        settings = crawler.settings
        replay = settings.get("NEWSBOT_REPLAY")
        record = settings.get("NEWSBOT_RECORD")
        self.replay_dir = Path(replay) if replay else None
        self.record_dir = Path(record) if record else None
        self.mirror: Mirror | None = None
        """The mirror replayed (``NEWSBOT_REPLAY``), shared with the other scheme's handler."""
        self.recorded: dict[str, dict[str, Any]] = {}
        """What this handler recorded (``NEWSBOT_RECORD``), added to the folder's index on close."""
        self.live: Any = None
        # Several workers (REDIS_URL): downloads from a site with a delay take turns across them.
        self.pace: Any = None
        if settings.get("REDIS_URL"):
            from newsbot.distributed import SitePace

            self.pace = SitePace.from_crawler(crawler)
        if self.replay_dir is not None:
            self.mirror = mirror_for(crawler, self.replay_dir)
        else:
            live_cls = load_object(settings.get("NEWSBOT_LIVE_DOWNLOAD_HANDLER"))
            self.live = build_from_crawler(live_cls, crawler)
            if self.record_dir is not None:
                self.record_dir.mkdir(parents=True, exist_ok=True)
                logger.info("Recording responses into %s", self.record_dir)

    async def download_request(self, request: Request) -> Response:
        if self.pace is not None:
            await self.pace.wait_turn(request)
        if self.replay_dir is not None:
            return self._replay(request)
        response: Response = await self.live.download_request(request)
        if self.record_dir is not None:
            self._record(response)
        return response

    def _replay(self, request: Request) -> Response:
        stats = self.crawler.stats
        assert self.mirror is not None
        entry = self.mirror.entry(request.url)
        if entry is None:
            if stats:
                stats.inc_value("newsbot/replay/miss")
            logger.warning("Not in the mirror, answering 404: %s", request.url)
            return Response(url=request.url, status=404, body=b"", flags=["replay"])
        headers = Headers(entry.get("headers") or {})
        status = int(entry.get("status", 200))
        if status == 200 and request.method in ("GET", "HEAD") and self._not_modified(request, headers):
            if stats:
                stats.inc_value("newsbot/replay/not_modified")
            return Response(url=request.url, status=304, headers=self._validator_headers(headers), flags=["replay"])
        body = b""
        if entry.get("file"):
            body = (self.mirror.directory / entry["file"]).read_bytes()
        # Behave as the HTTP handler does on the two ways a download goes wrong by size.
        maxsize = request.meta.get("download_maxsize", self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        if maxsize and len(body) > maxsize:
            raise DownloadCancelledError(
                f"Cancelling download of {request.url}: received response size ({len(body)}) "
                f"larger than download max size ({maxsize})"
            )
        declared = headers.get(b"Content-Length")
        if declared is not None and int(declared) > len(body):
            raise ResponseDataLossError(
                f"Got data loss in {request.url}: {len(body)} of {int(declared)} bytes received"
            )
        respcls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        if stats:
            stats.inc_value("newsbot/replay/hit")
        return respcls(
            url=request.url,
            status=status,
            headers=headers,
            body=body,
            flags=["replay"],
        )

    @staticmethod
    def _not_modified(request: Request, headers: Headers) -> bool:
        """Answer a conditional request as a server keeping these validators would (see
        :mod:`newsbot.conditional`): a mirror whose feed has an ``ETag`` behaves like a site that
        sends one."""
        etag, last_modified = headers.get(b"ETag"), headers.get(b"Last-Modified")
        return not_modified(
            request.headers,
            etag.decode("latin-1") if etag else None,
            last_modified.decode("latin-1") if last_modified else None,
        )

    @staticmethod
    def _validator_headers(headers: Headers) -> Headers:
        """What a 304 carries (RFC 9110, 15.4.5): the validators, no body and no content headers."""
        return Headers({name: headers[name] for name in (b"ETag", b"Last-Modified") if headers.get(name)})

    def _record(self, response: Response) -> None:
        assert self.record_dir is not None
        if response.status == 304:
            # No body to keep: the mirror keeps what it has for this URL (newsbot sends no
            # conditional request while recording, see IncrementalState.validators_for).
            logger.warning("Not recorded, 304 Not Modified has no body: %s", response.url)
            return
        headers = {
            k.decode("latin-1"): v[0].decode("latin-1")
            for k, v in response.headers.items()
            if k.decode("latin-1").lower() in _KEPT_HEADERS and v
        }
        content_type = headers.get("Content-Type", "")
        name = None
        if response.body:
            name = file_name_for(response.url, content_type)
            (self.record_dir / name).write_bytes(response.body)
        self.recorded[response.url] = {"file": name, "status": response.status, "headers": headers}
        if self.crawler.stats:
            self.crawler.stats.inc_value("newsbot/record/saved")

    async def close(self) -> None:
        if self.record_dir is not None and self.recorded:
            # Scrapy makes one handler for http and one for https, and each closes in turn: each adds
            # what it recorded to the index on disk (an earlier recording into the folder included),
            # rather than writing its own index over the other's.
            index = load_index(self.record_dir) if (self.record_dir / INDEX_NAME).exists() else {}
            index.update(self.recorded)
            write_json_atomic(self.record_dir / INDEX_NAME, index)
            logger.info("Recorded mirror index: %s (%d URLs, %d this run)", self.record_dir / INDEX_NAME,
                        len(index), len(self.recorded))  # fmt: skip
        if self.live is not None:
            await self.live.close()
