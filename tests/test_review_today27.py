"""The adversarial review of the day's rules (tests/cases/review_today27, FINDINGS.md): a daughter named as her
mother under a surname taken at marriage (names written family name first), a co-op read as a Korean given name, and
friends' wedding given to the couple who were its guests. Each wrong result answered is pinned here."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import review_case


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Profile]:
    tmp = str(tmp_path_factory.mktemp("rv27"))
    cases = ["c01_venue_castle_control", "c03_friends_wedding_guests", "c06_hyphen_english_words",
             "c09_same_given_two_families"]
    return {c: review_case("review_today27", c, tmp) for c in cases}


def test_a_daughter_is_not_her_mother_under_a_married_name(profiles: dict[str, Profile]) -> None:
    """"Baek Ha-rin" and her daughter "Yoo Ha-rin" were one person, and the daughter's birth year was the mother's."""
    profile = profiles["c09_same_given_two_families"]
    names = {p.name: set(p.aliases) for p in profile.people}
    assert "Yoo Ha-rin" in names and "Yoo Ha-rin" not in names.get("Baek Ha-rin", set())
    assert not [c for c in profile.conflicts if c.slot == "born" and "Baek Ha-rin" in c.subject]


def test_an_english_compound_is_no_korean_given_name(profiles: dict[str, Profile]) -> None:
    """"Kelby Co-op" was a person ("Co-op Kelby"), and "she [Ann Lee]" lost its bracket."""
    profile = profiles["c06_hyphen_english_words"]
    assert not [p.name for p in profile.people if "Co-op" in p.name or "Co-op" in " ".join(p.aliases)]
    assert [st.text for sec in profile.sections for st in sec.statements if "she [Ann Lee] said she was proud" in st.text]


def test_the_guests_of_a_wedding_are_not_its_couple(profiles: dict[str, Profile]) -> None:
    """"Ann Lee and her husband, Bob Ray, were among 120 guests on Saturday when friends Cy Moss and Di Moss married at
    Moss Castle in 2013" made an agreed second wedding of Ann Lee and Bob Ray in 2013."""
    profile = profiles["c03_friends_wedding_guests"]
    weddings = {v.value for c in profile.conflicts if c.slot == "married" and set(c.subject) == {"Ann Lee", "Bob Ray"}
                for v in c.values}
    assert weddings == {"2011"}, weddings


def test_a_venue_agreed_is_told_with_its_wedding(profiles: dict[str, Profile]) -> None:
    profile = profiles["c01_venue_castle_control"]
    assert [v.value for r in profile.records if r.slot == "wedding-venue" for v in r.values] == ["Moss Castle"]
