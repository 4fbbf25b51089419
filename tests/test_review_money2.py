"""A same-day adversarial review of the day's settlement and date rules (tests/cases/review_money2: 27 small
corpora the reviewer wrote, FINDINGS.md says what each published). Each case made the fact check list a
disagreement the articles do not have: another deal's sum, an earlier marriage's settlement, a relative's
"he", a part against the whole, two currencies, a relative's wedding or birth, a second ceremony, an
interview's date, a range. None may come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_money2"
# the case, and what it tried (FINDINGS.md)
FALSE_ALARMS = {
    "case01": "to settle out of court, after a sous-chef sued him",
    "case02": "a payout when she sold her skincare line",
    "case03": "paid $1.5 million to end his first marriage",
    "case04": "the $6 million Bel Air house under the settlement",
    "case05": "a settlement in her wrongful-termination lawsuit",
    "case06": "his father says he paid $500,000 to end his own marriage",
    "case07": "a one-time payment into a college fund",
    "case08": "her mother recalls that she had to pay a settlement",
    "case09": "a son and a second child born the same year",
    "case11": "her younger sister tied the knot in July 2011",
    "case12": "a petition and a counter-petition",
    "case14": "guests welcomed to a restaurant's opening",
    "case15": "a payout when the network axed his show",
    "case16": "a lump sum against a settlement that includes a house",
    "case17": "A$2 million against US$1.5 million",
    "case18": "his nephew was born in July",
    "case19": "a celebration from 16 to 18 June",
    "case20": "a register office and a church blessing",
    "case22": "a 2 July 2011 interview",
    "case23": "her mother walked away with a payout",
    "case24": "a settlement cut on appeal",
    "case25": "first met his parents in December 2008",
    "case26": "a payout for a tell-all memoir",
}


@pytest.mark.parametrize("case", sorted(FALSE_ALARMS), ids=[f"{c}: {w}" for c, w in sorted(FALSE_ALARMS.items())])
def test_no_false_disagreement_of_a_sum_or_a_date(case: str, tmp_path: Path) -> None:
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    disputed = [f"{c.slot}: {' / '.join(v.value for v in c.values)}" for c in profile.conflicts
                if str(c.verdict) == "disagreement" and c.slot != "born"]
    assert not disputed, disputed
