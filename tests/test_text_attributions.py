from __future__ import annotations

import pytest

from newsbot.text.attributions import extract_attributions, strip_kazakh_dative, strip_kazakh_genitive
from newsbot.text.sentences import split_sentences

# (text, language, [(source, via, cue)])
FORMS = [
    pytest.param(
        "Мост откроют в мае, сообщает Kazinform со ссылкой на акимат Павлодара.",
        "ru",
        [("акимат Павлодара", "Kazinform", "со ссылкой на")],
        id="via-and-source",
    ),
    pytest.param(
        "Мост откроют в мае, передает корреспондент Tengrinews.kz.",
        "ru",
        [("Tengrinews.kz", None, "передает корреспондент")],
        id="correspondent",
    ),
    pytest.param("Мост откроют в мае, пишет Reuters.", "ru", [("Reuters", None, "пишет")], id="pishet"),
    pytest.param(
        "По данным Министерства транспорта, мост откроют в мае.",
        "ru",
        [("Министерство транспорта", None, "По данным")],
        id="po-dannym-genitive",
    ),
    pytest.param(
        "Мост откроют в мае, как сообщили в пресс-службе акимата.",
        "ru",
        [("пресс-служба акимата", None, "как сообщили в")],
        id="kak-soobshchili-locative",
    ),
    pytest.param(
        "Мост откроют в мае. Об этом сообщили в городском акимате.",
        "ru",
        [("городской акимат", None, "Об этом сообщили в")],
        id="ob-etom-adjective-agrees",
    ),
    pytest.param(
        "Мост откроют в мае, говорится в сообщении Министерства транспорта.",
        "ru",
        [("Министерство транспорта", None, "говорится в сообщении")],
        id="govoritsya",
    ),
    pytest.param(
        "Мост откроют в мае, сообщили в Минтрансе в четверг.",
        "ru",
        [("Минтранс", None, "сообщили в")],
        id="time-adverbial-ends-source",
    ),
    pytest.param(
        "Көпір мамырда ашылады, деп хабарлайды Kazinform.",
        "kk",
        [("Kazinform", None, "деп хабарлайды")],
        id="kk-dep-khabarlaydy",
    ),
    pytest.param(
        "Көпір мамырда ашылады, деп хабарлайды Kazinform облыс әкімдігіне сілтеме жасап.",
        "kk",
        [("облыс әкімдігі", "Kazinform", "сілтеме жасап")],
        id="kk-silteme",
    ),
    pytest.param(
        "Көлік министрлігінің хабарлауынша, көпір мамырда ашылады.",
        "kk",
        [("Көлік министрлігі", None, "хабарлауынша")],
        id="kk-khabarlauynsha",
    ),
    pytest.param("По сообщению пресс-службы МВД, задержаны трое.", "ru",
                 [("пресс-служба МВД", None, "По сообщению")], id="po-soobshcheniyu"),
    pytest.param("Согласно данным Бюро национальной статистики, цены выросли.", "ru",
                 [("Бюро национальной статистики", None, "Согласно данным")], id="soglasno-dannym"),
    pytest.param("Об этом говорится на сайте акимата Алматы.", "ru",
                 [("акимат Алматы", None, "Об этом говорится на сайте")], id="govoritsya-na-sayte"),
    pytest.param("Правила вступят в силу с 1 января, сообщается на официальном сайте Минфина.", "ru",
                 [("Минфин", None, "сообщается на официальном сайте")], id="soobshchaetsya-na-sayte"),
    pytest.param("В пресс-службе МВД сообщили, что задержаны трое.", "ru",
                 [("пресс-служба МВД", None, "сообщили")], id="v-x-soobshchili"),
    pytest.param("В Минэнерго сообщили, что цены не изменятся.", "ru",
                 [("Минэнерго", None, "сообщили")], id="v-minenergo-soobshchili"),
    pytest.param("Информацию подтвердили в пресс-службе акимата.", "ru",
                 [("пресс-служба акимата", None, "подтвердили в")], id="podtverdili-v"),
    # The other verbs an office tells by ("рассказали", "пояснили", "уточнили"), maybe after those
    # it told ("Об этом корреспонденту Bestnews.kz рассказали в ...").
    pytest.param("Об этом корреспонденту Bestnews.kz рассказали в управлении образования.", "ru",
                 [("управление образования", None, "рассказали в")], id="rasskazali-v"),
    pytest.param("Как пояснили в Минфине, налог не изменится.", "ru",
                 [("Минфин", None, "Как пояснили в")], id="kak-poyasnili-v"),
    pytest.param("Подробности уточнили в ДЧС.", "ru", [("ДЧС", None, "уточнили в")], id="utochnili-v"),
    pytest.param("В управлении образования рассказали, что школ хватит.", "ru",
                 [("управление образования", None, "рассказали")], id="v-x-rasskazali"),
    # The past tense after "Об этом" / "Как", an office or an outlet its subject.
    pytest.param("Об этом сообщила пресс-служба акимата Алматы.", "ru",
                 [("пресс-служба акимата Алматы", None, "Об этом сообщила")], id="ob-etom-soobshchila"),
    pytest.param("Как сообщил МИД РК, визы отменят.", "ru", [("МИД РК", None, "Как сообщил")], id="kak-soobshchil"),
    pytest.param("Об этом сообщил Kazinform.", "ru", [("Kazinform", None, "Об этом сообщил")], id="ob-etom-soobshchil-outlet"),
    pytest.param("Об этом сообщили журналистам в акимате Алматы.", "ru",
                 [("акимат Алматы", None, "Об этом сообщили")], id="ob-etom-soobshchili-zhurnalistam-v"),
    pytest.param("Об этом сообщили на запрос Bestnews.kz в Минздраве.", "ru",
                 [("Минздрав", None, "Об этом сообщили")], id="ob-etom-soobshchili-na-zapros-v"),
    pytest.param("Об этом сообщили Bestnews.kz в пресс-службе МВД.", "ru",
                 [("пресс-служба МВД", None, "Об этом сообщили")], id="ob-etom-soobshchili-outlet-v"),
    pytest.param("Согласно отчету Нацбанка, резервы выросли.", "ru", [("Нацбанк", None, "Согласно отчету")],
                 id="soglasno-otchetu"),
    pytest.param("Об этом говорится в ответе Минздрава на запрос Bestnews.kz.", "ru",
                 [("Минздрав", None, "Об этом говорится в ответе")], id="govoritsya-v-otvete"),
    pytest.param("Об этом говорится в докладе.", "ru", [], id="govoritsya-v-doklade-of-no-one"),
    pytest.param("Стороны готовы к переговорам, говорится в совместном заявлении МИД и Минобороны.", "ru",
                 [("МИД и Минобороны", None, "говорится в совместном заявлении")], id="govoritsya-adjective"),
    # An adverbial after the source is no part of it; a preposition inside a body's name is.
    pytest.param("Как сообщили в акимате Астаны по итогам проверки, нарушений нет.", "ru",
                 [("акимат Астаны", None, "Как сообщили в")], id="source-then-po-itogam"),
    pytest.param("По данным МВД за девять месяцев, число ДТП снизилось.", "ru",
                 [("МВД", None, "По данным")], id="source-then-za"),
    pytest.param("Как сообщили в пресс-службе ДЧС для Bestnews.kz, пожар потушен.", "ru",
                 [("пресс-служба ДЧС", None, "Как сообщили в")], id="source-then-dlya"),
    pytest.param("Об этом сообщили в Минздраве в ходе брифинга.", "ru",
                 [("Минздрав", None, "Об этом сообщили в")], id="source-then-v-khode"),
    pytest.param("Об этом сообщили в посольстве Казахстана во Франции.", "ru",
                 [("посольство Казахстана во Франции", None, "Об этом сообщили в")], id="vo-inside-the-name"),
    pytest.param("Об этом сообщили в Минфине во время брифинга.", "ru",
                 [("Минфин", None, "Об этом сообщили в")], id="source-then-vo-vremya"),
    pytest.param("Об этом сообщили в Министерстве по чрезвычайным ситуациям.", "ru",
                 [("Министерство по чрезвычайным ситуациям", None, "Об этом сообщили в")], id="po-inside-the-name"),
    pytest.param("Как рассказали журналистам в акимате Астаны, работы завершат в мае.", "ru",
                 [("акимат Астаны", None, "Как рассказали")], id="kak-rasskazali-zhurnalistam-v"),
    pytest.param("Об этом пояснили Bestnews.kz в пресс-службе МВД.", "ru",
                 [("пресс-служба МВД", None, "Об этом пояснили")], id="ob-etom-poyasnili-outlet-v"),
    pytest.param("Об этом рассказали журналистам в Астане.", "ru", [], id="rasskazali-zhurnalistam-v-place"),
    pytest.param("Как сообщили «Казинформу» в акимате Астаны, работы завершат в мае.", "ru",
                 [("акимат Астаны", None, "Как сообщили")], id="kak-soobshchili-outlet-in-marks-v"),
    pytest.param("Бұл туралы Bestnews.kz тілшісіне облыс әкімдігінен хабарлады.", "kk",
                 [("облыс әкімдігі", None, "хабарлады")], id="kk-told-the-correspondent-from"),
    pytest.param("Бұл туралы облыс әкімдігінің баспасөз қызметі мәлім етті.", "kk",
                 [("облыс әкімдігінің баспасөз қызметі", None, "мәлім етті")], id="kk-malim-etti"),
    pytest.param("Об этом сообщает «Хабар 24».", "ru", [("«Хабар 24»", None, "Об этом сообщает")], id="outlet-in-marks"),
    pytest.param("Об этом стало известно из сообщения МВД.", "ru",
                 [("МВД", None, "Об этом стало известно из сообщения")], id="stalo-izvestno-iz"),
    pytest.param("Стало известно из публикации Kursiv.media, что банк продан.", "ru",
                 [("Kursiv.media", None, "Стало известно из публикации")], id="stalo-izvestno-iz-capital"),
    pytest.param("Об этом в своем Telegram-канале сообщила пресс-служба МВД.", "ru",
                 [("пресс-служба МВД", None, "сообщила")], id="ob-etom-where-then-soobshchila"),
    pytest.param("Об этом сообщило издание Kursiv.media.", "ru",
                 [("издание Kursiv.media", None, "Об этом сообщило")], id="generic-noun-before-an-outlet"),
    pytest.param("Көпір ашылады, деп хабарлайды Kazinform ҚР ТЖМ-ге сілтеме жасап.", "kk",
                 [("ҚР ТЖМ", "Kazinform", "сілтеме жасап")], id="kk-qr-before-an-abbreviation"),
    pytest.param("Бұл жөнінде Ақорданың баспасөз қызметі мәлімдеді.", "kk",
                 [("Ақорданың баспасөз қызметі", None, "мәлімдеді")], id="kk-bul-zhoninde"),
    pytest.param("Бұл жөнінде облыстық әкімдіктің баспасөз қызметі кеше мәлімдеді.", "kk",
                 [("облыстық әкімдіктің баспасөз қызметі", None, "мәлімдеді")], id="kk-time-word-before-the-verb"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), FORMS)
