"""Attribution labels by sentence structure, on a labelled set (tests/cases/units/attribution.yml):
at least 97% right, and no unnamed source ever passed off as reporting or the record."""

from __future__ import annotations

from generator.model import UNNAMED
from generator.segment import _attribution

from .units import load

CASES = load("attribution.yml")


def test_attribution_set_is_large_enough() -> None:
    assert len(CASES) >= 100


def test_attribution_labels() -> None:
    wrong = []
    for case in CASES:
        outlet = case.get("outlet", "")
        label, _who = _attribution(case["text"], (outlet,) if outlet else ())
        if label != case["label"]:
            wrong.append(f"{case['text']!r}: {label}, expected {case['label']}")
    accuracy = 1 - len(wrong) / len(CASES)
    print(f"attribution: {len(CASES) - len(wrong)}/{len(CASES)} right ({accuracy:.3f})")
    assert accuracy >= 0.97, "\n".join(wrong)
    missed = [w for w in wrong if w.endswith(f"expected {UNNAMED}")]
    assert not missed, "\n".join(missed)
