"""What the people page says about each person: relations in words, and ages stated by the
articles with the birth year each implies (the arithmetic shown)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .model import Citation, Fact, Person, Profile, Relation, Source

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


def _names(p: Person) -> list[str]:
    return sorted({p.name, *p.aliases}, key=len, reverse=True)


def age_owner(f: Fact, body: str, people: Sequence[Person]) -> str:
    """Whose age a fact gives: the person named right before ", 9," or right after
    "9-year-old" ("the 9-year-old daughter Ann"); "" when the text does not tie it to one."""
    before = body[max(0, f.span.start - 60):f.span.start]
    after = body[f.span.end:f.span.end + 60]
    stated = body[f.span.start:f.span.end]
    for p in people:
        for n in _names(p):
            if stated.lstrip().startswith(",") and re.search(rf"\b{re.escape(n)}\s*$", before):
                return p.name
            if "year-old" in stated and re.match(rf"^,?\s*(?:[a-z][\w-]*,?\s+){{0,2}}{re.escape(n)}\b", after):
                return p.name
    return ""


def ages(profile: Profile, cite_of: Mapping[str, Citation]) -> dict[str, list[dict[str, Any]]]:
    """Per person, each age an article states, with the birth year it implies: a person who is
    N in year Y was born in Y − N, or Y − N − 1 if the birthday had not yet come. Y is the
    article's year, or the year the sentence tells of for a "then-N-year-old"."""
    by_id: dict[str, Source] = {s.id: s for s in profile.sources}
    out: dict[str, list[dict[str, Any]]] = {}
    for f in profile.facts:
        if f.kind != "age" or f.number is None:
            continue
        owner = age_owner(f, by_id[f.span.source].body, profile.people)
        if not owner:
            continue
        source = by_id[f.span.source]
        # "then-9-year-old" is an age at the time the sentence tells of; any other age is the
        # age on the article's date (a year named elsewhere in the sentence is another event's).
        then = "then-" in source.body[f.span.start:f.span.end]
        as_of = f.as_of if then else (source.published or "")
        year = as_of[:4]
        row: dict[str, Any] = {"age": int(f.number), "as_of": as_of, "citation": cite_of[f.sentence]}
        if not year and source.published_inferred:  # undated article: only a bound
            row["not_before"] = source.published_inferred
            row["arithmetic"] = f"born {int(source.published_inferred[:4]) - int(f.number) - 1} or later"
        elif year:
            born = int(year) - int(f.number)
            row["arithmetic"] = f"{year} − {int(f.number)} = {born}"
            row["born"] = (born - 1, born)
        out.setdefault(owner, []).append(row)
    return out


def birth_years(rows: Mapping[str, Sequence[dict[str, Any]]]) -> dict[str, tuple[int, int]]:
    """Per person, the birth years every stated age allows (low, high); low > high when the
    ages cannot all be right."""
    out = {}
    for name, rs in rows.items():
        ranges = [r["born"] for r in rs if "born" in r]
        if ranges:
            out[name] = (max(a for a, _ in ranges), min(b for _, b in ranges))
    return out
