"""The garbage-collector tuning of a crawl is applied at the engine's start and undone at its stop."""

from __future__ import annotations

import gc
import weakref

import pytest
from scrapy import Spider
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsbot.extensions.gc_tuning import YOUNG_THRESHOLD, GarbageCollectorTuning


def test_freezes_and_restores() -> None:
    before = gc.get_threshold()
    extension = GarbageCollectorTuning.from_crawler(get_crawler(Spider, {"NEWSBOT_GC_TUNING": True}))
    try:
        extension.engine_started()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *before[1:])
        assert gc.get_freeze_count() > 1000  # the modules and objects alive at the start
        extension.engine_started()  # a second start changes nothing
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    finally:
        extension.engine_stopped()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_cycles_are_still_collected() -> None:
    extension = GarbageCollectorTuning.from_crawler(get_crawler(Spider, {"NEWSBOT_GC_TUNING": True}))
    extension.engine_started()
    try:

        class Node:
            other: Node

        alive: weakref.WeakSet[Node] = weakref.WeakSet()
        made = 5 * YOUNG_THRESHOLD
        for _ in range(made):
            a, b = Node(), Node()
            a.other, b.other = b, a  # a reference cycle: only the collector frees it
            alive.add(a)
        assert len(alive) < made / 2  # freed along the way, without an explicit gc.collect()
    finally:
        extension.engine_stopped()


def test_off_by_setting() -> None:
    with pytest.raises(NotConfigured):
        GarbageCollectorTuning.from_crawler(get_crawler(Spider, {"NEWSBOT_GC_TUNING": False}))
