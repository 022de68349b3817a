"""What the benchmarks share: the fixture pages, the machine description, running a crawl in a child
process (with its peak RSS) and printing a table. Benchmarks report numbers; they assert nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MIRROR = ROOT / "fixtures" / "bestnews"
OUT = BENCH / "out"  # gitignored: generated mirrors, crawl output, results

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PACKAGES = [
    "scrapy",
    "twisted",
    "parsel",
    "lxml",
    "dateparser",
    "pymorphy3",
    "trafilatura",
    "newspaper4k",
    "psutil",
]


@dataclass(frozen=True)
class FixturePage:
    """One saved article page of the Bestnews.kz mirror, with the URL it was saved from."""

    case: str
    url: str
    body: bytes


def fixture_pages() -> list[FixturePage]:
    """The mirror's article pages (every ``<case>.html`` with an expected ``<case>.json``), AMP included."""
    index: dict[str, dict[str, Any]] = json.loads((MIRROR / "index.json").read_text(encoding="utf-8"))
    url_of = {entry["file"]: url for url, entry in index.items() if entry.get("file")}
    pages = []
    for expected in sorted(MIRROR.glob("*.json")):
        html = expected.with_suffix(".html")
        if expected.name == "index.json" or not html.exists():
            continue
        pages.append(FixturePage(case=html.stem, url=url_of[html.name], body=html.read_bytes()))
    return pages


# -- machine ---------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    """What the numbers were measured on: CPU model, cores, memory, Python and package versions."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gib": mem_gib,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": versions,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "revision": revision(),
    }


