"""Score the text extractors against hand-written gold data (the quality gate and the benchmark).

Pure functions over plain data: the loaders read JSON files, everything else takes lists and dicts.
Matching rules:

- a predicted quote matches a gold quote when their texts are equal after keeping only letters and
  digits, casefolded, and they open in the same paragraph; speaker, role and cue accuracy are over the
  matched quotes (speaker and role compared whitespace-normalised, case-sensitive; cue exactly);
  a predicted quote whose text is listed in ``not_quotes`` is a false positive like any other;
- an attribution matches on its source (letters and digits, casefolded) within the same case; via,
  cue and text accuracy are over the matched ones;
- a document or attribution case may list, under ``open``, quotations or sources its annotator found
  the written rules left undecided; whatever the extractor returns for them is not scored (neither right
  nor wrong) and is counted as "left open";
- a date case is right when ``parse_date(...).isoformat()`` equals ``expected`` (None for null);
- a tag-cloud case is right when the whole (name, count) list is equal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEXT_FIXTURES = ROOT / "fixtures" / "text"

OPENING_MARKS = '«„“"'
CLOSING_MARKS = '»“”"'
SPEECH_DASHES = "—–-"


def letters(text: str | None) -> str:
    """Letters and digits of ``text``, casefolded: the key texts are compared on."""
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


def _ws(text: str | None) -> str | None:
    return None if text is None else re.sub(r"\s+", " ", text).strip()


@dataclass
class Rate:
    """Precision/recall counts, or an accuracy (``right`` of ``total``)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0
    total: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    """Scores of one data set, per field, and the cases that went wrong (for reading)."""

    name: str
    prf: dict[str, Rate] = field(default_factory=dict)  # fields scored by precision/recall
    acc: dict[str, Rate] = field(default_factory=dict)  # fields scored by accuracy
    errors: list[str] = field(default_factory=list)
    left_open: int = 0  # gold entries the annotator left open: not scored

    def rate(self, key: str, *, kind: str) -> Rate:
        table = self.prf if kind == "prf" else self.acc
        return table.setdefault(key, Rate())


# --- loading -------------------------------------------------------------------------------------------


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def mirror_records(mirror: Path) -> list[tuple[str, dict[str, Any]]]:
    """(case name, expected record) of every article of the mirror, AMP copies left out (they repeat
    the text of their page); files that do not parse are skipped and named in the report."""
    out: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(mirror.glob("*.json")):
        if path.name == "index.json" or path.name.endswith(".amp.json"):
            continue
        try:
            record = load_json(path)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            out.append((path.stem, {"_unreadable": str(exc)}))
            continue
        if isinstance(record, dict) and "paragraphs" in record:
            out.append((path.stem, record))
    return out


# --- quotes ----------------------------------------------------------------------------------------------

QuoteExtractor = Callable[[list[str], str, str | None], list[Any]]
AttributionExtractor = Callable[[list[str], str], list[Any]]


@dataclass(frozen=True)
class QuoteCase:
    id: str
    language: str
    paragraphs: list[str]
    quotes: list[dict[str, Any]]
    not_quotes: list[str] = field(default_factory=list)
    lead: str | None = None
    open: list[dict[str, Any]] = field(default_factory=list)


def _same_span(key: str, held: str) -> bool:
    """``key`` and ``held`` (letters) are one span read a little longer or shorter: one holds the other,
    and the shorter is at least half the longer (a short open "Да" says nothing of a long quote)."""
    short, long = sorted((key, held), key=len)
    return bool(short) and short in long and 2 * len(short) >= len(long)


def _is_open(case: QuoteCase, key: str, paragraph: int) -> bool:
    """A quote the annotator left open: the same paragraph and the same span."""
    return any(e["paragraph"] == paragraph and _same_span(key, letters(e["text"])) for e in case.open)


