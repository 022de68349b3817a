"""Extraction speed: newsbot's full per-page extraction against the parse floor, trafilatura and newspaper4k.

    python benchmarks/extraction.py                 # table, ratios, stress pages, profile
    python benchmarks/extraction.py --min-time 1 --no-stress --profile 0

All engines read the same pages in the same run: the 45 saved article pages of the Bestnews.kz
mirror (42 articles and 3 AMP pages), from bytes, with their real URLs. A round is one pass over
the 45 pages; rounds of the engines are interleaved, so drift of the machine hits all of them, and
each engine runs rounds until it has ``--min-time`` seconds (at least 3). Pages/s is the median
round's.

- **parse floor**: ``lxml.html.fromstring(body)``, nothing else.
- **newsbot**: what a crawl does for each article page (``NewsSpider.parse_article`` and the item
  pipelines): response with encoding repair, page class (``page_kind``, ``to_article``: every field
  and the tag cloud), then every pipeline that ``newsbot extract`` runs (clean text, lead, required
  fields, dates, quotes, attributions, content hash, serializable), the pipelines built once as in
  a crawl. The output is checked to be identical to ``newsbot.cli.extract_page``'s.
- **newsbot, word caches cold**: the same, with newsbot's ``functools`` caches (pymorphy3 parses,
  nominative forms) emptied before each round: the 45 pages repeat every round, which a crawl's
  pages do not.
- **newsbot.cli.extract_page()**: the public one-page function as it is (it builds a crawler per call).
- **trafilatura**: ``trafilatura.extract(body, url=url)`` with its defaults.
- **newspaper4k**: ``Article(url, language="ru", fetch_images=False)``, ``download(input_html=...)``,
  ``parse()`` (no network).
- **newsbot without the quote pipeline / without the quote and attribution pipelines**: for
  reference only (their records lack quotes or attributions): how far the speed targets are even
  if the language readers cost nothing.

Stress pages (a child process, so a blow-up cannot hang the run): one page of 625 ... 5,000
paragraphs, and text with 250 ... 2,000 guillemets in three shapes; the growth exponent (the slope
of log time against log size, fitted over the four sizes) is ~1 for linear work, ~2 for quadratic.

Then, to say where the time goes: newsbot's work timed stage by stage without a profiler (each
field of the page class, each pipeline), the cost of writing a record as the crawl's JSON Lines feed
does (newsbot's exporter against Scrapy's), and a cProfile of 3 rounds (``--profile N`` functions, 0
for none).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import html
import json
import math
import re
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import MIRROR, FixturePage, fixture_pages, profile_rows, save_result, table, verdict

TARGET_VS_TRAFILATURA = 5.0
TARGET_VS_PARSE = 0.4
STRESS_TIMEOUT = 120.0

Extractor = Callable[[bytes, str], Any]


# -- engines ---------------------------------------------------------------------------------------
def parse_floor() -> Extractor:
    import lxml.html

    def extract(body: bytes, url: str) -> Any:
        return lxml.html.fromstring(body)

    return extract


def newsbot_pipelines() -> list[Any]:
    """The pipelines ``newsbot extract`` runs, built once, as a crawl builds them (see newsbot.cli)."""
    from newsbot.cli import Extractor

    pipelines: list[Any] = Extractor().pipelines
    return pipelines


def newsbot_extractor(without: tuple[str, ...] = ()) -> Extractor:
    """newsbot's per-page work as a crawl does it: newsbot.cli.Extractor, pipelines built once;
    ``without``: names of pipeline classes left out (for reference rows only)."""
    from newsbot.cli import Extractor as NewsbotExtractor

    extractor = NewsbotExtractor()
    extractor.pipelines = [p for p in extractor.pipelines if type(p).__name__ not in without]

    def extract(body: bytes, url: str) -> Any:
        return extractor.extract(body, url)

    return extract


# The methods ArticlePage.to_article calls, in its order.
PAGE_FIELDS = ["url", "language", "headline", "lead", "paragraphs", "date_fields", "authors", "section",
               "views", "images", "tags", "tag_cloud"]  # fmt: skip


def breakdown(pages: list[FixturePage], rounds: int = 5) -> list[list[Any]]:
    """Where newsbot's per-page time goes, timed stage by stage without a profiler: ms per page."""
    from scrapy.http import HtmlResponse

    from newsbot.middlewares import repair_encoding
    from newsbot.sites import page_class_for
    from newsbot.sites.base import unusable_response

    pipelines = newsbot_pipelines()
    spent: dict[str, float] = {}  # the stages of a page, in order; they add up to the whole
    parts: dict[str, float] = {}  # to_article()'s fields, each timed on its own call

    def add(into: dict[str, float], stage: str, started: float) -> float:
        now = time.perf_counter()
        into[stage] = into.get(stage, 0.0) + now - started
        return now

    for _ in range(rounds):
        for p in pages:
            t = time.perf_counter()
            response, _reason = repair_encoding(HtmlResponse(url=p.url, body=p.body))
            unusable_response(response)
            t = add(spent, "response, encoding repair, unusable_response()", t)
            page_class = page_class_for(p.url)
            assert page_class is not None and isinstance(response, HtmlResponse)
            page = page_class(response, now=datetime.now(UTC))  # parses the page (parse_page)
            t = add(spent, "page class: HTML parse (parse_page)", t)
            page.page_kind()
            t = add(spent, "page class: page_kind()", t)
            # The fields one by one, on a second page object over the same parsed tree (a page keeps
            # what it has looked up, so timing them on ``page`` would make to_article() look cheap).
            probe = page_class(response, now=datetime.now(UTC))
            t = time.perf_counter()
            for name in PAGE_FIELDS:
                if hasattr(probe, name):
                    getattr(probe, name)()
                    t = add(parts, f"  to_article: {name}()", t)
            item: Any = page.to_article()
            t = add(spent, "page class: to_article()", t)
            for pipeline in pipelines:
                item = pipeline.process_item(item)
                t = add(spent, f"pipeline: {type(pipeline).__name__}", t)
    count = rounds * len(pages)
    total = sum(spent.values())
    rows = []
    for stage, value in spent.items():
        rows.append([stage, f"{value / count * 1000:.3f}", f"{value / total:.0%}"])
        if stage == "page class: to_article()":
            rows += [[name, f"{v / count * 1000:.3f}", f"{v / total:.0%}"] for name, v in parts.items()]
    rows.append(["total", f"{total / count * 1000:.3f}", "100%"])
    return rows


