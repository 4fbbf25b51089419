"""A review of the day's rules (tests/cases/review_today23: 13 small corpora, FINDINGS.md), each wrong answer
answered: a run of five words told alike makes a relay an unnamed source's only with two words in it that are not
names ("mira voss and teodor lund" is in every sentence about them); a sentence unnamed for its own reason is
labelled with its own outlet, not one it relays; a sentence is not cut into clauses where whose word it is ("...,
court papers claim") or whom a later clause's pronoun means stands in a clause left out. Each case fails on the
rules as the review found them."""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today23"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case / "seeds", tmp_path / "docs"))[0]


def _statements(profile: Profile) -> dict[str, str]:
    return {st.text: st.attribution for sec in profile.sections for st in sec.statements}


def test_names_alone_tell_no_relay_of_an_unnamed_source(tmp_path: Path) -> None:
    """c01: "According to Hush Weekly, Mira Voss and Teodor Lund bought a farmhouse ..." was labelled an unnamed
    source's because Hush's unnamed sentence opens on the same five words, the couple's names."""
    statements = _statements(_profile("c01_relay_names_run", tmp_path))
    (farm,) = [t for t in statements if "farmhouse" in t]
    assert farm.startswith("According to Hush Weekly"), farm
    assert statements[farm] == "reported"


def test_a_relay_of_an_unnamed_source_is_not_cleared_by_names_alone(tmp_path: Path) -> None:
    """c05: Hush's own plain sentence "Mira Voss and Teodor Lund married in June 2011 in Oslo." shared the five words
    of the names with the relay, as much as its unnamed sentence did: the relay was shown as plain reporting."""
    statements = _statements(_profile("c05_clarity_hides", tmp_path))
    assert all(attribution == "unnamed-source" for text, attribution in statements.items() if "separated" in text), \
        statements


def test_a_sentence_unnamed_for_its_own_reason_is_labelled_with_its_own_outlet(tmp_path: Path) -> None:
    """c03b: "According to Hush Weekly, the couple wed ..., and a family member told Oslo Post that ..." (Oslo Post)
    and "..., according to a crew member, while Canada's Hush Weekly says ..." (Nordic Star) read "According to an
    unnamed source quoted by Hush Weekly: ...": Hush quoted no one unnamed."""
    texts = [t for t in _statements(_profile("c03b_label_own_source", tmp_path)) if t.startswith("According to an")]
    assert sorted(t.split(":")[0] for t in texts) == ["According to an unnamed source quoted by Nordic Star",
                                                     "According to an unnamed source quoted by Oslo Post"], texts


def test_whose_word_it_is_is_never_cut_off(tmp_path: Path) -> None:
    """c09: "Lund had an affair with a young co-star, and the couple separated in 2019, court papers claim." was
    shown as "Lund had an affair with a young co-star": an allegation as fact."""
    statements = _statements(_profile("c09_rule1_attribution", tmp_path))
    assert "Lund had an affair with a young co-star, and the couple separated in 2019, court papers claim." in statements
    assert not [t for t in statements if t.startswith("Lund had an affair") and not t.endswith("court papers claim.")]


def test_a_later_clause_whose_pronoun_tells_of_another_clause_stays_with_it(tmp_path: Path) -> None:
    """c08: "...; Lund took over management of her career after the wedding." alone: whose career?"""
    statements = _statements(_profile("c08_rule1_fire", tmp_path))
    assert not [t for t in statements if t.startswith("Lund took over management")], statements
