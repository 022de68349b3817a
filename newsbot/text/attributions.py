"""Source attributions in news text: "сообщает X со ссылкой на Y", "по данным X", "деп хабарлайды X".

Each paragraph is split into sentences; every sentence is searched for the cue phrases below (a
fixed list, linear in the text) and the name after (or, in Kazakh, before) the cue is cut at the
end of the name: punctuation, the sentence end, a verb or a time adverbial. The name is put in the
nominative from the case the cue governs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbot.items import Attribution
from newsbot.text import morph
from newsbot.text.sentences import split_sentences

# A weather service's warning or forecast is where its news came from ("..., предупреждает РГП
# «Казгидромет»", "Об этом предупреждает X"), as "сообщает X".
_VERBS_RU = r"(?:сообщает|сообщают|передает|передаёт|передают|пишет|пишут|информирует|предупреждает|прогнозирует)"
# "Такие данные приводит X": an outlet or a body gives the figures (X in the nominative); also
# "Такие данные опубликовал X", and whose data or details it gives in the genitive between: "Данные
# ведомства приводит Nur.kz", "Подробности дела приводит Zakon.kz"; after a comma, "..., данные
# приводит X".
_SUCH_DATA = (
    r"(?:(?:(?:[Тт]акие|[Ээ]ти) (?:данные|цифры)|Данные|Цифры|Подробности|(?<=, )данные)"
    r"(?: [а-яё]+(?:а|я|ов|ев|и|ы))? привод(?:ит|ят)"
    r"|(?:[Тт]акие|[Ээ]ти) (?:данные|цифры) опубликовал[аои]?"
    r"|[Тт]акой прогноз дал[аои]?)"  # a forecast's authors give it, as data
)

# Words that start a time adverbial or a clause: the source ends before them.
_TIME_WORDS = frozenset(
    [
        "понедельник",
        "вторник",
        "среду",
        "среда",
        "четверг",
        "пятницу",
        "пятница",
        "субботу",
        "суббота",
        "воскресенье",
        "понедельника",
        "вторника",
        "среды",
        "четверга",
        "пятницы",
        "субботы",
        "воскресенья",
        "сегодня",
        "вчера",
        "накануне",
        "ранее",
        "позже",
        "утром",
        "днем",
        "днём",
        "вечером",
        "ночью",
        "утра",
        "вечера",
        "январе",
        "феврале",
        "марте",
        "апреле",
        "мае",
        "июне",
        "июле",
        "августе",
        "сентябре",
        "октябре",
        "ноябре",
        "декабре",
        "году",
        "годе",
        "прошлом",
        "этом",
        "текущем",
        "минувшую",
        "минувший",
        "ближайшее",
        "течение",
        "ходе",
        "результате",
    ]
)
_STOP_WORDS = frozenset(
    ["что", "чтобы", "который", "которая", "которые", "которое", "где", "когда", "как", "и/или", "также"]
)
_ADVERBIAL_PREPOSITIONS = frozenset(["на", "после", "перед", "накануне", "для", "за"])
# "по", "в" and "во" start an adverbial, not a part of the name, before these nouns ("в акимате по итогам
# проверки", "в Минздраве в ходе брифинга"); before others they may be the name's ("Министерство по
# чрезвычайным ситуациям", "Департамент полиции по Алматы").
_ADVERBIAL_AFTER = {
    "по": frozenset(["итогам", "результатам", "состоянию", "поручению", "просьбе", "запросу", "словам", "случаю"]),
    "в": frozenset(
        [
            "ходе",
            "рамках",
            "связи",
            "результате",
            "течение",
            "преддверии",
            "ответ",
            "интервью",
            # where it was published: "сообщает акимат в своем Telegram-канале"
            "своем",
            "своём",
            "своей",
            "своих",
            "официальном",
            "официальной",
            "официальных",
            "соцсетях",
        ]
    ),
    "во": frozenset(["время"]),  # not "посольство Казахстана во Франции"
}
_PREPOSITIONS = frozenset(
    [
        "в",
        "во",
        "на",
        "о",
        "об",
        "про",
        "с",
        "со",
        "к",
        "по",
        "для",
        "при",
        "из",
        "от",
        "до",
        "за",
        "у",
        "над",
        "под",
        "после",
        "перед",
        "через",
    ]
)

# Heads (lemmas) of a source named with a lowercase word: offices, bodies, outlets.
_BODY_LEMMAS = morph.ORGANISATION_LEMMAS | frozenset(
    [
        "аким",
        "издание",
        "газета",
        "телеканал",
        "портал",
        "сайт",
        "источник",
        "бюро",
        "инспекция",
        "палата",
        "совет",
        "канцелярия",
        "академия",
        "университет",
        "больница",
        "госпиталь",
        "корреспондент",
        "телеграм-канал",
        "телеграм",
        "сми",
        "ассоциация",
        "союз",
        "партия",
        "федерация",
        "клуб",
        "служба-112",
        "оперштаб",
        "миграционный",
    ]
)


def _is_date_like(word: str) -> bool:
    w = word.lower().strip(",.;:")
    return w[:1].isdigit() or w in _TIME_WORDS


@dataclass(frozen=True)
class _Found:
    position: int
    source: str
    via: str | None
    cue: str


_NAME_END_RE = re.compile(r",|;|:|\(|\s[—–-]\s|\sсо ссылкой на\s")
_SENTENCE_END_QUOTED_RE = re.compile(r"[.!?…]+[»\"”]?\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?…]+\s*$")
_KK_CORRESPONDENT_RE = re.compile(r"\s+тілшісі$")


# After a comma, the rest of an enumeration inside a body's name: lowercase words, then "и" / "және"
# ("управление культуры, архивов и документации", "мәдениет, архивтер және құжаттама басқармасы").
_ENUMERATION_TAIL_RE = re.compile(
    r"\s*(?P<first>[а-яёәғқңөұүһі-]+)(?:\s+[а-яёәғқңөұүһі-]+){0,2}\s+(?P<and>и|және|мен|бен|пен)\s+[а-яёәғқңөұүһі]"
)


def continues_enumeration(text: str, at: int) -> bool:
    """True when the comma before ``at`` in ``text`` only separates the items of an enumeration
    inside a name ("управление культуры, архивов и документации Карагандинской области"): a Russian
    first item in the genitive, as the noun before the comma governs it; any Kazakh one."""
    m = _ENUMERATION_TAIL_RE.match(text, at)
    if m is None:
        return False
    first = m["first"]
    if m["and"] != "и" or not morph.is_russian_word(first):
        return True  # Kazakh
    return any("gent" in p.tag for p in morph.parses(first)[:2])


def _name_end(text: str) -> re.Match[str] | None:
    """Where the name at the start of ``text`` ends (see :func:`cut_name`)."""
    pos = 0
    while (m := _NAME_END_RE.search(text, pos)) is not None:
        if m.group() == "," and continues_enumeration(text, m.end()):
            pos = m.end()
            continue
        return m
    return None


# Social networks and messengers a body publishes on ("в Instagram", "в Telegram").
_PLATFORMS = frozenset(["instagram", "facebook", "telegram", "x", "tiktok", "youtube", "threads", "вконтакте", "vk"])


def cut_name(text: str, *, allow_lower_start: bool = True, kazakh: bool = False) -> str:
    """Cut ``text`` (what follows a cue) at the end of the name it starts with. With ``kazakh``, no
    word is read as a Russian verb ("бюросынан" is one to the Russian dictionary's guess)."""
    text = text.lstrip()
    # A comma, semicolon, colon, bracket or a spaced dash ends the name; so does the sentence end;
    # not a comma between the items of an enumeration inside the name.
    m = _name_end(text)
    if m:
        text = text[: m.start()]
    text = _SENTENCE_END_QUOTED_RE.sub("", text.rstrip())
    words = text.split()
    out: list[str] = []
    depth = 0  # inside guillemets the words are a name's own ("«Правительство для граждан»")
    for i, word in enumerate(words):
        bare = word.strip('«»"“”')
        low = bare.lower()
        if i > 0 and depth <= 0:
            if low in _STOP_WORDS:
                break
            if low in ("в", "во") and i + 1 < len(words) and _is_date_like(words[i + 1]):
                break
            if low in ("в", "на") and i + 1 < len(words) and words[i + 1].strip(".,").lower() in _PLATFORMS:
                break  # "на странице ДЧС Алматы в Instagram": where it was published
            if low in _ADVERBIAL_PREPOSITIONS:
                break  # "сообщили в Минфине на брифинге": an adverbial, not part of the name
            if low in _ADVERBIAL_AFTER and i + 1 < len(words) and words[i + 1].lower() in _ADVERBIAL_AFTER[low]:
                break  # "сообщили в акимате по итогам проверки"
            if low in _TIME_WORDS:
                break
            if not kazakh and bare[:1].islower() and morph.is_russian_word(bare) and morph.is_verb(bare):
                break
        depth += word.count("«") - word.count("»")
        out.append(word)
    return " ".join(out).strip()


def _looks_like_source(name: str) -> bool:
    """True when ``name`` is a plausible source: a proper name, an abbreviation or an office."""
    words = name.split()
    if not words:
        return False
    first = words[0].strip('«»"“”')
    if first.lower() in _PREPOSITIONS or _is_date_like(first):
        return False
    for word in words[:4]:
        bare = word.strip('«»"“”')
        if bare[:1].isupper() or (bare[:1].isdigit() and not bare.isdigit()):
            return True
        lemma = morph.lemma(bare)
        if lemma in _BODY_LEMMAS or bare.lower() in _BODY_LEMMAS:
            return True
        if not morph.is_russian_word(bare):
            return True
        # Skip leading adjectives ("областной штаб", "городском акимате"), stop at the first noun.
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(bare)[:2]):
            return False
    return False


# --- Russian ---------------------------------------------------------------------------------------

