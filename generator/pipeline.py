"""The whole flow, one line per stage: seeds/ in, docs/ pages and profile.json out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .classify import Classifier
from .compose import compose
from .config import ProfileConfig
from .corroborate import group_sentences, syndicated
from .extract import extract
from .factcheck import compare
from .ingest import ingest
from .model import Citation, Fact, Profile, Sentence, Warning
from .people import recognise
from .quotes import quote_groups
from .render import render
from .segment import segment


@dataclass(frozen=True, slots=True)
class BuildResult:
    profile: Profile
    changed: tuple[Path, ...]
    warnings: tuple[Warning, ...]


def assign_sections(sentences: tuple[Sentence, ...], classifier: Classifier) -> dict[str, str]:
    """Each sentence's section; a sentence with no cue word takes its neighbour's in the
    same paragraph (the one before it, else the one after it)."""
    own = {s.id: classifier.classify(s)[0] for s in sentences}
    out: dict[str, str] = {}
    for i, s in enumerate(sentences):
        section = own[s.id]
        if not section and i and sentences[i - 1].paragraph == s.paragraph and sentences[i - 1].source == s.source:
            section = out[sentences[i - 1].id]
        out[s.id] = section
    for i in range(len(sentences) - 2, -1, -1):
        s, nxt = sentences[i], sentences[i + 1]
        if not out[s.id] and nxt.source == s.source and nxt.paragraph == s.paragraph:
            out[s.id] = out[nxt.id]
    return out


def analyse(config: ProfileConfig) -> tuple[Profile, dict[str, Citation]]:
    """Run every stage up to the Profile; nothing is written."""
    sources, warnings = ingest(config)
    originals = tuple(s for s in sources if not s.duplicate_of)
    by_id = {s.id: s for s in sources}
    sentences, people = recognise(tuple(x for s in originals for x in segment(s)), config.people)
    facts = {s.id: extract(s, by_id[s.source]) for s in sentences}
    section_of = assign_sections(sentences, Classifier(config.sections))
    groups = group_sentences(sentences, facts)
    copies = syndicated(originals, groups, _sentence_counts(sentences))
    sources = tuple(replace(s, duplicate_of=copies[s.id]) if s.id in copies else s for s in sources)
    origin = {s.id: s.duplicate_of or s.id for s in sources}
    by_sentence = {s.id: s for s in sentences}
    conflicts, checked, dated = compare([f for fs in facts.values() for f in fs], by_sentence, origin, sources)
    facts = _by_sentence(checked)
    sources = tuple(replace(s, date_note=f"{s.date_note}; {dated[s.id][2]}") if s.id in dated else s for s in sources)
    profile = compose(config, sources, people, groups, section_of, facts, conflicts, origin)
    spans = {s.id: Citation(s.source, s.start, s.end, s.id) for s in sentences}
    return replace(profile, warnings=warnings, quotes=quote_groups(sentences, origin)), spans


def _by_sentence(facts: tuple[Fact, ...]) -> dict[str, tuple[Fact, ...]]:
    out: dict[str, list[Fact]] = {}
    for f in facts:
        out.setdefault(f.sentence, []).append(f)
    return {k: tuple(v) for k, v in out.items()}


def _sentence_counts(sentences: tuple[Sentence, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in sentences:
        counts[s.source] = counts.get(s.source, 0) + 1
    return counts


def build(config: ProfileConfig) -> BuildResult:
    """Read seeds/, write the generated pages into docs/."""
    profile, spans = analyse(config)
    changed = render(profile, config.docs_dir, spans)
    return BuildResult(profile, tuple(changed), profile.warnings)