def test_forms(text: str, language: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = extract_attributions([text], language)
    assert [(a.source, a.via, a.cue) for a in got] == expected
    for a in got:
        assert a.cue in a.text and a.text in text


@pytest.mark.parametrize(
    "text",
    [
        "Фото: Kazinform",
        "По словам министра, мост откроют в мае.",
        "По данным на 1 мая, построено 80% моста.",
        "По предварительным данным, пострадавших нет.",
        "Как сообщалось ранее, мост закрыли на ремонт.",
        "Сообщается, что движение восстановлено.",
        "Итоги тендера сообщили в среду.",
        "Суд отклонил жалобу со ссылкой на пропуск срока.",
        "Автор пишет книги о путешествиях.",
        "Жители сообщают о пробках на мосту.",
        "В Астане сообщили о новых правилах парковки.",
        "Как стало известно Bestnews.kz, проект отложили.",
        # Those verbs tell of talk anywhere: a place, an interview, a time is no source.
        "Об этом рассказали в Астане.",
        "В Астане рассказали, что школ хватит.",
        "Об этом рассказали в интервью телеканалу.",
        "Жители рассказали в соцсетях о проблеме.",
        # A person telling in the past tense cites no source.
        "Об этом сообщил аким Алматы Ерболат Досаев.",
        "Об этом сообщил Ерлан Карин.",
        "Об этом сообщил Минниханов.",
        "Об этом сообщил глава ведомства.",
        "Об этом в своем Telegram-канале сообщил аким Алматы.",
        "Об этом рассказали в ходе брифинга.",
        "Об этом пояснили в интервью.",
        "Как сообщили местные жители, свет дали.",
        # ... and after a quotation they name its speaker (tests/test_text_quotes.py), not a source.
        "«Угрозы жизни людей нет», — уточнили в пресс-службе ДЧС.",
    ],
)
def test_not_attributions(text: str) -> None:
    assert extract_attributions([text]) == []


def test_text_is_the_sentence_and_order_is_kept() -> None:
    paragraph = "По данным ДЧС, вода спадает. Дороги открыты. Школы работают, пишет КазТАГ."
    got = extract_attributions([paragraph])
    assert [(a.source, a.text) for a in got] == [
        ("ДЧС", "По данным ДЧС, вода спадает."),
        ("КазТАГ", "Школы работают, пишет КазТАГ."),
    ]


def test_sentences_do_not_break_inside_quotes_or_after_abbreviations() -> None:
    text = "«Работы идут. Все по плану», — сообщили в г. Астане. Министр РК Б. Нуров приехал."
    assert [s.text for s in split_sentences(text)] == [
        "«Работы идут. Все по плану», — сообщили в г. Астане.",
        "Министр РК Б. Нуров приехал.",
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("министрлігінің", "министрлігі"), ("ТЖМ-нің", "ТЖМ"), ("банктің", "банк"), ("Ақорданың", "Ақорда")],
)
def test_kazakh_genitive(word: str, expected: str) -> None:
    assert strip_kazakh_genitive(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"), [("министрлігіне", "министрлігі"), ("ІІМ-ге", "ІІМ"), ("әкімдігіне", "әкімдігі")]
)
def test_kazakh_dative(word: str, expected: str) -> None:
    assert strip_kazakh_dative(word) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Kazakh statements, as "говорится в сообщении X": "Бұл туралы X-тің хабарламасында айтылған" and
        # "..., делінген X хабарламасында" (were no attribution) ...
        ("Бұл туралы министрліктің хабарламасында айтылған.", [("министрлік", "хабарламасында айтылған")]),
        ("Бұл туралы ҚР Денсаулық сақтау министрлігінің баспасөз қызметінің хабарламасында делінген.",
         [("ҚР Денсаулық сақтау министрлігінің баспасөз қызметі", "хабарламасында делінген")]),
        ("Бұл туралы министрліктің ресми сайтында жазылған.", [("министрлік", "сайтында жазылған")]),
        ("Ауруханада 200 төсек бар, делінген министрлік хабарламасында.", [("министрлік", "делінген")]),
        ("Ауруханада 200 төсек бар, деп көрсетілген ведомство хабарламасында.", [("ведомство", "деп көрсетілген")]),
        ("«Ауруханада 200 төсек бар», – делінген министрліктің Telegram-арнасында.", [("министрлік", "делінген")]),
        # ... but not a statement of no one named, nor the verbs in other senses.
        ("Бұл туралы хабарламада айтылған.", []),
        ("Ауруханада 200 төсек бар, делінген хабарламада.", []),
        ("Бұл туралы бұрын айтылған.", []),
        ("Жоспарда 200 төсек көрсетілген.", []),
    ],
    ids=["bul-turaly-aitylgan", "press-service", "site", "delingen", "dep-korsetilgen", "after-a-quote",
         "nobody-before", "nobody-after", "said-before", "shown-in-a-plan"],
)  # fmt: skip
def test_kazakh_statements(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "kk")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Figures and reports a text follows, as economy news cites them (were no attribution) ...
        ("Об этом свидетельствуют данные Бюро национальной статистики.",
         [("Бюро национальной статистики", None, "Об этом свидетельствуют данные")]),
        ("Об этом свидетельствует отчет Нацбанка.", [("Нацбанк", None, "Об этом свидетельствует отчет")]),
        ("Как следует из данных Нацбанка, курс вырос.", [("Нацбанк", None, "Как следует из данных")]),
        ("Такие данные приводит Бюро национальной статистики.",
         [("Бюро национальной статистики", None, "Такие данные приводит")]),
        ("Такие данные приводит Kapital.kz со ссылкой на Нацбанк.", [("Нацбанк", "Kapital.kz", "со ссылкой на")]),
        ("Об этом говорится в обзоре Halyk Finance.", [("Halyk Finance", None, "Об этом говорится в обзоре")]),
        # ... offices that stated or noted it ...
        ("Об этом заявили в Министерстве финансов.", [("Министерство финансов", None, "Об этом заявили в")]),
        ("Как отмечают в Нацбанке, курс стабилен.", [("Нацбанк", None, "Как отмечают в")]),
        ("В Нацбанке отметили, что курс стабилен.", [("Нацбанк", None, "отметили")]),
        # ... but not a place, a quotation's speaker, nor the words in other senses.
        ("Об этом заявили в Астане.", []),
        ("«Курс останется стабильным», — отметили в Нацбанке.", []),
        ("Рост цен свидетельствует о перегреве экономики.", []),
        ("Как следует из документа, срок продлен.", []),
        ("Эти данные приводят аналитики.", []),
    ],
    ids=["data-show", "report-shows", "follows-from-data", "such-data", "such-data-via", "review", "stated-in",
         "note-in", "in-x-noted", "place", "after-a-quote", "other-sense", "no-source", "no-body"],
)  # fmt: skip
def test_figures_and_reports(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The agency whose correspondent reports, without its genitive ending (was "агенттігінің") ...
        ("Қалада мектеп ашылды, деп хабарлайды Kazinform агенттігінің тілшісі.",
         [("Kazinform агенттігі", "деп хабарлайды")]),
        # ... where a body published is no part of it (was "ведомство ресми сайтында") ...
        ("Бұл жөнінде ведомство ресми сайтында хабарлады.", [("ведомство", "хабарлады")]),
        ("Бұл туралы ҚР ІІМ ресми сайтында мәлімдеді.", [("ҚР ІІМ", "мәлімдеді")]),
        # ... and "жазды" (wrote) is read as "жазады" is (was no attribution).
        ("Бұл туралы облыс әкімдігінің баспасөз қызметі Telegram-арнасында жазды.",
         [("облыс әкімдігінің баспасөз қызметі", "жазды")]),
    ],
    ids=["agency-correspondent", "official-site", "abbreviation-site", "wrote-on-telegram"],
)  # fmt: skip
def test_kazakh_sources_and_where_they_published(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "kk")] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # The eighth held-out set's miss (fixtures/text/heldout/attributions-8.json): an abbreviation with a
        # lowercase ending names a body ("В МИДе сообщили" was no attribution) ...
        ("В МИДе сообщили, что соглашение вступит в силу.", "ru", [("МИД", "сообщили")]),
        ("В ЦОНе рассказали, что очередь выросла.", "ru", [("ЦОН", "рассказали")]),
        # ... and an enumeration inside a body's name does not end it at its comma.
        ("По данным управления культуры, архивов и документации Карагандинской области, спектакль покажут.", "ru",
         [("управление культуры, архивов и документации Карагандинской области", "По данным")]),
        ("Об этом сообщили в акимате, отметив, что работы и ремонт завершат.", "ru", [("акимат", "Об этом сообщили в")]),
        ("Қарағанды облысының мәдениет, архивтер және құжаттама басқармасының хабарлауынша, спектакль гастрольге "
         "шығады.", "kk", [("Қарағанды облысының мәдениет, архивтер және құжаттама басқармасы", "хабарлауынша")]),
    ],
    ids=["declined-abbreviation", "declined-abbreviation-talk", "ru-enumeration", "clause-after-a-comma",
         "kk-enumeration"],
)  # fmt: skip
def test_bodies_named_with_declined_abbreviations_and_enumerations(
    sentence: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # The eighth held-out set's open cases 7-10, settled in fixtures/text/README.md: "со ссылкой на"
        # after a past-tense outlet is one attribution, as after "сообщает" (was two) ...
        ("Об этом сообщило издание Kursiv.media со ссылкой на Минфин.", "ru",
         [("Минфин", "издание Kursiv.media", "со ссылкой на")]),
        ("Такие данные приводит Kapital.kz со ссылкой на Нацбанк.", "ru", [("Нацбанк", "Kapital.kz", "со ссылкой на")]),
        # ... "об этом" belongs to the cue whatever stands before it ...
        ("Ранее об этом сообщило издание Kursiv.media.", "ru", [("издание Kursiv.media", None, "об этом сообщило")]),
        # ... the place of publication is in a Kazakh statement's cue ...
        ("Бұл туралы министрліктің Telegram-арнасында жазылған.", "kk",
         [("министрлік", None, "Telegram-арнасында жазылған")]),
        # ... and the impersonal "хабарланды" names no source.
        ("Бұл туралы хабарланды.", "kk", []),
    ],
    ids=["past-outlet-with-reference", "such-data-with-reference", "earlier-about-this", "kk-telegram", "kk-impersonal"],
)  # fmt: skip
def test_open_cases_of_the_eighth_held_out_set(
    sentence: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # The ninth held-out set's open cases 5-7, settled in fixtures/text/README.md as the extractor reads
        # them: a Kazakh source opening its sentence keeps its capital ...
        ("Облыс әкімдігінің мәліметінше, егін орағы аяқталды.", "kk", [("Облыс әкімдігі", None, "мәліметінше")]),
        # ... two attributions in one sentence, in reading order ...
        ("Об этом свидетельствует статистика Национального банка, передает корреспондент Bestnews.kz.", "ru",
         [("Национальный банк", None, "Об этом свидетельствует статистика"),
          ("Bestnews.kz", None, "передает корреспондент")]),
        # ... and a generic noun before an outlet is part of the source.
        ("Такие данные приводит портал Krisha.kz.", "ru", [("портал Krisha.kz", None, "Такие данные приводит")]),
    ],
    ids=["kk-capital", "two-in-a-sentence", "portal"],
)  # fmt: skip
def test_open_cases_of_the_ninth_held_out_set(
    sentence: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], language)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A person as the subject of "Бұл туралы ... мәлімдеді / хабарлады" cites no source, as Russian "Об
        # этом сообщил аким" (each was an attribution with the person as its source) ...
        ("Бұл туралы облыс әкімі мәлімдеді.", []),
        ("Бұл туралы қалалық жұмыспен қамту орталығының директоры Дәурен Әбілов мәлімдеді.", []),
        ("Бұл туралы Дәурен Әбілов хабарлады.", []),
        ("Бұл туралы министр Ерлан Қарин өзінің Telegram-арнасында жазды.", []),
        # ... while a body stays a source, the office of a person's body too.
        ("Бұл туралы облыс әкімінің баспасөз қызметі хабарлады.", [("облыс әкімінің баспасөз қызметі", "хабарлады")]),
        ("Бұл туралы Ақорда хабарлады.", [("Ақорда", "хабарлады")]),
    ],
    ids=["kk-role", "kk-role-and-name", "kk-name", "kk-minister-on-telegram", "kk-office-of-a-person", "kk-akorda"],
)  # fmt: skip
def test_a_kazakh_person_is_no_source(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "kk")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A forecast cites its source as data do (weather and economy news): "по прогнозу X", "согласно
        # прогнозу X" (each was no attribution) ...
        ("По прогнозу Казгидромета, ночью похолодает до 25 градусов.", [("Казгидромет", "По прогнозу")]),
        ("Согласно прогнозу РГП «Казгидромет», в Астане ожидается снег.", [("РГП «Казгидромет»", "Согласно прогнозу")]),
        ("По прогнозу Нацбанка, инфляция замедлится до 9%.", [("Нацбанк", "По прогнозу")]),
        ("По прогнозу на завтра, ночью похолодает.", []),
        # ... and "говорится в" a forecast, a decision, a verdict, an order names its author (was no
        # attribution).
        ("Об этом говорится в прогнозе РГП «Казгидромет».", [("РГП «Казгидромет»", "Об этом говорится в прогнозе")]),
        ("Об этом говорится в решении Верховного суда.", [("Верховный суд", "Об этом говорится в решении")]),
        ("Об этом говорится в приказе Министерства просвещения.",
         [("Министерство просвещения", "Об этом говорится в приказе")]),
    ],
    ids=["po-prognozu", "soglasno-prognozu", "national-bank", "a-time", "in-a-forecast", "in-a-decision", "in-an-order"],
)  # fmt: skip
def test_forecasts_decisions_and_orders_cite_sources(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Данные / Цифры приводит X" opening a sentence, as "Такие данные приводит X" (was no attribution) ...
        ("Данные приводит Бюро национальной статистики.", [("Бюро национальной статистики", None, "Данные приводит")]),
        ("Цифры приводит Минфин.", [("Минфин", None, "Цифры приводит")]),
        # ... not other data a person gives.
        ("Новые данные приводит аналитик в своем отчете.", []),
    ],
    ids=["data", "figures", "new-data-a-person"],
)  # fmt: skip
def test_data_given_by_a_source_at_the_sentence_start(sentence: str, expected: list[tuple[str, None, str]]) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Kazakh "according to Y's forecast / data" (each was no attribution) ...
        ("Қазгидрометтің болжамынша, ертең қар жауады.", [("Қазгидромет", "болжамынша")]),
        ("Синоптиктердің болжауынша, ертең қар жауады.", [("Синоптиктер", "болжауынша")]),
        ("Ұлттық статистика бюросының мәліметіне сәйкес, инфляция 8,5 пайызды құрады.",
         [("Ұлттық статистика бюросы", "мәліметіне сәйкес")]),
        ("ҚР ТЖМ-нің ақпаратына сәйкес, өрт сөндірілді.", [("ҚР ТЖМ", "ақпаратына сәйкес")]),
        ("Ұлттық банктің болжамына сәйкес, инфляция баяулайды.", [("Ұлттық банк", "болжамына сәйкес")]),
        # ... and data of no one named.
        ("Ресми деректерге сәйкес, 120 адам жұмысқа орналасты.", []),
    ],
    ids=["forecast", "forecasters", "data-according-to", "information-according-to", "forecast-according-to",
         "official-data"],
)  # fmt: skip
def test_kazakh_forecasts_and_data_according_to(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "kk")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A statement in a Telegram channel names its owner, "telegram" in lower case too (was no
        # attribution) ...
        ("Об этом говорится в telegram-канале Минздрава.", [("Минздрав", "Об этом говорится в telegram-канале")]),
        ("Об этом сообщается в официальном Telegram-канале акимата Астаны.",
         [("акимат Астаны", "Об этом сообщается в официальном Telegram-канале")]),
        # ... and the platform a page is on is no part of the source (was "ДЧС Алматы в Instagram").
        ("Об этом говорится на странице ДЧС Алматы в Instagram.", [("ДЧС Алматы", "Об этом говорится на странице")]),
    ],
    ids=["telegram-lowercase", "official-telegram", "page-on-instagram"],
)  # fmt: skip
def test_statements_on_social_networks(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # The thirteenth held-out set's open case in attributions, settled in fixtures/text/README.md
        # as the extractor reads it: "ҚР" before a ministry's full name is part of its name, as "РК"
        # after it is ("Минкультуры и информации РК").
        ("Жаңа аурухана ашылды, деп хабарлайды Kazinform ҚР Денсаулық сақтау министрлігіне сілтеме жасап.", "kk",
         [("ҚР Денсаулық сақтау министрлігі", "Kazinform", "сілтеме жасап")]),
        ("Открылась новая больница, сообщает Kazinform со ссылкой на Министерство здравоохранения РК.", "ru",
         [("Министерство здравоохранения РК", "Kazinform", "со ссылкой на")]),
    ],
    ids=["kk-qr-before-a-full-name", "rk-after-a-full-name"],
)  # fmt: skip
def test_open_case_of_the_thirteenth_held_out_set(
    sentence: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # "озвучили в X" (voiced), as "заявили в X" (was none) ...
        ("Такие цифры озвучили в Министерстве финансов.", "ru", [("Министерство финансов", None, "озвучили в")]),
        ("«Цифры верны», — озвучили в Министерстве финансов.", "ru", []),
        # ... Kazakh "Y-ның болжамы / ақпараты бойынша" as "мәліметі бойынша" (was none) ...
        ("Синоптиктердің болжамы бойынша, демалыс күндері күн суытады.", "kk", [("Синоптиктер", None, "болжамы бойынша")]),
        ("Облыс әкімдігінің ақпараты бойынша, жол күзге дейін салынады.", "kk",
         [("Облыс әкімдігі", None, "ақпараты бойынша")]),
        # ... published on a body's site, as "говорится на сайте X" (was none) ...
        ("Бұл туралы ҚР Энергетика министрлігінің ресми сайтында жарияланды.", "kk",
         [("ҚР Энергетика министрлігі", None, "сайтында жарияланды")]),
        # ... and "Y хабарлағандай, ..." (as Y reported), a body; a person so cites no source, nor does
        # "Бұрын хабарланғандай" (as reported before).
        ("Облыстық білім басқармасының баспасөз қызметі хабарлағандай, емтихан 20 мамырда басталады.", "kk",
         [("Облыстық білім басқармасының баспасөз қызметі", None, "хабарлағандай")]),
        ("Облыс әкімі Ерлан Сапаров хабарлағандай, емтихан 20 мамырда басталады.", "kk", []),
        ("Бұрын хабарланғандай, емтихан 20 мамырда басталады.", "kk", []),
    ],
    ids=["voiced-in", "voiced-in-after-a-quote", "kk-forecast-according-to", "kk-information-according-to",
         "kk-published-on-the-site", "kk-as-reported", "kk-as-a-person-reported", "kk-as-reported-before"],
)  # fmt: skip
def test_more_ways_of_citing_a_source(
    sentence: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], language)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The fourteenth held-out set's false attribution: adverbials before the verb of "Бұл туралы Y
        # мәлімдеді" (where, with whom) are no part of Y, so a person there is still a person (the
        # adverbials were taken for a body) ...
        ("Бұл туралы аудан әкімі тұрғындармен кездесуде мәлімдеді.", []),
        ("Бұл туралы облыс әкімі баспасөз мәслихатында мәлімдеді.", []),
        # ... and a body keeps its name without them.
        ("Бұл туралы облыстық ветеринария басқармасы брифингте хабарлады.",
         [("облыстық ветеринария басқармасы", "хабарлады")]),
        ("Бұл туралы ҚР ТЖМ баспасөз қызметі баспасөз мәслихатында хабарлады.", [("ҚР ТЖМ баспасөз қызметі", "хабарлады")]),
        ("Бұл туралы облыстық пошта хабарлады.", [("облыстық пошта", "хабарлады")]),
    ],
    ids=["kk-person-with-adverbials", "kk-person-at-a-press-conference", "kk-body-at-a-briefing",
         "kk-body-at-a-press-conference", "kk-short-word-ending-like-a-locative"],
)  # fmt: skip
def test_kazakh_adverbials_before_the_verb_are_no_part_of_the_source(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "kk")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The fourteenth held-out set's open cases in attributions, settled in fixtures/text/README.md:
        # "напомнили" (reminded) repeats what is known and cites no source for the news, as the
        # annotators of the nur and tengrinews mirrors read "В Минздраве напомнили, что" ...
        ("В Комитете гражданской авиации напомнили, что рейсы задерживаются.", []),
        ("Об этом напомнили в Министерстве здравоохранения.", []),
        # ... an adjective before the generic noun of an outlet is part of the source, as written ...
        ("Такие данные приводит аналитический портал Energyprom.kz.",
         [("аналитический портал Energyprom.kz", "Такие данные приводит")]),
        # ... and what the statement answered is no part of its source.
        ("Об этом стало известно из ответа акимата Караганды на запрос депутата.",
         [("акимат Караганды", "Об этом стало известно из ответа")]),
    ],
    ids=["reminded-in-x-that", "reminded-in-x", "outlet-with-an-adjective", "answer-to-a-request"],
)  # fmt: skip
def test_open_cases_of_the_fourteenth_held_out_set(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The fifteenth held-out set's missed attribution: "госкорпорация" is a body, and the words of a
        # name in guillemets are its own, a preposition among them too (was cut at "для") ...
        ("В Госкорпорации «Правительство для граждан» сообщили, что удостоверение можно получить в любом ЦОНе.",
         [("Госкорпорация «Правительство для граждан»", "сообщили")]),
        ("Об этом сообщили в пресс-службе АО «Банк для развития».", [("пресс-служба АО «Банк для развития»", "Об этом сообщили в")]),
        # ... while after the marks a preposition still ends the name.
        ("Об этом сообщили в пресс-службе АО «Казпочта» на брифинге.", [("пресс-служба АО «Казпочта»", "Об этом сообщили в")]),
    ],
    ids=["state-corporation", "preposition-inside-guillemets", "preposition-after-guillemets"],
)  # fmt: skip
def test_a_name_in_guillemets_keeps_its_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # The fifteenth held-out set's open cases in attributions, settled as the extractor reads them: a
        # generic noun before the outlet that relays is part of `via`, as of a source ...
        ("Об этом сообщило издание Kapital.kz со ссылкой на пресс-службу биржи.", "ru",
         [("пресс-служба биржи", "издание Kapital.kz", "со ссылкой на")]),
        # ... and "ресми" (official) is no part of the cue.
        ("Бұл туралы Энергетика министрлігінің ресми сайтында жарияланды.", "kk",
         [("Энергетика министрлігі", None, "сайтында жарияланды")]),
    ],
    ids=["via-with-a-generic-noun", "kk-official-site"],
)  # fmt: skip
def test_open_cases_of_the_fifteenth_held_out_set(
    sentence: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], language)] == expected


