"""Every role with every name in every common shape of a quotation's introduction: the speaker, the
role and the cue come out the same whatever the combination. The tables are written by hand (a
name in the nominative with its genitive or Kazakh genitive; a role as written with its genitive);
the expected values are those table entries, not the extractor's output."""

from __future__ import annotations

import itertools

from newsbot.text.quotes import extract_quotes

_RU_QUOTE = "Мы завершим ремонт дороги до конца месяца"
_RU_ROLES = [
    ("аким района", "акима района"),
    ("министр здравоохранения РК", "министра здравоохранения РК"),
    ("директор ТОО «Сапа Курылыс»", "директора ТОО «Сапа Курылыс»"),
    ("главный врач городской больницы №2", "главного врача городской больницы №2"),
    ("председатель правления АО «KEGOC»", "председателя правления АО «KEGOC»"),
    ("депутат Мажилиса", "депутата Мажилиса"),
    ("руководитель управления образования Карагандинской области", "руководителя управления образования Карагандинской области"),
    ("заместитель акима города", "заместителя акима города"),
    ("политолог", "политолога"),
    ("официальный представитель МВД", "официального представителя МВД"),
    ("вице-министр энергетики", "вице-министра энергетики"),
    ("председатель Сената Парламента РК", "председателя Сената Парламента РК"),
    ("начальник отдела ЖКХ", "начальника отдела ЖКХ"),
    ("генеральный директор компании «Казахтелеком»", "генерального директора компании «Казахтелеком»"),
]  # fmt: skip
_RU_NAMES = [
    ("Ерлан Сапаров", "Ерлана Сапарова", "m"),
    ("Айгуль Сапарова", "Айгуль Сапаровой", "f"),
    ("Нурлан Ким", "Нурлана Кима", "m"),
    ("Дина Ли", "Дины Ли", "f"),
    ("Марат Жумабекулы", "Марата Жумабекулы", "m"),
    ("Асель Серикбаевна Нурланова", "Асели Серикбаевны Нурлановой", "f"),
]
_RU_VERBS = {"m": ["сказал", "отметил", "подчеркнул"], "f": ["сказала", "отметила", "подчеркнула"]}

_KK_QUOTE = "Жол жөндеу жұмыстары ай соңына дейін аяқталады"
_KK_ROLES = [
    "аудан әкімі", "облыс әкімінің орынбасары", "Денсаулық сақтау министрі", "«Самұрық-Қазына» АҚ басқарма төрағасы",
    "мектеп директоры", "Мәжіліс депутаты", "қалалық білім басқармасының басшысы", "саясаттанушы",
    "ҚР Денсаулық сақтау вице-министрі", "облыстық ауруханасының бас дәрігері", "«Қайрат» клубының бас бапкері",
    "Қостанай облысы әкімдігінің баспасөз хатшысы",
]  # fmt: skip
_KK_NAMES = [
    ("Ерлан Сапаров", "Ерлан Сапаровтың"),
    ("Айгүл Сапарова", "Айгүл Сапарованың"),
    ("Нұрлан Ким", "Нұрлан Кимнің"),
    ("Марат Жұмабекұлы", "Марат Жұмабекұлының"),
    ("Әсел Нұрланқызы", "Әсел Нұрланқызының"),
    ("Бауыржан Тоқтаров", "Бауыржан Тоқтаровтың"),
]


def _misses(cases: list[tuple[str, tuple[str, str, str]]], language: str) -> list[str]:
    misses = []
    for text, expected in cases:
        got = [(q.speaker, q.role, q.cue) for q in extract_quotes([text], language)]
        if got != [expected]:
            misses.append(f"{text}\n  got {got}\n  expected {expected}")
    return misses


def test_russian_roles_names_and_shapes() -> None:
    cases = []
    for k, ((role, role_gen), (name, name_gen, gender)) in enumerate(itertools.product(_RU_ROLES, _RU_NAMES)):
        verb = _RU_VERBS[gender][k % 3]
        capital = role[0].upper() + role[1:]
        lower_quote = _RU_QUOTE[0].lower() + _RU_QUOTE[1:]
        cases += [
            (f"«{_RU_QUOTE}», — {verb} {role} {name}.", (name, role, verb)),
            (f"{capital} {name} {verb}: «{_RU_QUOTE}».", (name, capital, verb)),
            (f"По словам {role_gen} {name_gen}, «{lower_quote}».", (name, role, "По словам")),
            (f"«{_RU_QUOTE}», — {verb} {name}, {role}.", (name, role, verb)),
        ]
    assert len(cases) == 336
    misses = _misses(cases, "ru")
    assert not misses, "\n".join(misses)


