"""Days of an agreed year: where independent articles agree on the year of an event but write
different dates for it ("married ... on 18 June 2011" / "wed ... on 2 July 2011"; "filed for
divorce on April 12" / "on April 21"), the fact check lists the dates as a disagreement of their
own, beside the agreed year, each as its article writes it; neither is chosen.

Only a date written at the event's own year fact, in a sentence with the event's own words
(`Slot.told`), counts: the month (and day) right at its year
("on 2 July 2011", "July 2, 2011", "the 2nd of July, 2011", "2011-07-02") or the month word the
year was read from ("on April 12", in an article of that year). A month alone ("in June 2011")
weighs against another month, never against a day of its own month; a year alone against nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from . import slots
from .factcheck import AGREEMENT, DISAGREEMENT, in_sources, shown_date
from .lang.en import MONTH_ALT, MONTH_BY_WORD
from .model import UNNAMED, Citation, Conflict, ConflictValue, Fact, Sentence

_DAY = r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?"
# The date right before a year: "2 July", "the 2nd of July,", "July 2,", "Jul. 2", "July".
_BEFORE_YEAR = re.compile(rf"(?:\b{_DAY}\s+(?:of\s+)?)?\b({MONTH_ALT})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+$")
# A day right after a month word ("April 12"), or right before it ("12 April", "the 12th of April").
_DAY_AFTER = re.compile(r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![\d,.]*\s*(?:%|per|million|billion|years?|months?))")
_DAY_BEFORE = re.compile(rf"\b{_DAY}\s+(?:of\s+)?$")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})\b")
# Kin and others around the couple: a sentence with one of these may date their event ("Lee's younger sister
# tied the knot in July 2011", "first met Ray's parents in December 2008", "Ray's nephew was born in July").
_OTHERS = re.compile(r"\b(?:father|mother|dad|mum|mom|parents?|sister|brother|sibling|uncle|aunt|cousin|nephew|niece"
                     r"|grand\w+|in-laws?|step\w+|friends?|fianc\w*|girlfriend|boyfriend|ex-wife|ex-husband|first (?:wife|husband)"
                     r"|former (?:wife|husband))\b", re.IGNORECASE)
# Words of a second act of the event: a blessing after a register office, a counter-petition after a petition,
# a celebration of several days.
_ANOTHER_ACT = re.compile(r"\b(?:blessing|reception|celebrat\w*|party|renew\w*|counter-?petition\w*|cross-?petition\w*"
                          r"|response|answer|anniversary)\b", re.IGNORECASE)
# A date that dates a noun after it ("In a 2 July 2011 interview") or ends a range ("from 16 to 18 June 2011").
_DATES_A_NOUN = re.compile(r"\s+(?:interview|statement|post|episode|hearing|ruling|filing|article|report|profile"
                           r"|announcement|podcast|appearance|issue|edition|letter|email|call|visit)\b", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|and|until|till)\s*$", re.IGNORECASE)
# The words of a birth (CHILD_BORN has no `told`).
_BORN = re.compile(r"\b(?:born|gave birth|welcomed|arrived)\b", re.IGNORECASE)
# A birth of two or more at once: "twins", or two names joined right before "were born" ("Ivy and Tom were
# born March 3"). A birth year agreed of no one child (a subjectless agreement) is weighed only in these.
_BORN_TOGETHER = re.compile(r"\b(?:twins|triplets)\b|\band\s+(?:[A-Z][\w'’-]*\s+){1,3}were\s+born\b")
# A birth's date right after its word: "were born March 3", "born on March 8, 2012" (not "born that spring, were
# christened on June 7").
_BORN_ON = re.compile(r"\bborn\s+(?:on\s+)?$", re.IGNORECASE)
# The events whose dates are weighed: not a person's birth year (told from ages, a range). A separation
# only by the day it was announced (the day they parted and the day they said so are both its date:
# "listed their date of separation as July 30, 2018" / "announced in August that they had separated").
WEIGHED = frozenset(s.name for s in slots.SLOTS if s.kind == slots.YEAR and s.name != slots.BORN)
# The couple's announcement of their separation, its date right after it in one run of words: "The couple
# announced their separation on 14 March 2021", "Lee and Ray announced the split in a joint statement on Sept. 9,
# 2022"; the two of them announce it ("the couple", "the pair", "they", two names), not one of them, a
# representative or a court ("Lee confirmed their separation date as July 30", "A representative confirmed the
# separation to Metro Wire on Sept. 13"); no comma or other verb before the date ("announced the split on Friday,
# saying they had separated in May").
_ANNOUNCEMENT = re.compile(r"\b(?:couple|pair|two|exes|they|both|and\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
                           r"(?:\s*,[^,]{1,60},)?\s+(?:(?:jointly|publicly|formally|officially|first)\s+)?announced\s+(?:their|the)\s+"
                           r"(?:separation|split|break-?up|decision to (?:separate|split|part))\b(?!\s+of\b)", re.IGNORECASE)
_ANNOUNCED = re.compile(_ANNOUNCEMENT.pattern + r"(?P<run>[^,;:.]*)$", re.IGNORECASE)
_NOT_THE_ANNOUNCEMENT = re.compile(r"\b(?:had|have|has|were|was|after|before|since|saying|said|that|when|to|again"
                                   r"|privately|second|another)\b",
                                   re.IGNORECASE)


def date_written(s: Sentence, f: Fact) -> tuple[int, int, str] | None:
    """(month, day, the words) the sentence writes for the date of the year fact `f`; day 0 for a
    month alone; None for a year alone, or a month inside a name ("June Carter")."""
    a, b = f.span.start - s.start, f.span.end - s.start
    said = s.text[a:b].strip()
    names = [(m.start - s.start, m.end - s.start) for m in s.mentions]
    if said.isdigit():
        iso = _ISO.match(s.text, a)
        if iso and 1 <= int(iso.group(2)) <= 12 and 1 <= int(iso.group(3)) <= 31:
            return int(iso.group(2)), int(iso.group(3)), iso.group()
        before = _BEFORE_YEAR.search(s.text, max(0, a - 30), a)
        if not before or any(x <= before.start(2) < y for x, y in names):
            return None
        day = int(before.group(1) or before.group(3) or 0)
        return MONTH_BY_WORD[before.group(2)], day if day <= 31 else 0, s.text[before.start():b].strip(" ,")
    if said.rstrip(".") not in MONTH_BY_WORD or any(x <= a < y for x, y in names):
        return None
    after = _DAY_AFTER.match(s.text, b)
    before_day = _DAY_BEFORE.search(s.text, max(0, a - 12), a)
    day_text = after.group(1) if after else before_day.group(1) if before_day else "0"
    lo, hi = (before_day.start() if before_day and not after else a), (after.end() if after else b)
    return MONTH_BY_WORD[said.rstrip(".")], int(day_text) if int(day_text) <= 31 else 0, s.text[lo:hi].strip(" ,")


def _on_its_own(text: str, words: str) -> bool:
    """Whether the date's words date the event itself: not a noun after them ("In a 2 July 2011
    interview, Ray said he had wed Lee that spring"), nor the end of a range ("from 16 to 18 June 2011")."""
    at = text.find(words)
    return at >= 0 and not _DATES_A_NOUN.match(text, at + len(words)) and not _RANGE_BEFORE.search(text, 0, at)


