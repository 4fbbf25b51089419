"""Who is a person, one small case each (tests/cases/units/people.yml): the people a passage must
give, with their aliases, and the names it must not give (outlets, months as dates, titles,
companies, places, shows); known limits are marked xfail with the reason."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.model import Person
from generator.people import recognise
from generator.pipeline import analyse
from generator.segment import segment
from tests.conftest import CASES as CASE_FOLDERS
from tests.conftest import corpus_config

from .units import load, source

CASES = load("people.yml")


def _people(case: dict[str, Any]) -> tuple[Person, ...]:
    """The recogniser run over the case's articles, one source each, as the pipeline reads them."""
    texts = case.get("articles") or [case["text"]]
    sentences = [s for n, text in enumerate(texts) for s in segment(replace(source(text.strip()), id=f"case{n}"))]
    return recognise(sentences)[1]


@pytest.mark.parametrize("case", [
    pytest.param(c, id=(c.get("text") or c["articles"][0])[:40],
                 marks=[pytest.mark.xfail(reason=c["xfail"], strict=True)] if "xfail" in c else [])
    for c in CASES])
def test_people(case: dict[str, Any]) -> None:
    people = _people(case)
    found = {p.name: set(p.aliases) for p in people}
    want = case["people"]
    expected = want if isinstance(want, dict) else dict.fromkeys(want, None)
    for name, aliases in expected.items():
        assert name in found, f"{name} not found: {found}"
        if aliases is not None:
            assert set(aliases) <= found[name], f"{name}: {found[name]}, expected {aliases}"
    forms = set(found) | {a for aliases in found.values() for a in aliases}
    assert not forms & set(case.get("not", ())), f"not people: {forms & set(case.get('not', ()))}"


def test_a_surname_that_names_a_family_is_no_mention_of_its_person() -> None:
    """"The whole Ray clan", "the Ray family": the family, not Bob Ray, whom "Ray" stands for
    elsewhere (a reader's corpus: "the whole Orzolan clan: Benedek's brother Miklós Orzolan and his
    wife Réka ..." made the clan's Orzolan the clause's subject and Réka his wife)."""
    text = ("Bob Ray said he was proud. Ray said he would stay on. It has been a busy year for the whole Ray "
            "clan: Bob's brother Tom Moss and his wife Ivy welcomed twin girls. The Ray family said nothing.")
    sentences, _people = recognise(segment(source(text)))
    said = [s.text[m.start - s.start:m.end - s.start] for s in sentences for m in s.mentions if m.person == "Bob Ray"]
    assert said == ["Bob Ray", "Ray", "Bob"], said


def test_businesses_and_nicknames_on_an_unseen_corpus(tmp_path: Path) -> None:
    """corpus_h, measured before any rule was made for it: "Brannock Row Capital" (and "Brannock Row",
    with the surname "Brannock") was the husband of the profile's couple, "Corvane Systems", "Duluth
    Curling Club", "Cleveland Botanical Garden" and "Daily Dish" (the outlet "The Daily Dish") were
    people, and 'Teodor "Teddy" Brannock' was two people."""
    seeds = tmp_path / "seeds"
    shutil.copytree(CASE_FOLDERS / "corpus_h" / "seeds", seeds)
    profile, _spans = analyse(corpus_config(seeds, tmp_path / "docs"))
    names = {p.name: p for p in profile.people}
    assert profile.subject == "Oriane Falk and Teddy Brannock"
    assert {"Brannock", "Teodor Brannock"} <= set(names["Teddy Brannock"].aliases)
    assert not {n for n in names if n.startswith(("Brannock Row", "Corvane", "Duluth", "Cleveland", "Daily"))}, names
