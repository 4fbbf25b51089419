"""The twenty-fifth gold corpus (tests/cases/corpus_y, written by a helper who never saw the tool: an Indian family,
sums in lakh and crore, kin words as names, a film a daughter is named after, a cricketer's first and second
marriages): what its first reading found wrong may not come back."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import analysed_case


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_y")


def _names(profile: Profile) -> set[str]:
    return {p.name for p in profile.people} | {a for p in profile.people for a in p.aliases}


def test_a_films_heroine_a_film_a_team_and_a_channel_are_no_people(profile: Profile) -> None:
    """"She plays Meera Sahni", "Meera Sahni the character" was a person whose "Meera" was the couple's daughter Meera
    (named after the film); the film "Laila Ki Shaadi 2" (a sequel's number inside the quotation marks), the team
    "Mumbai Mariners" (every "Mumbai" its short form) and the channel "Marina Sports" (his second wife, by the
    relations) were people; "Colonel Rajiv Malhotra" had "Colonel" for a short form."""
    names = _names(profile)
    assert not names & {"Meera Sahni", "Laila Ki Shaadi", "Mumbai Mariners", "Mumbai", "Marina Sports", "Colonel"}
    assert "Meera" in {a for p in profile.people if p.name == "Meera Kapoor" for a in p.aliases}


def test_a_babys_birth_is_not_her_stepmothers(profile: Profile) -> None:
    """'Kavitha is a lovely person. She is good with my children. They have a little sister now, Ananya. She was born
    in January': the baby the recogniser did not take stops the pronoun search, so Kavitha was born in 2025 no more."""
    assert not [c for c in profile.conflicts if c.slot == "born" and c.verdict == "disagreement"
                and any("Kavitha" in p for p in c.subject)]


def test_they_married_in_an_article_of_two_marriages_is_no_second_wifes_wedding(profile: Profile) -> None:
    """The timeline's "They married in Delhi in December 2011", no one in view, in an article that names him with his
    first wife and, more often, with his second, was his second wife's wedding in 2011."""
    assert not [f for f in profile.facts if f.slot == "married" and any("Kavitha" in p for p in f.subject)
                and f.value == "2011"]


def test_his_sister_is_not_his_wife(profile: Profile) -> None:
    """"Bunty's sister Priya Kapoor (yes, the other Priya!)" was the actress "Priya Malhotra" under the surname she
    took ("Priya Malhotra Kapoor"): the relations made the couple brother and sister, so no couple was found (no
    wedding, children or divorce records) and "Priya Malhotra is described as a sports physiotherapist" (the sister's
    trade) was published."""
    aliases = {p.name: set(p.aliases) for p in profile.people}
    assert "Priya Kapoor" in aliases and "Priya Kapoor" not in aliases["Priya Malhotra"]
    assert [f for f in profile.facts if f.slot == "married" and set(f.subject) == {"Priya Malhotra", "Aditya Kapoor"}]
