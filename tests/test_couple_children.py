"""Whose children "the couple" has where the paragraph names no one (relations.with_the_couples_children):
the profile couple's, and never another pair's (a review's cases)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import corpus_config

HEAD = "title: {title}\noutlet: {outlet}\ndate: 2023-0{n}-10\n---\n"
OPENINGS = ("The meteorologist Ann Lee, 40, and the coach Bob Ray, 44, married in 2012.",
            "Coach Bob Ray, 44, and his wife, the meteorologist Ann Lee, 40, have been in the news.",
            "Ann Lee, 40, met Bob Ray, 44, at a hotel in 2010.")


def _profile(tmp: Path, bodies: list[str], openings: Sequence[str] = OPENINGS, first_month: int = 1,
             people: Sequence[str] = ()) -> Profile:
    """The profile of one article per body, each after its opening (none: the body opens it); `people`: the
    names configured (none: all recognised)."""
    seeds = tmp / "seeds"
    seeds.mkdir()
    for i, body in enumerate(bodies):
        opening = openings[i] + "\n\n" if openings else ""
        (seeds / f"a{i}.txt").write_text(HEAD.format(title=f"Story {i}", outlet=f"Outlet {i}", n=i + first_month)
                                         + opening + body + "\n", encoding="utf-8")
    return analyse(corpus_config(seeds, tmp / "docs", people=[{"name": n} for n in people]))[0]


def _parents(profile: Profile, child: str) -> set[str]:
    return {r.other for r in profile.relations if r.kind == "child" and r.person == child}


def test_the_couple_s_children_alone_in_their_paragraph(tmp_path: Path) -> None:
    profile = _profile(tmp_path, ["Ann Lee and Bob Ray live in Milwaukee.\n\nThe couple share daughter Ivy, 6, and son Tom, 3.",
                                  "Bob Ray said the season was long. Ann Lee agreed."])
    assert _parents(profile, "Ivy") == _parents(profile, "Tom") == {"Ann Lee", "Bob Ray"}


@pytest.mark.parametrize("body, child", [
    # the new couple's daughter
    (("Ann Lee and Bob Ray divorced in 2020. Bob Ray married Jo Roe, 35, in 2024.\n\nThe couple's daughter, Nora, was born "
     "in 2025."), "Nora"),
    # her sister's pair
    (("Ann Lee and Bob Ray live in Reno. Ann Lee's sister, Kim Lee, 38, married Dan Moss, 39, in 2015.\n\nThe couple share "
     "daughter Ivy, 6, and son Tom, 3."), "Ivy"),
    # her parents, unnamed
    (("Ann Lee and Bob Ray live in Reno. Ann Lee grew up in Toledo, where her parents ran a diner for 30 years.\n\n"
     "The couple's youngest daughter, Kim Lee, 35, now runs it."), "Kim Lee"),
    # her son from her first marriage
    ("Ann Lee and Bob Ray live in Reno.\n\nThe couple also have son Owen, 17, from her first marriage.", "Owen"),
], ids=["new couple", "sister's pair", "her parents", "first marriage"])
def test_no_child_of_another_pair(body: str, child: str, tmp_path: Path) -> None:
    profile = _profile(tmp_path, [body, "Bob Ray said the season was long. Ann Lee agreed."])
    assert not {"Ann Lee", "Bob Ray"} <= _parents(profile, child), profile.relations


def test_a_new_wedding_of_one_of_them_is_not_the_couple_s(tmp_path: Path) -> None:
    """A wedding told of one of them by two articles and of both by a third ("Ray married in 2024, and Lee
    is dating again") stays his (claims._agreed_whom joins a pair only for a split, a filing, a divorce)."""
    bodies = [("Ann Lee, 40, and Bob Ray, 42, married in 2012 in Denver.\n\nThe couple finalized their divorce in 2021. "
              "Ray, 45, married in 2024."),
              ("Ann Lee and Bob Ray wed in June 2012, a source close to the couple said.\n\n"
              "Bob Ray married in 2024, three years after the divorce."),
              ("Ann Lee and Bob Ray have moved on since their 2021 divorce, friends say.\n\n"
              "Ray married in 2024, and Lee is dating again. Both Ray and Lee say they married too young in 2012.")]
    profile = _profile(tmp_path, bodies, openings=(), first_month=4)
    weddings = [r for r in profile.records if r.slot == "married" and set(r.about) == {"Ann Lee", "Bob Ray"}]
    assert weddings and all(v.value == "2012" for r in weddings for v in r.values), weddings
    assert not [c for c in profile.conflicts if c.slot == "married" and set(c.subject) == {"Ann Lee", "Bob Ray"}
                and any(v.value == "2024" for v in c.values)]


def test_new_partners_weddings_are_not_the_couple_s(tmp_path: Path) -> None:
    """"Vance and Ray both married new partners in 2024" made "Articles disagree on when they married:
    in 2012 or in 2024" (a review; marriages.weddings_to_others)."""
    bodies = [("Ann Vance, 40, and Bob Ray, 42, married in 2012 in Denver.\n\nThe couple finalized their divorce in 2021. "
              "Ray married again in 2024."),
              ("Ann Vance and Bob Ray wed in June 2012, a source close to the couple said.\n\n"
              "Ray married for a second time in 2024, at a ranch in Montana."),
              ("Ann Vance and Bob Ray have moved on since their 2021 divorce, friends say.\n\n"
              "Vance and Ray both married new partners in 2024.")]
    profile = _profile(tmp_path, bodies, openings=(), first_month=4)
    assert not [c for c in profile.conflicts if c.slot == "married" and str(c.verdict) == "disagreement"]


CAST = ("Ann Lee", "Bob Ray", "Ivy", "Tom", "Nell", "Jo Roe", "Kim Lee", "Dan Moss")


def test_their_children_two_articles_agree_on(tmp_path: Path) -> None:
    """corpus_p, n, k, f: "Their daughter Sofia is 14" and "They have three children: ..." in articles about the two
    (no sentence of "the couple" alone in its paragraph) made no relation: the people page showed no child of theirs."""
    profile = _profile(tmp_path, [
        "Ann Lee and Bob Ray announced their separation on Friday.\n\nTheir daughter Ivy is 14; the twins, Tom and Nell, are 12.",
        ("Ann Lee filed for divorce from Bob Ray on Tuesday.\n\nThey have three children: Ivy, 13, and 10-year-old twins "
         "Tom and Nell."),
        "Bob Ray said the season was long. Ann Lee agreed.\n\nTheir twins, Tom and Nell, made the team.",
    ], people=CAST)
    assert _parents(profile, "Ivy") == {"Ann Lee", "Bob Ray"}
    assert _parents(profile, "Nell") == {"Ann Lee", "Bob Ray"}  # ("and 10-year-old twins Tom and Nell", "Their twins")
    assert _parents(profile, "Tom") == {"Ann Lee", "Bob Ray"}


@pytest.mark.parametrize("bodies", [
    # one article's "their" only
    ["Ann Lee and Bob Ray live in Reno.\n\nTheir daughter Ivy is 14.", "Bob Ray said the season was long. Ann Lee agreed."],
    # another pair in view, in both: her sister and her husband
    ["Ann Lee's sister, Kim Lee, married Dan Moss in 2015.\n\nTheir daughter Ivy is 6.",
     "Kim Lee and Dan Moss were there with Ann Lee and Bob Ray. Their daughter Ivy, 7, sang."],
    # a child of another parent already
    [("Ann Lee and Bob Ray live in Reno. Jo Roe, a lawyer, was there. Jo Roe's daughter Ivy, 20, sang.\n\n"
      "Their daughter Ivy is 14."),
     "Ann Lee and Bob Ray, 44, were there.\n\nTheir daughter Ivy, 14, sang."],
], ids=["one article", "another pair", "another parent"])
def test_their_children_not_agreed(bodies: list[str], tmp_path: Path) -> None:
    profile = _profile(tmp_path, bodies, people=CAST)
    assert not {"Ann Lee", "Bob Ray"} <= _parents(profile, "Ivy"), profile.relations
