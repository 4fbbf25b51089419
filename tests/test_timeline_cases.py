"""What the timeline reads in a statement (generator/timeline.py), one case per rule
(tests/cases/units/timeline.yml): the dates a text names, finest first where they overlap, and the
kind of event its cue words tell when no slot names it, with the label the pages give it."""

from __future__ import annotations

import pytest

from generator import slots
from generator.timeline import dates_in, kind_of

from .units import Golden

GOLDEN = Golden("timeline.yml", "reads")


def reads(text: str) -> list[str]:
    kind = kind_of(text)
    return [f"{d.iso} ({d.precision})" for d in dates_in(text)] + [f"kind: {kind} ({slots.label(kind)})"] * bool(kind)


@pytest.mark.parametrize("n", GOLDEN.params())
def test_timeline(n: int, update_goldens: bool) -> None:
    GOLDEN.check(n, reads(GOLDEN.cases[n]["text"]), update_goldens)