def test_kazakh_roles_names_and_shapes() -> None:
    cases = []
    for role, (name, name_gen) in itertools.product(_KK_ROLES, _KK_NAMES):
        capital = role[0].upper() + role[1:]
        lower_quote = _KK_QUOTE[0].lower() + _KK_QUOTE[1:]
        cases += [
            (f"«{_KK_QUOTE}», – деді {role} {name}.", (name, role, "деді")),
            (f"{capital} {name}: «{_KK_QUOTE}», – деді.", (name, capital, "деді")),
            (f"{capital} {name} былай деді: «{_KK_QUOTE}».", (name, capital, "деді")),
            (f"{capital} {name_gen} айтуынша, «{lower_quote}».", (name, capital, "айтуынша")),
            (f"«{_KK_QUOTE}», – деп атап өтті {role} {name}.", (name, role, "атап өтті")),
            (f"«{_KK_QUOTE}», – деп {role} {name} атап өтті.", (name, role, "атап өтті")),
        ]
    assert len(cases) == 432
    misses = _misses(cases, "kk")
    assert not misses, "\n".join(misses)


# A man and a woman named in one sentence, each in any case, then "он" / "она": each pronoun is the
# person of its gender. (name in the nominative, then its genitive, dative, accusative, instrumental)
_MEN = [
    ("Ерлан Сапаров", "Ерлана Сапарова", "Ерлану Сапарову", "Ерлана Сапарова", "Ерланом Сапаровым"),
    ("Нурлан Ким", "Нурлана Кима", "Нурлану Киму", "Нурлана Кима", "Нурланом Кимом"),
]
_WOMEN = [
    ("Айгуль Сапарова", "Айгуль Сапаровой", "Айгуль Сапаровой", "Айгуль Сапарову", "Айгуль Сапаровой"),
    ("Дина Жумабаева", "Дины Жумабаевой", "Дине Жумабаевой", "Дину Жумабаеву", "Диной Жумабаевой"),
]
_FRAMES = [
    "{man} встретился с {woman_ablt}.",
    "{man} вручил награду {woman_datv}.",
    "{man} поздравил {woman_accs} с победой.",
    "Награду {woman_datv} вручил {man}.",
    "В гостях у {woman_gent} побывал {man}.",
    "{woman} встретилась с {man_ablt}.",
    "{woman} вручила награду {man_datv}.",
    "{woman} поздравила {man_accs} с победой.",
]


def test_a_pronoun_is_the_person_of_its_gender_whatever_the_case_they_were_named_in() -> None:
    misses = []
    for man, woman in itertools.product(_MEN, _WOMEN):
        for frame in _FRAMES:
            text = frame.format(
                man=man[0], man_datv=man[2], man_accs=man[3], man_ablt=man[4],
                woman=woman[0], woman_gent=woman[1], woman_datv=woman[2], woman_accs=woman[3], woman_ablt=woman[4],
            )  # fmt: skip
            for cue, expected in (("— сказал он.", man[0]), ("— сказала она.", woman[0])):
                got = [q.speaker for q in extract_quotes([text, f"«Это важный день», {cue}"], "ru")]
                if got != [expected]:
                    misses.append(f"{text} {cue} got {got}, expected {expected}")
    assert not misses, "\n".join(misses)


# A Kazakh person named in any case, then the bare surname after "деді" or before "айтуынша": the
# full name. (name, surname, its genitive, then the name in the genitive, dative, accusative,
# ablative, instrumental and locative)
_KK_PEOPLE = [
    ("Айгүл Сапарова", "Сапарова", "Сапарованың",
     ["Айгүл Сапарованың", "Айгүл Сапароваға", "Айгүл Сапарованы", "Айгүл Сапаровадан", "Айгүл Сапаровамен", "Айгүл Сапаровада"]),
    ("Нұрлан Тоқтаров", "Тоқтаров", "Тоқтаровтың",
     ["Нұрлан Тоқтаровтың", "Нұрлан Тоқтаровқа", "Нұрлан Тоқтаровты", "Нұрлан Тоқтаровтан", "Нұрлан Тоқтаровпен", "Нұрлан Тоқтаровта"]),
    ("Әсел Нұрланқызы", "Нұрланқызы", "Нұрланқызының",
     ["Әсел Нұрланқызының", "Әсел Нұрланқызына", "Әсел Нұрланқызын", "Әсел Нұрланқызынан", "Әсел Нұрланқызымен", "Әсел Нұрланқызында"]),
    ("Марат Жұмабекұлы", "Жұмабекұлы", "Жұмабекұлының",
     ["Марат Жұмабекұлының", "Марат Жұмабекұлына", "Марат Жұмабекұлын", "Марат Жұмабекұлынан", "Марат Жұмабекұлымен", "Марат Жұмабекұлында"]),
]  # fmt: skip
_KK_FRAMES = [
    "Аудан әкімі {x} отбасына барды.",
    "Аудан әкімі {x} марапат тапсырды.",
    "Аудан әкімі {x} құттықтады.",
    "Аудан әкімі {x} көмек сұрады.",
    "Аудан әкімі {x} кездесті.",
    "Аудан әкімі {x} қонақта болды.",
]