_SSYLKA_RE = re.compile(
    rf"(?:(?P<verb>(?:[Оо]б этом )?(?:{_VERBS_RU}|сообщил|сообщила|сообщило|сообщили)|{_SUCH_DATA})"
    r"(?P<corr> корреспондент)? (?P<via>[^,;:]+?),? )?"
    # "Об этом пишет Kazinform, ссылаясь на данные Y": the gerund, as "со ссылкой на"
    r"(?P<cue>[Сс]о ссылкой на|ссылаясь на) "
)
_VERB_RE = re.compile(rf"(?<![\w-])(?P<cue>(?:[Оо]б этом )?(?:[Кк]ак )?{_VERBS_RU}(?: корреспондент)?) ")
_SUCH_DATA_RE = re.compile(rf"(?<![\w-])(?P<cue>{_SUCH_DATA}) ")
# "Как отмечает Kapital.kz, ...", "Как уточняет Kazinform, ...": an outlet's own observation, as "Как
# сообщил X" (a person's "Как отмечает эксперт" is a quotation's cue, so only a name in Latin letters).
_AS_NOTES_RE = re.compile(
    r"(?<![\w-])(?P<cue>[Кк]ак (?:отмечает|уточняет|подч[её]ркивает)) (?=[A-Z][\w-]*(?:\.[a-z]{2,})?[ ,])"
)
_VERB_CAP_RE = re.compile(
    r"(?<![\w-])(?P<cue>(?:Об этом )?(?:Как )?(?:Сообщает|Передает|Передаёт|Пишет)(?: корреспондент)?) "
)
_PO_DANNYM_RE = re.compile(
    r"(?<![\w-])(?P<cue>(?:[Пп]о|[Сс]огласно) (?:[а-яё]+(?:ым|им|ой|ей) )?(?:данным|информации|сведениям|сообщению)"
    r"|[Сс]огласно (?:отчету|отчёту|заявлению|прогнозу|оценке|оценкам)|[Пп]о (?:прогнозу|прогнозам|оценке|оценкам)) "
)
# The texts a body's words are quoted from ("говорится в сообщении / ответе / отчете X", maybe with an
# adjective: "в совместном заявлении"); the quote reader reads a statement quoted so too.
STATEMENT_NOUNS = (
    r"сообщении|заявлении|пресс-релизе|релизе|ответе|документе|письме|обращении|публикации|отчете|отчёте|докладе"
    r"|обзоре|исследовании|бюллетене|сводке|прогнозе|постановлении|приказе|решении|приговоре|комментарии"
    r"|предупреждении|уведомлении|[Tt]elegram-канале|телеграм-канале|акте|заключении|протоколе"  # (a storm warning: "штормовом предупреждении")
)
_GOVORITSYA_RE = re.compile(
    rf"(?<![\w-])(?P<cue>(?:[Оо]б этом |[Кк]ак )?(?:[Гг]оворится|[Сс]ообщается|[Оо]тмечается|[Уу]казывается|[Уу]точняется"
    rf"|[Пп]одч[её]ркивается|[Гг]оворилось|[Сс]ообщалось|[Оо]тмечалось|[Уу]казывалось|[Уу]точнялось)"
    rf" (?:в (?:[а-яё]+(?:ом|ем) )?(?:{STATEMENT_NOUNS})"
    r"|на (?:официальном )?(?:сайте|странице|портале))"
    r"|(?:[Оо]б этом )?(?:стало|Стало) известно из (?:сообщения|заявления|публикации|ответа)) "
)
# The past tense after "Об этом" / "Как", with an office or an outlet as its subject ("Об этом
# сообщила пресс-служба акимата", "Как сообщил Kazinform"); a person so is no attribution.
_SOOBSHCHIL_RE = re.compile(
    r"(?<![\w-])(?P<cue>(?:[Оо]б этом|[Кк]ак) (?:сообщил|сообщила|сообщило|сообщили)) (?!во? )"
    # With where it was said between ("Об этом в своем Telegram-канале сообщила пресс-служба МВД"):
    # the cue is the verb alone, as written.
    r"|(?<![\w-])(?:[Оо]б этом|[Кк]ак) (?:в|на) (?:своем|своём|своей|официальном|официальной) "
    r"(?:[\w-]+-канале|Instagram|Facebook|аккаунте) (?P<cue2>сообщил|сообщила|сообщило|сообщили) (?!во? )"
)
# Those the words were said to, before an office in the locative ("сообщили Bestnews.kz в",
# "корреспонденту Bestnews.kz в", "журналистам в", "на запрос редакции в"); the quote reader reads
# its speakers so too.
TOLD = (
    r"(?:(?:корреспонденту|корреспондентам|журналисту|журналистам|изданию|редакции|нам|(?:в\s+ответ\s+)?на\s+запросы?)"
    r"(?:\s+(?:[A-Z][\w.-]*|редакции|издания))?|[A-Z][\w.-]*|«[^«»\n]{1,40}»)"
)
_TOLD_THEN_LOCATIVE_RE = re.compile(rf"{TOLD}\s+во?\s+")
# Those told at the end of an office's name before its verb ("В пресс-службе ДП Bestnews.kz подтвердили").
# What an office confirmed or reported, between it and the verb: "В Комитете гражданской авиации
# информацию подтвердили", "эти данные", "этот факт".
_WHAT_CONFIRMED_RE = re.compile(r"\s(?:(?:эту|данную) )?(?:информацию|(?:эти )?данные|(?:этот |данный )?факт|это)$")


def _without_object(source: str) -> str:
    """An office in the locative without what it confirmed or said after its name ("В Министерстве
    торговли и интеграции РК рост цен подтвердили" -> "Министерстве торговли и интеграции РК"): the
    words of a body's name after its head are genitives, names or marks; a lowercase noun that can
    only be a nominative or an accusative starts the verb's object."""
    words = source.split(" ")
    depth = 0
    for i, word in enumerate(words[1:], 1):
        inside = depth > 0 or word.startswith("«")
        depth += word.count("«") - word.count("»")
        if inside or not word[:1].islower() or not morph.is_russian_word(word):
            continue  # (a name in marks is the body's: "В ТОО «Астана су арнасы»")
        parses = morph.parses(word)[:3]
        if (
            parses
            and parses[0].tag.POS == "NOUN"
            and all(p.tag.case in ("nomn", "accs") for p in parses if p.tag.POS == "NOUN")
        ):
            return " ".join(words[:i])
    return source


_TOLD_AFTER_RE = re.compile(r"\s(?:Bestnews\.kz|[A-Z][\w.-]*\.kz|журналистам|корреспонденту Bestnews\.kz|нам|изданию)$")
# "сообщили в X", and with those told between ("сообщили Kazinform в акимате": the cue is then the
# verb alone, and X must name an office).
_SOOBSHCHILI_RE = re.compile(
    r"(?<![\w-])(?P<cue>(?:(?:[Оо]б этом|[Кк]ак) )?(?:сообщили|Сообщили|подтвердили|Подтвердили)"
    rf"(?P<told> {TOLD})?(?P<also> и| также)? (?:в|во)) "  # "подтвердили и в ТОО ...": also
)
# The verbs that also tell of talk anywhere ("рассказали в интервью", "пояснили в Астане"): their
# "в X" must name an office, not a place; and right after a quotation ("«П», — уточнили в
# пресс-службе ДЧС") they name its speaker, not a source. Those told may stand between ("Как
# рассказали журналистам в акимате"): the cue is then the verb alone, as for "сообщили".
_NOT_AFTER_A_QUOTE = r"(?<!»,\s[—–-]\s)(?<!»\s[—–-]\s)(?<!\",\s[—–-]\s)(?<!\"\s[—–-]\s)"
_TALK_V_RE = re.compile(
    rf"{_NOT_AFTER_A_QUOTE}(?<![\w-])(?P<cue>(?:(?:[Оо]б этом|[Кк]ак) )?(?:[Рр]ассказали|[Пп]ояснили|[Уу]точнили|[Пп]роинформировали|[Пп]редупредили)"
    rf"(?P<told> {TOLD})?(?P<also> и| также)? (?:в|во)) "  # "подтвердили и в ТОО ...": also
)
# The same reading for verbs of a statement ("Об этом заявили в Минфине", "Как отмечают в Нацбанке"),
# with no one told between: common words, so their guards ("аявили в") must be narrow.
_STATED_IN_RE = re.compile(
    rf"{_NOT_AFTER_A_QUOTE}(?<![\w-])(?P<cue>(?:(?:[Оо]б этом|[Кк]ак) )?(?:[Зз]аявили|[Оо]тметили|[Оо]тмечают|[Оо]звучили) "
    r"(?:в|во)) "
)
# Figures or a report of X (genitive) that the text follows: "Об этом свидетельствуют данные Бюро
# национальной статистики", "Как следует из отчета Нацбанка".
_EVIDENCE_RE = re.compile(
    r"(?<![\w-])(?P<cue>(?:[Оо]б этом )?(?:[Сс]видетельству(?:ет|ют)) (?:данные|отчет|отчёт|статистика|доклад|"
    r"исследование|сводка)|(?:[Кк]ак |(?<=, ))следует из (?:данных|отчета|отчёта|сообщения|доклада|исследования|ответа|сводки)) "
)
# The source first, in the locative, then the verb: "В пресс-службе МВД сообщили, что ...".
_V_X_SOOBSHCHILI_RE = re.compile(
    r"(?:^|(?<=[,;:] ))(?P<pre>[Вв]о? )(?P<source>[^,;:]+?) (?P<cue>сообщили|сообщают|подтвердили)(?=[ ,.:])"
)
# (Also after a sentence's end: the prefilter runs it over whole paragraphs, where "В управлении ...
# уточнили, что" may be the second sentence.)
_V_X_TALK_RE = re.compile(
    r"(?:^|(?<=[,;:.!?] ))(?P<pre>[Вв]о? )(?P<source>[^,;:]+?) (?P<cue>рассказали|пояснили|уточнили)(?=[ ,.:])"
)
# "В сообщении акимата уточняется, что ...", "В заявлении МИД говорится: ...": the statement and its
# owner before the impersonal verb (as "говорится в сообщении X" after it); the cue is the verb.
# Prepositions right after "по данным" and the like: no one named in the genitive ("на 1 января", "из
# открытых источников", "в СМИ", "за девять месяцев").
NO_SOURCE_AFTER = frozenset(["на", "о", "об", "из", "от", "в", "во", "с", "со", "у", "за", "к", "по", "при", "для"])
# Where a body published, in the locative, before the body in the genitive ("в Telegram-канале
# акимата", "на странице ДЧС").
MEDIUM_OF_RE = re.compile(r"(?:[Tt]elegram-канале|телеграм-канале|[Tt]elegram|Instagram|Facebook|аккаунте|соцсетях) ")
# The same in the nominative, the subject of "сообщает" ("официальный сайт клуба").
_SITE_NOMINATIVE_RE = re.compile(r"(?:официальный |официальная )?(?:сайт|страница|[Tt]elegram-канал|телеграм-канал) ")
# A site or a page in the genitive before its owner, after "по данным" ("официального сайта КХЛ").
# (Not before an outlet's own name, "сайта Sports.kz", which keeps its noun as written.)
_SITE_OF_RE = re.compile(r"(?:официального |официальной )?(?:сайта|страницы|[Tt]elegram-канала|телеграм-канала) ")


def _site_owner(source: str, site_re: re.Pattern[str]) -> str | None:
    """The owner, as written, after a site or page ``site_re`` finds at the start of ``source``
    ("официальный сайт клуба" -> "клуба"); None when there is none, or the site is an outlet's own
    ("сайта Sports.kz")."""
    site = site_re.match(source)
    owner = source[site.end() :] if site else ""
    return owner if owner and not LATIN_NAME_RE.match(owner.split()[0]) else None


