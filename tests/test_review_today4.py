"""A fourth same-day review (tests/cases/review_today4: 23 small corpora, FINDINGS.md) of the day's five rules: the
parent of a visiting schedule, the couple's own announcement of their split, a claim told only in an aside, a sum one
of them pays the other with no purpose said, and a first name's short form. Eleven of the day's answers were wrong
(a business buyout, a fee, cash at an airport and damages read as the divorce's settlement; a stylist, a child and
a sister merged into one of the couple; the couple "splitting up the chores" or "parting ways with" a record label
read as their split; "Ray himself gets" read as no one's): each case below holds what a careful reader expects.
Four older limits stay listed (FINDINGS.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today4"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]


def _weighed(profile: Profile, slot: str) -> list[tuple[str, list[str]]]:
    return [(str(c.verdict), sorted(v.value for v in c.values)) for c in profile.conflicts if c.slot == slot]


@pytest.mark.parametrize("case", ["case10", "case11", "case12", "case13", "case15", "case16"])
def test_a_sum_for_something_else_is_no_settlement(case: str, tmp_path: Path) -> None:
    """A buyout of her half of a bistro "last year", a fee for a video, cash at an airport, damages for a car: one of
    them paid the other, but not the divorce's settlement (only a1's "$4 million divorce settlement" is)."""
    assert _weighed(_profile(case, tmp_path), "settlement") == []


def test_a_sum_paid_to_end_the_matter_is_the_settlement(tmp_path: Path) -> None:
    assert _weighed(_profile("case14", tmp_path), "settlement") == [("disagreement", ["$4 million", "$6 million"])]


@pytest.mark.parametrize("case, short", [("case20", "Kat"), ("case21", "Max"), ("case22", "Kat"), ("case23", "Kate")])
def test_someone_s_someone_is_no_one_of_the_couple(case: str, short: str, tmp_path: Path) -> None:
    """"her stylist Kat", "Their only child, Max", "his sister Kat", "Their daughter, Kate, 6,": people of their own."""
    people = {p.name: p.aliases for p in _profile(case, tmp_path).people}
    assert short in people and not any(short in aliases for aliases in people.values()), people


def test_a_short_form_alone_is_its_one_bearer(tmp_path: Path) -> None:
    people = {p.name: p.aliases for p in _profile("case24", tmp_path).people}
    assert "Katie" in people["Katherine Moss"], people


def _section_of(profile: Profile, words: str) -> str:
    return next(sec.key for sec in profile.sections for st in sec.statements if words in st.text)


@pytest.mark.parametrize("case, words", [("case40", "splitting up the chores"), ("case43", "Northfield Records")])
def test_no_split_of_theirs_in_their_words(case: str, words: str, tmp_path: Path) -> None:
    assert _section_of(_profile(case, tmp_path), words) == "current-family"


def test_their_announcement_is_their_split(tmp_path: Path) -> None:
    assert _section_of(_profile("case44", tmp_path), "we have decided to separate") == "divorce"


@pytest.mark.parametrize("case, expected", [
    ("case01", []),  # the grandmother's weekends are not Ray's
    ("case02", [("disagreement", ["every other weekend", "one weekend a month"])]),  # "Ray himself gets"
    ("case03", []),  # "Ray kept the house, and she gets"
])
def test_a_schedule_s_parent(case: str, expected: list[tuple[str, list[str]]], tmp_path: Path) -> None:
    assert _weighed(_profile(case, tmp_path), "visiting-schedule") == expected


def test_a_contract_told_with_a_closing_aside_is_its_own_claim(tmp_path: Path) -> None:
    contract = [st for sec in _profile("case32", tmp_path).sections for st in sec.statements if "contract" in st.text]
    assert len(contract) == 1 and {c.source.split("_")[0] for c in contract[0].citations} == {"a1"}, contract


# older than the day and not answered: "signed by Lee, who married Ray, in 2021" (the year the signing's), Lee's
# parents' joint statement of their own split, a denial of the split in the couple's words (both in the divorce by
# their cue words)
@pytest.mark.parametrize("case", ["case31", "case41", "case42"])
def test_known_limit(case: str, tmp_path: Path) -> None:
    profile = _profile(case, tmp_path)
    wrong = (_weighed(profile, "married") and any(v == "disagreement" for v, _ in _weighed(profile, "married"))
             if case == "case31" else _section_of(profile, '"') == "divorce")
    if wrong:
        pytest.xfail("older than the day's rules (FINDINGS.md)")
