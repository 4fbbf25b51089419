"""Quotations checked across articles (generator/quotes.py), one case per rule
(tests/cases/units/quotes.yml): articles, and each quotation two or more of them give, with its
verdict, speaker, reasons and the venue each article names."""

from __future__ import annotations

from typing import Any

import pytest

from generator.quotes import quote_groups

from .units import Golden, read_articles

GOLDEN = Golden("quotes.yml", "groups")


def groups_of(articles: list[dict[str, Any]], people: list[str], copies: dict[str, str]) -> list[str]:
    """"verdict (speaker): explanation; venues: ..." for each group, with the articles it cites."""
    sources, sentences, _people = read_articles(articles, people)
    origin = {s.id: copies.get(s.id, s.id) for s in sources}
    out = []
    for g in quote_groups(sentences, origin):
        venues = ", ".join(f"{c.source}: {v or '-'}" for c, v in zip(g.citations, g.venues, strict=True))
        out.append(f"{g.verdict} ({g.speaker or 'no speaker'}): {g.explanation} Venues {venues}")
    return out


@pytest.mark.parametrize("n", GOLDEN.params())
def test_quotes(n: int, update_goldens: bool) -> None:
    case = GOLDEN.cases[n]
    GOLDEN.check(n, groups_of(case["articles"], case.get("people", []), case.get("copies", {})), update_goldens)
