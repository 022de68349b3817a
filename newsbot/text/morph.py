"""Russian morphology helpers on top of pymorphy3: phrases and names to the nominative, name gender.

The analyzer is created on first use and cached (loading the dictionaries costs ~0.15 s); nothing
happens at import time. Every function is pure for a given dictionary version.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse

Gender = Literal["masc", "femn"]

# Heads (lemmas) of names of offices and bodies: a speaker or source that is not a person.
ORGANISATION_LEMMAS = frozenset(
    [
        "пресс-служба",
        "служба",
        "акимат",
        "департамент",
        "министерство",
        "ведомство",
        "штаб",
        "управление",
        "комитет",
        "агентство",
        "полиция",
        "прокуратура",
        "суд",
        "компания",
        "банк",
        "нацбанк",
        "правительство",
        "администрация",
        "аппарат",
        "мажилис",
        "сенат",
        "парламент",
        "маслихат",
        "организация",
        "фонд",
        "корпорация",
        "госкорпорация",
        "холдинг",
        "оператор",
        "отдел",
        "дирекция",
        "секретариат",
        "посольство",
        "консульство",
        "минздрав",
        "минфин",
        "акорда",
        "дчс",
        "мвд",
        "мчс",
        "редакция",
        "центр",
        "федерация",  # "Казахстанская федерация волейбола"
        "ассоциация",
        "комиссия",
        "инспекция",
        "институт",
        "университет",
        "академия",
        "бюро",
        "партия",
        "профсоюз",
        "отделение",  # "Северо-Казахстанское отделение АО «...»"
        "филиал",
        "аэропорт",  # "международный аэропорт Атырау" speaks for its flights
        "водоканал",  # a city's water utility
        "регулятор",  # "Как отметили в регуляторе": the National Bank or an agency, by its function
        "больница",
        "поликлиника",
        "школа",
        "музей",
        "театр",
        "клуб",  # "сообщили в клубе": a sports club's office
    ]
)


@cache
def analyzer() -> MorphAnalyzer:
    """Return the shared Russian analyzer, loading it on first use."""
    import pymorphy3  # imported here: the dictionaries load on first use, not at import

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Parse, ...]:
    """All pymorphy3 readings of ``word`` (lower-cased), cached."""
    return tuple(analyzer().parse(word.lower()))


@lru_cache(maxsize=65536)
def is_known(word: str) -> bool:
    """True when ``word`` (lower-cased) is in the dictionary, not guessed. Cached: pymorphy3's
    ``Parse.is_known`` looks the word up again on every call."""
    analyzer_ = analyzer()
    return bool(analyzer_.dictionary.word_is_known(word.lower(), substitutes_compiled=analyzer_.char_substitutes))


def known(parse: Parse) -> bool:
    """``parse.is_known``, through the cache of :func:`is_known`."""
    return is_known(parse.word)


def is_geographic(word: str) -> bool:
    """A place the dictionary knows ("Астане", "Казахстане", "Алматы"), not a body ("Минздраве",
    "МВД"); a guessed reading does not count."""
    if not is_known(word):
        return False
    readings = parses(word)[:2]
    return any("Geox" in p.tag.grammemes and known(p) for p in readings) and not any(
        "Orgn" in p.tag.grammemes for p in readings
    )


# An abbreviation declined with a lowercase ending ("МИДе", "ЦОНа", "МВДшники" is not one).
_DECLINED_ABBREVIATION_RE = re.compile(r"^([А-ЯЁ]{2,})(?:а|у|е|ом|ы|ов|ам|ах|ами)$")


def is_declined_abbreviation(word: str) -> bool:
    """True for an abbreviation declined with a lowercase ending ("МИДе", "ЦОНа")."""
    return _DECLINED_ABBREVIATION_RE.match(word) is not None


def _restore_case(original: str, new: str) -> str:
    """Give ``new`` the letter case pattern of ``original`` (Capitalized, UPPER or lower).

    pymorphy3 writes "ё" where the text may not; keep the spelling of the text.
    """
    if "ё" not in original.lower():
        new = new.replace("ё", "е")
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        # Keep capitals after hyphens too ("Касым-Жомарта" -> "Касым-Жомарт").
        parts = new.split("-")
        orig_parts = original.split("-")
        out = []
        for i, part in enumerate(parts):
            if i < len(orig_parts) and orig_parts[i][:1].isupper():
                out.append(part[:1].upper() + part[1:])
            else:
                out.append(part)
        return "-".join(out)
    return new


_CYRILLIC_RE = re.compile(r"^[а-яё][а-яё-]*$", re.IGNORECASE)


def is_russian_word(word: str) -> bool:
    return bool(_CYRILLIC_RE.match(word))


# A clipped "Мин-" glued to a noun in the genitive ("Минкультуры" = Министерство культуры,
# "Минтруда", "Минпросвещения") never declines; one glued to a clipped stem declines as a noun
# ("Минфин", "Минздрав", "Минюст", "Минтранс": "в Минфине"). The dictionary cannot tell "Минтранса"
# (Минтранс) from "Минтранспорта", so the genitive tails are listed; abstract nouns in "-ения",
# "-ости", "-ики", "-ии" are genitive tails whatever the word ("Минэкономики", "Мининдустрии").
_INDECLINABLE_CLIPPED_RE = re.compile(
    r"^[Мм]ин(?:культуры|обороны|юстиции|экологии|энерго|цифры|науки|труда|торговли|природы|спорта|"
    r"туризма|транспорта|связи|финансов|обрнауки|[а-яё]*(?:ения|ания|ости|ики|ии))$"
)


def _is_indeclinable_abbreviation(word: str) -> bool:
    return bool(_INDECLINABLE_CLIPPED_RE.match(word))


# Kazakh names the Russian dictionary does not know or misreads ("Акорде" is not "Акорд"), declined
# in Russian text like "страна": -ы, -е, -у, -ой, -ою.
_A_DECLENSION_NAMES = ("Акорда", "Ақорда", "Самрук-Казына", "Самұрық-Қазына")
_A_DECLENSION_FORMS = {
    (name[:-1] + ending).lower(): name for name in _A_DECLENSION_NAMES for ending in ("а", "ы", "е", "у", "ой", "ою")
}


@lru_cache(maxsize=8192)
def phrase_to_nominative(phrase: str, case: str) -> str:
    """Put the head of a noun phrase read in ``case`` into the nominative, dependents kept.

    Only the leading adjectives and the first noun change: "пресс-службе ДЧС" (loct) ->
    "пресс-служба ДЧС", "Национального банка Казахстана" (gent) -> "Национальный банк Казахстана".
    Indeclinable words, abbreviations and foreign names stay as written.
    """
    if case == "nomn":
        return phrase
    words = phrase.split(" ")
    if (name := _A_DECLENSION_FORMS.get(words[0].lower())) is not None:
        return " ".join([name, *words[1:]])
    if m := _DECLINED_ABBREVIATION_RE.match(words[0]):
        return " ".join([m.group(1), *words[1:]])  # "в МИДе" -> "МИД": the ending off, the letters kept
    if len(words) > 1 and words[0].islower() and is_russian_word(words[0]) and parses(words[0])[0].tag.POS == "ADVB":
        # An adverb before the head ("временно исполняющего обязанности") stays as it is.
        return f"{words[0]} {phrase_to_nominative(' '.join(words[1:]), case)}"
    out = list(words)
    adjectives: list[int] = []
    head = False  # the last adjective heads the phrase (no noun agrees with it)
    for i, word in enumerate(words):
        if not is_russian_word(word) or _is_indeclinable_abbreviation(word):
            break
        if not has_case_declinable(word, case):
            break
        noun = _best(word, case, ("NOUN",))
        adj = _best(word, case, ("ADJF", "PRTF"))
        next_agrees = i + 1 < len(words) and has_case_declinable(words[i + 1], case)
        if adj is not None and (noun is None or adj.score >= noun.score or next_agrees):
            adjectives.append(i)
            if adj.tag.POS == "PRTF" and "tran" in adj.tag and i + 1 < len(words) and _inanimate_noun(words[i + 1]):
                head = True  # a participle governs the thing after it: "исполняющей обязанности"
                break
            continue
        if noun is None:
            break
        if adjectives and "sing" in noun.tag and not _agrees_with(words[adjectives[-1]], case, noun.tag.gender):
            head = True  # no agreement: "исполняющего обязанности", the participle heads
            break
        wanted = {"nomn", "plur" if "plur" in noun.tag else "sing"}
        form = noun.inflect(wanted)
        if form is None:
            break
        out[i] = _restore_case(word, form.word)
        nomn = next((p for p in parses(form.word) if "nomn" in p.tag and p.tag.POS == "NOUN"), None)
        gender = nomn.tag.gender if nomn is not None else noun.tag.gender
        for j in adjectives:
            reading = _best(words[j], case, ("ADJF", "PRTF"))
            assert reading is not None
            grams = {"nomn"}
            if "plur" in noun.tag:
                grams.add("plur")
            else:
                grams |= {"sing", gender or "masc"}
            adj_form = reading.inflect(grams)
            if adj_form is not None:
                out[j] = _restore_case(words[j], _same_stem(words[j], adj_form.word))
        break
    else:
        i = len(words)
    if head or (
        adjectives and adjectives[-1] == i - 1 and (i == len(words) or not has_case_declinable(words[i], case))
    ):
        # A participle or adjective standing as the noun ("заведующего отделением" -> "заведующий
        # отделением"): no noun agrees with it, so it is the head.
        for j in adjectives:
            reading = _best(words[j], case, ("ADJF", "PRTF"))
            assert reading is not None
            grams = {"nomn", "plur"} if "plur" in reading.tag else {"nomn", "sing", reading.tag.gender or "masc"}
            adj_form = reading.inflect(grams)
            if adj_form is not None:
                out[j] = _restore_case(words[j], _same_stem(words[j], adj_form.word))
    return " ".join(out)


_ADJECTIVE_ENDING_RE = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ые|ие|ых|их|ый|ий|ое|ее)$")


def _same_stem(word: str, form: str) -> str:
    """``form``, an adjective's nominative, on the stem of ``word`` as written: the dictionary files
    some forms under another word's paradigm ("Высшей" under "высокий", whose nominative it gives as
    "высочайшая"), so its nominative ending goes on the word's own stem then ("высшая")."""
    low = word.lower()
    stem = _ADJECTIVE_ENDING_RE.sub("", low)
    if not stem or form.startswith(stem) or stem == low:
        return form
    return stem + form[-2:]


