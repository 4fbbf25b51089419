"""The couple's own marriage against the others the articles tell: the year of the couple's
wedding, and the facts that end a marriage dated before it (a first marriage's divorce, a
parent's custody fight), which are another marriage's: never the couple's record, never compared
with the couple's figures, never the year their split began; and, where they married each other
again, their second wedding and engagement, told apart from the first (second_time)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

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


# How many years before the second wedding its engagement may be ("proposed on Christmas Eve" of the year before).
ENGAGEMENT_REACH = 2


def second_time(facts: Mapping[str, Sequence[Fact]], sentences: Mapping[str, Sentence], couple: frozenset[str],
                kin: frozenset[str] = frozenset()) -> dict[str, tuple[Fact, ...]]:
    """The facts, where some article says the couple married each other again (a fact of
    slots.MARRIED_AGAIN of theirs, "married each other for a second time"), with each wedding of
    theirs dated after their split began (their earliest separation, filing or final divorce) told as
    that second wedding, and each engagement of theirs after the split and at most ENGAGEMENT_REACH
    years before the second wedding as its engagement ("Mr Ray proposed on Christmas Eve last year"):
    never weighed against their first wedding or engagement. Precision first: only a fact whose sentence
    names both of them, or one of them with the fact about that one (an engagement), and no one else
    but their kin (`kin`: children, parents, siblings); a couple with no second wedding any article tells keeps its facts as they are."""
    if len(couple) != 2:
        return {sid: tuple(fs) for sid, fs in facts.items()}
    again = {f.value for fs in facts.values() for f in fs
             if f.slot == slots.MARRIED_AGAIN and f.value.isdigit() and set(f.subject) <= couple}
    split = min((f.value for fs in facts.values() for f in fs if f.slot in slots.SPLITS and f.value.isdigit()
                 and f.subject and set(f.subject) <= couple), default="")
    if not again or not split:
        return {sid: tuple(fs) for sid, fs in facts.items()}
    out: dict[str, tuple[Fact, ...]] = {}
    for sid, fs in facts.items():
        s = sentences.get(sid)
        named = {m.person for m in s.mentions} - kin if s is not None else set()
        out[sid] = tuple(_second(f, named, couple, split, again) for f in fs)
    return out


def _second(f: Fact, named: set[str], couple: frozenset[str], split: str, again: set[str]) -> Fact:
    """The fact as the couple's second wedding or engagement, where it is one (second_time)."""
    if f.slot not in BEGINNINGS or not f.value.isdigit() or f.value <= split or not named <= couple:
        return f
    if f.slot == slots.MARRIED and named | set(f.subject) == couple:
        return replace(f, slot=slots.MARRIED_AGAIN)
    if f.slot == slots.ENGAGED and named and set(f.subject) <= couple and any(
            int(y) - ENGAGEMENT_REACH <= int(f.value) <= int(y) for y in again):
        return replace(f, slot=slots.ENGAGED_AGAIN)
    return f
