"""A time that belongs to another clause than the event word's never dates the couple's event: the main clause
past a ", who ...," aside, a relative clause after the event word, kin a pronoun owns. Each of these published a
wrong year under an outlet's name (a written "married in 1980" beside six articles' 2010 read as a disagreement)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import profile_of_articles

WEDDING = "Ann Lee and Bob Ray married in 2010 in Reno."


@pytest.mark.parametrize("sentence", [
    "Ann Lee married Bob Ray in the same church where her parents married in 1980.",
    "Ann Lee married Bob Ray at the chapel where she was baptised in 1985.",
    "Ann Lee, who married Bob Ray, last spoke to reporters in 2019.",
    "In 2019, Ann Lee, who married Bob Ray, moved to Austin.",
])
def test_another_clause_s_year_is_no_wedding_year(sentence: str, tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2021-01-10", WEDDING),
        "a2.txt": ("2021-02-10", WEDDING.replace("married", "wed")),
        "a3.txt": ("2021-03-10", sentence),
    })
    assert not [c for c in profile.conflicts if c.slot == "married"], profile.conflicts
    (record,) = [r for r in profile.records if r.slot == "married"]
    assert [v.value for v in record.values] == ["2010"]
    assert "a3" not in {c.source for v in record.values for c in v.citations}
