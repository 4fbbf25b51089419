"""A review of the afternoon's rules (tests/cases/review_today22: 13 small corpora, FINDINGS.md), each wrong answer
answered: "applied for a divorce certificate" is no filing; "granted Ann Lee's application for divorce in March 2022"
is the decree; a lawyer named Cara Beach stays a person (a name ending in "Beach" is a place only where it mostly
stands after "at", "in", "near"); "A$2.4 million property pool" and "a A$4 million house deal" are a thing's price;
the two together go to the thaw only after the split, with no one else named before the verb, no year before the
split, no "never", no "spent eight years together", and "co-hosted" only of a gala or a fundraiser. Each case fails
on the rules as the review found them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today22"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]


def _sections(profile: Profile) -> dict[str, str]:
    return {st.text: sec.key for sec in profile.sections for st in sec.statements}


def test_a_divorce_certificate_is_no_filing(tmp_path: Path) -> None:
    profile = _profile("case06", tmp_path)
    assert not [c for c in profile.conflicts if c.slot == "divorce-filed" and str(c.verdict) == "disagreement"]


def test_a_granted_application_for_divorce_is_the_decree(tmp_path: Path) -> None:
    profile = _profile("case05", tmp_path)
    cited = {c.source for r in profile.records if r.slot == "divorce-final" for v in r.values for c in v.citations}
    assert cited == {"a1", "a2"}


def test_a_lawyer_named_beach_is_a_person(tmp_path: Path) -> None:
    assert "Cara Beach" in {p.name for p in _profile("case12", tmp_path).people}


@pytest.mark.parametrize(("case", "paid"), [("case07", "A$800,000"), ("case08", "A$1.2 million")])
def test_a_thing_s_price_beside_the_settlement_is_no_second_payment(case: str, paid: str, tmp_path: Path) -> None:
    found = [(str(c.verdict), [v.value for v in c.values]) for c in _profile(case, tmp_path).conflicts
             if c.slot == "settlement"]
    assert found == [("agreement", [paid])], found


@pytest.mark.parametrize("words", [
    "Ann Lee and Bob Ray co-hosted the breakfast show",
    "In 2016, Ann Lee and Bob Ray arrived together",
    "Bob Ray and his fiancee Cara Moss arrived together",
    "Ann Lee and her husband Dan Fox sat together",
])
def test_what_is_no_thaw(words: str, tmp_path: Path) -> None:
    sections = _sections(_profile("case03", tmp_path))
    assert [key for text, key in sections.items() if text.startswith(words)] != ["reconciliation"], sections