def _inanimate_noun(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS == "NOUN" and "inan" in found[0].tag


def _agrees_with(adjective: str, case: str, gender: str | None) -> bool:
    """True when some reading of ``adjective`` in ``case`` is singular of ``gender``."""
    return any(
        case in p.tag and p.tag.POS in ("ADJF", "PRTF") and "sing" in p.tag and p.tag.gender == gender
        for p in parses(adjective)
    )


def _best(word: str, case: str, pos: tuple[str, ...]) -> Parse | None:
    best: Parse | None = None
    for p in parses(word):
        if case in p.tag and p.tag.POS in pos and "Fixd" not in p.tag.grammemes:
            if best is None or p.score > best.score:
                best = p
    return best


def has_case_declinable(word: str, case: str) -> bool:
    return any(case in p.tag and "Fixd" not in p.tag.grammemes for p in parses(word))


# --- person names -------------------------------------------------------------------------------

# The end of a surname, in a Russian or a Kazakh case too: "Сапаров", "Сапаровой", "Тоқаевтың",
# "Нұрланқызы", "Шевченко", "Беридзе".
SURNAME_RE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ск|цк|енко|ук|юк|ян|швили|дзе|ұлы|улы|қызы|кызы|баев|беков)"
    r"(?:а|у|ым|ом|ой|ою|е|ых|ую|ая|ий|ого|ому|им|ты|ті|ға|ге|қа|ке|на|не|ы|і)?"
    r"(?:мен|бен|пен|ның|нің|тың|тің|дың|дің)?$",  # Kazakh instrumental and genitive, after "-ова" too
    re.IGNORECASE,
)