# Sources that name no one: unnamed sources ("со ссылкой на источники", "на источник в правительстве").
_UNNAMED_SOURCE_RE = re.compile(r"(?:свои |собственные |осведомленные |информированные )?источник(?:и|а|ов)?(?:\s|$)")
# What "со ссылкой на" may name before whose it is: "со ссылкой на информацию / данные / сообщение X".
_STATEMENT_OF_RE = re.compile(
    r"(?:информацию|данные|сведения|сообщение|заявление|ответ|публикацию|пресс-релиз|релиз|отчет|отчёт|прогноз"
    r"|официальные данные|официальную информацию"
    # where the body published, as "сообщили в Telegram-канале акимата": "на официальный сайт клуба"
    r"|официальный сайт|сайт|официальную страницу|страницу|[Tt]elegram-канал|телеграм-канал) "
)
_V_STATEMENT_RE = re.compile(
    rf"(?:^|(?<=[,;:] ))(?P<pre>[Вв] (?:[а-яё]+(?:ом|ем) )?(?:{STATEMENT_NOUNS}) )(?P<source>[^,;:]+?) "
    r"(?:также )?(?P<cue>говорится|сообщается|отмечается|указывается|уточняется|подч[её]ркивается)(?=[ ,.:])"
)
# "В Нацбанке отметили, что ...", "В Минфине заявили: ...": the statement follows the verb.
_V_X_STATED_RE = re.compile(
    r"(?:^|(?<=[,;:] ))(?P<pre>[Вв]о? )(?P<source>[^,;:]+?) (?P<cue>заявили|отметили|отмечают|добавили|ожидают)(?=[,:])"
)
# An office's advice, its news too: "В ДЧС призвали жителей ...", "В Минздраве рекомендуют ...".
_V_X_ADVICE_RE = re.compile(
    r"(?:^|(?<=[,;:.!?] ))(?P<pre>[Вв]о? )(?P<source>[^,;:]+?) "
    r"(?:(?:жителям|гражданам|горожанам|водителям|автомобилистам|родителям|пассажирам|туристам|казахстанцам|"
    r"населению|владельцам|фермерам|аграриям|потребителям|покупателям|пользователям|вкладчикам|клиентам|"
    r"пенсионерам|студентам|школьникам|абитуриентам|отдыхающим|рыбакам|грибникам) )?"
    r"(?P<cue>призвали|рекомендуют|рекомендовали|посоветовали|советуют|советовали) "
)
# A body, forecasters or a body's analysts as the subject opening the sentence, with a verb of
# reporting, warning or forecasting: "Министерство здравоохранения РК объявило о ...", "Синоптики РГП
# «Казгидромет» прогнозируют ...". What follows the verb must be what was reported (" о", ", что",
# ":"): "Суд объявил перерыв" is no news of the court's.
_SUBJECT_FIRST_RE = re.compile(
    r"^(?P<pre>(?:Ранее|Также|При этом),? )?(?P<source>[^,;:]+?) (?:также )?"
    r"(?P<cue>(?:сообщил|объявил|заявил|информировал|предупредил)[аои]?(?=,? что |: | об? )"
    r"|(?:информирует|предупреждают?|прогнозирую?т)(?= )|ожидают?(?=, что ))"
)
# The same verbs in the past tense before the subject: "..., сообщила пресс-служба акимата", "Об
# этом предупредили синоптики РГП «Казгидромет»", "Ранее о задержании информировало Агентство ...".
_PAST_BEFORE_RE = re.compile(
    r"(?<![\w-])(?<!», )(?<!\", )(?P<cue>(?:(?:[Оо]б этом|[Кк]ак) )?(?:предупредил[аои]?|предупреждают|информировал[аои]?)"
    r"|(?<=, )сообщил[аои]?) (?!во? )"
)


def _russian(sentence: str, active: frozenset[int] | None = None) -> list[_Found]:
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _SSYLKA_RE.finditer(sentence) if _may_match(_SSYLKA_RE, sentence, active) else ():
        source = cut_name(sentence[m.end() :])
        case, skipped = "accs", 0
        if (statement := _STATEMENT_OF_RE.match(source)) and source[statement.end() :]:
            # "со ссылкой на информацию департамента полиции": whose the information is, in the genitive.
            source, case, skipped = source[statement.end() :], "gent", statement.end()
        if (
            not _looks_like_source(source)
            and not (case == "gent" and _genitive_noun(source))
            # "со ссылкой на синоптиков РГП «Казгидромет»": the forecasters of a named body
            and not _reporting_subject(morph.phrase_to_nominative(source, "accs"))
        ):
            continue
        if _UNNAMED_SOURCE_RE.match(source):
            continue  # "со ссылкой на источники (в правительстве)": no one named
        via = None
        if m["via"] is not None:
            via_text = m["via"].strip()
            if _looks_like_source(via_text) and len(via_text.split()) <= 4:
                via = via_text
        if via is None and m["verb"] is not None:
            # "сообщает о ... со ссылкой на": the verb is not the outlet's, keep only the cue.
            pass
        start = m.start("verb") if (via is not None and m["verb"]) else m.start("cue")
        found.append(_Found(m.start("cue"), _joint_to_nominative(source, case), via, m["cue"]))
        taken.append((start, m.end() + skipped + len(source)))
        break
    for regex in (_VERB_RE, _VERB_CAP_RE, _SUCH_DATA_RE, _AS_NOTES_RE):
        if not _may_match(regex, sentence, active):
            continue
        for m in regex.finditer(sentence):
            if not free(m.start("cue"), m.end("cue")):
                continue
            rest = sentence[m.end() :]
            if rest.lstrip().lower().startswith("со ссылкой на"):
                continue
            source = cut_name(rest)
            written = source
            if owner := _site_owner(source, _SITE_NOMINATIVE_RE):
                # "сообщает официальный сайт клуба": where it was published; the owner, the club.
                source = morph.phrase_to_nominative(owner, "gent")
            elif (
                not _looks_like_source(source)
                or (not source.lstrip('«"“')[:1].isupper() and not _lower_source_ok(source))
            ) and not (regex is _SUCH_DATA_RE and _reporting_subject(source)):
                # "Об этом сообщает «Хабар 24»": a name in marks starts with a capital too; "Такой
                # прогноз дали синоптики РГП «Казгидромет»": a forecast's authors
                continue
            found.append(_Found(m.start("cue"), source, None, m["cue"]))
            taken.append((m.start("cue"), m.end() + len(written)))
    if _may_match(_SOOBSHCHIL_RE, sentence, active):
        for m in _SOOBSHCHIL_RE.finditer(sentence):
            group = "cue" if m["cue"] else "cue2"
            if not free(m.start(group), m.end(group)):
                continue
            rest = sentence[m.end() :]
            told = _TOLD_THEN_LOCATIVE_RE.match(rest)
            if told:  # "Об этом сообщили Bestnews.kz в пресс-службе МВД": the office in the locative
                source = cut_name(rest[told.end() :])
                if source and _names_a_body(source):
                    found.append(_Found(m.start(group), morph.phrase_to_nominative(source, "loct"), None, m[group]))
                    taken.append((m.start(group), m.end() + told.end() + len(source)))
                continue
            source = cut_name(rest)
            if not source or not _reporting_subject(source):
                continue  # "Об этом сообщил аким ...": a person speaks, no source is cited
            found.append(_Found(m.start(group), source, None, m[group]))
            taken.append((m.start(group), m.end() + len(source)))
    if _may_match(_SUBJECT_FIRST_RE, sentence, active) and (opening := _SUBJECT_FIRST_RE.match(sentence)):
        source = opening["source"]
        if cut_name(source) == source and _reporting_subject(source):
            found.append(_Found(opening.start("cue"), source, None, opening["cue"]))
            taken.append((opening.start("source"), opening.end("cue")))
    if _may_match(_PAST_BEFORE_RE, sentence, active):
        for m in _PAST_BEFORE_RE.finditer(sentence):
            if not free(m.start("cue"), m.end("cue")):
                continue
            if _TOLD_THEN_LOCATIVE_RE.match(sentence, m.end()):
                continue  # "..., сообщили Kazinform в акимате": the office in the locative, read below
            source = cut_name(sentence[m.end() :])
            if source and _reporting_subject(source):
                found.append(_Found(m.start("cue"), source, None, m["cue"]))
                taken.append((m.start("cue"), m.end() + len(source)))
    for regex in (_V_X_SOOBSHCHILI_RE, _V_X_TALK_RE, _V_X_STATED_RE, _V_X_ADVICE_RE):
        if not _may_match(regex, sentence, active):
            continue
        for m in regex.finditer(sentence):
            source = m["source"]
            if told := _TOLD_AFTER_RE.search(source):
                source = source[: told.start()]  # "В пресс-службе ДП Bestnews.kz подтвердили": those told
            if what := _WHAT_CONFIRMED_RE.search(source):
                source = source[: what.start()]  # "В Комитете ... информацию подтвердили": what, no part of it
            source = _without_object(source)
            if cut_name(source) != source or not _names_a_body(source):
                continue  # "В Астане сообщили": a place, not who said it
            found.append(_Found(m.start("pre"), morph.phrase_to_nominative(source, "loct"), None, m["cue"]))
            taken.append((m.start("pre"), m.end("cue")))
    if _may_match(_V_STATEMENT_RE, sentence, active):
        for m in _V_STATEMENT_RE.finditer(sentence):
            source = cut_name(m["source"])  # "В ответе Минздрава на запрос редакции": what it answered is no part
            if not source or not (_looks_like_source(source) or _genitive_noun(source)):
                continue  # "В сообщении также говорится": no one's statement named
            found.append(_Found(m.start("cue"), _joint_to_nominative(source, "gent"), None, m["cue"]))
            taken.append((m.start("pre"), m.end("cue")))
    for regex, case in (
        (_SOOBSHCHILI_RE, "loct"),
        (_TALK_V_RE, "loct"),
        (_STATED_IN_RE, "loct"),
        (_PO_DANNYM_RE, "gent"),
        (_GOVORITSYA_RE, "gent"),
        (_EVIDENCE_RE, "gent"),
    ):
        if not _may_match(regex, sentence, active):
            continue
        for m in regex.finditer(sentence):
            if not free(m.start("cue"), m.end("cue")):
                continue
            rest = sentence[m.end() :]
            first = rest.split(" ", 1)[0].lower().strip(",.")
            if first in NO_SOURCE_AFTER:
                continue  # "по данным на 1 января": a date; "по информации из открытых источников": no one named
            source = cut_name(rest)
            if not _looks_like_source(source) and not (case == "gent" and _genitive_noun(source)):
                continue
            if _is_town_centre(source.split()):
                continue  # "сообщили в областном центре": a town
            source_case, skipped = case, 0
            if case == "gent" and (owner := _site_owner(source, _SITE_OF_RE)):
                # "По данным официального сайта КХЛ": where it was published; the owner, KHL.
                source, skipped = owner, len(source) - len(owner)
            if case == "loct" and (medium := MEDIUM_OF_RE.match(source)):
                # "сообщили в Telegram-канале акимата": where it was published; the owner speaks.
                source, source_case, skipped = source[medium.end() :], "gent", medium.end()
                if not source or not (_looks_like_source(source) or _genitive_noun(source)):
                    continue
            told_between = m["told"] if regex is _TALK_V_RE or regex is _SOOBSHCHILI_RE else None
            if (regex is _TALK_V_RE or regex is _STATED_IN_RE or told_between) and not _names_a_body(source):
                continue  # "рассказали в Астане": a place, not who said it
            if (
                regex is _SOOBSHCHILI_RE
                and len(source.split()) == 1
                and source[:1].isupper()
                and morph.is_geographic(source)
            ):
                continue  # "сообщили в Алматы": a place names nobody (as for a quotation's speaker)
            cue = sentence[m.start("cue") : m.start("told")] if told_between else m["cue"]
            if regex is _SOOBSHCHILI_RE and m["also"] and not told_between:
                cue = sentence[m.start("cue") : m.start("also")]  # "подтвердили и в X": the verb, as with those told
            found.append(_Found(m.start("cue"), _joint_to_nominative(source, source_case), None, cue))
            taken.append((m.start("cue"), m.end() + skipped + len(source)))
    return found