def score_quotes(cases: Iterable[QuoteCase], extract: QuoteExtractor, report: Report) -> None:
    spans = report.rate("quote span", kind="prf")
    for case in cases:
        body = "\n\n".join(case.paragraphs)
        predicted = extract(case.paragraphs, case.language, case.lead)
        gold = list(case.quotes)
        not_quotes = {letters(t) for t in case.not_quotes}
        report.left_open += len(case.open)
        for quote in predicted:
            key = letters(quote.text)
            match = next((g for g in gold if letters(g["text"]) == key and g["paragraph"] == quote.paragraph), None)
            if match is None and case.open and _is_open(case, key, quote.paragraph):
                continue
            if match is None:
                spans.fp += 1
                if key in not_quotes:
                    report.rate("not_quotes predicted", kind="acc").right += 1
                report.errors.append(f"{case.id}: extra quote p{quote.paragraph} {quote.text[:60]!r}")
                continue
            gold.remove(match)
            spans.tp += 1
            _check(report, "offsets", _offsets_ok(body, quote), case.id, quote, "offsets", "")
            _check(report, "speaker", _ws(quote.speaker) == _ws(match["speaker"]), case.id, quote,
                   quote.speaker, match["speaker"])  # fmt: skip
            _check(report, "role", _ws(quote.role) == _ws(match.get("role")), case.id, quote,
                   quote.role, match.get("role"))  # fmt: skip
            _check(report, "cue", quote.cue == match.get("cue"), case.id, quote, quote.cue, match.get("cue"))
        for g in gold:
            spans.fn += 1
            report.errors.append(f"{case.id}: missed quote p{g['paragraph']} {g['text'][:60]!r}")
        report.rate("not_quotes predicted", kind="acc").total += len(case.not_quotes)


def _check(report: Report, key: str, ok: bool, case_id: str, quote: Any, got: Any, want: Any) -> None:
    rate = report.rate(key, kind="acc")
    rate.total += 1
    if ok:
        rate.right += 1
    else:
        report.errors.append(f"{case_id}: {key} p{quote.paragraph} got {got!r} want {want!r}")


def _offsets_ok(body: str, quote: Any) -> bool:
    """``body[start:end]`` runs from an opening mark to a closing mark around the quoted words, or
    from the dash that opens direct speech to its last word, or (an interview's answer without a
    dash) is exactly the quoted words."""
    if not (0 <= quote.start < quote.end <= len(body)):
        return False
    span = body[quote.start : quote.end]
    inner, text = letters(span), letters(quote.text)
    if span[0].isalnum():
        return inner == text
    if span[0] not in SPEECH_DASHES and (span[0] not in OPENING_MARKS or span[-1] not in CLOSING_MARKS):
        return False
    return bool(text) and _starts_with(inner, text[:12]) and _starts_with(inner[::-1], text[-12:][::-1])


def _starts_with(inner: str, head: str) -> bool:
    """``inner`` starts with ``head``, or with its first letters when the author's words interrupt the
    quotation before the rest of ``head`` ("«В этом году, — рассказала ..., — к нам поступили»": the
    first part holds fewer letters than ``head``)."""
    if inner.startswith(head):
        return True
    common = next((k for k, (a, b) in enumerate(zip(inner, head, strict=False)) if a != b), min(len(inner), len(head)))
    return common >= 4 and head[common:] in inner[common:]


def quote_cases_from_gold(data: list[dict[str, Any]]) -> list[QuoteCase]:
    return [
        QuoteCase(
            c["id"],
            c.get("language", "ru"),
            c["paragraphs"],
            c.get("quotes", []),
            c.get("not_quotes", []),
            c.get("lead"),
            c.get("open", []),
        )
        for c in data
    ]


def quote_cases_from_mirror(records: list[tuple[str, dict[str, Any]]]) -> list[QuoteCase]:
    return [
        QuoteCase(name, r.get("language", "ru"), r["paragraphs"], r.get("quotes", []), lead=r.get("lead"))
        for name, r in records
        if "paragraphs" in r
    ]


# --- attributions ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttributionCase:
    id: str
    language: str
    paragraphs: list[str]
    attributions: list[dict[str, Any]]
    open: list[dict[str, Any]] = field(default_factory=list)


def score_attributions(cases: Iterable[AttributionCase], extract: AttributionExtractor, report: Report) -> None:
    sources = report.rate("attribution source", kind="prf")
    for case in cases:
        predicted = extract(case.paragraphs, case.language)
        gold = list(case.attributions)
        left_open = {letters(entry["source"]) for entry in case.open}
        report.left_open += len(case.open)
        for found in predicted:
            key = letters(found.source)
            if any(held and key and (held in key or key in held) for held in left_open):
                continue  # (a source's two readings hold one another: "официальный сайт клуба", "клуб")
            match = next((g for g in gold if letters(g["source"]) == key), None)
            if match is None:
                sources.fp += 1
                report.errors.append(f"{case.id}: extra attribution {found.source!r} ({found.cue!r})")
                continue
            gold.remove(match)
            sources.tp += 1
            for key_name, got, want in (
                ("attribution via", found.via, match.get("via")),
                ("attribution cue", found.cue, match.get("cue")),
                ("attribution text", _ws(found.text), _ws(match.get("text"))),
            ):
                rate = report.rate(key_name, kind="acc")
                rate.total += 1
                if got == want:
                    rate.right += 1
                else:
                    report.errors.append(f"{case.id}: {key_name} got {got!r} want {want!r}")
        for g in gold:
            sources.fn += 1
            report.errors.append(f"{case.id}: missed attribution {g['source']!r} ({g.get('cue')!r})")


