"""A count of guests that a later article gives for the couple's wedding by its year ("The couple tied the knot in
front of 250 guests at the hotel in 2011") is weighed against the count of the article that reported the wedding
(corpus_s: "about 160 guests" / "250 guests"), where the couple have one wedding of that year; never where any
article tells of a second ceremony, and never a count of one source and its relay as an agreement."""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile

from .conftest import profile_of_articles

WEDDING = ("2011-06-20", "Ann Lee married Bob Ray on Saturday at a hotel in Reno in front of about 160 guests.")


def _guests(profile: Profile) -> list[tuple[str, tuple[str, ...]]]:
    return [(str(c.verdict), tuple(v.value for v in c.values)) for c in profile.conflicts
            if c.slot.startswith("wedding-guest-count")]


def test_a_count_given_by_the_wedding_s_year_is_weighed(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a.txt": WEDDING,
        "b.txt": ("2020-09-16", ("Ann Lee and Bob Ray have split. The couple tied the knot in front of 250 guests at "
                                "the hotel in 2011, and have two children."))})
    assert _guests(profile) == [("disagreement", ("about 160 guests", "250 guests"))]


def test_not_where_an_article_tells_of_a_second_ceremony(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a.txt": WEDDING,
        "b.txt": ("2020-09-16", ("Ann Lee and Bob Ray have split. The couple tied the knot in front of 40 guests in "
                                "2011.")),
        "c.txt": ("2021-01-10", ("Ann Lee and Bob Ray married in Reno in 2011 and held a second ceremony in Lyon "
                                "weeks later."))})
    assert _guests(profile) == []
