"""A third review of unnamed sources passed off as reporting (tests/cases/review_unnamed3: 39 small corpora,
FINDINGS.md): crowds read as names, rumour formulas, reports no outlet is named for, what she told "those around
her". Each answered finding holds here; the limits left are listed in FINDINGS.md's status and the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import ON_RECORD, UNNAMED
from generator.pipeline import analyse
from generator.segment import _attribution

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_unnamed3"


@pytest.mark.parametrize("text", [
    "Staff at the hotel said Bob Ray and Ann Lee married there in 2009.",  # U1, case19
    "Villagers say Ray and Lee separated in 2022.",  # U1
    "Hotel staff say the couple have not been seen together since.",  # U1, case03
    "Other parents at the school said Lee seemed upset at the sports day on Friday.",  # U10, case11
    "Whispers are that Ann Lee quietly married Tom Vale in Lisbon in February.",  # U2, case22
    "The word from the set of her new film is that Lee is pregnant.",  # U2
    "Ann Lee and Bob Ray have separated after 12 years of marriage, reports say.",  # U8, case06
    "Tabloids reported that Ray moved out of the family home in Hollowell in April.",  # U8
    "Lee has hired the divorce lawyer Jo Roe, local media reported.",  # U8
    "The baby is due in March, media reports said.",  # U8, case26
    "Ann Lee has told those around her that she wants a divorce from Bob Ray.",  # U13, case17
    "The Daily Post has exclusively learned that Ann Lee is engaged to the architect Tom Vale.",  # U14, case12
    "The divorce of Ann Lee and Bob Ray was finalised in October, a court clerk said.",  # U3, case10
    "A clerk at the courthouse said Lee was granted primary custody of Ivy and Tom.",  # U3
    "Ann Lee filed for divorce from Bob Ray on March 28, according to Page Nine, which did not name its source.",  # U4
    "Ann Lee filed for divorce from husband Bob Ray on March 28, Page Nine said, without naming its source.",  # U4
    "09:40 More from our source: Ray has agreed to let Lee keep the house in Hollowell.",  # U5, case01
    "2.45pm More from the witness: two officers took Ray's car keys.",  # U5, case21
    "A fan account posted photos of Ray having dinner with a woman at a seafront restaurant on Saturday.",  # U9
    "An anonymous account on X claimed Ray had moved into a flat above the restaurant.",  # U9
    "One follower wrote that Ray and Ann Lee had not been seen together since May.",  # U9
    "TikTok users claim the couple quietly separated in the spring.",  # U9
    "Ray's driver told The Daily Blaze that Ray has been spending nights at a hotel in Chelsea since September.",  # U10
    "The couple's nanny said Ivy and Tom were told about the separation in August.",  # U10, case36
    "Lee's housekeeper said Lee changed the locks at the house in Hollowell.",  # U10
    "A waitress at the restaurant told The Daily Blaze that Ray threw his napkin down and left before dessert.",  # U10
    "In the insider's telling, Ann Lee found out in August and asked Ray to leave.",  # U11, case09
    "According to the insider's account, Ray is now living with Vale in Lisbon.",  # U11
    "The star's pal went on: \"Bob has been sleeping in the guest cottage since Christmas.\"",  # U12, case02
    "Another pal chipped in: \"Bob has already found a flat in Chelsea.\"",  # U12
])
def test_no_one_named_says_it(text: str) -> None:
    assert _attribution(text, ("The Daily Blaze", "Page Nine"))[0] == UNNAMED


@pytest.mark.parametrize("text", [
    "Lee's word is final on the matter, her lawyer Cy Moss said.",  # a named one's word (was unnamed before)
    "Ann Lee told reporters that she wants a divorce from Bob Ray.",
    "Fanny Lee said the couple split.",
    "Parents' lawyer Cy Moss said the children will stay with Lee.",
    "Ann Lee said the press reported her divorce wrongly.",
    "Ray's driver, Tom Vale, said Ray was at home all night.",
    "Court clerk Jo Roe said the papers were filed on Monday.",
    "Ann Lee posted on Instagram that she is happy.",
])
def test_a_named_one_stays_on_the_record(text: str) -> None:
    assert _attribution(text, ("The Daily Blaze",))[0] == ON_RECORD


@pytest.mark.parametrize("text", ["Police said Ray was not arrested.", "Page Nine reports that Lee and Ray split.",
                                  "Court reports show the divorce was final in May.",
                                  "More from Cy Moss: the couple will share the house.",
                                  "According to Moss's account, Ray is now living with Vale in Lisbon.",
                                  "Ray's pal Dan Hale went on: \"Bob is fine.\"",
                                  "The official account of Halo Pictures posted a photo of the couple.",
                                  # someone's clerk speaks for them, as a spokesman does (corpus_k)
                                  ("Ms Lisle's clerk at Cloister Row Chambers said she would be making no additional "
                                   "statement.")])
def test_officials_and_named_outlets_are_not_unnamed(text: str) -> None:
    assert _attribution(text, ("The Daily Blaze",))[0] != UNNAMED


def test_hotel_staff_give_no_written_wedding(tmp_path: Path) -> None:
    """case19: the wedding year and the separation rested only on hotel staff and villagers; they are unnamed
    sources' claims, never a written record of the fact check."""
    profile = analyse(corpus_config(REVIEW / "case19", tmp_path / "docs"))[0]
    marked = [(st.text, st.attribution) for sec in profile.sections for st in sec.statements
              if "Staff at the hotel" in st.text or "Villagers say" in st.text]
    assert len(marked) == 2 and all(a == UNNAMED for _t, a in marked), marked
    assert not [r for r in profile.records if r.slot in ("married", "separated")]


