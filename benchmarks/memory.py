"""Memory: peak RSS of a newsbot crawl of 1,000 articles against one of 10,000.

    python benchmarks/memory.py
    python benchmarks/memory.py --small 500 --large 5000

Each crawl is a child process (``scrapy crawl bestnews`` on a generated mirror, as in crawl.py).
newsbot's crawl runs its language process beside it (newsbot.language_process), so a crawl's peak
RSS is that of both together: polled with psutil every 20 ms (the crawl and its children summed),
or the kernel's high-water mark of its largest process (``ru_maxrss`` from ``os.wait4``) where that
is higher. Target: the 10,000-article crawl peaks at most
50 MB above the 1,000-article one (streaming export, no per-article state in memory). The baseline
is the bare spider of crawl.py on the same two mirrors: what Scrapy itself grows by (request
fingerprints of the duplicate filter, the scheduler queue).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ChildRun, bare_crawl, complete_crawl, newsbot_crawl, save_result, table
from make_mirror import make_mirror

TARGET_MB = 50.0


def rss_at(run: ChildRun, fraction: float) -> float | None:
    """The sampled RSS (MiB) nearest to ``fraction`` of the child's run time."""
    if not run.samples:
        return None
    at = run.wall_s * fraction
    return min(run.samples, key=lambda s: abs(s[0] - at))[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)

    runs: dict[tuple[str, int], tuple[ChildRun, dict[str, Any]]] = {}
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-memory-") as tmp:
        for articles in (args.small, args.large):
            mirror = make_mirror(articles)
            for name, crawl in (("bare", bare_crawl), ("newsbot", newsbot_crawl)):
                label = f"{name} spider, {articles:,} articles" if name == "bare" else f"newsbot, {articles:,} articles"
                runs[(name, articles)] = complete_crawl(crawl, mirror, Path(tmp) / f"{name}-{articles}", label, notes)

    print(f"Memory: peak RSS of a crawl of {args.small:,} vs {args.large:,} articles\n")
    rows = []
    growth: dict[str, float] = {}
    for crawler in ("bare", "newsbot"):
        small, large = runs[(crawler, args.small)][0], runs[(crawler, args.large)][0]
        growth[crawler] = large.total_peak_rss_mb - small.total_peak_rss_mb
        for articles in (args.small, args.large):
            run, stats = runs[(crawler, articles)]
            half, end = rss_at(run, 0.5), rss_at(run, 0.97)
            rows.append(
                [
                    "bare Scrapy spider" if crawler == "bare" else "newsbot",
                    f"{articles:,}",
                    f"{stats.get('item_scraped_count', 0):,}",
                    f"{run.total_peak_rss_mb:.1f}",
                    f"{run.peak_rss_mb:.1f}",
                    f"{run.polled_rss_mb:.1f}",
                    f"{half:.0f} -> {end:.0f}" if half is not None and end is not None else "-",
                    f"{growth[crawler]:+.1f}" if articles == args.large else "",
                ]
            )
    print(
        table(
            [
                "crawler",
                "articles",
                "items",
                "peak RSS MiB",
                "largest process MiB",
                "polled peak MiB",
                "RSS mid -> end",
                "growth MiB",
            ],
            rows,
        )
    )
    extra = growth["newsbot"] - growth["bare"]
    ok = growth["newsbot"] <= TARGET_MB
    print(
        f"\nnewsbot grows {growth['newsbot']:+.1f} MiB from {args.small:,} to {args.large:,} articles "
        f"(target <= {TARGET_MB:g} MB: {'met' if ok else 'MISSED'}); the bare spider {growth['bare']:+.1f} MiB, "
        f"so newsbot's own growth is {extra:+.1f} MiB, {extra * 1024 * 1024 / (args.large - args.small):.0f} bytes per article"
    )
    save_result(
        args.json,
        {
            "small": args.small,
            "large": args.large,
            "runs": {
                f"{crawler}-{articles}": {
                    "total_peak_rss_mb": run.total_peak_rss_mb,
                    "peak_rss_mb": run.peak_rss_mb,
                    "polled_rss_mb": run.polled_rss_mb,
                    "rss_mid_mb": rss_at(run, 0.5),
                    "rss_end_mb": rss_at(run, 0.97),
                    "items": stats.get("item_scraped_count", 0),
                    "responses": stats.get("response_received_count"),
                    "returncode": run.returncode,
                    "finish_reason": stats.get("finish_reason"),
                    "samples": run.samples,
                }
                for (crawler, articles), (run, stats) in runs.items()
            },
            "growth_mb": growth,
            "newsbot_own_growth_mb": extra,
            "target_met": ok,
            "notes": notes,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
