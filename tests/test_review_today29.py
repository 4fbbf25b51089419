"""The review of the last hour's people rules (tests/cases/review_today29, FINDINGS.md): "Sheikh Hamad", read as a
title and a first name, was another Hamad; "turned two bedrooms into a nursery" was an age. Each answered is pinned."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import review_case


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Profile]:
    tmp = str(tmp_path_factory.mktemp("rv29"))
    cases = ["c05_sheikh_same_first", "c07_al_first_name_two_men", "c09_firm_named_control", "c10_turned_bedrooms"]
    return {c: review_case("review_today29", c, tmp) for c in cases}


def _false_births(profile: Profile) -> list[object]:
    return [c for c in profile.conflicts if c.slot == "born" and c.verdict == "disagreement"]


def test_a_title_and_a_first_name_are_not_another_mans(profiles: dict[str, Profile]) -> None:
    profile = profiles["c05_sheikh_same_first"]
    assert not _false_births(profile)
    assert not [p for p in profile.people if p.name == "Hamad Lee" and "Hamad" in p.aliases]


def test_a_number_before_a_plural_noun_is_no_age(profiles: dict[str, Profile]) -> None:
    assert not _false_births(profiles["c10_turned_bedrooms"])


def test_al_opens_no_first_name_of_two_men(profiles: dict[str, Profile]) -> None:
    names = {p.name for p in profiles["c07_al_first_name_two_men"].people}
    assert {"Al Moss", "Al Ray"} <= names


def test_a_realty_is_no_person(profiles: dict[str, Profile]) -> None:
    names = {p.name for p in profiles["c09_firm_named_control"].people}
    assert not names & {"Ray Realty", "Lee Investments"}