def test_open_case_of_the_sixteenth_held_out_set() -> None:
    # "Об этом сообщается со ссылкой на Y": the "со ссылкой на Y" row, its cue as in that row.
    found = extract_attributions(["Об этом сообщается со ссылкой на областное управление сельского хозяйства."], "ru")
    assert [(a.source, a.via, a.cue) for a in found] == [
        ("областное управление сельского хозяйства", None, "со ссылкой на")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The seventeenth held-out set's missed attribution: a body in the locative may open with
        # adjectives after "отмечают / рассказали / пояснили в" (was none) ...
        ("Как отмечают в областном управлении здравоохранения, число обращений выросло вдвое.",
         [("областное управление здравоохранения", "Как отмечают в")]),
        ("Как рассказали в городском акимате, работы завершены.", [("городской акимат", "Как рассказали в")]),
        # ... but a regional or district centre is a town, not a body, after any of these verbs.
        ("Как пояснили в областном центре, очередей нет.", []),
        ("Об этом сообщили в районном центре.", []),
    ],
    ids=["adjective-before-an-office", "adjective-before-an-akimat", "regional-centre", "district-centre"],
)  # fmt: skip
def test_an_office_in_the_locative_after_its_adjectives(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


def test_open_case_of_the_seventeenth_held_out_set() -> None:
    # A generic noun before the outlet that relays is part of `via` ("портал Ranking.kz"), as of a source.
    found = extract_attributions(
        ["Такие данные приводит портал Ranking.kz со ссылкой на Бюро национальной статистики."], "ru"
    )
    assert [(a.source, a.via, a.cue) for a in found] == [
        ("Бюро национальной статистики", "портал Ranking.kz", "со ссылкой на")
    ]


def test_open_case_of_the_eighteenth_held_out_set() -> None:
    # A generic noun after the outlet's name is part of the source as written, as one before it.
    found = extract_attributions(["Жалға беру бағасы өсті, деп жазады Krisha.kz порталы."], "kk")
    assert [(a.source, a.cue) for a in found] == [("Krisha.kz порталы", "деп жазады")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Those told between "сообщили" and the office, "Об этом" or "Как" not before it (was none): the
        # cue is the verb alone, as with them before "рассказали в"; a place so is no source.
        ("Проезд подорожает, сообщили Kazinform в акимате города.", [("акимат города", "сообщили")]),
        ("Проезд подорожает, сообщили в ответ на запрос Kazinform в акимате.", [("акимат", "сообщили")]),
        ("Проезд подорожает, сообщили Kazinform в Астане.", []),
        # "проинформировали в X" as "рассказали в X".
        ("Проезд подорожает, проинформировали в акимате города.", [("акимат города", "проинформировали в")]),
        # "отмечается / указывается" as "говорится" and "сообщается".
        ("Проезд подорожает, отмечается на сайте акимата.", [("акимат", "отмечается на сайте")]),
        ("Проезд подорожает, указывается в сообщении ведомства.", [("ведомство", "указывается в сообщении")]),
        # "следует из ..." ending the sentence as "Как следует из ..." opening it; not in a question.
        ("Проезд подорожает, следует из сообщения акимата.", [("акимат", "следует из сообщения")]),
        ("Что следует из данных Нацбанка, пока неясно.", []),
        # Where the source published is no part of it (was "акимат в своем Telegram-канале").
        ("Проезд подорожает, сообщает акимат в своем Telegram-канале.", [("акимат", "сообщает")]),
        ("Проезд подорожает, сообщает ведомство на официальном сайте.", [("ведомство", "сообщает")]),
    ],
    ids=["told-between", "in-answer-to-a-request", "told-then-a-place", "informed-in", "noted-on-the-site",
         "stated-in-a-message", "follows-from", "follows-from-in-a-question", "in-its-own-channel",
         "on-the-official-site"],
)  # fmt: skip
def test_more_russian_cues_and_where_a_source_published(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "облыс" (region) opening a Kazakh source: the dictionary takes it for a Russian word (there was none).
        ("Жол жүру қымбаттайды, деп хабарлады облыс әкімдігі.", [("облыс әкімдігі", None, "деп хабарлады")]),
        # "деп мәлімдеді" of a body as "деп хабарлады"; of a person none.
        ("Жол жүру қымбаттайды, деп мәлімдеді облыс әкімдігі.", [("облыс әкімдігі", None, "деп мәлімдеді")]),
        ("Жол жүру қымбаттайды, деп мәлімдеді облыс әкімі.", []),
        # The body in the ablative or the locative, its ending taken off; a place so is no source.
        ("Жол жүру қымбаттайды, деп хабарлады облыс әкімдігінен.", [("облыс әкімдігі", None, "деп хабарлады")]),
        ("Жол жүру қымбаттайды, деп хабарлады ТЖД-да.", [("ТЖД", None, "деп хабарлады")]),
        ("Жол жүру қымбаттайды, деп хабарлады Алматыда.", []),
        ("Жол жүру қымбаттайды, деп хабарлады Ақорда.", [("Ақорда", None, "деп хабарлады")]),
        ("Облыс әкімдігінде хабарлағандай, жол жүру қымбаттайды.", [("Облыс әкімдігі", None, "хабарлағандай")]),
        ("Жол жүру қымбаттайды. Бұл туралы Kazinform тілшісіне қала әкімдігінде хабарлады.",
         [("қала әкімдігі", None, "хабарлады")]),
        # The outlet before "Y-ға сілтеме жасап" with a generic noun after it (kept) or its correspondent
        # (dropped): the noun was taken into the source.
        ("Жол жүру қымбаттайды, деп хабарлайды Kazinform агенттігі қала әкімдігіне сілтеме жасап.",
         [("қала әкімдігі", "Kazinform агенттігі", "сілтеме жасап")]),
        ("Жол жүру қымбаттайды, деп хабарлайды Bestnews.kz тілшісі қала әкімдігіне сілтеме жасап.",
         [("қала әкімдігі", "Bestnews.kz", "сілтеме жасап")]),
    ],
    ids=["region-akimat", "stated-body", "stated-person", "from-the-akimat", "in-an-abbreviation", "in-a-town",
         "akorda-no-locative", "as-reported-in", "told-then-in", "agency-via", "correspondent-via"],
)  # fmt: skip
def test_kazakh_bodies_in_any_case_and_outlets_before_a_link(
    sentence: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], "kk")] == expected


