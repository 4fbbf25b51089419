"""A second review of bracketed names and quotation speakers (tests/cases/review_brackets2: 40 small corpora,
FINDINGS.md). A pronoun right after a sentence whose subject is someone in a role no one names ("The judge awarded
...", "The court-appointed guardian had recommended ...", "At a hearing, a lawyer for Lee asked ...", "Ray's ex-wife
told ...") is left as written, never given to a woman named further back; an article's title that makes the one named
the one who asks ("Ann Lee, 43, asks her mother the questions ...") gives no interviewee. Known limits stay listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_brackets2"


def _texts(case: str, tmp_path: Path) -> set[str]:
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    return {st.text for sec in profile.sections for st in sec.statements}


@pytest.mark.parametrize("case, wrong", [
    ("case01", 'She [Ann Lee] said the children, Ivy, 11, and Tom, 8, would spend alternate weekends'),  # the judge
    ("case13", 'She [Jo Roe] noted that Ray had "the more stable schedule."'),  # the judge
    ("case16", "She [Ann Lee] said the children's privacy was at stake."),  # a lawyer for Lee
    ("case17", 'She [Ann Lee] said he "can\'t be alone."'),  # Ray's ex-wife
    ("case17", "She [Ann Lee] posted a crying emoji under a photo of the wedding."),  # his ex-girlfriend
    ("case34", 'She [Jo Roe] told the court that the children were "thriving"'),  # the court-appointed guardian
    ("case26", "[Ann Lee:] I raised you and Nina alone"),  # her mother answers; Ann Lee asks
])
def test_no_wrong_name_in_brackets(case: str, wrong: str, tmp_path: Path) -> None:
    assert not [t for t in _texts(case, tmp_path) if wrong in t]


@pytest.mark.parametrize("case, right", [
    ("case01", "She [Dana Fisk] added that Ray would not appeal."),
    ("case17", "She [Ann Lee] met Ray on a film set in 2021."),
    ("case17", "His [Bob Ray's] ex-girlfriend also weighed in on social media."),
    ("case38", "He [Mark Dunn] said Ray was weighing an appeal."),
])
def test_a_right_bracket_stays(case: str, right: str, tmp_path: Path) -> None:
    assert [t for t in _texts(case, tmp_path) if right in t]


@pytest.mark.parametrize("case, wrong", [
    ("case02", "She [Ivy Ray] and Moss got engaged"),  # "Mom", in the daughter's quotation before, is the one
    ("case31", "She [Ann Lee] met him at a festival"),  # three women named before: her daughter met him
    ("case32", "She [Jo Roe] told the Herald"),  # the graduate; "her mother" unnamed before
    ("case36", "The singer [Jo Roe] performed a song he wrote for his bride"),  # "he ... his bride": a man
    ("case38", 'She [Ann Lee] said Lee wanted "a quick and quiet end"'),  # "Dana Fisk, called ...": no person found
    ("case34", 'She [Ann Lee] said the actress [Ann Lee] had "never missed an appointment."'),  # the pediatrician
])
def test_known_limit_a_wrong_bracket(case: str, wrong: str, tmp_path: Path) -> None:
    if [t for t in _texts(case, tmp_path) if wrong in t]:
        pytest.xfail("FINDINGS.md: context a careful reader uses, or a person the recogniser does not find")


def test_her_ex_husband_married_is_no_marriage_of_hers(tmp_path: Path) -> None:
    """case30: "Her ex-husband married actress Ann Lee in June." (a2, about Katherine Moss): the ex-husband's
    wedding, never Katherine Moss's to Ann Lee, as the people page had it."""
    profile = analyse(corpus_config(REVIEW / "case30", tmp_path / "docs"))[0]
    assert not [r for r in profile.relations if {r.person, r.other} == {"Ann Lee", "Katherine Moss"}]


def test_known_limit_a_first_name_of_two_people(tmp_path: Path) -> None:
    """case30: "Her mother, Katherine, ..." (Ann Lee's mother) and "Katherine says" (Katherine Moss): one lone first
    name for two people is taken as the one named in full, and the headline pairs her with Ann Lee."""
    profile = analyse(corpus_config(REVIEW / "case30", tmp_path / "docs"))[0]
    if profile.subject.startswith("Katherine Moss"):
        pytest.xfail("FINDINGS.md: a first name standing alone is the one person of the corpus named in full with it")
