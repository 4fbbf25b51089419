"""People of one name: a father and son written "Jr." and "Sr.", and a relative named after a title. Small corpora
of invented people, one rule each. (A speaker whose surname the corpus gives someone else is corpus_p's:
tests/test_unseen_corpus_p.py.)"""

from __future__ import annotations

from pathlib import Path

from .conftest import profile_of_articles

FATHER_AND_SON = {
    "a01.txt": ("2020-05-02", ("Mayor Tom Reyes Jr. married Ivy Moss on Saturday in Reno.\n\nTom Reyes Jr., 41, and "
                               "Ivy Moss, 38, met in 2015.\n\nThe mayor's father, former congressman Tom Reyes Sr., "
                               "and his wife, Nina, hosted the reception.")),
    "a02.txt": ("2022-03-01", ("Tom Reyes Jr. filed for divorce from Ivy Moss on Monday.\n\nTom Reyes Jr. and Moss "
                               "have two children. Reyes said the split was amicable.")),
    "a03.txt": ("2023-01-09", ("Former congressman Tom Reyes Sr. died on Friday at 80.\n\nHe married Nina Lund in "
                               "1966. She survives him, as do their son, Mayor Tom Reyes Jr., and their daughter, "
                               "Ada Reyes Hill.")),
}


def test_the_father_written_with_the_rarer_suffix_is_a_person_of_his_own(tmp_path: Path) -> None:
    """"Tom Reyes Sr. and his wife, Nina" made the son, to whom the articles give "Jr." more often, his mother's
    husband: a name written with the suffix used less often is the other man's."""
    profile = profile_of_articles(tmp_path, FATHER_AND_SON)
    spouses = {frozenset((r.person, r.other)) for r in profile.relations if r.kind == "spouse"}
    assert "Tom Reyes Sr." in {p.name for p in profile.people}
    assert not [pair for pair in spouses if "Tom Reyes" in pair and ("Nina Lund" in pair or "Nina" in pair)]


def test_a_relative_named_after_a_title_is_named_there(tmp_path: Path) -> None:
    """"their son, Mayor Tom Reyes Jr., and their daughter, Ada Reyes Hill": the son is named after his title, so
    the second "their" is never his (his sister was published as his daughter)."""
    profile = profile_of_articles(tmp_path, FATHER_AND_SON)
    assert not [r for r in profile.relations if r.kind == "child" and r.person == "Ada Reyes Hill"
                and r.other == "Tom Reyes"]