_JOINT_RE = re.compile(r" и (?=[А-ЯЁа-яё])")


def _joint_to_nominative(source: str, case: str) -> str:
    """``source`` in the nominative; of two bodies joined by "и" ("совместном заявлении Министерства
    энергетики и Агентства по защите ... конкуренции"), each head ("Министерство энергетики и
    Агентство по защите ...")."""
    if _looks_like_body_head(source, case):
        for joint in _JOINT_RE.finditer(source):
            # the "и" before a second body's head ("и департамента полиции"), not inside a name ("по
            # защите и развитию конкуренции")
            first, second = source[: joint.start()], source[joint.end() :]
            if _looks_like_body_head(second, case):
                return f"{morph.phrase_to_nominative(first, case)} и {morph.phrase_to_nominative(second, case)}"
    return morph.phrase_to_nominative(source, case)


def _looks_like_body_head(phrase: str, case: str) -> bool:
    first = phrase.split(" ", 1)[0]
    return (
        morph.is_russian_word(first)
        and morph.lemma(first) in _BODY_LEMMAS
        and any(case in p.tag for p in morph.parses(first)[:2])
    )


def _nominative_body(source: str) -> bool:
    """True when ``source`` (read in the nominative) starts with an office ("пресс-служба акимата"),
    an outlet or a body in Latin letters ("Kazinform"), an abbreviation ("МВД") or a clipped
    ministry name ("Минздрав"); not a person ("аким Алматы ...") nor anything in another case."""
    first = source.split(maxsplit=1)[0].strip('«»"“”')
    if (first.isupper() and len(first) > 1) or re.match(r"[A-Z][\w.-]*$", first):
        return True
    if first.startswith("Мин") and not first.endswith(("ов", "ова", "ев", "ева")) and not first.startswith("Министр"):
        return True  # "Минздрав"; not "Минниханов", nor "Министр ...", a person
    low = first.lower()
    return (
        morph.is_russian_word(low)
        and morph.lemma(low) in _BODY_LEMMAS
        and any("nomn" in p.tag and "inan" in p.tag for p in morph.parses(low))
    )  # not "аким": a person


def _reporting_subject(source: str) -> bool:
    """True when ``source`` (in the nominative) may report news as a body does: a body (as
    `_nominative_body`), forecasters of a body ("Синоптики РГП «Казгидромет»"), or the
    analysts of a named body ("Аналитики инвестиционной компании «Сарыарка Капитал»"); not a person."""
    if _nominative_body(source):
        return True
    if (
        source.endswith("»")
        and source.count("«") == 1
        and source[:1].isupper()
        and source.split(" ", 1)[0] not in ("В", "Во", "На", "По")  # (an office in the locative is read elsewhere)
    ):
        return True  # "Павлодарский «Иртыш» объявил о ...": a club or a company named in marks, after what it is
    first, _, rest = source.partition(" ")
    lemma = morph.lemma(first.lower())
    # Forecasters or analysts alone name no one ("Синоптики прогнозируют ...": the weather service,
    # when the text names it, is named elsewhere).
    return lemma in ("синоптик", "аналитик") and bool(rest) and _names_a_body_of(rest)


def _names_a_body_of(phrase: str) -> bool:
    """True when ``phrase`` (whose people they are, in the genitive) names a body: an office, an
    abbreviation, a name in marks or in Latin letters."""
    for word in phrase.split()[:4]:
        bare = word.strip('«»"“”')
        if word.startswith("«") or (bare.isupper() and len(bare) > 1) or re.match(r"[A-Z][\w.-]*$", bare):
            return True
        if morph.lemma(bare.lower()) in _BODY_LEMMAS:
            return True
    return False


def _names_a_body(source: str) -> bool:
    """True when ``source`` (read in the locative) starts with an office ("пресс-службе МВД",
    "акимате"), an abbreviation ("МВД") or a clipped ministry name ("Минэнерго"), not a place."""
    words = [w.strip('«»"“”') for w in source.split()]
    first = words[0]
    if _is_town_centre(words):
        return False
    if (first.isupper() and len(first) > 1) or first.startswith("Мин") or morph.is_declined_abbreviation(first):
        return True  # "МВД", "Минэнерго", "МИДе" (an abbreviation with a lowercase ending)
    for word in words[:3]:
        if morph.lemma(word) in _BODY_LEMMAS or word.lower() in _BODY_LEMMAS:
            return True
        if not (morph.is_russian_word(word) and morph.parses(word)[0].tag.POS in ("ADJF", "PRTF")):
            return False  # adjectives may come first: "в областном управлении здравоохранения"
    return False


# "областной / районный центр": a town, the capital of a region or district, not a body.
_CENTRE_OF = frozenset(["областной", "районный", "региональный", "административный"])


def _is_town_centre(words: list[str]) -> bool:
    return (
        len(words) >= 2
        and morph.is_russian_word(words[0])
        and morph.lemma(words[0]) in _CENTRE_OF
        and morph.lemma(words[1]) == "центр"
    )


def _genitive_noun(source: str) -> bool:
    """ "по данным следствия": a noun in the genitive right after the cue names the source."""
    words = source.split()
    if not words or not morph.is_russian_word(words[0]):
        return False
    return any(p.tag.POS == "NOUN" and "gent" in p.tag for p in morph.parses(words[0])[:2])


def _lower_source_ok(source: str) -> bool:
    """A source after "сообщает" that starts in lowercase must be an office ("пресс-служба МВД")."""
    for word in source.split()[:3]:
        bare = word.strip('«»"“”')
        if morph.lemma(bare) in _BODY_LEMMAS:
            return True
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(bare)[:2]):
            return False
    return False


# --- Kazakh ----------------------------------------------------------------------------------------

# A Kazakh genitive ending, after a hyphen on an abbreviation ("министрлігінің", "ТЖМ-нің"). Read by
# the quote extractor too.
KK_GENITIVE_RE = re.compile(r"(?:-?(?:ның|нің|дың|дің|тың|тің))$")
_KK_DATIVE_RE = re.compile(r"(?:-(?:ға|ге|қа|ке|на|не|а|е)|(?<=[іы])(?:на|не)|(?:ға|ге|қа|ке))$")


def strip_kazakh_genitive(phrase: str) -> str:
    """Drop the genitive ending of the last word ("министрлігінің" -> "министрлігі", "ТЖМ-нің" -> "ТЖМ")."""
    words = phrase.split()
    if not words:
        return phrase
    words[-1] = KK_GENITIVE_RE.sub("", words[-1])
    return " ".join(words)


# Those a Kazakh text was told to, in the dative, right after its speech verb and before who spoke
# ("– деді Bestnews.kz тілшісіне аудан әкімі А", "деп хабарлады журналистерге ..."): a pronoun, or a
# noun of the press or a plural of people, after at most two words naming whose ("Kazinform
# агенттігінің тілшісіне", "«Хабар» арнасына", "біздің тілшімізге").
_KK_TOLD_PRONOUNS = frozenset(["маған", "саған", "сізге", "бізге", "оған", "оларға", "сіздерге", "біздерге"])
_KK_TOLD_NOUN_RE = re.compile(
    r"^(?:тілші|журналист|корреспондент|арна|телеарна|агенттіг|агенттік|газет|басылым|сайт|портал|редакция|"
    r"бақ|өкіл|тұрғын|қатысушы|депутат|ата-ана|оқушы|қонақ|жиналған|иелер)"
)
_KK_TOLD_DATIVE_RE = re.compile(r"(?:ға|ге|қа|ке|на|не)$")
_KK_PLURAL_DATIVE_RE = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ға|ге|ы?на|і?не)$")
# A Kazakh participle (past "-ған", habitual "-атын"), lower-case: "тұратын", "жеңген", "келген". Read
# by the quote extractor too.
KK_PARTICIPLE_RE = re.compile(r"^[әғқңөұүһіа-я-]+(?:ған|ген|қан|кен|атын|етін|йтын|йтін|тын|тін)$")


def kk_told_prefix(words: list[str]) -> int:
    """How many of ``words``, after a Kazakh speech verb, name only those the words were told to
    (0 when they do not open with them): "Bestnews.kz тілшісіне аудан әкімі А" -> 2, "журналистерге
    ол" -> 1. A dative the participle after it governs is a role's own ("ауылға келген дәрігер")."""
    for k, word in enumerate(words[:3]):
        low = word.lower().rstrip(",")
        if low in _KK_TOLD_PRONOUNS:
            told = k == 0
        elif _KK_TOLD_DATIVE_RE.search(low):
            # an ending after the noun ("арнасына"; "арна" itself only ends as a dative does)
            noun = _KK_TOLD_NOUN_RE.match(low)
            told = bool((noun and len(low) - noun.end() >= 2) or _KK_PLURAL_DATIVE_RE.search(low))
        else:
            told = False
        if told:
            after = words[k + 1] if k + 1 < len(words) else ""
            if KK_PARTICIPLE_RE.search(after.lower()):
                return 0
            if all(_kk_whose_told(w) for w in words[:k]):
                return k + 1
            return 0
    return 0


