"""The eleventh gold corpus (tests/cases/corpus_k, written by a helper who never saw the tool: a chef and a
barrister in UK and Irish coverage who divorce and marry each other again, his sister of the same surname,
his engagement in between to a producer): what its first reading found wrong may not come back."""

from __future__ import annotations

import pytest

from generator.model import Profile
from generator.render import record_texts

from .conftest import analysed_case

COUPLE = {"Declan Furlong", "Harriet Lisle"}


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_k")


def test_two_weddings_to_each_other_are_no_disagreement(profile: Profile) -> None:
    """The first reading's fact check said the articles disagree on when they married (2011 or 2024) and
    became engaged (2010 or 2023): the second wedding and the proposal before it were weighed against the
    first. Now each is an event of its own, with its record in the current family."""
    disputed = {(c.slot, frozenset(c.subject)) for c in profile.conflicts if str(c.verdict) == "disagreement"}
    assert ("married", frozenset(COUPLE)) not in disputed and ("engaged", frozenset(COUPLE)) not in disputed, disputed
    by_slot = {r.slot: r for r in profile.records if set(r.about) == COUPLE}
    assert [v.value for v in by_slot["married"].values] == ["2011"]
    assert [v.value for v in by_slot["married-again"].values] == ["2024"]
    assert len({c.source for c in by_slot["married-again"].citations}) >= 3
    assert by_slot["married-again"].section == "current-family"
    assert "married each other again" in record_texts(profile)[by_slot["married-again"].id]


def test_the_end_of_an_engagement_dates_no_engagement(profile: Profile) -> None:
    """"Mr Furlong's engagement to the television producer Tamsin Hale ended last November" made the
    engagement a disagreement of 2019 and 2020."""
    assert not [c for c in profile.conflicts if str(c.verdict) == "disagreement" and c.slot == "engaged"]


def test_titles_places_and_ranks_are_no_people(profile: Profile) -> None:
    """The first reading's people page listed "Long Table" (a radio show, 24 mentions, with "Furlong's
    Table" as its alias "Table"), "Co Cork", "Counsel" and "Yorkshire Dales"."""
    names = {p.name for p in profile.people}
    assert not names & {"Long Table", "Co Cork", "Counsel", "Yorkshire Dales"}, names


def test_no_wrong_bracket(profile: Profile) -> None:
    """Brackets the first reading got wrong: a baby named in his father's quotation, the sister named in
    the barrister's, the barrister for the judge who spoke last ('"...," Mrs Justice Penhallow said. She
    ordered ...'), the barrister for the sister whose aside stood between ('Ms Lisle, she points out ...')."""
    wrong = {"He [Rory]", "She [Órla Furlong] is careful", "She [Órla Furlong] puts down", "barrister,\" she [Órla Furlong]",
             "She [Harriet Lisle] ordered", "Her [Harriet Lisle] brother"}
    shown = [st.text for sec in profile.sections for st in sec.statements]
    assert not [t for t in shown if any(w in t for w in wrong)]

