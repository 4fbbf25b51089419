"""A sentence that its own article calls wrong in the sentence right after it ("we reported that ...
permanently." / "This was incorrect.") is retracted (generator/retracted.py): it supports nothing, and
it is shown with the words that withdraw it, labelled "Retracted"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.model import RETRACTED
from generator.pipeline import build
from generator.retracted import retractions
from generator.segment import segment

from .conftest import corpus_config, make_corpus, profile_of_articles
from .units import source

REPORTED = ("In an article published on 28 March 2022, we reported that Ann Lee had launched a court bid to move "
            "her two children to Lagos permanently.")


def _retracted(text: str) -> list[str]:
    """The texts of the sentences retracted or denied in `text` (one article)."""
    sentences = segment(replace(source(text), id="case"))
    found = retractions(sentences)
    return [s.text for s in sentences if s.id in found]


@pytest.mark.parametrize("after", [
    "This was incorrect.", "That was incorrect.", "This is not the case.", "That report was untrue.",
    "This was not true.", "It was inaccurate.", "The article was incorrect.",
])
def test_the_sentence_after_disowns_it(after: str) -> None:
    assert _retracted(f"{REPORTED}\n\n{after} Ms Lee sought ten months in Lagos.") == [REPORTED]


@pytest.mark.parametrize("after", ["That was wrong.", "We were wrong.", "This was an error.", "We apologise for the error.",
                                   "This was incorrect, and we apologise to Ms Lee.", "(This was incorrect.)",
                                   "*This was incorrect.*"])
def test_a_report_of_its_own_is_disowned_by_other_words(after: str) -> None:
    assert _retracted(f"{REPORTED} {after}") == [REPORTED]


@pytest.mark.parametrize("text", [
    # a deed judged, not a claim withdrawn
    "Bob Ray called his daughter a pig in a voicemail. That was wrong.",
    "Bob Ray moved out in 2019. It was a mistake.",
    # more than the disowning words: "incorrect" of something else
    "Ann Lee filed in 2019. This was incorrect paperwork, the judge found.",
    # a question is no claim to withdraw
    "Did Ann Lee move to Lagos? That is not the case.",
])
def test_near_misses_retract_nothing(text: str) -> None:
    assert _retracted(text) == []


def test_only_the_sentence_right_before_is_disowned() -> None:
    """Not the report two sentences back; nor the sentence between, which reports no claim (a denial of a plain
    statement of fact may be of something else: tests/cases/review_today14)."""
    assert _retracted(f"{REPORTED} Ms Lee sought ten months. This was incorrect.") == []


def test_an_interview_answer_is_no_correction() -> None:
    text = ("**Q: You were reported to have moved to Lagos.**\n\n"
            "**Ann Lee:** That is not true. I live in London.")
    assert _retracted(text) == []


ARTICLES = {
    "a1_flare.txt": ("2022-04-02", (f"{REPORTED}\n\nThis was incorrect. Ms Lee's application sought permission for "
                                   "the children to live with her in Lagos for ten months.\n\n"
                                   "Ann Lee and Bob Ray married in 2011.")),
    "a2_post.txt": ("2022-03-29", ("Ann Lee and Bob Ray married in 2011. Ann Lee has launched a court bid to move "
                                  "her two children to Lagos permanently, according to court papers.")),
    "a3_wire.txt": ("2022-03-30", "Ann Lee and Bob Ray, who married in 2011, have two children."),
}


def test_a_retracted_sentence_supports_nothing_and_is_shown_with_its_correction(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, ARTICLES)
    statements = [st for sec in profile.sections for st in sec.statements]
    retracted = [st for st in statements if st.status == RETRACTED]
    assert len(retracted) == 1, [(st.status, st.text) for st in statements]
    st = retracted[0]
    assert st.text == REPORTED
    body = next(s.body for s in profile.sources if s.id == "a1_flare")
    assert [body[c.start:c.end] for c in st.citations] == [REPORTED, "This was incorrect."]
    # no fact, no record, no other statement, no timeline event rests on it
    cited_elsewhere = [x for x in statements if x is not st and any(c.sentence == st.claim for c in x.citations)]
    assert not cited_elsewhere
    assert not any(c.sentence == st.claim for r in profile.records for c in r.citations)
    assert not any(f.sentence == st.claim for f in profile.facts)
    assert not any(e.statement == st.id for e in profile.timeline)
    # the other article's report of the same bid stands as its own, with no corroboration from the retracted one
    bid = [x for x in statements if x is not st and "permanently" in x.text]
    assert bid and all({c.source for c in x.citations} == {"a2_post"} for x in bid)
    # both sentences are accounted for: cited by the retracted statement
    fates = {f.sentence: f for f in profile.fates}
    assert fates[st.claim].statements == (st.id,)
    assert fates[st.citations[1].sentence].statements == (st.id,) and not fates[st.citations[1].sentence].reason


def test_the_page_labels_it_and_explains_the_label(tmp_path: Path) -> None:
    seeds = make_corpus(tmp_path, {name: f"title: {name}\noutlet: Daily {n}\ndate: {date}\n---\n{body}\n"
                                   for n, (name, (date, body)) in enumerate(ARTICLES.items())})
    build(corpus_config(seeds, tmp_path / "docs"), use_cache=False)
    page = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    assert '<span class="pf-status pf-retracted">Retracted</span> (the article itself says' in page
    line = next(x for x in page.splitlines() if "permanently.[^" in x and "28 March 2022" in x)
    assert 'class="pf-status pf-retracted"' in line
    assert "This was incorrect." in page  # the footnote quotes the correction


def test_no_legend_entry_without_a_retracted_statement(tmp_path: Path) -> None:
    articles = {k: v for k, v in ARTICLES.items() if k != "a1_flare.txt"}
    seeds = make_corpus(tmp_path, {name: f"title: {name}\noutlet: Daily {n}\ndate: {date}\n---\n{body}\n"
                                   for n, (name, (date, body)) in enumerate(articles.items())})
    build(corpus_config(seeds, tmp_path / "docs"), use_cache=False)
    assert "pf-retracted" not in (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "denied"), [
    ("Reports last month said Ann Lee had moved to Lagos. That is not true.",
     "Reports last month said Ann Lee had moved to Lagos."),
    ('Bob Ray claimed that Ann Lee had moved to Lagos. "That is not the case," her publicist said.',
     "Bob Ray claimed that Ann Lee had moved to Lagos."),
    ("The Daily Star claimed the couple had split. These claims are false.", "The Daily Star claimed the couple had split."),
    ("Q: Reports say you and Bob separated in 2019.\n\nA: That is not true.", "Q: Reports say you and Bob separated in 2019."),
    ('Reports said Ann Lee had moved to Lagos. "This is not true," her publicist said.',
     "Reports said Ann Lee had moved to Lagos."),
])
def test_a_claim_the_next_sentence_calls_untrue_is_denied(text: str, denied: str) -> None:
    assert _retracted(text) == [denied]


@pytest.mark.parametrize("text", [
    "Bob Ray called his daughter a pig in a voicemail. That was wrong.",  # a deed judged
    "The Daily Star reported that Ann Lee moved to Lagos. Bob Ray filed for divorce in 2022. That report was untrue.",
    "Did Ann Lee move to Lagos? That is not true.",
])
def test_no_denial_of_a_deed_or_of_a_sentence_that_tells_no_report(text: str) -> None:
    assert _retracted(text) == []
