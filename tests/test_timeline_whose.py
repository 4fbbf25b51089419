"""Whose event a timeline label names (generator/timeline.py, Family): found by a review of the
sixteen gold corpora's timelines, where a sister's wedding, the groom's father's birth and a
listicle's other couple read "Married", "Child born", "Separated" beside the couple's own events."""

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