def test_open_case_of_the_nineteenth_held_out_set() -> None:
    # The outlet's correspondent before "Y-ға сілтеме жасап" is no part of `via`, as of a source.
    found = extract_attributions(["Бағам өсті, деп хабарлайды Bestnews.kz тілшісі Ұлттық банкке сілтеме жасап."], "kk")
    assert [(a.source, a.via, a.cue) for a in found] == [("Ұлттық банк", "Bestnews.kz", "сілтеме жасап")]


def test_open_case_of_the_twentieth_held_out_set() -> None:
    # "сообщается со ссылкой на Y": the row "со ссылкой на Y" with no outlet named, source Y.
    found = extract_attributions(
        ["Безработица снизилась до 4,7 процента, сообщается со ссылкой на Бюро национальной статистики."], "ru"
    )
    assert [(a.source, a.via, a.cue) for a in found] == [("Бюро национальной статистики", None, "со ссылкой на")]


def test_open_case_of_the_twenty_first_held_out_set() -> None:
    # A joint statement of two bodies: both are the source, each head in the nominative.
    found = extract_attributions(
        [
            "Тарифы вырастут, говорится в совместном заявлении Министерства энергетики и Агентства по защите и развитию конкуренции."
        ],
        "ru",
    )
    assert [a.source for a in found] == ["Министерство энергетики и Агентство по защите и развитию конкуренции"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The twenty-second held-out set's missed attributions: a water utility and a branch are bodies.
        ("Как отмечают в городском водоканале, средства направят на замену сетей.", [("городской водоканал", "Как отмечают в")]),
        ("Об этом сообщили «Казинформу» в Северо-Казахстанском отделении АО «Пассажирские перевозки».",
         [("Северо-Казахстанское отделение АО «Пассажирские перевозки»", "Об этом сообщили")]),
    ],
    ids=["water-utility", "branch"],
)  # fmt: skip
def test_the_twenty_second_held_out_sets_missed_attributions(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A place after "сообщили в" names nobody, as for a quotation's speaker (it was the source).
        ("Тарифы вырастут, сообщили в Алматы.", []),
        ("Тарифы вырастут, сообщили в Астане.", []),
        ("Тарифы вырастут, сообщили в Минздраве.", [("Минздрав", "сообщили в")]),
        ("Тарифы вырастут, сообщили в Сенате.", [("Сенат", "сообщили в")]),
    ],
    ids=["almaty", "astana", "ministry", "senate"],
)  # fmt: skip
def test_a_place_after_soobshchili_v_names_nobody(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Those told before a Kazakh body are no part of it (they were its first words after "деп хабарлады").
        ("Жол жабық, деп хабарлады Bestnews.kz тілшісіне облыстық полиция департаменті.",
         [("облыстық полиция департаменті", "деп хабарлады")]),
        ("Жол жабық, деп хабарлады журналистерге облыс әкімдігінен.", [("облыс әкімдігі", "деп хабарлады")]),
        # ... and after "Бұл туралы", any of those told, not only a correspondent (it found none).
        ("Бұл туралы журналистерге облыс әкімдігінен хабарлады.", [("облыс әкімдігі", "хабарлады")]),
        ("Бұл туралы «Хабар» арнасына облыс әкімдігінде хабарлады.", [("облыс әкімдігі", "хабарлады")]),
        ("Бұл туралы Bestnews.kz тілшісіне облыстық полиция департаментінен хабарлады.",
         [("облыстық полиция департаменті", "хабарлады")]),
    ],
    ids=["dep-correspondent", "dep-plural", "bul-turaly-plural", "bul-turaly-channel", "bul-turaly-correspondent"],
)  # fmt: skip
def test_kazakh_those_told_before_the_body(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "kk")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "со ссылкой на информацию / данные X": whose the information is (it was the outlet, via the verb).
        ("Как сообщает Bestnews.kz со ссылкой на информацию департамента полиции, дорога закрыта.",
         [("департамент полиции", "Bestnews.kz", "со ссылкой на")]),
        ("Дорога закрыта, передает Kazinform со ссылкой на данные Комитета автомобильных дорог.",
         [("Комитет автомобильных дорог", "Kazinform", "со ссылкой на")]),
        # The statement and its owner before the impersonal verb (they named none) ...
        ("В сообщении акимата уточняется, что дорога закрыта до утра.", [("акимат", None, "уточняется")]),
        ("В официальном сообщении Министерства энергетики говорится, что цены не вырастут.",
         [("Министерство энергетики", None, "говорится")]),
        ("В ответе Минздрава на запрос редакции говорится, что вакцины хватит.", [("Минздрав", None, "говорится")]),
        ("В сообщении также говорится, что цены не вырастут.", []),
        ("В документе подчеркивается, что цены не вырастут.", []),
        # ... "уточняется в сообщении X" after the words ...
        ("Цены не вырастут, уточняется в сообщении Минэнерго.", [("Минэнерго", None, "уточняется в сообщении")]),
        # ... an estimate, as a forecast ...
        ("По оценке Национального банка, инфляция замедлится.", [("Национальный банк", None, "По оценке")]),
        ("По оценкам экспертов, инфляция замедлится.", [("эксперты", None, "По оценкам")]),
        # ... and "по информации из открытых источников" names no one (it was "изы открытых источников").
        ("По информации из открытых источников, задержаны трое.", []),
        ("По данным из открытых источников, задержаны трое.", []),
    ],
    ids=["ssylka-informatsiyu", "ssylka-dannye", "v-soobshchenii-utochnyaetsya", "v-ofitsialnom-soobshchenii",
         "v-otvete-na-zapros", "nobody-named", "v-dokumente", "utochnyaetsya-v-soobshchenii", "po-otsenke",
         "po-otsenkam-ekspertov", "iz-otkrytyh-istochnikov", "po-dannym-iz"],
)  # fmt: skip
def test_statements_estimates_and_unnamed_sources(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An adjective before "данным" is in the cue (no source was found) ...
        ("По последним данным Минздрава, заболевших стало больше.", [("Минздрав", "По последним данным")]),
        ("По предварительным данным ДЧС, пострадавших нет.", [("ДЧС", "По предварительным данным")]),
        ("По официальным данным, пострадавших нет.", []),
        # ... and a preposition right after the cue names no one (it was the source, "в СМИ").
        ("По информации в СМИ, задержаны трое.", []),
        ("По данным за январь-сентябрь, инфляция составила 8%.", []),
        ("По данным ведомства за девять месяцев, инфляция составила 8%.", [("ведомство", "По данным")]),
    ],
    ids=["poslednim", "predvaritelnym-dchs", "ofitsialnym-alone", "v-smi", "za-yanvar", "vedomstva-za"],
)  # fmt: skip
def test_an_adjective_before_dannym_and_a_preposition_after(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An abbreviation without the genitive before "болжамы бойынша", and "ресми" between Y and the cue
        # (no source was found) ...
        ("«Қазгидромет» РМК болжамы бойынша, ауа райы суытады.", [("«Қазгидромет» РМК", None, "болжамы бойынша")]),
        ("ТЖМ-нің ресми мәліметі бойынша, зардап шеккендер жоқ.", [("ТЖМ", None, "мәліметі бойынша")]),
        ("Ресми мәлімет бойынша, зардап шеккендер жоқ.", []),
        # ... an estimate, as "по оценке" ...
        ("Ұлттық банктің бағалауынша, инфляция баяулайды.", [("Ұлттық банк", None, "бағалауынша")]),
        ("Сарапшылардың бағалауы бойынша, инфляция баяулайды.", [("Сарапшылар", None, "бағалауы бойынша")]),
        # ... "Бұл ақпаратты X растады", as "подтвердили в X" ...
        ("Бұл ақпаратты облыстық полиция департаменті растады.", [("облыстық полиция департаменті", None, "растады")]),
        ("Бұл ақпаратты Bestnews.kz тілшісіне облыс әкімдігінен растады.", [("облыс әкімдігі", None, "растады")]),
        ("Бұл ақпаратты аудан әкімі Ерлан Сапаров растады.", []),
        ("Бұл ақпаратты Алматыда растады.", []),
        # ... and "сілтеме жасап" after "Бұл туралы" (the outlet, the body and the cue were one source).
        ("Бұл туралы Kazinform агенттігі облыстық әкімдікке сілтеме жасап хабарлады.",
         [("облыстық әкімдік", "Kazinform агенттігі", "сілтеме жасап")]),
    ],
    ids=["abbreviation-without-genitive", "resmi-between", "resmi-alone", "bagalauynsha", "bagalauy-boiynsha",
         "rastady", "rastady-ablative-after-told", "rastady-person", "rastady-place", "bul-turaly-silteme"],
)  # fmt: skip
def test_kazakh_estimates_confirmations_and_references(
    sentence: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], "kk")] == expected


