"""Passing mentions of the couple's event ("The couple announced last October that they had
separated") join its record only where "the couple" can be no one else (records.passing_whom)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.pipeline import analyse

from .conftest import CASES, corpus_config


def test_one_of_another_pair_named_alone_leaves_the_couple_theirs(tmp_path: Path) -> None:
    """corpus_h: an article names the groom's brother, whose wedding another article tells; its "The
    couple announced last October that they had separated" is still the couple's (the brother's wife
    is not named there, so "the couple" cannot be the brother's pair)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(CASES / "corpus_h" / "seeds", seeds)
    profile, _spans = analyse(corpus_config(seeds, tmp_path / "docs"))
    (record,) = [r for r in profile.records if r.slot == "separated" and set(r.about) == {"Oriane Falk", "Teddy Brannock"}]
    assert "h09_seattletribuneherald_falk_files_for_divorce" in {c.source for c in record.citations}


def test_the_two_after_one_of_the_couple_and_someone_else_is_not_theirs(tmp_path: Path) -> None:
    """"Bob Ray formed a duo with Cy Moss ... The two split in 2019": Ray and Moss, not the couple."""
    from .conftest import profile_of_articles

    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2021-05-01", ("Ann Lee and Bob Ray married in 2010. Ann Lee and Bob Ray split in 2019. "
                                 "Ann Lee said she was sad.")),
        "a2.txt": ("2021-06-01", ("Ann Lee and Bob Ray married in 2010. Bob Ray formed a duo with Cy Moss in 2012, "
                                 "and Cy Moss said he was proud. The two split in 2019.")),
    })
    (record,) = [r for r in profile.records if r.slot == "separated"]
    assert {c.source for c in record.citations} == {"a1"}


def test_the_two_after_one_of_the_couple_and_her_attorney_is_theirs(tmp_path: Path) -> None:
    """"Solberg's attorney, Miriam Castellano, declined to comment. The two divorced in January": an
    attorney named in her role is no partner, so the two are the couple (corpus_d)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(CASES / "corpus_d" / "seeds", seeds)
    profile, _spans = analyse(corpus_config(seeds, tmp_path / "docs"))
    (record,) = [r for r in profile.records if r.slot == "divorce-final" and len(r.about) == 2]
    assert any(c.source.startswith("s08_") for c in record.citations), [c.source for c in record.citations]
