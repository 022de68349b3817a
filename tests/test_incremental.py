"""Scheduled runs against the mirror: only new or changed articles, nothing lost, nothing twice."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MIRROR, ROOT, expected_cases, read_jsonl, run_crawl

ALL_URLS = {json.loads(p.read_text(encoding="utf-8"))["url"] for p in expected_cases()}
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]


def crawl(
    workdir: Path, mirror: Path, *extra: str, spider: str = "bestnews"
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """One scheduled run on ``mirror`` from ``workdir`` (``extra``: more -s and -a): its process
    result and its stats report (``NEWSBOT_STATS_FILE``)."""
    result = run_crawl(
        workdir, "-s", f"NEWSBOT_REPLAY={mirror}", "-s", "NEWSBOT_STATS_FILE=stats.json", *FAST, *extra, spider=spider
    )
    report = json.loads((workdir / "stats.json").read_text(encoding="utf-8"))
    return result, report


def all_records(workdir: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted((workdir / "data" / "bestnews").glob("*.jsonl")):
        if path.name != "tag_cloud.jsonl":
            records += read_jsonl(path)
    return records


def change_article(mirror: Path, case: str, when: str) -> str:
    """Edit an article's text and say so where a real site would: modified time and sitemap lastmod."""
    page = mirror / f"{case}.html"
    html = page.read_text(encoding="utf-8")
    html = html.replace("</p>", " (Обновлено.)</p>", 1)
    html = re.sub(r'(article:modified_time" content=")[^"]+', rf"\g<1>{when}", html)
    page.write_text(html, encoding="utf-8")
    url = json.loads((mirror / f"{case}.json").read_text(encoding="utf-8"))["url"]
    sitemap = mirror / "sitemap.xml"
    xml = sitemap.read_text(encoding="utf-8")
    xml, count = re.subn(
        rf"(<loc>{re.escape(url)}</loc>(?:(?!</url>).)*?<lastmod>)[^<]+", rf"\g<1>{when}", xml, flags=re.S
    )
    assert count == 1, f"{url} not in the sitemap"
    sitemap.write_text(xml, encoding="utf-8")
    return url


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    copy = tmp_path / "mirror"
    shutil.copytree(MIRROR, copy)
    return copy


def test_second_run_exports_nothing_and_downloads_no_known_article(tmp_path: Path, mirror: Path) -> None:
    first, report1 = crawl(tmp_path, mirror)
    assert first.returncode == 0, first.stderr[-3000:]
    assert {r["url"] for r in all_records(tmp_path)} == ALL_URLS
    assert report1["stats"]["newsbot/quotes/found"] == sum(len(r["quotes"]) for r in all_records(tmp_path))
    time.sleep(1.1)  # a new run, a new dated file name

    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    stats = report2["stats"]
    assert report2["outputs"] == []  # no file for an empty run
    assert stats.get("item_scraped_count", 0) == 0
    assert stats["newsbot/skipped/unchanged"] >= len(ALL_URLS)
    article_pages = stats.get("newsbot/skipped/unchanged_content", 0)
    assert article_pages <= 1, "only the K2 redirect alias may be fetched again"
    assert stats.get("newsbot/quotes/found", 0) == 0  # an unchanged article is dropped before its quotes are read
    assert len(all_records(tmp_path)) == len(ALL_URLS)

    first_url = "https://bestnews.kz/kazakhstan/98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra"
    changed = {
        change_article(
            mirror, "kazakhstan-98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra", "2026-11-27T09:00:00+05:00"
        ),
        change_article(mirror, "sport-80555-barys-obygral-avangard", "2026-11-27T09:05:00+05:00"),
    }
    assert first_url in changed
    time.sleep(1.1)
    third, report3 = crawl(tmp_path, mirror)
    assert third.returncode == 0, third.stderr[-3000:]
    new = read_jsonl(
        Path(report3["outputs"][0]) if Path(report3["outputs"][0]).is_absolute() else tmp_path / report3["outputs"][0]
    )
    assert {r["url"] for r in new} == changed
    assert all(r["revision"] == 2 and "(Обновлено.)" in r["body"] for r in new)
    assert all(r["modified_at"].startswith("2026-11-27T09:0") for r in new)


def test_killed_runs_lose_nothing_and_duplicate_nothing(tmp_path: Path, mirror: Path) -> None:
    """SIGKILL real crawl processes at random moments, then one clean run: every .jsonl under
    data/ parses, and together they hold every mirror article exactly once."""
    rng = random.Random(20261127)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    (tmp_path / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    # A small delay spreads the ~70 downloads over ~3 s, so kills land mid-crawl, not only at start-up.
    cmd = [sys.executable, "-m", "scrapy", "crawl", "bestnews", "-s", f"NEWSBOT_REPLAY={mirror}",
           "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0.04", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False",
           "-s", "LOG_LEVEL=WARNING"]  # fmt: skip
    kills = 0
    for _attempt in range(10):
        process = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.5))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
        time.sleep(1.05)  # distinct run names
    assert kills >= 3, "the kills must land while crawls run"

    final, _report = crawl(tmp_path, mirror)
    assert final.returncode == 0, final.stderr[-3000:]
    for path in (tmp_path / "data").rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            json.loads(line)  # raises on a torn line
    counts = Counter((r["url"], r["revision"]) for r in all_records(tmp_path))
    assert {url for url, _ in counts} == ALL_URLS
    assert set(counts.values()) == {1}, [k for k, v in counts.items() if v > 1]
    assert not list((tmp_path / "data").rglob("*.part"))


