"""A second review of merges (tests/cases/review_merge2: 39 small corpora, FINDINGS.md): another person's event given
to the couple, two true values shown as a disagreement, a denial or a rumour counted as a source. Each case holds what
a careful reader expects; known limits stay listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_merge2"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]


def _weighed(profile: Profile, slot: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(str(c.verdict), sorted((v.value, sorted({x.source.split("_")[0] for x in v.citations})) for v in c.values))
            for c in profile.conflicts if c.slot == slot]


def _spouses(profile: Profile) -> set[frozenset[str]]:
    return {frozenset((r.person, r.other)) for r in profile.relations if r.kind in ("spouse", "former-spouse")}


def test_a_sister_s_wedding_is_not_the_couple_s(tmp_path: Path) -> None:
    """case37: "The sister of TV chef Ann Lee wed the actor Cy Moss on Saturday": Nina Lee's wedding."""
    profile = _profile("case37", tmp_path)
    assert frozenset(("Ann Lee", "Cy Moss")) not in _spouses(profile)
    assert not [r for r in profile.records if "Cy Moss" in r.about and "Ann Lee" in r.about]
    assert {x.source.split("_")[0] for c in profile.conflicts if c.slot == "married" for v in c.values
            for x in v.citations} <= {"a1", "a3"}


def test_a_first_wife_told_in_an_aside_is_his(tmp_path: Path) -> None:
    """case24: "Ray, who divorced his first wife, Jo Roe, in 2008, married Lee in 2010"."""
    spouses = _spouses(_profile("case24", tmp_path))
    assert frozenset(("Ann Lee", "Jo Roe")) not in spouses and frozenset(("Ann Lee", "Bob Ray")) in spouses


def test_a_sister_s_fight_is_not_the_couple_s(tmp_path: Path) -> None:
    """case13: "..., who is the younger sister of TV host Ann Lee, finalised her divorce from Dan Hale in 2018 after a
    bitter two-year battle"."""
    assert not [r for r in _profile("case13", tmp_path).records if r.slot == "dispute-length"]


@pytest.mark.parametrize("case, slot", [
    ("case11", "child-born"),  # "The baby girl was born on Thursday, joining big brother Tom, 3."
    ("case21", "married"),  # "celebrated their 10th wedding anniversary in 2022 with a party at the villa where they
    # exchanged vows"
    ("case06", "engaged"),  # "sparked rumours that she and boyfriend Bob Ray got engaged in 2015"
    ("case16", "dispute-length"),  # "have been locked in a two-year custody battle ... since Lee filed in 2019"
])
def test_two_true_values_are_no_disagreement(case: str, slot: str, tmp_path: Path) -> None:
    assert all(verdict != "disagreement" for verdict, _values in _weighed(_profile(case, tmp_path), slot))


@pytest.mark.parametrize("case, gone", [
    ("case05", "a2"),  # "Lee denied reports that she and Bob Ray split in 2019"
    ("case35", "a1"),  # "Rumours that Ann Lee and Bob Ray split in 2019 have been swirling"
])
def test_a_denial_or_a_rumour_is_no_source_of_the_split(case: str, gone: str, tmp_path: Path) -> None:
    cited = {a for _verdict, values in _weighed(_profile(case, tmp_path), "separated") for _v, arts in values for a in arts}
    assert gone not in cited


@pytest.mark.parametrize("case, slot", [
    ("case28", "separated"),  # two separations of one couple (2010, then 2015)
    ("case29", "separated"),  # the separation (December 2018) and its announcement (January 2019)
])
def test_known_limit_two_dates_of_one_kind_of_event(case: str, slot: str, tmp_path: Path) -> None:
    if any(verdict == "disagreement" for verdict, _values in _weighed(_profile(case, tmp_path), slot)):
        pytest.xfail("FINDINGS.md: a second event of a kind, or its announcement, is weighed as its date")
