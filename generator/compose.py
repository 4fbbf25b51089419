"""Stage 7, compose: claims become the Profile the pages show, in reading order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .config import ProfileConfig
from .factcheck import DISAGREEMENT, current_values
from .factcheck import SUPERSEDED as SUPERSEDED_VERDICT
from .model import (
    ANONYMOUS,
    CORROBORATED,
    DISPUTED,
    SINGLE,
    SUPERSEDED,
    UNNAMED,
    Conflict,
    Fact,
    Person,
    Profile,
    Section,
    Sentence,
    Source,
    Statement,
)
from .relations import relate
from .segment import UNNAMED_CUES
from .timeline import build_timeline


def display_text(s: Sentence, outlet: str = "") -> str:
    """The sentence with a bracketed clarification after each pronoun or epithet,
    the way journalists mark insertions; quoted words are never touched."""
    text = s.text
    for m in sorted((m for m in s.mentions if not m.explicit), key=lambda m: -m.end):
        if any(a <= m.start < b for a, b in s.quotes):
            continue
        at = m.end - s.start
        text = f"{text[:at]} [{m.person}]{text[at:]}"
    if s.attribution == UNNAMED and not UNNAMED_CUES.search(s.text):
        by = f"quoted by {outlet}" if outlet else "quoted in the article"
        text = f"According to an unnamed source {by}: {text}"
    elif s.speaker and s.quotes and s.quotes[0][0] == s.start and s.quotes[0][1] == s.end:
        text = f"[{s.speaker}:] {text}"  # a quotation that goes on from the sentence before
    return text


def _clarity(s: Sentence) -> tuple[int, int, int]:
    """Lower is clearer: named people, not an unnamed source, a moderate length."""
    vague = sum(1 for m in s.mentions if not m.explicit)
    unnamed = 1 if s.attribution == UNNAMED else 0
    quoted = sum(b - a for a, b in s.quotes) * 2 > len(s.text)
    return (unnamed, vague + int(quoted), abs(len(s.text) - 120))


def _section(group: Sequence[Sentence], best: Sentence, section_of: Mapping[str, str]) -> str:
    """The section most of the group's sentences fall in (the clearest one's on a tie): a
    statement five articles make goes where most of them put it."""
    votes = Counter(section_of.get(s.id, "") for s in group if section_of.get(s.id))
    if not votes:
        return ""
    top = max(votes.values())
    own = section_of.get(best.id, "")
    return own if votes.get(own) == top else min(k for k, n in votes.items() if n == top)


def _status(group: Sequence[Sentence], origins: set[str], conflict_verdicts: set[str]) -> str:
    if DISAGREEMENT in conflict_verdicts:
        return DISPUTED
    if all(s.attribution == UNNAMED for s in group):
        return ANONYMOUS
    if SUPERSEDED_VERDICT in conflict_verdicts:
        return SUPERSEDED
    return CORROBORATED if len(origins) >= 2 else SINGLE


def _event_dates(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                 sources: Mapping[str, Source]) -> dict[str, str]:
    """Each sentence's place in time: a year it names, else the last one named before it
    in the same article, else the article's date."""
    out: dict[str, str] = {}
    last = ""
    current = ""
    for s in sentences:
        if s.source != current:
            current, last = s.source, ""
        years = sorted(f.value for f in facts.get(s.id, ()) if f.kind == "year")
        if years:
            last = years[0]
        out[s.id] = last or sources[s.source].sort_date[:4]
    return out


def compose(config: ProfileConfig, sources: Sequence[Source], people: Sequence[Person],
            groups: Sequence[Sequence[Sentence]], section_of: Mapping[str, str],
            facts: Mapping[str, Sequence[Fact]], conflicts: Sequence[Conflict],
            origin: Mapping[str, str]) -> Profile:
    """Arrange the merged sentences into sections, timeline and fact records."""
    by_source = {s.id: s for s in sources}
    ordered = sorted((s for g in groups for s in g), key=lambda s: (s.source, s.index))
    when = _event_dates(ordered, facts, by_source)
    verdict_of = current_values(conflicts)
    statements: dict[str, list[tuple[tuple[str, str, int], Statement]]] = {k.key: [] for k in config.sections}
    claim_of: dict[str, str] = {}  # sentence id -> id of the statement it went into (before renumbering)
    for n, group in enumerate(sorted(groups, key=lambda g: (g[0].source, g[0].index))):
        best = min(group, key=lambda s: (_clarity(s), s.source, s.index))
        section = _section(group, best, section_of)
        if not section:
            continue
        group_facts = [f for s in group for f in facts.get(s.id, ())]
        verdicts = {verdict_of[(f.slot, f.value)] for f in group_facts if (f.slot, f.value) in verdict_of}
        origins = {origin.get(s.source, s.source) for s in group}
        cites = tuple(s.citation
                      for s in sorted(group, key=lambda s: (by_source[s.source].sort_date, s.source)))
        years = sorted(f.value for f in group_facts if f.kind == "year")
        st = Statement(
            id=f"s{n + 1}", section=section, text=display_text(best, by_source[best.source].outlet),
            status=_status(group, origins, verdicts), attribution=best.attribution,
            date=years[0] if years else "", citations=cites, claim=best.id)
        statements[section].append(((when[best.id], best.source, best.index), st))
        claim_of.update((s.id, st.id) for s in group)
    sections = tuple(
        Section(c.key, c.title, tuple(st for _k, st in sorted(statements[c.key], key=lambda kv: kv[0])))
        for c in config.sections)
    sections, renumbered = _renumber(sections)
    statement_of = {sid: renumbered[old] for sid, old in claim_of.items() if old in renumbered}
    all_facts = tuple(f for s in ordered for f in facts.get(s.id, ()))
    return Profile(
        subject=config.subject or _subject(people), sources=tuple(sources), sections=sections,
        facts=all_facts, conflicts=tuple(conflicts),
        timeline=build_timeline(sections, all_facts, statement_of), people=tuple(people),
        relations=relate(ordered, people, facts))


def _renumber(sections: tuple[Section, ...]) -> tuple[tuple[Section, ...], dict[str, str]]:
    """Statement ids in reading order, so they are stable and readable; also old id -> new id."""
    n = 0
    out = []
    renumbered: dict[str, str] = {}
    for sec in sections:
        sts = []
        for st in sec.statements:
            n += 1
            renumbered[st.id] = f"s{n}"
            sts.append(replace(st, id=f"s{n}"))
        out.append(replace(sec, statements=tuple(sts)))
    return tuple(out), renumbered


def _subject(people: Sequence[Person]) -> str:
    """Without a configured subject: the most-mentioned person, and the next if close."""
    if not people:
        return "Profile"
    top = people[0]
    if len(people) > 1 and people[1].mentions * 2 >= top.mentions:
        return f"{top.name} and {people[1].name}"
    return top.name
