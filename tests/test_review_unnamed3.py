"""A third review of unnamed sources passed off as reporting (tests/cases/review_unnamed3: 39 small corpora,
FINDINGS.md): crowds read as names, rumour formulas, reports no outlet is named for, what she told "those around
her". Each answered finding holds here; the limits left are listed in FINDINGS.md's status and the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import ON_RECORD, UNNAMED
from generator.pipeline import analyse
from generator.segment import _attribution

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_unnamed3"


@pytest.mark.parametrize("text", [
    "Staff at the hotel said Bob Ray and Ann Lee married there in 2009.",  # U1, case19
    "Villagers say Ray and Lee separated in 2022.",  # U1
    "Hotel staff say the couple have not been seen together since.",  # U1, case03
    "Other parents at the school said Lee seemed upset at the sports day on Friday.",  # U10, case11
    "Whispers are that Ann Lee quietly married Tom Vale in Lisbon in February.",  # U2, case22
    "The word from the set of her new film is that Lee is pregnant.",  # U2
    "Ann Lee and Bob Ray have separated after 12 years of marriage, reports say.",  # U8, case06
    "Tabloids reported that Ray moved out of the family home in Hollowell in April.",  # U8
    "Lee has hired the divorce lawyer Jo Roe, local media reported.",  # U8
    "The baby is due in March, media reports said.",  # U8, case26
    "Ann Lee has told those around her that she wants a divorce from Bob Ray.",  # U13, case17
    "The Daily Post has exclusively learned that Ann Lee is engaged to the architect Tom Vale.",  # U14, case12
])
def test_no_one_named_says_it(text: str) -> None:
    assert _attribution(text, ("The Daily Blaze",))[0] == UNNAMED


@pytest.mark.parametrize("text", [
    "Lee's word is final on the matter, her lawyer Cy Moss said.",  # a named one's word (was unnamed before)
    "Ann Lee told reporters that she wants a divorce from Bob Ray.",
    "Fanny Lee said the couple split.",
    "Parents' lawyer Cy Moss said the children will stay with Lee.",
    "Ann Lee said the press reported her divorce wrongly.",
])
def test_a_named_one_stays_on_the_record(text: str) -> None:
    assert _attribution(text, ("The Daily Blaze",))[0] == ON_RECORD


@pytest.mark.parametrize("text", ["Police said Ray was not arrested.", "Page Nine reports that Lee and Ray split.",
                                  "Court reports show the divorce was final in May."])
def test_officials_and_named_outlets_are_not_unnamed(text: str) -> None:
    assert _attribution(text, ("The Daily Blaze",))[0] != UNNAMED


def test_hotel_staff_give_no_written_wedding(tmp_path: Path) -> None:
    """case19: the wedding year and the separation rested only on hotel staff and villagers; they are unnamed
    sources' claims, never a written record of the fact check."""
    profile = analyse(corpus_config(REVIEW / "case19", tmp_path / "docs"))[0]
    marked = [(st.text, st.attribution) for sec in profile.sections for st in sec.statements
              if "Staff at the hotel" in st.text or "Villagers say" in st.text]
    assert len(marked) == 2 and all(a == UNNAMED for _t, a in marked), marked
    assert not [r for r in profile.records if r.slot in ("married", "separated")]