def test_the_twenty_fourth_held_out_sets_joint_statement_in_lowercase() -> None:
    # The second body of a joint statement in lowercase is put in the nominative too (it stayed genitive);
    # an "и" inside a body's name splits nothing.
    sentence = (
        "Объезд организован, говорится в совместном заявлении управления пассажирского транспорта и департамента "
        "полиции Карагандинской области."
    )
    found = extract_attributions([sentence], "ru")
    assert [a.source for a in found] == [
        "управление пассажирского транспорта и департамент полиции Карагандинской области"
    ]
    sentence = "Объезд организован, говорится в сообщении управления строительства и дорог."
    assert [a.source for a in extract_attributions([sentence], "ru")] == ["управление строительства и дорог"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The twenty-fifth held-out set's miss: a genitive that the adverbial taken off held, with the word
        # it is of, goes with it; a person then cites no source (it was "аудан әкімі Жалағаш кентінің").
        ("Бұл туралы аудан әкімі Жалағаш кентінің тұрғындарымен кездесуде мәлімдеді.", []),
        ("Бұл туралы аудандық білім бөлімі ауыл мектептерінің директорларымен кездесуде мәлімдеді.",
         ["аудандық білім бөлімі"]),
    ],
    ids=["person-then-genitive-of-the-adverbial", "body-then-genitive-of-the-adverbial"],
)  # fmt: skip
def test_the_twenty_fifth_held_out_sets_missed_attribution(sentence: str, expected: list[str]) -> None:
    assert [a.source for a in extract_attributions([sentence], "kk")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Where a body published, after "сообщили в", is no part of it (it was "Telegram-канале акимата") ...
        ("Об этом сообщили в Telegram-канале акимата.", [("акимат", None, "Об этом сообщили в")]),
        # ... unnamed sources after "со ссылкой на" name no one; the outlet is the source by its own cue ...
        ("Как пишет издание Forbes Kazakhstan со ссылкой на источники, компания вышла на IPO.",
         [("издание Forbes Kazakhstan", None, "Как пишет")]),
        ("Компания вышла на IPO, сообщает Kazinform со ссылкой на свои источники в правительстве.",
         [("Kazinform", None, "сообщает")]),
        # ... and "В X подтвердили" with those told between X and the verb (it found none).
        ("В пресс-службе ДП Алматы Bestnews.kz подтвердили эту информацию.", [("пресс-служба ДП Алматы", None, "подтвердили")]),
    ],
    ids=["telegram-channel-of", "unnamed-sources-then-the-outlet", "svoi-istochniki", "v-x-told-podtverdili"],
)  # fmt: skip
def test_a_medium_unnamed_sources_and_podtverdili(sentence: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([sentence], "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # The twenty-seventh held-out set's open cases: a particle after a Kazakh body is no part of it
        # (it was "... палатасы да"); "со ссылкой на" after an impersonal verb names its source.
        ("Бұл туралы облыстық кәсіпкерлер палатасы да мәлім етті.", "kk", [("облыстық кәсіпкерлер палатасы", "мәлім етті")]),
        ("Турнир перенесли, сообщается со ссылкой на управление физической культуры и спорта.", "ru",
         [("управление физической культуры и спорта", "со ссылкой на")]),
    ],
    ids=["kk-particle-da", "soobshchaetsya-so-ssylkoi"],
)  # fmt: skip
def test_open_cases_of_the_twenty_seventh_held_out_set(
    sentence: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([sentence], language)] == expected


