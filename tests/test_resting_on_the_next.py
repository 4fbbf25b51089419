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


SETTLED = "Under the terms approved by the court, Ray will pay Lee a $4 million divorce settlement."


@pytest.mark.parametrize(("paid", "weighed"), [
    # corpus_q: the year, who reported it, and how the divorce went after "when they divorced"
    (("Ray paid Lee $6 million when they divorced in 2021, according to court papers, after a bruising battle "
      "over the children which ended with the kids living with her."), True),
    ("Ray paid Lee $6 million when they divorced in 2021.", True),
    # anything else after the sum still makes it another payment
    ("Ray paid Lee $6 million when they divorced in 2021 to buy out her half of the bistro.", False),
    ("Ray paid Lee $6 million last year to buy out her half of the bistro.", False),
])
def test_a_sum_paid_when_they_divorced_is_the_settlement(paid: str, weighed: bool, tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2022-02-10", f"Ann Lee and Bob Ray, who married in 2010, are now officially divorced.\n\n{SETTLED}"),
        "a2.txt": ("2022-03-01", f"The chef Ann Lee and restaurateur Bob Ray parted after twelve years together.\n\n{paid}"),
    })
    found = [sorted(v.value for v in c.values) for c in profile.conflicts if c.slot == "settlement"]
    assert found == ([["$4 million", "$6 million"]] if weighed else []), profile.conflicts
