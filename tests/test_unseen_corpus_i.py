"""The ninth gold corpus (tests/cases/corpus_i, written by a helper who never saw the tool): what its
first reading found wrong may not come back."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import analysed_case


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_i")


def test_the_couple_is_the_married_pair_not_a_name_from_her_show(profile: Profile) -> None:
    """Her cookery show, "Izzy's Table", made "Izzy" a person named with her more often than her
    husband, and the profile was of "Isabel Dunleavy and Izzy", who "separated in 2016" (a rule that
    preferred a married pair to the pair named most was taken back: a review showed an unmarried couple
    then lost to her ex-husband; the show's name is no mention now, people.possessive_titles)."""
    assert profile.subject == "Isabel Dunleavy and Rory Dunleavy"
    couple_records = [r for r in profile.records if r.slot in ("married", "separated", "children")]
    assert couple_records and all("Izzy" not in r.about for r in couple_records), couple_records


def test_a_count_that_names_no_one_is_not_the_couple_s(profile: Profile) -> None:
    """"Four kids, two houses, one group chat." (the husband's two with her, his stepson and his daughter
    with his new wife) made the couple's two children grow to four."""
    counts = [r for r in profile.records if r.slot == "children"]
    assert counts and all(v.value == "2" for r in counts for v in r.values), counts


def _statements(profile: Profile) -> list[str]:
    return [st.text for sec in profile.sections for st in sec.statements]


# The wrong brackets of the first reading, each with what made it.
_WRONG = {
    "[Lewis]": "a surname alone of two brothers ('Dunleavy, 35, ... His side'): 'his' went to a boy of nine",
    "[Finn:]": "a quotation going on from '..., he said.' took a child named in the quotation before",
    "[Pennines:]": "'drove the children across the Pennines to say goodbye' made a place a speaker",
    "The chef [Rory Dunleavy]": "'living with a professional chef, Rory has admitted' made him 'the chef'",
    "he [Rory Dunleavy] said": "her spokesman's words, once 'The chef' was taken for the husband",
}


@pytest.mark.parametrize("wrong", sorted(_WRONG))
def test_no_wrong_bracket_of_the_first_reading(profile: Profile, wrong: str) -> None:
    said = [t for t in _statements(profile) if wrong in t]
    assert not said, (_WRONG[wrong], said)


def test_the_fact_check_counts_no_one_else_s_children_and_no_filing_as_a_final_divorce(profile: Profile) -> None:
    """The fact-check page said the couple's children went from two to four (the husband's "Four kids, two
    houses, one group chat.", with his stepson and his new daughter) and counted a business partner's
    ("Pask, who is married with two children"); the brother's wife "raised an action for divorce" (a
    Scottish filing) was read as a final divorce, a false disagreement with the year it became final."""
    counts = [c for c in profile.conflicts if c.slot == "children"]
    assert counts and all(v.value == "2" for c in counts for v in c.values), counts
    body = {s.id: s.body for s in profile.sources}
    quoted = [body[x.source][x.start:x.end] for c in counts for v in c.values for x in v.citations]
    assert quoted and not [q for q in quoted if "Pask" in q or "Four kids" in q], quoted
    assert not [c for c in profile.conflicts if c.slot == "divorce-final" and c.verdict == "disagreement"]


def test_a_show_named_after_its_host_is_no_mention_of_her(profile: Profile) -> None:
    """"Rory married Isabel Ferrante, of Izzy's Table fame, in 2009" was the wedding of three ("Izzy" of
    the show a person), so the listicle's wrong year was no disagreement with everyone else's 2010."""
    married = [c for c in profile.conflicts if c.slot == "married" and c.verdict == "disagreement"]
    assert [sorted(v.value for v in c.values) for c in married] == [["2009", "2010"]], married


def test_possessive_titles_need_two_articles_a_one_word_name_and_no_name_after() -> None:
    from generator.model import Sentence
    from generator.people import possessive_titles

    def s(source: str, text: str) -> Sentence:
        return Sentence(f"{source}:0", source, 0, 0, 0, len(text), text, "reported", None, ())

    forms = {"Ivy": {"Ivy"}, "Ann Lee": {"Ann Lee", "Lee"}, "Bob Ray": {"Bob Ray", "Bob"}}
    said = [s("a", "She presents Ivy's Table on TV."), s("b", "Fans of Ivy's Table cheered."),
            s("a", "The restaurant Lee's Kitchen opened."), s("b", "Lee's Kitchen closed."),  # a person of two words
            s("a", "Ivy's Bob Ray was there."), s("b", "Ivy's Bob Ray left."),  # a name after: no title
            s("c", "The show Ivy's Garden opened."),  # one article
            # no word for a work before it in any article, or a month after the name (a review: her husband
            # was lost to her ex, and a wedding-year disagreement hidden)
            s("a", "Ivy's Instagram post showed Bob Ray."), s("b", "Ivy's Instagram followers cheered."),
            s("a", "The album came out before Ivy's March wedding."), s("b", "Ivy's March wedding was in 2011.")]
    assert possessive_titles(said, forms) == frozenset({("Ivy", "Table")})


def test_her_engagement_to_a_new_partner_is_the_family_s_present(profile: Profile) -> None:
    """"TV chef ... has announced her engagement to her partner of three years, the architect ..." (a live blog of 2026,
    years after the split, whose architect the people stage does not take for a person) stood in the background, with
    the couple's own engagement; it stood in the current family only while a false person (her short form) was
    counted as her ex-husband's new partner."""
    (section,) = {sec.key for sec in profile.sections for st in sec.statements
                  if "announced her engagement to her partner" in st.text}
    assert section == "current-family"


def test_the_brothers_wedding_year_is_never_weighed_as_the_couples(profile: Profile) -> None:
    """While "the couple" beside their listed children was made the article's pair (tests/test_couple_not_children.py),
    the brother's article ("Kilbride Athletic manager Callum Dunleavy and his wife, Shona, are to divorce ... The couple,
    who married in 2008 ..., have one son, Lewis, 9."), whose pair was the corpus's couple for want of its own, made
    2008 a third year of the couple's wedding: the rule holds only where the article has named its pair and no one
    else before."""
    weddings = [c for c in profile.conflicts if c.slot == "married"]
    assert weddings and all(v.value != "2008" for c in weddings for v in c.values), weddings
