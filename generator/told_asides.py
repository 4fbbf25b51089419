"""The asides of a statement's sentence that the sections' opening paragraphs already tell.

"The former couple, who married in 2008 and split a decade later, have become a model of friendly
co-parenting": where the paragraphs' records tell the wedding in 2008 and the split in 2018 (in the
background and the divorce), each citing this article, the statement reads "The former couple [...] have become a model of friendly
co-parenting". Each claim is told once, in a paragraph with every article that makes it, and the
footnote still quotes the whole sentence. Only an aside set off by commas or dashes that opens with
"who" or "whom", outside quotation marks, and every word of which is a word of its facts (the date, the
event's own words), a word of time, a small word or the name of someone the record is about: an aside
that tells anything more ("who wed in 2012 in a cliffside ceremony in Big Sur") stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from . import slots
from .clauses import who_asides
from .lang.en import MONTH_NAMES, NUMBER_WORDS, STOPWORDS, TIME_WORDS
from .model import Fact, Record, Sentence

ELLIPSIS = "[\u2026]"  # how the statement marks the words it leaves to the paragraph, as an editor does
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_SMALL = STOPWORDS | TIME_WORDS | NUMBER_WORDS | {m.lower() for m in MONTH_NAMES} | {
    "who", "whom", "decade", "decades", "ago", "later", "last", "each", "other", "both", "together", "first",
    "officially", "legally", "finally", "formally", "eventually", "only", "had", "got", "were"}

Told = Mapping[tuple[str, str, str], frozenset[str]]


def told_by_records(records: Iterable[Record]) -> dict[tuple[str, str, str], frozenset[str]]:
    """(article id, slot, value) -> whom the record is about, for every value of every record and
    each article it cites for that value."""
    told: dict[tuple[str, str, str], frozenset[str]] = {}
    for r in records:
        for v in r.values:
            for c in v.citations:
                told[(c.source, r.slot, v.value)] = frozenset(r.about)
    return told


def told_asides(s: Sentence, facts: Sequence[Fact], told: Told, keyed: Collection[tuple[str, str]] = ()
                ) -> list[tuple[int, int]]:
    """(start, end) within the sentence's text of each aside the paragraphs tell in full (above).
    `keyed`: the (slot, value) the statement's claim is keyed on, never left to the paragraph."""
    if s.speaker or s.answer_by:
        return []  # someone's words are shown as they said them
    out = []
    for a, b in who_asides(s.text):
        if any(x < s.start + b and s.start + a < y for x, y in s.quotes):
            continue
        inside = [f for f in facts if a <= f.span.start - s.start and f.span.end - s.start <= b]
        if not inside or any((f.slot, f.value) in keyed or (s.source, f.slot, f.value) not in told for f in inside):
            continue
        about = frozenset().union(*(told[(s.source, f.slot, f.value)] for f in inside))
        if _all_accounted(s, a, b, inside, about):
            out.append((a, b))
    return out


def _all_accounted(s: Sentence, a: int, b: int, inside: Sequence[Fact], about: frozenset[str]) -> bool:
    """Whether every word of s.text[a:b] is a word of the facts `inside` (their spans and their events'
    words), a small word, or of a mention of someone in `about`."""
    kept = list(s.text[a:b])
    spans = [(f.span.start - s.start - a, f.span.end - s.start - a) for f in inside]
    for f in inside:
        known = slots.slot(f.slot)
        if known is not None and known.cue is not None:
            spans += [(m.start(), m.end()) for m in known.cue.finditer(s.text[a:b])]
    spans += [(m.start - s.start - a, m.end - s.start - a) for m in s.mentions
              if m.person in about and a <= m.start - s.start and m.end - s.start <= b]
    for x, y in spans:
        kept[max(0, x):max(0, y)] = " " * (max(0, y) - max(0, x))
    return all(w.lower() in _SMALL for w in _WORD.findall("".join(kept)))
