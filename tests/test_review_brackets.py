"""A same-day adversarial review of the brackets (tests/cases/review_brackets: 23 small corpora, FINDINGS.md says
what each published). Each sentence below came right after one about someone the article does not name (a nurse,
a spokesman, a manager, someone's mother or aunt, a former nanny, "a young blonde woman"), or after a bandmate
the recogniser did not take, and its pronoun or epithet was given, in brackets, to the person named last: a name
the article does not mean. None may come back; a sentence left without a bracket is the safe reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_brackets"
# (case, words of the sentence, what the first reading put in brackets)
WRONG = [
    ("case03", "banged on the window and screamed", "[Sasha Quinn]"),  # "A young blonde woman then approached ..."
    ("case07", "said filming would start in June", "[Owen Hale]"),  # "A spokesman for Hale confirmed ..."
    ("case14", "was a firefighter in Boston", "[Grant Wells]"),  # "Quinn's father died when she was a teenager."
    ("case16", "was more nervous than the mom", "[Ivy Kent]"),  # "A nurse who attended the birth said ..."
    ("case16", "brought balloons", "[Leo Marsh]"),  # "Marsh's bandmate Rob Tate, a singer-songwriter, visited"
    ("case16", "fans would be refunded", "[Leo Marsh]"),  # "Marsh's manager said the tour would resume in May."
    ("case19", "Drew will be fine", "[Pia Noor]"),  # "Lang's mother spoke to reporters outside his home."
    ("case19", "worked for them for three years", "[Pia Noor]"),  # "The couple's former nanny said ..."
    ("case22", "I knew it the moment I met Ella", "[Dora Kell]"),  # "Ash's mother, a retired teacher, hosted ..."
    ("case22", "the date is a secret", "[Dora Kell]"),  # "His aunt told People that the wedding would be in Italy."
    ("case23", "who is 52", "[Nora Vance]"),  # "Marsh and Vance have been friends since drama school."
]


@pytest.mark.parametrize(("case", "words", "wrong"), WRONG, ids=[f"{c}: {w}" for c, w, _ in WRONG])
def test_no_wrong_name_in_brackets(case: str, words: str, wrong: str, tmp_path: Path) -> None:
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    found = [st.text for sec in profile.sections for st in sec.statements if words in st.text]
    assert found or words == "brought balloons"  # (a sentence of four words, now set aside: shown as written)
    assert not [t for t in found if wrong in t]


def test_father_and_son_of_one_name_are_given_no_pronoun(tmp_path: Path) -> None:
    """"Tom Reyes Jr." and his father "Tom Reyes Sr." are one person to the recogniser (the suffix is no part of a
    name): "Reyes said he was proud. He [Tom Reyes] watched from the stands with his wife, Nina Reyes." published
    the son as married to his mother, and "Mr Reyes, 58" gave him his father's age. No pronoun, speaker or "Mr"
    is given to them now."""
    profile = analyse(corpus_config(REVIEW / "case10", tmp_path / "docs"))[0]
    shown = [st.text for sec in profile.sections for st in sec.statements]
    assert not [t for t in shown if "[Tom Reyes" in t]
    assert not [r for r in profile.relations if r.kind == "spouse" and {r.person, r.other} == {"Tom Reyes", "Nina Reyes"}]
