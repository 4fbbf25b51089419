"""How long the couple had been married when they separated, when one of them filed for divorce, or when the
divorce was final, where articles agree: "They separated in September 2016, after six years of marriage."

Nearly every story of a split gives the marriage's length ("have separated after nine years of marriage",
"asked a court to end her marriage to Bob Ray, her husband of nearly seven years", "ending their eight-year
marriage"); told sentence by sentence, the same figure is a statement per article. Its true value depends on
where it is counted to (six years to the separation, eight to the divorce), so the fact check never compares it
(slots: several_values). A record gathers it per event instead: one clause of the section's paragraph, after
the event's sentence where the paragraph has one, each footnote quoting an article's own words. Precision
first (an adversarial review, tests/cases/review_today13, found each of these read wrongly by a first form), a
sentence supports it only where all of these hold:

- the sentence is cited by the paragraph's record of exactly one of the couple's events (their separation, the
  filing or the final divorce: dated, or telling the event without a date, records.undated_support): the records'
  own guards have then made it the couple's event, that happened ("her parents separated", "denied that they had
  separated", "are considering a separation", "the separation of church and state", "parted ways with their
  manager", "split the cost" are none), and the length is counted to that event: the sentence has no word of another
  of them ("split last September after six years of marriage, and she filed for divorce in February" is the filing
  record's, and gives none);
- the claims stage gave the length to exactly the couple, and the sentence names no one else (not even someone the
  corpus does not know: "has been married to Tom Moss for two years") and no other
  marriage ("her parents", "her sister", "her first husband", "her new husband", "again", "second"), nor a time the
  length was not yet or is no more ("would have been married for ten years", "will have been", "celebrated five
  years of marriage", "an anniversary", "have reconciled");
- the length is in whole years, outside quotation marks, no one's answer in an interview, no unnamed source's,
  with no hedge ("reportedly"), and with no word before it that makes it a bound ("less than", "under", "at
  least", "just shy of", "the better part of a decade");
- two or more independent articles give the same number of years to the same event, with the same qualifier
  ("nearly", "more than", "about", or none: "after nearly seven years" is not "after seven years"; where both are
  given, the one more articles give is the record's, the others stay statements; "nearly" beside "more than", or
  a tie, makes none); an article that gives another number of years to the same event makes no record of that
  event (a disagreement the fact check does not weigh stays in the statements; so does one whose sentence the
  claims stage gave to another claim).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from . import slots
from .claims import ClaimGroup
from .factcheck import AGREEMENT
from .lang.en import HEDGES
from .model import UNNAMED, Fact, Record, RecordValue, Sentence
from .origins import origin_of
from .records import MARRIAGE_LENGTH as SLOT
from .records import oldest_first
from .similar import unknown_names

EVENTS = (slots.SEPARATED, slots.DIVORCE_FILED, slots.DIVORCE_FINAL)
# Right before the number of years: how near the articles say it is.
_QUALIFIERS = ((re.compile(r"\b(?:nearly|almost|close\s+to|not\s+quite)\s+$", re.IGNORECASE), "nearly"),
               (re.compile(r"\b(?:more\s+than|over|just\s+over|a\s+little\s+over)\s+$", re.IGNORECASE), "more than"),
               (re.compile(r"\b(?:about|around|roughly|some)\s+$", re.IGNORECASE), "about"))
# Right before it, words that make it a bound or a share, no length: "less than", "under", "at least", "just shy of",
# "the better part of".
_A_BOUND = re.compile(r"\b(?:less\s+than|fewer\s+than|under|shy\s+of|at\s+least|upwards\s+of|part\s+of|well\s+over"
                      r"|little\s+under|little\s+less|up\s+to|almost\s+exactly|exactly|only|just)\s+$", re.IGNORECASE)
# Words of a split beyond the separation slot's cue, and of a divorce's end beyond the final divorce's: a sentence that
# has the words of another event than the one whose record cites it counts its length to neither ("The couple split
# last September after six years of marriage, and she filed for divorce in February" is cited by the filing's record).
_SPLIT_WAYS = re.compile(r"\b(?:parted ways|(?:going|went|gone|go) their separate ways|break-?up)\b", re.IGNORECASE)
_ENDED = re.compile(r"\bending\s+(?:the\s+couple['’]s|their|her|his|a|the)\s+(?:[\w-]+\s+){0,2}?marriage\b", re.IGNORECASE)
# Right before a name the corpus does not know: a place ("separated in Reno"), no one.
_AT_PLACE = re.compile(r"\b(?:in|at|near|from|of)\s+$", re.IGNORECASE)
# Another marriage, or a time its length was not yet or no more: the sentence gives the couple's none ("former" and
# "ex-wife" are how articles call the couple themselves: "Former striker Bob Ray and his wife, ...").
_ANOTHER_MARRIAGE = re.compile(r"\b(?:parents?|mother|father|mum|mom|dad|sister|brother|sibling|daughter|son|grand\w*"
                               r"|aunt|uncle|cousin|friends?|first|previous|earlier|prior|new|second|third"
                               r"|again|remarri\w*|would|will|could|might|anniversar\w*|celebrat\w*"
                               r"|marked|mark|reconcil\w*|trial)\b", re.IGNORECASE)


def length_records(records: Sequence[Record], claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]],
                   sentences: Mapping[str, Sentence], couple: frozenset[str], origin: Mapping[str, str],
                   dates: Mapping[str, str], sections: Sequence[str]) -> tuple[Record, ...]:
    """`records` with a record of the marriage's length for each event the articles agree on it (above), each
    right after the record of that event (or after the last of its section). Ids go on from `records`' count.
    `sentences`: by id, those that may support a record (no retracted one)."""
    out = list(records)
    known = slots.slot(SLOT)
    section = known.section if known else ""
    if len(couple) != 2 or section not in sections:
        return tuple(out)
    # each sentence the couple's record of an event cites -> that event (none where two events' records cite it)
    event_of: dict[str, str] = {}
    for r in out:
        if r.slot in EVENTS and frozenset(r.about) == couple:
            for c in r.citations:
                event_of[c.sentence] = r.slot if event_of.get(c.sentence, r.slot) == r.slot else ""
    said: dict[tuple[str, str, str], list[Sentence]] = defaultdict(list)  # (event, value, qualifier) -> sentences
    for claim in claims:
        if claim.key is None or claim.key[0] != SLOT or claim.about != couple:
            continue
        for s in claim.sentences:
            for f in facts.get(s.id, ()) if s.id in sentences else ():
                if (f.slot == SLOT and f.value == claim.key[1] and event_of.get(s.id)
                        and not _tells_another(s, event_of[s.id]) and (qualifier := _qualifier(s, f, couple)) is not None):
                    said[(event_of[s.id], f.value, qualifier)].append(s)
    # Every length an article gives the couple's marriage in a sentence of an event's record, whatever claim it went to
    # (a sentence that gives another number of years may have joined another's claim): one more value blocks it.
    values: dict[str, set[str]] = defaultdict(set)
    for event, value, _q in said:
        values[event].add(value)
    for sid, event in event_of.items():
        for f in facts.get(sid, ()) if event else ():
            if f.slot == SLOT and frozenset(f.subject) == couple:
                values[event].add(f.value)
    for event in EVENTS:
        given = {key: group for key, group in said.items() if key[0] == event}
        if not given or len(values[event]) != 1:
            continue  # none, or another number of years to the same event: no record
        counted = sorted(((len({origin_of(origin, s.source, s.id) for s in group}), key) for key, group in given.items()),
                         reverse=True)
        qualifiers = {key[2] for _n, key in counted}
        if len(counted) > 1 and counted[0][0] == counted[1][0] or {"nearly", "more than"} <= qualifiers:
            continue  # as many articles say it otherwise, or some say nearly and others more than: no record
        n, key = counted[0]
        if n < 2:
            continue
        ended = next((r for r in out if r.slot == event and frozenset(r.about) == couple), None)
        at = out.index(ended) + 1 if ended else max((i + 1 for i, r in enumerate(out) if r.section == section),
                                                    default=len(out))
        about = ended.about if ended else tuple(sorted(couple))
        out.insert(at, Record(f"r{len(out) + 1}", ended.section if ended else section, SLOT, about, AGREEMENT,
                              (RecordValue(key[1], "", oldest_first(given[key], dates)),), f"{event}|{key[2]}",
                              called=ended.called if ended else ()))
    return tuple(out)


def _qualifier(s: Sentence, f: Fact, couple: frozenset[str]) -> str | None:
    """How near the sentence puts the couple's marriage's length ("nearly", "more than", "about" or ""), where it
    may support a record (above); None where it may not."""
    if s.attribution == UNNAMED or s.answer_by or HEDGES.search(s.text) or set(s.people) - couple:
        return None
    if any(a <= f.span.start < b for a, b in s.quotes) or _ANOTHER_MARRIAGE.search(s.outside_quotes()):
        return None
    if any(not _AT_PLACE.search(s.text, 0, start) for start, _end, _name in unknown_names(s)):
        return None  # someone the corpus does not know: "has been married to Tom Moss for two years"
    number, _, unit = f.value.partition(" ")
    if unit != "months" or not number.isdigit() or int(number) % 12:
        return None
    before = s.text[:f.span.start - s.start]
    span = s.text[f.span.start - s.start:f.span.end - s.start]
    if _A_BOUND.search(before):
        return None
    inside = re.match(r"(nearly|almost|about|more than)\s", span, re.IGNORECASE)  # "nearly a decade" is one span
    if inside:
        return {"almost": "nearly"}.get(inside.group(1).lower(), inside.group(1).lower())
    return next((q for pattern, q in _QUALIFIERS if pattern.search(before)), "")


def _tells_another(s: Sentence, event: str) -> bool:
    """Whether the sentence has the words of another of EVENTS than `event`."""
    said = s.outside_quotes()
    for other in EVENTS:
        known = slots.slot(other)
        if other == event or known is None:
            continue
        extra = _SPLIT_WAYS if other == slots.SEPARATED else _ENDED if other == slots.DIVORCE_FINAL else None
        if (known.cue is not None and known.cue.search(said)) or (extra is not None and extra.search(said)):
            return True
    return False
