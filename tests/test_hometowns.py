"""Where the profile's people were born or grew up, gathered as one record of the background's
paragraph (generator/hometowns.py), and the "who was born in ..." asides that record then tells."""

from __future__ import annotations

import pytest

from generator.hometowns import hometown_records, told_hometowns

from .units import read_articles

PEOPLE = ["Bob Ray", "Ann Lee", "Ivy Ray"]


def _made(*texts: str) -> tuple[list, tuple]:
    _sources, sentences, _people = read_articles([{"text": t, "date": "2021-01-01"} for t in texts], PEOPLE)
    return sentences, hometown_records(sentences, {}, {}, 1)


def _records(*texts: str) -> list[tuple[tuple[str, ...], str, list[tuple[str, list[str]]]]]:
    return [(r.about, r.detail, [(v.value, [c.source for c in v.citations]) for v in r.values])
            for r in _made(*texts)[1]]


@pytest.mark.parametrize("second", [
    "Bob Ray, who was born in Reno, runs a bakery.",
    "Bob Ray, 41, was born in Reno to a family of bakers.",
    "Born in Reno, Bob Ray opened his first bakery at 19.",
    "The Reno-born baker Bob Ray opened a second shop.",
    "RENO-born baker Bob Ray has opened a second shop.",  # a tabloid's capitals
    "Bob Ray, whose full name is Robert Ray, was born in Reno to a family of bakers.",  # after his aside
])
def test_a_birthplace_two_articles_give_is_one_record_citing_both(second: str) -> None:
    assert _records("Bob Ray was born in Reno and trained in Paris.", second) == [
        (("Bob Ray",), "Reno", [("born", ["a", "b"])])]


def test_born_and_grew_up_are_told_apart_each_with_its_articles() -> None:
    assert _records("Bob Ray was born in Reno and trained in Paris.", "Bob Ray grew up in Reno, his mother said.",
                    "Bob Ray, who was born and raised in Reno, spoke.") == [
        (("Bob Ray",), "Reno", [("born", ["a", "c"]), ("grew-up", ["b", "c"])])]


def test_a_place_set_in_another_is_named_so_by_the_articles_that_set_it_so() -> None:
    assert _records("Bob Ray was born in Reno, Nevada, in 1983.", "Bob Ray, who was born in Reno, Nevada, spoke.",
                    "Bob Ray was born in Reno and trained in Paris.") == [
        (("Bob Ray",), "Reno, Nevada", [("born", ["a", "b"])])]  # c's bare "Reno" may be another
    assert _records("Bob Ray was born in Paris, Texas, in 1983.", "Bob Ray was born in Paris and trained there.") == []
    assert _records("Bob Ray was born in Springfield, Illinois.", "Bob Ray was born in Springfield, Missouri.",
                    "Bob Ray was born in Springfield, Illinois, in 1983.") == []  # two Springfields: a disagreement


def test_a_place_an_article_says_is_within_another_is_that_other_place() -> None:
    assert _records("Bob Ray was born in Hackney, east London, in 1983.",
                    "Bob Ray was born in London to a family of bakers.") == [
        (("Bob Ray",), "London", [("born", ["a", "b"])])]


@pytest.mark.parametrize("second", [
    "Bob Ray was born in Reno and trained in Paris.",  # one article: its own statement says it
    "Bob Ray was born in Boise and trained in Paris.",  # another place: a disagreement, left to the statements
    "He was born in Reno, his sister said.",  # a pronoun: whose, the people stage infers
    '"Bob Ray was born in Reno," Ann Lee said.',  # inside someone's words
    "Bob Ray was raised in the Mormon faith.",  # no place: a lowercase noun after the capital
    "Bob Ray was born in March 1983.",  # a month
    "Bob Ray's mother was born in Reno.",  # someone else's
    "Bob Ray was not born in Reno.",  # said not so
    "Ann Lee, the wife of Bob Ray, who was born in Reno, spoke.",  # whose aside: his or hers
    "The chef engaged to Bob Ray grew up in Reno.",  # he is not the one who grew up
    "Ivy Lee, 26, the baker engaged to Bob Ray, grew up in Reno.",  # nor here
    "Bob Ray, who was born Robert Reno in Boise, spoke.",  # a name he was born with
    "Their son, Bob Ray, born Feb. 3, is doing well.",  # a date
])
def test_no_record_where_the_place_is_not_given_twice_beside_the_name(second: str) -> None:
    first = "Bob Ray runs a bakery." if second.startswith("Bob Ray was born in Reno and") else \
        "Bob Ray was born in Reno and trained in Paris."
    assert _records(first, second) == []


def test_a_source_no_one_names_supports_no_record() -> None:
    assert _records("Bob Ray was born in Reno and trained in Paris.",
                    "Bob Ray was born in Reno, a source close to him told us.") == []


def test_the_who_aside_the_record_tells_is_left_to_it() -> None:
    sentences, records = _made("Bob Ray was born in Reno and trained in Paris.",
                               "Bob Ray, who was born in Reno, said the bakery would open in May.",
                               "Bob Ray, who was born in Reno and trained in Paris, said little.")
    told = {s.source: [s.text[a:b] for a, b in told_hometowns(s, records)] for s in sentences}
    assert told == {"a": [], "b": [", who was born in Reno,"], "c": []}  # c's aside tells more: it stays
