"""The couple's own marriage against the others the articles tell: the year of the couple's
wedding, and the facts that end a marriage dated before it (a first marriage's divorce, a
parent's custody fight), which are another marriage's: never the couple's record, never compared
with the couple's figures, never the year their split began."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import slots
from .claims import ClaimGroup
from .model import Fact

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
