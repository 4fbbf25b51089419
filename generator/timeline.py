"""The timeline: dated events of the profile, in order, each tied to its statement."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .model import Fact, Section, TimelineEvent


def build_timeline(sections: Sequence[Section], facts: Sequence[Fact],
                   statement_of: Mapping[str, str]) -> tuple[TimelineEvent, ...]:
    """One event per statement that names a year: the earliest year it names.
    `statement_of` maps each sentence id to the id of the statement it was merged into."""
    years: dict[str, list[Fact]] = {}
    for f in facts:
        sid = statement_of.get(f.sentence)
        if sid and f.kind == "year":
            years.setdefault(sid, []).append(f)
    events = []
    for sec in sections:
        for st in sec.statements:
            found = sorted(years.get(st.id, ()), key=lambda f: f.value)
            if found:
                first = found[0]
                events.append(TimelineEvent(first.value, st.text, st.citations, precision="year",
                                            kind=first.slot, status=st.status, statement=st.id))
    return tuple(sorted(events, key=lambda e: (e.date, e.text)))
