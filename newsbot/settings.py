"""Scrapy settings for newsbot: polite and safe by default.

Override any of them with ``-s NAME=value``. newsbot's own settings start with ``NEWSBOT_``.
"""

from __future__ import annotations

from newsbot.items import EXPORTED_FIELDS, SNAPSHOT_FIELDS

BOT_NAME = "newsbot"
SPIDER_MODULES = ["newsbot.spiders"]
NEWSPIDER_MODULE = "newsbot.spiders"

# -- newsbot ----------------------------------------------------------------------------------
NEWSBOT_REPLAY = None
"""Folder of a saved mirror (with index.json) to answer every request from; no network used."""
NEWSBOT_RECORD = None
"""Folder to save every live response into, in the mirror layout (refreshes a mirror)."""
NEWSBOT_LIVE_DOWNLOAD_HANDLER = "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler"
NEWSBOT_CONTACT_URL = "https://github.com/newsbot-kz/newsbot"
NEWSBOT_STATE = "data/state/%(name)s.sqlite"
"""The incremental store (SQLite). Empty: no incremental crawling, every run exports everything."""
NEWSBOT_LISTING_KNOWN_PAGES = 2
"""A listing stops paginating after this many pages in a row that hold only articles exported
before and unchanged, but at most one (a dead link is never exported; new articles are at the top of
a listing, so the pages below hold nothing new): a scheduled run reads a few pages
of each listing, not the archive. 0: always paginate to the end. Not applied with
``-a max_pages=``, nor without the incremental store, nor to a listing that no run has read as far
down as this one goes (to its last page, or to this run's ``-a since=`` date) yet."""
NEWSBOT_ROBOTS_SITEMAPS = True
"""Read the sitemaps that a site's robots.txt declares (``Sitemap:`` lines on its own site), besides
the sitemap the spider knows (``/sitemap.xml``): a site may keep them elsewhere or add a news
sitemap. They are read from the copy the robots.txt check fetched (no second download); with
``ROBOTSTXT_OBEY=False`` the spider fetches the file itself. The generic spider reads only the
sitemaps it is given."""
NEWSBOT_SITEMAP_MAXSIZE = 50 * 1024 * 1024
"""The largest sitemap read, downloaded or unpacked from .xml.gz: the sitemap protocol allows 50 MB
uncompressed (50,000 URLs), more than ``DOWNLOAD_MAXSIZE`` allows a page. It is read element by
element, not held as a tree."""
NEWSBOT_SITEMAP_SKIP_UNCHANGED = True
"""A sitemap of a sitemap index is not fetched again while the index's ``<lastmod>`` for it is not
newer than when a run read it whole and dealt with every article it lists (see
:meth:`newsbot.extensions.incremental.IncrementalState.sitemap_unchanged`): a scheduled run reads
the index and the sitemaps that changed, not hundreds of archive sitemaps. Only with the SQLite
incremental store; False: every sitemap every run."""
NEWSBOT_CONDITIONAL_REQUESTS = True
"""Feeds and sitemaps are requested with the validators they were served with when a run last read
them whole and dealt with every article they list (``If-None-Match``, ``If-Modified-Since``; see
:mod:`newsbot.conditional`): a site that sends ``ETag`` or ``Last-Modified`` answers 304 with no body
while they are unchanged. Not for sitemap indexes (a sitemap of the index may change while the
index does not) nor listings. Only with the SQLite incremental store, and not while recording a
mirror; False: always a full download."""
NEWSBOT_RETRY_RUNS = 5
"""An article lost to a transient error (a timeout, a 5xx, a page cut off) is requested again by
the next runs, wherever it was found, until it is fetched or it has failed in this many runs in a
row (then it is given up, with a warning and ``newsbot/retry/gave_up``). Only with the
incremental store."""
NEWSBOT_TAG_CLOUD_FEED = "data/%(name)s/tag_cloud.jsonl"
"""Where tag-cloud snapshots are appended (one line per crawl in which the cloud changed)."""
NEWSBOT_COVERAGE_FLOORS = {"headline": 1.0, "body": 1.0, "published_at": 0.95}
"""A run whose exported articles have a field less often than this fails (markup changed?)."""
REDIS_URL = None
"""redis://host:port/db of a shared Redis: run several workers on one crawl (newsbot.distributed)."""
NEWSBOT_WORKER_TTL = 30
"""Seconds without a heartbeat after which a distributed worker counts as dead."""
NEWSBOT_STATS_FILE = None
"""If set, a JSON file the run's stats, verdict and output paths are written to at the end."""
NEWSBOT_RETRY_AFTER_MAX = 600
"""Longest Retry-After (seconds) honoured; a longer one gives the request up."""

NEWSBOT_LANGUAGE_PROCESS = "auto"
"""Read quotes and attributions in a child process beside the crawl (newsbot.language_process):
"auto" does when this process may use two or more CPUs; True or False force it on or off."""

NEWSBOT_GC_TUNING = True
"""Freeze the objects alive at the engine's start and collect garbage in larger batches
(newsbot.extensions.gc_tuning); False leaves Python's collector as it is."""

