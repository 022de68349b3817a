"""Site page classes: one module per site (``newsbot/sites/<site>.py``), selectors as data.

A site module declares ``PAGE_CLASS`` (an :class:`~newsbot.sites.base.ArticlePage` subclass whose
``site`` is the domain); this package finds them, so adding a site touches no shared code.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from urllib.parse import urlsplit

from newsbot.sites.base import ArticlePage


@cache
def registry() -> dict[str, type[ArticlePage]]:
    """Domain -> page class, for every site module in this package."""
    found: dict[str, type[ArticlePage]] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        page_class = getattr(module, "PAGE_CLASS", None)
        if page_class is not None:
            # A site may answer on several hosts (a Kazakh edition on kaz.<site>, say).
            for host in getattr(page_class, "hosts", None) or [page_class.site]:
                found[host] = page_class
    return found


def page_class_for(url: str) -> type[ArticlePage] | None:
    """The page class of the site ``url`` belongs to, or None for a site newsbot does not know."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return registry().get(host)
