"""The eighteenth gold corpus (tests/cases/corpus_r, written by a helper who never saw the tool: an Australian TV chef
and a former surfer, a second ceremony, a surrogate birth, his sister's own wedding and divorce, a dispute in the
Federal Circuit and Family Court of Australia, an A$ property settlement a tabloid gives differently, a podcast, a
Q&A, a correction): what its first reading published wrongly may not come back."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import analysed_case


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_r")


def test_an_application_for_a_divorce_is_the_filing_not_the_final_divorce(profile: Profile) -> None:
    """"Quayle applied for a divorce in April." made the written "Their divorce was finalized in April 2022." (the
    order was made in August and took effect in September)."""
    final = [v for r in profile.records if r.slot == "divorce-final" for v in r.values]
    assert all(v.month != "April" for v in final), final
    assert not {c.source.split("_")[0] for v in final for c in v.citations} & {"r12"}
    filed = [v for r in profile.records if r.slot == "divorce-filed" for v in r.values]
    assert [(v.value, v.month) for v in filed] == [("2022", "April")], filed


def test_the_tabloid_s_sum_is_not_shown_as_agreed(profile: Profile) -> None:
    """"A$2.4 million under a property settlement" (the court report) was read as a property's price, so the
    tabloid's "$3.4 million" stood alone as an agreement; two currencies are not weighed, so neither is shown so."""
    assert not [c for c in profile.conflicts if c.slot == "settlement" and str(c.verdict) == "agreement"]


def test_a_relay_of_an_unnamed_source_names_the_outlet_that_quoted_it(profile: Profile) -> None:
    """"According to Scoop Weekly, Quayle paid Kettlewell $3.4 million in the settlement." (Hollyscope, relaying Scoop
    Weekly's unnamed source) read "According to an unnamed source quoted by Hollyscope: ..."."""
    (text,) = [st.text for sec in profile.sections for st in sec.statements if "paid Kettlewell $3.4 million" in st.text]
    assert text.startswith("According to an unnamed source quoted by Scoop Weekly: "), text


def test_one_subject_told_two_ways_is_two_claims(profile: Profile) -> None:
    """"Kettlewell's sister, the radio host Shae Kettlewell, was a bridesmaid." (the 2013 wedding) cited r21's "...,
    gave a reading." (his 2024 wedding): the same words of whom, nothing alike of what."""
    (st,) = [st for sec in profile.sections for st in sec.statements if st.text.endswith("was a bridesmaid.")]
    assert {c.source.split("_")[0] for c in st.citations} == {"r02"}


def test_a_beach_is_no_one(profile: Profile) -> None:
    """"threw a surf-themed party at Bronte Beach in Sydney" made "Bronte Beach" a person of 11 mentions."""
    assert "Bronte Beach" not in {p.name for p in profile.people}
