"""The profile's title without a configured subject (compose._subject): it must not turn on one
mention. corpus_A's title went from "Kelly Clarkson and Brandon Blackstock" to "Kelly Clarkson" when
one bare "Blackstock" (after his father Narvel Blackstock was named) was rightly left to no one."""

from __future__ import annotations

from generator.compose import _subject
from generator.model import Person


def _people(*counts: tuple[str, int]) -> list[Person]:
    return [Person(name, (), "", n) for name, n in counts]


def test_the_couple_when_the_other_is_named_a_third_as_often() -> None:
    people = _people(("Ann Lee", 70), ("Bob Ray", 34), ("Ivy Ray", 8))
    assert _subject(people, frozenset(["Ann Lee", "Bob Ray"])) == "Ann Lee and Bob Ray"


def test_one_person_when_the_couple_is_not_the_corpus_subject() -> None:
    people = _people(("Ann Lee", 70), ("Bob Ray", 20), ("Ivy Ray", 8))
    assert _subject(people, frozenset(["Ann Lee", "Bob Ray"])) == "Ann Lee"
    assert _subject(people, frozenset(["Bob Ray", "Ivy Ray"])) == "Ann Lee"


def test_without_a_couple_the_two_most_named_when_close() -> None:
    assert _subject(_people(("Ann Lee", 70), ("Bob Ray", 35))) == "Ann Lee and Bob Ray"
    assert _subject(_people(("Ann Lee", 70), ("Bob Ray", 34))) == "Ann Lee"
    assert _subject([]) == "Profile"