def export_cost(pages: list[FixturePage], rounds: int = 10) -> dict[str, float]:
    """ms per record to write newsbot's records as the crawl's JSON Lines feed does
    (``newsbot.feeds.JsonLinesExporter``), against Scrapy's own exporter (whose JSON encoder turns
    each nested dataclass into a dict through ItemAdapter) and ``json.dumps(dataclasses.asdict())``.
    All three write the same JSON. Not part of the extraction."""
    import dataclasses
    import io

    from scrapy.exporters import JsonLinesItemExporter

    from newsbot.feeds import JsonLinesExporter
    from newsbot.items import EXPORTED_FIELDS

    extract = newsbot_extractor()
    items = [extract(p.body, p.url) for p in pages]
    exporters = {}
    for name, cls in (("newsbot", JsonLinesExporter), ("scrapy", JsonLinesItemExporter)):
        exporters[name] = cls(io.BytesIO(), fields_to_export=EXPORTED_FIELDS, encoding="utf-8")
        exporters[name].start_exporting()

    def plain(item: Any) -> bytes:
        record = dataclasses.asdict(item)
        return json.dumps({k: record[k] for k in EXPORTED_FIELDS}, ensure_ascii=False).encode("utf-8")

    def per_item(function: Callable[[Any], Any]) -> float:
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            for item in items:
                function(item)
            times.append(time.perf_counter() - started)
        return statistics.median(times) / len(items) * 1000

    nested = sum(len(i.tag_cloud) + len(i.images) + len(i.tags) + len(i.quotes) + len(i.attributions) for i in items)
    return {
        "newsbot_exporter_ms": per_item(exporters["newsbot"].export_item),
        "scrapy_exporter_ms": per_item(exporters["scrapy"].export_item),
        "asdict_json_ms": per_item(plain),
        "nested_objects": nested / len(items),
    }


