"""Compare the values of each fact slot across sources and give a verdict.

agreement: every source gives the same value; superseded: a count grew between an
older and a newer article; disagreement: values differ with no such explanation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from .model import Citation, Conflict, ConflictValue, Fact, Sentence

COMPARED_KINDS = ("duration", "count", "money")
# Slots whose values are compared. A marriage's length is left out: "three years later"
# near "married" is a gap between events, not a length, and would raise false conflicts.
COMPARED_SLOTS = ("dispute-length", "financial-negotiation-length", "children", "legal-costs",
                  "legal-fees")
AGREEMENT = "agreement"
SUPERSEDED = "superseded"
DISAGREEMENT = "disagreement"


def _citation(f: Fact, sentence: Sentence) -> Citation:
    return Citation(f.span.source, sentence.start, sentence.end, sentence.id)


def compare(facts: Sequence[Fact], sentences: Mapping[str, Sentence],
            independent: Mapping[str, str]) -> tuple[Conflict, ...]:
    """One Conflict record per compared slot whose values come from two or more sources."""
    by_slot: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind in COMPARED_KINDS and f.slot in COMPARED_SLOTS and not f.value.endswith("(expected)"):
            by_slot[f.slot].append(f)
    out: list[Conflict] = []
    for slot in sorted(by_slot):
        found = by_slot[slot]
        origins = {independent.get(f.span.source, f.span.source) for f in found}
        if len(origins) < 2:
            continue
        values: dict[str, list[Fact]] = defaultdict(list)
        for f in found:
            values[f.value].append(f)
        verdict, why = _verdict(slot, values)
        out.append(Conflict(
            id=f"conflict-{slot}", slot=slot, subject=(), verdict=verdict, explanation=why,
            values=tuple(
                ConflictValue(value=v, as_of=max(f.as_of for f in fs),
                              citations=tuple(sorted({_citation(f, sentences[f.sentence]) for f in fs},
                                                     key=lambda c: (c.source, c.start))))
                for v, fs in sorted(values.items(), key=lambda kv: (kv[1][0].number or 0, kv[0]))),
        ))
    return tuple(out)


def _verdict(slot: str, values: Mapping[str, list[Fact]]) -> tuple[str, str]:
    if len(values) == 1:
        (value,) = values
        n = len({f.span.source for f in values[value]})
        return AGREEMENT, f"{n} sources give the same value, {value}."
    kinds = {f.kind for fs in values.values() for f in fs}
    dated = {v: max(f.as_of for f in fs) for v, fs in values.items()}
    if kinds == {"count"} and all(dated.values()):
        ordered = sorted(values, key=lambda v: dated[v])
        numbers = [values[v][0].number or 0 for v in ordered]
        if numbers == sorted(numbers) and len(set(dated.values())) == len(dated):
            steps = ", then ".join(f"{v} as of {dated[v]}" for v in ordered)
            return SUPERSEDED, f"The count grew over time: {steps}. The latest value stands."
    listed = "; ".join(f"{v} ({len({f.span.source for f in fs})} source(s))" for v, fs in values.items())
    return DISAGREEMENT, f"The articles give different values: {listed}. Neither is chosen."