_FEMALE_SURNAME_RE = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|кызы|қызы)$")
_MALE_SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|улы|ұлы|уулу)$")


@lru_cache(maxsize=65536)
def surname_gender(name: str) -> Gender | None:
    """The gender a name's surname ending shows ("Балаева" -> "femn"), else None ("Гиният")."""
    for word in reversed([w for w in name.split() if w[:1].isupper()]):
        low = word.lower()
        if _FEMALE_SURNAME_RE.search(low):
            return "femn"
        if _MALE_SURNAME_RE.search(low):
            return "masc"
    return None


# Kazakh women's names ending in a consonant, which the Russian dictionary knows or guesses as men's
# names ("Ажар", "Анар", "Салтанат" are masculine there), in Russian and Kazakh spelling.
KAZAKH_WOMEN_NAMES = frozenset([
    "ажар", "анар", "акмарал", "ақмарал", "аружан", "жанар", "меруерт", "салтанат", "маржан", "инкар", "іңкәр",
    "гульнар", "гүлнар", "гулнар", "сауле", "сәуле", "жулдыз", "жұлдыз", "арайлым", "томирис", "жансая",
    "балжан", "айман", "гульжан", "гүлжан", "молдир", "мөлдір", "кымбат", "қымбат", "айдана", "аяулым",
    "акерке", "ақерке", "акбота", "ақбота", "дильназ", "жанель", "улжан", "ұлжан", "ботагоз", "ботагөз",
    "гульнур", "гүлнұр", "назерке", "перизат", "раушан", "сымбат", "толкын", "толқын", "шынар", "жибек",
    "жібек", "карлыгаш", "қарлығаш", "гульден", "гүлден", "зауре", "зәуре", "зере", "баян", "нургуль",
    "нұргүл", "шолпан", "әсел", "асел", "айгуль", "айгүл"
])  # fmt: skip


