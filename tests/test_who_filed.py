"""Who filed for divorce (generator/filers.py): where the articles name both of the couple for one filing, the fact
check lists the disagreement and the filing's record names no one. Found on corpus_u: the wire's "Weiß has filed for
divorce from ... Yıldırım" and a tabloid's "Dino, who filed for divorce last March" stood side by side, the record
saying she filed and nothing saying the articles disagree."""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile

from .conftest import profile_of_articles

_COUPLE = "Ann Lee and Bob Ray married in 2012. Ann Lee and Bob Ray have two children."


def _filers(profile: Profile) -> list[list[str]]:
    return [[v.value for v in c.values] for c in profile.conflicts if c.slot == "who-filed-for-divorce"]


def _filing_records(profile: Profile) -> list[str]:
    return [r.detail for r in profile.records if r.slot == "divorce-filed"]


def test_two_filers_of_one_filing_are_a_disagreement(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2019-03-21", "Ann Lee has filed for divorce from Bob Ray, court records show. " + _COUPLE),
        "a2.txt": ("2019-03-25", "Ann Lee filed for divorce from Bob Ray in March 2019. " + _COUPLE),
        "a3.txt": ("2020-03-05", "Ray, who filed for divorce last March, lost his bid for more holidays. " + _COUPLE),
    })
    assert _filers(profile) == [["Ann Lee", "Bob Ray"]]
    assert _filing_records(profile) and not any(_filing_records(profile))  # the record names no filer


def test_one_filer_named_alike_is_no_disagreement(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2019-03-21", "Ann Lee has filed for divorce from Bob Ray, court records show. " + _COUPLE),
        "a2.txt": ("2019-03-25", "Ann Lee filed for divorce from Bob Ray in March 2019. " + _COUPLE),
    })
    assert _filers(profile) == []


def test_a_filing_of_the_other_too_names_no_side(tmp_path: Path) -> None:
    """Cross-petitions: both filed; nothing to weigh."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2019-03-21", "Ann Lee has filed for divorce from Bob Ray, court records show. " + _COUPLE),
        "a2.txt": ("2019-04-02", "Bob Ray, who also filed for divorce in March 2019, asked for joint custody. " + _COUPLE),
    })
    assert _filers(profile) == []


def test_an_unnamed_source_or_a_claim_names_no_filer(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2019-03-21", "Ann Lee has filed for divorce from Bob Ray, court records show. " + _COUPLE),
        "a2.txt": ("2019-04-02", "Bob Ray filed for divorce in March 2019, a source close to the couple told us. " + _COUPLE),
        "a3.txt": ("2019-04-09", "Ray's lawyer insists that Bob Ray filed for divorce in March 2019. " + _COUPLE),
    })
    assert _filers(profile) == []