def attribution_cases_from_gold(data: list[dict[str, Any]]) -> list[AttributionCase]:
    return [
        AttributionCase(c["id"], c.get("language", "ru"), [c["text"]], c.get("attributions", []), c.get("open", []))
        for c in data
    ]


def attribution_cases_from_mirror(records: list[tuple[str, dict[str, Any]]]) -> list[AttributionCase]:
    return [
        AttributionCase(name, r.get("language", "ru"), r["paragraphs"], r.get("attributions", []))
        for name, r in records
        if "paragraphs" in r
    ]


# --- dates and tag cloud ----------------------------------------------------------------------------------


def score_dates(data: list[dict[str, Any]], report: Report) -> None:
    from newsbot.text.dates import parse_date

    rate = report.rate("date", kind="acc")
    for case in data:
        now = datetime.fromisoformat(case["now"])
        parsed = parse_date(case["raw"], now=now, languages=(case["language"],))
        got = parsed.isoformat() if parsed else None
        rate.total += 1
        if got == case["expected"]:
            rate.right += 1
        else:
            report.errors.append(f"date {case['raw']!r}: got {got!r} want {case['expected']!r}")


def score_tag_clouds(data: list[dict[str, Any]], report: Report) -> None:
    from newsbot.text.tagcloud import parse_tag_cloud_text

    rate = report.rate("tag cloud", kind="acc")
    for case in data:
        got = [{"name": e.name, "count": e.count} for e in parse_tag_cloud_text(case["text"])]
        rate.total += 1
        if got == case["expected"]:
            rate.right += 1
        else:
            report.errors.append(f"tag cloud {case['id']}: got {got!r}")


# --- the whole evaluation ----------------------------------------------------------------------------


def site_mirrors(fixtures: Path = ROOT / "fixtures") -> list[Path]:
    """Every site mirror with expected records: bestnews first (the extractors were developed on
    it), then the others (written by other hands while the extractors were being built: held out)."""
    found = [p for p in sorted(fixtures.iterdir()) if (p / "index.json").exists() and mirror_records(p)]
    return sorted(found, key=lambda p: p.name != "bestnews")


def evaluate(text_fixtures: Path = TEXT_FIXTURES, mirrors: list[Path] | None = None) -> list[Report]:
    """Score every extractor on every gold file that exists: [gold set, one report per mirror, the
    held-out gold set when there is one]."""
    from newsbot.text.attributions import extract_attributions
    from newsbot.text.quotes import extract_quotes

    gold = Report("gold set (fixtures/text)")
    if (text_fixtures / "quotes.json").exists():
        score_quotes(quote_cases_from_gold(load_json(text_fixtures / "quotes.json")), extract_quotes, gold)
    if (text_fixtures / "attributions.json").exists():
        cases = attribution_cases_from_gold(load_json(text_fixtures / "attributions.json"))
        score_attributions(cases, extract_attributions, gold)
    if (text_fixtures / "dates.json").exists():
        score_dates(load_json(text_fixtures / "dates.json"), gold)
    if (text_fixtures / "tag_cloud.json").exists():
        score_tag_clouds(load_json(text_fixtures / "tag_cloud.json"), gold)

    reports = [gold]
    for mirror in mirrors if mirrors is not None else site_mirrors():
        held_out = "" if mirror.name == "bestnews" else ", held out"
        mirrored = Report(f"mirror {mirror.name} (fixtures/{mirror.name} expected records{held_out})")
        records = mirror_records(mirror)
        for name, record in records:
            if "_unreadable" in record:
                mirrored.errors.append(f"{name}: unreadable expected record ({record['_unreadable']})")
        readable = [(n, r) for n, r in records if "_unreadable" not in r]
        if readable:
            score_quotes(quote_cases_from_mirror(readable), extract_quotes, mirrored)
            score_attributions(attribution_cases_from_mirror(readable), extract_attributions, mirrored)
        mirrored.acc.setdefault("articles", Rate(right=len(readable), total=len(records)))
        reports.append(mirrored)
    heldout = text_fixtures / "heldout"
    quote_files, attribution_files = sorted(heldout.glob("quotes*.json")), sorted(heldout.glob("attributions*.json"))
    if quote_files or attribution_files:
        # Written by annotators who never read the extractors, and never tuned on (its README).
        fresh = Report("held-out gold set (fixtures/text/heldout)")
        for path in quote_files:
            score_quotes(quote_cases_from_gold(load_json(path)), extract_quotes, fresh)
        for path in attribution_files:
            score_attributions(attribution_cases_from_gold(load_json(path)), extract_attributions, fresh)
        reports.append(fresh)
    return reports


