"""Small corpora an adversarial review wrote against the records of what the couple are known for, the
filer and the brackets (tests/cases/review_known_for): none of the falsehoods it made may come back."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse
from generator.render import record_texts

from .conftest import CASES, corpus_config


def _profile(name: str, tmp: Path) -> Profile:
    shutil.copytree(CASES / "review_known_for" / name, tmp / "seeds")
    return analyse(corpus_config(tmp / "seeds", tmp / "docs"))[0]


def _statements(profile: Profile) -> list[str]:
    return [st.text for sec in profile.sections for st in sec.statements]


@pytest.mark.parametrize("name", ["c1", "c2", "c3", "c6"])
def test_no_known_for_record_of_a_possession_a_verb_or_another_person(name: str, tmp_path: Path) -> None:
    """"Bram Tolliver's company, Juniper Foods", "Dorian Vell met the star of Night Ferry, Gwen Ambrose",
    "Marla Quint, the Salt Lines author's wife", "Marla Quint wrote Christmas Eve that ...": no record."""
    profile = _profile(name, tmp_path)
    assert not [r for r in profile.records if r.slot == "known-for"], record_texts(profile)


@pytest.mark.parametrize("name", ["c2", "c6"])
def test_no_filer_named_against_another_word(name: str, tmp_path: Path) -> None:
    """"Contrary to early reports that Marla Quint filed ..., it was Vell who filed"; "Quint's lawyer says
    Dorian Vell filed ...; Vell's lawyer insists it was Quint": the filing names no one."""
    texts = record_texts(_profile(name, tmp_path))
    filed = [t for t in texts.values() if "filed" in t]
    assert filed and not any("filed for divorce from" in t for t in filed), filed


def test_no_bracket_for_the_one_asked_about_nor_an_author_named_after_her_work(tmp_path: Path) -> None:
    """"Asked about Vell, she said" was "she [Dorian Vell] said"; "thanked the author of Salt Lines, Tova
    Renn" was "the author [Marla Quint] of Salt Lines"."""
    said = _statements(_profile("c1", tmp_path))
    assert not [t for t in said if re.search(r"she \[Dorian Vell\]|the author \[Marla Quint\]", t)], said
