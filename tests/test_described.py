"""What the articles call each person by their work (generator/described.py): one record citing every
article that gives the same role word, and no description read where the words say something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.described import described_records, with_article

from .conftest import profile_of_articles
from .units import read_articles

PEOPLE = ["Ann Lee", "Bob Ray", "Jo Roe", "Cy Moss", "Ivy Lane", "Tom Hart"]


def descriptions(*texts: str) -> list[str]:
    """"Person: description (articles)" of each record the texts (one article each) make."""
    sources, sentences, _people = read_articles([{"text": t, "date": f"2021-0{n + 1}-01"}
                                                 for n, t in enumerate(texts)], PEOPLE)
    records = described_records(sentences, {s.id: s.id for s in sources}, {s.id: s.sort_date for s in sources}, 1)
    return [f"{r.about[0]}: {r.values[0].value} ({len(r.values[0].citations)})" for r in records]


def test_one_role_in_several_wordings_is_one_record_citing_each_article() -> None:
    """(Never a name's words, a pronoun or a verb before the role: "He married pastry chef Jo Roe" read "a he
    married pastry chef" in a first version.)"""
    assert descriptions("He married paediatric surgeon Jo Roe in 2016.",
                        "Jo Roe, a paediatric surgeon at Harbourside Hospital, was not in court.",
                        "Her husband, the surgeon Jo Roe, declined to comment.") == [
        "Jo Roe: a paediatric surgeon (3)"]
    assert descriptions("Ann Lee married paediatric surgeon Jo Roe in 2016.", "Surgeon Jo Roe was not in court.") == [
        "Jo Roe: a surgeon (2)"]


@pytest.mark.parametrize("wording", [
    "Bob Ray's lawyer, Cy Moss, said the filing was routine.",
    "Cy Moss, Bob Ray's lawyer, said the filing was routine.",
    "Bob Ray's lawyer Cy Moss said the filing was routine.",
    "In court, lawyer Cy Moss said the filing was routine.",
])
def test_a_role_beside_a_name_in_apposition(wording: str) -> None:
    assert descriptions(wording, "Lawyer Cy Moss filed the papers.") == ["Cy Moss: a lawyer (2)"]


@pytest.mark.parametrize("other", [
    "Then-district attorney Cy Moss spoke.",  # a role that was
    "The lawyer's wife, Cy Moss, spoke.",  # a role that owns the next noun
    "Lawyers Cy Moss and Tom Hart spoke.",  # a plural: whose?
    '"I hired the lawyer Cy Moss," Ann Lee said.',  # inside a quotation
    "A source said lawyer Cy Moss was paid $2 million.",  # an unnamed source
    "The district attorney spoke, and Cy Moss left.",  # no apposition
])
def test_no_description_where_the_words_say_something_else(other: str) -> None:
    assert descriptions("Lawyer Cy Moss filed the papers.", other) == []


def test_one_article_is_no_record() -> None:
    assert descriptions("Lawyer Cy Moss filed the papers. Cy Moss, a lawyer, left.") == []


def test_the_article_before_a_description() -> None:
    assert [with_article(d) for d in ("paediatric surgeon", "NFL linebacker", "architect", "Madison lobbyist")] == [
        "a paediatric surgeon", "an NFL linebacker", "an architect", "a Madison lobbyist"]


def test_the_record_opens_the_background_and_cites_each_article(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2020-01-05", ("Ann Lee and Bob Ray married in 2008. Her lawyer, Cy Moss, filed the papers. "
                                "Cy Moss said the filing was routine.")),
        "b.txt": ("2020-02-05", ("Ann Lee and Bob Ray separated in 2019. Family lawyer Cy Moss declined to comment. "
                                "Cy Moss has represented Ann Lee since 2015.")),
    })
    (record,) = [r for r in profile.records if r.slot == "described-as"]
    assert record.section == "background" and record.about == ("Cy Moss",)
    assert record.values[0].value == "a lawyer" and {c.source for c in record.values[0].citations} == {"a", "b"}


@pytest.mark.parametrize("first, second", [
    ("Bob Ray's lawyer, Cy Moss, said the filing was routine.", "Cy Moss, Bob Ray's divorce lawyer, left."),
    ("Bob Ray's lawyer Cy Moss said the filing was routine.", "Cy Moss, a lawyer for Bob Ray, left."),
    ("A lawyer for Bob Ray, Cy Moss, said the filing was routine.", "Bob Ray's lawyer, Cy Moss, left."),
])
def test_whose_lawyer_where_two_articles_name_the_client(first: str, second: str) -> None:
    """A role for someone is told with whose it is, where two articles name the one it is for right by it."""
    assert descriptions(first, second) == ["Cy Moss: Bob Ray's lawyer (2)"]


def test_each_of_two_lawyers_named_with_their_own_client() -> None:
    assert descriptions("Bob Ray's lawyer, Cy Moss, and Ann Lee's lawyer, Jo Roe, spoke.",
                        "Cy Moss, Bob Ray's lawyer, and Jo Roe, Ann Lee's lawyer, left.") == [
        "Cy Moss: Bob Ray's lawyer (2)", "Jo Roe: Ann Lee's lawyer (2)"]


@pytest.mark.parametrize("second", [
    "Her lawyer, Cy Moss, left.",  # whose "her" is, the words do not say
    "Cy Moss, a lawyer for Bob Ray and Ann Lee, left.",  # for which of the two?
    "Cy Moss, a lawyer for Bob Ray's former wife, left.",  # for someone Bob Ray has
    "Bob Ray's lawyer at the time, Cy Moss, left.",  # a role of then
    "Cy Moss, Bob Ray's lawyer until 2019, left.",
    "Cy Moss, Bob Ray's lawyer, left. Cy Moss, Ann Lee's lawyer, spoke.",  # another article gives another client
    '"Bob Ray\'s lawyer, Cy Moss, is late," Ann Lee said.',  # inside a quotation
])
def test_no_client_named_where_one_article_alone_says_whose(second: str) -> None:
    """One article alone naming the client, or the articles naming two, make the record of the role alone."""
    (record,) = descriptions("Bob Ray's lawyer, Cy Moss, said the filing was routine.", second,
                             "Lawyer Cy Moss filed the papers.")
    assert record in ("Cy Moss: a lawyer (3)", "Cy Moss: a lawyer (2)")  # (a role of then: no role at all)
