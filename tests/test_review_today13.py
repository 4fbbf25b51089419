"""What an adversarial review of the first form of marriage_length.py (tests/cases/review_today13, FINDINGS.md)
found wrong, answered: each case is a small corpus about Ann Lee and Bob Ray; every assertion of
test_no_length_is_recorded fails on the first form (45917a9)."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import review_case


def _profile(case: str, tmp: str) -> Profile:
    return review_case("review_today13", case, tmp)


def _lengths(case: str, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    profile = _profile(case, str(tmp_path_factory.getbasetemp()))
    return [(r.detail, v.value) for r in profile.records if r.slot == "marriage-length" for v in r.values]


# Someone else's split or marriage, no split at all, another event, a length not yet or no more, a bound.
NO_RECORD = [
    "c44_parents_separated_couple_still_married", "c67_friends_couple_same_sentence",
    "c52_her_marriage_to_ray_nine_brother", "c54_parents_divorce_finalized", "c45_denied_separation",
    "c48_considering_separation", "c39_separation_of_church", "c22_parted_ways_with_manager", "c23_breakup_of_band",
    "c24_split_the_bill", "c03_parents_marriage", "c27_new_husband", "c36_sister_ended_marriage_same_sentence",
    "c01_previous_marriage_relative_clause", "c33_remarriage_second_split", "c20_ending_marriage_at_announcement",
    "c09_anniversary_earlier", "c10_would_have_been", "c11_will_have_been", "c49_reconciled",
    "c43_better_part_of_decade", "c13_less_than", "c40_under_nine", "c42_just_shy", "c14_at_least",
    "c19_nearly_vs_more_than_tie",
]


@pytest.mark.parametrize("case", NO_RECORD)
def test_no_length_is_recorded(case: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert _lengths(case, tmp_path_factory) == []


@pytest.mark.parametrize(("case", "detail", "value"), [
    ("c00_baseline", "separated|", "108 months"),
    ("c17_decade", "separated|nearly", "120 months"),  # "nearly a decade"
    ("c30_disputed_separation_year", "separated|", "108 months"),  # the year disputed, the length agreed
])
def test_what_the_review_found_right_stands(case: str, detail: str, value: str,
                                            tmp_path_factory: pytest.TempPathFactory) -> None:
    assert _lengths(case, tmp_path_factory) == [(detail, value)]
