"""Direct quotations in news text and who said them.

The work is done in three linear passes over ``body = "\\n\\n".join(paragraphs)``:

1. Quotation marks are paired with a stack («» with nested „“ or "", straight "…" by the side of the
   word they touch); a quotation left open at the end of a paragraph continues when the next paragraph
   opens with the same mark (the Russian convention for a quotation over several paragraphs).
2. Each top-level pair is read in its context: an author's dash and a speech verb after it
   ("», — отметила А."), an interruption inside it ("«П, — сказал А. — П»"), "по словам А, «П»",
   "А: «П»", or a paragraph that is nothing but the quotation. Pairs with no such context are names
   of things («Барыс», программа «Комфортная школа») and are skipped, as is any single word.
3. People named in the narrative are collected in order, so that "он", "она", "ол", a bare surname or
   a role noun ("— добавил министр") resolves to the last fitting name before the quotation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsbot.items import Quote
from newsbot.text import morph
from newsbot.text.attributions import (
    KAZAKH_LETTER_RE,
    KK_BODY_WORDS,
    KK_GENITIVE_RE,
    KK_IMPERSONAL,
    KK_PARTICIPLE_RE,
    KK_PARTICLES,
    KK_PERSON_NOUNS,
    KK_POSSESSIVE_RE,
    KK_SENTENCE_OPENERS,
    LATIN_NAME_RE,
    MEDIUM_OF_RE,
    NO_SOURCE_AFTER,
    STATEMENT_NOUNS,
    TOLD,
    continues_enumeration,
    cut_name,
    extract_attributions,
    kk_before_medium,
    kk_statement_owner,
    kk_told_prefix,
)

SEPARATOR = "\n\n"

_DASHES = "—–-"
_SPACE = " \u00a0\u202f\t"
_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "а-яёәғқңөұүһі"
_NAME_TOKEN_RE = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$")
# Initials of a given name (and a patronymic) before a surname: "Е.", "Е.Б.", "Ж.-М.".
_INITIALS_RE = re.compile(rf"^(?:[{_UPPER}]\.(?:-?[{_UPPER}]\.)?)$")
# Initials before a surname in the text ("Е. Сапаров", "Е. Б. Сапаров", "Е.Б. Сапаров"): one
# capital and a dot, maybe a second, then a capitalised word.
_INITIALS_IN_TEXT_RE = re.compile(
    rf"(?<![\w.-])(?P<first>[{_UPPER}])\.(?:(?P<space> ?)(?P<second>[{_UPPER}])\.)? (?=[{_UPPER}][{_LOWER}]+)"
)
# The same initials as the readers see them: a word of the same length ("Еъ", "Еъбъ", "Еъбъъ"),
# which reads as a given name ("ъ" follows no capital in Russian or Kazakh words).
_MASKED_INITIALS_RE = re.compile(rf"(?<![\w])(?P<first>[{_UPPER}])ъ(?:(?P<second>[{_LOWER}])ъ(?P<space>ъ?))?(?!\w)")


# What initials before a surname or a surname in capitals need: a dot after a capital, then maybe a
# space and a capital; or a space and four capitals. (Each pattern starts with a literal character, which
# the regular expression engine finds fast; one starting with a class of letters costs several times more.)
_DOT_CAPITAL_RE = re.compile(rf"\. ?[{_UPPER}]")
_SPACE_CAPITALS_RE = re.compile(rf" [{_UPPER}]{{4}}")


def _may_hold_initials_or_capitals(text: str) -> bool:
    for m in _DOT_CAPITAL_RE.finditer(text):
        if m.start() and text[m.start() - 1].isupper():
            return True
    return _SPACE_CAPITALS_RE.search(text) is not None


# A surname in capitals after a given name or initials ("Ерлан САПАРОВ", "Е. САПАРОВ").
_CAPS_SURNAME_RE = re.compile(rf"(?<=[{_LOWER}.] )[{_UPPER}]{{4,}}(?:-[{_UPPER}]{{2,}})?(?![\w-])")


def _mask_initials(text: str) -> str:
    """``text`` with the initials before a surname written as one word of the same length, so that
    offsets hold: "Е. Сапаров" -> "Еъ Сапаров", "Е. Б. Сапаров" -> "Еъбъъ Сапаров". A single capital
    and a dot before a word that is no surname stays (a sentence may end so: "корпус Б. Жители").
    A surname in capitals after a given name is read as one with a capital ("Ерлан САПАРОВ" ->
    "Ерлан Сапаров"); an abbreviation is no surname ("МВД")."""
    if not _may_hold_initials_or_capitals(text):
        return text  # most paragraphs: no initials and no surname in capitals
    if _CAPS_SURNAME_RE.search(text):
        text = _CAPS_SURNAME_RE.sub(
            lambda m: (
                m.group().title()
                if morph.SURNAME_RE.search(m.group()) and _after_a_name(text, m.start())
                else m.group()
            ),
            text,
        )

    def mask(m: re.Match[str]) -> str:
        following = text[m.end() : m.end() + 40].split(" ", 1)[0].rstrip(".,;:!?»")
        if m["second"] is None and not _is_surname_word(following):
            return m.group()
        if m["second"] is None:
            return f"{m['first']}ъ "
        return f"{m['first']}ъ{m['second'].lower()}ъ{'ъ' if m['space'] else ''} "

    return _INITIALS_IN_TEXT_RE.sub(mask, text)


def _is_surname_word(word: str) -> bool:
    """A surname by its ending ("Сапаров", "Жұмабекұлы") or by the dictionary ("Ким", "Цой", "Тен")."""
    if morph.SURNAME_RE.search(word):
        return True
    low = word.lower()
    return morph.is_russian_word(low) and any("Surn" in p.tag.grammemes for p in morph.parses(low)[:3])


def _after_a_name(text: str, at: int) -> bool:
    """A given name or initials stand just before ``at`` (after one space)."""
    before = text[max(0, at - 30) : at - 1].rsplit(" ", 1)[-1]
    return _NAME_TOKEN_RE.match(before) is not None or _INITIALS_RE.match(before) is not None


def _unmask_initials(text: str | None) -> str | None:
    """A speaker's name or role with the initials as written ("Еъ Сапаров" -> "Е. Сапаров")."""
    if not text or "ъ" not in text:
        return text

    def unmask(m: re.Match[str]) -> str:
        if m["second"] is None:
            return f"{m['first']}."
        return f"{m['first']}.{' ' if m['space'] else ''}{m['second'].upper()}."

    return _MASKED_INITIALS_RE.sub(unmask, text)


def _is_masked_initials(word: str) -> bool:
    return _MASKED_INITIALS_RE.fullmatch(word) is not None


# Name particles that stay lowercase inside a name ("Лоранс де Кар").
_PARTICLES = frozenset(["де", "да", "ди", "дю", "ла", "ле", "ван", "фон", "дер", "дель", "бин", "ибн", "аль", "эль"])
_CAP_PARTICLES = frozenset(["де", "ле", "ла", "ван", "фон", "дер", "дель", "ди", "да", "дю", "аль", "эль"])
# A Russian patronymic ("Ивановна", "Ефимович"), in any case; with the Kazakh and Turkic ones, which end
# surnames too ("-ұлы", "-қызы"), any patronymic.
_RU_PATRONYMIC = r"вич(?:а|у|ем|е)?|вн(?:а|ы|е|у|ой)|ичн(?:а|ы|е|у|ой)"
_RU_PATRONYMIC_RE = re.compile(rf"(?:{_RU_PATRONYMIC})$")
_PATRONYMIC_RE = re.compile(
    rf"(?:{_RU_PATRONYMIC}|улы|ұлы|уулу|кызы|қызы|оглы)$", re.IGNORECASE
)  # in any case: "Серикбаевны", "Кемелевича"
# Pronouns for the speaker; "тот" / "та" ("— ответил тот") point to the last person named, as "он" does.
_RU_PRONOUNS = {"он": "masc", "она": "femn", "тот": "masc", "та": "femn"}
_KK_PRONOUNS = frozenset({"ол"})
# "about": what someone speaks of ("О своей профессии говорит коротко:", "Ее дочь о прошлой зиме ..."), no role.
_ABOUT_PREPOSITIONS = frozenset(["о", "об", "про"])
# Heads (lemmas / Kazakh words) of a speaker that is an office or a body, not a person.
_RU_BODY_LEMMAS = morph.ORGANISATION_LEMMAS
# Kazakh speech verbs after the author's dash, and the two-word ones ("атап өтті").
_KK_CUE_WORDS = frozenset(
    [
        "деді",
        "дейді",
        "деген",
        "депті",  # said (as reported): "— депті бала әкесіне"
        "десе",  # "А: «П», – десе, Б ...": (while) A said, as the sentence goes on to another
        "баяндады",  # told (what he saw): "көргенін былай баяндады:"
        "қайталайды",  # repeats (the words): "... деген сөзді жиі қайталайды:"
        "мәлімдеді",
        "хабарлады",
        "айтты",
        "сұрады",
        "түсіндірді",
        "қосты",
        "жазды",
        "ескертті",
        "санайды",
        "есептейді",
        "сендірді",
        "мойындады",
        "толықтырды",
        "жалғастырды",
        "білдірді",
        "шақырды",
        "бөлісті",
        "тапсырды",  # "А әкімге ... тапсырды: «П»": instructed
        "мақтады",  # praised, as "похвалил:"
        "сипаттады",  # described (in words), as "описал:"
        "құттықтады",  # congratulated, as "поздравил:"
        "шағымданды",  # complained
        "түйіндеді",  # summed up
        "қорытындылады",  # concluded
        "нақтылады",  # specified
        "жеткізді",  # conveyed (the words to someone)
        "таныстырды",  # presented (to an audience)
        "бағалады",  # assessed, the verb of "баға берді" ("... деп бағалады: «П»")
        "қостады",  # seconded ("оның сөзін қостады: «П»", spoke in support of her words)
        "қостайды",
        "тоқталды",  # dwelt on ("... маңызына тоқталды: «П»"), as "назар аударды"
        "айтады",  # says ("... жазғанын айтады: «П»")
        "тілдесті",  # talked ("аудармашы арқылы тілдесті:", through an interpreter)
        "сөйлесті",  # talked
        "қуаттады",  # backed (in words), as "қостады"
        "құптады",  # approved (her words), as "қостады"
        "күлді",  # laughed (before a colon, as "улыбнулся:"; after the dash "– деп күлді ол")
        "бағалайды",  # assesses, as "бағалады"
        "қағытты",  # jibed (in words), and "when ... jibed / sang / asked": "«П» деп қағытқанда, ..."
        "қағытқанда",
        "жырлады",
        "жырлағанда",
        "сұрағанда",
        *KK_IMPERSONAL,
    ]
)
_KK_CUE_PAIRS = frozenset(
    [
        "атап өтті",
        "атап көрсетті",
        "атап айтты",
        "жауап берді",
        "жауап қатты",  # replied
        "пікір білдірді",
        "қосып қойды",
        "ой бөлісті",
        "сөзін жалғастырды",
        "баса айтты",
        "мәлімдеме жасады",
        "ескерту жасады",  # warned
        "жоққа шығарды",  # denied, as "отрезал:" / "парировал"
        "көңілі босады",  # was moved
        "сынға алды",  # criticised
        "баға берді",  # gave an assessment, as "пікір білдірді"
        "еске алды",  # recalled
        "еске алады",  # recalls
        "еске түсірді",
        "ағынан жарылды",  # spoke frankly (an idiom: "burst from its flow")
        "сөзге араласады",  # joined in (the talk)
        "іліп әкетті",  # took up (her words), an idiom as "сөзін қостады"
        "іле жалғады",  # went on at once (from his words)
        "алғысын білдірді",  # thanked
        "тіл қатты",  # spoke
        "сөзге араласты",
        # A noun and a light verb that say "spoke" together: the cue whole, not the verb alone.
        "мәлім етті",  # announced
        "айтып өтті",  # said (in passing)
        "айтып берді",  # told
        "түсіндіріп берді",  # explained
        "ой қосты",  # added a thought
        "тілек білдірді",  # wished
        "бата берді",  # gave a (spoken) blessing
        "батасын берді",  # gave her blessing ("Кейуана жастарға ақ батасын берді:")
        "кеңес берді",  # advised
        "түсініктеме берді",  # commented
        "үндеу жасады",  # appealed
        "ұсыныс жасады",  # proposed
        "сөз сөйледі",  # made a speech
        "мысал келтірді",  # gave an example
        "алғыс айтты",  # thanked
        "кешірім сұрады",  # apologised
        "үкімді жариялады",  # read out the verdict
        "сұрақ қойды",  # asked a question
        "тапсырма берді",  # gave an instruction, as "тапсырды"
        "назар аударды",  # drew attention (to something)
    ]
)
# Kazakh idioms of speaking or feeling, the cue whole after "деп" ("көзіне жас алды", teared up).
_KK_CUE_IDIOMS = frozenset(["көзіне жас алды"])
# Impersonal verbs of a statement's text ("говорится", "отмечается в сообщении ...").
_IMPERSONAL_LEMMAS = frozenset(
    ["говориться", "отмечаться", "сообщаться", "подчёркиваться", "подчеркиваться", "указываться", "уточняться"]
)
# Verbs of an attitude that report words after the author's dash only with someone named after them
# ("— возмущаются местные жители", "— надеется аким"; not "«Барыс» — продолжает серию побед").
_RU_ATTITUDE_LEMMAS = frozenset(
    ["возмущаться", "надеяться", "опасаться", "сомневаться", "удивляться", "радоваться", "продолжать"]
)
# Of those, the feelings: before a colon no speech verb ("А, мама мальчика, поначалу сомневалась: «П»":
# cue null, as "возмущена:"), after the dash a cue with someone named after it.
_RU_FEELING_LEMMAS = _RU_ATTITUDE_LEMMAS - {"продолжать"}
# Russian speech verbs (lemmas) that make a colon introduction a cue ("заявила: «П»").
_RU_SPEECH_LEMMAS = _IMPERSONAL_LEMMAS | frozenset(
    [
        "требовать",  # a demand said ("Отец ... требует ответа от перевозчика: «П»")
        "подтвердить",  # confirmed ("подтверждает слова деда: «П»")
        "оценивать",  # assessed in words ("оценивает её работу так: «П»"), as Kazakh "бағалады"
        "вторить",  # echoes ("Ей вторит А: «П»"), as Kazakh "оның сөзін қостады"
        "отзываться",  # speaks of someone ("так отзывается о коллеге: «П»")
        "обратить",  # drew attention ("обратила внимание суда на ...: «П»"), as Kazakh "назар аударды"
        "предостеречь",  # warned ("предостерегла фермеров от ...: «П»")
        "предостерегать",
        "поправлять",  # corrected (in words: "— ..., — поправляет мужа Зейнеп-апа")
        "поправить",
        "оценить",
        "подтверждать",
        "сказать",
        "заявить",
        "отметить",
        "добавить",
        "подчеркнуть",
        "пояснить",
        "уточнить",
        "рассказать",
        "сообщить",
        "признаться",
        "признать",
        "ответить",
        "спросить",
        "напомнить",
        "заметить",
        "говорить",
        "объяснить",
        "констатировать",
        "резюмировать",
        "заключить",
        "написать",
        "предупредить",
        "пообещать",
        "воскликнуть",
        "восклицать",
        "писать",
        "утверждать",
        "подытоживать",
        "высказываться",
        "шутить",
        "убеждать",
        "крикнуть",
        "поделиться",
        "прокомментировать",
        "высказаться",
        "высказать",
        "указать",
        "подытожить",
        "процитировать",
        "цитировать",
        "призвать",
        "заверить",
        "возразить",
        "пожаловаться",
        "посетовать",
        "пошутить",
        "заявлять",
        "отмечать",
        "подчёркивать",
        "подчеркивать",
        "сообщать",
        "добавлять",
        "обещать",
        "повторить",
        "продолжить",
        "уверить",
        "выразить",
        "обратиться",
        "произнести",
        "спрашивать",
        "отвечать",
        "рассказывать",
        "пояснять",
        "уточнять",
        "считать",
        "полагать",
        "уверять",
        "признавать",
        "поручить",
        "потребовать",
        "попросить",
        "объявить",
        "вспомнить",
        "вспоминать",
        "делиться",
        "комментировать",
        "признаваться",
        "сетовать",
        "объяснять",
        "заверять",
        "предупреждать",
        "призывать",
        "настаивать",
        "парировать",
        "возражать",
        "доложить",
        "докладывать",
        "рассуждать",
        "жаловаться",
        "заключать",
        "предложить",
        "предлагать",
        "напоминать",
        "замечать",
        "акцентировать",
        "назвать",  # "назвал результат закономерным: «П»": an evaluation said aloud
        "называть",
        # Speech acts: a question, advice, thanks, praise, reproach, a retort.
        "поинтересоваться",
        "интересоваться",
        "посоветовать",
        "советовать",
        "порекомендовать",
        "рекомендовать",
        "поблагодарить",
        "благодарить",
        "поздравить",
        "поздравлять",
        "похвалить",
        "хвалить",
        "раскритиковать",
        "критиковать",
        "упрекнуть",
        "упрекать",
        "отрезать",
        "съязвить",
        "выступить",  # spoke publicly ("выступила против повышения:", "выступил с обращением:")
        "выступать",
    ]
)
_KK_LOCATIVE_RE = re.compile(r"(?:да|де|та|те|нда|нде)$")


def _is_initial_kk_locative(word: str) -> bool:
    """A Kazakh word in the locative opening a sentence, capitalised there ("Шеберханада Жұмабаевпен
    бірге ...": in the workshop, no given name); long enough not to be a name ending so ("Аида",
    "Ақбота")."""
    return len(word) >= 7 and _is_kazakh_locative(word.lower())


def _is_kazakh_locative(word: str) -> bool:
    """A lowercase Kazakh word in the locative ("барысында", "брифингте"); not a Russian loanword
    whose stem ends so ("команда капитаны": "команда" is the team, in the nominative)."""
    low = word.lower()
    if word[:1].isupper() or not _KK_LOCATIVE_RE.search(low) or low in _KK_LOCATIVE_LOOKALIKES:
        return False
    return not (morph.is_known(low) and "nomn" in morph.parses(low)[0].tag)


# Kazakh words that only end as a locative does: "орта мектеп" (a secondary school), "ата" (grandfather),
# "бота" (a camel calf).
_KK_LOCATIVE_LOOKALIKES = frozenset(["орта", "ата", "бота", "арта", "қата", "жота"])


_RU_SAYING = r"(?:[Пп]о словам|[Пп]о мнению|[Сс]о слов|[Пп]о информации|[Пп]о данным)"


# --- pass 1: quotation marks ---------------------------------------------------------------------


@dataclass
class _Span:
    """A top-level quotation candidate; offsets into ``body``."""

    start: int  # the opening mark
    end: int  # just past the closing mark
    paragraph: int
    last_paragraph: int
    parts: list[tuple[int, int]]  # content ranges (without marks), one per paragraph
    answer: bool = False  # an interview's answer (see _interview_answers): the interviewee speaks
    undashed: bool = False  # an answer of an interview without dashes (see _plain_interview_answers)


_MARK_RE = re.compile('[«»„“”"]')


def _find_spans(paragraphs: list[str], offsets: list[int]) -> list[_Span]:
    """Pair the quotation marks of every paragraph; return the outermost pairs in order."""
    spans: list[_Span] = []
    carry: tuple[int, int, list[tuple[int, int]]] | None = None  # an « left open: (start, paragraph, parts)
    for pi, par in enumerate(paragraphs):
        base = offsets[pi]
        stack: list[tuple[str, int]] = []
        counts = {"«": 0, "„": 0, "“": 0, '"': 0}
        cont_start = 0
        open_info: tuple[int, int, list[tuple[int, int]]] | None = None
        lead = len(par) - len(par.lstrip())
        skip_first = -1
        if carry is not None:
            if par[lead : lead + 1] == "«":
                open_info = carry
                stack.append(("«", lead))
                counts["«"] += 1
                skip_first = lead
                cont_start = lead + 1
            elif _closes_first(par):
                # Continued without the opening mark repeated (not the rule, but written so): the
                # paragraph's first guillemet closes the one left open.
                open_info = carry
                stack.append(("«", -1))
                counts["«"] += 1
                cont_start = lead
            elif "«" not in par and "»" not in par and _closed_later(paragraphs, pi):
                # A paragraph in the middle of such a quotation, with no guillemet of its own.
                carry[2].append((base + lead, base + len(par)))
                continue
            carry = None
        n = len(par)
        for found in _MARK_RE.finditer(par):  # the marks only: most characters are not marks
            i = found.start()
            ch = found.group()
            if i == skip_first:
                continue
            prev = par[i - 1] if i > 0 else " "
            nxt = par[i + 1] if i + 1 < n else " "
            kind: str | None = None  # the opener this mark closes
            opens = False
            if ch in "«„":
                opens = True
            elif ch == "»":
                kind = "«"
            elif ch == "“":
                if counts["„"]:
                    kind = "„"  # Russian nested „…“
                else:
                    opens = True  # English “…”
            elif ch == "”":
                kind = "“" if counts["“"] else ("„" if counts["„"] else None)
                if kind is None:
                    continue
            else:  # a straight quote: the side of the word it touches decides
                if counts['"'] and (prev.isalnum() or prev in ".,!?…»%)" or not nxt.isalnum()):
                    kind = '"'
                elif not nxt.isspace() and not prev.isalnum():
                    opens = True
                else:
                    continue
            if opens:
                if not stack:
                    cont_start = i + 1
                stack.append((ch, i))
                counts[ch] += 1
                continue
            assert kind is not None
            if not counts[kind]:
                continue  # a closing mark with nothing to close
            # Pop up to the matching opener; marks left open inside it are dropped.
            pos = -1
            while stack:
                mark, pos = stack.pop()
                counts[mark] -= 1
                if mark == kind:
                    break
            if not stack:
                if open_info is not None:
                    first_start, first_par, parts = open_info
                    parts.append((base + cont_start, base + i))
                    spans.append(_Span(first_start, base + i + 1, first_par, pi, parts))
                    open_info = None
                else:
                    spans.append(_Span(base + pos, base + i + 1, pi, pi, [(base + pos + 1, base + i)]))
        if stack and stack[0][0] == "«":
            # Left open at the end of the paragraph: it may go on in the next one.
            pos = stack[0][1]
            if open_info is not None:
                first_start, first_par, parts = open_info
                parts.append((base + cont_start, base + n))  # in place: a long chain stays linear
                carry = (first_start, first_par, parts)
            else:
                carry = (base + pos, pi, [(base + pos + 1, base + n)])
    return spans


def _closed_later(paragraphs: list[str], pi: int) -> bool:
    """True when, of the two paragraphs after ``pi``, the first with a guillemet opens with a
    closing one: a quotation left open before paragraph ``pi`` goes on through it to there."""
    for par in paragraphs[pi + 1 : pi + 3]:
        if "«" in par or "»" in par:
            return _closes_first(par)
    return False


def _closes_first(paragraph: str) -> bool:
    """True when the first guillemet of ``paragraph`` is a closing one: the paragraph goes on with a
    quotation the one before left open ("«Мы начали ремонт." / "Просим понять», — сказал он.")."""
    close = paragraph.find("»")
    return close >= 0 and not 0 <= paragraph.find("«") < close


# Direct speech opened by a dash at the start of a paragraph, without quotation marks:
# "— Мы готовы, — сказал он." / "— Мы готовы! — сказал он. — Начнем завтра."
_SPEECH_DASH_RE = re.compile(rf"^[{_SPACE}]*[{_DASHES}][{_SPACE}]+(?=\S)")
_AUTHOR_DASH_RE = re.compile(rf"((?:[,!?…]|\.\.\.)+)[{_SPACE}]+[{_DASHES}][{_SPACE}]+(?=[{_LOWER}])")
# Inside dash speech, a relative of the speaker opening a sentence that introduces words in marks with a
# colon ("Әкем таңғалып: «", "Мама сказала: «").
_KIN_SAID_BEFORE_RE = re.compile(
    r"(?:^|[.!?…][ \u00a0]+)(?:Әкем|Анам|Атам|Әжем|Ағам|Апам|Мама|Папа|Отец|Мать|Бабушка|Дедушка)"
    r"(?:[ \u00a0]+[^.!?«»:]+)?:[ \u00a0]*«$"
)
_SPEECH_GOES_ON_RE = re.compile(rf"[,.!?…:][{_SPACE}]+[{_DASHES}][{_SPACE}]+(?=\S)")


def _dash_span(paragraphs: list[str], offsets: list[int], pi: int, language: str) -> _Span | None:
    """Direct speech that paragraph ``pi`` opens with a dash, as a span from the dash: up to the
    author's words ("— П, — сказал А."; "!", "?" and "…" stay with the speech, a comma does not),
    or to the paragraph's end when the speech goes on after them ("— П, — сказал А. — П."; the
    author's words are then read inside, as in «П, — сказал А, — п»). Without author's words with a
    speech verb, a dash paragraph is speech only after a paragraph ending with a colon ("Он сказал:"):
    dashes also open list items and interview questions."""
    par = paragraphs[pi]
    opening = _SPEECH_DASH_RE.match(par)
    if opening is None:
        return None
    end: int | None = None  # where the speech ends in ``par``
    for sep in _AUTHOR_DASH_RE.finditer(par, opening.end()):
        if par[sep.start() - 1 : sep.start()] == "»" and _KIN_SAID_BEFORE_RE.search(
            par, opening.end(), par.rfind("«", opening.end(), sep.start()) + 1
        ):
            continue  # "... Әкем таңғалып: «...», – деді.": the words in marks are the father's, and so is "деді"
        found = _cue_at(par[sep.end() :], language)
        if not found:
            continue
        if par[sep.start() - 1 : sep.start()] in ("»", "“", "”", '"') and _speech_goes_on_undashed(par, sep.end()):
            # "— ... Ол: «Сіз бірінші орын алдыңыз», — деді. Мен болсам: ...": the author's words of a
            # quotation inside the speech, which goes on after them without a dash.
            continue
        if _SPEECH_GOES_ON_RE.search(par, sep.end() + found[1]):
            end = len(par.rstrip())
        else:
            punctuation = sep.group(1)
            end = sep.start() if punctuation.startswith(",") else sep.start() + len(punctuation.rstrip(","))
        break
    else:
        if pi > 0 and paragraphs[pi - 1].rstrip().endswith(":") and not _is_list_item(paragraphs, pi, opening.end()):
            end = len(par.rstrip())
    if end is None:
        return None
    return _speech_from_dash(offsets, pi, opening, end)


def _speech_goes_on_undashed(par: str, at: int) -> bool:
    """The sentence of author's words starting at ``at`` is followed by more words that no dash opens."""
    m = _SENTENCE_END_RE.search(par, at)
    rest = par[m.end() :].strip(_SPACE) if m else ""
    return bool(rest) and rest[:1] not in _DASHES


def _speech_from_dash(offsets: list[int], pi: int, opening: re.Match[str], end: int, answer: bool = False) -> _Span:
    """The span of speech that paragraph ``pi`` opens with a dash (``opening``), from the dash to
    ``end`` (an offset in the paragraph)."""
    base = offsets[pi]
    dash = base + opening.end() - len(opening.group(0).lstrip(_SPACE))
    return _Span(dash, base + end, pi, pi, [(base + opening.end(), base + end)], answer=answer)


def _is_list_item(paragraphs: list[str], pi: int, at: int) -> bool:
    """True when dash paragraph ``pi`` (its words from ``at``) reads as the first item of a list
    after a colon ("Среди мер:" "— ремонт дорог;"): it starts in lowercase, ends with ";" or ",",
    or the next paragraph is another dash line without author's words."""
    words = paragraphs[pi][at:].rstrip()
    nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else ""
    return (
        words[:1].islower()
        or words.endswith((";", ","))
        or (_SPEECH_DASH_RE.match(nxt) is not None and not _AUTHOR_DASH_RE.search(nxt))
    )


_QUESTION_END_RE = re.compile(r"\?[»\"”)]*$")


def _interview_answers(paragraphs: list[str], offsets: list[int], speech: set[int]) -> list[_Span]:
    """The answers of an interview, as spans from the dash: a dash paragraph right after a dash
    paragraph that asks a question ("— Как вы оцениваете ...?" "— Мы видим ..."), neither of them
    speech with author's words (the paragraphs in ``speech``), the answer not a list line
    (lowercase start) nor another question; with the undashed paragraphs in the first person right
    after it. Two such pairs at least: one question and its answer may be a rhetorical turn of a
    news text; an interview has several."""
    answers = []
    pairs = 0
    for pi in range(1, len(paragraphs)):
        opening = _SPEECH_DASH_RE.match(paragraphs[pi])
        if opening is None or pi - 1 in speech:
            continue
        question = paragraphs[pi - 1].rstrip()
        if _SPEECH_DASH_RE.match(question) is None or not _QUESTION_END_RE.search(question):
            continue
        pairs += 1  # (an answer with author's words, "— ..., — смеется девочка.", is a pair too)
        if pi in speech:
            continue
        words = paragraphs[pi][opening.end() :].rstrip()
        if words[:1].islower() or _QUESTION_END_RE.search(words):
            continue
        answer = _speech_from_dash(offsets, pi, opening, len(paragraphs[pi].rstrip()), answer=True)
        # An answer over several paragraphs: the next ones open with no dash. Only those in the
        # first person outside marks are taken ("Кроме того, мы заменили ..."): a paragraph of the
        # journalist's own narrative between two questions is as undashed, and may quote someone
        # else in the first person ("Среди клиентов — А. «Мне 54 года ...», — говорит она нашему
        # корреспонденту.": the outlet's "нашему" is no guest's either).
        nxt = pi + 1
        while (
            nxt < len(paragraphs)
            and nxt not in speech
            and not _SPEECH_DASH_RE.match(paragraphs[nxt])
            and not _OPENING_MARK_RE.match(paragraphs[nxt])
            and not _OUTRO_RE.match(paragraphs[nxt].lstrip())
            and not _QUESTION_END_RE.search(paragraphs[nxt].rstrip())
            and _FIRST_PERSON_RE.search(_OUTLETS_OWN_RE.sub(" ", _IN_MARKS_RE.sub(" ", paragraphs[nxt])))
        ):
            answer.parts.append((offsets[nxt], offsets[nxt] + len(paragraphs[nxt].rstrip())))
            answer.end, answer.last_paragraph = answer.parts[-1][1], nxt
            nxt += 1
        answers.append(answer)
    if pairs >= 2:
        for pi in range(1, len(paragraphs)):
            # "– Что бы вы посоветовали ...? – Не верить ...": the last question and its answer in one
            # paragraph, in an interview of two pairs at least; the answer from its dash.
            par = paragraphs[pi]
            if pi in speech or (opening := _SPEECH_DASH_RE.match(par)) is None:
                continue
            if (inner := _ANSWER_AFTER_QUESTION_RE.search(par, opening.end())) is None:
                continue
            dash = offsets[pi] + inner.start("dash")
            end = offsets[pi] + len(par.rstrip())
            answers.append(_Span(dash, end, pi, pi, [(offsets[pi] + inner.end(), end)], answer=True))
        answers.sort(key=lambda span: span.start)
    return answers if pairs >= 2 else []


