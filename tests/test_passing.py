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