def test_an_airport_is_a_body() -> None:
    # The thirty-second held-out set's miss: "аэропорт" speaks for its flights (no source was found).
    sentence = "Из Атырау возобновятся рейсы в Баку, сообщается со ссылкой на международный аэропорт Атырау."
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == [
        ("международный аэропорт Атырау", "со ссылкой на")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The blind-written held-out sets' misses (sets 34 to 37). "В X уточнили / пояснили, что" as a
        # paragraph's second sentence: the prefilter ran that pattern over the whole paragraph, anchored
        # at its start, and dropped the paragraph. (The ministry opening the first sentence as the subject of
        # "сообщило о" is a source since the twenty-second round.)
        ("Министерство здравоохранения сообщило о 312 случаях кори. В управлении общественного здравоохранения "
         "Шымкента уточнили, что в городе открыли пункты вакцинации.", "ru",
         [("Министерство здравоохранения", None, "сообщило"),
          ("управление общественного здравоохранения Шымкента", None, "уточнили")]),
        # A body by its function ("регулятор") ...
        ("Нацбанк сохранил ставку, передает Kazinform. Как отметили в регуляторе, решение будет в апреле.", "ru",
         [("Kazinform", None, "передает"), ("регулятор", None, "Как отметили в")]),
        # ... a Kazakh body's head noun without the genitive, "however" before it no part of it ...
        ("Сот мәліметінше, ол 2 млн теңге алған.", "kk", [("Сот", None, "мәліметінше")]),
        ("Алайда облыстық сот мәліметінше, ол кінәлі.", "kk", [("облыстық сот", None, "мәліметінше")]),
        # ... "Бұл туралы X хабарлады, деп жазады Y": both ...
        ("Бұл туралы Ұлттық статистика бюросы хабарлады, деп жазады Egemen.kz.", "kk",
         [("Ұлттық статистика бюросы", None, "хабарлады"), ("Egemen.kz", None, "деп жазады")]),
        # ... and the link's two orders: "X Y-ге сілтеме жасап хабарлағандай", "Бұл туралы Y-ге сілтеме жасап X
        # хабарлайды" (all the words before the verb were one source).
        ("Nur.kz сайты Оқу-ағарту министрлігіне сілтеме жасап хабарлағандай, демалыс 30 желтоқсанда басталады.", "kk",
         [("Оқу-ағарту министрлігі", "Nur.kz сайты", "сілтеме жасап")]),
        ("Бұл туралы министрлікке сілтеме жасап Tengrinews.kz хабарлайды.", "kk",
         [("министрлік", "Tengrinews.kz", "сілтеме жасап")]),
    ],
    ids=["ru-second-sentence-utochnili", "ru-regulator", "kk-bare-sot", "kk-however-bare-body",
         "kk-bul-turaly-then-dep-zhazady", "kk-as-reported-with-a-link", "kk-link-before-the-outlet"],
)  # fmt: skip
def test_the_blind_written_held_out_sets_misses(
    text: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([text], language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The thirty-ninth and forty-first held-out sets: a body's one-word name opening a Kazakh sentence
        # without the genitive ending (no source was found); not a given name nor a surname ...
        ("Қазгидромет мәліметінше, алдағы үш күнде аптап ыстық сақталады.", "kk", [("Қазгидромет", None, "мәліметінше")]),
        ("Сапаров мәліметінше, ол келеді.", "kk", []),
        # ... and "со ссылкой на официальный сайт X": X, where it published no part of it.
        ("Клуб подписал контракт с защитником, передаёт Sports.kz со ссылкой на официальный сайт клуба.", "ru",
         [("клуб", "Sports.kz", "со ссылкой на")]),
    ],
    ids=["kk-proper-name-without-genitive", "kk-surname-is-no-body", "ru-official-site-of"],
)  # fmt: skip
def test_the_thirty_ninth_and_forty_first_held_out_sets_attributions(
    text: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([text], language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The forty-second to forty-fifth held-out sets: a statement in the past tense and a storm warning ...
        ("Синоптики предупреждали об опасности, говорилось в штормовом предупреждении РГП «Казгидромет».",
         [("РГП «Казгидромет»", "говорилось в штормовом предупреждении")]),
        # ... "По данным официального сайта X" is X's (where it published no part of it), an outlet's own
        # site keeps its noun as written.
        ("По данным официального сайта КХЛ, «Барыс» занимает восьмое место.", [("КХЛ", "По данным")]),
        ("По данным портала Sports.kz, матч перенесли.", [("портал Sports.kz", "По данным")]),
    ],
    ids=["ru-govorilos-v-preduprezhdenii", "ru-po-dannym-sayta", "ru-po-dannym-portala-outlet"],
)  # fmt: skip
def test_the_forty_second_to_forty_fifth_held_out_sets_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([text], "ru")] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The forty-sixth to forty-ninth held-out sets: a unit's "с." ends no abbreviation ...
        ("В ближайшие дни ожидается ветер до 20 м/с. Об этом сообщает Zakon.kz со ссылкой на РГП «Казгидромет».", "ru",
         [("РГП «Казгидромет»", "Zakon.kz", "со ссылкой на", "Об этом сообщает Zakon.kz со ссылкой на РГП «Казгидромет».")]),
        # ... "сообщает официальный сайт X" is X's ...
        ("«Кайрат» продлил контракт с полузащитником, сообщает официальный сайт клуба.", "ru",
         [("клуб", None, "сообщает", "«Кайрат» продлил контракт с полузащитником, сообщает официальный сайт клуба.")]),
        # ... a comma after the Kazakh link before the outlet, and a body's name with capitals inside.
        ("Бұл туралы ҚР Төтенше жағдайлар министрлігінің баспасөз қызметіне сілтеме жасап, Kazinform хабарлайды.", "kk",
         [("ҚР Төтенше жағдайлар министрлігінің баспасөз қызметі", "Kazinform", "сілтеме жасап",
           "Бұл туралы ҚР Төтенше жағдайлар министрлігінің баспасөз қызметіне сілтеме жасап, Kazinform хабарлайды.")]),
        ("ҚазАқпарат мәліметінше, биыл вакцина сатып алынған.", "kk",
         [("ҚазАқпарат", None, "мәліметінше", "ҚазАқпарат мәліметінше, биыл вакцина сатып алынған.")]),
    ],
    ids=["ru-unit-ms-ends-a-sentence", "ru-soobshchaet-sait", "kk-link-comma-outlet", "kk-capitals-inside"],
)  # fmt: skip
def test_the_forty_sixth_to_forty_ninth_held_out_sets_attributions(
    text: str, language: str, expected: list[tuple[str, str | None, str, str]]
) -> None:
    assert [(a.source, a.via, a.cue, a.text) for a in extract_attributions([text], language)] == expected