def _kk_whose_told(word: str) -> bool:
    """A word before those told naming whose they are: an outlet ("Bestnews.kz", "«Хабар»"), "біздің",
    a genitive ("агенттігінің")."""
    return bool(
        LATIN_NAME_RE.match(word)
        or word[:1] == "«"
        or word[-1:] == "»"
        or word.lower() in ("біздің", "сіздің")
        or KK_GENITIVE_RE.search(word)
        or word.isupper()
    )


def strip_kazakh_dative(phrase: str) -> str:
    """Drop the dative ending of the last word ("министрлігіне" -> "министрлігі", "ІІМ-ге" -> "ІІМ");
    the owner of the data linked to, in the genitive before them, is the source ("бюросының
    деректеріне" -> "бюросы", as Russian "со ссылкой на данные Y")."""
    words = phrase.split()
    if not words:
        return phrase
    if len(words) > 1 and words[-1] in _KK_DATA_DATIVES and KK_GENITIVE_RE.search(words[-2]):
        return strip_kazakh_genitive(" ".join(words[:-1]))
    words[-1] = _KK_DATIVE_RE.sub("", words[-1])
    return " ".join(words)


_KK_DATA_DATIVES = frozenset(["деректеріне", "дерегіне", "мәліметтеріне", "мәліметіне", "ақпаратына", "хабарламасына"])


_KK_DEP_RE = re.compile(
    r"(?<![\w-])(?P<cue>деп (?:хабарлайды|жазады|хабарлады|мәлімдейді|мәлімдеді|ескертеді|ескертті)) "
)  # (a weather service's warning, "деп ескертеді «Қазгидромет» РМК", as "предупреждает X")
# "деп хабарлайды X Y-ға сілтеме жасап": the outlet X, maybe with a generic noun after it ("Kazinform
# агенттігі", kept) or its correspondent ("Bestnews.kz тілшісі", dropped), then the source Y.
_KK_SILTEME_RE = re.compile(
    r"^(?P<via>\S+(?: (?:агенттігі|порталы|сайты|басылымы|газеті|телеарнасы|арнасы))?)(?: тілшісі)? "
    r"(?P<source>.+?) (?P<cue>сілтеме жасап|сілтеме жасай отырып)"
)
# The letters of Kazakh not in Russian: a text holding one is Kazakh. Read by the quote extractor too.
KAZAKH_LETTER_RE = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# A body in the ablative or the locative after the verb ("деп хабарлады облыс әкімдігінен", "from the
# regional akimat"; "деп түсіндірді министрлікте"), or before it ("Әкімдікте хабарлағандай"): the
# ending is taken off, the possessive kept ("әкімдігінен" -> "әкімдігі", "министрлікте" -> "министрлік").
_KK_FROM_OR_IN_RE = re.compile(r"(?:(?<=[а-яәғқңөұүһі])|-)(?:нан|нен|дан|ден|тан|тен|нда|нде|да|де|та|те)$")
# Names in the nominative that only end as a locative does.
_KK_NOT_LOCATIVE = frozenset(["Ақорда", "Орда"])


def _kk_from_or_in(word: str) -> bool:
    """``word`` is in the ablative or the locative: a long word with the ending, or an abbreviation
    with it after a hyphen ("ТЖД-да", "ІІМ-нен")."""
    return (
        word not in _KK_NOT_LOCATIVE and _KK_FROM_OR_IN_RE.search(word) is not None and (len(word) >= 6 or "-" in word)
    )


def _kk_body_from_or_in(source: str) -> str | None:
    """``source`` without the ablative or locative ending of its last word, when it has one and
    the rest is a Kazakh body (its head a lowercase noun or an abbreviation), not a person nor a
    place; else None."""
    words = source.split()
    if not words or not _kk_from_or_in(words[-1]):
        return None
    words[-1] = _KK_FROM_OR_IN_RE.sub("", words[-1])
    if _kk_person(words) or not (words[-1].islower() or words[-1].isupper()):
        return None  # "облыс әкімі" a person; "Алматыда" a place, not a body
    return " ".join(words)


def _kk_place_from_or_in(source: str) -> bool:
    """``source`` ends with a place in the ablative or the locative ("Алматыда"): where, not who."""
    words = source.split()
    return bool(words) and _kk_from_or_in(words[-1]) and _kk_body_from_or_in(source) is None


def _kk_source_ok(source: str) -> bool:
    """A Kazakh source: as any (:func:`_looks_like_source`), or Kazakh words naming no person
    ("облыс әкімдігі": the dictionary takes "облыс" for a Russian word, and no body)."""
    if not source:
        return False
    if _looks_like_source(source):
        return True
    return bool(KAZAKH_LETTER_RE.search(source)) and not _kk_person(source.split())


# Y in the genitive, or an abbreviation without it ("«Қазгидромет» РМК болжамы бойынша"), then the
# cue; "ресми" (official) between them is no part of either.
_KK_BEFORE_RE = re.compile(
    r"(?:(?<=\S)(?P<gen>-?(?:ның|нің|дың|дің|тың|тің))|(?<=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2})) (?:ресми )?"
    r"(?P<cue>хабарлауынша|жазуынша|мәліметінше|мәліметі бойынша|"
    r"дерегінше|деректері бойынша|ақпаратынша|ақпараты бойынша|мәлімдеуінше|болжамынша|болжауынша|болжамы бойынша|"
    r"бағалауынша|бағалауы бойынша|"
    r"(?:мәліметіне|деректеріне|дерегіне|ақпаратына|болжамына) сәйкес)(?=[\s,.])"
)
_KK_CLAUSE_START_RE = re.compile(r"[,;:—–]\s*")
_KK_OFFICIAL_SITE_RE = re.compile(r" ресми (?:сайты|парақшасы|Telegram-арнасы)$")
# Adverbials before a Kazakh verb: the locative ("кездесуде", "мәслихатында"; not a short word such
# as "пошта") and the instrumental ("тұрғындармен"), lower-case.
_KK_LOCATIVE_ADVERBIAL_RE = re.compile(r"^[әғқңөұүһіа-я-]{4,}(?:да|де|та|те)$|^[әғқңөұүһіа-я-]{3,}(?:мен|бен|пен)$")
_KK_POSSESSED_LOCATIVE_RE = re.compile(r"(?:ы|і)(?:нда|нде)$")
# A Kazakh noun in its possessive form ("басшысы", "әкімі", "директоры"): the head of a phrase, as
# it stands before a name or after its modifier ("мәслихаты" of "баспасөз мәслихаты"). Also for the
# quote reader's roles.
KK_POSSESSIVE_RE = re.compile(r"[а-яәғқңөұүһі](?:сы|сі|ы|і)$")


def _is_kk_adverbial(word: str) -> bool:
    return _KK_LOCATIVE_ADVERBIAL_RE.search(word) is not None or _KK_POSSESSED_LOCATIVE_RE.search(word) is not None


_KK_TIME_WORDS = frozenset(["кеше", "бүгін", "ертең", "жақында", "таңертең", "кешке", "түнде", "бүгінде", "биыл"])
# Kazakh nouns of a person (an office, an occupation), bare or possessive: a subject ending with one
# is a person ("Бұл туралы облыс әкімі мәлімдеді", as Russian "Об этом сообщил аким": no source
# cited), and the quote reader takes one opening a sentence for a role, not a name ("Әкім: «П»").
KK_PERSON_NOUNS = frozenset(
    ["әкім", "әкімі", "директор", "директоры", "министр", "министрі", "басшы", "басшысы", "төраға", "төрағасы",
     "бастық", "бастығы", "орынбасары", "депутат", "депутаты", "ректор", "ректоры", "дәрігер", "дәрігері",
     "спикер", "спикері", "өкіл", "өкілі", "хатшы", "хатшысы", "президент", "президенті", "бапкер", "бапкері",
     "прокурор", "прокуроры", "судья", "судьясы", "маман", "маманы", "сарапшы", "сарапшысы", "вице-министр",
     "вице-министрі", "премьер-министр", "премьер-министрі", "меңгерушісі", "жетекшісі", "мұғалім", "мұғалімі",
     "тергеуші", "қорғаушы", "ұстаз", "ұстазы", "спортшы", "шабандоз", "әнші", "ақын", "жазушы", "кәсіпкер",
     "фермер", "дирижер", "суретші", "полицей", "полицейлер", "құтқарушы", "құтқарушылар", "медбике", "журналист",
     "тілші", "оқытушы", "тәрбиеші", "жаттықтырушы", "ветеринар", "инспектор", "заңгер", "адвокат", "экономист",
     "жеңімпаз", "чемпион", "жүлдегер"]
)  # fmt: skip


def _kk_person(words: list[str]) -> bool:
    """True when ``words``, a Kazakh subject in the nominative, end with a person's office ("облыс
    әкімі", "орталығының директоры") or a personal name ("Дәурен Әбілов"), not a body."""
    last = words[-1]
    if last.lower() in KK_PERSON_NOUNS:
        return True
    return (
        len(words) >= 2
        and last[:1].isupper()
        and words[-2][:1].isupper()
        and not words[-2].isupper()
        and morph.SURNAME_RE.search(last) is not None
    )


# The head nouns of Kazakh bodies, possessed ("министрлігі", "баспасөз қызметі") and not
# ("Министрлік хабарлады"): an office or a body speaks, not a person.
KK_BODY_WORDS = frozenset(
    [
        "қызметі",
        "әкімдігі",
        "министрлігі",
        "департаменті",
        "басқармасы",
        "комитеті",
        "штабы",
        "банкі",
        "банк",
        "федерациясы",
        "агенттігі",
        "компаниясы",
        "полициясы",
        "прокуратурасы",
        "соты",
        "үкіметі",
        "бюросы",
        "инспекциясы",
        "палатасы",
        # the same heads not possessed ("Департаменттің хабарлауынша", "Министрлік хабарлады")
        "департамент",
        "министрлік",
        "әкімдік",
        "басқарма",
        "комитет",
        "агенттік",
        "прокуратура",
        "үкімет",
        "полиция",
        "бөлім",  # a department ("... бөлімінің хабарлауынша")
        "бөлімі",
        "бөлімше",  # a branch, a subdivision
        "бөлімшесі",
        "филиал",
        "филиалы",
        "әкімшілігі",  # an administration ("театр әкімшілігі")
        "әкімшілік",
        "дирекциясы",
        "дирекция",
        "алқасы",  # a board ("қазылар алқасы", the jury; "сот алқасы")
    ]
)

