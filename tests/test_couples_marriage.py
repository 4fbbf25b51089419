"""The couple's own marriage on the people page, where no sentence names both of them beside a word of
marriage (tests/cases/couples_marriage: "The actress and the producer tied the knot in 2012", "The two
married in 2012", "Ann Lee has filed for divorce from Bob Ray"): the fact check's records give it
(relations.with_the_couples_marriage). A marriage told as over ("was previously married to") is a former one."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import CASES, corpus_config


def _profile(tmp_path: Path) -> Profile:
    shutil.copytree(CASES / "couples_marriage", tmp_path / "seeds")
    return analyse(corpus_config(tmp_path / "seeds", tmp_path / "docs"))[0]


def _spouses(profile: Profile) -> set[tuple[str, frozenset[str], str, str]]:
    return {(r.kind, frozenset((r.person, r.other)), r.start, r.end) for r in profile.relations
            if r.kind in ("spouse", "former-spouse")}


def test_the_couple_s_marriage_comes_from_the_records(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    ours = [r for r in profile.relations if {r.person, r.other} == {"Ann Lee", "Bob Ray"}]
    assert [(r.kind, r.start, r.end) for r in ours] == [("former-spouse", "2012", "2024")]
    # cited by the articles the wedding's record cites, each quoting its own words
    assert {c.source.split("_")[0] for c in ours[0].citations} == {"a1", "a2", "a3"}


def test_a_marriage_told_as_over_is_a_former_one(tmp_path: Path) -> None:
    """"Ray was previously married to Jo Roe, with whom he shares a son.\""""
    assert ("former-spouse", frozenset(("Bob Ray", "Jo Roe")), "", "") in _spouses(_profile(tmp_path))
