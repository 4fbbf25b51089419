"""A statement's label counts every fact its words give (compose._verdicts): a sentence that words an
agreed figure and also says a disputed one is Disputed, whichever claim it words. A fact-checker's
find on the seeds: "Alec and Kim spent seven years in a bitter divorce battle and while the financial
negotiations took about 18 months ..." was labelled Corroborated (the 18 months agree) though the
articles disagree on the seven years."""

from __future__ import annotations

from pathlib import Path

from generator.model import DISPUTED

from .conftest import profile_of_articles

ARTICLES = {
    "a1.txt": ("2015-03-01", ("Ann Lee and Bob Ray married in 2001. The custody battle lasted seven years, and "
                              "the financial negotiations took about 18 months, according to Bob Ray.")),
    "a2.txt": ("2016-03-01", ("Bob Ray wed Ann Lee in Reno. Bob Ray said the fight over the children went on six "
                              "years.")),
}


def test_a_statement_that_says_a_disputed_figure_is_disputed(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, ARTICLES)
    assert any(c.verdict == "disagreement" for c in profile.conflicts if c.slot == "dispute-length"), profile.conflicts
    both = [st for sec in profile.sections for st in sec.statements
            if "seven years" in st.text and "18 months" in st.text]
    assert both and all(st.status == DISPUTED for st in both), both