def newsbot_cold_extractor() -> tuple[Extractor, Callable[[], None]]:
    """The newsbot extractor and a function that empties newsbot's memoizing caches."""
    import importlib
    import pkgutil

    import newsbot.text

    cached = []
    for info in pkgutil.iter_modules(newsbot.text.__path__):
        module = importlib.import_module(f"newsbot.text.{info.name}")
        for name, value in vars(module).items():
            # Keep the loaded dictionaries and time zones: a crawl loads them once, too.
            if hasattr(value, "cache_clear") and name not in ("analyzer", "zone"):
                cached.append(value)

    def clear() -> None:
        for function in cached:
            function.cache_clear()

    return newsbot_extractor(), clear


def extract_page_as_is() -> Extractor:
    from newsbot.cli import extract_page

    def extract(body: bytes, url: str) -> Any:
        return extract_page(body, url)

    return extract


def trafilatura_extractor() -> Extractor:
    import trafilatura

    def extract(body: bytes, url: str) -> Any:
        return trafilatura.extract(body, url=url)

    return extract


def newspaper_extractor() -> Extractor:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "nltk is not installed": only its NLP step needs it
        from newspaper import Article

    def extract(body: bytes, url: str) -> Any:
        article = Article(url, language="ru", fetch_images=False)
        article.download(input_html=body.decode("utf-8"))
        article.parse()
        return article

    return extract


def check_same_as_extract_page(pages: list[FixturePage], extract: Extractor) -> list[str]:
    """Cases where the benchmarked newsbot path and newsbot.cli.extract_page disagree."""
    from newsbot.cli import extract_page, to_json_line

    def line(item: Any) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(to_json_line(item))
        record.pop("crawled_at", None)
        return record

    return [p.case for p in pages if line(extract(p.body, p.url)) != line(extract_page(p.body, p.url))]


# -- timing ----------------------------------------------------------------------------------------
def measure(
    engines: dict[str, tuple[Extractor, Callable[[], None] | None]], pages: list[FixturePage], min_time: float
) -> dict[str, dict[str, float]]:
    rounds: dict[str, list[float]] = {name: [] for name in engines}
    for extract, _before in engines.values():  # warm-up: imports, dictionaries, lazy setup
        for page in pages:
            extract(page.body, page.url)
    while True:
        pending = [n for n, times in rounds.items() if len(times) < 3 or sum(times) < min_time]
        if not pending:
            break
        for name in pending:
            extract, before = engines[name]
            if before is not None:
                before()
            started = time.perf_counter()
            for page in pages:
                extract(page.body, page.url)
            rounds[name].append(time.perf_counter() - started)
    result = {}
    for name, times in rounds.items():
        median = statistics.median(times)
        result[name] = {
            "pages_per_s": len(pages) / median,
            "ms_per_page": median / len(pages) * 1000,
            "rounds": len(times),
            "best_pages_per_s": len(pages) / min(times),
        }
    return result


# -- page size -------------------------------------------------------------------------------------
SIZE_FACTORS = (1, 2, 4)
_FEED_ITEM = (
    '<li><div class="uk-h6"><span class="uk-label label-lenta">{time}</span> '
    '<a class="right-item-title" href="{href}">{title}</a></div></li>\n'
)


