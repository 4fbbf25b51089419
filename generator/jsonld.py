"""schema.org JSON-LD for the pages: `Person` records for the people page and a `ClaimReview`
for each disputed or superseded value on the fact-check page.

The block is data, not code: its text comes from `json.dumps`, with `<`, `>` and `&` written as
\\u003c, \\u003e and \\u0026 so that nothing an article says can close the script element or
open a comment in it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup

from .model import Conflict, Person, Relation, Source, Verdict

_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})
# schema.org's `spouse` is a current spouse: a former one is only `relatedTo`.
RELATION_PROPERTIES = {"spouse": "spouse", "former-spouse": "relatedTo", "partner": "knows", "sibling": "sibling",
                       "stepchild": "relatedTo", "grandchild": "relatedTo"}


def script_block(data: Any) -> Markup:
    """`<script type="application/ld+json">` holding `data`, safe inside an HTML page."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return Markup(f'<script type="application/ld+json">{text}</script>')


def _ref(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


def people_ld(people: Sequence[Person], relations: Sequence[Relation],
              birth_years: Mapping[str, str]) -> dict[str, Any]:
    """A graph of `Person` records for everyone the relations or the people list name."""
    linked: dict[str, dict[str, list[dict[str, str]]]] = {}

    def add(person: str, prop: str, other: str) -> None:
        linked.setdefault(person, {}).setdefault(prop, []).append(_ref(other))

    for r in relations:
        if r.kind == "child":
            add(r.person, "parent", r.other)
            add(r.other, "children", r.person)
        else:
            prop = RELATION_PROPERTIES.get(r.kind, "relatedTo")
            add(r.person, prop, r.other)
            add(r.other, prop, r.person)
    graph = []
    for p in people:
        record: dict[str, Any] = {"@type": "Person", "name": p.name}
        if p.aliases:
            record["alternateName"] = list(p.aliases)
        if p.name in birth_years:
            record["birthDate"] = birth_years[p.name]
        for prop, refs in sorted(linked.get(p.name, {}).items()):
            record[prop] = sorted(refs, key=lambda d: d["name"])
        graph.append(record)
    return {"@context": "https://schema.org", "@graph": graph}


MAX_APPEARANCES = 10  # articles listed per ClaimReview; the fact-check page cites every one


def claim_reviews_ld(conflicts: Sequence[Conflict], sources: Mapping[str, Source], slot_label: Any,
                     page_url: str, author: str) -> list[dict[str, Any]]:
    """One `ClaimReview` per value that is disputed (every value of a disagreement) or
    superseded (every value of a superseded chain but the latest), in the form fact-checkers
    publish: the claim, where it appeared, and a rating named in words."""
    out = []
    for c in conflicts:
        if c.verdict not in (Verdict.DISAGREEMENT, Verdict.SUPERSEDED):
            continue
        values = c.values if c.verdict == Verdict.DISAGREEMENT else c.values[:-1]
        rating = "Disputed" if c.verdict == Verdict.DISAGREEMENT else "Superseded"
        for v in values:
            appearances = []
            for cite in v.citations[:MAX_APPEARANCES]:
                s = sources[cite.source]
                work: dict[str, Any] = {"@type": "NewsArticle", "headline": s.title or s.path}
                if s.url.startswith(("http://", "https://")):
                    work["url"] = s.url
                if s.published:
                    work["datePublished"] = s.published
                if s.outlet:
                    work["publisher"] = {"@type": "Organization", "name": s.outlet}
                appearances.append(work)
            dates = sorted(sources[x.source].published or "" for x in v.citations)
            claim: dict[str, Any] = {"@type": "Claim", "appearance": appearances}
            if dates and dates[0]:
                claim["datePublished"] = dates[0]
            out.append({
                "@context": "https://schema.org", "@type": "ClaimReview",
                "url": f"{page_url}#{c.id}" if page_url else f"#{c.id}",
                "claimReviewed": f"{slot_label(c.slot)}: {v.value}" + (f" (as of {v.as_of})" if v.as_of else ""),
                "itemReviewed": claim,
                "author": {"@type": "Organization", "name": author},
                "reviewRating": {"@type": "Rating", "alternateName": rating, "ratingExplanation": c.explanation},
            })
    return out
