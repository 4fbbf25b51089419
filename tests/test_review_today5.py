"""A fifth same-day review (tests/cases/review_today5: 31 small corpora, FINDINGS.md) of the rules as the fourth
review left them: 20 wrong answers, all answered. A sum is the settlement only where nothing before it (the
sentence before in its paragraph telling a sale, a purpose put first, a payer other than the one named right before
"pay") or after it (but an end to the divorce or who says so) makes it something else; a short form never takes the
name of one the articles call someone's kin, or give a role they never give that person; the couple's words of a
split need no "as business partners" and deny nothing; a schedule's parent may have asides of their own; a wire's
region may be of several words. Each case holds what a careful reader expects; one older limit stays listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today5"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]


def _weighed(profile: Profile, slot: str) -> list[tuple[str, list[str]]]:
    return [(str(c.verdict), sorted(v.value for v in c.values)) for c in profile.conflicts if c.slot == slot]


@pytest.mark.parametrize("case", ["case01", "case05", "case06", "case07", "case09", "case10", "case11", "case12"])
def test_a_sum_for_something_else_is_no_settlement(case: str, tmp_path: Path) -> None:
    """A price told the sentence before, a buyout put first, another lawsuit settled, a mother's payment, a bistro
    "split" between them: not the divorce's settlement (a1's "$4 million divorce settlement" is)."""
    assert _weighed(_profile(case, tmp_path), "settlement") == []


@pytest.mark.parametrize("case", ["case02", "case03", "case04", "case08"])
def test_a_sum_paid_to_end_the_divorce_is_the_settlement(case: str, tmp_path: Path) -> None:
    """"... to end their 12-year marriage", "..., according to court papers", "... when they divorced last year",
    "an estimated $6 million to wrap things up"."""
    assert _weighed(_profile(case, tmp_path), "settlement") == [("disagreement", ["$4 million", "$6 million"])]


@pytest.mark.parametrize("case", ["case20", "case24", "case25", "case26"])
def test_a_short_form_of_someone_else(case: str, tmp_path: Path) -> None:
    """"said Kat, a stylist who ...", "celebrity stylist Kat", "Her co-star Kat", "his sister Kat" (Ray's, not Cy
    Moss's sister Katherine): none of them Katherine Moss."""
    people = {p.name: p.aliases for p in _profile(case, tmp_path).people}
    assert "Kat" not in people.get("Katherine Moss", ()), people


def _section_of(profile: Profile, words: str) -> str:
    return next(sec.key for sec in profile.sections for st in sec.statements if words in st.text)


@pytest.mark.parametrize("case, words, section", [
    ("case30", "part ways as business partners", "background"),
    ("case31", "whether we are splitting up", "current-family"),
    ("case32", "we have decided to separate", "divorce"),
    ("case33", "We have decided to separate", "divorce"),
])
def test_their_words_of_a_split(case: str, words: str, section: str, tmp_path: Path) -> None:
    assert _section_of(_profile(case, tmp_path), words) == section


@pytest.mark.parametrize("case, expected", [
    ("case40", [("disagreement", ["every other weekend", "one weekend a month"])]),  # "Ray, who lives ..., a retired
    ("case41", [("disagreement", ["every other weekend", "one weekend a month"])]),  # nurse, gets"; "Ray, 45, who ...,"
    ("case42", [("disagreement", ["every other weekend", "one weekend a month"])]),  # "Ray, an architect, gets"
    ("case43", []),  # "The boys' grandmother, who lives near Ray, gets them": hers
])
def test_a_schedule_s_parent(case: str, expected: list[tuple[str, list[str]]], tmp_path: Path) -> None:
    assert _weighed(_profile(case, tmp_path), "visiting-schedule") == expected


def test_a_contract_with_a_closing_aside_does_not_word_the_separation(tmp_path: Path) -> None:
    profile = _profile("case50", tmp_path)
    contract = [st for sec in profile.sections for st in sec.statements if "contract" in st.text]
    assert len(contract) == 1 and {c.source.split("_")[0] for c in contract[0].citations} == {"a3"}, contract


@pytest.mark.parametrize("case", ["case60", "case61"])
def test_a_dateline_with_its_region_dates_no_wedding(case: str, tmp_path: Path) -> None:
    """"PORT OF SPAIN, Trinidad and Tobago, June 23 (Reuters) - ... married ... on Saturday"; "RENO, Nev., June 23 -"."""
    assert _weighed(_profile(case, tmp_path), "married date") == []


def test_a_glued_word_is_no_name(tmp_path: Path) -> None:
    people = {p.name: p.aliases for p in _profile("case70", tmp_path).people}
    assert not any("Heartbroken" in a for aliases in people.values() for a in aliases), people


def test_a_filler_before_verified_words_is_told_once(tmp_path: Path) -> None:
    profile = _profile("case80", tmp_path)
    assert not [st for sec in profile.sections for st in sec.statements if "talk every day" in st.text]


def test_known_limit_a_split_said_as_a_maybe(tmp_path: Path) -> None:
    """'"Even if we split up one day, the boys will always come first," the couple said.' (2019): its cue words put
    it in the divorce (older than the day's rules)."""
    if _section_of(_profile("case34", tmp_path), "Even if we split up") == "divorce":
        pytest.xfail("older than the day's rules (FINDINGS.md)")
