"""Two same-day adversarial reviews of the rules for a couple who marry each other again, and of the
people rules of the same day (tests/cases/review_remarry, tests/cases/review_people: small corpora the
reviewers wrote). Each case is a falsehood a build published, or a true fact it lost; none may come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import slots
from generator.marriages import _second
from generator.model import Fact, Profile, Span
from generator.pipeline import analyse
from generator.render import record_texts

from .conftest import CASES, corpus_config


def _profile(tmp: Path, folder: str) -> Profile:
    return analyse(corpus_config(CASES / folder, tmp / "docs"))[0]


def _told(profile: Profile) -> str:
    """Everything the profile states: the paragraphs' sentences and the statements."""
    return "\n".join([*record_texts(profile).values(),
                      *(st.text for sec in profile.sections for st in sec.statements)])


def _disputed(profile: Profile) -> set[str]:
    return {c.slot for c in profile.conflicts if str(c.verdict) == "disagreement"}


@pytest.mark.parametrize("case, never", [
    # "The two remarried in 2020, Lee to a dentist from Ohio and Ray to a pilot": no wedding to each other
    ("case13", ["married each other again"]),
    # "Ray ... proposed again in August 2020" (to a new partner), "Ann Lee got engaged again": the couple never
    # remarried, so neither is their engagement
    ("case12b", ["became engaged again"]),
    ("case12c", ["became engaged again"]),
    # "Moss proposed in February 2019" in an article about his engagement to another woman, a year before he
    # and his former wife remarried
    ("case4", ["engaged again in 2019"]),
    # "The couple wed again on Saturday ... to celebrate their anniversary": two who never split
    ("case16", ["married each other again"]),
])
def test_no_second_wedding_or_engagement_the_articles_do_not_bear_out(case: str, never: list[str],
                                                                      tmp_path: Path) -> None:
    told = _told(_profile(tmp_path, f"review_remarry/{case}"))
    assert not [w for w in never if w in told], told


@pytest.mark.parametrize("case", ["case8", "case7", "c10_p1", "case11"])
def test_the_first_wedding_stays_the_first(case: str, tmp_path: Path) -> None:
    """A partner's earlier divorce (case8), a brief split before the wedding (case7), a proposal dated "on
    Friday, Dec. 23, 2011," before "married her the following June" (c10_p1), a wedding "the week her
    record contract ended" (case11): the couple married in 2012, and no article disagrees."""
    profile = _profile(tmp_path, f"review_remarry/{case}")
    assert "married" not in _disputed(profile) and "married-again" not in _disputed(profile)
    assert "They married in 2012." in _told(profile) or "married in 2012." in _told(profile)


@pytest.mark.parametrize("case", ["m1", "m5"])
def test_no_month_an_article_contradicts(case: str, tmp_path: Path) -> None:
    """"tied the knot on the 2nd of July, 2011" (m1), "in 2011, on July 2" (m5) beside "married in June
    2011": the record gives the year alone, and no statement of June cites the article that says July."""
    profile = _profile(tmp_path, f"review_remarry/{case}")
    assert "married in 2011" in _told(profile)
    june = [st for sec in profile.sections for st in sec.statements if "June 2011" in st.text]
    assert june and not [st for st in june if "a3" in {c.source for c in st.citations}]


def test_a_second_wedding_in_other_words(tmp_path: Path) -> None:
    """"Ann Lee and Bob Ray said "I do" again in 2021": their second wedding, not a disagreement with 2012."""
    profile = _profile(tmp_path, "review_remarry/w4")
    assert "married" not in _disputed(profile)
    assert "married each other again in 2021" in _told(profile)


@pytest.mark.parametrize("case, never", [
    # a business lawsuit's "The parties split in 2017" is no separation of the couple
    ("case16", ["separated in 2017"]),
    # "In an unrelated case, a decree was granted to a Mallow farmer and his wife. The parties married in 1990
    # ... and have four children": not the couple's children
    ("case8", ["four (2022)", "then four"]),
    # "Ms Lee, she notes with some pride, was appointed ...": the "Her" after it is not Ann Lee's
    ("case12", ["Her [Ann Lee] brother"]),
    # '"...," District Judge Moss said. She said the decree absolute ...': the judge, not the wife
    ("case11", ["She [Ann Lee] said the decree absolute", "She [Ann Lee] added"]),
    # "Mr Ray, who retired in 2015" is the father (whose gender no word tells), not the son
    ("case2", ["He [Bob Ray] said he was proud"]),
])
def test_no_wrong_person(case: str, never: list[str], tmp_path: Path) -> None:
    told = _told(_profile(tmp_path, f"review_people/{case}"))
    assert not [w for w in never if w in told], told


def test_mr_with_another_age_is_someone_else(tmp_path: Path) -> None:
    """"Her brother, Tom Lee, 38, was best man ... The bride was given away by her father. Mr Lee, 70":
    not Tom Lee (whose birth year the people page then disputed)."""
    profile = _profile(tmp_path, "review_people/case13")
    born = [c for c in profile.conflicts if c.slot == "born" and "Tom Lee" in c.subject]
    assert not [v for c in born for v in c.values if v.value.startswith("1938")], born


def test_a_clergyman_after_the_is_a_person(tmp_path: Path) -> None:
    """"the Rev Cy Moss" is someone (the rule that a name right after "the" is a title lost him)."""
    profile = _profile(tmp_path, "review_people/case4")
    assert any("Cy Moss" in p.name for p in profile.people)


@pytest.mark.parametrize("case", ["case8a", "case8d"])
def test_no_month_a_footnote_contradicts(case: str, tmp_path: Path) -> None:
    """A third review (tests/cases/review_money): beside two articles' "married in June 2011", a third's
    "married in 2011; the wedding was on July 2" (case8a), "married last month" written in August (case8d):
    the record says 2011 alone, and no statement of June cites the third article. (Left: "married on
    Saturday" written on July 4, tests/cases/review_money/case8c: a weekday is read as the article's month.)"""
    profile = _profile(tmp_path, f"review_money/{case}")
    assert "in June 2011" not in " ".join(record_texts(profile).values())
    june = [st for sec in profile.sections for st in sec.statements if "June 2011" in st.text]
    assert not [st for st in june if "a3" in {c.source for c in st.citations}]



@pytest.mark.parametrize("named, other_partner, kept", [
    (set(), False, True),  # "The couple exchanged vows on Friday, 17 May 2024, at a humanist ceremony"
    ({"Ann Lee"}, False, True),  # "Lee, 44, exchanged vows on Friday" in the article of their second wedding
    ({"Ann Lee"}, True, False),  # ... beside a paragraph that names another partner of hers
    ({"Ann Lee", "Cy Moss"}, False, False),  # someone else named
])
def test_a_second_wedding_said_of_them_alone_stands(named: set[str], other_partner: bool, kept: bool) -> None:
    """An unseen corpus: in an article re-slotted to a second wedding, "The couple exchanged vows on Friday, 17
    May 2024" (no "each other", no names) lost its wedding, though the couple's second wedding stands in
    that year; its statement then went to the divorce section by its cue words."""
    couple = frozenset(["Ann Lee", "Bob Ray"])
    fact = Fact("year", slots.MARRIED_AGAIN, (), "2024", "", "a2:1", Span("a2", 0, 4))
    told = _second(fact, named, couple, "2016", {"2024"}, other_partner)
    assert (told is not None) == kept
