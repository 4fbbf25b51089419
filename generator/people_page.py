"""What the people page says about each person: relations in words, and ages stated by the
articles with the birth year each implies (the arithmetic shown)."""

from __future__ import annotations

from . import slots
from .model import Profile, Relation

PHRASES = {  # (kind, this person is the record's `person`) -> how to say it
    ("spouse", True): "married to", ("spouse", False): "married to",
    ("former-spouse", True): "formerly married to", ("former-spouse", False): "formerly married to",
    ("partner", True): "partner of", ("partner", False): "partner of",
    ("sibling", True): "sibling of", ("sibling", False): "sibling of",
    ("child", True): "child of", ("child", False): "parent of",
    ("stepchild", True): "stepchild of", ("stepchild", False): "step-parent of",
    ("grandchild", True): "grandchild of", ("grandchild", False): "grandparent of",
}


def relation_phrase(r: Relation, name: str) -> tuple[str, str]:
    """('married to', 'Jane Roe') as seen from `name`'s side of the relation."""
    mine = r.person == name
    return PHRASES.get((r.kind, mine), r.kind), r.other if mine else r.person


def birth_years(profile: Profile) -> dict[str, tuple[int, int]]:
    """Per person, the birth years the fact check's birth-year record allows (low, high): the
    intersection of what every dated age and stated birth year gives; low > high when they
    cannot all be right. The arithmetic itself is in the record (generator/births.py)."""
    out = {}
    for c in profile.conflicts:
        if c.slot != slots.BORN or len(c.subject) != 1:
            continue
        ranges = [_years(v.value) for v in c.values]
        out[c.subject[0]] = (max(a for a, _ in ranges), min(b for _, b in ranges))
    return out


def _years(value: str) -> tuple[int, int]:
    """"1995" -> (1995, 1995); "1995–1996" -> (1995, 1996)."""
    low, _, high = value.partition("–")
    return int(low), int(high or low)
