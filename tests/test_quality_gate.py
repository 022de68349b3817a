"""The quality gate: the extractors must stay above their floors on the gold set and the mirror.

The numbers come from :func:`newsbot.evaluation.evaluate`, the same code ``benchmarks/quality.py``
prints; run that script with ``--errors`` to see which cases went wrong.
"""

from __future__ import annotations

import time

import pytest

from newsbot.evaluation import (
    FLOORS,
    GENERIC_BODY_F1_FLOOR,
    Report,
    body_scores,
    evaluate,
    format_body_table,
    format_table,
    missed_floors,
)
from newsbot.text.attributions import extract_attributions
from newsbot.text.quotes import extract_quotes
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return evaluate()


def test_gold_files_are_there() -> None:
    for name in ("quotes.json", "attributions.json", "dates.json", "tag_cloud.json"):
        assert (FIXTURES / "text" / name).exists(), name


def test_every_mirror_is_scored(reports: list[Report]) -> None:
    names = [r.name.split()[1] for r in reports[1:-1]]
    assert names[0] == "bestnews"
    assert {"tengrinews", "nur", "zakon"} <= set(names)
    assert reports[-1].name == "held-out gold set (fixtures/text/heldout)"


@pytest.mark.parametrize(
    "which", range(6), ids=["gold-set", "bestnews", "held-out-1", "held-out-2", "held-out-3", "held-out-gold-set"]
)
def test_floors(reports: list[Report], which: int) -> None:
    report = reports[which]
    assert "quote span" in report.prf and "attribution source" in report.prf
    missed = missed_floors(report)
    assert not missed, "\n".join(missed) + "\n\n" + format_table(report)


def test_generic_body_f1_stays_above_its_floor_next_to_the_site_classes() -> None:
    scores = body_scores()
    assert {s.mirror for s in scores} >= {"bestnews", "tengrinews", "nur", "zakon"}
    for score in scores:
        floor = GENERIC_BODY_F1_FLOOR if score.path == "generic" else 0.99
        assert score.f1 >= floor, format_body_table(scores)


def test_gold_set_scores_every_field(reports: list[Report]) -> None:
    gold = reports[0]
    for key, table, _, _ in FLOORS:
        assert key in (gold.prf if table == "prf" else gold.acc), key


def test_mirror_records_all_read(reports: list[Report]) -> None:
    unreadable = [e for r in reports[1:] for e in r.errors if "unreadable" in e]
    assert not unreadable, unreadable


