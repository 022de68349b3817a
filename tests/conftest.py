from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
MIRROR = FIXTURES / "bestnews"


def mirror_index() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads((MIRROR / "index.json").read_text(encoding="utf-8"))
    return data


def expected_cases() -> list[Path]:  # the Bestnews.kz mirror
    """Every expected article record of the mirror (``<case>.json`` beside ``<case>.html``)."""
    return sorted(p for p in MIRROR.glob("*.json") if p.name != "index.json" and p.with_suffix(".html").exists())


def run_crawl(
    workdir: Path, *args: str, spider: str = "bestnews", env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``scrapy crawl`` in a subprocess (a fresh reactor per crawl), from ``workdir``."""
    (workdir / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, *args]
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(cmd, cwd=workdir, env=full_env, capture_output=True, text=True, timeout=timeout)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def crawl_mirror(
    workdir: Path, mirror: Path, *args: str, spider: str = "bestnews", output: str = "out.jsonl"
) -> dict[str, Any]:
    """Crawl a replay mirror into ``workdir/output``: the process result, the run's stats report
    (``NEWSBOT_STATS_FILE``) and the exported records."""
    result = run_crawl(
        workdir, *args, "-s", f"NEWSBOT_REPLAY={mirror}", "-s", "NEWSBOT_STATS_FILE=stats.json",
        "-O", output, spider=spider,
    )  # fmt: skip
    stats_file = workdir / "stats.json"
    report = json.loads(stats_file.read_text(encoding="utf-8")) if stats_file.exists() else {}
    out = workdir / output
    records = read_jsonl(out) if out.exists() else []
    return {"result": result, "workdir": workdir, "report": report, "records": records}
