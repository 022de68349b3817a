"""The scheduling wrapper (deploy/newsbot-crawl.sh) as cron or systemd runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import MIRROR, ROOT


def run_wrapper(home: Path, *args: str, alert_file: Path) -> subprocess.CompletedProcess[str]:
    (home / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    scrapy = home / "scrapy"
    scrapy.write_text(f'#!/bin/sh\nexec {sys.executable} -m scrapy "$@"\n')
    scrapy.chmod(0o755)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "NEWSBOT_HOME": str(home),
        "NEWSBOT_SCRAPY": str(scrapy),
        "NEWSBOT_ALERT_CMD": f"cat > {alert_file}",
    }
    return subprocess.run(
        ["bash", str(ROOT / "deploy" / "newsbot-crawl.sh"), "bestnews", *args],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_a_good_run_logs_its_summary_and_raises_no_alert(tmp_path: Path) -> None:
    alert = tmp_path / "alert.txt"
    result = run_wrapper(tmp_path, "-s", f"NEWSBOT_REPLAY={MIRROR}", alert_file=alert)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "logs" / "bestnews.log").read_text(encoding="utf-8")
    assert "newsbot summary [bestnews]: OK" in log
    assert not alert.exists()
    assert list((tmp_path / "data" / "bestnews").glob("2*.jsonl"))


def robots_down(tmp_path: Path) -> Path:
    """A copy of the mirror whose robots.txt answers 503: a run on it fails (RFC 9309)."""
    mirror = tmp_path / "mirror"
    shutil.copytree(MIRROR, mirror)
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    index["https://bestnews.kz/robots.txt"] = {"file": None, "status": 503, "headers": {}}
    (mirror / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return mirror


def test_a_failed_run_alerts_with_the_reason(tmp_path: Path) -> None:
    mirror = robots_down(tmp_path)
    alert = tmp_path / "alert.txt"
    result = run_wrapper(tmp_path, "-s", f"NEWSBOT_REPLAY={mirror}", "-s", "RETRY_TIMES=0", alert_file=alert)
    assert result.returncode == 1
    text = alert.read_text(encoding="utf-8")
    assert "crawl failed with exit status 1" in text and "robots.txt unreachable" in text


def test_a_run_that_cannot_start_alerts_with_its_own_reason_not_the_last_failures(tmp_path: Path) -> None:
    """The alert's reason was the log's last "Run FAILED" line, whichever run wrote it: a run that
    could not start (a usage error, printed on stderr, not in the log) was reported with an
    earlier run's failure."""
    mirror = robots_down(tmp_path)
    alert = tmp_path / "alert.txt"
    failed = run_wrapper(tmp_path, "-s", f"NEWSBOT_REPLAY={mirror}", "-s", "RETRY_TIMES=0", alert_file=alert)
    assert failed.returncode == 1 and "robots.txt unreachable" in alert.read_text(encoding="utf-8")
    alert.unlink()

    mistaken = run_wrapper(tmp_path, "-s", f"NEWSBOT_REPLAY={MIRROR}", "-a", "since=2026-13-01", alert_file=alert)
    assert mistaken.returncode == 2
    text = alert.read_text(encoding="utf-8")
    assert "crawl could not start (exit status 2): " in text and "error: -a since=2026-13-01: not a date" in text
    assert "robots.txt" not in text
    assert "not a date" in (tmp_path / "logs" / "bestnews.log").read_text(encoding="utf-8")  # stderr is logged


def test_overlapping_runs_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    # A "previous run" holding the spider's lock.
    holder = subprocess.Popen(["flock", str(tmp_path / "logs" / ".bestnews.lock"), "sleep", "30"])
    try:
        time.sleep(0.5)
        result = run_wrapper(tmp_path, "-s", f"NEWSBOT_REPLAY={MIRROR}", alert_file=tmp_path / "alert.txt")
        assert result.returncode == 0
        assert "still running; this run skipped" in (tmp_path / "logs" / "bestnews.log").read_text()
        assert not (tmp_path / "data").exists()
    finally:
        holder.kill()
        holder.wait()
