"""The nineteenth gold corpus (tests/cases/corpus_s, written by a helper who never saw the tool: a Dublin-born
TV presenter and a Toronto architect, her brother's own divorce, a live blog of the parenting trial, tabloids
relaying one another's unnamed sources, an undated tabloid page, a correction, a Q&A): what its first reading
published wrongly may not come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Profile, Statement
from generator.pipeline import analyse

from .conftest import analysed_case, corpus_config, make_corpus


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_s")


def _statement(profile: Profile, words: str) -> Statement:
    (st,) = [st for sec in profile.sections for st in sec.statements if words in st.text]
    return st


def test_kin_named_by_another_s_surname_are_not_the_last_woman_s(profile: Profile) -> None:
    """"Her parents, Brendan and Philomena Costigan, marked their golden wedding anniversary last year." opens a
    paragraph after one that ends on the brother's ex-wife ("She has primary care of their two sons."): it read
    "Her [Clodagh Fahy's] parents", a wrong name in brackets. The article's Costigan is the presenter; the pronoun
    is left as written."""
    text = _statement(profile, "golden wedding anniversary last year").text
    assert text.startswith("Her parents, Brendan and Philomena Costigan"), text
    # her brother, named by her own surname, stays hers
    assert _statement(profile, "the Dublin restaurateur Ronan Costigan").text.startswith("Her [Niamh Costigan's] brother")


def test_a_relay_of_an_undated_tabloid_s_unnamed_source_is_the_unnamed_source_s(profile: Profile) -> None:
    """"According to Canada's Hush Weekly, the pair had been sleeping in separate bedrooms ..." (the Daily Squall)
    relays Hush Weekly's undated page, where "a source close to the family" said it: it was shown as the Daily
    Squall's reporting. The outlet's name after "Canada's" is a relay, and five words told alike ("sleeping in
    separate bedrooms at") are one claim however much else each says. (Where it stands alone, its label names Hush
    Weekly: test_a_relay_standing_alone_names_the_outlet_it_relays.)"""
    (st,) = [st for sec in profile.sections for st in sec.statements if "separate bedrooms" in st.text]
    assert st.attribution == "unnamed-source", st
    # one claim, worded by the tabloid's own words that say whose word it is, citing the relay too
    assert st.text.endswith("a source close to the family told Hush Weekly."), st.text
    assert {c.source[:3] for c in st.citations} == {"s07", "s10"}, st.citations


def test_a_sentence_of_two_relays_rests_on_the_unnamed_source_either_relays(profile: Profile) -> None:
    """"Hush Weekly claimed at the time that Theo filed first, and according to the Daily Squall he paid Niamh C$3.5
    million in their settlement." (a blog): the Squall's figure came from "a source close to the settlement". The
    clause that names the Squall is compared with the Squall's pages, and the label names the Squall."""
    st = _statement(profile, "according to the Daily Squall he paid Niamh")
    assert st.attribution == "unnamed-source", st
    assert st.text.startswith("According to an unnamed source quoted by The Daily Squall: "), st.text


def test_a_relay_standing_alone_names_the_outlet_it_relays(tmp_path: Path) -> None:
    """A relay of an undated page's unnamed source, told in other words than the page's (no claim of the two
    merges): its label names the outlet it relays, not its own ("quoted by The Daily Gull" was false: the
    Gull only repeated Page Nine)."""
    seeds = make_corpus(tmp_path, {
        "a.txt": "title: Trouble\noutlet: Page Nine\n---\nAnn Lee and Bob Ray have been sleeping in separate "
                 "bedrooms at their Denver home since the spring, a source close to the family told Page Nine.\n",
        "b.txt": "title: Split\noutlet: The Daily Gull\ndate: 2020-09-16\n---\nAnn Lee and Bob Ray have split, their "
                 "publicist said on Monday. According to Colorado's Page Nine, the pair had been sleeping in separate "
                 "bedrooms at their home for months before the announcement.\n"})
    profile = analyse(corpus_config(seeds, tmp_path / "docs"))[0]
    (st,) = [st for sec in profile.sections for st in sec.statements if "separate bedrooms" in st.text
             and any(c.source == "b" for c in st.citations)]
    assert st.attribution == "unnamed-source", st
    assert st.text.startswith("According to an unnamed source quoted by Page Nine: ") or st.text.endswith(
        "a source close to the family told Page Nine."), st.text


def test_the_judge_is_no_parent_of_the_couple_s_children(profile: Profile) -> None:
    """"A February ruling by Justice Lorna Fitzhenry gave Costigan primary residence of the couple's children, Fionn,
    10, Ciara, 7, and Rory, 3, ..." made the judge the children's parent on the people page."""
    assert not [r for r in profile.relations if "Lorna Fitzhenry" in (r.person, r.other)], profile.relations


def test_places_and_teasers_are_no_one(profile: Profile) -> None:
    """"Howth Head" ("on Howth Head") was a person, Clodagh Fahy's spouse ("... in Howth and married Clodagh Fahy in
    2008"); "Sutton Cross" ("parking changes for Sutton Cross", beside "grew up in Sutton" and "the Sutton-born star")
    took every "Sutton" and an engagement; "Ten Irish" ("Read more: Ten Irish presenters making it big abroad") was a
    person of six mentions."""
    names = {p.name for p in profile.people}
    assert not names & {"Howth Head", "Sutton Cross", "Ten Irish"}, names
    assert [r.kind for r in profile.relations if {r.person, r.other} == {"Clodagh Fahy", "Ronan Costigan"}] == \
        ["former-spouse"]


def test_a_marriage_s_length_is_no_wedding(profile: Profile) -> None:
    """"There were eleven people around Philomena Costigan's table in Sutton on Christmas Day, ... used to be married"
    and '"We're better at Christmas than we ever were at marriage," Costigan tells Rosalind' put a wedding on the
    timeline in 2023."""
    assert not [e for e in profile.timeline if e.date.startswith("2023") and "marriage" in e.text], profile.timeline
