"""Run the four benchmarks, each in its own process, and write docs/benchmarks.md from their results.

    python benchmarks/run_all.py                  # ~4 minutes on 2 cores
    python benchmarks/run_all.py --only dates,extraction

Results also go to ``benchmarks/out/results/<name>.json`` and each benchmark's printout to
``benchmarks/out/results/<name>.txt``; the summary table (with the machine line) is copied into
benchmarks/README.md between its ``results`` markers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import BENCH, OUT, ROOT, describe_machine, machine, revision, table

DOC = ROOT / "docs" / "benchmarks.md"
README = BENCH / "README.md"
RESULTS = OUT / "results"
BENCHMARKS: dict[str, tuple[str, list[str], int]] = {  # name: (script, extra arguments, timeout in seconds)
    "extraction": ("extraction.py", [], 400),
    "crawl": ("crawl.py", [], 500),
    "memory": ("memory.py", [], 500),
    "dates": ("dates.py", [], 200),
}
MARK_START = "<!-- results:start (written by run_all.py) -->"
MARK_END = "<!-- results:end -->"


def run(name: str) -> dict[str, Any]:
    script, extra, timeout = BENCHMARKS[name]
    out = RESULTS / f"{name}.json"
    out.unlink(missing_ok=True)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    print(f"\n===== {name} (load average {load:.2f}) =====", flush=True)
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), "--json", str(out), *extra],
        check=False, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
    )  # fmt: skip
    print(proc.stdout, end="", flush=True)
    (RESULTS / f"{name}.txt").write_text(
        proc.stdout + ("\n" + proc.stderr if proc.returncode else ""), encoding="utf-8"
    )
    if proc.returncode != 0 or not out.exists():
        print(proc.stderr[-3000:], file=sys.stderr)
        raise SystemExit(f"benchmark {name} failed (exit {proc.returncode})")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["_run"] = {"load_before": load, "seconds": time.perf_counter() - started}
    return result


# -- the document -----------------------------------------------------------------------------------
def fmt(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def summary_rows(r: dict[str, Any]) -> list[list[str]]:
    rows = []
    if ex := r.get("extraction"):
        e, n = ex["engines"], ex["names"]
        nb, floor, traf = e[n["newsbot"]], e[n["floor"]], e[n["trafilatura"]]
        cold = e[n["cold"]]
        rows.append([
            "1. Extraction speed vs trafilatura", f"{fmt(nb['pages_per_s'])} pages/s",
            f"trafilatura extract(): {fmt(traf['pages_per_s'])} pages/s",
            f"**{ex['newsbot_vs_trafilatura']:.2f}x** (cold word caches {cold['pages_per_s'] / traf['pages_per_s']:.2f}x)",
            ">= 5x", _verdict(ex["newsbot_vs_trafilatura"] >= 5),
        ])  # fmt: skip
        rows.append([
            "1. Extraction speed vs parse floor", f"{fmt(nb['pages_per_s'])} pages/s",
            f"lxml.html.fromstring: {fmt(floor['pages_per_s'])} pages/s",
            f"**{ex['newsbot_vs_parse_floor']:.3f}x**", ">= 0.4x", _verdict(ex["newsbot_vs_parse_floor"] >= 0.4),
        ])  # fmt: skip
        rows.append([
            "1. (for reference) newspaper4k", f"{fmt(nb['pages_per_s'])} pages/s",
            f"newspaper4k: {fmt(e[n['newspaper']]['pages_per_s'])} pages/s",
            f"{nb['pages_per_s'] / e[n['newspaper']]['pages_per_s']:.1f}x", "-", "-",
        ])  # fmt: skip
        if ex.get("stress_exponents"):
            worst = max(v["quotes_ms"] for v in ex["stress_exponents"].values())
            biggest = max(ex["stress"], key=lambda row: row["size"] if row["unit"] == "paragraphs" else 0)
            rows.append([
                "1. Quote extractor on stress pages", f"growth exponent <= {worst:.2f}",
                f"{biggest['size']:,}-paragraph page: {fmt(biggest['newsbot_ms'])} ms whole page",
                "-", "linear (~1; quadratic is 2)", _verdict(worst < 1.5),
            ])  # fmt: skip
    if cr := r.get("crawl"):
        rows.append([
            f"2. Crawl throughput, {cr['articles']:,} articles", f"{fmt(cr['newsbot']['pages_per_s'])} pages/s",
            f"bare Scrapy spider: {fmt(cr['bare']['pages_per_s'])} pages/s",
            f"**{cr['ratio']:.2f}x**" + _round_range(cr), ">= 0.6x",
            _verdict(cr["ratio"] >= 0.6),
        ])  # fmt: skip
    if me := r.get("memory"):
        g = me["growth_mb"]
        small_peak = me["runs"][f"newsbot-{me['small']}"]["total_peak_rss_mb"]
        large_peak = me["runs"][f"newsbot-{me['large']}"]["total_peak_rss_mb"]
        rows.append([
            f"3. Peak RSS growth, {me['small']:,} -> {me['large']:,} articles",
            f"{g['newsbot']:+.1f} MiB ({small_peak:.0f} -> {large_peak:.0f} MiB)",
            f"bare Scrapy spider: {g['bare']:+.1f} MiB", f"newsbot's own: {me['newsbot_own_growth_mb']:+.1f} MiB",
            "<= 50 MB", _verdict(me["target_met"]),
        ])  # fmt: skip
    if da := r.get("dates"):
        p = da["parsers"]
        nb_us = p["newsbot parse_date (fast path + fallback)"]["us_per_string"]
        dp_us = p["dateparser.parse, languages given"]["us_per_string"]
        rows.append([
            f"4. Dates, {da['strings']} gold strings", f"{nb_us:.1f} us/string",
            f"dateparser.parse: {fmt(dp_us)} us/string", f"**{da['speedup_vs_dateparser']:.0f}x faster**", "-", "-",
        ])  # fmt: skip
    return rows


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def summary(r: dict[str, Any], info: dict[str, Any]) -> str:
    headers = ["benchmark", "newsbot", "baseline (same run)", "ratio", "target", "verdict"]
    return f"Machine: {describe_machine(info)}.\n\n" + table(headers, summary_rows(r))


def extraction_section(ex: dict[str, Any]) -> str:
    e, n = ex["engines"], ex["names"]
    floor, traf = e[n["floor"]]["pages_per_s"], e[n["trafilatura"]]["pages_per_s"]
    rows = [
        [name, fmt(s["pages_per_s"]), f"{s['ms_per_page']:.2f}", f"{s['pages_per_s'] / floor:.3f}",
         f"{s['pages_per_s'] / traf:.2f}", s["rounds"]]
        for name, s in e.items()
    ]  # fmt: skip
    parts = [
        "## 1. Extraction speed\n",
        (
            f"The {ex['pages']} saved article pages of the Bestnews.kz mirror ({ex['mean_page_bytes']:,} bytes on average), "
            "from bytes with their real URLs; every engine reads the same pages in the same process, rounds interleaved; "
            "pages/s is the median round's. `newsbot` is the per-page work of a crawl: response with encoding repair, the "
            "page class (every field and the tag cloud), and every pipeline `newsbot extract` runs, built once. Its output is "
            f"{'identical' if ex['same_as_extract_page'] else 'NOT identical'} to `newsbot.cli.extract_page()` on every page.\n"
        ),
        table(["engine", "pages/s", "ms/page", "x parse floor", "x trafilatura", "rounds"], rows),
        (
            f"\nnewsbot / trafilatura = **{ex['newsbot_vs_trafilatura']:.2f}** (target >= 5), newsbot / parse floor = "
            f"**{ex['newsbot_vs_parse_floor']:.3f}** (target >= 0.4).\n"
        ),
        "### Where newsbot's time goes\n",
        "Each stage timed on its own (no profiler; the field rows are sub-parts of `to_article()`):\n",
        table(["stage", "ms/page", "share"], ex["breakdown"]),
    ]
    if export := ex.get("export"):
        parts.append(
            f"\nWriting a record to JSON Lines as the crawl's feed does (not part of the extraction above): "
            f"{export['newsbot_exporter_ms']:.2f} ms with newsbot's exporter (`newsbot.feeds.JsonLinesExporter`, "
            f"dataclass fields straight to json's C encoder), {export['scrapy_exporter_ms']:.2f} ms with Scrapy's "
            f"`JsonLinesItemExporter`, {export['asdict_json_ms']:.2f} ms with `json.dumps(dataclasses.asdict(record))`; "
            f"the same JSON from all three. A record holds {export['nested_objects']:.0f} nested dataclasses (tag "
            "cloud entries, images, tags, quotes, attributions).\n"
        )
    if ex.get("sizes"):
        parts += [
            "### The same pages, larger\n",
            (
                'Each page grown 2x and 4x by a longer sidebar news feed ("Лента новостей": more entries linking to the '
                "mirror's other articles; the part of a news page a site makes as long as it likes), the three engines "
                "measured together at each size. newsbot's records must stay the same (last column). Not the target's "
                "measure: the targets are judged on the pages as saved (above).\n"
            ),
            table(
                [
                    "size",
                    "bytes a page",
                    "parse floor pages/s",
                    "newsbot pages/s",
                    "trafilatura pages/s",
                    "x parse floor",
                    "x trafilatura",
                    "newsbot records",
                ],
                [
                    [
                        f"{r['factor']}x",
                        f"{r['mean_page_bytes']:,}",
                        fmt(r["pages_per_s"]["floor"]),
                        fmt(r["pages_per_s"]["newsbot"]),
                        fmt(r["pages_per_s"]["trafilatura"]),
                        f"{r['newsbot_vs_floor']:.3f}",
                        f"{r['newsbot_vs_trafilatura']:.2f}",
                        "same" if not r["records_changed"] else f"CHANGED on {len(r['records_changed'])}",
                    ]
                    for r in ex["sizes"]
                ],
            ),
            "",
        ]
    if ex.get("stress"):
        parts += [
            "### Stress pages: the quote extractor stays linear\n",
            (
                "The seed article with its text replaced: real paragraphs of the mirror repeated up to 5,000, and up to "
                "2,000 guillemets in three shapes. `newsbot ms` is the whole page, `quotes ms` `extract_quotes()` alone, "
                "best of at least 5 runs.\n"
            ),
            table(
                [
                    "case",
                    "size",
                    "page KiB",
                    "quotes found",
                    "parse ms",
                    "newsbot ms",
                    "quotes ms",
                    "newsbot us/unit",
                ],
                [
                    [
                        r["case"],
                        f"{r['size']:,} {r['unit']}",
                        r["page_kb"],
                        r["quotes_found"],
                        f"{r['parse_ms']:.1f}",
                        f"{r['newsbot_ms']:.1f}",
                        f"{r['quotes_ms']:.1f}",
                        f"{r['newsbot_ms'] * 1000 / r['size']:.0f}",
                    ]
                    for r in ex["stress"]
                ],
            ),
            "\nGrowth exponent, the slope of log time against log size over the four sizes (1 = linear, 2 = "
            "quadratic; sub-millisecond times make the small cases noisy):\n",
            table(
                ["case", "newsbot (whole page)", "extract_quotes"],
                [[c, f"{v['newsbot_ms']:.2f}", f"{v['quotes_ms']:.2f}"] for c, v in ex["stress_exponents"].items()],
            ),
        ]
        if ex.get("stress_problem"):
            parts.append(f"\n**{ex['stress_problem']}**")
    if ex.get("profile"):
        headers = ["function", "calls", "own ms", "cum ms", "share"]
        parts += [
            f"\n### Profile (cProfile, 3 rounds of the {ex['pages']} pages)\n",
            "Top functions by own time:\n",
            table(headers, ex["profile"]["own_time"]),
            "\nnewsbot's functions by cumulative time:\n",
            table(headers, ex["profile"]["newsbot_cumulative"]),
        ]
    return "\n".join(parts)


def _round_range(cr: dict[str, Any]) -> str:
    """ " (median of N rounds, lo-hi)" for a crawl result with rounds."""
    ratios = [r["ratio"] for r in cr.get("rounds") or []]
    if len(ratios) < 2:
        return ""
    return f" (median of {len(ratios)} rounds, {min(ratios):.2f}-{max(ratios):.2f})"


def crawl_section(cr: dict[str, Any]) -> str:
    base = cr["bare"]["pages_per_s"]
    responses = cr["bare"]["stats"]["response_received_count"]
    nb = cr["newsbot"]
    rounds = cr.get("rounds") or []
    rows = []
    for i, b in enumerate(cr["bare_runs"]):
        rows.append([f"bare Scrapy spider, run {i}", f"{responses:,}", "0", f"{b['elapsed_s']:.1f}",
                     fmt(b["pages_per_s"]), "-", f"{b['cpu_s'] * 1000 / responses:.2f}"])  # fmt: skip
        if i < len(rounds):
            r = rounds[i]
            rows.append([
                f"newsbot, round {i + 1}" + (" (median)" if r["median"] else ""), f"{responses:,}",
                f"{r['newsbot_items']:,}", f"{r['newsbot_elapsed_s']:.1f}", fmt(r["newsbot_pages_per_s"]),
                f"{r['ratio']:.2f}", f"{r['newsbot_cpu_s'] * 1000 / responses:.2f}",
            ])  # fmt: skip
    if one_core := cr.get("in_process"):
        rows.append([
            "newsbot, no language process (one core), against the fastest bare run", f"{responses:,}",
            f"{one_core['items']:,}", f"{one_core['elapsed_s']:.1f}", fmt(one_core["pages_per_s"]),
            f"{one_core['ratio_vs_fastest_bare']:.2f}", f"{one_core['cpu_ms_per_response']:.2f}",
        ])  # fmt: skip
    if tuned := cr.get("bare_tuned"):
        rows.append(
            [
                "not the baseline: bare spider with newsbot's engine settings",
                f"{responses:,}",
                "0",
                "-",
                fmt(tuned["pages_per_s"]),
                f"{cr['ratio_vs_bare_tuned']:.2f}",
                "-",
            ]
        )
    parts = [
        "## 2. Crawl throughput\n",
        (
            f"A generated mirror of {cr['articles']:,} articles (`make_mirror.py`: /novosti paginated 20 cards a page, "
            "7 section listings, RSS, sitemap, robots.txt), replayed through `newsbot.replay.ReplayDownloadHandler` with "
            "no delay and 16 concurrent requests. newsbot: `scrapy crawl bestnews -s NEWSBOT_REPLAY=<mirror> -s "
            "NEWSBOT_STATE= -O <tmp>.jsonl` from a temporary folder; baseline: `scrapy runspider "
            f"benchmarks/bare_spider.py` (same start URLs and links, yields nothing). {len(rounds)} rounds: bare, newsbot, "
            "bare, ..., each newsbot crawl against the faster of the bare crawls either side of it; the verdict is the "
            "median round's ratio. newsbot runs with its default settings: on this machine's 2 cores that reads quotes "
            "and attributions in a language process beside the crawl (`newsbot/language_process.py`); one more crawl "
            "with `NEWSBOT_LANGUAGE_PROCESS=False` shows newsbot on one core. Pages/s = `response_received_count / "
            "elapsed_time_seconds` from each crawl's stats; CPU ms/response (user + system time of the crawl and of "
            "its language process, start-up included) is a cross-check that other processes' load hardly moves, and "
            "newsbot's whole cost: the second core makes the crawl faster, not cheaper.\n"
        ),
        table(["crawler", "responses", "items", "crawl s", "pages/s", "x bare", "CPU ms/response"], rows),
        (
            f"\nnewsbot / bare spider, per round: {', '.join(format(r['ratio'], '.2f') for r in rounds)}; median round "
            f"**{cr['ratio']:.2f}** (target >= 0.6); by CPU time per response, both processes, "
            f"{cr['cpu_ratio']:.2f}. newsbot exported {nb['exported']:,} articles (exit status {nb['exit_code']}) and "
            f"spends {cr['newsbot_ms_per_response_over_bare']:.2f} ms per response on top of the bare crawl's "
            f"{1000 / base:.2f} ms. Peak RSS: bare spider {cr['bare']['peak_rss_mb']:.0f} MiB, newsbot "
            f"{nb['peak_rss_mb']:.0f} MiB.\n"
        ),
    ]
    if tuned:
        settings = tuned.get("settings") or {"CONCURRENT_ITEMS": tuned["concurrent_items"]}
        parts.append(
            f"newsbot sets `CONCURRENT_ITEMS = {tuned['concurrent_items']}` (Scrapy's default is 100: Scrapy starts "
            "that many asyncio tasks for the output of every response, and newsbot's callbacks yield one or two "
            "records whose pipelines wait only on the language process) and a few more engine settings that cut Scrapy's own cost per "
            "response (see newsbot/settings.py). The last row gives the bare spider the same ones ("
            + ", ".join(f"`{name}`" for name in settings)
            + "); it is not the target's baseline (a bare spider keeps Scrapy's defaults), but it shows how much of "
            f"the bare crawl's time those settings save: against it newsbot runs at **{cr['ratio_vs_bare_tuned']:.2f}x**.\n"
        )
    if pr := cr.get("profile"):
        headers = ["function", "calls", "own ms", "cum ms", "share"]
        parts += [
            f"### Profile of a newsbot crawl ({pr['responses']:,} responses under cProfile, a separate run)\n",
            table(["stage (cumulative time)", "s", "share of the reactor loop"], pr["stages"]),
            "\nTop functions by own time:\n",
            table(headers, pr["own_time"]),
            "\nnewsbot's functions by cumulative time:\n",
            table(headers, pr["newsbot_cumulative"]),
        ]
    return "\n".join(parts)


def memory_section(me: dict[str, Any]) -> str:
    rows = []
    for key, run_ in me["runs"].items():
        crawler, articles = key.rsplit("-", 1)
        rows.append([
            "bare Scrapy spider" if crawler == "bare" else "newsbot", f"{int(articles):,}", f"{run_['items']:,}",
            f"{run_['total_peak_rss_mb']:.1f}", f"{run_['peak_rss_mb']:.1f}", f"{run_['polled_rss_mb']:.1f}",
            f"{run_['rss_mid_mb']:.0f} -> {run_['rss_end_mb']:.0f}" if run_["rss_mid_mb"] else "-",
        ])  # fmt: skip
    g = me["growth_mb"]
    return "\n".join([
        "## 3. Memory\n",
        ("Peak RSS of each crawl with the processes it starts (newsbot's language process): the RSS of the crawl and "
        "its children summed, polled with psutil every 20 ms, or the kernel's high-water mark of the largest one "
        "(`ru_maxrss` from `os.wait4`) where that is higher; `mid -> end` is the sampled RSS at half and at the end "
        "of the run.\n"),
        table(["crawler", "articles", "items", "peak RSS MiB", "largest process MiB", "polled peak MiB",
               "RSS mid -> end MiB"], rows),
        (f"\nnewsbot grows **{g['newsbot']:+.1f} MiB** from {me['small']:,} to {me['large']:,} articles (target <= 50 MB: "
        f"{'met' if me['target_met'] else 'missed'}); the bare spider grows {g['bare']:+.1f} MiB, so newsbot's own "
        f"growth is {me['newsbot_own_growth_mb']:+.1f} MiB."),
    ])  # fmt: skip


def dates_section(da: dict[str, Any]) -> str:
    base = da["parsers"]["dateparser.parse, languages given"]["us_per_string"]
    rows = [
        [
            name,
            f"{p['us_per_string']:,.1f}",
            f"{base / p['us_per_string']:.1f}",
            f"{p['right']}/{da['strings']}",
        ]
        for name, p in da["parsers"].items()
        if isinstance(p, dict) and "us_per_string" in p
    ]
    parts = [
        "## 4. Dates\n",
        (
            f"The {da['strings']} strings of `fixtures/text/dates.json`, each with its own `now` and language; µs per string "
            "is the median round's. `right` counts answers equal to the gold one.\n"
        ),
        table(["parser", "us/string", "x dateparser (languages given)", "right"], rows),
    ]
    if split := da["parsers"].get("split"):
        parts.append(
            f"\nnewsbot answers {split['fast_strings']} strings on its fast path ({split['fast_us']:.1f} µs each) and "
            f"hands {split['fallback_strings']} to dateparser ({fmt(split['fallback_us'])} µs each)."
        )
    return "\n".join(parts)


def analysis(r: dict[str, Any]) -> str:
    """What the numbers say about the missed targets, computed from this run."""
    lines = ["## What the numbers say about the speed targets\n"]
    ex, cr = r.get("extraction"), r.get("crawl")
    if ex:
        e, n = ex["engines"], ex["names"]
        nb = e[n["newsbot"]]
        stages = {row[0]: float(row[1]) for row in ex["breakdown"]}
        total = stages["total"]
        parse = stages.get("page class: HTML parse (parse_page)", 0.0)
        cloud = stages.get("  to_article: tag_cloud()", 0.0)
        quotes = stages.get("pipeline: ExtractQuotesPipeline", 0.0)
        attributions = stages.get("pipeline: ExtractAttributionsPipeline", 0.0)
        budget_traf = e[n["trafilatura"]]["ms_per_page"] / 5
        budget_floor = e[n["floor"]]["ms_per_page"] / 0.4
        core = parse + quotes + attributions
        text = (
            f"- **Extraction.** newsbot needs {nb['ms_per_page']:.2f} ms a page; the targets allow {budget_traf:.2f} ms "
            f"(5x trafilatura) and {budget_floor:.2f} ms (0.4x the parse floor). Inside newsbot the HTML parse "
            f"(`newsbot.sites.markup.parse_page`, lxml) takes {parse:.2f} ms, quotes {quotes:.2f} ms and attributions {attributions:.2f} ms "
            "(pure-Python text work on pymorphy3)"
        )
        if core > budget_floor:
            text += f"; these three alone ({core:.2f} ms) are over the 0.4x budget"
        if e[n["floor"]]["pages_per_s"] > 1150:
            text += (
                f". The pages are small ({ex['mean_page_bytes']:,} bytes), so the parse floor here is "
                f"{fmt(e[n['floor']]['pages_per_s'])} pages/s, not the ~1,150 the issue measured on other pages: a "
                "0.4x ratio is harder to reach on small pages, where the parse is a smaller part of the work"
            )
        lines.append(text + ".")
        if sizes := ex.get("sizes"):
            # The grown size whose parse floor is nearest the issue's ~1,150 pages/s.
            near = min(sizes, key=lambda r: abs(r["pages_per_s"]["floor"] - 1150))
            if near["factor"] != 1:
                lines.append(
                    f"- **Page size.** The same pages grown {near['factor']}x by a longer sidebar feed "
                    f"({near['mean_page_bytes']:,} bytes, parse floor {fmt(near['pages_per_s']['floor'])} pages/s, "
                    f"near the ~1,150 of the issue's pages) give newsbot {near['newsbot_vs_trafilatura']:.2f}x "
                    f"trafilatura and {near['newsbot_vs_floor']:.3f}x the parse floor "
                    f"({'the same records' if not near['records_changed'] else 'CHANGED records'}): newsbot's "
                    "language work does not grow with the page, the parse and trafilatura's work do (§1, \"The same "
                    'pages, larger"). The targets stay judged on the pages as saved.'
                )
        parts = {k: v for k, v in stages.items() if k != "total" and not k.startswith("  ")}
        biggest = sorted(parts, key=lambda k: parts[k], reverse=True)[:5]
        lines.append(
            f"- **Where the {total:.2f} ms go** (stage by stage, §1): "
            + ", ".join(f"`{k.strip()}` {parts[k]:.2f} ms ({parts[k] / total:.0%})" for k in biggest)
            + f". The tag cloud costs {cloud:.2f} ms: its reading is kept from page to page, so what is left is "
            "finding it in the page."
        )
        lines.append(
            f"- **Cold word caches.** With newsbot's `functools` caches emptied before each round, newsbot does "
            f"{fmt(e[n['cold']]['pages_per_s'])} pages/s instead of {fmt(nb['pages_per_s'])}: "
            + (
                "on words it has not seen, the pymorphy3 lookups behind quotes and attributions cost much more."
                if e[n["cold"]]["pages_per_s"] < 0.8 * nb["pages_per_s"]
                else "words it has not seen cost little more, since pymorphy3 reads its dictionaries through the "
                "DAWG2 C extension (`pymorphy3[fast]`)."
            )
        )
        if e[n["extract_page"]]["pages_per_s"] < 0.8 * nb["pages_per_s"]:
            lines.append(
                f"- `newsbot.cli.extract_page()` runs at {fmt(e[n['extract_page']]['pages_per_s'])} pages/s against "
                f"{fmt(nb['pages_per_s'])} for the same work with the pipelines built once: it sets up a Scrapy crawler "
                "and the pipelines on every call. That matters for tests and tools calling it in a loop (the quality "
                "gate, fixture checks), not for crawls."
            )
    if cr:
        budget = 1000 / (0.6 * cr["bare"]["pages_per_s"]) - 1000 / cr["bare"]["pages_per_s"]
        line = (
            f"- **Crawl ({'met' if cr['ratio'] >= 0.6 else 'missed'} in this run, {cr['ratio']:.2f}x).** newsbot adds "
            f"{cr['newsbot_ms_per_response_over_bare']:.2f} ms to each response over the bare spider's "
            f"{1000 / cr['bare']['pages_per_s']:.2f} ms; 0.6x of the bare spider allows {budget:.2f} ms"
        )
        if one_core := cr.get("in_process"):
            line += (
                ". newsbot reads quotes and attributions in its language process, on the machine's second core, "
                "while the crawl goes on; with that off (one core, as the bare spider runs) it does "
                f"{fmt(one_core['pages_per_s'])} pages/s, {one_core['ratio_vs_fastest_bare']:.2f}x the fastest bare "
                f"run. By CPU time per response, both processes together, newsbot is at {cr['cpu_ratio']:.2f}x the "
                "bare spider: the second core makes the crawl faster, not cheaper"
            )
        if ex:
            extraction = ex["engines"][ex["names"]["newsbot"]]["ms_per_page"] * cr["newsbot"]["exported"]
            extraction /= cr["newsbot"]["stats"]["response_received_count"]
            line += (
                f". The per-page extraction measured above is about {extraction:.2f} ms a response, "
                f"{quotes + attributions:.2f} ms of it the language work"
            )
            if export := ex.get("export"):
                line += f", and writing the record to the feed about {export['newsbot_exporter_ms']:.2f} ms more"
            if tuned := cr.get("bare_tuned"):
                saved = 1000 / cr["bare"]["pages_per_s"] - 1000 / tuned["pages_per_s"]
                line += (
                    f"; newsbot's engine settings save {saved:.2f} ms of Scrapy's own work a response (the bare "
                    "spider given them, §2)"
                )
        if pr := cr.get("profile"):
            shares = {row[0]: row[2] for row in pr["stages"]}

            def share(label: str) -> str:
                return str(shares.get(label, "?"))

            line += (
                ". Under the profiler the reactor loop splits into parse_article "
                f"{share('spider: parse_article (page class)')}, item pipelines {share('item pipelines')}, "
                f"feed export {share('feed export (JSON Lines)')} and Scrapy's own engine and asyncio "
                f"{share('rest: Scrapy engine, scheduler, spider middlewares, asyncio')}"
            )
        lines.append(line + ".")
    return "\n".join(lines)


NOTES = """## Notes on method