def name_gender(name: str) -> Gender | None:
    """Guess the gender of a person named in the nominative ("Аида Балаева" -> "femn")."""
    words = [w for w in name.split() if w[:1].isupper()]
    if not words:
        return None
    if gender := surname_gender(name):  # the surname says it most reliably
        return gender
    first = words[0]
    if first.lower() in KAZAKH_WOMEN_NAMES:
        return "femn"
    genders = {p.tag.gender for p in parses(first) if "Name" in p.tag.grammemes and "nomn" in p.tag}
    if genders == {"femn"}:
        return "femn"
    if genders == {"masc"}:
        return "masc"
    return None


def _is_name_in_nominative(low: str) -> bool:
    return any("Name" in p.tag.grammemes and "nomn" in p.tag for p in parses(low))


def _word_gent_to_nomn(word: str, gender: Gender | None, is_first: bool) -> str:
    low = word.lower()
    if gender == "femn":
        for old, new in (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"),
                         ("ыной", "ына"), ("ской", "ская"), ("цкой", "цкая")):  # fmt: skip
            if low.endswith(old):
                return word[: -len(old)] + new
        if low.endswith("ьи"):
            return word[:-1] + "я"
        if low.endswith("ии"):
            return word[:-1] + "я"
        if low.endswith("ы"):
            return word[:-1] + "а"
        if low.endswith("и") and len(low) > 2 and low[-2] in "гкхжшчщ":
            return word[:-1] + "а"
        if low.endswith("и") and len(low) > 2 and low[-2] in "аеёиоуыэюя":
            return word[:-1] + "я"
        if (
            low.endswith("и")
            and is_first
            and _is_name_in_nominative(low[:-1] + "ь")
            and not _is_name_in_nominative(low)
        ):
            return word[:-1] + "ь"  # "Асели" -> "Асель" (a name the dictionary knows; not "Лейли")
        if (
            low.endswith("е")
            and is_first
            and _is_name_in_nominative(low[:-1] + "а")
            and not _is_name_in_nominative(low)
        ):
            return word[:-1] + "а"  # a woman's dative, read as her genitive: "Дине Жумабаевой" -> "Дина"
        return word
    # masculine (or unknown: Kazakh men's names dominate the news)
    for old, new in (("ского", "ский"), ("цкого", "цкий")):
        if low.endswith(old):
            return word[: -len(old)] + new
    if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return word[:-1]
    if low.endswith("ея") or (low.endswith("ия") and not is_first):
        return word[:-1] + "й"
    if low.endswith("ия") and _is_name_in_nominative(low[:-1] + "й"):
        return word[:-1] + "й"  # a man's given name: "Виталия" -> "Виталий", "Евгения Петрова" -> "Евгений"
    if low.endswith("ая") or low.endswith("ея") or low.endswith("уя"):
        return word[:-1] + "й"
    if low.endswith("я") and len(low) > 2 and low[-2] not in "аеёиоуыэюя":
        return word[:-1] + "ь"
    if low.endswith("а") and len(low) > 2 and low[-2] not in "аеёиоуыэюя":
        return word[:-1]
    if low.endswith("ы") and is_first:
        # Masculine names in -а ("Ильи", "Никиты" are rare); keep as a feminine-type stem.
        return word[:-1] + "а"
    return word


