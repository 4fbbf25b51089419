"""Small corpora an adversarial review wrote against the separation told as it is announced (announced.py),
word-for-word copies cited beside their original (copies.py) and "last month" (extract.months_said):
tests/cases/review_today10, FINDINGS.md. None of the errors it found may come back, and what it found right
stays so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse, build

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today10"


def _seeds(name: str, tmp: Path) -> Path:
    shutil.copytree(REVIEW / name, tmp / "seeds")
    return tmp / "seeds"


def _profile(name: str, tmp: Path) -> Profile:
    return analyse(corpus_config(_seeds(name, tmp), tmp / "docs"))[0]


def _separation(profile: Profile) -> tuple[set[str], str]:
    """The articles the separation's record cites (for its year or its event) and its month."""
    found = [r for r in profile.records if r.slot == "separated"]
    assert len(found) == 1, [r.slot for r in profile.records]
    return {c.source for c in found[0].citations}, found[0].values[0].month


@pytest.mark.parametrize(("name", "article"), [
    ("case01", "a3"),  # "have announced that they are separating", written four years after the split
    ("case02", "a3"),  # the same after a reconciliation
    ("case04", "a2"),  # "going their separate ways this summer while she tours"
    ("case07", "a2"),  # "As a duo, we have decided to part ways"
    ("case08", "a2"),  # the label's statement "with the couple"
    ("case09", "a2"),  # the lawyers of the couple's statement
    ("case10", "a2"),  # their bandmates' statement
    ("case11", "a2"),  # a duo's statement in an article about the couple
    ("case12", "a2"),  # a prank
    ("case13", "a2"),  # posted by a hacker, the next sentence says
    ("case14", "a2"),  # "Everyone assumes we have decided to separate ... We have not."
    ("case15", "a2"),  # a statement the sentence dates to 2012
    ("case16", "a2"),  # "We are separating for the summer"
    ("case20", "a2"),  # "separating, for tax purposes, the bakery from their household accounts"
    ("case23", "a2"),  # a copy run four months later: its "last month" is another month
    ("case24", "a1"),  # a copy of March 2020 of an article of October 2019 (the earlier is the original)
    ("case27", "a2"),  # a copy of 2023 of a joint statement of 2019
    # what the review found right: a prank video, unnamed sources, another couple's, a denial, their children
    ("case06", "a2"), ("case18", "a2"), ("case21", "a2"), ("case22", "a2"), ("case50", "a2"),
])
def test_no_separation_cited_from_what_does_not_tell_it(name: str, article: str, tmp_path: Path) -> None:
    cited, _month = _separation(_profile(name, tmp_path))
    assert article not in cited, (name, cited)


@pytest.mark.parametrize(("name", "month"), [
    ("case32", ""),  # "split last week" written on 8 March: the week began in February
    ("case33", ""),  # "confirmed last month that they had split": the month of the telling
    ("case34", ""),  # "split a year ago last month"
    ("case29", "December"),  # "split last month" written on 6 January 2020, "separated in December 2019": right
])
def test_last_month_gives_the_month_only_where_it_is_the_event_s(name: str, month: str, tmp_path: Path) -> None:
    _cited, got = _separation(_profile(name, tmp_path))
    assert got == month, (name, got)


@pytest.mark.parametrize("name", ["case25", "case28"])
def test_only_a_word_for_word_copy_is_footnoted_as_a_copy(name: str, tmp_path: Path) -> None:
    """A syndicated copy that adds or cuts a sentence is cited by its own words, which its original may lack: its
    footnote names no original (its label still counts it as a copy)."""
    seeds = _seeds(name, tmp_path)
    build(corpus_config(seeds, tmp_path / "docs"), use_cache=False)
    text = "\n".join(p.read_text(encoding="utf-8") for p in (tmp_path / "docs").glob("*.md"))
    profile = _profile(name, tmp_path / "again")
    by_id = {s.id: s for s in profile.sources}
    near = [s for s in profile.sources if s.duplicate_of and by_id[s.duplicate_of].sha256 != s.sha256]
    assert near, [(s.id, s.duplicate_of) for s in profile.sources]
    for s in near:
        assert f"A copy of *{by_id[s.duplicate_of or ''].title}*" not in text, s.id


def test_a_copy_a_month_later_is_not_cited_for_the_original_s_month(tmp_path: Path) -> None:
    """case28: a word-for-word copy of 15 January 2012 of an article of 20 December 2011 ("married last month") is
    not cited for "married in November 2011": by its own date it says December."""
    married = [r for r in _profile("case28", tmp_path).records if r.slot == "married"]
    assert married and "a2" not in {c.source for r in married for c in r.citations}, married


@pytest.mark.parametrize("said", [
    "Marla Quinn and Devon Hale have split on whether to sell the family ranch.",
    "Marla Quinn and Devon Hale have split, professionally: their bakery will close.",
    "The band Marla Quinn and Devon Hale founded has split.",
    "Without counselling, Marla Quinn and Devon Hale would have split years ago, Quinn said.",
])
def test_a_split_of_opinions_work_or_a_band_or_one_that_would_have_been_is_no_separation(said: str,
                                                                                        tmp_path: Path) -> None:
    """Seen by the review outside the rules it read (FINDINGS.md, "Outside the new rules"): each made the statement
    "... separated in 2019." "corroborated", or the record cite it, as the couple's separation."""
    from .conftest import profile_of_articles

    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2019-06-01", "Marla Quinn and Devon Hale married in 2011.\n\nMarla Quinn and Devon Hale separated in 2019."),
        "b.txt": ("2019-09-01", f"Marla Quinn and Devon Hale married in 2011.\n\n{said}")})
    cited, _month = _separation(profile)
    assert "b" not in cited, cited
    assert not [st for sec in profile.sections for st in sec.statements
                if "separated in 2019" in st.text and any(c.source == "b" for c in st.citations)]