def feed_entries() -> list[tuple[str, str]]:
    """(link, headline) of every article of the mirror, for a longer news feed."""
    entries = []
    for path in sorted(MIRROR.glob("*.json")):
        if path.name != "index.json" and path.with_suffix(".html").exists():
            record = json.loads(path.read_text(encoding="utf-8"))
            entries.append((record["url"].removeprefix("https://bestnews.kz"), record["headline"]))
    return entries


def grown_page(page: FixturePage, factor: int, entries: list[tuple[str, str]]) -> FixturePage:
    """``page`` about ``factor`` times as large: its sidebar news feed ("Лента новостей", the part
    of a news page that a site makes as long as it likes) given more entries, links to the mirror's
    other articles. Nothing an extractor should read changes."""
    if factor == 1:
        return page
    items: list[str] = []
    size, k = len(page.body), 0
    while size < factor * len(page.body):
        href, title = entries[k % len(entries)]
        item = _FEED_ITEM.format(time=f"{(k // 60) % 24:02d}:{k % 60:02d}", href=href, title=html.escape(title))
        items.append(item)
        size += len(item.encode("utf-8"))
        k += 1
    block = ('<div class="uk-panel"><h3 class="uk-h4">Лента новостей</h3>\n<ul class="uk-list uk-list-divider">\n'
             + "".join(items) + "</ul></div>\n").encode("utf-8")  # fmt: skip
    at = page.body.rfind(b"</aside>")
    if at < 0:
        at = page.body.rfind(b"</body>")
    return FixturePage(page.case, page.url, page.body[:at] + block + page.body[at:])


def page_size_runs(pages: list[FixturePage], min_time: float) -> list[dict[str, Any]]:
    """The parse floor, newsbot and trafilatura on the pages as saved and grown 2x and 4x by a
    longer sidebar feed; newsbot's records are checked to stay the same."""
    from newsbot.cli import to_json_line

    def line(item: Any) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(to_json_line(item))
        record.pop("crawled_at", None)
        return record

    entries = feed_entries()
    newsbot = newsbot_extractor()
    engines: dict[str, tuple[Extractor, Callable[[], None] | None]] = {
        "floor": (parse_floor(), None),
        "newsbot": (newsbot, None),
        "trafilatura": (trafilatura_extractor(), None),
    }
    rows = []
    for factor in SIZE_FACTORS:
        grown = [grown_page(p, factor, entries) for p in pages]
        changed = [
            g.case
            for g, p in zip(grown, pages, strict=True)
            if line(newsbot(g.body, g.url)) != line(newsbot(p.body, p.url))
        ]
        speeds = measure(engines, grown, min_time)
        rows.append({
            "factor": factor,
            "mean_page_bytes": sum(len(g.body) for g in grown) // len(grown),
            "pages_per_s": {name: s["pages_per_s"] for name, s in speeds.items()},
            "newsbot_vs_floor": speeds["newsbot"]["pages_per_s"] / speeds["floor"]["pages_per_s"],
            "newsbot_vs_trafilatura": speeds["newsbot"]["pages_per_s"] / speeds["trafilatura"]["pages_per_s"],
            "records_changed": changed,
        })  # fmt: skip
    return rows


# -- stress pages ----------------------------------------------------------------------------------
SEED = MIRROR / "kazakhstan-98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra.html"
SEED_URL = "https://bestnews.kz/kazakhstan/98765-aida-balaeva-provela-vstrechu-s-direktorom-luvra"
_BODY_RE = re.compile(r'(<div class="uk-article-body">\n).*?(<div class="uk-hr">)', re.DOTALL)


def page_with_paragraphs(paragraphs: list[str]) -> bytes:
    """The seed article page with its text replaced by ``paragraphs``."""
    seed = SEED.read_text(encoding="utf-8")
    text = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
    page, count = _BODY_RE.subn(lambda m: m.group(1) + text + m.group(2), seed, count=1)
    assert count == 1, "the seed page changed: no article body found"
    return page.encode("utf-8")


