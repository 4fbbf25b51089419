"""A review of the day's rules of subjects and dates (tests/cases/review_today6: 46 small corpora, FINDINGS.md), made
against the code before and after them: where a new rule over-reached, the case holds what a careful reader
expects (the "soon after" rule was taken back: its year may be another thing's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today6"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]


def _verdicts(profile: Profile, slot: str) -> list[tuple[str, list[str]]]:
    return [(str(c.verdict), sorted(v.value for v in c.values)) for c in profile.conflicts if c.slot == slot]


def test_twins_named_in_an_aside_are_never_the_couple(tmp_path: Path) -> None:
    """case12: "Ann Lee, who gave birth to twins Ivy and Tom in 2015, has filed for divorce from Bob Ray." had made
    the twins the profile's couple, married in 2012, and spouses."""
    profile = _profile("case12", tmp_path)
    assert not [r for r in profile.records if {"Ivy", "Tom"} <= set(r.about)]
    assert not [r for r in profile.relations if {r.person, r.other} == {"Ivy", "Tom"}]


@pytest.mark.parametrize("case, slot", [
    ("case37", "divorce-filed"),  # "filed a response to Bob Ray's petition ..., also citing irreconcilable differences"
    ("case02", "married"),  # "met Bob Ray in 2008 and married him not long afterward" beside "married in 2009"
])
def test_no_false_disagreement(case: str, slot: str, tmp_path: Path) -> None:
    assert all(verdict != "disagreement" for verdict, _v in _verdicts(_profile(case, tmp_path), slot))


def test_soon_after_an_interview_dates_no_romance(tmp_path: Path) -> None:
    """case01: "In a 2014 interview, Ann Lee revealed that she and Bob Ray had started dating soon after.\""""
    assert not [f for f in _profile("case01", tmp_path).facts if f.slot == "began-dating" and f.value == "2014"]


def test_a_remarried_couple_are_spouses(tmp_path: Path) -> None:
    """case19: "Ann Lee, who was previously married to Bob Ray, remarried him in 2021"."""
    kinds = {r.kind for r in _profile("case19", tmp_path).relations if {r.person, r.other} == {"Ann Lee", "Bob Ray"}}
    assert "spouse" in kinds


@pytest.mark.parametrize("case, slot, value, articles", [
    ("case28", "divorce-filed", "2019", {"a1", "a2"}),  # "Rumours that they had split were confirmed in 2019 when ..."
    ("case29", "married", "2015", {"a1", "a2"}),  # "denied reports that she was pregnant, but confirmed that ..."
    ("case30", "married", "2012", {"a1", "a2"}),  # "In 2012 ... flew to Las Vegas, where they married"
    ("case32", "dispute-length", "24 months", {"a1", "a2"}),  # "two-year custody battle has been resolved"
])
def test_a_right_agreement_stays(case: str, slot: str, value: str, articles: set[str], tmp_path: Path) -> None:
    agreed = [{x.source.split("_")[0] for v in c.values for x in v.citations} for c in _profile(case, tmp_path).conflicts
              if c.slot == slot and str(c.verdict) == "agreement" and [v.value for v in c.values] == [value]]
    assert agreed and articles <= agreed[0], agreed
