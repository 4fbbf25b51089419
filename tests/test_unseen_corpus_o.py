"""The fifteenth gold corpus (tests/cases/corpus_o, written by a helper who never saw the tool: two women in
Canada, a Montreal chef and an Olympic swimmer turned broadcaster, a courthouse wedding in Montreal and a second
celebration in Kerala a year later, a daughter she carried and a son born to a surrogate, a separation, a divorce
in Quebec, a fight over a move to Toronto, a remarriage to a surgeon; names that change with marriage, a
podcast transcript, a Q&A, a live blog, a correction): what its first reading published wrongly may not come
back."""

from __future__ import annotations

import pytest

from generator.model import UNNAMED, Profile

from .conftest import analysed_case


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_o")


def _shown(profile: Profile) -> dict[str, str]:
    return {st.text: st.status for sec in profile.sections for st in sec.statements}


@pytest.mark.parametrize("name", ["Old Montreal", "Fort Kochi", "Swimming Canada", "Ten Quebec", "Beijing Olympics",
                                  "La Table de Maëlle"])
def test_places_bodies_and_shows_are_no_people(name: str, profile: Profile) -> None:
    """"a restaurant in Old Montreal" made "Old Montreal" a person whom every "Montreal" named: the couple's
    wedding record was about "Old Montreal" (and so no wedding date or guest count was ever weighed)."""
    assert name not in {p.name for p in profile.people}


def test_the_wedding_is_the_couples(profile: Profile) -> None:
    (married,) = [c for c in profile.conflicts if c.slot == "married" and "2013" in {v.value for v in c.values}]
    assert set(married.subject) == {"Maëlle Gauthier-Roy", "Priya Nandakumar"}


@pytest.mark.parametrize("slot", ["married date", "child-born date", "wedding-guest-count August 2014"])
def test_the_planted_disagreements_are_listed(slot: str, profile: Profile) -> None:
    """The courthouse wedding on August 17 or 24, 2013; Élodie born March 3 or 13 (found once the son born to a
    surrogate, "Their son" in the paragraph after "she and her wife", is the couple's child); some 400 or nearly
    600 guests at the second celebration in Kerala, each report dating it in its own sentence ("On Saturday,
    Aug. 23, ... celebrated their marriage again ...")."""
    assert [c for c in profile.conflicts if c.slot == slot and str(c.verdict) == "disagreement"]


def test_a_judge_signing_off_on_their_split_is_no_separation(profile: Profile) -> None:
    """"... are officially divorced after a judge signed off on their split on Friday" gave a separation in 2021,
    a false disagreement with the separation of 2019."""
    assert not [c for c in profile.conflicts if c.slot == "separated" and str(c.verdict) == "disagreement"]


def test_an_editors_note_in_brackets_is_shown_without_them(profile: Profile) -> None:
    """"[Transcript excerpt. ... lightly edited.]": shown with its brackets, a reader takes the note for a
    clarification inserted into a quotation."""
    notes = [t for t in _shown(profile) if "Transcript excerpt" in t]
    assert notes and not [t for t in notes if t.startswith("[") or t.endswith("]")]


@pytest.mark.parametrize("words", ["more of a pudding by the end", "They're civil",
                                   "changed the temperature of the kitchen"])
def test_an_unnamed_partygoer_pal_and_cook_are_unnamed(words: str, profile: Profile) -> None:
    """"according to one partygoer's Instagram caption", '"They're civil," one pal shrugged', "One longtime La
    Grive cook says" were the outlets' own reporting."""
    found = [status for t, status in _shown(profile).items() if words in t]
    assert found and all(status == UNNAMED for status in found), found


def test_a_pronoun_the_sentence_names_gets_no_bracket(profile: Profile) -> None:
    """"The same article also misspelled the name of the judge. She is Justice Louise Beaubien of Quebec Superior
    Court, ...": the sentence says who "She" is, yet the broadcaster named before was put in brackets."""
    shown = [st.text for sec in profile.sections for st in sec.statements]
    assert [t for t in shown if t.startswith("She is Justice Louise Beaubien")]
