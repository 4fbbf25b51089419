"""A same-day review of the day's own rules for over-reach (tests/cases/review_overreach: 27 small corpora, each
built with the rules and with the commit before them; FINDINGS.md): the couple's own words and named people made
unnamed sources, documents and a legal team made unnamed, true disagreements hidden by an article that corrects
another or by a relay that misquotes, a remarriage to someone else, "whose parents had divorced", "did not marry
until" on the people page, and true records lost to "insisted on", "gossip" or "four years after meeting". None
may come back; the labelled sentences are in tests/cases/units/attribution.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import UNNAMED, Profile
from generator.pipeline import analyse

from .conftest import CASES, attributions_in, corpus_config

REVIEW = CASES / "review_overreach"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]



@pytest.mark.parametrize(("case", "words"), [
    ("case26", "Holt, a mother of two, told the Ledger"),  # the couple's own words
    ("case04", "Marsh, a longtime collaborator, said"),
    ("case07", "I have never moved out"),  # her denial after a rumour: a paragraph that names her
    ("case05", "Vance's legal team said in a statement"),
    ("case06", "An announcement on the couple's website said"),
    ("case06", "A letter from Holt's lawyer said"),
    ("case03", "according to court documents"),
    ("case02", "A mother who famously guards her privacy"),
    ("case08", "told her friends and followers on Instagram"),
    ("case01", "married in 2012 and reportedly separated"),
])
def test_the_record_and_documents_are_not_unnamed_sources(case: str, words: str, tmp_path: Path) -> None:
    found = attributions_in(REVIEW / case, words, tmp_path)
    assert found and UNNAMED not in found, found


@pytest.mark.parametrize(("case", "slot"), [
    ("case23", "child-born"),  # "Leo Vance is often said to have been born in 2015, but ... born in 2014": a correction
    ("case23", "divorce-final"),  # "Some reports say ... 2020; court records show ... 2021"
    ("case11", "married"),  # "StarWatch reported that they married in 2011, but the marriage certificate shows 2012"
    ("case09", "settlement"),  # "According to StarWatch, Holt walked away with a $5 million settlement" (StarWatch: $2m)
])
def test_a_correction_or_a_misquoting_relay_leaves_the_disagreement(case: str, slot: str, tmp_path: Path) -> None:
    profile = _profile(case, tmp_path)
    assert [c for c in profile.conflicts if c.slot == slot and str(c.verdict) == "disagreement"]
    assert not [c for c in profile.conflicts if c.slot == slot and str(c.verdict) == "agreement"]


@pytest.mark.parametrize(("case", "kind"), [
    ("case25", "former-spouse"),  # "After her divorce from Vance in 2015, Holt married again in 2018": someone else
    ("case15", "spouse"),  # "whose parents had divorced", "the divorce of her parents was finalized"
    ("case15b", "spouse"),
    ("case14", "spouse"),  # "did not marry until 2012"
])
def test_the_people_page_keeps_the_marriage_the_articles_tell(case: str, kind: str, tmp_path: Path) -> None:
    relations = {(r.kind, frozenset((r.person, r.other))) for r in _profile(case, tmp_path).relations}
    assert (kind, frozenset({"Mira Holt", "Ray Vance"})) in relations, relations


def test_married_four_years_after_meeting_keeps_its_year(tmp_path: Path) -> None:
    """"met in 2008 and married four years after meeting" gave no wedding year (case12)."""
    assert [f for f in _profile("case12", tmp_path).facts if f.slot == "married" and f.value == "2012"]


def test_a_guest_named_after_the_wedding_is_no_other_pair(tmp_path: Path) -> None:
    """"Holt married the chef in 2012 at a Napa vineyard, where singer friend Dana Ruiz sang at the reception. The
    couple have two children and separated in 2020." lost the separation's second source (case18)."""
    records = {r.slot: r for r in _profile("case18", tmp_path).records}
    assert records["separated"].verdict == "agreement"


def test_a_relay_counts_as_the_article_it_relays(tmp_path: Path) -> None:
    """"Their divorce was finalized in 2021, StarWatch reported." beside StarWatch's own 2021 divorce story (and its
    2012 wedding story): one source, not "Corroborated · 2 sources" (case24)."""
    records = {r.slot: r for r in _profile("case24", tmp_path).records}
    assert records["divorce-final"].verdict == "single-source"


def test_a_remarriage_to_someone_else_is_no_wedding_to_each_other(tmp_path: Path) -> None:
    """"After her divorce from Vance in 2015, Holt married again in 2018." and "Mira Holt tied the knot for a second
    time in 2018, three years after her divorce from Ray Vance." wrote "They married each other again in 2018." (case25);
    the fact check and the timeline call such a wedding "Married again", never "Married each other again"."""
    profile = _profile("case25", tmp_path)
    assert "married-again" not in {r.slot for r in profile.records}
    assert not [e for e in profile.timeline if "each other" in e.text and "Ure" in e.text]


def test_a_divorce_told_in_its_own_clause_ends_the_marriage(tmp_path: Path) -> None:
    """"Holt and Vance divorced in 2019; Holt married again in 2021, to banker Tom Ruiz." left them "Married to" each
    other on the people page (three people in the sentence; "divorced in" was no end of a marriage) (case16)."""
    relations = {(r.kind, frozenset((r.person, r.other))) for r in _profile("case16", tmp_path).relations}
    assert ("former-spouse", frozenset({"Mira Holt", "Ray Vance"})) in relations, relations