# Kazakh particles after a subject ("да", "де", "та", "те": also).
KK_PARTICLES = frozenset(["да", "де", "та", "те"])
_KK_BUL_TURALY_RE = re.compile(
    r"(?<![\w-])(?:[Бб]ұл (?:туралы|жөнінде)|[Мм]ұны) (?P<source>.+?) (?P<cue>хабарлады|мәлімдеді|хабарлайды|жазады|жазды|мәлім етті)"
    r"(?:[.!]?\s*$|(?=, деп ))"  # (an outlet may pass it on after: "..., деп жазады Egemen.kz.")
)
# A one-word proper name opening a Kazakh sentence before the cue, without the genitive ("Қазгидромет
# мәліметінше", "ҚазАқпарат мәліметінше"): a body's (a person's data is "айтуынша"; a given name is read as no body).
# An outlet by its Latin name too ("Egemen.kz жазуынша", as written).
_KK_PROPER_BEFORE_RE = re.compile(
    r"^(?P<source>«[^«»]{2,40}»|[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһіА-ЯӘҒҚҢӨҰҮҺІ-]{3,}|[A-Z][A-Za-z0-9-]*\.[a-z]{2,}) "
    r"(?P<cue>хабарлауынша|жазуынша|мәліметінше|мәліметі бойынша|дерегінше|деректері бойынша|болжамы бойынша)(?=[\s,.])"
)
# Adverbs and conjunctions opening a Kazakh sentence before its subject: however, but, also, so, then,
# now ... ("Алайда сот мәліметінше", "Кейін Аружан ..."): no part of a body's name nor a given name.
KK_SENTENCE_OPENERS = frozenset(
    ["алайда", "бірақ", "сондай-ақ", "сонымен", "ал", "дегенмен", "ендеше", "осылайша", "яғни", "кейін", "қазір",
     "бүгін", "кеше", "ертең", "енді", "сосын", "содан", "одан", "әрине", "биыл", "былтыр", "әзірге", "бұрын",
     "ақыры", "кейде", "әуелі"]
)  # fmt: skip
# A sentence ending with the outlet's verb ("... сілтеме жасап хабарлайды."), what comes before it.
_KK_OUTLET_REPORTS_RE = re.compile(r"^(?P<head>[^,;:]+) (?:хабарлайды|хабарлады|жазады|жазды)[.!]?\s*$")
# "Бұл туралы Y-ға сілтеме жасап(,) X хабарлайды": the link first, the outlet X after it.
_KK_SILTEME_FIRST_RE = re.compile(
    r"^(?P<source>.+?) (?P<cue>сілтеме жасап|сілтеме жасай отырып),? "
    r"(?P<via>\S+(?: (?:агенттігі|порталы|сайты|басылымы|газеті|телеарнасы|арнасы))?)(?: тілшісі)? (?:хабарлайды|хабарлады|жазады|жазды)$"
)
# A body's head noun before the cue without the genitive ending ("Сот мәліметінше", as "«Қазгидромет»
# РМК болжамы бойынша"), opening the sentence or a clause, with up to two names or adjectives before
# it ("Қарағанды облыстық сот мәліметінше").
_KK_BARE_BODY_BEFORE_RE = re.compile(
    r"(?:^|(?<=[,;:] ))(?P<source>(?:(?:[А-ЯӘҒҚҢӨҰҮҺІ«][^\s,;:]*|[^\s,;:]+(?:тық|тік|дық|дік|лық|лік)) ){0,2}(?:[Сс]от|[Әә]кімдік|[Мм]инистрлік|[Дд]епартамент|[Бб]асқарма|"
    r"[Кк]омитет|[Пп]олиция|[Пп]рокуратура|[Вв]едомство|[Бб]юро)) (?P<cue>хабарлауынша|мәліметінше|мәліметі бойынша|"
    r"дерегінше|деректері бойынша|ақпаратынша|ақпараты бойынша|болжамы бойынша)(?=[\s,.])"
)


# Kazakh impersonal verbs of a statement's text, as Russian "говорится": "– делінген министрліктің
# хабарламасында" ("is said in the ministry's message"); whose statement it is speaks, no one when no
# one is named ("– делінген хабарламада"). Read by the quote extractor too.
KK_IMPERSONAL = frozenset(
    ["делінген", "делінеді", "айтылған", "айтылады", "көрсетілген", "көрсетіледі", "жазылған", "жазылады"]
)
# The statement, in the locative: possessed after its owner's genitive ("министрліктің
# хабарламасында", "ведомство хабарламасында"), or alone ("хабарламада").
KK_STATEMENT_ENDS = (
    "хабарламасында", "мәлімдемесінде", "ақпаратында", "құжатында", "хатында", "жауабында", "баяндамасында",
    "мәліметінде", "деректерінде",
    "хабарламада", "мәлімдемеде", "құжатта", "хатта", "жауапта", "ақпаратта",
)  # fmt: skip
# Where a statement is published: "сайтында", "Telegram-арнасында", "Facebook парақшасында".
KK_MEDIUM_ENDS = ("сайтында", "арнасында", "парақшасында", "аккаунтында", "желісінде")
_KK_STATEMENT_WORDS = frozenset(KK_STATEMENT_ENDS)
_KK_MEDIUM_WORDS = frozenset(KK_MEDIUM_ENDS)


def _kk_word_in(word: str, words: frozenset[str]) -> bool:
    """True when ``word`` is one of ``words``, after a hyphen too ("Telegram-арнасында"); a word that
    only ends so is another ("мәслихатында", at a press conference, is no "хатында", in a letter)."""
    return word.lower().rstrip(".,").rsplit("-", 1)[-1] in words


def is_kk_statement(word: str, media: bool = True) -> bool:
    """A Kazakh word naming the statement a text is quoted from ("хабарламасында"), or with ``media``
    where it was published ("сайтында", "Telegram-арнасында")."""
    return _kk_word_in(word, _KK_STATEMENT_WORDS) or (media and _kk_word_in(word, _KK_MEDIUM_WORDS))


# A name in Latin letters: an outlet, a platform, a foreign body ("Kazinform", "Facebook").
LATIN_NAME_RE = re.compile(r"^[A-Z][A-Za-z0-9.&'-]*$")


def kk_before_medium(words: list[str]) -> list[str]:
    """The words of a Kazakh speaker or source before where it published or stated it ("ведомство
    ресми сайтында" -> "ведомство", "баспасөз қызметі Telegram-арнасында" -> "баспасөз қызметі",
    "министрлік өз хабарламасында" -> "министрлік"); a platform's Latin name goes with the place
    ("Facebook парақшасында")."""
    for k in range(1, len(words)):
        low = words[k].lower().rstrip(".,")
        if low in ("өз", "өзінің", "ресми") or is_kk_statement(low):
            cut = words[:k]
            if len(cut) > 1 and LATIN_NAME_RE.match(cut[-1]) and _kk_word_in(low, _KK_MEDIUM_WORDS):
                cut = cut[:-1]  # "Facebook парақшасында"
            return cut
    return words


def kk_statement_owner(words: list[str], media: bool = True) -> tuple[bool, str | None]:
    """Read Kazakh words as a statement: (True, its owner without the genitive ending, as written
    otherwise) for "министрліктің хабарламасында" ("министрлік"), "ведомство хабарламасында"
    ("ведомство"), with ``media`` where it is published too ("министрліктің Telegram-арнасында");
    (True, None) for "хабарламада"; (False, None) when the words name no statement. "өз" ("its
    own"), "ресми" ("official") and a platform's name in Latin letters ("Facebook парақшасында") are
    no part of the owner; what follows the statement is not read."""
    for k, word in enumerate(words):
        if is_kk_statement(word, media):
            owner = [w for w in words[:k] if w.lower() not in ("өз", "өзінің", "ресми")]
            if len(owner) > 2 and KK_PARTICIPLE_RE.search(owner[-1]) and _KK_DATIVE_RE.search(owner[-2]):
                # "министрліктің редакция сауалына берген жауабында": what it answered (a participle
                # with its dative, and the noun before that) is no part of the owner
                owner = owner[:-2]
                while len(owner) > 1 and not KK_GENITIVE_RE.search(owner[-1]):
                    owner = owner[:-1]
            elif len(owner) > 1 and KK_PARTICIPLE_RE.search(owner[-1]) and owner[-1] not in KK_BODY_WORDS:
                # "ведомство таратқан хабарламада": the one that spread it, before the participle
                owner = owner[:-1]
            if owner and LATIN_NAME_RE.match(owner[-1]) and len(owner) > 1:
                owner = owner[:-1]  # "Facebook парақшасында": the platform, not the owner
            if not owner:
                return True, None
            return True, strip_kazakh_genitive(" ".join(owner))
    return False, None


# "..., делінген X-тің хабарламасында." / "..., деп көрсетілген X хабарламасында.": after what was said.
_KK_IMPERSONAL_ALT = "|".join(sorted(KK_IMPERSONAL))
_KK_STATEMENT_AFTER_RE = re.compile(
    rf"(?<=[,»\"”])\s*[–—-]?\s*(?P<cue>(?:деп )?(?:{_KK_IMPERSONAL_ALT})) (?P<rest>[^.!?]+)"
)
# "Бұл туралы X-тің хабарламасында айтылған.": the statement, then the verb, ending the sentence;
# "Бұл туралы X-тің ресми сайтында жарияланды" (was published there) too.
_KK_STATEMENT_BEFORE_RE = re.compile(
    rf"(?<![\w-])[Бб]ұл (?:(?:туралы|жөнінде) (?:ақпарат |мәлімет )?|ақпарат |мәлімет )(?P<rest>.+?) "
    rf"(?P<verb>{_KK_IMPERSONAL_ALT}|жарияланды|жарияланған)(?:[.!]?\s*$|(?=, деп ))"
)  # ("Бұл туралы ақпарат X-тің сайтында жарияланды, деп хабарлайды Y": the information, no owner of it)
# "Бұл ақпаратты X растады" ("X confirmed this information", as "подтвердили в X"): X a body, not a
# person, in the nominative, or in the ablative after those told ("Bestnews.kz тілшісіне облыс
# әкімдігінен растады").
# Likewise "Ақпаратты X таратты" (X spread the information), and an outlet giving someone's data,
# "Министрліктің деректерін Qamshy.kz сайты келтіреді" (as "Данные ведомства приводит X"), also with
# the body in the nominative and what it gave after a colon ("Ведомство деректерін Nur.kz таратты: ...").
_KK_CONFIRMED_RE = re.compile(
    r"(?:^|(?<=[,;:] ))(?:(?:[Бб]ұл |[Оо]сы )?(?:[Аа]қпаратты|[Дд]еректерді|[Мм]әліметтерді)"
    r"|[^\s,;:]+(?:ның|нің|дың|дің|тың|тің)? (?:деректерін|мәліметтерін|мәліметін|ақпаратын)) "
    r"(?P<source>[^,;:]+?) (?P<cue>растады|растап отыр|таратты|келтіреді|келтірді)(?:[.!]?\s*$|(?=: ))"
)
# A Kazakh body as the subject of "хабарлады / мәлімдеді" with what it reported as the verb's object
# clause, no "Бұл туралы" ("Оқу-ағарту министрлігі демалыс ... болатынын хабарлады"): the body is the
# source, its name ending at the first head noun of a body in the nominative ("Қаржы министрлігінің
# Мемлекеттік кірістер комитеті"); the clause ends in the accusative of a participle or of "екен".
_KK_REPORTED_ENDINGS = (
    "ын хабарлады",
    "ін хабарлады",
    "ын мәлімдеді",
    "ін мәлімдеді",
    # noted, forecasts, called on: "... екенін атап өтті", "... болатынын болжап отыр", "...-уға шақырды"
    "ын атап өтті",
    "ін атап өтті",
    "ын болжап отыр",
    "ін болжап отыр",
    "ын болжайды",
    "ін болжайды",
    "уға шақырды",
    "уге шақырды",
)
# The verbs of those endings of two words.
_KK_TWO_WORD_VERBS = ("атап өтті", "болжап отыр")
# Besides a body's head noun, the subject of those verbs may end in a legal form's abbreviation
# ("«Қазгидромет» РМК"), and the body's forecasters may follow it ("«Қазгидромет» РМК синоптиктері").
_KK_SUBJECT_HEADS = KK_BODY_WORDS | frozenset(["РМК", "РМҚК", "АҚ", "ЖШС", "синоптиктері"])
# "X хабарлағандай, ..." ("as X reported"), X in the nominative opening the sentence: a body, not a
# person (as for "Бұл туралы X хабарлады"); "Бұрын хабарланғандай" (as reported before) names none.
_KK_AS_REPORTED_RE = re.compile(r"^(?P<source>[^,;:]+?) (?P<cue>хабарлағандай|мәлімдегендей),")


