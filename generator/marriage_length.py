"""How long the couple had been married when they separated, when one of them filed for divorce, or when the
divorce was final, where articles agree: "They separated in September 2016, after six years of marriage."

Nearly every story of a split gives the marriage's length ("have separated after nine years of marriage",
"asked a court to end her marriage to Bob Ray, her husband of nearly seven years", "ending their eight-year
marriage"); told sentence by sentence, the same figure is a statement per article. Its true value depends on
where it is counted to (six years to the separation, eight to the divorce), so the fact check never compares it
(slots: several_values). A record gathers it per event instead: one clause of the section's paragraph, after
the event's sentence where the paragraph has one, each footnote quoting an article's own words. Precision
first, a sentence supports it only where all of these hold:

- the claims stage gave its length to exactly the couple (claims.build_claims: "the couple", "they" and names
  resolved as for every keyed claim; never a sister's or a parent's marriage);
- it names one event the length is counted to, outside quotation marks: the separation ("have separated",
  "are splitting", "parted ways", "going their separate ways"), the filing ("filed for divorce", "asked a court to
  end her marriage") or the end ("their divorce was finalized", "a judge granted a divorce", "ending their
  eight-year marriage", "divorced last year"); a sentence with two ("split last September after six years of
  marriage, and she filed in February") or none ("Their five-year marriage is not the only casualty") gives
  none;
- the length is in whole years, outside quotation marks, no one's answer in an interview, no unnamed source's,
  with no hedge ("reportedly");
- two or more independent articles give the same number of years to the same event, with the same qualifier
  ("nearly", "more than", "about", or none: "after nearly seven years" is not "after seven years"; where both are
  given, the one more articles give is the record's, the others stay statements); an article that gives another
  number of years to the same event makes no record of that event (a disagreement the fact check does not weigh
  stays in the statements; so does one whose sentence the claims stage gave to another claim).
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

# The events a marriage's length is counted to, in the order a paragraph tells them, each by its words: the slots'
# own cues (which leave out "split their time", "filed the divorce papers of a client" and the like) and a few more.
_SPLIT_WAYS = re.compile(r"\b(?:parted ways|(?:going|went|gone|go) their separate ways|break-?up)\b", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:divorce\s+(?:was|became|is|has\s+been|had\s+been)\s+(?:(?:officially|legally|finally)\s+)?"
                    r"(?:finali[sz]ed|final)|finali[sz]ed\s+(?:their|the|her|his)\s+divorce|decree\s+absolute"
                    r"|(?:granted|signed|issued|made)\s+(?:a|the|their)\s+(?:divorce|judgment\s+of\s+divorce|divorce\s+order"
                    r"|divorce\s+judgment|decree)|ending\s+(?:the\s+couple['’]s|their|her|his|a|the)\s+(?:[\w-]+\s+){0,2}?"
                    r"marriage|(?:pair|couple|they|two)\s+divorced|\bwere\s+divorced|became\s+final)\b", re.IGNORECASE)
EVENTS = (slots.SEPARATED, slots.DIVORCE_FILED, slots.DIVORCE_FINAL)
# Right before the number of years: how near the articles say it is.
_QUALIFIERS = ((re.compile(r"\b(?:nearly|almost|just\s+under|close\s+to|not\s+quite)\s+$", re.IGNORECASE), "nearly"),
               (re.compile(r"\b(?:more\s+than|over|just\s+over|a\s+little\s+over)\s+$", re.IGNORECASE), "more than"),
               (re.compile(r"\b(?:about|around|roughly|some)\s+$", re.IGNORECASE), "about"))


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
    said: dict[tuple[str, str, str], list[Sentence]] = defaultdict(list)  # (event, value, qualifier) -> sentences
    for claim in claims:
        if claim.key is None or claim.key[0] != SLOT or claim.about != couple:
            continue
        for s in claim.sentences:
            for f in facts.get(s.id, ()) if s.id in sentences else ():
                if f.slot == SLOT and f.value == claim.key[1] and (told := _told(s, f)) is not None:
                    said[(told[0], f.value, told[1])].append(s)
    # Every length an article gives the couple's marriage at an event, whatever claim its sentence went to (a
    # sentence that gives another number of years may have joined another's claim): one more value blocks the record.
    values: dict[str, set[str]] = defaultdict(set)
    for event, value, _q in said:
        values[event].add(value)
    for sid, found in facts.items():
        for f in found:
            if f.slot == SLOT and frozenset(f.subject) == couple and (given_in := sentences.get(sid)) is not None \
                    and (told := _told(given_in, f)) is not None:
                values[told[0]].add(f.value)
    for event in EVENTS:
        given = {key: group for key, group in said.items() if key[0] == event}
        if not given or len(values[event]) != 1:
            continue  # none, or another number of years to the same event: no record
        key, group = max(given.items(), key=lambda kv: (len({origin_of(origin, s.source, s.id) for s in kv[1]}),
                                                        kv[0][2] == "", kv[0][2]))
        if len({origin_of(origin, s.source, s.id) for s in group}) < 2:
            continue
        ended = next((r for r in out if r.slot == event and frozenset(r.about) == couple), None)
        at = out.index(ended) + 1 if ended else max((i + 1 for i, r in enumerate(out) if r.section == section),
                                                    default=len(out))
        about = ended.about if ended else tuple(sorted(couple))
        out.insert(at, Record(f"r{len(out) + 1}", ended.section if ended else section, SLOT, about, AGREEMENT,
                              (RecordValue(key[1], "", oldest_first(group, dates)),), f"{event}|{key[2]}",
                              called=ended.called if ended else ()))
    return tuple(out)


def _told(s: Sentence, f: Fact) -> tuple[str, str] | None:
    """(the event the sentence counts the length to, its qualifier), where it may support a record (above)."""
    if s.attribution == UNNAMED or s.answer_by or HEDGES.search(s.text):
        return None
    if any(a <= f.span.start < b for a, b in s.quotes):
        return None
    number, _, unit = f.value.partition(" ")
    if unit != "months" or not number.isdigit() or int(number) % 12:
        return None
    said = s.outside_quotes()
    found = [event for event in EVENTS if _tells(said, event)]
    if len(found) != 1:
        return None
    before = s.text[:f.span.start - s.start]
    span = s.text[f.span.start - s.start:f.span.end - s.start]
    qualifier = next((q for pattern, q in _QUALIFIERS if pattern.search(before)), "")
    inside = re.match(r"(nearly|almost|about|more than)\s", span, re.IGNORECASE)  # "nearly a decade" is one span
    if inside:
        qualifier = {"almost": "nearly"}.get(inside.group(1).lower(), inside.group(1).lower())
    return found[0], qualifier


def _tells(text: str, event: str) -> bool:
    """Whether the words of `event` stand in the text."""
    if event == slots.DIVORCE_FINAL:
        return bool(_ENDED.search(text))
    known = slots.slot(event)
    cue = known.cue if known else None
    if event == slots.SEPARATED and _SPLIT_WAYS.search(text):
        return True
    return bool(cue and cue.search(text))
