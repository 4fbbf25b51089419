"""The nicknames the articles give the profile's people, gathered as one record of the background's
paragraph (generator/nicknames.py)."""

from __future__ import annotations

import pytest

from generator.nicknames import nickname_records

from .units import read_articles

PEOPLE = ["Bob Ray", "Ann Lee", "Ivy Ray"]


def _records(*texts: str) -> list[tuple[tuple[str, ...], str, list[str]]]:
    _sources, sentences, _people = read_articles([{"text": t, "date": "2021-01-01"} for t in texts], PEOPLE)
    return [(r.about, r.values[0].value, [c.source for c in r.values[0].citations])
            for r in nickname_records(sentences, {}, {}, 1)]


@pytest.mark.parametrize("second", [
    'Bob Ray, known to fans as "Boz", retired in 2012.',
    'Bob Ray, known in Spanish tennis circles by the nickname "Boz," retired in 2012.',
    'Bob Ray, nicknamed "Boz" by the crowd, retired in 2012.',
    'Bob Ray, "Boz" to a generation of fans, retired in 2012.',
])
def test_a_nickname_two_articles_give_is_one_record_citing_both(second: str) -> None:
    assert _records('Bob Ray, better known as "Boz", runs a tennis academy.', second) == [
        (("Bob Ray",), '"Boz"', ["a", "b"])]


def test_a_nickname_without_quotation_marks() -> None:
    assert _records("Bob Ray, who goes by Boz and who runs a startup, spoke.",
                    "Bob Ray, known to the family as Boz, spoke first.") == [(("Bob Ray",), "Boz", ["a", "b"])]


@pytest.mark.parametrize("second", [
    'Bob Ray, known to fans as "Boz", retired in 2012.',  # one article: its own statement says it
    "Bob Ray, known to fans as Bob Ray, retired in 2012.",  # his own name
    'Bob Ray will be known professionally as "Boz" from June.',  # a name to come, not right after the name
    'He is known to fans as "Boz".',  # a pronoun: whose, the people stage infers
    '"Bob Ray, known to fans as Boz, retired," Ann Lee said.',  # inside someone's words
    "Bob Ray, known to fans as The best, retired.",  # no name: a small word
])
def test_no_record_where_the_nickname_is_not_given_twice_right_after_the_name(second: str) -> None:
    first = "Bob Ray retired in 2012." if second.startswith('Bob Ray, known to fans as "Boz"') else \
        'Bob Ray, known to fans as "Boz", retired in 2012.'
    assert _records(first, second) == []
