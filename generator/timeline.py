"""The timeline: dated events of the profile, in order, each tied to its statement.

An event is a statement that names a date. Its kind comes from the fact slot the date
belongs to (the registry's slots with a timeline place: met, married, child-born, separated,
divorce-final) or, for other dates, from cue words (`slots.EVENT_KINDS`: custody ruling,
interview, incident, remarriage, birth). Its precision is the
finest the text gives: "March 14, 2025" is a day, "June 2019" a month, "2001" a year.
Statements that state the same event on the same date become one event citing all.

A kind's label ("Married", "Child born") says whose event it is: the couple's, or the birth of a
child of theirs. An event of a kind the tool can say of someone else (the bride's father's birth,
a sister's wedding, a listicle's other couple: `Slot.record_about`) keeps its label only when its
fact is about exactly them (the statement's `about` where the statement is gathered on it, else
the fact's own subject); any other is labelled by its statement's first words, as an event of no
kind, and is never one event with theirs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import slots
from .extract import month_at
from .lang.en import (
    CORRECTION,
    JOINING_CONJUNCTIONS,
    MONTH_PATTERN,
    MONTHS,
    PAST_VERBS,
    RANGE_END,
    SECOND_PREDICATE,
    YEAR,
)
from .model import (
    CORROBORATED,
    DENIED,
    DISPUTED,
    RETRACTED,
    SINGLE,
    SUPERSEDED,
    Citation,
    Fact,
    Section,
    Sentence,
    Statement,
    TimelineEvent,
)

_MONTH = MONTH_PATTERN
_YEAR = rf"({YEAR})"
_DAY_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? {_YEAR}\b|\b(\d{{1,2}}) ({_MONTH}),? {_YEAR}\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH}),? (?:of )?{_YEAR}\b")
_BARE_YEAR = re.compile(rf"(?<![\d$])(?<!-){_YEAR}(?!\d)(?!s\b)")
SLOT_KINDS = slots.flagged("timeline")  # the slots whose events have a kind of their own
KIND_CUES = tuple((k.name, k.cue) for k in slots.EVENT_KINDS)  # for events no slot names; the first match wins
BY_YEAR = SLOT_KINDS | {k.name for k in slots.EVENT_KINDS if k.by_year}  # one event per kind and year
KIND_ORDER = slots.timeline_order()  # the order of one year's events
PRECISIONS = ("day", "month", "year")
STATUS_RANK: dict[str, int] = {CORROBORATED: 0, SINGLE: 1, SUPERSEDED: 2, DISPUTED: 3}


@dataclass(frozen=True, slots=True)
class Family:
    """The couple and their children: whose events a kind's label may name."""

    couple: frozenset[str]
    children: frozenset[str] = frozenset()

    def owns(self, f: Fact, st: Statement) -> bool:
        """Whether the fact's event is theirs: the couple's own (met, married, separated, divorced;
        a remarriage its words call one: one of them and someone else), or the birth of a child of
        theirs."""
        gathered = frozenset(st.about) if st.key == f"{f.slot}={f.value}" else frozenset()
        whose = gathered or frozenset(f.subject)
        about = slots.BY_NAME[f.slot].record_about if f.slot in slots.BY_NAME else ""
        if about == slots.CHILD:  # a birth is gathered on its parents ("had their only child, Ivy, in 2003")
            return gathered == self.couple or bool(f.subject) and frozenset(f.subject) <= self.children
        if about == slots.COUPLE:
            return whose == self.couple
        return True

    def remarries(self, f: Fact, st: Statement) -> bool:
        """Whether a wedding its statement calls a remarriage is one of theirs to someone else."""
        return len(frozenset(f.subject) & self.couple) == 1



@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in a text: ISO value, precision and where it stands."""

    iso: str
    precision: str
    start: int


def dates_in(text: str) -> tuple[DateMention, ...]:
    """Every full date, month-and-year and bare year in `text`, finest first where they overlap."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        if 1 <= int(day) <= 31:
            found.append(DateMention(f"{year}-{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}", "day", m.start()))
            taken.append(m.span())
    for m in _MONTH_YEAR.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(DateMention(f"{m.group(2)}-{MONTHS.index(m.group(1).lower()) + 1:02d}", "month", m.start()))
            taken.append(m.span())
    for m in _BARE_YEAR.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(DateMention(m.group(1), "year", m.start()))
    return tuple(sorted(found, key=lambda d: d.start))


