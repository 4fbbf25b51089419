"""What a second adversarial review (tests/cases/review_today18, FINDINGS.md) found wrong in the rules of
test_review_today17's change and the dating rules beside them, answered: a weekday before "from" of an event still
ahead ("is filing for divorce Friday from ..."), a parenting plan whose comma opens no end of anything ("..., which
anticipates a divorce filing in 2019"), documents that do not back the filer, and a "last week" of two years or
of a weekend. The first form cited a1, named the filer or dated the filing wrongly in every case here."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .conftest import CASES, profile_of_articles
from .test_extract_cases import facts_of
from .test_summary import _undated_with

FOUND = yaml.safe_load((CASES / "review_today18" / "cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", FOUND, ids=[c["said"][:60] for c in FOUND])
def test_what_tells_no_past_event_supports_nothing(case: dict, tmp_path: Path) -> None:
    found = _undated_with(case["said"], tmp_path, case["dated"], case["slot"], header=case["header"])
    assert ("a1" in {c.source for r in found for c in r.citations}) == case["cited"], (case["said"], found)


@pytest.mark.parametrize("tail", [
    "according to documents showing Devon Hale had filed first",
    "according to documents later shown to be forged",
    "according to documents that Devon Hale disputes",
    "according to records of a tabloid that paid her",
])
def test_documents_that_do_not_back_the_filer_name_no_one(tail: str, tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2020-08-01", f"Marla Quinn filed for divorce from Devon Hale in June 2020, {tail}."),
    })
    (filed,) = [r for r in profile.records if r.slot == "divorce-filed"]
    assert filed.detail == "", filed


@pytest.mark.parametrize(("written", "years"), [
    ("2019-01-07", []),  # a Monday: last week is 31 December to 6 January, two years
    ("2021-01-08", []),  # 28 December to 3 January
    ("2019-01-06", []),  # a Sunday: the week just ending, or the one before it (24 December to 5 January)
    ("2019-04-04", ["2019"]),
])
def test_last_week_of_two_years_dates_nothing(written: str, years: list[str]) -> None:
    facts = facts_of("Marla Quinn asked a Reno court last week to dissolve her marriage to Devon Hale.", written,
                     ["Marla Quinn", "Devon Hale"])
    assert [f.split("=")[1][:4] for f in facts if f.startswith("divorce-filed=")] == years, facts
