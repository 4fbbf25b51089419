"""The articles that are another's text word for word, cited beside it.

Ingest reads an article whose body is another's, byte for byte (a wire story another outlet ran
unchanged), once: it marks it `duplicate_of` the first and no stage reads it again (a copy with a
sentence more or less is read, and cited by its own sentences: corroborate.syndicated). A reader
still wants every article that says a thing named under it: the copy is a real page of a real
outlet. So wherever the profile cites the original (a statement's footnotes, a paragraph
record's), it cites each copy too, right after it, at the same words: the bodies are the same,
so the offsets quote the copy exactly; only a copy of the original's month, though (a copy run months
later reads "last month" or "on Tuesday" as another time, and says nothing of the original's date). The labels
count a copy as a copy, never as a second
source ("Corroborated · 2 sources and 1 copy": render.status_label), and the verdicts, weighed
before, are the originals' alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .extract import written_on
from .model import Citation, Profile, Record, Section, Source


def with_copies(profile: Profile) -> Profile:
    """The profile with each citation of an original followed by the same citation of each of its copies."""
    by_id = {s.id: s for s in profile.sources}
    copies: dict[str, list[str]] = defaultdict(list)
    for s in profile.sources:
        if exact_copy(s, by_id) and written_on(s)[:7] == written_on(by_id[s.duplicate_of or ""])[:7]:
            copies[s.duplicate_of or ""].append(s.id)
    if not copies:
        return profile
    sections = tuple(Section(sec.key, sec.title, tuple(replace(st, citations=_cited(st.citations, copies))
                                                       for st in sec.statements))
                     for sec in profile.sections)
    return replace(profile, sections=sections, records=tuple(_record(r, copies) for r in profile.records))


def exact_copy(s: Source, by_id: Mapping[str, Source]) -> bool:
    """Whether the article is another's text word for word (not a copy that drops or adds a sentence:
    corroborate.syndicated finds it among the articles read, and it is cited by its own sentences)."""
    original = by_id.get(s.duplicate_of or "")
    return original is not None and original.sha256 == s.sha256


def _record(r: Record, copies: Mapping[str, Sequence[str]]) -> Record:
    return replace(r, values=tuple(replace(v, citations=_cited(v.citations, copies)) for v in r.values),
                   undated=_cited(r.undated, copies))


def _cited(citations: Sequence[Citation], copies: Mapping[str, Sequence[str]]) -> tuple[Citation, ...]:
    """The citations, each followed by its copies' (none twice: an article cited already stays where it is)."""
    have = {c.source for c in citations}
    out: list[Citation] = []
    for c in citations:
        out.append(c)
        for copy in copies.get(c.source, ()):
            if copy not in have:
                have.add(copy)
                out.append(Citation(copy, c.start, c.end, c.sentence))
    return tuple(out)