# In a dash paragraph, a question, then a dash opening its answer ("...звездах? – Не верить ...").
_ANSWER_AFTER_QUESTION_RE = re.compile(rf"\?[{_SPACE}]+(?P<dash>[—–])[{_SPACE}]+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


_OPENING_MARK_RE = re.compile(rf"^[{_SPACE}]*[«„“\"]")
# The outlet speaking of itself ("рассказала она нашему корреспонденту"), no first person of a guest.
_OUTLETS_OWN_RE = re.compile(
    r"(?<![\w-])наш(?:его|ему|им|ей|а|у)?\s+(?:корреспондент|журналист|издани|редакци|сайт|портал)\w*"
    # the newsroom's own talk ("Гости ресторана, с которыми мы поговорили, ...")
    r"|(?<![\w-])мы\s+(?:поговорили|побеседовали|пообщались|опросили|спросили|встретились)(?![\w-])",
    re.IGNORECASE,
)
# Words in marks, nested names left inside ("«... «Барыс» ...»" as one): what a paragraph quotes.
_IN_MARKS_RE = re.compile(r"«(?:[^«»]|«[^«»]*»)*»|„[^„“”]*[“”]|\"[^\"]*\"|«[^«»]*$")  # (or open to the end)
# What opens a paragraph that closes an article after its last answer ("Напомним, ...", "Ранее
# Bestnews.kz писал ...", Kazakh "Айта кетейік, ..."): the text's own words again, not the guest's.
_OUTRO_RE = re.compile(
    r"(?:Напомним|Ранее|Читайте также|Смотрите также|Справка|Фото|Видео|Источник|Подробнее|"
    r"Айта кетейік|Еске сала кетейік|Еске салайық|Бұған дейін|Бұдан бұрын)\b"
)
# First-person words: an interview's answers are the guest's own words ("мы видим", "у нас"; Kazakh
# "біз", "орнатамыз"); an explainer answers its questions about someone, in the third person.
# (Kazakh "мен" is left out: it is also "and", "математика мен физика"; "лебіз", warm words, only
# ends as "-біз" does; "-імін" / "-ымын" is a noun in "-ім" with its possessive accusative, "шешімін",
# her decision, more often than "I am".)
_FIRST_PERSON_RE = re.compile(
    r"(?<![\w-])(?:я|мы|мне|меня|мной|нам|нас|нами|мой|моя|моё|мое|мои|моего|моей|моим|моих|"
    r"наш|наша|наше|наши|нашего|нашей|нашим|наших|нашему|менің|маған|мені|менде|біз|біздің|"
    r"бізге|бізді|бізде|(?!лебіз(?![\w-]))[а-яәғқңөұүһі]+(?:мыз|міз|быз|біз|пыз|піз|(?<![ыі])мын|(?<![ыі])мін|"
    r"бын|бін|пын|пін))(?![\w-])",
    re.IGNORECASE,
)


_INDIRECT_SPEECH_RE = re.compile(r"(?:По словам|По мнению|Как (?:рассказал|отметил|пояснил|сказал|добавил))")


def _tells_of_speech(paragraph: str) -> bool:
    """A paragraph of the journalist's inside an interview: in no first person, it tells what
    someone said ("Абдиев отметил, что ...", "По словам директора, ...")."""
    if _FIRST_PERSON_RE.search(paragraph):
        return False
    if _INDIRECT_SPEECH_RE.match(paragraph):
        return True
    if _has_kazakh_letters(paragraph):
        # "Ақынның ұстазы А ... сезілетінін атап өтті.", "Ұстазының айтуынша, ...": a Kazakh sentence
        # ending with a speech verb, or one opening with whose words it tells.
        words = [w.strip(".,!?") for w in paragraph.split()]
        if len(words) >= 2 and (f"{words[-2]} {words[-1]}" in _KK_CUE_PAIRS or words[-1] in _KK_CUE_WORDS):
            return True
        return any(w in ("айтуынша", "сөзінше", "пікірінше") for w in words[:8])
    return any(
        _is_speech_verb(word) and "past" in morph.parses(word)[0].tag for word in _WORD_RE.findall(paragraph[:100])
    )


# A closing mark, then the author's dash: "«П», – деп қосты бас дәрігер".
_MARK_THEN_DASH_RE = re.compile(rf"[»“][,!?…]?[{_SPACE}]*[—–][{_SPACE}]")


def _plain_interview_answers(
    paragraphs: list[str], offsets: list[int], taken: set[int], intro_cue: bool | None
) -> list[_Span]:
    """The answers of an interview whose questions have no dash (set in bold on the page, which the
    text does not keep): a question is a paragraph ending with "?" that no dash or quotation mark
    opens, its answer every paragraph after it up to the next question; the last answer stops at
    the article's closing words (:data:`_OUTRO_RE`), any answer at a dash paragraph and at a
    paragraph of the journalist's that tells what someone said (:func:`_tells_of_speech`). Without a
    dash, only the text around says these are an interview's: its introduction must say so
    (``intro_cue``, None to look it up in the paragraphs before the first question), there must be
    two answers at least, and half of them at least must speak in the first person. ``taken``: the
    paragraphs that are speech already."""
    questions = [
        pi
        for pi, par in enumerate(paragraphs)
        if pi not in taken
        and _QUESTION_END_RE.search(par.rstrip())
        and not _SPEECH_DASH_RE.match(par)
        and not _OPENING_MARK_RE.match(par)
    ]
    if len(questions) < 2:
        return []
    if not (intro_cue or _OWN_INTERVIEW_CUE_RE.search(" ".join(paragraphs[: questions[0]]))):
        return []
    answers = []
    for qi, question in enumerate(questions):
        last = qi + 1 == len(questions)
        stop = len(paragraphs) if last else questions[qi + 1]
        hi = question + 1
        while (
            hi < stop
            and hi not in taken
            and not _SPEECH_DASH_RE.match(paragraphs[hi])
            and not (last and _OUTRO_RE.match(paragraphs[hi].lstrip()))
            and not (hi > question + 1 and _tells_of_speech(paragraphs[hi]))
            and not (
                hi > question + 1
                and _OPENING_MARK_RE.match(paragraphs[hi])
                and _MARK_THEN_DASH_RE.search(paragraphs[hi])
            )
        ):  # (a paragraph opening with its own quotation and author's words is that speaker's, not the answer)
            hi += 1
        if hi == question + 1:
            continue  # a question nobody answers: a heading, or the text's own question
        parts = [(offsets[pi], offsets[pi] + len(paragraphs[pi].rstrip())) for pi in range(question + 1, hi)]
        answers.append(_Span(parts[0][0], parts[-1][1], question + 1, hi - 1, parts, answer=True, undashed=True))
    first_person = sum(
        1
        for a in answers
        if any(_FIRST_PERSON_RE.search(paragraphs[pi]) for pi in range(a.paragraph, a.last_paragraph + 1))
    )
    return answers if len(answers) >= 2 and 2 * first_person >= len(answers) else []


def _with_dash_spans(
    spans: list[_Span], paragraphs: list[str], offsets: list[int], language: str, lead_cue: bool = False
) -> list[_Span]:
    """``spans`` and the dash-opened direct speech of ``paragraphs`` (see :func:`_dash_span`) and
    the answers of an interview (:func:`_interview_answers`, else :func:`_plain_interview_answers`;
    ``lead_cue``: the article's lead says the outlet interviews someone), in order. A quotation in marks
    inside such speech is part of it, not a quotation of its own."""
    dashed = [d for pi in range(len(paragraphs)) if (d := _dash_span(paragraphs, offsets, pi, language))]
    taken = {d.paragraph for d in dashed}
    answers = _interview_answers(paragraphs, offsets, taken)
    if not answers and len(paragraphs) > 2:
        answers = _plain_interview_answers(paragraphs, offsets, taken, lead_cue or None)
    dashed += answers
    if not dashed:
        return spans
    for dash in dashed:
        spans = [s for s in spans if not (dash.start <= s.start < dash.end or s.start <= dash.start < s.end)]
    return sorted(spans + dashed, key=lambda s: s.start)


# --- pass 2: reading the context -----------------------------------------------------------------


@dataclass
class _Reading:
    """What the context says about a quotation before names are resolved."""

    cue: str | None = None
    subject: str | None = None  # the words that name the speaker, as written
    case: str = "nomn"  # the case those words are in ("kk-gen": a Kazakh genitive)
    body_speaker: bool = False  # "сообщили в пресс-службе ...": the subject is an office
    verb_gender: str | None = None
    position: int = 0  # body offset where the speaker is named (for ordering mentions)
    bare: bool = False  # a quotation standing alone: the speaker is the last person named
    sentence_start: bool = False  # the subject opens its sentence (its capital is not its own)
    apposition: str | None = None  # "А, <role>:": the role written after the name
    cut: list[tuple[int, int]] = field(default_factory=list)  # author's words inside, left out
    answer: bool = False  # an interview's answer: the speaker is the interviewee (see _interviewee)
    relayed: bool = False  # "— цитирует министра ...": the subject is the person quoted, not the relayer
    subject_end: int | None = None  # where the words naming the speaker end, when the subject is not written


_WORD_RE = re.compile(r"[^\s,.;:!?()]+")
# The dash after a quotation; its space may be missing before the author's words ("», —сказал А").
_DASH_AFTER_RE = re.compile(rf"^[{_SPACE}]*[,!?…]?[{_SPACE}]*[{_DASHES}](?:[{_SPACE}]+(?=\S)|(?=[{_LOWER}]))")
_INSIDE_DASH_RE = re.compile(rf"[,.!?…][{_SPACE}]+[{_DASHES}][{_SPACE}]+(?=\S)")
_STATEMENT = (
    rf"(?:в[ \u00a0]+(?:[{_LOWER}]+(?:ом|ем)[ \u00a0]+)?(?:{STATEMENT_NOUNS})"
    rf"|на[ \u00a0]+(?:официальном[ \u00a0]+)?сайте)"
)
_GOVORITSYA_TAIL_RE = re.compile(rf"[ \u00a0]+{_STATEMENT}")
# "В заявлении МИД подчеркивается: «П»": the statement, then whose it is (maybe no one's).
_STATEMENT_BEFORE_RE = re.compile(rf"^{_STATEMENT}(?:[ \u00a0]+(?P<who>.+))?$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _is_finite_verb(word: str) -> bool:
    """A verb in the past or present tense. The dictionary's first reading decides, except for a
    future one where the word also reads as present: a verb of both aspects ("констатирует",
    "резюмирует", "парирует") or a homograph ("признает": "признать" in the future, "признавать"
    in the present) is a present-tense cue after the dash; "скажет" alone stays a future."""
    ps = morph.parses(word)  # (kept per word: reading a pymorphy3 tag's grammemes is slow Python)
    if not ps or ps[0].tag.POS != "VERB":
        return False
    tag = ps[0].tag
    if "past" in tag or "pres" in tag:
        return True
    return "futr" in tag and any(p.tag.POS == "VERB" and "pres" in p.tag for p in ps[1:])


# Short adjectives that introduce a quotation as a speech verb does ("— уверен аким").
_RU_SHORT_CUES = frozenset(
    ["уверен", "уверена", "уверены", "убежден", "убеждена", "убеждены", "убеждён", "убеждёна", "согласен",
     "согласна", "согласны"]
)  # fmt: skip


def _ru_cue_at(text: str) -> tuple[str, int] | None:
    """The speech verb ``text`` starts with (a short adjective such as "уверен" serves as one) and
    where it ends. One adverb may come first ("— скромно отметил"); so may adverbials before a verb of
    speech: prepositional phrases ("— со слезами на глазах рассказывает", "— в свою очередь заметил"),
    adverbs set off by commas ("— тихо, почти шепотом говорит") and a gerund's clause ("— не скрывая
    слез, рассказывает")."""
    pos = 0
    adverbials = 0  # words before the verb other than a single adverb
    in_phrase = gerund = False
    for k in range(9):
        m = _WORD_RE.match(text, pos)
        if not m:
            return None
        word = m.group(0)
        if in_phrase and k and (not word[:1].islower() or not morph.is_russian_word(word)):
            adverbials += 1  # a name in the phrase: "в интервью Bestnews.kz", "на брифинге в СЦК"
            pos = m.end()
            while pos < len(text) and text[pos] not in _SPACE and text[pos] not in ",.;:!?":
                pos += 1  # the rest of the name: "Bestnews.kz", "Хабар-24"
            if text[pos : pos + 1] == "." and pos + 1 < len(text) and text[pos + 1] not in _SPACE:
                pos += 1
                while pos < len(text) and text[pos] not in _SPACE and text[pos] not in ",;:!?":
                    pos += 1
            while pos < len(text) and text[pos] in _SPACE:
                pos += 1
            if text[pos : pos + 1] == ",":
                return None
            continue
        if not morph.is_russian_word(word) or not word[:1].islower():
            return None
        if not gerund and (_is_finite_verb(word) or word in _RU_SHORT_CUES):
            if adverbials and morph.lemma(word) not in _RU_SPEECH_LEMMAS:
                return None  # "— в 2020 году открылась": narrative, not the author's words
            end = m.end()
            if morph.lemma(word) in _IMPERSONAL_LEMMAS:
                tail = _GOVORITSYA_TAIL_RE.match(text, end)
                if tail:
                    end = tail.end()
            return text[m.start() : end], end
        ps = morph.parses(word)
        pos_tag = ps[0].tag.POS if ps else None
        if gerund and _is_finite_verb(word) and morph.lemma(word) in _RU_SPEECH_LEMMAS:
            return text[m.start() : m.end()], m.end()  # "— не раздумывая ответил он": a one-word gerund, no comma
        if gerund:
            adverbials += 1  # the gerund's clause runs to its comma
        elif word == "так" or (pos_tag in ("ADVB", "PRCL") and word != "не"):  # "— так прокомментировал"
            adverbials += k > 0
            in_phrase = False
        elif pos_tag == "PREP":
            adverbials += 1
            in_phrase = True
        elif in_phrase and pos_tag in ("NOUN", "ADJF", "NPRO", "NUMR", "ADJS"):
            adverbials += 1  # the words of a prepositional phrase: "на глазах", "в свою очередь"
        elif pos_tag == "GRND" or (word == "не" and k == 0):
            adverbials += 1
            gerund = pos_tag == "GRND"  # "не скрывая слез,": the gerund after "не"
        else:
            return None
        pos = m.end()
        while pos < len(text) and text[pos] in _SPACE:
            pos += 1
        if in_phrase and text[pos : pos + 1] == "«" and (close := text.find("»", pos, pos + 60)) > 0:
            pos = close + 1  # a name in marks in the phrase: "в эфире телеканала «Хабар»"
            while pos < len(text) and text[pos] in _SPACE:
                pos += 1
        if text[pos : pos + 1] == ",":
            if not (gerund or pos_tag == "ADVB"):
                return None  # only a gerund's clause or an adverb is set off by a comma here
            gerund = in_phrase = False
            adverbials += 1
            pos += 1
            while pos < len(text) and text[pos] in _SPACE:
                pos += 1
    return None


def _kk_cue_at(text: str) -> tuple[str, int] | None:
    """A Kazakh speech verb at the start of ``text``; the quotative "деп" is not part of the cue."""
    m = _WORD_RE.match(text)
    if not m:
        return None
    word = m.group(0)
    low = word.lower()
    if low in ("деп", "деген") and (first := _kk_subject_first(text)):
        return first.cue, first.cue_end
    rest, offset = text, 0
    if low == "деп":
        rest = text[m.end() :].lstrip(_SPACE)
        offset = len(text) - len(rest)
        if rest[:1] in tuple(".,;:!?"):
            return None  # "деп ." / "деп , ...": punctuation, no verb
        if particle := _KK_ONLY_RE.match(rest):
            rest, offset = rest[particle.end() :], offset + particle.end()  # "деп қана үн қатты": only
    words = [w.rstrip(".,!?") for w in rest.split()[:3]]
    if len(words) >= 2 and f"{words[0]} {words[1]}" in _KK_CUE_PAIRS:
        pair = f"{words[0]} {words[1]}"
        return pair, offset + len(pair) + (len(rest.split()[0]) - len(words[0]))
    if low == "деп" and words:
        # After "деп" the cue runs to its verb: "сенім білдірді", "пікірін білдірді", "мәлімдеді";
        # a word of the clause, so no punctuation or speaker before the verb.
        for k, wm in enumerate(_WORD_RE.finditer(rest)):
            word = wm.group(0)
            if k == 3 or (k and (word[:1].isupper() or word.lower() in _KK_PRONOUNS)):
                break  # the speaker comes first ("деп Сапаров айтты"): no cue of several words
            if _KK_FINITE_VERB_RE.search(word):
                # Adverbials before the verb's own words are no part of the cue: "– деп соңынан
                # айқайлап қалды" (shouted after her) -> "айқайлап қалды".
                head = rest[: wm.end()]
                lead = next(
                    am.start()
                    for am in _WORD_RE.finditer(head)
                    if am.end() == len(head) or not _kk_cue_adverbial(am.group(0))
                )
                return head[lead:], offset + wm.end()
            if rest[wm.end() : wm.end() + 1] not in _SPACE:
                break  # punctuation ends the clause before any verb
        return words[0], offset + len(words[0])
    if words and words[0] in _KK_CUE_WORDS:
        return words[0], offset + len(words[0])
    return None


# "Only" after the quotative "деп", no part of the cue ("— Апа... — деп қана үн қатты Ерлан").
_KK_ONLY_RE = re.compile(rf"(?:қана|ғана)[{_SPACE}]+(?=[{_LOWER}])")


def _kk_cue_adverbial(word: str) -> bool:
    """An adverbial that may open the words after "деп" before the verb: an adverb, or a noun in the
    ablative, the dative or the locative ("соңынан", "оларға", "жиында")."""
    return word in _KK_ADVERBS or (
        word[:1].islower() and (_KK_ABLATIVE_RE.search(word) is not None or _kk_oblique(word))
    )


_KK_ABLATIVE_RE = re.compile(r"[әғқңөұүһіа-я]{2,}(?:нан|нен|дан|ден|тан|тен)$")


# A lower-case Kazakh word in the accusative ("басын", "сөзін", "жобаны"): the object of the verb after it.
_KK_ACCUSATIVE_RE = re.compile(r"^[әғқңөұүһіа-я-]+(?:ын|ін|ны|ні)$")  # not "-ты/-ті": "қызметі" is possessive

# A Kazakh verb in the past or present of the third person: "білдірді", "өтті", "айтады", "есептейді".
_KK_FINITE_VERB_RE = re.compile(r"(?:ды|ді|ты|ті|йды|йді|ады|еді)$")

# Kazakh relaying: "<person>-ның сөзін келтірді" ("brought the words of"), the relayer (an outlet, a
# press service) before or after; the person quoted speaks, as after Russian "приводит слова".
_KK_RELAY_VERBS = frozenset(["келтірді", "келтіреді"])
_KK_WORDS_OF = frozenset(["сөзін", "сөздерін"])
# A relayer's last word, before the person quoted: "Kazinform", "«Егемен Қазақстан»", "баспасөз қызметі".
_KK_RELAYER_ENDS = KK_BODY_WORDS | frozenset(
    ["ақорда", "сайты", "порталы", "басылымы", "газеті", "арнасы", "телеарнасы"]
)
# Objects a Kazakh speech verb takes into its cue ("сенім білдірді", "пікірін білдірді").
_KK_CUE_OBJECTS = frozenset(
    ["сенім", "сенімін", "пікір", "пікірін", "ой", "ойын", "үміт", "үмітін", "алаңдаушылық", "алаңдаушылығын",
     "қуанышын", "ризашылығын", "наразылығын", "көзқарасын", "алғысын", "тілегін", "жауап", "атап", "баса",
     "қосып", "мәлімдеме", "сөзін", "уәде"]
)  # fmt: skip


# A Kazakh gerund ending a clause before the verb it goes with ("құттықтап", "айтып", "келе").
_KK_GERUND_RE = re.compile(r"[әғқңөұүһіа-я](?:ып|іп|п)$")


# The object of a Kazakh speech verb that may follow it, before the speaker ("– деп түйіндеді сөзін А").
_KK_OBJECTS_AFTER_VERB = frozenset(["сөзін", "сөздерін", "ойын", "пікірін", "сөзінің"])


# Adverbs and the dative of those told, between a Kazakh speaker and the verb ("былай деді").
_KK_ADVERBS = frozenset(
    ["былай", "осылай", "тағы", "бүгін", "кеше", "де", "да", "ашық", "нақты",
     # of manner and time ("Әлихан бірден жауап берді:", "ол қысқа ғана жауап берді")
     "бірден", "дереу", "қысқа", "қысқаша", "ақырын", "асықпай", "сенімді", "қуана", "қайта", "алдымен",
     "соңында", "ақыры", "үнемі", "жиі", "кейде", "ылғи", "әрдайым", "ғана", "қана",
     # converbs of manner ("– деп күле жауап берді", laughing)
     "күле", "күліп", "жымия", "жымиып", "ойланбастан"]
)  # fmt: skip
_KK_DATIVE_RE = re.compile(r"^[әғқңөұүһіа-я-]+(?:ға|ге|қа|ке|на|не)$")  # "-на/-не" after a possessive: "иелеріне"
# Person nouns in the nominative that end as a dative does: no one told.
_KK_DATIVE_LOOKALIKES = frozenset(["ана", "әке", "аға", "ене", "жеңге", "бике", "медбике", "ата-ана"])


def _is_kk_dative(word: str) -> bool:
    """A lowercase Kazakh word in the dative ("тұрғындарға", "мал иелеріне"): not a person noun
    that only ends so ("Жас ана", "Қарт әке") nor a Russian noun in the nominative ("балерина")."""
    if not _KK_DATIVE_RE.search(word) or word in _KK_DATIVE_LOOKALIKES:
        return False
    return not (morph.is_known(word) and "nomn" in morph.parses(word)[0].tag)


# A surname in the Kazakh dative ("Әлімбековке", "Әміргалиеваға").
_KK_DATIVE_NAME_RE = re.compile(r"(?:[оеё]в|ин|ын|ва|на|ев)(?:ға|ге|қа|ке)$")
# The dative of a possessed noun ("иелеріне", "тұрғындарына"), whose modifier noun stands before it.
_KK_POSSESSED_DATIVE_RE = re.compile(r"(?:ы|і)(?:на|не)$")
# ... and of a possessed noun in the locative ("марапаттау рәсімінде", at the award ceremony).
_KK_POSSESSED_LOCATIVE_RE = re.compile(r"(?:ы|і)(?:нда|нде)$")
# A lower-case Kazakh word in the instrumental ("сезімімен", with his feelings; "тұрғындармен").
_KK_INSTRUMENTAL_RE = re.compile(r"^[әғқңөұүһіа-я-]{3,}(?:мен|бен|пен)$")
# Person nouns that only end as the instrumental does ("бір көрермен", a spectator; "спортсмен").
_KK_INSTRUMENTAL_LOOKALIKES = frozenset(
    ["көрермен", "бизнесмен", "спортсмен", "полисмен", "шоумен", "джентльмен", "конгрессмен", "яхтсмен"]
)


@dataclass
class _SubjectFirst:
    cue: str
    cue_end: int  # offset in the text after the author's dash
    subject: str
    relayed: bool  # "<person>-ның сөзін келтірді": the subject is in the genitive
    after: bool = False  # only adverbials before the verb ("– деп көзіне жас алып айтты ана"): the subject follows it


# Words that end a Kazakh adverbial clause before a verb: a gerund ("алып", "отырып"), or a
# postposition ("телефон арқылы", by phone; "жиналыстан кейін", after the meeting).
_KK_POSTPOSITIONS = frozenset(["арқылы", "кейін", "соң"])


# A lower-case Kazakh plural in the accusative ("депутаттарды", "тұрғындарды"): an object, no subject.
_KK_PLURAL_ACCUSATIVE_RE = re.compile(r"^[әғқңөұүһіа-я-]+(?:лар|лер|дар|дер|тар|тер)(?:ды|ді)$")

# Kazakh words of an attitude after a subject before a colon (pleased, displeased, glad, sure): no speech verb.
_KK_ATTITUDES = frozenset(["риза", "наразы", "қуанышты", "сенімді", "алаңдаулы", "өкінішті", "ризашылықта"])


def _kk_without_trailing_clause(words: list[str]) -> list[str]:
    """A Kazakh subject after the verb without the adverbials after it ("ана көзіне жас алып" ->
    "ана", "ол күліп" -> "ол", "министр брифингте" -> "министр", "министр телефон арқылы" ->
    "министр"): after a surname or a pronoun all of it; else, from the end, gerunds (with an object
    after an oblique word: "көзіне жас"), a postposition with its noun, and oblique words."""
    while len(words) > 1 and _KK_PLURAL_ACCUSATIVE_RE.search(words[-1]):
        words = words[:-1]  # "– деп сендірді министр депутаттарды": the verb's object after its subject
    if (
        len(words) >= 3
        and words[0][:1].isupper()
        and (caps := [i for i, w in enumerate(words) if w[:1].isupper()])
        and caps == list(range(caps[-1] + 1))
        and all(w[:1].islower() for w in words[caps[-1] + 1 :])
        and words[-1] in ("алып", "қалып", "тұрып", "отырып", "барып")
        and _KK_GERUND_RE.search(words[-2] if len(words) > caps[-1] + 2 else "")
    ):
        return words[: caps[-1] + 1]  # "Ольга сәл ойланып алып" (after thinking a little): the name
    if (
        len(words) < 2
        or not (
            _kk_adverbial_clause(words)
            or _is_kazakh_locative(words[-1])
            or kk_told_prefix(words[-2:])
            or _kk_oblique(words[-1])
            # "– дейді тоғызыншы сынып оқушысы Диас күліп": a gerund after a given name
            or (words[-1][:1].islower() and _KK_GERUND_RE.search(words[-1]) and _NAME_TOKEN_RE.match(words[-2]))
        )
    ):
        return words
    end = _kk_subject_end(words)
    if end < len(words):
        return words[:end]
    for i in range(1, len(words)):
        if kk_told_prefix(words[i:]) == len(words) - i:
            words = words[:i]  # those told after the speaker: "министр Bestnews.kz тілшісіне"
            break
    while len(words) > 1:
        last = words[-1]
        if last in _KK_POSTPOSITIONS:
            words = words[:-2] if len(words) > 2 else words[:-1]  # "телефон арқылы"
        elif last[:1].islower() and _KK_NEGATIVE_CONVERB_RE.match(last):
            # "қуанышын жасыра алмай" (unable to hide his joy): the converb, the verb it negates, its object
            words = words[:-1]
            if len(words) > 2 and words[-1][:1].islower() and words[-1][-1:] in "аеыйі":
                words = words[:-1]
            if len(words) > 1 and words[-1][:1].islower() and _KK_ACCUSATIVE_RE.search(words[-1]):
                words = words[:-1]
            # After a name, the converb's other words too: "Күләш ожауын қолынан тастамай" (not letting
            # the ladle out of her hand).
            k = len(words)
            while (
                k > 1 and k > len(words) - 3 and words[k - 1][:1].islower() and _KK_CASE_ENDING_RE.search(words[k - 1])
            ):
                k -= 1
            if k < len(words) and (
                words[k - 1][:1].isupper()
                or words[k - 1].lower() in _KK_PRONOUNS
                or words[k - 1] in _KK_ADDRESS_AFTER_NAME  # "Күләш апай ..."
            ):
                words = words[:k]
        elif last[:1].islower() and _KK_GERUND_RE.search(last):
            words = words[:-1]
            if len(words) >= 3 and words[-1][:1].islower() and _kk_oblique(words[-2]):
                words = words[:-1]  # the gerund's object: "көзіне жас алып"
            elif (
                len(words) >= 2
                and words[-1][:1].islower()
                and _KK_ACCUSATIVE_RE.search(words[-1])
                and (words[-2][:1].isupper() or words[-2].lower() in _KK_PRONOUNS)
            ):
                words = words[:-1]  # in the accusative after a name: "Ерлан анасын құшақтап"
        elif _kk_oblique(last):
            words = words[:-1]
            if (
                _kk_possessed_oblique(last)
                and len(words) > 1
                and words[-1][:1].islower()
                and not KK_POSSESSIVE_RE.search(words[-1])
            ):
                words = words[:-1]  # its modifier: "баспасөз мәслихатында"
            elif (
                len(words) > 2
                and words[-1][:1].islower()
                and _KK_HAVING_ADJECTIVE_RE.search(words[-1])
                and not _kk_person_noun(words[-1])
            ):
                words = words[:-1]  # an adjective of it: "салтанатты жиында" (at the ceremonial meeting)
        else:
            break
    return words


def _kk_oblique(word: str) -> bool:
    """A lowercase Kazakh word in the dative, the locative or the instrumental (not the accusative:
    "тұрғыны" only ends as one does)."""
    return word[:1].islower() and (_is_kk_dative(word) or _is_kk_adverbial(word))


# The verbal noun in the accusative that ends a Kazakh clause of what was said ("қалдырмайтынын",
# "болғанын").
_KK_THAT_CLAUSE_RE = re.compile(r"(?:тын|тін|атын|етін|йтын|йтін|ған|ген|қан|кен)(?:ын|ін|дығын|дігін)$")
# After a name, "атты / есімді" and an animal: the animal's name ("Ақтамақ атты бүркіті").
_KK_NAMED_ANIMAL_RE = re.compile(
    r"[ \u00a0]+(?:атты|есімді|деген)[ \u00a0]+(?:бүркіт|ат|тұлпар|ит|құс|сәйгүлік|түйе|жылқы|айғыр|бие|қыран|лашын)"
)


# The Kazakh ablative and dative, of a place after a name ("Чжан Хунлинь Маңғыстауға келіп").
_KK_FROM_OR_TO_RE = re.compile(r"[а-яәғқңөұүһі](?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке)$")
# A Kazakh noun in the accusative, the ablative, the dative or the locative, by its ending ("ожауын",
# "қолынан", "үйге", "далада").
_KK_CASE_ENDING_RE = re.compile(r"(?:ын|ін|ны|ні|ды|ді|ты|ті|нан|нен|дан|ден|тан|тен|ға|ге|қа|ке|да|де|та|те)$")
# A Kazakh negative converb ("алмай", unable to; "күтпей", without waiting), lower-case.
_KK_NEGATIVE_CONVERB_RE = re.compile(r"^[әғқңөұүһіа-я]{2,}(?:май|мей|бай|бей|пай|пей)$")


def _kk_adverbial_clause(words: list[str]) -> bool:
    last = words[-1] if words else ""
    return last[:1].islower() and (
        last in _KK_POSTPOSITIONS
        or _KK_GERUND_RE.search(last) is not None
        or _KK_NEGATIVE_CONVERB_RE.match(last) is not None
    )


def _kk_only_adverbials(words: list[str]) -> bool:
    """Kazakh words before a verb that hold no subject: an adverbial clause ("көзіне жас алып",
    "телефон арқылы"), places and those told ("брифингте", "баспасөз мәслихатында", "Bestnews.kz
    тілшісіне")."""
    if not words:
        return False
    if _kk_adverbial_clause(words) or kk_told_prefix(words) == len(words):
        return True
    return all(
        w[:1].islower()
        and (_kk_oblique(w) or w in _KK_ADVERBS or (i + 1 < len(words) and _kk_possessed_oblique(words[i + 1])))
        for i, w in enumerate(words)
    )


def _kk_possessed_oblique(word: str) -> bool:
    """A possessed noun in the locative or the dative ("мәслихатында", "иелеріне"), whose modifier
    stands before it."""
    return _KK_POSSESSED_LOCATIVE_RE.search(word) is not None or _KK_POSSESSED_DATIVE_RE.search(word) is not None


def _kk_subject_first(text: str) -> _SubjectFirst | None:
    """The Kazakh order "деп <speaker> <verb>" after the author's dash: "– деп Сапаров айтты",
    "– деп ол атап өтті", "– деп облыс әкімі А айтты", and the relayed "– деп <person>-ның сөзін
    келтірді <relayer>" ("деген" too before a relayed person). None when the verb comes first ("– деп
    атап өтті ол", read by :func:`_kk_cue_at`) or only the verb's own object stands before it ("–
    деп сенім білдірді")."""
    dep = _WORD_RE.match(text)
    if dep is None:
        return None
    after_dep = text[dep.end() :]
    if (told := kk_told_prefix(after_dep.split()[:4])) and after_dep.strip(_SPACE)[:1] not in ".,;:!?":
        # "– деп Bestnews.kz тілшісіне айтты А": those told before the verb, the speaker after it.
        rest = after_dep.lstrip(_SPACE).split(None, told)[-1] if len(after_dep.split()) > told else ""
        at = len(text) - len(rest)
        found = _kk_cue_at(rest) if rest else None
        if found is not None and found[0] not in ("деп", "деген"):
            return _SubjectFirst(rest[: found[1]].strip(), at + found[1], "", False, after=True)
    words = []
    for k, wm in enumerate(_WORD_RE.finditer(text, dep.end())):
        if k == 9:
            return None
        words.append(wm)
        word = wm.group(0)
        between = text[words[-2].end() if k else dep.end() : wm.start()]
        if k and between.strip(_SPACE):
            return None  # punctuation ends the clause before any verb
        prev = words[-2].group(0) if k else ""
        relayed = prev in _KK_WORDS_OF and word in _KK_RELAY_VERBS
        any_verb = False
        if k >= 2 and f"{words[k - 2].group(0)} {prev} {word}" in _KK_CUE_IDIOMS:
            start = k - 2  # "– деп ақын көзіне жас алды": the idiom is the cue, the role noun before it speaks
        elif relayed or (k and f"{prev} {word}" in _KK_CUE_PAIRS):
            start = k - 1
        elif (
            (word in _KK_CUE_WORDS and word != "деген")
            or word in _KK_RELAY_VERBS
            or (k and _KK_FINITE_VERB_RE.search(word) and _ends_clause(text, wm.end()))
        ):
            # A speech verb, or any verb ending the clause ("– деп Әбдіраев күлімсіреді": after
            # "деп" any verb is the cue; a subject must stand before it, see below).
            any_verb = word not in _KK_CUE_WORDS and word not in _KK_RELAY_VERBS
            start = k
            while start and words[start - 1].group(0) in _KK_CUE_OBJECTS:
                start -= 1
            if (
                start == k
                and k >= 2
                and _KK_ACCUSATIVE_RE.search(words[k - 1].group(0))
                and (
                    (before := words[k - 2].group(0))[:1].isupper()
                    or before.lower() in _KK_PRONOUNS
                    or _kk_person_noun(before)
                )
            ):
                start -= 1  # the verb's object in the accusative after the speaker: "– деп Мұратов басын шайқады"
        else:
            continue
        if dep.group(0).lower() == "деген" and not relayed:
            return None
        subject = [w.group(0) for w in words[:start]]
        if not subject:
            return None
        if not relayed and not any_verb and _kk_only_adverbials(subject):
            # "– деп көзіне жас алып айтты ана", "– деп телефон арқылы хабарлады ана": an adverbial
            # clause before the verb, no part of the cue; the speaker follows the verb.
            return _SubjectFirst(text[words[start].start() : wm.end()], wm.end(), "", False, after=True)
        if any_verb and not any(w[:1].isupper() or w.lower() in _KK_PRONOUNS or _kk_person_noun(w) for w in subject):
            return None  # a verb with its own words before it, no speaker: "– деп сенімін жасырмады"
        if (
            word == "білдірді"
            and not relayed
            and not any(w[:1].isupper() or w.lower() in _KK_PRONOUNS for w in subject)
        ):
            return None  # "деп үлкен сенім білдірді": the verb's object, not a speaker
        cue_start = words[start].start()
        subject_text = text[words[0].start() : words[_kk_subject_end(subject) - 1].end()]
        if relayed:
            subject_text = _kk_relayed_person(subject) or ""
            if not subject_text:
                return None
        return _SubjectFirst(text[cue_start : wm.end()], wm.end(), subject_text, relayed)
    return None


def _ends_clause(text: str, end: int) -> bool:
    """True when the word ending at ``end`` is the last of its clause: punctuation or the end of
    ``text`` follows it."""
    after = text[end:].lstrip(_SPACE)
    return not after or after[0] in ".,;:!?…"


def _kk_subject_end(words: list[str]) -> int:
    """Where a Kazakh subject before its verb ends: after the surname or the pronoun, the words
    between it and the verb being adverbials ("Әлназарова Астанада өткен брифингте мәлімдеді")."""
    for i, word in enumerate(words):
        if (
            word[:1].isupper()
            and KK_GENITIVE_RE.search(word)
            and any(w.lower() in _KK_KIN_OF for w in words[i + 1 : i + 5])
        ):
            continue  # "Ерғали Жұмабаевтың 23 жастағы ұлы Бекзат": whose son; the son is the subject
        if word.lower() in _KK_PRONOUNS or (word[:1].isupper() and morph.SURNAME_RE.search(word)):
            end = i + 1
            while end < len(words) and words[end][:1].isupper() and morph.SURNAME_RE.search(words[end]):
                end += 1  # the surname first: "Сапаров Нұрлан Асқарұлы"
            return end
    for i in range(1, len(words) - 1):
        if words[i] in KK_PARTICLES and words[i - 1][:1].isupper():
            return i  # "Жұбайы Ерасыл да ризашылығын жасырмады": "also" ends the subject, a given name
        if words[i] in _KK_ADDRESS_AFTER_NAME and words[i - 1][:1].isupper():
            return i + 1  # "Сәрсенбек ақсақал күліп жауап қатты": a given name and its form of address
        if words[i - 1][:1].isupper() and (
            words[i] in ("оның", "олардың")
            or (
                words[i][:1].islower()
                and KK_GENITIVE_RE.search(words[i])
                and i + 1 < len(words)
                and words[i + 1].lower() in _KK_OBJECTS_AFTER_VERB
            )
        ):
            # "Ерболат оның сөзін қостап", "Інжу егізінің сөзін бөліп": whose words he took up or she
            # interrupted, after the given name
            return i
        if i == 1 and _is_kk_dative(words[1]) and _kk_person_noun(words[0]):
            return 1  # "Әкім ақсақалға ... тапсырып": the one told, after a role noun alone
    last = words[-1].rstrip(".,") if words else ""
    if len(words) >= 3 and last[:1].islower() and last.endswith(("ын", "ін")) and last != "келін":
        # "– деп оқыды судья шешімнің қарар бөлімін": the verb's object after the subject, its genitive
        # first ("шешімнің"), the accusative last; the subject ends before it.
        for i in range(1, len(words) - 1):
            if words[i][:1].islower() and KK_GENITIVE_RE.search(words[i]):
                return i
    return len(words)


def _kk_relayed_person(words: list[str]) -> str | None:
    """The person quoted of "<relayer> <person>-ның сөзін", in the genitive, the relayer left out
    ("Kazinform Ақмаржан Әлназарованың" -> "Ақмаржан Әлназарованың"); None without a genitive."""
    if not words or not KK_GENITIVE_RE.search(words[-1]):
        return None
    cut = 0
    for i, word in enumerate(words[:-1]):
        bare = word.strip(",")
        if LATIN_NAME_RE.match(bare) or bare.endswith("»") or bare.lower() in _KK_RELAYER_ENDS:
            cut = i + 1
    return " ".join(words[cut:])


def _cue_at(text: str, language: str) -> tuple[str, int] | None:
    if language == "kk":
        return _kk_cue_at(text)
    # A Kazakh quotation inside a Russian article keeps its Kazakh verb ("», – деді А.").
    return _ru_cue_at(text) or _kk_cue_at(text)


# Shortened words of roles, before their dot ("и.о. министра", "зам. акима", "врио").
_ROLE_ABBREVIATIONS = frozenset(["и.о", "и. о", "зам", "нач", "пред", "ген", "гл", "проф", "засл"])


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    after = text[dot + 1 : dot + 3].strip()[:1]
    if word.lower() == "и" and text[dot + 1 : dot + 4] == " о.":
        return True  # "и. о. акима": "и. о." spaced
    if word.lower() == "о" and text[max(0, start - 3) : start].lower() == "и. " and after.islower():
        return True
    if _INITIALS_RE.match(word + ".") and after.isupper() and (start == 0 or not text[start - 1].isalnum()):
        return True  # "— подчеркнул Е. Сапаров": an initial, not the sentence's end
    return word.lower() in _ROLE_ABBREVIATIONS and after.islower()


def _clause(text: str) -> str:
    """``text`` up to the end of its clause; guillemets inside do not end it."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "«„":
            depth += 1
        elif ch in "»“" and depth:
            depth -= 1
        elif depth == 0:
            if ch == "," and (
                _continues_russian_enumeration(text, i + 1) or _continues_kazakh_enumeration(text, i + 1)
            ):
                continue  # "— сказала министр культуры, информации и спорта А"
            if ch in ",;:!?()\n":
                return text[:i]
            if ch == "." and (i + 1 == len(text) or text[i + 1] in _SPACE or text[i + 1] == "\n"):
                if i + 1 < len(text) and _ends_with_abbreviation(text, i):
                    continue  # "и.о. министра", "зам. акима": a shortened word, not the clause's end
                return text[:i]
            if ch in _DASHES and 0 < i < len(text) - 1 and text[i - 1] in _SPACE and text[i + 1] in _SPACE:
                if _DOUBLE_ROLE_RE.match(text, i + 1) and text[i - 2 : i - 1].islower():
                    continue  # "вице-премьер — министр национальной экономики А": one person's two posts
                if _KK_DOUBLE_ROLE_RE.match(text, i + 1) and text[max(0, i - 12) : i].rstrip(_SPACE).endswith(
                    ("орынбасары", "министрі", "басшысы", "төрағасы", "әкімі", "кеңесшісі")
                ):
                    continue  # "Үкімет басшысының орынбасары – Ұлттық экономика министрі А"
                return text[:i]
    return text


# The same in Kazakh: the second post a few words on ("орынбасары – Ұлттық экономика министрі").
_KK_DOUBLE_ROLE_RE = re.compile(
    rf"[{_SPACE}]+(?:[^\s,.;:«»]+[{_SPACE}]+){{0,3}}(?:министрі|төрағасы|басшысы|әкімі|директоры)(?=[{_SPACE}])"
)
# The second post of a double role after a spaced dash ("вице-премьер — министр финансов").
_DOUBLE_ROLE_RE = re.compile(
    rf"[{_SPACE}]+(?:министр|председатель|руководитель|глава|аким|заместитель|директор|начальник|советник|"
    r"секретарь|генеральный|главный|первый)\b"
)


def _read_after(body: str, span: _Span, language: str) -> _Reading | None:
    """ "», — отметила А." and the like."""
    window = body[span.end : span.end + 400].split("\n\n", 1)[0]
    m = _DASH_AFTER_RE.match(window)
    if not m:
        return None
    rest = window[m.end() :]
    found = _cue_at(rest, language)
    if not found:
        return None
    cue, cue_end = found
    adverbials = rest[: cue_end - len(cue)]
    if len([w for w in adverbials.split() if w not in ("деп", "қана", "ғана")]) > 1 and not (
        window[: m.end()].lstrip(_SPACE)[:1] == ","
        or body[span.end - 2 : span.end - 1] in ("?", "!", "…")
        or body[span.end - 4 : span.end - 1] == "..."
    ):
        return None  # "«Кайрат» — в прошлом сезоне ...": the words after a dash with no comma before it are narrative
    reading = _Reading(cue=cue, position=span.end + m.end())
    reading.verb_gender = morph.verb_gender(cue.split()[0])
    _fill_after_dash(reading, rest, cue_end, language)
    if (
        not reading.subject
        and language != "kk"
        and _is_plural_verb(cue.split()[0])
        and (office := _LOCATIVE_PREPOSITION_RE.match(adverbials))
        and not office["to"]
    ):
        # "— в акимате сообщили": the office in the locative before the verb, as after it.
        subject = cut_name(_clause(adverbials[office.end() :]))
        if subject and not morph.is_geographic(subject.split()[0]):
            reading.subject, reading.case, reading.body_speaker = subject, "loct", True
    if not _plausible(reading, " ".join(body[lo:hi] for lo, hi in span.parts), language):
        return None
    return reading


def _plausible(reading: _Reading, content: str, language: str) -> bool:
    """A verb outside the speech lexicon ("улыбнулся") makes a quotation only with a speaker after it
    and more than a name in the marks: "«Барыс Арена» — вмещает 12 тысяч зрителей" is not one."""
    cue = reading.cue or ""
    verb = cue.split()[0]
    if reading.relayed or not morph.is_russian_word(verb) or morph.lemma(verb) in _RU_SPEECH_LEMMAS:
        return True
    if morph.lemma(verb) in _RU_ATTITUDE_LEMMAS:
        # "— возмущаются местные жители", but not "«Барыс Арена» — надеется стать лучшей".
        return _names_someone(reading.subject or "", language)
    if _is_kazakh_cue(cue):
        return True  # "атап өтті": the dictionary takes "атап" for a Russian word
    return _has_words(content, 3) and _names_someone(reading.subject or "", language)


def _is_kazakh_cue(cue: str) -> bool:
    words = cue.split()
    return bool(words) and (
        words[0] in _KK_CUE_WORDS or " ".join(words[:2]) in _KK_CUE_PAIRS or _has_kazakh_letters(cue)
    )


def _names_someone(subject: str, language: str) -> bool:
    """True when ``subject`` holds a pronoun, a capitalised name, a person noun or an office, or is
    one of many ("один из отдыхающих")."""
    if language != "kk" and _is_one_of_many(subject.split(), language):
        return True
    for i, word in enumerate(subject.split()):
        bare = word.strip("«»,.")
        low = bare.lower()
        if low in _RU_PRONOUNS or low in _KK_PRONOUNS:
            return True
        if _NAME_TOKEN_RE.match(bare) and not (i == 0 and _is_common_initial(bare)):
            return True
        if not morph.is_russian_word(low):
            continue
        if morph.lemma(low) in _RU_BODY_LEMMAS:
            return True
        if any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in morph.parses(low)[:2]):
            return True
    return language == "kk" and bool(subject.strip())


# The preposition of an office in the locative, maybe after those the words were said to
# ("сообщили Bestnews.kz в", "рассказали корреспонденту Bestnews.kz в").
_LOCATIVE_PREPOSITION_RE = re.compile(rf"(?P<to>{TOLD}[{_SPACE}]+)?(?P<prep>в|во)[{_SPACE}]+")


# Kazakh words in marks followed by the quotative without a dash: "«П», деді ол", "«П» деп мәлімдеді".
_KK_NO_DASH_RE = re.compile(rf"^,?[{_SPACE}]+(?=(?:деді|дейді|деп)[{_SPACE},.])")
# "that" after words in marks, then a speech verb: "Әкім «п» екенін атап өтті" (as Russian "отметил,
# что «п»"); four words at least in the marks, the speaker before them.
_KK_THAT_RE = re.compile(rf"^[{_SPACE}]+(?:екенін|екендігін)[{_SPACE}]+")


def _read_kk_quotative(body: str, span: _Span, par_start: int) -> _Reading | None:
    """Kazakh words in marks that the quotative "деп" (or "деді") reports with no dash before it:
    "«П», деді ол.", "«П» деп мәлімдеді әкім.", and the speaker before the marks in the same
    sentence, "Аудан әкімі А «п» деп мәлімдеді." Only a speech verb makes one ("«Қайрат» деп аталатын
    клуб", "жылды «...» деп жариялады" name something)."""
    window = body[span.end : span.end + 400].split("\n\n", 1)[0]
    that = _KK_THAT_RE.match(window)
    m = that or _KK_NO_DASH_RE.match(window)
    if not m:
        return None
    rest = window[m.end() :]
    found = _kk_cue_at(rest)
    if found is None or not (found[0] in _KK_CUE_WORDS or found[0] in _KK_CUE_PAIRS):
        return None
    cue, cue_end = found
    reading = _Reading(cue=cue, position=span.end + m.end())
    _fill_after_dash(reading, rest, cue_end, "kk")
    if _opens_sentence(body, span.start) and not that:
        if not reading.subject and not _KK_WE_VERB_RE.search(cue):
            # "«П» деп қағытқанда, ...": no one named after the verb; read as "«П», – деп қағытқанда"
            # with no subject, the one last named (as the verb's "ол").
            reading.bare = True
        return reading
    if reading.subject:
        return None  # words in marks inside the author's sentence that the words after "деп" report
    if not _has_words(" ".join(body[lo:hi] for lo, hi in span.parts), 4 if that else 3):
        # "Сарапшылар жобаны «ғасыр құрылысы» деп санайды": what they call it, no speech; "жеңімпаз
        # «Астана» екенін хабарлады": a name.
        return None
    before, before_at = _sentence_before(body, span.start, par_start)
    words = before.rstrip(_SPACE + ",").split()
    while words and (
        words[-1].endswith(("ны", "ні"))
        or words[-1].lower() in ("бұл", "осы", "мұны", "оны")
        or (len(words[-1]) >= 5 and words[-1][:1].islower() and words[-1].endswith(("ды", "ді", "ты", "ті")))
    ):
        words.pop()  # the object of the verb ("бұл жобаны", "фильмді"), no part of the speaker
    if cue in KK_IMPERSONAL:
        # "Министрлік хабарламасында «п» деп айтылған": a statement's text, of its owner; words
        # written on a thing ("Тақтада «...» деп жазылған") are nobody's speech.
        is_statement, owner = kk_statement_owner(words)
        if not is_statement:
            return None
        reading.subject, reading.body_speaker = owner, owner is not None
        reading.position = before_at
        return reading
    subject = _read_colon(" ".join(words), before_at, "kk")
    if subject is None or not subject.subject or subject.cue is not None:
        return None
    if not subject.body_speaker and not _names_someone(subject.subject, "kk"):
        return None
    reading.subject, reading.position = subject.subject, subject.position
    reading.sentence_start, reading.body_speaker = subject.sentence_start, subject.body_speaker
    return reading


def _is_we_verb(word: str) -> bool:
    """A Russian verb in the first person plural ("– спрашиваем паромщика"): we, the newsroom."""
    return (
        word.endswith(("ем", "ём", "им"))
        and morph.is_russian_word(word)
        and any(
            p.tag.POS == "VERB" and p.tag.person == "1per" and "plur" in p.tag for p in morph.parses(word.lower())[:1]
        )
    )


# A Kazakh verb in the first person plural ("сұрадық", "айттық", "хабарладық"): we, the newsroom.
_KK_WE_VERB_RE = re.compile(r"[әғқңөұүһіа-я]{3,}(?:дық|дік|тық|тік)$")


def _fill_after_dash(reading: _Reading, rest: str, cue_end: int, language: str) -> None:
    """Set the subject of the author's words ``rest`` after the dash, whose cue ends at ``cue_end``:
    before the cue in the Kazakh "– деп Сапаров айтты", else after it."""
    if reading.cue and (_KK_WE_VERB_RE.search(reading.cue) or _is_we_verb(reading.cue.split()[0])):
        # "– деп сұрадық оның серігі А-дан": the newsroom's own "we asked"; no one named speaks (those
        # asked, in the ablative, are named in the narrative).
        reading.subject = None
        return
    first = _kk_subject_first(rest) if rest.startswith(("деп", "деген")) else None
    if first is not None and first.after:
        _fill_subject(reading, rest[first.cue_end :], language)
        return
    if first is not None:
        reading.subject = first.subject
        reading.case = "kk-gen" if first.relayed else "nomn"
        reading.relayed = first.relayed
        return
    _fill_subject(reading, rest[cue_end:], language)


def _fill_subject(reading: _Reading, after_cue: str, language: str) -> None:
    """Set the subject that follows a cue ("сказала на встрече Лоранс де Кар")."""
    text = after_cue.lstrip(_SPACE)
    cue = reading.cue or ""
    verb = cue.split()[0] if cue else ""
    if language != "kk" and text[:1] == "," and (inner := text[1:].lstrip(_SPACE)):
        # "— сообщил, отвечая на вопрос журналиста, глава ведомства А": a gerund's clause set off by
        # commas between the cue and the speaker.
        first = _WORD_RE.match(inner)
        close = inner.find(",")
        if first and _is_gerund(first.group(0)) and close > 0 and inner[close + 1 :].strip(_SPACE):
            text = inner[close + 1 :].lstrip(_SPACE)
    if verb in KK_IMPERSONAL:
        # "– делінген министрліктің хабарламасында": the ministry's statement, the ministry speaks.
        found, owner = kk_statement_owner(_clause(text).split())
        reading.subject = owner if found else None
        reading.body_speaker = owner is not None
        return
    if verb in _KK_RELAY_VERBS:
        # "– деп келтірді Kazinform министр А-ның сөзін": the person quoted, not the relayer.
        words = _clause(text).split()
        if len(words) >= 2 and words[-1] in _KK_WORDS_OF and (person := _kk_relayed_person(words[:-1])):
            reading.subject, reading.case, reading.relayed = person, "kk-gen", True
            return
    if language != "kk" and (link := _WITH_REFERENCE_RE.search(_clause(text))):
        # "— сообщает Kazinform со ссылкой на пресс-службу акимата": the words are the source's, the
        # outlet relays them (as "цитирует"); the source is in the accusative.
        reading.subject = _clause(text)[link.end() :].strip() or None
        reading.case = "accs"
        reading.relayed = True
        reading.verb_gender = None
        return
    if language != "kk" and _is_plural_verb(verb) and _read_locative_office(reading, text):
        return
    if language != "kk" and text[:1] == "«" and (told := _addressee_in_marks(text.split(), 0)):
        # "— сообщила «Хабару» пресс-служба акимата": the outlet told is no part of the subject.
        text = text.split(None, told)[-1]
    if language != "kk" and _read_relayed(reading, verb, text):
        return
    if language != "kk" and morph.is_russian_word(verb) and morph.lemma(verb) in _IMPERSONAL_LEMMAS:
        # "говорится в сообщении акимата", "отмечается в сообщении ведомства": the office whose the
        # statement is; no one for "говорится в документе" or a statement of nobody named.
        subject = cut_name(_clause(text)) if " " in cue else None
        if subject and subject.split(None, 1)[0].lower() in NO_SOURCE_AFTER:
            subject = None  # "— говорится в ответе на запрос редакции": what it answered, no owner
        reading.subject = subject or None
        reading.case = "gent"
        reading.body_speaker = True
        return
    reading.subject = _clause(text).strip()
    if language != "kk" and " и " in reading.subject:
        # "— отвечает Дана и откладывает скальпель": a second predicate after "и" is no part of the subject.
        before, _, after = reading.subject.partition(" и ")
        verb = after.split(maxsplit=1)[0] if after.split() else ""
        if before and morph.is_russian_word(verb) and morph.parses(verb)[0].tag.POS == "VERB":
            reading.subject = before
    if language == "kk" or _is_kazakh_cue(cue):
        # "– деп жазды министрлік өз Telegram-арнасында": where it was written is no part of the subject,
        # nor the verb's object after it ("– деп түйіндеді сөзін Уразбахтин").
        words = reading.subject.split()
        while len(words) > 1 and words[0].lower() in _KK_OBJECTS_AFTER_VERB:
            words = words[1:]
        if told := kk_told_prefix(words):
            # "– деді Bestnews.kz тілшісіне аудан әкімі А": those told are no part of the speaker; with
            # no one after them ("– деді журналистерге."), the speaker is the one "ол" would be.
            words = words[told:] or ["ол"]
        reading.subject = " ".join(_kk_without_trailing_clause(kk_before_medium(words)))
    if (language == "kk" or _is_kazakh_cue(cue)) and not _is_body(words := reading.subject.split(), "kk"):
        # "– деп мәлімдеді министр А Үкімет отырысында": what follows the surname is adverbial.
        # (Not a name a place is named after: "Сәкен Сейфуллин көшесінің тұрғыны, зейнеткер А".)
        named_place = any(
            _NAME_TOKEN_RE.match(a) and _NAME_TOKEN_RE.match(b) and _KK_NAMED_AFTER_RE.match(f" {c} ")
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
        )
        if not named_place:
            reading.subject = " ".join(words[: _kk_subject_end(words)])
        kk_rest = text[len(_clause(text)) :]
        if (
            kk_rest.startswith(",")
            and (
                named_place
                or not any(
                    # (place names may stand in the first role: "Абай ауданындағы Кеңгірбай би ауылының тұрғыны, ...")
                    _NAME_TOKEN_RE.match(a) and _NAME_TOKEN_RE.match(b) and not _kk_oblique(b)
                    for a, b in itertools.pairwise([*words, ""])
                )
            )
            and not (len(words) == 1 and _NAME_TOKEN_RE.match(words[0]))
        ):
            # "– деді ауылдың ең қарт тұрғыны, 92 жастағы ақсақал А": of two roles joined by a comma, the
            # one next to the name, with the name.
            next_role = _clause(kk_rest[1:].lstrip(_SPACE)).split()
            if (
                len(next_role) >= 3
                and not next_role[0][:1].isupper()
                and (
                    all(_NAME_TOKEN_RE.match(w) for w in next_role[-2:])
                    # a given name alone: "ең кішкентай шәкірт, 9 жастағы Айым"
                    or (_NAME_TOKEN_RE.match(next_role[-1]) and next_role[-2][:1].islower())
                )
            ):
                reading.subject = " ".join(next_role[: _kk_subject_end(next_role)])
    if language != "kk" and _names_only_those_told(reading.subject):
        # "— сообщил журналистам.": no one named after the cue; its subject is the one the verb's
        # "он" / "она" would be (none for a plural), not a role "журналистам".
        reading.subject = _GENDER_PRONOUNS.get(reading.verb_gender or "")
        reading.case = "nomn"
        return
    rest = text[len(reading.subject) :]
    words = reading.subject.split()
    if language != "kk" and rest.startswith(",") and words and all(_NAME_TOKEN_RE.match(w) for w in words):
        # "— сказала Сара Джонсон, представитель ООН": the role follows the name.
        after = _clause(rest[1:].lstrip(_SPACE)).strip()
        if after and _is_role_start(after.split(), 0):
            more = after.split()
            # "— спрашивает А, турист из Караганды, который ...": where from, no part of the role
            cut = next(
                (i for i in range(1, len(more)) if more[i] == "из" and more[i - 1].lower() not in _MANY_OF), None
            )
            reading.apposition = " ".join(more[:cut]) if cut else after
    elif language != "kk" and rest.startswith(",") and words and not any(_NAME_TOKEN_RE.match(w) for w in words):
        # "— рассказала одна из потерпевших, жительница Экибастуза Алия Нуртаева": a role, then the
        # person's role and name in apposition; the role is all of it, as written.
        after = _clause(rest[1:].lstrip(_SPACE)).strip()
        more = after.split()
        if _is_organisation(after) and _is_role_start(words, 0):
            # "— рассказал главный инженер подрядчика, ТОО «...», Виктор Ганиев": the company in
            # apposition is no role, the name after it speaks.
            tail = rest[1:].lstrip(_SPACE)[len(after) :].lstrip(_SPACE)
            name = _clause(tail[1:].lstrip(_SPACE)).strip() if tail.startswith(",") else ""
            if _is_name_alone(name):
                reading.subject = f"{reading.subject} {name}"
        elif len(more) >= 3 and _is_role_start(more, 0) and all(_NAME_TOKEN_RE.match(w) for w in more[-2:]):
            reading.subject = text[: len(reading.subject) + 1 + rest[1:].find(after) + len(after)]
        elif _is_name_alone(after) and (_is_role_start(words, 0) or _is_one_of_many(words, language)):
            # "— рассказала главный врач, Сауле Есимова": the role, then the name set off by a comma (one of
            # many too: "— говорит одна из дольщиц, Гульнара Турсынбаева").
            reading.subject = f"{reading.subject} {after}"


def _read_locative_office(reading: _Reading, text: str) -> bool:
    """After an impersonal plural ("сообщили в пресс-службе МВД"), the office in the locative that
    speaks; the preposition governing it belongs to the cue ("сообщили в"), unless those told stand
    between ("сообщили Bestnews.kz в пресс-службе акимата": the verb alone, as written)."""
    m = _LOCATIVE_PREPOSITION_RE.match(text)
    if not m:
        return False
    reading.cue = f"{reading.cue} {m.group('prep')}" if not m.group("to") else reading.cue
    reading.subject = cut_name(_clause(text[m.end() :]))  # as an attribution's source ends
    reading.case = "loct"
    if reading.subject and (medium := MEDIUM_OF_RE.match(reading.subject)):
        # "— сообщили в Telegram-канале акимата": where it was published; its owner speaks.
        reading.subject, reading.case = reading.subject[medium.end() :] or None, "gent"
    if reading.subject and morph.is_geographic(reading.subject.split()[0]):
        reading.subject = None  # "— сообщили в Астане": a place names nobody
    reading.body_speaker = True
    return True


_TOLD_RE = re.compile(TOLD)
_GENDER_PRONOUNS = {"masc": "он", "femn": "она"}


def _names_only_those_told(subject: str) -> bool:
    """True when the words after a cue only name those the words were said to ("журналистам",
    "корреспонденту Bestnews.kz", "«Казинформу»")."""
    words = subject.split()
    if subject[:1] == "«":  # in the dative only: "— сообщает «Хабар 24»" names the outlet speaking
        return _addressee_in_marks([*words, "_"], 0) == len(words)
    if _TOLD_RE.fullmatch(subject):
        return not LATIN_NAME_RE.fullmatch(subject)  # "— сообщает Kazinform": the outlet speaks
    return False


_WITH_REFERENCE_RE = re.compile(rf"(?:^|[{_SPACE}])со[{_SPACE}]+ссылкой[{_SPACE}]+на[{_SPACE}]+")

# Verbs by which an outlet or a press service relays someone's words: "цитирует" takes the person
# quoted in the accusative, "приводит" / "передает" take "слова" and the person in the genitive.
_RELAY_LEMMAS = frozenset(["цитировать", "процитировать"])
_RELAY_WORDS_LEMMAS = frozenset(["приводить", "привести", "передавать", "передать"])
_ALL_RELAY_LEMMAS = _RELAY_LEMMAS | _RELAY_WORDS_LEMMAS
_POSSESSORS = {"его": "он", "её": "она", "ее": "она"}


def _read_relayed(reading: _Reading, verb: str, text: str) -> bool:
    """Read a relayed quotation's subject: the person quoted, not the relayer, which may stand on
    either side ("— цитирует министра торговли Армана Шаккалиева пресс-служба ведомства", "—
    цитирует Tengrinews.kz министра ...", "— передает пресс-служба слова акима ..."). False, with
    ``reading`` untouched, when the verb relays nobody named after it ("— цитирует Kazinform")."""
    if not _is_relay_verb(verb):
        return False
    lemma = morph.lemma(verb)
    words = _clause(text).strip().split()
    at = next((k for k, word in enumerate(words[:5]) if word.lower() == "слова"), None)
    if at is not None:  # "приводит слова министра", "процитировал слова президента"
        person, case = words[at + 1 :], "gent"
    elif lemma in _RELAY_LEMMAS and len(words) > 1 and words[0].lower() in _POSSESSORS and _is_relayer_word(words[1]):
        # "— цитирует его пресс-служба": the man or woman whose office relays the words speaks.
        reading.subject, reading.case, reading.relayed, reading.verb_gender = (
            _POSSESSORS[words[0].lower()],
            "nomn",
            True,
            None,
        )
        return True
    elif lemma in _RELAY_LEMMAS:
        at = 0
        while at < len(words) and (LATIN_NAME_RE.match(words[at]) or _is_relayer_word(words[at])):
            at += 1  # the relayer first: "цитирует Tengrinews.kz министра ...", "цитирует пресс-служба ..."
        if at and not LATIN_NAME_RE.match(words[at - 1]):
            while at < len(words) and not _starts_person(words[at]):
                at += 1  # the office's own words: "пресс-служба министерства председателя ..."
        person, case = words[at:], "accs"
    else:
        return False
    # The relayer last: "... Саткалиева Kazinform", "вице-министра пресс-служба министерства".
    cut = next(
        (
            k
            for k, w in enumerate(person)
            if k
            and (
                LATIN_NAME_RE.match(w)
                or _is_relayer_word(w)
                # After "слова" + the genitive, a noun in the nominative is whoever relays them: "—
                # передает слова футболиста переводчица" (the interpreter).
                or (case == "gent" and w[:1].islower() and morph.is_russian_word(w) and not _may_be_genitive(w))
            )
        ),
        None,
    )
    if cut is not None:
        person = person[:cut]
    if not _names_a_person(person):
        return False  # "цитирует пресс-служба ДЧС Кызылординской области": the relayer alone
    if lemma in _RELAY_LEMMAS and not any(morph.is_russian_word(w) and not _may_be_nominative(w) for w in person):
        return False  # no accusative: the words after "цитирует" name the relayer ("пресс-служба ведомства")
    if case == "gent" and at == 0 and reading.cue and reading.cue.endswith(verb):
        reading.cue = f"{reading.cue} {words[0]}"  # "приводит слова", as written
    reading.subject = " ".join(person)
    reading.case = case
    reading.relayed = True
    reading.verb_gender = None  # the relayer's, not the speaker's
    return True


def _starts_person(word: str) -> bool:
    """A word that may start the naming of a person: an animate noun ("министра"), a first name or
    a surname the dictionary knows or a capitalised word it does not know ("Бауыржана")."""
    bare = word.strip("«»,")
    if not bare:
        return False
    if bare[:1].islower():
        return morph.is_russian_word(bare) and "anim" in morph.parses(bare)[0].tag and _is_noun(bare)
    if not _NAME_TOKEN_RE.match(bare):
        return False
    if not morph.is_russian_word(bare):
        return True
    parses = morph.parses(bare)
    if parses[0].tag.POS == "ADJF":  # "Турсыновой" (a possessive form) is a surname, "Кызылординской" no one
        return "Poss" in parses[0].tag
    return any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses) or _is_capitalised_role(bare)


def _names_a_person(words: list[str]) -> bool:
    """True when ``words`` name a person: an animate noun, a name or surname the dictionary knows or
    whose ending says so, or two capitalised words it does not know (a first name and a surname)."""
    unknown = 0
    for word in words:
        bare = word.strip("«»,")
        if not _starts_person(bare):
            continue
        if bare[:1].islower() or morph.is_russian_word(bare) or morph.SURNAME_RE.search(bare):
            return True
        unknown += 1
    return unknown >= 2


def _is_relay_verb(word: str) -> bool:
    return word[:1].islower() and morph.is_russian_word(word) and morph.lemma(word) in _ALL_RELAY_LEMMAS


def _is_relayer_word(word: str) -> bool:
    """An office in the nominative that relays words ("пресс-служба"), not the person quoted; an
    abbreviation is not one ("начальника ДЧС ...": the person's office, in the genitive)."""
    low = word.lower()
    if low in _RU_BODY_LEMMAS and word[1:2].islower():
        return True  # the office's name as written, capitalised or not: "Акорда", "акимат"
    return (
        word[:1].islower()
        and morph.is_russian_word(low)
        and morph.lemma(low) in _RU_BODY_LEMMAS
        and not any("accs" in p.tag or "gent" in p.tag for p in morph.parses(low))
    )


_SENTENCE_BREAK_RE = re.compile(rf"[.!?…][»\"”]?[{_SPACE}]+(?=[^{_LOWER}a-z])")


def _sentence_before(body: str, start: int, floor: int) -> tuple[str, int]:
    """The part of the sentence before ``start`` (not before ``floor``), and its offset."""
    lo = max(floor, start - 400)
    chunk = body[lo:start]
    cut = 0
    for m in _SENTENCE_BREAK_RE.finditer(chunk):
        cut = m.end()
    return chunk[cut:], lo + cut


_BEFORE_SAYING_RE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<cue>{_RU_SAYING})[{_SPACE}]+(?P<who>[^,]+?(?:,[^,]+?)*?),?[{_SPACE}]*$"
)
# "По его словам, «п»": a possessive pronoun for the speaker, read as "он" / "она" ("их": several people).
_BEFORE_HIS_WORDS_RE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<cue>[Пп]о[{_SPACE}]+(?P<his>его|ее|её|их)[{_SPACE}]+(?:словам|мнению|оценке)),?[{_SPACE}]*$"
)
_POSSESSIVE_PRONOUNS = {"его": "он", "ее": "она", "её": "она"}
_BEFORE_KAK_RE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<cue>[Кк]ак[{_SPACE}]+(?P<verb>[{_LOWER}]+))[{_SPACE}]+(?P<who>[^,]+),[{_SPACE}]*$"
)
# "<role> <name>-ның айтуынша, «п»": the words from the clause's start (a comma, the sentence's
# start). Anchored at the words' end, so that a search does not try every start in the text.
# "<source>-ның мәліметінше / хабарлауынша, «п»" are read as "По данным X, «п»" is.
_KK_SAYING_WORDS = ("айтуынша", "сөзінше", "пікірінше", "мәліметінше", "хабарлауынша", "мәліметі бойынша")
_BEFORE_KK_WORD_RE = re.compile(rf"(?P<who>.*?)[{_SPACE}]+(?P<cue>{'|'.join(_KK_SAYING_WORDS)}),?$")


