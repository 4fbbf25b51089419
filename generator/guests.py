"""How many guests came to the couple's wedding, as the articles that report that wedding give it.

A count of guests is weighed only where its wedding is certain: in an article that reports the couple's own
wedding as news (a claim keyed on their wedding dates it no more than REPORT_DAYS before the article, by a day
the article names or counts back to: "were married on Saturday", "said 'I do' ... yesterday"; a wire dateline's
day is the article's, not the wedding's), or in a sentence that dates its own celebration and names the couple
("On Saturday, Aug. 23, ... celebrated their marriage again ... in front of some 400 guests"), or in a later sentence
that gives their one wedding by its year ("The couple tied the knot in front of 250 guests at the hotel in 2011"),
where no article tells of a second ceremony (_by_its_year). The count must be
of those who came ("in front of", "attended by", "... attended", "packed"), in a clause with no other gathering,
awaited or invited count, venue's capacity or other day, with no kin before it, and in no one's quotation.
Weddings of one couple are told apart by their day (a civil ceremony and a church wedding of one month are two
occasions); counts of one wedding that cannot both be true ("about 1,200 guests" / "more than 2,000 guests")
are a disagreement; "more than a thousand" and "1,200" agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from . import slots
from .claims import ClaimGroup
from .clauses import blanked, relative_clauses
from .event_dates import date_written
from .extract import DATELINE, clause, month_at, months_of_date
from .lang.en import MONTH_NAMES, MONTH_NUMBERS, NUMBER_VALUES, WEEKDAYS
from .model import Fact, Sentence, Source

SLOT = "wedding-guest-count"
_QUALIFIER = (r"(?:(?P<q>about|some|around|roughly|approximately|an estimated|nearly|almost|more than|over|upwards of"
              r"|at least|fewer than|less than|under|just under|just over|just|only)\s+)?")
_NUMBER_WORD = "|".join(NUMBER_VALUES) + "|a"
_AMOUNT = (rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_NUMBER_WORD})(?:[\s-]+(?:hundred|thousand))?"
           r"(?:\s+and\s+\w+)?)")
GUEST_COUNTS = (re.compile(rf"\b{_QUALIFIER}{_AMOUNT}\s+(?:wedding\s+)?(?:guests|attendees)\b", re.IGNORECASE),
                re.compile(rf"\bguest list of\s+{_QUALIFIER}{_AMOUNT}\b", re.IGNORECASE))
# A gathering that is not the wedding itself before the count ("the reception drew 300 guests").
OTHER_GATHERING = re.compile(r"\b(?:reception|party|parties|dinner|banquet|rehearsal|brunch|fundraiser|gala|concert"
                             r"|premiere|funeral|memorial|christening|baptism|shower|hen|stag|bachelor\w*|engagement"
                             r"|birthday|anniversary|launch|un-wedding)\b", re.IGNORECASE)
# Another wedding than the one the article reports, or someone else's: a kin's, a friend's; a first or second one,
# where the sentence gives it no day of its own.
ANOTHER_WEDDING = re.compile(r"\b(?:parents?|mother|father|sister|brother|friend['’]?s?|cousin|daughter|son|child|niece"
                             r"|nephew|grand\w+)\b", re.IGNORECASE)  # (before the count: "their son married ... in front
# of 250 guests"; after it, "guests including their daughter" is among them)
ANOTHER_OCCASION = re.compile(r"\b(?:first|previous|former|earlier|prior|second|again|renew\w*)\b", re.IGNORECASE)
# Words that make a count the number of those who came: before it ("in front of 200 guests", "attended by some 250
# guests", "a guest list of 300"), or right after it ("1,200 guests attended", "600 guests packed the hotel").
_CAME_BEFORE = re.compile(r"\b(?:in front of|before|attended by|with|for|drew|draws|welcomed|hosted|of|among|list of)\s+"
                          r"(?:the\s+|an?\s+)?$", re.IGNORECASE)
_CAME_AFTER = re.compile(r",?\s+(?:(?:[\w-]+\s+){0,8}?,\s+)?(?:attended|packed|gathered|watched|looked on|were there|came"
                         r"|celebrated|joined|filled|crammed|danced|cheered|flew in|had flown|turned out|witnessed|were present"
                         r"|were on hand|saw|included|including)\b|\s+(?:were\s+)?(?:on hand|in attendance|present)\b", re.IGNORECASE)
# Another day's gathering before the count: "another wedding the next day, with 180 guests".
ANOTHER_DAY = re.compile(r"\b(?:another|next day|following day|day after|day before)\b", re.IGNORECASE)
# A count of those asked or awaited, not of those who came ("300 guests are expected", "invited 300 guests"), said
# before the count or in the few words after it (not "... attended the ceremony, a smaller affair than fans expected").
NOT_COME_AFTER = 25
NOT_COME = re.compile(r"\b(?:expect\w*|invit\w*|will|would|could|plan\w*|set to|due to|hop\w*|capacity|up to|room for"
                      r"|holds?|can seat|seats?|seating)\b", re.IGNORECASE)
# Words that date the wedding from the article's own day.
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_YESTERDAY = re.compile(r"\byesterday\b|\b(?:this|last|at the) weekend\b", re.IGNORECASE)
REPORT_DAYS = 62  # a wedding reported as news: no longer ago than this before the article


@dataclass(frozen=True, slots=True)
class GuestCount:
    occasion: str  # the wedding's day, "2011-08-13", or its month where no day is known, "2011-08"
    value: str  # for comparison: "1200", "more than 2000"
    words: str  # as the article writes it: "About 1,200 guests"
    sentence: Sentence


def guest_counts(claims: Sequence[ClaimGroup], sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                 couple: frozenset[str], family: frozenset[str], sources: Sequence[Source]) -> list[GuestCount]:
    """The counts of guests at the couple's weddings, in the articles that report one (see above),
    with the values of one wedding that can all be true made one."""
    published = {s.id: _day(s.published) for s in sources}
    occasion = _reported_weddings(claims, facts, couple, family, published)
    their_year = _their_one_wedding_year(facts, couple, sentences)
    out = []
    for s in sentences:
        low = s.text.lower()
        if "guest" not in low and "attendee" not in low:
            continue
        dated = _own_occasion(s, published.get(s.source), couple)
        when = dated or occasion.get(s.source) or _by_its_year(s, facts.get(s.id, ()), couple, their_year)
        if not when:
            continue
        for m in (m for pattern in GUEST_COUNTS for m in pattern.finditer(s.text)):
            found = _count(s, m, couple, own_date=bool(dated))
            if found is not None:
                out.append(GuestCount(when, found, m.group(0).strip(), s))
    return _agreeing_made_one(_days_joined(out))


def _their_one_wedding_year(facts: Mapping[str, Sequence[Fact]], couple: frozenset[str],
                            sentences: Sequence[Sentence] = ()) -> str:
    """The year of the couple's wedding, where the articles give one year for it and tell of no second wedding of
    theirs, no second ceremony ("and again a month later in her parents' garden", "held a second ceremony in
    Tasmania") nor a renewal of vows; "" otherwise."""
    years = {f.value for fs in facts.values() for f in fs if f.slot == slots.MARRIED and frozenset(f.subject) == couple}
    again = any(f.slot in (slots.MARRIED_AGAIN, "vows-renewed") and frozenset(f.subject) <= couple
                for fs in facts.values() for f in fs) or any(
        _SECOND_CEREMONY.search(s.text) for s in sentences if _MAY_TELL_ANOTHER.search(s.text))
    return years.pop() if len(years) == 1 and not again else ""


_MAY_TELL_ANOTHER = re.compile(r"again|second|another|civil|traditional|white|church|religious|court|regist|introduction")
# A second ceremony told anywhere: "held a second ceremony", "another wedding", "and again a month later", "married
# again".
_SECOND_CEREMONY = re.compile(r"\b(?:second|another)\s+(?:\w+\s+)?(?:ceremony|wedding|celebration|reception)\b"
                              # one of several ceremonies: "in a civil ceremony", "their traditional wedding", "a white
                              # wedding", "the church wedding", "a court wedding", "at the register office"
                              r"|\b(?:civil|traditional|white|church|religious|court|registry|introduction)\s+"
                              r"(?:ceremony|wedding|marriage)\b|\bregist(?:er|ry) office\b"
                              r"|\bagain\b[^.;]{0,60}\b(?:ceremony|wedding|garden|church|chapel|registry|register office)\b"
                              r"|\b(?:married|wed)\s+(?:each other\s+)?again\b", re.IGNORECASE)


def _by_its_year(s: Sentence, own: Sequence[Fact], couple: frozenset[str], year: str) -> str | None:
    """The year of the couple's one wedding (`year`), where the sentence with a count of guests tells it as theirs,
    by that year ("The couple tied the knot in front of 250 guests at the hotel in 2011, and have three children:
    ..."), naming no one else before the guests; the count then joins the wedding day of that year the articles
    report (_days_joined)."""
    at = s.text.lower().find("guest")
    if not year or any(p.person not in couple and p.start - s.start < at for p in s.mentions) or RENEWAL.search(s.text) or not (
            {p.person for p in s.mentions if p.explicit} >= couple or _THEIRS.search(s.text)):
        return None
    lo, hi = clause(s.text, at, at + 5)
    if not WEDDING_WORDS.search(blanked(s.text, relative_clauses(s.text)), lo, hi):
        return None  # "The couple, who married in 2011, welcomed 400 guests at the opening of their restaurant"
    return year if any(f.slot == slots.MARRIED and f.value == year and frozenset(f.subject) <= couple
                       for f in own) else None


def _days_joined(counts: list[GuestCount]) -> list[GuestCount]:
    """The counts, those of a wedding known by its month alone given the one day of that month on which a
    wedding of the couple is reported, and those known by its year alone the one day (or month) of that year;
    left out where two are (which of them it counts is not known)."""
    days: dict[str, set[str]] = defaultdict(set)
    for c in counts:
        if len(c.occasion) > 7:
            days[c.occasion[:7]].add(c.occasion)
        if len(c.occasion) > 4:
            days[c.occasion[:4]].add(c.occasion)
    out = []
    for c in counts:
        if len(c.occasion) == 4:  # a year: its days, and its months with no day of theirs
            of_year = days.get(c.occasion, set())
            known = {d for d in of_year if len(d) > 7 or not any(x.startswith(d) and len(x) > 7 for x in of_year)}
        else:
            known = days.get(c.occasion, set()) if len(c.occasion) == 7 else {c.occasion}
        if len(known) > 1:
            continue
        out.append(GuestCount(min(known), c.value, c.words, c.sentence) if known else c)
    return out


def _count(s: Sentence, m: re.Match[str], couple: frozenset[str], own_date: bool = False) -> str | None:
    """The value of one count of guests, None where it is not a count of the wedding's guests. `own_date`:
    the sentence dates its own celebration of the couple's marriage (a second one may be "again")."""
    lo, hi = clause(s.text, m.start(), m.end())
    if any(a <= m.start() < b for a, b in ((a - s.start, b - s.start) for a, b in s.quotes)):
        return None  # someone's words
    if (OTHER_GATHERING.search(s.text, lo, hi) or OTHER_GATHERING.search(s.text, 0, m.start()) and not own_date
            or ANOTHER_WEDDING.search(s.text, 0, m.start())
            or not own_date and ANOTHER_OCCASION.search(s.text, 0, m.start()) or ANOTHER_DAY.search(s.text, 0, m.start())
            or NOT_COME.search(s.text, lo, min(hi, m.end() + NOT_COME_AFTER))):
        return None  # ("250 guests at the reception", "another wedding the next day, with 180 guests", "a venue that
        # holds 400 guests"; but "... than fans expected" in another clause leaves the count)
    if not (_CAME_BEFORE.search(s.text, lo, m.start()) or _CAME_AFTER.match(s.text, m.end())):
        return None  # "Two guests were treated for heat stroke", "Only 12 guests knew": some of them, not all who came
    if any(p.person not in couple and p.start - s.start < m.start() for p in s.mentions):
        return None  # "Cy Moss married Jo Roe in front of 80 guests": another's wedding
    n = _number(m.group("n"))
    if n is None or n < 2:
        return None
    q = (m.group("q") or "").lower()
    if q in _ABOVE:
        return f"more than {n}"
    if q in _BELOW:
        return f"fewer than {n}"
    return str(n)  # "about 150" is 150 where another article gives 150 (its words keep the "about")


def _number(said: str) -> int | None:
    """"1,200" -> 1200, "Four hundred" -> 400, "a thousand" -> 1000; None for what is no plain number."""
    said = said.lower().replace(",", "")
    if said.isdigit():
        return int(said)
    words = re.split(r"[\s-]+", said)
    if "and" in words:
        return None  # "two hundred and fifty": left as written
    first = 1 if words[0] == "a" else NUMBER_VALUES.get(words[0])
    if first is None or (words[0] == "a" and len(words) == 1):
        return None
    scale = {"hundred": 100, "thousand": 1000}
    return first * scale[words[1]] if len(words) == 2 and words[1] in scale else first if len(words) == 1 else None


def _bounds(count: GuestCount) -> tuple[float, float]:
    """The counts a figure allows: "1,200" exactly that, "about 1,200" or "nearly 1,200" a tenth
    either side (below), "more than 1,000" above it, "fewer than 200" below it."""
    n = float(count.value.rsplit(" ", 1)[-1])
    if count.value.startswith("more than"):
        return n, float("inf")
    if count.value.startswith("fewer than"):
        return 0.0, n
    said = count.words.lower()
    if any(said.startswith(q + " ") for q in _NEARLY):
        return 0.9 * n, n
    if any(said.startswith(q + " ") for q in _ROUGHLY):
        return 0.9 * n, 1.1 * n
    return n, n


_ABOVE = ("more than", "over", "upwards of", "at least", "just over")
_BELOW = ("fewer than", "less than", "under", "just under")
_NEARLY = ("nearly", "almost")
_ROUGHLY = ("about", "some", "around", "roughly", "approximately", "an estimated")


def _agreeing_made_one(counts: list[GuestCount]) -> list[GuestCount]:
    """The counts, those of one wedding that can all be true ("more than a thousand" / "1,200", "about
    150" / "160") given one value (an exact one's), so that the fact check lists them as one."""
    by_occasion: dict[str, list[GuestCount]] = defaultdict(list)
    for c in counts:
        by_occasion[c.occasion].append(c)
    out = []
    for given in by_occasion.values():
        values = {c.value for c in given}
        lows, highs = zip(*(_bounds(c) for c in given), strict=True)
        if len(values) > 1 and max(lows) <= min(highs):
            plain = sorted(c.value for c in given if _bounds(c)[0] == _bounds(c)[1])
            one = plain[0] if plain else min(values)
            given = [GuestCount(c.occasion, one, c.words, c.sentence) for c in given]
        out.extend(given)
    return out


def _reported_weddings(claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str],
                       family: frozenset[str], published: Mapping[str, date | None]) -> dict[str, str]:
    """Article -> the day ("2011-08-13") or month ("2011-08") of the couple's wedding it reports as news;
    none for an article that dates two of their weddings, or none near its own day."""
    months: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.key is None or c.key[0] != slots.MARRIED or not couple <= c.about <= couple | family:
            continue
        for s in c.sentences:
            day = published.get(s.source)
            for f in facts.get(s.id, ()):
                if f.slot == slots.MARRIED and f.value.isdigit():
                    months[s.source].add(_wedding_day(s, f, day) or "")
    out = {}
    for source, found in months.items():
        day = published.get(source)
        if len(found) != 1 or "" in found or day is None:
            continue
        (when,) = found
        first = date(int(when[:4]), int(when[5:7]), int(when[8:10]) if len(when) > 7 else 1)
        if first <= day and (day - first).days <= REPORT_DAYS:
            out[source] = when
    return out


