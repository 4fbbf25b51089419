"""The sixteenth gold corpus (tests/cases/corpus_p, written by a helper who never saw the tool: an American
governor and a TV anchor who took his surname and took her own back after the divorce, his father of the same
name, her sister's divorce in the same years, three children, a prenup fight, a settlement and a parenting plan;
AP wire copy with party labels, titles and datelines, a political site, a tabloid, a live blog, an op-ed, a
correction, a "what we know" explainer): what its first reading published wrongly may not come back."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import analysed_case


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_p")


@pytest.mark.parametrize("name", ["Wisconsin", "Republican Brett Oyler", "Democratic", "Election Day",
                                  "Milwaukee County Circuit", "Dane County Circuit", "Watching Sofia", "Wishing Russ",
                                  "Eau Claire"])
def test_states_parties_courts_and_sentence_openers_are_no_people(name: str, profile: Profile) -> None:
    """"her husband, Wisconsin state Sen. Russell Tolliver Jr." made "Wisconsin" a man, whom 22 sentences named in
    the governor's place ("to end marriage to Wisconsin Gov"); a party before a candidate, a court, "Election Day",
    a caption's "Watching Sofia meet ..." and a town one was born in were people too."""
    assert name not in {p.name for p in profile.people}


def test_the_adopted_daughter_stays_a_person(profile: Profile) -> None:
    """"Watching Sofia ..." is no one, but the daughter it names is someone."""
    assert "Sofia" in {p.name for p in profile.people}


def test_the_sisters_surname_in_her_own_story_is_hers(profile: Profile) -> None:
    """In the article about the sister's divorce ("Marisa Castellano ... Castellano, 41, a pediatric nurse, filed for
    divorce last August"), the surname the other articles give the anchor is the sister's: her filing was the
    couple's (a false disagreement on the couple's filing, 2022 or 2023) and her age the anchor's (a false
    disagreement on the anchor's birth year)."""
    assert not [c for c in profile.conflicts if str(c.verdict) == "disagreement"
                and (c.slot == "divorce-filed" or c.slot == "born" and "Nora Tolliver" in c.subject)]


def test_the_wedding_date_disagreement_is_listed(profile: Profile) -> None:
    assert [c for c in profile.conflicts if c.slot == "married date" and str(c.verdict) == "disagreement"]
