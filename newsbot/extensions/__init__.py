"""Scrapy extensions: the incremental run's bookkeeping and the end-of-run summary."""
