"""``scrapy savefixture URL``: save one live page into a site's fixture folder, with a stub expected
record to correct by hand.

    scrapy savefixture https://bestnews.kz/sport/80555-barys-obygral-avangard
    scrapy savefixture URL --into fixtures/bestnews --case sport-80555-barys

The page is fetched through the normal download path (robots.txt, retries, decompression), saved
byte for byte as ``<case>.html``, added to the folder's ``index.json``, and extracted once into
``<case>.json``. That JSON carries a ``"_review"`` key on purpose: the fixture tests refuse it until
someone has read the page, corrected every field and removed the key.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from itemadapter import ItemAdapter
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newsbot.cli import extract_page
from newsbot.items import EXPORTED_FIELDS
from newsbot.replay import load_index, write_json_atomic
from newsbot.sites import page_class_for

REVIEW_NOTE = (
    "Written by `scrapy savefixture` from the extractor's output: read the page, correct every field "
    "by hand (see fixtures/bestnews/_spec/SPEC.md), then delete this key."
)


def case_name(url: str) -> str:
    parts = [p for p in urlsplit(url).path.split("/") if p]
    name = "-".join(parts[:1] + parts[-1:]) if len(parts) > 1 else (parts[0] if parts else "index")
    return re.sub(r"[^A-Za-z0-9_-]+", "-", name.removesuffix(".html")).strip("-")[:120]


def default_folder(url: str) -> Path:
    page_class = page_class_for(url)
    module = page_class.__module__.rsplit(".", 1)[-1] if page_class else "generic"
    return Path("fixtures") / module


def stub_record(body: bytes, url: str, headers: dict[str, str]) -> dict[str, Any]:
    item = extract_page(body, url, headers=headers)
    record = {k: v for k, v in ItemAdapter(item).asdict().items() if k in EXPORTED_FIELDS}
    for key in ("crawled_at", "content_hash"):
        record.pop(key)
    for quote in record["quotes"]:
        quote.pop("start")
        quote.pop("end")
    return {"_review": REVIEW_NOTE, **json.loads(json.dumps(record, ensure_ascii=False))}


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options] <url>"

    def short_desc(self) -> str:
        return "Save a live page into a fixture folder with a stub expected JSON"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--into", help="fixture folder (default: fixtures/<site module>)")
        parser.add_argument("--case", help="file name without extension (default: from the URL)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one URL")
        url = args[0]
        folder = Path(opts.into) if opts.into else default_folder(url)
        case = opts.case or case_name(url)
        saved: dict[str, Any] = {}

        class SaveOne(scrapy.Spider):
            name = "savefixture"

            async def start(self):  # type: ignore[no-untyped-def]
                yield scrapy.Request(url, callback=self.save, errback=self.failed, dont_filter=True)

            def save(self, response: scrapy.http.Response) -> None:
                saved["response"] = response

            def failed(self, failure: Any) -> None:
                saved["error"] = failure.getErrorMessage()

        assert self.crawler_process is not None
        self.crawler_process.crawl(SaveOne)
        self.crawler_process.start()
        response = saved.get("response")
        if response is None:
            print(f"savefixture: could not fetch {url}: {saved.get('error', 'no response')}")
            self.exitcode = 1
            return
        folder.mkdir(parents=True, exist_ok=True)
        headers = {"Content-Type": response.headers.get("Content-Type", b"text/html").decode("latin-1")}
        (folder / f"{case}.html").write_bytes(response.body)
        index = load_index(folder) if (folder / "index.json").exists() else {}
        index[url] = {"file": f"{case}.html", "status": response.status, "headers": headers}
        write_json_atomic(folder / "index.json", index)
        try:
            record = stub_record(response.body, url, headers)
        except ValueError as exc:
            print(f"savefixture: saved {folder / (case + '.html')}, but it is not an article: {exc}")
            return
        (folder / f"{case}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"savefixture: saved {folder / (case + '.html')} and a stub {folder / (case + '.json')} to review")
