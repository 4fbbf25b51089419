"""A second review of unnamed sources (tests/cases/review_unnamed2: 30 small corpora, FINDINGS.md): claims that rest
on someone the article does not name, published as the outlet's reporting or on the record. Each sentence below
is read as a careful reader reads it; the cases hold what the profile must show. Known limits stay listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import ON_RECORD, REPORTED, UNNAMED, Profile
from generator.pipeline import analyse
from generator.segment import _attribution

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_unnamed2"


@pytest.mark.parametrize("outlet, text", [
    # a month, a holiday or a name closing the claim right before the tag is no speaker (W3, W4)
    ("Page Nine", ("The former couple have been spending weekends together at Ray's Malibu house since March, "
                  "the insider adds.")),
    ("Glimmer", "Lee wants primary custody of Ivy and Tom, a source close to the actress tells Glimmer."),
    ("Glimmer", "Lee moved out of the marital home before Easter, a friend says."),
    ("Glimmer", "The pair have not spoken directly since June, an insider told Glimmer."),
    # the unnamed one told again (W9, W10)
    ("Page Nine", "The source went on to say Ray pays Lee $20,000 a month in child support."),
    ("Page Nine", "This person said the couple have already divided their art collection."),
    ("Page Nine", 'As the source put it, the marriage "ran out of road" after Ray\'s father died in 2021.'),
    ("Page Nine", "The friend went on to claim that Ray had been unfaithful."),
    ("Glimmer", "The two insiders agree that Lee has been staying with her sister."),
    ("Glimmer", "Another source disputed that, saying the pair remain close and are in counselling."),
    ("Glimmer", "Here is how an insider describes the custody arrangement: the children will live with Lee."),
    # tags set off by commas, and hearsay with no teller (W10, W12)
    ("Glimmer", "Ann Lee and Bob Ray, friends say, are living apart."),
    ("Glimmer", "Ray, insiders claim, has already moved on."),
    ("Glimmer", "Chatter in Hollywood suggests Ray has been seeing a stylist he met on set."),
    ("Celeb Wire", "Lee and Ray have reconciled, a report claims."),
    ("Celeb Wire", "Multiple outlets are reporting that Bob Ray proposed to his ex-wife."),
    ("Celeb Wire", "Lee and Ray have reconciled, according to a report."),
    ("Daily Example", "Ann Lee and Bob Ray have split after 11 years of marriage, according to several reports."),
    ("Celeb Wire", "There has been speculation that the couple are planning a second wedding."),
    ("Daily Example", ("Representatives for the couple did not respond to requests for comment on reports that they "
                      "have separated.")),
    # people the lists did not know, and an outlet that "hears" (W11)
    ("Page Nine", "An industry veteran who has worked with Ray says he is devastated."),
    ("Page Nine", "An eyewitness saw the former couple kissing outside a cafe in Malibu on Sunday morning."),
    ("Page Nine", "A little bird tells me Ray is back on the dating apps."),
    ("Glimmer", "Glimmer hears Ray has quietly moved his things to the Malibu house."),
    # an unnamed group's account (W13)
    ("Page Nine", 'Those present described the mood as "very loved up."'),
    ("Page Nine", "Guests at the wedding said the couple danced all night."),
    # an outlet relaying someone it does not name (W6, W7)
    ("Daily Example", "Page Nine, which cited an unnamed insider, said the couple separated in January."),
    ("The Morning Ledger", "Ann Lee and Bob Ray have remarried, according to Glimmer, which cited a friend of the couple."),
    ("Celeb Wire", "The couple have reconciled, Celeb Wire reported on Sunday, attributing the news to an insider."),
])
def test_an_unnamed_source_is_marked(outlet: str, text: str) -> None:
    assert _attribution(text, (outlet,))[0] == UNNAMED


@pytest.mark.parametrize("outlet, text, attribution", [
    # a name set off before the role, closed by a comma, is the speaker; so is one before a "who" clause (W14)
    ("Glimmer", "Holt, a mother of two, told the Ledger she was fine.", ON_RECORD),
    ("Glimmer", '"It\'s over," Tate, Grant\'s manager, said.', ON_RECORD),
    ("The Morning Ledger", ("Lee's lawyer, Cy Moss, who was not authorized to comment on the financial terms, "
                           "confirmed that the divorce had been finalised."), ON_RECORD),
    ("The Morning Ledger", "A lawyer for the couple, who was not authorized to speak publicly, confirmed the split.",
     UNNAMED),
    # an epithet with its apposition is the one the story calls so, not someone unnamed (review_merge2 case17)
    ("Hot Gossip Daily", 'The restaurateur, a father of three, says he and Ann Lee "tried everything."', ON_RECORD),
    ("Page Nine", "A judge who heard the case said the children would stay with Lee.", REPORTED),
    # a question put to someone about reports is answered on the record
    ("Pulse Weekly", "Asked about reports that she and Ray had fought bitterly over custody, Lee shook her head.",
     REPORTED),
])
def test_who_speaks_is_read_as_written(outlet: str, text: str, attribution: str) -> None:
    assert _attribution(text, (outlet,))[0] == attribution


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]


def _statements(profile: Profile) -> dict[str, tuple[str, frozenset[str]]]:
    return {st.text: (st.status, frozenset(c.source.split("_")[0] for c in st.citations))
            for sec in profile.sections for st in sec.statements}


def test_a_reportedly_split_gives_no_record_and_no_corroboration(tmp_path: Path) -> None:
    """W1: "The pair, who married in 2012, have reportedly split." beside another article's "did not respond to
    requests for comment on reports that they have separated": no written "separated", nothing corroborated."""
    profile = _profile("case13", tmp_path)
    assert not [r for r in profile.records if r.slot == "separated"]
    statements = _statements(profile)
    assert not [t for t, (status, _c) in statements.items() if "separated" in t and status == "corroborated"]


def test_the_insider_s_claim_and_its_relay_are_not_corroboration(tmp_path: Path) -> None:
    """W3: "..., since March, the insider adds." and "Page Nine, which cited an unnamed insider, said ..."."""
    statements = _statements(_profile("case04", tmp_path))
    march = [v for t, v in statements.items() if "since March" in t]
    assert march and all(status == "unnamed-source" for status, _c in march), march


@pytest.mark.parametrize("case, words", [
    ("case02", "They said the couple have agreed to share custody"),
    ("case02", "She added that Ray will keep the Malibu house"),
    ("case29", "she adds"),
])
def test_a_pronoun_that_goes_on_for_the_source_is_the_source(case: str, words: str, tmp_path: Path) -> None:
    """W8: "They said ..." (no one named is "they") and "she adds" after an unnamed source's words."""
    found = [(t, v) for t, v in _statements(_profile(case, tmp_path)).items() if words in t]
    assert found and all(status == "unnamed-source" for _t, (status, _c) in found), found


@pytest.mark.parametrize("case, words", [
    ("case25", "He said the couple spent Easter together"),  # "A friend of Ray's told Page Nine ... He said ...":
    # the paragraph names Ray, whom "he" may be
    ("case23", "Lee keeps the Los Feliz house."),  # the terms after "According to a source ..., the deal is simple."
])
def test_known_limit_an_account_that_goes_on_unmarked(case: str, words: str, tmp_path: Path) -> None:
    found = [v for t, v in _statements(_profile(case, tmp_path)).items() if words in t]
    if found and any(status != "unnamed-source" for status, _c in found):
        pytest.xfail("FINDINGS.md: an unnamed account that goes on without a word of who says it")
