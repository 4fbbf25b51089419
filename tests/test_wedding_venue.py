"""Where the couple married, by its venue (generator/figures.py, figure_records.py): "They married in 2011 at
Ballynahinch Castle." Found on corpora k, q, s and u, whose wedding records said only the year while eight
articles between them named the castle, the country house, the registry office. Precision first: a venue is told
only where two independent articles name the same one for the couple's one wedding, plainly, and no article names
another (a civil wedding and a church one, a wedding and its party: two venues are never weighed)."""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile
from generator.records import paragraph_sentences

from .conftest import profile_of_articles

_COUPLE = "Ann Lee and Bob Ray have two children."


def _venue(profile: Profile) -> list[str]:
    return [v.value for r in profile.records if r.slot == "wedding-venue" for v in r.values]


def _venue_conflicts(profile: Profile) -> list[tuple[str, list[str]]]:
    return [(str(c.verdict), [v.value for v in c.values]) for c in profile.conflicts if c.slot == "wedding-venue"]


def test_two_articles_naming_one_venue_make_its_record(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2011-06-20", "The chef Ann Lee married the barrister Bob Ray on Saturday at Glenmara House in "
                                 "Kelby, in front of 120 guests. " + _COUPLE),
        "a2.txt": ("2016-04-14", "Ann Lee and Bob Ray tied the knot in front of 250 guests at Glenmara House in 2011. "
                                 + _COUPLE),
    })
    assert _venue(profile) == ["Glenmara House"]
    assert _venue_conflicts(profile) == [("agreement", ["Glenmara House"])]


def test_a_venue_in_one_article_only_is_no_record(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2011-06-20", "Ann Lee married Bob Ray on Saturday at Glenmara House. " + _COUPLE),
        "a2.txt": ("2016-04-14", "Ann Lee and Bob Ray married in 2011. " + _COUPLE),
    })
    assert _venue(profile) == []


def test_two_venues_are_neither_told_nor_disputed(tmp_path: Path) -> None:
    """A court wedding and a church one, or a wedding and its party: the articles do not disagree."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2014-07-20", "Ann Lee married Bob Ray on Thursday at the Ikoyi registry. " + _COUPLE),
        "a2.txt": ("2014-11-23", "Ann Lee and Bob Ray married on Saturday at the Cathedral Church of Christ. " + _COUPLE),
        "a3.txt": ("2015-01-10", "Ann Lee and Bob Ray married in 2014 at the Cathedral Church of Christ. " + _COUPLE),
    })
    assert _venue(profile) == []
    assert not [c for c in _venue_conflicts(profile) if c[0] == "disagreement"]


def test_another_wedding_or_a_person_is_no_venue(tmp_path: Path) -> None:
    """A second wedding's venue, a friend's wedding, a venue that is someone's name, a time ("at Christmas")."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2024-05-20", "Ann Lee and Bob Ray married each other again at Charles Fort. " + _COUPLE),
        "a2.txt": ("2024-05-21", "Ann Lee and Bob Ray married again on Friday at Charles Fort. " + _COUPLE),
        "a3.txt": ("2012-01-02", "Ann Lee and Bob Ray married at Christmas in 2011. " + _COUPLE),
        "a4.txt": ("2012-01-03", "Ann Lee and Bob Ray married at Christmas, 2011. " + _COUPLE),
        "a5.txt": ("2012-01-04", "Ann Lee and Bob Ray married at Cy Moss's farm in 2011. Cy Moss is a farmer. " + _COUPLE),
        "a6.txt": ("2012-01-05", "Ann Lee and Bob Ray married at Cy Moss's farm in 2011. " + _COUPLE),
    })
    assert _venue(profile) == []


def test_a_venue_of_another_year_than_the_wedding_is_none(tmp_path: Path) -> None:
    """The record's wedding is of 2011; sentences that name the venue with 2024 in its clause tell another one."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2011-06-20", "Ann Lee and Bob Ray married in June 2011. " + _COUPLE),
        "a2.txt": ("2011-06-21", "Ann Lee and Bob Ray married in June 2011, in Kelby. " + _COUPLE),
        "a3.txt": ("2024-05-20", "Ann Lee and Bob Ray married in 2024 at Charles Fort. " + _COUPLE),
        "a4.txt": ("2024-05-21", "Ann Lee and Bob Ray married at Charles Fort in 2024. " + _COUPLE),
    })
    assert _venue(profile) == []


def test_the_paragraph_tells_the_venue_with_the_wedding(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2012-06-20", ("Ann Lee married Bob Ray on 15 June 2012 at the Altona registry office. "
                                 "The bride wore green.")),
        "a2.txt": ("2016-04-14", ("Ann Lee and Bob Ray married at the Altona registry office in June 2012. "
                                 "Ann Lee and Bob Ray have a son, Max.")),
    })
    assert _venue(profile) == ["the Altona registry office"]
    told = paragraph_sentences([r for r in profile.records if r.section == "background"])
    assert ("married", "wedding-venue") in [tuple(r.slot for r in rs) for rs in told]  # one sentence
