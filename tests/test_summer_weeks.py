"""The weeks of each summer one parent has the children (generator/figures.py, SUMMER_WEEKS): "four weeks each
summer" in the judgment's report against "six weeks every summer" in a tabloid's is a disagreement (corpus_p
listed none); weeks asked for, possible or of one summer are no parent's."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_claim_wording import profile_of_articles

OPENING = "Ann Lee and Bob Ray married in 2010 and divorced in 2022. "


def _weeks(tmp_path: Path, a: str, b: str) -> list[tuple[str, set[str]]]:
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2022-06-01", OPENING + a),
        "b.txt": ("2023-06-02", OPENING + b),
        "c.txt": ("2023-06-03", "Ann Lee and Bob Ray are divorced. Lee lives in Reno; Ray stayed in Denver."),
        "d.txt": ("2023-06-04", "Bob Ray and Ann Lee, who divorced last year, share a dog."),
    })
    return [(str(c.verdict), {v.value for v in c.values}) for c in profile.conflicts if c.slot == "weeks-each-summer"]


def test_two_values_of_one_parent_s_summer_weeks(tmp_path: Path) -> None:
    found = _weeks(tmp_path, "Lee will have the children every other weekend, for four weeks each summer, the judgment says.",
                   "Lee walked away with the house, court papers show, and she gets the kids for six weeks every summer.")
    assert found == [("disagreement", {"four weeks each summer", "six weeks every summer"})]


def test_she_is_no_one_named_before_her(tmp_path: Path) -> None:
    """"Ray kept the house, and she gets the kids for six weeks every summer": not Ray's six weeks."""
    found = _weeks(tmp_path, "Ray will have the children every other weekend, for four weeks each summer, the judgment says.",
                   "Ray kept the house, and she gets the kids for six weeks every summer, Sully reported.")
    assert all(verdict != "disagreement" for verdict, _values in found), found


@pytest.mark.parametrize("other", [
    "Bob Ray may take the children to Denver for up to six weeks each summer.",  # possible, not had
    "Ann Lee asked to have the kids for six weeks each summer.",  # asked for
    "Ann Lee will have the kids for three weeks this summer.",  # one summer's
    "Under a new order, Lee now has the children for six weeks each summer.",  # changed
])
def test_weeks_no_parent_has(other: str, tmp_path: Path) -> None:
    found = _weeks(tmp_path, "Lee will have the children every other weekend, for four weeks each summer, the judgment says.",
                   other)
    assert all(verdict != "disagreement" for verdict, _values in found), found
