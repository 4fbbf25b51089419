"""A surname alone, one case per rule (people/names.SurnameBearers): it names the person the corpus
gives it to, unless the article has already named in full someone else who bears it and is not
named elsewhere in the sentence; then it is left to no one, and so is a speaker so named (a review's
find: "Halloway, 27, and Dumas had dated since college", about the groom Reid Halloway, gave his
age to his brother Ansel, the profile's subject, and made a false disagreement on his birth year)."""

from __future__ import annotations

import pytest

from generator.config import PersonConfig

from .units import read

CAST = [PersonConfig("Ansel Halloway", aliases=["Halloway"]), PersonConfig("Lorna Brennock"),
        PersonConfig("Ivy Halloway", aliases=["Ivy"])]


def _named(marked: str) -> str | None:
    """Whom the name marked [[so]] in the text names."""
    at = marked.index("[[")
    sentences, _people = read(marked.replace("[[", "").replace("]]", ""), CAST)
    s = next(s for s in sentences if s.start <= at < s.end)
    return next((m.person for m in s.mentions if m.start == at), None)


CASES = [
    ("the owner alone named in full before it",
     "Ansel Halloway married Lorna Brennock in 2011. [[Halloway]], 29, is a chef.", "Ansel Halloway"),
    ("another bearer named in full before it",
     ("Lorna Brennock sang at the wedding of Reid Halloway, with Ansel Halloway as best man. "
     "[[Halloway]], 27, and Colette Dumas had dated since college."), None),
    ("another bearer named in full only after it",
     ("Ansel Halloway married Lorna Brennock in 2011. [[Halloway]], 29, is a chef. His father, Gus Halloway, "
     "runs a bakery."), "Ansel Halloway"),
    ("the other bearer named as a child",
     ("Ansel Halloway left a voicemail for his daughter, Ivy Halloway, in 2007. [[Halloway]] was angry. "
     "Ivy was 11."), "Ansel Halloway"),
    ("another bearer called by their first name, not named as a child (a review's find)",
     ("Ansel Halloway married Lorna Brennock in 2011. His brother Reid Halloway has two sons. Reid is a baker. "
     "[[Halloway]] has said he wants a whole football team of them."), None),
    ("the other bearer named with a child's age (found on corpus_d)",
     ("Ansel Halloway married Lorna Brennock in 2011. Ivy Halloway, 15, asked to live with her father. "
     "[[Halloway]] and Brennock divorced in 2022."), "Ansel Halloway"),
    ("the other bearer named with an adult's age",
     ("Ansel Halloway married Lorna Brennock in 2011. Reid Halloway, 45, is a baker. "
     "[[Halloway]] and Brennock divorced in 2022."), None),
    ("the other bearer named in the sentence by another name",
     "Ansel Halloway left a voicemail for his daughter, Ivy Halloway, in 2007. Ivy was 11. [[Halloway]] called Ivy rude.",
     "Ansel Halloway"),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_surname_alone(rule: str, text: str, expected: str | None) -> None:
    assert _named(text) == expected, rule


def test_a_surname_inside_a_longer_name_is_not_its_owner() -> None:
    sentences, _people = read("Ansel Halloway married Lorna Brennock in 2011. Her brother-in-law Reid Halloway "
                              "was best man.", CAST)
    assert not any(m.person == "Ansel Halloway" for m in sentences[-1].mentions)


def test_a_speaker_named_by_an_unclear_surname_is_no_one() -> None:
    sentences, _people = read("Reid Halloway married Colette Dumas, with Ansel Halloway as best man. "
                              "\"It rained all day,\" Halloway said.", CAST)
    assert sentences[-1].speaker is None and not any(m.person == "Ansel Halloway" for m in sentences[-1].mentions)
