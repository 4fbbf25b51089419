"""Every citation is a verbatim slice of its source and supports its statement."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.model import Profile
from generator.render import profile_json
from generator.similar import concept_stems as substance_of

ROOT = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[a-z0-9]+")


def _unbracketed(text: str) -> str:
    """The words without bracketed insertions (and without brackets the article has itself)."""
    return re.sub(r"^\[[^\]]+:\] | \[[^\]]+\]|^According to an unnamed source quoted [^:]*: ", "", text)


def _stands_in(text: str, quote: str) -> bool:
    """Whether the statement's words (less bracketed insertions) stand in the quote word for word, each
    stretch between the "[…]" of words left to the paragraph (told_asides) in order."""
    at = 0
    for piece in re.split(r" ?\[…\] ?", text):
        found = _unbracketed(quote).find(_unbracketed(piece), at)
        if found < 0:
            return False
        at = found + len(_unbracketed(piece))
    return True


def test_every_citation_slices_back(built: tuple[str, Profile]) -> None:
    name, profile = built
    data = json.loads(profile_json(profile))
    bodies = {s.id: s.body for s in profile.sources}
    n = 0
    for group in ("statements", "facts", "timeline"):
        for item in data[group]:
            for cite in item["sources"]:
                assert bodies[cite["source"]][cite["start"]:cite["end"]] == cite["quote"], (name, item)
                n += 1
    for conflict in data["conflicts"]:
        for value in conflict["values"]:
            for cite in value["sources"]:
                assert bodies[cite["source"]][cite["start"]:cite["end"]] == cite["quote"]
    assert n > 0


def test_every_quote_supports_its_statement(built: tuple[str, Profile]) -> None:
    """The statement's own words (less bracketed insertions) are one of its quotes, and
    every other quote shares its key content: its years, the same event facts (normalised:
    "seven years" and "a year and a half" = 84 and 18 months), or most of its words."""
    name, profile = built
    bodies = {s.id: s.body for s in profile.sources}
    facts_of: dict[str, set[tuple[str, str]]] = {}
    for f in profile.facts:
        facts_of.setdefault(f.sentence, set()).add((f.slot, f.value))
    for section in profile.sections:
        for st in section.statements:
            quotes = [bodies[c.source][c.start:c.end] for c in st.citations]
            own = _unbracketed(st.text)
            assert any(_stands_in(st.text, q) for q in quotes), (name, st.id, st.text)
            years = set(re.findall(r"\b(?:19|20)\d\d\b", own))
            words = set(_WORD.findall(own.lower()))
            own_facts = facts_of.get(st.claim, set())
            for c, q in zip(st.citations, quotes, strict=True):
                if st.key:  # a claim keyed on a fact: every quote states that fact
                    slot, value = st.key.split("=", 1)
                    assert any(s == slot and (not value or v == value) for s, v in facts_of.get(c.sentence, ())), (
                        name, st.id, st.key, q)
                    continue
                shared_years = years and years <= set(re.findall(r"\b(?:19|20)\d\d\b", q))
                same_facts = bool(own_facts) and own_facts == facts_of.get(c.sentence, set())
                overlap = len(words & set(_WORD.findall(q.lower()))) / max(1, len(words))
                same_substance = len(substance_of(own) & substance_of(q)) >= 0.4 * max(1, len(substance_of(own)))
                assert shared_years or same_facts or overlap >= 0.5 or same_substance, (name, st.id, q)


def test_each_source_cited_once_per_statement(built: tuple[str, Profile]) -> None:
    _name, profile = built
    for section in profile.sections:
        for st in section.statements:
            sources = [c.source for c in st.citations]
            assert len(sources) == len(set(sources)), st.id


def test_statement_ids_are_unique_and_sections_known(built: tuple[str, Profile]) -> None:
    _name, profile = built
    ids = [st.id for sec in profile.sections for st in sec.statements]
    assert len(ids) == len(set(ids))
    keys = {sec.key for sec in profile.sections}
    assert keys == {"background", "divorce", "custody", "reconciliation", "current-family"}
