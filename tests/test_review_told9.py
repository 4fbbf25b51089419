"""Parts of a statement's sentence left to the paragraph ("[…]", generator/told_asides.py): review_told9's
corpora (tests/cases/review_told9, FINDINGS.md), written to make the rule leave out what the paragraph does not
tell. Before the rule was narrowed, each of these showed a "[…]" for another's event, for words that what follows
refers back to, or inside someone's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_told9"


@pytest.mark.parametrize("case", [
    "case05",  # "[…] the Blue Door opened three years later": three years after what?
    "case06",  # the brother's "and he married her in 2008", left to the couple's wedding
    "case08",  # the sister's "and the couple married in 2008"
    "case26",  # "and Hale married her in 2008": the brother Hale
    "case29",  # the classmates' "and they married in 2008"
    "case33",  # "'We got engaged in 2007 […]; ...'": someone's words in single quotation marks
    "case36",  # "[…] their first son, Theo, was born the following year"
    "case38",  # "Ana Mora and Luis Mora […] divorced in 2015": the neighbours' own wedding
])
def test_nothing_the_paragraph_does_not_tell_is_left_out(case: str, tmp_path: Path) -> None:
    profile, _ = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))
    left_out = [st.text for sec in profile.sections for st in sec.statements if "[…]" in st.text]
    assert left_out == []
