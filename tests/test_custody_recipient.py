"""Who was given custody (records.custody_recipient), one case per rule: a name right after the
verb, with a word of what they are between ("has awarded actress Ann Lee primary custody"), or a
pronoun where one of the couple only is of its gender ("a judge gave her primary physical custody":
found by a review of corpus_b, whose custody record missed two of the four articles that say so)."""

from __future__ import annotations

import pytest

from generator.extract import extract_article
from generator.records import custody_recipient

from .units import read_articles

COUPLE = frozenset(["Ann Lee", "Bob Ray"])
GENDERS = {"Ann Lee": "f", "Bob Ray": "m"}


def _recipient(text: str, genders: dict[str, str] = GENDERS) -> str | None:
    (src,), sentences, _people = read_articles([{"text": text, "date": "2021-05-01"}], sorted(COUPLE))
    facts = extract_article(sentences, src)
    (s, f), = [(s, f) for s in sentences for f in facts.get(s.id, ()) if f.slot == "custody-awarded"]
    return custody_recipient(s, f, COUPLE, genders)


@pytest.mark.parametrize(("text", "expected"), [
    ("A judge has awarded actress Ann Lee primary physical custody of her children with Bob Ray in 2021.", "Ann Lee"),
    ("Ann Lee won primary custody in 2021.", "Ann Lee"),
    ("Ann Lee and Bob Ray fought for years, until a judge gave her primary physical custody in 2021.",
     "Ann Lee"),
    ("Ann Lee and Bob Ray fought for years, until a judge gave him primary physical custody in 2021.",
     "Bob Ray"),
    # found on corpus_g: "has given"
    (("A judge has given Ann Lee temporary primary physical custody of her three children while her divorce from "
      "Bob Ray plays out."), "Ann Lee"),
])
def test_who_was_given_custody(text: str, expected: str) -> None:
    assert _recipient(text) == expected


def test_a_pronoun_is_no_one_where_the_couple_is_of_one_gender() -> None:
    text = "Ann Lee and Bob Ray fought for years, until a judge gave her primary physical custody in 2021."
    assert _recipient(text, {"Ann Lee": "f", "Bob Ray": "f"}) is None
    assert _recipient(text, {}) is None