@lru_cache(maxsize=8192)
def name_to_nominative(name: str, case: str = "gent") -> str:
    """Put a person's name read in ``case`` into the nominative ("Аиды Балаевой" -> "Аида Балаева").

    The genitive (and the identical accusative of men's names) is handled by rule, as is a woman's
    name in the accusative ("Джессику Пегулу"), the instrumental ("ablt": "с Маратом Омаровым") by
    the dictionary; a name in the nominative is returned unchanged.
    """
    if case == "nomn":
        return name
    if case == "ablt":
        return " ".join(_ablt_to_nomn(word) for word in name.split())
    if case == "datv" and any(w.lower().endswith(MASC_DATV_SURNAME_ENDINGS) for w in name.split() if w[:1].isupper()):
        return mans_dative_to_nominative(name)  # "Ерлану Жаксылыкову", "Алексею Петровскому"
    if case == "datv":
        case = "gent"  # a woman's dative is her genitive ("Асель Нурлановой")
    if (
        case == "accs"
        and (caps := [w for w in name.split() if w[:1].isupper()])
        and (is_feminine_accusative_name(caps[0]) or any(w.lower().endswith(FEMN_ACCS_SURNAME_ENDINGS) for w in caps))
    ):
        return " ".join("-".join(map(_accs_to_nomn_femn, w.split("-"))) if w[:1].isupper() else w for w in name.split())
    words = name.split()
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        return name
    gender: Gender | None = None
    for word in caps:
        low = word.lower()
        if low.endswith(("овой", "евой", "ёвой", "иной", "ской", "цкой", "ыной")):
            gender = "femn"
            break
        if low.endswith(("ова", "ева", "ёва", "ина", "ына", "ского", "цкого")):
            gender = "masc"
            break
    if gender is None:
        first = caps[0]
        genders = {p.tag.gender for p in parses(first) if "Name" in p.tag.grammemes and case in p.tag}
        if len(genders) == 1:
            gender = genders.pop()  # type: ignore[assignment]
        elif first.lower().endswith(("ы", "и")):
            gender = "femn"
        elif first.lower().endswith(("а", "я")):
            gender = "masc"
    out = []
    first_seen = False
    for word in words:
        if not word[:1].isupper():
            out.append(word)  # particles: "де", "ван", "фон"
            continue
        parts = word.split("-")
        new_parts = [_word_gent_to_nomn(part, gender, not first_seen) if part else part for part in parts]
        out.append("-".join(new_parts))
        first_seen = True
    return " ".join(out)


