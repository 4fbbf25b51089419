"""Support from a time told relative to another: "six months after their divorce was finalized".

An article often dates the couple's event only by its distance from something it does date: the
article's own news ("The exes were spotted on Wednesday night, six months after their divorce was
finalized"; "It has been three months since her divorce from Ray was finalised"), or another event of
the sentence with a month ("Lee filed for divorce in March 2019, seven months after the couple announced
their separation"). Where that distance, counted back from that date, lands on the record's value, the
article tells the same event and joins the record as support for the event (`Record.undated`: the
footnote quotes its words; the value rests on the articles that give it). Approximate by nature, such
a date never makes or weighs a value; it only finds the articles that agree.

Precision first, an article joins only when all of these hold:
- the record has one value (agreed, or one article's), a year, of the couple's event, and the article
  gives the event no year of its own (a sentence that does is the extractor's, and the record's already);
- the sentence rests on a named source, calls no report untrue, is in a claim (not set aside), and its
  event's words follow the distance right away ("six months after | their divorce was finalized"), with
  no year of their own and no other record's event nearer;
- the distance counts back from a month the sentence gives another event before it, or, where the
  sentence gives no time at all but a weekday, from the article's own date, when the sentence tells its
  news in the present ("are officially divorced", "has filed", "comes", "still has") or on a weekday;
- the count lands on the record's month, a month either way, where the record has one and the distance
  is in months or weeks; else in the record's year with room to spare (a month each way; four for a
  distance in years, "nearly two years after", which tells no month);
- whom: the event's clause names one of the couple or both, and is theirs by the rules of a passing
  mention (records.passing_whom: both of them, or one of them for an event one may have alone); never
  "the couple" or "the pair" alone, which may be another pair the article tells of.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from . import slots
from .claims import ClaimGroup
from .extract import NUMBER_WORDS, is_news, month_at, number, time_mentions, written_on
from .factcheck import AGREEMENT
from .lang.en import DENIED, MONTH_NUMBERS, WEEKDAYS
from .model import UNNAMED, Fact, Record, Relation, Sentence, Source, Span
from .records import (
    COUPLE_EVENTS,
    SINGLE_SOURCE,
    clause_people,
    kin_of,
    named_by_article,
    other_pairs,
    pair_in_doubt,
    pair_named,
    passing_whom,
    says_not_so,
)

# "six months after", "nearly two years after", "three months since", "a year after".
DISTANCE = re.compile(r"\b(?:(?:just|nearly|almost|about|roughly|some|around|barely|only|more than|less than)\s+)?"
                      r"(?P<n>a|an|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|\d{1,2})[ -]"
                      r"(?P<unit>weeks?|months?|years?)\s+(?:after|since)\s+", re.IGNORECASE)
# How near after the distance the event's words begin ("after | the couple announced their separation").
EVENT_WITHIN = 40
# The news of the article's own day: a present or present perfect, or a weekday ("on Wednesday night").
_NEWS = re.compile(r"\b(?:is|are|has|have|comes|come|still|now)\b|\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def with_relative_support(records: Sequence[Record], sentences: Sequence[Sentence],
                          facts: Mapping[str, Sequence[Fact]], sources: Sequence[Source], couple: frozenset[str],
                          claims: Sequence[ClaimGroup], relations: Sequence[Relation],
                          childlike: Collection[str] = ()) -> tuple[Record, ...]:
    """The records, each of the couple's one-valued events also citing (as `undated`) the articles
    that date it only by a distance from another date that lands on the record's value (see above)."""
    if len(couple) != 2 or not any(_eligible(r, couple) for r in records):
        return tuple(records)
    by_source = {s.id: s for s in sources}
    dates = {s.id: s.sort_date for s in sources}
    children, kin = kin_of(relations, couple)
    in_doubt = pair_in_doubt(sentences, couple, couple | children | kin, childlike, children)
    named_in = named_by_article(sentences)
    pairs = other_pairs(relations, couple)
    claimed = {s.id for c in claims for s in c.sentences}
    dated_by: dict[str, set[str]] = defaultdict(set)  # slot -> the articles that give it a year of their own
    for s in sentences:
        for f in facts.get(s.id, ()):
            if f.kind == slots.YEAR:
                dated_by[f.slot].add(s.source)
    candidates = [s for s in sorted(sentences, key=lambda s: (s.source, s.index))
                  if (" after " in s.text or " since " in s.text) and s.id in claimed and s.attribution != UNNAMED
                  and not DENIED.search(s.text) and DISTANCE.search(s.outside_quotes())]
    out: list[Record] = []
    for r in records:
        if not _eligible(r, couple):
            out.append(r)
            continue
        cited = {c.source for c in r.citations} | dated_by[r.slot]
        found: dict[str, Sentence] = {}
        for s in candidates:
            if s.source in cited or s.source in found:
                continue
            src = by_source.get(s.source)
            for at in _landing(s, r.slot, facts.get(s.id, ()), src):
                if not _lands(at, r):
                    continue
                a, b = at.cue
                told = Fact(slots.YEAR, r.slot, (), "", "", s.id, Span(s.source, s.start + a, s.start + b))
                if clause_people(s, told) & couple and not says_not_so(s, told) and passing_whom(
                        s, told, couple, named_in[s.source], pair_named(pairs, named_in[s.source]) or s.id in in_doubt):
                    found[s.source] = s
                    break
        if found:
            r = replace(r, undated=tuple(sorted((*r.undated, *(s.citation for s in found.values())),
                                                key=lambda c: (dates.get(c.source, ""), c.source))))
        out.append(r)
    return tuple(out)