RENEWAL = re.compile(r"\brenew\w*|\bvow renewal", re.IGNORECASE)
# The couple as one, where a sentence does not name both: "they", "the couple", "their marriage".
_THEIRS = re.compile(r"\b(?:they|the couple|the pair|the two|the newlyweds|their (?:marriage|wedding|vows))\b", re.IGNORECASE)
# Words of a wedding or of a celebration of one, in a sentence that dates its own occasion.
WEDDING_WORDS = re.compile(r"\b(?:wedding|weddings|married|marriage|wed|vows|ceremony|nuptials|i do|oui|tied the knot)\b",
                           re.IGNORECASE)
# A day written with the weekday or the month and day, no year ("On Saturday, Aug. 23", "on 13 August").
_DAY_WRITTEN = re.compile(r"\b(?:(?P<wd>" + "|".join(WEEKDAYS) + r")(?:,?\s+(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})\b"
                          r"|,?\s+(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8})\b)?"
                          r"|(?P<m3>[A-Z][a-z]{2,8})\.?\s+(?P<d3>\d{1,2})\b(?!,?\s+\d{4})|\byesterday\b)")


def _own_occasion(s: Sentence, day: date | None, couple: frozenset[str]) -> str | None:
    """The day ("2014-08-23") of the celebration of the couple's marriage that a sentence with a count of
    guests dates itself, from the article's day ("On Saturday, Aug. 23, ... celebrated their marriage
    again ... in front of some 400 guests"): a day no more than REPORT_DAYS before the article, in a
    sentence with a wedding's words that names no one but the couple."""
    if (day is None or not WEDDING_WORDS.search(s.text) or RENEWAL.search(s.text)
            or any(p.person not in couple for p in s.mentions)
            or not ({p.person for p in s.mentions if p.explicit} >= couple or _THEIRS.search(s.text))):
        return None  # ("Ray married again on Saturday": one of them, to someone new; a renewal of vows)
    days = set()
    for m in _DAY_WRITTEN.finditer(s.text):
        when = _day_of(m, day)
        if when is not None and timedelta(0) <= day - when <= timedelta(days=REPORT_DAYS):
            days.add(when.isoformat())
    return days.pop() if len(days) == 1 else None