def corpus_paragraphs() -> list[str]:
    """Every paragraph of the mirror's expected records, in order (real text: quotes, attributions)."""
    out: list[str] = []
    for path in sorted(MIRROR.glob("*.json")):
        if path.name != "index.json" and ".amp." not in path.name and path.with_suffix(".html").exists():
            out.extend(json.loads(path.read_text(encoding="utf-8"))["paragraphs"])
    return out


def stress_cases() -> list[tuple[str, str, list[tuple[int, list[str]]]]]:
    """(name, unit, [(size, paragraphs), ...]) for each stress shape."""
    pool = corpus_paragraphs()
    quote = "«Мы продолжим работу над проектом номер {k}», — сказал Аскар Жумагалиев."
    sizes = [625, 1250, 2500, 5000]
    marks = [250, 500, 1000, 2000]
    return [
        ("real paragraphs, one page", "paragraphs", [(n, [pool[k % len(pool)] for k in range(n)]) for n in sizes]),
        ("«quote», — said X. in one paragraph", "guillemets",
         [(g, [" ".join(quote.format(k=k) for k in range(g // 2))]) for g in marks]),
        ("«quote», — said X. one per paragraph", "guillemets",
         [(g, [quote.format(k=k) for k in range(g // 2)]) for g in marks]),
        ("unclosed « in one paragraph", "guillemets", [(g, [" ".join(f"«слово{k} и" for k in range(g))]) for g in marks]),
    ]  # fmt: skip


def best_time(function: Callable[[], Any], budget: float = 0.5, repeats: int = 5) -> float:
    times: list[float] = []
    while len(times) < repeats or (sum(times) < budget and len(times) < 50):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def run_stress(out: Path) -> None:
    """Time every stress case, largest last, writing ``out`` after each so a timeout keeps the rest."""
    import lxml.html

    from newsbot.text.quotes import extract_quotes

    extract = newsbot_extractor()

    def time_page(body: bytes) -> dict[str, Any]:
        item = extract(body, SEED_URL)
        return {
            "page_kb": len(body) // 1024,
            "paragraphs_read": len(item.paragraphs),
            "quotes_found": len(item.quotes),
            "newsbot_ms": best_time(lambda: extract(body, SEED_URL)) * 1000,
            "quotes_ms": best_time(lambda: extract_quotes(item.paragraphs, item.language)) * 1000,
            "parse_ms": best_time(lambda: lxml.html.fromstring(body)) * 1000,
        }

    results: list[dict[str, Any]] = []
    for name, unit, sizes in stress_cases():
        for size, paragraphs in sizes:
            results.append({"case": name, "unit": unit, "size": size, **time_page(page_with_paragraphs(paragraphs))})
            out.write_text(json.dumps(results), encoding="utf-8")


def stress_in_child() -> tuple[list[dict[str, Any]], str | None]:
    with tempfile.TemporaryDirectory(prefix="newsbot-stress-") as tmp:
        out = Path(tmp) / "stress.json"
        problem = None
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--stress-child", str(out)],
                check=False,
                timeout=STRESS_TIMEOUT,
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                problem = f"the stress run failed: {done.stderr.strip().splitlines()[-1:]}"
        except subprocess.TimeoutExpired:
            problem = f"the stress run did not finish in {STRESS_TIMEOUT:.0f} s (a blow-up?): partial results"
        rows = json.loads(out.read_text(encoding="utf-8")) if out.exists() else []
    return rows, problem


def exponents(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per stress case: the growth exponent of newsbot's and the quote extractor's time, the slope of
    a least-squares line through (log size, log time) over every size (less noisy than two points)."""
    found: dict[str, dict[str, float]] = {}
    for case in dict.fromkeys(r["case"] for r in rows):
        mine = [r for r in rows if r["case"] == case]
        if len(mine) < 2:
            continue
        xs = [math.log(r["size"]) for r in mine]
        found[case] = {
            key: _slope(xs, [math.log(max(r[key], 1e-6)) for r in mine]) for key in ("newsbot_ms", "quotes_ms")
        }
    return found


def _slope(xs: list[float], ys: list[float]) -> float:
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


# -- main ------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-time", type=float, default=2.0, help="seconds of rounds per engine (default 2)")
    parser.add_argument("--no-stress", action="store_true", help="skip the stress pages")
    parser.add_argument("--no-sizes", action="store_true", help="skip the runs on pages grown 2x and 4x")
    parser.add_argument("--profile", type=int, default=15, help="functions to show in the profile (0: none)")
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--stress-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stress_child:
        run_stress(Path(args.stress_child))
        return 0

    pages = fixture_pages()
    print(
        f"Extraction speed: {len(pages)} saved article pages, {sum(len(p.body) for p in pages) // len(pages):,} bytes on average\n"
    )
    newsbot = newsbot_extractor()
    mismatches = check_same_as_extract_page(pages, newsbot)
    cold, clear = newsbot_cold_extractor()
    engines: dict[str, tuple[Extractor, Callable[[], None] | None]] = {
        "parse floor (lxml.html.fromstring)": (parse_floor(), None),
        "newsbot (page class + pipelines)": (newsbot, None),
        "newsbot, word caches cold": (cold, clear),
        "newsbot.cli.extract_page()": (extract_page_as_is(), None),
        f"trafilatura {_version('trafilatura')} extract()": (trafilatura_extractor(), None),
        f"newspaper4k {_version('newspaper4k')}": (newspaper_extractor(), None),
        # For reference, what the targets would see if the language readers cost nothing (their
        # records are not newsbot's: no quotes, no attributions).
        "newsbot without the quote pipeline": (newsbot_extractor(("ExtractQuotesPipeline",)), None),
        "newsbot without the quote and attribution pipelines": (
            newsbot_extractor(("ExtractQuotesPipeline", "ExtractAttributionsPipeline")),
            None,
        ),
    }
    speeds = measure(engines, pages, args.min_time)
    names = list(engines)
    floor, nb, traf = speeds[names[0]], speeds[names[1]], speeds[names[4]]
    rows = [
        [
            name,
            f"{s['pages_per_s']:,.0f}",
            f"{s['ms_per_page']:.2f}",
            f"{s['pages_per_s'] / floor['pages_per_s']:.3f}",
            f"{s['pages_per_s'] / traf['pages_per_s']:.2f}",
            s["rounds"],
        ]
        for name, s in speeds.items()
    ]
    print(table(["engine", "pages/s", "ms/page", "x parse floor", "x trafilatura", "rounds"], rows))
    vs_traf = nb["pages_per_s"] / traf["pages_per_s"]
    vs_floor = nb["pages_per_s"] / floor["pages_per_s"]
    print(
        f"\nnewsbot / trafilatura = {vs_traf:.2f} (target >= {TARGET_VS_TRAFILATURA:g}: {verdict(vs_traf, TARGET_VS_TRAFILATURA)})"
        f"\nnewsbot / parse floor = {vs_floor:.3f} (target >= {TARGET_VS_PARSE:g}: {verdict(vs_floor, TARGET_VS_PARSE)})"
    )
    print(
        "newsbot output identical to extract_page() on every page: "
        + ("yes" if not mismatches else f"NO, differs on {', '.join(mismatches)}")
    )

    stress: list[dict[str, Any]] = []
    stress_problem = None
    if not args.no_stress:
        stress, stress_problem = stress_in_child()
        print("\nStress pages (best of >= 5 runs; newsbot = the whole page, quotes = extract_quotes alone):")
        print(
            table(
                ["case", "size", "page KiB", "quotes", "parse ms", "newsbot ms", "quotes ms", "newsbot us/unit"],
                [
                    [r["case"], f"{r['size']:,} {r['unit']}", r["page_kb"], r["quotes_found"], f"{r['parse_ms']:.1f}",
                     f"{r['newsbot_ms']:.1f}", f"{r['quotes_ms']:.1f}", f"{r['newsbot_ms'] * 1000 / r['size']:.0f}"]
                    for r in stress
                ],
            )
        )  # fmt: skip
        for case, exp in exponents(stress).items():
            print(
                f"  growth exponent, {case}: newsbot {exp['newsbot_ms']:.2f}, quotes {exp['quotes_ms']:.2f} (1 = linear)"
            )
        if stress_problem:
            print(f"  {stress_problem}")

    sizes: list[dict[str, Any]] = []
    if not args.no_sizes:
        sizes = page_size_runs(pages, min(args.min_time, 1.0))
        print("\nThe same pages grown by a longer sidebar news feed (the ratios at each size, measured together):")
        print(table(["size", "bytes a page", "parse floor pages/s", "newsbot pages/s", "trafilatura pages/s",
                     "x parse floor", "x trafilatura", "newsbot records"],
                    [[f"{r['factor']}x", f"{r['mean_page_bytes']:,}", f"{r['pages_per_s']['floor']:,.0f}",
                      f"{r['pages_per_s']['newsbot']:,.0f}", f"{r['pages_per_s']['trafilatura']:,.0f}",
                      f"{r['newsbot_vs_floor']:.3f}", f"{r['newsbot_vs_trafilatura']:.2f}",
                      "same" if not r["records_changed"] else f"CHANGED on {len(r['records_changed'])}"]
                     for r in sizes]))  # fmt: skip

    stages = breakdown(pages)
    print(f"\nWhere newsbot's time goes, stage by stage (no profiler; 5 rounds of {len(pages)} pages):")
    print(table(["stage", "ms/page", "share"], stages))
    export = export_cost(pages)
    print(
        f"Writing a record to JSON Lines (the crawl's feed, not part of the extraction): newsbot's exporter "
        f"{export['newsbot_exporter_ms']:.2f} ms, Scrapy's JsonLinesItemExporter {export['scrapy_exporter_ms']:.2f} ms, "
        f"json.dumps(dataclasses.asdict()) {export['asdict_json_ms']:.2f} ms ({export['nested_objects']:.0f} nested "
        "dataclasses a record)"
    )

    profile: dict[str, list[list[Any]]] = {}
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(3):
            for page in pages:
                newsbot(page.body, page.url)
        profiler.disable()
        profile = {
            "own_time": profile_rows(profiler, args.profile),
            "newsbot_cumulative": profile_rows(profiler, args.profile, only="/newsbot/", key="cumtime"),
        }
        headers = ["function", "calls", "own ms", "cum ms", "share"]
        print(f"\nProfile of newsbot, 3 rounds of {len(pages)} pages: top functions by own time")
        print(table(headers, profile["own_time"]))
        print("\nnewsbot's functions by cumulative time")
        print(table(headers, profile["newsbot_cumulative"]))

    save_result(
        args.json,
        {
            "pages": len(pages),
            "mean_page_bytes": sum(len(p.body) for p in pages) // len(pages),
            "engines": speeds,
            "names": {"floor": names[0], "newsbot": names[1], "cold": names[2], "extract_page": names[3],
                      "trafilatura": names[4], "newspaper": names[5]},
            "newsbot_vs_trafilatura": vs_traf,
            "newsbot_vs_parse_floor": vs_floor,
            "same_as_extract_page": not mismatches,
            "breakdown": stages,
            "export": export,
            "stress": stress,
            "stress_exponents": exponents(stress),
            "stress_problem": stress_problem,
            "sizes": sizes,
            "profile": profile,
        },
    )  # fmt: skip
    return 0


@functools.cache
def _version(name: str) -> str:
    from importlib import metadata

    return metadata.version(name)


if __name__ == "__main__":
    sys.exit(main())
