"""The seventeenth gold corpus (tests/cases/corpus_q, written by a helper who never saw the tool: a Welsh singer and an
English rugby player, his son from a first marriage, their two children, a relocation fight, a settlement a tabloid
and a court report give differently, a correction notice, a Q&A, both remarried): what its first reading published
wrongly may not come back."""

from __future__ import annotations

import pytest

from generator.model import ON_RECORD, UNNAMED, Profile

from .conftest import analysed_case


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_q")


def _statement(profile: Profile, words: str) -> str:
    (text,) = [st.text for sec in profile.sections for st in sec.statements if words in st.text]
    return text


def test_the_q_and_a_brackets_no_one_named_in_an_earlier_answer(profile: Profile) -> None:
    """"He read out the wrong raffle ticket twice" (how the couple met) and "His name is Ellis Marwood" (her new
    partner) were both bracketed as the couple's young son, named in the answer before."""
    assert "Dylan" not in _statement(profile, "raffle ticket")
    assert "Dylan" not in _statement(profile, "His name is Ellis Marwood")


def test_the_tabloid_s_sum_rests_on_its_unnamed_source(profile: Profile) -> None:
    """"It's official: ... it has cost the Copperline singer a cool £1.6 million." is followed by "The payout, confirmed
    to Natter by a source close to the settlement, ...": not the outlet's own finding."""
    (st,) = [st for sec in profile.sections for st in sec.statements if "a cool £1.6 million" in st.text]
    assert st.attribution == UNNAMED


def test_the_two_settlement_sums_disagree(profile: Profile) -> None:
    """The court report's £1.1 million and the £1.6 million another tabloid took from Natter ("Rhiannon reportedly
    paid Jory £1.6 million when they divorced in 2021, according to Natter, after a bruising battle ...")."""
    found = [sorted(v.value for v in c.values) for c in profile.conflicts if c.slot == "settlement"]
    assert found == [["£1.1 million", "£1.6 million"]]


def test_the_correction_notice_s_account_of_its_error_is_no_one_s_word_and_no_event(profile: Profile) -> None:
    """"An article on Thursday about the divorce of Rhiannon Pryce and Jory Penhallow described Kit Penhallow as the
    couple's son." was Jory Penhallow's word (the name before "described") and a 2021 event on the timeline."""
    (st,) = [st for sec in profile.sections for st in sec.statements if st.text.startswith("An article on Thursday")]
    assert st.attribution != ON_RECORD, st
    assert not [e for e in profile.timeline if e.text.startswith("An article on Thursday")]


def _cited(profile: Profile, words: str) -> set[str]:
    (st,) = [st for sec in profile.sections for st in sec.statements if st.text.startswith(words)]
    return {c.source.split("_")[0] for c in st.citations}


@pytest.mark.parametrize(("statement", "not_cited"), [
    # "living separate lives" is no separation: the filing "three months after the couple announced their
    # separation" was corroborated by a tabloid's "the pair had been 'living separate lives'"
    ("The singer Rhiannon Pryce has filed for divorce", "q08"),
    # a second child is a claim the list of the children does not make
    ("It is the couple's second child.", "q16"),
    # "see their father several times a week" (before the ruling) is another arrangement than alternate weekends
    ("The children live with their mother in Bristol during term time", "q09"),
    # a second marriage: "Penhallow, who was born in Truro, has won 34 caps for England" does not say so
    ("It is the second marriage for Penhallow", "q01"),
])
def test_no_citation_of_an_article_that_does_not_say_it(statement: str, not_cited: str, profile: Profile) -> None:
    assert not_cited not in _cited(profile, statement)


def test_a_form_of_address_is_no_description(profile: Profile) -> None:
    """"Her Honour Judge Imelda Strachan" made "Imelda Strachan is described as a Honour Judge."."""
    described = [v.value for r in profile.records if r.slot == "described-as" and "Imelda Strachan" in r.about
                 for v in r.values]
    assert described == ["a judge"]


@pytest.mark.parametrize("words", ["These days the pair are so friendly they sat together",
                                   "Pryce and Penhallow, who fought a bitter court battle"])
def test_the_exes_together_after_the_split_are_the_thaw(words: str, profile: Profile) -> None:
    """Both lines stood under Divorce and Custody (a neighbour's "divorced in 2021", the aside's "court battle")."""
    assert [sec.key for sec in profile.sections for st in sec.statements if st.text.startswith(words)] == ["reconciliation"]