# -- politeness and safety --------------------------------------------------------------------
USER_AGENT = f"newsbot/0.1 (+{NEWSBOT_CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Scrapy starts CONCURRENT_ITEMS asyncio tasks for the output of every response (100 by default).
# newsbot's callbacks yield one or two records or a page of links, and only the language pipelines
# wait (on the language process, while other responses go on), so two are plenty; the other 98
# tasks per page cost a quarter of the crawl's CPU time (benchmarks/crawl.py, docs/benchmarks.md).
CONCURRENT_ITEMS = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# robots.txt Crawl-delay is obeyed (one request at a time, that many seconds apart) up to this
# many seconds; a longer one is cut to it, with a warning.
NEWSBOT_CRAWL_DELAY_MAX = 60.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_TIMES = 3
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control: an HTTP server in every crawl that runs the Python code sent to it,
# announced in a job file (port and token) in the user's state folder, which a killed run leaves
# behind. An unattended crawl needs neither; turn it on for a debugging session with -s.
REMOTE_CONTROL_ENABLED = False
COOKIES_ENABLED = False
REDIRECT_MAX_TIMES = 5

COMMANDS_MODULE = "newsbot.commands"
ADDONS = {"newsbot.addon.NewsbotAddon": 0}

DOWNLOADER_MIDDLEWARES = {
    # RFC 9309: robots.txt answering 5xx means "disallow all", not "allow all".
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newsbot.middlewares.RobotsTxtRFC9309Middleware": 100,
    # 429/503 wait for Retry-After instead of retrying at once.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newsbot.middlewares.RetryAfterMiddleware": 550,
    # After decompression (590), before the meta-refresh check (580) reads the text.
    "newsbot.middlewares.RepairEncodingMiddleware": 585,
    # Scrapy's meta refresh without decoding every page to text to find none (see the class).
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newsbot.middlewares.MetaRefreshMiddleware": 580,
}
EXTENSIONS = {
    # AutoThrottle that never goes below a site's own delay (its robots.txt Crawl-delay).
    "scrapy.extensions.throttle.AutoThrottle": None,
    "newsbot.extensions.throttle.AutoThrottle": 0,
    "newsbot.extensions.incremental.IncrementalState": 100,
    "newsbot.extensions.summary.RunSummary": 200,
    "newsbot.extensions.gc_tuning.GarbageCollectorTuning": 300,
}

DOWNLOAD_HANDLERS = {
    "http": "newsbot.replay.ReplayDownloadHandler",
    "https": "newsbot.replay.ReplayDownloadHandler",
}

# -- pipelines (spaced so a step can be slotted in) -------------------------------------------
ITEM_PIPELINES = {
    "newsbot.pipelines.clean_text.CleanTextPipeline": 100,
    "newsbot.pipelines.lead.DropLeadCopyPipeline": 150,
    "newsbot.pipelines.required.RequireFieldsPipeline": 200,
    "newsbot.pipelines.dates.ResolveDatesPipeline": 300,
    # Before the language work: a duplicate (an AMP copy) or an article whose content was exported
    # before is dropped without reading its quotes and attributions.
    "newsbot.pipelines.content_hash.HashContentPipeline": 350,
    "newsbot.pipelines.duplicates.DropDuplicatesPipeline": 360,
    "newsbot.pipelines.incremental.ExportChangedOnlyPipeline": 370,
    "newsbot.pipelines.quotes.ExtractQuotesPipeline": 400,
    "newsbot.pipelines.attributions.ExtractAttributionsPipeline": 410,
    "newsbot.pipelines.tag_cloud.DropUnchangedCloudPipeline": 800,
    "newsbot.pipelines.coverage.CountCoveragePipeline": 900,
    "newsbot.pipelines.serializable.EnsureSerializablePipeline": 950,
}

# -- output -----------------------------------------------------------------------------------
FEED_STORAGES = {
    "": "newsbot.feeds.AtomicFileFeedStorage",
    "file": "newsbot.feeds.AtomicFileFeedStorage",
}
FEED_URI_PARAMS = "newsbot.feeds.uri_params"
FEED_EXPORTERS = {
    "jsonlines": "newsbot.feeds.JsonLinesExporter",
    "jsonl": "newsbot.feeds.JsonLinesExporter",
}
FEED_EXPORT_ENCODING = "utf-8"
FEED_STORE_EMPTY = False
FEEDS = {
    "data/%(name)s/%(run)s.jsonl": {
        "format": "jsonlines",
        "encoding": "utf-8",
        "item_classes": ["newsbot.items.Article"],
        "fields": EXPORTED_FIELDS,
        "overwrite": True,
    },
    NEWSBOT_TAG_CLOUD_FEED: {
        "format": "jsonlines",
        "encoding": "utf-8",
        "item_classes": ["newsbot.items.TagCloudSnapshot"],
        "fields": SNAPSHOT_FIELDS,
        "overwrite": False,
    },
}

# Scrapy parses the source of a generator callback to warn about "return <value>" in it, and keys
# its cache by the bound method, which is new for each request: the source was read and parsed
# again for every response (2.7% of a replayed crawl). newsbot's callbacks return nothing.
WARN_ON_GENERATOR_RETURN_VALUE = False

STATS_CLASS = "newsbot.stats.StatsCollector"
"""Scrapy's in-memory stats, without the per-read overhead of Scrapy 2.19's deprecation shim."""

LOG_LEVEL = "INFO"
LOG_FORMATTER = "newsbot.logformatter.LogFormatter"
"""Scrapy's messages; the per-response and per-item DEBUG lines are not built above DEBUG."""
LOGSTATS_INTERVAL = 60.0
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
