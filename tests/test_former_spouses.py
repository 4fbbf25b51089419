"""Someone one of the profile's people was married to before, gathered as one record of the background's
paragraph (generator/former_spouses.py)."""

from __future__ import annotations

import pytest

from generator.former_spouses import former_spouse_records

from .units import read_articles

PEOPLE = ["Bob Ray", "Ann Lee", "Jo Roe", "Cy Moss"]


def _records(*texts: str, couple: frozenset[str] = frozenset(["Bob Ray", "Ann Lee"])
             ) -> list[tuple[tuple[str, ...], str, list[str]]]:
    _sources, sentences, _people = read_articles([{"text": t, "date": "2021-01-01"} for t in texts], PEOPLE)
    return [(r.about, r.values[0].value, [c.source for c in r.values[0].citations])
            for r in former_spouse_records(sentences, {}, {}, 1, couple)]


@pytest.mark.parametrize("second", [
    "Bob Ray's ex-wife, Jo Roe, sent flowers.",
    "Jo Roe, Bob Ray's first wife, sent flowers.",
    "Bob Ray, who was previously married to the designer Jo Roe, spoke.",
    "Bob Ray's first marriage, to the designer Jo Roe, ended in 2010.",
    "Jo Roe was previously married to Bob Ray.",  # told the other way round: of the couple's one
])
def test_a_former_spouse_two_articles_name_is_one_record_citing_both(second: str) -> None:
    assert _records("Bob Ray was previously married to the physiotherapist Jo Roe.", second) == [
        (("Bob Ray",), "Jo Roe", ["a", "b"])]


@pytest.mark.parametrize("second", [
    "Bob Ray was previously married to the physiotherapist Jo Roe.",  # one article: its own statement says it
    "He was previously married to Jo Roe.",  # a pronoun: whose, the people stage infers
    '"Bob Ray was previously married to Jo Roe," Cy Moss said.',  # someone's words
    "The lawyer representing Bob Ray was previously married to Jo Roe.",  # the lawyer's
    "Bob Ray was previously married to Jo Roe, a source close to him said.",  # an unnamed source
    "It was falsely reported that Bob Ray was previously married to Jo Roe.",  # called untrue
    "Bob Ray was previously married to Jo Roe, a claim his lawyers reject.",  # in doubt after
    "Bob Ray's ex-wife, Jo Roe's sister, spoke.",  # someone's sister
    "Bob Ray's ex-wife, Jo Roe said, was at the party.",  # a speaker
    "Cy Moss and Bob Ray's ex-wife, Jo Roe, spoke.",  # whose ex-wife
])
def test_no_record_where_two_articles_do_not_surely_say_it(second: str) -> None:
    first = "Bob Ray runs a bakery." if second.startswith("Bob Ray was previously married to the") else \
        "Bob Ray was previously married to the physiotherapist Jo Roe."
    assert _records(first, second) == []


def test_the_couples_own_marriage_is_no_former_spouse_record() -> None:
    assert _records("Bob Ray's ex-wife, Ann Lee, sent flowers.", "Ann Lee, Bob Ray's first wife, spoke.") == []