def test_a_scheduled_run_reads_listings_only_down_to_what_it_exported_before(tmp_path: Path, mirror: Path) -> None:
    first, report1 = crawl(tmp_path, mirror)
    assert first.returncode == 0, first.stderr[-3000:]
    pages1 = report1["stats"]["newsbot/listing/pages"]
    assert "newsbot/listing/stopped_at_known" not in report1["stats"]  # everything was new
    time.sleep(1.1)

    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    stats = report2["stats"]
    # Listings of three pages or more stop after two pages of known articles (NEWSBOT_LISTING_KNOWN_PAGES).
    index = (mirror / "index.json").read_text(encoding="utf-8")
    third_pages = ["novosti?start=30", "kazakhstan?start=8", "sport?start=8"]
    assert all(f"bestnews.kz/{page}" in index for page in third_pages)
    longer = len(third_pages)
    assert stats["newsbot/listing/stopped_at_known"] == longer
    assert stats["newsbot/listing/pages"] == pages1 - longer
    assert "not paginating further" in second.stderr
    assert f"listing pages:        {pages1 - longer}, {longer} listings cut short at known articles" in second.stderr
    time.sleep(1.1)

    every_page = ["-s", "NEWSBOT_LISTING_KNOWN_PAGES=0"]
    third, report3 = crawl(tmp_path, mirror, *every_page)
    assert third.returncode == 0, third.stderr[-3000:]
    stats = report3["stats"]
    assert stats["newsbot/listing/pages"] == pages1 and "newsbot/listing/stopped_at_known" not in stats
    time.sleep(1.1)

    # A run bounded by date stops at known articles as well: the listings were read to their end.
    fourth, report4 = crawl(tmp_path, mirror, "-a", "since=2020-01-01")
    assert fourth.returncode == 0, fourth.stderr[-3000:]
    assert report4["stats"]["newsbot/listing/stopped_at_known"] == longer
    time.sleep(1.1)

    # So does max_pages not: a run asked for so many pages reads them.
    fifth, report5 = crawl(tmp_path, mirror, "-a", "max_pages=3")
    assert fifth.returncode == 0, fifth.stderr[-3000:]
    assert (
        report5["stats"]["newsbot/listing/pages"] == pages1
        and "newsbot/listing/stopped_at_known" not in report5["stats"]
    )


def test_a_schedule_with_a_fixed_since_reads_the_listings_down_to_it_once(tmp_path: Path, mirror: Path) -> None:
    """To monitor a site from a date on, without its whole archive: every scheduled run with the same
    ``-a since``. Such a run read every listing down to that date each time (known articles or not),
    so each run cost more listing pages as the months went by. Now, once a run that said OK has
    read a listing down to the date, the next ones stop at known articles. A run going further
    back, or one without a date, reads on down past them."""
    for address in ("https://bestnews.kz/sitemap.xml", "https://bestnews.kz/novosti?format=feed&type=rss"):
        set_status(mirror, address, 404)  # the listings are the only way to the articles
    dated = {json.loads(p.read_text(encoding="utf-8"))["url"]: json.loads(p.read_text(encoding="utf-8"))["published_at"][:10]
             for p in expected_cases()}  # fmt: skip
    one_page = ["-s", "NEWSBOT_LISTING_KNOWN_PAGES=1"]  # the mirror's listings are one to three pages long

    first, report1 = crawl(tmp_path, mirror, *one_page, "-a", "since=2025-01-01")
    assert first.returncode == 0, first.stderr[-3000:]
    exported = {r["url"] for r in all_records(tmp_path)}
    assert exported and all(dated[url] >= "2025-01-01" for url in exported)
    pages1 = report1["stats"]["newsbot/listing/pages"]
    time.sleep(1.1)

    second, report2 = crawl(tmp_path, mirror, *one_page, "-a", "since=2025-01-01")
    assert second.returncode == 0, second.stderr[-3000:]
    stats = report2["stats"]
    # The listings with a page 2 whose first page holds no card older than the date: /novosti,
    # /kazakhstan, /sport and /vlast (/dengi and /v-mire reach the date on their first page).
    assert stats["newsbot/listing/stopped_at_known"] == 4
    assert stats["newsbot/listing/pages"] == pages1 - 4
    assert report2["outputs"] == []
    time.sleep(1.1)

    third, report3 = crawl(tmp_path, mirror, *one_page, "-a", "since=2024-01-01")  # further back
    assert third.returncode == 0, third.stderr[-3000:]
    assert report3["stats"]["newsbot/listing/archive_not_read_yet"] >= 1
    assert "never read down to 2025-01-01" not in third.stderr and "never read down to 2024-01-01" in third.stderr
    new = {r["url"] for r in read_jsonl(tmp_path / report3["outputs"][0])}
    assert new and all("2024-01-01" <= dated[url] < "2025-01-01" for url in new)
    time.sleep(1.1)

    fourth, _report4 = crawl(tmp_path, mirror, *one_page)  # no date: down to the last pages
    assert fourth.returncode == 0, fourth.stderr[-3000:]
    assert "never read to its last page" in fourth.stderr
    assert {r["url"] for r in all_records(tmp_path)} == ALL_URLS
    time.sleep(1.1)

    fifth, report5 = crawl(tmp_path, mirror, *one_page)
    assert fifth.returncode == 0, fifth.stderr[-3000:]
    # Every listing with a page 2 (/novosti, /kazakhstan, /sport, /vlast, /dengi, /v-mire) stops after page 1.
    assert report5["stats"]["newsbot/listing/stopped_at_known"] == 6 and report5["outputs"] == []


def test_a_feed_dated_in_utc_with_minus_zero_does_not_fail_later_runs(tmp_path: Path, mirror: Path) -> None:
    """RSS dates with the zone "-0000" (RFC 2822's UTC) were read as times without a zone, which
    a run with articles known from before compared with its own dates: the feed's callback failed
    on every run after the first, and its articles were not read."""
    feed = mirror / "rss-novosti.xml"
    xml, count = re.subn(r" \+0500</pubDate>", " -0000</pubDate>", feed.read_text(encoding="utf-8"))
    assert count >= 10
    feed.write_text(xml, encoding="utf-8")
    first, _report1 = crawl(tmp_path, mirror)
    assert first.returncode == 0, first.stderr[-3000:]
    time.sleep(1.1)
    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "Spider error" not in second.stderr
    assert report2["stats"].get("log_count/ERROR", 0) == 0
    assert report2["stats"]["newsbot/skipped/unchanged"] >= len(ALL_URLS)


def test_a_run_never_replaces_the_file_of_a_run_that_began_in_the_same_second(tmp_path: Path, mirror: Path) -> None:
    """Run files are named after the run's start, to the second. A run starting in the second the
    last one began (a quick run, a restart) wrote over its file: records the store had marked
    exported were gone. Here every name the run could take is already there."""
    from datetime import UTC, datetime, timedelta

    from newsbot.text.dates import zone

    folder = tmp_path / "data" / "bestnews"
    folder.mkdir(parents=True)
    now = datetime.now(UTC)
    taken = {}
    for second in range(-2, 60):
        name = (now + timedelta(seconds=second)).astimezone(zone()).strftime("%Y-%m-%dT%H-%M-%S")
        (folder / f"{name}.jsonl").write_text(f'{{"earlier run": "{name}"}}\n', encoding="utf-8")
        taken[name] = (folder / f"{name}.jsonl").read_bytes()
    result, report = crawl(tmp_path, mirror)
    assert result.returncode == 0, result.stderr[-3000:]
    [output] = report["outputs"]
    assert output.endswith("-2.jsonl") and Path(output).stem.removesuffix("-2") in taken
    assert {r["url"] for r in read_jsonl(tmp_path / output)} == ALL_URLS
    assert all((folder / f"{name}.jsonl").read_bytes() == content for name, content in taken.items())


