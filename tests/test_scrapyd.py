"""The scrapyd deployment target works: build the egg with scrapyd-deploy, run a real scrapyd on
loopback, schedule the crawl on the mirror, and get the JSONL."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from tests.conftest import MIRROR, ROOT, read_jsonl


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def call(port: int, endpoint: str, data: dict[str, Any] | list[tuple[str, str]] | None = None) -> dict[str, Any]:
    url = f"http://127.0.0.1:{port}/{endpoint}"
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(url, data=body, timeout=10) as response:
        result: dict[str, Any] = json.loads(response.read())
    return result


def test_deploy_and_schedule_on_scrapyd(tmp_path: Path) -> None:
    port = free_port()
    project = tmp_path / "project"
    project.mkdir()
    for name in ("newsbot", "pyproject.toml", "setup.py", "README.md"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, project / name)
    cfg = (ROOT / "scrapy.cfg").read_text().replace("http://localhost:6800/", f"http://127.0.0.1:{port}/")
    (project / "scrapy.cfg").write_text(cfg)

    server_dir = tmp_path / "scrapyd"
    server_dir.mkdir()
    (server_dir / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = eggs\nlogs_dir = logs\n"
        "items_dir =\ndbs_dir = dbs\nmax_proc = 1\npoll_interval = 0.5\n"
    )
    scrapyd_bin = Path(sys.executable).with_name("scrapyd")
    deploy_bin = Path(sys.executable).with_name("scrapyd-deploy")
    server = subprocess.Popen([str(scrapyd_bin)], cwd=server_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                call(port, "daemonstatus.json")
                break
            except OSError:
                time.sleep(0.1)
        deploy = subprocess.run(
            [str(deploy_bin), "-p", "newsbot"], cwd=project, capture_output=True, text=True, timeout=120
        )
        assert deploy.returncode == 0, deploy.stderr
        assert "bestnews" in call(port, "listspiders.json?project=newsbot")["spiders"]

        job = call(port, "schedule.json", [
            ("project", "newsbot"), ("spider", "bestnews"),
            ("setting", f"NEWSBOT_REPLAY={MIRROR}"), ("setting", "NEWSBOT_STATE="),
            ("setting", f"FEEDS={json.dumps({str(tmp_path / 'out.jsonl'): {'format': 'jsonlines'}})}"),
        ])["jobid"]  # fmt: skip
        for _ in range(600):
            jobs = call(port, "listjobs.json?project=newsbot")
            if any(j["id"] == job for j in jobs["finished"]):
                break
            time.sleep(0.2)
        else:
            raise AssertionError(f"job {job} did not finish: {jobs}")
        records = read_jsonl(tmp_path / "out.jsonl")
        assert len({r["url"] for r in records}) == len(records) >= 42
    finally:
        server.terminate()
        server.wait(timeout=10)
