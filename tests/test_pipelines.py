"""Pipelines run with a real crawler; their stats are asserted."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newsbot.items import Article, Image
from newsbot.pipelines.clean_text import CleanTextPipeline
from newsbot.pipelines.dates import ResolveDatesPipeline
from newsbot.pipelines.duplicates import DropDuplicatesPipeline
from newsbot.pipelines.lead import DropLeadCopyPipeline
from newsbot.pipelines.required import RequireFieldsPipeline


def raw_article(**kwargs: object) -> Article:
    article = Article(
        url="https://bestnews.kz/sport/1-a",
        fetched_url="https://bestnews.kz/sport/1-a",
        headline="\n\tЗаголовок\u00a0новости ",
        paragraphs=["  Первый\u200b абзац. ", "", "Второй абзац."],
        crawled_at="2026-11-27T12:00:00+05:00",
    )
    for key, value in kwargs.items():
        setattr(article, key, value)
    return article


def test_clean_text_pipeline() -> None:
    crawler = get_crawler()
    item = CleanTextPipeline(crawler).process_item(
        raw_article(images=[Image(url="https://bestnews.kz/i.webp", caption="Мост. Фото: акимат")])
    )
    assert item.headline == "Заголовок новости"
    assert item.paragraphs == ["Первый абзац.", "Второй абзац."]
    assert item.body == "Первый абзац.\n\nВторой абзац."
    assert item.images[0] == Image(url="https://bestnews.kz/i.webp", caption="Мост", credit="акимат")


def test_lead_copy_is_dropped_and_counted() -> None:
    crawler = get_crawler()
    item = raw_article(lead="Первый абзац...", paragraphs=["Первый абзац. И дальше."])
    item = DropLeadCopyPipeline(crawler).process_item(item)
    assert item.lead is None
    assert crawler.stats.get_value("newsbot/lead/truncated_copy") == 1


def test_required_fields_drop_with_reason() -> None:
    crawler = get_crawler()
    pipeline = RequireFieldsPipeline(crawler)
    with pytest.raises(DropItem, match="empty_body"):
        pipeline.process_item(raw_article(headline="Есть", body=""))
    assert crawler.stats.get_value("newsbot/dropped/empty_body") == 1


def test_dates_pipeline_counts_sources_and_problems(caplog: pytest.LogCaptureFixture) -> None:
    crawler = get_crawler()
    pipeline = ResolveDatesPipeline(crawler)
    item = raw_article(published_at_raw="17.05.2025, 20:05")
    item.raw = {"published_attr": None, "published_jsonld": "2026-11-27T06:00:00+05:00", "modified": None}
    item = pipeline.process_item(item)
    assert item.published_at == "2025-05-17T20:05:00+05:00"
    assert crawler.stats.get_value("newsbot/dates/source/text") == 1
    assert crawler.stats.get_value("newsbot/dates/problem/jsonld_disagrees") == 1
    assert "Date problem (jsonld_disagrees)" not in caplog.text  # a known quirk, handled: DEBUG only


@pytest.mark.parametrize(
    ("modified", "expected", "problem"),
    [
        ("2026-11-27T09:00:00+05:00", "2026-11-27T09:00:00+05:00", None),
        ("2031-11-27T09:00:00+05:00", None, "modified_future"),  # years ahead of the crawl: a clock error
        ("2031-11-27", None, None),  # a date without a time is never a modification time
        ("1970-01-01T00:00:00+00:00", None, "modified_too_old"),  # a CMS's empty date
        ("1995-01-01T06:00:00+06:00", "1995-01-01T06:00:00+06:00", None),
    ],
)
def test_dates_pipeline_refuses_a_modification_time_that_is_no_time(
    modified: str, expected: str | None, problem: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    crawler = get_crawler()
    pipeline = ResolveDatesPipeline(crawler)
    item = raw_article(published_at_raw="27.11.2026, 08:00")
    item.crawled_at = "2026-11-27T12:00:00+05:00"
    item.raw = {"published_attr": None, "published_jsonld": None, "modified": modified}
    item = pipeline.process_item(item)
    assert item.modified_at == expected
    for refusal in ("modified_future", "modified_too_old"):
        assert (crawler.stats.get_value(f"newsbot/dates/problem/{refusal}") == 1) is (refusal == problem)
        assert (f"Date problem ({refusal})" in caplog.text) is (refusal == problem)


def test_duplicates_by_canonical_url() -> None:
    crawler = get_crawler()
    pipeline = DropDuplicatesPipeline(crawler)
    pipeline.process_item(raw_article())
    with pytest.raises(DropItem):
        pipeline.process_item(raw_article(fetched_url="https://bestnews.kz/sport/1-a?tmpl=amp"))
    assert crawler.stats.get_value("newsbot/dropped/duplicate") == 1


def test_serializable_pipeline_cleans_every_nested_string(caplog: pytest.LogCaptureFixture) -> None:
    from newsbot.items import CloudTag, Quote
    from newsbot.pipelines.serializable import EnsureSerializablePipeline

    crawler = get_crawler()
    pipeline = EnsureSerializablePipeline(crawler)
    clean = raw_article(images=[Image(url="https://bestnews.kz/i.webp", caption="Мост")])
    before = repr(clean)
    assert pipeline.process_item(clean) is clean and repr(clean) == before  # nothing to do
    assert crawler.stats.get_value("newsbot/text/sanitized") is None

    item = raw_article(
        authors=["Аида\u2028Балаева"],
        images=[Image(url="https://bestnews.kz/i.webp", caption="Мост\ud83d")],
        quotes=[Quote(text="Нас\x07 интересует", speaker="Аида Балаева", role=None, cue="отметила",
                      paragraph=0, start=0, end=10)],
        tag_cloud=[CloudTag(name="Барыс", count=327, url="https://bestnews.kz/t/\x85barys")],
    )  # fmt: skip
    item.raw = {"published_attr\u2029": "2026\x00-11-27"}
    assert "removed from" not in caplog.text
    pipeline.process_item(item)
    assert f"removed from {item.url}" in caplog.text
    assert item.authors == ["Аида Балаева"]
    assert item.images[0].caption == "Мост"
    assert item.quotes[0].text == "Нас интересует"
    assert item.tag_cloud[0].url == "https://bestnews.kz/t/barys"
    assert item.raw == {"published_attr ": "2026-11-27"}
    assert crawler.stats.get_value("newsbot/text/sanitized") == 6