_KK_AS_SAID = (
    "атап өткендей",
    "айтқандай",
    "айтып өткендей",
    "мәлімдегендей",
    "атап көрсеткендей",
    "хабарлағандай",
    "ескерткендей",  # as ... warned
)
_BEFORE_KK_AS_SAID_RE = re.compile(rf"[{_SPACE}]*(?P<who>[^,]*?)[{_SPACE}]+(?P<cue>{'|'.join(_KK_AS_SAID)}),?$")


# A lowercase word right after the closing mark, and the words there that report the quotation
# ("«П» деп", "«п» екенін") rather than go on with a name's clause.
_LOWER_WORD_AFTER_RE = re.compile(rf"[{_SPACE}]+([{_LOWER}]+)")
_LEGAL_FORM_AFTER_RE = re.compile(r" (?:ҰК|АҚ|ЖШС|ЖАҚ|РМК|РМҚК|ТОО|АО|ПАО|ОАО|ЗАО|РГП|ГКП|КГП)\b")
_QUOTATIVE_AFTER_MARKS = frozenset(["деп", "деді", "дейді", "деген", "депті", "десе", "екенін", "екендігін", "екен"])


# After a name in marks, a capitalised name going on to a comma ("«Сарыарка Хоум» Асель Жумагуловой,").
_NAME_AFTER_MARKS_RE = re.compile(rf"[{_SPACE}]+[{_UPPER}][{_LOWER}]+(?:[{_SPACE}]+[{_UPPER}][{_LOWER}]+)*,")


def _read_according_to(clause: str, at: int, language: str) -> _Reading | None:
    """The reading of the words that open ``clause`` up to its first comma, when they say whose words
    follow ("По словам А,", "По его мнению,", "Оның сөзінше,", "А ескерткендей,"), with more of the
    clause after them; None otherwise."""
    comma = clause.find(",")
    while comma > 0 and continues_enumeration(clause, comma + 1):
        comma = clause.find(",", comma + 1)
    if comma <= 0 or not clause[comma + 1 :].strip(_SPACE):
        return None
    opening = clause[: comma + 1]
    lead = len(opening) - len(opening.lstrip(_SPACE))
    if language == "kk":
        if (m := _BEFORE_KK_WORD_RE.match(opening, lead)) and (who := m["who"].strip()):
            first, _, rest = who.partition(" ")
            if rest and first.lower() in KK_SENTENCE_OPENERS:
                who = rest  # "Ал Талғат Есенұлының сөзінше, ...:": "as for", no part of it
            if " " not in who or (
                len(who.split()) <= 4 and "«" not in who and KK_GENITIVE_RE.search(who) and who[:1].isupper()
            ):
                return _Reading(cue=m["cue"], subject=who, case="kk-gen", position=at + m.start() + m["who"].find(who))
        if (m := _BEFORE_KK_AS_SAID_RE.match(opening, lead)) and m["who"].strip():
            return _Reading(cue=m["cue"], subject=m["who"].strip(), position=at + m.start("who"), sentence_start=True)
        return None
    if (m := _BEFORE_HIS_WORDS_RE.match(opening, lead)) is not None:
        who = _POSSESSIVE_PRONOUNS.get(m["his"])
        return _Reading(cue=m["cue"], subject=who, position=at + m.start("his"), subject_end=at + m.end())
    if (m := _BEFORE_SAYING_RE.match(opening, lead)) is not None and "," not in m["who"]:
        return _Reading(cue=m["cue"], subject=m["who"].strip(), case="gent", position=at + m.start("who"))
    return None


def _read_before(body: str, span: _Span, par_start: int, language: str) -> _Reading | None:
    """ "По словам А, «п»", "Как отметил А, «п»", "А-ның айтуынша, «п»" and "А: «П»"."""
    before, before_at = _sentence_before(body, span.start, par_start)
    stripped = before.rstrip(_SPACE)
    if (
        (after := _LOWER_WORD_AFTER_RE.match(body, span.end))
        and after[1] not in _QUOTATIVE_AFTER_MARKS
        and not _has_words(" ".join(body[lo:hi] for lo, hi in span.parts), 4)
    ) or (
        # "«Азық-түлік келісім-шарт корпорациясы» ҰК АҚ биыл ...": a body's legal form after its name
        _LEGAL_FORM_AFTER_RE.match(body, span.end) and not _has_words(" ".join(body[lo:hi] for lo, hi in span.parts), 9)
    ):
        # "Басқарма басшысының айтуынша, «Кең дала» бағдарламасы аясында ...", "үш шығарма ұсынды: «Елім-ай»
        # халық әнін, ...": a short name in marks whose clause goes on, no quotation.
        return None
    if stripped.endswith(":"):
        reading = _read_colon(stripped[:-1], before_at, language)
        if reading is None or reading.cue is None:
            # "По мнению эксперта, для города вопрос цены особенно чувствителен: «П»": the words the
            # sentence opens with say whose the quotation is, the clause before the colon having no
            # speech verb of its own (read as "По мнению эксперта, «п»").
            return _read_according_to(stripped[:-1], before_at, language) or reading
        return reading
    m = None
    words_end = len(stripped) - stripped.endswith(",")
    if stripped.endswith(_KK_SAYING_WORDS, 0, words_end):
        comma = stripped.rfind(",", 0, words_end)
        while comma > 0 and continues_enumeration(stripped, comma + 1):
            comma = stripped.rfind(",", 0, comma)  # "мәдениет, архивтер және құжаттама басқармасының"
        m = _BEFORE_KK_WORD_RE.match(stripped, comma + 1)
    if m and m["who"].strip():
        return _Reading(cue=m["cue"], subject=m["who"], case="kk-gen", position=before_at + m.start())
    if stripped.endswith(_KK_AS_SAID, 0, words_end):
        # "Мемлекет басшысы атап өткендей, «п»" ("as ... noted"), read as "Как отметил А, «п»".
        m = _BEFORE_KK_AS_SAID_RE.match(stripped, stripped.rfind(",", 0, words_end) + 1)
        if m and m["who"].strip():
            who = m["who"].strip()
            return _Reading(cue=m["cue"], subject=who, position=before_at + m.start("who"), sentence_start=True)
    if language == "kk":
        return None
    m = _BEFORE_HIS_WORDS_RE.search(stripped)
    if m:
        who = _POSSESSIVE_PRONOUNS.get(m["his"])  # None for "их": several people, no one named
        return _Reading(cue=m["cue"], subject=who, position=before_at + m.start("his"), subject_end=before_at + m.end())
    m = _BEFORE_SAYING_RE.search(stripped)
    if (
        m
        and not stripped.endswith(",")
        and before.rstrip(_SPACE) == stripped
        and body[span.end : span.end + 3].lstrip(_SPACE)[:2] in (",«", ", ", ", ")
    ):
        m = None  # "По данным ассоциации «Бизнес-Альянс Сарыарка», «п»": a name in the source's words, no quotation
    if m and not stripped.endswith(",") and _NAME_AFTER_MARKS_RE.match(body, span.end):
        # "По словам риелтора агентства «Сарыарка Хоум» Асель Жумагуловой, ...": the source's words go
        # on after the name in marks, with a person's name: no quotation.
        m = None
    if m and "," in m["who"]:
        # "По данным управления культуры, архивов и документации, «п»": a comma inside the name only
        # between the items of an enumeration ("По словам министра, который приехал, «п»" is none).
        who_at = m.start("who")
        commas = [who_at + i for i, ch in enumerate(m["who"]) if ch == ","]
        apart = [c for c in commas if not continues_enumeration(stripped, c + 1)]
        if len(apart) == 1:
            # "По словам Ерлана Сапарова, директора школы, «п»": a name and its role in apposition;
            # "По словам директора школы, Ерлана Сапарова, «п»": a role and the name in apposition.
            first, second = stripped[who_at : apart[0]].strip(), stripped[apart[0] + 1 :].strip(_SPACE + ",")
            at = before_at + who_at
            if _is_name_alone(first) and _is_role_start(second.split(), 0, case=None):
                return _Reading(cue=m["cue"], subject=first, case="gent", position=at, apposition=second)
            if (
                _is_name_alone(second)
                and _is_role_start(first.split(), 0)
                and not any(_NAME_TOKEN_RE.match(w) for w in first.split())
            ):
                return _Reading(cue=m["cue"], subject=f"{first} {second}", case="gent", position=at)
        if apart:
            m = None
    if m:
        at = before_at + m.start("who")
        return _Reading(cue=m["cue"], subject=m["who"].strip(), case="gent", position=at)
    that = _THAT_BEFORE_RE.search(stripped) if stripped.endswith("что") else None
    if (
        that is None
        and (inside := _THAT_INSIDE_RE.search(stripped))
        and _has_words(" ".join(body[lo:hi] for lo, hi in span.parts), 4)
    ):
        # "Лысенко ответил, что речь идет о «системных нарушениях ...»": the words in marks end the
        # clause of "что" with up to fifteen words of the author's before them; four words at least in
        # the marks ("что проект назван «Жасыл ел»" names something).
        that = inside
    if that is not None and _ends_its_clause(body, span.end):
        # "Аким отметил, что «город готов к зиме»": the words in marks end the speaker's clause.
        clause = stripped[: that.start()]
        head, _, last = clause.rpartition(" ")
        if last in _RU_SHORT_CUES and head.strip():
            # "Эксперт А уверен, что «п»": a short adjective serves as the verb, as after the dash.
            reading = _read_colon(head, before_at, language)
            if reading is not None and reading.cue is None and _names_someone(reading.subject or "", language):
                reading.cue = last  # (not "Все уверены, что «п»": no one named)
                return reading
            return None
        reading = _read_colon(clause, before_at, language)
        if reading is not None and reading.cue is not None:
            return reading
        return None
    m = _BEFORE_KAK_RE.search(stripped)
    if (
        m
        and morph.is_russian_word(m["verb"])
        and morph.lemma(m["verb"]) in _IMPERSONAL_LEMMAS
        and (statement := _STATEMENT_BEFORE_RE.match(m["who"].strip()))
    ):
        # "Как говорится в сообщении акимата, «п»": the body whose statement it is (no one for "в
        # приговоре" with no one named), the statement in the cue, as after the dash.
        who = statement["who"]
        cue = f"{m['cue']} {m['who'].strip()[: statement.start('who') - 1 if who else None].strip()}"
        return _Reading(
            cue=cue,
            subject=cut_name(who) if who else None,
            case="gent",
            body_speaker=bool(who),
            position=before_at + m.start("who"),
        )
    if m and _ru_cue_at(m["verb"]):
        reading = _Reading(cue=m["cue"], subject=m["who"].strip(), position=before_at + m.start("who"))
        reading.verb_gender = morph.verb_gender(m["verb"])
        if _is_plural_verb(m["verb"]) and _read_locative_office(reading, m["who"]):
            return reading  # "Как сообщили в галерее, «п»": the office speaks, as after the dash
        _read_relayed(reading, m["verb"], m["who"])  # "Как цитирует Kazinform министра А, «п»"
        return reading
    return None


_THAT_BEFORE_RE = re.compile(rf",[{_SPACE}]*что$")
_THAT_INSIDE_RE = re.compile(rf",[{_SPACE}]*что(?:[{_SPACE}]+[^\s.!?:;«»]+){{1,15}}$")


def _ends_its_clause(body: str, end: int) -> bool:
    """True when the quotation ending at ``end`` ends a clause or the sentence: "..., что «п»." but
    not "..., что «Барыс Арена» откроется" (a name in marks, its clause going on)."""
    after = body[end : end + 2]
    return not after or after[0] in ".,;!?…\n" or (after[0] in _SPACE and after[1:2] in ("—", "–", ""))


