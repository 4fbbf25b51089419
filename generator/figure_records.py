"""Records of the figures the open fact check finds agreed (generator/figures.py), for the
paragraphs that open the sections: where the couple married ("They married in September 2013
on Orcas Island.") and on which weekends one of them has the children ("Bob Ray has the
children every other weekend, as of 2021.").

The fact check compares figures read loosely, to find disagreements; a record states a figure as
the profile's own sentence, so it is stricter, precision first. It is made from an agreement only
(two or more independent articles give the figure, none another), and cites only the sentences
that say it plainly, if two independent articles are left:

- no unnamed source, no hedge ("reportedly"), no quotation, no speaker;
- a wedding's place: the sentence names no one but the couple (figures.py reads a place only
  where a sentence tells one wedding and has no word of another: "first", "again", "parents");
  every article
  that gives a region gives the same ("Paris, France" / "Paris, Texas": no record), and the
  record words the place as every cited article does ("Paris" where one says "Paris, Texas");
- a schedule: one of the couple, by name, right before "has", "gets", "sees" or "takes", then the
  children ("the kids", "them") and the schedule, which ends the clause; the name opens the
  sentence or a clause ("Under the order, ...", "..., while Bob Ray gets ..."); no year in the
  sentence (an old order retold: "Under the 2015 order, ..."). "Ann Lee's mother, Eva Lee, has
  the children ...", "Bob Ray, who divorced Ann Lee in 2020, has ...", "refused to let Bob Ray
  have ...", "Ann Lee gets a break every other weekend, when ..." are none. The record says when
  it was reported (the newest cited article's year): a schedule may change later.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from . import slots
from .extract import clause
from .factcheck import AGREEMENT
from .figures import ISLAND, SCHEDULE
from .lang.en import HEDGES, YEAR
from .model import UNNAMED, Conflict, Record, RecordValue, Sentence
from .origins import origin_of

# Where each figure's record is told (a profile without that section has none).
SECTIONS = {slots.WEDDING_PLACE: slots.BACKGROUND, slots.WEDDING_VENUE: slots.BACKGROUND, slots.VISITING_SCHEDULE: slots.CUSTODY}
_WEDDING = (slots.WEDDING_VENUE, slots.WEDDING_PLACE)  # in this order after the wedding: "at Villa Moss in Kelby"

_YEAR = re.compile(rf"\b{YEAR}\b")
# Right before the schedule: the verb of having, and the children.
_HAVING = re.compile(r"\s(?:has|gets|sees|takes|will\s+have|will\s+get|will\s+see)\s+(?:the\s+(?:kids|children|boys|girls)"
                     r"|them|both\s+(?:kids|children))\s+(?:on\s+)?$", re.IGNORECASE)
# Before the parent's name: the start of the sentence or of a clause.
_CLAUSE_OPENS = re.compile(r"(?:^|;\s+|,\s+(?:while|and|but|whereas)\s+|^(?:Under|Per|By)\s+(?:the|their|a)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:order|agreement|arrangement|plan|ruling|settlement|judgment|deal|decree),\s+)$")
# After the schedule: the end of the sentence or of its clause, or more of the schedule ("and half the holidays").
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!]|,\s+(?:while|and|but|whereas)\b|\s+and\b|$)")
_AGE = re.compile(r"^,\s*\d{1,3},$")


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
                or not (subject == couple if conflict.slot in _WEDDING else len(subject) == 1 and subject <= couple)):
            continue
        quoted = {c: bodies.get(c.source, "")[c.start:c.end] for c in conflict.values[0].citations}
        if conflict.slot in _WEDDING:  # (figures.py reads a place only where a sentence tells one wedding)
            cites = tuple(c for c in quoted if _theirs_alone(sentences.get(c.sentence), couple))
        else:
            cites = tuple(c for c in quoted if _has_them(sentences.get(c.sentence), subject))
        if len({origin_of(origin, c.source, c.sentence) for c in cites}) < 2:
            continue
        rid = f"r{len(out) + 1}"
        if conflict.slot in _WEDDING:
            wedding = next((r for r in out if r.slot == slots.MARRIED and frozenset(r.about) == couple), None)
            if conflict.slot == slots.WEDDING_PLACE:
                words = _place_words(conflict.values[0].value.split(" / "), [quoted[c] for c in cites])
                at_or_on = "on" if ISLAND.search(words.split(", ")[0]) else "in"
            else:
                words = _most_quoted(conflict.values[0].value.split(" / "), [quoted[c] for c in cites])
                at_or_on = "at"
                if not wedding or not _of_year(wedding, [sentences.get(c.sentence) for c in cites], words.removeprefix("the ")):
                    continue  # a venue is told only with the wedding whose year its sentences name
            if not words:
                continue
            about = wedding.about if wedding else tuple(sorted(couple, key=lambda n: (rank.get(n, len(rank)), n)))
            record = Record(rid, section, conflict.slot, about, AGREEMENT, (RecordValue(words, "", cites),),
                            at_or_on, called=wedding.called if wedding else ())
            at = out.index(wedding) + 1 if wedding else len(out)
            while at < len(out) and out[at].slot in _WEDDING[:_WEDDING.index(conflict.slot)]:
                at += 1  # the place after the venue
        else:
            words = _most_quoted(conflict.values[0].value.split(" / "), [quoted[c] for c in cites])
            years = sorted(published.get(c.source, "")[:4] for c in cites if published.get(c.source, "")[:4].isdigit())
            whom = "the children" if len(children) != 1 else next(iter(children))
            record = Record(rid, section, slots.VISITING_SCHEDULE, tuple(subject), AGREEMENT,
                            (RecordValue(words, years[-1] if years else "", cites),), whom)
            at = max((i + 1 for i, r in enumerate(out) if r.section == section), default=len(out))
        out.insert(at, record)
    return tuple(out)


def _of_year(wedding: Record, cited: Sequence[Sentence | None], words: str) -> bool:
    """Whether the wedding record has one value, agreed, and every cited sentence that names a year in the clause of
    the venue's `words` names the record's year ("married on 2 July 2011 at Kelby Hall, ..., and announced their
    separation in March 2019": 2011)."""
    if wedding.verdict != AGREEMENT or len(wedding.values) != 1:
        return False
    year = wedding.values[0].value[:4]
    for s in cited:
        at = s.text.find(words) if s is not None else -1
        if s is None or at < 0:
            return False
        lo, hi = clause(s.text, at, at + len(words))
        if not set(_YEAR.findall(s.text, lo, hi)) <= {year}:
            return False
    return True


def _plain(s: Sentence | None) -> bool:
    """A sentence a record may cite: a named source's, with no hedge, quoting no one."""
    return s is not None and s.attribution != UNNAMED and not s.quotes and not s.speaker and not HEDGES.search(s.text)


def _theirs_alone(s: Sentence | None, couple: frozenset[str]) -> bool:
    """Whether the sentence is plain and names no one but the couple."""
    return _plain(s) and s is not None and set(s.people) <= couple


def _has_them(s: Sentence | None, parent: frozenset[str]) -> bool:
    """Whether the sentence says, plainly, that the one parent named has the children on a schedule."""
    if not _plain(s) or s is None or _YEAR.search(s.text):
        return False
    for m in SCHEDULE.finditer(s.text):
        verb = _HAVING.search(s.text, 0, m.start())
        if verb is None or not _CLAUSE_ENDS.match(s.text, m.end()):
            continue
        for x in s.mentions:
            at, end = x.start - s.start, x.end - s.start
            between = s.text[end:verb.start()]
            if (x.person in parent and (between == "" or _AGE.match(between))
                    and _CLAUSE_OPENS.search(s.text[:at])):
                return True
    return False


def _place_words(words: Sequence[str], quotes: Sequence[str]) -> str:
    """The place as every quote words it: the longest wording all of them hold ("Big Sur,
    California" if each says so, else "Big Sur"); "" where two give the town different regions."""
    regions = {w.partition(", ")[2] for w in words if any(w in q for q in quotes)} - {""}
    if len(regions) > 1:
        return ""
    held = [w for w in words if all(w in q for q in quotes)]
    towns = {w.partition(", ")[0] for w in words}
    return max(held, key=lambda w: (len(w), w)) if held else (towns.pop() if len(towns) == 1 else "")


def _most_quoted(words: Sequence[str], quotes: Sequence[str]) -> str:
    """The wording most of the quotes hold (each counted for the longest it holds); of those
    quoted as often, the first in order."""
    count: Counter[str] = Counter()
    for q in quotes:
        held = [w for w in words if w in q]
        if held:
            count[max(held, key=len)] += 1
    return min(words, key=lambda w: (-count[w], w))
