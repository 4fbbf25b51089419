"""Compare the values of each fact slot across independent sources and give a verdict.

- agreement: every source gives the same value once normalised (18 months = a year and a half);
- superseded: a count grew between an older and a newer article (the latest stands);
- consistent-normalised: ages that all give the same birth years (see births.py);
- disagreement: values differ with no such explanation; both are shown, neither chosen.

Each slot is compared within itself only: a separation year is never compared with a
divorce year, nor a film's release year with the year two people met. Years are compared
only between sentences about the same people, so that a second marriage is not taken for a
conflicting date of the first. Grouping is by slot and value (a dictionary), never by pairs
of sentences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import slots
from .births import Dating, birth_years, born_alone, date_undated, whose_birth
from .lang.en import DENIED
from .model import UNNAMED, Conflict, ConflictValue, Fact, Sentence, Source, Verdict
from .origins import origin_of

COMPARED_KINDS = (slots.DURATION, slots.COUNT, slots.MONEY)
# Slots whose values are compared (the registry's `compared`).
COMPARED_SLOTS = slots.flagged("compared") - slots.names(kind=slots.YEAR)
YEAR_SLOTS = slots.flagged("compared") & slots.names(kind=slots.YEAR)
AGREEMENT = Verdict.AGREEMENT
SUPERSEDED = Verdict.SUPERSEDED
DISAGREEMENT = Verdict.DISAGREEMENT
CONSISTENT = Verdict.CONSISTENT


@dataclass(frozen=True, slots=True)
class When:
    """When a value was true, as well as the articles tell: lo..hi years, and a label."""

    lo: int
    hi: int
    label: str


def _when(f: Fact, sources: Mapping[str, Source], dated: Mapping[str, Dating]) -> When:
    src = sources[f.span.source]
    if f.as_of and f.as_of[:4].isdigit() and (src.published or f.as_of != src.sort_date):
        y = int(f.as_of[:4])
        return When(y, y, f.as_of)
    if f.span.source in dated:
        a, b = dated[f.span.source].lo, dated[f.span.source].hi
        return When(a, b, f"{a}–{b}, dated by the ages it gives" if a != b else f"{a}, dated by the ages it gives")
    if src.published_inferred:
        y = int(src.published_inferred[:4])
        return When(y, 9999, f"not before {src.published_inferred}")
    return When(0, 9999, "undated")


def compare(facts: Sequence[Fact], sentences: Mapping[str, Sentence], independent: Mapping[str, str],
            sources: Sequence[Source]) -> tuple[tuple[Conflict, ...], dict[str, Dating]]:
    """Conflict records for every compared slot that two or more independent sources speak to,
    and the undated articles' dates found from ages."""
    dated = date_undated(facts, sentences, sources)
    by_source = {s.id: s for s in sources}
    when = {id(f): _when(f, by_source, dated) for f in facts}
    out: list[Conflict] = []
    by_slot: dict[str, list[Fact]] = defaultdict(list)
    facts = [f for f in facts if not DENIED.search(sentences[f.sentence].text)]  # "reports that ... were false"
    for f in facts:
        if f.kind in COMPARED_KINDS and f.slot in COMPARED_SLOTS and not f.value.endswith("(expected)"):
            by_slot[f.slot].append(f)
    for slot in sorted(by_slot):
        found = by_slot[slot]
        if len({independent.get(f.span.source, f.span.source) for f in found}) < 2:
            continue
        if len({f.value[:1] for f in found if f.kind == slots.MONEY}) > 1:
            continue  # sums in two currencies ("$3 million", "£2.4 million"): one converted, maybe; not weighed
        values: dict[str, list[Fact]] = defaultdict(list)
        for f in found:
            values[f.value].append(f)
        verdict, why, order = _verdict(values, when, sentences, independent)
        out.append(_conflict(f"conflict-{slot}", slot, (), verdict, why, order, values, when, sentences))
    out.extend(_years(facts, sentences, independent, when))
    out.extend(birth_years(facts, sentences, sources, independent, dated))
    return tuple(out), dated


