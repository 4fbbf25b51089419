"""The extract stage, one case per rule (tests/cases/units/extract.yml): a passage and every fact
it gives, with whom each event and age is about."""

from __future__ import annotations

import pytest

from generator.extract import extract_article, news_in_keeping, relative_years
from generator.model import Fact

from .units import Golden, read_articles

GOLDEN = Golden("extract.yml", "facts")


def described(f: Fact) -> str:
    """slot=value, (whom it is about) for years and ages, and when an age was true."""
    about = f" ({', '.join(f.subject)})" if f.kind in ("year", "age") and f.subject else ""
    when = f" as of {f.as_of}" if f.kind == "age" else ""
    return f"{f.slot}={f.value}{about}{when}"


def facts_of(text: str, date: str, people: list[str]) -> list[str]:
    (src,), sentences, _people = read_articles([{"text": text, "date": date}], people)
    return [described(f) for fs in extract_article(sentences, src).values() for f in fs]


@pytest.mark.parametrize("n", GOLDEN.params())
def test_extract(n: int, update_goldens: bool) -> None:
    case = GOLDEN.cases[n]
    GOLDEN.check(n, facts_of(case["text"], str(case.get("date") or "2021-01-01"), case.get("people", [])),
                 update_goldens)


def test_a_month_after_a_first_name_is_part_of_the_name() -> None:
    """Found by a review: "welcomed daughter Saffron June on March 4" (article of March 2013) read
    "June" as June 2012 and put a second birth on the timeline. A month that opens a phrase stays one."""
    assert [y for y, _a, _b in relative_years("The singer welcomed daughter Saffron June on March 4.",
                                              "2013-03-10")] == ["2013"]
    for text in ("On June 4, she filed.", "Since June, they have lived apart.", "She filed in June."):
        assert [y for y, _a, _b in relative_years(text, "2013-03-10")] == ["2012"], text


@pytest.mark.parametrize(("dated", "kept"), [
    ("Ann Lee filed for divorce from Bob Ray in 2019.", False),  # only earlier years: loosely said old news
    ("Ann Lee filed for divorce from Bob Ray in 2021.", True),  # the same year: the news agrees
    ("Ann Lee and Bob Ray married in 2001.", True),  # another event's year says nothing of the filing's
])
def test_a_present_perfect_year_gives_way_to_earlier_years_of_that_event(dated: str, kept: bool) -> None:
    """A 2021 article's "has filed for divorce" beside another article's "filed in 2019" tells the
    old filing loosely, not a second one in 2021 (which would be a false disagreement)."""
    sources, sentences, _people = read_articles([{"text": dated, "date": "2020-03-01"},
                                                 {"text": "Ann Lee has filed for divorce from Bob Ray.",
                                                  "date": "2021-05-01"}], ["Ann Lee", "Bob Ray"])
    by_id = {s.id: s for s in sources}
    facts: dict[str, tuple[Fact, ...]] = {}
    for article in (sentences[:1], sentences[1:]):
        facts.update(extract_article(article, by_id[article[0].source]))
    news = [f for f in news_in_keeping(facts, {s.id: s for s in sentences}).get(sentences[1].id, ())
            if f.slot == "divorce-filed"]
    assert [f.value for f in news] == (["2021"] if kept else [])