def _kazakh(sentence: str) -> list[_Found]:
    found: list[_Found] = []
    for m in _KK_DEP_RE.finditer(sentence):
        rest = _SENTENCE_END_RE.sub("", sentence[m.end() :].strip())
        sm = _KK_SILTEME_RE.match(rest)
        if sm:
            found.append(
                _Found(
                    m.start("cue") + len(m["cue"]) + 1 + sm.start("cue"),
                    strip_kazakh_dative(sm["source"].strip()),
                    sm["via"],
                    sm["cue"],
                )
            )
            continue
        if told := kk_told_prefix(rest.split()):
            rest = rest.split(None, told)[-1]  # "деп хабарлады Bestnews.kz тілшісіне облыс әкімдігі"
        source = cut_name(rest, kazakh=True)
        if _KK_CORRESPONDENT_RE.search(source):
            # "деп хабарлайды Kazinform агенттігінің тілшісі": the agency's correspondent, the agency.
            source = strip_kazakh_genitive(_KK_CORRESPONDENT_RE.sub("", source))
        if _kk_place_from_or_in(source):
            continue  # "деп хабарлады Алматыда": where it was said, no source
        source = _kk_body_from_or_in(source) or source
        if _kk_source_ok(source) and not _kk_person(source.split()):
            found.append(_Found(m.start("cue"), source, None, m["cue"]))
    for m in _KK_BEFORE_RE.finditer(sentence):
        # The name runs from the last clause boundary before the cue to its genitive ending.
        head = sentence[: m.end("gen")] if m["gen"] else sentence[: m.start()]
        starts = [
            b.end()
            for b in _KK_CLAUSE_START_RE.finditer(head)
            if not (b.group().startswith(",") and continues_enumeration(head, b.end()))
        ]
        source = strip_kazakh_genitive(head[starts[-1] if starts else 0 :].strip())
        if " " in source and source.split(None, 1)[0].lower() in KK_SENTENCE_OPENERS:
            source = source.split(None, 1)[1]  # "Ал облыстық білім басқармасының мәліметінше": "but", no part of it
        if (site := _KK_OFFICIAL_SITE_RE.search(source)) and site.start() > 0:
            # "КХЛ ресми сайтының дерегінше": where it published; the owner's, as "По данным официального
            # сайта КХЛ" (an outlet's own site, "Qamshy.kz сайты", is no official site of someone's).
            source = source[: site.start()]
        if source and not _is_date_like(source.split()[0]):
            found.append(_Found(m.start("cue"), source, None, m["cue"]))
    if (
        (proper := _KK_PROPER_BEFORE_RE.match(sentence))
        and not KK_GENITIVE_RE.search(proper["source"])  # "Ақорданың хабарлауынша": read above
        and not morph.SURNAME_RE.search(proper["source"])  # a person's ("Сапаров мәліметінше"), no body
        and morph.name_gender(proper["source"]) is None
    ):
        # "Қазгидромет мәліметінше, ...": a body's own name opening the sentence, without the genitive.
        found.append(_Found(proper.start("cue"), proper["source"], None, proper["cue"]))
    for m in _KK_BARE_BODY_BEFORE_RE.finditer(sentence):
        words = m["source"].split()
        if len(words) > 1 and KK_GENITIVE_RE.search(words[-2]):
            continue  # "облыстың сот мәліметінше": read above, or not a name at all
        while len(words) > 1 and words[0].lower() in KK_SENTENCE_OPENERS:
            words = words[1:]  # "Алайда сот мәліметінше": however, no part of the body
        found.append(_Found(m.start("cue"), " ".join(words), None, m["cue"]))
    if (
        "сілтеме" in sentence
        and (ends := _KK_OUTLET_REPORTS_RE.match(sentence))
        and (bare := _KK_SILTEME_RE.fullmatch(ends["head"]))
        and LATIN_NAME_RE.match(bare["via"].split()[0])
    ):
        # "Tengrinews.kz Денсаулық сақтау министрлігіне сілтеме жасап хабарлайды.": the outlet (in Latin
        # letters) passes on the ministry's news, without "Бұл туралы".
        found.append(_Found(bare.start("cue"), strip_kazakh_dative(bare["source"]), bare["via"], bare["cue"]))
    for m in _KK_BUL_TURALY_RE.finditer(sentence):
        if first := _KK_SILTEME_FIRST_RE.match(m["source"] + " " + m["cue"]):
            cue_at = m.start("source") + first.start("cue")
            found.append(_Found(cue_at, strip_kazakh_dative(first["source"].strip()), first["via"], first["cue"]))
            continue
        if sm := _KK_SILTEME_RE.match(m["source"] + " " + m["cue"]):
            # "Бұл туралы Kazinform агенттігі облыстық әкімдікке сілтеме жасап хабарлады": as "деп хабарлайды
            # X Y-ға сілтеме жасап", the outlet X passes on Y's news.
            cue_at = m.start("source") + sm.start("cue")
            found.append(_Found(cue_at, strip_kazakh_dative(sm["source"].strip()), sm["via"], sm["cue"]))
            continue
        words = kk_before_medium(m["source"].split())
        while len(words) > 1 and words[-1] in KK_PARTICLES:
            words = words[:-1]  # "облыстық кәсіпкерлер палатасы да мәлім етті": "also", no part of the body
        while len(words) > 1 and (words[-1].lower() in _KK_TIME_WORDS or _is_kk_adverbial(words[-1])):
            # "... баспасөз қызметі кеше мәлімдеді", "аудан әкімі тұрғындармен кездесуде мәлімдеді": a
            # time adverb, where and with whom, before the verb; with a possessed noun's modifier
            # ("баспасөз мәслихатында", at a press conference).
            possessed = _KK_POSSESSED_LOCATIVE_RE.search(words.pop()) is not None
            while possessed and len(words) > 1 and words[-1][:1].islower() and not KK_POSSESSIVE_RE.search(words[-1]):
                words.pop()
            if len(words) > 1 and KK_GENITIVE_RE.search(words[-1]) and words[-1][:1].islower():
                # "Жалағаш кентінің тұрғындарымен кездесуде": the genitive of the adverbial just taken
                # off, with the name it is of, goes with it.
                words.pop()
                if len(words) > 1 and not KK_POSSESSIVE_RE.search(words[-1]):
                    words.pop()  # the one word the genitive is of: "Жалағаш", "ауыл"
        source = " ".join(words)
        if (told := kk_told_prefix(m["source"].split())) and told < len(m["source"].split()):
            # "Бұл туралы X тілшісіне облыс әкімдігінен / әкімдігінде хабарлады": the body, in the ablative
            # or the locative.
            rest = " ".join(kk_before_medium(m["source"].split()[told:]))
            body = _kk_body_from_or_in(rest)
            if body is None and _kk_source_ok(rest) and not _kk_person(rest.split()):
                body = rest  # "Бұл туралы Nur.kz тілшісіне облыстық ... басқармасы мәлім етті": in the nominative
            if body is None:
                continue
            source, words = body, body.split()
        if words[0].lower() in ("бұрын", "кейін", "ертерек") or _kk_person(words):
            continue  # "Бұл туралы облыс әкімі мәлімдеді": a person speaks, no source is cited
        found.append(_Found(m.start("cue"), source, None, m["cue"]))
    for m in _KK_CONFIRMED_RE.finditer(sentence):
        words = m["source"].split()
        while len(words) > 1 and words[-1] in KK_PARTICLES:
            words = words[:-1]  # "Ақпаратты ... агенттігі де растады": "also", no part of the body
        if told := kk_told_prefix(words):
            words = words[told:]
        source = " ".join(kk_before_medium(words))
        if not source or _kk_place_from_or_in(source):
            continue
        source = _kk_body_from_or_in(source) or source
        if _kk_source_ok(source) and not _kk_person(source.split()):
            found.append(_Found(m.start("cue"), source, None, m["cue"]))
    if (end := sentence.rstrip(" .!")).endswith(_KK_REPORTED_ENDINGS) and not _KK_BUL_TURALY_RE.search(sentence):
        words = end.split()
        cue = " ".join(words[-2:]) if end.endswith(_KK_TWO_WORD_VERBS) else words[-1]
        opener = 1 if words[0].lower() in KK_SENTENCE_OPENERS else 0
        body_end = next(
            (
                i
                for i in range(opener, min(len(words) - 1 - cue.count(" ") - 1, opener + 6))
                if words[i].lower() in KK_BODY_WORDS or words[i] in _KK_SUBJECT_HEADS
            ),
            None,
        )
        while body_end is not None and words[body_end + 1] in KK_BODY_WORDS and body_end + 2 < len(words) - 1:
            body_end += 1  # "полиция департаменті": a compound head
        if body_end is not None and words[body_end + 1] == "синоптиктері":
            body_end += 1  # "«Қазгидромет» РМК синоптиктері": the body's forecasters
        if body_end is not None and words[opener].lstrip("«")[:1].isupper():
            found.append(_Found(len(end) - len(cue), " ".join(words[opener : body_end + 1]), None, cue))
    reported = _KK_AS_REPORTED_RE.match(sentence)
    if reported and (sm := _KK_SILTEME_RE.match(reported["source"])) and sm.end() == len(reported["source"]):
        # "Nur.kz сайты Оқу-ағарту министрлігіне сілтеме жасап хабарлағандай, ...": the ministry's, via the site.
        found.append(_Found(sm.start("cue"), strip_kazakh_dative(sm["source"].strip()), sm["via"], sm["cue"]))
    elif reported and not _kk_person(words := reported["source"].split()):
        source = " ".join(kk_before_medium(words))
        if not _kk_place_from_or_in(source):
            found.append(_Found(reported.start("cue"), _kk_body_from_or_in(source) or source, None, reported["cue"]))
    for m in _KK_STATEMENT_AFTER_RE.finditer(sentence):
        statement, owner = kk_statement_owner(m["rest"].split())
        if statement and owner:
            found.append(_Found(m.start("cue"), owner, None, m["cue"]))
    for m in _KK_STATEMENT_BEFORE_RE.finditer(sentence):
        words = m["rest"].split()
        statement, owner = kk_statement_owner(words)
        if statement and owner and is_kk_statement(words[-1]):
            found.append(
                _Found(m.start("rest") + len(m["rest"]) - len(words[-1]), owner, None, f"{words[-1]} {m['verb']}")
            )
    return found


