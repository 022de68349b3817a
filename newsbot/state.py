"""The incremental store: which articles were exported, with what content, and when.

One SQLite file per spider (``NEWSBOT_STATE``, default ``data/state/<spider>.sqlite``). A record
counts as exported only once the feed file that holds it is on disk: the pipeline writes it as
*pending* for the run, and the run's rows are promoted when its feed is stored. A run killed before
that leaves pending rows; the next run keeps those found in the run's output files and discards the
rest, so what was not exported is fetched and exported again, and nothing is exported twice.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from newsbot.conditional import Validators

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    revision INTEGER NOT NULL,
    published_at TEXT,
    lastmod TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT PRIMARY KEY,
    url TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    outputs TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pending (
    run_id TEXT NOT NULL,
    url TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    revision INTEGER NOT NULL,
    published_at TEXT,
    lastmod TEXT,
    seen_at TEXT NOT NULL,
    aliases TEXT NOT NULL,
    PRIMARY KEY (run_id, url)
);
CREATE TABLE IF NOT EXISTS sitemaps (
    url TEXT PRIMARY KEY,
    lastmod TEXT NOT NULL,
    read_at TEXT NOT NULL,
    down_to TEXT
);
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    read_at TEXT NOT NULL,
    down_to TEXT
);
CREATE TABLE IF NOT EXISTS listings (
    url TEXT PRIMARY KEY,
    read_at TEXT NOT NULL,
    down_to TEXT
);
CREATE TABLE IF NOT EXISTS retry (
    url TEXT PRIMARY KEY,
    lastmod TEXT,
    reason TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    first_failed_at TEXT NOT NULL,
    last_failed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
    name TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    observed_at TEXT NOT NULL
);
"""


WHOLE = date.min
"""How far down a listing read to its last page was read (see :meth:`ArticleStore.listing_read_down_to`)."""


def depth_text(down_to: date) -> str | None:
    """How far down a document was read, as stored: NULL for :data:`WHOLE`, else the date."""
    return None if down_to == WHOLE else down_to.isoformat()


def covers(read: date | None, wanted: date) -> bool:
    """True when a run that read a listing, feed or sitemap down to ``read`` (:data:`WHOLE`: all of
    it; None: no run did) covers a run that goes down to ``wanted`` (its ``since``, or WHOLE)."""
    return read is not None and (read == WHOLE or (wanted != WHOLE and read <= wanted))


def deep_enough(stored: str | None, wanted: date) -> bool:
    """:func:`covers` for a depth as stored (NULL: all of it)."""
    return covers(WHOLE if stored is None else date.fromisoformat(stored), wanted)


def worth_fetching(known: Known | None, lastmod: datetime | None) -> bool:
    """False for an article already exported whose listing/sitemap date is not newer than what was
    exported; True for everything else (every store answers ``should_fetch`` with this)."""
    if known is None:
        return True
    if lastmod is None or known.lastmod is None:
        return lastmod is not None
    return lastmod > known.lastmod


class StoreLocked(RuntimeError):
    """Another crawl is using the same store."""


class StoreUnreadable(RuntimeError):
    """The store's file is not a SQLite database, or SQLite finds it damaged."""


@dataclass(frozen=True)
class Known:
    content_hash: str
    revision: int
    lastmod: datetime | None