def test_a_kazakh_body_in_marks_without_the_genitive() -> None:
    # The forty-eighth held-out set: "«Қазгидромет» мәліметінше" (no source was found).
    sentence = "«Қазгидромет» мәліметінше, ертең Маңғыстау облысында қатты жел соғады."
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "kk")] == [("«Қазгидромет»", "мәліметінше")]


@pytest.mark.parametrize(
    ("office", "source"),
    [("больнице", "больница"), ("поликлинике", "поликлиника"), ("школе", "школа"), ("музее", "музей"),
     ("театре", "театр"), ("клубе", "клуб")],
)  # fmt: skip
def test_bodies_named_by_what_they_are(office: str, source: str) -> None:
    # Added with "регулятор" for the blind-written sets: an institution by its common noun is a body that
    # can be cited ("Как отметили в больнице, ..."), not a place like "в Астане".
    sentence = f"Как отметили в {office}, решение примут в апреле."
    assert [(a.source, a.cue) for a in extract_attributions([sentence], "ru")] == [(source, "Как отметили в")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A weather service's warning or forecast, as "сообщает X" and "Об этом сообщает X".
        ("В Астане ожидается метель, предупреждает РГП «Казгидромет».", "ru",
         [("РГП «Казгидромет»", "предупреждает")]),
        ("В Алматы ожидаются гроза и град. Об этом предупреждает РГП «Казгидромет».", "ru",
         [("РГП «Казгидромет»", "Об этом предупреждает")]),
        ("В выходные в Алматы ожидается снег, прогнозирует РГП «Казгидромет».", "ru",
         [("РГП «Казгидромет»", "прогнозирует")]),
        # "добавили" as "отметили": "В X добавили, что".
        ("Об этом сообщили в Департаменте полиции города. В МВД добавили, что краж стало больше.", "ru",
         [("Департамент полиции города", "Об этом сообщили в"), ("МВД", "добавили")]),
        # "Такие данные опубликовал X"; whose data or details in the genitive before "приводит X";
        # "..., данные приводит X".
        ("Резервы выросли на 2,3%. Такие данные опубликовал Национальный банк.", "ru",
         [("Национальный банк", "Такие данные опубликовал")]),
        ("Заболевших стало больше, сообщили в Министерстве здравоохранения. Данные ведомства приводит Nur.kz.", "ru",
         [("Министерство здравоохранения", "сообщили в"), ("Nur.kz", "Данные ведомства приводит")]),
        ("Суд вынес приговор. Подробности дела приводит Zakon.kz.", "ru", [("Zakon.kz", "Подробности дела приводит")]),
        ("Об этом рассказали в департаменте по чрезвычайным ситуациям региона, данные приводит Bestnews.kz.", "ru",
         [("департамент по чрезвычайным ситуациям региона", "Об этом рассказали в"), ("Bestnews.kz", "данные приводит")]),
        # An outlet's "Как отмечает X", named by its domain (a person's is a quotation's cue).
        ("Как отмечает Kapital.kz, рост обеспечен подорожанием золота.", "ru", [("Kapital.kz", "Как отмечает")]),
        ("Как отмечает экономист Иван Петров, рост обеспечен подорожанием золота.", "ru", []),
        # Kazakh: "Ақпаратты X таратты"; "Y-ның деректерін X келтіреді"; "X жазуынша".
        ("Бұл туралы облыс әкімдігінің баспасөз қызметі хабарлады. Ақпаратты Kazinform агенттігі таратты.", "kk",
         [("облыс әкімдігінің баспасөз қызметі", "хабарлады"), ("Kazinform агенттігі", "таратты")]),
        ("Өткен тәулікте 56 өрт сөндірілді. Министрліктің деректерін Qamshy.kz сайты келтіреді.", "kk",
         [("Qamshy.kz сайты", "келтіреді")]),
        ("Egemen.kz жазуынша, салықты банктердің қосымшалары арқылы төлеуге болады.", "kk", [("Egemen.kz", "жазуынша")]),
        # "X ресми сайтының дерегінше": the owner's, as "По данным официального сайта X".
        ("КХЛ ресми сайтының дерегінше, астаналықтар төртінші орынға көтерілді.", "kk", [("КХЛ", "дерегінше")]),
    ],
)  # fmt: skip
def test_open_attributions_of_the_blind_written_sets_settled(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    # Sources the annotators of sets 34-49 left open (the written rules allowed two readings), settled
    # in the rules by the reading a reader of the news takes: each names where the news came from.
    assert [(a.source, a.cue) for a in extract_attributions([text], language)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Экономист прогнозирует рост цен на бензин.",  # a person's forecast: no source named after the verb
        "Врач предупреждает родителей о жаре.",
        "В заключение добавили, что работы завершат к маю.",  # no office
        "Новые данные приводит аналитик в своем обзоре.",
    ],
)
def test_settled_verbs_name_no_source_without_one(text: str) -> None:
    assert extract_attributions([text], "ru") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Оқу-ағарту министрлігі күзгі демалыс 27 қазан мен 2 қараша аралығында болатынын хабарлады.",
         [("Оқу-ағарту министрлігі", "хабарлады")]),
        ("Ал Ауыл шаруашылығы министрлігі субсидия көлемі 50 пайызға дейін сақталатынын мәлімдеді.",
         [("Ауыл шаруашылығы министрлігі", "мәлімдеді")]),
        ("Қаржы министрлігінің Мемлекеттік кірістер комитеті соңғы мерзім 1 қазан екенін хабарлады.",
         [("Қаржы министрлігінің Мемлекеттік кірістер комитеті", "хабарлады")]),
        ("Атырау облыстық сотының баспасөз қызметі кәсіпкердің бас бостандығынан айырылғанын хабарлады.",
         [("Атырау облыстық сотының баспасөз қызметі", "хабарлады")]),
        # A person as the subject cites no source, as "Бұл туралы облыс әкімі мәлімдеді".
        ("Аудан әкімі жолдың күзге дейін жөнделетінін хабарлады.", []),
        ("Ержан Сапаров жолдың күзге дейін жөнделетінін хабарлады.", []),
    ],
)  # fmt: skip
def test_a_kazakh_body_reporting_without_bul_turaly(text: str, expected: list[tuple[str, str]]) -> None:
    # Left open by the annotators of sets 36, 45, 47 and 49 (every Kazakh row with "хабарлады" had
    # "Бұл туралы", "деп" or a link); settled as the body's report, what it reported the verb's object.
    assert [(a.source, a.cue) for a in extract_attributions([text], "kk")] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The fiftieth to fifty-third held-out sets: "Как" belongs to the cue, as in every row that shows it ...
        ("Как говорится в сообщении регулятора, решение связано с инфляцией, передает Kazinform.", "ru",
         [("регулятор", "Как говорится в сообщении"), ("Kazinform", "передает")]),
        # ... what an office confirmed, between it and the verb, is no part of it ...
        ("В Комитете гражданской авиации информацию подтвердили.", "ru", [("Комитет гражданской авиации", "подтвердили")]),
        ("В пресс-службе акимата эти данные подтвердили.", "ru", [("пресс-служба акимата", "подтвердили")]),
        # ... "подтвердили и в X" (also): the verb alone is the cue, as with those told between ...
        ("Информацию подтвердили и в ТОО «Шымкент Автобус Парк», где уточнили, что тарифы согласованы.", "ru",
         [("ТОО «Шымкент Автобус Парк»", "подтвердили")]),
        # ... nor a Kazakh particle after the body ("де", also).
        ("Ақпаратты Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі де растады.", "kk",
         [("Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", "растады")]),
    ],
)  # fmt: skip
def test_the_fiftieth_to_fifty_third_held_out_sets_attributions(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([text], language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The fifty-fourth to fifty-seventh held-out sets: a data noun's statement ("мәліметінде айтылған") ...
        ("Бұл туралы Ұлттық статистика бюросының мәліметінде айтылған.", [("Ұлттық статистика бюросы", "мәліметінде айтылған")]),
        # ... a weather service's "деп ескертеді" ...
        ("Таулы аудандарда қар көшкінінің қаупі сақталады, деп ескертеді «Қазгидромет» РМК.",
         [("«Қазгидромет» РМК", "деп ескертеді")]),
        # ... a sentence opener before a genitive source ...
        ("Ал облыстық білім басқармасының мәліметінше, қабылдау 1 сәуірден басталады.",
         [("облыстық білім басқармасы", "мәліметінше")]),
        # ... and the owner of the data linked to, as "со ссылкой на данные Y".
        ("Бұл туралы Kazinform Ұлттық статистика бюросының деректеріне сілтеме жасап хабарлайды.",
         [("Ұлттық статистика бюросы", "сілтеме жасап")]),
    ],
)  # fmt: skip
def test_the_fifty_fourth_to_fifty_seventh_held_out_sets_attributions(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([text], "kk")] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A body, or the forecasters or analysts of a named body, as the subject opening the sentence.
        ("Министерство здравоохранения РК объявило о старте сезонной вакцинации против гриппа.", "ru",
         [("Министерство здравоохранения РК", "объявило")]),
        ("Министерство здравоохранения РК сообщило, что заболеваемость гриппом выросла на 18%.", "ru",
         [("Министерство здравоохранения РК", "сообщило")]),
        ("Синоптики РГП «Казгидромет» прогнозируют на выходные метели и гололед.", "ru",
         [("Синоптики РГП «Казгидромет»", "прогнозируют")]),
        ("Синоптики РГП «Казгидромет» предупредили о сильном ветре в выходные.", "ru",
         [("Синоптики РГП «Казгидромет»", "предупредили")]),
        ("Аналитики инвестиционной компании «Сарыарка Капитал» ожидают, что рост цен замедлится.", "ru",
         [("Аналитики инвестиционной компании «Сарыарка Капитал»", "ожидают")]),
        # The past tense before the subject: after a comma, "Об этом предупредили", "информировало".
        ("В Караганде закрыли трассу, сообщила пресс-служба департамента полиции.", "ru",
         [("пресс-служба департамента полиции", "сообщила")]),
        ("Ожидаются снег и метель. Об этом предупредили синоптики РГП «Казгидромет».", "ru",
         [("синоптики РГП «Казгидромет»", "Об этом предупредили")]),
        ("Ранее о задержании предпринимателя информировало Агентство по противодействию коррупции.", "ru",
         [("Агентство по противодействию коррупции", "информировало")]),
        ("Будет холодно. Такой прогноз дали синоптики РГП «Казгидромет».", "ru",
         [("синоптики РГП «Казгидромет»", "Такой прогноз дали")]),
        # An office's advice or expectation.
        ("В ДЧС Костанайской области призвали водителей воздержаться от поездок.", "ru",
         [("ДЧС Костанайской области", "призвали")]),
        ("В Министерстве здравоохранения рекомендуют не выходить на солнце.", "ru",
         [("Министерство здравоохранения", "рекомендуют")]),
        ("В департаменте по чрезвычайным ситуациям города посоветовали водителям сменить резину.", "ru",
         [("департамент по чрезвычайным ситуациям города", "посоветовали")]),
        ("В Национальном банке ожидают, что рост цен продолжит замедляться.", "ru", [("Национальный банк", "ожидают")]),
        # An outlet in Latin letters, with or without its domain; the gerund "ссылаясь на".
        ("Как отмечает Kazinform, сильнее всего подорожали услуги.", "ru", [("Kazinform", "Как отмечает")]),
        ("Как уточняет Tengrinews.kz, осужденный возместил ущерб.", "ru", [("Tengrinews.kz", "Как уточняет")]),
        # Kazakh: a body, or its forecasters, noting, forecasting, calling on.
        ("Туризм және спорт министрлігі бұл көрсеткіш өткен жылғыдан жоғары екенін атап өтті.", "kk",
         [("Туризм және спорт министрлігі", "атап өтті")]),
        ("«Қазгидромет» РМК синоптиктері алдағы үш күнде қар жауатынын болжап отыр.", "kk",
         [("«Қазгидромет» РМК синоптиктері", "болжап отыр")]),
        ("ҚР Төтенше жағдайлар министрлігі туристерді тауға шықпауға шақырды.", "kk",
         [("ҚР Төтенше жағдайлар министрлігі", "шақырды")]),
        ("Облыстық полиция департаменті жүргізушілерді сақ болуға шақырды.", "kk",
         [("Облыстық полиция департаменті", "шақырды")]),
    ],
)  # fmt: skip
def test_open_sources_settled_in_the_twenty_second_round(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    # Shapes the annotators of sets 36-57 left open (or read as none by the rules then), settled by the
    # reading a reader of the news takes: each names where the news came from (fixtures/text/README.md).
    assert [(a.source, a.cue) for a in extract_attributions([text], language)] == expected


def test_a_gerund_link_is_one_attribution_with_its_outlet() -> None:
    text = "Об этом пишет Kazinform, ссылаясь на данные Зернового союза Казахстана."
    assert [(a.source, a.via, a.cue) for a in extract_attributions([text], "ru")] == [
        ("Зерновой союз Казахстана", "Kazinform", "ссылаясь на")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Синоптики прогнозируют похолодание до минус 25 градусов.", "ru"),  # forecasters alone: no one named
        ("Синоптики также предупреждают о порывистом ветре.", "ru"),
        ("Аналитики не ожидают резкого ослабления тенге.", "ru"),
        ("Министр культуры и информации Аида Балаева сообщила, что закон подписан.", "ru"),  # a person
        ("Аким города заявил, что дорогу откроют в мае.", "ru"),
        ("Суд объявил перерыв до понедельника.", "ru"),  # an act, no news reported ("о", ", что")
        ("Компания ожидает роста продаж.", "ru"),  # an expectation without ", что"
        ("В Минздраве напомнили, что прививка бесплатна.", "ru"),  # "напомнили" still names none
        ("«Мы готовы», сообщила она.", "ru"),
        ("Аудан әкімі тұрғындарды сабырға шақырды.", "kk"),  # a person calls on no one as a source
    ],
)
def test_the_twenty_second_round_verbs_name_no_source_without_one(text: str, language: str) -> None:
    assert extract_attributions([text], language) == []


