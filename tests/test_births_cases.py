"""Ages read as birth years, and undated articles dated by them (generator/births.py), one case
per rule (tests/cases/units/births.yml): articles, the birth-year record of each person with its
verdict and arithmetic, and the years each undated article can have been written in."""

from __future__ import annotations

from typing import Any

import pytest

from generator.births import birth_years, date_undated
from generator.extract import extract_article

from .units import Golden, read_articles

GOLDEN = Golden("births.yml", "births")


def births_of(articles: list[dict[str, Any]], people: list[str]) -> list[str]:
    """"person: years (verdict): explanation" per birth record; "dated x: note" per undated article."""
    sources, sentences, _people = read_articles(articles, people)
    facts = [f for src in sources
             for fs in extract_article([s for s in sentences if s.source == src.id], src).values() for f in fs]
    by_id = {s.id: s for s in sentences}
    dated = date_undated(facts, by_id, sources)
    out = [f"dated {src}: {d.note}" for src, d in sorted(dated.items())]
    for c in birth_years(facts, by_id, sources, {s.id: s.id for s in sources}, dated):
        values = "; ".join(v.value for v in c.values)
        out.append(f"{c.subject[0]}: {values} ({c.verdict}): {c.explanation}")
    return out


@pytest.mark.parametrize("n", GOLDEN.params())
def test_births(n: int, update_goldens: bool) -> None:
    case = GOLDEN.cases[n]
    GOLDEN.check(n, births_of(case["articles"], case.get("people", [])), update_goldens)