def parse_instant(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class ArticleStore:
    """SQLite-backed record of exported articles, with a lock so two crawls never share it."""

    def __init__(self, path: Path):
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_file: IO[str] | None = None
        self.db = sqlite3.connect(self.path, isolation_level=None)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.executescript(_SCHEMA)
            for table in ("listings", "sitemaps", "validators"):  # stores from before reads down to a date
                self._add_column(table, "down_to TEXT")
            check = self.db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.OperationalError:  # cannot be opened or written: not damage, the file stays
            self.db.close()
            raise
        except sqlite3.DatabaseError as exc:  # "file is not a database", "disk image is malformed"
            self.db.close()
            raise StoreUnreadable(f"{self.path}: {exc}") from exc
        if check != "ok":
            self.db.close()
            raise StoreUnreadable(f"{self.path}: {check}")

    def _add_column(self, table: str, column: str) -> None:
        """Add ``column`` (name and type) to ``table`` of a store made before it existed."""
        if column.split(maxsplit=1)[0] in {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}:
            return
        try:
            self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
        except sqlite3.OperationalError as exc:
            if "duplicate column" not in str(exc):  # (another process added it meanwhile)
                raise

    # -- the run's life -----------------------------------------------------------------------
    def lock(self) -> None:
        """Take the store for this process; raise :class:`StoreLocked` when a crawl holds it."""
        handle = self.path.with_name(self.path.name + ".lock").open("w")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise StoreLocked(f"{self.path} is in use by another crawl") from None
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock_file = handle

    def begin_run(self, run_id: str, started_at: datetime, outputs: list[str]) -> int:
        """Recover earlier killed runs, then register this one. Return how many records of killed
        runs were found in their output files and kept as exported."""
        recovered = self.recover()
        self.db.execute(
            "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, 'running')",
            (run_id, started_at.isoformat(), json.dumps(outputs)),
        )
        return recovered

    def recover(self) -> int:
        """Settle runs that never finished: keep their pending rows that made it into an output
        file, drop the others (those articles will be fetched again)."""
        kept = 0
        for run_id, outputs in self.db.execute("SELECT run_id, outputs FROM runs WHERE status='running'").fetchall():
            written: set[tuple[str, str]] = set()
            for output in json.loads(outputs):
                written |= records_in(Path(output))
            rows = self.db.execute("SELECT url, content_hash FROM pending WHERE run_id=?", (run_id,)).fetchall()
            keep = [(url, digest) for url, digest in rows if (url, digest) in written]
            with self.db:
                self.db.execute("BEGIN")
                for url, _digest in keep:
                    self._promote_row(run_id, url)
                self.db.execute("DELETE FROM pending WHERE run_id=?", (run_id,))
                self.db.execute("UPDATE runs SET status='killed' WHERE run_id=?", (run_id,))
            kept += len(keep)
            if rows:
                logger.warning(
                    "Run %s did not finish: %d of its %d records were on disk and are kept; "
                    "the rest will be fetched again",
                    run_id,
                    len(keep),
                    len(rows),
                )
        return kept

    def storing(self, run_id: str) -> None:
        """The run's feed is about to be renamed into place. Nothing to note here: :meth:`recover`
        reads a killed run's output files, which are on this machine."""

    def commit_run(self, run_id: str, written: set[tuple[str, str]] | None = None) -> int:
        """Mark the pending records of the run exported (its feed is stored): all of them, or with
        ``written`` (the (url, content_hash) of each record its file holds) only those; the
        others will be fetched and exported again. Return how many."""
        rows = self.db.execute("SELECT url, content_hash FROM pending WHERE run_id=?", (run_id,)).fetchall()
        urls = [url for url, digest in rows if written is None or (url, digest) in written]
        with self.db:
            self.db.execute("BEGIN")
            for url in urls:
                self._promote_row(run_id, url)
            self.db.execute("DELETE FROM pending WHERE run_id=?", (run_id,))
        return len(urls)

    def settled(self, run_id: str) -> bool:
        """True when the run has no records waiting for their feed to be stored."""
        return not self.db.execute("SELECT 1 FROM pending WHERE run_id=? LIMIT 1", (run_id,)).fetchone()

    def end_run(self, run_id: str, status: str) -> None:
        pending = self.db.execute("SELECT COUNT(*) FROM pending WHERE run_id=?", (run_id,)).fetchone()[0]
        if pending:
            # The feed was never stored (no feed configured, or storing failed): nothing counts.
            self.db.execute("DELETE FROM pending WHERE run_id=?", (run_id,))
        self.db.execute("UPDATE runs SET status=? WHERE run_id=?", (status, run_id))

    def close(self) -> None:
        self.db.close()
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None

    # -- questions and records ----------------------------------------------------------------
    def canonical(self, url: str) -> str:
        row = self.db.execute("SELECT url FROM aliases WHERE alias=?", (url,)).fetchone()
        return row[0] if row else url

    def known(self, url: str) -> Known | None:
        row = self.db.execute(
            "SELECT content_hash, revision, lastmod FROM articles WHERE url=?", (self.canonical(url),)
        ).fetchone()
        return Known(row[0], row[1], parse_instant(row[2])) if row else None

    def should_fetch(self, url: str, lastmod: datetime | None) -> bool:
        return worth_fetching(self.known(url), lastmod)

    def add_pending(
        self,
        run_id: str,
        url: str,
        content_hash: str,
        revision: int,
        published_at: str | None,
        lastmod: datetime | None,
        aliases: list[str],
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO pending VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                run_id, url, content_hash, revision, published_at, utc_text(lastmod),
                datetime.now(UTC).isoformat(), json.dumps(aliases),
            ),
        )  # fmt: skip

    def touch(self, url: str, lastmod: datetime | None, aliases: list[str]) -> None:
        """Note that an unchanged article was seen again (so its newer lastmod is remembered)."""
        now = datetime.now(UTC).isoformat()
        with self.db:
            self.db.execute("BEGIN")
            if lastmod is not None:
                self.db.execute(
                    "UPDATE articles SET lastmod=MAX(COALESCE(lastmod, ''), ?), last_seen=? WHERE url=?",
                    (utc_text(lastmod), now, url),
                )
            for alias in aliases:
                self.db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (alias, url))

    def _promote_row(self, run_id: str, url: str) -> None:
        row = self.db.execute(
            "SELECT content_hash, revision, published_at, lastmod, seen_at, aliases "
            "FROM pending WHERE run_id=? AND url=?",
            (run_id, url),
        ).fetchone()
        if row is None:
            return
        digest, revision, published_at, lastmod, seen_at, aliases = row
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
            "content_hash=excluded.content_hash, revision=excluded.revision, "
            "published_at=excluded.published_at, lastmod=excluded.lastmod, last_seen=excluded.last_seen",
            (url, digest, revision, published_at, lastmod, seen_at, seen_at),
        )
        for alias in json.loads(aliases):
            self.db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (alias, url))

    # -- sitemaps of a sitemap index (see IncrementalState.sitemap_unchanged) -------------------
    def sitemap_lastmod(self, url: str, down_to: date = WHOLE) -> datetime | None:
        """The index's ``<lastmod>`` for the sitemap ``url`` when a run last read it, every entry
        newer than ``down_to`` (:data:`WHOLE`: every entry) or more; else None."""
        row = self.db.execute("SELECT lastmod, down_to FROM sitemaps WHERE url=?", (url,)).fetchone()
        return parse_instant(row[0]) if row and deep_enough(row[1], down_to) else None

    def remember_sitemaps(self, read: dict[str, datetime], down_to: date = WHOLE) -> None:
        """Note the sitemaps a run read, every entry newer than ``down_to`` (see :meth:`sitemap_lastmod`)."""
        now = datetime.now(UTC).isoformat()
        with self.db:
            self.db.execute("BEGIN")
            for url, lastmod in read.items():
                self.db.execute(
                    "INSERT OR REPLACE INTO sitemaps (url, lastmod, read_at, down_to) VALUES (?, ?, ?, ?)",
                    (url, utc_text(lastmod), now, depth_text(down_to)),
                )

    # -- validators of feeds and sitemaps read whole (see IncrementalState.validators_for) -------
    def validators(self, url: str, down_to: date = WHOLE) -> Validators | None:
        """The validators (ETag, Last-Modified) the feed or sitemap ``url`` had when a run last read
        it, every entry newer than ``down_to`` or more; else None."""
        row = self.db.execute("SELECT etag, last_modified, down_to FROM validators WHERE url=?", (url,)).fetchone()
        return Validators(row[0], row[1]) if row and deep_enough(row[2], down_to) else None

    def remember_validators(self, read: dict[str, Validators | None], down_to: date = WHOLE) -> None:
        """Keep each document's validators; forget those of a document now served without any."""
        now = datetime.now(UTC).isoformat()
        with self.db:
            self.db.execute("BEGIN")
            for url, validators in sorted(read.items()):
                if validators is None:
                    self.db.execute("DELETE FROM validators WHERE url=?", (url,))
                else:
                    self.db.execute(
                        "INSERT OR REPLACE INTO validators (url, etag, last_modified, read_at, down_to) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (url, validators.etag, validators.last_modified, now, depth_text(down_to)),
                    )

    # -- how far down runs have read listings (see NewsSpider._enough_known) ---------------------
    def listing_read_down_to(self, url: str) -> date | None:
        """How far down a run that said OK read the listing ``url``: :data:`WHOLE` when to its last
        page, the date of ``-a since`` when down to cards older than that; None when no run has."""
        row = self.db.execute("SELECT down_to FROM listings WHERE url=?", (url,)).fetchone()
        if row is None:
            return None
        return WHOLE if row[0] is None else date.fromisoformat(row[0])

    def remember_listings(self, read: dict[str, date]) -> None:
        """Note how far down this run read each listing; a listing read further before keeps that."""
        now = datetime.now(UTC).isoformat()
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT INTO listings (url, read_at, down_to) VALUES (?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "read_at=excluded.read_at, down_to=CASE WHEN listings.down_to IS NULL OR excluded.down_to IS NULL "
                "THEN NULL ELSE MIN(listings.down_to, excluded.down_to) END",
                [(url, now, depth_text(down_to)) for url, down_to in sorted(read.items())],
            )

    # -- articles lost to a transient error, to fetch again (see IncrementalState.to_retry) ------
    def note_failed(self, url: str, lastmod: datetime | None, reason: str) -> None:
        now = datetime.now(UTC).isoformat()
        self.db.execute(
            "INSERT INTO retry VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT(url) DO UPDATE SET "
            "lastmod=COALESCE(excluded.lastmod, lastmod), reason=excluded.reason, attempts=attempts + 1, "
            "last_failed_at=excluded.last_failed_at",
            (url, utc_text(lastmod), reason, now, now),
        )

    def forget_failed(self, url: str) -> None:
        self.db.execute("DELETE FROM retry WHERE url=?", (url,))

    def failed(self) -> list[tuple[str, datetime | None, int]]:
        """(url, lastmod, failed runs) of every article waiting to be fetched again."""
        rows = self.db.execute("SELECT url, lastmod, attempts FROM retry ORDER BY first_failed_at").fetchall()
        return [(url, parse_instant(lastmod), attempts) for url, lastmod, attempts in rows]

    # -- snapshots (the site-wide tag cloud) ---------------------------------------------------
    def snapshot_digest(self, name: str) -> str | None:
        row = self.db.execute("SELECT digest FROM snapshots WHERE name=?", (name,)).fetchone()
        return row[0] if row else None

    def claim_snapshot(self, name: str, previous: str | None, digest: str) -> bool:
        """Always True: one process owns this store (see :meth:`lock`); the Redis store shares
        snapshots between workers and lets only one of them export each change."""
        return True

    def set_snapshot_digest(self, name: str, digest: str, observed_at: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO snapshots VALUES (?, ?, ?)", (name, digest, observed_at))

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def rebuild(self, outputs: list[Path]) -> int:
        """Fill an empty store from the records of ``outputs`` (JSON Lines files, oldest first;
        the newest record of a URL wins), after the store was lost. A record's own latest time
        (modified, else published) stands in for the listing date it was exported with, so an
        article is fetched again only when a listing or sitemap shows a newer one. The last tag
        cloud of each site is read from its snapshot lines. Return how many articles the store
        knows."""
        now = datetime.now(UTC).isoformat()
        with self.db:
            self.db.execute("BEGIN")
            for output in outputs:
                for snapshot in _snapshots(output):
                    self.set_snapshot_digest(snapshot["site"], snapshot["digest"], snapshot["observed_at"])
                for record in _records(output):
                    times = [_instant_or_none(record.get(name)) for name in ("published_at", "modified_at")]
                    lastmod = max((t for t in times if t is not None), default=None)
                    revision = record.get("revision")
                    published = record.get("published_at")
                    seen = record.get("crawled_at") if isinstance(record.get("crawled_at"), str) else now
                    self.db.execute(
                        "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (record["url"], record["content_hash"], revision if isinstance(revision, int) else 1,
                         published if isinstance(published, str) else None, utc_text(lastmod), seen, seen),
                    )  # fmt: skip
                    fetched = record.get("fetched_url")
                    if isinstance(fetched, str) and fetched != record["url"]:
                        self.db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (fetched, record["url"]))
        return self.count()


