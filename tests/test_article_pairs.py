"""Whom "they" of an article are (claims._article_pairs): never the couple's twins, named together more often than
the couple (corpus_p; the court report's judge and the new fiancé's story: tests/test_unseen_corpus_k.py and _p.py)."""

from __future__ import annotations

from pathlib import Path

from .test_claim_wording import _cited, profile_of_articles


def _record(profile, slot: str):  # type: ignore[no-untyped-def]
    found = [r for r in profile.records if r.slot == slot]
    assert len(found) == 1, profile.records
    return found[0]


def test_the_couple_s_twins_are_no_couple(tmp_path: Path) -> None:
    """corpus_p: a magazine profile names the twins together more often than their parents, so "They married in the
    summer of 2008" was told of the twins, and the wedding's record did not cite it."""
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2015-09-14", ("Ann Lee makes pancakes while Bob Ray reads. Their twins, Ivy and Tom, are three.\n\n"
                                "Ivy and Tom share a room. Ivy and Tom love the lake. Ivy and Tom ride bikes.\n\n"
                                "They married in the summer of 2008 at a church in Madison.")),
        "b.txt": ("2019-03-01", "Ann Lee and Bob Ray married in 2008.\n\nTheir twins, Ivy and Tom, turned seven."),
        "c.txt": ("2020-05-01", ("Ann Lee and Bob Ray married in 2008 in Madison. Ann Lee and Bob Ray live in Reno.\n\n"
                                "Ann Lee and Bob Ray run a bakery.")),
        "d.txt": ("2021-05-01", "Ann Lee and Bob Ray opened a second bakery. Ann Lee and Bob Ray hired six bakers."),
    }, people=["Ivy", "Tom"])
    assert _cited(_record(profile, "married").citations) == {"a", "b", "c"}