def compare_dates(conflicts: Sequence[Conflict], facts: Mapping[str, Sequence[Fact]],
                  sentences: Mapping[str, Sentence], origin: Mapping[str, str], dates: Mapping[str, str],
                  couple: frozenset[str], children: frozenset[str]) -> tuple[Conflict, ...]:
    """A disagreement for each agreed year of an event of the couple's (or a child's birth) whose
    independent articles write dates that cannot both be true: two months, or two days of one
    month. `dates`: each article's date as the fact check shows it. (Another's event is not
    weighed: an agreed year of theirs may join two events, a sister's separation and a partner's.)"""
    out = []
    for c in conflicts:
        if (c.verdict != AGREEMENT or c.slot not in WEIGHED or len(c.values) != 1
                or not (frozenset(c.subject) == couple or c.slot == slots.CHILD_BORN and set(c.subject) <= children)):
            continue
        year = c.values[0].value
        ours = couple | children
        told = (_BORN if c.slot == slots.CHILD_BORN else _ANNOUNCEMENT if c.slot == slots.SEPARATED
                else slots.BY_NAME[c.slot].told)
        written: dict[tuple[int, int], list[tuple[Citation, str]]] = defaultdict(list)
        for cite in {cite.sentence: cite for cite in c.values[0].citations}.values():
            s = sentences[cite.sentence]
            if any(m.explicit and m.person not in ours for m in s.mentions):
                continue  # "She filed for divorce from Cy Moss in October 2019": another's, maybe
            if told is not None and not told.search(s.text):
                continue  # the event's own words, not a cue that may be another's ("filed a sole application
                # for divorce in June" is no final divorce, though "divorce" may cue one)
            if _OTHERS.search(s.text) or _ANOTHER_ACT.search(s.text):
                continue  # a relative's, a friend's, a guest's event, or a second act of theirs
            if c.slot == slots.CHILD_BORN and not (any(m.explicit and m.person in c.subject for m in s.mentions)
                                                   or not c.subject and _BORN_TOGETHER.search(s.text)):
                continue  # "a second child born December 28, 2015" is no date of their son's birth
            found = {date_written(s, f) for f in facts.get(s.id, ()) if (f.slot, f.value) == (c.slot, year)}
            if len(found) == 1 and (date := found.pop()) is not None and _on_its_own(s.text, date[2]) and (
                    c.slot != slots.SEPARATED or _announced_on(s.text, date[2])) and (
                    c.subject or c.slot != slots.CHILD_BORN or _BORN_ON.search(s.text, 0, max(0, s.text.find(date[2])))):
                written[date[:2]].append((cite, date[2]))
        written = _months_with_their_day(written)
        if _differ(written, origin):
            out.append(_conflict(c, year, written, origin, dates, sentences))
    return tuple(out)


