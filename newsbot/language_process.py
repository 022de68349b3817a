"""The language work (quotes, attributions) in a child process, so that a crawl uses two cores.

Reading quotes and attributions is pure-Python CPU work, about 0.62 ms of the ~2.3 ms a crawl spends
on each article (docs/benchmarks.md). Scrapy runs everything else (the engine, the page classes,
the other pipelines, the feed) in one thread, so on a machine with a second core that work can run
beside the crawl: the quote and attribution pipelines send an article's paragraphs to one child
process and wait for the answer while the crawl goes on with other responses. A 10,000-article
replay goes from about 0.57x to about 0.73x the pages a second of a bare spider
(benchmarks/crawl.py). The records are the same: the child runs the same functions on the same
arguments.

The child is ``python -m newsbot.language_process``, started on the first article and fed through
its standard input and output: each message is a 4-byte length and a pickle. A request names a
module-level function (pickled by reference) and its arguments; the answer is its result, or the
exception it raised, which the pipeline then raises as if it had run in the crawl. The child
answers in the order it was asked, one request at a time; the traceback of an exception raised there
is added to it as a note.

Nothing is lost when the child is: if it cannot start, or exits, the requests it had not answered
and every later one run in the crawl's own process, with an error in the log and
``newsbot/language_process/failed`` in the stats. The child ignores SIGINT and SIGTERM (a Ctrl-C or
a service manager's stop reaches the whole process group; the crawl shuts down gracefully and still
needs it for the articles in flight) and exits when its standard input closes: at the spider's
close, or when the crawl dies however it dies.

``NEWSBOT_LANGUAGE_PROCESS``: ``"auto"`` (the default: a child when this process may use two or more
CPUs), ``True`` or ``False`` (all in the crawl's process, as ``newsbot extract`` does).
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import signal
import struct
import sys
import traceback
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")

_HEADER = struct.Struct("!I")
_STOP_TIMEOUT = 10.0
"""Seconds the child gets to exit after its input closes before it is killed."""

_PROCESSES: WeakKeyDictionary[Crawler, LanguageProcess | None] = WeakKeyDictionary()


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def wanted(settings: BaseSettings) -> bool:
    """Whether ``NEWSBOT_LANGUAGE_PROCESS`` asks for a child process: "auto", or a boolean as Scrapy
    reads one (``getbool``); raise ValueError on any other value."""
    value = settings.get("NEWSBOT_LANGUAGE_PROCESS", "auto")
    if isinstance(value, str) and value.strip().lower() == "auto":
        return usable_cpus() >= 2
    try:
        return settings.getbool("NEWSBOT_LANGUAGE_PROCESS")
    except ValueError:
        raise ValueError(f"NEWSBOT_LANGUAGE_PROCESS must be auto, true or false, not {value!r}") from None


class LanguageProcess:
    """The crawl's side of the child: :meth:`call` runs a function there and returns a future."""

    def __init__(self, crawler: Crawler):
        # Scrapy is imported here, not at the top: the child imports this module too, and without
        # Scrapy and Twisted it is half the size (39 against 78 MiB).
        from scrapy import signals

        self.stats = crawler.stats
        self._process: asyncio.subprocess.Process | None = None
        self._starting: asyncio.Task[None] | None = None
        self._reader: asyncio.Task[None] | None = None
        # (future, function, arguments) of every request the child has not answered, oldest first.
        self._pending: deque[tuple[asyncio.Future[Any], Callable[..., Any], tuple[Any, ...]]] = deque()
        self._failed = False
        self._closed = False
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def for_crawler(cls, crawler: Crawler) -> LanguageProcess | None:
        """The crawler's one child (shared by the pipelines that use it), or None when the
        setting keeps the work in the crawl's process."""
        if crawler not in _PROCESSES:
            _PROCESSES[crawler] = cls(crawler) if wanted(crawler.settings) else None
        return _PROCESSES[crawler]

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` run in the child (in this process if the child is gone)."""
        if self._failed or self._closed:
            return function(*args)
        if self._starting is None:
            try:
                asyncio.get_running_loop()
            except RuntimeError:  # another TWISTED_REACTOR than the asyncio one: no loop to read pipes
                self._fail("the crawl runs no asyncio event loop (TWISTED_REACTOR)")
                return function(*args)
            self._starting = asyncio.ensure_future(self._start())
        await self._starting
        if self._failed:
            return function(*args)
        assert self._process is not None and self._process.stdin is not None
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        payload = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
        self._pending.append((future, function, args))
        self._process.stdin.write(_HEADER.pack(len(payload)) + payload)
        return await future

    async def _start(self) -> None:
        package_root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        try:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", __name__,
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env,
            )  # fmt: skip
        except (OSError, NotImplementedError) as exc:  # NotImplementedError: an event loop without pipes
            self._fail(f"could not start it: {exc!r}")
            return
        self._inc("started")
        logger.debug("Language process started (pid %d)", self._process.pid)
        self._reader = asyncio.ensure_future(self._read_answers())

    async def _read_answers(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        stdout = self._process.stdout
        try:
            while True:
                (size,) = _HEADER.unpack(await stdout.readexactly(_HEADER.size))
                ok, value = pickle.loads(await stdout.readexactly(size))
                future, _function, _args = self._pending.popleft()
                if future.cancelled():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        except asyncio.IncompleteReadError:
            if self._closed and not self._pending:
                return
            code = await self._process.wait()
            self._fail(f"it exited with status {code}")
        except Exception as exc:  # a torn or unreadable answer: stop trusting the channel
            self._fail(f"its answer could not be read ({exc!r})")
            self._process.kill()

    def _fail(self, why: str) -> None:
        """Give up on the child: answer what it owed here, and run everything later here."""
        self._failed = True
        self._inc("failed")
        logger.error(
            "Language process failed, %s; reading quotes and attributions in the crawl's process from "
            "now on (%d requests in flight run here)",
            why,
            len(self._pending),
        )
        while self._pending:
            future, function, args = self._pending.popleft()
            if future.cancelled():
                continue
            try:
                future.set_result(function(*args))
            except Exception as exc:
                future.set_exception(exc)

    async def close(self) -> None:
        """Close the child's input and wait for it to exit (spider_closed)."""
        self._closed = True
        process = self._process
        if process is None or process.returncode is not None:
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), _STOP_TIMEOUT)
        except TimeoutError:
            logger.warning("Language process did not exit %.0f s after the crawl closed; killed", _STOP_TIMEOUT)
            process.kill()
            await process.wait()
        if self._reader is not None:
            await self._reader

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"newsbot/language_process/{key}")


def serve(requests: Any = None, answers: Any = None) -> None:
    """The child's loop: read a request, run it, write the answer, until the input ends."""
    requests = requests or sys.stdin.buffer
    answers = answers or sys.stdout.buffer
    while True:
        header = requests.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        (size,) = _HEADER.unpack(header)
        function, args = pickle.loads(requests.read(size))
        try:
            answer = (True, function(*args))
        except Exception as exc:
            exc.add_note("Raised in the language process:\n" + "".join(traceback.format_exception(exc)).rstrip())
            answer = (False, _picklable(exc))
        payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        answers.write(_HEADER.pack(len(payload)) + payload)
        answers.flush()


def _picklable(exc: Exception) -> Exception:
    """``exc`` if it survives a pickle round trip, else a RuntimeError carrying its traceback."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError("".join(traceback.format_exception(exc)))
    return exc


def main() -> None:
    # The crawl decides when this process ends, by closing its input (see the module docstring).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    serve()


if __name__ == "__main__":
    main()
