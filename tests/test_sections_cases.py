"""Where each claim goes (generator/sections.py), one case per rule (tests/cases/units/sections.yml):
articles, and the section of each claim they make, with the sentence that words it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.claims import build_claims, main_pair
from generator.classify import Classifier
from generator.config import SectionConfig
from generator.corroborate import group_sentences
from generator.extract import extract_article, written_on
from generator.lang.en import DEFAULT_SECTIONS
from generator.sections import claim_sections, cue_sections

from .units import Golden, read_articles

GOLDEN = Golden("sections.yml", "sections")
SECTIONS = tuple(SectionConfig(key, title, cues) for key, title, cues in DEFAULT_SECTIONS)


def sections_of(articles: list[dict[str, Any]], people: list[str]) -> list[str]:
    """"section: the sentence that words the claim", for each claim, in order."""
    sources, sentences, _people = read_articles(articles, people)
    facts = {k: v for src in sources
             for k, v in extract_article([s for s in sentences if s.source == src.id], src).items()}
    claims, _aside = build_claims(sentences, facts, group_sentences(sentences, facts, {
        s.id: s.published or "" for s in sources}))
    cue_of = cue_sections(sentences, Classifier(SECTIONS))
    found = claim_sections(claims, [c.text for c in claims], sentences, cue_of, SECTIONS, main_pair(sentences), facts,
                           {s.id: written_on(s) for s in sources})
    return [f"{section}: {claim.text.text}" for claim, section in zip(claims, found, strict=True)]


@pytest.mark.parametrize("n", GOLDEN.params())
def test_section(n: int, update_goldens: bool) -> None:
    case = GOLDEN.cases[n]
    articles = case.get("articles") or [{"text": case["text"], "date": case.get("date", "2021-01-01")}]
    GOLDEN.check(n, sections_of(articles, case.get("people", [])), update_goldens)


def test_a_configured_section_keeps_its_own_words_of_the_law() -> None:
    """The default custody section counts "court" or "judge" only beside a child or custody; a
    section of the user's own (here "legal") keeps every cue word it lists."""
    from generator.classify import Classifier
    from generator.config import SectionConfig
    from generator.model import Sentence

    text = "The court ruled on the management lawsuit in March."
    s = Sentence("a:1", "a", 1, 0, 0, len(text), text, "reported", None, ())
    own = Classifier([SectionConfig("career", "Career", ("album", "tour")), SectionConfig("legal", "Legal", ("court",))])
    assert own.classify(s) == ("legal", 1)
    default = Classifier([SectionConfig("divorce", "Divorce", ("divorce",)), SectionConfig("custody", "Custody", ("court",))])
    assert default.classify(s) == ("", 0)


def test_a_birth_after_the_split_of_a_child_not_theirs_is_the_new_family() -> None:
    """corpus_n: "Little Amara was born on 9 January" (a daughter of one of them and a new partner, in 2025)
    was the couple's background; a birth after the split, told in an article that names a new partner of one of
    them, of a child who is none of the couple's (records.kin_of), is the family as it is now. Not the birth of
    a child of theirs, nor one told with no new partner (corpus_m: the couple's third child, whom the relations
    did not know as theirs, in an article of a year a false "divorced in 2008" put after the split)."""
    articles = [{"text": "Ann Lee and Bob Ray separated in 2019 after ten years of marriage.", "date": "2019-05-01"},
                {"text": "Little Ivy was born on 9 January at a London hospital, weighing 7lb 2oz. She is the first "
                         "child of Bob Ray and his partner, Cy Moss.", "date": "2025-01-20"}]
    sources, sentences, _people = read_articles(articles, ["Ann Lee", "Bob Ray", "Cy Moss", "Ivy"])
    facts = {k: v for src in sources
             for k, v in extract_article([s for s in sentences if s.source == src.id], src).items()}
    claims, _aside = build_claims(sentences, facts, group_sentences(sentences, facts, {
        s.id: s.published or "" for s in sources}))
    cue_of = cue_sections(sentences, Classifier(SECTIONS))
    couple = frozenset({"Ann Lee", "Bob Ray"})

    def section_of_birth(theirs: frozenset[str], with_partner: frozenset[str]) -> str:
        found = claim_sections(claims, [c.text for c in claims], sentences, cue_of, SECTIONS, couple, facts,
                               {s.id: written_on(s) for s in sources}, frozenset({"Ivy"}), theirs, with_partner)
        return next(sec for claim, sec in zip(claims, found, strict=True) if claim.key == ("child-born", "2025"))

    assert section_of_birth(frozenset(), frozenset({"b"})) == "current-family"  # (b names Cy Moss, Bob Ray's partner)
    assert section_of_birth(frozenset({"Ivy"}), frozenset({"b"})) == "background"
    assert section_of_birth(frozenset(), frozenset()) == "background"


@pytest.mark.parametrize(("text", "key", "about"), [
    # a wedding, its one event: keyed on it for its section (corpus_k's wedding again had gone to the divorce)
    (("Ann Lee and Bob Ray exchanged vows on Friday, 17 May 2024, at a humanist ceremony at the old fort, in front "
      "of 22 guests."), ("married", "2024"), frozenset({"Ann Lee", "Bob Ray"})),
    # a new partner's wedding: about the two its fact names (the section's rules then make it the current family)
    ("Bob Ray married the architect Cy Moss in May 2023, and Ann Lee has gone out of her way to praise the bride.",
     ("married", "2023"), frozenset({"Bob Ray", "Cy Moss"})),
    # another event's words: the split announced, the wedding only its distance
    ("Ann Lee and Bob Ray announced on Tuesday that they were splitting, almost five years after they wed in 2011.",
     None, frozenset()),
    # the wedding in a who-aside: the claim is its words'
    ('Ann Lee and Bob Ray, who wed in 2011, said in a joint statement that they "have decided to separate".',
     None, frozenset()),
])
def test_a_claim_found_by_its_words_takes_its_main_clause_s_one_event(text: str, key: tuple[str, str] | None,
                                                                       about: frozenset[str]) -> None:
    from generator.claims import ClaimGroup
    from generator.sections import _keyed_by_main_clause

    sources, sentences, _people = read_articles([{"text": text, "date": "2024-05-20"}], ["Ann Lee", "Bob Ray", "Cy Moss"])
    facts = extract_article(list(sentences), sources[0])
    s = sentences[0]
    claim = _keyed_by_main_clause(ClaimGroup(None, (s,), s), s, facts)
    assert (claim.key, claim.about) == (key, about), facts


def test_a_wedding_again_is_told_by_the_first_one_s_words() -> None:
    """corpus_k: "The couple exchanged vows on Friday, 17 May 2024, at a humanist ceremony ..." is their wedding
    again (marriages.second_time made its fact one), told by a wedding's words: keyed on it, it is the current
    family's, not the divorce its neighbours tell."""
    from generator.claims import ClaimGroup
    from generator.model import Fact, Span
    from generator.sections import _keyed_by_main_clause

    text = "The couple exchanged vows on Friday, 17 May 2024, at a humanist ceremony at the old fort."
    _sources, sentences, _people = read_articles([{"text": text, "date": "2024-05-20"}], ["Ann Lee", "Bob Ray"])
    s = sentences[0]
    at = s.start + text.index("Friday")
    again = Fact("year", "married-again", (), "2024", "2024", s.id, Span(s.source, at, at + 6))
    assert _keyed_by_main_clause(ClaimGroup(None, (s,), s), s, {s.id: (again,)}).key == ("married-again", "2024")
