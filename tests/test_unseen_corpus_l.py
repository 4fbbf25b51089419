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


def test_places_shows_laws_and_titles_are_no_people(profile: Profile) -> None:
    """The first reading's people page listed "Brisbane" and "Melbourne" (a relation word before "Brisbane
    physio Claire Hartigan" and "Melbourne restaurateur Hamish Lau" made them someone), "Honour" ("Her Honour
    made orders"), "Will Sunup" ("Will Sunup viewers be hearing wedding bells?"), "Sunup West" (a show: "a
    sort of Sunup West"), "Western Australia" and "Family Law Act"."""
    names = {p.name for p in profile.people}
    assert not names & {"Brisbane", "Melbourne", "Honour", "Will Sunup", "Sunup West", "Western Australia",
                        "Family Law Act"}, names


def test_a_full_name_given_is_the_same_person(profile: Profile) -> None:
    """"Venkat, whose full name is Anirudh Kartik Venkataraman": one person, not two."""
    (ani,) = [p for p in profile.people if p.name == "Ani Venkat"]
    assert "Anirudh Kartik Venkataraman" in ani.aliases
    assert "Anirudh Kartik Venkataraman" not in {p.name for p in profile.people}


def test_mr_is_never_a_woman(profile: Profile) -> None:
    """"Consent orders made in August give Mr Venkataraman $2.1 million": the article named only his sister
    Meera Venkataraman in full, and the first reading gave "Mr Venkataraman" to her."""
    (st,) = [st for st in _statements(profile) if "give Mr Venkataraman $2.1 million" in st.text]
    assert "Meera Venkataraman" not in st.people


def test_the_couple_s_wedding_cites_the_wire_and_not_a_guest(profile: Profile) -> None:
    """The wire's "PERTH, April 15 (ANW) - ... have married in a beachside ceremony" gave no year (its
    dateline's month stood too far from the wedding), and "The couple exchanged vows ... in front of about 120
    guests, including Venkat's Sunup co-host Annie Fitzgerald" made the wedding his and his co-host's: the
    record of their wedding cited one article; "married on Rottnest Island in April 2018 after getting engaged
    on the day ..." was read as a wedding only planned ("getting engaged": of "are getting married")."""
    (married,) = [r for r in profile.records if r.slot == "married" and set(r.about) == COUPLE]
    assert {c.source[:3] for c in married.citations} >= {"l03", "l09", "l20"}
    assert not [c for c in profile.conflicts if c.slot == "married" and "Annie Fitzgerald" in c.subject
                and c.values[0].value == "2018"]


def test_the_law_of_marriage_is_no_wedding(profile: Profile) -> None:
    """"getting engaged on the day same-sex marriage became legal in December 2017" dated a wedding to 2017, and
    so did "Couples must give at least one month's notice of their intention to marry"."""
    assert not [f for f in profile.facts if f.slot == "married" and f.value == "2017"]


@pytest.mark.parametrize("words, section", [
    ("older sister, comedian and radio host Meera Venkataraman, was less discreet", "background"),
    ("joint decision-making responsibility", "custody"),
    ("the exes threw ONE party together", "reconciliation"),
])
def test_sections_by_what_the_sentence_tells(words: str, section: str, profile: Profile) -> None:
    """A sister introduced by name is the family they come from (the first reading put nine such sentences
    in the current family); Australian parenting orders are custody; a joint party of the exes is their thaw."""
    found = [sec.key for sec in profile.sections for st in sec.statements if words in st.text]
    assert found == [section], found
