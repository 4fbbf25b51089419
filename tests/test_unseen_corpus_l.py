"""The twelfth gold corpus (tests/cases/corpus_l, written by a helper who never saw the tool: two men in
Australian coverage, a breakfast-TV presenter known on air by a shorter name and a paediatric surgeon with a
daughter from his first marriage, who marry, have twins by surrogacy, divorce under Australian law and fight
over a move to Perth): what its first reading found wrong may not come back."""

from __future__ import annotations

import pytest

from generator.model import UNNAMED, Profile

from .conftest import analysed_case

COUPLE = {"Ani Venkat", "Declan Fitzmaurice"}


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_l")


def _statements(profile: Profile) -> list:
    return [st for sec in profile.sections for st in sec.statements]


@pytest.mark.parametrize("words", [
    "the couple signed a binding financial agreement before the big day",  # "It is understood ..."
    "it's a month in Kerala",  # "We hear ..."
    "gave a toast that went on (sources say) for eleven minutes",
    "Fitzmaurice has moved into a rented apartment in Woollahra",
    "the pair have been quietly dating since October",
])
def test_the_press_s_formulas_for_an_unnamed_source_are_marked(words: str, profile: Profile) -> None:
    """The first reading passed five of the corpus's fifteen unnamed-source claims off as reporting."""
    (st,) = [st for st in _statements(profile) if words.lower() in st.text.lower()]
    assert st.attribution == UNNAMED


def test_an_application_is_no_date_of_the_final_divorce(profile: Profile) -> None:
    """"Dr Fitzmaurice filed a sole application for divorce in June" (read as the divorce of 2023, on the
    cue word "divorce") was weighed, by the new check of dates, against "The divorce order was made on 22
    September 2023": a disagreement the articles do not have."""
    assert not [c for c in profile.conflicts if c.slot.endswith(" date") and str(c.verdict) == "disagreement"]


def test_no_wrong_bracket_in_the_planted_traps(profile: Profile) -> None:
    """The quotations planted after a paragraph about the other husband ('"He's gutted, but he's not
    bitter"', Meera of her brother; '"He's a good man and a good dad"', the first wife of Declan) carry no
    bracket, and the brackets the first reading gave are right."""
    shown = [st.text for st in _statements(profile)]
    assert not [t for t in shown if "He [" in t and ("gutted" in t or "good dad" in t or "waited ten years" in t
                                                    or "cooks for him" in t or "FaceTimes" in t)]
    assert any("He [Declan Fitzmaurice] was back in his seat" in t for t in shown)
    assert any("She [Meera Venkataraman] split from her own husband" in t for t in shown)
