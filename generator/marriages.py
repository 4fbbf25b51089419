"""The couple's own marriage against the others the articles tell: the year of the couple's
wedding, and the facts that end a marriage dated before it (a first marriage's divorce, a
parent's custody fight), which are another marriage's: never the couple's record, never compared
with the couple's figures, never the year their split began."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from . import slots
from .claims import ClaimGroup
from .extract import clause
from .model import Fact, Sentence

# The events that end a marriage, and the length of the fight: none of the couple's is before their wedding.
ENDINGS = frozenset([slots.SEPARATED, slots.DIVORCE_FILED, slots.DIVORCE_FINAL, slots.DISPUTE_LENGTH])


def wedding_year(claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str]) -> str:
    """The earliest year the articles give the couple's wedding, of both (a fact's subject or a
    claim's people); "" when none does."""
    return min([f.value for fs in facts.values() for f in fs
                if f.slot == slots.MARRIED and frozenset(f.subject) == couple and f.value.isdigit()]
               + [c.key[1] for c in claims if c.key and c.key[0] == slots.MARRIED and c.about == couple
                  and c.key[1].isdigit()], default="")


def earlier_marriages(claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str]
                      ) -> frozenset[tuple[str, str, str]]:
    """(sentence id, slot, value) of each fact that ends a marriage, or tells how long its fight
    lasted, in a sentence that dates a split before the couple's wedding ("A judge finalized Ray's
    divorce in 2012 after a two-year court fight", "Ray's parents divorced in 1998 after a custody
    battle that lasted four years", the couple married in 2014): another marriage's, never the
    couple's record nor compared with their figures."""
    wed = wedding_year(claims, facts, couple)
    if not wed:
        return frozenset()
    return frozenset((sid, f.slot, f.value) for sid, fs in facts.items()
                     if any(g.slot in ENDINGS and g.value.isdigit() and g.value < wed for g in fs)
                     for f in fs if f.slot in ENDINGS)


# The events that begin a marriage.
BEGINNINGS = frozenset([slots.MARRIED, slots.ENGAGED])
# Words of a wedding to someone new: "married new partners", "his second wife", "each remarried",
# "married again" (not "married each other again", nor "her first husband": the couple may be that).
TO_SOMEONE_NEW = re.compile(r"\b(?:new|second|third|fourth|another)\s+(?:partners?|husbands?|wife|wives|spouses?"
                            r"|boyfriends?|girlfriends?)\b|\beach\b(?!\s+other)|\bremarried\b"
                            r"|\b(?:married|wed)\s+(?:again|for\s+a\s+second\s+time)\b", re.IGNORECASE)


def weddings_to_others(sentences: Mapping[str, Sentence], facts: Mapping[str, Sequence[Fact]]
                       ) -> frozenset[tuple[str, str, str]]:
    """(sentence id, slot, value) of each wedding or engagement whose own clause says it is to
    someone else ("Lee and Ray both married new partners in 2024", "Ray married his second wife in
    2010", "each remarried in 2019"): never the couple's, never compared with their wedding's year."""
    out = set()
    for sid, fs in facts.items():
        s = sentences.get(sid)
        for f in fs:
            if s is not None and f.slot in BEGINNINGS:
                lo, hi = clause(s.text, f.span.start - s.start, f.span.end - s.start)
                if TO_SOMEONE_NEW.search(s.text, lo, hi):
                    out.add((sid, f.slot, f.value))
    return frozenset(out)
