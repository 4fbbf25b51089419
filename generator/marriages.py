"""The couple's own marriage against the others the articles tell: the year of the couple's
wedding, and the facts that end a marriage dated before it (a first marriage's divorce, a
parent's custody fight), which are another marriage's: never the couple's record, never compared
with the couple's figures, never the year their split began; and, where they married each other
again, their second wedding and engagement, told apart from the first (second_time)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from . import slots
from .claims import ClaimGroup, named_together, wedding_of
from .extract import clause
from .lang.en import WED_EACH_OTHER_AGAIN
from .model import Fact, Sentence

# The events that end a marriage, and the length of the fight: none of the couple's is before their wedding.
ENDINGS = frozenset([slots.SEPARATED, slots.DIVORCE_FILED, slots.DIVORCE_FINAL, slots.DISPUTE_LENGTH])


def wedding_year(claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str]) -> str:
    """The year most articles give the couple's wedding, of both (a fact's subject or a claim's
    people), the earliest of those most give where several are given as often ("married from 2005 to
    2008 and to Ann Lee from 2013", read as the couple's in one article, is not their wedding when
    others give 2013); "" when none does."""
    told: dict[str, set[str]] = {}
    for fs in facts.values():
        for f in fs:
            if f.slot == slots.MARRIED and frozenset(f.subject) == couple and f.value.isdigit():
                told.setdefault(f.value, set()).add(f.span.source)
    for c in claims:
        if c.key and c.key[0] == slots.MARRIED and c.about == couple and c.key[1].isdigit():
            told.setdefault(c.key[1], set()).update(s.source for s in c.sentences)
    return min(told, key=lambda year: (-len(told[year]), year), default="")


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


def weddings_named_before(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str]
                          ) -> frozenset[tuple[str, str, str]]:
    """(sentence id, slot, value) of each couple's event that names none of its people, told right after a sentence
    of the same article that names another couple's wedding as such ("Ann Lee and Bob Ray attended the wedding of
    Cara Wynn and Tom Ray. The couple married in June 2017 in Reno."): that couple's, never weighed against
    the profile's couple's (claims.wedding_of; the claims stage gives the claim to them too)."""
    out = set()
    for prev, s in pairwise(sentences):
        if prev.source != s.source or wedding_of(prev, couple) is None:
            continue
        for f in facts.get(s.id, ()):
            known = slots.slot(f.slot)
            if known is not None and known.couple and not set(f.subject) & couple:
                out.add((s.id, f.slot, f.value))
    return frozenset(out)


def beginnings_after_split(facts: Sequence[Fact], claimed: Sequence[Fact], couple: frozenset[str], split: str
                           ) -> list[Fact]:
    """The facts with their people as the claims give them (`claimed`: claims.with_claimed_people of `facts`,
    fact for fact), but each meeting, start of dating, engagement or wedding dated after the year the couple's
    split began (`split`, sections.split_year) that is told of one of them alone or is read as the couple's: a
    new partner's ("He proposed in October, right there, by the register," of her engagement to a chef years
    after the divorce; "The couple met in 2022" of him and his new wife), never weighed against theirs. One
    naming the new partner is weighed as theirs; a second wedding to each other is second_time's
    (slots.MARRIED_AGAIN)."""
    if not split or len(couple) != 2:
        return list(claimed)
    return [g for f, g in zip(facts, claimed, strict=True)
            if not (g.slot in _STARTS and g.value.isdigit() and g.value > split
                    and (len(f.subject) == 1 and set(f.subject) < couple or set(g.subject) <= couple))]


# The events that begin a couple: after their split, one told of them is someone else's.
_STARTS = BEGINNINGS | {slots.MET, "began-dating"}


_AGAIN_SLOTS = frozenset([slots.MARRIED_AGAIN, slots.ENGAGED_AGAIN])
# How many years before the second wedding its engagement may be ("proposed on Christmas Eve" of the year before).
ENGAGEMENT_REACH = 2


def second_time(facts: Mapping[str, Sequence[Fact]], sentences: Mapping[str, Sentence], couple: frozenset[str],
                kin: frozenset[str] = frozenset(), partners: frozenset[str] = frozenset()
                ) -> dict[str, tuple[Fact, ...]]:
    """The facts, with the couple's second wedding to each other and the engagement before it told
    apart from their first, where the articles bear it out; precision first:
    - a second wedding (slots.MARRIED_AGAIN: "married each other for a second time") stands only when it
      is after their split (their first separation, filing or final divorce after their first wedding; not
      a split before it, nor a first marriage's divorce): "the couple wed again" of two who never split
      renewed their vows, and is no fact;
    - a second engagement (slots.ENGAGED_AGAIN: "proposed again") stands only within ENGAGEMENT_REACH years
      before a second wedding that stands, after the split; else it may be to someone new, and is no fact;
    - a wedding of theirs in the year of a second wedding that stands, in a sentence naming both of them and
      no one else but their kin (`kin`: children, parents, siblings), is that second wedding;
    - an engagement of theirs after the split and within ENGAGEMENT_REACH years before it ("Mr Ray proposed
      on Christmas Eve last year"), in a paragraph that names no other partner of either (`partners`: their
      spouses, former spouses and partners but each other) and an article not about one of them with someone
      else (a pair named together as often as the couple), is its engagement.
    A fact of someone else (a subject outside the couple) is left as it is."""
    if len(couple) != 2 or not any(f.slot in _AGAIN_SLOTS for fs in facts.values() for f in fs):
        return {sid: tuple(fs) for sid, fs in facts.items()}  # (no article tells a second wedding: most corpora)
    theirs = [f for fs in facts.values() for f in fs if f.value.isdigit() and set(f.subject) <= couple]
    first = min((f.value for f in theirs if f.slot == slots.MARRIED and f.subject), default="")
    split = min((f.value for f in theirs if f.slot in slots.SPLITS and f.subject and f.value >= first), default="")
    # (a second wedding of one of them, "Ray wed again", only where its words say to each other)
    again = {f.value for f in theirs if f.slot == slots.MARRIED_AGAIN and split and f.value > split
             and (set(f.subject) == couple or (f.sentence in sentences
                                               and WED_EACH_OTHER_AGAIN.search(sentences[f.sentence].text)))}
    in_paragraph: dict[tuple[str, int], set[str]] = defaultdict(set)
    for one in sentences.values():
        in_paragraph[(one.source, one.paragraph)] |= {m.person for m in one.mentions}
    # the articles about one of them with someone new ("Cy Moss engaged to actress Ann Lee"): the pair of one
    # of the couple and another named together at least as often as the couple
    low, high = sorted(couple)
    ours = (low, high)
    with_another = {source for source, pairs in named_together(list(sentences.values())).items()
                    if any(len(set(pair) & couple) == 1 and not set(pair) & kin and n >= pairs[ours]
                           for pair, n in pairs.items())}
    out: dict[str, tuple[Fact, ...]] = {}
    for sid, fs in facts.items():
        s = sentences.get(sid)
        named = {m.person for m in s.mentions} - kin if s is not None else set()
        near = in_paragraph[(s.source, s.paragraph)] if s is not None else set()
        someone_new = s is not None and (bool(near & partners) or s.source in with_another)
        each_other = s is not None and bool(WED_EACH_OTHER_AGAIN.search(s.text))
        told = [_second(f, named, couple, split, again, someone_new, each_other) for f in fs]
        out[sid] = tuple(f for f in told if f is not None)
    return out


def _second(f: Fact, named: set[str], couple: frozenset[str], split: str, again: set[str], other_partner: bool,
            each_other: bool = False) -> Fact | None:
    """The fact as second_time tells it: as it is, as the second wedding or engagement, or None (a second
    wedding or engagement the articles do not bear out)."""
    if not f.value.isdigit() or not set(f.subject) <= couple:
        return f
    window = any(int(y) - ENGAGEMENT_REACH <= int(f.value) <= int(y) for y in again) and f.value > split
    if f.slot == slots.MARRIED_AGAIN:  # (in a year of theirs that stands, a sentence naming only them, or "the
        # couple", with no other partner near, tells it too: "The couple exchanged vows on Friday, 17 May 2024")
        return f if f.value in again and (set(f.subject) == couple or each_other
                                          or named <= couple and not other_partner) else None
    if f.slot == slots.ENGAGED_AGAIN:
        return f if window and named <= couple and not other_partner else None
    if f.slot == slots.MARRIED and f.value in again and named <= couple and named | set(f.subject) == couple:
        return replace(f, slot=slots.MARRIED_AGAIN)
    if f.slot == slots.ENGAGED and window and named <= couple and (named or f.subject) and not other_partner:
        return replace(f, slot=slots.ENGAGED_AGAIN)
    return f
