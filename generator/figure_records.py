"""Records of the figures the open fact check finds agreed (generator/figures.py), for the
paragraphs that open the sections: where the couple married ("Their wedding was in Big Sur,
California.") and on which weekends one of them has the children ("Bob Ray has the children
every other weekend, as of 2021.").

A record is made only from an agreement: two or more independent articles give the figure and
none gives another. Its citations are the clauses that give it, each quoting its article's own
words, less any sentence that rests on an unnamed source or hedges ("reportedly"): if two
independent articles are not left, no record. The place is the couple's only; the schedule is
the one parent's the fact check found named before the verb ("Ray has them every other
weekend"), and the record says when it was reported (the newest cited article's year): a
schedule may change later, and the record does not say it still holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from .factcheck import AGREEMENT
from .figures import ISLAND
from .lang.en import HEDGES
from .model import UNNAMED, Citation, Conflict, Record, RecordValue, Sentence
from .records import WEDDING_PLACE

PLACE = WEDDING_PLACE
SCHEDULE = "visiting-schedule"
# Where each figure's record is told (a profile without that section has none).
SECTIONS = {PLACE: "background", SCHEDULE: "custody"}


def figure_records(records: Sequence[Record], conflicts: Sequence[Conflict], couple: frozenset[str],
                   sections: Sequence[str], sentences: Mapping[str, Sentence], origin: Mapping[str, str],
                   published: Mapping[str, str], bodies: Mapping[str, str], children: frozenset[str],
                   named_most: Sequence[str]) -> tuple[Record, ...]:
    """`records` with a record for each agreed figure of the couple, each put where a reader looks
    for it: the wedding's place right after the couple's wedding, the schedule after the last
    record of the custody section (or last of all). Ids go on from `records`' count. `published`:
    each article's date ("" if undated); `bodies`: each article's text, for the words a
    citation quotes; `children`: the couple's children (one of them is named, not "the children")."""
    out = list(records)
    if len(couple) != 2:
        return tuple(out)
    rank = {name: i for i, name in enumerate(named_most)}
    for conflict in conflicts:
        section = SECTIONS.get(conflict.slot, "")
        subject = frozenset(conflict.subject)
        if (conflict.verdict != AGREEMENT or section not in sections or len(conflict.values) != 1
                or not (subject == couple if conflict.slot == PLACE else len(subject) == 1 and subject <= couple)):
            continue
        cites = tuple(c for c in conflict.values[0].citations if _plain(sentences.get(c.sentence)))
        if len({origin.get(c.source, c.source) for c in cites}) < 2:
            continue
        words = _most_quoted(conflict.values[0].value.split(" / "), cites, bodies)
        rid = f"r{len(out) + 1}"
        if conflict.slot == PLACE:
            married = next((r for r in out if r.slot == "married" and frozenset(r.about) == couple), None)
            about = married.about if married else tuple(sorted(couple, key=lambda n: (rank.get(n, len(rank)), n)))
            record = Record(rid, section, PLACE, about, AGREEMENT, (RecordValue(words, "", cites),),
                            "on" if ISLAND.search(words.split(", ")[0]) else "in", called=married.called if married else ())
            at = out.index(married) + 1 if married else len(out)
        else:
            years = sorted(published.get(c.source, "")[:4] for c in cites if published.get(c.source, "")[:4].isdigit())
            whom = "the children" if len(children) != 1 else next(iter(children))
            record = Record(rid, section, SCHEDULE, tuple(subject), AGREEMENT,
                            (RecordValue(words, years[-1] if years else "", cites),), whom)
            at = max((i + 1 for i, r in enumerate(out) if r.section == section), default=len(out))
        out.insert(at, record)
    return tuple(out)


def _plain(s: Sentence | None) -> bool:
    """A sentence a record may cite: a named source's, with no hedge."""
    return s is not None and s.attribution != UNNAMED and not HEDGES.search(s.text)


def _most_quoted(words: Sequence[str], cites: Sequence[Citation], bodies: Mapping[str, str]) -> str:
    """The wording most of the citations quote (each citation counted for the longest it holds:
    "Big Sur, California" holds "Big Sur"); of those quoted as often, the longest, then the first
    in order."""
    quoted: Counter[str] = Counter()
    for c in cites:
        held = [w for w in words if w in bodies.get(c.source, "")[c.start:c.end]]
        if held:
            quoted[max(held, key=len)] += 1
    return min(words, key=lambda w: (-quoted[w], -len(w), w))