def _held_only_as_unnamed(case: str, words: str, tmp_path: Path) -> None:
    """The statements that quote `words` of the case's articles all rest on an unnamed source, and no written
    record quotes them."""
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    bodies = {s.id: s.body for s in profile.sources}
    held = [st for sec in profile.sections for st in sec.statements
            if any(words in bodies[c.source][c.start:c.end] for c in st.citations)]
    assert held and all(st.attribution == UNNAMED for st in held), [(st.text, st.attribution) for st in held]
    assert not [c for r in profile.records for v in r.values for c in v.citations
                if words in bodies[c.source][c.start:c.end]]


@pytest.mark.parametrize("case, words", [
    ("case05", "Page Nine"),  # "according to Page Nine, which did not name its source"
    ("case23", "according to Page Nine"),  # Page Nine's own story rests on "a friend of the couple"
    ("case33", "Page Nine reported"),  # Page Nine's: "per the source"
])
def test_a_relay_of_an_unnamed_source_is_that_source(case: str, words: str, tmp_path: Path) -> None:
    """U4: a relay of what another outlet of the corpus tells on an unnamed source's word is that unnamed
    source's too: it never stands as plain reporting, nor as the only footnote of a written record."""
    _held_only_as_unnamed(case, words, tmp_path)


def test_a_relay_of_a_named_answer_stays_reporting(tmp_path: Path) -> None:
    """Guard (case39): "Ann Lee and Bob Ray separated in March, according to Page Nine." relays Lee's own words
    to Page Nine; it is no unnamed source's."""
    profile = analyse(corpus_config(REVIEW / "case39", tmp_path / "docs"))[0]
    assert [r for r in profile.records if r.slot == "separated"]
    assert all(st.attribution != UNNAMED for sec in profile.sections for st in sec.statements)


@pytest.mark.parametrize("case, words", [
    ("case08", "Ray has been staying in London during the week."),  # after "... has told The Daily Blaze the whole story"
    ("case30", "He sees Ivy and Tom every other weekend."),  # after "According to the pal, ..."
    ("case37", "The pair separated in May."),  # after "A: We hear it's true."
])
def test_an_unnamed_account_goes_on(case: str, words: str, tmp_path: Path) -> None:
    """U6: the sentences that go on with an unnamed source's account, with no word of who says them, are that
    source's: never Corroborated by the named source that says the same, never a written record's only footnote."""
    _held_only_as_unnamed(case, words, tmp_path)


def test_the_answers_of_an_unnamed_interview_are_its(tmp_path: Path) -> None:
    """U7, case14: "Page Nine spoke to a longtime friend of the couple, who asked not to be named." and then answers
    quoted whole with no word of who speaks: the friend's answers, never a corroboration of the named friend's."""
    _held_only_as_unnamed("case14", "Ann filed in August", tmp_path)
    profile = analyse(corpus_config(REVIEW / "case14", tmp_path / "again"))[0]
    named = [st for sec in profile.sections for st in sec.statements if st.text.startswith("A: She filed")]
    assert named and all(len({c.source for c in st.citations}) == 1 for st in named)