def test_the_fifty_eighth_to_sixty_first_held_out_sets_attributions() -> None:
    # "Об этом предупредили в X" as "Об этом сообщили в X" (a weather service's warning is its news),
    # not right after a quotation, whose speaker it names.
    text = "В Алматы ожидается гроза. Об этом предупредили в РГП «Казгидромет»."
    assert [(a.source, a.cue) for a in extract_attributions([text], "ru")] == [
        ("РГП «Казгидромет»", "Об этом предупредили в")
    ]
    after_a_quote = "«Реки очень коварны», — предупредили в пресс-службе МЧС."
    assert extract_attributions([after_a_quote], "ru") == []


def test_the_sixty_second_to_sixty_fifth_held_out_sets_attributions() -> None:
    # "Бұл туралы ақпарат X-тің сайтында жарияланды, деп хабарлайды Y": the information is no owner
    # of it, and the outlet's own cue after the comma is a second attribution.
    text = "Бұл туралы ақпарат министрліктің ресми сайтында жарияланды, деп хабарлайды Qamshy.kz."
    assert [(a.source, a.cue) for a in extract_attributions([text], "kk")] == [
        ("министрлік", "сайтында жарияланды"),
        ("Qamshy.kz", "деп хабарлайды"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Тұмаумен ауырғандар саны артқан. Мұны ҚР Денсаулық сақтау министрлігі хабарлады.", "kk",
         [("ҚР Денсаулық сақтау министрлігі", "хабарлады")]),
        ("Бұл ақпарат клубтың ресми сайтында жарияланды, деп хабарлайды Qamshy.kz.", "kk",
         [("клуб", "сайтында жарияланды"), ("Qamshy.kz", "деп хабарлайды")]),
        ("В департаменте по чрезвычайным ситуациям Атырауской области жителям советуют не оставлять автомобили "
         "под деревьями.", "ru", [("департамент по чрезвычайным ситуациям Атырауской области", "советуют")]),
    ],
)  # fmt: skip
def test_the_sixty_sixth_to_sixty_ninth_held_out_sets_attributions(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    # "Мұны" (this) as "Бұл туралы"; "Бұл ақпарат ... жарияланды"; advice with those told before the verb.
    assert [(a.source, a.cue) for a in extract_attributions([text], language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Those advised between the office and the verb ("автомобилистам") are no part of it.
        ("В ДЧС Карагандинской области автомобилистам посоветовали не откладывать замену резины.", "ru",
         [("ДЧС Карагандинской области", "посоветовали")]),
        # What the office confirmed, after its name, is no part of it.
        ("В Министерстве торговли и интеграции РК рост цен подтвердили.", "ru",
         [("Министерство торговли и интеграции РК", "подтвердили")]),
        # ... but a name in marks is the body's, whatever its words ("центр", a noun in the nominative).
        ("В АО «Национальный центр экспертизы» информацию подтвердили.", "ru",
         [("АО «Национальный центр экспертизы»", "подтвердили")]),
        # A body's data spread by an outlet, the body in the nominative, what it gave after a colon.
        ("Ведомство деректерін Nur.kz таратты: осы уақытқа дейін 2,1 миллион адам екпе алған.", "kk",
         [("Nur.kz", "таратты")]),
    ],
)  # fmt: skip
def test_the_seventieth_to_seventy_seventh_held_out_sets_attributions(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.source, a.cue) for a in extract_attributions([text], language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The forecasters of a named body after "со ссылкой на", put in the nominative.
        ("Об этом сообщает Nur.kz со ссылкой на синоптиков РГП «Казгидромет».", "ru",
         [("синоптики РГП «Казгидромет»", "Nur.kz", "со ссылкой на")]),
        # An outlet passing on a ministry's news with no "Бұл туралы".
        ("Tengrinews.kz Денсаулық сақтау министрлігіне сілтеме жасап хабарлайды.", "kk",
         [("Денсаулық сақтау министрлігі", "Tengrinews.kz", "сілтеме жасап")]),
        # Those told, then the body in the nominative.
        ("Бұл туралы Nur.kz тілшісіне облыстық энергетика басқармасы мәлім етті.", "kk",
         [("облыстық энергетика басқармасы", None, "мәлім етті")]),
    ],
)  # fmt: skip
def test_the_seventy_eighth_to_eighty_fifth_held_out_sets_attributions(
    text: str, language: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.source, a.via, a.cue) for a in extract_attributions([text], language)] == expected


def test_the_eighty_sixth_to_ninety_third_held_out_sets_attributions() -> None:
    # A club named in marks after what it is, opening the sentence with "объявил о".
    text = "Павлодарский «Иртыш» объявил о подписании нового главного тренера."
    assert [(a.source, a.cue) for a in extract_attributions([text], "ru")] == [("Павлодарский «Иртыш»", "объявил")]


def test_the_twenty_third_round_guards() -> None:
    # An office in the locative with its name in marks is read as an office, once, not also as a subject
    # opening the sentence; an outlet passing news on without "Бұл туралы" only with its name in Latin letters.
    office = "В Госкорпорации «Правительство для граждан» сообщили, что справки выдаются онлайн."
    assert [(a.source, a.cue) for a in extract_attributions([office], "ru")] == [
        ("Госкорпорация «Правительство для граждан»", "сообщили")
    ]
    assert extract_attributions(["Министрлік облыс әкімдігіне сілтеме жасап хабарлады."], "kk") == []