def test_a_kazakh_bare_surname_is_the_person_named_in_any_case() -> None:
    misses = []
    for name, surname, genitive, forms in _KK_PEOPLE:
        for frame, form in zip(_KK_FRAMES, forms, strict=True):
            text = frame.format(x=form)
            for quote in (f"«Рақмет», – деді {surname}.", f"{genitive} айтуынша, «бәрі жақсы»."):
                got = [q.speaker for q in extract_quotes([text, quote], "kk")]
                if got != [name]:
                    misses.append(f"{text} {quote} got {got}, expected {name}")
    assert not misses, "\n".join(misses)


# Adverbials between the author's dash and the verb, in Russian, and around the Kazakh verb after
# "деп": the speaker, the role and the cue stay the same whichever stands there.
_RU_ADVERBIALS = [
    "со слезами на глазах", "в свою очередь", "после паузы", "в разговоре с журналистами", "на пресс-конференции",
    "по телефону", "в эфире телеканала «Хабар»", "тихо, почти шепотом", "не скрывая слез,", "с улыбкой",
    "в интервью Bestnews.kz", "на брифинге в СЦК", "во время встречи с жителями",
]  # fmt: skip
_RU_ADVERBIAL_SPEAKERS = [
    ("аким района Ерлан Сапаров", "Ерлан Сапаров", "аким района", "m"),
    ("министр энергетики Айгуль Сапарова", "Айгуль Сапарова", "министр энергетики", "f"),
    ("мать пострадавшего", None, "мать пострадавшего", "f"),
    ("очевидец", None, "очевидец", "m"),
]
_RU_ADVERBIAL_VERBS = {
    "m": ["рассказал", "отметил", "пояснил", "говорит"],
    "f": ["рассказала", "добавила", "заявила", "говорит"],
}

_KK_ADVERBIALS = [
    "көзіне жас алып", "күліп", "жылап отырып", "телефон арқылы", "брифингте", "баспасөз мәслихатында",
    "Bestnews.kz тілшісіне", "журналистерге", "жиналыстан кейін", "тұрғындармен кездесуде", "қуанышын жасыра алмай",
]  # fmt: skip
_KK_ADVERBIAL_VERBS = ["айтты", "мәлімдеді", "атап өтті", "жауап берді", "түсіндірді", "қосты"]
_KK_ADVERBIAL_SPEAKERS = [
    ("аудан әкімі Ерлан Сапаров", "Ерлан Сапаров", "аудан әкімі"),
    ("ауыл тұрғыны Гүлнар Сейтова", "Гүлнар Сейтова", "ауыл тұрғыны"),
    ("министр", None, "министр"),
]


def test_russian_adverbials_between_the_dash_and_the_verb() -> None:
    cases = []
    for k, (adverbial, (words, name, role, gender)) in enumerate(
        itertools.product(_RU_ADVERBIALS, _RU_ADVERBIAL_SPEAKERS)
    ):
        verb = _RU_ADVERBIAL_VERBS[gender][k % 4]
        cases.append((f"«{_RU_QUOTE}», — {adverbial} {verb} {words}.", (name, role, verb)))
    assert len(cases) == 52
    misses = _misses(cases, "ru")
    assert not misses, "\n".join(misses)


def test_kazakh_adverbials_around_the_verb_after_dep() -> None:
    cases = []
    for adverbial, verb, (words, name, role) in itertools.product(
        _KK_ADVERBIALS, _KK_ADVERBIAL_VERBS, _KK_ADVERBIAL_SPEAKERS
    ):
        cases += [
            (f"«{_KK_QUOTE}», – деп {adverbial} {verb} {words}.", (name, role, verb)),
            (f"«{_KK_QUOTE}», – деп {verb} {words} {adverbial}.", (name, role, verb)),
        ]
    assert len(cases) == 396
    misses = _misses(cases, "kk")
    assert not misses, "\n".join(misses)