def _announced_on(text: str, words: str) -> bool:
    """Whether the date's words are those of a separation's announcement (_ANNOUNCED), with no other
    verb's words between ("announced on Friday that they had separated in May" dates the announcement
    only by its Friday, which is no date written)."""
    at = text.find(words)
    said = _ANNOUNCED.search(text, 0, at) if at >= 0 else None
    return said is not None and not _NOT_THE_ANNOUNCEMENT.search(said.group("run"))


def _months_with_their_day(written: dict[tuple[int, int], list[tuple[Citation, str]]]
                           ) -> dict[tuple[int, int], list[tuple[Citation, str]]]:
    """The dates, a month written alone joined to the one day of that month written ("June 2011" to
    "18 June 2011"), and left out where two days of it are (it sides with neither)."""
    out = {k: list(v) for k, v in written.items() if k[1]}
    for (month, day), given in written.items():
        if day:
            continue
        days = [k for k in out if k[0] == month]
        if not days:
            out[(month, 0)] = list(given)
        elif len(days) == 1:
            out[days[0]].extend(given)
    return out


def _differ(written: Mapping[tuple[int, int], Sequence[tuple[Citation, str]]], origin: Mapping[str, str]) -> bool:
    """Whether two dates that cannot both be true are each written by an article that does not
    write the other."""
    def articles(key: tuple[int, int]) -> set[str]:
        return {origin.get(c.source, c.source) for c, _w in written[key]}  # (a relay giving another date is a side)

    def clash(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] != b[0] or bool(a[1] and b[1] and a[1] != b[1])

    return any(clash(a, b) and articles(a) - articles(b) and articles(b) - articles(a)
               for a, b in combinations(sorted(written), 2))


def _conflict(agreed: Conflict, year: str, written: Mapping[tuple[int, int], Sequence[tuple[Citation, str]]],
              origin: Mapping[str, str], dates: Mapping[str, str], sentences: Mapping[str, Sentence]) -> Conflict:
    """The disagreement: every date written, the most often written first."""
    def n(key: tuple[int, int]) -> int:
        return len({origin.get(c.source, c.source) for c, _w in written[key]})

    def words(key: tuple[int, int]) -> list[str]:
        return sorted({w for _c, w in written[key]})

    event = "announcement of the separation" if agreed.slot == slots.SEPARATED else slots.wording(agreed.slot)
    order = sorted(written, key=lambda k: (-n(k), k))
    listed = "; ".join(", ".join(f"“{w}”" for w in words(k)) + " " + in_sources(n(k), all(
        sentences[c.sentence].attribution == UNNAMED for c, _w in written[k])) for k in order)
    return Conflict(
        id=f"conflict-{agreed.slot}-{year}-date", slot=f"{agreed.slot} date", subject=agreed.subject,
        verdict=DISAGREEMENT,
        explanation=f"The articles agree on {year} but give different dates for the {event}: "
                    f"{listed}. Neither is chosen.",
        values=tuple(ConflictValue(
            value=" / ".join(words(k)),
            as_of="; ".join(sorted({shown_date(dates.get(c.source, "")) for c, _w in written[k]})),
            citations=tuple(sorted({c for c, _w in written[k]}, key=lambda c: (c.source, c.start))))
            for k in order))
