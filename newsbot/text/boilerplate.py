"""Lines that news sites put inside or right after the article text but that are not the article:
subscribe calls, "read also" links, error-report prompts, share prompts, copyright notes. Used by the
generic extractor, which cannot know a site's markup."""

from __future__ import annotations

import re

_BOILERPLATE_RE = re.compile(
    r"^\s*(?:"
    r"(?:читайте|смотрите) (?:также|по теме|еще|ещё)\b"
    r"|подпис(?:ывайтесь|аться|ывайся)\b.*\b(?:канал|telegram|телеграм|instagram|youtube|дзен|whatsapp)"
    r"|.*\bв нашем (?:telegram|телеграм)[- ]канале\b"
    r"|нашли ошибку\b"
    r"|если вы (?:нашли|заметили) ошибку\b"
    r"|поделиться\s*:?$"
    r"|(?:фото|видео|источник)\s*:\s*\S.{0,60}$"
    r"|при (?:использовании|копировании|цитировании) материалов\b"
    r"|(?:оқи|оқыңыз)\s+(?:отырыңыз|сондай-ақ)\b"
    r"|жазылыңыз\b"
    r")",
    re.IGNORECASE,
)


def is_boilerplate(paragraph: str) -> bool:
    """True for a line that is site furniture, not article text ("Читайте также: ...")."""
    return bool(_BOILERPLATE_RE.match(paragraph))
