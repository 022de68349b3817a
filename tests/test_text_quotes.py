from __future__ import annotations

import pytest

from newsbot.text.quotes import extract_quotes


def speakers(paragraphs: list[str], language: str = "ru") -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, role, cue) of every quotation of ``paragraphs``, in order."""
    return [(q.speaker, q.role, q.cue) for q in extract_quotes(paragraphs, language)]


def one(paragraphs: list[str], language: str = "ru") -> tuple[str, str | None, str | None, str | None, int]:
    quotes = extract_quotes(paragraphs, language)
    assert len(quotes) == 1, quotes
    q = quotes[0]
    return q.text, q.speaker, q.role, q.cue, q.paragraph


# (paragraphs, language, text, speaker, role, cue, paragraph)
FORMS = [
    pytest.param(
        ["«Мост откроют в срок», — отметил Бакыт Серикбаев."],
        "ru",
        "Мост откроют в срок",
        "Бакыт Серикбаев",
        None,
        "отметил",
        0,
        id="quote-dash-cue-name",
    ),
    pytest.param(
        ["Дильназ Омарова: «Школа готова к учебному году»."],
        "ru",
        "Школа готова к учебному году",
        "Дильназ Омарова",
        None,
        None,
        0,
        id="colon-no-verb",
    ),
    pytest.param(
        ["Директор лицея Дильназ Омарова заявила журналистам: «Школа готова к учебному году»."],
        "ru",
        "Школа готова к учебному году",
        "Дильназ Омарова",
        "Директор лицея",
        "заявила",
        0,
        id="colon-with-verb-role-as-written",
    ),
    pytest.param(
        ["«Дорогу сдадим осенью, — сказал аким района Канат Ахметов, — если погода позволит»."],
        "ru",
        "Дорогу сдадим осенью, если погода позволит",
        "Канат Ахметов",
        "аким района",
        "сказал",
        0,
        id="interrupted-mid-sentence",
    ),
    pytest.param(
        ["«Дорогу сдадим осенью. — добавил аким района Канат Ахметов. — Деньги уже выделены»."],
        "ru",
        "Дорогу сдадим осенью. Деньги уже выделены",
        "Канат Ахметов",
        "аким района",
        "добавил",
        0,
        id="interrupted-between-sentences",
    ),
    pytest.param(
        ["По словам министра транспорта Марата Карабаева, «новые вагоны выйдут на линию в мае»."],
        "ru",
        "новые вагоны выйдут на линию в мае",
        "Марат Карабаев",
        "министр транспорта",
        "По словам",
        0,
        id="po-slovam-genitive-to-nominative",
    ),
    pytest.param(
        ["По словам главы департамента Айгерим Сапаровой, «проверка продлится неделю»."],
        "ru",
        "проверка продлится неделю",
        "Айгерим Сапарова",
        "глава департамента",
        "По словам",
        0,
        id="po-slovam-woman",
    ),
    pytest.param(
        ["«Мы готовы к сезону», — сказал на пресс-конференции тренер команды Олег Ким."],
        "ru",
        "Мы готовы к сезону",
        "Олег Ким",
        "тренер команды",
        "сказал",
        0,
        id="adverbial-before-role",
    ),
    pytest.param(
        ["«Мы готовы к сезону», — сказал Олег Ким после тренировки."],
        "ru",
        "Мы готовы к сезону",
        "Олег Ким",
        None,
        "сказал",
        0,
        id="adverbial-after-name",
    ),
    pytest.param(
        ['"Цены вырастут весной", - сказал аналитик банка Руслан Есимов.'],
        "ru",
        "Цены вырастут весной",
        "Руслан Есимов",
        "аналитик банка",
        "сказал",
        0,
        id="straight-quotes-hyphen",
    ),
    pytest.param(
        ["«Проект „Жасыл ел“ мы продолжим и в следующем году», — сказала Сауле Ибраева."],
        "ru",
        "Проект „Жасыл ел“ мы продолжим и в следующем году",
        "Сауле Ибраева",
        None,
        "сказала",
        0,
        id="nested-low-quotes-kept",
    ),
    pytest.param(
        ["«Пожар потушен, пострадавших нет», — сообщили в пресс-службе ДЧС города."],
        "ru",
        "Пожар потушен, пострадавших нет",
        "пресс-служба ДЧС города",
        None,
        "сообщили в",
        0,
        id="body-locative",
    ),
    pytest.param(
        ["«Тарифы не изменятся до лета», — говорится в сообщении министерства энергетики."],
        "ru",
        "Тарифы не изменятся до лета",
        "министерство энергетики",
        None,
        "говорится в сообщении",
        0,
        id="body-genitive",
    ),
    pytest.param(
        ["«Жол жөндеуі қыркүйекте аяқталады», – деді Асқар Омаров."],
        "kk",
        "Жол жөндеуі қыркүйекте аяқталады",
        "Асқар Омаров",
        None,
        "деді",
        0,
        id="kk-dedi",
    ),
    pytest.param(
        ["«Жол жөндеуі қыркүйекте аяқталады», – деп атап өтті аудан әкімі Асқар Омаров."],
        "kk",
        "Жол жөндеуі қыркүйекте аяқталады",
        "Асқар Омаров",
        "аудан әкімі",
        "атап өтті",
        0,
        id="kk-dep-atap-otti",
    ),
    pytest.param(
        ["«Жол жөндеуі қыркүйекте аяқталады», – деп мәлімдеді облыс әкімдігінің баспасөз қызметі."],
        "kk",
        "Жол жөндеуі қыркүйекте аяқталады",
        "облыс әкімдігінің баспасөз қызметі",
        None,
        "мәлімдеді",
        0,
        id="kk-body",
    ),
    pytest.param(
        ["«Ситуация стабильная», — считают в Минздраве."],
        "ru",
        "Ситуация стабильная",
        "Минздрав",
        None,
        "считают в",
        0,
        id="body-plural-present",
    ),
    pytest.param(
        ["«Это исторический день», — сказала Сара Джонсон, представитель ООН."],
        "ru",
        "Это исторический день",
        "Сара Джонсон",
        "представитель ООН",
        "сказала",
        0,
        id="role-after-name",
    ),
    pytest.param(
        ["Асель Нуриева, директор музея: «Выставка продлится до весны»."],
        "ru",
        "Выставка продлится до весны",
        "Асель Нуриева",
        "директор музея",
        None,
        0,
        id="colon-apposition",
    ),
    pytest.param(
        ["Мұқановтың айтуынша, «бағам жыл соңында әлсіреуі мүмкін»."],
        "kk",
        "бағам жыл соңында әлсіреуі мүмкін",
        "Мұқанов",
        None,
        "айтуынша",
        0,
        id="kk-aytuynsha",
    ),
    pytest.param(
        ["Вступление.", "«Завод заработает в марте», — сказал Ержан Нуров."],
        "ru",
        "Завод заработает в марте",
        "Ержан Нуров",
        None,
        "сказал",
        1,
        id="paragraph-index",
    ),
]


@pytest.mark.parametrize(("paragraphs", "language", "text", "speaker", "role", "cue", "paragraph"), FORMS)
def test_forms(
    paragraphs: list[str],
    language: str,
    text: str,
    speaker: str,
    role: str | None,
    cue: str | None,
    paragraph: int,
) -> None:
    assert one(paragraphs, language) == (text, speaker, role, cue, paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Матч прошел на арене «Барыс Арена» в Астане.",
        "Школа построена по программе «Комфортная школа».",
        "Связь обеспечивает АО «Казахтелеком».",
        "Спортсмен взял «серебро».",
        "Фильм «Дорога домой» покажут в субботу.",
        "«Барыс» — лидер конференции.",
        "Так называемые «серые» схемы запрещены.",
        'ТОО "Агро Плюс" открыло склад.',
        "«Барыс Арена» — вмещает 12 тысяч зрителей.",
        "В программе концерта: «Лебединое озеро».",
        "Фильм «Дорога домой» — стал хитом проката.",
        "«Комфортная школа»",
    ],
)
def test_names_and_terms_are_not_quotes(paragraph: str) -> None:
    assert extract_quotes([paragraph]) == []


def test_offsets_point_into_the_joined_body() -> None:
    paragraphs = ["Первый абзац.", "Вице-министр Асан Бек сказал: «Работа идет по плану»."]
    (quote,) = extract_quotes(paragraphs)
    body = "\n\n".join(paragraphs)
    assert body[quote.start : quote.end] == "«Работа идет по плану»"
    assert quote.paragraph == 1


def test_quotation_over_several_paragraphs() -> None:
    paragraphs = [
        "«Первый этап завершен.",
        "«Второй этап начнется в июне.",
        "«Третий — в сентябре», — сказал глава ведомства Нуржан Алиев.",
    ]
    (quote,) = extract_quotes(paragraphs)
    assert quote.text == "Первый этап завершен.\n\nВторой этап начнется в июне.\n\nТретий — в сентябре"
    expected = ("Нуржан Алиев", "глава ведомства", "сказал", 0)
    assert (quote.speaker, quote.role, quote.cue, quote.paragraph) == expected
    body = "\n\n".join(paragraphs)
    assert body[quote.start] == "«" and body[quote.end - 1] == "»" and quote.start == 0


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        pytest.param(
            [
                "Министр финансов Алия Нурланова выступила в сенате.",
                "Сенатор Болат Ержанов задал вопрос.",
                "«Дефицит снизится», — сказала она.",
                "«А расходы?» — спросил он.",
            ],
            ["Алия Нурланова", "Болат Ержанов"],
            id="pronouns-by-gender",
        ),
        pytest.param(
            ["«Работы начаты», — сказал аким города Серик Ахметов.", "«Все по графику», — добавил Ахметов."],
            ["Серик Ахметов", "Серик Ахметов"],
            id="bare-surname",
        ),
        pytest.param(
            ["Законопроект представила министр юстиции Алия Нурланова.", "«Поправки готовы», — сказала министр."],
            ["Алия Нурланова"],
            id="role-noun-alone",
        ),
        pytest.param(
            ["«Ауыл жолы жөнделеді», – деді Асқар Омаров.", "«Ақша бөлінді», – деді ол."],
            ["Асқар Омаров", "Асқар Омаров"],
            id="kk-ol",
        ),
        pytest.param(
            ["«Видели дым издалека», — рассказал очевидец."],
            [None],
            id="unnamed-person",
        ),
    ],
)
def test_speaker_resolution(paragraphs: list[str], speakers: list[str | None]) -> None:
    language = "kk" if any("ө" in p or "ұ" in p for p in paragraphs) else "ru"
    assert [q.speaker for q in extract_quotes(paragraphs, language)] == speakers


def test_role_noun_keeps_role() -> None:
    paragraphs = ["Министр юстиции Алия Нурланова выступила.", "«Поправки готовы», — сказала министр."]
    quotes = extract_quotes(paragraphs)
    assert (quotes[0].speaker, quotes[0].role) == ("Алия Нурланова", "министр")


def test_bare_blockquote_takes_the_person_named_before() -> None:
    paragraphs = [
        "В конце встречи Нурбек Абенов обратился к студентам.",
        "«Учитесь, пока есть возможность. Знания останутся с вами на всю жизнь».",
    ]
    (quote,) = extract_quotes(paragraphs)
    assert (quote.speaker, quote.cue, quote.paragraph) == ("Нурбек Абенов", None, 1)


def test_colon_at_end_of_previous_paragraph() -> None:
    paragraphs = ["Председатель комитета Азамат Бекетов заявил:", "«Проверки продолжатся до конца года»."]
    (quote,) = extract_quotes(paragraphs)
    assert (quote.speaker, quote.role, quote.cue) == ("Азамат Бекетов", "Председатель комитета", "заявил")


def test_no_quotes_and_empty_input() -> None:
    assert extract_quotes([]) == []
    assert extract_quotes(["", "Просто текст без кавычек."]) == []
    assert extract_quotes(["«незакрытая кавычка"]) == []


# Direct speech opened by a dash, without quotation marks: (paragraphs, [(text, speaker, role, cue,
# paragraph, what body[start:end] is)]). Read by hand: the speech is what the person says, the
# author's words are not part of it, and "!"/"?" stay with the speech while a comma does not.
DASH_SPEECH = [
    pytest.param(
        ["Министр Аида Балаева рассказала о планах.", "— Мы откроем центр реставрации в следующем году, — сказала она."],
        [("Мы откроем центр реставрации в следующем году", "Аида Балаева", None, "сказала", 1,
          "— Мы откроем центр реставрации в следующем году")],
        id="dash-speech-pronoun",
    ),
    pytest.param(
        ["— Мы готовы, — сказал Иван Петров.", "— А мы нет, — ответила Мария Сидорова."],
        [("Мы готовы", "Иван Петров", None, "сказал", 0, "— Мы готовы"),
         ("А мы нет", "Мария Сидорова", None, "ответила", 1, "— А мы нет")],
        id="dash-dialogue",
    ),
    pytest.param(
        ["— Мы готовы к паводкам! — заявил аким области Серик Шапкенов. — Техника стоит наготове."],
        [("Мы готовы к паводкам! Техника стоит наготове.", "Серик Шапкенов", "аким области", "заявил", 0,
          "— Мы готовы к паводкам! — заявил аким области Серик Шапкенов. — Техника стоит наготове.")],
        id="dash-speech-goes-on-after-the-author",
    ),
    pytest.param(
        ["Аким области Серик Шапкенов обратился к жителям:", "— Не выходите на лед водоемов до конца месяца."],
        [("Не выходите на лед водоемов до конца месяца.", "Серик Шапкенов", "Аким области", "обратился", 1,
          "— Не выходите на лед водоемов до конца месяца.")],
        id="dash-speech-after-a-colon",
    ),
    pytest.param(
        ["— Мы назвали проект «Рухани жаңғыру», — пояснил министр Асхат Оралов."],
        [("Мы назвали проект «Рухани жаңғыру»", "Асхат Оралов", "министр", "пояснил", 0,
          "— Мы назвали проект «Рухани жаңғыру»")],
        id="dash-speech-holding-a-name-in-marks",
    ),
    pytest.param(
        ["- Работы завершим к осени, - сообщил директор ТОО Арман Сейтов."],
        [("Работы завершим к осени", "Арман Сейтов", "директор ТОО", "сообщил", 0, "- Работы завершим к осени")],
        id="hyphen-speech",
    ),
    pytest.param(["В плане три пункта:", "— ремонт дорог;", "— строительство школ."], [], id="list-after-a-colon"),
    pytest.param(
        ["Министр перечислил задачи на год:", "— Ремонт дорог в пяти районах области и строительство школ.",
         "— Новые больницы в трех городах области."],
        [], id="capitalised-list-after-a-colon",
    ),
    pytest.param(
        ["Среди мер поддержки на этот год:", "— ремонт дорог в пяти районах области и строительство школ"],
        [], id="one-item-list-after-a-colon",
    ),
    pytest.param(["— Первый пункт программы.", "— Второй пункт программы."], [], id="dash-lines-without-author"),
    pytest.param(["Погода — главная тема недели, — считают синоптики."], [], id="dash-inside-a-sentence"),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), DASH_SPEECH)
def test_direct_speech_opened_by_a_dash(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    body = "\n\n".join(paragraphs)
    got = [(q.text, q.speaker, q.role, q.cue, q.paragraph, body[q.start : q.end]) for q in extract_quotes(paragraphs)]
    assert got == expected


INTRO = "О паводках Bestnews.kz поговорил с заместителем председателя комитета Маратом Омаровым."


def _speakers(paragraphs: list[str], language: str = "ru") -> list[tuple[int, str | None]]:
    return [(q.paragraph, q.speaker) for q in extract_quotes(paragraphs, language)]


def test_an_interviews_answers_are_the_guests_and_its_questions_are_no_quotes() -> None:
    paragraphs = [INTRO, "— Будет ли большая вода?", "— Снега на треть больше нормы.", "— А дамбы?",
                  "— Укрепили 120 километров дамб."]  # fmt: skip
    assert _speakers(paragraphs) == [(2, "Марат Омаров"), (4, "Марат Омаров")]
    quote = extract_quotes(paragraphs)[0]
    assert (quote.text, quote.role, quote.cue) == ("Снега на треть больше нормы.", None, None)
    assert "\n\n".join(paragraphs)[quote.start : quote.end] == "— Снега на треть больше нормы."


@pytest.mark.parametrize(
    "paragraphs",
    [
        # One question and its answer: a turn of a news text, not an interview.
        [INTRO, "— Будет ли большая вода?", "— Снега на треть больше нормы."],
        # Dash lines that are not answers: a list after a question, a question after a question.
        [INTRO, "— Что входит в набор?", "— мешки с песком и мотопомпы;", "— Кто его выдает?", "— А какие сроки?"],
        # Questions that are speech with author's words: the lines after them are not answers.
        [INTRO, "— Будет ли вода? — спросил житель.", "— Будет, и большая.", "— А когда? — спросила соседка.",
         "— Весной, в апреле."],
    ],
    ids=["one-pair", "list-and-questions", "questions-with-authors-words"],
)  # fmt: skip
def test_dash_lines_that_are_not_an_interviews_answers(paragraphs: list[str]) -> None:
    assert not [q for q in extract_quotes(paragraphs) if q.paragraph in (2, 4)]


def test_an_interview_whose_introduction_names_nobody_or_two_people_has_answers_without_a_speaker() -> None:
    pairs = ["— Будет ли большая вода?", "— Снега на треть больше нормы.", "— А дамбы?", "— Укрепили все дамбы."]
    assert _speakers(["О паводках Bestnews.kz поговорил с сотрудниками комитета.", *pairs]) == [(2, None), (4, None)]
    two = "Bestnews.kz поговорил с Маратом Омаровым и Аидой Балаевой."
    assert _speakers([two, *pairs]) == [(2, None), (4, None)]


def test_a_dialogue_the_text_recounts_is_no_interview_of_the_person_it_names() -> None:
    # Questions and answers, but no word of an interview: a dialogue between people the text does
    # not all name. The answers are speech; whose, the text does not say.
    paragraphs = [
        "Жительница Уральска Анна Ким вспоминает утро, когда пришла вода. Сын разбудил ее в пять утра.",
        "— Мама, вода уже во дворе?",
        "— Уже у самого крыльца, собирай документы.",
        "— А куда мы поедем?",
        "— К бабушке в Аксай, там сухо.",
    ]
    assert _speakers(paragraphs) == [(2, None), (4, None)]


@pytest.mark.parametrize(
    ("intro", "language", "guest"),
    [
        ("Bestnews.kz поговорил с Маратом Омаровым.", "ru", "Марат Омаров"),
        ("Bestnews.kz побеседовал с Аидой Балаевой.", "ru", "Аида Балаева"),
        ("Bestnews.kz побеседовал с директором Айгуль Сериковой.", "ru", "Айгуль Серикова"),
        ("Bestnews.kz побеседовал с ректором Ерланом Садыковым.", "ru", "Ерлан Садыков"),
        ("Bestnews.kz тілшісі Айгерім Сапаровамен сұхбаттасты.", "kk", "Айгерім Сапарова"),
        ("Bestnews.kz тілшісі Ерлан Тоқаевпен сұхбаттасты.", "kk", "Ерлан Тоқаев"),
    ],
    ids=["ru-man", "ru-woman", "ru-woman-first-name-undeclined", "ru-man-after-role", "kk-woman", "kk-man"],
)
def test_a_guest_named_in_the_instrumental_is_the_speaker_in_the_nominative(
    intro: str, language: str, guest: str
) -> None:
    pairs = ["— Қалайсыз?", "— Жақсы, рахмет сізге.", "— Жоспарыңыз қандай?", "— Көп жоспар бар."]
    assert {speaker for _p, speaker in _speakers([intro, *pairs], language)} == {guest}


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("очевидец", None),
        ("местный житель", None),
        ("один из пострадавших", None),
        ("пенсионер", None),
        ("глава города", "Марат Омаров"),  # refers back to the man last named
        ("собеседник", "Марат Омаров"),
    ],
    ids=["witness", "local-resident", "one-of-the-injured", "pensioner", "head-of-city", "interlocutor"],
)
def test_a_role_noun_that_brings_in_someone_new_is_not_the_person_named_before(role: str, speaker: str | None) -> None:
    paragraphs = ["Аким Уральска Марат Омаров осмотрел дамбы.", f"«Вода уже у порога домов», — рассказал {role}."]
    assert one(paragraphs)[1:4] == (speaker, role, "рассказал")


@pytest.mark.parametrize(
    "role",
    [
        "продавец одного из бутиков",  # "одного из": one of many (was the akim)
        "один из продавцов",  # was the akim
        "мать второклассника",  # was the akim
        "школьник",  # was the akim
        "зритель",  # was the akim
    ],
    ids=["seller-of-one-of", "one-of-the-sellers", "mother", "schoolboy", "viewer"],
)
def test_more_role_nouns_that_bring_in_someone_new(role: str) -> None:
    paragraphs = ["Аким Уральска Марат Омаров осмотрел новый рынок.", f"«Цены выросли», — говорит {role}."]
    assert one(paragraphs)[1:4] == (None, role, "говорит")


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("пациентка", None),  # was the akim: a cue without gender, a feminine noun
        ("женщина", "Асель Мамырова"),  # refers back to the woman last named, not the man named after her
    ],
    ids=["patient", "woman"],
)
def test_a_feminine_role_noun_after_a_cue_without_gender_is_no_man(role: str, speaker: str | None) -> None:
    named = ["Жительница Талдыкоргана Асель Мамырова пришла на прием.", "Ее принял главврач Марат Омаров."]
    paragraphs = named if speaker else named[1:]
    assert one([*paragraphs, f"«Очередей больше нет», — говорит {role}."])[1:4] == (speaker, role, "говорит")


# An interview whose questions have no dash: on the page they are set in bold, which the text keeps
# no trace of; each answer runs to the next question.
PLAIN_INTERVIEW = [
    "Как меняется город, Bestnews.kz побеседовал с директором музея Нурланом Абдиевым.",
    "Почему музеев становится больше?",
    "Запрос появился у самих горожан. Мы видим это по билетам.",
    "Кроме того, коллекционеры охотнее показывают свои собрания.",
    "Какие выставки ждут посетителей?",
    "Готовим экспозицию ювелирного искусства «Күміс сыры».",
    "А билеты?",
    "Для школьников вход у нас бесплатный.",
    "Напомним, в прошлом году в городе открылся музей ковра.",
]


def test_an_interview_without_dashes_gives_each_answer_up_to_the_next_question_to_the_guest() -> None:
    quotes = extract_quotes(PLAIN_INTERVIEW)
    assert [(q.paragraph, q.speaker, q.role, q.cue) for q in quotes] == [
        (2, "Нурлан Абдиев", None, None),
        (5, "Нурлан Абдиев", None, None),
        (7, "Нурлан Абдиев", None, None),
    ]
    assert quotes[0].text == PLAIN_INTERVIEW[2] + "\n\n" + PLAIN_INTERVIEW[3]
    assert quotes[1].text == PLAIN_INTERVIEW[5]  # the name in marks is part of the answer
    assert quotes[2].text == PLAIN_INTERVIEW[7]  # not the closing "Напомним, ..."
    body = "\n\n".join(PLAIN_INTERVIEW)
    assert [body[q.start : q.end] for q in quotes] == [q.text for q in quotes]


def test_a_journalists_paragraph_in_the_third_person_ends_an_answer_without_dashes() -> None:
    # "Абдиев отметил, что ...": the journalist tells what the guest said; it is no part of the
    # answer, nor is what follows it up to the next question.
    paragraphs = [
        *PLAIN_INTERVIEW[:3],
        "Абдиев отметил, что в прошлом году музеи города приняли 200 тысяч посетителей.",
        *PLAIN_INTERVIEW[4:6],
        "По словам директора, выставка откроется в марте.",
        *PLAIN_INTERVIEW[6:8],
    ]
    quotes = extract_quotes(paragraphs)
    assert [(q.paragraph, q.speaker, q.text) for q in quotes] == [
        (2, "Нурлан Абдиев", PLAIN_INTERVIEW[2]),
        (5, "Нурлан Абдиев", PLAIN_INTERVIEW[5]),
        (8, "Нурлан Абдиев", PLAIN_INTERVIEW[7]),
    ]
    # A continuation that says nothing of anyone's words stays in the answer, in any person.
    assert extract_quotes(PLAIN_INTERVIEW)[0].text == PLAIN_INTERVIEW[2] + "\n\n" + PLAIN_INTERVIEW[3]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # No word of an interview before the questions: the text's own questions and answers.
        ["В городе открылись четыре музея.", *PLAIN_INTERVIEW[1:]],
        # An explainer: questions answered about the official, in the third person.
        ["Подробности Bestnews.kz рассказала вице-министр труда Айгуль Шакенова.", "Кто получит выплаты?",
         "Родители детей до полутора лет. Как пояснила Шакенова, сумма зависит от стажа.", "Куда обращаться?",
         "Заявление можно подать через портал eGov."],
        # One question and its answer.
        [PLAIN_INTERVIEW[0], "Почему музеев становится больше?", "Запрос появился у нас, у горожан."],
        # Questions nobody answers (one after another) leave one answer: no interview.
        [PLAIN_INTERVIEW[0], "Почему?", "Зачем?", "Мы видим запрос горожан."],
        # A newsroom's explainer in its own first person, after another outlet's interview.
        ["В интервью телеканалу Хабар вице-министр Ерлан Ким назвал изменения. Мы собрали ответы.",
         "Кому нужен техосмотр?", "Мы проверили: машинам старше 10 лет.", "Сколько это стоит?",
         "По нашим данным, 5 тысяч тенге."],
        # An interview that names no guest: without dashes, nothing says whose answers these are.
        ["Bestnews.kz поговорил с директором музея.", *PLAIN_INTERVIEW[1:]],
    ],
    ids=["no-interview-cue", "explainer-in-the-third-person", "one-pair", "questions-without-answers",
         "newsroom-explainer-after-another-outlets-interview", "no-guest-named"],
)  # fmt: skip
def test_paragraphs_after_plain_questions_that_are_no_interviews_answers(paragraphs: list[str]) -> None:
    assert extract_quotes(paragraphs) == []


@pytest.mark.parametrize(
    "pairs",
    [
        ["— Сколько пациентов в больнице?", "— На лечении 240 человек.", "— Хватает ли лекарств?", "— Да, хватает."],
        ["Сколько пациентов в больнице?", "У нас на лечении 240 человек.", "Хватает ли лекарств?", "Да, нам хватает."],
    ],
    ids=["dash-questions", "plain-questions"],
)
def test_an_interview_introduced_by_the_lead_alone_gives_its_answers_to_the_guest_it_names(pairs: list[str]) -> None:
    lead = "Bestnews.kz поговорил с главным врачом городской больницы Сауле Ахметовой о гриппе."
    quotes = extract_quotes(pairs, "ru", lead)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Сауле Ахметова"), (3, "Сауле Ахметова")]
    # Without the lead, dash answers have no speaker and plain ones are not known to be answers.
    assert [q.speaker for q in extract_quotes(pairs)] == ([None, None] if pairs[0].startswith("—") else [])
    # A lead that says no interview follows names nobody's answers.
    assert [q.speaker for q in extract_quotes(pairs, "ru", "Главный врач Сауле Ахметова о гриппе.")] == (
        [None, None] if pairs[0].startswith("—") else []
    )


def test_a_kazakh_interview_without_dashes() -> None:
    paragraphs = [
        "Бұл туралы Bestnews.kz тілшісі басқарма басшысы Ерлан Жұмабековпен сұхбаттасты.",
        "Жолаушылар үшін не өзгереді?",
        "Біз барлық аялдамаларға терминал орнатамыз.",
        "Жол ақысы қымбаттай ма?",
        "Жоқ, бағасы өзгермейді.",
        "Айта кетейік, қалада 900 автобус жүреді.",
    ]
    assert [(q.paragraph, q.speaker, q.text) for q in extract_quotes(paragraphs, "kk")] == [
        (2, "Ерлан Жұмабеков", paragraphs[2]),
        (4, "Ерлан Жұмабеков", paragraphs[4]),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A bare surname after the full name in the same stretch of text is that person, not the
        # last full name before it (here a rival, in the accusative).
        (["Елена Рыбакина вышла в финал. В полуфинале она обыграла американку Джессику Пегулу. После матча "
          "Рыбакина ответила на вопросы журналистов.", "«Во втором сете было непросто, но я рада победе»"],
         ("Елена Рыбакина", None, None)),
        # A woman's name in the accusative is named in the nominative.
        (["Аким наградил Аиду Балаеву грамотой.", "«Это большая честь для нашей школы», — сказала она."],
         ("Аида Балаева", None, "сказала")),
        # The speaker after the verb of a colon introduction.
        (["К жителям обратился начальник департамента полиции Бахытжан Бекжанов:",
          "«Не переводите деньги незнакомцам по телефону»."],
         ("Бахытжан Бекжанов", "начальник департамента полиции", "обратился")),
        # A place or a body governed by a preposition between the cue and the speaker is no part of the role.
        (["«Мягкие меры уже не работают», — заявил на обсуждении в Мажилисе министр внутренних дел Ержан Саденов."],
         ("Ержан Саденов", "министр внутренних дел", "заявил")),
    ],
    ids=["bare-surname-after-the-full-name", "woman-in-the-accusative", "speaker-after-the-verb", "place-before-the-role"],
)  # fmt: skip
def test_who_speaks(paragraphs: list[str], expected: tuple[str | None, str | None, str | None]) -> None:
    assert one(paragraphs)[1:4] == expected


_GOES_ON = "«Мы готовы к диалогу», — "


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # An adverbial between the cue and the speaker is no part of the role, whatever it holds: a
        # channel's name in guillemets or after the channel, an office in the genitive after a noun,
        # an indeclinable place after a preposition.
        (_GOES_ON + "сообщил в эфире телеканала «Астана» министр энергетики Алмасадам Саткалиев.",
         ("Алмасадам Саткалиев", "министр энергетики", "сообщил")),
        (_GOES_ON + "заявил в интервью телеканалу Хабар 24 министр энергетики Алмасадам Саткалиев.",
         ("Алмасадам Саткалиев", "министр энергетики", "заявил")),
        (_GOES_ON + "отметил в ходе заседания правительства премьер-министр Олжас Бектенов.",
         ("Олжас Бектенов", "премьер-министр", "отметил")),
        (_GOES_ON + "заявил во время визита в Актау премьер-министр Олжас Бектенов.",
         ("Олжас Бектенов", "премьер-министр", "заявил")),
        (_GOES_ON + "сообщил в эфире «Хабар 24» министр Ерлан Карин.", ("Ерлан Карин", "министр", "сообщил")),
        # A shortened role word's dot ends no clause; "временно" starts the role it is part of.
        (_GOES_ON + "заявил и.о. министра энергетики Алмасадам Саткалиев.",
         ("Алмасадам Саткалиев", "и.о. министра энергетики", "заявил")),
        (_GOES_ON + "заявил на брифинге зам. акима Алматы Ерлан Карин.", ("Ерлан Карин", "зам. акима Алматы", "заявил")),
        (_GOES_ON + "заявил нач. отдела полиции Ерлан Карин.", ("Ерлан Карин", "нач. отдела полиции", "заявил")),
        (_GOES_ON + "заявил временно исполняющий обязанности министра энергетики Алмасадам Саткалиев.",
         ("Алмасадам Саткалиев", "временно исполняющий обязанности министра энергетики", "заявил")),
        # An age before a role noun is part of the role, as "местная" is.
        (_GOES_ON + "рассказала 67-летняя пенсионерка Роза Ахметова.",
         ("Роза Ахметова", "67-летняя пенсионерка", "рассказала")),
        # ... but a person the dative names is the speaker ("журналистам" is no adverbial of a name).
        (_GOES_ON + "сказал журналистам Ерлан Карин.", ("Ерлан Карин", None, "сказал")),
    ],
    ids=["channel-in-guillemets", "channel-named-after-it", "office-in-the-genitive", "place-after-a-preposition",
         "a-name-in-marks-after-an-oblique-noun", "acting-minister", "deputy-akim", "head-of-department", "temporarily-acting",
         "an-age-before-the-role", "a-name-after-a-dative"],
)  # fmt: skip
def test_adverbials_between_the_cue_and_the_speaker(
    paragraph: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one([paragraph])[1:4] == expected


def test_an_outlet_in_marks_in_another_case_is_no_speaker() -> None:
    # "«Казинформу»" is whom it was said to: only a name in marks that may be a nominative speaks.
    assert one([_GOES_ON + "сообщил «Казинформу»."])[1] is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A quotation an outlet or a press service relays is the words of the person quoted, named in
        # the nominative with the role, wherever the relayer stands.
        (_GOES_ON + "цитирует министра торговли Армана Шаккалиева пресс-служба ведомства.",
         ("Арман Шаккалиев", "министр торговли", "цитирует")),
        (_GOES_ON + "цитирует Алмасадама Саткалиева Kazinform.", ("Алмасадам Саткалиев", None, "цитирует")),
        (_GOES_ON + "цитирует Tengrinews.kz министра энергетики Алмасадама Саткалиева.",
         ("Алмасадам Саткалиев", "министр энергетики", "цитирует")),
        (_GOES_ON + "процитировала Айгуль Серикову пресс-служба акимата.", ("Айгуль Серикова", None, "процитировала")),
        (_GOES_ON + "приводит слова министра энергетики Алмасадама Саткалиева пресс-служба ведомства.",
         ("Алмасадам Саткалиев", "министр энергетики", "приводит слова")),
        (_GOES_ON + "передает пресс-служба слова акима области Нурлана Нурмагамбетова.",
         ("Нурлан Нурмагамбетов", "аким области", "передает")),
        (_GOES_ON + "цитирует пресс-служба министра энергетики Алмасадама Саткалиева.",
         ("Алмасадам Саткалиев", "министр энергетики", "цитирует")),
        (_GOES_ON + "процитировал слова президента Касым-Жомарта Токаева спикер Мажилиса.",
         ("Касым-Жомарт Токаев", "президент", "процитировал слова")),
        # Before the quotation: a colon introduction, and "Как цитирует".
        ("Пресс-служба министерства приводит слова министра энергетики Алмасадама Саткалиева: «Мы готовы к диалогу».",
         ("Алмасадам Саткалиев", "министр энергетики", "приводит слова")),
        ("Kazinform цитирует министра энергетики Алмасадама Саткалиева: «Мы готовы к диалогу».",
         ("Алмасадам Саткалиев", "министр энергетики", "цитирует")),
        ("Как цитирует Kazinform министра энергетики Алмасадама Саткалиева, «мы готовы к диалогу».",
         ("Алмасадам Саткалиев", "министр энергетики", "Как цитирует")),
        # "его / её пресс-служба": the man or woman whose office relays the words.
        ("Министр Асель Жумабекова провела брифинг. " + _GOES_ON + "цитирует её пресс-служба.",
         ("Асель Жумабекова", None, "цитирует")),
        # An outlet relaying with no one named after it is the speaker, as "— сообщает Kazinform" is;
        # so is a press service.
        (_GOES_ON + "цитирует Kazinform.", ("Kazinform", None, "цитирует")),
        (_GOES_ON + "цитирует пресс-служба ведомства.", ("пресс-служба ведомства", None, "цитирует")),
        # "передал" with no "слова" is no relay (nor a speech verb): a colon introduction without a cue.
        ("Аким Алматы Ерболат Досаев передал: «Мы готовы к диалогу».", ("Ерболат Досаев", "Аким Алматы", None)),
    ],
    ids=["press-service-after", "outlet-after", "outlet-before", "a-woman", "words-of", "words-of-after-the-relayer",
         "press-service-before", "cited-words-of", "colon", "colon-outlet", "kak-citiruet", "her-press-service",
         "no-one-named",
         "no-one-named-press-service", "no-words-no-relay"],
)  # fmt: skip
def test_relayed_quotations_are_the_words_of_the_person_quoted(
    paragraph: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one([paragraph])[1:4] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A statement's text quoted by an impersonal verb is the statement's author's, if named.
        ([_GOES_ON + "отмечается в сообщении ведомства."], ("ведомство", None, "отмечается в сообщении")),
        ([_GOES_ON + "подчеркивается в заявлении МИД."], ("МИД", None, "подчеркивается в заявлении")),
        ([_GOES_ON + "сообщается на сайте акимата."], ("акимат", None, "сообщается на сайте")),
        ([_GOES_ON + "говорится в телеграм-канале Минздрава."], ("Минздрав", None, "говорится в телеграм-канале")),
        ([_GOES_ON + "говорится в документе."], (None, None, "говорится в документе")),
        (["В заявлении МИД подчеркивается: «Мы готовы к диалогу»."], ("МИД", None, "подчеркивается")),
        (["В сообщении ведомства отмечается: «Мы готовы к диалогу»."], ("ведомство", None, "отмечается")),
        # The office after those the words were said to: the verb is the cue.
        ([_GOES_ON + "сообщили Bestnews.kz в пресс-службе акимата."], ("пресс-служба акимата", None, "сообщили")),
        ([_GOES_ON + "рассказали корреспонденту Bestnews.kz в управлении образования."],
         ("управление образования", None, "рассказали")),
        # An abbreviation declined with a lowercase ending; "на запрос Bestnews.kz" before the office.
        ([_GOES_ON + "сообщили в МИДе."], ("МИД", None, "сообщили в")),
        ([_GOES_ON + "ответили на запрос Bestnews.kz в Минздраве."], ("Минздрав", None, "ответили")),
        # "Президент", capitalised by custom, is a role noun, not a name; "глава государства" refers back.
        (["Касым-Жомарт Токаев выступил на форуме.", _GOES_ON + "резюмировал Президент."],
         ("Касым-Жомарт Токаев", "Президент", "резюмировал")),
        (["Президент Касым-Жомарт Токаев провел совещание.", _GOES_ON + "подчеркнул глава государства."],
         ("Касым-Жомарт Токаев", "глава государства", "подчеркнул")),
    ],
    ids=["noted-in-a-statement", "stressed-in-a-statement", "on-a-site", "in-a-channel", "nobodys-document",
         "colon-statement", "colon-message", "office-after-an-outlet", "office-after-a-correspondent",
         "declined-abbreviation", "office-after-a-request", "capitalised-role", "head-of-state"],
)  # fmt: skip
def test_statements_offices_and_roles(
    paragraphs: list[str], expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one(paragraphs)[1:4] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Misses of the third held-out set (fixtures/text/heldout/quotes-3.json), each a rule:
        # a relaying office's own words are no part of the person quoted, before or after ...
        ([_GOES_ON + "цитирует пресс-служба министерства председателя Комитета торговли Бауыржана Сейтказина."],
         ("Бауыржан Сейтказин", "председатель Комитета торговли", "цитирует")),
        (["Вице-министр просвещения Ерлан Кенжебаев посетил школу.",
          _GOES_ON + "приводит слова вице-министра пресс-служба министерства."],
         ("Ерлан Кенжебаев", "вице-министр", "приводит слова")),
        # An abbreviation after the person quoted is the person's office, not the relayer.
        ([_GOES_ON + "приводит слова начальника ДЧС Актюбинской области Талгата Мукашева пресс-служба ведомства."],
         ("Талгат Мукашев", "начальник ДЧС Актюбинской области", "приводит слова")),
        # ... and a relaying office with no one after it is the speaker; a place's adjective is no surname.
        ([_GOES_ON + "цитирует пресс-служба ДЧС Кызылординской области."],
         ("пресс-служба ДЧС Кызылординской области", None, "цитирует")),
        ([_GOES_ON + "сообщает пресс-служба ДЧС Кызылординской области."],
         ("пресс-служба ДЧС Кызылординской области", None, "сообщает")),
        # A body in the genitive of an adverbial's noun; a Kazakh name in marks in a Russian phrase.
        ([_GOES_ON + "сказал во время пленарного заседания Мажилиса депутат Ерлан Саиров."],
         ("Ерлан Саиров", "депутат", "сказал")),
        ([_GOES_ON + "сказал в интервью газете «Орталық Қазақстан» аким Караганды Ерлан Бекетов."],
         ("Ерлан Бекетов", "аким Караганды", "сказал")),
        # An outlet named in marks alone relays as an outlet named in Latin letters does (an open case there).
        ([_GOES_ON + "цитирует «Казинформ»."], ("«Казинформ»", None, "цитирует")),
        # A surname after an adverbial's noun is still the speaker.
        (["Вице-премьер Серик Жанболатов провел заседание.", _GOES_ON + "ответил журналистам после заседания Жанболатов."],
         ("Серик Жанболатов", None, "ответил")),
    ],
    ids=["relaying-office-before", "relaying-office-after", "an-abbreviation-after-the-person", "relaying-office-alone",
         "office-with-a-place-adjective", "body-in-the-genitive", "kazakh-name-in-marks", "outlet-in-marks",
         "surname-after-a-noun"],
)  # fmt: skip
def test_relayers_and_adverbials_of_the_third_held_out_set(
    paragraphs: list[str], expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one(paragraphs)[1:4] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A two-word quotation with a Kazakh cue the dictionary takes for Russian ("атап").
        ("«Жұмыс жалғасады», – деп атап өтті ведомство басшысы.", (None, "ведомство басшысы", "атап өтті")),
        # "Бұл туралы" ("about this") before a colon introduction's speaker is no part of the role.
        ("Бұл туралы облыс әкімі Нұрлан Нұрмағамбетов айтты: «Біз дайынбыз».",
         ("Нұрлан Нұрмағамбетов", "облыс әкімі", "айтты")),
        # The speaker before a colon, the cue after the quotation with no one named after it.
        ("Облыс әкімі Нұрлан Нұрмағамбетов: «Біз дайынбыз», – деді.", ("Нұрлан Нұрмағамбетов", "Облыс әкімі", "деді")),
        ("Ерлан Қарин өз Facebook парақшасында: «Біз дайынбыз», – деп жазды.", ("Ерлан Қарин", None, "жазды")),
    ],
    ids=["two-words-atap-otti", "bul-turaly-before-the-role", "speaker-before-the-colon-cue-after",
         "speaker-before-the-colon-adverbial-after-the-name"],
)  # fmt: skip
def test_kazakh_cues_and_roles(paragraph: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert one([paragraph], "kk")[1:4] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Words in marks that end the clause of "<speaker> <speech verb>, что" are the speaker's.
        ("Аким Алматы Ерболат Досаев отметил, что «город готов к зиме».",
         [("город готов к зиме", "Ерболат Досаев", "Аким Алматы", "отметил")]),
        ("Ерболат Досаев подчеркнул, что «работы завершат вовремя», и поручил усилить контроль.",
         [("работы завершат вовремя", "Ерболат Досаев", None, "подчеркнул")]),
        # A gerund's subject is the clause's before it.
        ("«Мы сделаем все, чтобы люди не мерзли», — пообещал Досаев, добавив, что «отопление дадут в срок».",
         [("Мы сделаем все, чтобы люди не мерзли", "Досаев", None, "пообещал"),
          ("отопление дадут в срок", "Досаев", None, "добавив")]),
        # An office in the locative before an impersonal plural; a place there is nobody.
        ("В акимате сообщили, что «работы идут по графику».", [("работы идут по графику", "акимат", None, "сообщили")]),
        ("В пресс-службе МВД сообщили: «Работы идут по графику».",
         [("Работы идут по графику", "пресс-служба МВД", None, "сообщили")]),
        ("В Астане заявили: «Работы идут по графику».", [("Работы идут по графику", None, None, "заявили")]),
        # A name in marks whose clause goes on is no quotation.
        ("Аким Алматы Ерболат Досаев отметил, что «Барыс Арена» откроется в мае.", []),
    ],
    ids=["that-clause", "that-clause-then-more", "gerund", "office-that-clause", "office-colon", "place-colon",
         "a-name-after-that"],
)  # fmt: skip
def test_quotations_after_that_and_offices_before_the_verb(
    paragraph: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert [(q.text, q.speaker, q.role, q.cue) for q in extract_quotes([paragraph])] == expected


def test_kazakh_and_is_no_first_person() -> None:
    # "мен" is "and" here: answers about the school in the third person are no interview's.
    paragraphs = [
        "Бұл туралы Bestnews.kz тілшісіне мектеп директоры Айгүл Серікова айтты.",
        "Мектепте не өзгерді?",
        "Математика мен физика кабинеттері жөнделді.",
        "Асхана ше?",
        "Асхана мен спортзал жаңартылды.",
    ]
    assert extract_quotes(paragraphs, "kk") == []


def test_an_office_named_by_its_head_alone_is_the_one_an_attribution_named_before() -> None:
    paragraphs = [
        "Как сообщили в Министерстве торговли и интеграции, переход позволит сэкономить электроэнергию.",
        "«Смартфоны переведут время автоматически», — пояснили в министерстве.",
    ]
    assert one(paragraphs)[1:4] == ("Министерство торговли и интеграции", None, "пояснили в")
    # Named by its head alone, with no earlier mention: as written.
    assert one(paragraphs[1:])[1] == "министерство"


def test_any_speech_verb_of_a_colon_introduction_is_the_cue() -> None:
    paragraphs = ["Аким Ерлан Садыков поручил:", "«Все дороги должны быть расчищены к утру»"]
    assert one(paragraphs)[1:4] == ("Ерлан Садыков", "Аким", "поручил")


def test_an_interviews_answer_goes_on_in_undashed_paragraphs_in_the_first_person() -> None:
    paragraphs = [INTRO, "— Будет ли большая вода?", "— Снега на треть больше нормы.",
                  "Поэтому мы укрепили дамбы заранее.", "— А эвакуация?", "— Ее не планируют.",
                  "Разговор прервал звонок из штаба.", "— Спасибо за беседу."]  # fmt: skip
    quotes = extract_quotes(paragraphs)
    assert [(q.paragraph, q.text) for q in quotes] == [
        (2, "Снега на треть больше нормы.\n\nПоэтому мы укрепили дамбы заранее."),
        (5, "Ее не планируют."),  # the narrative after it is the journalist's
    ]
    body = "\n\n".join(paragraphs)
    assert body[quotes[0].start : quotes[0].end] == "— " + quotes[0].text


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("тұрғын", None),
        ("жергілікті тұрғын", None),
        ("куәгер", None),
        ("әкім", "Марат Омаров"),
        ("көрермен", None),
        ("бір көрермен", None),
        ("оқушы", None),
    ],  # the last three were the akim
    ids=["resident", "local-resident", "witness", "akim", "viewer", "a-viewer", "pupil"],
)
def test_a_kazakh_role_noun_that_brings_in_someone_new_is_not_the_person_named_before(
    role: str, speaker: str | None
) -> None:
    paragraphs = ["Қала әкімі Марат Омаров дамбаларды аралады.", f"«Су үйге жетіп қалды», – деді {role}."]
    assert one(paragraphs, "kk")[1:4] == (speaker, role, "деді")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The whole name in the nominative, not its last word alone; the role before it as written.
        (["Облыс әкімінің орынбасары Ерлан Сапаровтың айтуынша, «биыл 40 мектеп жөнделеді»."],
         ("Ерлан Сапаров", "Облыс әкімінің орынбасары", "айтуынша")),
        (["Ерлан Сапаровтың айтуынша, «биыл 40 мектеп жөнделеді»."], ("Ерлан Сапаров", None, "айтуынша")),
        # A bare surname is the full name given earlier.
        (["Облыс әкімі Ерлан Сапаров мектептерді аралады.", "Сапаровтың айтуынша, «биыл 40 мектеп жөнделеді»."],
         ("Ерлан Сапаров", None, "айтуынша")),
        # A role noun alone is the person named with it, with the noun as the role.
        (["Білім министрі Ерлан Сапаров мектептерді аралады.", "Министрдің сөзінше, «биыл 40 мектеп жөнделеді»."],
         ("Ерлан Сапаров", "Министр", "сөзінше")),
        # A body loses its genitive ending only.
        (["Министрліктің баспасөз қызметінің айтуынша, «биыл 40 мектеп жөнделеді»."],
         ("Министрліктің баспасөз қызметі", None, "айтуынша")),
        # A source's words: read as "По данным X, «п»" is (were no quotation).
        (["Облыстық статистика департаментінің мәліметінше, «баға 12 пайызға өсті»."],
         ("Облыстық статистика департаменті", None, "мәліметінше")),
        (["Департаменттің хабарлауынша, «баға 12 пайызға өсті»."], ("Департамент", None, "хабарлауынша")),
        (["Департаменттің мәліметі бойынша, «баға 12 пайызға өсті»."], ("Департамент", None, "мәліметі бойынша")),
    ],
    ids=["role-and-name", "name", "bare-surname", "role-noun", "body", "source-malimetinshe", "source-khabarlauynsha",
         "source-malimeti-boiynsha"],
)  # fmt: skip
def test_a_kazakh_speaker_in_the_genitive_before_aituynsha(
    paragraphs: list[str], expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one(paragraphs, "kk")[1:4] == expected


def test_a_role_noun_before_a_colon_without_a_speech_verb_is_the_role_alone() -> None:
    paragraphs = ["Аким Астаны Марат Ергалиев осмотрел дороги.", "Аким настроен жестко: «Все дороги расчистят к утру»."]
    assert one(paragraphs)[1:4] == ("Марат Ергалиев", "Аким", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The dictionary knows "аким" only as a given name: at a sentence's start it was the speaker "Аким".
        ("Аким заявил: «Все дороги расчистят к утру».", ("Марат Ергалиев", "Аким", "заявил")),
        ("Аким выразил уверенность, что «все дороги расчистят к утру».", ("Марат Ергалиев", "Аким", "выразил")),
        ("Аким Ергалиев заявил: «Все дороги расчистят к утру».", ("Марат Ергалиев", "Аким", "заявил")),
        # A verb of opinion with its object before the colon: the verb is the cue (was none).
        ("Ергалиев высказал мнение: «Все дороги расчистят к утру».", ("Марат Ергалиев", None, "высказал")),
        # "Акимов" is a surname still.
        ("Акимов заявил: «Все дороги расчистят к утру».", ("Ерлан Акимов", None, "заявил")),
    ],
    ids=["akim-before-a-colon", "akim-before-chto", "akim-and-surname", "opinion-verb-and-object", "akimov"],
)  # fmt: skip
def test_a_sentence_initial_akim_is_the_role(sentence: str, expected: tuple[str, str | None, str]) -> None:
    paragraphs = ["Аким Астаны Марат Ергалиев и депутат Ерлан Акимов осмотрели дороги.", sentence]
    assert one(paragraphs)[1:4] == expected


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        # Two people named in one sentence: the second one's role does not reach back over the
        # first one's name, so "аким" is the first one's only (was the deputy's too, named last).
        (["Аким Астаны Марат Ергалиев и депутат Ерлан Акимов осмотрели дороги.",
          "«Все дороги расчистят к утру», — заверил аким."], "ru", ("Марат Ергалиев", "аким", "заверил")),
        (["Құраманың бас бапкері Нұрлан Ахметов және Мектеп-лицей директоры Гүлмира Сәрсенова жиынға қатысты.",
          "«Біз дайынбыз», – деді бапкер."], "kk", ("Нұрлан Ахметов", "бапкер", "деді")),
        # The head of state by another of its names: was the minister named after him.
        (["Глава государства Касым-Жомарт Токаев провел совещание с министром энергетики Алмасадамом Саткалиевым.",
          "«Нужно ускорить работу», — подчеркнул Президент."], "ru", ("Касым-Жомарт Токаев", "Президент", "подчеркнул")),
        (["Президент Касым-Жомарт Токаев провел совещание с министром энергетики Алмасадамом Саткалиевым.",
          "Глава государства поручил: «Нужно ускорить работу»."], "ru",
         ("Касым-Жомарт Токаев", "Глава государства", "поручил")),
        (["ҚР Президенті Қасым-Жомарт Тоқаев пен денсаулық сақтау министрі Ақмаржан Әлназарова кездесті.",
          "«Реформа жалғасады», – деді Мемлекет басшысы."], "kk", ("Қасым-Жомарт Тоқаев", "Мемлекет басшысы", "деді")),
        (["Жиынға Мемлекет басшысы Қасым-Жомарт Тоқаев пен денсаулық сақтау министрі Ақмаржан Әлназарова қатысты.",
          "«Реформа жалғасады», – деп келтірді Ақорда Президенттің сөзін."], "kk",
         ("Қасым-Жомарт Тоқаев", "Президент", "келтірді")),
        # A president of something else is not the head of state; of two with the role noun, the one
        # whose role shares more words (was the President, named last).
        (["Президент федерации бокса Марат Омаров и Президент Касым-Жомарт Токаев встретились с министром "
          "Алмасадамом Саткалиевым.", "«Нужно ускорить работу», — сказал президент федерации."], "ru",
         ("Марат Омаров", "президент федерации", "сказал")),
    ],
    ids=["two-in-one-sentence", "two-in-one-sentence-kazakh", "president-after-head-of-state", "head-of-state-after-president", "kazakh-head-of-state",
         "kazakh-president-relayed", "president-of-a-federation"],
)  # fmt: skip
def test_a_role_noun_refers_to_the_person_it_was_written_before(
    paragraphs: list[str], language: str, expected: tuple[str, str, str]
) -> None:
    assert one(paragraphs, language)[1:4] == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("«Город готов к зиме», — уверен аким.", ("Ербол Досаев", "аким", "уверен")),
        ("«Город готов к зиме», — убеждена она.", ("Аида Балаева", None, "убеждена")),
        ("«Город готов к зиме», — уверен он.", ("Ербол Досаев", None, "уверен")),
    ],
    ids=["role-noun", "she", "he"],
)
def test_a_short_adjective_after_the_authors_dash_is_a_cue(quote: str, expected: tuple[str, str | None, str]) -> None:
    paragraphs = ["Аким Алматы Ербол Досаев и министр Аида Балаева провели брифинг.", quote]
    assert one(paragraphs)[1:4] == expected


def test_so_before_the_verb_after_the_authors_dash() -> None:
    paragraphs = [
        "Аким Алматы Ербол Досаев провел брифинг.",
        "«Город готов к зиме», — так прокомментировал ситуацию Досаев.",
    ]
    assert one(paragraphs)[1:4] == ("Ербол Досаев", None, "прокомментировал")


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("деп сенім білдірді Сапаров.", ("Ерлан Сапаров", None, "сенім білдірді")),
        ("деп пікірін білдірді облыс әкімі.", ("Ерлан Сапаров", "облыс әкімі", "пікірін білдірді")),
        ("деп мәлімдеді облыс әкімі.", ("Ерлан Сапаров", "облыс әкімі", "мәлімдеді")),
    ],
    ids=["confidence", "opinion", "one-word"],
)
def test_a_kazakh_cue_after_dep_runs_to_its_verb(after: str, expected: tuple[str, str | None, str]) -> None:
    paragraphs = ["Облыс әкімі Ерлан Сапаров жиналыс өткізді.", f"«Жөндеу жұмыстары уақытында аяқталады», – {after}"]
    assert one(paragraphs, "kk")[1:4] == expected


_KK_NAMED = "Жиынға облыс әкімі Нұрлан Сапаров және денсаулық сақтау министрі Ақмаржан Әлназарова қатысты."


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("деп Сапаров айтты.", ("Нұрлан Сапаров", None, "айтты")),  # was no quotation
        ("деп ол атап өтті.", ("Ақмаржан Әлназарова", None, "атап өтті")),  # cue "ол атап өтті", no speaker
        ("деп әкім атап өтті.", ("Нұрлан Сапаров", "әкім", "атап өтті")),
        ("деп Сапаров сенім білдірді.", ("Нұрлан Сапаров", None, "сенім білдірді")),
        ("деп облыс әкімі Нұрлан Сапаров айтты.", ("Нұрлан Сапаров", "облыс әкімі", "айтты")),  # cue "облыс"
        ("деп Әлназарова Астанада өткен брифингте мәлімдеді.", ("Ақмаржан Әлназарова", None, "мәлімдеді")),
        ("деп облыс әкімінің баспасөз қызметі хабарлады.", ("облыс әкімінің баспасөз қызметі", None, "хабарлады")),
        # The verb first, as before: the speaker after it; the verb's object in the cue.
        ("деп атап өтті ол.", ("Ақмаржан Әлназарова", None, "атап өтті")),
        ("деп үлкен сенім білдірді Сапаров.", ("Нұрлан Сапаров", None, "үлкен сенім білдірді")),
    ],
    ids=["surname", "pronoun", "role-noun", "surname-and-the-verbs-object", "role-and-name",
         "adverbials-after-the-surname", "body", "verb-first", "verb-first-with-its-object"],
)  # fmt: skip
def test_a_kazakh_speaker_between_dep_and_the_verb(after: str, expected: tuple[str, str | None, str]) -> None:
    assert one([_KK_NAMED, f"«Мектеп ашылды», – {after}"], "kk")[1:4] == expected


def test_an_adverb_before_a_kazakh_speech_verb_is_no_part_of_the_cue() -> None:
    # "былай деді:" ("said thus:"), as Russian "— так прокомментировал": the verb alone.
    paragraphs = [_KK_NAMED, "Сапаров тұрғындарға былай деді: «Мектеп ашылды»."]
    assert one(paragraphs, "kk")[1:4] == ("Нұрлан Сапаров", None, "деді")


def test_a_kazakh_speaker_between_dep_and_the_verb_inside_the_marks_and_in_dash_speech() -> None:
    inside = "«Мектеп ашылды. Бұл – үлкен жетістік, – деп Сапаров атап өтті. – Келесі жылы тағы екеуі ашылады»."
    assert one([_KK_NAMED, inside], "kk")[1:4] == ("Нұрлан Сапаров", None, "атап өтті")
    dash = "– Мектеп ашылды, – деп Әлназарова атап өтті."
    assert one([_KK_NAMED, dash], "kk")[1:4] == ("Ақмаржан Әлназарова", None, "атап өтті")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The relayer after the verb, the person quoted before it, in the genitive ...
        ("«Мектеп ашылды», – деп Әлназарованың сөзін келтірді министрлік баспасөз қызметі.",
         ("Ақмаржан Әлназарова", None, "сөзін келтірді")),  # was "министрлік баспасөз қызметі"
        ("«Мектеп ашылды», – деп облыс әкімі Нұрлан Сапаровтың сөзін келтіреді Kazinform.",
         ("Нұрлан Сапаров", "облыс әкімі", "сөзін келтіреді")),  # was cue "облыс", the name in the genitive
        ("«Мектеп ашылды», – деген облыс әкімі Нұрлан Сапаровтың сөзін келтіреді Kazinform.",
         ("Нұрлан Сапаров", "облыс әкімі", "сөзін келтіреді")),  # was cue "деген"
        # ... the relayer first, then the person quoted ...
        ("«Мектеп ашылды», – деп келтіреді Kazinform Ақмаржан Әлназарованың сөзін.",
         ("Ақмаржан Әлназарова", None, "келтіреді")),  # was "Ақмаржан Әлназарованың", role "Kazinform"
        ("«Мектеп ашылды», – деп келтіреді «Егемен Қазақстан» министрдің сөзін.",
         ("Ақмаржан Әлназарова", "министр", "келтіреді")),
        ("«Мектеп ашылды», – деп келтірді облыс әкімдігінің баспасөз қызметі әкімнің сөзін.",
         ("Нұрлан Сапаров", "әкім", "келтірді")),
        # ... before a colon ...
        ("Ақорда баспасөз қызметі облыс әкімі Нұрлан Сапаровтың сөзін келтірді: «Мектеп ашылды».",
         ("Нұрлан Сапаров", "облыс әкімі", "сөзін келтірді")),  # was no speaker, all of it the role
        # ... and with nobody quoted, the relayer speaks, as after "— цитирует Kazinform".
        ("«Мектеп ашылды», – деп келтіреді Kazinform.", ("Kazinform", None, "келтіреді")),
    ],
    ids=["relayer-after", "role-and-name-relayer-after", "degen", "relayer-first", "outlet-in-marks-first",
         "press-service-first", "colon", "nobody-relayed"],
)  # fmt: skip
def test_a_quotation_relayed_in_kazakh_is_the_person_quoteds(
    paragraph: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert one([_KK_NAMED, paragraph], "kk")[1:4] == expected


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("— сообщает Kazinform.", "Kazinform"),  # was the role, with no speaker
        ("— сообщает пресс-служба Минэнерго.", "пресс-служба Минэнерго"),  # was "Минэнерго"
        ("— сообщила пресс-служба акимата.", "пресс-служба акимата"),  # was "акимата"
    ],
    ids=["outlet-in-latin-letters", "office-of-a-named-body", "office-of-a-body-in-the-genitive"],
)
def test_an_outlet_or_an_office_speaking_is_the_speaker_whole(after: str, speaker: str) -> None:
    paragraphs = ["В Алматы открылась новая школа.", f"«Цены на бензин не изменятся до конца года», {after}"]
    assert one(paragraphs)[1:3] == (speaker, None)


@pytest.mark.parametrize(
    "quote",
    ["По словам главы МЧС, «ситуация под контролем».", "«Ситуация под контролем», — добавил глава ведомства."],
    ids=["po-slovam", "after-the-dash"],
)
def test_a_person_who_heads_a_body_is_a_person_not_the_body(quote: str) -> None:
    # "глава МЧС" was taken for an office (МЧС is one) and became the speaker as written.
    paragraphs = ["Глава МЧС Чингис Аринов провел совещание.", quote]
    assert one(paragraphs)[1] == "Чингис Аринов"


def test_a_short_adjectives_gender_picks_the_person_a_role_noun_refers_back_to() -> None:
    # "уверена": a woman; the man named last is not the one meant.
    paragraphs = [
        "Министр Аида Балаева и аким Ербол Досаев провели брифинг.",
        "«Город готов к зиме», — уверена глава ведомства.",
    ]
    assert one(paragraphs)[1:4] == ("Аида Балаева", "глава ведомства", "уверена")


def test_proposed_is_a_speech_verb_of_a_colon_introduction() -> None:
    paragraphs = ["Аким Алматы Ербол Досаев провел брифинг.", "Досаев предложил: «Давайте начнем с дорог»."]
    assert one(paragraphs)[1:4] == ("Ербол Досаев", None, "предложил")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # An outlet told, in marks in the dative, is no part of the speaker or the role ...
        (["Аким Астаны Женис Касымбек встретился с жителями.", _GOES_ON + "сообщил «Казинформу» аким."],
         ("Женис Касымбек", "аким", "сообщил")),
        ([_GOES_ON + "рассказала «Известиям» министр Айгуль Серикова."], ("Айгуль Серикова", "министр", "рассказала")),
        ([_GOES_ON + "сообщила «Хабару» пресс-служба акимата."], ("пресс-служба акимата", None, "сообщила")),
        # ... nor are those told alone a role: the one the verb's "он" / "она" would be speaks.
        (["Айгуль Серикова выступила на брифинге.", _GOES_ON + "сообщила журналистам."],
         ("Айгуль Серикова", None, "сообщила")),
        (["Женис Касымбек встретился с жителями.", _GOES_ON + "сообщил «Казинформу»."],
         ("Женис Касымбек", None, "сообщил")),
        ([_GOES_ON + "сообщили журналистам."], (None, None, "сообщили")),
        # "X со ссылкой на Y": the words are Y's, relayed by X; Y in the nominative.
        ([_GOES_ON + "сообщает «Хабар 24» со ссылкой на пресс-службу акимата."],
         ("пресс-служба акимата", None, "сообщает")),
        ([_GOES_ON + "сообщает Kazinform со ссылкой на акима города Жениса Касымбека."],
         ("Женис Касымбек", "аким города", "сообщает")),
        # An outlet in marks in the nominative still speaks.
        ([_GOES_ON + "сообщает «Хабар 24»."], ("«Хабар 24»", None, "сообщает")),
    ],
    ids=["outlet-told-then-role", "outlet-told-then-name", "outlet-told-then-office", "journalists-alone",
         "outlet-told-alone", "plural-journalists-alone", "with-reference-to-an-office",
         "with-reference-to-a-person", "outlet-in-marks-speaks"],
)  # fmt: skip
def test_those_told_and_the_source_referred_to(
    paragraphs: list[str], expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one(paragraphs)[1:4] == expected


def test_a_statement_quoted_from_a_report_is_its_bodys() -> None:
    # The statement nouns are the attribution reader's ("говорится в отчете X" is an attribution too).
    assert one([_GOES_ON + "говорится в отчете Нацбанка."])[1:4] == ("Нацбанк", None, "говорится в отчете")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # An office in the locative after "Как сообщили", as after the dash; a place names nobody.
        (["Как сообщили в галерее, «выставка продлится до конца месяца»."], ("галерея", None, "Как сообщили в")),
        (["Как пояснили в пресс-службе акимата, «работы завершат к маю»."],
         ("пресс-служба акимата", None, "Как пояснили в")),
        (["Как сообщили в Астане, «работы завершат к маю»."], (None, None, "Как сообщили в")),
        ([_GOES_ON + "сообщили в Астане."], (None, None, "сообщили в")),
        # A ministry or an abbreviation in the locative before the verb is an office, not a place.
        (["В Минздраве сообщили: «Работы завершат к маю»."], ("Минздрав", None, "сообщили")),
        (["В МВД сообщили: «Работы завершат к маю»."], ("МВД", None, "сообщили")),
        (["В Казахстане заявили: «Работы завершат к маю»."], (None, None, "заявили")),
        # "По информации / По данным X, «п»": X's words, as "По словам X".
        (["По информации пресс-службы акимата, «работы завершат к маю»."],
         ("пресс-служба акимата", None, "По информации")),
        (["По данным МВД, «водитель был пьян»."], ("МВД", None, "По данным")),
        # A city in the genitive ends a body's or a role's name; it is no one's name ("Астаны").
        ([_GOES_ON + "сообщает пресс-служба акимата Астаны."], ("пресс-служба акимата Астаны", None, "сообщает")),
        (["По словам представителя акимата Астаны, «работы завершат к маю»."],
         (None, "представитель акимата Астаны", "По словам")),
        # A role, then the person's role and name in apposition: the name speaks.
        ([_GOES_ON + "рассказала одна из потерпевших, жительница Экибастуза Алия Нуртаева."],
         ("Алия Нуртаева", "жительница Экибастуза", "рассказала")),
    ],
    ids=["kak-soobshchili-v-office", "kak-poyasnili-v-office", "kak-soobshchili-v-place", "dash-v-place",
         "v-ministry-before-the-verb", "v-abbreviation-before-the-verb", "v-country-before-the-verb",
         "po-informatsii", "po-dannym", "city-ends-an-office", "city-ends-a-role", "apposition-before-the-name"],
)  # fmt: skip
def test_offices_places_and_appositions_of_the_fifth_held_out_sets_open_cases(
    paragraphs: list[str], expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one(paragraphs)[1:4] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "Токаев" reads in the dictionary only as the genitive plural of "токай"; at a sentence's
        # start it was taken for an ordinary word: no speaker before a colon ...
        (["Касым-Жомарт Токаев провел совещание.", "Токаев: «Нужно ускорить работу»."],
         ("Касым-Жомарт Токаев", None, None)),
        # ... and no mention, so "он" went to the man named before him.
        (["Касым-Жомарт Токаев и Аида Балаева провели встречу. Министр Ерлан Карин выступил с докладом. "
          "Токаев поблагодарил участников.", "«Нужно ускорить работу», — добавил он."],
         ("Касым-Жомарт Токаев", None, "добавил")),
    ],
    ids=["before-a-colon", "mentioned-last"],
)  # fmt: skip
def test_a_surname_the_dictionary_reads_as_a_plural_thing_starts_a_sentence(
    paragraphs: list[str], expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one(paragraphs)[1:4] == expected


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("сообщили в акимате по итогам проверки.", "акимат"),
        ("сообщили в пресс-службе ДЧС для Bestnews.kz.", "пресс-служба ДЧС"),
        ("говорится в сообщении Минздрава по итогам заседания.", "Минздрав"),
        ("сообщили в посольстве Казахстана во Франции.", "посольство Казахстана во Франции"),
        ("сообщили в Министерстве по чрезвычайным ситуациям.", "Министерство по чрезвычайным ситуациям"),
    ],
    ids=["po-itogam", "dlya", "statement-then-po-itogam", "vo-inside-the-name", "po-inside-the-name"],
)
def test_an_office_speaking_ends_where_an_attributions_source_ends(after: str, speaker: str) -> None:
    assert one([_GOES_ON + after])[1:3] == (speaker, None)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Misses of the sixth held-out set (fixtures/text/heldout/quotes-6.json), each a rule: a
        # Kazakh body with place names in it is the body, as written, not a name "Шығыс Қазақстан" ...
        (["«Жолда абай болыңыздар», – деп ескертті Шығыс Қазақстан облысы бойынша ТЖД баспасөз қызметі."],
         ("Шығыс Қазақстан облысы бойынша ТЖД баспасөз қызметі", None, "ескертті")),
        (["«Өнім артты», – деп хабарлады Солтүстік Қазақстан облысы ауыл шаруашылығы басқармасының баспасөз қызметі."],
         ("Солтүстік Қазақстан облысы ауыл шаруашылығы басқармасының баспасөз қызметі", None, "хабарлады")),
        # ... a place after a full name, the place of the next word, is no part of the name ...
        (["Бурабай ауданының әкімі Марат Жылқыбаев Қатаркөл ауылының тұрғындарымен кездесті.",
          "«Қаражат бөлінді», – деді Жылқыбаев."],
         ("Марат Жылқыбаев", None, "деді")),
        # ... and a Russian loanword ending as a Kazakh locative ("команда") is a word of the role.
        (["«Біз жеңдік», – дейді команда капитаны Әлихан Ермеков."], ("Әлихан Ермеков", "команда капитаны", "дейді")),
    ],
    ids=["kazakh-body-with-a-region", "kazakh-body-with-a-region-and-a-genitive", "place-after-a-full-name",
         "loanword-like-a-locative"],
)  # fmt: skip
def test_kazakh_bodies_names_and_roles_of_the_sixth_held_out_set(
    paragraphs: list[str], expected: tuple[str | None, str | None, str | None]
) -> None:
    assert one(paragraphs, "kk")[1:4] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # What follows the surname after the cue is adverbial (was the name "Әлназарова Үкімет").
        ("«Біз дайынбыз», – деп мәлімдеді ҚР Денсаулық сақтау министрі Ақмаржан Әлназарова Үкімет отырысында.",
         ("Ақмаржан Әлназарова", "ҚР Денсаулық сақтау министрі", "мәлімдеді")),
        # "as ... noted, «п»", read as "Как отметил А, «п»" (was no quotation).
        ("Мемлекет басшысы атап өткендей, «реформа жалғасады».",
         ("Қасым-Жомарт Тоқаев", "Мемлекет басшысы", "атап өткендей")),
        ("Тоқаев айтқандай, «реформа жалғасады».", ("Қасым-Жомарт Тоқаев", None, "айтқандай")),
        # A link to the sentence before is no part of the role (was "Сонымен қатар Президент").
        ("Сонымен қатар Президент атап өткендей, «реформа жалғасады».",
         ("Қасым-Жомарт Тоқаев", "Президент", "атап өткендей")),
        # Adverbs and those told before the verb of a colon introduction (was the role "Министр былай").
        ("Министр тұрғындарға былай деді: «Біз дайынбыз».", ("Ақмаржан Әлназарова", "Министр", "деді")),
    ],
    ids=["adverbial-after-the-surname", "as-noted", "as-said", "connector", "adverbs-before-the-colon"],
)  # fmt: skip
def test_kazakh_speakers_apart_from_the_words_around_them(
    paragraph: str, expected: tuple[str, str | None, str]
) -> None:
    named = "Жиынға Мемлекет басшысы Қасым-Жомарт Тоқаев пен денсаулық сақтау министрі Ақмаржан Әлназарова қатысты."
    assert one([named, paragraph], "kk")[1:4] == expected


_SESSION = "Президент Касым-Жомарт Токаев провел совещание. На нем выступила министр здравоохранения Ажар Гиният."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # An adjective before the statement (was no speaker, the cue "говорится").
        ("«Мы готовы», — говорится в совместном заявлении МИД и Минобороны.",
         ("МИД и Минобороны", None, "говорится в совместном заявлении")),
        # The verb before her role shows her gender where the surname does not, and the dictionary
        # knows "Ажар" only as a man's name (was no speaker).
        ("«Мы готовы», — отметила она, выступая на пленарном заседании.", ("Ажар Гиният", None, "отметила")),
        # An anonymous source is someone new (was the minister).
        ("«Мы готовы», — пояснил источник в правоохранительных органах.", (None, "источник", "пояснил")),
        # Relayed words of the President: "слова" after the relayer, the relayer named last ...
        ("«Мы готовы», — цитирует пресс-служба Акорды слова Президента.",
         ("Касым-Жомарт Токаев", "Президент", "цитирует")),  # was "пресс-служба Акорды слова Президента"
        ("«Мы готовы», — приводит слова главы государства Акорда.",
         ("Касым-Жомарт Токаев", "глава государства", "приводит слова")),  # was the name "Акорд"
        # ... and a role capitalised by custom with a place is no name (was the name "Президент Казахстана").
        ("«Мы готовы», — заявил Президент Казахстана.", ("Касым-Жомарт Токаев", "Президент Казахстана", "заявил")),
    ],
    ids=["adjective-before-the-statement", "verb-before-the-role", "anonymous-source", "relayed-slova-after-relayer",
         "relayer-named-last", "role-and-place"],
)  # fmt: skip
def test_speakers_of_an_official_session(paragraph: str, expected: tuple[str | None, str | None, str]) -> None:
    assert one([_SESSION, paragraph])[1:4] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "пишет" and verbs of an attitude with someone named after them, after words too short to
        # pass without a speech verb (were no quotation) ...
        ("«Света нет», — пишет пользователь соцсети.", [(None, "пользователь соцсети", "пишет")]),
        ("«Света нет», — возмущаются местные жители.", [(None, "местные жители", "возмущаются")]),
        ("«Свет дадут», — надеется аким.", [("Ерболат Досаев", "аким", "надеется")]),
        # ... but not a name in marks the verb's subject ("«Барыс Арена» hopes to become ...").
        ("«Барыс Арена» — надеется стать лучшей.", []),
        ("«Барыс» — продолжает серию побед.", []),
    ],
    ids=["writes", "are-indignant", "hopes", "name-hopes-to", "name-continues"],
)  # fmt: skip
def test_vox_pop_cues(paragraph: str, expected: list[tuple[str | None, str, str]]) -> None:
    quotes = extract_quotes(["Аким Алматы Ерболат Досаев провел брифинг.", paragraph])
    assert [(q.speaker, q.role, q.cue) for q in quotes] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The seventh held-out set's miss (fixtures/text/heldout/quotes-7.json), a rule: the subject of
        # a colon introduction's verb stands before a participle's clause (was no speaker) ...
        (["Министр здравоохранения Айгерим Сулейменова, приехавшая на открытие, поделилась впечатлениями: "
          "«Такое оснащение — редкость»."], ("Айгерим Сулейменова", "Министр здравоохранения", "поделилась")),
        # ... or a gerund's, or a parenthetical.
        (["Аким Алматы Ерболат Досаев, выступая на брифинге, заявил: «Мы готовы»."],
         ("Ерболат Досаев", "Аким Алматы", "заявил")),
        (["Аким Алматы Ерболат Досаев провел брифинг.", "Аким, в свою очередь, заявил: «Мы готовы»."],
         ("Ерболат Досаев", "Аким", "заявил")),
    ],
    ids=["participle", "gerund", "parenthetical"],
)  # fmt: skip
def test_the_subject_of_a_colon_introduction_before_a_clause_set_off_by_commas(
    paragraphs: list[str], expected: tuple[str, str, str]
) -> None:
    assert one(paragraphs)[1:4] == expected


_FLOOD = "Аким района Ерлан Сапаров и министр Асель Жумабекова осмотрели дома в селе."


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The seventh held-out set's open case 5, settled: a pronoun right after an unnamed newcomer's
        # quotation is that newcomer, speaker null (was the official named before) ...
        ("ru", [_FLOOD, "«Вода поднялась за час», — рассказал очевидец. «Мы едва успели», — добавил он."],
         [(None, "очевидец", "рассказал"), (None, None, "добавил")]),
        ("ru", [_FLOOD, "«Здесь тепло», — говорит пациентка.", "«Врачи внимательные», — добавила она."],
         [(None, "пациентка", "говорит"), (None, None, "добавила")]),
        ("ru", [_FLOOD, "«Вода поднялась за час», — рассказал очевидец.", "«Мы едва успели», — добавил он.",
                "«Скот спасли», — продолжил он."],
         [(None, "очевидец", "рассказал"), (None, None, "добавил"), (None, None, "продолжил")]),
        ("kk", ["Облыс әкімі Ерлан Сапаров ауылға барды.", "«Су тез көтерілді», – деді бір тұрғын. "
                "«Малды әрең шығардық», – деді ол."],
         [(None, "бір тұрғын", "деді"), (None, None, "деді")]),
        # ... but not a pronoun of the other gender (the noun's or the verb's) ...
        ("ru", [_FLOOD, "«Вода поднялась за час», — рассказал очевидец. «Мы поможем», — добавила она."],
         [(None, "очевидец", "рассказал"), ("Асель Жумабекова", None, "добавила")]),
        ("ru", [_FLOOD, "«Вода поднялась за час», — говорит пенсионер. «Мы поможем», — добавила она."],
         [(None, "пенсионер", "говорит"), ("Асель Жумабекова", None, "добавила")]),
        # ... nor once someone is named after the newcomer, or another speaker is quoted.
        ("ru", [_FLOOD, "«Вода поднялась за час», — рассказал очевидец. На место приехал Ерлан Сапаров.",
                "«Мы поможем», — добавил он."],
         [(None, "очевидец", "рассказал"), ("Ерлан Сапаров", None, "добавил")]),
        ("ru", [_FLOOD, "«Вода поднялась за час», — рассказал очевидец.", "«Мы поможем», — заверил аким.",
                "«Дамбу укрепят», — добавил он."],
         [(None, "очевидец", "рассказал"), ("Ерлан Сапаров", "аким", "заверил"), ("Ерлан Сапаров", None, "добавил")]),
        # "мужчина", "женщина" there are the newcomer too (were the official of that gender named before);
        # an office is not ("глава района" still refers back to the akim).
        ("ru", [_FLOOD, "«Вода поднялась за час», — рассказал очевидец. «Мы едва успели», — добавил мужчина."],
         [(None, "очевидец", "рассказал"), (None, "мужчина", "добавил")]),
        ("ru", [_FLOOD, "«Вода поднялась», — рассказала местная жительница. «Мы успели», — добавила женщина."],
         [(None, "местная жительница", "рассказала"), (None, "женщина", "добавила")]),
        ("ru", [_FLOOD, "«Вода поднялась за час», — рассказал очевидец. «Мы поможем», — заверил глава района."],
         [(None, "очевидец", "рассказал"), ("Ерлан Сапаров", "глава района", "заверил")]),
    ],
    ids=["he", "she", "he-again", "kk-ol", "other-gender-verb", "other-gender-noun", "named-after", "quoted-after",
         "man", "woman", "office"],
)  # fmt: skip
def test_a_pronoun_after_an_unnamed_newcomer(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The seventh held-out set's open cases 6-8, settled in fixtures/text/README.md as the extractor
        # read them (these tests hold them): a body keeps its sentence-initial capital ...
        ("kk", ["Облыстық денсаулық сақтау басқармасының мәліметінше, «ауруханада 200 төсек бар»."],
         [("ауруханада 200 төсек бар", "Облыстық денсаулық сақтау басқармасы", None, "мәліметінше")]),
        # ... plays in marks are no quotations ...
        ("ru", ["Театр показал спектакль «Абай и Тогжан», а труппа привезла постановку «Когда цветет урюк».",
                "Гран-при получил спектакль «Я вернусь домой»."], []),
        ("kk", ["Жүлдені «Ақ кеме» қойылымы алды."], []),
        # ... and a name in «…» nested in a quotation's «…» stays in its text.
        ("ru", ["Директор Асхат Нурланов отметил: «Мы работаем с АО «КазМедТех» уже пять лет»."],
         [("Мы работаем с АО «КазМедТех» уже пять лет", "Асхат Нурланов", "Директор", "отметил")]),
        ("ru", ["«Оборудование поставило ТОО «Медтех Сервис», и оно работает», — сказал врач Ерлан Сапаров."],
         [("Оборудование поставило ТОО «Медтех Сервис», и оно работает", "Ерлан Сапаров", "врач", "сказал")]),
    ],
    ids=["kk-body-capital", "plays", "kk-play", "nested-name-colon", "nested-name-dash"],
)  # fmt: skip
def test_open_cases_of_the_seventh_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    quotes = extract_quotes(paragraphs, language)
    assert [(q.text, q.speaker, q.role, q.cue) for q in quotes] == expected


_MEETING = "Заместитель акима города Ерлан Сапаров и министр финансов Мади Такиев провели совещание."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A body the dictionary knows, named after a role noun, is part of the role (was the speaker
        # "Минфина", "Нацбанка" with the role "глава") ...
        ("«Работы завершим в мае», — пообещал глава Минфина.", ("Мади Такиев", "глава Минфина", "пообещал")),
        ("«Работы завершим в мае», — отметил глава Нацбанка.", ("Мади Такиев", "глава Нацбанка", "отметил")),
        ("«Работы завершим в мае», — пообещал руководитель Минздрава.",
         ("Мади Такиев", "руководитель Минздрава", "пообещал")),
        ("По словам главы Минфина, «работы завершат в мае».", ("Мади Такиев", "глава Минфина", "По словам")),
        ("Глава Минфина заявил: «Работы завершим в мае».", ("Мади Такиев", "Глава Минфина", "заявил")),
        # ... as an abbreviation was; a name after the body still speaks.
        ("«Работы завершим в мае», — пообещал глава МЧС.", ("Мади Такиев", "глава МЧС", "пообещал")),
        ("«Работы завершим в мае», — отметил глава Нацбанка Тимур Сулейменов.",
         ("Тимур Сулейменов", "глава Нацбанка", "отметил")),
    ],
    ids=["minfin", "natsbank", "minzdrav", "po-slovam", "colon", "abbreviation", "named"],
)  # fmt: skip
def test_a_body_after_a_role_noun_is_no_name(paragraph: str, expected: tuple[str, str, str]) -> None:
    assert one([_MEETING, paragraph])[1:4] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # A Kazakh woman's name the dictionary has as a man's ("Ажар") no longer keeps a feminine cue
        # from finding her by her role (was no speaker).
        "«Больницу откроем до конца года», — заверила министр.",
        "«Больницу откроем до конца года», — уверена глава Минздрава.",
    ],
    ids=["minister", "head-of-ministry"],
)
def test_a_kazakh_womans_name_and_a_feminine_cue(paragraph: str) -> None:
    intro = "Министр здравоохранения Ажар Гиният и аким области Ерлан Сапаров посетили больницу."
    assert one([intro, paragraph])[1] == "Ажар Гиният"


_HOSPITAL_KK = "Денсаулық сақтау министрі Ажар Ғиният пен облыс әкімі Ерлан Сапаров ауруханаға барды."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A Kazakh statement quoted by an impersonal verb, as "— говорится в сообщении ведомства": whose
        # statement it is speaks (was no quotation, or the akim with the statement for a role) ...
        ("«Аурухана жыл соңына дейін ашылады», – делінген министрліктің хабарламасында.",
         ("министрлік", None, "делінген")),
        ("Министрліктің хабарламасында: «Аурухана жыл соңына дейін ашылады», – делінген.",
         ("Министрлік", None, "делінген")),
        ("«Аурухана жыл соңына дейін ашылады», – деп көрсетілген ведомство хабарламасында.",
         ("ведомство", None, "көрсетілген")),
        # ... no one when no one is named ...
        ("«Аурухана жыл соңына дейін ашылады», – делінген хабарламада.", (None, None, "делінген")),
        # ... and where a body wrote is no part of it (was the akim, with the role "министрлік өз ...").
        ("«Аурухана жыл соңына дейін ашылады», – деп жазды министрлік өз Telegram-арнасында.",
         ("министрлік", None, "жазды")),
        # (the same reading as the attributions': "ресми" starts where too; was the role "министрлік ресми")
        ("«Аурухана жыл соңына дейін ашылады», – деп хабарлады министрлік ресми сайтында.",
         ("министрлік", None, "хабарлады")),
        # A Kazakh role noun opening the sentence is the role, not a name (was the speaker "Әкім").
        ("Әкім: «Аурухана жыл соңына дейін ашылады», – деді.", ("Ерлан Сапаров", "Әкім", "деді")),
        ("Әкім атап өтті: «Аурухана жыл соңына дейін ашылады».", ("Ерлан Сапаров", "Әкім", "атап өтті")),
    ],
    ids=["delingen-genitive", "colon-delingen", "korsetilgen-izafet", "nobody", "where-written", "official-site",
         "akim-colon",
         "akim-atap-otti"],
)  # fmt: skip
def test_kazakh_statements_and_role_initials(paragraph: str, expected: tuple[str | None, str | None, str]) -> None:
    assert one([_HOSPITAL_KK, paragraph], "kk")[1:4] == expected


_COURT = (
    "Судья Алмалинского районного суда Асель Кенжебаева огласила приговор. Адвокат подсудимого Марат Ибраев "
    "намерен обжаловать решение."
)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The parties of a case are someone new, not the judge or the lawyer named (were the lawyer,
        # or the judge for a woman) ...
        ("«Я не согласен с приговором», — сказал в последнем слове подсудимый.", (None, "подсудимый", "сказал")),
        ("«Справедливость восторжествовала», — отметила потерпевшая.", (None, "потерпевшая", "отметила")),
        ("«Вина доказана», — отметил государственный обвинитель.", (None, "государственный обвинитель", "отметил")),
        ("«Я ни в чем не виноват», — заявил обвиняемый.", (None, "обвиняемый", "заявил")),
        # ... and so is one of a body's many people ...
        ("По словам представителя прокуратуры, «вина доказана».", (None, "представитель прокуратуры", "По словам")),
        # ... and several people are no one named (were the lawyer) ...
        ("«Приговор мягкий», — считают родственники потерпевшей.", (None, "родственники потерпевшей", "считают")),
        ("«Приговор мягкий», — говорят юристы.", (None, "юристы", "говорят")),
        # ... while the people named keep their roles: a noun in the genitive after a role's noun is
        # no role of that person ("Адвокат подсудимого": the lawyer is not the defendant).
        ("«Мы обжалуем приговор», — заявил адвокат.", ("Марат Ибраев", "адвокат", "заявил")),
        ("«Суд учел все обстоятельства», — сказала судья.", ("Асель Кенжебаева", "судья", "сказала")),
    ],
    ids=["defendant", "victim", "prosecutor", "accused", "representative", "relatives", "plural", "lawyer", "judge"],
)  # fmt: skip
def test_the_people_of_a_court_case(paragraph: str, expected: tuple[str | None, str, str]) -> None:
    assert one([_COURT, paragraph])[1:4] == expected


_MATCH = "Главный тренер «Кайрата» Рафаэль Уразбахтин и наставник «Астаны» Гжегож Мокры подвели итоги матча."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A foreign name after its role, one of whose words the dictionary knows otherwise ("мокры",
        # wet), the role standing before a team's name in marks: the person is named (was the other
        # coach, named before) ...
        ("«Соперник был сильнее», — признал наставник «Астаны».", ("Гжегож Мокры", "наставник «Астаны»", "признал")),
        # ... and his surname opens a sentence as his (was the role "Мокры" of the other coach) ...
        ("Мокры признал: «Соперник был сильнее».", ("Гжегож Мокры", None, "признал")),
        ("«Мы заслужили победу», — отметил главный тренер «Кайрата».",
         ("Рафаэль Уразбахтин", "главный тренер «Кайрата»", "отметил")),
        # ... and those addressed with "к" are no part of the role (was "к жителям спасатели").
        ("«Не выходите на улицу», — обратились к жителям спасатели.", (None, "спасатели", "обратились")),
    ],
    ids=["role-before-a-name-in-marks", "surname-opens-the-sentence", "other-coach", "addressed-with-k"],
)  # fmt: skip
def test_coaches_after_a_match(paragraph: str, expected: tuple[str | None, str, str]) -> None:
    assert one([_MATCH, paragraph])[1:4] == expected


_MATCH_KK = (
    "«Қайрат» командасының бас бапкері Рафаэль Уразбахтин мен «Астана» клубының жаттықтырушысы Гжегож Мокры "
    "матч қорытындысын шығарды."
)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # In Kazakh, a name after a role in its possessive form is a person, whatever the dictionary
        # says of its words (was the other coach) ...
        ("«Қарсылас мықты болды», – деп мойындады «Астана» жаттықтырушысы.",
         ("Гжегож Мокры", "«Астана» жаттықтырушысы", "мойындады")),
        ("Мокры: «Қарсылас мықты болды», – деді.", ("Гжегож Мокры", None, "деді")),
        # ... and the verb's object after it is no part of the speaker (was the role "сөзін").
        ("«Команда әлі де дамуы керек», – деп түйіндеді сөзін Уразбахтин.",
         ("Рафаэль Уразбахтин", None, "түйіндеді")),
    ],
    ids=["role-possessive", "surname-colon", "object-after-the-verb"],
)  # fmt: skip
def test_kazakh_coaches_after_a_match(paragraph: str, expected: tuple[str, str | None, str]) -> None:
    assert one([_MATCH_KK, paragraph], "kk")[1:4] == expected


_RECEPTION = [
    "Аким Шымкента Габит Сыздыкбеков провел прием граждан. Жительница города Салтанат Омарова пожаловалась "
    "на отсутствие воды.",
    "«Третий месяц без воды», — рассказала она.",
    "«Посмотрим», — скептически заметила Омарова.",
    "Сыздыкбеков поручил руководителю водоканала Ерлану Жаксылыкову решить вопрос. «Сделаем», — коротко ответил тот.",
    "Команда выиграла «Кубок Казахстана», — сообщает пресс-служба клуба.",
]


def test_one_word_answers_and_names_in_the_authors_sentence() -> None:
    quotes = extract_quotes(_RECEPTION)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("Третий месяц без воды", "Салтанат Омарова", "рассказала"),
        # One word opening its sentence, with who said it after the dash, is a quotation (was none) ...
        ("Посмотрим", "Салтанат Омарова", "заметила"),
        # ... "тот" is the last man named, and a man named in the dative is in the nominative
        # ("Ерлану Жаксылыкову" was read as a woman's accusative, "Ерлана Жаксылыкова") ...
        ("Сделаем", "Ерлан Жаксылыков", "ответил"),
        # ... while a name in marks inside the author's sentence, which the words after the dash
        # report, is no quotation (was one, by the press service).
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ерлану Жаксылыкову", "Ерлан Жаксылыков"),
        ("Алексею Петровскому", "Алексей Петровский"),
        ("Игорю Семенову", "Игорь Семенов"),
        ("Асель Нурлановой", "Асель Нурланова"),
    ],
)
def test_names_in_the_dative(name: str, expected: str) -> None:
    from newsbot.text.morph import name_to_nominative

    assert name_to_nominative(name, "datv") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "По его / ее словам" is read as "он" / "она" (was no quotation); "По их словам" names no one.
        (["Президент Касым-Жомарт Токаев провел совещание.", "По его словам, «промедление недопустимо»."],
         ("Касым-Жомарт Токаев", None, "По его словам")),
        (["Министр Асель Жумабекова провела совещание.", "По ее мнению, «промедление в этом вопросе недопустимо»."],
         ("Асель Жумабекова", None, "По ее мнению")),
        (["Жители села пришли на сход.", "По их словам, «вода не поступает уже месяц»."], (None, None, "По их словам")),
        # A name in apposition between commas before a colon introduction's verb (was no speaker).
        (["Участник форума, аспирант Данияр Калиев, поделился планами: «Хочу запатентовать свой датчик»."],
         ("Данияр Калиев", "аспирант", "поделился")),
    ],
    ids=["his-words", "her-opinion", "their-words", "apposition-before-the-verb"],
)  # fmt: skip
def test_possessive_pronouns_and_apposition(
    paragraphs: list[str], expected: tuple[str | None, str | None, str]
) -> None:
    assert one(paragraphs)[1:4] == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The eighth held-out set's misses (fixtures/text/heldout/quotes-8.json), as rules: an adjective
        # ending the words after the cue is a noun, with an adverbial before it (was the speaker "в
        # коридоре суда потерпевшая"; so "— добавила она" after it was the woman named before) ...
        ("ru", ["Среди потерпевших — пенсионерка Галина Шевченко.",
                "«Мы взяли кредит», — рассказала в коридоре суда потерпевшая. «Надеюсь на суд», — добавила она."],
         [(None, "потерпевшая", "рассказала"), (None, None, "добавила")]),
        # ... a Kazakh body's name ending in an abbreviation, in the genitive before "мәліметінше" (was
        # the woman named before, with the role "ҚР ТЖМ") ...
        ("kk", ["Синоптик Әйгерім Жақыпова ауа райы туралы айтты.",
                "ҚР ТЖМ-нің мәліметінше, «құтқарушылар 146 адамды жылыту пункттеріне жеткізді»."],
         [("ҚР ТЖМ", None, "мәліметінше")]),
        # ... and an enumeration inside a body's name ("мәдениет, архивтер және құжаттама басқармасы"
        # was cut at its comma; so in Russian, where it was no quotation).
        ("kk", ["Қарағанды облысының мәдениет, архивтер және құжаттама басқармасының хабарлауынша, «спектакль "
                "гастрольге шығады»."],
         [("Қарағанды облысының мәдениет, архивтер және құжаттама басқармасы", None, "хабарлауынша")]),
        ("ru", ["По данным управления культуры, архивов и документации, «спектакль покажут в Астане»."],
         [("управление культуры, архивов и документации", None, "По данным")]),
        ("ru", ["По словам руководителя управления культуры, архивов и документации Асель Жумабековой, «спектакль "
                "покажут в Астане»."],
         [("Асель Жумабекова", "руководитель управления культуры, архивов и документации", "По словам")]),
        # A comma before a clause is still no part of the name.
        ("ru", ["Аким Ерлан Сапаров приехал.", "По словам акима, который приехал в село, «работы завершат в мае»."],
         []),
    ],
    ids=["adjective-noun-after-an-adverbial", "kk-abbreviation-body", "kk-enumeration", "ru-enumeration",
         "ru-enumeration-role", "clause-after-a-comma"],
)  # fmt: skip
def test_the_eighth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The eighth held-out set's open cases, settled in fixtures/text/README.md: a role is copied as
        # written, its genitive dependents included (1, 3), "еще одна" too (2; "еще" was dropped) ...
        ("ru", ["«Мы обжалуем приговор», — сказал адвокат подсудимого Тимур Кенжебаев."],
         [("Тимур Кенжебаев", "адвокат подсудимого", "сказал")]),
        ("ru", ["«Приговор мягкий», — рассказала еще одна потерпевшая."], [(None, "еще одна потерпевшая", "рассказала")]),
        ("ru", ["«Мы проиграли заслуженно», — говорит болельщик хозяев."], [(None, "болельщик хозяев", "говорит")]),
        # ... a Kazakh colon introduction's cue is its verb, its object before it no part of it (4; was no
        # cue and no speaker) ...
        ("kk", ["Ақерке Нұрланқызы басты рөлді ойнады.",
                "Ол премьерадан кейін сезімімен бөлісті: «Рөлге дайындалу оңай болған жоқ»."],
         [("Ақерке Нұрланқызы", None, "бөлісті")]),
        # ... a participle's clause before the role is in it (5) ...
        ("kk", ["Басты рөлді сомдаған актриса Ақерке Нұрланқызы журналистерге былай деді: «Рөлге дайындалу оңай "
                "болған жоқ»."],
         [("Ақерке Нұрланқызы", "Басты рөлді сомдаған актриса", "деді")]),
        # ... and a name inside quoted words names no one for a pronoun after them (6).
        ("ru", ["Главный тренер Сергей Колесников подвел итоги.",
                "«Эпизод с удалением Нуржанова я бы пересмотрел», — добавил он."],
         [("Сергей Колесников", None, "добавил")]),
    ],
    ids=["genitive-in-the-role", "yet-another", "fan-of-the-hosts", "kk-colon-object", "participle-in-the-role",
         "name-inside-a-quote"],
)  # fmt: skip
def test_open_cases_of_the_eighth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The ninth held-out set's misses (fixtures/text/heldout/quotes-9.json), as rules: after "По его
        # словам" the narrative goes on from there (the "он" it stands for was looked for in the text
        # and found inside a later word, so the next paragraph's "Предприниматель Серик Утешев" was
        # skipped and "— рассказал Утешев" gave "Утешев") ...
        ("ru", ["Аким Бауыржан Жумагалиев ответил жителям.", "По его словам, «квартиры получат многодетные семьи».",
                "Предприниматель Серик Утешев попросил помочь с подключением. «Мы вложили 90 миллионов», — рассказал "
                "Утешев."],
         [("Бауыржан Жумагалиев", None, "По его словам"), ("Серик Утешев", None, "рассказал")]),
        # ... a man in the dative after a role with genitives (was the akim) ...
        ("ru", ["Аким поручил руководителю городского отдела жилищно-коммунального хозяйства Ерлану Тасбулатову "
                "проверить теплосети. «Проверим за неделю», — пообещал он."],
         [("Ерлан Тасбулатов", None, "пообещал")]),
        # ... a woman in the accusative whose first name does not decline (was "Жанар Ералиеву") ...
        ("ru", ["Журналисты спросили заместителя руководителя управления Жанар Ералиеву о кадрах. «Неврологов не "
                "хватает», — ответила та."],
         [("Жанар Ералиева", None, "ответила")]),
        # ... a name, then its role in apposition, before a colon's verb (was no speaker) ...
        ("ru", ["Дмитрий Пак, заместитель председателя правления Банка развития Казахстана, пояснил: «Кредит выдан "
                "на 15 лет»."],
         [("Дмитрий Пак", "заместитель председателя правления Банка развития Казахстана", "пояснил")]),
        # ... and a Kazakh plural role names no one (was the farmer named before).
        ("kk", ["Шаруа қожалығының басшысы Нұрлан Серікбаев астық жинап жатыр.",
                "«Бидайдың бағасы төмен», – дейді диқандар."],
         [(None, "диқандар", "дейді")]),
    ],
    ids=["after-his-words", "dative-after-genitives", "accusative-kazakh-first-name", "name-then-role-colon",
         "kk-plural"],
)  # fmt: skip
def test_the_ninth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The ninth held-out set's open cases 2-4, settled in fixtures/text/README.md as the extractor reads
        # them: a participle's clause after the role is no part of it ...
        ("ru", ["«Автобус вылетел на встречку», — рассказал очевидец, ехавший следом на легковой машине."],
         [(None, "очевидец", "рассказал")]),
        # ... one of many is a newcomer, for a pronoun after too ...
        ("ru", ["Аким района Ерлан Сапаров приехал на место аварии.",
                "«Автобус вылетел на встречку», — рассказал один из пассажиров. «Нас спасли быстро», — добавил он."],
         [(None, "один из пассажиров", "рассказал"), (None, None, "добавил")]),
        # ... and after "деп" any verb is the cue.
        ("kk", ["Ерлан Сапаров ауылға келді.", "«Бәрі жақсы», – деп күлді ол."], [("Ерлан Сапаров", None, "күлді")]),
    ],
    ids=["participle-after-the-role", "one-of-many-then-he", "kk-dep-any-verb"],
)  # fmt: skip
def test_open_cases_of_the_ninth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The tenth held-out set's misses (fixtures/text/heldout/quotes-10.json), as rules: a colon
        # introduction without a speech verb, its subject before a parenthetical (was no quotation) ...
        ("ru", ["Студент Данияр Беков, напротив, изменениями доволен: «По выделенке автобус идет быстрее»."],
         [("Данияр Беков", "Студент", None)]),
        # ... a body named by its head alone after an attribution in its own paragraph (was "акимат") ...
        ("ru", ["В акимате Алматы отметили, что схемы будут меняться. «Мы запустим еще две полосы», — говорится в "
                "сообщении акимата."],
         [("акимат Алматы", None, "говорится в сообщении")]),
        # ... and a Kazakh colon verb with only an adverb before it, after a gerund's clause (was the
        # role "былай").
        ("kk", ["Облыстық мәдениет басқармасының басшысы Дина Есқалиева ұжымды құттықтап, былай деді: «Бұл "
                "қойылым көрерменнің жүрегінен орын алады»."],
         [("Дина Есқалиева", "Облыстық мәдениет басқармасының басшысы", "деді")]),
    ],
    ids=["parenthetical-no-verb", "body-attributed-in-the-same-paragraph", "kk-gerund-then-adverb"],
)  # fmt: skip
def test_the_tenth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The tenth held-out set's open cases, as settled in fixtures/text/README.md. 1: an office of a
        # body named by its head in the genitive stays as written ("пресс-служба акимата" likewise) ...
        ("ru", ["В Федерации дзюдо Казахстана отметили, что интерес к турниру вырос.",
                "«Заявок стало вдвое больше», — сообщили в пресс-службе федерации."],
         [("пресс-служба федерации", None, "сообщили в")]),
        # ... 2, 3, 5: a role noun after a named person's quotation or introduction refers back to
        # that person, "мужчина", "девочка" and an occupation with its adjective alike ...
        ("ru", ["«Мы ждали ремонта десять лет», — говорит житель дома Ержан Асанов.",
                "«Теперь подъезд светлый», — считает мужчина."],
         [("Ержан Асанов", "житель дома", "говорит"), ("Ержан Асанов", "мужчина", "считает")]),
        ("ru", ["Семиклассница Томирис Ахметова заняла первое место.", "«Я готовилась весь год», — рассказала девочка."],
         [("Томирис Ахметова", "девочка", "рассказала")]),
        ("ru", ["Учитель информатики Ержан Кудайбергенов ведет кружок.",
                "«Дети приходят даже в выходные», — признался молодой педагог."],
         [("Ержан Кудайбергенов", "молодой педагог", "признался")]),
        # ... 4: "назвал ...:" is a speech verb before a colon (the cue was null) ...
        ("ru", ["Главный тренер Серик Абдрахманов назвал результат закономерным: «Ребята много работали»."],
         [("Серик Абдрахманов", "Главный тренер", "назвал")]),
        # ... 6: Kazakh "Оның айтуынша" is "По его словам" (the role was "О"), "олардың" names no one ...
        ("kk", ["Аудан әкімі Нұрлан Сейітов мектепті аралады.", "Оның айтуынша, «мектеп қыркүйекте ашылады»."],
         [("Нұрлан Сейітов", None, "айтуынша")]),
        ("kk", ["Аудан әкімі Нұрлан Сейітов мектепті аралады.", "Ал оның сөзінше, «мектеп қыркүйекте ашылады»."],
         [("Нұрлан Сейітов", None, "сөзінше")]),
        ("kk", ["Тұрғындар жиналысқа келді.", "Олардың айтуынша, «су үш күн бойы болмаған»."],
         [(None, None, "айтуынша")]),
        # ... 7: a Kazakh locative adjective before the role noun is part of the role ...
        ("kk", ["Ауылдағы мектеп директоры Гүлнар Тәжібаева: «Балалар қуанып жүр», – деді."],
         [("Гүлнар Тәжібаева", "Ауылдағы мектеп директоры", "деді")]),
        # ... 8: and a body named before only in the narrative is no head for "в компании".
        ("ru", ["Подрядчиком выступило ТОО «Жол Курылыс».", "«Работы завершим до конца месяца», — сообщили в компании."],
         [("компания", None, "сообщили в")]),
    ],
    ids=["office-of-a-genitive-head", "man-refers-back", "girl-refers-back", "occupation-refers-back",
         "nazval-before-colon", "kk-his-words", "kk-and-his-words", "kk-their-words", "kk-locative-adjective-role",
         "company-named-in-the-narrative"],
)  # fmt: skip
def test_open_cases_of_the_tenth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The head of government goes by several names in one text, as the head of state does: "премьер"
        # after "Премьер-министр А" and a minister named since (was the minister) ...
        ("ru", ["Премьер-министр Олжас Бектенов провел заседание правительства.",
                "Министр энергетики Алмасадам Саткалиев доложил о ремонте. «Ремонт завершен на 35 ТЭЦ», — сообщил он.",
                "«Ответственность лежит на акимах», — подчеркнул премьер."],
         [("Алмасадам Саткалиев", None, "сообщил"), ("Олжас Бектенов", "премьер", "подчеркнул")]),
        # ... "премьер-министр" after "Глава кабмина А", a vice-premier named since being someone else ...
        ("ru", ["Глава кабмина Олжас Бектенов провел совещание. Вице-премьер Серик Жумангарин доложил о ценах.",
                "«Цены должны быть под контролем», — заявил премьер-министр."],
         [("Олжас Бектенов", "премьер-министр", "заявил")]),
        # ... "глава правительства" after ministers named in the same sentence ...
        ("ru", ["Премьер-министр Олжас Бектенов провел совещание с министром энергетики Алмасадамом Саткалиевым.",
                "«Сроки сдвигать нельзя», — сказал глава правительства."],
         [("Олжас Бектенов", "глава правительства", "сказал")]),
        # ... and Kazakh "Премьер-министр" after "Үкімет басшысы А".
        ("kk", ["Үкімет басшысы Олжас Бектенов кеңес өткізді. Энергетика министрі Алмасадам Сәтқалиев баяндама жасады.",
                "«Мерзімді бұзуға болмайды», – деді Премьер-министр."],
         [("Олжас Бектенов", "Премьер-министр", "деді")]),
    ],
    ids=["premier-after-a-minister", "pm-after-head-of-cabinet", "head-of-government", "kk-head-of-government"],
)  # fmt: skip
def test_the_head_of_government_by_any_of_its_names(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # What a colon introduction without a speech verb says of the person after the name is no role:
        # "благодарна врачам" was the role (the role before the name set off by commas is hers: see
        # the ninth held-out set's case 1 below) ...
        ("ru", ["Мама одного из пациентов, Айгуль Серикова, благодарна врачам: «Сына прооперировали в тот же день»."],
         [("Айгуль Серикова", "Мама одного из пациентов", None)]),
        ("ru", ["Айгуль Серикова, довольна: «Сына прооперировали в тот же день»."], [("Айгуль Серикова", None, None)]),
        # ... while a role in apposition between the name and such words is the role (was null), as
        # before a speech verb.
        ("ru", ["Айгуль Серикова, мама одного из пациентов, благодарна врачам: «Сына прооперировали в тот же день»."],
         [("Айгуль Серикова", "мама одного из пациентов", None)]),
    ],
    ids=["predicate-after-the-name", "predicate-alone", "apposition-then-predicate"],
)  # fmt: skip
def test_what_a_colon_introduction_says_of_the_speaker_is_no_role(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_a_forecast_quoted_names_its_author() -> None:
    # "— говорится в прогнозе X" as "— говорится в сообщении X" (was no speaker, the cue "говорится").
    paragraphs = ["«На дорогах гололедица», — говорится в прогнозе РГП «Казгидромет»."]
    assert speakers(paragraphs) == [("РГП «Казгидромет»", None, "говорится в прогнозе")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "мәслихатында" (at a press conference) only ends like "хатында" (in a letter): it was read as a
        # statement, and the speaker cut before it (speaker null, role "баспасөз") ...
        (["«Жігіттер шыдады», – деді баспасөз мәслихатында «Қайраттың» бас бапкері Рафаэль Уразбахтин."],
         [("Рафаэль Уразбахтин", "«Қайраттың» бас бапкері", "деді")]),
        # ... and a postposition of time after the cue ends an adverbial, as a locative does (it was part
        # of the role).
        (["«Жігіттер шыдады», – деді матчтан кейін «Қайраттың» бас бапкері Рафаэль Уразбахтин."],
         [("Рафаэль Уразбахтин", "«Қайраттың» бас бапкері", "деді")]),
        (["«Жол жөнделеді», – деді жиыннан соң аудан әкімі Нұрлан Сейітов."],
         [("Нұрлан Сейітов", "аудан әкімі", "деді")]),
    ],
    ids=["press-conference", "after-the-match", "after-the-meeting"],
)  # fmt: skip
def test_kazakh_adverbials_after_the_cue(paragraphs: list[str], expected: list[tuple[str, str, str]]) -> None:
    assert speakers(paragraphs, "kk") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A man named in the genitive with a surname in "-а" other than "-ова" / "-ина" ("Жениса
        # Касымбека"): in the nominative, a man, though the sentence's verb before him is feminine (its
        # subject is "встреча"); he was "Жениса Касымбека", a woman, and no one for "он" ...
        (["В Астане прошла встреча акима столицы Жениса Касымбека с жителями.", "«Проект уже готов», — уточнил он."],
         [("Женис Касымбек", None, "уточнил")]),
        # ... nor for a role noun that matches nobody's role.
        (["В Астане прошла встреча акима столицы Жениса Касымбека с жителями.",
          "«Асфальт не меняли с 2010 года», — сказала пенсионерка Мария Иванова.",
          "«Проект уже готов», — уточнил глава города."],
         [("Мария Иванова", "пенсионерка", "сказала"), ("Женис Касымбек", "глава города", "уточнил")]),
    ],
    ids=["he-after-a-genitive-name", "role-noun-after-a-genitive-name"],
)  # fmt: skip
def test_a_mans_genitive_with_a_surname_in_a(paragraphs: list[str], expected: list[tuple[str, str, str]]) -> None:
    assert speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A dash after the closing mark without its space before the author's words (was no quotation) ...
        ("ru", ["«Мы завершим ремонт к декабрю», —сказал аким района Ерлан Сапаров."],
         [("Ерлан Сапаров", "аким района", "сказал")]),
        ("ru", ["«Мы завершим ремонт к декабрю»,—сказал аким района Ерлан Сапаров."],
         [("Ерлан Сапаров", "аким района", "сказал")]),
        ("kk", ["«Жөндеуді желтоқсанға дейін аяқтаймыз», –деді аудан әкімі Ерлан Сапаров."],
         [("Ерлан Сапаров", "аудан әкімі", "деді")]),
        # ... while a name in marks before a dash and a word that is no cue stays no quotation.
        ("ru", ["Стадион «Барыс Арена»—лучший в регионе, считают болельщики."], []),
    ],
    ids=["no-space-after-the-dash", "no-spaces-at-all", "kk-no-space", "name-then-dash"],
)  # fmt: skip
def test_a_dash_without_its_space(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The eleventh held-out set's open cases, as settled in fixtures/text/README.md. 2: "Ғалым" alone at
        # a sentence's start is the role noun, the person named before (was the speaker "Ғалым") ...
        ("kk", ["Теңіз биологы Айгүл Сапарова жағалауды аралады.", "Ғалым тұрғындарға ескертті: «Итбалықтарды ұстамаңыздар»."],
         [("Айгүл Сапарова", "Ғалым", "ескертті")]),
        # ... with a surname after it, the given name ...
        ("kk", ["Ғалым Ахметов тұрғындарға ескертті: «Итбалықтарды ұстамаңыздар»."], [("Ғалым Ахметов", None, "ескертті")]),
        # ... 3: the verb alone is the cue, its object no part of it ...
        ("ru", ["Депутат Мажилиса Айгерим Сарсенова выступила на заседании.", "«Когда будет вода?» — задала вопрос депутат."],
         [("Айгерим Сарсенова", "депутат", "задала")]),
        # ... 4: "поднял вопрос ...:" is a speech verb before a colon (the cue was null), "поднял руку:" none ...
        ("ru", ["Депутат Мажилиса Нурлан Абенов поднял вопрос тарифов: «Вода подорожала вдвое»."],
         [("Нурлан Абенов", "Депутат Мажилиса", "поднял")]),
        ("ru", ["Депутат Мажилиса Нурлан Абенов поднял руку: «Прошу слова»."], [("Нурлан Абенов", "Депутат Мажилиса", None)]),
        # ... 1, 5, 7: newcomer nouns stay newcomers (an apposition after one is no part of the role) ...
        ("ru", ["Главный тренер «Кызылжара» Виталий Ковальчук остался недоволен.", "«Мы проиграли заслуженно», — заявил специалист."],
         [(None, "специалист", "заявил")]),
        ("ru", ["На трассе столкнулись два автомобиля.",
                "«Машина вылетела на встречку», — рассказал очевидец, водитель маршрутного такси."],
         [(None, "очевидец", "рассказал")]),
        ("ru", ["Житель Конаева Нуржан Абдикаримов каждый день ездит на работу в Алматы.", "«Дорога стала опасной», — говорит водитель."],
         [(None, "водитель", "говорит")]),
        # ... 6: a Kazakh place adjective stays in the role ...
        ("kk", ["«Өнім жақсы», – деді Тайынша ауданындағы «Береке-Агро» шаруа қожалығының басшысы Мұрат Серікбаев."],
         [("Мұрат Серікбаев", "Тайынша ауданындағы «Береке-Агро» шаруа қожалығының басшысы", "деді")]),
        # ... 8: and a role noun that matches a named person's role is that person.
        ("ru", ["Урожай собрал фермер из Северо-Казахстанской области Асылбек Тулегенов.", "«Урожай хороший», — рассказал фермер."],
         [("Асылбек Тулегенов", "фермер", "рассказал")]),
    ],
    ids=["kk-scientist-alone", "kk-galym-the-name", "asked-a-question", "raised-a-question", "raised-a-hand",
         "specialist-newcomer", "eyewitness-apposition", "driver-newcomer", "kk-district-in-the-role", "farmer-named"],
)  # fmt: skip
def test_open_cases_of_the_eleventh_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Kazakh words in marks that the quotative reports with no dash before it (each was no quotation):
        # "деді" after the comma ...
        (["Аудан әкімі Нұрлан Сейітов жиналыс өткізді.", "«Жол жөнделеді», деді ол."],
         [("Нұрлан Сейітов", None, "деді")]),
        # ... "деп" and a speech verb, the speaker after it ...
        (["«Жол күзге дейін жөнделеді» деп атап өтті аудан әкімі Нұрлан Сейітов."],
         [("Нұрлан Сейітов", "аудан әкімі", "атап өтті")]),
        # ... or before the marks in the same sentence, an adverbial and the verb's object left out ...
        (["Кеше өткен брифингте аудан әкімі Нұрлан Сейітов «жол күзге дейін жөнделеді» деп мәлімдеді."],
         [("Нұрлан Сейітов", "аудан әкімі", "мәлімдеді")]),
        (["Ерлан Сапаров бұл жобаны «ғасырдың ең үлкен құрылысы» деп санайды."],
         [("Ерлан Сапаров", None, "санайды")]),
        # ... not what something is called or declared, nor two words a thing is called.
        (["Тұрғындар «Жасыл ел» деп аталатын жобаға қатысты."], []),
        (["Президент 2025 жылды «Жұмысшы мамандықтар жылы» деп жариялады."], []),
        (["Сарапшылар бұл жобаны «ғасыр құрылысы» деп санайды."], []),
        # A statement's text reported so is its owner's; words written on a thing are nobody's speech.
        (["Министрліктің хабарламасында «жол күзге дейін жөнделеді» деп айтылған."],
         [("Министрлік", None, "айтылған")]),
        (["Тақтада «Бөгде адамдардың кіруіне тыйым салынады» деп жазылған."], []),
    ],
    ids=["dedi-after-a-comma", "dep-speaker-after", "dep-speaker-before", "dep-object-before",
         "called", "declared", "two-words-a-thing-is-called", "statement", "written-on-a-sign"],
)  # fmt: skip
def test_kazakh_quotative_without_a_dash(paragraphs: list[str], expected: list[tuple[str, str | None, str]]) -> None:
    assert speakers(paragraphs, "kk") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A Kazakh plural role noun opening a sentence is several people, none named (was the speaker
        # "Сарапшылар" / "Дәрігерлер", a name).
        (["Сарапшылар: «Бұл жоба ғасырдың ең үлкен құрылысы», – дейді."], [(None, "Сарапшылар", "дейді")]),
        (["Дәрігерлер тұрғындарға ескертті: «Вакцина салдыру керек»."], [(None, "Дәрігерлер", "ескертті")]),
    ],
    ids=["experts", "doctors"],
)  # fmt: skip
def test_a_kazakh_plural_role_opening_a_sentence(paragraphs: list[str], expected: list[tuple[None, str, str]]) -> None:
    assert speakers(paragraphs, "kk") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The twelfth held-out set's miss (fixtures/text/heldout/quotes-12.json): a name in the Kazakh
        # dative is the name without its ending (was "Гүлнара Есеноваға") ...
        (["Ол облыс әкімінің орынбасары Гүлнара Есеноваға әр нысанды тексеруді тапсырды.",
          "Есенова өз кезегінде қаржыландыру мәселесін көтерді. «Қаражат игерілді, қалғаны аударылады», – деп атап "
          "өтті ол."],
         [("Гүлнара Есенова", None, "атап өтті")]),
        (["Әкім Ерлан Сапаровқа тапсырма берді.", "«Жұмыс жалғасады», – деді ол."], [("Ерлан Сапаров", None, "деді")]),
        # ... so in the accusative and the ablative.
        (["Журналистер Ерлан Сапаровты күтті.", "«Жұмыс жалғасады», – деді ол."], [("Ерлан Сапаров", None, "деді")]),
        (["Бұл хабарды Айгүл Есенованан естідік.", "«Жұмыс жалғасады», – деді ол."], [("Айгүл Есенова", None, "деді")]),
    ],
    ids=["kk-dative-woman", "kk-dative-man", "kk-accusative", "kk-ablative"],
)  # fmt: skip
def test_the_twelfth_held_out_sets_miss(paragraphs: list[str], expected: list[tuple[str, None, str]]) -> None:
    assert speakers(paragraphs, "kk") == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twelfth held-out set's open cases, as settled in fixtures/text/README.md. 4: a given name
        # alone is the person named with it before, as a bare surname is (was the speaker "Ерасыл") ...
        ("kk", ["Ауылда Ерасыл Қуанышев тұрады.", "«Монша қайта ашылды», – дейді Ерасыл."],
         [("Ерасыл Қуанышев", None, "дейді")]),
        ("kk", ["Ауылда Ерасыл Қуанышев тұрады.", "Ерасылдың айтуынша, «монша қайта ашылды»."],
         [("Ерасыл Қуанышев", None, "айтуынша")]),
        ("ru", ["В кружке занимается Алия Нуртаева.", "«Я хочу стать астрономом», — говорит Алия."],
         [("Алия Нуртаева", None, "говорит")]),
        # ... and as written when no one was named with it; 2: "ученый" refers back ...
        ("ru", ["«Я хочу стать астрономом», — говорит Алия."], [("Алия", None, "говорит")]),
        ("ru", ["Научный сотрудник института Арман Кенжебаев изучает ледники.", "«Ледники тают быстрее», — уверен ученый."],
         [("Арман Кенжебаев", "ученый", "уверен")]),
        # ... 5: a newcomer's attribute stays in the role ...
        ("kk", ["Ауылда монша ашылды.", "«Монша қайта ашылды», – дейді 74 жастағы бір зейнеткер."],
         [(None, "74 жастағы бір зейнеткер", "дейді")]),
        # ... 6: a role given in another sentence is not repeated ...
        ("ru", ["Аким области Бахыт Сыздыков провел совещание.",
                "Аким области потребовал назвать сроки. «Когда будет вода?» — спросил Сыздыков."],
         [("Бахыт Сыздыков", None, "спросил")]),
        # ... 7: a colon introduction by an office in the locative has the verb as its cue ...
        ("ru", ["В пресс-службе суда сообщили: «Заседание отложено на неделю»."],
         [("пресс-служба суда", None, "сообщили")]),
        # ... 8, 9: words in marks after "о" and a name before "деген" are no quotation ...
        ("ru", ["Туристы сообщали о «технических проблемах у туроператора»."], []),
        ("kk", ["Олардың «Ақжар моншасы» деген Instagram парақшасы бар."], []),
        # ... 3, 10: a role noun is the person last named with it, not one mentioned by the role alone ...
        ("kk", ["Кеңесте облыс әкімі Асқар Тілеуов сөз сөйледі.", "Мұғалжар ауданының әкімі Нұрбек Әлімов баяндама жасады.",
                "Кеңес соңында облыс әкімі нақты тапсырма берді.", "Әкім: «Мерзім бұзылмауы керек», – деді."],
         [("Нұрбек Әлімов", "Әкім", "деді")]),
        ("ru", ["В кружке преподают учитель физики Ольга Руденко и учитель информатики Данияр Мукашев.",
                "«Летом поедем в обсерваторию», — говорит учитель."],
         [("Данияр Мукашев", "учитель", "говорит")]),
        # ... 11: and "Напомним, ..." after a dash interview is the newsroom's, no answer.
        ("ru", ["Bestnews.kz поговорил с гляциологом Арманом Кенжебаевым.", "— Ледники тают?",
                "— Да, мы видим это каждый год.", "— Что будет дальше?", "— Мы ожидаем, что площадь сократится вдвое.",
                "Напомним, в прошлом году ледник Туюксу отступил на 20 метров."],
         [("Арман Кенжебаев", None, None), ("Арман Кенжебаев", None, None)]),
    ],
    ids=["kk-given-name", "kk-given-name-genitive", "given-name", "given-name-unknown", "scientist-refers-back",
         "kk-newcomer-attribute", "role-in-another-sentence", "office-colon", "about-a-term", "kk-called",
         "kk-akim-last-named", "teacher-last-named", "napomnim-closes-an-interview"],
)  # fmt: skip
def test_open_cases_of_the_twelfth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The thirteenth held-out set's misses (fixtures/text/heldout/quotes-13.json), as rules: a man's
        # given name in the genitive before a surname that does not decline (was "Сергея Литвиненко") ...
        ("ru", ["Среди поставщиков — крестьянское хозяйство Сергея Литвиненко из Федоровского района. «Под завод мы "
                "увеличили стадо», — рассказал Литвиненко."],
         [("Сергей Литвиненко", None, "рассказал")]),
        # ... one of many is someone new even when a person named before has its role noun (was that
        # resident, "Көше тұрғыны А"), for the pronoun after it too ...
        ("kk", ["Көше тұрғыны Гүлмира Сейітова қуанышымен бөлісті: «Бұрын жаңбыр жауса, үйден шыға алмайтын едік».",
                "«Үш аптадан бері көлігімізді көшеде қалдырамыз», – деді бір тұрғын. «Кешке қараңғыда жүру қауіпті», – "
                "деп қосты ол."],
         [("Гүлмира Сейітова", "Көше тұрғыны", "бөлісті"), (None, "бір тұрғын", "деді"), (None, None, "қосты")]),
        ("ru", ["Житель дома Ерлан Асанов доволен ремонтом.", "«Ремонт затянулся», — сказал один из жителей."],
         [(None, "один из жителей", "сказал")]),
        # ... and a Kazakh colon introduction with "тапсырды" (instructed), a surname and the one told in
        # the dative before it (was the resident named before, the clause as her role, no cue).
        ("kk", ["Облыс әкімі Бауыржан Тұрсынов Қаратауға барды. Аудан әкімі Нұржан Әлімбеков баяндама жасады.",
                "Тұрсынов Әлімбековке екі күн ішінде кіреберіс жасауды тапсырды: «Тұрғындар зардап шекпеуі керек»."],
         [("Бауыржан Тұрсынов", None, "тапсырды")]),
    ],
    ids=["genitive-given-name-indeclinable-surname", "kk-one-of-many-before-a-role-match", "one-of-many-before-a-role-match",
         "kk-instructed-colon"],
)  # fmt: skip
def test_the_thirteenth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The thirteenth held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. An attitude word before a colon is no speech verb: cue null.
        ("ru", ["Местная жительница Валентина Кравец возмущена: «Траншею не закапывают уже третью неделю»."],
         [("Валентина Кравец", "Местная жительница", None)]),
        # An occupation matching nobody's role refers back to the last man named.
        ("ru", ["Сыр варят из молока, которое сдает крестьянское хозяйство Сергея Литвиненко.",
                "«Молоко сдаем каждый день», — рассказал фермер."],
         [("Сергей Литвиненко", "фермер", "рассказал")]),
        # A body named again by fewer words is as written.
        ("ru", ["«Задержаны двое», — сообщили в пресс-службе департамента полиции Павлодарской области.",
                "«Будьте бдительны», — сообщили в пресс-службе департамента полиции."],
         [("пресс-служба департамента полиции Павлодарской области", None, "сообщили в"),
          ("пресс-служба департамента полиции", None, "сообщили в")]),
        # "еске алды" (recalled) before a colon is a speech verb: the compound is the cue (was null).
        ("kk", ["Команда мүшесі Аяжан Мұратқызы жарыстың ең қиын сәтін еске алды: «Робот соңғы минутта тоқтап қалды»."],
         [("Аяжан Мұратқызы", "Команда мүшесі", "еске алды")]),
        # After "деп" any verb ending the clause is the cue, with the speaker before it; the idiom
        # "ағынан жарылды" (spoke frankly) whole (was no speaker and the cue "Әбдіраев ағынан жарылды").
        ("kk", ["Боксшы Арман Әбдіраев жеңіске жетті.", "«Бұл менің арманым еді», – деп Әбдіраев ағынан жарылды.",
                "«Анама рахмет», – деп Әбдіраев күлімсіреді.", "«Келесі жылы тағы келемін», – деп Әбдіраев сөзін "
                "аяқтады."],
         [("Арман Әбдіраев", None, "ағынан жарылды"), ("Арман Әбдіраев", None, "күлімсіреді"),
          ("Арман Әбдіраев", None, "сөзін аяқтады")]),
        # A role noun that matches a possessive role refers back to its person, though the noun is a
        # newcomer's where it matches nobody's ("ана", mother).
        ("kk", ["Спортшының анасы Сәуле Әбдіраева: «Ұлыма сенемін». «Ол бала кезінен спортпен айналысты», – дейді ана."],
         [("Сәуле Әбдіраева", "Спортшының анасы", None), ("Сәуле Әбдіраева", "ана", "дейді")]),
        ("ru", ["Мать спортсмена Сауле Абдираева пришла на бой.", "«Я верю в сына», — говорит мать."],
         [("Сауле Абдираева", "мать", "говорит")]),
        # The head of a region, city or district by any of its names is the akim of it named last,
        # though another akim was named since (was the district akim).
        ("kk", ["Облыс әкімі Бауыржан Тұрсынов Қаратауға барды. Аудан әкімі Ерлан Әлімбеков жол туралы айтты.",
                "«Жол күзге дейін бітеді», – деп атап өтті өңір басшысы."],
         [("Бауыржан Тұрсынов", "өңір басшысы", "атап өтті")]),
        ("ru", ["Аким области Бауыржан Турсынов посетил Каратау.", "Аким района Ерлан Алимбеков рассказал о дорогах.",
                "«Дороги сдадим к осени», — отметил глава региона. «Школу откроем в сентябре», — добавил глава района."],
         [("Бауыржан Турсынов", "глава региона", "отметил"), ("Ерлан Алимбеков", "глава района", "добавил")]),
        # A deputy holds no office of the one he stands beside (was the deputy, named last).
        ("ru", ["Премьер-министр Олжас Бектенов провел совещание.",
                "Заместитель премьер-министра Серик Жумангарин доложил о ценах.", "«Цены стабильны», — подчеркнул премьер."],
         [("Олжас Бектенов", "премьер", "подчеркнул")]),
        ("kk", ["Облыс әкімі Бауыржан Тұрсынов Қаратауға барды.",
                "Облыс әкімінің орынбасары Ерлан Әлімбеков жол туралы айтты.", "«Жол күзге дейін бітеді», – деді облыс "
                "әкімі."],
         [("Бауыржан Тұрсынов", "облыс әкімі", "деді")]),
        # A participle's clause with no role noun after it is no role (was "тұратын").
        ("kk", ["Осы көшеде 30 жылдан бері тұратын Гүлмира Сейітова қуанышымен бөлісті: «Енді суымыз бар»."],
         [("Гүлмира Сейітова", None, "бөлісті")]),
        ("kk", ["Басты рөлді сомдаған актриса Әсел Нұрланова: «Бұл рөлді ұзақ күттім», – деді."],
         [("Әсел Нұрланова", "Басты рөлді сомдаған актриса", "деді")]),
        # "<role noun> атап өткендей" refers back, as "Директордың пікірінше".
        ("kk", ["Құраманың бас бапкері Қанат Ысқақов жарысқа дайындықты айтты.",
                "Бапкер атап өткендей, «жігіттер жақсы дайындалды»."],
         [("Қанат Ысқақов", "Бапкер", "атап өткендей")]),
    ],
    ids=["attitude-before-a-colon", "occupation-refers-back", "body-named-again-shorter", "kk-recalled-colon",
         "kk-any-verb-after-dep", "kk-mother-possessive-role", "mother-role-match", "kk-head-of-region",
         "heads-of-region-and-district", "deputy-prime-minister", "kk-deputy-akim", "kk-participle-no-role",
         "kk-participle-before-a-role-noun", "kk-role-noun-as-noted"],
)  # fmt: skip
def test_open_cases_of_the_thirteenth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The ninth held-out set's open case 1, settled: a role before a name set off by commas is the
        # role, before a colon's verb, before words that are no speech verb, after the dash and in
        # Kazakh (was null; in Kazakh the adverb "былай" was the role).
        ("ru", ["Главный врач, Сауле Есимова, рассказала: «Отделение работает круглосуточно»."],
         [("Сауле Есимова", "Главный врач", "рассказала")]),
        ("ru", ["Главный врач больницы, Сауле Есимова, довольна ремонтом: «Отделение работает круглосуточно»."],
         [("Сауле Есимова", "Главный врач больницы", None)]),
        ("ru", ["«Отделение работает круглосуточно», — рассказала главный врач, Сауле Есимова."],
         [("Сауле Есимова", "главный врач", "рассказала")]),
        ("kk", ["Бас дәрігер, Сәуле Есімова, былай деді: «Бөлім тәулік бойы жұмыс істейді»."],
         [("Сәуле Есімова", "Бас дәрігер", "деді")]),
        # Not a role before the name: the name before its own role, a parenthetical.
        ("ru", ["Айгуль Серикова, мама одного из пациентов, благодарна врачам: «Сына прооперировали в тот же день»."],
         [("Айгуль Серикова", "мама одного из пациентов", None)]),
        ("ru", ["Аким, в свою очередь, заявил: «Отделение работает круглосуточно»."], [(None, "Аким", "заявил")]),
    ],
    ids=["colon-verb", "colon-no-verb", "after-the-dash", "kk-colon-adverb", "role-after-the-name", "parenthetical"],
)  # fmt: skip
def test_a_role_before_a_name_set_off_by_commas(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A quotation over two paragraphs without the opening mark repeated: the next paragraph's first
        # guillemet closes it (was no quotation) ...
        (["Аким города Ерлан Ахметов обратился к жителям.", "«Мы начали ремонт дорог. Работы продлятся до осени.",
          "Просим водителей отнестись с пониманием», — сказал Ахметов."],
         [("Мы начали ремонт дорог. Работы продлятся до осени.\n\nПросим водителей отнестись с пониманием",
           "Ерлан Ахметов", "сказал", 1)]),
        (["Аким города Ерлан Ахметов обратился к жителям: «Мы начали ремонт дорог.",
          "Просим водителей отнестись с пониманием»."],
         [("Мы начали ремонт дорог.\n\nПросим водителей отнестись с пониманием", "Ерлан Ахметов", "обратился", 0)]),
        # ... as with it repeated; an opening mark never closed stays no quotation.
        (["Аким города Ерлан Ахметов обратился к жителям.", "«Мы начали ремонт дорог.",
          "«Просим водителей отнестись с пониманием», — сказал Ахметов."],
         [("Мы начали ремонт дорог.\n\nПросим водителей отнестись с пониманием", "Ерлан Ахметов", "сказал", 1)]),
        (["Опечатка «в тексте без закрытия.", "Другой абзац про «Барыс» и город."], []),
        # Over three or four paragraphs, the middle ones with no guillemet of their own (were none) ...
        (["Аким города Ерлан Ахметов обратился к жителям.", "«Мы начали ремонт дорог.", "Работы продлятся до осени.",
          "Просим водителей отнестись с пониманием», — сказал Ахметов."],
         [("Мы начали ремонт дорог.\n\nРаботы продлятся до осени.\n\nПросим водителей отнестись с пониманием",
           "Ерлан Ахметов", "сказал", 1)]),
        (["Аким Ерлан Ахметов обратился к жителям.", "«Мы начали ремонт дорог.", "Работы продлятся до осени.",
          "Движение перекроют.", "Просим понять», — сказал Ахметов."],
         [("Мы начали ремонт дорог.\n\nРаботы продлятся до осени.\n\nДвижение перекроют.\n\nПросим понять",
           "Ерлан Ахметов", "сказал", 1)]),
        # ... but not when the closing guillemet is three paragraphs on or more.
        (["Аким Ерлан Ахметов обратился к жителям.", "«Мы начали ремонт дорог.", "Работы продлятся до осени.",
          "Движение перекроют.", "Объезд по соседней улице.", "Просим понять», — сказал Ахметов."],
         []),
    ],
    ids=["not-reopened", "not-reopened-after-a-colon", "reopened", "never-closed", "three-paragraphs", "four-paragraphs",
         "never-closed-three-later"],
)  # fmt: skip
def test_a_quotation_over_paragraphs_without_the_mark_repeated(
    paragraphs: list[str], expected: list[tuple[str, str | None, str | None, int]]
) -> None:
    assert [(q.text, q.speaker, q.cue, q.paragraph) for q in extract_quotes(paragraphs, "ru")] == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The fourteenth held-out set's misses (fixtures/text/heldout/quotes-14.json), as rules. Asking a
        # question before a colon is a speech verb, with those asked between (the cue was null) ...
        ("ru", ["Активистка Лариса Мельникова задала директору вопрос: «Где были инвестиции последние пять лет?»"],
         [("Лариса Мельникова", "Активистка", "задала")]),
        ("ru", ["Депутат Ерлан Ахметов задал министру вопросы: «Когда откроют школу?»"],
         [("Ерлан Ахметов", "Депутат", "задал")]),
        # ... a Kazakh sentence opening with a place in the locative names no one with the surname after it
        # ("Шеберханада Жұмабаевпен бірге", in the workshop with Жұмабаев: was a person "Шеберханада
        # Жұмабаев"), and the verb's object "сөзін" is in the cue after "деп <speaker>" ...
        ("kk", ["Ұста Серік Жұмабаев домбыра жасайды.", "Шеберханада Жұмабаевпен бірге үш шәкірт жұмыс істейді.",
                "«Қолы епті бала болса, өзім үйретемін», – деп Жұмабаев сөзін түйіндеді."],
         [("Серік Жұмабаев", None, "сөзін түйіндеді")]),
        # ... and those told, a possessed noun in the dative with its modifier ("мал иелеріне", to the
        # livestock owners), are no part of a role before "былай деді:" (the role noun then found no one).
        ("kk", ["«Вакцина жеткізілді», – деді облыстық ветеринария басқармасының басшысы Айдар Сейітқазин.",
                "«Шыңғыс» шаруа қожалығының төрағасы Ержан Мұқатов малын өзі айдап әкелді.",
                "Басқарма басшысы мал иелеріне былай деді: «Сырғасыз мал базарда сатылмайды»."],
         [("Айдар Сейітқазин", "облыстық ветеринария басқармасының басшысы", "деді"),
          ("Айдар Сейітқазин", "Басқарма басшысы", "деді")]),
        ("kk", ["Аудан әкімі Ерлан Сапаров ауыл тұрғындарына былай деді: «Жол күзге дейін салынады»."],
         [("Ерлан Сапаров", "Аудан әкімі", "деді")]),
    ],
    ids=["asked-a-question", "asked-questions", "kk-locative-opening-a-sentence", "kk-dative-of-a-possessed-noun",
         "kk-those-told-possessed"],
)  # fmt: skip
def test_the_fourteenth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The fourteenth held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. "юноша" is a noun of a person, as "парень": it refers back ...
        ("ru", ["Выпускник школы-лицея №8 Алихан Бекенов вышел из аудитории первым.",
                "«Математика была сложной», — сказал юноша."],
         [("Алихан Бекенов", "юноша", "сказал")]),
        # ... an attitude before a colon is no speech verb ...
        ("ru", ["Выпускница Томирис Ержанова, напротив, волновалась: «Я не успела решить два задания»."],
         [("Томирис Ержанова", "Выпускница", None)]),
        # ... a possessive pronoun before a role is part of it, as written ...
        ("ru", ["Его одноклассница Томирис Ержанова рассказала: «Я не успела решить два задания»."],
         [("Томирис Ержанова", "Его одноклассница", "рассказала")]),
        # ... the feminine of a newcomer noun is a newcomer ...
        ("ru", ["Местная жительница Валентина Сорокина живет у самой реки.",
                "«Вода подходит к забору», — рассказала пенсионерка."],
         [(None, "пенсионерка", "рассказала")]),
        # ... a prepositional phrase after a role is no part of it (it cannot be told from an adverbial
        # by its form) ...
        ("ru", ["«Нас никто не предупредил», — рассказал один из пассажиров рейса на Алматы."],
         [(None, "один из пассажиров рейса", "рассказал")]),
        # ... a Kazakh role noun is the person named with its possessive form, though another person,
        # also a doctor, was named since ...
        ("kk", ["Аурухананың бас дәрігері Ләззат Оспанова жаңа бөлімдерді көрсетті.",
                "Хирург Дәурен Сейдахметов «жас дәрігерлер келді» деп мәлімдеді.", "«Жабдық заманауи», – дейді дәрігер."],
         [("Дәурен Сейдахметов", "Хирург", "мәлімдеді"), ("Ләззат Оспанова", "дәрігер", "дейді")]),
        # ... "қария" (an elder) is a noun of a person, as "мужчина": it refers back ...
        ("kk", ["Науқас Әбдіхалық Нұрпейісов: «Ем тегін», – деді.", "«Рахмет дәрігерлерге», – деп қосты қария."],
         [("Әбдіхалық Нұрпейісов", "Науқас", "деді"), ("Әбдіхалық Нұрпейісов", "қария", "қосты")]),
        # ... a relative is someone new ...
        ("kk", ["Науқас Әбдіхалық Нұрпейісов ем алды.", "Науқастың қызы: «Әкем сауықты», – деді."],
         [(None, "Науқастың қызы", "деді")]),
        # ... one of many keeps the participle's clause before it, whose places name no one (was the
        # speaker "Шеберханаға Шымкенттен") ...
        ("kk", ["Шеберханаға Шымкенттен арнайы келген бір сатып алушы: «Дыбысы керемет», – деді."],
         [(None, "Шеберханаға Шымкенттен арнайы келген бір сатып алушы", "деді")]),
        # (one of many with what is said of it is someone new, though a person named before has its noun)
        ("kk", ["Тұрақты сатып алушы Ерлан Сапаров домбыра алды.",
                "Шымкенттен арнайы келген бір сатып алушы: «Дыбысы керемет», – деді."],
         [(None, "Шымкенттен арнайы келген бір сатып алушы", "деді")]),
        # ... a plural role keeps the noun it depends on ...
        ("kk", ["Аудан тұрғындары: «Жол жақсарды», – дейді."], [(None, "Аудан тұрғындары", "дейді")]),
        # ... and a body named only in a sentence with "напомнили" (no attribution) is as written at a
        # later quotation by its head noun alone.
        ("ru", ["В Комитете гражданской авиации Министерства транспорта напомнили, что туман мешает посадке.",
                "«Аэропорт работает», — пояснили в комитете."],
         [("комитет", None, "пояснили в")]),
    ],
    ids=["youth-refers-back", "attitude-before-a-colon", "possessive-before-a-role", "feminine-newcomer",
         "prepositional-phrase-after-a-role", "kk-doctor-possessive-role", "kk-elder-refers-back", "kk-relative-newcomer",
         "kk-one-of-many-with-a-clause", "kk-one-of-many-with-a-clause-after-a-named-one", "kk-plural-role-with-its-noun",
         "body-named-where-it-reminded"],
)  # fmt: skip
def test_open_cases_of_the_fourteenth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The fifteenth held-out set's misses (fixtures/text/heldout/quotes-15.json), as rules. The verb's
        # object in the accusative after "деп <speaker>" is in the cue (was the verb alone) ...
        ("kk", ["Жүргізуші Асқар Мұратов жарақат алған жоқ.",
                "«Жол тайғақ емес еді, күн де ашық болатын», – деп Мұратов басын шайқады."],
         [("Асқар Мұратов", None, "басын шайқады")]),
        ("kk", ["Жүргізуші Асқар Мұратов жарақат алған жоқ.", "«Жол тайғақ емес еді, күн де ашық болатын», – деп ол басын изеді."],
         [("Асқар Мұратов", None, "басын изеді")]),
        # ... but not a role noun ending so, nor a possessive ("тұрғын", "тұрғыны", "қызметі") ...
        ("kk", ["«Су үш күннен бері жоқ», – деп бір тұрғын айтты."], [(None, "бір тұрғын", "айтты")]),
        ("kk", ["«Су үш күннен бері жоқ», – деп облыс әкімдігінің баспасөз қызметі хабарлады."],
         [("облыс әкімдігінің баспасөз қызметі", None, "хабарлады")]),
        # ... and a plural occupation opening a sentence is several people, not a name ("Полицейлер",
        # policemen, was the speaker).
        ("kk", ["Полицейлер жүргізушілерге ескертті: «Тас жолда басып озу – ең қауіпті маневр»."],
         [(None, "Полицейлер", "ескертті")]),
        ("kk", ["Құтқарушылар тұрғындарға ескертті: «Мұз әлі жұқа, өзенге шықпаңыздар»."],
         [(None, "Құтқарушылар", "ескертті")]),
    ],
    ids=["kk-accusative-object-in-the-cue", "kk-accusative-object-after-a-pronoun", "kk-role-noun-ending-like-one",
         "kk-possessive-ending-like-one", "kk-policemen", "kk-rescuers"],
)  # fmt: skip
def test_the_fifteenth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The fifteenth held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. Disagreeing before a colon is no speech verb ...
        ("ru", ["Прокурор Данияр Сагынов с доводами защиты не согласился: «Вина подсудимого доказана полностью»."],
         [("Данияр Сагынов", "Прокурор", None)]),
        # ... the subject stands before a relative clause set off by commas (was no speaker) ...
        ("ru", ["Сенатор Бахытжан Оразалин, который представляет в Сенате Карагандинскую область, высказал мнение: "
                "«Закон нужно доработать»."],
         [("Бахытжан Оразалин", "Сенатор", "высказал")]),
        # ... a role with another ordinal, or in Kazakh other words before its noun, is another person
        # of that kind (was the person named with the noun) ...
        ("kk", ["Он бірінші сынып оқушысы Нұрсұлтан Қалиев жеңімпаз атанды.",
                "«Мұғалім бізге сенді», – деді тоғызыншы сынып оқушысы."],
         [(None, "тоғызыншы сынып оқушысы", "деді")]),
        ("ru", ["Учительница девятого класса Айгуль Серикова провела урок.",
                "«Дети справились», — сказала учительница одиннадцатого класса."],
         [(None, "учительница одиннадцатого класса", "сказала")]),
        ("kk", ["Жүк көлігінің жүргізушісі Асқар Мұратов жарақат алған жоқ.",
                "«Көлік өте жылдам келді», – деді автобус жүргізушісі."],
         [(None, "автобус жүргізушісі", "деді")]),
        # ... while the same words in another case are the same person ...
        ("kk", ["Аққайың ауданының әкімі Ерлан Сапаров келді.", "«Жол салынады», – деді аудан әкімі."],
         [("Ерлан Сапаров", "аудан әкімі", "деді")]),
        ("kk", ["«Қайрат» командасының капитаны Ерлан Сапаров шықты.", "«Жеңеміз», – деді команда капитаны."],
         [("Ерлан Сапаров", "команда капитаны", "деді")]),
        ("ru", ["Первый заместитель акима Ерлан Ахметов выступил.", "«Работы идут», — сказал первый заместитель."],
         [("Ерлан Ахметов", "первый заместитель", "сказал")]),
        # ... a participle's clause before a newcomer noun is part of its role ...
        ("kk", ["«Көлік өте жылдам келді», – деді оқиғаны көрген куәгер."], [(None, "оқиғаны көрген куәгер", "деді")]),
        # ... a Kazakh idiom after "деп" is the cue whole, its role noun before it the speaker (was the
        # cue "ақын"), of two with the noun the one whose role is those words ...
        ("kk", ["Айтыста ақын Мейіржан Тұрсынбек жеңді. Алматы облысының ақыны Данияр Сапарбеков екінші орын алды.",
                "«Бұл жеңіс – халқымдікі», – деп ақын көзіне жас алды."],
         [("Мейіржан Тұрсынбек", "ақын", "көзіне жас алды")]),
        # ... and "Полиция" is a body, "ескерту жасады" (warned) a speech verb (was no speaker, no cue).
        ("kk", ["Полиция жүргізушілерге ескерту жасады: «Тас жолда басып озу – ең қауіпті маневр»."],
         [("Полиция", None, "ескерту жасады")]),
    ],
    ids=["disagreed-before-a-colon", "relative-clause", "kk-another-ordinal", "another-ordinal", "kk-another-kind",
         "kk-same-words-another-case", "kk-team-captain", "same-ordinal", "kk-participle-before-a-newcomer",
         "kk-idiom-after-a-role-noun", "kk-police-warned"],
)  # fmt: skip
def test_open_cases_of_the_fifteenth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The sixteenth held-out set's miss: where a person is from, after a role with no name, is no part
        # of the role (was "пользователь из Караганды"), while "из" of one of many is.
        ('"Деньги вернули, но я опоздал на поезд", - пожаловался пользователь из Караганды.',
         [(None, "пользователь", "пожаловался")]),
        ("«Судья не заметил пенальти», — посетовал болельщик из Павлодара.", [(None, "болельщик", "посетовал")]),
        ("«Нас никто не предупредил», — рассказала одна из жительниц села.", [(None, "одна из жительниц села", "рассказала")]),
    ],
    ids=["user-from-a-city", "fan-from-a-city", "one-of-many"],
)  # fmt: skip
def test_where_a_person_is_from_is_no_part_of_the_role(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "ru") == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The sixteenth held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. "дипломат", "спикер МИД", "инвестор" refer back; they are no newcomers ...
        ("ru", ["Официальный представитель МИД Казахстана Руслан Жаркынбеков провел брифинг.",
                "«Визит пройдет в мае», — сообщил дипломат."],
         [("Руслан Жаркынбеков", "дипломат", "сообщил")]),
        ("ru", ["Управляющий партнер фонда Сергей Литвинов вложил в проект 200 тысяч долларов.",
                "«Рынок такси в регионах пустой», — сказал инвестор."],
         [("Сергей Литвинов", "инвестор", "сказал")]),
        # ... the words right before a name are its role, a prepositional phrase among them too ...
        ("ru", ["Посол Монголии в Казахстане Сарантуяа Батсайхан выразила надежду: «Сотрудничество будет расти»."],
         [("Сарантуяа Батсайхан", "Посол Монголии в Казахстане", "выразила")]),
        ("ru", ["Начальник департамента по чрезвычайным ситуациям Павлодарской области Серик Жумабаев обратился к "
                "туристам: «Не разводите костры»."],
         [("Серик Жумабаев", "Начальник департамента по чрезвычайным ситуациям Павлодарской области", "обратился")]),
        # ... "По мнению <name>" is read as "По словам <name>" ...
        ("ru", ["Экономист Андрей Волков ждет снижения инфляции.", "По мнению Волкова, «ставка останется высокой до весны»."],
         [("Андрей Волков", None, "По мнению")]),
        # ... a name in marks in the author's words that interrupt a quotation is in the role ...
        ("ru", ["«Мы запустились в Астане, — говорит основатель «Жолсерік». — Теперь планируем Караганду»."],
         [(None, "основатель «Жолсерік»", "говорит")]),
        # ... what a person named became is a role of theirs ("жеңімпаз атанды", "стал победителем"): the
        # winner, not the loser named since ("Жеңімпаз" was a speaker's name) ...
        ("kk", ["Бекзат Оразбаев жеңімпаз атанды. Финалда ол ақтөбелік Ерлан Сәрсенбаевты жеңді.",
                "Жеңімпаз тілшілерге былай деді: «Бұл менің алғашқы белбеуім»."],
         [("Бекзат Оразбаев", "Жеңімпаз", "деді")]),
        ("ru", ["Бекзат Оразбаев стал победителем турнира. В финале он победил Ерлана Сарсенбаева.",
                "«Это мой первый пояс», — сказал победитель."],
         [("Бекзат Оразбаев", "победитель", "сказал")]),
        # ... a statement named by its body's head alone, the body named before only inside a press
        # service's name, is as written ...
        ("kk", ["Қазақ күресі федерациясының баспасөз қызметінің хабарлауынша, турнирге 120 балуан қатысты.",
                "«Турнир жыл сайын өтеді», – делінген федерацияның хабарламасында."],
         [("федерация", None, "делінген")]),
        # ... and "Оның айтуынша" right after one of many is that newcomer, as "ол".
        ("kk", ["Анасы Гүлнар Сейітова қуанды.",
                "«Балабақша жақын болды», – дейді бір әке. Оның айтуынша, «енді жұмысқа уақытында барамыз»."],
         [(None, "бір әке", "дейді"), (None, None, "айтуынша")]),
    ],
    ids=["diplomat-refers-back", "investor-refers-back", "prepositional-phrase-before-a-name", "body-with-po-in-a-role",
         "po-mneniyu-name", "name-in-marks-in-an-interruption", "kk-became-the-winner", "became-the-winner",
         "kk-statement-of-a-head-alone", "kk-his-words-after-one-of-many"],
)  # fmt: skip
def test_open_cases_of_the_sixteenth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The seventeenth held-out set's misses (fixtures/text/heldout/quotes-17.json), as rules. A Kazakh
        # given name the dictionary knows only as a place ("Дархан", a town) is a given name before a
        # surname (he was never named, so "Оның айтуынша" was the man before and "– деді Ахметжанов"
        # a bare surname) ...
        ("kk", ["Сессияны мәслихат хатшысы Бауыржан Тұрлыбеков ашты.",
                "Баяндаманы облыс әкімінің орынбасары Дархан Ахметжанов жасады. Оның айтуынша, «қосымша түсім "
                "жолдарға жұмсалады».", "«Қаражат күзде қаралады», – деді Ахметжанов."],
         [("Дархан Ахметжанов", None, "айтуынша"), ("Дархан Ахметжанов", None, "деді")]),
        ("ru", ["Аким Алматы Досаев заявил: «Работы идут по графику»."], [("Досаев", "Аким Алматы", "заявил")]),
        # ... "уәде берді" (promised) is the cue whole after "деп <speaker>" ...
        ("kk", ["Аудан әкімі Талғат Есенбаев диқандармен кездесті.",
                "«Су кезегінің кестесі ашық ілінеді», – деп Есенбаев уәде берді."],
         [("Талғат Есенбаев", None, "уәде берді")]),
        # ... and one of many after an adverbial is the role, the adverbial left out.
        ("ru", ["«Мы думали, что охотимся на волков», — заявил в последнем слове один из подсудимых."],
         [(None, "один из подсудимых", "заявил")]),
    ],
    ids=["kk-given-name-like-a-place", "place-before-a-surname", "kk-promised", "one-of-many-after-an-adverbial"],
)  # fmt: skip
def test_the_seventeenth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The seventeenth held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. "сынға алды" (criticised) is a speech verb before a colon (was null) ...
        ("kk", ["Депутат Гүлнар Әміреева қаражаттың аздығын сынға алды: «Бұл бір ғана кешенге жетеді»."],
         [("Гүлнар Әміреева", "Депутат", "сынға алды")]),
        # ... "<name>-ның пікірінше" is read as "айтуынша" ...
        ("kk", ["Фермер Асқар Оразалиев суды күтіп отыр.", "Оразалиевтің пікірінше, «биыл өнім екі есе аз болады»."],
         [("Асқар Оразалиев", None, "пікірінше")]),
        # ... "әже" (grandmother) refers back, as "ана" ...
        ("kk", ["Күләш Смағұлова мерекеге немерелерімен келді.", "«Наурыз – жаңару мерекесі», – деді әже."],
         [("Күләш Смағұлова", "әже", "деді")]),
        # ... "бөлімше" (a branch) is a body, as written where it was named only in a person's role (it was
        # that person, with the role "Бөлімше") ...
        ("kk", ["«Қазсушар» РМК-ның аудандағы бөлімшесінің басшысы Ерлан Сапаров: «Су жетпейді», – деді.",
                "Бөлімшенің хабарлауынша, «су кезегі қайта қаралады»."],
         [("Ерлан Сапаров", "«Қазсушар» РМК-ның аудандағы бөлімшесінің басшысы", "деді"), ("Бөлімше", None, "хабарлауынша")]),
        # ... of two roles joined by a comma before a name, the one right before it ...
        ("kk", ["Қазылар алқасының төрағасы, филология ғылымдарының кандидаты Қайрат Дәулетов: «Жұмыстар жақсы», – деді."],
         [("Қайрат Дәулетов", "филология ғылымдарының кандидаты", "деді")]),
        # ... "<surname> атап өткендей" is the full name ...
        ("kk", ["Қазылар алқасының төрағасы Қайрат Дәулетов жеңімпаздарды марапаттады.",
                "Дәулетов атап өткендей, «оқушылардың деңгейі жыл сайын өсіп келеді»."],
         [("Қайрат Дәулетов", None, "атап өткендей")]),
        # ... "защитник" after the lawyer named, and "чиновник" after an official named, refer back ...
        ("ru", ["Адвокат подсудимых Ольга Миронова просила смягчить приговор.", "«Мои подзащитные раскаялись», — сказала защитник."],
         [("Ольга Миронова", "защитник", "сказала")]),
        ("ru", ["Заместитель акима Павлодара Ерболат Кенжебаев провел прием.", "«Вопрос решим до лета», — заверил чиновник."],
         [("Ерболат Кенжебаев", "чиновник", "заверил")]),
        # ... "настаивал на ...:" is a speech verb ...
        ("ru", ["Прокурор Данияр Кошкинбаев настаивал на реальном сроке: «Ущерб природе огромен»."],
         [("Данияр Кошкинбаев", "Прокурор", "настаивал")]),
        # ... and two given names with their surname in the plural are two people, each with the surname
        # in the singular (she was "Айгерим Тлеубаевы", he no one).
        ("ru", ["Супруги Данияр и Айгерим Тлеубаевы получили ключи.",
                "«Мы ждали пять лет», — вспоминает она. «Теперь у детей своя комната», — добавил он."],
         [("Айгерим Тлеубаева", None, "вспоминает"), ("Данияр Тлеубаев", None, "добавил")]),
    ],
    ids=["kk-criticised", "kk-name-opinion", "kk-grandmother-refers-back", "kk-branch-a-body", "kk-two-roles-by-a-comma",
         "kk-surname-as-noted", "defender-refers-back", "official-refers-back", "insisted", "a-couple"],
)  # fmt: skip
def test_open_cases_of_the_seventeenth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The eighteenth held-out set's misses (fixtures/text/heldout/quotes-18.json), as rules. Those told
        # with a participle's clause ("тауға шығатын туристерге") are no part of a plural role before a
        # colon (the role was "ТЖД мамандары тауға шығатын", the speaker a rescuer named before) ...
        ("kk", ["Құтқарушы Арман Жүнісов туристерді тапты.",
                "ТЖД мамандары тауға шығатын туристерге ескерту жасады: «Маршрутқа шықпас бұрын тіркеуден өтіңіздер»."],
         [(None, "ТЖД мамандары", "ескерту жасады")]),
        # ... "бөлім" (a department) is a body ...
        ("kk", ["Қалалық жолаушылар көлігі және автомобиль жолдары бөлімінің хабарлауынша, «жаңа бағыт шағын ауданды "
                "вокзалмен байланыстырады»."],
         [("Қалалық жолаушылар көлігі және автомобиль жолдары бөлімі", None, "хабарлауынша")]),
        # ... "шағымданды" (complained) is a speech verb before a colon ...
        ("kk", ["Жүргізуші Болат Ысқақов жаңа бағытта жұмыс істейді. Ол жол сапасына шағымданды: «Жолда шұңқыр көп»."],
         [("Болат Ысқақов", None, "шағымданды")]),
        # ... and a feeling before a colon is no speech verb, the role in apposition kept (the role was
        # "поначалу", the cue "сомневалась").
        ("ru", ["Динара Кусаинова, мама трехлетнего мальчика, поначалу сомневалась: «Я читала много страшных историй»."],
         [("Динара Кусаинова", "мама трехлетнего мальчика", None)]),
        ("ru", ["Аким Ерлан Ахметов продолжает: «Работы идут по графику»."], [("Ерлан Ахметов", "Аким", "продолжает")]),
    ],
    ids=["kk-those-told-with-a-participle", "kk-department-a-body", "kk-complained", "feeling-before-a-colon",
         "goes-on-before-a-colon"],
)  # fmt: skip
def test_the_eighteenth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The eighteenth held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. A role noun is the person named with it, one of many as they are ...
        ("kk", ["Іздеу жұмыстарына 24 құтқарушы қатысты. Топты аға құтқарушы Ерлан Төлеуов басқарды.",
                "«Түнде іздеу қиын болды», – деді құтқарушы."],
         [("Ерлан Төлеуов", "құтқарушы", "деді")]),
        # ... an attitude before a colon is no speech verb ("көңілі толмайды", is not pleased) ...
        ("kk", ["Жолаушы Айгүл Серікова жаңа тарифке көңілі толмайды: «Бағасы қымбат»."],
         [("Айгүл Серікова", "Жолаушы", None)]),
        # ... of two named with a surname, a bare surname is the last of them ...
        ("kk", ["Кәсіпкер Әсел Байжанова мен оның анасы Гүлнар Байжанова шеберхана ашты.",
                "«Киіз басу – ата кәсіп», – деп Байжанова сөзін түйіндеді."],
         [("Гүлнар Байжанова", None, "сөзін түйіндеді")]),
        # ... a role noun matching nobody's role refers back to the last person named ...
        ("kk", ["Әсел Байжанова шеберхана ашты.", "Кәсіпкердің айтуынша, «тапсырыс көп»."],
         [("Әсел Байжанова", "Кәсіпкер", "айтуынша")]),
        # ... "үлгі етті:" (held up as an example) is no speech verb; "баға берді:" (gave an assessment)
        # is one, as "пікір білдірді" (it was null) ...
        ("kk", ["«Атамекен» палатасының өкілі Ерлан Сапаров жас кәсіпкерді үлгі етті: «Мұндай жастар көп болсын»."],
         [("Ерлан Сапаров", "«Атамекен» палатасының өкілі", None)]),
        ("kk", ["«Ордабасының» бас бапкері Ерлан Сапаров ойынға баға берді: «Жігіттер жақсы ойнады»."],
         [("Ерлан Сапаров", "«Ордабасының» бас бапкері", "баға берді")]),
        # ... of two head coaches, "Бапкер атап өткендей" is the last named ...
        ("kk", ["«Ордабасының» бас бапкері Ерлан Сапаров мен «Тұранның» бас бапкері Марат Досымбетов сөйледі.",
                "Бапкер атап өткендей, «ойын тартысты өтті»."],
         [("Марат Досымбетов", "Бапкер", "атап өткендей")]),
        # ... a person's name in a street's name, or a child's inside a role, names no one for a pronoun ...
        ("ru", ["Жители дома на улице Жамбыла жалуются на холод.", "«Батареи холодные», — говорит он."],
         [(None, None, "говорит")]),
        ("ru", ["Мама трехлетнего Алихана Динара Кусаинова рассказала: «Он не плакал».", "«Все прошло спокойно», — добавил он."],
         [("Динара Кусаинова", "Мама трехлетнего Алихана", "рассказала"), (None, None, "добавил")]),
        # ... and "призвал ...:" is a speech verb.
        ("ru", ["Главный педиатр города Ерлан Ахметов призвал родителей: «Не откладывайте прививку»."],
         [("Ерлан Ахметов", "Главный педиатр города", "призвал")]),
    ],
    ids=["kk-rescuer-named-with-the-noun", "kk-not-pleased", "kk-two-with-a-surname", "kk-entrepreneur-refers-back",
         "kk-held-up-as-an-example", "kk-gave-an-assessment", "kk-two-coaches", "street-names-no-one",
         "child-in-a-role-names-no-one", "called-on"],
)  # fmt: skip
def test_open_cases_of_the_eighteenth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A verb of both aspects reads first as a future; in the present it is a cue after the dash like
        # any other (there was no quotation at all).
        ("«Сроки сорваны по вине подрядчика», — констатирует аким района Ерлан Сапаров.",
         [("Ерлан Сапаров", "аким района", "констатирует")]),
        ("«Итог сезона нас устраивает», — резюмирует главный тренер Ерлан Сапаров.",
         [("Ерлан Сапаров", "главный тренер", "резюмирует")]),
        ("«Цены растут не только у нас», — парирует министр торговли Ерлан Сапаров.",
         [("Ерлан Сапаров", "министр торговли", "парирует")]),
        # "признает": "признать" in the future or "признавать" in the present; "признаёт" with ё was read.
        ("«Мы ошиблись с прогнозом», — признает директор департамента Ерлан Сапаров.",
         [("Ерлан Сапаров", "директор департамента", "признает")]),
        # A perfective verb that has no present reading stays no cue.
        ("«Мы ошиблись с прогнозом», — скажет директор департамента Ерлан Сапаров.", []),
    ],
    ids=["konstatiruet", "rezyumiruet", "pariruet", "priznaet-without-yo", "future-no-cue"],
)  # fmt: skip
def test_a_present_tense_verb_of_both_aspects_is_a_cue(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "ru") == expected


_KK_Q = "«Жол жөндеу жұмыстары ай соңына дейін аяқталады»"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A noun and a light verb that say "spoke" together are the cue whole, after "деп" on either
        # side of the speaker and before a colon (was the verb alone, or no cue before the colon).
        (f"{_KK_Q}, – деп Ерлан Сапаров мәлім етті.", [("Ерлан Сапаров", None, "мәлім етті")]),
        (f"{_KK_Q}, – деп Ерлан Сапаров түсініктеме берді.", [("Ерлан Сапаров", None, "түсініктеме берді")]),
        (f"Аудан әкімі Ерлан Сапаров кеңес берді: {_KK_Q}.", [("Ерлан Сапаров", "Аудан әкімі", "кеңес берді")]),
        (f"Аудан әкімі Ерлан Сапаров үндеу жасады: {_KK_Q}.", [("Ерлан Сапаров", "Аудан әкімі", "үндеу жасады")]),
        (f"Аудан әкімі Ерлан Сапаров айтып өтті: {_KK_Q}.", [("Ерлан Сапаров", "Аудан әкімі", "айтып өтті")]),
        (f"Аудан әкімі Ерлан Сапаров тілек білдірді: {_KK_Q}.", [("Ерлан Сапаров", "Аудан әкімі", "тілек білдірді")]),
        # Verbs of summing up and conveying are speech verbs before a colon (cue was null).
        (f"Аудан әкімі Ерлан Сапаров сөзін былай түйіндеді: {_KK_Q}.", [("Ерлан Сапаров", "Аудан әкімі", "түйіндеді")]),
        (f"Аудан әкімі Ерлан Сапаров нақтылады: {_KK_Q}.", [("Ерлан Сапаров", "Аудан әкімі", "нақтылады")]),
        (f"Аудан әкімі Ерлан Сапаров жеткізді: {_KK_Q}.", [("Ерлан Сапаров", "Аудан әкімі", "жеткізді")]),
    ],
    ids=["dep-announced", "dep-commented", "colon-advised", "colon-appealed", "colon-said-in-passing", "colon-wished",
         "colon-summed-up", "colon-specified", "colon-conveyed"],
)  # fmt: skip
def test_kazakh_compound_speech_verbs(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "kk") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A place and the verb's object after the adverbials, before a Kazakh colon verb, are no part of
        # the role: with the name (was no speaker, role "пікірін") ...
        (f"Аудан әкімі Ерлан Сапаров жиында пікірін айтты: {_KK_Q}.", [("Ерлан Сапаров", "Аудан әкімі", "айтты")]),
        (f"Аудан әкімі Ерлан Сапаров жиында жобаның маңызын түсіндірді: {_KK_Q}.",
         [("Ерлан Сапаров", "Аудан әкімі", "түсіндірді")]),
        # ... and without one (the role was "Аудан әкімі жиында", "жаңа ережені").
        (f"Аудан әкімі жиында былай деді: {_KK_Q}.", [(None, "Аудан әкімі", "деді")]),
        (f"Мектеп директоры брифингте жаңа ережені түсіндірді: {_KK_Q}.", [(None, "Мектеп директоры", "түсіндірді")]),
        # A role noun that ends as an accusative stays the role.
        (f"Жергілікті тұрғын былай деді: {_KK_Q}.", [(None, "Жергілікті тұрғын", "деді")]),
        # Person nouns that end as a dative are no one told (the adjective before them was the speaker).
        (f"Жас ана былай деді: {_KK_Q}.", [(None, "Жас ана", "деді")]),
        (f"Қарт әке былай деді: {_KK_Q}.", [(None, "Қарт әке", "деді")]),
        (f"Ауылдағы жеңге былай деді: {_KK_Q}.", [(None, "Ауылдағы жеңге", "деді")]),
    ],
    ids=["place-and-object", "place-and-genitive-object", "place-no-name", "place-and-adjective-object",
         "role-ending-as-accusative", "mother", "father", "sister-in-law"],
)  # fmt: skip
def test_kazakh_colon_adverbials_objects_and_lookalikes(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "kk") == expected


@pytest.mark.parametrize(
    ("verb", "expected_cue"),
    [
        # Speech acts before a colon: a question, advice, thanks, congratulation, praise, criticism, a
        # reproach, a retort (cue was null); a feeling stays none.
        ("поинтересовалась", "поинтересовалась"), ("посоветовал", "посоветовал"), ("рекомендует", "рекомендует"),
        ("поблагодарил", "поблагодарил"), ("поздравил", "поздравил"), ("похвалил", "похвалил"),
        ("раскритиковал", "раскритиковал"), ("упрекнул", "упрекнул"), ("отрезал", "отрезал"), ("съязвил", "съязвил"),
        ("возмутился", None),
    ],
)  # fmt: skip
def test_russian_speech_acts_before_a_colon(verb: str, expected_cue: str | None) -> None:
    paragraph = f"Аким района Ерлан Сапаров {verb}: «Мы завершим ремонт дороги до конца месяца»."
    assert speakers([paragraph], "ru") == [("Ерлан Сапаров", "Аким района", expected_cue)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Initials before a surname are part of the name (the initial was taken for a role, the dot for the
        # clause's end: speaker None, role "Е"); as written, or the person named before with that surname
        # and given name's first letter.
        (["«Мы завершим ремонт», — подчеркнул Е. Сапаров."], [("Е. Сапаров", None, "подчеркнул")]),
        (["«Мы завершим ремонт», — подчеркнула Е.Б. Сапарова."], [("Е.Б. Сапарова", None, "подчеркнула")]),
        (["«Мы завершим ремонт», — подчеркнул Е. Б. Сапаров."], [("Е. Б. Сапаров", None, "подчеркнул")]),
        (["«Мы завершим ремонт», — подчеркнул аким района Е. Сапаров."], [("Е. Сапаров", "аким района", "подчеркнул")]),
        (["По словам Е. Сапарова, «мы завершим ремонт»."], [("Е. Сапаров", None, "По словам")]),
        (["Аким района Ерлан Сапаров приехал в село.", "«Мы завершим ремонт», — подчеркнул Е. Сапаров."],
         [("Ерлан Сапаров", None, "подчеркнул")]),
        (["Аким района Ерлан Сапаров приехал в село. Е. Сапаров осмотрел дорогу.", "«Мы завершим ремонт», — сказал он."],
         [("Ерлан Сапаров", None, "сказал")]),
        (["«Жол жөндеу аяқталады», – деді аудан әкімі Е. Сапаров."], [("Е. Сапаров", "аудан әкімі", "деді")]),
        # A capital and a dot before a word that is no surname ends a sentence: no one named.
        (["Жители корпуса Б. Жители дома пожаловались.", "«Мы завершим ремонт», — сказал он."], [(None, None, "сказал")]),
        # "и. о." spaced as "и.о." (the role was "и", or lost its "и. о.").
        (["«Мы завершим ремонт», — подчеркнул и. о. акима района Ерлан Сапаров."],
         [("Ерлан Сапаров", "и. о. акима района", "подчеркнул")]),
        # A surname in capitals after a given name is a surname (the name was taken for a role).
        (["«Мы завершим ремонт», — подчеркнул Ерлан САПАРОВ."], [("Ерлан Сапаров", None, "подчеркнул")]),
        (["«Мы завершим ремонт», — сообщили в МВД РК."], [("МВД РК", None, "сообщили в")]),
        # Initials inside the quotation stay as written in its text (checked below).
        (["«Как писал А. Байтурсынов, язык — душа народа», — сказал Ерлан Сапаров."],
         [("Ерлан Сапаров", None, "сказал")]),
    ],
    ids=["initial", "two-initials", "two-initials-spaced", "role-and-initial", "po-slovam", "named-before",
         "narrative-initial-named-before", "kazakh", "sentence-end-no-initial", "io-spaced", "caps-surname",
         "abbreviation-no-surname", "initials-inside-the-quotation"],
)  # fmt: skip
def test_initials_and_capitals_in_names(
    paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    language = "kk" if "деді" in paragraphs[-1] else "ru"
    assert speakers(paragraphs, language) == expected
    # The quotation's text is as written, initials and all.
    body = "\n\n".join(paragraphs)
    assert all(q.text in body and "ъ" not in q.text for q in extract_quotes(paragraphs, language))


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The nineteenth held-out set's misses. What a person named in the nominative became ends their
        # sentence however far ("А Б-ны ... жеңіп, жеңімпаз атанды": А, not Б, whom А beat) ...
        ("kk", ["Финалда Нұрсұлтан Әбілқасымов Шерзод Рахимовты бірауызды шешіммен жеңіп, жеңімпаз атанды.",
                "Рахимов жеңілісін мойындады.", "Жеңімпаз журналистерге былай деді: «Бұл – менің алғашқы жүлдем»."],
         [("Нұрсұлтан Әбілқасымов", "Жеңімпаз", "деді")]),
        # (two full names side by side are two people: the first was not named at all)
        ("kk", ["Нұрсұлтан Әбілқасымов Шерзод Рахимовты жеңді.", "«Бұл – алғашқы жүлдем», – деді Әбілқасымов."],
         [("Нұрсұлтан Әбілқасымов", None, "деді")]),
        # ... a relative of someone named is someone new (was the champion herself) ...
        ("kk", ["Теміртаулық Айдана Жұмабаева чемпион атанды.", "Чемпионның анасы: «Қызымның таңдауын құрметтеймін», – деді."],
         [(None, "Чемпионның анасы", "деді")]),
        # ... a bare surname of a family is the one of the verb's gender (was his wife, quoted before) ...
        ("ru", ["Среди потерпевших — супруги Руслан и Мадина Ержановы. «Мы перевели деньги», — рассказала она.",
                "«Нам заблокировали номер», — заявил в суде Ержанов."],
         [("Мадина Ержанова", None, "рассказала"), ("Руслан Ержанов", None, "заявил")]),
        # ... the role next to the name after a role and a comma (was both) ...
        ("ru", ["«Я копила полгода», — рассказала в коридоре суда еще одна потерпевшая, жительница Караганды Светлана Ким."],
         [("Светлана Ким", "жительница Караганды", "рассказала")]),
        # ... a man named in the dative is named (was the bare surname later) ...
        ("ru", ["Суд вынес приговор владельцу магазина «ТехноЛайт» 29-летнему Азамату Кенесову.",
                "«Я признаю вину», — сказал в последнем слове Кенесов."],
         [("Азамат Кенесов", None, "сказал")]),
        # ... and a participle's clause before the role noun is part of the role (it was lost).
        ("ru", ["Живущая в соседнем доме пенсионерка Галина Мельникова настроена скептически: «Нам обещали экраны еще весной»."],
         [("Галина Мельникова", "Живущая в соседнем доме пенсионерка", None)]),
        ("ru", ["«Нам обещали экраны», — сказал находившийся на месте происшествия полицейский."],
         [(None, "находившийся на месте происшествия полицейский", "сказал")]),
        # A comma inside an enumeration of a role's genitives does not end it (the role was cut there, or lost).
        ("ru", ["«Фестиваль пройдет в июне», — сказала министр культуры, информации и спорта Айгуль Сапарова."],
         [("Айгуль Сапарова", "министр культуры, информации и спорта", "сказала")]),
        ("ru", ["Министр культуры, информации и спорта Айгуль Сапарова заявила: «Фестиваль пройдет в июне»."],
         [("Айгуль Сапарова", "Министр культуры, информации и спорта", "заявила")]),
    ],
    ids=["kk-winner-far-from-the-name", "kk-two-names-side-by-side", "kk-relative-of-someone-named", "family-surname-by-gender",
         "role-next-to-the-name", "man-in-the-dative", "participle-clause-before-the-role",
         "participle-clause-no-name", "enumeration-after-the-dash", "enumeration-before-a-colon"],
)  # fmt: skip
def test_the_nineteenth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The nineteenth held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. "таныстырды:" (presented) is a speech verb, "тапсырма берді:" (gave an
        # instruction) and "сұрақ қойды:" compound verbs whole ...
        ("kk", ["Кітапхана директоры Айнұр Сейсенбаева оқырмандарға жаңа қызметтерді таныстырды: «Енді кітапты онлайн брондауға болады»."],
         [("Айнұр Сейсенбаева", "Кітапхана директоры", "таныстырды")]),
        ("kk", ["Облыс әкімі Ерлан Мұхамедиев басқарма басшысына тапсырма берді: «Балалардың тамағы сапалы болуы тиіс»."],
         [("Ерлан Мұхамедиев", "Облыс әкімі", "тапсырма берді")]),
        ("kk", ["Депутат Гүлнар Дүйсенова асханаға келді.", "Дүйсенова асхана меңгерушісіне сұрақ қойды: «Ет қайдан әкелінеді?»"],
         [("Гүлнар Дүйсенова", None, "сұрақ қойды")]),
        # ... a colon introduction ending its paragraph introduces the quotation of the next ones ...
        ("kk", ["Аудан әкімі Ерлан Сапаров жиында сөз сөйледі. Ол жиналғандарға былай деді:",
                "«Кітапхана – ауданның рухани орталығы. Оған жыл сайын мыңдаған оқырман келеді.",
                "Біз кітап қорын екі есе көбейтеміз»."],
         [("Ерлан Сапаров", None, "деді")]),
        # ... a bare noun of a role with other words is that person ("оқушы" after "сегізінші сынып оқушысы А") ...
        ("kk", ["№14 мектептің сегізінші сынып оқушысы Аружан Бекқожина кітапханаға жиі келеді.", "«Мұнда оқу ыңғайлы», – деді оқушы."],
         [("Аружан Бекқожина", "оқушы", "деді")]),
        # ... what a person became with other words ("турнир жеңімпазы атанды") holds the noun ...
        ("kk", ["Финалда Нұрсұлтан Әбілқасымов Шерзод Рахимовты жеңіп, турнир жеңімпазы атанды.", "Рахимов жеңілісін мойындады.",
                "Жеңімпаз журналистерге былай деді: «Бұл – менің алғашқы жүлдем»."],
         [("Нұрсұлтан Әбілқасымов", "Жеңімпаз", "деді")]),
        # ... a company in apposition between a role and a name is no role ...
        ("ru", ["Главный инженер подрядчика, ТОО «Алатау ТоннельСтрой», Виктор Ганиев рассказал: «Проходка завершена на 80 процентов»."],
         [("Виктор Ганиев", "Главный инженер подрядчика", "рассказал")]),
        ("ru", ["«Проходка завершена», — рассказал главный инженер подрядчика, ТОО «Алатау ТоннельСтрой», Виктор Ганиев."],
         [("Виктор Ганиев", "главный инженер подрядчика", "рассказал")]),
        # ... a pronoun after the dash names the speaker of one word in marks ...
        ("ru", ["Пенсионерка Галина Мельникова живет рядом со стройкой.", "«Посмотрим», — ответила она."],
         [("Галина Мельникова", None, "ответила")]),
        # ... a blockquote after a colon introduction in the paragraph before keeps its role ...
        ("ru", ["Аким Алмалинского района Ерлан Кудайбергенов заявил:", "«Станция откроется в декабре. Мы проверим каждый этап работ»."],
         [("Ерлан Кудайбергенов", "Аким Алмалинского района", "заявил")]),
        # ... and "защита" (the defence) is the lawyer named before.
        ("ru", ["Адвокат подсудимого Ерлан Шайхин просил переквалифицировать дело.", "По мнению защиты, «умысла обмануть всех клиентов не было»."],
         [("Ерлан Шайхин", "защита", "По мнению")]),
    ],
    ids=["kk-presented", "kk-gave-an-instruction", "kk-asked-a-question", "kk-colon-ends-its-paragraph", "kk-pupil-refers-back",
         "kk-tournament-winner", "company-in-apposition-colon", "company-in-apposition-dash", "pronoun-one-word",
         "blockquote-role", "the-defence"],
)  # fmt: skip
def test_open_cases_of_the_nineteenth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


_AKIM_NAMED_KK = "Аудан әкімі Ерлан Сапаров ауылға келді."
_AKIM_NAMED_RU = "Аким района Ерлан Сапаров приехал в село."


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A form of address is no role and no part of a name (it was the role: "Ерлан мырза",
        # "господин", and "Айгүл ханым" was the man named before).
        ("kk", [_AKIM_NAMED_KK, f"{_KK_Q}, – деді Ерлан мырза."], [("Ерлан Сапаров", None, "деді")]),
        ("kk", [_AKIM_NAMED_KK, f"{_KK_Q}, – деді Айгүл ханым."], [("Айгүл", None, "деді")]),
        ("kk", [_AKIM_NAMED_KK, f"Сапаров мырзаның айтуынша, {_KK_Q}."], [("Ерлан Сапаров", None, "айтуынша")]),
        ("kk", [_AKIM_NAMED_KK, f"Айгүл ханымның айтуынша, {_KK_Q}."], [("Айгүл", None, "айтуынша")]),
        ("kk", [_AKIM_NAMED_KK, f"{_KK_Q}, – деді әкім мырза."], [("Ерлан Сапаров", "әкім", "деді")]),
        ("ru", [_AKIM_NAMED_RU, "«Мы завершим ремонт», — сказал господин Сапаров."], [("Ерлан Сапаров", None, "сказал")]),
        ("ru", [_AKIM_NAMED_RU, "«Мы завершим ремонт», — сказал г-н Сапаров."], [("Ерлан Сапаров", None, "сказал")]),
        # A bare surname whose verb shows another gender than the one person named with it is someone
        # else (was him).
        ("ru", [_AKIM_NAMED_RU, "«Мы завершим ремонт», — сказала госпожа Сапарова."], [("Сапарова", None, "сказала")]),
        ("ru", [_AKIM_NAMED_RU, "«Мы завершим ремонт», — сказала Сапарова."], [("Сапарова", None, "сказала")]),
    ],
    ids=["kk-mr-given-name", "kk-mrs-unknown", "kk-mr-genitive", "kk-mrs-genitive", "kk-mr-akim", "ru-gospodin",
         "ru-g-n", "ru-gospozha-another-gender", "ru-surname-another-gender"],
)  # fmt: skip
def test_forms_of_address_and_a_surname_of_another_gender(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A patronymic in an oblique case is part of the name (the given name went into the role) ...
        ("По словам директора департамента Асели Серикбаевны Нурлановой, «сроки не сорваны».",
         [("Асель Серикбаевна Нурланова", "директор департамента", "По словам")]),
        ("По словам министра Ерлана Маратовича Сапарова, «сроки не сорваны».",
         [("Ерлан Маратович Сапаров", "министр", "По словам")]),
        # ... and a woman's given name in -ь is put back in the nominative ("Асели" -> "Асель"), a name
        # the dictionary knows in -и stays ("Лейли").
        ("По словам депутата Асели Нурлановой, «сроки не сорваны».", [("Асель Нурланова", "депутат", "По словам")]),
        ("По словам депутата Лейли Нурлановой, «сроки не сорваны».", [("Лейли Нурланова", "депутат", "По словам")]),
    ],
    ids=["patronymic-genitive-femn", "patronymic-genitive-masc", "given-name-in-soft-sign", "given-name-in-i"],
)  # fmt: skip
def test_patronymics_and_given_names_in_the_genitive(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "ru") == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twentieth held-out set's misses. A surname that does not decline after an adjective in the
        # masculine genitive: the first name is a man's genitive, not a woman's nominative ("Артема") ...
        ("ru", ["Водителя легкового автомобиля, 27-летнего Артема Гончаренко, задержали на месте.",
                "— Я признаю свою вину, — сказал в последнем слове Гончаренко."],
         [("Артем Гончаренко", None, "сказал")]),
        # ... a federation is a body ("По данным X, «п»": X speaks, not the woman named before) ...
        ("ru", ["Гаухар Сейтжанова, мама одной из волейболисток, не скрывала эмоций.",
                "По данным Казахстанской федерации волейбола, «финал посмотрели 21 тысяча зрителей»."],
         [("Казахстанская федерация волейбола", None, "По данным")]),
        # ... a Kazakh surname, then the one told with her role in the dative: the surname speaks (the one
        # told did), and the one told is named after him for what follows.
        ("kk", ["Облыс әкімі Марат Жанәлиев корпусты аралады.",
                "Жанәлиев денсаулық сақтау басқармасының басшысы Сәуле Әміргалиеваға тапсырды: «Мамандарға пәтер беру керек».",
                "Әміргалиеваның айтуынша, «келесі жылы тағы бір орталық салынады»."],
         [("Марат Жанәлиев", None, "тапсырды"), ("Сәуле Әміргалиева", None, "айтуынша")]),
        ("ru", ["Аким города Ерлан Сапаров поручил руководителю водоканала Асхату Жаксылыкову: «Подключите дома до зимы».",
                "«Сроки реальные», — ответил Жаксылыков."],
         [("Ерлан Сапаров", "Аким города", "поручил"), ("Асхат Жаксылыков", None, "ответил")]),
    ],
    ids=["undeclined-surname-after-an-adjective", "federation-a-body", "kk-surname-then-the-one-told", "told-named-after"],
)  # fmt: skip
def test_the_twentieth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twentieth held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. An interview's answers are the guest's the introduction says it
        # interviews, though it names someone else too (they had no speaker) ...
        ("ru", ["Корреспондент Bestnews.kz побеседовал с основателем стартапа Тимуром Абдрахмановым. По мнению директора "
                "технопарка Айдара Сеитова, «это один из лучших стартапов региона».",
                "— Тимур, с чего все началось?", "— Все началось с маленькой идеи в общежитии.",
                "— Что было самым трудным?", "— Найти первых клиентов."],
         [("Айдар Сеитов", "директор технопарка", "По мнению"), ("Тимур Абдрахманов", None, None),
          ("Тимур Абдрахманов", None, None)]),
        # ... "доложил:" is a speech verb ...
        ("ru", ["Генеральный директор компании Виктор Колесников доложил: «Все котельные готовы к зиме»."],
         [("Виктор Колесников", "Генеральный директор компании", "доложил")]),
        # ... a role noun referring back names the speaker of one word in marks ...
        ("ru", ["Наставник «Темиртау Волей» Игорь Литвинов похвалил команду.", "«Заслуженно», — коротко ответил наставник «Темиртау Волей»."],
         [("Игорь Литвинов", "наставник «Темиртау Волей»", "ответил")]),
        # ... a name in the genitive inside the apposition of a name names no one (it was the speaker) ...
        ("ru", ["Гаухар Сейтжанова, мама связующей «Самала» Айым Сейтжановой, не скрывала эмоций: «Дочь живет волейболом»."],
         [("Гаухар Сейтжанова", "мама связующей «Самала» Айым Сейтжановой", None)]),
        # ... one of many, the subject the narrative goes on about, is the one a pronoun next means (it
        # was the man named before) ...
        ("ru", ["Аким района Ерлан Сапаров приехал на место.",
                "Один из пассажиров автобуса рассказал, что удар был очень сильным. «Людей бросило на пол», — вспоминает он."],
         [(None, None, "вспоминает")]),
        # ... a party of a case never named so is someone new ...
        ("ru", ["Водителя, 27-летнего Артема Гончаренко, задержали на месте.", "«Я признаю свою вину», — сказал в последнем слове подсудимый."],
         [(None, "подсудимый", "сказал")]),
        # ... and a Kazakh locative opening the sentence is no part of the role.
        ("kk", ["Ашылу салтанатында облыс әкімі Марат Жанәлиев сөз сөйледі: «Бұл корпус – ең заманауи нысан»."],
         [("Марат Жанәлиев", "облыс әкімі", "сөз сөйледі")]),
    ],
    ids=["interview-guest-among-two-named", "reported-to-a-superior", "role-noun-one-word", "genitive-name-in-apposition",
         "one-of-many-in-the-narrative", "party-never-named-so", "kk-locative-before-the-role"],
)  # fmt: skip
def test_open_cases_of_the_twentieth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-first held-out set's misses. A Kazakh journalist's paragraph ending with a speech verb
        # ends an undashed interview answer (the answer ran on into it) ...
        ("kk", ["Bestnews.kz тілшісі жас ақын Аружан Сейілбековамен сұхбаттасты.", "Өлең жазуды қашан бастадыңыз?",
                "Алғашқы өлеңімді сегіз жасымда жаздым. Ол кезде біз ауылда тұратынбыз.", "Жинағыңыз қалай шықты?",
                "Жинаққа алпыс өлеңімді енгіздім. Мен оны ұзақ жаздым.",
                "Ақынның ұстазы Бауыржан Оспанов шәкіртінің өлеңдерін жоғары бағалайтынын атап өтті."],
         [("Аружан Сейілбекова", None, None), ("Аружан Сейілбекова", None, None)]),
        # ... a Kazakh surname's own ending shows whose it is of a couple ("Әлімжанов", not his wife
        # "Әлімжанова", named last), and another's when only one of the other gender was named ...
        ("kk", ["Шаруа қожалығының басшысы Серік Әлімжанов кәсібін бір сиырдан бастаған.",
                "Шаруаның жұбайы Гүлжан Әлімжанова сүт өңдейді.", "«Ең қиыны – қыста жем-шөп тасу», – деп Әлімжанов ағынан жарылды."],
         [("Серік Әлімжанов", None, "ағынан жарылды")]),
        ("kk", ["Аудан әкімі Ерлан Сапаров ауылға келді.", "«Рақмет», – деді Сапарова."], [("Сапарова", None, "деді")]),
        # ... initials in the genitive of a relayed quotation are the person named before ...
        ("kk", ["Жуалы ауданының әкімі Ерлан Бекмұратов ауылға келді.",
                "«Ауданда 12 алаң ашылды», – деп аудан әкімі Е. Бекмұратовтың сөзін келтірді әкімдіктің баспасөз қызметі."],
         [("Ерлан Бекмұратов", "аудан әкімі", "сөзін келтірді")]),
        # ... and a son or a daughter of someone named is someone new.
        ("kk", ["Шаруа Серік Әлімжанов мал бағады.", "Шаруаның ұлы: «Әкемнің ісін жалғастырамын», – деді."],
         [(None, "Шаруаның ұлы", "деді")]),
    ],
    ids=["kk-interview-answer-ends-at-reported-speech", "kk-surname-ending-of-a-couple", "kk-surname-of-another-gender",
         "kk-initials-in-a-relayed-quotation", "kk-son-of-someone-named"],
)  # fmt: skip
def test_the_twenty_first_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-first held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. A relative named by the kin noun and a name in the genitive is someone
        # new (the genitive name was the speaker) ...
        ("ru", ["Актриса Меруерт Касенова сыграла главную роль.", "«Я плакала весь второй акт», — призналась мать Меруерт Касеновой."],
         [(None, "мать Меруерт Касеновой", "призналась")]),
        # ... author's words after a quotation over two paragraphs attribute it, though a colon introduction
        # stands before it ...
        ("ru", ["Режиссер-постановщик Даурен Мусабеков рассказал о работе над спектаклем:", "«Мы репетировали почти год.",
                "Каждая сцена давалась трудно», — подчеркнул Мусабеков."],
         [("Даурен Мусабеков", None, "подчеркнул")]),
        # ... "Оның айтуынша" right after someone new's quotation is that person ...
        ("kk", ["Аудан әкімі Ерлан Бекмұратов ауылға келді.",
                "Шаруаның ұлы: «Әкемнің ісін жалғастырамын», – деді. Оның айтуынша, «жастар ауылда қалады»."],
         [(None, "Шаруаның ұлы", "деді"), (None, None, "айтуынша")]),
        # ... an enumeration governed by a preposition does not end the role at its comma ...
        ("ru", ["«Налоговая нагрузка не вырастет», — заявил член Комитета по аграрным вопросам, природопользованию и "
                "развитию сельских территорий Ерлан Сапаров."],
         [("Ерлан Сапаров", "член Комитета по аграрным вопросам, природопользованию и развитию сельских территорий", "заявил")]),
        # ... a hyphenated compound holds its role nouns (the actor named since was taken) ...
        ("ru", ["Режиссер-постановщик Даурен Мусабеков вышел на сцену.", "Актер Нурлан Ким поклонился зрителям.",
                "«Это наш лучший спектакль», — сказал режиссер."],
         [("Даурен Мусабеков", "режиссер", "сказал")]),
        # ... a title before "деп қойдым" (named it) is no quotation ...
        ("kk", ["Ақын кітабын шығарды.", "Ақыры кітапты «Жусан иісі» деп қойдым, өйткені жусан туған жерді еске түсіреді."], []),
        # ... the modifier before "сөз сөйледі" is no part of the cue ...
        ("kk", ["Ашылу салтанатында қала әкімінің орынбасары Ерлан Сапаров құттықтау сөз сөйледі: «Бұл – тарихи күн»."],
         [("Ерлан Сапаров", "қала әкімінің орынбасары", "сөз сөйледі")]),
        # ... a name in the name of a place or an institution names no one for a pronoun ...
        ("ru", ["Вице-министр финансов Ерлан Сапаров выступил на сессии.",
                "Спектакль поставили в областном театре имени К. С. Станиславского.", "«Это было смело», — признается он."],
         [("Ерлан Сапаров", None, "признается")]),
        ("kk", ["Аудан әкімі Ерлан Бекмұратов ауылға келді.", "Жарыс Бауыржан Момышұлы ауылында өтті.",
                "Оның айтуынша, «жарыс жыл сайын өтеді»."],
         [("Ерлан Бекмұратов", None, "айтуынша")]),
        # ... and a colon introduction with a pronoun subject is read as "— добавил он".
        ("ru", ["Вице-министр финансов Ерлан Сапаров выступил на сессии.", "Открывая обсуждение, он пояснил: «Нагрузка не вырастет»."],
         [("Ерлан Сапаров", None, "пояснил")]),
    ],
    ids=["relative-with-a-genitive-name", "authors-words-over-a-colon-introduction", "kk-pronoun-after-someone-new",
         "enumeration-after-a-preposition", "hyphenated-role", "kk-named-it", "kk-modifier-before-a-compound-cue",
         "ru-name-of-a-theatre", "kk-name-of-a-village", "colon-with-a-pronoun"],
)  # fmt: skip
def test_open_cases_of_the_twenty_first_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_dep_before_punctuation_names_no_verb() -> None:
    # Found by a word-level fuzz: "деп" followed by punctuation gave an empty cue, and reading its verb's
    # gender raised IndexError (the article was lost to an item error).
    assert speakers(["«Жол жөндеу аяқталады», – деп . Сапаров."], "kk") == []
    assert speakers(["«Жол жөндеу аяқталады», – деп , деді Сапаров."], "kk") == []


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-second held-out set's misses. Those asked after the verb are no subject, and a
        # participle's clause with adverbials before the participle is skipped to the name before it ...
        ("ru", ["Председатель правления банка Руслан Темирбеков выступил.",
                "Заемщица Айнур Сейдахметова, три года назад купившая квартиру в районе Есиль, поинтересовалась у "
                "представителей банка: «Почему заявку нельзя подать онлайн?» «Такая возможность появится в декабре», — "
                "пообещал Темирбеков."],
         [("Айнур Сейдахметова", "Заемщица", "поинтересовалась"), ("Руслан Темирбеков", None, "пообещал")]),
        # (... and a quotation right after another whose own words end the sentence opens a sentence: it was lost)
        # ... a kin noun before the genitive of someone named is a relative, someone new ...
        ("ru", ["Абсолютным победителем стал Арман Утегенов.", "«Мы до последнего не верили», — призналась мать Армана Утегенова."],
         [(None, "мать Армана Утегенова", "призналась")]),
        # ... the one told, named with a role in the dative after the speaker's name, is named after him ...
        ("kk", ["Депутат Айгүл Нұрғалиева облыс әкімінің орынбасары Жанат Сейітовке сұрақ қойды: «Неге айыппұл салынбайды?»",
                "«Айыппұл салынды», – деп жауап берді Сейітов. Ж. Сейітовтің айтуынша, «қаражат қарастырылған»."],
         [("Айгүл Нұрғалиева", "Депутат", "сұрақ қойды"), ("Жанат Сейітов", None, "жауап берді"),
          ("Жанат Сейітов", None, "айтуынша")]),
        # ... and of a possessed dative, only its modifier goes with it, not the subject before it.
        ("kk", ["Депутат Нұрлан Серікбайұлы сөйледі.",
                "Сессия соңында депутаттар облыс әкімдігіне ұсыныс жасады: «Мерзімді бұзған мердігерлер жіберілмесін»."],
         [(None, "депутаттар", "ұсыныс жасады")]),
    ],
    ids=["asked-after-the-verb", "kin-before-a-genitive-of-someone-named", "kk-told-with-a-role-in-the-dative",
         "kk-subject-before-a-possessed-dative"],
)  # fmt: skip
def test_the_twenty_second_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-second held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. A comma inside a Kazakh role's enumeration does not end it (the role was
        # cut there and the name lost) ...
        ("kk", ["«Жол сапасы нашар», – деді мәслихаттың құрылыс, көлік және коммуналдық шаруашылық мәселелері жөніндегі "
                "тұрақты комиссиясының төрағасы Ерлан Қасымжанов."],
         [("Ерлан Қасымжанов", "мәслихаттың құрылыс, көлік және коммуналдық шаруашылық мәселелері жөніндегі тұрақты "
           "комиссиясының төрағасы", "деді")]),
        # ... author's words after a quotation attribute it over a colon introduction, with their own role (none) ...
        ("kk", ["Депутат Ерлан Қасымжанов мердігерлердің жұмыс сапасын сынға алды:", "«Асфальт бір қыстан кейін ойылды.",
                "Мердігер оны өз есебінен жөндеуі тиіс», – деді Ерлан мырза."],
         [("Ерлан Қасымжанов", None, "деді")]),
        # ... "деп" is no part of a quotation's cue ...
        ("kk", ["«Жол жабылады», – деп көрсетілген облыс әкімдігінің хабарламасында."], [("облыс әкімдігі", None, "көрсетілген")]),
        # ... "Ғалым" alone is the role noun, as the rules have it ...
        ("kk", ["Күйші Ғалым Сәрсенбаев сахнаға шықты.", "«Домбыра – халқымның жаны», – деді Ғалым."],
         [("Ғалым Сәрсенбаев", "Ғалым", "деді")]),
        # ... a bank's borrower is one of its many clients, someone new ...
        ("ru", ["Пенсионерка Галина Мельникова пришла в банк.", "«Когда снизят ставку?» — спросила заемщица."],
         [(None, "заемщица", "спросила")]),
        # ... a particle after a body is no part of it ...
        ("kk", ["Полиция да жүргізушілерге ескерту жасады: «Жылдамдықты азайтыңыздар»."], [("Полиция", None, "ескерту жасады")]),
        # ... and "не скрывала гордости:" is an attitude, no speech verb.
        ("ru", ["Его учительница Ольга Миронова не скрывала гордости: «Арман решает задачи сверх программы»."],
         [("Ольга Миронова", "Его учительница", None)]),
    ],
    ids=["kk-enumeration-in-a-role", "kk-authors-words-over-a-colon", "kk-dep-no-part-of-the-cue", "kk-galym-a-role-noun",
         "borrower-someone-new", "kk-particle-after-a-body", "did-not-hide-pride"],
)  # fmt: skip
def test_open_cases_of_the_twenty_second_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_a_dash_inside_dash_speech_is_speech_text() -> None:
    # The twenty-second set's seventh open case: a spaced dash followed by no author's words stays inside.
    paragraphs = ["Лесничий Ерлан Сапаров прибыл на место.",
                  "— Мы нашли стоянку туристов, рядом – пустые бутылки. Кто-то ушел, не затушив угли, — рассказал лесничий Ерлан Сапаров."]  # fmt: skip
    assert [q.text for q in extract_quotes(paragraphs, "ru")] == [
        "Мы нашли стоянку туристов, рядом – пустые бутылки. Кто-то ушел, не затушив угли"
    ]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-third held-out set's misses. One of many with a name in marks after it (a team) is one
        # of many, and the pronoun after them too (they were the man named before, the team the role) ...
        ("ru", ["Главный тренер Игорь Захарченко доволен.",
                "«Справедливость восторжествовала», — сказал один из болельщиков «Каспий Тулпара». «Теперь ждем "
                "еврокубков», — добавил он."],
         [(None, "один из болельщиков «Каспий Тулпара»", "сказал"), (None, None, "добавил")]),
        # ... and a Kazakh object in "-ды / -ді" after those told is no part of the role.
        ("kk", ["Арал ауданының әкімі Ержан Жұмабаев ауылға келді.", "Әкім тұрғындарға жағдайды түсіндірді: «Жоба Үкіметте қаралып жатыр»."],
         [("Ержан Жұмабаев", "Әкім", "түсіндірді")]),
    ],
    ids=["one-of-many-with-a-team-in-marks", "kk-object-in-dy-after-those-told"],
)  # fmt: skip
def test_the_twenty_third_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-third held-out set's open cases (fixtures/text/heldout/README.md), as settled in
        # fixtures/text/README.md. A Kazakh interview's answers are the guest's named before "-мен
        # сұхбаттасты", though the introduction names another (they had no speaker, and were lost) ...
        ("kk", ["Мектепте робототехника үйірмесі ашылды. Аудандық білім бөлімінің басшысы Марат Сейітов үйірмені құптады.",
                "Bestnews.kz тілшісі үйірме жетекшісі Ақжол Бейсенбаевпен сұхбаттасты.", "Үйірме қашан ашылды?",
                "Үйірмені өткен жылы аштық. Біз балаларға робот құрастыруды үйретеміз.", "Балалар қандай жетістікке жетті?",
                "Біздің командамыз облыстық жарыста жеңді. Мен оларды мақтан тұтамын."],
         [("Ақжол Бейсенбаев", None, None), ("Ақжол Бейсенбаев", None, None)]),
        # ... a noun the narrative gave someone is that person ...
        ("ru", ["Одной из первых пациенток центра стала 64-летняя Раиса Ким.", "«Я уже хожу», — рассказала пациентка."],
         [("Раиса Ким", "пациентка", "рассказала")]),
        # ... "выступила ...:" (spoke publicly) is a speech verb ...
        ("ru", ["Депутат маслихата Алия Нурланова выступила против повышения: «Люди не выдержат новых тарифов»."],
         [("Алия Нурланова", "Депутат маслихата", "выступила")]),
        # ... a plural role keeps its numbered noun ...
        ("ru", ["«Мы ждем автобус по сорок минут», — возмущаются пассажиры маршрута №12."], [(None, "пассажиры маршрута №12", "возмущаются")]),
        # ... "поднял кубок над головой:" is no speech ...
        ("ru", ["Капитан команды Ерлан Сапаров поднял кубок над головой: «Это для наших болельщиков»."],
         [("Ерлан Сапаров", "Капитан команды", None)]),
        # ... a Kazakh role is all the words before the name ...
        ("kk", ["Жеңімпаз командадағы сегізінші сынып оқушысы Айша Серікова: «Біз үш ай дайындалдық», – деді."],
         [("Айша Серікова", "Жеңімпаз командадағы сегізінші сынып оқушысы", "деді")]),
        # ... and a district named like a given name stays in the role.
        ("ru", ["«Автобусы ходят редко», — говорит жительница микрорайона Самал Айжан Бектурова."],
         [("Айжан Бектурова", "жительница микрорайона Самал", "говорит")]),
    ],
    ids=["kk-interview-guest-among-two-named", "noun-the-narrative-gave", "spoke-against", "plural-role-with-a-number",
         "raised-the-cup", "kk-role-all-words-before-the-name", "district-named-like-a-given-name"],
)  # fmt: skip
def test_open_cases_of_the_twenty_third_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # An initial before a surname the dictionary knows but whose ending shows none ("Ким", "Цой") is
        # part of the name (it was "Ким" with the initial left in the role, "аким района Е.").
        ("«Мы завершим ремонт», — подчеркнул Е. Ким.", [("Е. Ким", None, "подчеркнул")]),
        ("«Мы завершим ремонт», — подчеркнул аким района Е. Цой.", [("Е. Цой", "аким района", "подчеркнул")]),
    ],
    ids=["kim", "tsoi-with-a-role"],
)  # fmt: skip
def test_an_initial_before_a_surname_the_dictionary_knows(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "ru") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Those told in the Kazakh dative right after the verb are no part of the role: an outlet's
        # correspondent, a channel in marks, a pronoun, a plural of people (they were the role's first words).
        (["«Жұмыс жалғасады», – деді Bestnews.kz тілшісіне аудан әкімі Ерлан Сапаров."], [("Ерлан Сапаров", "аудан әкімі", "деді")]),
        (["«Жұмыс жалғасады», – деді «Хабар» арнасына аудан әкімі Ерлан Сапаров."], [("Ерлан Сапаров", "аудан әкімі", "деді")]),
        (["«Жұмыс жалғасады», – деп атап өтті тілшімізге аудан әкімі Ерлан Сапаров."],
         [("Ерлан Сапаров", "аудан әкімі", "атап өтті")]),
        (["«Жұмыс жалғасады», – деді бізге ауыл әкімі Ерлан Сапаров."], [("Ерлан Сапаров", "ауыл әкімі", "деді")]),
        (["«Жұмыс жалғасады», – деді журналистерге Ерлан Сапаров."], [("Ерлан Сапаров", None, "деді")]),
        # ... before "ол", or with no one after them: the one "ол" would be (it was "Bestnews.kz тілшісіне ол").
        (["Аудан әкімі Ерлан Сапаров келді. «Жұмыс жалғасады», – деді Bestnews.kz тілшісіне ол."], [("Ерлан Сапаров", None, "деді")]),
        (["Аудан әкімі Ерлан Сапаров келді. «Жұмыс жалғасады», – деді Bestnews.kz тілшісіне."], [("Ерлан Сапаров", None, "деді")]),
        # ... a body speaking too ...
        (["«Жол жабық», – деп хабарлады Bestnews.kz тілшісіне облыстық полиция департаменті."],
         [("облыстық полиция департаменті", None, "хабарлады")]),
        # ... but a dative a participle after it governs is the role's own, and "арна" is no dative.
        (["«Жұмыс көп», – деді ауылға жаңа келген дәрігер Ерлан Сапаров."], [("Ерлан Сапаров", "ауылға жаңа келген дәрігер", "деді")]),
        (["«Жұмыс көп», – деді арна директоры Ерлан Сапаров."], [("Ерлан Сапаров", "арна директоры", "деді")]),
    ],
    ids=["outlets-correspondent", "channel-in-marks", "our-correspondent", "pronoun", "plural-then-a-name", "then-ol",
         "nobody-after", "body", "participles-own-dative", "arna-nominative"],
)  # fmt: skip
def test_kazakh_those_told_after_the_verb(
    paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, "kk") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Kazakh "«п» екенін / екендігін" before a speech verb is a quotation of the speaker before the
        # marks, as Russian "отметил, что «п»" (it was lost) ...
        ("Облыс әкімі Ерлан Сапаров «жол құрылысы биыл міндетті түрде аяқталуы тиіс» екендігін айтты.",
         [("Ерлан Сапаров", "Облыс әкімі", "айтты")]),
        ("Облыс әкімі Ерлан Сапаров келді. Ол «жол құрылысы биыл міндетті түрде аяқталуы тиіс» екенін атап өтті.",
         [("Ерлан Сапаров", None, "атап өтті")]),
        # ... but not a name in marks, nor words no one is said to speak.
        ("Облыс әкімі Ерлан Сапаров жеңімпаз «Астана» екенін хабарлады.", []),
        ("Облыс әкімі Ерлан Сапаров мердігер «Қазақстан темір жолы» екенін айтты.", []),
        ("«Жол құрылысы биыл міндетті түрде аяқталуы тиіс» екенін барлығы біледі.", []),
        ("Облыс әкімі Ерлан Сапаров «жол құрылысы биыл міндетті түрде аяқталуы тиіс» екенін білмеді.", []),
        # A Kazakh gerund's clause ends the subject with no comma before it (the role was "сөз сөйлеп").
        ("Облыс әкімі Ерлан Сапаров жиында сөз сөйлеп, «Жол құрылысы уақытында аяқталуы тиіс» деп атап өтті.",
         [("Ерлан Сапаров", "Облыс әкімі", "атап өтті")]),
        ("Облыс әкімі Ерлан Сапаров жиында сөйлеп, былай деді: «Жол құрылысы уақытында аяқталуы тиіс».",
         [("Ерлан Сапаров", "Облыс әкімі", "деді")]),
        ("Облыс әкімі Ерлан Сапаров жиында сөз сөйлеп, «Жол құрылысы уақытында аяқталуы тиіс» екенін атап өтті.",
         [("Ерлан Сапаров", "Облыс әкімі", "атап өтті")]),
    ],
    ids=["ekendigin", "ekenin-after-ol", "team-name", "company-name", "nobody-speaks", "not-a-speech-verb",
         "gerund-clause-dep", "gerund-clause-colon", "gerund-clause-ekenin"],
)  # fmt: skip
def test_kazakh_that_clause_and_gerund_clause(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "kk") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Adverbials between the author's dash and a speech verb (the quotation was lost): prepositional
        # phrases, a name in marks among them, adverbs set off by commas, a gerund's clause ...
        (["«Сын до сих пор в больнице», — со слезами на глазах рассказывает мать пострадавшего."],
         [(None, "мать пострадавшего", "рассказывает")]),
        (["«Сын до сих пор в больнице», — в свою очередь заметил аким района Ерлан Сапаров."],
         [("Ерлан Сапаров", "аким района", "заметил")]),
        (["«Сын до сих пор в больнице», — в эфире телеканала «Хабар» рассказала мать пострадавшего."],
         [(None, "мать пострадавшего", "рассказала")]),
        (["«Сын до сих пор в больнице», — тихо, почти шепотом говорит мать пострадавшего."],
         [(None, "мать пострадавшего", "говорит")]),
        (["«Сын до сих пор в больнице», — не скрывая слез, рассказывает мать пострадавшего."],
         [(None, "мать пострадавшего", "рассказывает")]),
        (["«Когда закончат ремонт?» — в недоумении спрашивает пенсионерка."], [(None, "пенсионерка", "спрашивает")]),
        # ... an office in the locative there speaks ...
        (["«Пострадавших нет», — в акимате сообщили."], [("акимат", None, "сообщили")]),
        # ... but after a dash with no comma before it the words are narrative, and a verb of no speech is none.
        (["Фильм вышел в прокат. «Дорога домой» — в прокате с пятницы рассказывает историю семьи."], []),
        (["«Кайрат» — в прошлом сезоне говорил об этом тренер — занял второе место."], []),
        (["«Здание построено на века», — в 2020 году открылся новый корпус."], []),
    ],
    ids=["prepositional-phrases", "v-svoyu-ochered", "name-in-marks-in-the-phrase", "adverbs-with-commas",
         "gerund-clause", "question-mark-no-comma", "office-in-the-locative", "narrative-dash-film",
         "narrative-dash-team", "verb-of-no-speech"],
)  # fmt: skip
def test_adverbials_between_the_dash_and_the_verb(
    paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, "ru") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A Kazakh gerund's clause or a postposition's phrase between "деп" and the verb: the speaker
        # follows the verb (the clause was the role) ...
        (["«Ұлым әлі ауруханада», – деп көзіне жас алып айтты ана."], [(None, "ана", "айтты")]),
        (["«Ұлым әлі ауруханада», – деп жылап отырып айтты зардап шеккеннің анасы."],
         [(None, "зардап шеккеннің анасы", "айтты")]),
        (["«Ұлым әлі ауруханада», – деп телефон арқылы хабарлады ана."], [(None, "ана", "хабарлады")]),
        (["Ауыл тұрғыны Гүлнар Сейтова келді.", "«Ұлым әлі ауруханада», – деп күліп жауап берді Сейтова."],
         [("Гүлнар Сейтова", None, "жауап берді")]),
        # ... and after the speaker the clause is no part of the role.
        (["«Ұлым әлі ауруханада», – деді ана көзіне жас алып."], [(None, "ана", "деді")]),
        (["«Ұлым әлі ауруханада», – деді ауыл тұрғыны күліп."], [(None, "ауыл тұрғыны", "деді")]),
        (["«Ұлым әлі ауруханада», – деді ана ауруханада отырып."], [(None, "ана", "деді")]),
        (["«Ұлым әлі ауруханада», – деді ауыл тұрғыны Гүлнар Сейтова күліп."], [("Гүлнар Сейтова", "ауыл тұрғыны", "деді")]),
    ],
    ids=["tears-gerund-before-verb", "two-gerunds", "postposition", "pair-after-gerund", "trailing-gerund-clause",
         "trailing-gerund", "trailing-locative-and-gerund", "trailing-gerund-after-name"],
)  # fmt: skip
def test_kazakh_adverbial_clauses_around_the_verb(
    paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, "kk") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "По словам" with a name and its role in apposition, either way round (the quotation was lost) ...
        ("По словам Ерлана Сапарова, директора школы, «ремонт завершат к сентябрю».",
         [("Ерлан Сапаров", "директор школы", "По словам")]),
        ("По словам директора школы, Ерлана Сапарова, «ремонт завершат к сентябрю».",
         [("Ерлан Сапаров", "директор школы", "По словам")]),
        ("По словам Айгуль Сапаровой, матери ученика, «ремонт завершат к сентябрю».",
         [("Айгуль Сапарова", "мать ученика", "По словам")]),
        # ... but a relative clause there leaves none.
        ("По словам министра, который приехал на объект, «ремонт завершат к сентябрю».", []),
        # A short adjective before ", что «п»" serves as the verb, when someone is named.
        ("Эксперт Данияр Сулейменов уверен, что «цены продолжат расти».", [("Данияр Сулейменов", "Эксперт", "уверен")]),
        ("Министр Айгуль Сапарова уверена, что «цены продолжат расти».", [("Айгуль Сапарова", "Министр", "уверена")]),
        ("Все уверены, что «цены продолжат расти».", []),
    ],
    ids=["name-then-role", "role-then-name", "woman-then-kin-role", "relative-clause", "uveren-chto", "uverena-chto",
         "vse-uvereny"],
)  # fmt: skip
def test_po_slovam_with_an_apposition_and_a_short_adjective_before_chto(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "ru") == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-fourth held-out set's misses. A man's given name in "-ия" in the genitive before a
        # surname that does not decline (it stayed "Виталия", so the bare surname after found no one) ...
        ("ru", ["По словам директора компании Виталия Мороченко, «техника работает в три смены».",
                "«Только за прошлую ночь мы эвакуировали 37 автомобилей», — добавил Мороченко."],
         [("Виталий Мороченко", "директор компании", "По словам"), ("Виталий Мороченко", None, "добавил")]),
        # ... a Kazakh attitude after the pronoun is no role ...
        ("kk", ["Шаруа қожалығының иесі Серік Жақыпов 300 бас сиыр ұстайды. Ол науқанның ерте басталғанына риза: "
                "«Биыл бәрі ертерек ұйымдастырылды»."],
         [("Серік Жақыпов", None, None)]),
        ("kk", ["Ауыл тұрғыны жағдайға риза: «Биыл бәрі ертерек ұйымдастырылды»."], [(None, "Ауыл тұрғыны", None)]),
    ],
    ids=["vitaliya-morochenko", "kk-pronoun-then-attitude", "kk-role-then-attitude"],
)  # fmt: skip
def test_the_twenty_fourth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-fourth held-out set's open cases, as settled in fixtures/text/README.md. "тот" right
        # after one of many's question is the one asked (it was the newcomer) ...
        ("ru", ["Заместитель акима Астаны Данияр Жаксыбеков ответил на вопросы.",
                "— А дворы? Их кто будет чистить? — поинтересовался один из журналистов.",
                "— Дворы – зона ответственности ОСИ, — ответил тот."],
         [(None, "один из журналистов", "поинтересовался"), ("Данияр Жаксыбеков", None, "ответил")]),
        # ... a correspondent is someone new (it was the official named before) ...
        ("ru", ["Заместитель акима Астаны Данияр Жаксыбеков ответил на вопросы. «Когда уберут снег?» — спросил "
                "корреспондент Bestnews.kz. «К утру», — ответил Жаксыбеков."],
         [(None, "корреспондент Bestnews.kz", "спросил"), ("Данияр Жаксыбеков", None, "ответил")]),
        # ... a bare surname after initials is the person as written ...
        ("ru", ["Руководитель управления Б.К. Ташенова выступила на брифинге. «Мы готовы, — сказала Ташенова. — "
                "Техника на месте»."],
         [("Б.К. Ташенова", None, "сказала")]),
        # ... a man's genitive after a masculine genitive (it was a woman "Дамира Сагындыкова") ...
        ("ru", ["Две шайбы на счету нападающего Дамира Сагындыкова. «Это победа команды», — воскликнул Сагындыков."],
         [("Дамир Сагындыков", None, "воскликнул")]),
        # ... "был краток:" is no speech verb ...
        ("ru", ["Наставник гостей Игорь Лапшин был краток: «Мы проиграли заслуженно»."],
         [("Игорь Лапшин", "Наставник гостей", None)]),
        # ... a fans' club speaks as an office ...
        ("ru", ["«Мы поддержим команду», — сообщили в фан-клубе «Жасыл Барс»."], [("фан-клуб «Жасыл Барс»", None, "сообщили в")]),
        # ... the place one of many are of stays in the role (it was the speaker "Бесагаша") ...
        ("ru", ["«Снег не убирают неделю», — сказал один из жителей Бесагаша."], [(None, "один из жителей Бесагаша", "сказал")]),
        # ... and "Ғалым" alone is the role noun, referring back.
        ("kk", ["Инженер Ғалым Сәдуақасов арнаны көрсетті. «Су жетеді», – деді Ғалым."], [("Ғалым Сәдуақасов", "Ғалым", "деді")]),
    ],
    ids=["tot-after-one-of-many", "correspondent-newcomer", "surname-after-initials", "genitive-after-napadayushchego",
         "byl-kratok", "fan-club", "one-of-the-residents-of-a-village", "galym-alone"],
)  # fmt: skip
def test_open_cases_of_the_twenty_fourth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-fifth held-out set's misses. A town after "из" is where from, no name (it was the
        # speaker "Степногорска", the role "пассажирка минивэна из"), and the pronoun after is her ...
        ("ru", ["«Дети в машине уже третий час», — рассказала пассажирка минивэна из Степногорска. «Нам сказали ждать», "
                "— добавила она."],
         [(None, "пассажирка минивэна", "рассказала"), (None, None, "добавила")]),
        # ... a bare surname with its role in apposition before the verb (no one was named) ...
        ("ru", ["Алина Жаксылыкова основала компанию. Жаксылыкова, технический директор компании, объяснила, как "
                "работает прибор: «Счетчик раз в час передает данные»."],
         [("Алина Жаксылыкова", "технический директор компании", "объяснила")]),
        # ... and a Kazakh instrumental and possessed locative before the colon verb are no part of the role.
        ("kk", ["Ақын Ерлан Сапаров жеңімпаз атанды. Жеңімпаз марапаттау рәсімінде сезімімен бөлісті: «Бұл жүлде – "
                "ұстазымның еңбегі»."],
         [("Ерлан Сапаров", "Жеңімпаз", "бөлісті")]),
    ],
    ids=["town-after-iz", "bare-surname-with-apposition", "kk-instrumental-and-possessed-locative"],
)  # fmt: skip
def test_the_twenty_fifth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-fifth held-out set's open cases, as settled in fixtures/text/README.md. A place after
        # "у" opening the sentence is no part of the role (it was "Косшы инспектор ...") ...
        ("ru", ["На посту у Косшы инспектор дорожной полиции Ерболат Нуртазин объяснял водителям: «Трасса закрыта до утра»."],
         [("Ерболат Нуртазин", "инспектор дорожной полиции", "объяснял")]),
        # ... "бата берді" and "мақтады" are cues (they were null) ...
        ("kk", ["Ақсақал Төлеген Ахметов жастарға бата берді: «Елге қызмет етіңдер»."], [("Төлеген Ахметов", "Ақсақал", "бата берді")]),
        ("kk", ["Хор жетекшісі Айгүл Сәрсенова шәкірттерін мақтады: «Балалар жақсы дайындалды»."],
         [("Айгүл Сәрсенова", "Хор жетекшісі", "мақтады")]),
        # ... a paragraph opening with its own quotation and author's words ends an undashed answer (it was
        # part of the answer) ...
        ("kk", ["Bestnews.kz тілшісі аудандық аурухананың дәрігері Динара Есенғалиевамен сұхбаттасты.", "Науқастар көп пе?",
                "Иә, көп. Біз күніне 40 адам қабылдаймыз.", "Дәрі жеткілікті ме?", "Жеткілікті. Біз облыстан алдық.",
                "«Бізде жаңа рентген аппараты бар», – деп қосты бас дәрігер Бақытжан Сейітов."],
         [("Динара Есенғалиева", None, None), ("Динара Есенғалиева", None, None), ("Бақытжан Сейітов", "бас дәрігер", "қосты")]),
        # ... an attitude verb ends dash speech, an occupation refers back past a fund, the word as written
        # over a longer role, an elder named is the elder, a plural role opening its sentence is several.
        ("ru", ["— Мы стоим здесь с шести вечера! — возмущается водитель грузовика Ринат Галиев. — Солярка на исходе."],
         [("Ринат Галиев", "водитель грузовика", "возмущается")]),
        ("ru", ["Основатель компании Руслан Ибрагимов рассказал о проекте. Соинвестором проекта стал венчурный фонд «Алатау "
                "Капитал». «Мы вложим еще миллион», — пообещал инвестор."],
         [("Руслан Ибрагимов", "инвестор", "пообещал")]),
        ("kk", ["Бас дәрігері Бақытжан Сейітов ауруханаға келді. Дәрігер Динара Есенғалиева науқастарды қабылдады. «Дәрі "
                "жеткілікті», – дейді дәрігер."],
         [("Динара Есенғалиева", "дәрігер", "дейді")]),
        ("kk", ["Ақсақал Төлеген Ахметов сахнаға шықты. «Елге қызмет етіңдер», – деді ақсақал."],
         [("Төлеген Ахметов", "ақсақал", "деді")]),
        ("kk", ["Залдағы жастар: «Айтыс бізге ұнады», – дейді."], [(None, "Залдағы жастар", "дейді")]),
    ],
    ids=["place-after-u", "bata-berdi", "maqtady", "quotation-after-undashed-answers", "attitude-verb-ends-dash-speech",
         "investor-after-a-fund", "word-as-written-over-longer-role", "elder-named", "plural-role"],
)  # fmt: skip
def test_open_cases_of_the_twenty_fifth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A gerund's clause set off by commas between the cue and the speaker (no one was named) ...
        ("«Тарифы не вырастут», — сообщил, отвечая на вопрос журналиста, глава ведомства Ерлан Сапаров.",
         [("Ерлан Сапаров", "глава ведомства", "сообщил")]),
        # ... and one person's two posts joined by a spaced dash (the role stopped at the dash, no one named).
        ("«Тарифы не вырастут», — заявил вице-премьер — министр национальной экономики Ерлан Сапаров.",
         [("Ерлан Сапаров", "вице-премьер — министр национальной экономики", "заявил")]),
        ("Вице-премьер – министр финансов Ерлан Сапаров заявил: «Бюджет исполнен».",
         [("Ерлан Сапаров", "Вице-премьер – министр финансов", "заявил")]),
        ("По словам заместителя премьер-министра – министра финансов Ерлана Сапарова, «бюджет исполнен».",
         [("Ерлан Сапаров", "заместитель премьер-министра – министр финансов", "По словам")]),
        # A dash before anything else still ends the clause.
        ("«Бюджет исполнен», — сказал заместитель акима Ерлан Сапаров — главный по этому вопросу.",
         [("Ерлан Сапаров", "заместитель акима", "сказал")]),
    ],
    ids=["gerund-clause-after-the-cue", "double-post-after-the-dash", "double-post-before-a-colon",
         "double-post-after-po-slovam", "dash-then-no-post"],
)  # fmt: skip
def test_a_gerund_clause_after_the_cue_and_a_double_post(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "ru") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A Kazakh double post joined by a spaced dash (the role stopped at the dash, no one named) ...
        ("«Тарифтер өспейді», – деді Үкімет басшысының орынбасары – Ұлттық экономика министрі Ерлан Сапаров.",
         [("Ерлан Сапаров", "Үкімет басшысының орынбасары – Ұлттық экономика министрі", "деді")]),
        # ... a plural accusative after the speaker is the verb's object (it was in the role) ...
        ("«Тарифтер өспейді», – деп сендірді министр депутаттарды.", [(None, "министр", "сендірді")]),
        # ... a genitive with its name before a possessed dative (it was the speaker "Мәжіліс"), and a
        # capitalised locative after the surname (it was the name "Сапаров Мәжілісте").
        ("Министр Мәжіліс депутаттарының сұрақтарына жауап берді: «Тарифтер өспейді».", [(None, "Министр", "жауап берді")]),
        ("Энергетика министрі Ерлан Сапаров Мәжілісте депутаттардың сұрағына жауап берді: «Тарифтер өспейді».",
         [("Ерлан Сапаров", "Энергетика министрі", "жауап берді")]),
    ],
    ids=["kk-double-post", "kk-plural-accusative-object", "kk-genitive-of-a-body-before-a-dative",
         "kk-capitalised-locative-after-the-surname"],
)  # fmt: skip
def test_kazakh_double_posts_objects_and_genitives(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "kk") == expected


def test_a_body_speaking_in_its_telegram_channel() -> None:
    # "— сообщили в Telegram-канале акимата": the channel's owner speaks (it was "Telegram-канале акимата").
    assert speakers(["«Работы завершены», — сообщили в Telegram-канале акимата Алматы."], "ru") == [
        ("акимат Алматы", None, "сообщили в")
    ]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-seventh held-out set's misses: a kin noun before a full name in the nominative is
        # that person's role ("Ермеков" read as a genitive plural made him a relative of someone named),
        # and the family name shared with a woman named before makes him no relative of hers ...
        ("ru", ["Жительница Жанар Ермекова пожаловалась. «Дышать нечем», — добавила она. Ее муж Серик Ермеков уверен, что "
                "«без запрета жечь мусор фильтры не помогут». «Мы думаем о переезде», — призналась она."],
         [("Жанар Ермекова", None, "добавила"), ("Серик Ермеков", "Ее муж", "уверен"), ("Жанар Ермекова", None, "призналась")]),
        # ... while the same person in another case still makes one.
        ("ru", ["Чемпионом стал Арман Утегенов.", "«Я горжусь сыном», — призналась мать Армана Утегенова."],
         [(None, "мать Армана Утегенова", "призналась")]),
    ],
    ids=["husband-of-a-woman-named", "mother-of-the-champion"],
)  # fmt: skip
def test_the_twenty_seventh_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-seventh held-out set's open cases, as settled in fixtures/text/README.md.
        ("kk", ["Қала әкімі Ерлан Сапаров тұрғындарды құттықтады: «Көпір жазда ашылады»."],
         [("Ерлан Сапаров", "Қала әкімі", "құттықтады")]),
        ("ru", ["Другой потерпевший, житель Караганды Руслан Жумабеков, тоже лишился денег. Одна из потерпевших, пенсионерка "
                "Гульмира Ахметова, потеряла 2 млн тенге. «Я перевел все деньги», — рассказывает потерпевший."],
         [(None, "потерпевший", "рассказывает")]),
        ("kk", ["Қала әкімі тұрғындарға түсініктеме берді: «Көпір жазда ашылады». Тұрғын Гүлжан Аманова қуанышты екенін "
                "айтты. «Көлік кептелісі азаяды», – деп қосты ол."],
         [(None, "Қала әкімі", "түсініктеме берді"), ("Гүлжан Аманова", None, "қосты")]),
        ("ru", ["«Я перевел все деньги», — вспоминает Жумабеков."], [("Жумабеков", None, "вспоминает")]),
        ("ru", ["По словам начальника отдела РГП «Казгидромет» Ерлана Тасбулатова, «ветра не будет». «Инверсия сохранится», "
                "— уточнил синоптик."],
         [("Ерлан Тасбулатов", "начальник отдела РГП «Казгидромет»", "По словам"), ("Ерлан Тасбулатов", "синоптик", "уточнил")]),
        ("kk", ["Ауыл шаруашылығы министрлігінің хабарламасында: «Су жеткілікті», – делінген. Министрліктің мәліметінше, "
                "«егін суарылады»."],
         [("Ауыл шаруашылығы министрлігі", None, "делінген"), ("Министрлік", None, "мәліметінше")]),
    ],
    ids=["kk-kuttyktady", "another-victim-is-new", "kk-ol-after-a-role-only", "vspominaet", "sinoptik",
         "kk-ministry-by-its-head"],
)  # fmt: skip
def test_open_cases_of_the_twenty_seventh_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-sixth held-out set's misses: a name in marks right after "По данным X" with no comma
        # is part of the source (it was a quotation) ...
        ("ru", ["По данным ассоциации предпринимателей «Бизнес-Альянс Сарыарка», «из 4 800 ее членов счета-фактуры "
                "выписывают меньше трети»."],
         [("ассоциация предпринимателей «Бизнес-Альянс Сарыарка»", None, "По данным")]),
        # ... and a Kazakh relative with an adjective before the kin noun is someone new (it was the boy named before).
        ("kk", ["Отбасының үлкен ұлы Ерасыл биыл мектеп бітірді. «Өскенде мен де мал дәрігері боламын», дейді Ерасыл.",
                "Шопанның кенже қызы: «Мен қозыларға қараймын. Әрқайсысының атын білемін», – деді."],
         [("Ерасыл", None, "дейді"), (None, "Шопанның кенже қызы", "деді")]),
    ],
    ids=["name-in-marks-after-po-dannym", "kk-relative-with-an-adjective"],
)  # fmt: skip
def test_the_twenty_sixth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-sixth held-out set's open cases, as settled in fixtures/text/README.md. A relative
        # opening a narrative sentence is the one a pronoun next means (it was "Ерсултана Кайыпова", a woman)
        ("ru", ["Ринговый врач Айгерим Ли осмотрела боксера. Мать Ерсултана Кайыпова смотрела бой из первого ряда. «Я не "
                "могла смотреть», — рассказала она."],
         [(None, None, "рассказала")]),
        ("ru", ["«Он готов», — рассказал тренер Кайыпова Серик Жанабаев."], [("Серик Жанабаев", "тренер Кайыпова", "рассказал")]),
        ("ru", ["«Я потеряла все», — рассказала одна из потерпевших, пенсионерка из Алатауского района Роза Мухамеджанова."],
         [("Роза Мухамеджанова", "пенсионерка из Алатауского района", "рассказала")]),
        ("kk", ["«Қызым жақсы тапсырды», – деді Айзеренің анасы Шынар Әбдірахманова."],
         [("Шынар Әбдірахманова", "Айзеренің анасы", "деді")]),
        ("ru", ["Депутат Е. К. Сарсенова напомнила о самозанятых: «Их нельзя забывать»."], [("Е. К. Сарсенова", "Депутат", "напомнила")]),
        ("ru", ["«Бизнес не против, — продолжил Оспанов, — но сроки малы»."], [("Оспанов", None, "продолжил")]),
        ("kk", ["Отағасы Қайрат Жолдасбеков келді. Ол қонақтарды киіз үйдің алдында қарсы алды: «Төрлетіңіздер, шай дайын, "
                "қымыз да бар»."],
         [("Қайрат Жолдасбеков", None, None)]),
        ("kk", ["Тағы бір түлек Даниял Серікбаев нәтижесіне көңілі толмайды: «Мен көбірек күткен едім»."],
         [("Даниял Серікбаев", "Тағы бір түлек", None)]),
        ("ru", ["Судья огласила приговор бывшему руководителю отделения банка Жанне Омаровой. «Я раскаиваюсь», — сказала в "
                "последнем слове подсудимая."],
         [(None, "подсудимая", "сказала")]),
        ("kk", ["Жолдасбековтердің үлкен ұлы Ерасыл биыл мектеп бітірді. «Мал дәрігері боламын», дейді Ерасыл."],
         [("Ерасыл", None, "дейді")]),
    ],
    ids=["relative-opening-a-narrative-sentence", "coach-of-a-boxer", "pensioner-from", "kk-mother-of-a-given-name",
         "napomnila", "prodolzhil", "kk-ol-welcomed", "kk-tagy-bir", "defendant-named-by-office", "kk-given-name-only"],
)  # fmt: skip
def test_open_cases_of_the_twenty_sixth_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_a_gerund_after_an_office_speaking() -> None:
    # "— пообещали в акимате района, добавив, что «п»": the office speaks the second quotation too (it
    # was "в акимате района", as written).
    paragraph = "«Ремонт закончим к сентябрю», — пообещали в акимате района, добавив, что «парты уже закуплены»."
    assert speakers([paragraph], "ru") == [("акимат района", None, "пообещали в"), ("акимат района", None, "добавив")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # An adjective used as a role noun before a name is the role (it was none) ...
        ("«Это справедливо», — сказал потерпевший Ерлан Сапаров.", [("Ерлан Сапаров", "потерпевший", "сказал")]),
        ("«Это справедливо», — прокомментировал приговор потерпевший Ерлан Сапаров.",
         [("Ерлан Сапаров", "потерпевший", "прокомментировал")]),
        ("«Мест нет», — сообщила заведующая отделением Айгуль Сапарова.",
         [("Айгуль Сапарова", "заведующая отделением", "сообщила")]),
        # ... and "Как говорится в сообщении X, «п»" is X's (it was "акимата", or "в приговоре" as a role).
        ("Как говорится в сообщении акимата, «работы завершены».", [("акимат", None, "Как говорится в сообщении")]),
        ("Как отмечается в пресс-релизе министерства, «работы завершены».",
         [("министерство", None, "Как отмечается в пресс-релизе")]),
        ("Как говорится в приговоре, «подсудимый вину не признал».", [(None, None, "Как говорится в приговоре")]),
    ],
    ids=["poterpevshii", "poterpevshii-after-an-object", "zaveduyushchaya", "kak-govoritsya-v-soobshchenii",
         "kak-otmechaetsya-v-press-relize", "kak-govoritsya-v-prigovore"],
)  # fmt: skip
def test_substantive_roles_and_kak_govoritsya(
    paragraph: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers([paragraph], "ru") == expected


def test_a_role_in_latin_letters() -> None:
    # "CEO компании": the Latin role starts the role (it was "компании").
    assert speakers(["«Мы готовы», — сказал CEO компании Тимур Ахметов."], "ru") == [
        ("Тимур Ахметов", "CEO компании", "сказал")
    ]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The twenty-eighth and twenty-ninth held-out sets' misses: an adverb opening a participle's clause
        # after the name (no one was named) ...
        ("ru", ["«Без него мы бы не выиграли», — признал наставник. Вратарь «Кайрата» Даулет Шарипов, впервые сыгравший за "
                "сборную в официальном матче, поделился впечатлениями: «Перед игрой немного волновался»."],
         [(None, "наставник", "признал"), ("Даулет Шарипов", "Вратарь «Кайрата»", "поделился")]),
        # ... a street's name (it was the speaker "Торайгырова") ...
        ("ru", ["«Дети спят одетыми», — возмущаются жильцы дома №14 по улице Торайгырова."],
         [(None, "жильцы дома №14", "возмущаются")]),
        # ... a Kazakh role noun before any verb after "деп" (the cue was "жазушы күлімсіреді") ...
        ("kk", ["Жазушы Талғат Оразбекұлы келді. «Мен де осындай ауылда өстім», – деп жазушы күлімсіреді."],
         [("Талғат Оразбекұлы", "жазушы", "күлімсіреді")]),
        # ... and the plural of a Kazakh agent noun opening a sentence (it was a name).
        ("kk", ["Ұйымдастырушылар көрермендерге ескерту жасады: «Кешкі концерттер 21:00-де басталады»."],
         [(None, "Ұйымдастырушылар", "ескерту жасады")]),
    ],
    ids=["adverb-opening-a-participle-clause", "street-name", "kk-role-noun-before-any-verb", "kk-plural-agent-noun"],
)  # fmt: skip
def test_the_twenty_eighth_and_twenty_ninth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # Their open cases, as settled in fixtures/text/README.md; those with a fix first: coordinated
        # Kazakh addressees (their first was in the role), "жоққа шығарды:" (it was no cue), a name in the
        # genitive before a kin noun (it was the speaker), "— говорят они" (the role was "они").
        ("kk", ["Департамент мамандары қала тұрғындары мен кәсіпкерлерге ескерту жасады: «Отты абайлап қолданыңыздар»."],
         [(None, "Департамент мамандары", "ескерту жасады")]),
        ("kk", ["Ерболат Жұмабаев бұл айыптауларды жоққа шығарды: «Мен кінәлі емеспін»."],
         [("Ерболат Жұмабаев", None, "жоққа шығарды")]),
        ("kk", ["Бірінші сынып оқушысы Ақжол Серікұлының әкесі: «Ұлым жаттығуды жақсы өтті», – деді."],
         [(None, "Бірінші сынып оқушысы Ақжол Серікұлының әкесі", "деді")]),
        ("ru", ["Жители Калкамана ждут метро давно. «Мы добираемся полтора часа», — говорят они."], [(None, None, "говорят")]),
        ("ru", ["— А если ребенок заболеет? — спросил ее участковый педиатр Ерлан Нуржанов."],
         [("Ерлан Нуржанов", "ее участковый педиатр", "спросил")]),
        ("ru", ["Жительница 5-го микрорайона пенсионерка Галина Петровна Сысоева обратилась к нему: «Когда дадут тепло?»"],
         [("Галина Петровна Сысоева", "Жительница 5-го микрорайона пенсионерка", "обратилась")]),
        ("ru", ["«Мы сыграли хорошо», — сказал главный тренер сборной Казахстана серб Радослав Милетич."],
         [("Радослав Милетич", "главный тренер сборной Казахстана серб", "сказал")]),
        ("ru", ["Мама пятилетнего Нурали Айгуль Бекова рассказала: «Сын заболел в школе»."],
         [("Айгуль Бекова", "Мама пятилетнего Нурали", "рассказала")]),
        ("kk", ["Ауыл тұрғыны Ерлан Сапаров келді. Оның ұлы Дәурен: «Әкем бәрін көрді», – деді."], [("Дәурен", "Оның ұлы", "деді")]),
        ("ru", ["Руководитель группы Айгуль Сапарова пришла первой. Тоннелепроходческий комплекс «Айгерим» прошел 600 метров. "
                "«Все идет по плану», — ответила та."],
         [("Айгуль Сапарова", None, "ответила")]),
        ("ru", ["Ведущий инженер Тимур Абенов и инженер-испытатель Ольга Кравченко проверили ракету. «Все системы в норме», — "
                "пояснил инженер."],
         [("Тимур Абенов", "инженер", "пояснил")]),
    ],
    ids=["kk-coordinated-addressees", "kk-zhokka-shygardy", "kk-genitive-before-kin", "ru-they", "object-pronoun-kept",
         "two-role-nouns", "nationality-noun", "child-named-in-the-role", "kk-son-by-given-name", "machine-named-aigerim",
         "two-engineers"],
)  # fmt: skip
def test_open_cases_of_the_twenty_eighth_and_twenty_ninth_held_out_sets(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The thirtieth and thirty-first held-out sets' misses: a man's genitive beside a masculine genitive
        # noun (it stayed "Сардора Юсупова") but not after a person noun in the nominative ...
        ("ru", ["Победителем стал Тимур Абдрахманов, обыгравший в финале узбекского теннисиста Сардора Юсупова – 6:4, 7:6. "
                "Юсупов был краток: «Я вел 5:2 во втором сете и сам отдал эту партию»."],
         [("Сардор Юсупов", None, None)]),
        ("ru", ["Рядом стояла мать космонавта Гульмира Темирханова. В руках она держала фотографию сына.",
                "— Он с детства собирал модели ракет, — вспоминает она."],
         [("Гульмира Темирханова", None, "вспоминает")]),
        # ... an adverb between an office and its verb (it was "федерация также") ...
        ("ru", ["«Фонд вырастет», — говорится в сообщении Федерации тенниса Казахстана. В федерации также сообщили, что "
                "«заявки подали теннисисты из 22 стран»."],
         [("Федерация тенниса Казахстана", None, "говорится в сообщении"), ("Федерация тенниса Казахстана", None, "сообщили")]),
        # ... a subject before "но" and a predicate (the quotation was lost) ...
        ("ru", ["Ее сосед по подъезду Арман Исмаилов собак не боится, но тоже недоволен: «Их месяцами никто не отлавливает»."],
         [("Арман Исмаилов", "Ее сосед по подъезду", None)]),
        # ... a Kazakh mother-in-law is a relative (it was the husband) ...
        ("kk", ["«Ұлымыз аман туды», – деді Аружанның жұбайы Диас Серікбаев. Аружанның енесі: «Немерем аман-есен дүниеге "
                "келді», – деді."],
         [("Диас Серікбаев", "Аружанның жұбайы", "деді"), (None, "Аружанның енесі", "деді")]),
        # ... and an elder between "деп" and a verb with its object (the cue was all three words).
        ("kk", ["Турнир соңында Әбдірахман Жүнісов жеңімпаздың маңдайынан сүйді. «Ел аман болады», – деп ақсақал сақалын "
                "сипады."],
         [("Әбдірахман Жүнісов", "ақсақал", "сақалын сипады")]),
        # Their open cases with a fix: a place after "жительница" (it was the speaker), the genitive apposition
        # after "По словам" (the quotation was lost), two Kazakh roles joined by a comma after the dash (no one).
        ("ru", ["Пенсионерка Нина Ершова пришла на встречу. «Дороги нет», — сказала жительница Кенжеколя."],
         [(None, "жительница Кенжеколя", "сказала")]),
        ("ru", ["По словам Даурена Сейтказина, вице-министра цифрового развития, инноваций и аэрокосмической промышленности, "
                "«атаки участились»."],
         [("Даурен Сейтказин", "вице-министр цифрового развития, инноваций и аэрокосмической промышленности", "По словам")]),
        ("kk", ["«Ел аман болсын», – деді ауылдың ең қарт тұрғыны, 92 жастағы ақсақал Әбдірахман Жүнісов."],
         [("Әбдірахман Жүнісов", "92 жастағы ақсақал", "деді")]),
    ],
    ids=["mans-genitive-beside-a-genitive-noun", "mother-of-the-cosmonaut", "adverb-after-the-office", "subject-before-no",
         "kk-mother-in-law", "kk-elder-before-a-verb-and-object", "place-after-zhitelnitsa", "po-slovam-genitive-apposition",
         "kk-two-roles-after-the-dash"],
)  # fmt: skip
def test_the_thirtieth_and_thirty_first_held_out_sets(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The thirty-third held-out set's miss: asking with a hyphenated one asked between the verb and
        # "вопрос" (no cue was read) ...
        ("ru", ["Депутат Мажилиса Руслан Байтасов задал вице-министру вопрос: «Почему индексация раз в год?»"],
         [("Руслан Байтасов", "Депутат Мажилиса", "задал")]),
        # ... and its open cases, as settled in fixtures/text/README.md ("сипаттады:" needed a fix: it was no cue).
        ("kk", ["Мәлике Сәрсенова жағдайды былай сипаттады: «Су түнде келді»."], [("Мәлике Сәрсенова", None, "сипаттады")]),
        ("ru", ["Водитель Ержан Абилов сел за руль. Коллега Абилова Динара Сейтова поначалу сомневалась: «Я боялась, что "
                "батарея сядет»."],
         [("Динара Сейтова", "Коллега Абилова", None)]),
        ("ru", ["Одним из первых за руль электробуса сел Ержан Абилов. «Едет мягко», — ответил тот."],
         [("Ержан Абилов", None, "ответил")]),
        ("kk", ["Актриса Аяулым Серікқызы сахнаға шықты. «Рөл маған ұнады», – деді Серікқызы."],
         [("Аяулым Серікқызы", None, "деді")]),
        ("kk", ["Аяулым Серікқызы сахнадан түскен соң сезімімен бөлісті: «Рөл маған ұнады»."],
         [("Аяулым Серікқызы", None, "бөлісті")]),
        ("kk", ["Әйтеке би ауданының тұрғыны Мәлике Сәрсенова келді. «Су түнде келді», – деді ол."],
         [("Мәлике Сәрсенова", None, "деді")]),
    ],
    ids=["zadal-vice-ministru-vopros", "kk-sipattady", "colleague-of-a-surname", "odnim-iz-pervykh-named",
         "kk-bare-kyzy-surname", "kk-postposition-before-colon-verb", "kk-district-named-after-someone"],
)  # fmt: skip
def test_the_thirty_third_held_out_set(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_the_thirty_second_held_out_sets_miss() -> None:
    # A verb of an attitude after one of many is a quotation (it was lost), and "он" right after it is that
    # newcomer (it was the man named before).
    paragraphs = [
        "Лесничий Андрей Савченко рассказал о пожаре.",
        "«Где были пожарные первые два часа? Мы сами тушили траву ведрами», — возмущался один из отдыхающих. «Хорошо "
        "хоть, ветер ночью переменился», — добавил он.",
    ]
    assert speakers(paragraphs, "ru") == [(None, "один из отдыхающих", "возмущался"), (None, None, "добавил")]


# Twentieth round: held-out sets whose texts were written by another hand, blind to the rules
# (fixtures/text/heldout, sets 34 to 37).

_INTERVIEW_RU = [
    "Основатель стартапа Алия Нурланова рассказала Bestnews.kz о своем деле.",
    "— Почему вы остались в Караганде?",
    "— Здесь дешевле, и клиенты рядом.",
    "— Что дальше?",
    "— Мы выходим в Темиртау.",
]
_INTERVIEW_KK = [
    "Қызылордалық шебер Қайрат Бекмұхамбетов 30 жылдан бері домбыра жасап келеді. Біз шебермен кәсіптің сыры туралы "
    "әңгімелестік.",
    "— Домбыра жасауға қалай келдіңіз?",
    "— Әкем ұста болған.",
    "— Бағасы қандай?",
    "— Оқу домбырасы бір аптада дайын болады.",
]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # An answer goes on only in a paragraph that speaks in the first person outside marks: a narrative
        # paragraph after the last answer, naming someone with a quotation of his own in the first person,
        # is that person's (it was read as the answer going on, and his quotation was lost).
        ("ru", [*_INTERVIEW_RU, "Среди клиентов — владелица магазина Людмила Гребенкина. «Мне 54 года, и я разобралась», "
                "— говорит она нашему корреспонденту."],
         [("Алия Нурланова", None, None)] * 2 + [("Людмила Гребенкина", None, "говорит")]),
        ("kk", [*_INTERVIEW_KK, "Оркестр әртісі Нұрболат Есенжолов оның домбырасын бірден танитынын айтады. «Біз үшін бұл "
                "— ең басты сапа», — дейді күйші.", "Есенжолов ата-аналарға кеңес берді: «Арзан аспапқа қызықпаңыздар»."],
         [("Қайрат Бекмұхамбетов", None, None)] * 2 + [("Нұрболат Есенжолов", "күйші", "дейді"),
                                                       ("Нұрболат Есенжолов", None, "кеңес берді")]),
        # ... while an answer going on with a quotation in it still goes on.
        ("ru", [*_INTERVIEW_RU, "Мой партнер любит повторять: «Продавать нужно просто»."],
         [("Алия Нурланова", None, None)] * 2),
    ],
    ids=["ru-narrative-after-the-last-answer", "kk-narrative-after-the-last-answer-and-kk-talked-with",
         "ru-answer-goes-on-with-a-quotation"],
)  # fmt: skip
def test_an_interview_answer_stops_before_a_narrative_paragraph_with_its_own_quotation(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A man's name in the genitive after an age ("42-летнего") or after a preposition's noun of a thing
        # ("по делу"): the bare surname later is his (it kept the surname, the name read as a woman's).
        ("ru", ["В суде завершились прения по делу 42-летнего Руслана Ахметжанова, которого обвиняют в мошенничестве.",
                "— Частично, ваша честь, — ответил Ахметжанов."],
         [("Руслан Ахметжанов", None, "ответил")]),
        ("ru", ["Суд рассмотрел материалы по делу Руслана Ахметжанова.", "«Я не виновен», — сказал Ахметжанов."],
         [("Руслан Ахметжанов", None, "сказал")]),
        # ... not a role's dependent: "министр юстиции Алия Нурланова" is a woman.
        ("ru", ["Законопроект представила министр юстиции Алия Нурланова.", "«Поправки готовы», — сказала министр."],
         [("Алия Нурланова", "министр", "сказала")]),
        # A given name alone, the subject of a past verb in its gender, a parenthesis between them: someone
        # named so (the woman named before was taken) ...
        ("ru", ["Жительница Айгерим Жумабекова привела сыновей. «Я сразу записалась», — рассказала она. Мать двух "
                "школьниц Сауле (имя изменено по ее просьбе) призналась, что пишет отказ. «Я боюсь», — сказала "
                "женщина."],
         [("Айгерим Жумабекова", None, "рассказала"), ("Сауле", "женщина", "сказала")]),
        # ... the person named before with that given name, when there is one ...
        ("ru", ["Восьмиклассница Аружан Тлеубаева ходит в кружок. Прошлой весной Аружан заняла второе место. «Я это "
                "запомнила», — добавила она."],
         [("Аружан Тлеубаева", None, "добавила")]),
        # ... and a given name alone after the cue shows its gender to a pronoun next.
        ("ru", ["Среди погибших – Асем Оспанова. Ее сестра Динара рассказала, что Асем работала в Капшагае. «Она "
                "всегда ездила на этом микроавтобусе», – говорит Динара.",
                "По словам женщины, об участке говорят давно. «Здесь каждую неделю аварии», – говорит она."],
         [("Динара", None, "говорит"), ("Динара", None, "говорит")]),
        # Kazakh: an adverb before a colon's verb is no part of the subject ...
        ("kk", ["Оқушы Әлихан Мұқашев олимпиадада жеңді. Болашақта кім болғысы келетінін сұрағанымызда, Әлихан "
                "бірден жауап берді: «Инженер-физик»."],
         [("Әлихан Мұқашев", None, "жауап берді")]),
        # ... a kin noun opening the sentence is the role of the given name after it, and the verb's object
        # with whose words it is is no part of the name ...
        ("kk", ["Қарындасы Гүлнұр ағасының сөзін толықтырды: «Анамыз жыл сайын дастарқан жайды»."],
         [("Гүлнұр", "Қарындасы", "толықтырды")]),
        # ... "..." ends speech before the author's dash, "қана" (only) after "деп" is no part of the cue, and
        # an object in the accusative with the gerund after the name is no part of it ...
        ("kk", ["Ерлан вагоннан түсті.", "— Апа... — деп қана үн қатты Ерлан анасын құшақтап."],
         [("Ерлан", None, "үн қатты")]),
        # ... and a given name alone inside a Kazakh sentence names someone, the town after it in the
        # locative no part of the name.
        ("kk", ["Күләш апайдың көршісі Раушан Әлімбетова келді.",
                "Қазір 35 жастағы Ерлан Орскіде тұрады. «Енді балаларыма әжесін көрсетемін», — деді ол."],
         [("Ерлан", None, "деді")]),
    ],
    ids=["ru-aged-genitive", "ru-po-delu-genitive", "ru-role-dependent-stays-a-woman", "ru-given-name-alone-subject",
         "ru-given-name-alone-of-someone-named", "ru-given-name-alone-after-the-cue-has-a-gender", "kk-adverb-before-colon",
         "kk-kin-role-and-object", "kk-ellipsis-qana-and-gerund-object", "kk-given-name-alone-and-town"],
)  # fmt: skip
def test_the_blind_written_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_an_ellipsis_before_the_authors_dash_ends_the_speech() -> None:
    assert one(["— Апа... — деді Ерлан."], "kk") == ("Апа...", "Ерлан", None, "деді", 0)


def test_a_short_surname_after_a_given_name_that_is_also_a_word() -> None:
    # "Дана" is also a short participle ("дана", given), "Ким" a surname the dictionary knows: the two
    # are a name in the narrative, so the bare surname and the pronoun after it are hers (no one before).
    paragraphs = [
        "Основатель стартапа Дана Ким рассказала о деле. «Мы растем», — сказала Ким. «И нанимаем», — добавила она."
    ]
    assert speakers(paragraphs) == [("Дана Ким", None, "сказала"), ("Дана Ким", None, "добавила")]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The thirty-eighth and fortieth held-out sets' misses (written blind to the rules). Words in marks
        # ending a "что" clause with the author's words before them, up to fifteen words, commas and all ...
        ("ru", ["Эксперт Сергей Лысенко ответил, что речь идет о «системных нарушениях в организации работ, а не о "
                "чьей-то единичной оплошности». Защита не согласна."],
         [("Сергей Лысенко", "Эксперт", "ответил")]),
        ("ru", ["В нем блогер Арман Жолдасов утверждал, что из-за аварии на газопроводе 11-й, 12-й и 14-й микрорайоны "
                "останутся без газа «минимум на две недели», и советовал запасаться баллонами."],
         [("Арман Жолдасов", "блогер", "утверждал")]),
        # ... but not a name ("что проект назван «Жасыл ел»": fewer than four words).
        ("ru", ["Аким Ерлан Сапаров сообщил, что проект назван «Жасыл ел». Работы начнутся весной."], []),
        # "— говорится в ответе на запрос редакции": what the statement answered is no owner.
        ("ru", ["В акимате сообщили о проверке. «Выявлено 17 нарушений», — говорится в ответе на запрос редакции."],
         [(None, None, "говорится в ответе")]),
        # A gerund's clause set off by commas between a colon introduction's subject and its verb.
        ("ru", ["Боксер Ерасыл Тулепбергенов стал чемпионом мира. Сразу после боя новый чемпион, еще стоя в ринге, "
                "обратился к трибунам: «Этот пояс — не только мой»."],
         [("Ерасыл Тулепбергенов", "новый чемпион", "обратился")]),
        # Kazakh: "апа" / "апай" after a given name is a form of address; the words of a negative converb's
        # clause after the name are no part of it ...
        ("kk", ["Ауыл тұрғыны Күләш Әбдіразақова келді. Депутат Серік Жұмабаев сөйледі. «Біз көп нәрсе сұрап отырған "
                "жоқпыз», – дейді Күләш апа."],
         [("Күләш Әбдіразақова", None, "дейді")]),
        ("kk", ["Аспаз Күләш Оразова қазан басында. «Таңғы бестен бері осындамыз, — деді Күләш апай ожауын қолынан "
                "тастамай. — Ақсақалдарға құямыз»."],
         [("Күләш Оразова", None, "деді")]),
        # ... "орта" (secondary) is no locative ...
        ("kk", ["Ауылдағы орта мектептің директоры Ержан Қалдыбаев былай деді: «Асханаға суды ата-аналар тасиды»."],
         [("Ержан Қалдыбаев", "Ауылдағы орта мектептің директоры", "деді")]),
        # ... and the newsroom's own "we asked" names no speaker; the one asked, in the ablative, is named.
        ("kk", ["Құтқарылғандардың бірі, қала тұрғыны Бақытжан Өмірзақов келді.",
                "– Қорықтыңыз ба? – деп сұрадық оның серігі Ғалым Сәрсенбаевтан.", "– Әрине, қорықтық, – деді балықшы."],
         [(None, None, "сұрадық"), ("Ғалым Сәрсенбаев", "балықшы", "деді")]),
    ],
    ids=["ru-that-clause-words-before-marks", "ru-long-that-clause-and-v-nem", "ru-that-clause-name-is-none",
         "ru-v-otvete-na-zapros", "ru-gerund-between-subject-and-colon-verb", "kk-apa-address",
         "kk-apai-and-converb-clause", "kk-orta-is-no-locative", "kk-we-asked"],
)  # fmt: skip
def test_the_thirty_eighth_and_fortieth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


_POET_INTERVIEW = [
    "Ақын Інжу Сапарбекова Egemen.kz тілшісіне берген сұхбатында ойларымен бөлісті.",
    "— Сыйлық алғаныңызды естігенде не сезіндіңіз?",
    "— Рақмет! Хатшы қоңырау шалды. Ол: «Сіз бірінші орын алдыңыз», — деді. Мен болсам: «Қателескен жоқсыз ба?» — "
    "деп қайта сұрадым. Сосын анама хабарластым.",
    "— Өлең жазуды қашан бастадыңыз?",
    "— Бесінші сыныпта. Әжем: «Сөзіңде саз бар», — деді. Сол сөз әлі есімде.",
]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The thirty-ninth and forty-first held-out sets' misses (written blind to the rules). A quotation
        # with its own author's words inside a dash answer, the answer going on after them without a dash:
        # part of the answer (the answer was cut there, and the inner quotations taken on their own) ...
        ("kk", _POET_INTERVIEW, [("Інжу Сапарбекова", None, None)] * 2),
        # ... while author's words after an inner quotation that end the paragraph are the speech's own.
        ("kk", ["— Диспетчерге он рет телефон соқтым. Бір-ақ жауап: «Бригада жұмыс істеп жатыр», – дейді Айгүл "
                "Сейітова."],
         [("Айгүл Сейітова", None, "дейді")]),
        # A given name in "-ина" before a surname the dictionary knows (it was read as a surname with a place
        # after it, and no one was named).
        ("ru", ["Пенсионерка Валентина Шульц сложила документы в пакет. «А куда я поеду?» – рассказывает она."],
         [("Валентина Шульц", None, "рассказывает")]),
        # Kazakh "тілдесті" (talked) is a cue; a locative inside a participle's clause before the role noun is
        # part of the role, one opening the sentence before a role is not.
        ("kk", ["Ыстамбұлдан келген турист Мехмет Йылдыз аудармашы арқылы тілдесті: «Біздің елде де ат ойындары бар»."],
         [("Мехмет Йылдыз", "Ыстамбұлдан келген турист", "тілдесті")]),
        ("kk", ["«Енді мұндай ауа райында жолға шықпаймын», – дейді сол жерде тұрып қалған жүргізуші Асқар Төлеуов."],
         [("Асқар Төлеуов", "сол жерде тұрып қалған жүргізуші", "дейді")]),
        ("kk", ["Брифингте аудан әкімі Асқар Төлеуов былай деді: «Жол ашылды»."],
         [("Асқар Төлеуов", "аудан әкімі", "деді")]),
        # An adverbial before the words of the verb after "деп" is no part of the cue.
        ("kk", ["Анасы Гүлжан Жұмабекова шықты. «Бақытты бол!» — деп соңынан айқайлап қалды Гүлжан Жұмабекова."],
         [("Гүлжан Жұмабекова", None, "айқайлап қалды")]),
    ],
    ids=["kk-inner-quotation-in-an-answer", "kk-inner-quotation-ends-the-speech", "ru-given-name-in-ina-and-surname",
         "kk-tildesti", "kk-locative-in-a-participle-role", "kk-initial-locative-before-a-role", "kk-adverbial-before-cue"],
)  # fmt: skip
def test_the_thirty_ninth_and_forty_first_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The forty-second to forty-fifth held-out sets' misses (written blind to the rules). What a role
        # speaks of ("о прошлой зиме") is no part of it, and an unnamed relative is someone new ...
        ("ru", ["Пациентка Валентина Петровна пришла. «Я здесь как дома», — улыбается пенсионерка. Ее дочь о прошлой "
                "зиме рассказывает без улыбки: «Тогда мы возили маму на облучение»."],
         [(None, "пенсионерка", "улыбается"), (None, "Ее дочь", "рассказывает")]),
        # ... a given name alone before a short adjective ("уверен") names him ...
        ("ru", ["Адвокат Ерлан Касымбеков выступил. Сын погибшего Тимур уверен, что отца можно было спасти. «Папа всю "
                "ночь жаловался на боль, — рассказал он. — Ему сделали укол»."],
         [("Тимур", None, "рассказал")]),
        # ... a city's name before a woman's name is no man's genitive ...
        ("ru", ["Зоозащитница Айжан Мырзахметова выступила. «Мы писали», – сказала она. Депутат маслихата Шымкента Жанна "
                "Есенова намерена вынести вопрос на сессию. «Город выделяет деньги», – сказала она."],
         [("Айжан Мырзахметова", None, "сказала"), ("Жанна Есенова", None, "сказала")]),
        # ... a relative clause after the name before the colon ...
        ("ru", ["Директор приюта Марат Шукуров не согласен. Ее поддерживает зоозащитница Айжан Мырзахметова, которая "
                "курировала в приюте программу стерилизации: «Мы несколько раз писали директору»."],
         [("Айжан Мырзахметова", "зоозащитница", None)]),
        # ... the one who "answered the questions" of an introduction naming several people is the guest ...
        ("ru", ["Депутат Айгуль Серикова раскритиковала подрядчика. Директор ТОО «СарыаркаДорСервис» Бауыржан Ислямов "
                "обвинения отвергает. В разговоре с корреспондентом он ответил на вопросы о работе компании.",
                "— Это так?", "— Нет. Техника выходит ночью.", "— А трекеры?", "— Они есть на всех машинах."],
         [("Бауыржан Ислямов", None, None)] * 2),
        ("kk", ["Зерттеуді докторант Айдана Серікқызы басқарды. Топ мүшесі, магистрант Темірлан Бақытжанов тілшіміздің "
                "сұрақтарына жауап берді.", "— Неге Аралды таңдадыңыздар?", "— Онда топырақ ерекше.",
                "— Келесі қадам қандай?", "— Біз өнеркәсіптік сынақ жасаймыз."],
         [("Темірлан Бақытжанов", None, None)] * 2),
        # ... Kazakh: "айтады" (says) is a cue; a loanword ending as a plural ("актер") is one person, the role
        # noun of someone named with its possessive ("актері"); a Kazakh given name alone, unknown to any
        # dictionary, before an adjective of place ("Дәулет Алматыдағы ...") names him; at a sentence's start,
        # the given name of someone named before is a mention of them; "апай" before the verb's object.
        ("kk", ["Пьеса авторы Сәуле Мұқанқызы шығарманы үш жыл жазғанын айтады: «Мұрағат құжаттарын ақтардым»."],
         [("Сәуле Мұқанқызы", "Пьеса авторы", "айтады")]),
        ("kk", ["Театрдың актері Мейіржан Сәрсенбаев келді. «Қара сөздерді қайта-қайта оқыдым», – дейді актер."],
         [("Мейіржан Сәрсенбаев", "актер", "дейді")]),
        ("kk", ["Мектептің директоры Гүлнар Сапарова сөйледі. Бірнеше күн ауылда демалған соң Дәулет Алматыдағы ұлттық "
                "құраманың жиынына аттанады. «Күш жинап алайын», — деді ол күліп."],
         [("Дәулет", None, "деді")]),
        ("kk", ["Фермер Ерасыл Жолдасбеков жылыжай салды. Көршісі Бақыт Ермекбаев – Ерасылдың жылыжайында жұмыс істейді. "
                "«Үйімнен бес минуттық жерде жұмыс істеймін», – дейді ол. Ерасыл жұмыстың оңай емес екенін де жасырмайды. "
                "«Қыста жылыжайды жылытуға көп кетеді», – деді ол."],
         [("Бақыт Ермекбаев", None, "дейді"), ("Ерасыл Жолдасбеков", None, "деді")]),
        ("kk", ["Зейнеткер Валентина Ковалёва мен оның көршісі Роза Жұмабаева көмектеседі. Роза апай оның сөзін "
                "толықтырды: «Кейбір қарттар үйден шыға алмайды»."],
         [("Роза Жұмабаева", None, "толықтырды")]),
        # ... "театр әкімшілігі" is a body; a short name in marks whose clause goes on is no quotation ...
        ("kk", ["Театрдың баспасөз қызметінің хабарлауынша, «Абай. Жалғыздық» спектаклі айына екі рет қойылады. «Билеттер "
                "сатылып кетті», – деп мәлімдеді театр әкімшілігі."],
         [("театр әкімшілігі", None, "мәлімдеді")]),
        ("kk", ["Басқарма басшысының айтуынша, «Кең дала» бағдарламасы аясында шаруалар несие алған."], []),
        # ... and a statement in the past tense, with an adjective before it, is its owner's.
        ("ru", ["«Ожидается высокая селевая опасность», — говорилось в штормовом предупреждении РГП «Казгидромет»."],
         [("РГП «Казгидромет»", None, "говорилось в штормовом предупреждении")]),
    ],
    ids=["ru-about-what-and-a-relative", "ru-given-name-and-uveren", "ru-city-before-a-womans-name",
         "ru-relative-clause-before-colon", "ru-answered-the-questions", "kk-answered-the-questions", "kk-aitady",
         "kk-akter-is-no-plural", "kk-unknown-given-name-before-place", "kk-initial-given-name-of-someone-named",
         "kk-apai-and-object", "kk-akimshiligi-and-name-in-marks", "kk-name-in-marks-after-aituynsha",
         "ru-govorilos-v-preduprezhdenii"],
)  # fmt: skip
def test_the_forty_second_to_forty_fifth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A given name with a patronymic and no surname, after a full name with that given name, is that
        # person, as a given name alone is (three blind-written held-out sets left it open: sets 37, 42, 43) ...
        ("ru", ["Кассир Валентина Ковальчук работает тридцать лет. «Я люблю эту работу», — говорит Валентина Ивановна."],
         [("Валентина Ковальчук", None, "говорит")]),
        ("kk", ["Кітапханашы Валентина Ковальчук келді. «Мен бұл жұмысты жақсы көремін», – дейді Валентина Ивановна."],
         [("Валентина Ковальчук", None, "дейді")]),
        # ... in the narrative too, for a pronoun after it ...
        ("ru", ["Шахтер Николай Шаповалов и бригадир Олег Ким спустились в шахту. Николай Ефимович вздохнул. «Последняя "
                "смена», — сказал он."],
         [("Николай Шаповалов", None, "сказал")]),
        # ... and as written when no one was named with that given name.
        ("ru", ["«Я люблю эту работу», — говорит Валентина Ивановна."], [("Валентина Ивановна", None, "говорит")]),
    ],
    ids=["ru-given-and-patronymic", "kk-given-and-patronymic", "ru-given-and-patronymic-in-narrative", "ru-as-written"],
)  # fmt: skip
def test_a_given_name_and_patronymic_is_the_person_named_before(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The forty-sixth to forty-ninth held-out sets' misses (written blind to the rules). "расспросил"
        # introduces an interview ...
        ("ru", ["Кардиохирург Ерлан Сагындыков вернулся в Алматы. Корреспондент Zakon.kz расспросил врача о том, почему "
                "он решил вернуться.", "— Почему вы вернулись?", "— Главная причина — семья.", "— А пациенты?",
                "— Они стали требовательнее."],
         [("Ерлан Сагындыков", None, None)] * 2),
        # ... one of many, then her name after a comma, is she ...
        ("ru", ["Дома сдали с опозданием. «Мы взяли ипотеку», — говорит одна из дольщиц, Гульнара Турсынбаева."],
         [("Гульнара Турсынбаева", "одна из дольщиц", "говорит")]),
        # ... a Kazakh adverb opening the sentence is no part of the given name after it ...
        ("kk", ["Аружан Мұқашева тігін цехын ашты. Ержан Мұқашев көмектеседі. Кейін Аружан суреттерді желіге сала "
                "бастаған. «Бірінші айда үш тапсырыс болды», – деді кәсіпкер. Қазір Ержан тауар жеткізуге жауап береді. "
                "«Мен әрі жүргізушімін», – деп күледі ол."],
         [("Аружан Мұқашева", "кәсіпкер", "деді"), ("Ержан Мұқашев", None, "күледі")]),
        # ... and a Kazakh body by its head noun is the one named in full before, its head possessed there.
        ("kk", ["Облыстық ауыл шаруашылығы басқармасының мәліметінше, биыл дәнді дақылдар егілген. «Егін орағы "
                "аяқталды», – делінген басқарманың хабарламасында."],
         [("Облыстық ауыл шаруашылығы басқармасы", None, "делінген")]),
    ],
    ids=["ru-rassprosil", "ru-one-of-many-then-name", "kk-adverb-before-given-name", "kk-body-by-head-noun"],
)  # fmt: skip
def test_the_forty_sixth_to_forty_ninth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # More of the forty-sixth to forty-ninth sets' misses. An answer with author's words counts as a
        # question-and-answer pair, so the bare answer before it is an interview's ...
        ("ru", ["Девятилетняя шахматистка из Тараза Амина Жумабекова стала чемпионкой Азии.",
                "— Амина, какая партия была самой трудной?", "— Последняя. Я ошиблась в дебюте.",
                "— А что тебе нравится в шахматах?", "— Когда соперник думает, что выигрывает, — смеется девочка."],
         [(None, None, None), ("Амина Жумабекова", "девочка", "смеется")]),
        # ... "Амина" is a woman's name (the dictionary reads it as "Амин"'s genitive) ...
        # ... "требует" (demands) is a cue; a city's street before a woman's name, a village's name after
        # "села" is no person, a kin noun before a given name alone names him, and the newsroom's
        # "спрашиваем" names no speaker.
        ("ru", ["Отец пострадавшего школьника Виктор Лещенко требует ответа от перевозчика: «Почему детей повезли в "
                "гололёд?»"],
         [("Виктор Лещенко", "Отец пострадавшего школьника", "требует")]),
        ("ru", ["Владелица кофейни на проспекте Абая Динара Сейткали рассказала, что терминалы не работали. «Люди "
                "заходят, а заплатить не могут», — сказала она."],
         [("Динара Сейткали", None, "сказала")]),
        ("ru", ["Уже 34 года Серик Касенов перевозит людей через реку у села Канонерка Бескарагайского района. «Теперь "
                "остался я один», – говорит паромщик."],
         [("Серик Касенов", "паромщик", "говорит")]),
        ("ru", ["Паромщик Серик Касенов работает на реке. Рядом с дедом работает внук Айбек, студент колледжа. «Сначала "
                "дедушка не подпускал меня к мотору», – смеется юноша.", "– Не думали уйти на покой? – спрашиваем "
                "паромщика."],
         [("Айбек", "юноша", "смеется"), (None, None, "спрашиваем")]),
        # Kazakh: "еске алады" is a cue; the clause of what was said (in "-тынын") and "да" after a kin noun
        # are no part of the subject, and the kin noun is the son named with it before, by his full name
        # since; after "бірақ" the subject of the clause before speaks.
        ("kk", ["Әкесінің айқайын естіген баласы Ернар үйден шыққан.", "– Әкем жерде жатыр, – деп еске алады Ернар "
                "Қайратұлы.", "Шопан Қайрат Мұхаметжанов қыстауға оралады. Баласы да әкесін енді жалғыз "
                "қалдырмайтынын жеткізді: «Қыс бойы бірге боламын»."],
         [("Ернар Қайратұлы", None, "еске алады"), ("Ернар Қайратұлы", "Баласы", "жеткізді")]),
        ("kk", ["Қазылар алқасының мүшесі, күйші Сәуле Бекмұхамбетова әріптесінің пікірімен келіседі, бірақ бір "
                "олқылықты да атап өтті: «Шертпе күйлер аз орындалды»."],
         [("Сәуле Бекмұхамбетова", "күйші", "атап өтті")]),
    ],
    ids=["ru-answer-with-authors-words-is-a-pair", "ru-trebuet", "ru-street-before-a-womans-name",
         "ru-village-is-no-person", "ru-kin-before-given-name-and-we-ask", "kk-that-clause-and-son",
         "kk-subject-before-birak"],
)  # fmt: skip
def test_more_of_the_forty_sixth_to_forty_ninth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_an_answer_stops_before_a_paragraph_opening_someone_elses_quotation() -> None:
    # The last answer of an interview, then a narrative paragraph whose own quotation runs on into the next
    # paragraph (no closing mark in it) and whose words outside marks only look like the first person
    # ("лебіз", warm words, ends as "-біз" does): that paragraph is the pupil's, not the answer going on.
    paragraphs = [
        "Күйші Төлеген Жұмабаевпен сөйлестік.",
        "— Қалай бастадыңыз?",
        "— Әкемнен үйрендім.",
        "— Қазір немен айналысып жүрсіз?",
        "— Күй жинап жүрміз.",
        "Шәкірті Айдана Серікқызы жылы лебіз білдірді. «Аға бізге нотаны ғана емес, күйдің тарихын үйретеді.",
        "«Өткен жылы маған ең бірінші болып аға хабарласты».",
        "Айдана қазір жобаға да қатысып жүр. «Бұл — ешбір оқулықта жоқ білім», — дейді ол.",
    ]
    assert speakers(paragraphs, "kk")[:2] == [("Төлеген Жұмабаев", None, None)] * 2
    assert speakers(paragraphs, "kk")[-1] == ("Айдана Серікқызы", None, "дейді")


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The fiftieth to fifty-third held-out sets' misses (written blind to the rules). A Kazakh woman's
        # name the dictionary knows only as a man's, indeclinable ("Зауре"), before a surname in "-ева"
        # is a woman in the nominative, not a man's genitive ...
        ("ru", ["Пенсионерка Зауре Калиева, напротив, поддержала идею. «Я тридцать лет ездила на трамвае», – "
                "сказала она."],
         [("Зауре Калиева", None, "сказала")]),
        # ... a surname in "-евой" is a woman's genitive whatever else the first name may be read as ...
        ("ru", ["По данным заведующей приемным отделением больницы Гульнар Ибраевой, обратились семь человек.",
                "«Это смертельно опасно», — подчеркнула врач."],
         [("Гульнар Ибраева", "врач", "подчеркнула")]),
        # ... an age alone before the name is the role, as Kazakh "алты жасар А" ...
        ("ru", ["Другой посетитель, 34-летний Ерлан Сагинтаев, признался, что многие не поняли, что происходит:",
                "«Люди стояли и снимали на телефоны»."],
         [("Ерлан Сагинтаев", "34-летний", "признался")]),
        ("ru", ["«Люди стояли», — рассказала 34-летняя Анна Ким."], [("Анна Ким", "34-летняя", "рассказала")]),
        # ... after "передает слова" + the genitive, a noun in the nominative is the relayer ...
        ("ru", ["Данияр Турсунов – нападающий. «Люди смотрели на меня с жалостью», – передает слова футболиста "
                "переводчица."],
         [("Данияр Турсунов", "футболист", "передает слова")]),
        # ... a Kazakh verb's object after the subject, its genitive first, is no part of the role ...
        ("kk", ["Судья Ерлан Мырзахметов шешімді жариялады.", "«Талап арыз қанағаттандырылсын», — деп оқыды судья "
                "шешімнің қарар бөлімін."],
         [("Ерлан Мырзахметов", "судья", "оқыды")]),
        # ... and "бағалады" (assessed, the verb of "баға берді") introduces a quotation.
        ("kk", ["Ал Айгүл Тәжібаева сот шешімін жоғары бағалады: «Ескерткіш — бүкіл қаланың мұрасы»."],
         [("Айгүл Тәжібаева", None, "бағалады")]),
        # ... a noun governed by a preposition is no subject ("на выходе из акимата") ...
        ("ru", ["Жительница Гульнар Есенова пришла на встречу.", "«Подождём неделю», — сказала на выходе из акимата "
                "Гульнар Есенова."],
         [("Гульнар Есенова", None, "сказала")]),
        # ... a relative clause between an office and its verb says something of it ...
        ("ru", ["В пресс-службе АО «Иртыш Инвест Банк», клиентами которого являются большинство пострадавших, "
                "напомнили: «Сотрудники банка никогда не звонят клиентам»."],
         [("пресс-служба АО «Иртыш Инвест Банк»", None, "напомнили")]),
        # ... what someone speaks of, with no subject, is no role: the one the verb's "он" would be ...
        ("ru", ["Николай Бурлаков открыл музей. Ему 71 год, из них 38 лет он отдал разрезам. О своей профессии "
                "говорит коротко: «Уголь – это не работа, это характер»."],
         [("Николай Бурлаков", None, "говорит")]),
        # ... an age in a word before a given name alone is the role; "подтверждает (слова)" is a cue ...
        ("ru", ["Николай Бурлаков открыл музей.", "Семнадцатилетний Денис подтверждает слова деда: «Он так "
                "рассказывает, что я все марки экскаваторов знаю»."],
         [("Денис", "Семнадцатилетний", "подтверждает")]),
        # ... Kazakh: "оның сөзін қостады:" (seconded her words) is a cue ...
        ("kk", ["Штаб үйлестірушісі Айгерім Төлеубаева айтты: «Бір тәулікте 3 мыңнан астам қап құм толтырдық». Студент "
                "ерікті Дәурен Мұқашев оның сөзін қостады: «Түнде де кезекпен жұмыс істейміз»."],
         [("Айгерім Төлеубаева", "Штаб үйлестірушісі", "айтты"), ("Дәурен Мұқашев", "Студент ерікті", "қостады")]),
        # ... a foreign full name after a participle's clause, before a genitive ("Мехта" is no locative),
        # or before a country in the locative ...
        ("kk", ["Үндістаннан келген Арджун Мехта курстың алғашқы тыңдаушыларының бірі. «Енді сұрай аламын», — дейді ол.",
                "Ал Моңғолиядан келген Батболд Ганзориг Қазақстанда қалып, жұмыс істеуді жоспарлап отыр. «Жұмыс "
                "іздегенде қазақ тілін білу үлкен артықшылық», — дейді Батболд.", "— Апай, алма қанша тұрады? — деп "
                "сұрады Арджун."],
         [("Арджун Мехта", None, "дейді"), ("Батболд Ганзориг", None, "дейді"), ("Арджун Мехта", None, "сұрады")]),
        # ... "да" (also) after a given name ends the subject; an attitude is no role ...
        ("kk", ["Мөлдір Әбенова екінші баласын күтіп жүр. «Тұңғышымды Шымкентте босандым», — дейді ол. Жұбайы Ерасыл "
                "да ризашылығын жасырмады: «Енді жол жүрудің қажеті жоқ»."],
         [("Мөлдір Әбенова", None, "дейді"), ("Ерасыл", "Жұбайы", None)]),
        # ... an adjective of having opening the sentence is no name, and says how one is, not which one
        # ("Тәжірибелі акушер" is the midwife named before); a body's "өкілі" is someone new ...
        ("kk", ["Отыз жылдан бері акушер болып еңбек етіп келе жатқан Күлпаш Ермекова қуанышты.", "Тәжірибелі акушер "
                "жас әріптестеріне үнемі бір нәрсені қайталайтынын айтады: «Ана мен сәбидің өмірі маманның қолында».",
                "«Жаңа орталық перзентханалардың жүктемесін азайтады», — деді басқарма өкілі."],
         [("Күлпаш Ермекова", "Тәжірибелі акушер", "айтады"), (None, "басқарма өкілі", "деді")]),
        # ... a participle's clause before "ол" says what he did, no role ...
        ("kk", ["Осы аптада ауылға Германиядан келген Клаус Беккер бүркітті қолына қондырды. Аудармашы арқылы тілдескен "
                "ол әсерімен бөлісті: «Бұл – сапарымның ең есте қаларлық сәті»."],
         [("Клаус Беккер", None, "бөлісті")]),
        # ... and a kin noun before a capitalised word makes it a name, even before "ауыл" ("жұбайы Анна ауыл
        # тұрғындарының"); without one, the word before "ауыл" names the village ("Қарабұлақ ауыл тұрғындарымен").
        ("kk", ["Осы аптада Клаус Беккер бүркітті қолына қондырды.", "Беккердің жұбайы Анна ауыл тұрғындарының "
                "қонақжайлылығына тәнті болған. «Бізді бірден дастарқанға отырғызды», – дейді ол."],
         [("Анна", None, "дейді")]),
        ("kk", ["Аудан әкімі Ерлан Сапаров кеше Қарабұлақ ауыл тұрғындарымен кездесті. «Жол күзге дейін жөнделеді», – "
                "деді ол."],
         [("Ерлан Сапаров", None, "деді")]),
    ],
    ids=["ru-zaure", "ru-genitive-evoy", "ru-age-alone", "ru-age-alone-after", "ru-relayer-after-slova",
         "kk-object-after-subject", "kk-bagalady", "ru-preposition-object", "ru-relative-clause-before-verb",
         "ru-what-one-speaks-of", "ru-age-word-given-name", "kk-qostady", "kk-foreign-full-names", "kk-da-ends-subject",
         "kk-descriptive-adjective", "kk-participle-before-ol", "kk-kin-before-name-before-auyl", "kk-village-before-auyl"],
)  # fmt: skip
def test_the_fiftieth_to_fifty_third_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The fifty-fourth to fifty-seventh held-out sets' misses (written blind to the rules).
        # "вторит" (echoes) and "оценивает ... так" are speech verbs ...
        ("ru", ["Пациентка Анна Ким ждала приема три часа.", "Ей вторит пенсионерка Галина Орлова: «Я пришла к "
                "восьми, а приняли только в одиннадцать»."],
         [("Галина Орлова", "пенсионерка", "вторит")]),
        ("ru", ["Хранитель фондов музея Айгерим Сейтказина знает Коврову десять лет и оценивает её работу так: "
                "«Реставраторов такого уровня в стране единицы»."],
         [("Айгерим Сейтказина", "Хранитель фондов музея", "оценивает")]),
        # ... a second predicate after "и" is no part of the subject ...
        ("ru", ["Студентка Дана Ермекова учится у мастера.", "– Помню, Наталья Викторовна, – отвечает Дана и "
                "откладывает скальпель."],
         [("Дана Ермекова", None, "отвечает")]),
        # ... a woman's given name and her surname in "-ова" after a kin noun are her own nominative ...
        ("ru", ["Николай Пестов пропал накануне утром. «Он вышел за хлебом и не вернулся», — вспоминает его супруга "
                "Людмила Пестова.", "По словам женщины, в полицию она обратилась к обеду. «Я и не знала», — "
                "признаётся она."],
         [("Людмила Пестова", "его супруга", "вспоминает"), ("Людмила Пестова", None, "признаётся")]),
        # ... "по словам" governs the genitive, though "Дмитрия" is also a woman's name ...
        ("ru", ["По словам представителя предприятия Дмитрия Кравеца, в феврале рудник прошел проверку. «Мы не будем "
                "делать выводов», – сказал он."],
         [("Дмитрий Кравец", None, "сказал")]),
        # ... a relative named in the genitive inside the subject's apposition leaves the subject last named ...
        ("ru", ["Бауыржан Оспанов, брат погибшего 34-летнего проходчика Ержана Оспанова, говорит, что тот работал на "
                "руднике восьмой год. «Как им теперь объяснить?» – не сдерживая слез, говорит мужчина."],
         [("Бауыржан Оспанов", "мужчина", "говорит")]),
        # ... Kazakh: "тоқталды", "қостайды" and "батасын берді" are cues, the blessing's adjective no role ...
        ("kk", ["Шебер Ерлан Сапаров домбыраның маңызына тоқталды: «Домбыра – халықтың жаны»."],
         [("Ерлан Сапаров", "Шебер", "тоқталды")]),
        ("kk", ["Тұрғын Серік Өтепов малын сатты. Көршісі Мақсат Жәнібеков оның сөзін қостайды: «Мемлекеттің "
                "қолдауынсыз қиын болады»."],
         [("Мақсат Жәнібеков", "Көршісі", "қостайды")]),
        ("kk", ["Мерекеге 78 жастағы Күләш Оспанқызы келді. «Қазір бүкіл қала болып тойлап жатырмыз», — дейді әже.",
                "Кейуана жастарға ақ батасын берді: «Шаңырақтарың биік болсын»."],
         [("Күләш Оспанқызы", "әже", "дейді"), ("Күләш Оспанқызы", "Кейуана", "батасын берді")]),
        # ... a place noun ("асу", a pass) after a capitalised word makes it a place, no person ...
        ("kk", ["Басқарма басшысы Сәуле Жанысбаеваның айтуынша, оқиға орнына Қордай асуындағы пункттің бригадасы "
                "жеткен. «Көмек дер кезінде көрсетілді», – деді ол."],
         [("Сәуле Жанысбаева", None, "деді")]),
        # ... "-імін" is a noun's possessive accusative ("шешімін"), no first person: an answer does not run on ...
        ("kk", ["Тілшіміз фермер Арайлым Сәрсенбаевамен әңгімелесті.", "– Неге ауылға оралдыңыз?", "– Ауылды сағындым.",
                "– Жоспарларыңыз қандай?", "– Цех ашқымыз келеді.", "Арайлымның жұбайы Ғалымжан Төлегенов – мал "
                "дәрігері. Ол әйелінің шешімін бастапқыда қолдамағанын жасырмайды. «Алғашында қарсы болдым», – дейді "
                "ол."],
         [("Арайлым Сәрсенбаева", None, None), ("Арайлым Сәрсенбаева", None, None),
          ("Ғалымжан Төлегенов", None, "дейді")]),
        # ... those told with a participle's clause after a given name are no part of the subject ...
        ("kk", ["Арайлым Сәрсенбаева ферманы басқарады. Ғалымжан Төлегенов көмектеседі.", "Әңгіме соңында Арайлым "
                "ауылда кәсіп бастағысы келетін жастарға кеңесін де айтты: «Қорықпаңыздар. Бастысы – малды жақсы көру»."],
         [("Арайлым Сәрсенбаева", None, "айтты")]),
        # ... what was asked, before the one who answers, and "былай деп", are no part of the role ...
        ("kk", ["Облыстық ауыл шаруашылығы басқармасы мәлімдеме жасады.", "Тілшінің «Көмек барлық шаруаға жете ме?» "
                "деген сұрағына басқарма өкілі былай деп жауап берді: «Шағын қожалықтарға басымдық береміз»."],
         [(None, "басқарма өкілі", "жауап берді")]),
        # ... what a statement answered is no part of its owner ...
        ("kk", ["«Министрлік бағдарламаны құптайды», – делінген министрліктің редакция сауалына берген жауабында."],
         [("министрлік", None, "делінген")]),
        # ... and a time adverbial inside a participle's clause stays in the role.
        ("kk", ["Отыз жылдан бері қармақпен балық аулайтын оралдық Владимир Кузнецов жағдайды былай сипаттады: «Қазір "
                "екі-үш табан ілінеді»."],
         [("Владимир Кузнецов", "Отыз жылдан бері қармақпен балық аулайтын оралдық", "сипаттады")]),
    ],
    ids=["ru-vtorit", "ru-otsenivaet", "ru-and-predicate", "ru-kin-woman-nominative", "ru-po-slovam-genitive",
         "ru-relative-in-apposition", "kk-toqtaldy", "kk-qostaidy", "kk-batasyn-berdi", "kk-asu-place",
         "kk-noun-possessive-not-first-person", "kk-told-with-participle", "kk-to-the-question",
         "kk-statement-answered", "kk-time-in-participle-role"],
)  # fmt: skip
def test_the_fifty_fourth_to_fifty_seventh_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # Kazakh "ақсақал" after a given name is a form of address, as "апа" ...
        ("kk", ["«Бүркітті атам да ұстаған», – дейді 62 жастағы Сәрсенбек Құдайбергенов.", "Қонақтар риза болды. "
                "«Ақиық былтыр он бір түлкі алды», – дейді Сәрсенбек ақсақал мақтанышпен."],
         [("Сәрсенбек Құдайбергенов", "62 жастағы", "дейді"), ("Сәрсенбек Құдайбергенов", None, "дейді")]),
        # ... also before a converb and "жауап қатты" (replied) ...
        ("kk", ["«Бүркітті атам да ұстаған», – дейді Сәрсенбек Құдайбергенов.", "Беккердің жұбайы Анна риза болған. "
                "Сәрсенбек ақсақал күліп жауап қатты: «Қонақ – Құдайдың сыйы»."],
         [("Сәрсенбек Құдайбергенов", None, "дейді"), ("Сәрсенбек Құдайбергенов", None, "жауап қатты")]),
        # ... and the verb's object before it, after a gerund's clause, is no part of the subject.
        ("kk", ["«Бүркітті атам да ұстаған», – дейді Сәрсенбек Құдайбергенов.", "Гүлжан Сапарбекова келісті.",
                "Күн батқан соң Сәрсенбек ақсақал немерелеріне қарап, ойын былай түйіндеді: «Бүркіт – адамның серігі»."],
         [("Сәрсенбек Құдайбергенов", None, "дейді"), ("Сәрсенбек Құдайбергенов", None, "түйіндеді")]),
        # The guest "рассказал о ..." right before the first question: an interview follows.
        ("ru", ["Борец Бекзат Нурмаганбетов выйдет на ковер чемпионата мира. Перед вылетом бронзовый призер "
                "рассказал о подготовке и соперниках.", "— Как прошел сбор?", "— Три недели работали в горах.",
                "— Кто главный соперник?", "— Я готов к любому."],
         [("Бекзат Нурмаганбетов", None, None), ("Бекзат Нурмаганбетов", None, None)]),
        # The words opening a colon's sentence say whose the quotation is when its clause has no speech verb.
        ("ru", ["На встрече выступил экономист Мурат Жолдасов.", "По мнению эксперта, для города вопрос цены особенно "
                "чувствителен: «Здесь автогаз — не роскошь, а часть бюджета семьи»."],
         [("Мурат Жолдасов", "эксперт", "По мнению")]),
        ("ru", ["В очереди стояла Айгерим Нурланова.", "По ее словам, очередь не двигалась больше часа: «Мы пришли к "
                "восьми утра, а приняли нас только в десять»."],
         [("Айгерим Нурланова", None, "По ее словам")]),
        ("kk", ["Аудан әкімі Бақытжан Ералиев тұрғындармен кездесті.", "Оның сөзінше, су тасу кестесі ұлғайтылады: "
                "«Келесі аптадан бастап ауылға су тасушы көлік күн сайын келеді»."],
         [("Бақытжан Ералиев", None, "сөзінше")]),
        ("kk", ["Аудандық ветеринария бөлімінің басшысы Нұрлан Сәрсенбаев жиналысқа келді.", "Сәрсенбаев ескерткендей, "
                "соңғы айда ауданда қасқыр шабуылы жиілеген: «Осы айда төрт шаруашылықтан хабар түсті»."],
         [("Нұрлан Сәрсенбаев", None, "ескерткендей")]),
        # (A speech verb of the clause's own keeps its reading.)
        ("ru", ["Директор школы Ерлан Сапаров встретился с родителями.", "По словам директора, завуч Анна Ким "
                "сказала родителям: «Ремонт закончим к сентябрю»."],
         [("Анна Ким", "завуч", "сказала")]),
    ],
    ids=["kk-aqsaqal-address", "kk-aqsaqal-converb-replied", "kk-object-before-verb", "ru-told-about-interview",
         "ru-po-mneniyu-clause-colon", "ru-po-ee-slovam-clause-colon", "kk-sozinshe-clause-colon",
         "kk-eskertkendey-clause-colon", "ru-clause-with-its-own-verb"],
)  # fmt: skip
def test_open_quotations_settled_in_the_twenty_second_round(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    # Quotations the annotators of sets 40-57 left open, settled by reading A (fixtures/text/README.md).
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A body's name opening with a word no dictionary knows as a name ("Мәдениет") names no one ...
        ("kk", ["«Әр бөлшек сараптамадан өтеді», – деді басқарма басшысы Динара Әбдірахманова.", "Динара "
                "Әбдірахманованың сөзінше, жұмысты тәуелсіз сарапшылар мен Мәдениет және ақпарат министрлігінің "
                "мамандары бақылайды. «Кемшілік табылса, мердігер оны түзетеді», – деп атап өтті ол."],
         [("Динара Әбдірахманова", "басқарма басшысы", "деді"), ("Динара Әбдірахманова", None, "атап өтті")]),
        # ... where one comes from, after a role in apposition, is no part of it ...
        ("ru", ["– А подъехать поближе можно? – спрашивает Артем Белоусов, турист из Караганды, который приехал в "
                "парк с женой."],
         [("Артем Белоусов", "турист", "спрашивает")]),
        # ... a given name alone after a kin noun, before a short participle, names him ...
        ("ru", ["«Бархан правда гудит», – делится алматинка Динара Кемелбаева. Ее муж Максат настроен менее "
                "восторженно: «Дорога разбитая»."],
         [("Динара Кемелбаева", "алматинка", "делится"), ("Максат", "Ее муж", None)]),
        # ... and a given name of someone named in full opens a colon sentence with a gesture.
        ("ru", ["Инспектор Бауыржан Тлеубердиев охраняет степь.", "Дома его ждет жена Гульнар. «Я уже привыкла, что "
                "он приезжает только ночевать», – смеется она.", "На вопрос, не думает ли он о пенсии, Бауыржан пожимает плечами: «Куда я отсюда "
                "уеду?»"],
         [("Гульнар", None, "смеется"), ("Бауыржан Тлеубердиев", None, None)]),
        # A name in marks before its legal form is no quotation, however long.
        ("kk", ["Қасымовтың сөзінше, «Азық-түлік келісім-шарт корпорациясы» ҰК АҚ биыл бидай сатып алады."], []),
        # What was explained, an accusative clause, before the subject is no part of the role.
        ("kk", ["Бағаның неге түскенін «Қостанай астық терминалы» ЖШС директоры Виктор Шевченко былай түсіндірді: "
                "«Экспорттық сұраныс әлсіз»."],
         [("Виктор Шевченко", "«Қостанай астық терминалы» ЖШС директоры", "түсіндірді")]),
        # A university named after someone names no one in the text.
        ("ru", ["Программист Алихан Сейткасымов окончил университет имени Мухтара Ауэзова. «Я понял, что здесь есть "
                "задачи», — говорит он."],
         [("Алихан Сейткасымов", None, "говорит")]),
        # "говорится в обвинительном акте": the statement's words, nobody's.
        ("ru", ["«Подсудимая получала от граждан деньги», — говорится в обвинительном акте."],
         [(None, None, "говорится в обвинительном акте")]),
        # Kazakh "болса" (as for) after the subject is no part of it.
        ("kk", ["Жанардың жұбайы Нұрболат пен енесі Күләш апай да риза. «Шай әкеліп берді», – дейді Нұрболат. "
                "Енесі болса: «Немерелерім мықты болып өседі», – деп батасын берді."],
         [("Нұрболат", None, "дейді"), ("Күләш", "Енесі", "батасын берді")]),
        # Gerunds' clauses before a colon: the subject opens the sentence.
        ("kk", ["Алғашқы айналымда Ерсұлтан Жақыпбеков пен Бекарыс Тілеуқабылов сөз қағыстырды. Ерсұлтан ауыл "
                "жастарының қалаға көшіп жатқанын сөз етіп, алдыңғы қатардағы шенеуніктерге бұрылып: «Жастар кетсе "
                "қалаға, кім қалады?» – деп жырлағанда, зал ду қол шапалақтады."],
         [("Ерсұлтан Жақыпбеков", None, "жырлағанда")]),
        # "«П» деп қағытқанда": no one named after the verb, the one last named.
        ("kk", ["Бекарыс Тілеуқабылов та қарап қалмады. «Ерсұлтан-ау, өзің неге Алматыда жатасың?» деп "
                "қағытқанда, көрермендер күлкіге қарқ болды."],
         [("Бекарыс Тілеуқабылов", None, "қағытқанда")]),
        # The clause of what she said runs back over a comma to the surname.
        ("kk", ["Ескелді ауданынан арнайы келген зейнеткер Сәуле Тоқтарова айтысты теледидардан емес, өз көзімен "
                "көргісі келгенін айтты: «Жастайымнан айтыс десе ішкен асымды жерге қоямын»."],
         [("Сәуле Тоқтарова", "Ескелді ауданынан арнайы келген зейнеткер", "айтты")]),
        # The newsroom's "мы поговорили" is no guest's first person: the answer does not run on.
        ("ru", ["Шеф-повар Данияр Кенжебаев открыл ресторан. Мы поговорили с ним о кухне.", "— Как все началось?",
                "— С бабушкиных рецептов.", "— Согласны, что вернули моду?", "— Нет, конечно (смеется).",
                "Гости ресторана, с которыми мы поговорили, в основном местные. «Я пришла сюда с мамой», — "
                "рассказала алматинка Мадина Исаева."],
         [("Данияр Кенжебаев", None, None), ("Данияр Кенжебаев", None, None),
          ("Мадина Исаева", "алматинка", "рассказала")]),
        # From one place to another is no name; a foreign name after a role, then a place in the dative.
        ("kk", ["Биыл Қазақстаннан Қытайға 1,4 мың тонна сүт экспортталған. Қытайлық «Тяньюань Фудс» компаниясының "
                "өкілі Чжан Хунлинь Маңғыстауға арнайы келіп, шаруашылықпен танысқан. «Біздің тұтынушылар табиғи "
                "өнімді бағалайды», – деді ол аудармашы арқылы."],
         [("Чжан Хунлинь", None, "деді")]),
        # "сөзге араласады" (joined in); "студент қыз" refers back to a student named, "қыз" her sex.
        ("kk", ["Қызылордадан келген бірінші курс студенті Әсел Нұрмағанбетова апасының үйінде тұрып жатыр. «Келсем, "
                "кезекте 312-ші екенмін», – дейді ол.", "– Пәтер қымбат, – дейді "
                "екінші курс студенті Ернар Сапаров.", "– Стипендия аз, – деп сөзге араласады оның курстасы Мейіржан "
                "Әбдірахманов.", "Әзірге Әсел Нұрмағанбетова кезегін күтіп жүр. «Қысқа дейін орын шықса екен», – "
                "дейді студент қыз."],
         [("Әсел Нұрмағанбетова", None, "дейді"), ("Ернар Сапаров", "екінші курс студенті", "дейді"),
          ("Мейіржан Әбдірахманов", "оның курстасы", "сөзге араласады"),
          ("Әсел Нұрмағанбетова", "студент қыз", "дейді")]),
        # An elder alone before what he recalls; the newsroom asked one named by a role noun, who answers.
        ("kk", ["Асқар Мұқанов төреші.", "Атбегі Тұрсынғазы Оспанов бәйгеге дайындалып жатыр. Ақсақал бала "
                "күнін былай еске алады: «Он жасымда алғаш рет бәйгеге шаптым».", "«Ереже қатаңдатылды», — дейді "
                "төреші Асқар Мұқанов.", "— Ата, бір атты баптау қанша тұрады? — деп сұрадық атбегіден.", "— Оны "
                "есептеп отырған жоқпын, — деп күледі ақсақал."],
         [("Тұрсынғазы Оспанов", "Ақсақал", "еске алады"), ("Асқар Мұқанов", "төреші", "дейді"),
          (None, None, "сұрадық"), ("Тұрсынғазы Оспанов", "ақсақал", "күледі")]),
    ],
    ids=["kk-body-name-word", "ru-apposition-where-from", "ru-given-name-short-participle",
         "ru-given-name-gesture", "kk-legal-form-name", "kk-object-clause-before-subject", "ru-named-after",
         "ru-obvinitelny-akt", "kk-bolsa", "kk-gerund-clauses-before-colon", "kk-dep-qagytqanda",
         "kk-clause-over-comma", "ru-newsroom-we", "kk-places-and-foreign-name", "kk-sozge-aralasady-student-qyz",
         "kk-elder-and-asked-by-role"],
)  # fmt: skip
def test_the_fifty_eighth_to_sixty_first_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # An adverb where a subject would be names no one: a plural verb, no one; a singular, "он".
        ("ru", ["Хирург Ерлан Сагындыков работает в Алматы.", "В пресс-службе больницы уточнили, что провели 40 "
                "операций. «Запись расписана на месяц вперёд», — сообщили там."],
         [(None, None, "сообщили")]),
        ("ru", ["Лесник Серик Омаров нашел мальчика.", "– Смотрю – под сосной сидит малыш. Он даже не плакал, только "
                "спросил: «Дядя, а мама где?»"],
         [("Серик Омаров", None, "спросил")]),
        # "сквозь помехи" (through the noise) before the subject is no part of the role.
        ("ru", ["Спасатель Виктор Самойленко вызывает группу.", "— Прошли лесополосу, следов нет, — отвечает сквозь "
                "помехи женский голос."],
         [("Виктор Самойленко", "женский голос", "отвечает")]),
        # The one that spread a statement, before the participle, owns it.
        ("kk", ["«Көлік жүргізушісі оқиға орнында қаза тапты», – делінген ведомство таратқан хабарламада."],
         [("ведомство", None, "делінген")]),
        # The verb's object after the subject ("пластиковую бутылку", accusative only) is no part of the role.
        ("ru", ["«Ответа нет до сих пор», — рассказывает жительница Солнечного Валентина Грицай. Пенсионерка живёт в "
                "селе с 1979 года.", "— Наберёшь ведро, а она мутная, — показывает женщина пластиковую бутылку с "
                "желтоватой водой."],
         [("Валентина Грицай", "жительница Солнечного", "рассказывает"), ("Валентина Грицай", "женщина", "показывает")]),
        # Laughing before a colon is a cue; what she said, then the gerund of saying it, runs back over a comma.
        ("kk", ["Атыраулық Бауыржан Таңатаров үш күн бойы айғайлап, дауысы қарлығып қалғанын айтып күлді: «Ұлым "
                "алаңға шыққанда өзім ойнап жүргендей толқимын»."],
         [("Бауыржан Таңатаров", "Атыраулық", "күлді")]),
        # What a text reads ("гласит") is words written, nobody's speech, as for "Надпись гласит:" (set 51's
        # "Одна из последних гласит:" had given the role "Одна из последних").
        ("ru", ["В книге отзывов – записи на казахском, русском и даже немецком языках. Одна из последних гласит: "
                "«Спасибо за память о наших отцах. Приедем еще раз, уже с внуками».", "Надпись на памятнике гласит: "
                "«Героям войны». Директор музея Айгуль Сапарова сказала: «Приходят и школьники»."],
         [("Айгуль Сапарова", "Директор музея", "сказала")]),
    ],
    ids=["ru-there-plural", "ru-only-asked", "ru-through-the-noise", "kk-participle-before-statement",
         "ru-object-after-subject", "kk-laughed-after-clause", "ru-a-text-reads"],
)  # fmt: skip
def test_open_quotations_given_a_value_neither_reading_allows(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    # Open quotations of sets 46-55, read against their annotators' two readings: the extractor gave
    # values neither allows ("там", "только", "сквозь помехи женский голос" as roles, "ведомство
    # таратқан" as a speaker); each now gives one of them.
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A role of seven or eight words with no verb among them ("одного из столичных вузов") ...
        ("ru", ["Студентка третьего курса одного из столичных вузов Динара Сагындыкова приехала в Астану. «В прошлом "
                "году мы платили 170 тысяч», — рассказала Динара.", "По ее словам, на жилье уходит вся зарплата. "
                "«Просить у них больше я просто не могу», — добавила студентка."],
         [("Динара Сагындыкова", None, "рассказала"), ("Динара Сагындыкова", "студентка", "добавила")]),
        # ... but not over a verb ("Аким поручил руководителю ... А": the akim is not A's role).
        ("ru", ["Аким Уральска Бауыржан Жумагалиев провел прием.", "Аким поручил руководителю городского отдела "
                "жилищно-коммунального хозяйства Ерлану Тасбулатову проверить теплосети. Аким заявил: «Дорогу "
                "включим в план ремонта на следующий год»."],
         [("Бауыржан Жумагалиев", "Аким", "заявил")]),
        # A name in marks inside the source's words of "По словам", a person's name after it: no quotation.
        ("ru", ["По словам риелтора агентства недвижимости «Сарыарка Хоум» Асель Жумагуловой, пик спроса приходится "
                "на август."], []),
        # "поговорил с ней": the one the pronoun means, though others are named in full before the questions.
        ("ru", ["Детский хирург Динара Мухаметжанова провела шесть тысяч операций. Корреспондент поговорил с ней о "
                "профессии.", "Заведующий отделением Ерболат Сейткалиев так отзывается о коллеге: «У нее золотые "
                "руки»."
                , "— Почему детская хирургия?", "— Мне это говорили с первого курса.", "— Не устаете?",
                "— Устаю, конечно."],
         [("Ерболат Сейткалиев", "Заведующий отделением", "отзывается"), ("Динара Мухаметжанова", None, None),
          ("Динара Мухаметжанова", None, None)]),
        # Those told ("ему") and where from ("из толпы") are no subject; an adverb after an apposition.
        ("ru", ["Заместитель акима Марат Есенгалиев приехал в автопарк. «Зарплату получите», — сказал чиновник. «Мы "
                "это уже слышали!» — крикнули ему из толпы."],
         [("Марат Есенгалиев", "чиновник", "сказал"), (None, None, "крикнули")]),
        ("ru", ["А мой учитель, профессор Борис Ляхов, однажды сказал: «Хирургия не делит людей на мужчин и женщин»."],
         [("Борис Ляхов", "профессор", "сказал")]),
        # A man's genitive after a role's head back over genitives of things; "Сам" before a surname.
        ("ru", ["Суд продолжает рассматривать дело бывшего главного специалиста управления земельных отношений города "
                "Нурлана Жаксыбекова. Его обвиняют в получении взятки.", "Гособвинитель Ерлан Сатыбалдиев напомнил, "
                "что Жаксыбекова задержали сразу после передачи денег.", "Главным свидетелем стал предприниматель "
                "Бахтияр Омаров.", "Сам Жаксыбеков вину не признаёт. «Я просто попросил вернуть долг», — сказал он."],
         [("Нурлан Жаксыбеков", None, "сказал")]),
        # An infinitive in the clause of what she said is no cue: the verb before "что" is.
        ("ru", ["Людмила Шевчук говорит, что до сих пор не знает, как благодарить поисковиков: «Это чужие люди, "
                "которые трое суток не спали»."],
         [("Людмила Шевчук", None, "говорит")]),
        # Kazakh: "күле" (laughing) no subject; what was asked, with no cue before the colon.
        ("kk", ["Ал оның досы, 12 жастағы Нұрасыл Төлегенұлы тілшіге: «Мен әлем чемпионы болғым келеді!» – деп күле "
                "жауап берді."],
         [("Нұрасыл Төлегенұлы", "12 жастағы", "жауап берді")]),
        ("kk", ["Тілшінің «Балаңызды күреске қай жастан бердіңіз?» деген сұрағына Серік Бекжанов: «Жеті жасынан. Үлкен "
                "ұлым да балуан», – деп жауап берді."],
         [("Серік Бекжанов", None, "жауап берді")]),
        # A region's name ("Сыр өңірі", "Кіші Аралдың") names no one.
        ("kk", ["Музейдің ғылыми қызметкері Ләззат Жұмабекованың айтуынша, Сыр өңірі текеметінің өзіндік ерекшелігі "
                "бар. «Мұнда оюлар ірі, түстері ашық болып келеді», — дейді ол."],
         [("Ләззат Жұмабекова", None, "дейді")]),
        ("kk", ["Орталықтың ғылыми қызметкері Гүлназ Сейітова Кіші Аралдың экожүйесі қалпына келгенін айтады. «Тұщы су "
                "балықтары қайта көбейді», — деді ол."],
         [("Гүлназ Сейітова", None, "деді")]),
        # Whose son, in the genitive, then the son's given name: the son speaks.
        ("kk", ["«Әкем де, атам да балықшы болған», — дейді Ерғали Жұмабаевтың 23 жастағы ұлы Бекзат."],
         [("Бекзат", "Ерғали Жұмабаевтың 23 жастағы ұлы", "дейді")]),
        # Whose words she took up, before the subject; "іліп әкетті", "бағалайды", "қуаттады" are cues.
        ("kk", ["«Уәде көп, нәтиже жоқ», — деді бір жігіт. Оның сөзін көршісі Мейрамгүл Әбенова іліп әкетті: «Біз "
                "судың ақысын уақытында төлейміз ғой»."],
         [(None, "бір жігіт", "деді"), ("Мейрамгүл Әбенова", "көршісі", "іліп әкетті")]),
        ("kk", ["Компанияның коммерциялық директоры Дина Махмұтова жағдайды былай бағалайды: «Биыл өнім аз болса, баға "
                "қымбаттайды»."],
         [("Дина Махмұтова", "Компанияның коммерциялық директоры", "бағалайды")]),
        # A jury (a board, "алқасы") with the verb's object in "-ді" before the marks.
        ("kk", ["Фестиваль қазылар алқасы фильмді «адам мен жер арасындағы байланысты жеткізген шынайы туынды» деп "
                "бағалады."],
         [("Фестиваль қазылар алқасы", None, "бағалады")]),
    ],
    ids=["ru-eight-word-role", "ru-role-not-over-a-verb", "ru-name-in-marks-inside-po-slovam",
         "ru-interview-with-her", "ru-told-and-where-from", "ru-adverb-after-apposition",
         "ru-role-head-genitive-and-sam", "ru-infinitive-no-cue", "kk-kule-converb", "kk-question-no-cue",
         "kk-syr-region", "kk-kishi-aral", "kk-son-of", "kk-took-up-her-words", "kk-bagalaidy", "kk-jury-board"],
)  # fmt: skip
def test_the_sixty_second_to_sixty_fifth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # An attitude after a gerund's clause: the subject ends at the name.
        ("kk", ["Ерасылдың әкесі Бақыт Нұрмағанбет ұлының жаңа бөлмесін көріп, таңданысын жасырмады: «Біз оқыған "
                "кезде мұндай жағдай түсімізге де кірмейтін еді»."],
         [("Бақыт Нұрмағанбет", "Ерасылдың әкесі", None)]),
        # "предостерегла" is a cue, "также" no part of the role.
        ("ru", ["Энтомолог Алия Жумагулова осмотрела поля.", "Собеседница также предостерегла фермеров от "
                "самостоятельных обработок: «Неправильная дозировка опасна для пчел и скота»."],
         [("Алия Жумагулова", "Собеседница", "предостерегла")]),
        # A hyphenated form of address ("Зейнеп-апа"), "поправляет мужа", a family's plural ("Сами Ахметжановы").
        ("ru", ["Тулеген Ахметжанов и Зейнеп Ахметжанова открыли музей в селе.", "– Не ругалась, а спрашивала, на "
                "какие деньги строить, – тут же поправляет мужа Зейнеп-апа.", "Сами Ахметжановы о статусе не "
                "думают. «Хочу, чтобы музей перешел школе», – говорит Тулеген-ата."],
         [("Зейнеп Ахметжанова", None, "поправляет"), ("Тулеген Ахметжанов", None, "говорит")]),
        # "алғысын білдірді" (thanked); a person noun opening the sentence, those told after it.
        ("kk", ["Тұрғын Сәуле Жолдасова су түнде келгенін айтады. Әйел мешіттен келген жігіттерге алғысын білдірді: "
                "«Ең бірінші көмек солардан келді»."],
         [("Сәуле Жолдасова", "Әйел", "алғысын білдірді")]),
        # The guest named by a noun: "жаңа әкіммен ... сұхбаттасты", "поговорил с ветераном".
        ("kk", ["Ауыл мектебінде сабақ берген Гүлназ Сейітжанова ауылды басқарғанына алты ай толды. Qamshy.kz тілшісі "
                "жаңа әкіммен ауыл тірлігі туралы сұхбаттасты.", "Ауылдың қарт тұрғыны Әбдіхалық Тұрсынбаев риза.",
                "— Сайлауға түсу туралы шешімді қалай қабылдадыңыз?", "— Отбасым қолдады.", "— Қиындық көп пе?",
                "— Көп, бірақ еңсереміз."],
         [("Гүлназ Сейітжанова", None, None), ("Гүлназ Сейітжанова", None, None)]),
        ("ru", ["Арбитр Геннадий Ракитин отсудил шестьсот матчей. Корреспондент поговорил с ветераном о профессии.",
                "«Он для нас больше чем судья», – говорит председатель федерации Ержан Кусаинов.", "– Помните первый "
                "матч?", "– Помню до минуты.", "– А самый трудный?", "– Финал кубка."],
         [("Ержан Кусаинов", "председатель федерации", "говорит"), ("Геннадий Ракитин", None, None),
          ("Геннадий Ракитин", None, None)]),
        # The noun the answering one is called by, used before for the one named before it; no role over a verb.
        ("ru", ["Дзюдоист Асылжан Тлеубердин выиграл турнир. В финале 23-летний спортсмен победил японца Кэйдзи Хаяси. "
                "Позже спортсмен ответил на вопросы пресс-службы.", "– Что значит эта победа?", "– Это рейтинговые "
                "очки.", "– Что дальше?", "– Чемпионат Азии."],
         [("Асылжан Тлеубердин", None, None), ("Асылжан Тлеубердин", None, None)]),
        # Written on a board is nobody's speech; a gerund's clause after a name after the verb.
        ("kk", ["Тақтада бүгінгі тақырып жазылған: «Менің отбасым»."], []),
        ("kk", ["Мұғалім Сәуле Мұқанова сұрақ қойды.", "– Менің отбасымда төрт адам бар, – деп жауап береді Ольга сәл "
                "ойланып алып."],
         [("Ольга", None, "жауап береді")]),
        # Two roles joined by a comma, place names in the first; "құптады", "тіл қатты" cues.
        ("kk", ["«Зейнетақым жол ақысына кетеді», — дейді Абай ауданындағы Кеңгірбай би ауылының тұрғыны, 67 жастағы "
                "Күлпаш Нұрғалиқызы."],
         [("Күлпаш Нұрғалиқызы", "67 жастағы", "дейді")]),
        ("kk", ["Жұбайы Ерболат Тоқтаров әйелінің сөзін құптады: «Ауылда дүкен бар, ал дәріхана жоқ»."],
         [("Ерболат Тоқтаров", "Жұбайы", "құптады")]),
        ("kk", ["Бас жүлдені Бағдат Жанұзақов иеленді. Жеңімпаз қысқа ғана тіл қатты: «Бұл — менің емес, бүркітімнің "
                "еңбегі»."],
         [("Бағдат Жанұзақов", "Жеңімпаз", "тіл қатты")]),
        # What she explained after her given name; an eagle's name is no one's.
        ("kk", ["Шиелі ауданындағы Мөлдір Сәрсенбаева қызанақ өсіреді. Мөлдір кәсіптің басты қиындығын былай "
                "түсіндірді: «Қыста жылыту қымбатқа түседі»."],
         [("Мөлдір Сәрсенбаева", None, "түсіндірді")]),
        ("kk", ["«Бүркіт — қазақтың қанаты», — дейді 72 жастағы құсбегі Қайырбек Сейітханов.", "Қайырбек ақсақалдың "
                "Ақтамақ атты бүркіті биыл сегізге толды. «Бүркітті баулу — сабырдың ісі», — дейді қария."],
         [("Қайырбек Сейітханов", "72 жастағы құсбегі", "дейді"), ("Қайырбек Сейітханов", "қария", "дейді")]),
        # (Not when a name follows the noun: "побеседовал с победителем олимпиады А" is A; nor over a
        # copula: "Победителем стал 22-летний А" keeps the role that "победитель" refers back to.)
        ("ru", ["Победителем стал Арман Утегенов. Второе место занял Даниял Серикбаев.", "После церемонии "
                "корреспондент побеседовал с победителем олимпиады Арманом Утегеновым.", "— Когда ты понял, что "
                "победил?", "— Только когда объявили результаты.", "— Что дальше?", "— Хочу пройти отбор в сборную."],
         [("Арман Утегенов", None, None), ("Арман Утегенов", None, None)]),
        ("ru", ["Победителем у мужчин стал 22-летний Тимур Абдрахманов, обыгравший в финале узбекского теннисиста "
                "Сардора Юсупова.", "«Тай-брейк второго сета я начал нервно», — рассказал победитель."],
         [("Тимур Абдрахманов", "победитель", "рассказал")]),
    ],
    ids=["kk-attitude-after-gerund", "ru-predosteregla-takzhe", "ru-hyphenated-address-family",
         "kk-thanked-person-noun", "kk-guest-by-noun", "ru-guest-by-noun", "ru-anaphoric-noun-no-role-over-verb",
         "kk-written-on-board", "kk-gerund-after-name", "kk-two-roles-places", "kk-quptady", "kk-til-qatty",
         "kk-object-after-given-name", "kk-eagle-name", "ru-guest-named-after-the-noun", "ru-copula-keeps-role"],
)  # fmt: skip
def test_the_sixty_sixth_to_sixty_ninth_held_out_sets_misses(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A resident of a microdistrict given by number is named after it, not the microdistrict's name;
        # a man's full name in the nominative after "станции" is a person too.
        ("ru", ["Заместитель акима Асель Нурмуханова заявила, что ситуация на контроле.", "Жительница 5-го "
                "микрорайона Айнур Калиева говорит, что машин не хватает. «Водовоз приехал в восемь», — рассказала "
                "она."],
         [("Айнур Калиева", None, "рассказала")]),
        ("ru", ["Заместитель акима Серик Толеубаев заявил: «Мы понимаем».", "Директор станции Канат Жумабеков "
                "пояснил, что собак много. «Мы работаем», – объяснил он."],
         [("Серик Толеубаев", "Заместитель акима", "заявил"), ("Канат Жумабеков", None, "объяснил")]),
        # "ответила на несколько вопросов" says an interview follows; of two named, the one the sentence
        # opens with ("Сама Амина после церемонии ... ответила").
        ("ru", ["Шахматистка Амина Сейткали завоевала серебро. «Амина прошла без поражений», – рассказал тренер "
                "Ержан Абдрахманов.", "Сама Амина после церемонии награждения ответила на несколько вопросов "
                "журналистов.", "– Не обидно?", "– Немного обидно, да.", "– Чем займётесь дома?",
                "– Сначала высплюсь."],
         [("Ержан Абдрахманов", "тренер", "рассказал"), ("Амина Сейткали", None, None),
          ("Амина Сейткали", None, None)]),
        # "гособвинитель" is the clipped "государственный обвинитель".
        ("ru", ["Государственный обвинитель Айгерим Тулегенова настаивала на сроке. Свидетель Марат Есенов "
                "выступил. «Переписка обнаружена», — добавила гособвинитель."],
         [("Айгерим Тулегенова", "гособвинитель", "добавила")]),
        # The nominative noun before a name in the genitive and a full name is the next one's role.
        ("ru", ["Адвокат главного фигуранта дела Сакена Жолдасова Руслан Бекмухамбетов просил учесть детей.",
                "Судья Марат Ибраев задал вопрос.", "Бекмухамбетов сообщил журналистам, что обжалует приговор. "
                "«Считаем наказание суровым», — сказал адвокат."],
         [("Руслан Бекмухамбетов", "адвокат", "сказал")]),
        # Where she stands after the role noun is no part of it.
        ("ru", ["Гульмира Сейтказиева торгует здесь двенадцатый год.", "— Почем баранина? — спрашивает пожилая "
                "женщина у соседнего прилавка."],
         [("Гульмира Сейтказиева", "пожилая женщина", "спрашивает")]),
        # "не скрывает, что ...:": an attitude, its subject before "не" (sentence adverbs left out).
        ("ru", ["Хирург Арман Жолдасбеков приехал в больницу.", "При этом молодой врач не скрывает, что думает о "
                "переезде: «Если не решится, придется уезжать»."],
         [("Арман Жолдасбеков", "молодой врач", None)]),
        # A decimal comma splits no clause.
        ("ru", ["Суд начался.", "Водитель Сергей Малахов, потерявший 2,8 млн тенге, был резче: «Он повторял одно»."],
         [("Сергей Малахов", "Водитель", None)]),
        # An indirect question after "на вопрос корреспондента" between the subject and the verb.
        ("ru", ["Дорогу закрыли.", "Руководитель группы Ерлан Мусабеков на вопрос корреспондента, когда откроют "
                "дорогу, отвечает осторожно: «Если погода позволит, пробьем»."],
         [("Ерлан Мусабеков", "Руководитель группы", "отвечает")]),
        # "Корреспондент расспросил хозяйку": the guest named by a noun; "Валентину Николаевну" (accusative,
        # patronymic) after "Валентина Пак" is her.
        ("ru", ["Ресторан открыли кореянка Валентина Пак и ее муж Кайрат Тулегенов. Саму хозяйку, 76-летнюю "
                "Валентину Николаевну, поздравляли долго.", "«Сначала было окошко», — вспоминает Валентина Пак. "
                "Корреспондент расспросил хозяйку о том, как дело пережило полвека.", "— Как вы решились?",
                "— Жизнь заставила.", "— А что готовят так же?", "— Кукси. Рецепт никому не показываю, — "
                "смеется хозяйка."],
         [("Валентина Пак", None, "вспоминает"), ("Валентина Пак", None, None),
          ("Валентина Пак", "хозяйка", "смеется")]),
        # A number word before a participle opens its clause ("сорок лет проработавшая").
        ("ru", ["Гости пришли.", "Сидевшая рядом Людмила Ким, сорок лет проработавшая учительницей, вспоминает "
                "свое: «Здесь справляли мою свадьбу»."],
         [("Людмила Ким", None, "вспоминает")]),
        # A man's name in the dative after an age adjective ("31-летнему Артему Дробышеву").
        ("ru", ["Суд вынес приговор 31-летнему Артему Дробышеву. Свидетель Нурлан Абенов рассказал о наезде.",
                "Сам Дробышев вину признал. Он обратился к семье: «Мне нет оправдания»."],
         [("Артем Дробышев", None, "обратился")]),
        # The last question and its answer in one paragraph of an interview: the answer from its dash, with
        # words in marks inside it part of it.
        ("ru", ["Корреспондент поговорил с астрономом Даной Ермековой.", "– Как вы пришли в науку?",
                "– Совершенно случайно.", "– Не страшно ночью?", "– Скорее наоборот.", "– Что бы вы посоветовали "
                "школьницам? – Не верить тем, кто говорит, что «это не женская профессия»."],
         [("Дана Ермекова", None, None), ("Дана Ермекова", None, None), ("Дана Ермекова", None, None)]),
        # A capitalised role noun opening the sentence, then a given name in "-ина" the dictionary reads as a
        # man's genitive ("Амина") and a surname it does not know: a person, not a place after a name.
        ("ru", ["Шахматистка Амина Сейткали завоевала серебро. «Это успех», — сказала она."],
         [("Амина Сейткали", None, "сказала")]),
    ],
    ids=["ru-numbered-microdistrict", "ru-station-man", "ru-answered-several-questions", "ru-gosobvinitel",
         "ru-genitive-then-nominative-name", "ru-where-she-stands", "ru-does-not-hide-that", "ru-decimal-comma",
         "ru-on-the-question-when", "ru-rassprosil-khozyaiku", "ru-number-before-participle", "ru-age-dative",
         "ru-question-and-answer-one-paragraph", "ru-given-name-in-ina-sentence-start"],
)  # fmt: skip
def test_the_seventieth_to_seventy_seventh_held_out_sets_misses_ru(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The verb's object with a participle's clause after "Ұста" (the smith, a person noun).
        ("kk", ["Семейде Серік Байжанов ат әбзелдерін соғады.", "Ұста зауытта жасалған бұйым мен қолдан соғылған "
                "әбзелдің айырмашылығын былай түсіндірді: «Біз жасаған үзеңгі жиырма жыл қызмет етеді»."],
         [("Серік Байжанов", "Ұста", "түсіндірді")]),
        # "26 жастағы жігіт": an age, not a role noun, before "жігіт"; the last person named.
        ("kk", ["Семейдегі ұстаханада 58 жастағы Серік Байжанов әбзел соғады.", "Шебердің ұлы Ерасыл әкесінің "
                "қасында жұмыс істейді. «Алғашында ауыр көрінді», — дейді 26 жастағы жігіт."],
         [("Ерасыл", "26 жастағы жігіт", "дейді")]),
        # A kin noun alone never named so is someone new; "іле жалғады" is a cue.
        ("kk", ["Шебер Серік Байжанов әбзел соғады. Шебердің ұлы Ерасыл әкесінің қасында жұмыс істейді.",
                "Әкесі ұлының сөзін іле жалғады: «Жастар қолөнерге оралып келеді»."],
         [(None, "Әкесі", "іле жалғады")]),
        # "оның сөзін қостап" after a given name: whose words he seconded, no part of the subject.
        ("kk", ["Оның әріптесі Мұрат Жақыпов келді. Ерболат Сейітов келісті.", "Ерболат оның сөзін қостап: «Біз "
                "әкімдікке шағым жаздық», — деді."],
         [("Ерболат Сейітов", None, "деді")]),
        # An adjective of the place after the role ("салтанатты жиында"); "одан" (from him) before the subject.
        ("kk", ["Аудан әкімі Қанат Төлеубаев сөйледі. «Бөгет салынды», – деді аудан басшысы салтанатты жиында."],
         [("Қанат Төлеубаев", "аудан басшысы", "деді")]),
        ("kk", ["Куә Нұрлыбек Есенов сөйледі.", "– Ақшаны өз еркіңізбен бердіңіз бе? – деп сұрады одан қорғаушы."],
         [("Нұрлыбек Есенов", "қорғаушы", "сұрады")]),
        # "Жанардың өзі" (Жанар herself) and "Ақжолдың сөзінше" name the one named before by that given name.
        ("kk", ["Омарташы Жанар Тұрсынбекова бал жинайды. Маман Ерлан Қайырбеков сала маңызды екенін айтты.",
                "Жанардың өзі басты мәселе – өнімді өткізу екенін айтады. «Бал жинау – жарты іс», – дейді ол."],
         [("Жанар Тұрсынбекова", None, "дейді")]),
        ("kk", ["Үшінші курс студенті Ақжол Сейітқали сөйледі. Ректор Ғалымжан Әбдіразақов шықты.", "Ақжолдың "
                "сөзінше, жеңілдік "
                "аз студентті қамтиды. «Біз бағаны сақтауды сұраймыз», — деді ол."],
         [("Ақжол Сейітқали", None, "деді")]),
        # "десе" after the quotation is its cue.
        ("kk", ["Алматыдан келген Дәурен Сейдахметов: «Үш жыл қатарынан келеміз», – десе, Виктор Ремезов бал "
                "сатып алатынын айтты."],
         [("Дәурен Сейдахметов", None, "десе")]),
        # One of the traders is someone new.
        ("kk", ["Ректор Ғалымжан Әбдіразақов шықты. «Ақы неге өсті?» деп сұрады алдыңғы қатарда тұрған "
                "жігіттердің бірі."],
         [(None, "алдыңғы қатарда тұрған жігіттердің бірі", "сұрады")]),
        # A question opening a dash paragraph with a form of address ("— Апа, ...") names no one.
        ("kk", ["Ауыл тұрғыны Күлшара Тілеубаева 100 жасқа толды.", "— Апа, ұзақ өмірдің сыры неде?",
                "— Ешкімге кек сақтамадым, балам, — деп күледі кейіпкеріміз."],
         [("Күлшара Тілеубаева", "кейіпкеріміз", "күледі")]),
        # A full name, then an adjective of place and a namesake ("Түркістандағы Қожа Ахмет Ясауи атындағы").
        ("kk", ["Әженің немересі Айдана Сейітқұлова Түркістандағы Қожа Ахмет Ясауи атындағы университетте сабақ "
                "береді. «Немере батасын алады», — дейді Айдана."],
         [("Айдана Сейітқұлова", None, "дейді")]),
        # The blessing's adjective alone after a gerund's clause.
        ("kk", ["Күлшара апа сәбиді маңдайынан сүйіп, ақ батасын берді: «Жасың ұзақ болсын»."],
         [("Күлшара", None, "батасын берді")]),
        # "Жұбайы күліп:" (laughing) then "– деп жауап қатады": the wife named so before.
        ("kk", ["Шебер Оразбек Тәжібаев пен шебердің жұбайы Күләш Тәжібаева киіз үй жасайды.", "«Сүйегін мен "
                "жасаймын», – дейді Оразбек ағай. Жұбайы күліп: «Сүйегі болмаса, жаны қайда тұрады?» – деп жауап "
                "қатады."],
         [("Оразбек Тәжібаев", None, "дейді"), ("Күләш Тәжібаева", "Жұбайы", "жауап қатады")]),
        # "тілшісі онымен ... сөйлесті": an interview with the one named right before.
        ("kk", ["27 жастағы Мөлдір Қуанышқызы өрт сөндіреді. Kazinform тілшісі онымен мамандық туралы сөйлесті.",
                "Бөлім бастығы, подполковник Нұрлыбек Ізбасаров оны мақтайды.", "— Мөлдір, неге өрт сөндіруші "
                "болдыңыз?", "— Бұл балалық арманым.", "— Отбасыңыз не деді?", "— Алғашында қарсы болды."],
         [("Мөлдір Қуанышқызы", None, None), ("Мөлдір Қуанышқызы", None, None)]),
        # What was asked, then one word and a colon with no verb: that word is the role.
        ("kk", ["Полиция подполковнигі Дәурен Мұқатаев сөйледі.", "Тілшінің «Басқа ұрлыққа қатысы бар ма?» деген "
                "сұрағына подполковник: «Қазір тексеріп жатырмыз», — деп жауап берді."],
         [("Дәурен Мұқатаев", "подполковник", "жауап берді")]),
        # A role noun opening the sentence, then a given name and a surname no dictionary knows.
        ("kk", ["Студент Ақжол Сейітқали сөйледі. Ректор Ғалымжан Әбдіразақов шықты.", "«Біз бағаны сақтауды "
                "сұраймыз», — деді студент."],
         [("Ақжол Сейітқали", "студент", "деді")]),
    ],
    ids=["kk-smith-object-clause", "kk-age-before-zhigit", "kk-kin-alone-newcomer", "kk-onyn-sozin-qostap",
         "kk-adjective-of-place", "kk-odan", "kk-zhanardyn-ozi", "kk-aqzholdyn-sozinshe", "kk-dese",
         "kk-one-of-the-traders", "kk-address-in-question", "kk-adjective-of-place-in-run", "kk-aq-bata-alone",
         "kk-zhubayy-kulip", "kk-onymen-soylesti", "kk-asked-then-role", "kk-role-noun-opening-sentence"],
)  # fmt: skip
def test_the_seventieth_to_seventy_seventh_held_out_sets_misses_kk(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # Sons named by a given name alone after "Средний," / "Младший, 19-летний" (names no dictionary
        # knows), named again; a family's plural ("Семью Турдиевых") is no one of them.
        ("ru", ["Главе семейства Ахмаджану Турдиеву 61 год.", "Средний, Шахрат, владеет дапом. Младший, "
                "19-летний Дильмурат, учится в колледже.", "Шахрат уверен, что главное — чувствовать друг друга. "
                "«Поднял бровь — значит, ускоряемся», — смеётся он. Семью Турдиевых знают все. «Таких семей "
                "мало», — говорит он."],
         [("Шахрат", None, "смеётся"), ("Шахрат", None, "говорит")]),
        # What she became, before her ("Первым педагогом ... стала ... А"); what he speaks of after his name.
        ("ru", ["Первым педагогом братьев стала преподаватель музыкальной школы Гульнара Хасанова. Младший, "
                "19-летний Дильмурат, учится. «Таких семей мало», — считает педагог. Сам Дильмурат о планах "
                "говорит коротко: «Хочу, чтобы мукамы звучали»."],
         [("Гульнара Хасанова", "педагог", "считает"), ("Дильмурат", None, "говорит")]),
        # "альпинист рассказал корреспонденту": the guest, by a noun; others named in full before the questions.
        ("ru", ["Алматинец Нуржан Ескендиров поднялся на Эверест. О страхе альпинист рассказал корреспонденту "
                "Tengrinews.kz.", "«Он готовился системно», — отметила вице-президент федерации Жанна Курманова.",
                "— Что вы почувствовали?", "— Пустоту и усталость.", "— А страх?", "— Страх был внизу."],
         [("Жанна Курманова", "вице-президент федерации", "отметила"), ("Нуржан Ескендиров", None, None),
          ("Нуржан Ескендиров", None, None)]),
        # "нашему корреспонденту рассказала главный врач А": an interview, with the one named after it.
        ("ru", ["О том, как живет сельская медицина, нашему корреспонденту рассказала главный врач больницы "
                "Сауле Токтарова.", "«Не хватает врачей», — сообщил министр Ерлан Сапаров.", "— Кого не хватает?",
                "— Педиатра мы ищем уже третий год.", "— А оборудование?", "— Томограф у нас уже есть."],
         [("Ерлан Сапаров", "министр", "сообщил"), ("Сауле Токтарова", None, None), ("Сауле Токтарова", None, None)]),
        # A given name the dictionary reads first as a place ("Милана", of Milan) before a surname.
        ("ru", ["Казахстанская фигуристка Милана Серикбаева завоевала бронзу. Мама спортсменки Гульнара "
                "Серикбаева смотрела дома.", "«Теперь планка выше», — сказала фигуристка."],
         [("Милана Серикбаева", "фигуристка", "сказала")]),
        # "обратила внимание суда на ...:" is a speech verb.
        ("ru", ["Государственный обвинитель Айгерим Нуртаева в прениях обратила внимание суда на записи камер: "
                "«На видео четко видно, что удары продолжались»."],
         [("Айгерим Нуртаева", "Государственный обвинитель", "обратила")]),
        # A man's surname of the "-а" declension in the genitive ("Лукаса Фейтозы").
        ("ru", ["Нуржан Ахметов замкнул передачу Лукаса Фейтозы.", "«Я видел, что он сместился», – сказал "
                "Фейтоза."],
         [("Лукас Фейтоза", None, "сказал")]),
    ],
    ids=["ru-siblings-given-names", "ru-became-before-and-about-after-name", "ru-alpinist-told-correspondent",
         "ru-correspondent-told-by-name-after", "ru-milana", "ru-obratila-vnimanie", "ru-a-declension-genitive"],
)  # fmt: skip
def test_the_seventy_eighth_to_eighty_fifth_held_out_sets_misses_ru(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # "Біз Ақботамен ... әңгімелестік": "Біз" (we) names no one; the interview is with Ақбота.
        ("kk", ["Жобаның авторы — журналист Ақбота Серікқызы. Біз Ақботамен подкаст жайлы әңгімелестік.",
                "— Ақбота, идея қалай пайда болды?", "— Бәрі кездейсоқ басталды, досым ұсынды.", "— Қонақтарды қалай "
                "табасыз?", "— Көбі бізге өздері хат жазып жібереді."],
         [("Ақбота Серікқызы", None, None), ("Ақбота Серікқызы", None, None)]),
        # "Ұлы Отан соғысы" names no one.
        ("kk", ["Ақтөбеде тұратын Ұлы Отан соғысының ардагері Қожахмет Байжанов 100 жасқа толды. Ақсақал Egemen.kz тілшісіне "
                "естеліктерімен бөлісті.", "– Ата, ең қорқынышты сәт қай кез болды?", "– Алғашқы шабуылда бәріміз қорықтық.",
                "– Жеңісті қайда қарсы алдыңыз?", "– Жеңісті Прага маңында қарсы алдық."],
         [("Қожахмет Байжанов", None, None), ("Қожахмет Байжанов", None, None)]),
        # The verb's object alone after a gerund's clause ("..., ізгі тілегін жеткізді:"); those told after
        # a role noun ("Әкім ақсақалға ...").
        ("kk", ["Қала әкімі Талғат Жанұзақов ардагерді құттықтады. Ардагердің немересі Ерлан Байжанов келді.",
                "Әкім ақсақалға гүл шоғын тапсырып, ізгі тілегін жеткізді: «Деніңізге саулық тілеймін»."],
         [("Талғат Жанұзақов", "Әкім", "жеткізді")]),
        # "Бұл сауалға" (to this question) is no part of the subject.
        ("kk", ["Тұрғын Нұрлан Серікбаев сұрақ қойды. Бұл сауалға Серік Тасболатов үлес қарастырылғанын айтты: "
                "«Тізім жасалып жатыр»."],
         [("Серік Тасболатов", None, "айтты")]),
        # A given name after a role, then a gerund's clause ("Жұбайы Айгүл сөзге араласып:").
        ("kk", ["Фермер Ерлан Сұлтанбеков сөйледі. Жұбайы Айгүл сөзге араласып: «Енді қыста үй жылы», – деп "
                "күлді."],
         [("Айгүл", "Жұбайы", "күлді")]),
        # Whom a role noun called on ("тұрғындарды"), what a pronoun recalls ("ұстазының бір сөзін").
        ("kk", ["Бас инженер Дәурен Әбілқасымов сөйледі. Маман тұрғындарды ережені сақтауға шақырды: «Газды "
                "өздеріңіз жалғамаңыз»."],
         [("Дәурен Әбілқасымов", "Маман", "шақырды")]),
        ("kk", ["Жетінші сыныпта оқитын Нұрислам Ахметов робот құрастырып жүр. Ол ұстазының бір сөзін жиі еске "
                "алады: «Апай бізге қателесуден қорықпаңдар дейді»."],
         [("Нұрислам Ахметов", None, "еске алады")]),
        # "баяндады", "кешірім сұрады", "үкімді жариялады", "депті" are cues.
        ("kk", ["Жүргізуші Мұрат Есенғұлов көргенін былай баяндады: «Автобус аударылып қалды»."],
         [("Мұрат Есенғұлов", "Жүргізуші", "баяндады")]),
        ("kk", ["Соңғы сөзінде Бауыржан Әлімқұлов жәбірленушілерден кешірім сұрады: «Барлық қарызды өтеймін»."],
         [("Бауыржан Әлімқұлов", None, "кешірім сұрады")]),
        ("kk", ["Судья Ғалым Нұрмаханов жазаны ескерді. «Кінәлі деп танылсын», – деп үкімді жариялады судья."],
         [("Ғалым Нұрмаханов", "судья", "үкімді жариялады")]),
        ("kk", ["Баланың әкесі Ержан Төлегенов алғыс айтты. «Қасқыр келеді деп қорықтым, бірақ жыламадым», — депті "
                "бала әкесіне."],
         [("Ержан Төлегенов", "бала", "депті")]),
        # A participle before the name is no clause of what was said ("сыныпта жалғыз отыратын").
        ("kk", ["Ана Айгүл Нұрланқызы келді.", "Ал сыныпта жалғыз отыратын үшінші сынып оқушысы Нұрасыл бұған "
                "үйреніп алғанын айтады: «Маған ұнайды»."],
         [("Нұрасыл", "сыныпта жалғыз отыратын үшінші сынып оқушысы", "айтады")]),
        # "Ал А-ның сөзінше, ...: «П»": the opening words say whose words follow.
        ("kk", ["Зейнеткер Күлпаш Оразбаева келді. Талғат Есенұлы да келді. Ал Талғат Есенұлының сөзінше, жаза "
                "әділ: «Бұл үкім сабақ болсын»."],
         [("Талғат Есенұлы", None, "сөзінше")]),
        # A given name, then what he does with no speech verb ("жалықпайды").
        ("kk", ["Жылқыларды жаттықтыру – кіші ұлы Нұрболдың міндеті. Нұрбол бір нәрсені қайталаудан жалықпайды: "
                "«Ахалтеке – ақылды жануар»."],
         [("Нұрбол", None, None)]),
        # "Шардара су қоймасынан": a place before its noun, no one's name.
        ("kk", ["Бөлім басшысы Нұрлан Жетпісбаев судың көбеюін Шардара су қоймасынан жіберілген сумен "
                "байланыстырады. «Арна тарылып кеткен», — деді ол."],
         [("Нұрлан Жетпісбаев", None, "деді")]),
        # What she did not hide after her name ("... мақтан тұтатынын жасырмады:").
        ("kk", ["19 жастағы Айбек Нұрмаханов қап тасып жүр. Жанында тұрған анасы Райхан ұлын мақтан тұтатынын "
                "жасырмады: «Түнде де үйге келген жоқ»."],
         [("Райхан", "Жанында тұрған анасы", None)]),
        # An age alone says how one is ("63 жастағы шебер" after "шебер А"), two ages which one.
        ("kk", ["Мектептің негізін қалаған шебер Күлпаш Жұмағалиева үйретеді. Шәкірт Меруерт Ғабдуллина келді.",
                "«Кестені маған әжем үйреткен», — дейді 63 жастағы шебер."],
         [("Күлпаш Жұмағалиева", "63 жастағы шебер", "дейді")]),
        # Of two roles joined by a comma, the one next to a given name alone ("9 жастағы Айым").
        ("kk", ["Инженер Меруерт Ғабдуллина келді.", "— Апай, мына гүлді қалай бітіремін? — деп сұрады ең кішкентай "
                "шәкірт, 9 жастағы Айым."],
         [("Айым", "9 жастағы", "сұрады")]),
        # "Дана өз ойын былай түсіндірді:": her own thought, after her given name (not a dative "-на").
        ("kk", ["Дизайнер Дана Есқалиева топтама шығарды. Дана өз ойын былай түсіндірді: «Машинамен тігілген өрнек "
                "жансыз»."],
         [("Дана Есқалиева", None, "түсіндірді")]),
        # A place and its noun, then a foreign name (also a place's) after a role in the possessive.
        ("kk", ["Моңғолиядан келген Батбаяр Доржсүрэн қатысты. Түркияның Газиантеп қаласындағы компаниясының өкілі "
                "Мехмет Акташ жүннің таза екенін айтты. «Біз дайынбыз», – деді ол."],
         [("Мехмет Акташ", None, "деді")]),
        # In an interview's answer, a relative's words in marks with their own "– деді".
        ("kk", ["Шопан Ақбота Сейітжанова. Біз кейіпкерімізбен әңгімелестік.", "– Қалай бастадыңыз?",
                "– Әкемнің қойын бағудан бастадым.", "– Желі көмектесті ме?", "– Иә, көп көмектесті. Әкем таңғалып: "
                "«Сен телефонмен саттың», – деді."],
         [("Ақбота Сейітжанова", None, None), ("Ақбота Сейітжанова", None, None)]),
        # What he spoke of after a full name ("Сергей Ким жаңа өткелдің бір кемшілігін айтты:").
        ("kk", ["Ал такси жүргізушісі Сергей Ким жаңа өткелдің бір кемшілігін айтты: «Көпір жақсы»."],
         [("Сергей Ким", "такси жүргізушісі", "айтты")]),
        # "А мен Б" with Б's surname showing it: А is a person too, named again at a sentence's start.
        ("kk", ["Жарыста Әлихан Сейітқали мен Аружан Бекмұхамбетова қола алды.", "«Қолым дірілдеді», – деді "
                "Аружан Бекмұхамбетова.", "Әлихан Сейітқали медальді командаға арнайтынын айтты. «Бүгін "
                "қателерді қайталамадық», – деді садақшы."],
         [("Аружан Бекмұхамбетова", None, "деді"), ("Әлихан Сейітқали", "садақшы", "деді")]),
    ],
    ids=["kk-biz-aqbotamen", "kk-uly-otan-soghysy", "kk-object-alone-after-gerund", "kk-bul-saualgha",
         "kk-zhubayy-aigul-gerund", "kk-maman-turgyndardy", "kk-ol-object", "kk-bayandady", "kk-keshirim-surady",
         "kk-ukimdi-zhariyalady", "kk-depti", "kk-participle-before-name", "kk-al-x-sozinshe", "kk-zhalyqpaidy",
         "kk-shardara-su-qoimasy", "kk-zhasyrmady-after-name", "kk-age-alone", "kk-comma-roles-given-name",
         "kk-dana-oz-oiyn", "kk-place-then-foreign-name", "kk-kin-words-in-answer", "kk-full-name-then-object",
         "kk-coordinated-names"],
)  # fmt: skip
def test_the_seventy_eighth_to_eighty_fifth_held_out_sets_misses_kk(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A Korean name of three short words.
        ("ru", ["Ресторанный критик Юн Со Ён написала в колонке: «Это кухня степи»."],
         [("Юн Со Ён", "Ресторанный критик", "написала")]),
        # "а в последнем слове попросил ...:": a second predicate, its subject in the clause before.
        ("ru", ["Подсудимый Виктор Шаповалов молчал. Нурлан Касымов показаний не давал, а в последнем слове "
                "попросил прощения у жителей села: «Простите нас»."],
         [("Нурлан Касымов", None, "попросил")]),
        # A one-word gerund before the verb, no comma ("— не раздумывая ответил он").
        ("ru", ["Штангист Алмас Кенжебеков взял бронзу.", "— Сгонка веса, — не раздумывая ответил он. — Я впервые "
                "выступал в новой категории."],
         [("Алмас Кенжебеков", None, "ответил")]),
        # Whom they asked, after the role noun ("журналисты у директора").
        ("ru", ["Директор Руслан Жаксыбеков вышел к людям.", "— Будут ли компенсировать ущерб? — спросили "
                "журналисты у директора."],
         [(None, "журналисты", "спросили")]),
        # "Дания" (also Denmark) before a woman's surname; "хорватку Ану Ловрич" in the accusative.
        ("ru", ["Эколог Дания Омарова считает, что оползень был предсказуем. «Это вопрос системы», — убеждена "
                "эколог."],
         [("Дания Омарова", "эколог", "убеждена")]),
        ("ru", ["Казахстанка обыграла хорватку Ану Ловрич.", "«Дария играла смелее», — приводит слова хорватки "
                "сайт турнира."],
         [("Ана Ловрич", "хорватка", "приводит слова")]),
        # A man's genitive after a role's head over a place the office is of; a mother of children is no
        # man's genitive ("Мать четверых детей Сауле Жумабаева").
        ("ru", ["Суд приговорил бывшего специалиста отдела жилищных отношений Семея Руслана Абенова.", "Мать "
                "четверых детей Сауле Жумабаева рассказала суду все. «Назвал сумму», — вспомнила женщина. В "
                "последнем слове Абенов попросил прощения: «Я подвел людей»."],
         [("Сауле Жумабаева", "женщина", "вспомнила"), ("Руслан Абенов", None, "попросил")]),
        # A place after a preposition or at a road's end ("в Улкен Нарын", "Алтай — Улкен Нарын").
        ("ru", ["Движение на трассе Алтай — Улкен Нарын закрыто.", "Водитель Виктор Ломакин везет в Улкен Нарын "
                "цемент.", "— Впереди белая стена, — вспоминает дальнобойщик."],
         [("Виктор Ломакин", "дальнобойщик", "вспоминает")]),
        # A participle's clause opening the subject is part of the role.
        ("ru", ["Дорогу закрыли.", "Стоящий за ней в колонне пенсионер Болат Ахметжанов настроен менее терпеливо: "
                "«Каждую зиму одно и то же»."],
         [("Болат Ахметжанов", "Стоящий за ней в колонне пенсионер", None)]),
        # A name in marks is no one's ("«Ультратрейл Бурабай»"); "поговорил со спортсменкой".
        ("ru", ["Жительница Риддера Алёна Кравцова заняла третье место на ультрамарафоне «Ультратрейл Бурабай». "
                "Корреспондент поговорил со спортсменкой о подготовке.", "«Трасса тяжелая», — отметил директор "
                "забега Руслан Жаксыбеков.", "— С чего все началось?", "— С похудения после декрета.",
                "— А семья?", "— Муж поддерживает меня во всем."],
         [("Руслан Жаксыбеков", "директор забега", "отметил"), ("Алёна Кравцова", None, None),
          ("Алёна Кравцова", None, None)]),
        # Those told, after the speaker ("корреспонденту Tengrinews.kz").
        ("ru", ["Владелец пекарни Серик Абдрахманов поднял цены.", "«Мы убрали два вида булочек», – рассказал "
                "предприниматель корреспонденту Tengrinews.kz."],
         [("Серик Абдрахманов", "предприниматель", "рассказал")]),
        # "она рассказала в интервью нашему корреспонденту": the guest, by a pronoun.
        ("ru", ["Ветеринар Мадина Ержанова работает в парке. Об этом она рассказала в интервью нашему "
                "корреспонденту.", "«Кошек лечить научится любой», — сказал профессор Серик Байжанов.",
                "— Как вы попали в парк?", "— Еще студенткой приезжала сюда.", "— А страшно?", "— Бывает страшно."],
         [("Серик Байжанов", "профессор", "сказал"), ("Мадина Ержанова", None, None),
          ("Мадина Ержанова", None, None)]),
        # "как-то" before the verb is no subject; the name in apposition before it speaks.
        ("ru", ["Мой научный руководитель, профессор Серик Байжанов, как-то сказал: «Кошек лечить научится любой»."],
         [("Серик Байжанов", "профессор", "сказал")]),
        # "Давид и Айгуль Рейнгардт": two people; "Давид встречает ..." names him; "у Рейнгардтов", the family.
        ("ru", ["Давид и Айгуль Рейнгардт держат ферму.", "Давид встречает нас у коровника. «Корова ждет», – говорит "
                "фермер.", "Покупательница Роза Ибраимова берет у Рейнгардтов творог. «Я лучше переплачу», – "
                "добавила женщина."],
         [("Давид Рейнгардт", "фермер", "говорит"), ("Роза Ибраимова", "женщина", "добавила")]),
    ],
    ids=["ru-korean-name", "ru-a-second-predicate", "ru-gerund-no-comma", "ru-asked-whom", "ru-daniya",
         "ru-accusative-foreign-given-name", "ru-genitive-chain-place", "ru-place-after-preposition",
         "ru-participle-opening-subject", "ru-name-in-marks-no-one", "ru-told-correspondent-after",
         "ru-she-told-in-interview", "ru-kak-to", "ru-couple-shared-surname"],
)  # fmt: skip
def test_the_eighty_sixth_to_ninety_third_held_out_sets_misses_ru(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # "Інжу егізінің сөзін бөліп:" (interrupting her twin's words): the given name.
        ("kk", ["Егіздер Сымбат пен Інжу ойнайды. «Бас қобыз ауыр», – дейді Сымбат. Інжу егізінің сөзін бөліп: "
                "«Ал менің альт қобызым – оркестрдің жаны», – деп қосты."],
         [("Сымбат", None, "дейді"), ("Інжу", None, "қосты")]),
        # "Жас дәрігермен ... сөйлестік": an interview with the one named before.
        ("kk", ["29 жастағы хирург Мөлдір Есенғалиева ауылға оралды. Жас дәрігермен ауылдағы медицина жайында "
                "сөйлестік.", "«Ол келгеннен бері ота жасаймыз», – дейді бас дәрігер Ерболат Қуанышев.",
                "– Неге ауылға оралдыңыз?", "– Мұнда туып-өстім.", "– Қиын ба?", "– Алғашында қиын болды."],
         [("Ерболат Қуанышев", "бас дәрігер", "дейді"), ("Мөлдір Есенғалиева", None, None),
          ("Мөлдір Есенғалиева", None, None)]),
        # A gerund after a given name the dictionary knows as a thing ("Диас").
        ("kk", ["Ауылға интернет келді.", "– Интернет қосылған күні ойын көрдім, – дейді тоғызыншы сынып оқушысы "
                "Диас күліп."],
         [("Диас", "тоғызыншы сынып оқушысы", "дейді")]),
        # A given name named before alone, named again at a sentence's start; "Балтық елдері" is a place.
        ("kk", ["Мұрат Темірбеков пен оның ұлы Әлібек көлік жөндейді. «Ұлым екеуміз жинадық», — дейді Мұрат "
                "Темірбеков.", "Әлібек — инженер-механик. «Әкем ақауды дыбысынан сезеді», — деп күледі 31 жастағы "
                "жігіт. Бөлшекті Балтық елдерінен іздейміз. «Бір жылдай іздедік», — дейді ол."],
         [("Мұрат Темірбеков", None, "дейді"), ("Әлібек", "31 жастағы жігіт", "күледі"), ("Әлібек", None, "дейді")]),
        # In Kazakh "Он" opening a sentence is ten, no pronoun.
        ("kk", ["Марафонды Ерболат Тоқтаров ұйымдастырды.", "Он шақырымды еңсерген 72 жастағы зейнеткер Сәкен "
                "Омаров: «Жетпістен асқанда жүгіремін деп кім ойлаған?» – деді."],
         [("Сәкен Омаров", "Он шақырымды еңсерген 72 жастағы зейнеткер", "деді")]),
        # "қайталайды" is a cue; a determiner left from an adverbial ("әр") is no part of the subject.
        ("kk", ["Курс жетекшісі Әсел Нұрғазина сабақ береді. Әсел әр сабақта тыңдаушыларына бір ережені "
                "қайталайды: «Банк қызметкері құпия кодты сұрамайды»."],
         [("Әсел Нұрғазина", None, "қайталайды")]),
        # A role noun, then a gerund ("бапкер күлімсіреп").
        ("kk", ["Бапкер Серік Әбдірахманов риза. Тілшінің сұрағына бапкер күлімсіреп жауап берді: «Әзірге ерте»."],
         [("Серік Әбдірахманов", "бапкер", "жауап берді")]),
    ],
    ids=["kk-name-whose-words-gerund", "kk-noun-with-soilestik", "kk-dias-gerund", "kk-name-again-and-baltyq",
         "kk-on-is-ten", "kk-qaitalaidy-and-ar", "kk-role-noun-gerund"],
)  # fmt: skip
def test_the_eighty_sixth_to_ninety_third_held_out_sets_misses_kk(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # A place's adjective ("Қордай аудандық ауруханасы") makes no one of the place's name, so "— деді ол"
        # after a later "Қордай асуындағы" is still the one named before.
        ("kk", ["Денсаулық сақтау басқармасының мәліметінше, зардап шеккендер алдымен Қордай аудандық ауруханасына "
                "жеткізілген. «Екеуінің жағдайы ауыр», – деп хабарлады басқарманың баспасөз қызметі.", "Бөлім "
                "басшысы Сәуле Жанысбаеваның айтуынша, Қордай асуындағы пункттің бригадасы 12 минутта жеткен. «Көмек "
                "дер кезінде көрсетілді», – деді ол."],
         [("басқарманың баспасөз қызметі", None, "хабарлады"), ("Сәуле Жанысбаева", None, "деді")]),
        # A place after a preposition is read only when the run is the name itself: "из Караганды Даурен
        # Сапаров" names him.
        ("ru", ["Молодой химик из Караганды Даурен Сапаров рассказал о трудностях. «Реактивы мы ждем по полгода», — "
                "пожаловался ученый."],
         [("Даурен Сапаров", "ученый", "пожаловался")]),
        # "не скрывала эмоций:" with an apposition before it is read as other attitudes are.
        ("ru", ["Гаухар Сейтжанова, мама одной из волейболисток «Самала», не скрывала эмоций: «Дочь с семи лет живет "
                "волейболом»."],
         [("Гаухар Сейтжанова", "мама одной из волейболисток «Самала»", None)]),
        # Where, then the subject ("Брифингте ол ..."): no given name read out of the place.
        ("kk", ["Петропавл қаласының әкімі Айдар Жұмағұлов жағдайды бақылауға алды. Брифингте ол зардап шеккен "
                "отбасыларға көмек көрсетілетінін айтты: «Су басқан үйлердің иелеріне өтемақы төленеді»."],
         [("Айдар Жұмағұлов", None, "айтты")]),
        # Those told before the speaker stay read as before ("рассказала нашему корреспонденту жительница ...").
        ("ru", ["«Дышать невозможно», — рассказала нашему корреспонденту жительница микрорайона Гульнара "
                "Сейтжанова."],
         [("Гульнара Сейтжанова", "жительница микрорайона", "рассказала")]),
    ],
    ids=["kk-place-adjective", "ru-from-a-city-then-name", "ru-not-hiding-with-apposition",
         "kk-locative-then-pronoun", "ru-told-before-speaker"],
)  # fmt: skip
def test_the_twenty_third_round_guards(
    language: str, paragraphs: list[str], expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    # Readings of earlier held-out texts that a rule of the round broke while it was written; each
    # fails with the guard that keeps it taken out.
    assert speakers(paragraphs, language) == expected


def test_the_twenty_third_round_guards_author_words_after_words_in_marks() -> None:
    # In dash speech, "«...», – дейді А" after words in marks with no relative introducing them ends the
    # speech: the quotation is the whole dash speech, not the words in marks.
    paragraphs = ["Зейнеткер Николай Гордеев тоңды.", "– Диспетчерге он рет телефон соқтым. Бір-ақ жауап: «Бригада "
                  "жұмыс істеп жатыр, күтіңіздер», – дейді көп балалы ана Жанар Әбілқасымова. – Қашан қосады, ешкім "
                  "түсіндірмеді."]  # fmt: skip
    quotes = extract_quotes(paragraphs, "kk")
    assert [q.text[:11] for q in quotes] == ["Диспетчерге"]
    assert [(q.speaker, q.role, q.cue) for q in quotes] == [("Жанар Әбілқасымова", "көп балалы ана", "дейді")]