# --- body text: site classes against the generic extractor --------------------------------------


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def token_f1(predicted: str, expected: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of a body against the expected body."""
    from collections import Counter

    got, want = Counter(_tokens(predicted)), Counter(_tokens(expected))
    overlap = sum((got & want).values())
    if not got or not want:
        return (1.0, 1.0, 1.0) if got == want else (0.0, 0.0, 0.0)
    p, r = overlap / sum(got.values()), overlap / sum(want.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class BodyScore:
    mirror: str
    path: str
    articles: int
    precision: float
    recall: float
    f1: float


def body_scores(mirrors: list[Path] | None = None) -> list[BodyScore]:
    """Body F1 over every mirror article, by the site class ("site") and by the generic extractor
    run on the same pages as if the site were unknown ("generic")."""
    from newsbot.cli import Extractor
    from newsbot.sites.generic import GenericArticlePage

    extractor = Extractor()
    scores = []
    for mirror in mirrors if mirrors is not None else site_mirrors():
        index = load_json(mirror / "index.json")
        sums = {"site": [0.0, 0.0, 0.0, 0], "generic": [0.0, 0.0, 0.0, 0]}
        for name, record in mirror_records(mirror):
            if "_unreadable" in record:
                continue
            url = record["fetched_url"]
            html = (mirror / f"{name}.html").read_bytes()
            headers = (index.get(url) or {}).get("headers") or {}
            for path in ("site", "generic"):
                try:
                    body = extractor.extract(
                        html, url, headers=headers, page_class=GenericArticlePage if path == "generic" else None
                    ).body
                except Exception:  # a page the extractor refuses scores zero
                    body = ""
                p, r, f = token_f1(body, record["body"])
                acc = sums[path]
                acc[0] += p
                acc[1] += r
                acc[2] += f
                acc[3] += 1
        for path, (p, r, f, n) in sums.items():
            if n:
                scores.append(BodyScore(mirror.name, path, int(n), p / n, r / n, f / n))
    return scores


def format_body_table(scores: list[BodyScore]) -> str:
    lines = ["### body text: site classes vs the generic extractor (token F1, macro-averaged)", "",
             "| mirror | extractor | articles | P | R | F1 |", "|---|---|---|---|---|---|"]  # fmt: skip
    for s in scores:
        lines.append(f"| {s.mirror} | {s.path} | {s.articles} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    return "\n".join(lines)


GENERIC_BODY_F1_FLOOR = 0.90


# --- floors -----------------------------------------------------------------------------------------------

FLOORS: list[tuple[str, str, str, float]] = [
    # (field, table, measure, floor)
    ("quote span", "prf", "precision", 0.95),
    ("quote span", "prf", "recall", 0.90),
    ("speaker", "acc", "accuracy", 0.90),
    ("attribution source", "prf", "f1", 0.90),
    ("date", "acc", "accuracy", 1.0),
    ("tag cloud", "acc", "accuracy", 1.0),
]


def missed_floors(report: Report) -> list[str]:
    """The floors ``report`` falls below ("quote span precision 0.93 < 0.95"); [] when all hold.
    A field the data set does not score (no dates in the mirror) is not checked."""
    out: list[str] = []
    for key, table, measure, floor in FLOORS:
        rates = report.prf if table == "prf" else report.acc
        rate = rates.get(key)
        if rate is None:
            continue
        value = getattr(rate, measure)
        if value < floor - 1e-9:
            out.append(f"{report.name}: {key} {measure} {value:.3f} < {floor:.2f}")
    return out


def format_table(report: Report) -> str:
    """A Markdown table of ``report``: one row per field."""
    lines = [f"### {report.name}", "", "| field | P | R | F1 | accuracy | n |", "|---|---|---|---|---|---|"]
    for key, rate in report.prf.items():
        n = rate.tp + rate.fn
        lines.append(f"| {key} | {rate.precision:.3f} | {rate.recall:.3f} | {rate.f1:.3f} | | {n} |")
    for key, rate in report.acc.items():
        if key == "not_quotes predicted":
            lines.append(f"| not_quotes predicted as quotes | | | | {rate.right} of | {rate.total} |")
            continue
        lines.append(f"| {key} | | | | {rate.accuracy:.3f} | {rate.total} |")
    if report.left_open:
        lines.append(f"| left open by the annotators (not scored) | | | | | {report.left_open} |")
    return "\n".join(lines)
