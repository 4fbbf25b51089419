"""A review of the day's rules of attribution, brackets and interviews (tests/cases/review_today7: 34 small
corpora, FINDINGS.md), made against the code before and after them: named people and officials over-marked as
unnamed, a title's interviewee lost. Each answered case holds what a careful reader expects; the limits stay listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import ON_RECORD, REPORTED, UNNAMED
from generator.pipeline import analyse
from generator.segment import _attribution

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today7"


@pytest.mark.parametrize("text, attribution", [
    ("A friend of Bob Ray's wife, Ann Lee, who was not authorized to comment, said the couple had split in January.",
     UNNAMED),  # case13: the friend speaks, not Ann Lee
    ("The waiter, a man in his thirties, says the couple argued all night.", UNNAMED),  # case23
    ("The witness, Dana Fisk, told the court that she saw the couple arguing.", ON_RECORD),  # case14
    ("Both friends, Jo Roe and Cy Moss, say the couple are happier than ever.", ON_RECORD),  # case15
    ("Judge Dana Fisk hears the custody case on Monday.", REPORTED),  # case16
    ("Ray's spokesperson, Cy Moss, denied rumours of a split.", REPORTED),  # case17: never unnamed
    ("According to a report released by the court, the children should stay with Lee.", REPORTED),  # case18
    ("Ann Lee cited her friends as the reason she stayed in Malibu.", REPORTED),  # case19
    ("Lee was called to the stand by Ray's attorney, Cy Moss, on Tuesday.", REPORTED),  # case20
    ("Lee's settlement offer was rejected by Ray in March.", REPORTED),  # case21
    ("Lee was called by a friend on the night of the crash.", REPORTED),  # case21
])
def test_who_speaks(text: str, attribution: str) -> None:
    """An unnamed one stays unnamed; a named one, an official or a document is never marked unnamed."""
    got = _attribution(text, ("Glimmer",))[0]
    assert got == UNNAMED if attribution == UNNAMED else got != UNNAMED


def _statements(case: str, tmp_path: Path) -> dict[str, str]:
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    return {st.text: st.attribution for sec in profile.sections for st in sec.statements}


@pytest.mark.parametrize("case, words", [
    ("case05", '"I have learned to say no," she adds.'),  # after "Her friends, ..., say ...": hers
    ("case34", "They said in a joint statement"),  # after "Sources claimed ...": the couple's
])
def test_a_named_one_goes_on_on_the_record(case: str, words: str, tmp_path: Path) -> None:
    found = [a for t, a in _statements(case, tmp_path).items() if words in t]
    assert found and all(a != UNNAMED for a in found), found


def test_a_title_that_talks_to_the_outlet_keeps_its_interviewee(tmp_path: Path) -> None:
    """case01: "Ann Lee talks to Glimmer about life after divorce"."""
    assert [t for t in _statements("case01", tmp_path) if t.startswith("[Ann Lee:]")]


@pytest.mark.parametrize("case, words", [
    ("case25", "but Ann Lee told the Daily Example they are fine"),  # hearsay and a named answer in one sentence
    ("case26", "telling Page Nine"),
])
def test_known_limit_hearsay_beside_a_named_answer(case: str, words: str, tmp_path: Path) -> None:
    found = [a for t, a in _statements(case, tmp_path).items() if words in t]
    if any(a == UNNAMED for a in found):
        pytest.xfail("FINDINGS.md: a sentence that tells hearsay and a named answer is marked as the hearsay's")
