"""What the timeline reads in a statement (generator/timeline.py), one case per rule
(tests/cases/units/timeline.yml): the dates a text names, finest first where they overlap, and the
kind of event its cue words tell when no slot names it, with the label the pages give it, and the date of
the event it tells when no fact names one (`main_date`: none where every date dates something else)."""

from __future__ import annotations

import pytest

from generator import slots
from generator.timeline import dates_in, kind_of, main_date

from .units import Golden

GOLDEN = Golden("timeline.yml", "reads")


def reads(text: str) -> list[str]:
    kind = kind_of(text)
    found = dates_in(text)
    event = main_date(text)
    return ([f"{d.iso} ({d.precision})" for d in found] + [f"kind: {kind} ({slots.label(kind)})"] * bool(kind)
            + [f"event: {event.iso if event else 'none'}"] * bool(found))


@pytest.mark.parametrize("n", GOLDEN.params())
def test_timeline(n: int, update_goldens: bool) -> None:
    GOLDEN.check(n, reads(GOLDEN.cases[n]["text"]), update_goldens)
