"""What an adversarial review of the first form of the Denied label (tests/cases/review_today14, FINDINGS.md) found
wrong, answered: each case is a small corpus about Ann Lee and Bob Ray; every assertion fails on 712475e."""

from __future__ import annotations

import pytest

from generator.model import DENIED, Profile

from .conftest import review_case


def _profile(case: str, tmp: str) -> Profile:
    return review_case("review_today14", case, tmp)


def _denied(case: str, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    profile = _profile(case, str(tmp_path_factory.getbasetemp()))
    return [st.text for sec in profile.sections for st in sec.statements if st.status == DENIED]


# A true claim the first form labelled Denied, losing its facts: a filing, a ruling or court papers a party calls
# untrue, a denial that is a heading or opens a new paragraph, a question's premise of two clauses, a report in a
# subordinate clause, a denial of a sentence further back, one's own earlier words, a joke.
NOT_DENIED = [
    "d01_reports_in_subordinate_clause", "d02_filing_citing_adultery_denied_by_other",
    "d03_court_finding_denied_by_loser", "d04_bold_pullquote_subhead", "d05_hash_heading_denial",
    "d06b_quote_denial_leads_next_paragraph", "d07_denial_two_sentences_back", "d08b_own_earlier_words_appositive",
    "d09_qa_premise_two_clauses", "d10_relative_clause_children", "d18_joke_banter",
    "d37_party_denies_custody_record", "d38_interviewer_premise_true_marriage",
    "d39_new_topic_paragraph_it_is_not_true", "d40_own_announcement_reason_denied",
]


@pytest.mark.parametrize("case", NOT_DENIED)
def test_a_true_claim_is_not_denied(case: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert _denied(case, tmp_path_factory) == []


@pytest.mark.parametrize("case", [
    "d11_contraction_thats_not_true",  # "That's not true."
    "d12_publicist_said_in_a_statement",  # '"That is not true," said her publicist in a statement.'
    "d36_missed_denial_record_conflict",  # a denied wedding year made a false disagreement in the paragraph
])
def test_more_forms_of_a_denial(case: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert len(_denied(case, tmp_path_factory)) == 1
