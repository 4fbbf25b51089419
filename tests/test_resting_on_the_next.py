"""A sentence whose news the next sentence says an unnamed source gave rests on that source (corpus_q: a tabloid's
"It's official: ... it has cost the singer a cool £1.6 million." then "The payout, confirmed to Natter by a source
close to the settlement, ..." was shown as the outlet's own reporting)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import UNNAMED

from .conftest import profile_of_articles

FIRST = "It's official: Ann Lee and Bob Ray are divorced, and it has cost the singer a cool £1.6 million."


@pytest.mark.parametrize(("after", "unnamed"), [
    ("The payout, confirmed to Natter by a source close to the settlement, is one of the biggest ever.", True),
    ("The figure, which one insider revealed to us, stunned their friends.", True),
    ("The payout, confirmed to Natter by a representative for the couple, is one of the biggest ever.", False),
    ("The payout is one of the biggest ever, a source close to the settlement said.", False),
])
def test_news_the_next_sentence_credits_to_an_unnamed_source(after: str, unnamed: bool, tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2021-01-28", f"{FIRST} {after}\n\nAnn Lee and Bob Ray married in 2011."),
        "a2.txt": ("2021-01-29", "Ann Lee and Bob Ray married in 2011 in Tenby."),
    })
    (st,) = [st for sec in profile.sections for st in sec.statements if "cool" in st.text]
    assert (st.attribution == UNNAMED) == unnamed, st
