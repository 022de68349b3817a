"""Pure language functions: no Scrapy, no I/O. Each takes strings and returns plain data."""