@pytest.mark.parametrize("file_limit", [150_000, 400_000])
def test_a_run_that_runs_out_of_disk_space_loses_nothing(tmp_path: Path, mirror: Path, file_limit: int) -> None:
    """The disk fills up mid-run (simulated: no file of the crawl may grow past ``file_limit``
    bytes, so writes fail as on a full disk): the store's writes fail, then the feed's. The run
    fails and says so; whatever file it leaves is whole; the next run, with room again, exports
    every article the first did not, and none twice."""

    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    (tmp_path / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    cmd = [sys.executable, "-m", "scrapy", "crawl", "bestnews", "-s", f"NEWSBOT_REPLAY={mirror}", *FAST]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    full = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, preexec_fn=full_disk)
    assert full.returncode == 1 and "Run FAILED" in full.stderr, full.stderr[-3000:]
    exported_then = {r["url"] for r in all_records(tmp_path)}  # every line whole, or read_jsonl fails
    assert len(exported_then) < len(ALL_URLS)
    time.sleep(1.1)

    again, _report = crawl(tmp_path, mirror)
    assert again.returncode == 0, again.stderr[-3000:]
    records = all_records(tmp_path)
    assert sorted(r["url"] for r in records) == sorted(ALL_URLS)  # each once
    assert {r["revision"] for r in records} == {1}