def _conflict(cid: str, slot: str, subject: tuple[str, ...], verdict: Verdict, why: str, order: Sequence[str],
              values: Mapping[str, list[Fact]], when: Mapping[int, When],
              sentences: Mapping[str, Sentence]) -> Conflict:
    return Conflict(
        id=cid, slot=slot, subject=subject, verdict=verdict, explanation=why,
        values=tuple(
            ConflictValue(value=v, as_of="; ".join(sorted({when[id(f)].label for f in values[v]})),
                          citations=tuple(sorted({sentences[f.sentence].citation for f in values[v]},
                                                 key=lambda c: (c.source, c.start))))
            for v in order))


def _origins(fs: Sequence[Fact], independent: Mapping[str, str]) -> int:
    return len({origin_of(independent, f.span.source, f.sentence) for f in fs})


def _wordings(fs: Sequence[Fact], sentences: Mapping[str, Sentence]) -> str:
    """The words each article used for the value, to show the normalisation."""
    words = sorted({sentences[f.sentence].text[f.span.start - sentences[f.sentence].start:
                                               f.span.end - sentences[f.sentence].start] for f in fs})
    return ", ".join(f"“{w}”" for w in words)


def _verdict(values: Mapping[str, list[Fact]], when: Mapping[int, When], sentences: Mapping[str, Sentence],
             independent: Mapping[str, str]) -> tuple[Verdict, str, list[str]]:
    """The verdict, its reasoning, and the order to list the values in."""
    by_number = sorted(values, key=lambda v: (values[v][0].number or 0, v))
    if len(values) == 1:
        (value,) = values
        why = f"{_agreed(values[value], independent, sentences, f'the same value, {value}')} " \
              f"({_wordings(values[value], sentences)})."
        return AGREEMENT, why, by_number
    kinds = {f.kind for fs in values.values() for f in fs}
    latest = {v: max(when[id(f)].lo for f in fs) for v, fs in values.items()}
    if kinds == {"count"}:
        ordered = sorted(values, key=lambda v: (latest[v], v))
        numbers = [values[v][0].number or 0 for v in ordered]
        dates = [latest[v] for v in ordered]
        if numbers == sorted(numbers) and len(set(dates)) == len(dates) and all(dates) and not any(
                _unnamed(values[v], sentences) for v in ordered[1:]):  # (an unnamed source's newer count
            # never marks an older one on the record as outdated)
            steps = ", then ".join(f"{v} ({'; '.join(sorted({when[id(f)].label for f in values[v]}))})"
                                   for v in ordered)
            why = (f"The number grew over time: {steps}. The latest value, {ordered[-1]}, stands; "
                   "the older ones were true when written.")
            return SUPERSEDED, why, ordered
    listed = "; ".join(f"{v} {in_sources(_origins(values[v], independent), _unnamed(values[v], sentences))} "
                       f"({_wordings(values[v], sentences)})" for v in by_number)
    return DISAGREEMENT, f"The articles give different values: {listed}. Neither is chosen.", by_number


