"""Helpers of the page classes that stand in for slower library calls must give the same answers."""

from __future__ import annotations

from urllib.parse import urljoin

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbot.sites.base import join_url

BASES = [
    "https://bestnews.kz/kazakhstan/104250-lesnoj-pozhar",
    "https://bestnews.kz/",
    "https://bestnews.kz",
    "http://bestnews.kz/novosti?start=20",
    "https://www.nur.kz:443/politics/123/",
    "https://user@host.kz/a/b",
    "HTTPS://Bestnews.kz/A",
]
PIECES = ["/", "//", ".", "..", "./", "../", "?", "#", ";", "a", "tags", "горячие-новости", "%D0%B3", " ", "\t",
          "\\", "https://", "http://", "https:", "cdn.bestnews.kz", "x=1", "&", "@", ":", "=", "-", "_"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(BASES), st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
@example("https://bestnews.kz/a", "/tags/barys")
@example("https://bestnews.kz/a", "https://cdn.bestnews.kz/img/1.jpg")
@example("https://bestnews.kz/a", "http://other.kz/x?y=1")
@example("https://bestnews.kz/a", "https://bestnews.kz/x/../y")
@example("https://bestnews.kz/a", "/x?")
@example("https://bestnews.kz/a", "https://a.kz?q")
def test_join_url_is_urljoin(base: str, url: str) -> None:
    assert join_url(base, url) == urljoin(base, url)
