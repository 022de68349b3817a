"""Spiders: they crawl and route; page classes in :mod:`newsbot.sites` read the pages."""
