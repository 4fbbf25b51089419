"""Small corpora a second adversarial review wrote against the ages read and told (95b55aa, 22595c3, rule 4 of
47ca7f5), the second predicate of the couple's clause (f7052e1) and the splits that are no separation (b8f764a):
tests/cases/review_today11, FINDINGS.md. What it found wrong and is answered may not come back; what it found right
stays so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.model import Profile, Verdict
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today11"


def _profile(name: str, tmp: Path) -> Profile:
    shutil.copytree(REVIEW / name, tmp / "seeds")
    return analyse(corpus_config(tmp / "seeds", tmp / "docs"))[0]


def _separation_cites(profile: Profile) -> set[str]:
    return {c.source for r in profile.records if r.slot == "separated" for c in r.citations}


@pytest.mark.parametrize("name", ["case01", "case02"])
def test_no_age_is_read_against_a_web_address(name: str, tmp_path: Path) -> None:
    """A repost ("this story first ran in April 2016") or a topic page under /2020/06/: its ages are no ages of 2020,
    and make no disagreement of the children's birth years (22595c3, withdrawn)."""
    profile = _profile(name, tmp_path)
    assert not [c for c in profile.conflicts if c.slot == "born" and c.verdict == Verdict.DISAGREEMENT], \
        [(c.subject, c.verdict) for c in profile.conflicts if c.slot == "born"]


def test_who_are_young_keeps_the_count_a_statement(tmp_path: Path) -> None:
    """"The couple, who are young, have two kids, Ivy Ray, 5, and Tom Ray, 3.": "young" and "who are" say more than the
    count (47ca7f5's count words, narrowed)."""
    said = [st.text for sec in _profile("case03", tmp_path).sections for st in sec.statements]
    assert [t for t in said if "who are young" in t], said


@pytest.mark.parametrize("name", [
    "case04",  # "Ann Lee and Bob Ray's band has split."
    "case05",  # "Lee and Ray, whose band has split, are still married."
    "case06",  # "have split, at least professionally"
    "case07",  # "have split, artistically"
    "case08",  # "have split on politics"
    "case09",  # "Ann Lee and Bob Ray's duo has split."
    "case10",  # "would surely have split years ago without therapy"
    "case12",  # "The parties married in 2011 and the Moss family separated in 2016."
    "case13",  # "... and their band split in 2016."
    "case14",  # "... and both sets of parents separated in 2016."
    "case15",  # "... and many of the guests separated in 2016."
    # what the review found right
    "case18", "case19", "case20",
])
def test_no_separation_of_theirs_from_a_split_of_others_or_of_work(name: str, tmp_path: Path) -> None:
    profile = _profile(name, tmp_path)
    assert "a2" not in _separation_cites(profile), name
    if name <= "case10":  # (the splits of work and the wish: no fact at all, so no agreement on the fact-check page)
        agreeing = [c for c in profile.conflicts if c.slot == "separated"
                    for v in c.values for x in v.citations if x.source == "a2"]
        assert not agreeing, (name, agreeing)


def test_another_couple_s_parties_are_not_theirs(tmp_path: Path) -> None:
    """case27, right: a lawyer's clients' wedding and separation ("The parties married in 2011 and separated in April
    2016") are not the couple's records' (the fact-check page still lists them: FINDINGS.md)."""
    assert "a2" not in _separation_cites(_profile("case27", tmp_path))


@pytest.mark.parametrize(("text", "word", "joined"), [
    ("Ann Lee and Bob Ray married in 2011 and the Moss family separated in 2016.", "2016", True),
    ("Ann Lee and Bob Ray married in 2011 and their band split in 2016.", "2016", True),
    ("Ann Lee and Bob Ray married in June 2019 and announced their separation in January 2023.", "2023", False),
    ("They separated in January 2023 and their divorce was finalised in November 2023.", "November", False),
    ("The couple met on a film set in 2005 and got married in 2008.", "2008", False),
    ("Ann Lee and Bob Ray met in 2005.", "2005", False),
    ("The singer and the actor married in 2011, split in 2018 and divorced in 2020.", "2018", False),
])
def test_a_subject_of_its_own_after_and(text: str, word: str, joined: bool) -> None:
    """records._another_subject_joined: found on corpora b, e, g, h, j (the second predicates that stay theirs) and by
    the review (cases 12 to 15)."""
    from generator.model import Fact, Sentence, Span
    from generator.records import _another_subject_joined

    s = Sentence("a:1", "a", 1, 0, 0, len(text), text, "on-record", None, ())
    at = text.index(word)
    slot = "divorce-final" if "divorce" in text[at - 30:at] else "married" if "married" in text[at - 15:at] else \
        "met" if "met" in text[at - 10:at] else "separated"
    f = Fact("year", slot, (), word, word, s.id, Span("a", at, at + len(word)))
    assert _another_subject_joined(s, f) == joined