def kind_of(text: str) -> str:
    """The kind of event a sentence without a slotted date tells, from its cue words outside what
    it quotes ("" if none): "He still calls the film, released in 2006, “the best accident of my
    life”" tells of no accident."""
    said = _QUOTED.sub(" ", text)
    for kind, cue in KIND_CUES:
        if cue.search(said):
            return kind
    return ""


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _refine(year: str, text: str) -> tuple[str, str]:
    """The finest date in `text` that falls in `year`, with its precision."""
    for d in sorted(dates_in(text), key=lambda d: PRECISIONS.index(d.precision)):
        if d.iso[:4] == year:
            return d.iso, d.precision
    return year, "year"


def _at_fact(f: Fact, s: Sentence) -> tuple[str, str]:
    """The month a sentence writes for a year fact right after the event's own cue ("finalized in
    June 2019"; extract.month_at: never "by June 2019", a month of another event or a name)."""
    month = month_at(s, f)
    if not month:
        return f.value, "year"
    a, b = f.span.start - s.start, f.span.end - s.start
    date, precision = _refine(f.value, s.text[max(0, a - 20):b])  # "on June 4, 2019": the day too
    return (date, precision) if date[5:7] == f"{month:02d}" else (f"{f.value}-{month:02d}", "month")


def _events_of(st: Statement, facts: Sequence[Fact], sentences: Mapping[str, Sentence],
               family: Family | None = None) -> list[TimelineEvent]:
    """One event per slotted year the statement names; else one for its first date outside
    quotation marks."""
    out: list[TimelineEvent] = []
    seen: set[tuple[str, str]] = set()
    for f in sorted(facts, key=lambda f: (f.value, f.slot)):
        if _dates(f, st.key) and (f.slot, f.value) not in seen:
            seen.add((f.slot, f.value))
            kind = f.slot if f.slot in SLOT_KINDS else kind_of(st.text)  # a filing: an event of no kind of its own
            if kind == slots.MARRIED and kind_of(st.text) == slots.REMARRIAGE:
                kind = slots.REMARRIAGE
            if family is not None and f.slot in SLOT_KINDS and not family.owns(f, st) and not (
                    kind == slots.REMARRIAGE and family.remarries(f, st)):
                kind = ""  # someone else's wedding or birth: no label that reads as theirs
            written = [(f.value, "year")] + [_at_fact(g, sentences[g.sentence]) for g in facts
                                              if (g.slot, g.value) == (f.slot, f.value) and g.sentence in sentences]
            date, precision = min(written, key=lambda d: (PRECISIONS.index(d[1]), d[0]))
            out.append(TimelineEvent(date, st.text, st.citations, precision, kind, st.status, st.id))
    if out or st.status in (RETRACTED, DENIED):
        return out  # (a sentence its own article calls wrong or untrue dates no event: retracted.py)
    said = sentences.get(st.claim)  # a year inside a quotation dates no event ("projects I was doing from 1986")
    first = main_date(said.outside_quotes() if said is not None else st.text)
    if first is None:
        return []
    return [TimelineEvent(first.iso, st.text, st.citations, first.precision, kind_of(st.text), st.status, st.id)]


def main_date(text: str) -> DateMention | None:
    """The date of what a sentence with no event fact tells: its first date that stands in its main
    clause as the time of its verb; None when every date the sentence writes dates something else
    (precision first: then the sentence is no event of the timeline). A date is another thing's when
    it stands in another clause ("which opened in 2015", "ruled that the agreement signed in 2008 will
    stand", "and made his debut in 2004", "the home they bought in 2013"), after a bound, a source or a
    range's end ("since 1971", "from July 2020", "between 2015 and 2020"), in a noun ("the couple's
    2008 prenuptial agreement", "and 2012 silver medallist") or in a participle set off by commas ("the
    film, released in 2006, ..."); the regular expressions below say each, and what is still the
    sentence's ("When ...", "Lee: In a blizzard, in 2010.", "from 2010 to 2014", "has coached the team
    since 2008", "in a 2013 interview", "at the 2012 Super Bowl"). A correction of the article
    ("Correction, Feb. 18, 2023: An earlier version of this story said ...") dates no event."""
    if CORRECTION.search(text):
        return None
    return next((d for d in dates_in(text) if _dates_the_sentence(text, d)), None)