def revision() -> str:
    """The commit of the code measured, and whether newsbot/ had uncommitted changes (read-only git:
    ``--no-optional-locks`` keeps ``status`` from refreshing the index)."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "--no-optional-locks", "status", "--porcelain", "--", "newsbot"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + (" with uncommitted changes in newsbot/" if changed else "")


def describe_machine(info: dict[str, Any]) -> str:
    packages = ", ".join(f"{k} {v}" for k, v in info["packages"].items() if v)
    return (
        f"{info['cpu']}, {info['usable_cores']} of {info['cores']} cores usable, {info['memory_gib']} GiB RAM, "
        f"{info['os']}; Python {info['python']}; {packages}; newsbot at {info.get('revision', 'unknown')}; "
        f"{info['date']}"
    )


# -- child processes -------------------------------------------------------------------------------
@dataclass
class ChildRun:
    """A finished child process: exit status, wall time, and its peak resident set size."""

    returncode: int
    wall_s: float
    peak_rss_mb: float
    """``ru_maxrss`` of this child (``os.wait4``), in MiB: the kernel's own high-water mark of the
    largest single process of it (the crawl, or a process it started and waited for)."""
    polled_rss_mb: float
    """The highest RSS of the child and its own children together, polled with psutil every 20 ms
    (newsbot's crawl runs a language process beside it)."""

    @property
    def total_peak_rss_mb(self) -> float:
        """Peak RSS of the child with its children: the polled sum, or the kernel's peak of the
        largest process where polling saw less (a short peak between two polls)."""
        return max(self.peak_rss_mb, self.polled_rss_mb)

    samples: list[tuple[float, float]]
    """(seconds since start, RSS MiB), one every ~0.5 s."""
    cpu_s: float
    """User + system CPU time of the child and of the children it waited for (newsbot's language
    process), start-up included: other processes' load barely moves it."""
    stdout: str
    stderr: str


def run_child(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 600) -> ChildRun:
    """Run ``cmd`` and wait for it with ``os.wait4``, so the rusage is that one child's alone
    (``RUSAGE_CHILDREN`` would hold the maximum over every child this process ever waited for)."""
    import psutil

    out_path, err_path = cwd / ".stdout", cwd / ".stderr"
    full_env = {**os.environ, **(env or {})}
    polled = 0
    samples: list[tuple[float, float]] = []
    started = time.perf_counter()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=out, stderr=err)
        watched = psutil.Process(proc.pid)
        stop = threading.Event()

        def poll() -> None:
            nonlocal polled
            last = -1.0
            while not stop.is_set():
                try:
                    rss = watched.memory_info().rss
                except psutil.Error:
                    return
                # newsbot's language process (newsbot.language_process) is a child of the crawl:
                # its memory is the crawl's too, and ru_maxrss (one process's peak) misses it.
                for child in watched.children(recursive=True):
                    with contextlib.suppress(psutil.Error):  # it may have exited since
                        rss += child.memory_info().rss
                polled = max(polled, rss)
                at = time.perf_counter() - started
                if at - last >= 0.5:
                    samples.append((round(at, 2), round(rss / 1024 / 1024, 1)))
                    last = at
                stop.wait(0.02)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        wall = time.perf_counter() - started
        stop.set()
        poller.join()
        proc.returncode = os.waitstatus_to_exitcode(status)  # wait4 reaped it: tell Popen
    return ChildRun(
        returncode=proc.returncode,
        wall_s=wall,
        peak_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        polled_rss_mb=polled / 1024 / 1024,
        samples=samples,
        cpu_s=usage.ru_utime + usage.ru_stime,
        stdout=out_path.read_text(encoding="utf-8", errors="replace"),
        stderr=err_path.read_text(encoding="utf-8", errors="replace"),
    )


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def newsbot_crawl(mirror: Path, workdir: Path, *extra: str, timeout: float = 600) -> tuple[ChildRun, dict[str, Any]]:
    """``scrapy crawl bestnews`` on ``mirror`` from ``workdir`` (scrapy.cfg copied, as tests/conftest.py
    does); return the run and the crawl's own stats (``NEWSBOT_STATS_FILE``)."""
    fresh_dir(workdir)
    shutil.copy(ROOT / "scrapy.cfg", workdir / "scrapy.cfg")
    cmd = [
        sys.executable, "-m", "scrapy", "crawl", "bestnews",
        "-s", f"NEWSBOT_REPLAY={mirror}",
        "-s", "NEWSBOT_STATE=",
        "-s", "LOG_LEVEL=INFO",
        "-s", "NEWSBOT_STATS_FILE=stats.json",
        *extra,
        "-O", "articles.jsonl",
    ]  # fmt: skip
    run = run_child(cmd, workdir, env={"PYTHONPATH": str(ROOT)}, timeout=timeout)
    stats = _read_stats(workdir / "stats.json", run)
    return run, stats.get("stats", stats)


def bare_crawl(mirror: Path, workdir: Path, *extra: str, timeout: float = 600) -> tuple[ChildRun, dict[str, Any]]:
    """``scrapy runspider benchmarks/bare_spider.py`` on ``mirror``, from a folder without scrapy.cfg
    (so none of newsbot's settings apply); return the run and the crawl's stats."""
    fresh_dir(workdir)
    cmd = [
        sys.executable, "-m", "scrapy", "runspider", str(BENCH / "bare_spider.py"),
        "-s", f"NEWSBOT_REPLAY={mirror}",
        "-s", "BARE_STATS_FILE=stats.json",
        *extra,
    ]  # fmt: skip
    env = {"PYTHONPATH": str(ROOT), "SCRAPY_SETTINGS_MODULE": ""}
    run = run_child(cmd, workdir, env=env, timeout=timeout)
    return run, _read_stats(workdir / "stats.json", run)


_EXCEPTION_LINE = re.compile(r"^[\w.]+(?:Error|Exception): ")


def warm_page_cache(mirror: Path) -> int:
    """Read every file of ``mirror`` once, so the crawl that follows reads them from memory. The
    replay handler reads a page from disk in the reactor's thread; this machine's kernel reclaims
    idle page cache, and a cold mirror put whole milliseconds of disk time on some responses (the
    bare spider ran at 274 pages/s in one run and 484 in the next). Both crawlers share that
    handler, so the file reads are not newsbot's cost and should not be the benchmark's noise."""
    total = 0
    for path in mirror.rglob("*"):
        if path.is_file():
            total += len(path.read_bytes())
    return total