def _split_commas(text: str) -> list[str]:
    """Split at commas outside guillemets (not a decimal comma, "2,8")."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "«„":
            depth += 1
        elif ch in "»“" and depth:
            depth -= 1
        elif (
            ch == ","
            and depth == 0
            and not (text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit())  # "2,8 млн": a decimal comma
            and not _continues_russian_enumeration(text, i + 1)
        ):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _continues_russian_enumeration(text: str, at: int) -> bool:
    """The comma before ``at`` separates the items of an enumeration inside a Russian role or body
    ("министр культуры, информации и спорта"): the next item in the genitive, or in the case of the
    word before the comma ("Комитета по аграрным вопросам, природопользованию и развитию ..."), then "и"."""
    window = text[at : at + 60]
    if " и " not in window or _has_kazakh_letters(window):
        return False
    if continues_enumeration(text, at):
        return True
    before = text[max(0, at - 40) : at - 1].split()[-1:]
    after = window.split()[:1]
    if not before or not after or not _ENUMERATION_ITEMS_RE.match(window):
        return False
    b, a = before[0].strip(",").lower(), after[0].lower()
    if not (morph.is_russian_word(b) and morph.is_russian_word(a)):
        return False
    cases_before = {
        c for p in morph.parses(b)[:3] if p.tag.POS == "NOUN" for c in ("datv", "ablt", "loct") if c in p.tag
    }
    return any(p.tag.POS == "NOUN" and any(c in p.tag for c in cases_before) for p in morph.parses(a)[:3])


def _continues_kazakh_enumeration(text: str, at: int) -> bool:
    """The comma before ``at`` separates the items of an enumeration inside a Kazakh role ("...
    комиссиясының ... құрылыс, көлік және коммуналдық шаруашылық мәселелері жөніндегі ...")."""
    window = text[at : at + 60]
    return (
        " және " in window and _has_kazakh_letters(text[max(0, at - 60) : at + 60]) and continues_enumeration(text, at)
    )


# An enumeration's next items: lowercase words, then "и" ("природопользованию и развитию").
_ENUMERATION_ITEMS_RE = re.compile(r"\s*[а-яё-]+(?:\s+[а-яё-]+){0,2}\s+и\s+[а-яё]")


_IN_GUILLEMETS_RE = re.compile(r"«[^«»]*»")


def _has_kazakh_letters(text: str) -> bool:
    """Kazakh letters in ``text`` outside guillemets: a Kazakh name in marks ("газете «Орталық
    Қазақстан»") makes no Russian phrase Kazakh."""
    if not KAZAKH_LETTER_RE.search(text):
        return False
    return "«" not in text or bool(KAZAKH_LETTER_RE.search(_IN_GUILLEMETS_RE.sub("", text)))


def _kk_told_name_start(words: list[str]) -> int:
    """Where those told begin in Kazakh words before a colon verb, when the last word is a surname in
    the dative and a full name stands before it ("А Б облыс әкімінің орынбасары В Г-ке"): just after
    the first full name; else 0."""
    if len(words) < 4 or not (words[-1][:1].isupper() and _KK_DATIVE_NAME_RE.search(words[-1])):
        return 0
    for k in range(len(words) - 3):
        if (
            words[k][:1].isupper()
            and words[k + 1][:1].isupper()
            and morph.SURNAME_RE.search(words[k + 1])
            and not _KK_DATIVE_NAME_RE.search(words[k + 1])
        ):
            return k + 2
    return 0


def _kk_object_after_adverbial(words: list[str]) -> int:
    """How many of the last ``words`` are the object of a Kazakh colon verb in the accusative, with
    up to two words it is of before it ("жобаның маңызын", "жаңа ережені"), when an adverb, those
    told or a place stands before it ("жиында пікірін айтты:", "тұрғындарға пікірін айтты:"): no
    part of the role. 0 for none. Only after those: a role noun may end so itself ("Жергілікті
    тұрғын", "ақын", "келін")."""
    last = words[-1] if words else ""
    accusative = _KK_ACCUSATIVE_RE.search(last) or (
        len(last) >= 5 and last[:1].islower() and last.endswith(("ды", "ді"))
    )
    if len(words) < 3 or not accusative:  # (also "жағдайды": "-ды / -ді" after a voiced consonant)
        return 0
    for k in range(len(words) - 2, max(0, len(words) - 5), -1):
        if _is_kk_adverbial(words[k]):
            return len(words) - 1 - k
        if not words[k][:1].islower():
            return 0
    if len(words) <= 4 and words[0].lower() in ("ақсақал", "қария", "кейуана"):
        # "Ақсақал бала күнін еске алады:": an elder, alone, is the whole subject; what follows is
        # what he speaks of.
        return len(words) - 1
    return 0


def _is_kk_adverbial(word: str) -> bool:
    """An adverb, those told (the dative) or a place (the locative) before a Kazakh colon verb."""
    return (
        word in _KK_ADVERBS
        or _is_kk_dative(word)
        or (
            len(word) >= 6
            and (
                _is_kazakh_locative(word)
                or (_KK_INSTRUMENTAL_RE.match(word) is not None and word not in _KK_INSTRUMENTAL_LOOKALIKES)
            )
        )
    )


def _is_speech_verb(word: str) -> bool:
    return (
        word[:1].islower()
        and morph.is_russian_word(word)
        and (morph.lemma(word) in _RU_SPEECH_LEMMAS or morph.lemma(word) in _RU_ATTITUDE_LEMMAS)
    )


def _kk_without_gerund_clause(words: list[str]) -> list[str]:
    """A Kazakh subject without the clause of the gerund that ends it ("Облыс әкімі А жиында сөз
    сөйлеп" -> "Облыс әкімі А"): what follows the surname or the pronoun is that clause."""
    if len(words) > 1 and words[-1][:1].islower() and _KK_GERUND_RE.search(words[-1]):
        if len(words) == 2 and (words[0][:1].isupper() or _kk_role_word(words[0])):
            return words[:1]  # "Жұбайы күліп:", "бапкер күлімсіреп" (laughing, smiling): the word before
        caps = [i for i, w in enumerate(words) if w[:1].isupper()]
        if caps and caps[-1] >= 1 and _NAME_TOKEN_RE.match(words[caps[-1]]):
            # "Жұбайы Айгүл сөзге араласып:": a given name after a role, then the gerund's clause
            return words[: caps[-1] + 1]
        return words[: _kk_subject_end(words)]
    return words


# A relative word ("который", "чей" in any form): a relative clause starts with it.
_RELATIVE_WORD = r"(?:котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)|чей|чья|чьё|чье|чьи)\b"
_RELATIVE_CLAUSE_RE = re.compile(_RELATIVE_WORD)


# "а" / "но" and maybe an adverbial before a verb ("а в последнем слове"): no subject of its own.
_CONJUNCTION_ADVERBIAL_RE = re.compile(
    r"^(?:а|но|и|однако)(?:[ \u00a0]+(?:в|во|на|после|при|перед)(?:[ \u00a0]+[а-яё]+)+)?$"
)

# "не скрывает" (does not hide), an attitude before a colon, and the words opening a sentence that
# join it to the one before ("При этом", "Впрочем"), no part of the subject.
_NOT_HIDING_RE = re.compile(r"(?<![\w-])не[ \u00a0]+скрыва(?:ет|ют|л|ла|ли|ло)(?![\w-])")
_WHAT_NOT_HIDDEN_RE = re.compile(r",[ \u00a0]+(?:что|как|насколько)[ \u00a0]")
_SENTENCE_ADVERB_RE = re.compile(r"^(?:При этом|Впрочем|Однако|Тем не менее|Вместе с тем),?[ \u00a0]+")

# "Надпись гласит:", "Одна из последних (записей) гласит:": what a text reads, words written, nobody's
# speech (as Kazakh "Тақтада ... жазылған:").
_TEXT_READS_RE = re.compile(r"(?<![\w-])гласи(?:т|ла|ли|ло|ят)$")

_RELATIVE_BEFORE_VERB_RE = re.compile(rf",\s+(?:[а-яё]+\s+){{0,2}}{_RELATIVE_WORD}[^,:«»]*,\s+(?=[а-яё]+$)")


# Adjectives of the words said, before a noun-and-verb cue ("ақ батасын берді", gave a white
# blessing; "жылы лебізін білдірді", warm words).
_KK_ADJECTIVES_OF_THE_WORDS = frozenset(["ақ", "жылы", "ыстық", "шынайы", "зор"])
# "to the question": what was asked, before the one who answers it.
_KK_TO_THE_QUESTION = frozenset(["сұрағына", "сұрақтарына", "сауалына", "сауалдарына", "сауалға", "сұраққа"])


def _read_colon(clause: str, at: int, language: str) -> _Reading | None:
    """ "А: «П»", "<role> А доволен подачей: «П»" (cue null), "<role> А заявила журналистам: «П»"
    (cue the speech verb), "Он добавил, что ...: «П»", and the apposition "А, <role>: «П»"."""
    text = clause.strip()
    if not text:
        return None
    if language == "kk" and text.endswith(" болса"):
        text = text[: -len(" болса")]  # "Енесі болса: «П»": "as for", a topic's particle, no part of it
    if language != "kk" and _TEXT_READS_RE.search(text):
        return None
    if language != "kk":
        # "В пресс-службе X, клиентами которого являются ..., напомнили:": a relative clause between the
        # subject and its verb says something of it; the verb's subject is before it.
        text = _RELATIVE_BEFORE_VERB_RE.sub(" ", text)
    segments = _split_commas(text)
    while len(segments) > 1 and language != "kk" and _RELATIVE_CLAUSE_RE.match(segments[-1].strip()):
        # "Ее поддерживает зоозащитница А, которая курировала ... программу:": the relative clause after
        # the name says something of her; the introduction is the clause before it.
        text = text[: text.rfind(segments[-1])].rstrip(_SPACE + ",")
        segments = segments[:-1]
    last = segments[-1]
    reading = _Reading(subject=last, position=at + max(0, text.rfind(last)))
    reading.sentence_start = len(segments) == 1
    if language == "kk" or _has_kazakh_letters(last):
        words = last.split()
        if (
            len(words) >= 3
            and words[-1] in _KK_RELAY_VERBS
            and words[-2] in _KK_WORDS_OF
            and (person := _kk_relayed_person(words[:-2]))
        ):
            # "Ақорда баспасөз қызметі Мемлекет басшысының сөзін келтірді: «П»": the person quoted.
            reading.cue = f"{words[-2]} {words[-1]}"
            reading.subject, reading.case, reading.relayed = person, "kk-gen", True
            reading.sentence_start = False
            return reading
        if len(words) >= 2 and f"{words[-2]} {words[-1]}" in _KK_CUE_PAIRS:
            reading.cue = f"{words[-2]} {words[-1]}"
            words = words[:-2]
            if words and words[-1] in _KK_ADJECTIVES_OF_THE_WORDS and (len(words) > 1 or len(segments) >= 2):
                # "жастарға ақ батасын берді": the blessing's adjective, no part of the role (alone after a
                # gerund's clause, ", ақ батасын берді:", the subject is in the clause before)
                words = words[:-1]
        elif words and words[-1] in _KK_CUE_WORDS:
            reading.cue = words[-1]
            words = words[:-1]
        if (
            reading.cue
            and len(segments) >= 2
            and words
            and (
                _KK_THAT_CLAUSE_RE.search(words[-1])
                # "..., дауысы қарлығып қалғанын айтып күлді:": the clause, then the gerund of saying it
                or (len(words) >= 2 and words[-1] in ("айтып", "деп") and _KK_THAT_CLAUSE_RE.search(words[-2]))
            )
            and not any(w[:1].isupper() or w.lower() in _KK_PRONOUNS for w in words)
            and (before := segments[-2].split())
            and (end := _kk_subject_end(before)) < len(before)
        ):
            # "А айтысты теледидардан емес, өз көзімен көргісі келгенін айтты:": the clause of what she
            # said runs back over the comma; the subject ends at the surname before it.
            words = before[:end]
            reading.position = at + max(0, text.find(segments[-2]))
        if (
            reading.cue is None
            and len(segments) >= 2
            and words
            and words[-1][:1].islower()
            and _KK_GERUND_RE.search(words[-1])
            and not any(w[:1].isupper() or w.lower() in _KK_PRONOUNS for w in words)
            and (first := segments[0].split())
            and (caps := [i for i, w in enumerate(first) if w[:1].isupper()])
        ):
            # "А ... сөз етіп, алдыңғы қатардағы шенеуніктерге бұрылып: «П», – деп жырлағанда": gerunds'
            # clauses with no verb of their own; the subject opens the sentence, up to its name.
            end = caps[0] + 1
            while end < len(first) and first[end][:1].isupper():
                end += 1
            words = first[:end]
            reading.position = at + max(0, text.find(segments[0]))
            reading.sentence_start = True
        if (
            reading.cue
            and len(words) > 3
            and KK_GENITIVE_RE.search(words[0])
            and words[1].lower() in _KK_OBJECTS_AFTER_VERB
        ):
            # "Оның сөзін көршісі А іліп әкетті:": whose words she took up, the verb's object before the
            # subject, no part of the role.
            words = words[2:]
        core = words  # (the adverbs before the verb left out: "... қиындығын былай түсіндірді:")
        while len(core) > 2 and core[-1] in _KK_ADVERBS:
            core = core[:-1]
        if (
            reading.cue
            and (
                3 <= len(core) <= 5  # (not "Жергілікті тұрғын": a role noun ends as an accusative does)
                # "Ұста зауытта жасалған бұйым мен қолдан соғылған әбзелдің айырмашылығын": the object
                # with a participle's clause
                or (len(core) <= 10 and any(KK_PARTICIPLE_RE.search(w) for w in core[1:-1]))
            )
            and (_NAME_TOKEN_RE.match(core[0]) or _kk_person_noun(core[0]))
            # (not "Брифингте ол ...": where, then the subject)
            and (_kk_person_noun(core[0]) or not _is_kazakh_locative(core[0].lower()))
            and not any(w.lower() in _KK_PRONOUNS for w in core)
            and core[-1].lower() not in KK_PERSON_NOUNS
            and not _kk_oblique(core[0])
            and not _KK_LOCATIVE_ADJECTIVE_RE.search(core[0])
            and all(w[:1].islower() for w in core[1:])
            and _KK_OBJECT_END_RE.search(core[-1])
        ):
            # "Мөлдір кәсіптің басты қиындығын былай түсіндірді:": what she explained, a possessed noun in
            # the accusative with its genitive, after her given name, is no part of the subject.
            words = words[:1]
        if reading.cue and (told := _kk_told_name_start(words)):
            # "Депутат А облыс әкімінің орынбасары Жанат Сейітовке сұрақ қойды:": the one told, named
            # with a role in the dative after the speaker's name, is no part of the subject.
            words = words[:told]
        if (
            asked := [i for i, w in enumerate(words[:-1]) if w.lower() in _KK_TO_THE_QUESTION and i + 1 < len(words)]
        ) and (reading.cue or words[asked[-1] + 1][:1].isupper() or len(words) == asked[-1] + 2):
            # (also one word after it, with no verb: "... деген сұрағына подполковник: «П», – деп жауап берді")
            # "Тілшінің «...» деген сұрағына А ... жауап берді:": what was asked, before the one who answers
            # (not "А журналистің сұрақтарына жауап берді:", where the one who answers comes first)
            words = words[asked[-1] + 1 :]
        if reading.cue and len(words) > 2 and words[-2:] == ["былай", "деп"]:
            words = words[:-2]  # "былай деп жауап берді:" (answered thus)
        if reading.cue and (
            caps := [i for i, w in enumerate(words) if i and w[:1].isupper()]
            or ([0] if words and words[0].lower() in _KK_PERSON_WORDS else [])
        ):
            k = caps[-1]
            tail = words[k + 1 :]
            if (
                tail
                and all(w[:1].islower() for w in tail)
                and any(_is_kk_dative(w) for w in tail)
                and any(KK_PARTICIPLE_RE.search(w) for w in tail)
            ):
                # "Арайлым ауылда кәсіп бастағысы келетін жастарға кеңесін де айтты:": those told, with
                # their participle's clause, and the object after the name are no part of the subject.
                words = words[: k + 1]
        if reading.cue:
            # "Министр тұрғындарға былай деді:": those told and adverbs before the verb, no part of the role.
            while len(words) > 1:
                if obj := _kk_object_after_adverbial(words):
                    words = words[:-obj]  # "жиында жобаның маңызын түсіндірді:": the object, no part of the role
                    continue
                if not _is_kk_adverbial(words[-1]):
                    break
                possessed = (
                    _KK_POSSESSED_DATIVE_RE.search(words[-1]) is not None
                    or _KK_POSSESSED_LOCATIVE_RE.search(words[-1]) is not None
                )
                words = words[:-1]
                modifiers = 0
                genitive = False
                while (
                    possessed
                    and modifiers < 2
                    and (modifiers == 0 or genitive)  # a second word only as what a genitive is of
                    and len(words) > 1
                    and (words[-1][:1].islower() or (genitive and not morph.SURNAME_RE.search(words[-1])))
                    and not (KK_POSSESSIVE_RE.search(words[-1]))
                    and not _KK_PLURAL_RE.search(words[-1].lower())
                    and not _is_kk_adverbial(words[-1])
                ):
                    # "мал иелеріне" (to livestock owners): the noun before goes too; not the subject
                    # before it ("депутаттар облыс әкімдігіне") nor an adverbial ("соңында"); before a
                    # genitive, the name it is of ("Мәжіліс депутаттарының сұрақтарына").
                    genitive = KK_GENITIVE_RE.search(words[-1]) is not None
                    words = words[:-1]
                    modifiers += 1
                while len(words) > 1 and KK_PARTICIPLE_RE.search(words[-1]):
                    # "тауға шығатын туристерге" (to tourists going up the mountains): the participle's
                    # clause of those told goes with them, its own dative with the loop.
                    words = words[:-1]
                if len(words) > 2 and words[-1] in ("мен", "пен", "бен", "және"):
                    # "қала тұрғындары мен кәсіпкерлерге": the dative ends a coordination of those told;
                    # the first of them (a possessed noun with its modifier) goes too.
                    words = words[:-1]
                    if len(words) > 1 and (KK_POSSESSIVE_RE.search(words[-1]) or _KK_PLURAL_RE.search(words[-1])):
                        words = words[:-1]
                        if len(words) > 1 and words[-1][:1].islower() and not KK_POSSESSIVE_RE.search(words[-1]):
                            words = words[:-1]
            # Only adverbs and those told before the verb: its subject stands in the clause before.
            # (And the verb's object: "..., немерелеріне қарап, ойын былай түйіндеді:", summed up his thought.)
            no_subject = (
                len(segments) >= 2
                and (
                    all(w in _KK_ADVERBS or _is_kk_dative(w) or w in _KK_OBJECTS_AFTER_VERB for w in words)
                    # "..., ізгі тілегін жеткізді:": the verb's object (his good wishes), no subject
                    or (
                        1 <= len(words) <= 3
                        and all(w[:1].islower() for w in words)
                        and _KK_OBJECT_END_RE.search(words[-1]) is not None
                        and not _kk_person_noun(words[-1])
                    )
                )
            )
            gerund = (
                _KK_GERUND_RE.search(segments[-2].split()[-1] if segments[-2].split() else "") if no_subject else None
            )
            if no_subject and (gerund or _is_name_alone(segments[-2])):
                # "Басқарма басшысы А ұжымды құттықтап, былай деді:": the subject of the gerund's clause;
                # "Бас дәрігер, Сәуле Есімова, былай деді:": the name set off by commas, its role before it.
                words = _kk_without_gerund_clause(segments[-2].split())
                reading.position = at + max(0, text.find(segments[-2]))
                reading.sentence_start = len(segments) == 2
                if (
                    not gerund
                    and len(segments) == 3
                    and not any(_NAME_TOKEN_RE.match(w) for w in segments[0].split()[1:])
                ):
                    reading.apposition = segments[0]
            elif (
                len(words) > 2
                and morph.SURNAME_RE.search(words[0])
                and words[0][:1].isupper()
                and any(w[:1].isupper() and _KK_DATIVE_NAME_RE.search(w) for w in words[1:])
            ):
                # "Тұрсынов Әлімбековке ... жасауды тапсырды:", "Жанәлиев ... басқармасының басшысы Сәуле
                # Әміргалиеваға тапсырды:": a surname, then the one told (a name in the dative, maybe
                # with a role) and the verb's object: the subject is the surname.
                words = words[:1]
        if (
            reading.cue is None
            and len(segments) >= 2
            and len(words) == 2
            and words[1] in ("жасырмады", "жасырмайды")
            and (before_words := segments[-2].split())
            and before_words[-1][:1].islower()
            and _KK_GERUND_RE.search(before_words[-1])
            and (caps_at := [i for i, w in enumerate(before_words) if w[:1].isupper()])
        ):
            # "Ерасылдың әкесі Бақыт Нұрмағанбет ұлының жаңа бөлмесін көріп, таңданысын жасырмады:": an
            # attitude (did not hide his wonder) after a gerund's clause; the subject ends at the name.
            words = before_words[: caps_at[-1] + 1]
            reading.position = at + max(0, text.find(segments[-2]))
            reading.sentence_start = len(segments) == 2
        if reading.cue is not None and len(words) >= 3 and words[-1][:1].islower() and _KK_GERUND_RE.search(words[-1]):
            # "Сәрсенбек ақсақал күліп жауап қатты:": a gerund's clause between the subject and the verb
            words = _kk_without_gerund_clause(words)
        if reading.cue is not None and len(words) >= 2 and words[-1].lower() in _KK_OBJECTS_AFTER_VERB:
            # "Қарындасы Гүлнұр ағасының сөзін толықтырды:": the verb's object ("сөзін", with whose
            # words in the genitive) after the name is no part of it.
            k = len(words) - 1
            if k >= 2 and words[k - 1][:1].islower() and KK_GENITIVE_RE.search(words[k - 1]):
                k -= 1
            if words[k - 1][:1].isupper() or words[k - 1] in _KK_ADDRESS_AFTER_NAME:  # "Роза апай оның сөзін"
                words = words[:k]
        if (
            reading.cue is None
            and (end := _kk_subject_end(words)) < len(words)
            and all(w[:1].islower() for w in words[end:])
            and not (words[end].lower() in _KK_KIN and KK_GENITIVE_RE.search(words[end - 1]))
        ):
            # "Ол науқанның ерте басталғанына риза:", "Аудан әкімі А жұмысқа риза:": an attitude after
            # the subject (no speech verb) is no part of it, as "А результатом недоволен:".
            words = words[:end]
        elif reading.cue is None and len(words) > 1 and words[-1] in _KK_ATTITUDES:
            words = words[:-1]  # "Ауыл тұрғыны жағдайға риза:": the attitude and what it is at
            while len(words) > 1 and _kk_oblique(words[-1]):
                words = words[:-1]
        elif (
            reading.cue is None
            and words[-1] in ("жасырмады", "жасырмайды")
            and (caps := [i for i, w in enumerate(words) if w[:1].isupper()])
            and all(w[:1].islower() for w in words[caps[-1] + 1 :])
        ):
            # "Жанында тұрған анасы Райхан ұлын мақтан тұтатынын жасырмады:": what she did not hide, after
            # her name, is no part of the subject.
            words = words[: caps[-1] + 1]
        elif (
            reading.cue is None
            and len(words) >= 3
            and _NAME_TOKEN_RE.match(words[0])
            and not _is_common_initial(words[0])
            and all(w[:1].islower() for w in words[1:])
            and _KK_FINITE_VERB_RE.search(words[-1])
        ):
            # "Нұрбол бір нәрсені қайталаудан жалықпайды:": a given name, then what he does (no speech verb)
            words = words[:1]
        last_cap = max((i for i, w in enumerate(words) if w[:1].isupper()), default=0)
        if reading.cue and len(words) > 1 and _KK_THAT_CLAUSE_RE.search(words[-1]):
            # "Баласы да әкесін енді жалғыз қалдырмайтынын жеткізді:": the clause of what he said
            # (ending in "-тынын", "-ғанын") is no part of the subject, nor the particle after it.
            cut = next(
                (
                    i
                    for i, w in enumerate(words)
                    if i > last_cap
                    and (
                        w in KK_PARTICLES
                        # (not a participle before the name: "сыныпта жалғыз отыратын ... оқушысы Нұрасыл")
                        or (w[:1].islower() and _KK_ACCUSATIVE_RE.search(w) and not KK_PARTICIPLE_RE.search(w))
                    )
                ),
                len(words) - 1,
            )
            words = words[:cut]
        if (
            reading.cue
            and len(segments) >= 2
            and last.split()[0].lower() in ("бірақ", "алайда", "ал")
            and not any(w[:1].isupper() or w.lower() in _KK_PRONOUNS for w in words)
            and (before := segments[-2].split())
            and (end := _kk_subject_end(before)) < len(before)
        ):
            # "А әріптесінің пікірімен келіседі, бірақ бір олқылықты да атап өтті:": the subject of the
            # clause before "but" speaks; what follows the surname there is its own predicate.
            words = before[:end]
            reading.position = at + max(0, text.find(segments[-2]))
        if (
            reading.cue
            and (pair := [i for i in range(1, len(words)) if words[i - 1][:1].isupper() and words[i][:1].isupper()])
            and pair[-1] + 1 < len(words)
            and all(w[:1].islower() for w in words[pair[-1] + 1 :])
            and _KK_OBJECT_END_RE.search(words[-1])
            and not _kk_person_noun(words[-1])
        ):
            # "такси жүргізушісі Сергей Ким жаңа өткелдің бір кемшілігін айтты:": what he spoke of, after
            # a full name, is no part of the subject.
            words = words[: pair[-1] + 1]
        if reading.cue and len(words) > 1 and all(w[:1].islower() for w in words[1:]):
            if words[0].lower() in _KK_PRONOUNS:
                words = words[:1]  # "Ол ұстазының бір сөзін жиі еске алады:": what he recalls, no subject
            elif _kk_person_noun(words[0]) and _KK_PLURAL_ACCUSATIVE_RE.search(words[1]):
                words = words[:1]  # "Маман тұрғындарды ... сақтауға шақырды:": whom he called on
        while len(words) > 1 and words[-1] in ("әр", "әрбір", "бір", "барлық"):
            words = words[:-1]  # "Әсел әр сабақта ...": a determiner left from an adverbial, no part of it
        reading.subject = " ".join(_kk_without_gerund_clause(words))
        impersonal = reading.cue is None or reading.cue in KK_IMPERSONAL
        is_statement, owner = kk_statement_owner(words, media=False) if impersonal else (False, None)
        if is_statement:
            # "Министрліктің хабарламасында: «П», – делінген": the ministry's statement.
            reading.subject, reading.body_speaker = owner, owner is not None
        elif reading.cue in ("жазылған", "жазылды", "жазылыпты") and not any(_kk_person_noun(w) for w in words):
            return None  # "Тақтада бүгінгі тақырып жазылған: «П»": written on a board, nobody's speech
    elif (
        (hiding := _NOT_HIDING_RE.search(text)) is not None
        and text[: hiding.start()].strip()
        # (what is not hidden, in a clause after it, or nothing; "А, мама ..., не скрывала эмоций:" is
        # read as other attitudes are)
        and (_WHAT_NOT_HIDDEN_RE.match(text, hiding.end()) or (hiding.end() == len(text) and "," not in text))
        and not any(_is_speech_verb(w) for w in _WORD_RE.findall(text, hiding.end()))
    ):
        # "При этом молодой врач не скрывает, что думает о переезде:": an attitude (cue null), as
        # "не скрывала гордости:"; its subject stands before it, what she does not hide is no part of it.
        subject = _SENTENCE_ADVERB_RE.sub("", text[: hiding.start()].strip())
        reading.subject = subject
        reading.position = at + text.find(subject)
        reading.sentence_start = "," not in text[: hiding.start()]
    else:
        # The speech verb may stand in an earlier clause: "Он добавил, что ...: «П»".
        for k in range(len(segments) - 1, -1, -1):
            segment = segments[k]
            found = None
            for m in _WORD_RE.finditer(segment):
                word = m.group(0)
                if (
                    (
                        _is_speech_verb(word)
                        and morph.lemma(word) not in _RU_FEELING_LEMMAS
                        # not an infinitive in a clause of what she said ("не знает, как благодарить:")
                        and morph.parses(word.lower())[0].tag.POS != "INFN"
                    )
                    or (_is_relay_verb(word) and "слова" in segment[m.end() :])
                    or (_RAISED_RE.match(segment, m.end()) is not None and morph.lemma(word) in ("поднять", "задать"))
                ):
                    found = m
                    break
            if found is not None:
                reading.cue = found.group(0)
                reading.verb_gender = morph.verb_gender(found.group(0))
                reading.subject = segment[: found.start()].strip()
                if k >= 1 and _CONJUNCTION_ADVERBIAL_RE.match(reading.subject):
                    # "Касымов ... показаний не давал, а в последнем слове попросил прощения ...:": a second
                    # predicate after "а"; the subject opens the clause before, up to its verb.
                    before_words = segments[k - 1].split()
                    verb_at = next((i for i, w in enumerate(before_words) if i and _is_finite_verb(w)), 0)
                    if verb_at:
                        reading.subject = " ".join(before_words[:verb_at])
                        reading.sentence_start = k == 1
                        reading.position = at + max(0, text.find(segments[k - 1]))
                while (
                    len(subject_words := reading.subject.split()) > 1
                    and subject_words[-1].lower() in _ADVERBS_BEFORE_VERB
                ):
                    # "Собеседница также предостерегла ...:": the adverb, no part of the role
                    reading.subject = " ".join(subject_words[:-1])
                reading.sentence_start = k == 0
                reading.position = at + max(0, text.find(segment))
                if not reading.subject and k >= 2 and _opens_with_gerund(segments[k - 1]):
                    # "Новый чемпион, еще стоя в ринге, обратился к трибунам:": a gerund's clause set off
                    # by commas between the subject and the verb.
                    reading.subject = segments[k - 2].strip()
                    reading.sentence_start = k == 2
                    reading.position = at + max(0, text.find(segments[k - 2]))
                after = segment[found.end() :].strip()
                if _read_relayed(reading, found.group(0), after):
                    # "Пресс-служба приводит слова министра А:", "Kazinform цитирует министра А:".
                    reading.sentence_start = False
                elif morph.lemma(found.group(0)) in _IMPERSONAL_LEMMAS:
                    # "В заявлении МИД подчеркивается:": the office whose the statement is, if named.
                    statement = _STATEMENT_BEFORE_RE.match(reading.subject or "")
                    reading.subject = statement["who"] if statement else None
                    reading.case, reading.body_speaker = "gent", True
                elif (
                    after
                    and not _names_someone(reading.subject, language)
                    and after.split()[0].lower() not in _ADVERBIAL_PREPOSITIONS
                    and _names_someone(after, language)
                ):
                    # The subject after the verb: "К жителям обратился начальник полиции А:" (not those
                    # asked: "поинтересовалась у представителей банка:").
                    reading.subject, reading.sentence_start = after, False
                elif (office := _LOCATIVE_OFFICE_RE.match(reading.subject)) and _is_plural_verb(found.group(0)):
                    # "В пресс-службе МВД сообщили:": an office in the locative; a place is nobody.
                    place = morph.is_geographic(office["who"].split()[0])
                    who = office["who"].split()
                    while len(who) > 1 and who[-1].lower() in _ADVERBS_BEFORE_VERB:
                        who.pop()  # "В федерации также сообщили": the adverb, no part of the office
                    reading.subject = None if place else " ".join(who)
                    reading.case, reading.body_speaker = "loct", True
                elif not reading.subject.strip(" —–-") and _is_gerund(found.group(0)):
                    # "— пообещал Досаев, добавив, что «п»": the subject of the clause before.
                    for j in range(k - 1, -1, -1):
                        earlier = _WORD_RE.finditer(segments[j])
                        verb = next((w for w in earlier if _is_speech_verb(w.group(0))), None)
                        if verb is not None:
                            before_verb = segments[j][: verb.start()].strip(" —–-")
                            after_verb = segments[j][verb.end() :].strip()
                            reading.subject = before_verb or after_verb
                            reading.sentence_start = j == 0 and bool(before_verb)
                            reading.verb_gender = morph.verb_gender(verb.group(0))
                            if not before_verb and _is_plural_verb(verb.group(0)):
                                # "— пообещали в акимате района, добавив, что «п»": the office speaks.
                                is_office = _read_locative_office(reading, after_verb)
                                reading.cue = found.group(0)
                                if not is_office:
                                    reading.body_speaker = False
                            break
                elif (
                    not " ".join(w for w in reading.subject.split() if w.lower() not in _ADVERBS_BEFORE_VERB).strip(
                        " —–-"
                    )
                    and (j := _subject_before_clauses(segments, k, language)) >= 0
                ):
                    # "Министр А, приехавшая на открытие, поделилась впечатлениями:": the subject
                    # stands before the participle's or the gerund's clause set off by commas.
                    reading.subject = segments[j]
                    reading.sentence_start = j == 0
                    reading.position = at + max(0, text.find(segments[j]))
                    if j == k - 2 and _is_name_or_surname(segments[j]) and _is_role_start(segments[k - 1].split(), 0):
                        # "Дмитрий Пак, заместитель председателя правления банка, пояснил:": the role
                        # in apposition after the name.
                        reading.apposition = segments[k - 1]
                    elif _is_role_before_name(segments, j):
                        # "Главный врач, Сауле Есимова, рассказала:": the role before the name set off.
                        reading.apposition = segments[j - 1]
                break
    if (
        language != "kk"
        and reading.apposition is None
        and len(segments) >= 3
        and _is_name_alone(reading.subject or "")
        and _is_organisation(segments[-2])
        and _is_role_start(role_words := segments[-3].split(), 0, initial=len(segments) == 3)
        and not any(_NAME_TOKEN_RE.match(w) for w in role_words[1:])
    ):
        # "Главный инженер подрядчика, ТОО «Алатау ТоннельСтрой», Виктор Ганиев рассказал:": the
        # company in apposition is no role; the role is the one before it.
        reading.apposition = segments[-3]
    if reading.cue is None and len(segments) >= 2 and segments[-2]:
        # "Асель Нурмаганбетова, руководитель управления ...": the name, then the role.
        prev_words = segments[-2].split()
        if prev_words and len(prev_words) <= 3 and all(_NAME_TOKEN_RE.match(w) for w in prev_words):
            reading.subject = segments[-2]
            # "А, благодарна врачам:" says something of A: no role; a role may stand before the name
            # ("Мама одного из пациентов, А, благодарна врачам:").
            reading.apposition = None if _is_predicate_start(last) else last
            if reading.apposition is None and _is_role_before_name(segments, len(segments) - 2):
                reading.apposition = segments[-3]
            reading.sentence_start = len(segments) == 2
    if (
        reading.cue is None
        and language != "kk"
        and not reading.apposition
        and len(segments) >= 2
        and segments[-1].split()[:1] in (["но"], ["а"], ["однако"], ["и"])
        and not _names_someone(segments[-1], language)
        and _names_someone(segments[-2], language)
    ):
        # "Ее сосед А собак не боится, но тоже недоволен: «П»": the subject of the clause before "но"
        # (what the words after say of him is no role, and no speech verb).
        reading.subject = segments[-2]
        reading.sentence_start = len(segments) == 2
        reading.position = at + max(0, text.find(segments[-2]))
    if (
        reading.cue is None
        and language != "kk"
        and not reading.apposition
        and len(segments) >= 3
        and not _names_someone(reading.subject or "", language)
        and (j := _subject_before_clauses(segments, len(segments) - 1, language)) >= 0
    ):
        # "Студент Данияр Беков, напротив, изменениями доволен: «П»": the subject before a
        # parenthetical, the words after it saying what he thinks (cue null).
        reading.subject = segments[j]
        reading.sentence_start = j == 0
        reading.position = at + max(0, text.find(segments[j]))
        k = len(segments) - 1
        if j == k - 2 and _is_name_alone(segments[j]) and _is_role_start(segments[k - 1].split(), 0):
            # "Айгуль Серикова, мама одного из пациентов, благодарна врачам:": the role in apposition.
            reading.apposition = segments[k - 1]
    return reading


_PREDICATE_POS = frozenset(["ADJS", "PRTS", "VERB", "INFN", "ADVB", "PRED"])


def _is_predicate_start(words: str) -> bool:
    """Words that say something of the subject rather than name a role: "благодарна врачам" (a short
    adjective), "рада", "уверен", a verb or an adverb first."""
    first = words.split(maxsplit=1)[0] if words.strip() else ""
    return first[:1].islower() and morph.is_russian_word(first) and morph.parses(first)[0].tag.POS in _PREDICATE_POS


# "поднял вопрос тарифов:": raising a question is saying something, as "высказал мнение:".
# "задала директору вопрос:": asking, with those asked between ("вице-министру" too).
_RAISED_RE = re.compile(
    rf"(?:[{_SPACE}]+[а-яё-]+(?:у|ю|ам|ям|ому|ему|ой|ей))?[{_SPACE}]+(?:вопрос|вопросы|тему|проблему)\b"
)
_LOCATIVE_OFFICE_RE = re.compile(rf"^[Вв]о?[{_SPACE}]+(?P<who>\S.*)$")


def _is_plural_verb(word: str) -> bool:
    return morph.is_russian_word(word) and "plur" in morph.parses(word)[0].tag


# Parenthetical words set off by commas before a verb ("Аким, в свою очередь, заявил:").
_PARENTHETICALS = frozenset(
    ["в свою очередь", "в частности", "кроме того", "например", "однако", "также", "впрочем", "напротив", "наоборот"]
)


# An indirect question after "на вопрос (корреспондента)": its first word, and what comes before it.
_QUESTION_WORDS = frozenset(
    ["когда", "как", "почему", "зачем", "где", "куда", "откуда", "сколько", "что", "кто", "чем"]
)
_ON_THE_QUESTION_RE = re.compile(r"(?<![\w-])на[ \u00a0]+вопрос(?:[ \u00a0]+[а-яё]+){0,2}$")


def _subject_before_clauses(segments: list[str], k: int, language: str) -> int:
    """The segment before segment ``k`` that names its verb's subject, over clauses of a participle or
    a gerund and parentheticals between ("А, приехавшая на открытие, поделилась:", "А, выступая на
    брифинге, заявил:"); -1 when none."""
    for j in range(k - 1, -1, -1):
        segment = segments[j]
        first = segment.split()[0] if segment.split() else ""
        if (
            segment.lower() in _PARENTHETICALS
            or (
                morph.is_russian_word(first)
                and first[:1].islower()
                and morph.parses(first)[0].tag.POS in ("PRTF", "GRND")
            )
            or _RELATIVE_CLAUSE_RE.match(segment)
            or _opens_with_adverbials_then_participle(segment)
            # "А на вопрос корреспондента, когда откроют дорогу, отвечает:": what was asked
            or (j >= 1 and first.lower() in _QUESTION_WORDS and _ON_THE_QUESTION_RE.search(segments[j - 1]))
        ):
            continue
        words = segment.split()
        if (
            j == k - 1
            and j >= 1
            and len(words) >= 2
            and all(_NAME_TOKEN_RE.match(w) for w in words[-2:])
            and (_may_be_nominative(words[-1]) or not _is_name_alone(segments[j - 1]))
        ):
            return j  # "Участник форума, аспирант Данияр Калиев, поделился:": the name in apposition
        # (not "А, мама связующей Б-ой, не скрывала эмоций:": a name in the genitive inside A's role)
        if j == k - 1 and j >= 1 and _is_role_start(words, 0) and _is_name_or_surname(segments[j - 1]):
            return j - 1  # "Дмитрий Пак, заместитель председателя ..., пояснил:": the name before its role
        return j if j < k - 1 and _names_someone(segment, language) else -1
    return -1


def _opens_with_adverbials_then_participle(segment: str) -> bool:
    """A participle's clause with adverbials of time before the participle ("три года назад
    купившая квартиру"): numbers, "назад", "ранее" and the like, then a participle."""
    for k, word in enumerate(segment.split()[:4]):
        low = word.lower()
        if low.isdigit() or low in ("год", "года", "лет", "назад", "ранее", "недавно", "два", "три", "четыре", "пять"):
            continue
        if word[:1].islower() and morph.is_russian_word(low) and morph.parses(low)[0].tag.POS in ("ADVB", "NUMR"):
            continue  # "впервые сыгравший за сборную", "давно живущая в селе", "сорок лет проработавшая"
        return (
            k > 0
            and word[:1].islower()
            and morph.is_russian_word(low)
            and morph.parses(low)[0].tag.POS in ("PRTF", "GRND")
        )
    return False


def _is_role_before_name(segments: list[str], j: int) -> bool:
    """True when segment ``j`` is a name alone and the segment before it, the first, is a role
    ("Главный врач, Сауле Есимова, рассказала:")."""
    return (
        j == 1
        and _is_name_alone(segments[j])
        and _is_role_start(words := segments[0].split(), 0, initial=True)
        and not any(_NAME_TOKEN_RE.match(w) for w in words[1:])
    )


# Legal forms that open a company's or an institution's name ("ТОО «...»", "АО «...»").
_LEGAL_FORMS = frozenset(
    ["тоо", "ао", "ооо", "зао", "оао", "пао", "ип", "гу", "кгу", "кгп", "гкп", "ргп", "ргу", "нао", "ано", "оо", "пк"]
)


def _is_organisation(segment: str) -> bool:
    """True when ``segment`` names a company or an institution alone: a legal form and its name
    ("ТОО «Алатау ТоннельСтрой»"), or a name in marks ("«Казахтелеком»")."""
    words = segment.split()
    if not words:
        return False
    if words[0].lower() in _LEGAL_FORMS:
        return True
    return bool(_GUILLEMET_NAME_RE.match(segment))


def _is_name_alone(segment: str) -> bool:
    """True when ``segment`` is only a person's name of two or three words ("Дмитрий Пак")."""
    words = segment.split()
    return 2 <= len(words) <= 3 and all(_NAME_TOKEN_RE.match(w) for w in words)


def _is_name_or_surname(segment: str) -> bool:
    """A person's name ("Дмитрий Пак") or a surname alone, a capitalised word ending as one does
    ("Жаксылыкова")."""
    return _is_name_alone(segment) or (
        " " not in segment.strip()
        and _NAME_TOKEN_RE.match(segment.strip()) is not None
        and morph.SURNAME_RE.search(segment.strip()) is not None
    )


def _opens_with_gerund(segment: str) -> bool:
    """A clause opening with a gerund, maybe after an adverb ("еще стоя в ринге", "не скрывая слез")."""
    words = _WORD_RE.findall(segment)[:2]
    return any(  # any reading: "стоя" is an adverb first, a gerund second
        morph.is_russian_word(w) and any(p.tag.POS == "GRND" for p in morph.parses(w.lower())[:3]) for w in words
    )


def _is_gerund(word: str) -> bool:
    return morph.is_russian_word(word) and morph.parses(word)[0].tag.POS == "GRND"


def _read_inside(body: str, span: _Span, language: str) -> _Reading | None:
    """ "«П, — сказал А, — п»" / "«П, — добавил он. — П»": the author's words inside the marks."""
    for lo, hi in span.parts:
        content = body[lo:hi]
        for m in _INSIDE_DASH_RE.finditer(content):
            rest = content[m.end() :]
            found = _cue_at(rest, language)
            if not found:
                continue
            cue, cue_end = found
            after_cue = rest[cue_end:]
            close = _INSIDE_DASH_RE.search(after_cue)
            if close is None:
                continue
            reading = _Reading(cue=cue, position=lo + m.end())
            reading.verb_gender = morph.verb_gender(cue.split()[0])
            _fill_after_dash(reading, rest[: cue_end + close.start()], cue_end, language)
            cut_from = lo + m.start() + 1  # the punctuation before the dash stays with the words
            cut_to = lo + m.end() + cue_end + close.end()
            reading.cut.append((cut_from, cut_to))
            return reading
    return None


def _is_bare(body: str, span: _Span, offsets: list[int], paragraphs: list[str]) -> bool:
    """True when the quotation is the whole paragraph (a blockquote)."""
    head = body[offsets[span.paragraph] : span.start]
    tail = body[span.end : offsets[span.last_paragraph] + len(paragraphs[span.last_paragraph])]
    return not head.strip() and not tail.strip(" .!?…\u00a0")


_WORD_CHARS_RE = re.compile(r"\w+")


def _has_words(text: str, count: int) -> bool:
    """True when ``text`` holds at least ``count`` words. The first 200 characters decide when they
    hold enough: each word in them is a part of a different word of the whole text."""
    if len(_WORD_CHARS_RE.findall(text, 0, 200)) >= count:
        return True
    return len(text) > 200 and len(_WORD_CHARS_RE.findall(text)) >= count


# --- pass 3: people and speakers ---------------------------------------------------------------


@dataclass
class _Person:
    name: str
    gender: str | None
    surname: str
    roles: frozenset[str] = frozenset()  # lemmas of the role words that introduced the person
    # The role as written (Russian), whose nouns that no noun before governs in the genitive are what
    # the role is about ("адвокат" of "адвокат подсудимого": a later "— сказал подсудимый" is someone
    # else); None: every role word counts. Read only when a role noun is looked up (_role_heads).
    role_text: str | None = None


def _surname(name: str) -> str:
    caps = [w for w in name.split() if w[:1].isupper()]
    return caps[-1] if caps else name


def _stem(word: str) -> str:
    return word.lower()[:4]


def _kk_head_key(word: str) -> str:
    """A Kazakh body's head without its possessive ending, its last consonant as unpossessed
    ("басқармасы" -> "басқарма", "әкімдігі" -> "әкімдік", "департаменті" -> "департамент")."""
    stem = re.sub(r"(?:сы|сі|ы|і)$", "", word) if len(word) > 5 else word
    return stem[:-1] + {"г": "к", "ғ": "қ"}.get(stem[-1:], stem[-1:]) if stem else stem


class _People:
    """People named so far, in order; answers "who is the last fitting one"."""

    def __init__(self) -> None:
        self.last: _Person | None = None
        self.last_by_gender: dict[str, _Person] = {}
        self.by_stem: dict[str, list[_Person]] = {}
        self.bodies: dict[str, str] = {}
        self.order: list[_Person] = []
        # Every name added, as written, and every given name (cheap tests before searching ``order``).
        self.names: set[str] = set()
        self.given_names: set[str] = set()
        # The unnamed newcomer quoted last ("— рассказал очевидец"), with the gender the cue or the
        # noun shows, until someone is named or another speaker quoted: a pronoun right after is
        # that person ("— добавил он"), not the official named before.
        self.newcomer: _Newcomer | None = None

    def by_initials(self, words: list[str]) -> _Person | None:
        """The person named before whose surname and given name's first letter the initials and
        surname ``words`` give ("Е. Сапаров" after "Ерлан Сапаров")."""
        if len(words) != 2 or not _is_masked_initials(words[0]):
            return None
        known = self.by_surname(words[1])
        return known if known is not None and known.name[:1] == words[0][:1] else None

    def add(self, person: _Person) -> None:
        if "ъ" in person.name and (known := self.by_initials(person.name.split())) is not None:
            person = known
        if person.name != person.surname and not person.roles:
            # "баласы Ернар" first, "Ернар Қайратұлы" later: the full name keeps the role the given name had.
            given = person.name.split(" ", 1)[0]
            alone = next((p for p in reversed(self.order[-50:]) if p.name == given and p.roles), None)
            if alone is not None:
                person = _Person(person.name, person.gender, person.surname, alone.roles, person.role_text)
        self.newcomer = None
        self.order.append(person)
        self.names.add(person.name)
        self.given_names.add(person.name.split(" ", 1)[0])
        if len(self.order) > 200:
            del self.order[:100]
        self.last = person
        if person.gender:
            self.last_by_gender[person.gender] = person
        if person.name != person.surname:
            bucket = self.by_stem.setdefault(_stem(person.surname), [])
            bucket[:] = [*[p for p in bucket if p.name != person.name][-3:], person]

    def by_surname(self, word: str, gender: str | None = None, strict: bool = False) -> _Person | None:
        """The last full name whose surname ``word`` is, in any case form ("Карина", "Мұқановтың");
        of a family ("супруги Руслан и Мадина Ержановы"), the last one of ``gender`` when given;
        with ``strict`` (the verb shows the gender), none of another gender ("— сказала Сапарова"
        after only "Ерлан Сапаров" is someone else)."""
        low = word.lower()
        found: _Person | None = None
        for person in reversed(self.by_stem.get(_stem(word), [])):
            sur = person.surname.lower()
            core = sur[:-1] if sur.endswith(("а", "я")) and len(sur) > 4 else sur
            if core.endswith(_RU_SURNAME_STEMS) and low[len(core) :] in _RU_FAMILY_PLURAL_ENDINGS:
                continue  # "Семью Турдиевых", "Сами Ахметжановы": the family, no one of them
            if core[-1:] in _CONSONANTS and low[len(core) :] in ("ов", "ы", "ам", "ами", "ах"):
                continue  # "у Рейнгардтов" (of a surname that does not decline in the singular): the family
            if low.startswith(core) and len(low) - len(sur) <= 5:
                if gender is None or person.gender in (None, gender):
                    return person
                found = found or person
        return None if strict else found

    def by_role(self, head: str, gender: str | None, roles: frozenset[str] = frozenset()) -> _Person | None:
        """The last person introduced with the role noun ``head`` (a lemma), among the last ones named;
        of several, the one whose role shares most words with ``roles`` ("— сказал президент
        федерации": the president of the federation, not the President named after him)."""
        best: _Person | None = None
        shared = -1
        for person in reversed(self.order[-50:]):
            if roles and _another_of_role(roles, person.roles, head):
                continue  # "тоғызыншы сынып оқушысы" is not "Он бірінші сынып оқушысы А": another pupil
            if _matches_role(person, head) and (gender is None or person.gender in (None, gender)):
                if not roles:
                    return person
                if len(person.roles & roles) > shared:
                    best, shared = person, len(person.roles & roles)
        return best

    def other_of_role(self, head: str, roles: frozenset[str]) -> bool:
        """True when someone named has the role noun ``head``, but as another of its kind than
        ``roles`` say (see :func:`_another_of_role`): someone with that role, not them."""
        return bool(roles) and any(
            _matches_role(person, head) and _another_of_role(roles, person.roles, head) for person in self.order[-50:]
        )

    def body(self, name: str) -> str:
        """An office named by its head alone ("в пресс-службе") is the last one with that head; a
        Kazakh head stands last, possessed in the full name ("басқарма" of "Облыстық ауыл шаруашылығы
        басқармасы")."""
        words = name.split()
        if not words:
            return name
        head = words[0].lower()
        kazakh = _has_kazakh_letters(name)
        if len(words) == 1:
            for key in (head, _kk_head_key(head)) if kazakh else (head,):
                if key in self.bodies:
                    return self.bodies[key]
        self.bodies[head] = name
        if kazakh and len(words) > 1:
            self.bodies[_kk_head_key(words[-1].lower())] = name
        return name

    def by_given_name(self, word: str) -> _Person | None:
        """The last full name whose given name ``word`` is, as written ("– дейді Ерасыл" after
        "Ерасыл Қуанышев"): a feature may call someone by the given name alone."""
        for person in reversed(self.order[-50:]):
            if person.name.split(" ", 1)[0] == word:  # a full name's, or the given name alone again
                return person
        return None

    def holder(self, office: str) -> _Person | None:
        """The last person named as holding ``office`` (see :func:`_high_office`), by any of its names."""
        for person in reversed(self.order[-50:]):
            if person.roles and _high_office(person.roles) == office:
                return person
        return None

    def resolve(self, gender: str | None) -> _Person | None:
        if gender is None:
            return self.last
        return self.last_by_gender.get(gender)


# The head of state goes by several names, used in turn in one text: "Глава государства Касым-Жомарт
# Токаев ...", then "— подчеркнул Президент"; Kazakh "Мемлекет басшысы", "Президент", "ҚР Президенті".
_HEAD_OF_STATE_ROLES = (
    frozenset(["президент"]),
    frozenset(["президенті"]),
    frozenset(["глава", "государство"]),
    frozenset(["мемлекет", "басшысы"]),
)
# A president of something else: "президент федерации бокса", "компанияның президенті".
_PRESIDENT_OF = ("федерац", "компан", "клуб", "ассоциац", "банк", "қауымдаст", "лиг", "академ", "университет",
                 "палат", "одақ", "союз", "холдинг", "корпорац", "фонд", "корей", "франц", "сша", "росси", "ресей")  # fmt: skip


# So does the head of government: "Премьер-министр Олжас Бектенов ...", then "— подчеркнул премьер",
# "глава правительства", "глава кабмина"; Kazakh "Үкімет басшысы", "Премьер-министрі".
_HEAD_OF_GOVERNMENT_ROLES = (
    frozenset(["премьер-министр"]),
    frozenset(["премьер"]),
    frozenset(["премьер-министрі"]),
    frozenset(["глава", "правительство"]),
    frozenset(["глава", "кабмин"]),
    frozenset(["үкімет", "басшысы"]),
)


# And the akim of a region, a city or a district: "Облыс әкімі А ...", then "– деп атап өтті өңір
# басшысы" (the head of the region), though a district akim was named since; "— отметил глава региона".
_LOCAL_HEAD_ROLES = {
    "region": (
        frozenset(["аким", "область"]),
        frozenset(["глава", "область"]),
        frozenset(["глава", "регион"]),
        frozenset(["облыс", "әкімі"]),
        frozenset(["облыс", "басшысы"]),
        frozenset(["өңір", "басшысы"]),
    ),
    "city": (
        frozenset(["аким", "город"]),
        frozenset(["глава", "город"]),
        frozenset(["қала", "әкімі"]),
        frozenset(["қала", "басшысы"]),
    ),
    "district": (
        frozenset(["аким", "район"]),
        frozenset(["глава", "район"]),
        frozenset(["аудан", "әкімі"]),
        frozenset(["аудан", "басшысы"]),
    ),
}
# Someone next to the holder of an office, not the holder: "заместитель премьер-министра", "облыс
# әкімінің орынбасары", "советник акима области".
_BESIDE_AN_OFFICE = frozenset(
    ["заместитель", "первый", "советник", "помощник", "пресс-секретарь", "аппарат",
     "вице-премьер", "орынбасары", "кеңесшісі", "көмекшісі", "баспасөз", "хатшысы", "аппаратының"]
)  # fmt: skip


def _is_head_of_state(roles: frozenset[str]) -> bool:
    """Role words (lemmas; Kazakh words lower-cased) that name the head of state."""
    if not any(names <= roles for names in _HEAD_OF_STATE_ROLES):
        return False
    return not any(word.startswith(_PRESIDENT_OF) for word in roles)


def _high_office(roles: frozenset[str]) -> str | None:
    """ "state", "government", "region", "city" or "district" when role words (lemmas) name the
    head of state, of government or the akim of a region, city or district: offices a text calls
    by several names in turn. None for anyone else, a deputy of one of them included."""
    if not roles.isdisjoint(_BESIDE_AN_OFFICE):
        return None
    if _is_head_of_state(roles):
        return "state"
    if any(names <= roles for names in _HEAD_OF_GOVERNMENT_ROLES):
        return "government"
    for office, names in _LOCAL_HEAD_ROLES.items():
        if any(n <= roles for n in names):
            return office
    return None


_AKIM_ENDINGS = frozenset(["", "а", "у", "ом", "е", "ы", "ам", "ами", "ах"])  # not "-ов": "Акимов" is a surname
# Kazakh role nouns that are common given names too ("Ғалым", a scientist): a role when the word
# stands alone, a name with a surname after it ("Ғалым Ахметов").
_KK_ROLES_OR_NAMES = frozenset(["ғалым"])


def _kk_person_noun(word: str) -> bool:
    """A Kazakh noun of a person, maybe possessed ("жазушы", "әкімі", "тұрғыны"): a role noun, an
    agent noun, or a newcomer noun."""
    low = word.lower()
    if low in KK_PERSON_NOUNS or low in _KK_PERSON_WORDS or low in _KK_CRAFT_NOUNS or low.endswith(_KK_AGENT_SUFFIXES):
        return True
    return any(low.startswith(start) for start in _KK_NEWCOMER_STARTS)


# Kazakh nouns of people by age or kin, no role nor agent noun ("ақсақал", an elder).
_KK_PERSON_WORDS = frozenset(
    ["ақсақал", "қария", "ана", "әке", "ата", "әже", "апа", "аға", "әйел", "жігіт", "бала", "кейуана", "шал", "қыз",
     "келін", "ене", "бойжеткен", "ер"]
)  # fmt: skip

# Kazakh personal pronouns other than "ол", which open sentences ("Біз ... әңгімелестік").
_KK_PERSONAL_PRONOUNS = frozenset(["мен", "біз", "сен", "сіз", "олар", "сендер", "сіздер", "біздер"])

# Kazakh nouns of a master of a craft ("шебер", master; "ұста", smith), possessed too.
_KK_CRAFT_NOUNS = frozenset(["шебер", "шебері", "ұста", "ұстасы"])

# Kazakh agent-noun suffixes ("ұйымдастырушы", organiser; "суретші", "кәсіпкер", "өнерпаз").
_KK_AGENT_SUFFIXES = ("шы", "ші", "гер", "кер", "паз", "қор")


# Kazakh adjectives of having or being of ("тәжірибелі", experienced; "білікті", skilled).
_KK_HAVING_ADJECTIVE_RE = re.compile(r"[а-яәғқңөұүһі]{3,}(?:лы|лі|ды|ді|ты|ті)$")


@lru_cache(maxsize=16384)
def _is_common_initial(word: str) -> bool:
    """A sentence-initial capitalised word that is an ordinary word ("Сам", "Отдельно", "После")."""
    low = word.lower()
    if low[:4] == "аким" and low[4:] in _AKIM_ENDINGS:
        return True  # the dictionary knows "аким" only as a given name: "Аким заявил:" is the role
    if (
        low in KK_PERSON_NOUNS
        or low in _KK_KIN  # "Қарындасы Гүлнұр ... толықтырды:": her kin noun, her role
        or low in _KK_PERSON_WORDS  # "Кейуана жастарға ... батасын берді:": the old woman, no name
        or low in _KK_CRAFT_NOUNS  # "Ұста ... былай түсіндірді:": the smith
        or low in _KK_PERSONAL_PRONOUNS  # "Біз Ақботамен ... әңгімелестік": we
        or low in KK_SENTENCE_OPENERS  # "Кейін Аружан ...", "Қазір Ержан ...": then, now
        or _KK_PLURAL_RE.sub("", low) in KK_PERSON_NOUNS
        or (_KK_PLURAL_RE.search(low) and _KK_PLURAL_RE.sub("", low).endswith(_KK_AGENT_SUFFIXES))
    ):  # (and any plural of an agent noun: "Ұйымдастырушылар", organisers)
        # A Kazakh role noun opening a sentence ("Әкім: «П»", "Бапкер атап өтті:", the plural
        # "Сарапшылар"), no name: the Russian dictionary cannot say so of a word with Kazakh letters.
        return True
    if _KK_HAVING_ADJECTIVE_RE.search(low) and _has_kazakh_letters(low) and morph.name_gender(word) is None:
        return True  # "Тәжірибелі акушер ...": an adjective of having ("experienced") before a role noun
    if not morph.is_russian_word(low) or not morph.is_known(low):
        return False  # the dictionary check first: guessing a form of an unknown word costs more
    ps = morph.parses(low)
    if not ps or not morph.known(ps[0]):
        return False
    proper = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
    if any(proper & p.tag.grammemes for p in ps[:3]):
        return False
    # A surname the dictionary reads only as the genitive plural of a thing ("Токаев", of "токай"):
    # at a sentence's start that is a surname far more often than a count of things.
    return not (morph.SURNAME_RE.search(low) and all({"plur", "gent", "inan"} <= p.tag.grammemes for p in ps[:3]))


@lru_cache(maxsize=16384)
def _is_place(word: str) -> bool:
    """A place or organisation the dictionary knows ("Алматы"); guesses do not count."""
    if not morph.is_known(word):
        return False  # every reading of an unknown word is a guess: no need to make them
    return any({"Geox", "Orgn"} & p.tag.grammemes and morph.known(p) for p in morph.parses(word)[:2])


@lru_cache(maxsize=16384)
def _looks_like_person_word(word: str) -> bool:
    if morph.SURNAME_RE.search(word) or word.lower() in _GIVEN_NAMES_LIKE_PLACES:
        return True
    if not morph.is_known(word):
        return False  # only a dictionary name counts, not a guessed one
    parses = morph.parses(word)[:2]
    if "Geox" in parses[0].tag.grammemes:
        return False  # a place first, a rare name second: "Астаны" (not the plural of "Астан")
    return any("Name" in p.tag.grammemes and morph.known(p) for p in parses)


def _name_runs(words: list[str], initial: bool) -> list[tuple[int, int]]:
    """(start, end) of every run of name-like capitalised words, particles allowed inside."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(words)
    while i < n:
        word = words[i]
        if _NAME_TOKEN_RE.match(word) and not (i == 0 and initial and _is_common_initial(word)):
            j = i + 1
            while j < n:
                nxt = words[j]
                if _NAME_TOKEN_RE.match(nxt) or (
                    nxt.lower() in _PARTICLES and j + 1 < n and _NAME_TOKEN_RE.match(words[j + 1])
                ):
                    j += 1
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _is_role_and_places(words: list[str]) -> bool:
    return _is_capitalised_role(words[0]) and all(_is_place(w) for w in words[1:])


def _is_common_noun(word: str, animacy: str, known_only: bool = False) -> bool:
    """True when the dictionary reads ``word`` first as a noun of ``animacy`` ("anim" / "inan") and
    never as a name, surname or patronymic; with ``known_only``, only a word it knows."""
    low = word.lower()
    if not morph.is_russian_word(low) or (known_only and not morph.is_known(low)):
        return False
    parses = morph.parses(low)
    return (
        parses[0].tag.POS == "NOUN"
        and animacy in parses[0].tag
        and not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)
    )


def _kk_role_word(word: str) -> bool:
    """A lowercase Kazakh noun of a person, possessed or not ("оқушысы", "тұрғыны", "шебер")."""
    return word[:1].islower() and (_kk_person_noun(word) or _kk_person_noun(KK_POSSESSIVE_RE.sub("", word)))


def _is_named_thing(word: str) -> bool:
    """A word the dictionary knows as the name of a thing, not of a person: a body ("Минфина",
    "Нацбанка", "Сената"), in whatever case."""
    return _is_common_noun(word, "inan", known_only=True)


def _is_capitalised_role(word: str) -> bool:
    """A role noun capitalised by custom, not a name ("— резюмировал Президент")."""
    return _is_common_noun(word, "anim")


def _name_in_run(words: list[str], lo: int, hi: int) -> int:
    """Where the person's name starts inside the run words[lo:hi]: the last two words, three with a
    patronymic ("Касым-Жомарт Кемелевич Токаев") or a particle ("Лоранс де Кар", "Марин Ле Пен")."""
    start = max(lo, hi - 2)
    if hi - lo >= 3 and all(len(w) <= 3 for w in words[hi - 3 : hi]):
        return hi - 3  # "Юн Со Ён": a Korean name of three short words
    if hi - lo >= 3:
        middle = words[hi - 2]
        if _PATRONYMIC_RE.search(middle) or middle.lower() in _CAP_PARTICLES:
            start = hi - 3
    if start > lo and words[start].lower() in _PARTICLES:
        start -= 1
    # A known place before a one-word name belongs to the role ("аким Алматы Досаев").
    if (
        hi - start == 2
        and _is_place(words[start])
        and not _looks_like_person_word(words[start])
        and not _given_name_like_place(words[start], words[start + 1])
    ):
        start += 1
    return start


def _after_a_role_word(text: str, start: int, language: str) -> bool:
    """A lowercase role noun right before ``text[start]``: Kazakh possessed or a person noun ("өкілі",
    "кәсіпкер"), Russian an animate noun in the nominative ("представитель")."""
    before = text[max(0, start - 40) : start].split()
    word = before[-1] if before else ""
    if not word[:1].islower():
        return False
    if language == "kk":
        return KK_POSSESSIVE_RE.search(word) is not None or _kk_person_noun(word)
    return morph.is_russian_word(word) and _role_is_person([word])


def _given_name_like_place(word: str, after: str) -> bool:
    """A given name the dictionary reads first as a place ("Милана", of Milan), before a surname that
    shows it ("Милана Серикбаева")."""
    return bool(morph.SURNAME_RE.search(after)) and any(
        "Name" in p.tag.grammemes for p in morph.parses(word.lower())[:3]
    )


# Kazakh given names the dictionary knows only as places ("Дархан Ахметжанов": Darkhan is also a
# town): with a surname after them, a name.
_GIVEN_NAMES_LIKE_PLACES = frozenset(["дархан", "алтай", "темир", "темір"])


_AGE_ADJECTIVE_RE = re.compile(r"^(?:\d+-(?:летн|лет)[а-яё]*|[а-яё]+летн(?:ий|яя|ая|ее|ие))$")


def _is_role_start(words: list[str], i: int, initial: bool = False, case: str | None = "nomn") -> bool:
    """A word that starts a person's role: an animate noun, or adjectives before one, in ``case``
    (any case for None: the genitive apposition in "По словам А, вице-министра ..., «п»")."""
    for j in range(i, min(i + 3, len(words))):
        word = words[j].strip("«»")
        if j == 0 and initial:
            word = word.lower()
        if _AGE_ADJECTIVE_RE.match(word):
            if j == i and j + 1 < len(words) and _NAME_TOKEN_RE.match(words[j + 1]) and case in (None, "nomn"):
                # "34-летний А": an age alone before the name is the role, as Kazakh "алты жасар А"
                # ("27-летнего А", in the genitive, is no speaker's role).
                return word.endswith(("ий", "ый", "ой", "ая", "яя"))
            continue  # "67-летняя пенсионерка": an adjective the dictionary does not know
        if not morph.is_russian_word(word) or not word[:1].islower():
            return False
        ps = morph.parses(word)
        if ps[0].tag.POS in _FUNCTION_POS:
            return False  # "к жителям спасатели": "к" is a preposition, not the abbreviation "к."
        if any(p.tag.POS == "NOUN" and "anim" in p.tag and (case is None or case in p.tag) for p in ps):
            return True
        if not any(p.tag.POS in ("ADJF", "PRTF") and (case is None or case in p.tag) for p in ps):
            return False
        if j == len(words) - 1:
            return True  # an adjective ending the words is a noun: "— рассказала в коридоре суда потерпевшая"
        if word.lower() in _SUBSTANTIVE_ROLES:
            return True  # an adjective used as a noun before a name: "— сказал потерпевший А"
    return False


# Nouns of where someone lives or comes from: one capitalised word after them is the place
# ("жительница Кенжеколя"), not a name.
_DWELLER_NOUNS = frozenset(
    ["житель", "жительница", "жителя", "жительницы", "жители", "жителей", "уроженец", "уроженка", "сельчанин",
     "сельчанка", "горожанин", "горожанка"]
)  # fmt: skip

# Adverbs between a subject and its verb ("В федерации также сообщили").
_ADVERBS_BEFORE_VERB = frozenset(
    [
        "также",
        "тоже",
        "еще",
        "ещё",
        "уже",
        "ранее",
        "вчера",
        "сегодня",
        "сразу",
        "официально",
        "однажды",
        "тогда",
        "как-то",
    ]
)

# Street nouns, whose names are often people's ("по улице Торайгырова", "на проспекте Абая").
_STREET_NOUNS = frozenset(
    ["улица", "улице", "улицы", "улицу", "проспект", "проспекте", "проспекта", "переулок", "переулке", "переулка",
     "бульвар", "бульваре", "бульвара", "площадь", "площади", "микрорайон", "микрорайоне", "микрорайона", "мкр",
     "көшесі", "көшесінде", "даңғылы", "даңғылында"]
)  # fmt: skip

# Roles written in Latin letters ("CEO компании", "CTO стартапа").
_LATIN_ROLES = frozenset(["CEO", "CTO", "CFO", "COO", "CMO", "CIO", "CPO"])

# Adjectives and participles used as role nouns ("потерпевший А", "заведующая отделением Б").
_SUBSTANTIVE_ROLES = frozenset(
    ["потерпевший", "потерпевшая", "пострадавший", "пострадавшая", "обвиняемый", "обвиняемая", "подозреваемый",
     "подозреваемая", "задержанный", "задержанная", "осужденный", "осужденная", "осуждённый", "осуждённая",
     "заведующий", "заведующая", "управляющий", "управляющая", "военнослужащий", "военнослужащая",
     "уполномоченный", "уполномоченная", "дежурный", "дежурная", "рабочий", "ученый", "учёный", "военный",
     "выпускник", "отдыхающий", "отдыхающая"]
)  # fmt: skip


_FUNCTION_POS = frozenset(["PREP", "CONJ", "PRCL", "INTJ"])


# Prepositions of the adverbials that may stand between a cue and its speaker ("на обсуждении в
# Мажилисе", "в Астане"): a capitalised word they govern is a place or a body, not the speaker.
_ADVERBIAL_PREPOSITIONS = frozenset(["в", "во", "на", "при", "из", "от", "по", "у", "для", "перед", "после", "под"])


# Words that start a role without being a noun or an adjective ("временно исполняющий обязанности", "и.о.").
_ROLE_PREFIXES = frozenset(["временно", "врио", "и.", *(f"{a}." for a in _ROLE_ABBREVIATIONS)])  # "и." of "и. о."


def _participle_clause_noun(words: list[str], i: int) -> int:
    """When ``words[i]`` is a participle in the nominative whose clause ends at a role noun a few
    words on ("Живущая в соседнем доме пенсионерка", "находившийся на месте полицейский"), the
    noun's index; else 0."""
    low = words[i].lower()
    if not morph.is_russian_word(low) or not any(
        p.tag.POS == "PRTF" and "nomn" in p.tag
        for p in morph.parses(low)[:3]  # ("стоящий": an adjective first)
    ):
        return 0
    for j in range(i + 1, min(i + 7, len(words))):
        if words[j - 1].endswith(","):
            return 0
        bare = words[j].strip("«»,.")
        if bare[:1].islower() and _is_role_start(words, j) and morph.parses(bare)[0].tag.POS == "NOUN":
            return j
    return 0


# Pronouns after a preposition ("в нем", "при этом", "в ней"): an adverbial before a speaker, not one.
_GOVERNED_PRONOUNS = frozenset(["нем", "нём", "ней", "них", "нему", "этом", "этой", "том", "той", "этих", "этому"])
_PRONOUN_PREPOSITIONS = _ADVERBIAL_PREPOSITIONS | {"о", "об", "с", "со", "к", "за"}


def _subject_start(words: list[str], initial: bool) -> int:
    """Skip the adverbials before a speaker in the nominative ("на встрече", "журналистам",
    "на обсуждении в Мажилисе")."""
    commas = [k for k, w in enumerate(words[:-1]) if w.endswith(",")]
    if commas and (tail := words[commas[-1] + 1 :]) and len(tail) >= 3:
        if _is_role_start(tail, 0) and all(_NAME_TOKEN_RE.match(w.rstrip(".")) for w in tail[-2:]):
            # "— рассказала еще одна потерпевшая, жительница Караганды А": the role next to the name.
            return commas[-1] + 1
    if words and _participle_clause_noun(words, 0):
        return 0  # "Стоящий за ней в колонне пенсионер А": the participle's clause is part of the role
    skip_to = 0
    for i, word in enumerate(words):
        if i < skip_to:
            continue
        low = word.lower()
        if (
            i > 0
            and (low in _RU_PRONOUNS or low in _GOVERNED_PRONOUNS)
            and words[i - 1].lower() in _PRONOUN_PREPOSITIONS
        ):
            continue  # governed by a preposition, an adverbial: "В нем блогер утверждал" (in it)
        if low in _RU_PRONOUNS or low in _KK_PRONOUNS:
            return i
        if low in ("еще", "ещё") and i + 1 < len(words) and words[i + 1].lower() in ("один", "одна", "одно"):
            return i  # "— рассказала еще одна потерпевшая": part of the role, not an adverb before it
        if (
            low in _ONE_OF
            and i + 1 < len(words)
            and words[i + 1].lower() == "из"
            and not any(w.endswith(",") for w in words[i:])
        ):
            # "— заявил в последнем слове один из подсудимых": one of many, after an adverbial (with an
            # apposition after it, "одна из потерпевших, жительница Алматы А", the name's role is read on).
            return i
        if word[:1] == "«" and (end := _addressee_in_marks(words, i)):
            skip_to = end
            continue  # "— сообщил «Казинформу» аким": the outlet told, not the speaker
        if word in _LATIN_ROLES:
            return i  # "— сказал CEO компании А": a role in Latin letters
        if i > 0 and words[i - 1].lower() in _ADVERBIAL_PREPOSITIONS and word[:1].islower():
            continue  # governed by a preposition, an adverbial: "на выходе из акимата" ("акимата" no subject)
        if _is_role_start(words, i, initial) or (low in _ROLE_PREFIXES and i + 1 < len(words)):
            return i
        if _participle_clause_noun(words, i):
            return i  # "Живущая в соседнем доме пенсионерка А": the participle's clause is part of the role
        if morph.is_russian_word(low) and morph.lemma(low) in _RU_BODY_LEMMAS and _may_be_nominative(low):
            if i > 0 and _is_noun(words[i - 1]) and _may_be_genitive(low):
                continue  # an office in the genitive of a noun: "в ходе заседания правительства"
            return i  # an office: "пресс-служба акимата" (not "акимата"); not "в акимате"
        if (
            i > 0
            and _NAME_TOKEN_RE.match(word)
            and _is_noun(words[i - 1])
            and not _may_be_nominative(word)
            and (_is_place(word) or morph.lemma(word) in _RU_BODY_LEMMAS)
        ):
            continue  # a body or place in the genitive of a noun: "во время заседания Мажилиса"
        if i > 0 and (word[:1] == "«" or _NAME_TOKEN_RE.match(word)) and _is_thing_word(words[i - 1]):
            continue  # a channel's or a paper's name: "в эфире телеканала «Астана»", "телеканалу Хабар 24"
        if i > 0 and word[:1] == "«" and _is_oblique_thing(words[i - 1]):
            continue  # a name in marks after a thing in an oblique case: "в эфире «Хабар 24»"
        if _NAME_TOKEN_RE.match(word) and not (i == 0 and initial and _is_common_initial(word)):
            if (
                i > 0
                and words[i - 1].lower() in _ADVERBIAL_PREPOSITIONS
                and (not _may_be_nominative(word) or _is_place(word) or words[i - 1].lower() == "у")
            ):
                continue  # "в Мажилисе", "во время визита в Актау", "на посту у Косшы" ("у" takes no nominative)
            return i
        if word[:1] == "«":
            return i
    return 0


def _addressee_in_marks(words: list[str], i: int) -> int:
    """The index after a name in marks at ``words[i]`` that is in the dative, with words after it
    ("«Казинформу» аким ..."): those the words were said to, as "журналистам"; else 0."""
    for j in range(i, len(words)):
        if "»" in words[j]:
            last = words[j].split("»")[0].strip("«")
            parses = morph.parses(last) if last[:1].isalpha() and morph.is_russian_word(last) else []
            told = any("datv" in p.tag for p in parses) and not any("nomn" in p.tag for p in parses)
            return j + 1 if told and j + 1 < len(words) else 0
    return 0


def _is_noun(word: str) -> bool:
    return word[:1].islower() and morph.is_russian_word(word) and morph.parses(word)[0].tag.POS == "NOUN"


def _is_oblique_thing(word: str) -> bool:
    """An inanimate noun read first in an oblique case ("эфире", "студии")."""
    return _is_noun(word) and not ({"anim", "nomn"} & morph.parses(word)[0].tag.grammemes)


def _may_be_genitive(word: str) -> bool:
    return any("gent" in p.tag for p in morph.parses(word))


def _may_be_nominative(word: str) -> bool:
    return not morph.is_russian_word(word) or any("nomn" in p.tag for p in morph.parses(word))


@dataclass
class _Phrase:
    role: list[str]
    name: list[str]
    pronoun: str | None = None


_KK_TIME_POSTPOSITIONS = frozenset(["кейін", "соң", "бұрын", "дейін", "бері"])
_KK_ABOUT_THIS = frozenset(["бұл туралы", "бұл жөнінде", "осы туралы", "осы жөнінде"])
_KK_CONNECTORS = ("сонымен қатар", "сонымен бірге", "сондай-ақ", "алайда", "дегенмен", "бірақ", "ал", "өз кезегінде")


# A possessed noun in the accusative ending a verb's object ("қиындығын", "жағдайын"), not a participle's
# ("тұратын").
_KK_OBJECT_END_RE = re.compile(r"[бвгғджзйклмнңпрсфхцчшщ](?:ын|ін)$(?<!тын)(?<!тін)")


# Kazakh kin nouns with the possessive, after whose kin in the genitive ("А-ның ұлы", "А-ның қызы").
_KK_KIN_OF = frozenset(["ұлы", "қызы", "баласы", "әйелі", "жұбайы", "інісі", "ағасы", "әпкесі", "қарындасы",
                        "сіңлісі", "немересі", "анасы", "әкесі", "келіні", "күйеуі"])  # fmt: skip


def _person_phrase(words: list[str], language: str, case: str, initial: bool, people: _People) -> _Phrase:
    """Read "<role> <name>" out of the words naming a speaker; what follows the name is dropped."""
    if not words:
        return _Phrase([], [])
    if language == "kk" or _has_kazakh_letters(" ".join(words)):
        # Adverbials ending in the locative ("Брифинг барысында", "Өз кезегінде") or a postposition of
        # time ("матчтан кейін", "жиыннан соң") come first.
        for k in range(len(words) - 2, -1, -1):
            locative = _is_kazakh_locative(words[k]) or (k == 0 and initial and _is_initial_kk_locative(words[k]))
            time = k > 0 and words[k] in _KK_TIME_POSTPOSITIONS and words[0].lower() not in _KK_PRONOUNS
            if (locative or time) and any(KK_PARTICIPLE_RE.search(w) for w in words[k + 1 : k + 4]):
                # "сол жерде тұрып қалған жүргізуші", "Отыз жылдан бері ... балық аулайтын оралдық": inside
                # the participle's clause, part of the role
                continue
            if locative or time:
                words = words[k + 1 :]
                initial = False
                break
        if pronoun_at := next(
            (
                i
                for i in range(1, len(words))
                if words[i].lower() in _KK_PRONOUNS and KK_PARTICIPLE_RE.search(words[i - 1])
            ),
            0,
        ):
            words = words[pronoun_at:]  # "Аудармашы арқылы тілдескен ол": the participle's clause says what he did
            initial = False
        if clause_end := next(
            (
                i + 1
                for i in range(len(words) - 2, -1, -1)
                if words[i][:1].islower() and _KK_THAT_CLAUSE_RE.search(words[i])
            ),
            0,
        ):
            # "Бағаның неге түскенін «...» ЖШС директоры А былай түсіндірді:": what was explained, a
            # participle's clause in the accusative, before the subject, is no part of the role.
            words = words[clause_end:]
            initial = False
        if len(words) > 2 and " ".join(words[:2]).lower() in _KK_ABOUT_THIS:
            words = words[2:]  # "Бұл туралы облыс әкімі ... айтты:": "about this", no part of the role
            initial = False
        for connector in _KK_CONNECTORS:
            n = connector.count(" ") + 1
            if len(words) > n and " ".join(words[:n]).lower() == connector:
                words = words[n:]  # "Сонымен қатар Президент атап өткендей": a link to the sentence before
                break
        if _is_one_of_many(words, "kk"):
            # One of many, "бір сатып алушы", with what is said of it before ("Шеберханаға
            # Шымкенттен арнайы келген бір сатып алушы"): no name, the place names no one.
            return _Phrase(words, [])
    elif case == "nomn":
        start = _subject_start(words, initial)
        if start:
            initial = False
        words = words[start:]
    if not words:
        return _Phrase([], [])
    low0 = words[0].lower()
    kazakh = language == "kk" or _has_kazakh_letters(" ".join(words))
    # (in Kazakh "Он" is ten: "Он шақырымды еңсерген ... зейнеткер А")
    if (low0 in _RU_PRONOUNS and not kazakh) or low0 in _KK_PRONOUNS or (low0 == "они" and len(words) == 1):
        return _Phrase([], [], pronoun=low0)  # ("— говорят они": several people, no one named)
    if len(words) == 1 and low0 in _KK_ROLES_OR_NAMES:
        return _Phrase(words, [])  # "Ғалым тұрғындарға ескертті:": alone, the scientist named before
    if (
        initial
        and words[0][:1].isupper()
        and (
            people.by_surname(words[0].strip("«»,")) is not None
            or ((given := people.by_given_name(words[0].strip("«»,"))) is not None and given.name != words[0])
        )
    ):
        # "Мокры признал:": the surname of someone named, though the dictionary knows the word;
        # "Бауыржан пожимает плечами:": the given name of someone named in full
        initial = False
    runs = _name_runs(words, initial)
    multi = [r for r in runs if r[1] - r[0] >= 2]
    chosen: tuple[int, int] | None = None
    if language != "kk":
        # "Президент Казахстана": a role capitalised by custom and a place, no name.
        multi = [r for r in multi if not _is_role_and_places(words[r[0] : r[1]])]
    elif (
        multi
        and KK_GENITIVE_RE.search(words[multi[-1][1] - 1])
        and runs[-1][0] > multi[-1][1]
        and words[runs[-1][0] - 1].lower().rstrip(",") in _KK_KIN_OF
    ):
        # "Ерғали Жұмабаевтың 23 жастағы ұлы Бекзат": whose son, in the genitive; the son, named after
        # the kin noun, speaks.
        lo = runs[-1][0]
        return _Phrase(words[:lo], words[lo : runs[-1][1]])
    if multi:
        # "главный тренер «Авангарда» Михаил Козлов": prefer a run that reads as a person.
        personal = [r for r in multi if any(_looks_like_person_word(w) for w in words[r[0] : r[1]])]
        chosen = personal[0] if personal else multi[-1]
    elif runs:
        singles = [r for r in runs if people.by_surname(words[r[0]]) is not None]
        if not singles:
            singles = [
                r
                for r in runs
                if morph.SURNAME_RE.search(words[r[0]])
                and not _is_place(words[r[0]])
                and _starts_person(words[r[0]])
                and not (r[0] and words[r[0] - 1].lower() in _STREET_NOUNS)
            ]  # not "Кызылординской" (области), an adjective; not "по улице Торайгырова", a street
        last = runs[-1][0]
        if (
            not singles
            and (runs[-1][1] == len(words) or _predicate_at(words, runs[-1][1], language))
            and not _is_capitalised_role(words[last])
            and not (last and words[last - 1][:1].islower() and morph.is_geographic(words[last]))
            # (after a Kazakh role noun, a name the dictionary knows as a thing: "сынып оқушысы Диас")
            and not (
                last and _is_named_thing(words[last]) and not (language == "kk" and _kk_role_word(words[last - 1]))
            )
            and not (last and _is_one_of_many(words[:last], language))
            and not (last and words[last - 1].lower() in ("из", "со", "с") and language != "kk")
            and not (last and words[last - 1].lower() in _STREET_NOUNS)
            and not (last and words[last - 1].lower() in _DWELLER_NOUNS)
        ):  # not a place or a body ending a role: "представитель акимата Астаны", "глава Минфина",
            # "один из жителей Бесагаша" (one of many, then where they live), "пассажирка из Степногорска"
            singles = [runs[-1]]
        if singles:
            chosen = singles[-1]
    if chosen is None:
        return _Phrase(_role_only(words, language), [])
    lo, hi = chosen
    if hi < len(words) and words[hi].lower() in _KK_KIN and KK_GENITIVE_RE.search(words[hi - 1]):
        # "Бірінші сынып оқушысы Ақжол Серікұлының әкесі": a relative of the one named, no name of his own.
        return _Phrase(words[: hi + 1], [])
    name_start = _name_in_run(words, lo, hi) if hi - lo >= 2 else lo
    if name_start and KK_PARTICIPLE_RE.search(words[name_start - 1]) and _has_kazakh_letters(" ".join(words)):
        # "Осы көшеде 30 жылдан бері тұратын Гүлмира Сейітова": a participle's clause with no role
        # noun after it says something of the person; it is no role ("сомдаған актриса А" is).
        return _Phrase([], words[name_start:hi])
    return _Phrase(words[:name_start], words[name_start:hi])


def _predicate_at(words: list[str], i: int, language: str) -> bool:
    """In Russian, ``words[i]`` is a short adjective or participle, or a verb, that says something of
    the name before it ("Ее муж Максат настроен менее восторженно:", "Бауыржан пожимает плечами:")."""
    if language == "kk" or not words[i][:1].islower() or not morph.is_russian_word(words[i]):
        return False
    return any(p.tag.POS in ("ADJS", "PRTS", "VERB") for p in morph.parses(words[i])[:2])


def _is_womans_given_name(word: str) -> bool:
    """A woman's given name in the nominative the dictionary knows ("Людмила") or a Kazakh woman's
    name; not a man's genitive in "-а" ("Ерсултана")."""
    if word.lower() in morph.KAZAKH_WOMEN_NAMES:
        return True
    tags = _name_tags(word)
    return any(t.gender == "femn" and "nomn" in t for t in tags) and not any(
        t.gender == "masc" and "gent" in t for t in tags
    )


# A man's surname in the nominative ("Ермеков", though the dictionary reads a given name's plural
# genitive in it).
_MANS_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")

# "один из", "одна из покупательниц", "продавец одного из бутиков": one of many, someone new.
_ONE_OF = frozenset(["один", "одна", "одно", "одного", "одной", "одному", "одним", "одну"])
# Words of one of many before "из" ("один из пассажиров", "одна из медсестер", "каждый из").
_MANY_OF = _ONE_OF | frozenset(
    ["одни", "каждый", "каждая", "некоторые", "многие", "кто-то", "никто", "двое", "трое", "четверо", "большинство",
     "часть", "половина"]
)  # fmt: skip

_NOT_IN_A_ROLE = frozenset(["VERB", "INFN", "PRTS", "ADJS", "ADVB", "GRND"])


def _role_only(words: list[str], language: str) -> list[str]:
    """A role with no name after it, cut before an adverbial ("министр на брифинге") or, in
    Russian, a verb, short form or adverb that says something of it ("Аким настроен жестко: «П»")."""
    russian = language != "kk" and not _has_kazakh_letters(" ".join(words))
    if russian and words and words[0].lower() in _ABOUT_PREPOSITIONS:
        return []  # "О своей профессии говорит коротко:": what the subject speaks of, no role
    # A participle's clause before the role noun is part of the role ("находившийся на месте полицейский").
    noun = _participle_clause_noun(words, 0) if russian and words else 0
    for i, word in enumerate(words):
        if i <= noun:
            continue
        low = word.lower()
        if low in ("на", "в", "во", "после", "перед", "при", "журналистам") or (russian and low in _ABOUT_PREPOSITIONS):
            return words[:i]  # ("Ее дочь о прошлой зиме рассказывает": what she speaks of)
        if low == "из" and russian and words[i - 1].lower() not in _MANY_OF:
            return words[:i]  # "пользователь из Караганды": where from, no part of the role ("один из" is)
        if low == "по" and i + 1 < len(words) and words[i + 1].lower() in _STREET_NOUNS:
            return words[:i]  # "жильцы дома №14 по улице Торайгырова": where, no part of the role
        if (
            russian
            and morph.is_russian_word(low)
            and (parsed := morph.parses(low))
            and parsed[0].tag.POS in _NOT_IN_A_ROLE
        ):
            return words[:i]
        if (
            russian
            and i
            and words[i - 1][:1].islower()
            and morph.is_russian_word(low)
            and all("accs" in p.tag and "nomn" not in p.tag and "gent" not in p.tag for p in morph.parses(low)[:3])
        ):
            return words[:i]  # "— показывает женщина пластиковую бутылку": the verb's object, no part of it
    return words


_SPACED_DASH_RE = re.compile(rf"([{_SPACE}][—–][{_SPACE}])")


def _role_to_nominative(role: str, case: str) -> str:
    """Put each head of a role in the nominative ("вице-премьера — министра ..." has two)."""
    parts = _SPACED_DASH_RE.split(role)
    return "".join(part if i % 2 else morph.phrase_to_nominative(part, case) for i, part in enumerate(parts))


def _role_lemmas(words: list[str], language: str) -> frozenset[str]:
    if language == "kk" or _has_kazakh_letters(" ".join(words)):
        return frozenset(w.lower().strip("«»,") for w in words)
    return frozenset(morph.lemma(w.strip("«»,")) for w in words if morph.is_russian_word(w.strip("«»,")))


def _role_is_person(words: list[str]) -> bool:
    """True when the words before a name end with a person's role: an animate noun, maybe with
    dependents in the genitive after it ("наставник «Астаны»", "главный тренер")."""
    for word in reversed(words):
        bare = word.strip("«»,")
        if not morph.is_russian_word(bare):
            return False
        ps = morph.parses(bare.lower())
        if any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in ps[:2]):
            return True
        if "gent" not in ps[0].tag:
            return False
    return False