def _dates_the_sentence(text: str, d: DateMention) -> bool:
    """Whether the date is the time of the sentence's main clause (main_date)."""
    before = text[:d.start]
    head = before[:found.start()] if (found := _TRAILING_BOUND.search(before)) else before  # (the bound is tested below)
    in_another_clause = bool(_ANOTHER_CLAUSE.search(head, _opening(before)) or SECOND_PREDICATE.search(before)
                             or RANGE_END.search(before) or _OWN_CLAUSE.search(before, 12))
    a_bound = bool(_BOUND_BEFORE.search(before)) and not (
        _RANGE_AFTER.match(text, d.start) or _SINCE_BEFORE.search(before) and _PERFECT.search(before))
    qualifies = bool(_QUALIFIES.search(before))
    of_a_noun = qualifies and not (_TELLING_BEFORE.search(before) and _IN_A_TELLING.match(text, d.start)
                                   or _OCCASION_BEFORE.search(before) and _NAMED_AFTER.match(text, d.start))
    no_time_word = d.precision == "year" and not qualifies and not _INTRODUCED.search(before)
    set_off = bool(_PARTICIPLE_OPENS.search(before) and _SET_OFF_AFTER.match(text, d.start))
    return not (in_another_clause or a_bound or of_a_noun or no_time_word or set_off)


# Another clause: a break (";", ", and", a dash), a relative or complement word, a conjunction of time (a bound
# right before the date is _BOUND_BEFORE's: _TRAILING_BOUND), a pronoun or "their parents" and its verb past the
# first words; not a "When" that opens the sentence, a speaker's label ("Lee: In a blizzard, in 2010.") nor an
# age's comma ("Ann Lee, 40, and Bob Ray, 44, announced in October 2021").
_ANOTHER_CLAUSE = re.compile(rf"[;:]\s|\s[—–-]\s|(?<!\d),\s(?:{JOINING_CONJUNCTIONS}|as|so)\s|\b(?:who|whom|whose|which"
                             r"|where|that|when|why|how|whether|because|since|after|before|until|while|although|though|if)\b",
                             re.IGNORECASE)
_TRAILING_BOUND = re.compile(r"\b(?:since|after|before|until|till)\s+$", re.IGNORECASE)
_OPENING = re.compile(r"\W*When\b|(?!(?:Note|Update|Correction|Clarification|Orders?|Editor|Read|Source|Photo|Caption"
                      r"|Citation)\b)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:\s")
_OWN_CLAUSE = re.compile(rf"\b(?:he|she|they|we|I|it|(?:their|his|her|its)\s+[a-z]+)\s+(?:\w+ly\s+)?"
                         rf"(?:had|has|have|was|were|[a-z]{{3,}}ed|met|{PAST_VERBS})\b")
# A bound or a source: "since 1971", "from July 2020", "by 2016", "the conference of 2019" ("the summer of 2008" is a
# time); but the start of a range ("from 2010 to 2014") and a state's start told in the present perfect ("has
# coached the team since 2008"; not "her first album since 2011").
_BOUND_BEFORE = re.compile(r"(?:\b(?:since|from|until|till|by|before|after|than|between|through|to|as of|ahead of)\s+"
                           r"(?:(?:early|late|mid-?|the)\s+)?"
                           r"|\b(?!(?:spring|summer|fall|autumn|winter|end|start|beginning|middle|turn|close)\b)[a-z]+\s+of\s+)$",
                           re.IGNORECASE)
_RANGE_AFTER = re.compile(r"[^,;.]*?\d{4}\s*(?:to|until|through|and|[-–])\s*(?:\w+\s+)?\d{4}\b")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z-]+(?:ed|en|un|ught|ood|one)\b")
# A noun's year: "the couple's 2008 prenuptial agreement"; but a telling the sentence is about ("told People in a
# 2001 interview") and an occasion named after its year ("crossed paths again at the 2012 Super Bowl").
_QUALIFIES = re.compile(r"(?:\b(?:a|an|the|his|her|their|its|our|my|your|this|that)|['’]s)\s+$", re.IGNORECASE)
_TELLING_BEFORE = re.compile(r"\b(?:in|during|to)\s+(?:a|an|the|his|her|their|its)\s+$", re.IGNORECASE)
_IN_A_TELLING = re.compile(r"[^,;.]*?\d{4}\s+(?:[A-Z][\w.&’'-]*\s+){0,3}(?:interview|podcast|profile|statement|appearance"
                           r"|speech|conversation|chat|essay|op-ed|documentary)\b")