def complete_crawl(
    crawl: Any, mirror: Path, workdir: Path, label: str, notes: list[str], attempts: int = 2
) -> tuple[ChildRun, dict[str, Any]]:
    """Run ``crawl`` (newsbot_crawl or bare_crawl) until it finishes normally with exit status 0, at
    most ``attempts`` times; say in ``notes`` why an attempt was thrown away. On a shared machine a
    crawl can be stopped by someone else's signal, or meet the code while another engineer edits
    it: such a run must not pass for a result."""
    for attempt in range(1, attempts + 1):
        warm_page_cache(mirror)
        run, stats = crawl(mirror, workdir)
        reason = stats.get("finish_reason")
        if reason == "finished" and run.returncode == 0:
            return run, stats
        lines = run.stderr.splitlines()
        clues = [line for line in lines if " ERROR: " in line or "Received SIG" in line][:3]
        clues += [line for line in lines if _EXCEPTION_LINE.match(line)][:2]
        clues = [clue.strip()[:300] for clue in clues]
        notes.append(
            f"{label}, attempt {attempt}: not a clean run (finish reason {reason!r}, "
            f"{stats.get('response_received_count')} responses, {stats.get('item_scraped_count', 0)} items, "
            f"exit {run.returncode})"
            + (f": {' | '.join(clues)}" if clues else "")
            + ("; run again" if attempt < attempts else "; kept as is")
        )
        print(f"warning: {notes[-1]}", file=sys.stderr)
    return run, stats


def _read_stats(path: Path, run: ChildRun) -> dict[str, Any]:
    if not path.exists():
        tail = "\n".join(run.stderr.splitlines()[-30:])
        raise RuntimeError(f"the crawl wrote no stats (exit {run.returncode}):\n{tail}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def pages_per_second(stats: dict[str, Any]) -> float:
    """Responses per second of crawl time, from the crawl's own stats."""
    return float(stats["response_received_count"]) / float(stats["elapsed_time_seconds"])


# -- output ----------------------------------------------------------------------------------------
def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A Markdown table (also readable as plain text)."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def save_result(path: str | None, result: dict[str, Any]) -> None:
    """Write a benchmark's result as JSON for run_all.py."""
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")


def verdict(value: float, target: float) -> str:
    return "met" if value >= target else "MISSED"


def profile_rows(profile: Any, limit: int, only: str | None = None, key: str = "tottime") -> list[list[Any]]:
    """The top ``limit`` functions of a cProfile run (a ``cProfile.Profile`` or a saved file) by
    ``key`` ("tottime" or "cumtime"), optionally only those whose file path contains ``only``:
    function, calls, own ms, cumulative ms, share of the profiled total."""
    import pstats

    stats = pstats.Stats(str(profile) if isinstance(profile, (str, Path)) else profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    found = []
    for (path, line, name), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if only and only not in path:
            continue
        if key == "cumtime" and cumtime > 0.9 * total:
            continue  # an entry point wrapping the whole run (scrapy's command, the reactor) says nothing
        found.append((tottime if key == "tottime" else cumtime, short_name(path, line, name), ncalls, tottime, cumtime))
    found.sort(key=lambda r: r[0], reverse=True)
    return [
        [short, ncalls, f"{tt * 1000:.0f}", f"{ct * 1000:.0f}", f"{value / total:.0%}"]
        for value, short, ncalls, tt, ct in found[:limit]
    ]


def short_name(path: str, line: int, name: str) -> str:
    if path.startswith("~") or path == "{built-in}":
        return name
    for marker in ("site-packages/", f"{ROOT}/", "/lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
            if marker == "/lib/python3":
                path = "stdlib " + path.split("/", 1)[1]
            break
    return f"{path}:{line}({name})"