# A Kazakh noun in the plural, maybe possessed: "диқандар", "мамандар", "ауыл тұрғындары".
# The Kazakh plural ending; not loanwords that only end so ("актер", "лидер", "мастер", "волонтер").
_KK_PLURAL_RE = re.compile(
    r"(?<!^ак)(?<!^ли)(?<!^мас)(?<!^волон)(?<!^ди)(?<!^репор)(?<!^продю)(?<!^компью)(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?$"
)


def _plural_head(words: list[str]) -> bool:
    """True when the first noun of a Russian role is a plural in the nominative ("врачи", "эксперты")."""
    tag = _first_noun_tag(words)
    return tag is not None and "plur" in tag and "nomn" in tag


# Kazakh nouns of a person's sex after a role noun ("студент қыз", "жас жігіт"), no role of their own there.
_KK_GENDER_NOUNS = frozenset(["қыз", "жігіт"])


def _role_head(words: list[str], language: str) -> str | None:
    """The noun a role is about ("министр" of "министр финансов"; Kazakh "директор")."""
    if language == "kk" or _has_kazakh_letters(" ".join(words)):
        if (
            len(words) >= 2
            and words[-1].lower() in _KK_GENDER_NOUNS
            # (not "26 жастағы жігіт", "жас жігіт": an age or an adjective before the noun, no role noun)
            and not _KK_LOCATIVE_ADJECTIVE_RE.search(words[-2].lower())
            and words[-2].lower() not in _KK_DESCRIPTIVE_ADJECTIVES
        ):
            return words[-2].lower()  # "студент қыз" (a girl student): the role noun, "қыз" her gender
        return words[-1].lower() if words else None
    for word in words:
        bare = word.strip("«»,")
        if morph.is_russian_word(bare) and any(p.tag.POS == "NOUN" for p in morph.parses(bare)[:1]):
            return morph.lemma(bare)
    return None