def _day_of(m: re.Match[str], day: date) -> date | None:
    """The day a written day names, read from the article's `day` (the latest such day on or before it)."""
    if m.group(0).lower() == "yesterday":
        return day - timedelta(days=1)
    month_word = m.group("m1") or m.group("m2") or m.group("m3")
    if month_word:
        month = MONTH_NUMBERS.get(month_word) or MONTH_NUMBERS.get(month_word + ".")
        if not month:
            return None
        try:
            when = date(day.year, month, int(m.group("d1") or m.group("d2") or m.group("d3")))
        except ValueError:
            return None
        return when if when <= day else None
    return _weekday_before(day, m.group("wd"))


def _weekday_before(day: date, weekday: str) -> date:
    """The last `weekday` ("Saturday") before `day`, a week before where `day` is one."""
    return day - timedelta(days=(day.weekday() - WEEKDAYS.index(weekday)) % 7 or 7)


def _wedding_day(s: Sentence, f: Fact, day: date | None) -> str | None:
    """The day ("2011-08-13") or, where no day is known, the month ("2011-08") of the wedding fact `f`:
    the date written at it ("on 2 July 2011", "on Saturday, June 29"), or, where it is dated from the
    article's day ("on Saturday", "yesterday"), that day."""
    at, end = f.span.start - s.start, f.span.end - s.start
    dateline = DATELINE.match(s.text)
    if dateline and at < dateline.end():  # "SAN MIGUEL, Mexico, June 23 (Wire) - ... married ... on Saturday": the
        # dateline's day is the article's; the wedding's is the weekday the sentence gives, counted from the article
        weekday = _WEEKDAY.search(s.text, dateline.end())
        if weekday is None or day is None:
            return None
        when = _weekday_before(day, weekday.group(1))
        return when.isoformat() if str(when.year) == f.value else None
    written = date_written(s, f)
    if written and written[1]:
        return f"{f.value}-{written[0]:02d}-{written[1]:02d}"
    near = next((m for m in _DAY_WRITTEN.finditer(s.text, max(0, at - 4), min(len(s.text), end + 30))
                 if m.start() <= end), None)  # (a weekday with its date: "on Saturday, June 29")
    if near and (near.group("m1") or near.group("m2") or near.group("m3")):
        found = _day_of(near, day or date(int(f.value), 12, 31))
        if found is not None and str(found.year) == f.value:
            return found.isoformat()
    said = s.text[at:end]
    named = set(months_of_date(s, f)) | {month_at(s, f)}
    named.discard(0)
    if said.strip().rstrip(".") in MONTH_NUMBERS:  # the year was read from the month word itself ("on June 22")
        named.add(MONTH_NUMBERS[said.strip().rstrip(".")])
    if len(named) == 1:
        return f"{f.value}-{min(named):02d}"
    if named or day is None:
        return None
    weekday = _WEEKDAY.search(said)
    if weekday:
        when = _weekday_before(day, weekday.group(1))
    elif _YESTERDAY.search(said):
        when = day - timedelta(days=1)
    else:
        return None
    if str(when.year) != f.value or any(m in said for m in MONTH_NAMES):
        return None
    return when.isoformat()


def _day(published: str | None) -> date | None:
    """An article's day of publication, None where it gives no full date."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