def _years(facts: Sequence[Fact], sentences: Mapping[str, Sentence], independent: Mapping[str, str],
           when: Mapping[int, When]) -> list[Conflict]:
    """Event years: agreement where independent sources give the same year; disagreement only
    where sentences about exactly the same people give different years for the same event."""
    out = []
    by_slot: dict[str, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        if f.kind == slots.YEAR and f.slot in YEAR_SLOTS:
            by_slot[f.slot][f.value].append(f)
    for slot in sorted(by_slot):
        values = by_slot[slot]
        clashes = _clashes(slot, values, independent, sentences)
        for value in sorted(values):
            fs = values[value]
            n = _origins(fs, independent)
            rivals = sorted(v for v in values if v != value and (value, v) in clashes)
            if rivals:
                if value > rivals[0]:
                    continue  # reported once, with the smaller year
                subject = sorted(clashes[(value, rivals[0])])
                group = {v: _of_people(values[v], set(subject)) for v in (value, *rivals)}  # (not "Jo Lee, the
                # singer's sister, married producer Cy Moss in 2015", beside the couple's 2015)
                listed = "; ".join(f"{v} {in_sources(_origins(group[v], independent), _unnamed(group[v], sentences))}"
                                   for v in group)
                out.append(_conflict(f"conflict-{slot}-{value}", slot, tuple(subject), DISAGREEMENT,
                                     f"Articles about {' and '.join(subject)} give different years: {listed}. "
                                     "Neither is chosen.", sorted(group), group, when, sentences))
            else:
                agreed = _agreeing(slot, fs)
                n = _origins(agreed, independent)
                if n < 2:
                    continue
                why = _agreed(agreed, independent, sentences, value) + "."
                out.append(_conflict(f"agreement-{slot}-{value}", slot, _heading(slot, agreed, sentences), AGREEMENT,
                                     why, [value], {value: agreed}, when, sentences))
    return out


def _agreed(agreed: Sequence[Fact], independent: Mapping[str, str], sentences: Mapping[str, Sentence], what: str) -> str:
    """"3 independent sources give 2022", and how many of them rest on an unnamed source ("..., 2 of them
    resting on an unnamed source", "..., each resting on an unnamed source"): an agreement never passes
    unnamed sources off as reporting."""
    n = _origins(agreed, independent)
    named = _origins([f for f in agreed if sentences[f.sentence].attribution != UNNAMED], independent)
    return (f"{n} independent sources give {what}" if named == n
            else f"{n} independent sources give {what}, each resting on an unnamed source" if not named
            else f"{n} independent sources give {what}, {n - named} of them resting on an unnamed source")


def _agreeing(slot: str, fs: Sequence[Fact]) -> list[Fact]:
    """The facts of one year that agree on one event: those about the people the event is told of most
    (_common), or about some of them, or about no one named ("the pair"); never another's event of that
    year ("Ray's brother, Tom Ray, was declared legally single in May 2021 as well", "Her best friend,
    Nora Quill, got engaged in 2022 too" beside the couple's)."""
    return _of_people(fs, set(_common(slot, fs)))


def _of_people(fs: Sequence[Fact], people: set[str]) -> list[Fact]:
    """The facts about `people`, some of them, or no one named (only those, where `people` is no one)."""
    return [f for f in fs if not f.subject or people and (set(f.subject) <= people or people <= set(f.subject))]


def _clashes(slot: str, values: Mapping[str, list[Fact]], independent: Mapping[str, str],
             sentences: Mapping[str, Sentence]             ) -> dict[tuple[str, str], frozenset[str]]:
    """Pairs of years given for the same event of exactly the same people (a couple, two people,
    for a marriage, separation, divorce or meeting; one person for a birth), each by an independent
    article that does not give the other: an article that gives both years (a sentence read as two
    engagements, "got engaged in June to Ivy Lo, whom he has been dating since 2021") is no side of
    a disagreement between articles."""
    size = slots.BY_NAME[slot].people
    seen: dict[frozenset[str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    alone = born_alone(f for fs in values.values() for f in fs)
    for value, fs in values.items():
        for f in fs:
            subject = frozenset(whose_birth(f, alone, sentences)) if size == 1 else frozenset(f.subject)
            if len(subject) == size:
                seen[subject][value].add(independent.get(f.span.source, f.span.source))  # (by article: a relay that
                # gives another value than the article it relays is a side of its own)
    out: dict[tuple[str, str], frozenset[str]] = {}
    for subject, years in seen.items():
        for a in years:
            for b in years:
                if a != b and years[a] - years[b] and years[b] - years[a] and not (
                        slot in _TWICE and _two_occasions(years[a] & years[b], a, b, values, sentences)):
                    out[(a, b)] = subject  # (an article that gives both years tells two occurrences, not a
                    # mistake: "married in a civil ceremony in 2010 and held a religious wedding in 2011", "split in
                    # 2017 but got back together in 2018 ... separated in 2020")
    return out


# The events a couple may have twice, told apart by an article that gives both years (a civil and a religious
# wedding, two separations): never a birth, a final divorce, a first meeting.
_TWICE = frozenset([slots.MARRIED, slots.SEPARATED, slots.ENGAGED])
# Words by which an article that gives two years of one event corrects one of them or reports it as another's.
_CORRECTS = re.compile(r"\b(?:reports?|reported|claim\w*|actually|in fact|shows?|showed|records?|certificate"
                       r"|correct\w*|mistaken\w*|wrong\w*|incorrect\w*|erroneous\w*|often said)\b", re.IGNORECASE)


def _two_occasions(both: set[str], a: str, b: str, values: Mapping[str, list[Fact]],
                   sentences: Mapping[str, Sentence]) -> bool:
    """Whether an article that gives both years tells two occasions, plainly: its sentences giving them say
    nothing that corrects or reports ("Some reports say 2020; court records show 2021" is a correction, and
    leaves the disagreement between the other articles)."""
    told = [sentences[f.sentence].text for v in (a, b) for f in values[v] if f.span.source in both]
    return bool(both) and not any(_CORRECTS.search(t) for t in told)


def _heading(slot: str, agreed: Sequence[Fact], sentences: Mapping[str, Sentence]) -> tuple[str, ...]:
    """Whom an agreement's heading names: the people the event is told of (_common); for a birth, the one
    born where the sentences say whom (births.whose_birth), never a parent named beside the child ("Ward
    welcomed his third child, Leo, in 2021": no birth of Ward's), else no one."""
    if slots.BY_NAME[slot].people != 1:
        return _common(slot, agreed)
    alone = born_alone(agreed)
    born = {p for f in agreed for p in whose_birth(f, alone, sentences)}
    return tuple(born) if len(born) == 1 else ()


def _common(slot: str, fs: Sequence[Fact]) -> tuple[str, ...]:
    """Who an event is about: the couple (the person, for a birth) most often named with it,
    among those named in at least half of its sentences."""
    counts: dict[str, int] = defaultdict(int)
    for f in fs:
        for p in set(f.subject):
            counts[p] += 1
    often = sorted((p for p, n in counts.items() if n * 2 >= len(fs)), key=lambda p: (-counts[p], p))
    return tuple(sorted(often[:slots.BY_NAME[slot].people]))


def _unnamed(given: Sequence[Fact], sentences: Mapping[str, Sentence]) -> bool:
    """Whether every sentence that gives a value rests on an unnamed source."""
    return all(f.sentence in sentences and sentences[f.sentence].attribution == UNNAMED for f in given)


def in_sources(n: int, unnamed: bool) -> str:
    """How many independent articles give a value, and whether it rests only on unnamed sources
    ("friends say"): the fact check never passes such a side off as reporting."""
    return f"in {n} independent source(s)" + (
        "" if not unnamed else ", resting on an unnamed source" if n == 1 else ", each resting on an unnamed source")


def shown_dates(sources: Sequence[Source]) -> dict[str, str]:
    """Each article's date for the fact check's "as of": its date, or for an undated article the
    lower bound found for it, said as such ("not before 2016"), never a date."""
    return {s.id: s.published or (f"not before {s.published_inferred}" if s.published_inferred else "") for s in sources}


def shown_date(date: str) -> str:
    """An article's date as the fact check shows it: the day, "not before ..." or "undated"."""
    return (date[:10] if date[:1].isdigit() else date) or "undated"


def current_values(conflicts: Sequence[Conflict]) -> dict[tuple[str, str, str], str]:
    """(slot, value, sentence id) -> the verdict a statement carrying that value, in a sentence the fact
    check weighed for it, gets: the older values of a superseded slot are superseded, its latest is not;
    every value of a disagreement is disputed. A sentence the fact check did not weigh for it (someone
    else's: "Jo Lee, the singer's sister, married producer Cy Moss in 2015") gets none."""
    out: dict[tuple[str, str, str], str] = {}
    for c in conflicts:
        if c.verdict == SUPERSEDED:
            out.update(((c.slot, v.value, x.sentence), SUPERSEDED) for v in c.values[:-1] for x in v.citations)
        elif c.verdict == DISAGREEMENT and c.slot != slots.BORN:
            out.update(((c.slot, v.value, x.sentence), DISAGREEMENT) for v in c.values for x in v.citations)
    return out

