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


@pytest.mark.parametrize(("text", "date", "year"), [
    # a weekday right before "from" and the other spouse (wire style; found on corpus_h)
    ("Ann Lee filed for divorce Tuesday from Bob Ray, according to documents filed in Reno.", "2019-03-28", "2019"),
    ("Ann Lee filed for divorce Tuesday from Bob Ray.", "2020-01-02", "2019"),  # (Tuesday 31 December)
    # the time inside the event's own words (found on corpus_h)
    ("Ann Lee asked a Reno court last week to dissolve her marriage to Bob Ray.", "2019-04-04", "2019"),
])
def test_a_day_told_from_the_article_inside_the_filing_s_words_dates_it(text: str, date: str, year: str) -> None:
    assert f"divorce-filed={year} (Ann Lee, Bob Ray)" in facts_of(text, date, ["Ann Lee", "Bob Ray"])


@pytest.mark.parametrize(("written", "month"), [
    ("2019-04-04", 3),  # a Thursday: the week before is 25 to 31 March
    ("2019-04-01", 3),  # a Monday: the same
    ("2019-04-10", 4),  # 1 to 7 April
    ("2019-05-08", 0),  # 29 April to 5 May: either month
    ("2019-04", 0),  # no day: any
])
def test_last_week_is_the_calendar_week_before_the_article_s(written: str, month: int) -> None:
    """"asked a court last week", written on 4 April 2019, dates the filing to March: the record keeps the
    month the other articles give (it lost it for a month that may be any)."""
    from generator.extract import _month_told
    assert _month_told("last week", written) == month


@pytest.mark.parametrize(("text", "ends_at"), [
    # ", so he is ..." opens a clause of its own (found on corpus_h: its "not" doubted the birth)
    ("Emil was born on November 8, so he is not quite three weeks old.", ", so he"),
    # ", so they say" is the saying of the clause before: it stays in it
    ("Emil was born on November 8, so they say.", ""),
])
def test_a_clause_after_so_is_its_own(text: str, ends_at: str) -> None:
    from generator.extract import clause
    at = text.index("November")
    assert clause(text, at, at + 8)[1] == (text.index(ends_at) if ends_at else len(text))


@pytest.mark.parametrize(("text", "date", "facts"), [
    # "last" tells the time from the article's date, in a ", who ..." clause of the one named before it (found on
    # corpus_c, corpus_f, corpus_g, corpus_i and corpus_l: "who married architect Sunniva ... last summer")
    ("Ann Lee, who separated from Bob Ray last year, spoke.", "2021-02-10", ["separated=2020 (Ann Lee, Bob Ray)"]),
    ("Ann Lee and Bob Ray are back. The pair, who married last year, spoke.", "2021-02-10", ["married=2020"]),
    ("Ann Lee and Bob Ray, who tied the knot in 2011 and finalized their divorce last November, spoke.", "2021-02-10",
     ["married=2011 (Ann Lee, Bob Ray)", "divorce-final=2020 (Ann Lee, Bob Ray)"]),
    # no one named before it, a bare month, a day: background, no date
    ("Couples who wed last June are already headed for divorce court.", "2021-02-10", []),
    ("Ann Lee, who married Bob Ray in June, spoke on Monday.", "2021-09-10", []),
    ("Ann Lee, who married Bob Ray on Valentine's Day, still celebrates it.", "2021-02-20", []),
])
def test_last_in_a_who_clause_dates_its_event(text: str, date: str, facts: list[str]) -> None:
    assert [f for f in facts_of(text, date, ["Ann Lee", "Bob Ray"]) if "=" in f and "age" not in f] == facts


@pytest.mark.parametrize(("text", "married"), [
    # "the following summer" after a month before the summer is that year's summer (it was the next year's: a
    # wedding dated a year late)
    ("Ann Lee met Bob Ray in January 2012 and married him the following summer.", "2012"),
    # after a month past the summer's start, or a year alone: the next year's
    ("Ann Lee met Bob Ray in October 2011 and married him the following summer.", "2012"),
    ("Ann Lee met Bob Ray in 2011 and married him the following summer.", "2012"),
])
def test_the_following_season_is_told_from_the_month_before_it(text: str, married: str) -> None:
    assert f"married={married} (Ann Lee, Bob Ray)" in facts_of(text, "2021-01-01", ["Ann Lee", "Bob Ray"])


@pytest.mark.parametrize(("text", "facts"), [
    # "split the following year": a time, not a thing split
    ("Ann Lee and Bob Ray married in 2010 and split the following year.",
     ["married=2010 (Ann Lee, Bob Ray)", "separated=2011 (Ann Lee, Bob Ray)"]),
    # a thing of that year is split (it dated the wedding a year late), a season after a part of a year or a range
    # is of which year? (review_today19)
    ("Ann Lee and Bob Ray married in 2010 and split the following year's profits.", ["married=2010 (Ann Lee, Bob Ray)"]),
    ("Ann Lee married Bob Ray in the spring of 2012 and they separated the following summer.",
     ["married=2012 (Ann Lee, Bob Ray)"]),
    ("Ann Lee married Bob Ray in early 2012 and they separated the following summer.", ["married=2012 (Ann Lee, Bob Ray)"]),
    ("Ann Lee and Bob Ray married between 2010 and 2011 and separated the following summer.", []),
])
def test_the_following_season_and_a_thing_of_the_following_year(text: str, facts: list[str]) -> None:
    got = [f for f in facts_of(text, "2021-01-01", ["Ann Lee", "Bob Ray"]) if "age" not in f]
    assert got == facts


@pytest.mark.parametrize(("text", "separated"), [
    # the couple's separation "the previous fall", told from the sentence's one date (found on corpus_h)
    ("Ann Lee filed for divorce from Bob Ray in March 2019; the couple had separated the previous fall.", ["2018"]),
    ("Ann Lee and Bob Ray divorced in December 2019, having separated the previous fall.", ["2019"]),
    ("Ann Lee filed for divorce from Bob Ray in March 2019; they separated the previous year.", ["2018"]),
    # another year in the sentence, a date with no month, a winter, someone else, words after it (review_today19)
    (("Ann Lee filed for divorce from Bob Ray in March 2019, three years after they married in 2016; they separated "
      "the previous fall."), []),
    ("Ann Lee filed for divorce from Bob Ray in 2019; the couple had separated the previous fall.", []),
    ("Ann Lee filed for divorce from Bob Ray in March 2019; the couple had separated the previous winter.", []),
    ("Ann Lee filed for divorce from Bob Ray in March 2019; her parents had separated the previous fall.", []),
    ("Ann Lee married Bob Ray in May 2010 and they split the previous fall from her manager.", []),
])
def test_the_couple_separated_the_previous_season(text: str, separated: list[str]) -> None:
    facts = facts_of(text, "2021-01-01", ["Ann Lee", "Bob Ray"])
    assert [f.split("=")[1][:4] for f in facts if f.startswith("separated=")] == separated, facts
