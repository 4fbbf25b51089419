"""A child one of the profile's people has from an earlier relationship, gathered as one record of the
background's paragraph (generator/earlier_children.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.earlier_children import earlier_children_records

from .units import read_articles

PEOPLE = ["Bob Ray", "Ann Lee", "Tom Ray", "Ivy Lee"]


def _records(*texts: str) -> list[tuple[tuple[str, ...], str, str, list[str]]]:
    _sources, sentences, _people = read_articles([{"text": t, "date": "2021-01-01"} for t in texts], PEOPLE)
    return [(r.about, r.values[0].value, r.detail, [c.source for c in r.values[0].citations])
            for r in earlier_children_records(sentences, {}, {}, 1, frozenset(), {"Bob Ray": "m", "Ann Lee": "f"})]


@pytest.mark.parametrize("second", [
    "Bob Ray, 35, also has a son, Tom Ray, 14, from a previous relationship.",
    "Bob Ray's 16-year-old son, Tom Ray, from an earlier relationship, gave a statement.",
    "Tom Ray, Bob Ray's son from an earlier relationship, is 19.",
    "The couple share two girls, and Bob Ray has an older son, Tom Ray, from a previous relationship.",
    "Bob Ray is also dad to 17-year-old Tom Ray from a previous relationship.",
    "Bob Ray, 40, who was made a partner in March, also has a son, Tom Ray, 15, from a previous relationship.",
    "Bob Ray's son from his previous relationship, 6-year-old Tom Ray, carried the rings.",
])
def test_a_child_from_before_two_articles_give_is_one_record_citing_both(second: str) -> None:
    assert _records("Bob Ray also has a son, Tom Ray, from a previous relationship.", second) == [
        (("Bob Ray",), "Tom Ray", "son relationship", ["a", "b"])]


def test_a_marriage_only_where_every_article_says_marriage() -> None:
    assert _records("Bob Ray also has a son, Tom Ray, from his first marriage.",
                    "Bob Ray has a son, Tom Ray, 12, from a previous marriage.") == [
        (("Bob Ray",), "Tom Ray", "son marriage", ["a", "b"])]
    assert _records("Bob Ray also has a son, Tom Ray, from his first marriage.",
                    "Bob Ray has a son, Tom Ray, 12, from a previous relationship.")[0][2] == "son relationship"


@pytest.mark.parametrize("second", [
    "Bob Ray also has a son, Tom Ray, from a previous relationship.",  # one article: its own statement says it
    "He has a son, Tom Ray, from a previous relationship.",  # a pronoun: whose, the people stage infers
    '"Bob Ray has a son, Tom Ray, from a previous relationship," Ann Lee said.',  # someone's words
    "Bob Ray has a daughter, Tom Ray, from a previous relationship.",  # a son in one, a daughter in the other
    "The lawyer representing Bob Ray has a son, Tom Ray, from a previous relationship.",  # the lawyer's son
    "Bob Ray has a son, Tom Ray, from a previous relationship, a source close to him said.",  # an unnamed source
    "It was falsely reported that Bob Ray has a son, Tom Ray, from a previous relationship.",  # called untrue
    "Bob Ray has a stepson, Tom Ray, from a previous relationship.",  # a stepson is no son of his
    "Bob Ray's son from her previous marriage, Tom Ray, spoke.",  # "her": someone else's marriage
    "Bob Ray has a son, Tom Ray, from a previous relationship of his wife's.",  # his wife's child
    "Bob Ray's son from a previous relationship, Ann Lee said, is 12.",  # a speaker is no child
    "Ann Lee and Bob Ray's son, Tom Ray, from a previous relationship, spoke.",  # the pair's
    "Bob Ray has a son, Tom Ray, from a previous relationship, a claim he has always denied.",  # in doubt after
    "Whether Bob Ray has a son, Tom Ray, from a previous relationship is unclear.",  # in doubt before
])
def test_no_record_where_two_articles_do_not_surely_say_it(second: str) -> None:
    first = "Bob Ray runs a bakery." if second.startswith("Bob Ray also has") else \
        "Bob Ray also has a son, Tom Ray, from a previous relationship."
    assert _records(first, second) == []


def test_a_child_who_died_has_no_record() -> None:
    assert _records("Bob Ray also has a son, Tom Ray, from a previous relationship.",
                    "Bob Ray's son, Tom Ray, from a previous relationship, died in 2015.") == []


def _told(tmp_path: Path, ages: tuple[str, str, str], third: str = "") -> tuple[list[str], list[str]]:
    """The statements about Tom Ray, and the articles the record of him cites, of a corpus in which three articles
    say Bob Ray has a son, Tom Ray, from a previous relationship, at the ages `ages` (2016, 2017, 2018)."""
    from .conftest import profile_of_articles

    wed = "Bob Ray and Ann Lee married in 2011."
    articles = {f"{name}.txt": (date, f"{wed}\n\nBob Ray also has a son, Tom Ray, {age}, from a previous relationship.")
                for name, date, age in zip("abc", ("2016-04-12", "2017-03-18", "2018-02-12"), ages, strict=True)}
    if third:
        articles["d.txt"] = ("2018-06-01", f"{wed}\n\n{third}")
    profile = profile_of_articles(tmp_path, articles)
    records = [r for r in profile.records if r.slot == "child-from-before"]
    assert len(records) == 1, records
    return ([st.text for sec in profile.sections for st in sec.statements if "Tom Ray" in st.text],
            sorted({c.source for c in records[0].citations}))


def test_a_child_from_before_is_told_once_where_the_ages_agree(tmp_path: Path) -> None:
    """Found on corpus_k: "Ms Lisle also has a son, Felix, 10, from a previous relationship." and four more like it
    stood below the paragraph's "Harriet Lisle has a son, Felix, from a previous relationship.", each "single
    source". The paragraph tells it with every article; the ages, which all give one birth year, the fact check
    shows with these very sentences."""
    said, cited = _told(tmp_path, ("10", "11", "12"))
    assert said == [], said
    assert cited == ["a", "b", "c"]


def test_a_child_from_before_said_with_more_or_with_ages_that_differ_stays(tmp_path: Path) -> None:
    said, _cited = _told(tmp_path / "more", ("10", "11", "12"),
                         "Bob Ray has a son, Tom Ray, from a previous relationship, who was page boy at the wedding.")
    assert "Bob Ray has a son, Tom Ray, from a previous relationship, who was page boy at the wedding." in said
    said, _cited = _told(tmp_path / "differ", ("10", "15", "12"))  # ten in 2016, fifteen in 2017: which is right?
    assert len(said) >= 2, said
