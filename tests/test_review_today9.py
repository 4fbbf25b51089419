"""The day's own rules against the code before them (tests/cases/review_today9: 39 small corpora, FINDINGS.md): the
fourth review's unnamed-source formulas and the third review's bracket rules, first written too broadly, caught the
couple's own words and dropped right brackets. Each over-reach found holds here, narrowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import UNNAMED
from generator.pipeline import analyse
from generator.segment import _attribution

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today9"


@pytest.mark.parametrize("text", [
    # TikTok and Reddit words of the couple's own (A1)
    "The TikTok star Nessa Varga said she and Odell Pike separated in May 2022.",
    "In a TikTok video posted on Sunday, Nessa Varga announced that she and Odell Pike had separated in March 2023.",
    "The TikTokers, who married in Reno in June 2016, announced their split on Sunday.",
    "Nessa Varga laughed off Redditors' theories on Monday, saying she and Odell Pike married in 2014.",
    "Varga said in a Reddit post she wrote on Sunday that the children will live with her.",
    # fans, rumour and conditions a named speaker answers for
    "Nessa Varga finally confirmed what many fans suspected: she and Odell Pike married in secret in Reno in 2019.",
    "Varga showed eagle-eyed fans her wedding ring in a video on Sunday and told them that she and Pike married in 2019.",
    ("Odell Pike admitted on Monday that he ran an anonymous Instagram account during his divorce from Nessa Varga, "
     "his lawyer Cy Moss said."),
    "Nessa Varga said it was an open secret in Reno that she and Odell Pike had separated in 2020.",
    ("Odell Pike's lawyer, Cy Moss, said that if the reports are true his client would sue, but confirmed that Pike "
     "and Nessa Varga divorced in 2021."),
    "Our understanding is that the couple married in 2010, Nessa Varga's spokesman Cy Moss said.",
    "As the story goes, Odell Pike proposed to Nessa Varga on a ferry in 2010, Varga told the Ledger.",
    # the writer's irony and a later clause's hedge
    "The couple's supposedly secret wedding in Reno in June 2015 was splashed across the papers.",
    "Varga and Pike bought a purportedly haunted Reno mansion in 2017.",
    "Nessa Varga and Odell Pike got engaged in 2013, and Pike supposedly offered to host the dinner himself.",
    # epithets of someone named, and ordinary words
    "The Army veteran, 45, said he and Varga separated in May 2022.",
    "The Crumb boss said she and Pike married in 2014.",
    "The Morning Brew regular said the children live with her.",
    "The bakery is a source of pride shared by the whole family.",
    "Varga and a friend shared a bottle of wine the night she met Pike in 2009.",
    "Nessa Varga's memoir, which drew on a friend's letters, says she and Odell Pike married in 2010.",
    "Odell Pike, a friend of Varga's since school, has given a moving account of their 2010 wedding.",
    "Relying on friends for childcare, Varga moved to Reno after she and Pike separated in 2019.",
    "Varga answered a reader's question and said she met Pike in 2009.",
    "It emerged at the divorce hearing that Nessa Varga and Odell Pike had separated in March 2019.",
    "It emerged during the trial that Pike sold the couple's house in 2020.",
    "Nessa Varga said she had spoken to three friends before filing for divorce from Odell Pike in 2021.",
    "Nessa Varga, identified in the lawsuit only as Jane Doe, sued the studio in 2019; she confirmed her identity.",
])
def test_the_couples_own_words_stay_theirs(text: str) -> None:
    assert _attribution(text, ("The Reno Ledger",))[0] != UNNAMED


@pytest.mark.parametrize("case, bracket", [
    ("case35", "She [Nessa Varga] said Pike had baked it."),  # after a caption '"Mum's recipe"': an owner
    ("case35", "She [Nessa Varga] said Pike cried."),  # after '"Mama Mia"': a title
    ("case35", "He [Odell Pike] said Varga inspired it."),  # after '"Papa Was Right"'
    ("case35", "He [Odell Pike] said Varga prefers salad."),  # after '"Dad's old barbecue"'
    ("case27", "He [Odell Pike] said it was his something old."),  # after "wore his late grandfather's watch"
    ("case28", "She [Nessa Varga] said Pike had been her rock."),  # after "dedicated her award to her late mother"
    ("case28", "She [Nessa Varga] walked down the aisle alone."),  # after "wore her late grandmother's veil"
])
def test_right_brackets_stay(case: str, bracket: str, tmp_path: Path) -> None:
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    texts = [st.text for sec in profile.sections for st in sec.statements]
    assert [t for t in texts if bracket in t], texts