# Role nouns that bring in someone the text has not named ("— рассказал очевидец", "«...», —
# говорит одна из пострадавших"), unlike those that refer back to the last person named
# ("— рассказала женщина", "— отметил собеседник"): with nobody named in that role before, the
# speaker is unknown, not the last person named (an akim, say).
_NEWCOMER_LEMMAS = frozenset(
    ["очевидец", "очевидица", "свидетель", "свидетельница", "прохожий", "прохожая", "пострадать",
     "житель", "жительница", "пенсионер", "пенсионерка", "пассажир", "пассажирка", "водитель",
     "покупатель", "покупательница", "посетитель", "посетительница", "турист", "туристка",
     "болельщик", "болельщица", "сосед", "соседка", "волонтёр", "родитель", "зритель", "зрительница",
     "пациент", "пациентка", "школьник", "школьница", "студент", "студентка", "горожанин", "горожанка",
     "сельчанин", "сельчанка", "пешеход", "автомобилист", "автомобилистка", "читатель", "читательница",
     "клиент", "клиентка", "мать", "отец", "мама", "папа", "источник", "пользователь", "пользовательница",
     "подписчик", "подписчица",
     # relatives, unnamed in that role before ("Ее дочь ... рассказывает:"): someone new
     "дочь", "сын", "жена", "муж", "брат", "сестра", "бабушка", "дедушка", "внук", "внучка", "супруга", "супруг",
     # the parties of a case, each someone other than the judge or the lawyer named
     "подсудимый", "потерпевший", "истец", "истица", "ответчик", "ответчица", "обвинитель", "гособвинитель",
     # one of a body's many people ("— сказал представитель ведомства"), as "один из"
     "представитель", "представительница", "сотрудник", "сотрудница", "работник", "работница", "специалист",
     "родственник", "родственница",
     # an outlet's many staff ("— спросил корреспондент Bestnews.kz" at a briefing)
     "корреспондент", "корреспондентка", "журналист", "журналистка",
     # a bank's many clients, as "клиент"
     "заемщик", "заемщица", "заёмщик", "заёмщица", "вкладчик", "вкладчица"]
)  # fmt: skip
# Participles of the parties of a case, as written (their lemmas are verbs: "обвиняемый" -> "обвинять").
_NEWCOMER_FORMS = frozenset(
    ["обвиняемый", "обвиняемая", "осужденный", "осуждённый", "осужденная", "осуждённая", "подозреваемый",
     "подозреваемая", "задержанный", "задержанная"]
)  # fmt: skip


# The same in Kazakh, as word starts (the words take possessive and case endings: "тұрғыны").
_KK_NEWCOMER_STARTS = ("тұрғын", "куәгер", "жолаушы", "жүргізуші", "зейнеткер", "көрші", "жанкүйер",
                       "сатып алушы", "келуші", "турист", "ерікті", "зардап шеккен", "ата-ана", "көрермен",
                       "оқушы", "студент", "науқас", "тұтынушы", "жүргінші", "оқырман", "тыңдарман",
                       # one of a body's many, as Russian "представитель", "сотрудник"
                       "өкіл", "қызметкер")  # fmt: skip


def _is_one_of_many(role_words: list[str], language: str = "ru") -> bool:
    """ "бір тұрғын", "один из жителей", "одна из покупательниц": one of many, someone new."""
    lows = [word.strip("«»,").lower() for word in role_words]
    if language == "kk" or _has_kazakh_letters(" ".join(role_words)):
        # "бір" and the lower-case noun after it, what is said of it maybe before ("Шымкенттен
        # келген бір сатып алушы").
        if len(lows) >= 2 and lows[-1] == "бірі" and _KK_PLURAL_GENITIVE_RE.search(lows[-2]):
            return True  # "саудагерлердің бірі": one of the traders
        return "бір" in lows[:-1] and all(w[:1].islower() for w in role_words[lows.index("бір") + 1 :])
    return any(low in _ONE_OF and after == "из" for low, after in itertools.pairwise(lows))


# A Kazakh finite verb in the present or the past, third person ("жалықпайды", "келіседі", "күтті").
_KK_FINITE_VERB_RE = re.compile(r"[әғқңөұүһіа-я]{2,}(?:йды|йді|ады|еді|ды|ді|ты|ті)$")
# A Kazakh plural in the accusative ("тұрғындарды", the residents).
_KK_PLURAL_ACCUSATIVE_RE = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ды|ді)$")
# A Kazakh plural in the genitive ("саудагерлердің", of the traders; "тұрғындардың").
_KK_PLURAL_GENITIVE_RE = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?(?:ның|нің|дың|дің|тың|тің)$")


# Russian kin nouns: before a name in the genitive, a relative of that person ("мать Меруерт Касеновой").
_RU_KIN = frozenset(
    ["мать", "мама", "отец", "папа", "сын", "дочь", "муж", "жена", "брат", "сестра", "бабушка", "дедушка", "супруга",
     "супруг", "внук", "внучка", "тетя", "дядя", "племянник", "племянница"]
)  # fmt: skip
# Kazakh kin of someone as a role's head ("Чемпионның анасы", the champion's mother): a relative of
# someone named is someone new when no one was named in that role before, as "Науқастың қызы"; the
# noun alone refers back ("– деді әже" after a woman named).
_KK_KIN = frozenset(
    ["анасы", "әкесі", "шешесі", "атасы", "әжесі", "ағасы", "інісі", "апасы", "әйелі", "күйеуі", "ұлы", "қызы", "баласы",
     "немересі", "қарындасы", "сіңлісі", "жұбайы", "енесі", "келіні", "жиені", "бауыры", "әпкесі", "нағашысы",
     "қайынатасы", "қайынанасы", "туысы", "туысқаны"]
)  # fmt: skip


# Words between a Kazakh genitive and a kin noun: youngest, eldest, middle, second ...
_KK_KIN_ADJECTIVES = frozenset(["кенже", "үлкен", "ортаншы", "екінші", "үшінші", "тұңғыш", "кіші", "жалғыз"])


def _is_newcomer(role_words: list[str], language: str = "ru") -> bool:
    if language == "kk" or _has_kazakh_letters(" ".join(role_words)):
        text = " ".join(role_words).lower()
        if _is_one_of_many(role_words, language):
            return True  # "бір көрермен": "a viewer", someone new
        if (
            len(role_words) >= 2
            and role_words[-1].lower() in _KK_KIN
            and (
                KK_GENITIVE_RE.search(role_words[-2])
                or (
                    len(role_words) >= 3
                    and role_words[-2].lower() in _KK_KIN_ADJECTIVES
                    and KK_GENITIVE_RE.search(role_words[-3])
                )
            )
        ):
            return True  # "Науқастың қызы", "Шопанның кенже қызы" (the shepherd's youngest daughter)
        if len(role_words) == 1 and role_words[0].lower() in _KK_KIN:
            return True  # "Әкесі ... жалғады:" (his father), never named so: someone new, as "мать"
        return any(f" {start}" in f" {text}" for start in _KK_NEWCOMER_STARTS)
    if _is_one_of_many(role_words, language):
        return True
    lows = [word.strip("«»,").lower() for word in role_words]
    return any(low in _NEWCOMER_FORMS or morph.lemma(low) in _NEWCOMER_LEMMAS for low in lows)


def _first_noun_tag(role_words: list[str]) -> Any:
    """The dictionary's first reading of the first Russian noun of a role, or None."""
    for word in role_words:
        bare = word.strip("«»,").lower()
        if morph.is_russian_word(bare) and (ps := morph.parses(bare)) and ps[0].tag.POS == "NOUN":
            return ps[0].tag
    return None


def _feminine_role(role_words: list[str]) -> bool:
    """A role whose head noun is feminine ("пациентка", "жительница"), for a cue that shows no gender
    ("— говорит пациентка"); a masculine noun says nothing ("министр" may be a woman)."""
    tag = _first_noun_tag(role_words)
    return tag is not None and "femn" in tag and "anim" in tag


_KK_ORDINAL_RE = re.compile(r"(?:ыншы|інші|ншы|нші)$")


@lru_cache(maxsize=4096)
def _ordinals(roles: frozenset[str]) -> frozenset[str]:
    """The ordinal numbers among role words (lemmas; Kazakh words lower-cased): "девятый",
    "тоғызыншы", "бірінші"."""
    return frozenset(
        w
        for w in roles
        if _KK_ORDINAL_RE.search(w)
        or (morph.is_russian_word(w) and "Anum" in morph.parses(w)[0].tag and not _has_kazakh_letters(w))
    )


def _kk_stem(word: str) -> str:
    """A Kazakh role word without its genitive and possessive endings, for comparing role words
    ("облысының" -> "облыс", "әкімі" -> "әкім", "көлігінің" -> "көліг")."""
    word = KK_GENITIVE_RE.sub("", word)
    stem = KK_POSSESSIVE_RE.sub(lambda m: m.group(0)[:1], word)
    return stem if len(stem) >= 3 else word


_KK_AGE_WORDS = frozenset(["жастағы", "жасар", "жасында"])
_KK_DESCRIPTIVE_ADJECTIVES = frozenset(
    ["тәжірибелі", "жас", "қарт", "егде", "білікті", "кәсіби", "танымал", "белгілі", "ардақты", "білімді"]
)


def _another_of_role(roles: frozenset[str], theirs: frozenset[str], head: str) -> bool:
    """True when role words ``roles`` name another of the kind of person whose role words are
    ``theirs``, though both have the noun ``head``: another ordinal ("девятого класса" /
    "одиннадцатого класса", "тоғызыншы" / "он бірінші сынып оқушысы"), or, in Kazakh, where the
    words before the noun say which one, none of those words in common ("автобус жүргізушісі" is
    not "Жүк көлігінің жүргізушісі А"; "аудан әкімі" is "Аққайың ауданының әкімі А")."""
    ordinals = _ordinals(roles)
    if ordinals and (other := _ordinals(theirs)) and ordinals.isdisjoint(other):
        return True
    if not _has_kazakh_letters(head + " ".join(roles)):
        return False
    noun = _kk_stem(head)
    # An age says which one only against another age ("26 жастағы" is not "58 жастағы А"); alone it
    # says how one is ("— дейді 63 жастағы шебер" after "шебер А").
    if not _KK_AGE_WORDS.isdisjoint(roles) or not _KK_AGE_WORDS.isdisjoint(theirs):
        ages, their_ages = {w for w in roles if w.isdigit()}, {w for w in theirs if w.isdigit()}
        if ages and their_ages and ages.isdisjoint(their_ages):
            return True
        roles = frozenset(w for w in roles if not w.isdigit() and w not in _KK_AGE_WORDS)
        theirs = frozenset(w for w in theirs if not w.isdigit() and w not in _KK_AGE_WORDS)
    # Words of how one is, not which one ("тәжірибелі акушер", the experienced midwife just named).
    roles = frozenset(w for w in roles if w not in _KK_DESCRIPTIVE_ADJECTIVES)
    mine = {stem for w in roles if (stem := _kk_stem(w)) != noun}
    their = {stem for w in theirs if (stem := _kk_stem(w)) != noun}
    return bool(mine and their) and not any(a.startswith(b) or b.startswith(a) for a in mine for b in their)


def _matches_role(person: _Person, head: str) -> bool:
    # A Kazakh role word carries a possessive ending ("директоры" for "директор").
    roles = person.roles if person.role_text is None else _role_heads(person.role_text)
    if head in roles:
        return True
    head = head.replace("ё", "е")  # the dictionary's lemma "актёр" for a Kazakh text's "актері"
    if (
        head.startswith("гос")
        and head[3:] in roles
        and "государствен" in (person.role_text or " ".join(person.roles)).lower()
    ):
        return True  # "гособвинитель", "госинспектор": the clipped "государственный обвинитель"
    return any(r.startswith(head) and len(r) - len(head) <= 2 for r in roles)


@lru_cache(maxsize=4096)
def _role_heads(role_text: str) -> frozenset[str]:
    """The lemmas of a Russian role's nouns that no noun before governs in the genitive: "адвокат"
    of "адвокат подсудимого", "заместитель" of "заместитель акима города", "министр" of "встретился
    с министром финансов"."""
    heads: set[str] = set()
    after_noun = False
    for word in role_text.split():
        bare = word.strip("«»,")
        if not morph.is_russian_word(bare):
            after_noun = False
            continue
        tag = morph.parses(bare.lower())[0].tag
        if tag.POS == "NOUN":
            if not (after_noun and "gent" in tag):
                heads.add(morph.lemma(bare))
                if "-" in bare:
                    # "Режиссер-постановщик": a later "— сказал режиссер" is that person
                    heads.update(morph.lemma(part) for part in bare.split("-") if morph.is_russian_word(part))
            after_noun = True
        elif tag.POS not in ("ADJF", "PRTF") or not (after_noun and "gent" in tag):
            after_noun = False
    return frozenset(heads)


def _is_body(words: list[str], language: str) -> bool:
    if not words:
        return False
    if language == "kk" or _has_kazakh_letters(" ".join(words)):
        return words[-1].lower() in KK_BODY_WORDS
    for word in words[:3]:
        bare = word.strip("«»")
        if morph.lemma(bare) in _RU_BODY_LEMMAS or bare.lower() in _RU_BODY_LEMMAS:
            return True
        if morph.is_russian_word(bare) and any(
            p.tag.POS == "NOUN" and "anim" in p.tag for p in morph.parses(bare.lower())[:1]
        ):
            return False  # a person heads it: "глава МЧС", "начальник пресс-службы"
    return False


@dataclass
class _Speaker:
    name: str | None
    role: str | None
    person: _Person | None  # remembered for later pronouns and surnames
    newcomer: _Newcomer | None = None  # an unnamed person new to the text speaks (speaker null)


@dataclass(frozen=True)
class _Newcomer:
    gender: str | None


def _pronoun_newcomer(people: _People, gender: str | None) -> _Speaker | None:
    """A pronoun right after an unnamed newcomer's quotation is that person: speaker null ("—
    рассказал очевидец. «П», — добавил он"), when the genders agree."""
    newcomer = people.newcomer
    if newcomer is None or not (gender is None or newcomer.gender in (None, gender)):
        return None
    return _Speaker(None, None, None, _Newcomer(newcomer.gender or gender))


# Nouns that say only that a person speaks, no office or occupation: after a newcomer's quotation,
# they are that newcomer.
_GENERIC_PERSON_LEMMAS = frozenset(["мужчина", "женщина", "парень", "девушка", "юноша", "собеседник", "собеседница"])
_KK_GENERIC_PERSONS = frozenset(["әйел", "жігіт", "ер адам"])


def _is_generic_person(role_words: list[str], language: str) -> bool:
    text = " ".join(role_words).strip(" ,").lower()
    if language == "kk" or _has_kazakh_letters(text):
        return text in _KK_GENERIC_PERSONS
    return len(role_words) == 1 and morph.lemma(text) in _GENERIC_PERSON_LEMMAS


def _noun_gender(role_words: list[str]) -> str | None:
    """The gender of the first Russian noun of a role when it is animate ("очевидец", "пациентка")."""
    tag = _first_noun_tag(role_words)
    if tag is None or "anim" not in tag or "Ms-f" in tag:
        return None
    return "femn" if "femn" in tag else "masc" if "masc" in tag else None


_GUILLEMET_NAME_RE = re.compile(rf"^«[{_UPPER}][^«»]*»$")


# Forms of address, no role and no part of a name: Russian before a surname ("господин Сапаров"),
# Kazakh after a name ("Сапаров мырза", "Айгүл ханым").
_RU_HONORIFICS = frozenset(
    [
        "господин",
        "госпожа",
        "господина",
        "госпожи",
        "господину",
        "госпоже",
        "г-н",
        "г-жа",
        "г-на",
        "г-жи",
        "мистер",
        "миссис",
    ]
)
_KK_HONORIFICS = frozenset(["мырза", "ханым", "мырзаның", "ханымның"])
# Kin words that are a form of address after a given name ("Күләш апа", "Қайрат аға"); after any other
# word they are kin ("қарт апа", an old woman).
_KK_ADDRESS_AFTER_NAME = frozenset(
    ["апа", "апай", "аға", "ағай", "әпке", "апаның", "апайдың", "ағаның", "ағайдың", "әпкенің",
     # an elder's: "Сәрсенбек ақсақал", "Мұрат ата", "Күләш әже"
     "ақсақал", "ата", "әже", "ақсақалдың", "атаның", "әженің"]
)  # fmt: skip


_HYPHENATED_ADDRESS_RE = re.compile(r"^(.+)-(?:ата|апа|апай|аға|ағай|әже|ага|агай)$")


def _without_honorifics(words: list[str]) -> list[str]:
    """``words`` without a form of address before a capitalised name or after a word ("Зейнеп-апа"
    -> "Зейнеп")."""
    words = [m[1] if w[:1].isupper() and (m := _HYPHENATED_ADDRESS_RE.match(w)) else w for w in words]
    if not any(w[:1] in "гГмМхХаАәӘ" for w in words):
        return words  # no word starts as a form of address does
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower().strip(",")
        if low in _RU_HONORIFICS and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue
        if (low in _KK_HONORIFICS and i > 0) or (
            low in _KK_ADDRESS_AFTER_NAME and i > 0 and words[i - 1][:1].isupper() and out
        ):
            if low.endswith("ның") and out:
                out[-1] = f"{out[-1]}ның"  # the genitive moves to the name (only its ending is read)
            continue
        out.append(word)
    return out or words


# Adverbs and particles that stand where a subject would and name no one ("— сообщили там").
_NO_SUBJECT_ADVERBS = frozenset(
    ["там", "здесь", "тут", "только", "лишь", "даже", "потом", "затем", "вдруг", "снова", "опять",
     # those told, a pronoun in the dative ("— крикнули ему из толпы")
     "ему", "ей", "им"]
)  # fmt: skip
# Kazakh personal pronouns in the ablative, the dative and the instrumental: whom one asked or told,
# before the subject after "деп" ("– деп сұрады одан қорғаушы").
_KK_OBLIQUE_PRONOUNS = frozenset(
    ["одан", "оған", "онымен", "олардан", "оларға", "олармен", "маған", "менен", "бізге", "бізден", "сізге", "сізден"]
)
# Those told, after the speaker ("— рассказал предприниматель корреспонденту Tengrinews.kz").
_RU_TOLD_NOUNS = frozenset(["корреспонденту", "журналисту", "журналистам", "изданию", "редакции"])
# Prepositions of where someone stands, after a role noun ("пожилая женщина у соседнего прилавка").
_WHERE_PREPOSITIONS = frozenset(["у", "возле", "около", "рядом"])
# "through" before what the words came through ("сквозь помехи"), before the subject.
_THROUGH_PREPOSITIONS = frozenset(["сквозь", "через"])


def _resolve(reading: _Reading, people: _People, language: str) -> _Speaker:
    if reading.bare:
        person = people.resolve(None)
        return _Speaker(person.name if person else None, None, None)
    if not reading.subject:
        return _Speaker(None, None, None)
    russian = language != "kk" and not _has_kazakh_letters(reading.subject)
    if reading.body_speaker:
        name = morph.phrase_to_nominative(reading.subject, reading.case) if russian else reading.subject
        return _Speaker(people.body(name), None, None)
    if reading.case == "kk-gen":
        return _resolve_kk_genitive(reading, people, language)
    words = reading.subject.split()
    if not russian and _is_body(words, language):
        # "– деп ескертті Шығыс Қазақстан облысы бойынша ТЖД баспасөз қызметі": a Kazakh body, as
        # written, place names and all (they are no person's name).
        return _Speaker(people.body(reading.subject.strip()), None, None)
    if all(LATIN_NAME_RE.match(w) for w in words):
        # A name in Latin letters: an outlet or a foreign body or person, as written ("— сообщает Kazinform").
        return _Speaker(reading.subject.strip(), None, None)
    if (
        russian
        and reading.case == "nomn"
        and _GUILLEMET_NAME_RE.match(reading.subject)
        and _may_be_nominative(words[-1].strip("«»"))
    ):
        # An outlet or a body named in marks alone, as written ("— цитирует «Казинформ»").
        return _Speaker(reading.subject.strip(), None, None)
    words = _without_honorifics(words)
    if not russian and len(words) > 1 and words[0].lower() in _KK_OBLIQUE_PRONOUNS:
        words = words[1:]  # "– деп сұрады одан қорғаушы": whom he asked (from him), no part of the subject
    if russian and words[0].lower() in _NO_SUBJECT_ADVERBS | _THROUGH_PREPOSITIONS:
        # "— сообщили там", "только спросил:", "— отвечает сквозь помехи женский голос": an adverb, or
        # "through" and what, before the subject or instead of one.
        while words and words[0].lower() in _NO_SUBJECT_ADVERBS:
            words = words[1:]
        if len(words) > 2 and words[0].lower() in _THROUGH_PREPOSITIONS:
            words = words[2:]
        if len(words) == 2 and words[0].lower() in ("из", "от", "с", "со"):
            words = []  # "— крикнули ему из толпы": where from, no one named
        if not words:
            person = people.resolve(reading.verb_gender) if reading.verb_gender in ("masc", "femn") else None
            return _Speaker(person.name if person else None, None, person)
    if (
        russian
        and (at := next((i for i, w in enumerate(words) if i >= 1 and w.lower() in _WHERE_PREPOSITIONS), 0))
        and all(w[:1].islower() for w in words)
    ):
        # "— спрашивает пожилая женщина у соседнего прилавка": where she stands is no part of the role.
        words = words[:at]
    if (
        russian
        and len(words) >= 2
        and (told := len(words) - (2 if LATIN_NAME_RE.match(words[-1]) else 1)) >= 1
        and words[told].lower() in _RU_TOLD_NOUNS
    ):
        words = words[:told]  # "— рассказал предприниматель корреспонденту Tengrinews.kz": those told, last
    if russian and (
        about := next(
            (i for i, w in enumerate(words) if i and w.lower() in _ABOUT_PREPOSITIONS and words[i - 1][:1].isupper()), 0
        )
    ):
        words = words[:about]  # "Сам Дильмурат о планах говорит:": what he speaks of, after his name
    phrase = _person_phrase(words, language, reading.case, reading.sentence_start, people)
    if phrase.pronoun == "они":
        return _Speaker(None, None, None)  # "— говорят они": several people, as "По их словам"
    if phrase.pronoun is not None:
        gender = _RU_PRONOUNS.get(phrase.pronoun) if phrase.pronoun not in _KK_PRONOUNS else None
        # "тот" / "та" points past the one who just spoke ("— поинтересовался один из журналистов. ...
        # — ответил тот": the one asked), so never to a newcomer's quotation right before.
        if phrase.pronoun not in ("тот", "та") and (newcomer := _pronoun_newcomer(people, gender)):
            return newcomer
        person = people.resolve(gender)
        return _Speaker(person.name if person else None, None, person)
    if russian and reading.cue and not phrase.role and not phrase.name and words[0].lower() in _ABOUT_PREPOSITIONS:
        # "О своей профессии говорит коротко:": no subject but what he speaks of; the one the
        # verb's "он" / "она" would be, as in the sentence before.
        person = people.resolve(reading.verb_gender)
        return _Speaker(person.name if person else None, None, person)
    if (
        phrase.role
        and len(phrase.name) == 1
        and _is_body(phrase.role, language)
        and not _looks_like_person_word(phrase.name[0])
    ):
        # An office of a body named after it: "— сообщает пресс-служба Минэнерго" (not "Минэнерго").
        phrase = _Phrase([*phrase.role, *phrase.name], [])
    if (
        russian
        and phrase.role
        and phrase.name
        and morph.lemma(phrase.role[-1].strip(",").lower()) in _RU_KIN
        and not (
            # "его супруга Людмила Пестова": a woman's given name and her surname in "-ова" are her own
            # nominative (a woman's genitive ends in "-овой"), not a relative's genitive
            len(phrase.name) >= 2
            and phrase.name[-1].endswith(("ова", "ева", "ёва", "ина", "ына"))
            and _is_womans_given_name(phrase.name[0])
        )
        and (
            (not _may_be_nominative(phrase.name[-1]) and not phrase.name[-1].endswith(_MANS_SURNAME_ENDINGS))
            or (
                (kin := people.by_surname(phrase.name[-1])) is not None
                and kin.name != " ".join(phrase.name)
                # the person named before in another case ("мать Армана Утегенова" after "Арман
                # Утегенов"), not another of the family ("Ее муж Серик Ермеков" after "Жанар Ермекова")
                and (len(phrase.name) == 1 or kin.name.split()[0][:3] == phrase.name[0][:3])
            )
        )
    ):  # (the name a form of someone named before in another case: "мать Армана Утегенова")
        # "— призналась мать Меруерт Касеновой": a relative of someone named, in the genitive after the
        # kin noun: someone new, the name part of the role.
        return _Speaker(None, " ".join([*phrase.role, *phrase.name]), None, _Newcomer(reading.verb_gender))
    role = " ".join(phrase.role).strip(" ,") or None
    if reading.apposition:
        role = reading.apposition
    if role and russian and reading.case != "nomn":
        role = _role_to_nominative(role, reading.case)
    roles = _role_lemmas(role.split(), language) if role else frozenset()
    if phrase.name:
        name = " ".join(phrase.name)
        caps = [w for w in phrase.name if w[:1].isupper()]
        if (known := people.by_initials(phrase.name)) is not None:
            return _Speaker(known.name, role, known)  # "Е. Сапаров" after "Ерлан Сапаров"
        if (
            len(caps) == 2
            and _RU_PATRONYMIC_RE.search(caps[1])
            and (known := people.by_given_name(caps[0])) is not None
            and known.name != caps[0]
        ):
            return _Speaker(known.name, role, known)  # "— говорит Валентина Ивановна" after "Валентина Ковальчук"
        if len(caps) == 1:
            gender = (
                (reading.verb_gender or (morph.surname_gender(caps[0]) if reading.case == "nomn" else None))
                if russian
                else morph.surname_gender(caps[0])  # Kazakh: the surname's own ending ("Әлімжанов", not "-ова")
            )
            strict = reading.verb_gender is not None if russian else gender is not None
            known = people.by_surname(caps[0], gender, strict=strict) or (
                people.by_given_name(caps[0]) if len(phrase.name) == 1 else None
            )
            if known:
                return _Speaker(known.name, role, known)
        if russian and reading.case != "nomn":
            name = morph.name_to_nominative(name, reading.case)
        # A given name alone shows its gender too ("— говорит Динара": a later "она" is her).
        gender = reading.verb_gender or morph.name_gender(name)
        role_text = role if role and russian else None
        return _Speaker(name, role, _Person(name, gender, _surname(name), roles, role_text))
    # No name: an office speaks, or a role noun stands for the person last named with it.
    if role and _is_body(phrase.role, language):
        name = morph.phrase_to_nominative(role, reading.case) if russian else role
        return _Speaker(people.body(name), None, None)
    if role:
        gender = reading.verb_gender if russian else None
        if gender is None and russian and _feminine_role(phrase.role):
            gender = "femn"  # "— говорит пациентка": not the man named last
        head = _role_head(phrase.role, language)
        if _plural_head(phrase.role) if russian else _KK_PLURAL_RE.search(phrase.role[-1].lower()) is not None:
            # "— говорят врачи", "— отмечают эксперты", "– дейді диқандар": several people, none of them
            # one named before.
            return _Speaker(None, role, None)
        person = people.holder(office) if (office := _high_office(roles)) else None
        # One of many ("– деді бір тұрғын", "— сказал один из жителей") is someone new, even when a
        # person named before has that role noun ("Көше тұрғыны А"): no role match for it.
        if head and person is None and not _is_one_of_many(phrase.role, language):
            person = people.by_role(head, gender, roles)
        if person is None and _is_newcomer(phrase.role, language):
            gender = gender or (_noun_gender(phrase.role) if russian else None)
            return _Speaker(None, role, None, _Newcomer(gender))
        if (
            person is None
            and _is_generic_person(phrase.role, language)
            and (newcomer := _pronoun_newcomer(people, gender or _noun_gender(phrase.role)))
        ):
            # "мужчина", "женщина" right after a newcomer's quotation: that newcomer, as a pronoun
            # ("— рассказал очевидец. «П», — добавил мужчина"); an office ("глава района") is not.
            return _Speaker(None, role, None, newcomer.newcomer)
        if person is None and head and people.other_of_role(head, roles):
            # "— сказала учительница одиннадцатого класса" after "Учительница девятого класса А":
            # someone else with that role noun, not A nor the last woman named.
            return _Speaker(None, role, None, _Newcomer(gender))
        if person is None:
            person = people.resolve(gender)
        return _Speaker(person.name if person else None, role, person)
    return _Speaker(None, None, None)


def _resolve_kk_genitive(reading: _Reading, people: _People, language: str) -> _Speaker:
    """The speaker of "<role> <name>-ның айтуынша": the name in the nominative (the genitive ending
    taken off its last word, "Ерлан Сапаровтың" -> "Ерлан Сапаров"; a bare surname is the full name
    given earlier), the role as written; or a body ("баспасөз қызметінің") without its ending."""
    assert reading.subject is not None
    words = _without_honorifics(written := reading.subject.split())
    if len(words) == 1 and len(written) == 2 and words[0][:1].isupper():
        # "Айгүл ханымның айтуынша": a name with a form of address, the person named so before or
        # the name as written.
        name = KK_GENITIVE_RE.sub("", words[0])
        known = people.by_surname(words[0]) or people.by_given_name(name)
        return _Speaker(known.name, None, known) if known else _Speaker(name, None, None)
    if words and words[-1].lower() in ("оның", "олардың"):
        # "(Ал) оның айтуынша" ("ол", the last person named), read as "По его словам"; "олардың"
        # (their): several people, no one named. Words before the pronoun join the sentence on.
        return _pronoun_speaker(people) if words[-1].lower() == "оның" else _Speaker(None, None, None)
    person = people.by_surname(words[-1])
    words[-1] = KK_GENITIVE_RE.sub("", words[-1])
    if (words[-1][:1].islower() or len(words) == 1) and _is_body(words, language):
        return _Speaker(" ".join(words), None, None)
    if len(words[-1]) > 1 and words[-1].isupper() and person is None:
        # An abbreviation ends a body's name: "ҚР ТЖМ-нің мәліметінше", "«Қазгидромет» РМК-ның".
        return _Speaker(people.body(" ".join(words)), None, None)
    if len(words) == 1 and words[0][:1].isupper() and morph.SURNAME_RE.search(words[0]):
        # A surname alone ("Мұқановтың айтуынша"): the full name given earlier, else as written.
        return _Speaker(person.name, None, person) if person else _Speaker(words[0], None, None)
    if len(words) == 1 and words[0][:1].isupper() and (given := people.by_given_name(words[0])):
        return _Speaker(given.name, None, given)  # "Ерасылдың айтуынша" after "Ерасыл Қуанышев"
    phrase = _person_phrase(words, language, "nomn", reading.sentence_start, people)
    if (known := people.by_initials(phrase.name)) is not None:
        # "аудан әкімі Е. Бекмұратовтың сөзін келтірді" after "аудан әкімі Ерлан Бекмұратов"
        return _Speaker(known.name, " ".join(phrase.role).strip(" ,") or None, known)
    if len(phrase.name) == 1 and person is None and not morph.SURNAME_RE.search(phrase.name[0]):
        phrase = _Phrase([*phrase.role, *phrase.name], [])  # "Министрдің сөзінше": a role, capitalised
    role = " ".join(phrase.role).strip(" ,") or None
    if phrase.pronoun is not None:
        return _pronoun_speaker(people)
    if not phrase.name:
        # A role noun alone ("Министрдің сөзінше"), as a role noun after "деді" is read.
        head = _role_head(words, language)
        office = _high_office(_role_lemmas(words, language))
        known = people.holder(office) if office else None
        known = known or (people.by_role(head, None) if head else None) or person
        if known is None and _is_newcomer(words, language):
            return _Speaker(None, role, None, _Newcomer(None))
        if known is None:
            known = people.resolve(None)
        return _Speaker(known.name if known else None, role, known)
    if len(phrase.name) == 1 and person is not None:
        return _Speaker(person.name, role, person)
    name = " ".join(phrase.name)
    roles = _role_lemmas(phrase.role, language) if phrase.role else frozenset()
    return _Speaker(name, role, _Person(name, None, _surname(name), roles))


def _pronoun_speaker(people: _People) -> _Speaker:
    """ "ол" of a Kazakh cue, which shows no gender: the newcomer quoted right before, else the last
    person named."""
    if newcomer := _pronoun_newcomer(people, None):
        return newcomer
    known = people.resolve(None)
    return _Speaker(known.name if known else None, None, known)


# --- people named in the narrative ----------------------------------------------------------------

_CAP_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_FOUR_CAPITALS_RE = re.compile(rf"[{_UPPER}][{_LOWER}]+ [{_UPPER}][{_LOWER}]+ [{_UPPER}][{_LOWER}]+ [{_UPPER}]")
_CAP_RUN_RE = re.compile(rf"{_CAP_WORD}(?:[ \u00a0](?:(?:де|ван|фон|ла|ле|дю|ди|да)[ \u00a0])?{_CAP_WORD})*")
_GENITIVE_CONTEXT = frozenset(
    ["у", "от", "для", "с", "со", "без", "до", "из", "около", "возле", "после", "среди", "кроме"]
)
_WORD_STOPS = frozenset(".!?:;")


def words_before(chunk: str, limit: int = 6) -> str | None:
    """The last one to ``limit`` words of ``chunk`` (where a name's role is), each followed by
    spaces, back to a sentence or clause mark; None when ``chunk`` does not end with a word and a
    space. Scanned from the end: the pattern ``((?:[^\\s.!?:;]+[ \\u00a0]+){1,6})$`` (for six)
    says the same but is tried at every position (tests/test_text_properties.py checks both agree)."""
    if chunk.endswith("\n"):
        chunk = chunk[:-1]  # as the pattern's "$", which also matches before a final newline
    start = None
    i = len(chunk)
    for _ in range(limit):
        j = i
        while j > 0 and chunk[j - 1] in " \u00a0":
            j -= 1
        k = j
        while k > 0 and not chunk[k - 1].isspace() and chunk[k - 1] not in _WORD_STOPS:
            k -= 1
        if j in (i, k):  # no spaces after the word, or no word before the spaces
            break
        start = i = k
    return chunk[start:] if start is not None else None


def _role_window(before: str | None, language: str) -> str | None:
    """The words before a name that may be its role: up to six, and up to eight when none of them
    is a verb ("Студентка третьего курса одного из столичных вузов А"; not "Аким поручил
    руководителю отдела ... А", whose role does not reach back over "поручил")."""
    if before is None:
        return None
    words = before.split()
    if language != "kk":
        verbs = [
            i
            for i, w in enumerate(words)
            if w[:1].islower()
            and morph.is_russian_word(w)
            and morph.parses(w)[0].tag.POS == "VERB"
            # not a copula, which gives the role: "Победителем стал 22-летний А"
            and morph.lemma(w) not in ("стать", "становиться", "быть", "являться", "оказаться")
        ]
        if verbs and verbs[-1] < len(words) - 1:
            # "В финале 23-летний спортсмен победил японца А": the role does not reach back over the verb
            # (the champion is the "спортсмен", not A).
            words = words[verbs[-1] + 1 :]
            before = " ".join(words) + " "
    if len(words) <= 6:
        return before
    extra = len(words) - 6
    for word in words:
        low = word.lower()
        if language == "kk" or not morph.is_russian_word(low) or morph.parses(low)[0].tag.POS in ("VERB", "INFN"):
            return " ".join(words[extra:]) + " "  # the six words, as before
    return before


