"""The twentieth gold corpus (tests/cases/corpus_t, written by a helper who never saw the tool: a Nollywood actress
and an Afrobeats singer, three wedding ceremonies in one year, a Lagos High Court custody ruling, maintenance in naira
that a tabloid gives differently, a correction notice, a Q&A): what its first reading published wrongly may not
come back."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import analysed_case
from .test_extract_cases import facts_of


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_t")


def test_a_correction_notice_s_account_of_its_report_is_no_claim(profile: Profile) -> None:
    """"The report also said that Obinna Ezeudu was ordered to pay N15 million a month in maintenance." (a correction
    notice, after "A report in our Saturday print edition ... misspelled the name of the judge.") was shown as a
    "corroborated" claim, citing a tabloid's relay of another sum."""
    (st,) = [st for sec in profile.sections for st in sec.statements if "N15 million" in st.text]
    assert {c.source[:3] for c in st.citations} == {"t18"}, st.citations
    assert str(st.status) != "corroborated"
    # ("It also gave the age of the couple's son, Oluwadamilare, as seven.": no age of his)
    assert not [f for f in profile.facts if f.sentence.startswith("t18") and f.slot == "age"]


def test_maintenance_in_naira_is_weighed(profile: Profile) -> None:
    """"₦1.5 million (about £2,800) a month in child maintenance" (a court report's paper) against a tabloid's
    "₦2.5 million, about £4,700, a month for the two children" (an unnamed source): the naira was no currency, the
    pounds a second sum, and "A Lagos judge" made a person of Lagos ("Marina, Lagos, seven months after" read
    "seven" as an age)."""
    support = [c for c in profile.conflicts if c.slot == "child-support per month"]
    assert [(str(c.verdict), [v.value for v in c.values]) for c in support] == [
        ("disagreement", ["₦1.5 million", "₦2.5 million"])], support
    assert "Lagos" not in {p.name for p in profile.people}


@pytest.mark.parametrize(("text", "facts"), [
    ("He was ordered to pay ₦2.5 million, about £4,700, a month for the two children.", ["amount=₦2,500,000"]),
    ("She paid him £1.4m (A$2.4m) in the settlement.", ["amount=£1,400,000"]),
    ("She paid him $3 million and he kept the $2 million house.", ["amount=$3,000,000", "amount=$2,000,000"]),
])
def test_a_sum_converted_is_one_sum(text: str, facts: list[str]) -> None:
    assert [f for f in facts_of(text, "2022-11-20", ["Ann Lee", "Bob Ray"]) if f.startswith("amount")] == facts


def test_words_of_address_are_no_one_and_end_no_sentence(profile: Profile) -> None:
    """"Among the guests was Hon. Chidi Okeke, ..." was cut after "Hon." (and "Barr."), and "Hon", "Aunty Kemi" and
    "Instagram Stories" ("per Kemi's Instagram Stories") were people."""
    names = {p.name for p in profile.people}
    assert not names & {"Hon", "Aunty Kemi", "Instagram Stories"}, names
    texts = [st.text for sec in profile.sections for st in sec.statements]
    assert not [t for t in texts if t.rstrip().endswith(("Hon.", "Barr."))], texts
