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
