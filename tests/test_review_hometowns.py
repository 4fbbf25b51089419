"""Where the profile's people were born or grew up (generator/hometowns.py): review_hometowns' corpora
(tests/cases/review_hometowns, FINDINGS.md), written to make the rule publish a wrong record or hide a part of a
sentence the record does not tell. The first form of the rule made 24 wrong records and 4 wrong hides there."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.hometowns import SLOT
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_hometowns"
# The records each case must give, (person, place, [(kind, articles)]), and the statements with "[…]".
RIGHT: dict[str, tuple[list[tuple[str, str, list[tuple[str, list[str]]]]], list[str]]] = {
    "case01": ([("Tessa Lund", "Halifax", [("born", ["a1", "a3"]), ("grew-up", ["a2"])])],
               ["Tessa Lund […] met Marco Fell at a restaurant opening in 2017."]),
    "case04": ([("Tessa Lund", "Los Angeles", [("born", ["a1", "a2"])])], []),  # "Los Angeles-born", not "Angeles"
    "case18": ([("Marco Fell", "Cork", [("grew-up", ["a1", "a2"])])], []),  # "born and raised" stays: half disputed
    "case24": ([("Sam Fell", "Galway", [("born", ["a1", "a2"])])], ["Sam Fell […] is the couple's only child."]),
    "case28": ([("Marco Fell", "St. Louis", [("born", ["a1"]), ("grew-up", ["a2"])])],
               ["Marco Fell […] opened his first restaurant at 22."]),
    "case29": ([("Marco Fell", "Cork, Ireland", [("born", ["a1", "a2"])])], []),  # ", Ireland, in 1979," stays
}


@pytest.mark.parametrize("case", sorted(p.name for p in REVIEW.iterdir() if p.is_dir()))
def test_a_hometown_record_only_where_the_articles_surely_say_it(case: str, tmp_path: Path) -> None:
    profile, _ = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))
    records = [(r.about[0], r.detail, [(v.value, sorted({c.source for c in v.citations})) for v in r.values])
               for r in profile.records if r.slot == SLOT]
    hidden = [st.text for sec in profile.sections for st in sec.statements if "[…]" in st.text]
    assert (records, hidden) == RIGHT.get(case, ([], []))
