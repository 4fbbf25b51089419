"""Children named in a list after a word for them ("their twins, Ivy and Tom", "three children: Ivy, Tom and
Rose") are people, and never a party to their parents' events: "The pair tied the knot in Italy in 2013, and
their twins, Ivy and Tom, arrived in 2015" is the pair's wedding, and "Their divorce was finalized in 2020."
after a sentence naming the two and their twins is the two's divorce (tests/cases/twins_named, 3 articles)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import CASES, corpus_config
from .test_extract_cases import facts_of


def _profile(tmp_path: Path) -> Profile:
    shutil.copytree(CASES / "twins_named", tmp_path / "seeds")
    return analyse(corpus_config(tmp_path / "seeds", tmp_path / "docs"))[0]


def test_listed_children_are_no_party_to_the_wedding() -> None:
    text = ("Cy Moss and Jo Roe met in 2011. The pair tied the knot in Italy in 2013, and their twins, Ivy and Tom, "
            "arrived in 2015.")
    assert "married=2013" in facts_of(text, "2022-02-14", ["Cy Moss", "Jo Roe", "Ivy", "Tom"])


def test_the_couple_s_records_stand_beside_their_named_twins(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    records = {(r.slot, r.about, tuple(v.value for v in r.values)) for r in profile.records}
    assert ("divorce-final", ("Cy Moss", "Jo Roe"), ("2020",)) in records
    weighed = {c.slot: (c.subject, {x.source.split("_")[0] for v in c.values for x in v.citations})
               for c in profile.conflicts if c.slot in ("married", "divorce-final")}
    assert weighed == {"married": (("Cy Moss", "Jo Roe"), {"a1", "a2", "a3"}),
                       "divorce-final": (("Cy Moss", "Jo Roe"), {"a1", "a2", "a3"})}