def _instant_or_none(value: Any) -> datetime | None:
    try:
        return parse_instant(value) if isinstance(value, str) else None
    except ValueError:
        return None


def set_aside(path: Path) -> Path:
    """Move an unreadable store (and SQLite's -wal and -shm files beside it) out of the way, to
    ``<name>.unreadable-<UTC time>``, for a person to look at; return where it went."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target


def utc_text(value: datetime | None) -> str | None:
    """UTC ISO text, so that SQLite's string comparison orders instants correctly."""
    return value.astimezone(UTC).isoformat() if value else None


def records_in(path: Path) -> set[tuple[str, str]]:
    """(url, content_hash) of every whole line of a JSONL file; a missing file holds none."""
    return {(record["url"], record["content_hash"]) for record in _records(path)}


def _records(path: Path) -> Iterator[dict[str, Any]]:
    """Every article record of a JSONL file (a whole line with a string ``url`` and
    ``content_hash``; a torn last line is none); a missing file holds none."""
    return _lines_with(path, ("url", "content_hash"))


def _snapshots(path: Path) -> Iterator[dict[str, Any]]:
    """Every tag-cloud snapshot line of a JSONL file (see :class:`newsbot.items.TagCloudSnapshot`)."""
    return _lines_with(path, ("site", "digest", "observed_at"))


def _lines_with(path: Path, keys: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict) and all(isinstance(record.get(key), str) for key in keys):
                    yield record
    except OSError:
        pass