# A woman's surname in the accusative ("Серикову", "Полонскую"): a man's would end in -ова, -ского.
FEMN_ACCS_SURNAME_ENDINGS = ("ову", "еву", "ёву", "ину", "ыну", "скую", "цкую")


@lru_cache(maxsize=8192)
def is_feminine_accusative_name(word: str) -> bool:
    """True when the dictionary reads ``word`` only as a woman's first name in the accusative
    ("Джессику", "Аиду", "Динару"), never in the nominative ("Асель" is every case)."""
    names = [p for p in parses(word) if "Name" in p.tag.grammemes]
    return any(p.tag.gender == "femn" and "accs" in p.tag for p in names) and not any("nomn" in p.tag for p in names)


MASC_DATV_SURNAME_ENDINGS = ("ову", "еву", "ёву", "ину", "ыну", "скому", "цкому")


def _datv_to_nomn_masc(word: str) -> str:
    """A word of a man's name in the dative in the nominative: "Жаксылыкову" -> "Жаксылыков",
    "Петровскому" -> "Петровский", "Алексею" -> "Алексей", "Игорю" -> "Игорь", "Ерлану" -> "Ерлан"; a
    word that does not decline stays."""
    low = word.lower()
    for old, new in (("скому", "ский"), ("цкому", "цкий"), ("ею", "ей"), ("ию", "ий"), ("ю", "ь"), ("у", "")):
        if low.endswith(old) and len(low) > len(old) + 1:
            return word[: -len(old)] + new
    return word


def mans_dative_to_nominative(name: str) -> str:
    """A man's name in the dative, whatever his surname, in the nominative ("Нурлану Киму" -> "Нурлан
    Ким", "Ерлану Жаксылыкову" -> "Ерлан Жаксылыков")."""
    return " ".join("-".join(map(_datv_to_nomn_masc, w.split("-"))) if w[:1].isupper() else w for w in name.split())


def _accs_to_nomn_femn(word: str) -> str:
    """A word of a woman's name in the accusative in the nominative: "Джессику" -> "Джессика",
    "Марию" -> "Мария", "Балаеву" -> "Балаева", "Полонскую" -> "Полонская"; a word that does not
    decline ("Асель", "Уильямс", "Гауфф") stays."""
    low = word.lower()
    for old, new in (("ую", "ая"), ("ю", "я"), ("у", "а")):
        if low.endswith(old):
            return word[: -len(old)] + new
    return word


def _ablt_to_nomn(word: str) -> str:
    """A word of a name in the instrumental ("Маратом", "Омаровым", "Аидой", "Сериковой") in the
    nominative, as the dictionary declines first names, surnames and patronymics (it knows how
    Kazakh surnames in -ов/-ев/-ин decline); unchanged when it reads no such word in the instrumental."""
    if not word[:1].isupper():
        return word  # particles: "де", "ван"
    for parse in parses(word):
        if parse.tag.case == "ablt" and {"Name", "Surn", "Patr"} & parse.tag.grammemes:
            nominative = parse.inflect({"nomn"})
            if nominative is not None:
                return _restore_case(word, nominative.word)
    return word


@lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    """The most likely dictionary form of ``word`` (lower-cased)."""
    ps = parses(word)
    return ps[0].normal_form if ps else word.lower()


def is_verb(word: str) -> bool:
    """True when the most likely reading of ``word`` is a finite verb or a short participle."""
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS in ("VERB", "PRTS")


@lru_cache(maxsize=65536)
def verb_gender(word: str) -> Gender | None:
    """Gender of a past-tense verb ("сказала" -> "femn") or a short form ("уверена"); None when it
    does not show one."""
    for p in parses(word):
        if (p.tag.POS == "VERB" and "past" in p.tag) or p.tag.POS in ("ADJS", "PRTS"):
            if p.tag.gender in ("masc", "femn"):
                return p.tag.gender  # type: ignore[return-value]
            return None
    return None
