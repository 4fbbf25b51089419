"""How long the couple had been married when they separated, filed or divorced, told once in the paragraph with
every article that agrees (generator/marriage_length.py): "They separated in February 2020, after nine years of
marriage." Precision first: one event per sentence, the same number of years and the same qualifier, the couple's
own marriage, never inside a quotation."""

from __future__ import annotations

import re
from pathlib import Path

from generator.model import Profile
from generator.pipeline import build

from .conftest import corpus_config, make_corpus, profile_of_articles

WEDDING = "Ann Lee and Bob Ray married in 2011."
SPLIT = "Ann Lee and Bob Ray separated in February 2020 after nine years of marriage, their representatives said."
NEWS = "Ann Lee and Bob Ray have separated after nine years of marriage."


def _lengths(profile: Profile) -> list[tuple[str, str, list[str]]]:
    """(event|qualifier, value, cited articles) of each marriage-length record."""
    return [(r.detail, v.value, sorted(c.source for c in v.citations))
            for r in profile.records if r.slot == "marriage-length" for v in r.values]


# What else each article says, in words of its own (articles that share most of their sentences are one story's copies).
_OWN = ["The actress lives in Reno.", "The chef opened a restaurant in Denver last year.", "Both grew up in Ohio.",
        "Their house in Reno is for sale."]


def _articles(*bodies: str) -> dict[str, tuple[str, str]]:
    return {f"a{n + 1}.txt": (f"2020-03-{n + 2:02d}", f"{body} {_OWN[n]}") for n, body in enumerate(bodies)}


def test_two_articles_that_agree_make_a_record_after_the_separation(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, _articles(f"{WEDDING} {SPLIT}", f"{WEDDING} {NEWS}",
                                                      f"{WEDDING} Ann Lee filed for divorce from Bob Ray in March "
                                                      "2020, after nine years of marriage."))
    assert _lengths(profile) == [("separated|", "108 months", ["a1", "a2"])]
    slots = [r.slot for r in profile.records]
    assert slots[slots.index("separated") + 1] == "marriage-length"  # told right after the event


def test_the_paragraph_tells_it_after_the_event(tmp_path: Path) -> None:
    articles = _articles(f"{WEDDING} {SPLIT}", f"{WEDDING} {NEWS}")
    seeds = make_corpus(tmp_path, {name: f"title: {name}\noutlet: Daily {n}\ndate: {date}\n---\n{body}\n"
                                   for n, (name, (date, body)) in enumerate(articles.items())})
    build(corpus_config(seeds, tmp_path / "docs"), use_cache=False)
    page = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    line = next(x for x in page.splitlines() if "years of marriage" in x and "pf-anchor" in x)
    said = re.sub(r"\[\^[^\]]+\]", "", line)
    assert "separated in February 2020, after nine years of marriage." in said, said
    assert re.search(r"of marriage(?:\[\^r\d+-1-\d\]){2}\.", line), line  # each article's footnote after the words


def test_another_number_of_years_to_the_same_event_makes_no_record(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, _articles(f"{WEDDING} {SPLIT}", f"{WEDDING} {NEWS}",
                                                      "Ann Lee and Bob Ray have separated after eight years of "
                                                      "marriage."))
    assert _lengths(profile) == []


def test_nearly_is_not_the_same_words_as_the_plain_figure(tmp_path: Path) -> None:
    """Two say "nearly nine years", one "nine years": the record says what the two say, and cites them only."""
    nearly = "Ann Lee and Bob Ray have separated after nearly nine years of marriage."
    profile = profile_of_articles(tmp_path, _articles(f"{WEDDING} {nearly}", f"{WEDDING} {nearly}",
                                                      f"{WEDDING} {NEWS}"))
    assert _lengths(profile) == [("separated|nearly", "108 months", ["a1", "a2"])]


def test_a_sentence_of_two_events_counts_to_neither(tmp_path: Path) -> None:
    both = ("Ann Lee and Bob Ray split in 2019 after nine years of marriage, and she filed for divorce from him in "
            "2020.")
    profile = profile_of_articles(tmp_path, _articles(f"{WEDDING} {both}", f"{WEDDING} {both}"))
    assert _lengths(profile) == []


def test_quoted_words_and_someone_elses_marriage_make_none(tmp_path: Path) -> None:
    quoted = '"After nine years of marriage, we have decided to separate," Ann Lee and Bob Ray said in a statement.'
    sister = ("Ann Lee's sister, Cara Lee, and her husband, Tom Moss, have separated after nine years of marriage.")
    profile = profile_of_articles(tmp_path, _articles(f"{WEDDING} {quoted}", f"{WEDDING} {sister}",
                                                      f"{WEDDING} {sister}"))
    assert _lengths(profile) == []


def test_an_unnamed_source_or_a_hedge_supports_none(tmp_path: Path) -> None:
    hedged = "Ann Lee and Bob Ray have reportedly separated after nine years of marriage."
    unnamed = "Ann Lee and Bob Ray have separated after nine years of marriage, a source close to the couple said."
    profile = profile_of_articles(tmp_path, _articles(f"{WEDDING} {NEWS}", f"{WEDDING} {hedged}",
                                                      f"{WEDDING} {unnamed}"))
    assert _lengths(profile) == []
