"""The one place a claim's section is decided: by what it is about, cue words last.

1. A claim keyed on an event fact goes where that event belongs (a wedding year to the
   background, a divorce filing to the divorce, the length of the fight over the children
   to custody), when the profile has that section; an event of another couple than the
   corpus's own (a remarriage, a new partner's earlier divorce) to the current family.
2. Otherwise the section most of its sentences' cue words point to (the clearest sentence's
   on a tie).
3. Otherwise the section of the nearest sentence of the same article that has cue words of
   its own (the one before it first): a sentence continues the story around it.
4. Otherwise the last section, so that nothing is left out unseen.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence

from . import slots
from .claims import ClaimGroup
from .classify import Classifier
from .config import SectionConfig
from .model import Sentence

# Where each kind of event belongs, for the default sections (a custom set of sections
# uses the entries whose section it has): the registry's `section` of each slot.
SLOT_SECTIONS: Mapping[str, str] = slots.sections()
# Events of a couple; when the couple is not the corpus's own (a remarriage, a new partner's
# earlier divorce), the claim belongs with the family as it is now.
COUPLE_SLOTS = slots.flagged("couple")
OTHER_COUPLES = slots.CURRENT_FAMILY


def cue_sections(sentences: Sequence[Sentence], classifier: Classifier) -> dict[str, str]:
    """Each sentence's section by its own cue words ("" when it has none)."""
    return {s.id: classifier.classify(s)[0] for s in sentences}


def claim_sections(claims: Sequence[ClaimGroup], best: Sequence[Sentence], sentences: Sequence[Sentence],
                   cue_of: Mapping[str, str], sections: Sequence[SectionConfig],
                   main: frozenset[str] = frozenset()) -> list[str]:
    """The section of each claim (`best[i]` is the sentence chosen to word claims[i]; `main`
    the corpus's couple, claims.main_pair)."""
    keys = {s.key for s in sections}
    nearby = _nearest_cued(sentences, cue_of)
    out = []
    for claim, chosen in zip(claims, best, strict=True):
        by_slot = SLOT_SECTIONS.get(claim.key[0], "") if claim.key else ""
        if by_slot and claim.key and claim.key[0] in COUPLE_SLOTS and main and claim.about and not main <= claim.about:
            by_slot = OTHER_COUPLES  # a new partner's wedding, a former spouse's earlier divorce
        if by_slot in keys:
            out.append(by_slot)
            continue
        votes = Counter(cue_of[s.id] for s in claim.sentences if cue_of.get(s.id))
        if votes:
            top = max(votes.values())
            own = cue_of.get(chosen.id, "")
            out.append(own if votes.get(own) == top else min(k for k, n in votes.items() if n == top))
            continue
        out.append(nearby.get(chosen.id) or sections[-1].key)
    return out


def _nearest_cued(sentences: Sequence[Sentence], cue_of: Mapping[str, str]) -> dict[str, str]:
    """Each sentence without cue words -> the section of the nearest cued sentence of its
    article, the one before it winning a tie."""
    out: dict[str, str] = {}
    by_source: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    for article in by_source.values():
        cued = [i for i, s in enumerate(article) if cue_of.get(s.id)]
        if not cued:
            continue
        for i, s in enumerate(article):
            k = bisect_left(cued, i)
            near = [c for c in cued[max(0, k - 1):k + 1]]
            j = min(near, key=lambda c: (abs(c - i), c > i))
            out[s.id] = cue_of[article[j].id]
    return out