_OCCASION_BEFORE = re.compile(r"\b(?:at|during)\s+the\s+$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"[^,;.]*?\d{4}\s+[A-Z]")
# A bare year is a time only after a word that makes it one, or opening the sentence ("the 2008 bronze medallist
# and 2012 silver medallist" qualifies a noun).
_INTRODUCED = re.compile(r"(?:\b(?:in|on|during|at|around|about|circa|since|from|until|till|by|of|to|through|between"
                         r"|early|late|mid|spring|summer|fall|autumn|winter|year)\s+|^\W*|[,(]\s*|-)$", re.IGNORECASE)
# A participle set off by commas: "He still calls the film, released in 2006, ..." (not an age's: "Lee, 46, retired").
_PARTICIPLE_OPENS = re.compile(r"(?<!\d),\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en)\b[^,]*$")
_SET_OFF_AFTER = re.compile(r"[^,.;]*?\d{4},")


def _opening(before: str) -> int:
    """Where a sentence's main clause starts: after an opening "When" or a speaker's label."""
    found = _OPENING.match(before)
    return found.end() if found else 0


def _merge(events: Sequence[TimelineEvent]) -> TimelineEvent:
    """Events of one kind in one year: the best-supported wording, the finest date, citing every article."""
    best = min(events, key=lambda e: (STATUS_RANK.get(e.status, 9), -len(e.citations), e.statement))
    cites: dict[tuple[str, int, int], Citation] = {}
    for e in events:
        for c in e.citations:
            cites.setdefault((c.source, c.start, c.end), c)
    statuses = {e.status for e in events}
    # A disputed or superseded value stays marked as such; otherwise the best support any wording has.
    status = DISPUTED if DISPUTED in statuses else SUPERSEDED if SUPERSEDED in statuses else best.status
    finest = min(events, key=lambda e: (PRECISIONS.index(e.precision), e.date))  # "June 2019" over "2019"
    kinds = {e.kind for e in events}
    kind = slots.REMARRIAGE if slots.REMARRIAGE in kinds else best.kind  # a wedding any article calls a remarriage
    return TimelineEvent(finest.date, best.text, tuple(cites.values()), finest.precision, kind, status,
                         best.statement)


def build_timeline(sections: Sequence[Section], facts: Sequence[Fact],
                   sentences: Mapping[str, Sentence] | None = None,
                   family: Family | None = None) -> tuple[TimelineEvent, ...]:
    """The dated events of the profile in date order, each from the statement that tells it;
    `sentences` (by id) give each event the finest date any of its statement's sentences
    writes right at the fact ("finalized in June 2019" where the statement is worded "were
    married from 2005 to 2019"); `family` (where the profile has a couple): whose events a
    kind's label may name."""
    statements = [st for sec in sections for st in sec.statements]
    keyed = {st.key for st in statements if st.key}
    of_sentence: dict[str, list[Fact]] = {}
    for f in facts:
        of_sentence.setdefault(f.sentence, []).append(f)
    grouped: dict[tuple[str, str, str], list[TimelineEvent]] = {}
    for st in statements:
        # A statement gathered on an event tells that event only; another statement tells the
        # events of its sentences that no statement is gathered on ("met in 1990 and married
        # three years later" is cited by the wedding's statement: the meeting is its own), and
        # none at all when every event it names is told by the statement gathered on it.
        mine = [f for c in st.citations for f in of_sentence.get(c.sentence, ())]
        own = [f for f in mine if (f"{f.slot}={f.value}" == st.key if st.key else f"{f.slot}={f.value}" not in keyed)]
        told_elsewhere = not _dates_an_event(own, st.key) and _dates_an_event(mine)
        for e in () if told_elsewhere else _events_of(st, own, sentences or {}, family):
            kind = slots.MARRIED if e.kind == slots.REMARRIAGE else e.kind  # one wedding, however it is worded
            couple = "+".join(st.about) if len(st.about) == 2 else ""  # two weddings of one year are two events
            key = (kind, e.date[:4], couple) if e.kind in BY_YEAR else (st.id, e.date, "")
            grouped.setdefault(key, []).append(e)
    couples: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in grouped:
        if key[2]:
            couples[key[:2]].append(key)
    for key in [k for k in grouped if not k[2] and len(couples.get(k[:2], ())) == 1]:
        grouped[couples[key[:2]][0]].extend(grouped.pop(key))  # told of one of them only: that year's one wedding
    events = [_merge(g) for g in grouped.values()]
    return tuple(sorted(events, key=lambda e: (e.date, _kind_order(e.kind), e.statement)))


def _dates_an_event(facts: Sequence[Fact], key: str = "") -> bool:
    """Whether a year among the facts dates an event: one of its own kind (met, married, ...), or
    the event a statement is gathered on (`key`), kind or not (the filing of "filed to end the
    marriage in June 2020", cited also by a sentence that names the 2013 wedding)."""
    return any(_dates(f, key) for f in facts)


def _dates(f: Fact, key: str) -> bool:
    return f.kind == slots.YEAR and (f.slot in SLOT_KINDS or f"{f.slot}={f.value}" == key)


def _kind_order(kind: str) -> int:
    return KIND_ORDER.get(kind, len(KIND_ORDER) + 1)