- Every ratio compares numbers from the same run on the same machine; the absolute numbers move with the
  machine's load (other processes share its 2 cores; the load average at each benchmark's start is listed
  above), the ratios much less.
- Extraction and crawl repeat the 45 fixture pages (the crawl mirror serves each of them ~222 times under
  different URLs), so word caches are warmer than on a live site; the "word caches cold" row bounds that.
- The generated mirror serves the fixture text unchanged; only the URLs (and canonical, og:url, amphtml,
  JSON-LD links) differ, so the duplicate filter sees 10,000 distinct articles.
- Crawl speed is CPU cost per page. A live crawl with newsbot's default politeness (`DOWNLOAD_DELAY` 1 s,
  AutoThrottle, 2 requests per domain) fetches about one page a second from a site, so the CPU cost
  matters for replays, backfills and many sites crawled from one process, not for one live site.
- The crawl profile is a separate, smaller crawl under cProfile, which inflates the cost of small calls
  (Scrapy's asyncio plumbing, parsel); use it for shares, not for absolute times.
"""


def render(r: dict[str, Any], info: dict[str, Any]) -> str:
    loads = ", ".join(f"{name} {res['_run']['load_before']:.2f}" for name, res in r.items())
    took = ", ".join(f"{name} {res['_run']['seconds']:.0f} s" for name, res in r.items())
    sections = [
        "# Benchmarks\n",
        (
            "Generated by `python benchmarks/run_all.py`; do not edit by hand, rerun it. How each benchmark works and how "
            "to run one alone: [benchmarks/README.md](../benchmarks/README.md).\n"
        ),
        (
            f"**Machine:** {describe_machine(info)}.  \n**Load average (1 min) when each benchmark started:** {loads}.  \n"
            f"**Time taken:** {took}.\n"
        ),
        "## Summary\n",
        table(["benchmark", "newsbot", "baseline (same run)", "ratio", "target", "verdict"], summary_rows(r)),
        "",
    ]
    if "extraction" in r or "crawl" in r:
        sections += [analysis(r), ""]
    for name, render_section in (("extraction", extraction_section), ("crawl", crawl_section),
                                 ("memory", memory_section), ("dates", dates_section)):  # fmt: skip
        if name in r:
            sections += [render_section(r[name]), ""]
    interrupted = [note for res in r.values() for note in res.get("notes", [])]
    if interrupted:
        sections += ["## Crawls run again in this run\n", "\n".join(f"- {n}" for n in interrupted), ""]
    sections.append(NOTES)
    return "\n".join(sections)


def update_readme(text: str) -> None:
    readme = README.read_text(encoding="utf-8")
    if MARK_START not in readme or MARK_END not in readme:
        return
    head, rest = readme.split(MARK_START, 1)
    _old, tail = rest.split(MARK_END, 1)
    README.write_text(f"{head}{MARK_START}\n{text}\n{MARK_END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma list of benchmarks (default: all four)")
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/benchmarks.md or the README table")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",")] if args.only else list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmarks {unknown}; known: {', '.join(BENCHMARKS)}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    info = machine()
    results = {name: run(name) for name in names}
    if (after := revision()) != info["revision"]:
        info["revision"] = f"{info['revision']} when the run started, {after} when it ended"
    (RESULTS / "machine.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print("\n===== summary =====")
    print(summary(results, info))
    if not args.no_doc:
        DOC.write_text(render(results, info), encoding="utf-8")
        update_readme(summary(results, info))
        print(f"\nwrote {DOC.relative_to(ROOT)} and the table in {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
