"""The twenty-second gold corpus (tests/cases/corpus_v, written by a helper who never saw the tool: a Korean family,
their names written family name first, covered by Korean, Singaporean and US outlets in English): what its first
reading found wrong may not come back."""

from __future__ import annotations

import pytest

from generator.model import Profile

from .conftest import analysed_case


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    return analysed_case(tmp_path_factory, "corpus_v")


def _statements(profile: Profile, words: str) -> list[str]:
    return [st.text for sec in profile.sections for st in sec.statements if words in st.text]


def test_each_of_one_family_name_is_themselves(profile: Profile) -> None:
    """The couple were "Ha-eun and Ye-ji" (their daughter and her sister: "Kang" and "Han" alone were theirs), the
    names were cut at the hyphen ("Han Seo"), the brother Kang Min-seok was Kang Min-jae under another surname, and
    "Seo-yeon Han" of the US magazine was someone else."""
    names = {p.name for p in profile.people}
    assert {"Han Seo-yeon", "Kang Min-jae", "Kang Min-seok", "Kang Ha-eun", "Kang Do-yun", "Han Ye-ji",
            "Han Dong-wook", "Kang Tae-gyu"} <= names
    assert not names & {"Han Seo", "Kang Min", "Seo-yeon Han", "Min-jae Kang", "Tae-gyu Kang"}
    weddings = [r for r in profile.records if r.slot == "married" and r.values[0].value.startswith("2011")]
    assert weddings and all(set(r.about) == {"Han Seo-yeon", "Kang Min-jae"} for r in weddings), weddings


def test_a_pronoun_after_a_name_alone_is_not_someone_named_before(profile: Profile) -> None:
    """'**The baby is Kang Min-jae's son with Oh Ji-hye.**' / 'Ji-ho. He was born in January, ...': "Ji-ho." was left
    out unseen, "He" was Kang Min-jae ("He [Kang Min-jae] was born in January") and, once "He" was no one's, the
    birth was Ha-eun's (a disagreement "November 2015 or January 2025")."""
    assert not [t for t in _statements(profile, "born in January") if "[Kang Min-jae]" in t]
    births = [{v.value[:4] for v in r.values} for r in profile.records if r.slot == "child-born" and "Kang Ha-eun" in r.about]
    assert births and not any("2025" in b for b in births), births


def test_the_sums_in_won_are_weighed(profile: Profile) -> None:
    """"4 million won (about S$4,650) a month in child support" against a tabloid's unnamed source's "10 million won a
    month": sums in won are sums ("₩"), a Singapore dollar after one is its conversion, and "K-Gossip Now" says
    nothing of a sum that changed ("now")."""
    found = [{v.value for v in c.values} for c in profile.conflicts
             if c.verdict == "disagreement" and c.slot.startswith("child-support")]
    assert any(any("10 million" in v for v in vs) and any("4 million" in v for v in vs) for vs in found), found
    assert not [c for c in profile.conflicts if any("4,650" in v.value for v in c.values)]


def test_the_venue_is_told_with_the_wedding(profile: Profile) -> None:
    venues = [v.value for r in profile.records if r.slot == "wedding-venue" for v in r.values]
    assert venues == ["the Hotel Valenne"]


def test_no_relation_is_no_spouse(profile: Profile) -> None:
    """"The director, a gruff veteran named Tae-gyu Kang (no relation to her husband, ...)" made him her husband on
    the people page's family tree (seen in its screenshot)."""
    assert not [r for r in profile.relations if {r.person, r.other} == {"Han Seo-yeon", "Kang Tae-gyu"}]