# --- entry point -------------------------------------------------------------------------------------

_KK_HINT_RE = re.compile(
    r"деп |сілтеме|хабарлауынша|мәліметі|дерег|деректер|ақпарат|мәлімдеу|болжа|[Бб]ұл туралы|[Бб]ұл жөнінде"
    r"|делін|айтыл|көрсетіл|жазыл|жариялан|хабарлағандай|мәлімдегендей|бағалау|[Аа]қпаратты|жазуынша|әліметт"
    r"|ын хабарлады|ін хабарлады|ын мәлімдеді|ін мәлімдеді|атап өтті|шақырды|[Мм]ұны "
)
_CREDIT_RE = re.compile(r"^\s*(?:фото|источник|сурет|видео|photo)\s*[:—–-]", re.IGNORECASE)


# Every cue pattern above needs one of its strings here (their first letter left off, which may
# be a capital); most paragraphs hold none, and ``in`` finds that far faster than the patterns can:
# a paragraph or sentence without any is skipped, and a pattern runs on a sentence only when one
# of its own strings is in it. tests/test_attributions_prefilter.py checks that no pattern
# matches a text without one of its strings.
CUE_GUARDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _SSYLKA_RE: ("о ссылкой на ", "сылаясь на "),
    _VERB_RE: ("ообща", "ереда", "ишет", "ишут", "нформирует", "редупреждает", "рогнозирует"),  # сообщает, ...
    _VERB_CAP_RE: ("ообща", "ереда", "ишет"),
    _SOOBSHCHILI_RE: ("ообщили ", "одтвердили "),
    _TALK_V_RE: ("ассказали ", "ояснили ", "точнили ", "роинформировали ", "редупредили "),
    _STATED_IN_RE: ("аявили в", "тметили в", "тмечают в", "звучили в"),
    _SUCH_DATA_RE: (" привод", "анные опубликовал", "ифры опубликовал", "рогноз дал"),
    _AS_NOTES_RE: ("ак отмечает ", "ак уточняет ", "ак подчеркивает ", "ак подчёркивает "),
    _EVIDENCE_RE: ("видетельству", "ледует из "),
    _PO_DANNYM_RE: (
        "данным ",
        "информации ",
        "сведениям ",
        "сообщению ",
        "огласно ",
        "о прогноз",
        "о оценк",
    ),
    _GOVORITSYA_RE: (
        "оворится ",
        "ообщается ",
        "тмечается ",
        "казывается ",
        "точняется ",
        "черкивается ",
        "звестно из ",
        "оворилось ",
        "ообщалось ",
        "тмечалось ",
        "казывалось ",
        "точнялось ",
    ),
    _SOOBSHCHIL_RE: ("б этом сообщил", "ак сообщил", "-канале ", "Instagram ", "Facebook ", "аккаунте "),
    _V_X_SOOBSHCHILI_RE: ("ообщили", "ообщают", "одтвердили"),
    _V_X_TALK_RE: ("ассказали", "ояснили", "точнили"),
    _V_STATEMENT_RE: ("оворится", "ообщается", "тмечается", "казывается", "точняется", "черкивается"),
    _V_X_STATED_RE: (
        "аявили,",
        "тметили,",
        "тмечают,",
        "обавили,",
        "жидают,",
        "аявили:",
        "тметили:",
        "тмечают:",
        "обавили:",
    ),
    _V_X_ADVICE_RE: ("ризвали ", "екомендуют ", "екомендовали ", "оветовали ", "оветуют "),
    _SUBJECT_FIRST_RE: (
        "ообщил",
        "бъявил",
        "аявил",
        "нформир",
        "редупре",
        "рогнозиру",
        "жидает,",
        "жидают,",
    ),
    _PAST_BEFORE_RE: ("редупредил", "редупреждают ", "нформировал", ", сообщил"),
    _KK_HINT_RE: (
        "деп ",
        "сілтеме",
        "хабарлауынша",
        "мәліметі",
        "дерег",
        "деректер",
        "ақпарат",
        "мәлімдеу",
        "болжа",
        "ұл туралы",
        "ұл жөнінде",
        "ұны ",  # "Мұны X хабарлады" (this), as "Бұл туралы"
        "делін",
        "айтыл",
        "көрсетіл",
        "жазыл",
        "жариялан",
        "хабарлағандай",
        "мәлімдегендей",
        "бағалау",
        "қпаратты",
        "жазуынша",
        "әліметт",
        "ын хабарлады",
        "ін хабарлады",
        "ын мәлімдеді",
        "ін мәлімдеді",
        "атап өтті",
        "шақырды",
    ),
}
CUE_PATTERNS = tuple(CUE_GUARDS)
_TALK_PATTERNS = (_TALK_V_RE, _V_X_TALK_RE)
# The strings of the talk patterns, and of every other pattern (see may_attribute).
_TALK_LITERALS = tuple(dict.fromkeys(literal for regex in _TALK_PATTERNS for literal in CUE_GUARDS[regex]))
# Without those that hold another ("ообщили " holds "ообщили"): the same texts pass, for fewer scans.
_ALL_PLAIN = {literal for regex, literals in CUE_GUARDS.items() if regex not in _TALK_PATTERNS for literal in literals}
_PLAIN_LITERALS = tuple(sorted(lit for lit in _ALL_PLAIN if not any(o != lit and o in lit for o in _ALL_PLAIN)))
# The guards by the pattern's id: hashing a compiled pattern hashes its whole code each time.
_GUARDS_BY_ID = {id(regex): literals for regex, literals in CUE_GUARDS.items()}


def _holds_any(text: str, literals: tuple[str, ...]) -> bool:
    for literal in literals:  # noqa: SIM110 (a loop is 25% faster than any() over a generator; called per sentence)
        if literal in text:
            return True
    return False


def _may_match(regex: re.Pattern[str], text: str, active: frozenset[int] | None = None) -> bool:
    """False when ``regex`` cannot match ``text``: none of its strings is in it, or (``active``: the
    ids of the patterns that may match somewhere in the document) none is in the document."""
    if active is not None and id(regex) not in active:
        return False
    return _holds_any(text, _GUARDS_BY_ID[id(regex)])


# For each pattern, the prefilter strings (below) that its own strings hold: a pattern can match in a
# document only if one of them is there.
_MINIMAL_BY_ID = {
    id(regex): tuple(m for m in (*_PLAIN_LITERALS, *_TALK_LITERALS) if any(m in literal for literal in literals))
    for regex, literals in CUE_GUARDS.items()
}


def _active_patterns(present: set[str]) -> frozenset[int]:
    """The ids of the cue patterns that may match in a document whose prefilter strings are ``present``."""
    return frozenset(key for key, minimal in _MINIMAL_BY_ID.items() if any(m in present for m in minimal))


def may_attribute(text: str, plain: tuple[str, ...] = _PLAIN_LITERALS, talk: tuple[str, ...] = _TALK_LITERALS) -> bool:
    """False when no cue pattern can match in ``text`` (a paragraph or one of its sentences: a cue
    found in a sentence is found in its paragraph too, so such a paragraph holds no attribution).
    ``plain`` and ``talk``: the strings to look for, when the caller knows which can be there."""
    if _holds_any(text, plain):
        return True
    if not _holds_any(text, talk):
        return False
    # The talk verbs' strings are common right after quotations ("», — уточнили в пресс-службе"),
    # where their patterns do not match: such a text is let through only when a pattern finds a cue.
    return _TALK_V_RE.search(text) is not None or _V_X_TALK_RE.search(text) is not None


def extract_attributions(paragraphs: list[str], language: str = "ru") -> list[Attribution]:
    """Return the source attributions of ``paragraphs`` in reading order."""
    out: list[Attribution] = []
    # The prefilter's strings looked up once in the whole text (one scan of each over the text, not
    # one of each per paragraph); the paragraphs are then scanned for those present only.
    joined = "\n".join(paragraphs)
    plain = tuple(literal for literal in _PLAIN_LITERALS if literal in joined)
    talk = tuple(literal for literal in _TALK_LITERALS if literal in joined)
    if not plain and not talk:
        return out
    active = _active_patterns({*plain, *talk})
    kazakh_active = id(_KK_HINT_RE) in active
    for paragraph in paragraphs:
        if _CREDIT_RE.match(paragraph):
            continue  # photo credits belong to the image
        if not may_attribute(paragraph, plain, talk):
            continue  # most paragraphs attribute nothing: skip the sentence work
        for sentence in split_sentences(paragraph):
            text = sentence.text
            if len(text) > 2000:
                continue  # not prose: nothing is attributed in a wall of text
            if not may_attribute(text, plain, talk):
                continue  # the cue is in another sentence of the paragraph
            kazakh = _kazakh(text) if kazakh_active and _KK_HINT_RE.search(text) else []
            found = kazakh + _russian(text, active) if language == "kk" else _russian(text, active) + kazakh
            seen: set[tuple[str, int]] = set()
            for f in sorted(found, key=lambda f: f.position):
                key = (f.source, f.position)
                if key in seen or not f.source:
                    continue
                seen.add(key)
                out.append(Attribution(source=f.source, via=f.via, cue=f.cue, text=text))
    return out