_SENTENCE_END_BEFORE_RE = re.compile(r"(?:[.!?…»]\s|\n|(?:^|\n)[—–][ \u00a0])$")


def _name_runs_in(text: str) -> Iterator[re.Match[str]]:  # (for a text with four capitalised words in a row)
    """The runs of capitalised words in ``text``; two full names side by side are two runs
    ("Нұрсұлтан Әбілқасымов Шерзод Рахимовты жеңді": the subject, then the one he beat)."""
    for m in _CAP_RUN_RE.finditer(text):
        if m.group(0).count(" ") < 3:
            yield m  # most runs: one or two words
            continue
        words = m.group(0).split(" ")
        cut = next(
            (
                i
                for i in range(2, len(words) - 1)
                if _KK_LOCATIVE_ADJECTIVE_RE.search(words[i]) and morph.SURNAME_RE.search(words[i - 1])
            ),
            0,
        )
        if cut:
            # "Айдана Сейітқұлова Түркістандағы Қожа Ахмет Ясауи атындағы ...": a full name, then an
            # adjective of place ("in Turkistan") and what it is of.
            head_end = m.start() + len(" ".join(words[:cut]))
            rest_start = head_end + len(words[cut]) + 2
            first = _CAP_RUN_RE.match(text, m.start(), head_end)
            second = _CAP_RUN_RE.match(text, rest_start, m.end())
            if first is not None:
                yield first
            if second is not None:
                yield second
            continue
        if (
            len(words) >= 4
            and morph.SURNAME_RE.search(words[-3])
            and morph.SURNAME_RE.search(words[-1])
            and not morph.SURNAME_RE.search(words[-4])
            and not morph.SURNAME_RE.search(words[-2])
        ):
            middle = m.end() - len(words[-1]) - len(words[-2]) - 2
            first = _CAP_RUN_RE.match(text, m.start(), middle)
            second = _CAP_RUN_RE.match(text, middle + 1, m.end())
            if first is not None and second is not None:
                yield first
                yield second
                continue
        yield m


_SENTENCE_END_INSIDE_RE = re.compile(r"[.!?]\s")


def _narrative_people(body: str, start: int, end: int, known: _People, language: str) -> None:
    """Add the people named in ``body[start:end]`` (no quotation inside) to ``known``, in order: a
    bare surname there is of someone named before it, in this stretch of text too ("Елена Рыбакина
    обыграла ... Рыбакина выполнила 11 эйсов")."""
    text = body[start:end]
    # Where the last full name found here ends: no role of the next one reaches back past it. A role
    # may stand before this stretch, over a name in marks ("наставник «Астаны» Гжегож Мокры").
    named_end = -min(start, 120)
    # The last person named in the nominative, and where the name ends: the subject an apposition
    # after it may name a relative of.
    subject: _Person | None = None
    subject_end = -1
    for m in _name_runs_in(text) if _FOUR_CAPITALS_RE.search(text) else _CAP_RUN_RE.finditer(text):
        run = m.group(0)
        if language == "kk" and _KK_NAMED_ANIMAL_RE.match(text, m.end()):
            continue  # "Ақтамақ атты бүркіті": an eagle's name, no one's
        if " " in run and text[m.start() - 1 : m.start()] == "«" and text[m.end() : m.end() + 1] == "»":
            continue  # "«Ультратрейл Бурабай»": a name in marks, of an event or a body, no one's
        if " " not in run and "\u00a0" not in run:
            # One word (most runs): a bare surname of someone named before ("Карин пообещал"),
            # unless it is an ordinary word that starts a sentence. The surname is looked up first,
            # as most words are no one's: the same outcome as the steps below, for less.
            person = known.by_surname(run) if run[:1].isupper() else None
            if person is not None and not (_is_initial(text, m.start()) and _is_common_initial(run)):
                known.add(person)
            elif (
                person is None
                and not _add_lone_given_name(known, text, m.start(), run, language)
                and language == "kk"
                and (earlier := known.by_given_name(run)) is not None
                and earlier.name != run
            ):
                known.add(earlier)  # "Ерасыл жұмыстың ...": at a sentence's start, the given name of someone named
            elif (
                person is None
                and run in known.given_names
                and (earlier := known.by_given_name(run)) is not None
                and (earlier.name == run or (language != "kk" and _PRESENT_VERB_AFTER_RE.match(text, m.end())))
                and known.last is not earlier
            ):
                # "Средний, Шахрат, ... Шахрат уверен, что ...": someone named by the given name alone
                # before (a name the dictionary does not know), named again.
                known.add(earlier)
            elif (
                person is None
                and language == "kk"
                and _KK_OWN_WORDS_AFTER_RE.match(text, m.end())
                and (bare := KK_GENITIVE_RE.sub("", run)) != run
                and (earlier := known.by_given_name(bare)) is not None
            ):
                # "Жанардың өзі ... айтады" (Жанар herself), "Ақжолдың сөзінше, ..." (in Ақжол's words):
                # the one named before by that given name
                known.add(earlier)
            continue
        words = run.replace("\u00a0", " ").split(" ")
        if language == "kk" and all(
            (_KK_FROM_OR_TO_RE.search(w) or _KK_LOCATIVE_RE.search(w))
            and not morph.SURNAME_RE.search(_KK_NAME_CASE_RE.sub("", w))
            for w in words
        ):
            continue  # "Қазақстаннан Қытайға": from one place to another, no one's name
        if (
            language != "kk"
            and len(words) == 2
            and text[m.start() - 3 : m.start()] == " и "
            and (couple := _COUPLE_SAME_RE.search(text, max(0, m.start() - 30), m.end()))
            and couple.end() == m.end()
            and morph.name_gender(couple["first"]) is not None
            and morph.name_gender(couple["second"]) is not None
        ):
            # "Давид и Айгуль Рейнгардт": two people, a surname that does not decline shared.
            for given in (couple["first"], couple["second"]):
                name = f"{given} {couple['family']}"
                known.add(_Person(name, morph.name_gender(given), couple["family"]))
            named_end = m.end()
            continue
        if (
            language != "kk"
            and words[-1].endswith("ы")
            and text[m.start() - 3 : m.start()] == " и "
            and (couple := _COUPLE_RE.search(text, max(0, m.start() - 30), m.end()))
            and couple.end() == m.end()
        ):
            # "Супруги Данияр и Айгерим Тлеубаевы": two people, each with the surname in the singular.
            for given in (couple["first"], couple["second"]):
                gender = morph.name_gender(given)
                if gender in ("masc", "femn"):
                    name = f"{given} {couple['family'][:-1]}{'а' if gender == 'femn' else ''}"
                    known.add(_Person(name, gender, _surname(name)))
            named_end = m.end()
            continue
        if (
            len(words) >= 3
            and morph.SURNAME_RE.search(words[-2])
            and not morph.SURNAME_RE.search(words[-1])
            and text[m.end() : m.end() + 2][1:].islower()
            and not _is_surname_word(words[-1])  # "Пенсионерка Валентина Шульц": a given name in "-ина", a surname
            # In Russian only before a place noun ("... Канонерка села"): not "Шахматистка Амина Сейткали
            # завоевала", a given name in "-ина" and a surname the dictionary does not know.
            and (language == "kk" or _PLACE_NOUN_AFTER_RE.match(text, m.end()) is not None)
        ):
            # "Марат Жылқыбаев Қатаркөл ауылының": the last word names a place the next word is of.
            words = words[:-1]
            m_end = m.end() - len(run.rsplit(None, 1)[-1]) - 1
        elif (
            language == "kk"
            and len(words) >= 3
            and (_KK_LOCATIVE_RE.search(words[-1]) or _KK_FROM_OR_TO_RE.search(words[-1]))
            and not morph.SURNAME_RE.search(_KK_NAME_CASE_RE.sub("", words[-1]))
            and text[m.end() : m.end() + 2][1:].islower()
        ):
            # "Батболд Ганзориг Қазақстанда қалып ...": a full name, then the country where he stays.
            words = words[:-1]
            m_end = m.end() - len(run.rsplit(None, 1)[-1]) - 1
        elif (
            language == "kk"
            and len(words) == 2
            and (_KK_LOCATIVE_RE.search(words[1]) or _KK_LOCATIVE_ADJECTIVE_RE.search(words[1]))
            and not morph.SURNAME_RE.search(_KK_NAME_CASE_RE.sub("", words[1]))  # not "Айгүл Сапаровада"
            and text[m.end() : m.end() + 2][1:].islower()
            and not _is_place(words[0])
            and not morph.SURNAME_RE.search(words[0])
            # not "Арджун Мехта курстың ... бірі": a genitive after it makes the name the subject it is of
            and not KK_GENITIVE_RE.search(text[m.end() :].split(None, 1)[0] if text[m.end() :].split() else "")
        ):
            # "35 жастағы Ерлан Орскіде тұрады": a given name, then the town where he lives, in the locative
            # (or an adjective of place: "Дәулет Алматыдағы жиынға аттанады").
            words = words[:1]
            m_end = m.start() + len(words[0])
        elif (
            language == "kk"
            and len(words) >= 3
            and KK_GENITIVE_RE.search(words[-1])
            and (k := next((i for i in range(len(words) - 2, 0, -1) if morph.SURNAME_RE.search(words[i])), 0))
            and text[m.end() : m.end() + 2][1:].islower()
        ):
            # "Гүлназ Сейітова Кіші Аралдың экожүйесі": a full name, then a place in the genitive that the
            # next word is of.
            words = words[: k + 1]
            m_end = m.start() + len(" ".join(words))
        else:
            m_end = m.end()
        initial = _is_initial(text, m.start())
        if initial and (_is_common_initial(words[0]) or (language == "kk" and _is_initial_kk_locative(words[0]))):
            words = words[1:]
            initial = False
        caps = [w for w in words if w[:1].isupper()]
        if not caps:
            continue
        if len(caps) == 1:
            # A bare surname of someone named before ("Сам Головкин"), or a given name alone after a
            # role opening the sentence ("Пенсионерка Сауле призналась").
            person = known.by_surname(caps[0])
            if person is not None:
                known.add(person)
            else:
                _add_lone_given_name(known, text, m_end - len(caps[0]), caps[0], language)
            continue
        name_words = words[_name_in_run(words, 0, len(words)) :]
        name_caps = [w for w in name_words if w[:1].isupper()]
        if len(name_caps) < 2 or (
            any(
                _is_place(w)
                and not _looks_like_person_word(w)
                and not (i == 0 and len(name_caps) == 2 and _given_name_like_place(w, name_caps[1]))
                for i, w in enumerate(name_caps)
            )
            # (a place's name may be a person's after a role: "компаниясының өкілі Мехмет Акташ")
            and not (len(name_caps) == 2 and len(words) == 2 and _after_a_role_word(text, m.start(), language))
        ):
            continue
        if (
            language != "kk"
            and len(words) <= 2
            and _after_settlement_noun(text, m.start())
            and not (len(words) == 2 and _is_nominative_full_name(words[0], words[1]))
        ):
            continue  # "у села Канонерка Бескарагайского района": a village's name (not "микрорайона Нурсат А Б")
        person_like = (
            any(morph.SURNAME_RE.search(w) for w in name_caps[1:])
            or any("Name" in p.tag.grammemes for w in name_caps for p in morph.parses(w)[:1])
            or (
                # a given name the dictionary also reads otherwise, then a surname it does not know
                # ("Динара Сейткали": "динара" is first a genitive of "динар")
                language != "kk"
                and len(name_caps) == 2
                and any("Name" in p.tag.grammemes for p in morph.parses(name_caps[0].lower())[:4])
                and not morph.is_known(name_caps[1].lower())
            )
            or (
                # A short surname the dictionary knows as one after a given name that is also an ordinary
                # word ("Дана Ким": "дана", given; "Ким", "Цой", "Тен").
                len(name_caps) == 2 and _is_surname_word(name_caps[1]) and morph.name_gender(name_caps[0]) is not None
            )
        )
        if not person_like and len(name_caps) == 2:
            # Named so before ("Әлихан Сейітқали мен Аружан Бекмұхамбетова", then "Әлихан Сейітқали
            # медальді ... айтты"), or coordinated with a name whose surname shows it.
            person_like = " ".join(name_caps) in known.names or (
                language == "kk" and _KK_AND_NAME_AFTER_RE.match(text, m_end) is not None
            )
        if not person_like and language != "kk" and not initial:
            # Two words no dictionary knows, after a lowercase word: a foreign name ("Зохран Мамдани").
            person_like = text[max(0, m.start() - 1) : m.start()] == " " and not any(
                morph.known(p) for w in name_caps for p in morph.parses(w)
            )
        if (
            not person_like
            and len(name_caps) == 2
            and (language == "kk" or not all(morph.is_known(w.lower()) for w in name_caps))
        ):
            # After a role, a foreign name one of whose words the dictionary knows otherwise
            # ("наставник «Астаны» Гжегож Мокры": "мокры", wet); in Kazakh any name after a role in
            # its possessive form ("клубының жаттықтырушысы Гжегож Мокры").
            at = m_end - len(" ".join(name_words))
            role_before = words_before(body[start + max(at - 120, named_end) : start + at])
            if role_before is not None and language == "kk":
                last = role_before.split()[-1]
                # ... or after a participle's clause ("Үндістаннан келген Арджун Мехта", came from India).
                person_like = (last[:1].islower() or _is_common_initial(last)) and (
                    KK_POSSESSIVE_RE.search(last) is not None
                    or KK_PARTICIPLE_RE.search(last) is not None
                    or _kk_person_noun(last)  # "Студент Ақжол Сейітқали", "ақын Ерсұлтан Бәкір"
                )
            elif role_before is not None:
                person_like = _role_is_person(role_before.split())
        if (
            not person_like
            or _KK_NAMED_AFTER_RE.match(text, m_end)
            # "везет в Улкен Нарын цемент": after a preposition of place, two words the dictionary does not
            # know as a given name name a place
            or (
                language != "kk"
                and len(words) == len(name_words)
                and (text[max(0, m.start() - 40) : m.start()].split() or [""])[-1].lower()
                in _PLACE_PREPOSITIONS | {"—", "–"}  # (and a road's end: "автодороги Алтай — Улкен Нарын")
                and not any(
                    "Name" in p.tag.grammemes and morph.known(p) for p in morph.parses(name_caps[0].lower())[:2]
                )
            )
            # "Түркияның Газиантеп қаласындағы ...": a place's name before its noun
            or (
                language == "kk"
                and _KK_PLACE_AFTER_RE.match(text, m_end)
                and not morph.SURNAME_RE.search(name_caps[-1])
            )
            or _RU_NAMED_AFTER_RE.search(
                text, max(0, m_end - len(" ".join(name_words)) - 8), m_end - len(" ".join(name_words))
            )
        ):
            # "Бауыржан Момышұлы ауылында", "Абай атындағы", "университет имени Мухтара Ауэзова": a place
            # or a body named after someone
            continue
        if (
            len(name_caps) == 2
            and _RU_PATRONYMIC_RE.search(name_caps[1])
            and (
                (earlier := known.by_given_name(name_caps[0])) is not None
                or (
                    # in another case: "76-летнюю Валентину Николаевну" after "Валентина Пак"
                    language != "kk"
                    and (
                        earlier := known.by_given_name(
                            _narrative_nominative(
                                text, m_end - len(" ".join(name_words)), m_end, " ".join(name_words)
                            ).split()[0]
                        )
                    )
                    is not None
                )
            )
            and earlier.name != name_caps[0]
        ):
            known.add(earlier)  # "Николай Ефимович" after "Николай Шаповалов": a mention of him
            named_end = m_end
            continue
        name = written = " ".join(name_words)
        name_at = m_end - len(name)
        if language != "kk":
            name = _narrative_nominative(text, name_at, m_end, name)
        else:
            name = _KK_NAME_CASE_RE.sub("", name)  # "Айгерім Сапаровамен" -> "Айгерім Сапарова"
        gender = morph.name_gender(name)
        before = _role_window(words_before(body[start + max(name_at - 120, named_end) : start + name_at], 8), language)
        if language != "kk" and morph.surname_gender(name) is None and name == written:
            # Where the surname's ending does not show it, a verb agreeing with the person does,
            # better than a first name the dictionary knows in one gender ("Ажар Гиният выступила");
            # not for a name in an oblique case, no verb's subject ("прошла встреча акима Жениса ...").
            gender = _verb_gender_after(text, m_end) or _verb_gender_before(before) or gender  # type: ignore[assignment]
        governed = _governed_role(before, text, m_end) if before and language != "kk" and name != written else None
        if governed is not None:
            # "Адвокат главного фигуранта дела Сакена Жолдасова Руслан Бекмухамбетов": the noun in the
            # nominative is the next one's role, the genitive words this one's; the next name's role
            # window reaches back over this one.
            before = governed
        roles = _role_lemmas(before.split(), language) if before else frozenset()
        role_text = before if before and language != "kk" and not _has_kazakh_letters(before) else None
        if became := _role_became(text, m_end, language, nominative=name == written):
            # "Бекзат Оразбаев жеңімпаз атанды": a later "Жеңімпаз ... деді:" is him.
            roles |= {became}
            role_text = f"{role_text} {became}" if role_text else None
        elif (
            language != "kk"
            and name == written
            and " стал" in text[max(0, name_at - 120) : name_at]
            and (before_verb := _BECAME_BEFORE_RE.match(text, _last_sentence_end(text, name_at), name_at))
        ):
            # "Первым педагогом всех трёх братьев стала преподаватель ... А": what she became, before her.
            became = morph.lemma(before_verb["noun"].lower())
            roles |= {became}
            role_text = f"{role_text} {became}" if role_text else None
        person = _Person(name, gender, _surname(name), roles, role_text)
        known.add(person)
        if (
            language != "kk"
            and name != written
            and subject is not None
            and 0 <= subject_end < name_at
            and text[subject_end : subject_end + 1] == ","
            and not _SENTENCE_END_INSIDE_RE.search(text, subject_end, name_at)
            and text[m_end : m_end + 1] == ","
        ):
            # "Бауыржан Оспанов, брат погибшего ... Ержана Оспанова, говорит": a relative named in the
            # genitive inside the apposition of the sentence's subject; the subject stays the one last
            # named ("— говорит мужчина" is him).
            known.add(subject)
        elif name == written:
            subject, subject_end = person, m_end
        named_end = m_end if governed is None else name_at - len(_role_window_text(text, name_at, named_end))
    if (
        language != "kk"
        and ("Один из" in text or "Одна из" in text)
        and (ones := [o for o in _ONE_OF_SUBJECT_RE.finditer(text) if _is_initial(text, o.start())])
    ):
        # "Один из пассажиров автобуса рассказал, что ...": one of many, unnamed, is the subject the text
        # goes on about; a pronoun next is that person (null), unless someone is named after it.
        one = ones[-1]
        if not any(not _is_initial(text, r.start()) for r in _CAP_RUN_RE.finditer(text, one.end())):
            known.newcomer = _Newcomer("femn" if one["one"].lower() == "одна" else "masc")
    if (
        language != "kk"
        and any(kin in text for kin in _KIN_SUBJECT_WORDS)
        and (kins := [k for k in _KIN_SUBJECT_RE.finditer(text) if _is_initial(text, k.start())])
    ):
        # "Мать Ерсултана Кайыпова смотрела бой ...": a relative of someone named, unnamed, is the subject
        # the text goes on about; a pronoun next is that person (null), unless someone is named after it.
        kin = kins[-1]
        if not any(not _is_initial(text, r.start()) for r in _CAP_RUN_RE.finditer(text, kin.end())):
            known.newcomer = _Newcomer(_KIN_GENDER.get(kin["kin"].lower()))


def _governed_role(before: str, text: str, end: int) -> str | None:
    """For a name in the genitive right before a full name in the nominative, after a role whose
    first word is a noun in the nominative and the rest genitives ("Адвокат главного фигуранта дела
    Сакена Жолдасова Руслан Бекмухамбетов"): the genitive words, this name's own role ("главного
    фигуранта дела"); the noun governing them is the next name's. Else None."""
    words = before.split()
    if len(words) < 2 or not _NOMINATIVE_NAME_NEXT_RE.match(text, end):
        return None
    bare = [w.strip("«»,") for w in words]
    if not all(morph.is_russian_word(w) for w in bare):
        return None
    first = morph.parses(bare[0].lower())[0].tag
    if first.POS != "NOUN" or "nomn" not in first:
        return None
    if not all("gent" in morph.parses(w.lower())[0].tag for w in bare[1:]):
        return None
    return " ".join(words[1:])


# Right after a name, a full name in the nominative (a given name and a surname in "-ов", "-ев", "-ин").
_NOMINATIVE_NAME_NEXT_RE = re.compile(r"[ \u00a0][А-ЯЁ][а-яё]+[ \u00a0][А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:а)?(?=[\s,.])")


def _role_window_text(text: str, at: int, named_end: int) -> str:
    """The words before ``text[at]`` that :func:`words_before` takes as a role (eight at most)."""
    return words_before(text[max(at - 120, named_end, 0) : at], 8) or ""


# A Russian noun of a place right after a name ("... района", "... села"): the name's last word is the
# place's.
_PLACE_NOUN_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:район|област|сел[аоеу]|аул|город|улиц|посел|посёл|микрорайон|станиц|деревн)[а-яё]*(?![\w-])"
)


# After a Kazakh given name in the genitive, words that make it the one the sentence is about: "өзі"
# (herself), "сөзінше", "айтуынша", "пікірінше" (in her words, in her opinion).
_KK_OWN_WORDS_AFTER_RE = re.compile(r" (?:өзі|сөзінше|айтуынша|пікірінше|ойынша)(?![а-яәғқңөұүһі])")


# Before a name, "имени" / "им." (named after): "университет имени Мухтара Ауэзова".
_RU_NAMED_AFTER_RE = re.compile(r"(?:\bимени|\bим\.)[ \u00a0]+$")


# After a name, a Kazakh noun of a place or an institution named after the person ("Бауыржан Момышұлы
# ауылы", "Абай атындағы мектеп"): the name names no one the text goes on about.
_KK_NAMED_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:ауылы|ауданы|көшесі|атындағы|даңғылы|мектебі|кенті|соғыс)(?:[ \u00a0,.]|[а-яәғқңөұүһі]{1,5}\b)"
)  # (and "Ұлы Отан соғысы", the Great Patriotic War)


# A relative of someone named in the genitive opening a sentence as its subject ("Мать Ерсултана
# Кайыпова смотрела бой"), and the relatives' genders.
_KIN_GENDER = {
    "мать": "femn", "мама": "femn", "дочь": "femn", "жена": "femn", "сестра": "femn", "бабушка": "femn",
    "супруга": "femn", "отец": "masc", "папа": "masc", "сын": "masc", "муж": "masc", "брат": "masc",
    "дедушка": "masc", "супруг": "masc",
}  # fmt: skip
# The same words capitalised, as they open a sentence (the longer first: "Супруга" before "Супруг").
_KIN_SUBJECT_WORDS = tuple(sorted((f"{kin.capitalize()} " for kin in _KIN_GENDER), key=len, reverse=True))
_KIN_SUBJECT_RE = re.compile(
    rf"(?<!\w)(?P<kin>{'|'.join(word.strip() for word in _KIN_SUBJECT_WORDS)}) "
    r"[А-ЯЁ][а-яё]+(?:а|я|ой|ей|ы|и) [А-ЯЁ][а-яё-]+(?:а|ой|ей|ы|и|о)\b"
)
# One of many opening a sentence as its subject ("Один из пассажиров рассказал").
_ONE_OF_SUBJECT_RE = re.compile(r"(?<!\w)(?P<one>Один|Одна) из [а-яё]+")


# Two given names and a surname that does not decline, shared ("Давид и Айгуль Рейнгардт").
_COUPLE_SAME_RE = re.compile(
    r"(?<![\w-])(?P<first>[А-ЯЁ][а-яё]+) и (?P<second>[А-ЯЁ][а-яё]+) (?P<family>[А-ЯЁ][а-яё]+[бвгдзклмнпрстфхцчшщ])\b"
)
# Two given names and their surname in the plural ("Данияр и Айгерим Тлеубаевы").
_COUPLE_RE = re.compile(
    r"(?P<first>[А-ЯЁ][а-яё]+) и (?P<second>[А-ЯЁ][а-яё]+) (?P<family>[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)ы)\b"
)


# What a person named became, right after the name: Kazakh "<noun> атанды", Russian "стал(а) <noun>".
_KK_BECAME_RE = re.compile(r"[ \u00a0]+([а-яәғқңөұүһі-]+)[ \u00a0]+атанды\b")
_RU_BECAME_RE = re.compile(r"[ \u00a0]+стал[аио]?[ \u00a0]+([а-яё-]+)")


_SENTENCE_END_RE = re.compile(r"[.!?…](?=\s|$)")
# A sentence opening with what someone became, in the instrumental, and "стал(а)", then the one who
# did ("Первым педагогом всех трёх братьев стала преподаватель школы А"), up to that one's role.
_BECAME_BEFORE_RE = re.compile(
    r"\s*(?:[А-ЯЁ][а-яё]+[ \u00a0]+)?(?P<noun>[А-ЯЁа-яё][а-яё]+(?:ом|ем|ём|ой|ей))"
    r"(?:[ \u00a0]+[а-яё]+){0,4}[ \u00a0]+стал[аи]?[ \u00a0]+[^.!?]*$"
)


def _role_became(text: str, end: int, language: str, nominative: bool = False) -> str | None:
    """The role noun a person named just before ``end`` became ("жеңімпаз атанды" -> "жеңімпаз",
    "стал победителем" -> "победитель"), a lemma as role words are; None when the name is not so
    followed. A name in the nominative is the subject of its sentence's verb however far it ends it
    ("А Б-ны ... жеңіп, жеңімпаз атанды": А, not Б, whom А beat)."""
    stop = _SENTENCE_END_RE.search(text, end)
    limit = stop.start() if stop else len(text)
    if language == "kk" or _has_kazakh_letters(text[end : end + 40]):
        m = _KK_BECAME_RE.match(text, end)
        if m is None and nominative:
            m = _KK_BECAME_RE.search(text, end, limit)
        return m.group(1) if m else None
    m = _RU_BECAME_RE.match(text, end)
    if m is None and nominative:
        m = _RU_BECAME_RE.search(text, end, limit)
    if m is None or not morph.is_russian_word(m.group(1)):
        return None
    parsed = morph.parses(m.group(1))[0]
    return morph.lemma(m.group(1)) if parsed.tag.POS == "NOUN" and "ablt" in parsed.tag else None


# A Kazakh case ending on a surname in -ов/-ев/-ин (and their feminine -а): the instrumental
# ("Сапаровамен", "Тоқаевпен"), the genitive ("Тоқаевтың", "Сапарованың"), the dative ("Есеноваға",
# "Сапаровқа", "Каринге"), the accusative ("Сапаровты", "Есенованы"), the ablative ("Сапаровтан",
# "Сапаровадан") and the locative ("Тоқтаровта", "Сапаровада").
_KK_NAME_CASE_RE = re.compile(
    r"(?:(?<=[оеё]в|ин|ын|ва|на)(?:мен|бен|пен|ның|нің|тың|тің|дың|дің|ға|ге|қа|ке|ны|ні|ты|ті|нан|нен|тан|тен|дан|ден"
    r"|да|де|та|те)"
    # a surname in "-ұлы" / "-қызы" ("Жұмабекұлының", "Нұрланқызына", "Жұмабекұлын", "Нұрланқызымен")
    r"|(?:(?<=ұлы|улы)|(?<=қызы|кызы))(?:ның|на|н|нан|мен|нда))$"
)


def _is_initial(text: str, at: int) -> bool:
    """True when ``text[at:]`` starts a sentence (or ``text``)."""
    return at == 0 or bool(_SENTENCE_END_BEFORE_RE.search(text[max(0, at - 3) : at]))


# "По словам / По мнению / По данным ..." with no comma between it and the name that ends the search.
_SAYING_BEFORE_RE = re.compile(rf"{_RU_SAYING}[^.!?,;:«»]*$")


def _narrative_nominative(text: str, at: int, end: int, name: str) -> str:
    """Put a name found in running text into the nominative when it is in the genitive, in the
    accusative of a woman's name ("Джессику Пегулу"), or, after "с" or with a man's surname in
    -ым/-им ("Омаровым", "Петровским"), in the instrumental.

    "-овой" is a woman's genitive. "-ова" is a woman's nominative or a man's genitive: the first name
    decides when the dictionary knows it ("Асель" is a woman, "Армана" a man's genitive), else the
    verb that follows ("Тулегенова представила") or a governing word before it ("акима ...").
    """
    caps = [w for w in name.split() if w[:1].isupper()]
    last = caps[-1].lower()
    before_name = text[max(0, at - 4) : at].split()
    if (before_name and before_name[-1].lower() in ("с", "со")) or last.endswith(("ым", "им")):
        # The instrumental: "поговорил с Маратом Омаровым", "встреча с Аидой Балаевой".
        return morph.name_to_nominative(name, "ablt")
    if (
        len(caps) > 1
        and last.endswith(morph.MASC_DATV_SURNAME_ENDINGS)
        and (_is_mans_dative_name(caps[0]) or _governs_dative(text, at))
    ):
        # "поручил руководителю водоканала Ерлану Жаксылыкову": a man's dative, not a woman's accusative.
        return morph.name_to_nominative(name, "datv")
    if (
        len(caps) == 2
        and last.endswith(("у", "ю"))
        and any(t.gender == "masc" and "datv" in t for t in _name_tags(caps[0]))
        and _governs_dative(text, at)
    ):
        # A man's dative with another surname ("вручила награду Нурлану Киму").
        return morph.mans_dative_to_nominative(name)
    if len(caps) == 2 and last.endswith(("овой", "евой", "ёвой", "иной", "ыной")) and caps[0].endswith(("ой", "ей")):
        # A woman's instrumental after a role in it: "поговорил с астрономом Даной Ермековой" (her
        # genitive would be "Даны").
        return morph.name_to_nominative(name, "ablt")
    if last.endswith(("овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой")):
        # A woman's genitive, whatever the first name may also be read as ("Гульнар Ибраевой": the
        # dictionary reads "Гульнар" as the accusative plural of "Гульнара" too).
        return morph.name_to_nominative(name, "gent")
    if len(caps) > 1 and _SAYING_BEFORE_RE.search(text, max(0, at - 120), at):
        # "По словам представителя предприятия Дмитрия Кравеца, ...": "по словам" governs the genitive,
        # though "Дмитрия" may also be read as a woman's name.
        return morph.name_to_nominative(name, "gent")
    if len(caps) > 1 and (
        morph.is_feminine_accusative_name(caps[0])
        or (last.endswith(morph.FEMN_ACCS_SURNAME_ENDINGS) and morph.name_gender(caps[0]) == "femn")
    ):
        # "обыграла американку Джессику Пегулу", "наградил Аиду Балаеву", "спросили ... Жанар Ералиеву"
        # (a woman's first name that does not decline).
        return morph.name_to_nominative(name, "accs")
    if len(caps) < 2:
        return name
    if len(caps) == 2 and caps[0].endswith(("у", "ю")) and _after_feminine_accusative(text, at):
        # "обыграла хорватку Ану Ловрич": a woman's given name the dictionary does not know, in the
        # accusative after a feminine noun in it; her surname does not decline, or ends in "-ову".
        given = f"{caps[0][:-1]}{'а' if caps[0].endswith('у') else 'я'}"
        surname = caps[1][:-1] + "а" if caps[1].endswith(("ову", "еву", "ёву", "ину", "ыну")) else caps[1]
        return f"{given} {surname}"
    readings = [p for p in morph.parses(caps[0]) if "Name" in p.tag.grammemes]
    masc_gent = any(p.tag.gender == "masc" and ("gent" in p.tag or "accs" in p.tag) for p in readings)
    read_as_mens = caps[0].lower() in _WOMEN_NAMES_READ_AS_MENS or caps[0].lower() in morph.KAZAKH_WOMEN_NAMES
    femn_nomn = any(p.tag.gender == "femn" and "nomn" in p.tag for p in readings) or read_as_mens
    if read_as_mens:
        # "Амина Жумабекова": the dictionary knows "Амина" only as "Амин"'s genitive; "Зауре Калиева":
        # "Зауре" only as a man's name that does not decline, in any case.
        masc_gent = False
    if not last.endswith(("ова", "ева", "ёва", "ина", "ына")):
        # A man's other surnames in the genitive end in "-а" / "-я" too ("акима столицы Жениса
        # Касымбека", "Новака Джоковича"), where his first name can only be a man's genitive.
        if (
            len(caps) == 2
            and last.endswith(("а", "я"))
            and masc_gent
            and (not femn_nomn or _is_object_of_the_verb_before(text, at))
        ):
            return morph.name_to_nominative(name, "gent")  # also "Айгуль Сапарова поздравила Нурлана Кима"
        before_word = text[max(0, at - 40) : at].split()[-1:] or [""]
        masculine_oblique_before = before_word[0].lower().rstrip(",").endswith(("ого", "его"))
        if (
            len(caps) == 2
            and last.endswith(("о", "их", "ых"))
            and any("gent" in p.tag for p in readings)
            and (not any("nomn" in p.tag for p in readings) or (masc_gent and masculine_oblique_before))
        ):
            # A surname that does not decline: the first name alone shows the genitive ("хозяйство
            # Сергея Литвиненко"), with an adjective before it when it might be a woman's name in the
            # nominative too ("27-летнего Артема Гончаренко").
            return f"{morph.name_to_nominative(caps[0], 'gent')} {caps[1]}"
        if (
            len(caps) == 2
            and last.endswith("ы")
            and last[-2:-1] not in "гкхжшчщ"
            and not last.endswith(("овы", "евы", "ёвы", "ины", "ыны"))  # (a family's plural)
            and masc_gent
            and not femn_nomn
        ):
            # A man's surname of the "-а" declension in the genitive: "передачу Лукаса Фейтозы".
            return f"{morph.name_to_nominative(caps[0], 'gent')} {caps[1][:-1]}а"
        return name
    if femn_nomn and not masc_gent and not _after_masculine_genitive(text, at):
        return name
    if femn_nomn and not masc_gent:
        # "обыгравший в финале теннисиста Сардора Юсупова": the noun the name stands beside is a man's
        # genitive, so is the name, though the dictionary knows "Сардора" only as a woman's.
        return morph.name_to_nominative(name, "gent")
    if masc_gent and not femn_nomn:
        return morph.name_to_nominative(name, "gent")
    if _is_object_of_the_verb_before(text, at):
        # "Айгуль Сапарова поздравила Ерлана Сапарова": the verb's subject stands before it, so the
        # name after it is its object, a man's accusative (a woman's would end in "-ову").
        return morph.name_to_nominative(name, "gent")
    verb = _verb_gender_after(text, end)
    if verb == "femn":
        return name
    if verb == "masc":
        return morph.name_to_nominative(name, "gent")
    before = text[max(0, at - 40) : at].split()
    if before:
        prev = before[-1].lower().strip(",")
        ps = morph.parses(prev) if morph.is_russian_word(prev) else ()
        governing_noun = (
            not before[-1][:1].isupper()
            and any(  # (not a proper noun: "маслихата Шымкента Жанна")
                p.tag.POS == "NOUN" and "gent" in p.tag and "anim" in p.tag for p in ps[:1]
            )
        )
        if prev in _GENITIVE_CONTEXT or governing_noun:
            return morph.name_to_nominative(name, "gent")
        if masc_gent and prev in _RU_KIN:
            return morph.name_to_nominative(name, "gent")  # "Мать Ерсултана Кайыпова": the son's genitive
        if masc_gent and prev.endswith(("ого", "его")) and any(p.tag.POS in ("ADJF", "PRTF") for p in ps[:1]):
            # "на счету нападающего Дамира Сагындыкова": a masculine genitive before the name agrees with
            # it, a man's genitive (a woman's nominative would follow "нападающая").
            return morph.name_to_nominative(name, "gent")
        if masc_gent and _AGED_MASCULINE_RE.fullmatch(prev):
            return morph.name_to_nominative(name, "gent")  # "по делу 42-летнего Руслана Ахметжанова"
        if (
            masc_gent
            and len(before) > 1
            and before[-2].lower() in _PREPOSITIONS_OF_THINGS
            and any(
                p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case in ("datv", "loct") and "Geox" not in p.tag
                for p in ps[:1]
            )
        ):
            # "по делу Руслана Ахметжанова", "в квартире Сергея Ли": a name right after a preposition's
            # noun of a thing is what the thing is of, a man's genitive (a woman's nominative would be the
            # subject of a clause, which does not open there). Not a role's dependent ("министр
            # юстиции Алия Нурланова"), nor a place ("в Астане").
            return morph.name_to_nominative(name, "gent")
        if masc_gent and _role_head_is_masculine_genitive(text[max(0, at - 120) : at].split()[1:]):
            # "дело ... главного специалиста управления земельных отношений города Нурлана Жаксыбекова":
            # the role's head, back over the genitives of things it governs, is a man's genitive.
            return morph.name_to_nominative(name, "gent")
    return name


def _role_head_is_masculine_genitive(before: list[str]) -> bool:
    """True when, back from the name over lowercase nouns of things in the genitive (up to five), the
    first person noun is a masculine animate genitive, with no nominative person noun right before it
    ("специалиста управления ... города А"; not "мать космонавта А", the mother's name)."""
    for k in range(len(before) - 1, max(-1, len(before) - 7), -1):
        word = before[k].lower().strip(",")
        if not morph.is_russian_word(word):
            return False
        tag = morph.parses(word)[0].tag
        if not before[k][:1].islower():
            if k and before[k - 1][:1].islower() and any("gent" in p.tag for p in morph.parses(word)[:2]):
                continue  # "отдела жилищных отношений Семея Руслана Абенова": a place the office is of
            return False
        if tag.POS == "NOUN" and "anim" in tag:
            if not ("masc" in tag and "gent" in tag):
                return False
            head = before[k - 1].lower().strip(",") if k else ""
            return not (
                morph.is_russian_word(head)
                and any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in morph.parses(head)[:1])
            )
        if not ((tag.POS == "NOUN" and "gent" in tag) or tag.POS in ("ADJF", "PRTF")):
            return False
    return False


_PREPOSITIONS_OF_THINGS = frozenset(["по", "в", "во", "на", "о", "об", "при", "к", "ко"])
# An age before a man's name in the genitive ("42-летнего", "двадцатилетнего"): pymorphy3 does not
# read the figures' form.
_AGED_MASCULINE_RE = re.compile(r"(?:\d+|[а-яё]+)-?летн(?:его|ого)")


# Women's names the dictionary reads only as a man's genitive ("Амина" of "Амин", "Әсем").
_WOMEN_NAMES_READ_AS_MENS = frozenset(["амина", "әсем", "асем", "дания"])  # ("Дания": also Denmark)


def _after_feminine_accusative(text: str, at: int) -> bool:
    """The word before ``at`` is a feminine animate noun in the accusative ("хорватку", "теннисистку")."""
    before = text[max(0, at - 40) : at].split()
    if not before or not before[-1][:1].islower() or not morph.is_russian_word(before[-1]):
        return False
    tag = morph.parses(before[-1])[0].tag
    return tag.POS == "NOUN" and "anim" in tag and "femn" in tag and "accs" in tag