def _eligible(r: Record, couple: frozenset[str]) -> bool:
    return (r.slot in COUPLE_EVENTS and frozenset(r.about) == couple and len(r.values) == 1
            and r.verdict in (AGREEMENT, SINGLE_SOURCE) and r.values[0].value.isdigit())


class Landing(NamedTuple):
    """Where a distance of a sentence counts back to: a month (year * 12 + month - 1), how many months
    either way it may be off, whether it tells a month at all (not a distance in years: "nearly two
    years after"), and where its event's words stand in the sentence."""

    month: int
    room: int
    tells_month: bool
    cue: tuple[int, int]


def _landing(s: Sentence, slot: str, given: Sequence[Fact], source: Source | None) -> list[Landing]:
    """Each distance of the sentence told of `slot`'s event, where it lands."""
    text = s.outside_quotes()
    out = []
    for m in DISTANCE.finditer(text):
        cue = _event_words(s, slot, m.end())
        if cue is None:
            continue
        n = 1 if m.group("n").lower() in ("a", "an") else number(m.group("n"))
        unit = m.group("unit").lower().rstrip("s")
        back = {"week": round(n * 7 / 30.44), "month": n, "year": 12 * n}[unit]
        start = _anchor(s, text, m.start(), given, source)
        if start is not None:
            out.append(Landing(start - back, 4 if unit == "year" else 1, unit != "year", cue))
    return out


def _anchor(s: Sentence, text: str, at: int, given: Sequence[Fact], source: Source | None) -> int | None:
    """The month a distance before offset `at` counts back from: the month the sentence gives an event
    before it, or the article's own, for news told in the present or on a weekday; None otherwise."""
    before = [f for f in given if f.kind == slots.YEAR and f.span.end - s.start <= at and f.value.isdigit()
              and not is_news(f, s)]  # (the article's own news, "are officially divorced", counts from its date)
    if before:
        f = before[-1]
        month = month_at(s, f)
        return int(f.value) * 12 + month - 1 if month else None
    times = [t for t in time_mentions(s.text, source) if not _WEEKDAY.search(s.text, t[1], t[2])]
    written = written_on(source) if source else ""
    if times or len(written) < 7 or not _NEWS.search(text[:at] + " " + text[at:].split(",", 1)[-1]):
        return None
    return int(written[:4]) * 12 + int(written[5:7]) - 1


def _event_words(s: Sentence, slot: str, at: int) -> tuple[int, int] | None:
    """Where the words of `slot`'s event stand right after a distance ending at `at`, when no other
    record's event stands nearer and no year is among them."""
    text = s.text
    nearest: tuple[int, str, int] | None = None
    for known in slots.records():
        if known.cue is None or known.name not in COUPLE_EVENTS:
            continue
        m = known.cue.search(text, at, min(len(text), at + EVENT_WITHIN + 40))
        if m and m.start() - at <= EVENT_WITHIN and (nearest is None or m.start() < nearest[0]):
            nearest = (m.start(), known.name, m.end())
    if nearest is None or nearest[1] != slot:
        return None
    if any(at <= t[1] < nearest[2] for t in time_mentions(text, None)):
        return None  # "after her March 2019 divorce filing": dated, the extractor's
    return nearest[0], nearest[2]


def _lands(at: Landing, r: Record) -> bool:
    """Whether a distance lands on the record's value: its month, a month either way, where the record
    names one and the distance tells months; else its year, the room either way included."""
    year = int(r.values[0].value)
    span = range(at.month - at.room, at.month + at.room + 1)
    named = MONTH_NUMBERS.get(r.values[0].month, 0) if r.values[0].month else 0
    if named and at.tells_month:
        return year * 12 + named - 1 in span
    return all(m // 12 == year for m in span)
