"""What an adversarial review of the first form of retracted.py (tests/cases/review_today12, FINDINGS.md) found
wrong, answered: each case is a small corpus about Ann Lee and Bob Ray; every assertion here fails on f6e44b6."""

from __future__ import annotations

import pytest

from generator.model import RETRACTED, Profile

from .conftest import review_case


def _profile(case: str, tmp: str) -> Profile:
    return review_case("review_today12", case, tmp)


def _retracted(profile: Profile) -> list[str]:
    return [st.text for sec in profile.sections for st in sec.statements if st.status == RETRACTED]


# Claims that no one withdrew: what someone believed, claimed, heard or assumed, a document, someone's words, a
# forecast of the writer's, a question, a heading, the correction itself.
NOT_RETRACTED = [
    "c02_persons_claim_judged", "c03_quote_judged", "c04_tabloid_rumour", "c12_narrative_belief",
    "c13_document_inaccurate", "c14_columnist_prediction", "c24_as_told_to_we_were_wrong", "c25_assumed_split_bitter",
    "c26_that_report_two_back", "c30_report_said_deed", "c31_fan_question_quoted", "c34_qa_answer_second_paragraph",
    "c39_bold_heading_told", "c43_denial_then_person", "c52_heard_rumour", "c53_lawyer_says_story_described",
    "c27_offtopic_retracted",
]


@pytest.mark.parametrize("case", NOT_RETRACTED)
def test_no_one_withdrew_it(case: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert _retracted(_profile(case, str(tmp_path_factory.getbasetemp()))) == []


@pytest.mark.parametrize(("case", "slot", "value"), [
    ("c24_as_told_to_we_were_wrong", "married", "2011"),  # "we said we would never divorce. We were wrong."
    ("c14_columnist_prediction", "married", "2011"),  # "we wrote that they would be together forever."
    ("c26_that_report_two_back", "divorce-filed", "2022"),  # "That report" two sentences on is not this one's
])
def test_a_true_fact_beside_a_wrong_forecast_stands(case: str, slot: str, value: str,
                                                     tmp_path_factory: pytest.TempPathFactory) -> None:
    """The fact is read, and its statement is no retracted one."""
    profile = _profile(case, str(tmp_path_factory.getbasetemp()))
    assert any(f.slot == slot and f.value == value for f in profile.facts)
    assert [st.status for sec in profile.sections for st in sec.statements if f"{slot}={value}" in st.facts] \
        == ["single-source"]


def test_the_correction_is_never_itself_retracted(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"... we reported that they separated in 2019. This was incorrect. That is not the case.\""""
    retracted = _retracted(_profile("c01_two_disowners", str(tmp_path_factory.getbasetemp())))
    assert retracted and all("we reported" in text for text in retracted), retracted


@pytest.mark.parametrize(("case", "slot"), [
    ("c10_comma_apology", "divorce-filed"),  # "This was incorrect, and we apologise to Ms Lee."
    ("c11_we_apologise_only", "divorce-filed"),  # "We apologise for the error."
    ("c55_parenthesised_note", "divorce-filed"),  # "(This was incorrect.)"
])
def test_more_forms_of_the_withdrawal(case: str, slot: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    profile = _profile(case, str(tmp_path_factory.getbasetemp()))
    assert len(_retracted(profile)) == 1
    assert not any(c.source == "a1" and r.slot == slot for r in profile.records for c in r.citations)
    assert not any(e.date.startswith("2021-03") for e in profile.timeline), profile.timeline


def test_an_earlier_version_is_a_previous_version_too(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Editor's note: A previous version of this article said Ann Lee and Bob Ray separated in 2019." is a
    correction (lang.en.CORRECTION): no fact of the error it corrects."""
    profile = _profile("c22_previous_version_note", str(tmp_path_factory.getbasetemp()))
    assert not any(e.date.startswith("2019") for e in profile.timeline), profile.timeline


def test_no_relation_rests_on_a_retracted_sentence(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Two outlets each withdraw "we reported that they have two children, Ivy and Tom.": the people page makes
    them no one's children (with_the_couples_children read the retracted sentences)."""
    profile = _profile("c37_couples_children_retracted_twice", str(tmp_path_factory.getbasetemp()))
    withdrawn = {c.sentence for sec in profile.sections for st in sec.statements if st.status == RETRACTED
                 for c in st.citations}
    assert len(withdrawn) == 4
    assert not [r for r in profile.relations if r.citations and {c.sentence for c in r.citations} <= withdrawn]


@pytest.mark.parametrize("case", [
    "c15_unnamed_source_retracted",  # "Sources close to the couple told this newspaper last week that ..."
    "c16_copy_wordforword", "c32_unicode_and_dash", "c36_regrets_the_error", "c38_clarification_note",
])
def test_what_the_review_found_right_stays_retracted(case: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    profile = _profile(case, str(tmp_path_factory.getbasetemp()))
    assert len(_retracted(profile)) == 1
    assert all(e.date < "2020" for e in profile.timeline), profile.timeline  # (every retracted report is of 2021)


DENIED_CASES = [
    "c02_persons_claim_judged", "c03_quote_judged", "c04_tabloid_rumour", "c12_narrative_belief",
    "c21_bare_denial_of_reports", "c25_assumed_split_bitter", "c43_denial_then_person", "c52_heard_rumour",
    "c07_qa_plain",
]


@pytest.mark.parametrize("case", DENIED_CASES)
def test_a_claim_the_article_calls_untrue_is_denied(case: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Someone's claim, a rumour, a belief, a question's premise ("Reports say ...") that the next sentence calls
    untrue: labelled Denied (the label B's findings asked for), it gives no fact (c07 gave a 2019 separation)."""
    profile = _profile(case, str(tmp_path_factory.getbasetemp()))
    denied = [st for sec in profile.sections for st in sec.statements if st.status == "denied"]
    assert len(denied) == 1
    assert not any(f.sentence == denied[0].claim for f in profile.facts)
    assert not any(e.date.startswith("2019") for e in profile.timeline)
