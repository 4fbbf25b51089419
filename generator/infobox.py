"""The key-facts box at the top of the profile: the couple, when they met, married, separated
and divorced, and the children of both; every value cited, with how well it is supported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from . import slots
from .compose import status
from .model import Citation, Profile, Relation, Status
from .origins import origin_of

KEY_SLOTS = tuple((s.name, s.label) for s in slots.key_facts())
COUPLE_KINDS = ("spouse", "former-spouse")


def _sorted(cites: Sequence[Citation]) -> list[Citation]:
    unique = {(c.source, c.start, c.end): c for c in cites}
    return sorted(unique.values(), key=lambda c: (c.source, c.start))


def couple(profile: Profile) -> Relation | None:
    """The marriage the profile is about: the couple its sections' paragraphs tell (the records of
    the corpus's pair, outside the current family), where the relations know them as (former)
    spouses, and no other pair where they do not (a second marriage or a first one is not the
    profile's couple); without such records, of the couples the articles name, the one whose two
    people are mentioned most, then the one cited most."""
    mentions = {p.name: p.mentions for p in profile.people}
    pairs = [r for r in profile.relations if r.kind in COUPLE_KINDS]
    own = {frozenset(r.about) for r in profile.records if len(r.about) == 2 and r.section != slots.CURRENT_FAMILY
           and (known := slots.slot(r.slot)) is not None and known.record_about == slots.COUPLE}
    if len(own) == 1:
        pairs = [r for r in pairs if frozenset((r.person, r.other)) in own]
    if not pairs:
        return None
    return min(pairs, key=lambda r: (-(mentions.get(r.person, 0) + mentions.get(r.other, 0)),
                                     -len(r.citations), r.person, r.other))


def _status(cites: Sequence[Citation], origin: Mapping[str, str], verdict: str) -> Status:
    """A key fact's status, given as a statement's is (compose.status)."""
    return status({verdict}, {origin_of(origin, c.source, c.sentence) for c in cites})


def key_facts(profile: Profile) -> list[dict[str, Any]]:
    """Rows {label, value, citations, status, n}: the couple, each key event as the section
    paragraphs' record of the couple tells it (the fact check's vetted value: the couple's own, no
    unnamed source, no event only hoped for or denied; both values of a disagreement), a child's
    birth where the records hold one, and the children of both."""
    origin = {s.id: s.duplicate_of or s.id for s in profile.sources}
    rows: list[dict[str, Any]] = []

    def add(label: str, value: str, cites: Sequence[Citation], verdict: str = "") -> None:
        rows.append({"label": label, "value": value, "citations": _sorted(cites), "n": len(rows) + 1,
                     "status": _status(cites, origin, verdict)})

    pair = couple(profile)
    if pair:
        add("Couple", f"{pair.person} and {pair.other}", pair.citations)
    them = {pair.person, pair.other} if pair else set()
    for slot, label in KEY_SLOTS:
        found = [r for r in profile.records
                 if r.slot == slot and (len(r.about) == 1 if slot == slots.CHILD_BORN else set(r.about) == them)]
        if len(found) != 1:
            continue  # none; or several children born in several years: one year would say nothing of whose
        record = found[0]
        whose = f" ({record.about[0]})" if slot == slots.CHILD_BORN else ""  # "1995 (Ivy Lee)": whose birth
        add(label, " or ".join(v.value for v in record.values) + whose,
            [c for v in record.values for c in v.citations], record.verdict)
    if pair:
        children = [r for r in profile.relations if r.kind == "child" and r.other in (pair.person, pair.other)]
        both = {r.person for r in children if r.other == pair.person} & {r.person for r in children if r.other == pair.other}
        for name in sorted(both):  # the couple's children: the articles name both as parents
            add("Child", name, [c for r in children if r.person == name for c in r.citations])
    return rows
