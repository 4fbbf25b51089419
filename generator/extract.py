"""Stage 4, extract: typed facts (years, durations, ages, counts, money) from sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Fact, Sentence, Source, Span

NUMBER_WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_NUM = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
# Year slots: the words that tie a year to an event, looked for close to the year.
YEAR_SLOTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("divorce-final", re.compile(r"divorce[ds]?\b(?! battle| litigation)|finali[sz]ed|split (?:became|was) final", re.IGNORECASE)),
    ("separated", re.compile(r"\bseparat(?:ion|ed)\b|\bsplit\b", re.IGNORECASE)),
    ("married", re.compile(r"\bmarr(?:ied|y|iage)\b|tied the knot|\bwed(?:ding)?\b", re.IGNORECASE)),
    ("met", re.compile(r"\bmet\b|\bmeet\b", re.IGNORECASE)),
    ("child-born", re.compile(r"\b(?:born|had their (?:only |first )?child|welcomed|gave birth)\b", re.IGNORECASE)),
)
_YEAR = re.compile(r"(?<![\d$])(?:in |of |from |since |by )?((?:19|20)\d\d)(?!\d)(?!s\b)")
_RANGE = re.compile(r"\bfrom ((?:19|20)\d\d) (?:to|until|through|-|–) ((?:19|20)\d\d)\b")
_DURATION = re.compile(
    rf"\b(?:(a year and a half)|({_NUM}) (years?|months?)|(nearly |almost |about |more than )?(a decade))\b", re.IGNORECASE)
_AGE = re.compile(rf"\b(?:then-)?({_NUM})-year-old\b|,\s({_NUM}),(?=\s)|\bturned ({_NUM})\b", re.IGNORECASE)
_COUNT = re.compile(
    rf"\b({_NUM}) (kids|children|daughters|sons|grandchildren)\b|\b(?:their|her|his) ({'|'.join(['first','second','third','fourth','fifth','sixth','seventh','eighth','ninth','tenth'])}) (?:child|baby)\b",
    re.IGNORECASE)
_MONEY = re.compile(r"\$(\d+(?:\.\d+)?)\s*(million|billion|thousand)?\b(?:\s+in\s+([a-z]+(?: [a-z]+)?))?", re.IGNORECASE)
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
DISPUTE = re.compile(r"custody|divorce battle|litigation|went on for|whole thing|fight|battle", re.IGNORECASE)
FINANCIAL = re.compile(r"financ", re.IGNORECASE)


def number(word: str) -> int:
    """'seven' -> 7, '18' -> 18."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _window(text: str, start: int, end: int, width: int = 60) -> str:
    return text[max(0, start - width):end + width]


def _subject(s: Sentence) -> tuple[str, ...]:
    return tuple(sorted(set(s.people)))


def _years(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    """(slot, value, start, end, number) for years tied to an event word."""
    for m in _RANGE.finditer(s.text):
        near = _window(s.text, m.start(), m.end())
        if YEAR_SLOTS[2][1].search(near):
            yield "married", m.group(1), m.start(1), m.end(1), float(m.group(1))
            yield "divorce-final", m.group(2), m.start(2), m.end(2), float(m.group(2))
            return
    for m in _YEAR.finditer(s.text):
        near = s.text[max(0, m.start() - 45):m.end() + 10]
        for slot, pattern in YEAR_SLOTS:
            hits = [h for h in pattern.finditer(near)]
            if hits:
                yield slot, m.group(1), m.start(1), m.end(1), float(m.group(1))
                break


def _durations(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    for m in _RANGE.finditer(s.text):
        if DISPUTE.search(_window(s.text, m.start(), m.end(), 80)) and not YEAR_SLOTS[2][1].search(
                _window(s.text, m.start(), m.end(), 20)):
            months = 12.0 * (int(m.group(2)) - int(m.group(1)))
            yield "dispute-length", f"{months:g} months", m.start(), m.end(), months
    for m in _DURATION.finditer(s.text):
        if m.group(1):
            months = 18.0
        elif m.group(5):
            months = 120.0
        else:
            n = number(m.group(2))
            months = float(n * 12 if m.group(3).lower().startswith("year") else n)
        slot = _nearest_cue(s.text, m.start(), m.end())
        if slot:
            yield slot, f"{months:g} months", m.start(), m.end(), months


DURATION_CUES = (("financial-negotiation-length", FINANCIAL), ("dispute-length", DISPUTE),
                 ("marriage-length", re.compile(r"marri", re.IGNORECASE)))


def _nearest_cue(text: str, start: int, end: int, reach: int = 50) -> str:
    """The slot whose cue word stands closest to the duration, within `reach` characters."""
    best: tuple[int, str] | None = None
    lo = max(0, start - reach)
    for slot, pattern in DURATION_CUES:
        for m in pattern.finditer(text, lo, min(len(text), end + reach)):
            gap = start - m.end() if m.end() <= start else max(0, m.start() - end)
            if best is None or gap < best[0]:
                best = (gap, slot)
    return best[1] if best else ""


def _counts(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    for m in _COUNT.finditer(s.text):
        if m.group(1):
            kind = m.group(2).lower()
            slot = {"kids": "children", "children": "children"}.get(kind, kind)
            yield slot, str(number(m.group(1))), m.start(), m.end(), float(number(m.group(1)))
        else:
            n = ORDINALS.index(m.group(3).lower()) + 1
            yield "children", f"{n} (expected)", m.start(), m.end(), float(n)


def _money(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    for m in _MONEY.finditer(s.text):
        scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3}.get((m.group(2) or "").lower(), 1)
        amount = float(m.group(1)) * scale
        slot = re.sub(r"\W+", "-", (m.group(3) or "amount").lower())
        yield slot, f"${amount:,.0f}", m.start(), m.end(), amount


def _ages(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    for m in _AGE.finditer(s.text):
        word = m.group(1) or m.group(2) or m.group(3)
        yield "age", str(number(word)), m.start(), m.end(), float(number(word))


def as_of(s: Sentence, source: Source) -> str:
    """The date a sentence's present tense speaks of: an explicit year, else the article's."""
    years = [m.group(1) for m in _YEAR.finditer(s.text)]
    if years and not re.search(r"\b(?:now|currently|recently|today)\b", s.text, re.IGNORECASE):
        return max(years)
    return source.published or ""


def extract(s: Sentence, source: Source) -> tuple[Fact, ...]:
    """All typed facts in one sentence."""
    out: list[Fact] = []
    when = as_of(s, source)
    kinds = (("year", _years), ("duration", _durations), ("count", _counts), ("money", _money),
             ("age", _ages))
    for kind, finder in kinds:
        for slot, value, start, end, num in finder(s):
            out.append(Fact(
                kind=kind, slot=slot, subject=_subject(s), value=value,
                as_of=value if kind == "year" else when if kind in ("age", "duration") else source.sort_date,
                sentence=s.id,
                span=Span(s.source, s.start + start, s.start + end), number=num,
            ))
    return tuple(out)
