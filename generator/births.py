"""Ages normalised to birth years, and undated articles dated by the ages they give.

An age on a date bounds a birth to two years: 11 in 2007 means born in 1995 or 1996.
The bounds from every dated age of a person, and any stated birth year ("had their only
child, Lena, in 2003"), are intersected: a non-empty intersection is *consistent once
normalised*, an empty one a *disagreement*. An undated article's ages, read against the
birth years the dated articles establish, in turn date that article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from . import slots
from .lang.en import WHO_SET_OFF
from .model import Conflict, ConflictValue, Fact, Sentence, Source, Verdict
from .origins import origin_of

CONSISTENT = Verdict.CONSISTENT
DISAGREEMENT = Verdict.DISAGREEMENT
SINGLE = Verdict.SINGLE


@dataclass(frozen=True, slots=True)
class Bound:
    """What one fact says about a birth year: lo..hi, and how."""

    fact: Fact
    lo: int
    hi: int
    how: str


def _year(iso: str) -> int | None:
    return int(iso[:4]) if iso[:4].isdigit() else None


def _event_year(slot: str, f: Fact, years: Mapping[str, Sequence[Fact]],
                in_source: Mapping[tuple[str, str], Sequence[Fact]], people: Sequence[str]) -> int | None:
    """The year of the event an age is tied to ("the year the divorce became final"): as the
    same article gives it, else as most articles about the same people give it. `years`: the
    year facts of each slot; `in_source`: of each slot and source."""
    same = list(in_source.get((slot, f.span.source), ()))
    if not same:
        same = [x for x in years.get(slot, ()) if set(x.subject) & set(people)]
    if not same:
        return None
    counts: dict[str, int] = defaultdict(int)
    for x in same:
        counts[x.value] += 1
    return int(max(sorted(counts), key=lambda v: counts[v]))


def born_alone(facts: Iterable[Fact]) -> frozenset[str]:
    """The people some sentence gives a birth to alone ("Tom was born in 2015")."""
    return frozenset(f.subject[0] for f in facts if f.slot == slots.CHILD_BORN and len(f.subject) == 1)


def whose_birth(f: Fact, alone: frozenset[str], sentences: Mapping[str, Sentence]) -> tuple[str, ...]:
    """The one person a birth is of, where a sentence names others beside them ("Ray wants to take their
    son, Tom, who was born in 2016" names his father too): the one named last before its year with
    "born" between, where some sentence gives a birth to that one alone (`alone`: born_alone); no one
    otherwise ("Ray and Lee have welcomed twins": the one named before is a parent, whose own birth
    year is not the twins')."""
    s = sentences.get(f.sentence)
    if s is None or not f.subject:
        return f.subject
    before = [m for m in s.mentions if m.person in f.subject and m.end <= f.span.start]
    if len(f.subject) == 1:
        # (one named before a parent's word: "Ann Lee and Bob Ray welcomed their third child, a son, in March 2020"
        # is no birth of Ann Lee's; "Tom was born in 2015", "gave birth to Tom in 2015" are Tom's)
        last_one = max(before, key=lambda m: m.end) if before else None
        between = s.text[last_one.end - s.start:f.span.end - s.start] if last_one is not None else ""
        # (not a word of a "who" aside, "Ivy, who has her mother's red hair, was born in 2015", nor where "born" is
        # the verb of the one named: theirs)
        between = WHO_SET_OFF.sub(" ", between)
        if _PARENT_WORD.search(between) and not _BORN_VERB.search(between):
            return ()
        return f.subject
    if not before:
        return ()
    last = max(before, key=lambda m: m.end)
    if not _BORN_BETWEEN.fullmatch(s.text, last.end - s.start, f.span.end - s.start) or last.person not in alone:
        return ()
    return (last.person,)


# A word that makes the one named before it a parent of the one born: "welcomed", "gave birth", "had".
_PARENT_WORD = re.compile(r"\b(?:welcom\w*|gave birth|give birth|giving birth|had|have|has|expecting|became (?:a )?parents?"
                          r"|became (?:a )?(?:mother|father|mom|dad))\b", re.IGNORECASE)
# "born" as the verb of the one named: "was born", "were born".
_BORN_VERB = re.compile(r"\b(?:was|were|is|are|been)\s+born\b", re.IGNORECASE)
# Between the one born and the year: "born", and no word that makes them a parent ("welcomed", "gave birth").
_BORN_BETWEEN = re.compile(r"(?!.*\b(?:welcom|gave birth|had)).*\bborn\b.*", re.DOTALL | re.IGNORECASE)


def _bounds(facts: Sequence[Fact], sentences: Mapping[str, Sentence]) -> dict[str, list[Bound]]:
    out: dict[str, list[Bound]] = defaultdict(list)
    years: dict[str, list[Fact]] = defaultdict(list)  # looked up per age, not scanned: linear in the facts
    in_source: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind == slots.YEAR:
            years[f.slot].append(f)
            in_source[(f.slot, f.span.source)].append(f)
    alone = born_alone(facts)
    for f in facts:
        subject = whose_birth(f, alone, sentences) if f.slot == slots.CHILD_BORN else f.subject
        if len(subject) != 1:
            continue
        person = subject[0]
        if f.kind == slots.YEAR and f.slot == slots.CHILD_BORN:
            y = int(f.value)
            out[person].append(Bound(f, y, y, f"born in {y}"))
        elif f.kind == slots.AGE and f.number is not None:
            age = int(f.number)
            if f.as_of.startswith("@"):
                s = sentences.get(f.sentence)
                year = _event_year(f.as_of[1:], f, years, in_source, s.people if s else ())
                when = f"{year}, the year of the {slots.wording(f.as_of[1:])}"
            else:
                year = _year(f.as_of)  # "" for a present-tense age in an undated article
                when = f.as_of
            if year is not None:
                out[person].append(Bound(f, year - age - 1, year - age,
                                         f"{age} in {when}: {year} − {age} − 1 to {year} − {age}"))
    return out


def _range(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}"


@dataclass(frozen=True, slots=True)
class Dating:
    """The years an undated article can have been written in (lo..hi), from the ages it gives:
    the first such age, and how many more agree with it."""

    lo: int
    hi: int
    person: str
    age: int
    born: str
    more: int = 0

    @property
    def reason(self) -> str:
        return (f"{self.person} is {self.age} in it and was born in {self.born}, so it was written in "
                f"{_range(self.lo, self.hi)}")

    @property
    def note(self) -> str:
        """The reason, for the sources page."""
        return self.reason + (f" (and {self.more} more ages agree)" if self.more else "")


def date_undated(facts: Sequence[Fact], sentences: Mapping[str, Sentence], sources: Sequence[Source],
                 ) -> dict[str, Dating]:
    """For each undated article, the years it can have been written in, from the ages it gives
    of people whose birth the dated articles fix, with the reasoning."""
    undated = {s.id for s in sources if not s.published}
    floor = {s.id: _year(s.published_inferred or "") for s in sources}
    births = _bounds(facts, sentences)
    out: dict[str, Dating] = {}
    for f in facts:
        src = f.span.source
        if f.kind != slots.AGE or src not in undated or len(f.subject) != 1 or f.as_of:
            continue
        known = births.get(f.subject[0], [])
        if not known or f.number is None:
            continue
        lo, hi = max(b.lo for b in known), min(b.hi for b in known)
        if lo > hi:
            continue
        age = int(f.number)
        a, b = lo + age, hi + age + 1
        prev = out.get(src)
        if prev:
            a, b = max(a, prev.lo), min(b, prev.hi)
            if a > b:
                continue
        low = floor.get(src)
        if low is not None:
            if b < low:
                continue
            a = max(a, low)
        out[src] = (replace(prev, lo=a, hi=b, more=prev.more + 1) if prev
                    else Dating(a, b, f.subject[0], age, _range(lo, hi)))
    return out


def birth_years(facts: Sequence[Fact], sentences: Mapping[str, Sentence], sources: Sequence[Source],
                independent: Mapping[str, str], dated: Mapping[str, Dating]) -> list[Conflict]:
    """One record per person with a dated age or a stated birth year: the birth year range
    every source allows, with the arithmetic, and a verdict."""
    out = []
    for person, bounds in sorted(_bounds(facts, sentences).items()):
        origins = {origin_of(independent, b.fact.span.source, b.fact.sentence) for b in bounds}
        lo, hi = max(b.lo for b in bounds), min(b.hi for b in bounds)
        values: dict[tuple[int, int], list[Bound]] = defaultdict(list)
        for b in bounds:
            values[(b.lo, b.hi)].append(b)
        steps = "; ".join(sorted({b.how for b in bounds}))
        dating = sorted({d.reason for d in dated.values() if d.person == person})
        if dating:
            steps += ". Undated articles, read the other way: " + "; ".join(dating)
        if len(origins) < 2:
            verdict, why = SINGLE, f"Only one article: {steps}."
        elif lo <= hi:
            verdict, why = CONSISTENT, f"Every value gives a birth in {_range(lo, hi)}: {steps}."
        else:
            verdict, why = DISAGREEMENT, f"The values give no common birth year: {steps}. Neither is chosen."
        out.append(Conflict(
            id=f"born-{re.sub(r'[^a-z0-9]+', '-', person.lower()).strip('-')}", slot=slots.BORN, subject=(person,),
            verdict=verdict, explanation=why,
            values=tuple(
                ConflictValue(value=_range(a, b), as_of="; ".join(sorted({x.how for x in bs})),
                              citations=tuple(sorted({sentences[x.fact.sentence].citation for x in bs},
                                                     key=lambda c: (c.source, c.start))))
                for (a, b), bs in sorted(values.items()))))
    return out