def _timed(func, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = func(*args)
    return result, time.perf_counter() - started


# A warm-up call loads the dictionaries, so the limits below measure the extractors alone.
@pytest.fixture(scope="module", autouse=True)
def _warm_up() -> None:
    extract_quotes(["«Мы готовы», — сказал Ерлан Карин, сообщает Kazinform."])
    extract_attributions(["Мы готовы, сообщает Kazinform со ссылкой на акимат."])


@pytest.mark.parametrize(
    "paragraph",
    [
        "«Барыс» " * 1000,  # 2,000 guillemets around names
        "«" * 2000,  # 2,000 opening marks that never close
        "«Мы готовы к матчу», — сказал Олег Ким. " * 1000,  # 2,000 guillemets of real quotes
        "«" + "Мы готовы, — сказал он, — " * 1000 + "»",  # 1,000 dashes inside one quotation
        '"слово" - сказал он ' * 1000,  # 2,000 straight quotes
    ],
    ids=["names", "unclosed", "quotes", "dashes-inside", "straight"],
)
def test_one_paragraph_with_2000_marks_is_fast(paragraph: str) -> None:
    _, quotes_time = _timed(extract_quotes, [paragraph])
    _, attributions_time = _timed(extract_attributions, [paragraph])
    assert quotes_time < 1.0 and attributions_time < 1.0, (quotes_time, attributions_time)


@pytest.mark.parametrize(
    "paragraph",
    [
        "«Ситуация под контролем», — сказал аким области Арман Жунусов, сообщает Kazinform со ссылкой на МЧС.",
        "«Продолжение цитаты без конца",
    ],
    ids=["quotes-and-attributions", "open-chain"],
)
def test_5000_paragraphs_are_fast(paragraph: str) -> None:
    paragraphs = [paragraph] * 5000
    quotes, quotes_time = _timed(extract_quotes, paragraphs)
    _, attributions_time = _timed(extract_attributions, paragraphs)
    assert quotes_time < 1.0 and attributions_time < 1.0, (quotes_time, attributions_time)
    if paragraph.endswith("."):
        assert len(quotes) == 5000


def test_offsets_check_accepts_an_interruption_after_a_short_first_part() -> None:
    # "«В этом году, — рассказала ..., — к нам поступили ...»": the first part has fewer than twelve
    # letters, and the offsets are still right (the check compared twelve letters and reported them wrong);
    # a span that holds other words is still wrong.
    from types import SimpleNamespace

    from newsbot.evaluation import _offsets_ok

    body = "«В этом году, — рассказала главный врач, — к нам поступили 96 детей»."
    quote = SimpleNamespace(start=0, end=body.index("»") + 1, text="В этом году, к нам поступили 96 детей")
    assert _offsets_ok(body, quote)
    wrong = SimpleNamespace(start=0, end=body.index("»") + 1, text="В этом месяце к нам поступили 96 детей")
    assert not _offsets_ok(body, wrong)


def test_what_an_annotator_left_open_is_not_scored() -> None:
    # A document's "open" quotations and a case's "open" sources are ones the written rules leave
    # undecided: whatever the extractor returns for them is neither right nor wrong; everything else
    # is scored as before, and a short open span says nothing of a longer quote around it.
    from newsbot.evaluation import (
        attribution_cases_from_gold,
        quote_cases_from_gold,
        score_attributions,
        score_quotes,
    )

    text = "«Мы откроем школу в мае», — сказал аким. «Да», — ответил он. «Посмотрим, что будет», — сказала она."
    document = {"id": "d", "language": "ru", "paragraphs": [text], "not_quotes": []}
    gold = [{"text": "Мы откроем школу в мае", "speaker": None, "role": "аким", "cue": "сказал", "paragraph": 0}]
    opened = [{"text": "Посмотрим, что будет", "paragraph": 0, "why": "who is she"}]
    left_open = Report("open")
    score_quotes(quote_cases_from_gold([{**document, "quotes": gold, "open": opened}]), extract_quotes, left_open)
    closed = Report("closed")
    score_quotes(quote_cases_from_gold([{**document, "quotes": gold}]), extract_quotes, closed)
    assert closed.prf["quote span"].fp == left_open.prf["quote span"].fp + 1
    assert left_open.prf["quote span"].tp == closed.prf["quote span"].tp == 1
    assert left_open.left_open == 1 and closed.left_open == 0
    assert "left open by the annotators (not scored) | | | | | 1 |" in format_table(left_open)
    short = Report("short")
    tiny = [{"text": "Мы", "paragraph": 0, "why": ""}]
    score_quotes(quote_cases_from_gold([{**document, "quotes": gold, "open": tiny}]), extract_quotes, short)
    assert short.prf["quote span"].tp == 1
    # A gold quotation is matched before what is open: an open part of it takes nothing away.
    inside = Report("inside")
    part = [{"text": "откроем школу в мае", "paragraph": 0, "why": ""}]
    score_quotes(quote_cases_from_gold([{**document, "quotes": gold, "open": part}]), extract_quotes, inside)
    assert (inside.prf["quote span"].tp, inside.prf["quote span"].fn) == (1, 0)

    case = {"id": "a", "language": "ru", "text": "Об этом сообщает Kazinform со ссылкой на акимат Астаны."}
    attributions = Report("attributions")
    opened_source = [{"source": "акимат Астаны", "why": "relayed or own"}]
    score_attributions(
        attribution_cases_from_gold([{**case, "attributions": [], "open": opened_source}]),
        extract_attributions,
        attributions,
    )
    rate = attributions.prf["attribution source"]
    assert (rate.tp, rate.fp, rate.fn, attributions.left_open) == (0, 0, 0, 1)
    # A source's two readings hold one another: the other reading than the one written is open too.
    site = {"id": "s", "language": "ru", "text": "«Кайрат» продлил контракт, сообщает официальный сайт клуба."}
    readings = Report("readings")
    opened_site = [{"source": "официальный сайт клуба", "why": "the site or its owner"}]
    score_attributions(
        attribution_cases_from_gold([{**site, "attributions": [], "open": opened_site}]), extract_attributions, readings
    )
    rate = readings.prf["attribution source"]
    assert (rate.tp, rate.fp, rate.fn) == (0, 0, 0)
