"""Feed storage that never leaves a torn file, and the URI parameters of newsbot's feeds.

Items are written to ``<file>.part``; on close the file is flushed, fsynced and renamed over
``<file>`` (appending feeds copy the old content into the part file first). A killed crawl leaves
at most a ``.part`` file, never a ``.jsonl`` with a torn last line; a run with no items writes
nothing at all (Scrapy opens a feed's storage only at its first item).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Mapping
from dataclasses import is_dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self

from scrapy.exporters import JsonLinesItemExporter
from scrapy.utils.serialize import ScrapyJSONEncoder
from w3lib.url import file_uri_to_path

from newsbot.items import field_names, field_values
from newsbot.text.dates import zone

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

PART_SUFFIX = ".part"

feed_storing = object()
"""Signal sent with ``storage=`` just before a finished ``.part`` file is renamed into place (the
distributed store records that a worker is storing, see :meth:`newsbot.distributed.RedisArticleStore.storing`)."""


def fsync_directory(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicFileFeedStorage:
    """Local file feed storage with write-to-part, fsync and rename."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None, crawler: Crawler | None = None):
        self.path = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri)
        self.feed_options = feed_options or {}
        self.overwrite = bool(self.feed_options.get("overwrite", False))
        self.crawler = crawler
        self.part = self.path.with_name(self.path.name + PART_SUFFIX)
        self.stored = False
        """True once the file is renamed into place (the incremental store commits only then)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None) -> Self:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider: Spider) -> IO[bytes]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        file = self.part.open("wb")
        if not self.overwrite and self.path.exists():
            with self.path.open("rb") as old:
                shutil.copyfileobj(old, file)
        return file

    def store(self, file: IO[bytes]) -> None:
        file.flush()
        os.fsync(file.fileno())
        file.close()
        if self.crawler is not None:
            self.crawler.signals.send_catch_log(signal=feed_storing, storage=self)
        os.replace(self.part, self.path)
        fsync_directory(self.path.parent)
        self.stored = True


def uri_params(params: dict[str, Any], spider: Spider) -> dict[str, Any]:
    """Feed URI parameters: ``%(run)s`` is the run's start in Asia/Almaty, e.g. 2026-11-27T10-15-00,
    with ``-2``, ``-3`` ... added when a file of that name is already there: a run that starts in
    the same second as the last one began (a quick run, a restart) must not replace its file.
    Chosen once a run (kept on the spider), so every feed and the store agree on it."""
    run = getattr(spider, "run_name", None)
    if run is None:
        started = getattr(spider, "run_started", None) or datetime.now(UTC)
        first = started.astimezone(zone()).strftime("%Y-%m-%dT%H-%M-%S")
        templates = [str(uri) for uri in spider.settings.getdict("FEEDS")] if spider.settings is not None else []
        run, number = first, 1
        while any(_taken(template, {**params, "run": run}) for template in templates if "%(run)s" in template):
            number += 1
            run = f"{first}-{number}"
        spider.run_name = run  # type: ignore[attr-defined]
    return {**params, "run": run}


def _taken(template: str, params: dict[str, Any]) -> bool:
    """True when the local file ``template`` names with ``params`` exists (or its ``.part``)."""
    local = local_feed_path(template, params)
    if local is None:
        return False
    path = Path(local)
    return path.exists() or path.with_name(path.name + PART_SUFFIX).exists()


def local_feed_path(template: str, params: dict[str, Any]) -> str | None:
    """The local file a feed URI ``template`` names with ``params`` (as :class:`AtomicFileFeedStorage`
    writes it), or None: a remote feed, or a template these parameters do not fill."""
    try:
        uri = str(template) % params
    except (KeyError, ValueError, TypeError):
        return None
    if "://" in uri and not uri.startswith("file://"):
        return None
    return file_uri_to_path(uri) if uri.startswith("file:") else uri


def remove_stale_parts(directory: Path) -> list[Path]:
    """Delete ``.part`` files left in ``directory`` by killed runs; return what was removed."""
    removed = []
    if directory.is_dir():
        for part in directory.rglob(f"*{PART_SUFFIX}"):
            part.unlink(missing_ok=True)
            removed.append(part)
    return removed


def feeds_articles(feed_options: dict[str, Any]) -> bool:
    """True when a feed (by its ``item_classes`` option) takes article records."""
    classes = feed_options.get("item_classes") or []
    names = [c if isinstance(c, str) else f"{c.__module__}.{c.__qualname__}" for c in classes]
    return not names or "newsbot.items.Article" in names


class _DataclassEncoder(ScrapyJSONEncoder):
    """Scrapy's JSON encoder, turning a dataclass into a dict of its fields one level at a time:
    json's C encoder walks the nesting and asks again for each inner record."""

    def default(self, o: Any) -> Any:
        if is_dataclass(o) and not isinstance(o, type):
            return field_values(o)
        return super().default(o)


class JsonLinesExporter(JsonLinesItemExporter):
    """JSON Lines for newsbot's dataclass records, the same line Scrapy's exporter writes, without
    an ItemAdapter per object or a deep copy (``dataclasses.asdict``) of a record's 36 nested
    dataclasses: the fields go straight to json's C encoder."""

    def __init__(self, file: Any, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        # A record is a tree built by newsbot (no container holds itself): the encoder's check for
        # cycles, a dict entry per container, costs 13% of the encoding for nothing.
        self.dataclass_encoder = _DataclassEncoder(**{**self._kwargs, "check_circular": False})

    def export_item(self, item: Any) -> None:
        if not is_dataclass(item) or isinstance(item, type) or isinstance(self.fields_to_export, Mapping):
            super().export_item(item)
            return
        present = field_names(type(item))
        names = self.fields_to_export or present
        record = {name: getattr(item, name) for name in names if name in present}
        line = self.dataclass_encoder.encode(record) + "\n"
        self.file.write(line.encode(self.encoding or "utf-8"))