@pytest.mark.parametrize("damage", ["not_a_database", "cut_in_half"])
def test_an_unreadable_store_is_set_aside_and_rebuilt_from_the_output_files(
    tmp_path: Path, mirror: Path, damage: str
) -> None:
    """A store that SQLite cannot read (a disk fault, a half-copied backup) left the crawl without
    one: every article exported again, on every run, with one log line. It is moved aside and
    rebuilt from the output files, and the run exports nothing that was exported before."""
    first, _report1 = crawl(tmp_path, mirror)
    assert first.returncode == 0, first.stderr[-3000:]
    store = tmp_path / "data" / "state" / "bestnews.sqlite"
    data = store.read_bytes()
    for companion in store.parent.glob("bestnews.sqlite-*"):
        companion.unlink()  # SQLite's -wal and -shm: the damage is to the database file itself
    if damage == "not_a_database":
        store.write_bytes(bytes(random.Random(1).randrange(256) for _ in range(len(data))))
    else:
        store.write_bytes(data[: len(data) // 2])
    time.sleep(1.1)
    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    stats = report2["stats"]
    assert stats["newsbot/state/unreadable"] == 1
    assert stats["newsbot/state/rebuilt"] == len(ALL_URLS)
    assert stats.get("item_scraped_count", 0) == 0 and report2["outputs"] == []
    assert stats["newsbot/skipped/unchanged"] >= len(ALL_URLS)
    assert "Incremental store unreadable" in second.stderr
    assert [p.name for p in store.parent.glob("bestnews.sqlite.unreadable-*")]
    assert len(all_records(tmp_path)) == len(ALL_URLS)


def test_a_store_held_by_another_crawl_stops_the_run(tmp_path: Path, mirror: Path) -> None:
    import fcntl

    lock = tmp_path / "data" / "state" / "bestnews.sqlite.lock"
    lock.parent.mkdir(parents=True)
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a crawl of the same spider holds it
        result, report = crawl(tmp_path, mirror)
    assert result.returncode == 1
    assert report["stats"]["newsbot/failure/store_locked"] == 1
    assert report["stats"]["finish_reason"] == "store_locked"
    assert report["outputs"] == [] and "item_scraped_count" not in report["stats"]


def test_a_store_that_cannot_be_opened_stops_the_run(tmp_path: Path, mirror: Path) -> None:
    """A store path that cannot be made (a file where its folder should be; on a live machine, a
    folder without write permission) failed inside a signal handler, and the crawl ran without a
    store: every article exported again, on every run, reported OK."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "state").write_text("a file where the store's folder should be")
    result, report = crawl(tmp_path, mirror)
    assert result.returncode == 1
    assert report["stats"]["newsbot/failure/store_unavailable"] == 1
    assert report["stats"]["finish_reason"] == "store_unavailable"
    assert report["outputs"] == [] and "item_scraped_count" not in report["stats"]
    assert "Incremental store data/state/bestnews.sqlite cannot be used" in result.stderr


def test_a_record_the_feed_could_not_write_is_exported_by_the_next_run(tmp_path: Path, mirror: Path) -> None:
    """A record whose export failed (in the feed's signal handler) was marked exported with the
    rest of its run, so no later run would ever export it."""
    from tests.failing_pipeline import FAILING_URL

    unwritable = json.dumps({"tests.failing_pipeline.UnexportableOne": 960})
    first, _report = crawl(tmp_path, mirror, "-s", f"ITEM_PIPELINES_BASE={unwritable}")
    assert first.returncode == 1  # the failed export fails the run
    assert {r["url"] for r in all_records(tmp_path)} == ALL_URLS - {FAILING_URL}
    time.sleep(1.1)
    second, report = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    assert report["stats"]["item_scraped_count"] == 1
    assert sorted(r["url"] for r in all_records(tmp_path)) == sorted(ALL_URLS)


def split_sitemap(mirror: Path) -> tuple[list[str], list[str]]:
    """Make the mirror's sitemap an index of two sitemaps, each with half of its entries and a
    <lastmod>, as news sites serve them (one sitemap a month or a day). Return each one's URLs."""
    xml = (mirror / "sitemap.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<url>.*?</url>", xml, flags=re.S)
    head = xml[: xml.index("<url>")]
    halves = [entries[: len(entries) // 2], entries[len(entries) // 2 :]]
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    for number, half in enumerate(halves, 1):
        (mirror / f"sitemap-{number}.xml").write_text(head + "".join(half) + "</urlset>\n", encoding="utf-8")
        index[f"https://bestnews.kz/sitemap-{number}.xml"] = {**index["https://bestnews.kz/sitemap.xml"], "file": f"sitemap-{number}.xml"}  # fmt: skip
    # The index gives the second sitemap's old address, which redirects (sites move them).
    index[index_loc(2)] = {"file": None, "status": 301, "headers": {"Location": "https://bestnews.kz/sitemap-2.xml"}}
    (mirror / "index.json").write_text(json.dumps(index), encoding="utf-8")
    write_sitemap_index(mirror, ["2026-11-01T00:00:00+05:00", "2026-11-26T12:00:00+05:00"])
    return [[re.search(r"<loc>(.*?)</loc>", e)[1] for e in half] for half in halves]  # type: ignore[index,return-value]


def index_loc(number: int) -> str:
    """Where the split mirror's sitemap index says its sitemap ``number`` is."""
    return "https://bestnews.kz/sitemaps/2.xml" if number == 2 else f"https://bestnews.kz/sitemap-{number}.xml"


def write_sitemap_index(mirror: Path, lastmods: list[str]) -> None:
    entries = "".join(
        f"<sitemap><loc>{index_loc(n)}</loc><lastmod>{when}</lastmod></sitemap>" for n, when in enumerate(lastmods, 1)
    )
    (mirror / "sitemap.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{entries}</sitemapindex>\n",
        encoding="utf-8",
    )


def only_in_sitemap(mirror: Path, url: str) -> None:
    """Take the links to ``url`` out of the mirror's listings, feed and home page (they point to
    /novosti, no article, instead): only the sitemap leads to it."""
    path = url.removeprefix("https://bestnews.kz")
    for page in [*mirror.glob("listing-*.html"), mirror / "rss-novosti.xml", mirror / "home.html"]:
        text = page.read_text(encoding="utf-8")
        page.write_text(
            text.replace(url, "https://bestnews.kz/novosti").replace(f'"{path}"', '"/novosti"'), encoding="utf-8"
        )


def set_status(mirror: Path, url: str, status: int) -> None:
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    index[url]["status"] = status
    (mirror / "index.json").write_text(json.dumps(index), encoding="utf-8")


def test_a_scheduled_run_reads_only_the_sitemaps_of_an_index_that_changed(tmp_path: Path, mirror: Path) -> None:
    """Every run fetched every sitemap of a sitemap index (a news site's lists hundreds). Now one is
    fetched again only when the index's <lastmod> for it is newer than when a run read it whole
    and dealt with every article in it. An article of it lost to a server error is not left to
    the listings alone: the next run fetches it from the retry list."""
    _first_half, second_half = split_sitemap(mirror)
    flaky = next(url for url in second_half if url in ALL_URLS)
    only_in_sitemap(mirror, flaky)
    set_status(mirror, flaky, 500)
    first, report1 = crawl(tmp_path, mirror)
    stats = report1["stats"]
    assert stats["newsbot/dropped/http_500"] == 1 and flaky not in {r["url"] for r in all_records(tmp_path)}
    assert stats["newsbot/retry/noted"] == 1
    assert "retry list:           0 requested again, 1 lost this run, 0 given up" in first.stderr
    assert stats["newsbot/sitemaps/remembered"] == 2
    time.sleep(1.1)

    set_status(mirror, flaky, 200)
    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    stats = report2["stats"]
    assert stats["newsbot/sitemaps/skipped_unchanged"] == 2  # so only the retry list leads to it
    assert {r["url"] for r in all_records(tmp_path)} == ALL_URLS
    assert stats["newsbot/retry/requested"] == 1
    time.sleep(1.1)

    third, report3 = crawl(tmp_path, mirror)
    assert third.returncode == 0, third.stderr[-3000:]
    stats = report3["stats"]
    assert stats["newsbot/sitemaps/listed"] == 2 and stats["newsbot/sitemaps/skipped_unchanged"] == 2
    requests_skipping = stats["downloader/request_count"]
    assert "sitemaps in indexes:  2, 2 not fetched as unchanged, 0 as older than since" in third.stderr
    time.sleep(1.1)

    # An article of the second sitemap changes: the site updates its <lastmod> there and in the index.
    changed = next(url for url in reversed(second_half) if url in ALL_URLS and url != flaky)
    case = next(p.stem for p in expected_cases() if json.loads(p.read_text(encoding="utf-8"))["url"] == changed)
    html = (mirror / f"{case}.html").read_text(encoding="utf-8").replace("</p>", " (Обновлено.)</p>", 1)
    (mirror / f"{case}.html").write_text(html, encoding="utf-8")
    sitemap = mirror / "sitemap-2.xml"
    xml, count = re.subn(
        rf"(<loc>{re.escape(changed)}</loc>(?:(?!</url>).)*?<lastmod>)[^<]+",
        r"\g<1>2026-11-27T09:00:00+05:00",
        sitemap.read_text(encoding="utf-8"),
        flags=re.S,
    )
    assert count == 1
    sitemap.write_text(xml, encoding="utf-8")
    write_sitemap_index(mirror, ["2026-11-01T00:00:00+05:00", "2026-11-27T09:00:00+05:00"])
    fourth, report4 = crawl(tmp_path, mirror)
    assert fourth.returncode == 0, fourth.stderr[-3000:]
    stats = report4["stats"]
    assert stats["newsbot/sitemaps/skipped_unchanged"] == 1 and stats["newsbot/sitemaps/remembered"] == 1
    new = read_jsonl(tmp_path / report4["outputs"][0])
    assert [r["url"] for r in new] == [changed] and new[0]["revision"] == 2
    time.sleep(1.1)

    # The same state as the third run, with the skipping turned off: the two sitemaps are fetched
    # (three requests: the second one's old address redirects).
    fifth, report5 = crawl(tmp_path, mirror, "-s", "NEWSBOT_SITEMAP_SKIP_UNCHANGED=False")
    assert fifth.returncode == 0, fifth.stderr[-3000:]
    stats = report5["stats"]
    assert "newsbot/sitemaps/skipped_unchanged" not in stats
    assert stats["downloader/request_count"] == requests_skipping + 3


def set_headers(mirror: Path, url: str, **headers: str) -> None:
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    index[url]["headers"].update({name.replace("_", "-"): value for name, value in headers.items()})
    (mirror / "index.json").write_text(json.dumps(index), encoding="utf-8")


FEED = "https://bestnews.kz/novosti?format=feed&type=rss"
SITEMAP = "https://bestnews.kz/sitemap.xml"


def test_a_scheduled_run_fetches_feed_and_sitemap_again_only_when_the_site_says_they_changed(
    tmp_path: Path, mirror: Path
) -> None:
    """A site that sends validators (ETag, Last-Modified) with its feed and sitemap answers 304, and
    no body, to a run that gives them back while they are unchanged. newsbot gives them back only
    after a run that said OK read the document whole: a 304 then hides nothing that run left undone."""
    feed_xml = (mirror / "rss-novosti.xml").read_text(encoding="utf-8")
    items = re.findall(r"<item>.*?</item>", feed_xml, flags=re.S)
    late = next(url for item in items if (url := re.search(r"<link>(.*?)</link>", item)[1]) in ALL_URLS)  # type: ignore[index]
    late_item = next(item for item in items if f"<link>{late}</link>" in item)
    # The article the feed will add later is on no listing, and not in the sitemap: only the feed leads to it.
    only_in_sitemap(mirror, late)
    sitemap = mirror / "sitemap.xml"
    xml, count = re.subn(rf"<url>(?:(?!</url>).)*?<loc>{re.escape(late)}</loc>.*?</url>", "", sitemap.read_text(encoding="utf-8"), flags=re.S)  # fmt: skip
    assert count == 1
    sitemap.write_text(xml, encoding="utf-8")
    (mirror / "rss-novosti.xml").write_text(feed_xml.replace(late_item, ""), encoding="utf-8")
    set_headers(mirror, FEED, ETag='"feed-1"')
    set_headers(mirror, SITEMAP, Last_Modified="Thu, 26 Nov 2026 10:00:00 GMT")

    first, report1 = crawl(tmp_path, mirror)
    assert first.returncode == 0, first.stderr[-3000:]
    assert report1["stats"]["newsbot/conditional/remembered"] == 2
    assert "newsbot/conditional/sent" not in report1["stats"]  # nothing known yet
    assert {r["url"] for r in all_records(tmp_path)} == ALL_URLS - {late}
    time.sleep(1.1)

    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    stats = report2["stats"]
    assert stats["newsbot/conditional/sent"] == 2 and stats["newsbot/conditional/not_modified"] == 2
    assert stats["downloader/response_status_count/304"] == 2
    assert "conditional requests: 2 for feeds and sitemaps, 2 not modified (304)" in second.stderr
    assert report2["outputs"] == []
    time.sleep(1.1)

    # The site adds the article to its feed, and so changes the feed's ETag.
    (mirror / "rss-novosti.xml").write_text(feed_xml, encoding="utf-8")
    set_headers(mirror, FEED, ETag='"feed-2"')
    third, report3 = crawl(tmp_path, mirror)
    assert third.returncode == 0, third.stderr[-3000:]
    stats = report3["stats"]
    assert stats["newsbot/conditional/sent"] == 2 and stats["newsbot/conditional/not_modified"] == 1
    assert [r["url"] for r in read_jsonl(tmp_path / report3["outputs"][0])] == [late]
    assert stats["newsbot/conditional/remembered"] == 1  # the feed, read again (the sitemap answered 304)
    time.sleep(1.1)

    # A feed cut off before its end tag is read, but its validators are not kept.
    (mirror / "rss-novosti.xml").write_text(feed_xml[: feed_xml.rindex("</item>")], encoding="utf-8")
    set_headers(mirror, FEED, ETag='"feed-3"')
    fourth, report4 = crawl(tmp_path, mirror)
    assert fourth.returncode == 0, fourth.stderr[-3000:]
    assert "newsbot/conditional/remembered" not in report4["stats"]  # nothing read whole: cut off, or a 304
    with closing(sqlite3.connect(tmp_path / "data" / "state" / "bestnews.sqlite")) as db:
        kept = db.execute("SELECT url, etag, last_modified FROM validators ORDER BY url").fetchall()
    assert kept == [(FEED, '"feed-2"', None), (SITEMAP, None, "Thu, 26 Nov 2026 10:00:00 GMT")]
    time.sleep(1.1)

    # Turned off: every document downloaded whole.
    fifth, report5 = crawl(tmp_path, mirror, "-s", "NEWSBOT_CONDITIONAL_REQUESTS=False")
    assert fifth.returncode == 0, fifth.stderr[-3000:]
    stats = report5["stats"]
    assert "newsbot/conditional/sent" not in stats and "downloader/response_status_count/304" not in stats


def test_a_schedule_with_a_fixed_since_gets_its_304s_and_a_run_without_one_reads_everything(
    tmp_path: Path, mirror: Path
) -> None:
    """What a run with ``-a since`` reads of a feed or sitemap covers the runs with that date or a
    later one, not a run going further back: that one must read the entries the first skipped."""
    set_headers(mirror, FEED, ETag='"feed-1"')
    set_headers(mirror, SITEMAP, ETag='"sitemap-1"')
    dated = ["-a", "since=2025-01-01"]
    first, report1 = crawl(tmp_path, mirror, *dated)
    assert first.returncode == 0, first.stderr[-3000:]
    assert report1["stats"]["newsbot/conditional/remembered"] == 2
    time.sleep(1.1)

    later, report2 = crawl(tmp_path, mirror, "-a", "since=2025-06-01")
    assert later.returncode == 0, later.stderr[-3000:]
    assert report2["stats"]["newsbot/conditional/not_modified"] == 2 and report2["outputs"] == []
    time.sleep(1.1)

    undated, report3 = crawl(tmp_path, mirror)  # every entry: the validators of a dated read are not enough
    assert undated.returncode == 0, undated.stderr[-3000:]
    assert "newsbot/conditional/sent" not in report3["stats"]
    assert {r["url"] for r in all_records(tmp_path)} == ALL_URLS
    assert report3["stats"]["newsbot/conditional/remembered"] == 2
    time.sleep(1.1)

    again, report4 = crawl(tmp_path, mirror, *dated)  # a whole read covers a dated run
    assert again.returncode == 0, again.stderr[-3000:]
    assert report4["stats"]["newsbot/conditional/not_modified"] == 2


def test_a_listing_never_read_to_its_end_is_read_on_past_known_articles(tmp_path: Path, mirror: Path) -> None:
    """A scheduled run stops paging down a listing at pages of known articles. After a first crawl
    of the archive that did not reach the listing's end (killed, or here limited by max_pages), that
    rule lost the older pages for good: the next run met known articles on top and stopped. Now it
    applies only once a run has read the listing to its last page. The sitemap and the feed are
    taken away here, so the listings are the only way to the older articles."""
    for address in ("https://bestnews.kz/sitemap.xml", "https://bestnews.kz/novosti?format=feed&type=rss"):
        set_status(mirror, address, 404)
    limited, _report = crawl(tmp_path, mirror, "-a", "max_pages=2")
    assert limited.returncode == 0, limited.stderr[-3000:]
    first = {r["url"] for r in all_records(tmp_path)}
    assert first < ALL_URLS
    time.sleep(1.1)

    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    records = all_records(tmp_path)
    assert {r["url"] for r in records} == ALL_URLS and len(records) == len(ALL_URLS)
    stats = report2["stats"]
    assert "newsbot/listing/stopped_at_known" not in stats
    assert stats["newsbot/listing/archive_not_read_yet"] >= 1
    assert stats["newsbot/listing/read_to_end"] >= 8  # the sections and /novosti
    assert "listings cut short at known articles, 3 read on (never read to their end)" in second.stderr
    time.sleep(1.1)

    third, report3 = crawl(tmp_path, mirror)
    assert third.returncode == 0, third.stderr[-3000:]
    assert report3["stats"]["newsbot/listing/stopped_at_known"] == 3  # the three listings of three pages
    assert "newsbot/listing/archive_not_read_yet" not in report3["stats"]


def test_the_retry_list_keeps_the_date_and_gives_up_after_the_set_number_of_runs(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from scrapy.utils.test import get_crawler

    from newsbot.extensions.incremental import IncrementalState
    from newsbot.state import ArticleStore

    crawler = get_crawler(settings_dict={"NEWSBOT_RETRY_RUNS": 2})
    state = IncrementalState(crawler, tmp_path / "state.sqlite")
    state.store = ArticleStore(tmp_path / "state.sqlite")
    flaky, fixed = "https://bestnews.kz/kazakhstan/1-a", "https://bestnews.kz/kazakhstan/2-b"
    state.article_failed(flaky, "2026-11-27T10:00:00+05:00", "http_503")
    state.article_failed(fixed, None, "download_error")
    assert state.to_retry() == [(flaky, datetime(2026, 11, 27, 5, tzinfo=UTC)), (fixed, None)]
    state.article_reached(fixed)  # fetched this time
    state.article_failed(flaky, None, "download_error")  # lost again: its date is kept
    assert state.store.failed() == [(flaky, datetime(2026, 11, 27, 5, tzinfo=UTC), 2)]
    assert state.to_retry() == []  # lost in two runs: given up
    assert crawler.stats.get_value("newsbot/retry/gave_up") == 1
    assert state.store.failed() == []


def edit_article(mirror: Path, url: str, mark: str, when: str) -> None:
    """Change an article as a site does: its text, its modified time, its sitemap entry's
    <lastmod> and its sitemap's <lastmod> in the index (the split mirror of split_sitemap)."""
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    page = mirror / index[url]["file"]
    html = re.sub(r" \(Правка \d+\.\)", "", page.read_text(encoding="utf-8"))
    tail = editable_tail(mirror, url)
    html = html.replace(tail, f"{tail} ({mark}.)")
    html = re.sub(r'(article:modified_time" content=")[^"]+', rf"\g<1>{when}", html)
    page.write_text(html, encoding="utf-8")
    for number in (1, 2):
        sitemap = mirror / f"sitemap-{number}.xml"
        xml, count = re.subn(
            rf"(<loc>{re.escape(url)}</loc>(?:(?!</url>).)*?<lastmod>)[^<]+", rf"\g<1>{when}",
            sitemap.read_text(encoding="utf-8"), flags=re.S,
        )  # fmt: skip
        if count:
            sitemap.write_text(xml, encoding="utf-8")
            index_xml = (mirror / "sitemap.xml").read_text(encoding="utf-8")
            index_xml = re.sub(
                rf"(<loc>{re.escape(index_loc(number))}</loc><lastmod>)[^<]+", rf"\g<1>{when}", index_xml
            )
            (mirror / "sitemap.xml").write_text(index_xml, encoding="utf-8")
            return
    raise AssertionError(f"{url} is in no sitemap")


def stamp_validators(mirror: Path) -> None:
    """Give the feed, the sitemap index and each sitemap of the split mirror an ETag made from its
    bytes, as a web server does for a file: it changes when they change, so a conditional request
    gets a 304 only while they are the same."""
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    for url in (FEED, SITEMAP, "https://bestnews.kz/sitemap-1.xml", "https://bestnews.kz/sitemap-2.xml"):
        digest = hashlib.sha1((mirror / index[url]["file"]).read_bytes()).hexdigest()[:16]
        index[url]["headers"] = {**index[url]["headers"], "ETag": f'"{digest}"'}
    (mirror / "index.json").write_text(json.dumps(index), encoding="utf-8")


def editable_tail(mirror: Path, url: str) -> str:
    """The end of the article's last paragraph as its page writes it, or "" when the page writes
    it otherwise (with an entity, a tag in it): where an edit can be made."""
    case = next(p for p in expected_cases() if json.loads(p.read_text(encoding="utf-8"))["url"] == url)
    tail = json.loads(case.read_text(encoding="utf-8"))["paragraphs"][-1][-25:]
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    return tail if (mirror / index[url]["file"]).read_text(encoding="utf-8").count(tail) == 1 else ""


def test_a_season_of_scheduled_runs_exports_every_version_once(tmp_path: Path, mirror: Path) -> None:
    """Scheduled runs against a site that changes between them, everything at once, seeded:
    articles edited (with their sitemap dates), article pages failing with 500 for a run, runs
    SIGKILLed mid-crawl; the feed and sitemaps send ETags. The listing stop, the sitemap memory,
    the conditional requests, the retry list and the recovery of killed runs all meet here. After a last run with nothing failing: every article's latest text
    is exported, each version once, revisions 1, 2, ... in order, and every file is whole."""
    rng = random.Random(20261127)
    split_sitemap(mirror)
    urls = sorted(url for url in ALL_URLS if editable_tail(mirror, url))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    (tmp_path / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text())
    # A small delay spreads a run's ~70 downloads over ~2 s, so that kills land mid-crawl.
    cmd = [sys.executable, "-m", "scrapy", "crawl", "bestnews", "-s", f"NEWSBOT_REPLAY={mirror}",
           "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0.03", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False",
           "-s", "LOG_LEVEL=WARNING"]  # fmt: skip
    last_edit: dict[str, str] = {}
    failing: list[str] = []
    kills, kill_runs = 0, set(rng.sample(range(1, 11), 3))
    for run in range(12):
        if run:  # the site changes between runs
            for url in rng.sample(urls, 3):
                mark = f"Правка {run}"
                edit_article(mirror, url, mark, f"2026-11-27T{9 + run * 9 // 60:02d}:{run * 9 % 60:02d}:00+05:00")
                last_edit[url] = mark
        for url in failing:
            set_status(mirror, url, 200)
        failing = rng.sample(urls, 2) if run < 11 else []
        for url in failing:
            set_status(mirror, url, 500)
        stamp_validators(mirror)
        process = subprocess.Popen(
            [*cmd, "-s", f"NEWSBOT_STATS_FILE=stats-{run}.json"],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        if run in kill_runs:
            time.sleep(rng.uniform(0.6, 1.6))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                kills += 1
        assert process.wait(timeout=300) in (0, 1, -signal.SIGKILL)
        time.sleep(1.05)  # distinct run names
    assert kills >= 1 and last_edit
    not_modified = [
        json.loads(path.read_text(encoding="utf-8"))["stats"].get("newsbot/conditional/not_modified", 0)
        for path in tmp_path.glob("stats-*.json")
    ]
    assert sum(not_modified) >= 1  # the 304s were part of the season

    records = []
    for path in sorted((tmp_path / "data" / "bestnews").glob("*.jsonl")):
        if path.name != "tag_cloud.jsonl":
            records += read_jsonl(path)  # each line whole: a torn line fails here
    versions: dict[str, list[int]] = {}
    latest: dict[str, dict[str, Any]] = {}
    for record in records:
        versions.setdefault(record["url"], []).append(record["revision"])
        if record["revision"] >= latest.get(record["url"], {}).get("revision", 0):
            latest[record["url"]] = record
    assert set(versions) == ALL_URLS
    assert all(sorted(found) == list(range(1, len(found) + 1)) for found in versions.values()), versions
    for url, mark in last_edit.items():
        assert f"({mark}.)" in latest[url]["body"], (url, mark)


@pytest.mark.parametrize("site", ["tengrinews", "nur", "zakon"])
def test_a_second_run_of_another_site_exports_nothing_and_fetches_no_known_article(tmp_path: Path, site: str) -> None:
    """The incremental store with each site's own listings, feed and sitemap: a second run finds
    every article known and unchanged before downloading it, and exports nothing."""
    from tests.conftest import FIXTURES

    mirror = FIXTURES / site

    def run() -> dict[str, Any]:
        result, report = crawl(tmp_path, mirror, spider=site)
        assert result.returncode == 0, result.stderr[-3000:]
        stats: dict[str, Any] = report["stats"]
        return stats

    first = run()
    assert first["item_scraped_count"] >= 10
    time.sleep(1.1)
    second = run()
    assert second.get("item_scraped_count", 0) == 0
    assert second["newsbot/skipped/unchanged"] >= 1
    assert second.get("newsbot/skipped/unchanged_content", 0) <= 1
    assert second["downloader/request_count"] < first["downloader/request_count"]


def test_a_run_that_fails_or_follows_part_of_the_site_notes_no_sitemap_or_listing_as_read(
    tmp_path: Path, mirror: Path
) -> None:
    """Only a run whose summary says OK lets later runs skip what it read: one that fails (here a
    field's coverage under its floor, as when the markup changed and articles come out wrong)
    may have left articles undone. And a run of some sections did not follow every sitemap entry."""
    split_sitemap(mirror)
    set_headers(mirror, FEED, ETag='"feed-1"')
    every_quote = json.dumps({"headline": 1.0, "body": 1.0, "quotes": 1.0})  # 95% of the mirror has quotes
    failed, report = crawl(tmp_path, mirror, "-s", f"NEWSBOT_COVERAGE_FLOORS={every_quote}")
    assert failed.returncode == 1
    stats = report["stats"]
    assert "newsbot/sitemaps/remembered" not in stats and "newsbot/listing/read_to_end" not in stats
    assert "not noted as read: the run failed (quotes on 95% of articles, floor 100%)" in failed.stderr
    assert "newsbot/conditional/remembered" not in stats
    assert "validators of 3 feeds and sitemaps are not kept: the run failed" in failed.stderr
    time.sleep(1.1)

    part, report = crawl(tmp_path, mirror, "-a", "sections=sport,dengi")
    assert part.returncode == 0, part.stderr[-3000:]
    stats = report["stats"]
    assert "newsbot/sitemaps/skipped_unchanged" not in stats  # nothing was noted by the failed run
    assert "newsbot/sitemaps/remembered" not in stats
    assert "newsbot/conditional/sent" not in stats and "newsbot/conditional/remembered" not in stats
    assert "not noted as read: the run did not follow every entry (sections)" in part.stderr
    assert stats["newsbot/listing/read_to_end"] == 2  # the two listings it read are whole all the same


def test_a_store_from_before_listings_read_down_to_a_date_opens_and_keeps_what_it_knew(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime

    from newsbot.conditional import Validators
    from newsbot.state import WHOLE, ArticleStore

    path = tmp_path / "bestnews.sqlite"
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE listings (url TEXT PRIMARY KEY, read_at TEXT NOT NULL)")  # the old layouts
        db.execute("INSERT INTO listings VALUES ('https://bestnews.kz/sport', '2026-11-27T05:00:00+00:00')")
        db.execute("CREATE TABLE sitemaps (url TEXT PRIMARY KEY, lastmod TEXT NOT NULL, read_at TEXT NOT NULL)")
        db.execute(
            f"INSERT INTO sitemaps VALUES ('{SITEMAP}', '2026-11-26T05:00:00+00:00', '2026-11-27T05:00:00+00:00')"
        )
        db.execute(
            "CREATE TABLE validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, read_at TEXT NOT NULL)"
        )
        db.execute(f"INSERT INTO validators VALUES ('{FEED}', '\"f\"', NULL, '2026-11-27T05:00:00+00:00')")
    store = ArticleStore(path)
    # What an older newsbot noted was read whole, and so serves runs with or without a date.
    assert store.validators(FEED) == store.validators(FEED, date(2025, 1, 1)) == Validators('"f"', None)
    assert store.sitemap_lastmod(SITEMAP) == store.sitemap_lastmod(SITEMAP, date(2025, 1, 1)) is not None
    # Read down to a date: it serves runs with that date or a later one only.
    store.remember_sitemaps({SITEMAP: datetime(2026, 11, 27, 6, tzinfo=UTC)}, date(2025, 1, 1))
    assert store.sitemap_lastmod(SITEMAP) is None and store.sitemap_lastmod(SITEMAP, date(2024, 12, 31)) is None
    assert store.sitemap_lastmod(SITEMAP, date(2025, 1, 1)) == store.sitemap_lastmod(SITEMAP, date(2026, 1, 1))
    store.remember_validators({FEED: Validators('"g"', None)}, date(2025, 1, 1))
    assert store.validators(FEED) is None and store.validators(FEED, date(2025, 2, 1)) == Validators('"g"', None)
    assert store.listing_read_down_to("https://bestnews.kz/sport") == WHOLE  # read to its end then
    store.remember_listings(
        {"https://bestnews.kz/sport": date(2025, 1, 1), "https://bestnews.kz/vlast": date(2025, 1, 1)}
    )
    assert store.listing_read_down_to("https://bestnews.kz/sport") == WHOLE  # the deeper read stands
    assert store.listing_read_down_to("https://bestnews.kz/vlast") == date(2025, 1, 1)
    store.remember_listings({"https://bestnews.kz/vlast": date(2024, 1, 1)})
    assert store.listing_read_down_to("https://bestnews.kz/vlast") == date(2024, 1, 1)
    store.close()


def test_an_unchanged_sitemap_index_is_fetched_again_only_when_the_site_says_it_changed(
    tmp_path: Path, mirror: Path
) -> None:
    """The sitemap index was fetched whole on every run, even when it had not changed. Now a run
    that read (or skipped as unchanged) every sitemap an index lists, the index dating them all,
    keeps the index's validators: the next run gets a 304 and fetches none of its sitemaps. A
    change in a sitemap changes the index (its <lastmod>), which is then read again."""
    split_sitemap(mirror)
    stamp_validators(mirror)
    first, report1 = crawl(tmp_path, mirror)
    assert first.returncode == 0, first.stderr[-3000:]
    assert report1["stats"]["newsbot/conditional/remembered"] == 4  # the feed, the index, two sitemaps
    time.sleep(1.1)

    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    stats = report2["stats"]
    assert stats["newsbot/conditional/not_modified"] == 2  # the feed and the index
    assert "newsbot/sitemaps/listed" not in stats  # the index was not read again
    assert f"Not modified since a run read it (304): {SITEMAP}" in second.stderr
    time.sleep(1.1)

    # An article of the second sitemap changes: its sitemap and the index change with it.
    changed = next(url for url in sorted(ALL_URLS) if editable_tail(mirror, url) and url in split_urls(mirror)[1])
    edit_article(mirror, changed, "Правка 1", "2026-11-27T09:00:00+05:00")
    stamp_validators(mirror)
    third, report3 = crawl(tmp_path, mirror)
    assert third.returncode == 0, third.stderr[-3000:]
    stats = report3["stats"]
    assert stats["newsbot/sitemaps/listed"] == 2 and stats["newsbot/sitemaps/skipped_unchanged"] == 1
    new = read_jsonl(tmp_path / report3["outputs"][0])
    assert [r["url"] for r in new] == [changed] and new[0]["revision"] == 2
    time.sleep(1.1)

    fourth, report4 = crawl(tmp_path, mirror)
    assert fourth.returncode == 0, fourth.stderr[-3000:]
    assert "newsbot/sitemaps/listed" not in report4["stats"]


def split_urls(mirror: Path) -> list[list[str]]:
    """The article URLs of each sitemap of the split mirror."""
    return [re.findall(r"<loc>(.*?)</loc>", (mirror / f"sitemap-{n}.xml").read_text(encoding="utf-8")) for n in (1, 2)]


def test_a_sitemap_index_is_fetched_whole_while_one_of_its_sitemaps_failed_or_is_undated(
    tmp_path: Path, mirror: Path
) -> None:
    """An unchanged index may hide only sitemaps that runs read whole: not one that failed this run,
    nor, in an index that dates not every sitemap, one whose change the index would not show."""
    split_sitemap(mirror)
    stamp_validators(mirror)
    set_status(mirror, "https://bestnews.kz/sitemap-1.xml", 503)
    first, _ = crawl(tmp_path, mirror)
    assert first.returncode == 0, first.stderr[-3000:]  # the listings and the feed lead to every article
    assert "The validators of sitemap index https://bestnews.kz/sitemap.xml are not kept" in first.stderr
    time.sleep(1.1)
    _, report2 = crawl(tmp_path, mirror)
    assert report2["stats"]["newsbot/sitemaps/listed"] == 2  # read again: its first sitemap is still to read

    undated = tmp_path / "undated"
    undated.mkdir()
    mirror2 = undated / "mirror"
    shutil.copytree(MIRROR, mirror2)
    split_sitemap(mirror2)
    xml = (mirror2 / "sitemap.xml").read_text(encoding="utf-8")
    (mirror2 / "sitemap.xml").write_text(re.sub(r"<lastmod>[^<]+</lastmod>", "", xml, count=1), encoding="utf-8")
    stamp_validators(mirror2)
    for _ in range(2):
        result, report = crawl(undated, mirror2)
        assert result.returncode == 0, result.stderr[-3000:]
        assert report["stats"]["newsbot/sitemaps/listed"] == 2
        time.sleep(1.1)


def test_a_sitemap_not_modified_counts_as_read_at_the_date_its_index_now_gives(tmp_path: Path, mirror: Path) -> None:
    """An index that dates a sitemap later while the sitemap itself is the same: the conditional
    request gets a 304, which now counts as reading it at that date. Before, every later run asked
    again, as the date kept for it stayed the old one."""
    split_sitemap(mirror)
    stamp_validators(mirror)
    index = json.loads((mirror / "index.json").read_text(encoding="utf-8"))
    del index[SITEMAP]["headers"]["ETag"]  # the index itself comes without validators: read every run
    (mirror / "index.json").write_text(json.dumps(index), encoding="utf-8")
    first, _ = crawl(tmp_path, mirror)
    assert first.returncode == 0, first.stderr[-3000:]
    time.sleep(1.1)
    write_sitemap_index(mirror, ["2026-11-01T00:00:00+05:00", "2026-11-27T12:00:00+05:00"])  # sitemap 2: same bytes
    second, report2 = crawl(tmp_path, mirror)
    assert second.returncode == 0, second.stderr[-3000:]
    assert report2["stats"]["newsbot/sitemaps/skipped_unchanged"] == 1
    assert "Not modified since a run read it (304): https://bestnews.kz/sitemap-2.xml" in second.stderr
    time.sleep(1.1)
    third, report3 = crawl(tmp_path, mirror)
    assert third.returncode == 0, third.stderr[-3000:]
    assert report3["stats"]["newsbot/sitemaps/skipped_unchanged"] == 2
