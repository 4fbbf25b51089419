"""A review of the day's rules (tests/cases/review_today21: 13 small corpora, FINDINGS.md), each wrong answer
answered: the sentence before an unnamed source's "The split, confirmed to the Post by a source ..." in another
paragraph is the outlet's own; "The same report said" (a police report's) is no correction; a ceremony "that stunned
fans in 2010" is the wedding's year, as "2010 people said" is a year; "every second week" is "every other week";
"after which she also paid him ..." is another payment; "a dress her mother wore in 1980" dates no wedding; "whose
son married in 2019, divorced in 2021" is the couple's divorce (tests/cases/units/extract.yml); "Fresh from Paris Ann Lee and Bob Ray said" is no
"Fresh"'s word. Each case fails on the rules as the review found them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import ON_RECORD, UNNAMED, Profile
from generator.pipeline import analyse
from generator.segment import _attribution

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today21"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]


def _record_sources(profile: Profile, slot: str) -> dict[str, set[str]]:
    return {v.value: {c.source for c in v.citations} for r in profile.records if r.slot == slot for v in r.values}


def _weighed(profile: Profile, slot: str) -> dict[str, set[str]]:
    """The fact check's values of the slot, each with the articles that give it."""
    return {v.value: {c.source for c in v.citations} for c in profile.conflicts if c.slot == slot for v in c.values}


@pytest.mark.parametrize(("case", "slot", "value"), [
    ("case01", "married", "2010"),  # "The same report said Ann Lee and Bob Ray married in 2010 ...": a police report's
    ("case02", "married", "2010"),  # "married in a ceremony that stunned fans in 2010"
    ("case03", "married", "2010"),  # "When Ann Lee and Bob Ray married in 2010 people said ..."
    ("case04", "married", "2010"),  # the wedding, a paragraph before "The split, confirmed ... by a source close to ..."
])
def test_the_first_article_still_supports_the_year(case: str, slot: str, value: str, tmp_path: Path) -> None:
    profile = _profile(case, tmp_path)
    assert "a1" in _weighed(profile, slot).get(value, set()) | _record_sources(profile, slot).get(value, set())


def test_the_outlet_s_own_wedding_line_is_not_the_next_paragraph_s_unnamed_source(tmp_path: Path) -> None:
    profile = _profile("case04", tmp_path)
    wedding = [st for sec in profile.sections for st in sec.statements if "married in 2010 in Austin" in st.text]
    assert not [st for st in wedding if st.attribution == UNNAMED], wedding
    assert "a1" in _record_sources(profile, "married")["2010"]


def test_every_second_week_is_every_other_week(tmp_path: Path) -> None:
    profile = _profile("case07", tmp_path)
    (st,) = [st for sec in profile.sections for st in sec.statements if "sees the children" in st.text]
    assert {c.source for c in st.citations} == {"a1", "a2"}


def test_a_sum_followed_by_another_payment_is_no_settlement(tmp_path: Path) -> None:
    assert [c for c in _profile("case09", tmp_path).conflicts if c.slot == "settlement"] == []


def test_a_dress_her_mother_wore_in_1980_dates_no_wedding(tmp_path: Path) -> None:
    profile = _profile("case12", tmp_path)
    assert "1980" not in _record_sources(profile, "married")
    assert not [c for c in profile.conflicts if c.slot == "married"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fresh from Paris Ann Lee and Bob Ray said they were thrilled.", (ON_RECORD, "Bob Ray")),
    ("A friend of Ann Lee and Bob Ray said they had split.", (UNNAMED, None)),
])
def test_names_after_a_preposition(text: str, expected: tuple[str, str | None]) -> None:
    assert _attribution(text) == expected