def _after_masculine_genitive(text: str, at: int) -> bool:
    """The word before ``at`` is a masculine animate noun in the genitive ("теннисиста", "игрока")."""
    before = text[max(0, at - 40) : at].split()
    if not before or before[-1][:1].isupper():
        return False  # (a proper noun is no such noun: "маслихата Шымкента Жанна Есенова")
    prev = before[-1].lower().strip(",")
    if not morph.is_russian_word(prev):
        return False
    if not any(
        p.tag.POS == "NOUN" and "anim" in p.tag and "masc" in p.tag and "gent" in p.tag and "sing" in p.tag
        for p in morph.parses(prev)[:1]
    ):
        return False  # (not a plural: "Мать четверых детей Сауле Жумабаева", her own name)
    # Not the genitive of a person noun before it, whose name this is ("мать космонавта Гульмира
    # Темирханова": the mother's; "обыгравший теннисиста Сардора Юсупова": the player's).
    head = before[-2].lower().strip(",") if len(before) > 1 else ""
    return not (
        morph.is_russian_word(head)
        and any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in morph.parses(head)[:1])
    )


def _name_tags(word: str) -> list[Any]:
    return [p.tag for p in morph.parses(word.lower()) if "Name" in p.tag.grammemes]


def _is_object_of_the_verb_before(text: str, at: int) -> bool:
    """The word before ``at`` is a finite verb whose subject, a name or a pronoun, stands before it
    in the same clause ("Айгуль Сапарова поздравила | Ерлана Сапарова", "Она поздравила | ...")."""
    words = text[max(0, at - 120) : at].split()
    if len(words) < 2:
        return False
    verb = words[-1]
    if not (morph.is_russian_word(verb) and verb[:1].islower() and _is_finite_verb(verb)):
        return False
    for word in reversed(words[:-1]):
        if word[-1:] in ".,;:!?—":
            return False
        bare = word.strip("«»")
        if bare.lower() in ("он", "она") or (_NAME_TOKEN_RE.match(bare) and morph.SURNAME_RE.search(bare)):
            return True
    return False


# Verbs whose object is in the dative ("поручил А", "вручил награду А").
_DATIVE_VERB_LEMMAS = frozenset(
    ["поручить", "поручать", "передать", "вручить", "вручать", "присвоить", "позвонить", "написать", "ответить",
     "помочь", "направить", "выразить", "пожелать", "предложить", "предоставить", "сообщить", "рассказать",
     "адресовать", "доложить", "запретить", "разрешить"]
)  # fmt: skip


def _is_mans_dative_name(word: str) -> bool:
    """A given name the dictionary reads only as a man's dative, never a woman's accusative
    ("Азамату", "Данияру"; not "Ерлану", also "Ерлана" in the accusative)."""
    readings = _name_tags(word)
    return any(t.gender == "masc" and "datv" in t for t in readings) and not any(
        t.gender == "femn" and "accs" in t for t in readings
    )


def _governs_dative(text: str, at: int) -> bool:
    """True when a noun in the dative heads the words right before the name at ``at`` (its role,
    with the genitives it governs: "руководителю городского отдела жилищно-коммунального
    хозяйства"), or a verb that takes the dative, within the clause."""
    for word in reversed(text[max(0, at - 120) : at].split()[-8:]):
        if word[-1:] in ".,;:!?":
            return False
        bare = word.strip("«»")
        if bare.endswith("-летнему"):
            return True  # "31-летнему Артему Дробышеву": an adjective of age in the dative
        if not morph.is_russian_word(bare):
            continue
        low = bare.lower()
        tag = morph.parses(low)[0].tag
        if tag.POS == "NOUN" and "datv" in tag:
            return True
        if tag.POS == "VERB":
            return morph.lemma(low) in _DATIVE_VERB_LEMMAS
    return False


def _verb_gender_before(before: str | None) -> str | None:
    """The gender of a verb before the role of the person it introduces ("выступила министр
    здравоохранения Ажар Гиният"); None when the words after the verb are not in the nominative
    (the person is its object: "поздравил министра ...")."""
    words = (before or "").split()
    for k in range(len(words) - 1, -1, -1):
        word = words[k].strip("«»,")
        if morph.is_russian_word(word) and word[:1].islower() and _is_finite_verb(word):
            after = words[k + 1].strip("«»,") if k + 1 < len(words) else ""
            return morph.verb_gender(word) if after and _may_be_nominative(after) else None
    return None


# The past verb right after a given name alone, a parenthesis between them allowed: "Сауле (имя
# изменено по ее просьбе) призналась".
_PAST_VERB_AFTER_RE = re.compile(r"(?: \([^()]{1,80}\))? ([а-яё]+(?:л|ла|лся|лась))\b")


# A gender as :func:`_lone_given_name` gives it ("any": a Kazakh name whose gender no dictionary knows).
_GENDERS = {"masc": "masc", "femn": "femn"}
# A Kazakh adjective of place ("Алматыдағы", the one in Almaty): after a given name, a place.
_KK_LOCATIVE_ADJECTIVE_RE = re.compile(r"(?:дағы|дегі|тағы|тегі|ндағы|ндегі)$")
# A Kazakh place noun after a name, in any case: the name is a place's ("Хромтау қаласында", "Абай
# ауданы", "Сарыарқа даңғылы").
_KK_PLACE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:қала|облыс|аудан|ауыл|көше|даңғыл|өзен|көл|тау|асу|мемлекет|атындағы|мектеп|мектеб|кент|өңір|бой|теңіз|"
    r"шағынаудан|ықшамаудан|станса|бекет|әуежай|су қойма|бөген|арна|ел|елдер)"
    # possessed, in a case, or bare; a whole word ("тауар", goods, is no "тау")
    r"(?:сы|сі|ы|і|лық|лік|дық|дік|тық|тік)?(?:нда|нде|ның|нің|на|не|нан|нен|ндағы|ндегі|да|де|ға|ге|дағы|дегі)?"
    r"(?![а-яәғқңөұүһі])"  # (and an adjective of it: "Қордай аудандық ауруханасы")
)


# (Not "город", "район", "область": "аким района Ержан Байтенов" names the akim.)
_SETTLEMENT_LEMMAS = frozenset(
    ["село", "посёлок", "поселок", "аул", "деревня", "станция", "станица", "хутор", "микрорайон", "улица", "проспект"]
)  # fmt: skip


def _after_settlement_noun(text: str, start: int) -> bool:
    """A lowercase noun of a settlement or a street right before ``start`` ("у села Канонерка"): the
    capitalised words after it name the place; not after a number, which names it already
    ("Жительница 5-го микрорайона Айнур Калиева": she is named)."""
    before = text[max(0, start - 30) : start].split()
    prev = before[-1] if before else ""
    return (
        prev[:1].islower()
        and morph.is_russian_word(prev)
        and morph.lemma(prev) in _SETTLEMENT_LEMMAS
        and not (len(before) > 1 and _ORDINAL_NUMBER_RE.match(before[-2]))
    )


# "5-го", "12-м", "№5", "27": a number naming a microdistrict or a house.
_ORDINAL_NUMBER_RE = re.compile(r"(?:№\s*)?\d+(?:-?[а-я]{1,3})?$")


def _is_nominative_full_name(given: str, surname: str) -> bool:
    """A given name and a surname both in the nominative, a woman's or a man's ("Айнур Калиева",
    "Ерлан Калиев"): a person, not a place named after one, which takes the genitive ("улица
    Динмухамеда Кунаева", "проспект Айгуль Калиевой")."""
    low = surname.lower()
    genders = {p.tag.gender for p in morph.parses(given) if "Name" in p.tag.grammemes and "nomn" in p.tag}
    if given.lower() in morph.KAZAKH_WOMEN_NAMES:
        genders = {"femn"}
    if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return genders == {"femn"}  # (a man's genitive ends so too: "улица Абая Кунанбаева")
    # A man's surname in the nominative, after a given name the dictionary may know as something
    # else ("Директор станции Канат Жумабеков": "канат", rope); no place takes it in the nominative.
    return low.endswith(("ов", "ев", "ёв", "ин", "ын")) and genders != {"femn"} and not morph.is_geographic(given)


def _add_lone_given_name(known: _People, text: str, start: int, word: str, language: str) -> bool:
    """Add the person a given name alone at ``text[start:]`` names (:func:`_lone_given_name`): the one
    named before with that given name, or someone new named so, with the kin noun before as the role."""
    gender = _lone_given_name(text, start, start + len(word), word, language)
    if gender is None:
        return False
    known.add(known.by_given_name(word) or _Person(word, _GENDERS.get(gender), word, _kin_before(text, start)))
    return True


def _kin_before(text: str, start: int) -> frozenset[str]:
    """The kin noun right before a given name alone, as its role ("внук Айбек", "баласы Ернар"); none
    when another word stands there."""
    before = text[max(0, start - 14) : start].rstrip()
    prev = before[before.rfind(" ") + 1 :].lower()
    return frozenset([prev]) if prev in _RU_KIN or prev in _KK_KIN else frozenset()


def _lone_given_name(text: str, start: int, end: int, word: str, language: str) -> str | None:
    """The gender of ``word`` (at ``text[start:end]``) when it names someone by the given name alone:
    in Russian as the subject of a past verb in that gender (:func:`_lone_given_name_subject`); in
    Kazakh, where only names are capitalised inside a sentence, a given name inside a sentence
    ("Қазір 35 жастағы Ерлан Орскіде тұрады"; at its start a word may be an ordinary one), not a
    place's ("Абай ауданы") nor a case form ("Ерланды")."""
    if language != "kk":
        if text[start - 1 : start] == " " and text[start - 2 : start - 1].isalpha() and _kin_before(text, start):
            if (gender := morph.name_gender(word)) and not _is_surname_word(word):
                return gender  # "рядом с дедом работает внук Айбек, студент ...": the kin noun names him
        if (
            any(sibling in text[max(0, start - 40) : start] for sibling in ("Старш", "Средн", "Младш"))
            and (ordinal := _SIBLING_BEFORE_RE.search(text, max(0, start - 40), start))
            and not _is_place(word)
        ):
            # "Средний, Шахрат, ...", "Младший, 19-летний Дильмурат, ...": one of the sons or daughters just
            # named, by a given name the dictionary may not know; the adjective tells the gender.
            return "femn" if ordinal["adjective"].lower().endswith("ая") else "masc"
        return _lone_given_name_subject(text, end, word)
    if (
        _is_initial(text, start)
        # a place's name before "ауыл", "аудан" ... ("Абай ауданы"), unless a kin noun before it says
        # whose name it is ("жұбайы Анна ауыл тұрғындарының ...")
        or (_KK_PLACE_AFTER_RE.match(text, end) and not _kin_before(text, start))
        or text[end : end + 1] not in (" ", ",", ".")
    ):
        return None
    if (
        _is_place(word)
        or morph.SURNAME_RE.search(word)
        or _KK_CASE_ENDING_RE.search(word)
        or KK_GENITIVE_RE.search(word)
        or word.endswith(("мен", "бен", "пен"))
        or _KK_LOCATIVE_ADJECTIVE_RE.search(word)
        or not _NAME_TOKEN_RE.match(word)
    ):
        # a place, a surname (read as one above), a case form ("Ерланды"), an adjective of place
        # ("Бурабайдағы"), an abbreviation
        return None
    gender = morph.name_gender(word)
    if gender in ("masc", "femn"):
        return gender
    if _KK_BODY_NAME_AFTER_RE.match(text, end):
        return None  # "Мәдениет және ақпарат министрлігінің": the first word of a body's name, no one's
    return "any"  # ("Дәулет": no dictionary knows it; a name)


# After a word no dictionary knows as a name, what makes it the first word of a body's name: "және"
# and another word ("Мәдениет және ақпарат министрлігі"), or a body's head noun in any case.
_KK_BODY_NAME_AFTER_RE = re.compile(
    r" (?:және [әғқңөұүһіа-я]+ )?(?:министрлі|басқарма|комитет|департамент|агенттіг|әкімдіг|бюро|инспекция|палата|филиал)"
)


# A Russian verb in the present right after a given name ("Давид встречает нас"): the name is its subject.
_PRESENT_VERB_AFTER_RE = re.compile(r"[ \u00a0]+[а-яё]+(?:ет|ёт|ит|ут|ют|ат|ят)(?:ся)?(?=[\s,.])")

# After a Kazakh name, "мен" (and) and a full name whose surname shows it ("... мен Аружан
# Бекмұхамбетова"): the name before is a person's too.
_KK_AND_NAME_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:мен|бен|пен|және)[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+[ \u00a0]+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+"
    r"(?:ов|ев|ин|ова|ева|ина|ұлы|қызы|улы|кызы)(?![а-яёәғқңөұүһі])"
)

_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# A Russian surname's stem, and the plural endings after it that name a family ("Турдиевых").
_RU_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")
_RU_FAMILY_PLURAL_ENDINGS = frozenset(["ы", "ых", "ыми"])

# Prepositions before the name of a place ("в Улкен Нарын", "из Усть-Каменогорска").
_PLACE_PREPOSITIONS = frozenset(["в", "во", "на", "из", "до", "к", "ко", "под", "через", "от", "по", "за"])

# Which of the children, right before a given name: "Средний, ", "Младшая, 19-летняя ".
_SIBLING_BEFORE_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?P<adjective>Старш(?:ий|ая)|Средн(?:ий|яя)|Младш(?:ий|ая)),[ \u00a0]+(?:\d+-летн(?:ий|яя)[ \u00a0]+)?$"
)
# A short adjective after a given name alone, as a past verb ("Сын погибшего Тимур уверен, что ...").
_SHORT_CUE_AFTER_RE = re.compile(r" (уверена?|убеждена?|убеждёна?|согласна?)\b")
_SHORT_CUE_GENDERS = {"а": "femn"}


def _lone_given_name_subject(text: str, end: int, word: str) -> str | None:
    """The gender of ``word``, a given name alone that is the subject of the past verb after it, in
    that gender ("Мать двух школьниц Сауле призналась, что ..."): the person named before with that
    given name, or else someone new, named so. None for any other word, and for a name whose verb
    shows another gender."""
    m = _PAST_VERB_AFTER_RE.match(text, end) or _SHORT_CUE_AFTER_RE.match(text, end)
    if m is None or not morph.is_russian_word(m[1]):
        return None
    gender = morph.name_gender(word)
    verb_gender = morph.verb_gender(m[1]) if m.re is _PAST_VERB_AFTER_RE else _SHORT_CUE_GENDERS.get(m[1][-1:], "masc")
    if gender is None or _is_surname_word(word) or verb_gender != gender:
        return None
    return gender


def _verb_gender_after(text: str, at: int) -> str | None:
    for word in text[at : at + 40].replace(",", " ").split()[:3]:
        if morph.is_russian_word(word):
            gender = morph.verb_gender(word)
            if gender:
                return gender
    return None


# --- entry point --------------------------------------------------------------------------------------


def _quote_text(body: str, span: _Span, cut: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    for lo, hi in span.parts:
        pieces: list[str] = []
        pos = lo
        for a, b in sorted(cut):
            if lo <= a < hi:
                pieces.append(body[pos:a])
                pos = min(b, hi)
        pieces.append(body[pos:hi])
        parts.append(" ".join(p.strip() for p in pieces if p.strip()))
    return SEPARATOR.join(p for p in parts if p)


def _subject_end(body: str, reading: _Reading) -> int:
    if reading.subject_end is not None:
        return reading.subject_end  # "По его словам": "он" is not written
    if not reading.subject:
        return reading.position
    i = body.find(reading.subject, max(0, reading.position - 1), reading.position + 600)
    return i + len(reading.subject) if i >= 0 else reading.position


# Words that put the name of a thing in quotation marks right after them: фильм «...», АО «...».
_THING_LEMMAS = frozenset(
    [
        "фильм",
        "картина",
        "сериал",
        "мультфильм",
        "спектакль",
        "программа",
        "проект",
        "нацпроект",
        "компания",
        "ао",
        "тоо",
        "оао",
        "зао",
        "пао",
        "ип",
        "хк",
        "фк",
        "клуб",
        "команда",
        "театр",
        "кинотеатр",
        "ресторан",
        "кафе",
        "магазин",
        "сеть",
        "портал",
        "сайт",
        "канал",
        "телеканал",
        "радиостанция",
        "газета",
        "журнал",
        "издание",
        "агентство",
        "акция",
        "конкурс",
        "фестиваль",
        "кинофестиваль",
        "форум",
        "песня",
        "книга",
        "роман",
        "повесть",
        "стихотворение",
        "альбом",
        "закон",
        "кодекс",
        "статья",
        "операция",
        "марка",
        "бренд",
        "жк",
        "комплекс",
        "лагерь",
        "центр",
        "банк",
        "партия",
        "движение",
        "объединение",
        "ассоциация",
        "фонд",
        "приложение",
        "платформа",
        "система",
        "арена",
        "стадион",
        "аэропорт",
        "завод",
        "комбинат",
        "месторождение",
        "газопровод",
        "нефтепровод",
        "трасса",
        "школа",
        "лицей",
        "гимназия",
        "университет",
        "отель",
        "гостиница",
        "трц",
        "тц",
        "премия",
        "орден",
        "медаль",
        "звание",
        "номинация",
        "корпорация",
        "холдинг",
        "концерн",
        "группа",
        "министерство",
        "ведомство",
        "служба",
        "поезд",
        "самолет",
        "судно",
        "корабль",
        "рубрика",
        "шоу",
        "турнир",
        "чемпионат",
        "кубок",
        "мероприятие",
        "выставка",
        "маршрут",
        "программа-максимум",
        "госпрограмма",
    ]
)
_WORD_BEFORE_CHARS = frozenset(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-"
)


def word_before(body: str, start: int) -> str | None:
    """The word right before ``start`` (spaces between allowed), looking back at most 40
    characters: what the pattern ``([<Cyrillic and Latin letters>-]+)[<spaces>]*$`` finds in
    ``body[start - 40:start]``, read backwards from ``start`` instead of tried at each of the 40
    positions (tests/test_text_properties.py checks both agree). As the pattern's "$" does, a
    newline right before ``start`` is passed over."""
    lo = max(0, start - 40)
    end = start - 1 if start > lo and body[start - 1] == "\n" else start
    while end > lo and body[end - 1] in _SPACE:
        end -= 1
    begin = end
    while begin > lo and body[begin - 1] in _WORD_BEFORE_CHARS:
        begin -= 1
    return body[begin:end] if begin < end else None


def _after_thing_word(body: str, start: int) -> bool:
    """True when the opening mark follows a word such as "фильм", "программа", "АО"."""
    word = word_before(body, start)
    return word is not None and _is_thing_word(word)


def _is_thing_word(word: str) -> bool:
    """A word that names a kind of named thing ("фильм", "телеканалу", "АО"): a name after it is the thing's."""
    if word.lower() in _THING_LEMMAS:
        return True
    return morph.is_russian_word(word) and word[:1].islower() and morph.lemma(word) in _THING_LEMMAS


def _opens_sentence(body: str, start: int) -> bool:
    """True when the opening mark at ``start`` begins a sentence, a paragraph, a clause after a
    colon, or a line of dialogue after a dash."""
    i = start
    while i > 0 and body[i - 1] in _SPACE:
        i -= 1
    if i >= 2 and body[i - 1] in '»“"' and body[i - 2] in ".!?…":
        return True  # after a quotation whose own words end the sentence: "«...?» «П», — пообещал А."
    return i == 0 or body[i - 1] in ".!?…:;\n«(—–-"


def _read(body: str, span: _Span, offsets: list[int], paragraphs: list[str], language: str) -> _Reading | None:
    """How the context introduces the quotation in ``span``; None when it is not a quotation."""
    if not _has_words(" ".join(body[lo:hi] for lo, hi in span.parts), 2):
        # «серебро»: a single word is a term, not a quotation; but one word opening its sentence with
        # the author's words after it naming who said it is ("«Посмотрим», — заметила Омарова").
        one = _read_after(body, span, language) if _opens_sentence(body, span.start) else None
        return one if one is not None and one.subject and not one.body_speaker else None
    if span.answer:
        return _Reading(answer=True, position=span.start)
    if _after_thing_word(body, span.start):
        return None  # фильм «Дорога домой», АО «Казахтелеком»: a name, whatever follows
    reading = _read_inside(body, span, language)
    if reading is None:
        reading = _read_after(body, span, language)
        if reading is not None and not _opens_sentence(body, span.start):
            # "Команда выиграла «Кубок Казахстана», — сообщает пресс-служба": words in marks inside
            # the author's sentence, which the words after the dash report, are no quotation.
            return None
        if reading is None and (language == "kk" or _has_kazakh_letters(body[span.start : span.end])):
            reading = _read_kk_quotative(body, span, offsets[span.paragraph])
            if reading is not None:
                return reading
    if reading is None:
        reading = _read_before(body, span, offsets[span.paragraph], language)
    elif not reading.subject and not reading.cut and not reading.body_speaker:
        # "Облыс әкімі А: «П», – деді.": the cue after names nobody; the speaker is before the colon.
        before = _read_before(body, span, offsets[span.paragraph], language)
        if before is not None and before.cue is None and before.subject:
            reading.subject, reading.case = before.subject, before.case
            reading.sentence_start, reading.position = before.sentence_start, before.position
            reading.apposition, reading.body_speaker = before.apposition, before.body_speaker
    if reading is not None and reading.cut == [] and reading.cue is None and not reading.bare:
        # A colon introduction must name someone: "В программе: «Лебединое озеро»" is not speech.
        if not reading.apposition and not _names_someone(reading.subject or "", language):
            return None
    if reading is None and _is_bare(body, span, offsets, paragraphs):
        if not _has_words(" ".join(body[lo:hi] for lo, hi in span.parts), 4):
            return None  # a paragraph that is only a short name in marks is a heading, not speech
        prev = span.paragraph - 1
        if prev >= 0 and paragraphs[prev].rstrip().endswith(":"):
            end = offsets[prev] + len(paragraphs[prev].rstrip())
            sentence, at = _sentence_before(body, end, offsets[prev])
            reading = _read_colon(sentence.rstrip()[:-1], at, language)
        else:
            reading = _Reading(bare=True, position=span.start)
    return reading


def extract_quotes(paragraphs: list[str], language: str = "ru", lead: str | None = None) -> list[Quote]:
    """Return the direct quotations of ``paragraphs`` in order, with offsets into the joined body.
    ``lead``, the article's lead, is read only for an interview's introduction (the body may open
    with the first question)."""
    offsets: list[int] = []
    pos = 0
    for par in paragraphs:
        offsets.append(pos)
        pos += len(par) + len(SEPARATOR)
    original = SEPARATOR.join(paragraphs)
    # Initials before a surname are read as one word of the same length (see _mask_initials); the
    # quotations' text is the original's.
    paragraphs = [_mask_initials(par) for par in paragraphs]
    body = SEPARATOR.join(paragraphs)
    lead_cue = bool(lead and _INTERVIEW_CUE_RE.search(lead))
    own_lead_cue = bool(lead and _OWN_INTERVIEW_CUE_RE.search(lead))
    spans = _with_dash_spans(_find_spans(paragraphs, offsets), paragraphs, offsets, language, own_lead_cue)
    readings = [(span, r) for span in spans if (r := _read(body, span, offsets, paragraphs, language))]
    masked = [(s.start, s.end) for s in spans]
    answers = [span for span in spans if span.answer]
    interviewee = None
    if answers:
        interviewee = _interviewee(
            body, masked, offsets[answers[0].paragraph - 1], language, lead if lead_cue else None
        )
        if interviewee is None and answers[0].undashed:
            # Without dashes, only a guest the introduction names makes these an interview's answers.
            readings = [(span, r) for span, r in readings if not span.undashed]

    # People named outside quotation marks, taken in body order up to each quotation's speaker.
    people = _People()
    quotes: list[Quote] = []
    cursor, mi = 0, 0
    # Offices that attributions name ("Как сообщили в Министерстве торговли и интеграции"), for a
    # later quotation of one named by its head alone ("— пояснили в министерстве").
    last_body = max(
        (span.paragraph for span, r in readings if r.body_speaker and len((r.subject or "").split()) == 1), default=-1
    )
    attributed = _attributed_bodies(paragraphs[: last_body + 1], offsets, language) if last_body >= 0 else []
    for span, reading in readings:
        upto = min(reading.position, span.start)
        cursor, mi = _scan_until(body, masked, mi, cursor, upto, people, language)
        while attributed and attributed[0][0] < span.start:
            people.body(attributed.pop(0)[1])
        if reading.answer:
            speaker = _Speaker(interviewee.name if interviewee else None, None, interviewee)
        else:
            speaker = _resolve(reading, people, language)
        if speaker.person is not None:
            people.add(speaker.person)
        people.newcomer = speaker.newcomer
        if reading.position < span.start and reading.cue is not None:
            # Those told between the speaker and the quotation ("А Б-ға тапсырды:", "А поручил
            # руководителю водоканала Б:") are named there, after the speaker.
            told_from = _subject_end(body, reading)
            if reading.position < told_from < span.start:
                _narrative_people(body, told_from, span.start, people, language)
        quotes.append(
            Quote(
                text=_quote_text(original, span, reading.cut),
                speaker=_unmask_initials(speaker.name),
                role=_unmask_initials(speaker.role),
                cue=reading.cue,
                paragraph=span.paragraph,
                start=span.start,
                end=span.end,
            )
        )
        if language == "kk" and reading.cue and _KK_WE_VERB_RE.search(reading.cue):
            # "– деп сұрадық атбегіден": the newsroom asked the one named by a role noun, in the
            # ablative; the answer after it is theirs (as for a name: "... А-дан").
            asked = _KK_ASKED_RE.match(body, span.end)
            if asked and (person := people.by_role(asked["who"], None)) is not None:
                people.add(person)
        # The speaker's own words were read above: the narrative goes on after them.
        cursor = max(cursor, span.end, _subject_end(body, reading))
    return quotes


# After words in marks or a dash's speech, the newsroom's "we asked" and the one asked by a role noun
# in the ablative ("– деп сұрадық атбегіден" -> "атбегі").
_KK_ASKED_RE = re.compile(
    rf"[^\n]{{0,8}}?деп[{_SPACE}]+[әғқңөұүһіа-я]+(?:дық|дік|тық|тік)[{_SPACE}]+"
    r"(?P<who>[әғқңөұүһіа-я]+?)(?:нан|нен|дан|ден|тан|тен)(?=[\s.,!?])"
)


def _attributed_bodies(paragraphs: list[str], offsets: list[int], language: str) -> list[tuple[int, str]]:
    """The sources the attributions of ``paragraphs`` name, with where their sentence starts in the
    body, in order (a quotation after the sentence, in its paragraph too, may name the body by its
    head alone: "В акимате Алматы отметили, что ... «П», — говорится в сообщении акимата")."""
    return [
        (offsets[pi] + max(0, par.find(a.text)), a.source)
        for pi, par in enumerate(paragraphs)
        for a in extract_attributions([par], language)
    ]


# Words by which an introduction says that the outlet itself interviews someone ("Bestnews.kz
# поговорил с", "в интервью Bestnews.kz", not "в интервью телеканалу Хабар"): the only sign of an
# interview without dashes (see _plain_interview_answers).
_OWN_INTERVIEW_CUE_RE = re.compile(
    r"поговори|побеседова|расспроси|в беседе с|интервью\s+(?:Bestnews|нашему|изданию|корреспонденту|редакции)|"
    r"ответил[аи]?\s+на\s+вопросы\s+(?:Bestnews|корреспондента|журналиста|редакции|нашего|нашей)|"
    r"рассказал[аи]?\s+(?:Bestnews|корреспонденту|журналисту|изданию|нашему)|сұхбат|тілшісіне|сауалдарына|"
    r"сұрақтарына|әңгімелест|сөйлестік|тілдестік",
    re.IGNORECASE,
)

# Words by which an introduction says that an interview follows ("Bestnews.kz поговорил с ...", "расспросил",
# "в интервью", "ответила на вопросы", Kazakh "сұхбаттасты", "тілшісіне айтты", "шебермен
# әңгімелестік": we talked with the master).
_INTERVIEW_CUE_RE = re.compile(
    r"интервью|поговори|побеседова|расспроси|бесед[аеуыо]|ответил[аи]? на (?:[а-яё]+ )?вопрос|на вопросы|рассказал[аи]?\s+"
    r"(?:Bestnews|корреспондент|журналист|изданию|нашему)|(?:корреспонденту|журналисту)\s+(?:\S+\s+)?рассказал|"
    r"сұхбат|тілшісіне|сауалдарына|сұрақтарына|әңгімелес|сөйлес|тілдестік",
    re.IGNORECASE,
)


def _interviewee(
    body: str, masked: list[tuple[int, int]], first_question: int, language: str, lead: str | None = None
) -> _Person | None:
    """Who answers an interview: the one person named with a full name before its first question
    (``body[:first_question]``, quotations left out: "Bestnews.kz поговорил с директором ...
    Айгуль Сериковой"), or in ``lead`` (given when it says an interview follows), when that
    introduction says an interview follows (:data:`_INTERVIEW_CUE_RE`; dash questions and answers
    without it may be a dialogue the text recounts, between people it does not name). Of several
    named, the one named right after the words saying whom the interview is with. None then, and
    when the introduction names nobody, or several without those words (a guest and the journalist,
    two guests): the answers are left without a speaker, not given to a guess."""
    if not (
        lead
        or _INTERVIEW_CUE_RE.search(body, 0, first_question)
        or _TOLD_ABOUT_RE.search(
            body, body.rfind(SEPARATOR, 0, max(0, first_question - len(SEPARATOR))) + 1, first_question
        )
    ):
        return None
    named = _People()
    if lead:
        _scan_until(lead, [], 0, 0, len(lead), named, language)
    _scan_until(body, masked, 0, 0, first_question, named, language)
    full_names = {person.name: person for person in named.order if person.name != person.surname}
    if len(full_names) == 1:
        return next(iter(full_names.values()))
    # Several: the one the introduction says was interviewed, named right after its cue
    # ("побеседовал с основателем стартапа Тимуром Абдрахмановым. По мнению директора технопарка ..."),
    # or in Kazakh before it, in the instrumental ("үйірме жетекшісі Ақжол Бейсенбаевпен сұхбаттасты").
    introductions = ((lead, len(lead)), (body, first_question)) if lead else ((body, first_question),)
    for text, end in introductions:
        for cue in _KK_INTERVIEW_WITH_RE.finditer(text, 0, end):
            guests = {p.name for p in full_names.values() if cue["who"].lower().startswith(p.surname.lower())}
            if len(guests) == 1:
                return full_names[guests.pop()]
    for text, end in introductions:
        for cue in _ANSWERED_QUESTIONS_RE.finditer(text, 0, end):
            # "Директор ... А обвинения отвергает. ... он ответил на вопросы о работе компании", "боксер
            # ответил на вопросы журналистов", Kazakh "А тілшіміздің сұрақтарына жауап берді": the one who
            # answers, a pronoun or a role noun for someone named before, or a name.
            named = _People()
            who = cue["who"]
            low = who.lower()
            _narrative_people(text, 0, cue.end("who") if who[:1].isupper() else cue.start("who"), named, language)
            if low in _RU_PRONOUNS or low in _KK_PRONOUNS:
                answering = named.resolve(_RU_PRONOUNS.get(low) if low in _RU_PRONOUNS else None)
            elif who[:1].isupper():
                answering = named.by_surname(_KK_NAME_CASE_RE.sub("", who)) or named.by_given_name(who)
            else:
                head = _role_head([who], language)
                answering = named.by_role(head, None) if head else None
                if answering is None:
                    # "Сама Амина после церемонии награждения ответила на несколько вопросов": words of
                    # the predicate before the verb; the one who answers is named at the sentence's start.
                    opening = max(text.rfind(SEPARATOR, 0, cue.start()), _last_sentence_end(text, cue.start()))
                    for word in _WORD_RE.findall(text, max(0, opening), cue.start()):
                        if word[:1].isupper() and (person := named.by_surname(word) or named.by_given_name(word)):
                            answering = person
                            break
                if answering is None and (earlier := text.find(f" {who} ", 0, cue.start())) >= 0:
                    # "Асылжан Тлеубердин выиграл ... В финале 23-летний спортсмен победил японца Б ...
                    # спортсмен ответил на вопросы": the noun, used before for the one named before it,
                    # means him again.
                    answering = _last_named_before(text, earlier, language)
            if answering is not None and answering.name in full_names:
                return full_names[answering.name]
        for cue in _GUEST_BY_NOUN_RE.finditer(text, 0, end):
            # "Корреспондент поговорил с ветераном о ...", "тілшісі жаңа әкіммен ... сұхбаттасты": the guest
            # named by a noun, the last person named before the words.
            meant = _last_named_before(text, cue.start(), language)
            if meant is not None and meant.name in full_names:
                return full_names[meant.name]
        for cue in _TOLD_THE_CORRESPONDENT_RE.finditer(text, 0, end):
            if cue["noun"]:
                # "О страхе ... альпинист рассказал корреспонденту Tengrinews.kz": the guest named by a
                # noun, the last person named before it.
                meant = _last_named_before(text, cue.start(), language, _RU_PRONOUNS.get(cue["noun"]))
            else:
                # "О том, как ..., нашему корреспонденту рассказала главный врач больницы А": named after it.
                after = _People()
                _narrative_people(text, cue.end(), min(end, _next_sentence_end(text, cue.end())), after, language)
                meant = after.order[0] if len(after.order) == 1 else None
            if meant is not None and meant.name in full_names:
                return full_names[meant.name]
        for cue in _INTERVIEW_WITH_RE.finditer(text, 0, end):
            if pronoun := _WITH_PRONOUN_RE.match(text, cue.end()):
                # "Динара Мухаметжанова ... Корреспондент поговорил с ней": the one the pronoun means, the
                # last of its gender named before it, though others are named later.
                meant = _last_named_before(text, cue.start(), language, _WITH_PRONOUN_GENDERS.get(pronoun[1].lower()))
                if meant is not None and meant.name in full_names:
                    return full_names[meant.name]
                continue
            after = _People()
            stop = min(end, _next_sentence_end(text, cue.end()))
            _narrative_people(text, cue.end(), stop, after, language)
            guests = {p.name for p in after.order if p.name != p.surname}
            if len(guests) == 1 and (guest := guests.pop()) in full_names:
                return full_names[guest]  # not "поговорил с А и Б": two guests
    return None


# "рассказал о подготовке, соперниках ...": the guest told about the topics, in the paragraph right
# before the first question, says an interview follows.
_TOLD_ABOUT_RE = re.compile(r"рассказал[аи]?\s+(?:о|об|про)\s")


# An introduction's words saying whom the interview is with: the person named next ("побеседовал с
# основателем стартапа А", "взял интервью у А", "в интервью с А", Kazakh "А-мен сұхбат").
_INTERVIEW_WITH_RE = re.compile(
    r"(?:поговорил[аи]?|побеседовал[аи]?|беседовал[аи]?|интервью)\s+(?:с|со|у)\s", re.IGNORECASE
)


# The outlet's interview with someone named by a lowercase noun: "поговорил / побеседовал с
# ветераном", Kazakh "тілшісі жаңа әкіммен ... сұхбаттасты".
_GUEST_BY_NOUN_RE = re.compile(
    r"(?:(?:поговорил[аи]?|побеседовал[аи]?)\s+со?\s+(?:[а-яё]+(?:ым|им|ой|ей)\s+)?[а-яё]+(?:ом|ем|ём|ой|ей|ью)"
    r"|расспросил[аи]?\s+(?:[а-яё]+(?:ую|юю|ого|его)\s+)?[а-яё]+(?:у|ю|а|я))(?![\w-])"  # "расспросил хозяйку"
    r"(?!\s+(?:[а-яё«»]+\s+){0,3}[А-ЯЁ])"  # (not "с победителем олимпиады Арманом ...": named there)
    r"|тілші\w*\s+(?:[а-яәғқңөұүһі]+\s+)?[а-яәғқңөұүһі]+(?:мен|бен|пен)\s+[^.!?]*?(?:сұхбаттас|әңгімелес|сөйлес)"
    # "Жас дәрігермен ... сөйлестік" (we talked with the young doctor), opening a sentence
    r"|(?:^|(?<=[.!?] ))(?:[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+\s+)?[а-яәғқңөұүһі]+(?:мен|бен|пен)\s+(?:«[^»]*»|[^.!?«])*?"
    r"(?:сұхбаттастық|әңгімелестік|сөйлестік)"
)


# The guest who told the outlet's correspondent: a lowercase noun before "рассказал(а) корреспонденту"
# ("альпинист рассказал корреспонденту"), or the one named after "корреспонденту рассказала".
_TOLD_THE_CORRESPONDENT_RE = re.compile(
    r"(?<![\w-])(?P<noun>[а-яё]+)\s+рассказал[аи]?\s+(?:в\s+интервью\s+)?(?:нашему\s+)?(?:корреспонденту|журналисту)(?![\w-])"
    r"|(?<![\w-])(?:корреспонденту|журналисту)\s+(?:[\w.]+\s+)?рассказал[аи]?\s"
)


# "поговорил с ней / ним": the one interviewed named before, by a pronoun.
_WITH_PRONOUN_RE = re.compile(r"(ней|нею|ним)(?![\w-])", re.IGNORECASE)
_WITH_PRONOUN_GENDERS = {"ней": "femn", "нею": "femn", "ним": "masc"}


# Who answered the questions of an interview's introduction, the word before the verb ("он ответил на
# вопросы", "боксер ответил на вопросы журналистов", "Бақытжанов тілшіміздің сұрақтарына жауап берді").
_ANSWERED_QUESTIONS_RE = re.compile(
    rf"(?P<who>[{_UPPER}{_LOWER}]+)[ \u00a0]+(?:ответил[аи]?[ \u00a0]+на[ \u00a0]+(?:[{_LOWER}]+[ \u00a0]+)?вопрос"
    rf"|(?:[{_LOWER}A-Za-z.]+[ \u00a0]+){{0,2}}сұрақтарына[ \u00a0]+жауап[ \u00a0]+берді)"
)


_KK_INTERVIEW_WITH_RE = re.compile(rf"(?P<who>[{_UPPER}][{_LOWER}]+)(?:мен|бен|пен) (?:сұхбат|әңгімелес)")


def _last_named_before(text: str, at: int, language: str, gender: str | None = None) -> _Person | None:
    """The last person (of ``gender``, when given) named in ``text[:at]``: whom a noun or a pronoun
    of an interview's introduction means ("поговорил с ветераном", "она рассказала в интервью")."""
    before = _People()
    _narrative_people(text, 0, at, before, language)
    return before.resolve(gender)


def _last_sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts: after the last sentence end before ``at`` (0 if none)."""
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, at - 400), at)]
    return ends[-1] if ends else 0


def _next_sentence_end(text: str, at: int) -> int:
    m = _SENTENCE_END_RE.search(text, at)
    return m.end() if m else len(text)


def _scan_until(
    body: str, masked: list[tuple[int, int]], mi: int, cursor: int, upto: int, people: _People, language: str
) -> tuple[int, int]:
    """Collect people named in ``body[cursor:upto]`` outside quotation marks."""
    if upto <= cursor:
        return cursor, mi
    while mi < len(masked) and masked[mi][1] <= cursor:
        mi += 1
    pos = cursor
    while pos < upto:
        if mi < len(masked) and masked[mi][0] < upto:
            lo, hi = masked[mi]
            if lo > pos:
                _narrative_people(body, pos, lo, people, language)
            pos = max(pos, hi)
            mi += 1
            continue
        _narrative_people(body, pos, upto, people, language)
        pos = upto
    return max(cursor, pos), mi
