"""Whose event it is (generator/timeline.py Family, extract.under_strangers): found by a review of the
sixteen gold corpora's timelines and fact-check pages, where a sister's wedding, the groom's father's birth
and a listicle's other couples read "Married", "Child born", "Separated" beside the couple's own events, and
a listicle's "The country singer filed for divorce in 2019" was counted as the couple's filing."""

from __future__ import annotations

from pathlib import Path

from generator import slots

from .conftest import profile_of_articles

COUPLE = ("Ann Lee and Bob Ray married in 2008 in Reno. Ann Lee and Bob Ray had their only child, Ivy, in 2010. "
          "Ann Lee and Bob Ray separated in 2019.")


def test_a_kind_label_names_only_the_couples_events_and_their_childs_birth(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2020-01-05", COUPLE),
        "b.txt": ("2020-02-05", ("Ann Lee and Bob Ray married in 2008. They separated in 2019, and their daughter Ivy "
                                 "lives with her mother.\n\nAnn Lee's sister, Jo Lee, married Tom Moss in 2016 in Ohio.")),
        "c.txt": ("2021-03-01", "Bob Ray's father, Cy Ray, was born in Tulsa in 1944 and ran a bakery for forty years."),
    })
    kinds = {(e.date[:4], e.kind) for e in profile.timeline}
    assert ("2008", slots.MARRIED) in kinds and ("2019", slots.SEPARATED) in kinds
    assert ("2010", slots.CHILD_BORN) in kinds  # their child's birth
    sister = [e for e in profile.timeline if e.date.startswith("2016")]
    assert sister and all(e.kind != slots.MARRIED for e in sister), sister  # the sister's wedding: no "Married"
    father = [e for e in profile.timeline if e.date.startswith("1944")]
    assert all(e.kind != slots.CHILD_BORN for e in father), father  # the father's birth: no "Child born"


def test_a_wedding_only_planned_is_no_event(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2026-02-23", COUPLE + (" Ann Lee is engaged to Cy Moss. The wedding, which is planned for the "
                                          "summer of 2027, will be small.")),
    })
    assert not [e for e in profile.timeline if e.date.startswith("2027")]



LISTICLE = """Here are three exes who stayed friends.

1. Ann Lee and Bob Ray

Ann Lee and Bob Ray divorced in 2019 and still share a dog.

2. Lola Vance and Rafe Stone

The country singer filed for divorce in 2017 after nine years of marriage. She and the former quarterback now coach
their son's team together.

What do all of these families have in common?"""


def test_an_item_of_a_list_about_others_is_set_aside_and_weighs_nothing(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {"a.txt": ("2020-01-05", COUPLE), "b.txt": ("2021-03-01", LISTICLE)})
    reasons = {f.sentence: f.reason for f in profile.fates if f.source == "b"}
    assert [r for r in reasons.values() if r.startswith("about people the profile does not follow")] == [
        reasons["b:4"], reasons["b:5"]], reasons
    assert reasons["b:6"] == "no claim: a question"  # the article's own closing question keeps its reason
    assert not [e for e in profile.timeline if e.date.startswith("2017")]
    assert not [c for c in profile.conflicts if "2017" in [v.value for v in c.values]]
