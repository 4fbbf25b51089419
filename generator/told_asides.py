"""The parts of a statement's sentence that the sections' opening paragraphs already tell.

"The former couple, who married in 2008 and split a decade later, have become a model of friendly
co-parenting": where the paragraphs' records tell the wedding in 2008 and the split in 2018 (in the
background and the divorce), each citing this article, the statement reads "The former couple [...] have become a model of friendly
co-parenting". Each claim is told once, in a paragraph with every article that makes it, and the
footnote still quotes the whole sentence. A part (clauses.parts) is left out only outside quotation marks,
where every word of it is a word of its facts (the date, the event's own words), a word of time, a small word
or the name of someone the record is about: an aside that tells anything more ("who wed in 2012 in a cliffside
ceremony in Big Sur") stays as written. A "who" aside is enough so; any other part (a trailing phrase, a
clause joined after the first, one of two predicates) only where the sentence surely tells the record's own
event (_theirs_for_sure).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from . import slots
from .clauses import blanked, parts, who_asides
from .lang.en import MONTH_NAMES, NUMBER_WORDS, PLURAL_REFERENCE, STOPWORDS, TIME_WORDS
from .model import Fact, Record, Sentence

ELLIPSIS = "[\u2026]"  # how the statement marks the words it leaves to the paragraph, as an editor does
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_SMALL = STOPWORDS | TIME_WORDS | NUMBER_WORDS | {m.lower() for m in MONTH_NAMES} | {
    "who", "whom", "decade", "decades", "ago", "later", "last", "each", "other", "both", "together", "first",
    "officially", "legally", "finally", "formally", "eventually", "only", "had", "got", "were"}

MIN_LEFT = 4  # words a statement keeps at least once the parts the paragraphs tell are left to them

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
    """(start, end) within the sentence's text of each part (clauses.parts) the paragraphs tell in full
    (above), none overlapping another, the longest first. `keyed`: the (slot, value) the statement's
    claim is keyed on, never left to the paragraph. No part when they would leave fewer than MIN_LEFT words."""
    if s.speaker or s.answer_by:
        return []  # someone's words are shown as they said them
    asides = set(who_asides(s.text))
    found = []
    for a, b in parts(s):
        if any(x < s.start + b and s.start + a < y for x, y in s.quotes):
            continue
        inside = [f for f in facts if a <= f.span.start - s.start and f.span.end - s.start <= b]
        if not inside or any((f.slot, f.value) in keyed or (s.source, f.slot, f.value) not in told for f in inside):
            continue
        about = frozenset().union(*(told[(s.source, f.slot, f.value)] for f in inside))
        if ((a, b) in asides or _theirs_for_sure(s, a, b, inside, about)) and _all_accounted(s, a, b, inside, about):
            found.append((a, b))
    out: list[tuple[int, int]] = []
    for a, b in sorted(found, key=lambda span: (span[0] - span[1], span)):
        if not any(x < b and a < y for x, y in out):
            out.append((a, b))
    if len(_WORD.findall(blanked(s.text, out))) < MIN_LEFT:
        return []
    return sorted(out)


def _theirs_for_sure(s: Sentence, a: int, b: int, inside: Sequence[Fact], about: frozenset[str]) -> bool:
    """Whether a part other than a "who" aside (s.text[a:b]) surely tells the record's own event: each of its
    facts is of exactly the people the record is about, and the sentence names each of them by name before the
    part ends (never a bare "they", "the couple" or a surname that may be another's kin: "and they married in 2008"
    may be the classmates named before); the sentence quotes no one in any quotation marks and the part says no
    "we" or "I" ("'We got engaged in 2007, and we married in 2008'"); and nothing after it refers back to it
    ("..., and they married in 2008; Ray took over the books after the wedding")."""
    named = {m.person for m in s.mentions if m.explicit and m.end - s.start <= b
             and len(s.text[m.start - s.start:m.end - s.start].split()) > 1}  # (a full name, not "Hale" alone)
    return (all(frozenset(f.subject) == about for f in inside) and about <= named
            and not _QUOTE_MARK.search(s.text) and not _FIRST_PERSON.search(s.text, a, b)
            and not _REFERS_BACK.search(s.text, b))


_QUOTE_MARK = re.compile(r"[\"“”‘]|(?:^|\s)'|'(?:\s|$)")
_FIRST_PERSON = re.compile(r"\b(?:(?i:we|us|our|me|my)|I)\b")
# What refers back to a part left out: "later", "the following year", "after the wedding", "the marriage".
_REFERS_BACK = re.compile(r"\b(?:later|following|afterwards?|then|since|that\s+year|the\s+same\s+year|"
                          r"the\s+(?:wedding|marriage|ceremony|split|separation|divorce|engagement|proposal))\b",
                          re.IGNORECASE)


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
    if len(about) > 1:  # how the two of them are called ("the couple", "the pair")
        spans += [(m.start(), m.end()) for m in PLURAL_REFERENCE.finditer(s.text[a:b])]
    for x, y in spans:
        kept[max(0, x):max(0, y)] = " " * (max(0, y) - max(0, x))
    return all(w.lower() in _SMALL for w in _WORD.findall("".join(kept)))
