"""Stage 4, extract: typed facts (years, durations, ages, counts, money) from sentences."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from . import slots
from .clauses import relative_clause_around, who_aside_around
from .ingest.dates import ahead_of_article, url_date
from .lang.en import (
    A_THING_SPLITS,
    AGAIN_AFTER,
    APPOSED_KIN,
    BLENDED,
    COUNTED_THINGS,
    CURRENCY,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    HOLIDAY_DAYS,
    HOLIDAY_MONTHS,
    JOINING_CONJUNCTIONS,
    KIN_WORDS,
    MODAL_BEFORE,
    MONEY_SCALE,
    MONEY_SCALES,
    MONTH_ALT,
    MONTH_BY_WORD,
    MONTH_NAMES,
    MONTH_NUMBERS,
    MONTHS,
    NAME_LIST_GOES_ON,
    NAME_STOPWORDS,
    NEGATED_BEFORE,
    NOT_UNTIL,
    NUMBER_VALUES,
    ORDINALS,
    PAST_VERBS,
    PERFECT_BEFORE,
    PERFECT_OF_A_LIFE,
    PLANNED_TO,
    PLURAL_REFERENCE,
    RANGE_END,
    REGIONS,
    REPORT_VERBS,
    SECOND_PREDICATE,
    SPLIT_A_SHARE,
    TEASER,
    TELLING_WORDS,
    TELLINGS_AND_WORKS,
    WED_EACH_OTHER_AGAIN,
    WEDDING_THING,
    WEEKDAYS,
    YEAR,
)
from .model import Fact, Mention, Sentence, Source, Span
from .retracted import corrections, retracted_ids, retractions

NUMBER_WORDS = NUMBER_VALUES
_NUM = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
# Year slots: the words that tie a year to an event, looked for close to the year (the registry's cues).
YEAR_SLOTS: tuple[tuple[str, re.Pattern[str]], ...] = slots.cues(slots.YEAR)
_NEEDS = {s.name: s.needs for s in slots.SLOTS if s.needs}  # the cheap test before a slot's cue (Slot.needs)
# A month named without a year ("filed for divorce in June", "last June"): the latest such month
# on or before the article's date. "May" is left out: it is more often the verb.
_MONTH_WORDS = {w: n for w, n in MONTH_NUMBERS.items() if w != "May"}  # "May" is a word too: only where it must be a month
# Every month's name and short form, the longest first: the months of the patterns below.
# A day of the month: "2", "the 2nd".
_DAY = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
# (no month with a year after it: "June 2019", "April last year" is last year's April, read by relative_years)
_NO_YEAR_AFTER = rf"(?!,? \d)(?! (?:of )?{YEAR})(?!,? (?:of )?(?:last|this|next) year\b)"
_BARE_MONTH = re.compile(
    r"(?<![\w.])(?:(?:in|last|this|since|until|by|early|late) )?(" + "|".join(
        re.escape(m) for m in sorted(_MONTH_WORDS, key=len, reverse=True))
    + rf")(?!\w)(?: \d{{1,2}}(?:st|nd|rd|th)?\b)?{_NO_YEAR_AFTER}"
    rf"|(?<=\b(?:in|In|by|By) )(May)(?!\w)(?: \d{{1,2}}\b)?{_NO_YEAR_AFTER}")  # "May" only after "in"
# A day told relative to the article's date ("on Monday", "last week", "over the weekend"): the article's year.
_WEEKDAY = "|".join(WEEKDAYS)
_RECENT_DAY = re.compile(
    rf"\b(?:(?:on|last|this|since|until) (?:{_WEEKDAY})|"
    rf"(?:{_WEEKDAY})(?: night| morning| afternoon)?(?=[.,;]|\s+(?:in|at|after|during|outside|near|before)\s)|"
    rf"(?<=filed for divorce )(?:{_WEEKDAY})(?=\s+from\s)|"  # the wire's "filed for divorce Tuesday from Bob Ray"
    r"(?i:last|this|earlier this) week(?:end)?|(?i:over the|this past) weekend|(?i:yesterday|earlier today))\b")
# "said Tuesday", "spoke on Monday about how they married": when it was said, not the event's day.
_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(verb) for verb in (
    *REPORT_VERBS, "spoke", "speaking", "talked", "talking", "recalling", "reflecting", "explaining",
    "revealing") if verb != "declared") + r")\s+$")  # ("a judge declared Monday": the court's act)
_BARE_WEEKDAY = re.compile(rf"(?:{_WEEKDAY})(?: night| morning| afternoon)?")  # "Saturday", not "on Saturday"
_DAYS_BACK = {**{day.lower(): n for n, day in enumerate(WEEKDAYS)}, "yesterday": -1}


def recent_year(said: str, published: str) -> str:
    """The year of a day told relative to the article's date: the last such weekday on or before it
    ("Friday" in an article of Monday, January 3, 2022 is December 31, 2021), the day before for
    "yesterday", the year of every day "last week" may be (last_week; "" where they are of two years); the
    article's year where its day is not known."""
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return published[:4]
    word = said.lower()
    named = next((w for w in _DAYS_BACK if w in word), None)
    if named == "yesterday":
        back = 1
    elif named is not None:
        back = (day.weekday() - _DAYS_BACK[named]) % 7
    elif "last week" in word:
        first, last = last_week(day)
        return str(first.year) if first.year == last.year else ""
    elif "weekend" in word:
        back = (day.weekday() + 2) % 7 or 7
    else:
        back = 0
    return str((day - timedelta(days=back)).year)


def last_week(day: date) -> tuple[date, date]:
    """The first and last day "last week" may be, told on `day`: the week before its own, Monday to Sunday; on a
    Saturday or a Sunday also the days of its own week before it (the week just ending, as many read it)."""
    monday = day - timedelta(days=day.weekday())
    return monday - timedelta(days=7), day - timedelta(days=1) if day.weekday() >= 5 else monday - timedelta(days=1)


def _event_right_before(text: str, at: int) -> bool:
    """Whether an event's cue word stands before `at` in the same stretch of words, no comma between
    ("filed for divorce from Bob Ray Friday in Reno"; not "Lee, whose divorce became final in a quiet
    hearing, spoke Tuesday at the hotel": the weekday is the speech's)."""
    return any(b <= at and at - b <= 60 and "," not in text[b:at] for _a, b, _slot in _cues(text[:at]))
# "the following year", "three years later", "a decade earlier": that many years after (or
# before) the year named before it in the sentence.
_NEXT_YEAR = re.compile(
    rf"\b(?:the (?:following|next) (?:year|spring|summer|fall|autumn|winter)(?!['’]s)|(a|{_NUM}) (year|decade)s? "
    rf"(later|earlier|after(?=\s*(?:[,.;:)]|$)|\s+\w+ing\b)|before(?=\s*(?:[,.;:)]|$)))\b)", re.IGNORECASE)
# ("two years after, they divorced"; "met in 2008 and married four years after meeting" (_years: only where the
# event of its "-ing" word is the year's before it); not "in 2017, seven years after tying the knot": that many
# years after the event named after it, which is earlier, not later: a review found events dated seven years ahead)
_GERUND_AFTER = re.compile(r"\s+(\w+ing(?:\s+the\s+knot|\s+up)?)\b", re.IGNORECASE)
# not "$2000", "12005", "the 1990s" nor a number of things ("2010 miles from home", "1500 guests")
_YEAR = re.compile(rf"(?<![\d$])({YEAR})(?!\d)(?!s\b)(?!\s+{COUNTED_THINGS}\b)")
_RANGE = re.compile(rf"\bfrom ({YEAR}) (?:to|until|through|-|–) ({YEAR})\b")
_DURATION = re.compile(
    rf"\b(?:(a year and a half)|({_NUM})[ -](years?|months?)(?![ -]old)|(nearly |almost |about |more than )?(a decade))\b",
    re.IGNORECASE)
_AGE = re.compile(
    rf"\b(?:then-)?({_NUM})-year-old\b|,\s(?:now\s)?({_NUM})(?=,\s|\.(?:\s|$)|;)|\bturned ({_NUM})\b(?!\s+(?:of|into)\b)(?!\s+(?!(?:this|years|months|weeks|days|is|was|as|has)\b)[a-z]+s\b)"
    # "Ivy, who is 5, and Tom, who is 4": an age told now, right after the name (never "who was 5 when")
    rf"|,\s+who\s+is\s+(?:now\s+)?({_NUM})(?=,\s|\.(?:\s|$)|;)", re.IGNORECASE)
# The most children a count may give and be a family's: a larger one is a crowd ("the 31 children adopted
# on Adoption Day", "300 kids at the camp"), never compared with a family's count (a family of 19 is one).
MOST_CHILDREN = 20
# A count of children; not "the other two children" nor "the remaining two" (some of them, not how many).
_COUNT = re.compile(
    rf"(?<!\bother )(?<!\bremaining )\b({_NUM}) (kids|children|daughters|sons|grandchildren)\b|\b(?:their|her|his) ({'|'.join(ORDINALS)}) (?:child|baby)\b",
    re.IGNORECASE)
# A sum in dollars, pounds, euros or naira ("$1.3 million", "£4.2m", "€500,000", "₦2.5 million"), with the purpose
# written after it.
_MONEY = re.compile(rf"(?P<sign>{CURRENCY})(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(?P<scale>{MONEY_SCALE})\b)?"
                    rf"(?:\s+in\s+(?!(?:their|his|her|the|a|an|its|our|my|your)\b)(?P<purpose>[a-z]+(?: [a-z]+)?))?",
                    re.IGNORECASE)


# What stands between a sum and the same sum in another currency: ", about ", " (", " (about " (never " or ": "$5
# million or $6 million" are two sums; and only in another currency: "$9,000, $4,000 a month" are two). figures.py
# reads a support's period past such a conversion with it.
CONVERSION_GAP = r"\s*[,(]?\s*(?:about|around|roughly|approximately|some|nearly|equivalent to|=)?\s*(?:A|AU|C|HK|NZ|NT|S|SG|US)?"
_CONVERSION = re.compile(r"(?:\s+(?:a|per|each)\s+(?:month|week|year))?" + CONVERSION_GAP)  # (also "45,000 pesos a
# month (about US$2,250)")


def number(word: str) -> int:
    """'seven' -> 7, '18' -> 18."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _subject(s: Sentence) -> tuple[str, ...]:
    return tuple(sorted(set(s.people)))


def _years(s: Sentence, source: Source | None = None) -> Iterator[tuple[str, str, int, int, float]]:
    """(slot, value, start, end, number) for years tied to an event word: each year takes the
    event whose cue word stands nearest to it in its own clause ("tied the knot in 2001 after
    they met in 1999": 2001 the wedding, 1999 the meeting). A month named without a year
    counts as the article's year (or the year before, when that month is still to come)."""
    for m in _RANGE.finditer(s.text):
        before = [c for c in _cues(s.text[:m.start()]) if m.start() - c[1] <= 60]
        if before and max(before, key=lambda c: c[1])[2] == slots.MARRIED:  # (not "were engaged from 2015 until 2016
            # but never married": the engagement's years, and no wedding)
            yield slots.MARRIED, m.group(1), m.start(1), m.end(1), float(m.group(1))
            yield slots.DIVORCE_FINAL, m.group(2), m.start(2), m.end(2), float(m.group(2))
            return
    mentions = _year_mentions(s.text, source)
    cues = _cues(s.text) if mentions else []
    # A cue right before a year is that year's ("married in 2008"): no year before it takes it
    # as a cue after itself ("engaged in 2007 and married in 2008").
    taken = {c for _v, start, end in mentions for c in cues if c[1] <= start and _before(s.text, c, start)}
    last = ""
    last_at = 0
    given: set[tuple[str, str]] = set()
    last_slot = ""
    for value, start, end in mentions:
        slot = _nearest(cues, s.text, start, end, taken,
                        relative=value[:1] not in "+-" and not s.text[start:end].strip().isdigit())
        if value[:1] in "+-":
            gerund = _GERUND_AFTER.match(s.text, end) if s.text[start:end].lower().endswith("after") else None
            since = [c[2] for c in _cues(gerund.group(1))] if gerund else []
            value = _season_shift(s.text, start, end, last_at, value)
            value = str(int(last) + int(value)) if last and value and (not gerund or since[:1] == [last_slot]) else ""
        if value:
            last, last_slot, last_at = value, slot, start
        if slot == slots.MET and _RECENT_DAY.fullmatch(s.text, start, end):
            continue  # "met on Tuesday to sign the papers": a meeting this week, not how they met
        if slot and value and (slot, value) not in given:
            given.add((slot, value))  # "on Monday, March 11": one date, told twice
            yield slot, value, start, end, float(value)
    yield from _separated_the_previous(s.text, mentions, given)
    yield from _told_as_news(s, source, {slot for slot, _v in given}, mentions)


# "the couple had separated the previous fall" (they, the pair; ", having separated ...") at the end of a clause, after
# the one date the sentence gives (_separated_the_previous); not "her parents had separated the previous fall".
_SEPARATED_PREVIOUS = re.compile(r"(?:\b(?:[Tt]he\s+(?:couple|pair|two)|[Tt]hey)\s+(?:had\s+)?|,\s+having\s+)"
                                 r"(?i:separated|split(?:\s+up)?)\s+the\s+previous\s+(?i:(spring|summer|fall|autumn|year))"
                                 r"(?=\s*(?:[.;]|$))")


def _separated_the_previous(text: str, mentions: Sequence[tuple[str, int, int]], given: set[tuple[str, str]]
                            ) -> Iterator[tuple[str, str, int, int, float]]:
    """The separation's year where a clause ends on "separated the previous fall" (spring, summer, year), told from
    the one date the sentence gives before it, a month and a year: "Lee filed for divorce in March 2019; the couple
    had separated the previous fall" is 2018; after "in December 2019", 2019. Never where the sentence gives another
    year (whose date is it told from?), a date with no month, a winter, or words after it ("split the previous fall
    from her manager")."""
    told = _SEPARATED_PREVIOUS.search(text) if "previous" in text else None
    years = [(v, a) for v, a, _b in mentions if v.isdigit()]
    if told is None or len(years) != 1 or years[0][1] > told.start():
        return
    year, at = years[0]
    month = _DATE_MONTH_BEFORE.search(text, max(0, at - 30), at)
    named = MONTH_BY_WORD.get(month.group(month.lastindex or 0), 0) if month else 0
    season = told.group(1).lower()
    if not named:
        return
    value = str(int(year) - (season == "year" or named <= _SEASON_ENDS.get(season, 12)))
    if (slots.SEPARATED, value) not in given:
        given.add((slots.SEPARATED, value))
        yield slots.SEPARATED, value, told.start(1) - len("the previous "), told.end(), float(value)


# The events an article's present perfect dates to the article ("has filed for divorce", "have
# separated"); not a meeting ("have met several times" is no first meeting). Of these, those
# that "been" may stand before: a court's act ("has been awarded custody", "has been declared
# legally single", "has been finalized"); never a state ("has been married", "have been separated").
NEWS_SLOTS = frozenset([slots.DIVORCE_FILED, slots.DIVORCE_FINAL, slots.SEPARATED, slots.MARRIED, slots.ENGAGED,
                        slots.MARRIED_AGAIN, slots.ENGAGED_AGAIN,
                        "began-dating", slots.CHILD_BORN, slots.CUSTODY_AWARDED, "declared-single", "vows-renewed"])
NEWS_PASSIVE_SLOTS = frozenset([slots.CUSTODY_AWARDED, "declared-single"])
_FINALIZED = re.compile(r"finali[sz]ed", re.IGNORECASE)
# "are officially divorced", "is now officially divorced": the news of a decree, as the present perfect tells it.
# Right after "divorce": "is now final", "of Ann Lee and Bob Ray is final" (not "is not yet final").
_FINAL_NOW = re.compile(r"(?:\s+of\s+[^,.;]{1,60}?)?\s+(?:is|are)\s+(?:now\s+)?(?:officially\s+|legally\s+)?final\b"
                        r"(?P<been>(?!))?", re.IGNORECASE)
_OFFICIALLY_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+)?officially\s+(?P<been>(?!))?$", re.IGNORECASE)


def is_news(f: Fact, s: Sentence) -> bool:
    """Whether a fact's year is its article's, from the present perfect (_told_as_news)."""
    return f.kind == slots.YEAR and bool(_NEWS_SPAN.match(s.text, f.span.start - s.start))


_NEWS_SPAN = re.compile(r"(?:has|have)\b|(?:is|are)\s+(?:now\s+)?officially\b|divorce\b(?=[^.;]{0,80}?\s+(?:is|are)\s+"
                        r"(?:now\s+)?(?:officially\s+|legally\s+)?final\b)", re.IGNORECASE)


def news_in_keeping(facts: Mapping[str, Sequence[Fact]], sentences: Mapping[str, Sentence]
                    ) -> dict[str, tuple[Fact, ...]]:
    """The facts, less each year of the present perfect (_told_as_news) that the corpus tells
    otherwise: where articles date that event of those people with a year, all of them earlier
    ("filed for divorce in 2019" beside a 2021 article's "has asked a court to end her marriage",
    loosely said of the old news), the article tells the event, not its year. Linear: the dated
    years are gathered by slot once."""
    dated: dict[str, list[Fact]] = defaultdict(list)
    news: list[Fact] = []
    for fs in facts.values():
        for f in fs:
            if f.kind == slots.YEAR:
                (news if is_news(f, sentences[f.sentence]) else dated[f.slot]).append(f)
    stale = set()
    for f in news:
        years = [d.value for d in dated.get(f.slot, ()) if not (f.subject and d.subject and not set(f.subject) & set(d.subject))]
        if years and all(y < f.value for y in years):
            stale.add(id(f))
    return {sid: tuple(f for f in fs if id(f) not in stale) for sid, fs in facts.items()}


def _told_as_news(s: Sentence, source: Source | None, dated: set[str], mentions: Sequence[tuple[str, int, int]]
                  ) -> Iterator[tuple[str, str, int, int, float]]:
    """(slot, the article's year, start, end, year) of each event the sentence tells in the present
    perfect, right after "has"/"have" ("A judge has handed Ann Lee primary physical custody of her
    two children", "Lee and Ray have separated after ten years"): a news article's present perfect
    is its own news. Precision first, only where all of these hold: the article has a full date
    (not in the first two weeks of January, when its news may be of the year before); the event
    is one of NEWS_SLOTS, not dated otherwise in the sentence (`dated`); its clause has no other
    time (`mentions`: years and times told from the article's date) and no word that makes it a
    life's ("has married twice", "have split before", "since"); no wish or maybe before it ("would have
    split"), nor a thing as the subject of a split ("The band Lee and Ray founded has split"); it is not within
    quotation marks."""
    published = written_on(source) if source else ""
    if len(published) < 10 or published[5:7] == "01" and published[8:10] < "15" or "ha" not in s.text \
            and "fficially" not in s.text and "final" not in s.text:
        return
    year = published[:4]
    for a, b, slot in _cues(s.text):
        if slot not in NEWS_SLOTS or slot in dated:
            continue
        aux = PERFECT_BEFORE.search(s.text, 0, a)
        if aux is None and slot == slots.DIVORCE_FINAL and relative_clause_around(s.text, a, b) is None:
            aux = _OFFICIALLY_NOW.search(s.text, 0, a) or _FINAL_NOW.match(s.text, b)  # "Ann Lee and Bob Ray are
            # officially divorced", "Lee and Ray's divorce is now final": the decree's news
            # (not a state told aside: "Lee and Ray, who are officially divorced, met for lunch")
        if aux is None or aux.group("been") and not (slot in NEWS_PASSIVE_SLOTS or _FINALIZED.match(s.text, a)):
            continue
        lo, hi = clause(s.text, a, b)
        if MODAL_BEFORE.search(s.text, 0, aux.start()) or (slot == slots.SEPARATED and A_THING_SPLITS.search(s.text, lo, a)):
            continue  # "would have split years ago"; "The band Lee and Ray founded has split"
        if (PERFECT_OF_A_LIFE.search(s.text, b, hi) or any(lo <= at < hi and not _in_an_aside(s.text, at, e, a)
                                                            for _v, at, e in mentions)
                or any(qa <= s.start + a < qb for qa, qb in s.quotes)):
            continue
        dated.add(slot)
        yield (slot, year, aux.start(), b, float(year)) if aux.start() < b else (slot, year, a, aux.end(), float(year))


def _in_an_aside(text: str, start: int, end: int, cue: int) -> bool:
    """Whether text[start:end] stands in a relative clause set off by commas that does not hold the cue at
    `cue`: "Lee and Ray, who married in 2010, have separated" (2010 is the wedding's, not a time of the news)."""
    aside = relative_clause_around(text, start, end)
    return aside is not None and not aside[0] <= cue < aside[1]


def _year_mentions(text: str, source: Source | None) -> list[tuple[str, int, int]]:
    """(year or "+1", start, end) of every year, bare month and "the following year", in order."""
    found = [(m.group(1), m.start(1), m.end(1)) for m in _YEAR.finditer(text)]
    found += [(_shift(m), m.start(), m.end()) for m in _NEXT_YEAR.finditer(text)]
    found += [("+0", m.start(1), m.end(1)) for m in _THAT_MONTH.finditer(text)]
    found += relative_years(text, written_on(source) if source else "")
    return sorted(found, key=lambda x: x[1])


def time_mentions(text: str, source: Source | None) -> list[tuple[str, int, int]]:
    """(year or "+1", start, end) of every time in the text that a year fact may be made of: a
    year, "the following year", and a month or day told relative to the article's date."""
    return _year_mentions(text, source)


def puts_at_another_time(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a word that puts an event before or after another time
    ("a year after", "before they married", "until", "since", "years earlier", "ago", "later");
    not one that only gives a length ("separated after nine years of marriage")."""
    if _EARLIER.search(text, start, end) or _LATER.search(text, start, end):
        return True
    return any(not _LENGTH_AFTER.match(text, m.end()) for m in _TIME_WORD_BETWEEN.finditer(text, start, end))


_LATER = re.compile(r"\b(?:later|afterwards?|then)\b", re.IGNORECASE)
# "after nine years of marriage", "after almost a decade together": how long, not when.
_LENGTH_AFTER = re.compile(rf"\s+(?:(?:nearly|almost|about|more than|over|just|some)\s+)?(?:a|an|{_NUM})"
                           r"(?:\s+and\s+a\s+half)?"  # "after three and a half years of marriage"
                           r"(?:[ -](?:years?|months?|weeks?)|\s+decades?)\s+(?:of|together)\b", re.IGNORECASE)


def written_on(source: Source) -> str:
    """The date "in June", "on Monday" and "last year" are read against: the article's own date,
    else the one its web address gives ("/2020/06/": written that month); never a date inferred
    from the dates its text mentions, which is only a lower bound."""
    return source.published or url_date(source.url) or ""


def relative_years(text: str, published: str) -> list[tuple[str, int, int]]:
    """(year, start, end) of each time the text gives relative to its article's date (`published`,
    ISO, at least to the month): a month or holiday without a year ("in June", "last
    Thanksgiving": the latest one on or before that date), a day of the week or "last week"
    (that date's year), "last year" and "this year", "last month" and "this month", a season "last"
    written before that season began in the article's year ("last fall" in March: the year before). "last January" written in January is the
    January of the year before."""
    if len(published) < 7 or not _TIME_WORD.search(text):
        return []
    year, month = int(published[:4]), int(published[5:7])
    found = []
    # A month without a year joined by "and" to a year after it is left alone: "met in March and
    # married in June 2013" says nothing of the article's year.
    for m in _BARE_MONTH.finditer(text):
        word, at = (m.group(1), 1) if m.group(1) else (m.group(2), 2)
        in_a_name = m.start() == m.start(at) and _IN_A_NAME.search(text, 0, m.start())  # (never after "in": "in Arosa
        # in January" is January's)
        if _AND_YEAR.match(text, m.end()) or in_a_name or _THAT_BEFORE.search(text, 0, m.start()):
            continue  # "that November": the year told before it (_THAT_MONTH), not the article's
        if _FROM_BEFORE.search(text, 0, m.start()) and _WILL_AFTER.search(text, m.end()):
            continue  # "From April, divorce reforms will replace the decree absolute": an April ahead
        named = _MONTH_WORDS.get(word, 5)
        last = m.group(0)[:5].lower() == "last "  # "last January" in a January article: a year ago
        if last and month - _LAST_IS_RECENT < named < month:
            continue  # "finalized their divorce last June" in July: a month ago or a year and a month? Either
        found.append((str(year if named < month or named == month and not last else year - 1), m.start(at), m.end(at)))
    day = int(published[8:10]) if len(published) >= 10 and published[8:10].isdigit() else 0
    for m in _HOLIDAY.finditer(text):
        named = HOLIDAY_MONTHS[m.group(1).lower()]
        passed = named < month or named == month and day >= HOLIDAY_DAYS[m.group(1).lower()] - (m.group(2) is not None)
        found.append((str(year if passed else year - 1), m.start(1), m.end(1)))  # "on Christmas Eve" written
        # on December 29 is this year's
    looks_back = bool(_LOOKS_BACK.search(text))
    for m in _RECENT_DAY.finditer(text):
        bare = bool(_BARE_WEEKDAY.fullmatch(m.group()))  # "married Saturday in ...", not "on Saturday"
        if _SAID_BEFORE.search(text, 0, m.start()) or bare and (looks_back or not _event_right_before(text, m.start())):
            continue
        if _FULL_DATE_AFTER.match(text, m.end()):
            continue  # "on Friday, Dec. 23, 2011": the full date after the weekday says when
        if told := recent_year(m.group(), published):  # (none for a "last week" of two years)
            found.append((told, m.start(), m.end()))
    found += [(str(year - (m.group(1).lower() == "last")), m.start(), m.end()) for m in _THIS_YEAR.finditer(text)]
    found += [(str(year - 1), m.start(), m.end()) for m in _LAST_SEASON.finditer(text)
              if month < _SEASON_STARTS[m.group(1).lower()]]  # "separated last fall" in March 2019: 2018; in
    # November, this fall or the one before: no year
    found += [(str(year - (m.group(1).lower() == "last" and month == 1)), m.start(), m.end())
              for m in _THIS_MONTH.finditer(text)  # "last month" written in January: December of the year before
              if not _YEAR_WORD.search(text) and not _SPEECH_BEFORE.search(text, 0, m.start())]
    return found


# "From April, ... will ...": a month the text puts ahead of the article.
_FROM_BEFORE = re.compile(r"\b(?:[Ff]rom|[Ss]tarting(?: in)?|[Bb]eginning(?: in)?|[Aa]s of)\s+$")
_WILL_AFTER = re.compile(r"\b(?:will|is set to|are set to|is due to|are due to)\b")
# A full date right after a weekday: ", Dec. 23, 2011", ", 17 May 2024".
_FULL_DATE_AFTER = re.compile(rf",?\s+(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
                              rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_ALT})\.?,?)"
                              rf"\s+{YEAR}\b")
# A word without which a text tells no time relative to its article (a cheap test first).
_TIME_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
                        r"|[Tt]hanksgiving|[Cc]hristmas|[Vv]alentine|[Hh]alloween|[Ee]aster|[Nn]ew [Yy]ear"
                        r"|[Mm]other's|[Ff]ather's|[Ff]ourth of|week|yesterday|today|year|month|last)")
_HOLIDAY = re.compile(r"\b(?:last|this|on|at|over|for|by|since)\s+(" + "|".join(
    re.escape(h) for h in sorted(HOLIDAY_MONTHS, key=len, reverse=True))
    + rf")\b(\s+[Ee]ve\b)?(?:\s+[Dd]ay\b)?(?!,?\s+(?:(?:in|of)\s+)?{YEAR})(?!\s+(?:[Ee]ve|[Dd]ay),?\s+(?:(?:in|of)\s+)?{YEAR})",
    re.IGNORECASE)  # (not "on New Year's Eve in 2015", which names its year)
# "finalised that November", "the same November": the month of the year the sentence told before it.
_THAT_MONTH = re.compile(r"\b(?:that|the same) (" + "|".join(m.capitalize() for m in MONTHS) + r")\b")
_THAT_BEFORE = re.compile(r"\b(?:that|the same|the) $")  # ("in the October, the autumn before": the story's own
# October, told from a later time, not the latest before the article)
_THIS_YEAR = re.compile(r"\b(last|this|earlier this) year\b", re.IGNORECASE)
_LAST_SEASON = re.compile(r"\blast (spring|summer|fall|autumn)\b", re.IGNORECASE)  # a winter spans two years
_SEASON_STARTS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}
# "last June" written in July or August may be a month or two ago or a year and more: no year is told.
_LAST_IS_RECENT = 3
_THIS_MONTH = re.compile(r"\b(last|this|earlier this) month\b", re.IGNORECASE)
# "last month" beside a year, or in what someone said, may be another month than the article's:
# "In a 2019 interview, Lee said they had separated last month".
_YEAR_WORD = re.compile(rf"\b{YEAR}\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|tells|recalled|wrote)\b", re.IGNORECASE)
# A sentence that looks back from the time it tells: a weekday in it is not this week's ("were married
# Saturday at the old mill, ten years before their split").
_LOOKS_BACK = re.compile(r"\b(?:years?|decades?|months?)\s+(?:before|after|earlier|later|ago)\b|\bago\b"
                         r"|\bat the time\b|\bback then\b|^\W*When\b", re.IGNORECASE)
_AND_YEAR = re.compile(rf"[^,;.]*?\band\b[^,;.]*?\b{YEAR}\b")
# A month right after a name's first word is a name too: "welcomed daughter Saffron June on March 4"
# (not "On June 4", "Since June": words that open a phrase are no names).
_IN_A_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:" + "|".join(sorted(NAME_STOPWORDS)) + r")\s+$)[A-Z][a-z'\u2019-]+\s+$")


# "the following summer": a season told from the date before it (_season_shift).
_SEASON_FROM = re.compile(r"the (?:following|next) (spring|summer|fall|autumn)", re.IGNORECASE)
_SEASON_ENDS = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11}  # the last month of each
# A date before the year that is a part of it, no month ("in the spring of 2012", "spring 2012", "early 2012").
_PART_OF_YEAR_BEFORE = re.compile(r"\b(?:spring|summer|fall|autumn|winter|early|mid|late)(?:\s+of)?[\s-]+$", re.IGNORECASE)


def _season_shift(text: str, start: int, end: int, base: int, shift: str) -> str:
    """The years from the date at `base` to the time of text[start:end] (`shift`, as _shift gives it), but
    "+0" for "the following summer" (spring, fall) where the date's month comes before that season in its year
    ("met in January 2012 and married the following summer": 2012; after "in October 2011", or after a year alone,
    "in 2010; their daughter arrived the following spring": the next year), and "" where the date is a part of
    its year that is no month ("married in the spring of 2012 and separated the following summer": which?)."""
    season = _SEASON_FROM.fullmatch(text, start, end)
    if season is None:
        return shift
    if base and (_PART_OF_YEAR_BEFORE.search(text, 0, base) or RANGE_END.search(text, 0, base)):
        return ""  # (nor the end of a range: "married between 2010 and 2011 and separated the following summer")
    month = _DATE_MONTH_BEFORE.search(text, 0, base) if base else None
    named = MONTH_BY_WORD.get(month.group(month.lastindex or 0), 0) if month else 0
    return "+0" if named and named < _SEASON_STARTS[season.group(1).lower()] else shift


def _shift(m: re.Match[str]) -> str:
    """"+1" for "the following year", "-3" for "three years earlier", "+10" for "a decade later"."""
    if not m.group(1):
        return "+1"
    n = 1 if m.group(1).lower() == "a" else number(m.group(1))
    n *= 10 if m.group(2).lower() == "decade" else 1
    return f"{'-' if m.group(3).lower() in ('earlier', 'before') else '+'}{n}"


# Words beside "marriage" that make it the end of one, not a wedding: "their marriage ended in 2004",
# "was annulled", "a judge dissolved their marriage", "after 20 years of marriage".
_MARRIAGE_ENDED_AFTER = re.compile(r"[^.;]{0,50}?\b(?:ended|ends|annulled|dissolved|(?:was|is|were) over|collapsed"
                                   r"|broke (?:down|up)|fell apart|crumbled|came to an end)\b", re.IGNORECASE)
_MARRIAGE_ENDED_BEFORE = re.compile(r"\b(?:end(?:ed|s)?|annul(?:led)?|dissolv(?:ed|es|e)|walked away from|left|leaving"
                                    r"|quit|(?:years?|decades?|months?) of)\s+"
                                    r"(?:(?:the|their|his|her|its|a|[\w-]+-year|long|short|brief)\s+)*$", re.IGNORECASE)
# A marriage told by its length is no wedding: "Their five-year marriage is not the only casualty this week",
# "her decade-long marriage", "a short-lived marriage".
_MARRIAGE_LENGTH_BEFORE = re.compile(r"\b(?:[\w]+-(?:and-a-half-)?(?:years?|months?|decades?)(?:-long|-old)?|decade-long"
                                     r"|year-long|short-lived)\s+$", re.IGNORECASE)
# A wedding word that tells a state or a date kept, not the wedding: "were already married in 2015",
# "still married", "their wedding anniversary in 2015"; "split their time" is no separation.
_STATE_BEFORE = re.compile(r"\b(?:already|still|remained|stayed|happily|long)\s+$", re.IGNORECASE)
_ANNIVERSARY_AFTER = re.compile(r"\s+anniversary\b", re.IGNORECASE)
# "the wedding of a friend" is someone else's; "marriage counseling", "a marriage license" are no wedding;
# "met with a mediator", "met their goal" no first meeting.
_WEDDING_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# A wedding one attends or works at: "played at a wedding in 1990", "shot her first wedding in 2012".
_AT_SOMEONES_WEDDING = re.compile(r"(?:\b(?:at|to|for)\s+(?:a|another|one)|\b(?:shot|photographed|filmed|played|sang"
                                  r"|performed|catered|officiated|planned|crashed|covered)\s+(?:[\w'’-]+\s+){0,3})\s*$",
                                  re.IGNORECASE)
# An event word owned by the kin of someone a pronoun stands for ("his brother's wedding", "her parents'
# divorce", "their daughter's 2022 wedding"): the kin's event, whose people the sentence does not name.
_KINS_BEFORE = re.compile(rf"\b(?:his|her|their|my|our|your)\s+(?:[\w-]+\s+){{0,2}}?{KIN_WORDS}(?:['’]s?|s['’])\s+"
                          r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# "was engaged by the orchestra", "engaged to photograph the city's bridges": hired, not betrothed.
_ENGAGED_AS_HIRED = re.compile(r"\s+(?:by\b|to\s+[a-z]+\s+(?:the|a|an|his|her|their|its|some|all)\b)")
# "split from his record label", "separated from the orchestra": a parting from a thing, not a spouse.
_SPLIT_FROM_A_THING = re.compile(r"\s+(?:from|with)\s+(?:his|her|their|the|a|an|its)\s+(?!(?:wife|husband|spouse|partner"
                                 r"|ex|former|estranged|longtime|long-time|girlfriend|boyfriend|fianc\w*)\b)[\w-]+",
                                 re.IGNORECASE)
_MARRIAGE_THING = re.compile(r"\s+(?:counsel\w*|licen[cs]es?|proposals?|certificates?|therap\w*|advice|equality|rates?"
                             r"|contracts?|laws?|vows?|retreats?|coach\w*|problems?|troubles?)\b", re.IGNORECASE)
# "met with", "met the deadline", "met for their third and final debate" (a purpose; "met for the first time" is
# a first meeting, and "met for coffee" may be)
_MET_WITH = re.compile(r"\s+(?:with\b|(?:their|the|its|his|her)\s+(?:goal|target|deadline|demands?|requirements?|conditions?"
                       r"|quota|match)\b|for\s+(?:their|the|his|her|its)\s+(?!first\s+time\b))", re.IGNORECASE)


# A report that someone denies, a rumour or a hint, told before an event word in its sentence: "Lee denied reports
# that she and Ray split in 2019", "sparked rumours that she and Ray got engaged in 2015", "Rumours that they split
# have been swirling", "Lee hinted on Tuesday that she and Ray had married in 2021": no event (an unnamed source's
# claim is one: "a source says they split", segment.py).
_DENIED_OR_RUMOURED = re.compile(r"(?:\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes"
                                 r"|shot\s+down|laughed\s+off)\s+(?:the\s+|those\s+|these\s+|any\s+)?(?:reports?|claims?"
                                 r"|rumou?rs?|speculation|suggestions?|stories)|\brumou?rs?"
                                 # "hinted on Tuesday that she and Ray had married in 2021": a hint, no event
                                 r"|\b(?:hinted|hints|hinting)(?:\s+(?:on|in|at|last|this)\s+[\w ]{1,20}?)?)\s+(?:that|of)\b"
                                 r"(?:(?!\b(?:were|was|have\s+been|has\s+been|had\s+been|proved|proven|turned\s+out|confirmed"
                                 r"|but|however|when)\b)[^.;:])*$",  # (not "Rumours that they had split were confirmed in
                                 # 2019 when Lee filed", "denied reports that she was pregnant, but confirmed that they married")
                                 re.IGNORECASE)
# The people of a story, not of the couple's life: "their characters divorced", "on-screen", "play a couple who".
_PLAYED = re.compile(r"\b(?:characters?|on-?screen|play(?:s|ed|ing)? (?:a|an|the) (?:married )?(?:couple|husband|wife"
                     r"|spouses|lovers|exes|pair)\b)", re.IGNORECASE)
# A sentence told inside a work: "In the film, ...", "In the novel, ...".
_IN_A_WORK = re.compile(r"^\W*In the (?:film|movie|series|show|play|novel|book|sequel|video|episode|musical)\b,?",
                        re.IGNORECASE)


# An event word in a name of capitalised words is no event: a law, a court, a show, a film ("the Divorce Act",
# "Marriage Story", 'her album "Divorced"'). In mid-sentence a capitalised event word is such a name, unless the
# sentence capitalises most of its words (a heading's "Ann Lee And Bob Ray Divorce After 10 Years"); at the
# start of a sentence or a quotation, where any word is capitalised, only before the head of such a name.
_OPENS_HERE = re.compile(r"(?:^|[.!?:(\"\u201c\u2014\u2013-])\W*$")
_NAME_HEAD_AFTER = re.compile(r"[ \t]+(?:Act|Acts|Law|Laws|Bill|Court|Courts|Story|Project|Reform|Code|Commission|Show)\b")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


def _in_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether the event word matched by `m` is a word of a name of capitalised words (above)."""
    if not text[m.start()].isupper():
        return False
    if _OPENS_HERE.search(text, 0, m.start()):
        return bool(_NAME_HEAD_AFTER.match(text, m.end()))
    words: list[str] = _LONG_WORD.findall(text)
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)


def _not_the_event(text: str, m: re.Match[str], slot: str) -> bool:
    """Whether an event word tells no event of its slot: one said not to have happened ("never
    married", "did not marry", "have not divorced"), a marriage that ended ("their marriage
    ended in 2004", "after 20 years of marriage"), a state or an anniversary ("still married in
    2015", "wedding anniversary"), a thing of a wedding ("her wedding ring", "her mother's 2001
    wedding dress"), a wedding again ("married each other for a second time": the first was
    earlier), time split between two places ("split their time"), a meeting again ("met again
    in 2012": the first was earlier), a word of a name ("the Divorce Act")."""
    if _in_a_name(text, m):
        return True
    if _DENIED_OR_RUMOURED.search(text, max(0, m.start() - 120), m.start()):
        return True  # "Lee denied reports that she and Ray split in 2019", "sparked rumours that they got engaged"
    known = slots.slot(slot)
    if known is not None and known.couple and _KINS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return True  # "upstaged the happy couple at his brother's wedding", "after her parents' divorce": the kin's
    if NEGATED_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not any(
            u.start("word") == m.start() for u in NOT_UNTIL.finditer(text, max(0, m.start() - 40), m.end() + 12)):
        return True
    lo, hi = clause(text, m.start(), m.end())
    if _PLAYED.search(text, lo, hi) or _IN_A_WORK.search(text, 0, hi):
        return True  # "Our characters divorced in 1989", "In the film, her character marries his in 1971": a story
    if slot == slots.MARRIED:
        if m.group(0).lower() == "marriage" and (_MARRIAGE_ENDED_AFTER.match(text, m.end())
                                                or _MARRIAGE_ENDED_BEFORE.search(text, 0, m.start())
                                                or _MARRIAGE_LENGTH_BEFORE.search(text, max(0, m.start() - 40), m.start())
                                                or _MARRIAGE_THING.match(text, m.end())):
            return True
        if m.group(0).lower() == "wedding" and (WEDDING_THING.match(text, m.start())
                                                 or _AT_SOMEONES_WEDDING.search(text, max(0, m.start() - 40), m.start())):
            return True  # "her wedding dress"; "played at a wedding", "shot her first wedding": someone else's
        return bool(_STATE_BEFORE.search(text, 0, m.start()) or _ANNIVERSARY_AFTER.match(text, m.end())
                    or _WEDDING_OF.match(text, m.end()) or AGAIN_AFTER.match(text, m.end()))
    if slot == slots.MET:
        return bool(_MET_WITH.match(text, m.end()) or AGAIN_AFTER.match(text, m.end()))
    if slot == slots.ENGAGED:
        # "proposed to Lee again on Christmas Eve": not the first; "was engaged by the orchestra", "engaged to
        # photograph the bridges": hired
        return bool(AGAIN_AFTER.match(text, m.end()) or _ENGAGED_AS_HIRED.match(text, m.end()))
    return slot == slots.SEPARATED and bool(SPLIT_A_SHARE.match(text, m.end()) or _SPLIT_FROM_A_THING.match(text, m.end()))


def _cues(text: str) -> list[tuple[int, int, str]]:
    """Every event cue word in the text, (start, end, slot); a cue inside a longer one of
    another slot ("marriage" in "filed to end the marriage") is not a cue of its own."""
    lower = text.lower()
    hits = [(m.start(), m.end(), slot) for slot, pattern in YEAR_SLOTS
            if not (need := _NEEDS.get(slot)) or any(w in lower for w in need)
            for m in pattern.finditer(text) if not _not_the_event(text, m, slot)]
    return [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0]
                                       for o in hits)]


def cue_slots(text: str) -> frozenset[str]:
    """The slots of every event word of the text (_cues)."""
    return frozenset(slot for _a, _b, slot in _cues(text))


YEAR_REACH = 80  # characters between a year and its cue word, at most
# A cue after the year and past a comma belongs to the year only when the year opens its
# clause ("In 2013, they married"); else to another clause ("debut in July 2021, were married").
OPENING = 12


def _before(text: str, cue: tuple[int, int, str], start: int) -> bool:
    """Whether the cue stands just before the year at `start`, in its clause ("married in 2008"), or
    before the month and day that open its date ("separated in November 2020", "wed on 17 May 2024")."""
    month = _DATE_MONTH_BEFORE.search(text, max(0, start - 30), start)
    at = month.start() if month else start
    return at - cue[1] <= CUE_BEFORE and clause(text, start, start)[0] <= cue[0]


# "the 2012 Super Bowl", "a 2013 interview", "her 2019 album": a year that qualifies a noun which is
# no event word dates that thing, not an event named after it.
_DETERMINER = re.compile(r"(?:\b(?:a|an|the|their|her|his|its|this|that)|['’]s)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"(?:'s)? (?!(?:divorce|wedding|marriage|split|separation|custody|engagement)\b)[A-Za-z]")
CUE_BEFORE = 12  # "married in 2008", "wed on June 4, 2008": the cue a year follows closely
# Between an event word and a year after it, a word that puts the event at another time than the
# year: "married a year after their 2012 engagement", "stayed married until 2002", "wed before
# 2010" (the year is not the wedding's; "married since 2008" and "married in 2008" are).
_TIME_WORDS = r"after|before|until|till|following|prior to|ahead of"
_OTHER_TIME = re.compile(rf"\b(?:{_TIME_WORDS}|reported|disclosed|announced|revealed|confirmed|said|told|wrote|recalled"
                         r"|claimed)\b", re.IGNORECASE)
# Words of telling or coming to light (and the report verbs): after a comma that follows an event
# word, the year they stand before is the telling's.
_TELLING_WORDS = frozenset(w for v in REPORT_VERBS for w in v.split()) | TELLING_WORDS
_WORDS = re.compile(r"[A-Za-z]+")
# After an event word, words that put it before the time named ("had divorced years earlier").
_EARLIER = re.compile(r"\b(?:earlier|ago|previously|before|beforehand|long since)\b", re.IGNORECASE)
# Between a year and an event word after it, a word that puts the event at another time ("moved to
# Tahoe in 2016 after the split").
_TIME_WORD_BETWEEN = re.compile(rf"\b(?:{_TIME_WORDS}|since)\b", re.IGNORECASE)
# A verb joined by "and" after a year that does not open its clause is another predicate than the
# year's: "Lee graduated in 2009 and married Bob Ray" (2009 is the graduation's).
# A relative clause opened between a year and an event word after it, not closed before the word: the word is the
# clause's, told of another time.
_IN_A_RELATIVE_AFTER = re.compile(r"\b(?:where|which|who|whom)\b[^,;]*\Z", re.IGNORECASE)
_AND = re.compile(r"\band\s+(?:(?:then|later|soon|quickly|quietly|secretly|also|\w+ly)\s+)?\Z", re.IGNORECASE)
# A year before "that", "about" or "how" is the year a thing was told or learned, not of the event
# told after it ("revealed in 2019 that they had quietly divorced years earlier"); a month of the
# article's own news still dates it ("announced in August that they had separated"), unless the
# event is put earlier.
_COMPLEMENT = re.compile(r"\b(?:that|about|how|whether)\b", re.IGNORECASE)
# A year that is only a bound of the event's time: "By 2015 they were married", "by March 2015".
_UPPER_BOUND = re.compile(r"\b(?:by|as of)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:spring|summer|fall|autumn|winter|"
                          + MONTH_ALT + r")\.?\s+(?:of\s+)?)?$", re.IGNORECASE)
# A year that is a bound, one of two, or denied is no event's year: "a year earlier than 2001",
# "no later than 2001", "between 1999 and 2001", "in 2019 or 2020", "not in 2001 as widely reported".
_NOT_THE_YEAR_BEFORE = re.compile(rf"\b(?:than|between|not(?:\s+in)?|or(?:\s+in)?|between\s+{YEAR}\s+and)\s+$",
                                  re.IGNORECASE)
_ALTERNATIVE_AFTER = re.compile(rf"\s+(?:or|and|to)\s+(?:in\s+)?{YEAR}\b", re.IGNORECASE)
# A date right after the word that tells when something was printed or broadcast is the telling's.
_PUBLISHED_BEFORE = re.compile(r"\b(?:published|posted|printed|aired|broadcast)\s+(?:(?:on|in|online|last|this)\s+){0,2}$",
                               re.IGNORECASE)
# The things a year may date that are no occasion of an event told before them: a telling of it, a work.
_TELLING_OR_WORK = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:" + "|".join(TELLINGS_AND_WORKS) + r")s?\b", re.IGNORECASE)
# An event word in a "who ..." or "which ..." clause is background: a day or month without a year
# after it is not its date ("who married on Valentine's Day, still celebrate it").
_IN_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which|whom)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# A time "last" anchors to the article's date, ending at the time's end: "last May", "last year", "last summer".
_ANCHORED_LAST = re.compile(r"\blast\s+[A-Za-z]+$", re.IGNORECASE)
# A name right before ", who" (its age set after it or not), or the couple: "Ann Lee, who", "Lee, 35, who", "The pair,
# who"; not "her sister, who", "a lawyer, who".
_NAMED_RIGHT_BEFORE = re.compile(r"(?:\b(?-i:[A-Z])[\w'’-]+(?:,\s*\d{1,3})?|\b[Tt]he\s+(?:couple|pair|two|newlyweds)),\s*$")
# A year that dates a thing ("the 2012 Super Bowl") dates an event word before it only where the
# thing is the occasion of the event ("crossed paths at the 2012 Super Bowl", "wed during a 2013
# trip"), not another time ("divorced in 2010, the year her 2009 album flopped", "split in 2018,
# according to a 2019 report").
_OCCASION = re.compile(r"\b(?:at|in|during|on)\s+(?:a|an|the|their|her|his|its|this|that)\s+$", re.IGNORECASE)


def _nearest(cues: list[tuple[int, int, str]], text: str, start: int, end: int,
             taken: set[tuple[int, int, str]] | None = None, relative: bool = False) -> str:
    """The slot of the cue nearest before text[start:end] in its own clause, else of the nearest
    one after it (past a comma only when the year opens the clause, or ", when" follows it) ("who
    married X in 2013, filed for divorce": 2013 is the wedding; "In 2013, they married" and "in
    2013, when they married": so is this one); "" when there is none within YEAR_REACH characters."""
    lo, hi = clause(text, start, end)
    if _UPPER_BOUND.search(text, 0, start):
        return ""  # "By 2015 they were married": by then, not then
    if _PUBLISHED_BEFORE.search(text, max(0, start - 40), start):
        return ""  # "An article published on Aug. 7 about their divorce": the article's day, not the divorce's
    if _NOT_THE_YEAR_BEFORE.search(text, 0, start) or _ALTERNATIVE_AFTER.match(text, end) or RANGE_END.search(
            text, 0, start):
        return ""  # "a year earlier than 2001", "between 1999 and 2001", "2019 or 2020", "not in 2001"; "from their
        # June 2008 wedding to this week": the end of a range
    if relative and ahead_of_article(text, start):
        return ""  # "are getting married in June", "is slated for October": not a past June
    around = [slot for a, b, slot in cues if a < start and end < b]
    if relative and around:
        return around[0]  # the time inside the event's own words: "asked a court last week to dissolve her marriage"
    nearest = max(((a, b) for a, b, _slot in cues if lo <= a and b <= start), key=lambda ab: ab[1], default=None)
    if relative and nearest and (who := _IN_RELATIVE_CLAUSE.search(text, 0, nearest[0])) and not (
            _ANCHORED_LAST.search(text, 0, end) and _NAMED_RIGHT_BEFORE.search(text, 0, who.start())):
        return ""  # "who wed in June are already headed for divorce court": June dates nothing; but "Ann Lee, who
        # split from Bob Ray last year, ...": "last" tells it from the article's date, of the one named before
    dates_a_thing = bool(_DETERMINER.search(text, 0, start) and _NOUN_AFTER.match(text, end))
    occasion = _OCCASION.search(text, 0, start) and not _TELLING_OR_WORK.match(text, end)
    before = [(start - b, slot) for a, b, slot in cues if lo <= a and b <= start and start - b <= YEAR_REACH
              and not _another_time(text, a, b, start) and not (dates_a_thing and not occasion)
              and not _aside_apart(text, a, b, start, end)
              and not (relative and _predicate_between(text, b, start))]  # "whose divorce was finalized in 2020,
    # flew in with the children on Thursday": the day is the flight's
    after = [(a - end, slot) for a, b, slot in cues if end <= a and b <= hi and a - end <= YEAR_REACH
             and ("," not in text[end:a] or start - lo <= OPENING or _WHEN_AFTER.match(text, end)
                  or _dates_the_predicate(text, start, end, a) or _opens_participle(text, end, a, b))
             and (a, b, slot) not in (taken or ())
             and not dates_a_thing and not _TIME_WORD_BETWEEN.search(text, end, a)
             and not _aside_apart(text, a, b, start, end)
             and not _QUOTE_MARK.search(text, end, a)  # 'told this blog in April that "nobody gets divorced"'
             and not (start - lo > OPENING and _AND.search(text[end:a]))  # "graduated in 2009 and married Bob Ray"
             and not (start - lo > OPENING and _IN_A_RELATIVE_AFTER.search(text[end:a]))  # "in 2022 with a party at the villa where they
             # exchanged vows": the vows are the villa's story, not of 2022
             and not (_COMPLEMENT.search(text, end, a) and (not relative or _EARLIER.search(text, a, hi)))]
    set_off = [(a - end, slot) for a, b, slot in cues if end <= a and a - end <= YEAR_REACH
               and _dates_the_predicate(text, start, end, a)]
    if set_off and not any((a, b, slot) not in (taken or ()) for a, b, slot in cues if lo <= a and b <= start
                           and start - b <= YEAR_REACH):  # (not "proposed to her on Friday, Dec. 23, 2011, married")
        return min(set_off)[1]  # "divorced in 2018 and, in May 2024, married each other again": the verb's
    return min(before)[1] if before else min(after)[1] if after else ""


def _aside_apart(text: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether the event word text[a:b] stands in a ", who ...," aside that the time text[start:end] stands
    outside of: the time is the main clause's ("Ann Lee, who married Bob Ray, last spoke to reporters in 2019";
    "In 2019, Ann Lee, who married Bob Ray, moved to Austin"), not the aside's ("who married Bob Ray in 2010")."""
    aside = who_aside_around(text, a, b)
    if aside is None:
        return False
    if aside[1] <= start:  # the aside closed before the time, and a verb of the main clause stands between them
        date = _DATE_MONTH_BEFORE.search(text, max(0, start - 30), start)  # ("who married him on June 4, 2010,")
        return bool(_PREDICATE.search(text, aside[1], date.start() if date else start))  # (not "who divorced his
        # first wife, Jo Roe, in 2008": the aside's words go on past its comma)
    return end <= aside[0]


# A full date set off by commas between a subject and its verb: "A judge on Thursday, Feb. 16, 2023,
# granted a judgment of divorce", "The couple on June 3, 2019, filed ...": the date is that verb's.
# ... or after a comma: "divorced in 2018 and, in May 2024, married each other again".
_DATE_SET_OFF = re.compile(r"(?:\bon\s+(?:(?:" + _WEEKDAY + r"),\s+)?(?:" + MONTH_ALT + r")\.?\s+\d{1,2},\s+"
                           r"|,\s+(?:in|on)\s+(?:(?:" + MONTH_ALT + r")\.?\s+(?:\d{1,2},?\s+)?)?)$")
_VERB_AFTER_DATE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|gave|made|won|struck|ruled)\b")


def _dates_the_predicate(text: str, start: int, end: int, cue: int) -> bool:
    """Whether the year ends a full date set off by commas right before a verb, and the cue at `cue`
    is in that verb's words, with no comma between ("on Thursday, Feb. 16, 2023, granted a judgment
    of divorce"): the cue's event is the date's."""
    verb = _VERB_AFTER_DATE.match(text, end)
    return bool(verb and _DATE_SET_OFF.search(text, 0, start) and "," not in text[verb.end():cue])


# A verb of another predicate after a comma: "..., flew in with the children on Thursday".
_PREDICATE = re.compile(r"\b(?:[a-z]{3,}ed|flew|went|spoke|came|said|told|took|left|made|sat|stood|ran|got|gave|sang"
                        r"|won|lost|is|was|were|are|has|had|have|will)\b")


def _predicate_between(text: str, b: int, start: int) -> bool:
    """Whether a predicate of its own stands between an event's word (ending at b) and a day or month
    told from the article's date (at start), past a comma: the day is that verb's ("whose divorce was
    finalized in 2020, flew in with the children on Thursday"; not "welcomed their first child,
    daughter Ivy, on March 11")."""
    comma = text.rfind(",", b, start)
    return comma >= 0 and bool(_PREDICATE.search(text, comma, start))
# ", when" right after a year: the event told next happened then ("not settled until the spring of
# 2021, when a judge gave Ann Lee primary physical custody").
_WHEN_AFTER = re.compile(r"\s*,\s+when\b", re.IGNORECASE)
# A cue that opens a participle right after the time's comma: "decided the case on Monday, awarding
# her primary custody": the participle's event is the main verb's, at that time.
_COMMA_ONLY = re.compile(r",\s+")
_QUOTE_MARK = re.compile(r"[\"“”]")


def _opens_participle(text: str, end: int, a: int, b: int) -> bool:
    """Whether the cue text[a:b] opens a participle right after the comma at `end`."""
    return bool(_COMMA_ONLY.fullmatch(text, end, a)) and text[a:b].split()[0].lower().endswith("ing")


# Between an event word and a year, a clause of its own: a pronoun with a verb in the past ("a
# district he carried by 18 points in 2018", "after she won an Emmy in 2019"): the year is that verb's.
_OWN_VERB = re.compile(r"\b(?:he|she|they|we|who|which)\s+(?:\w+ly\s+)?(?:\w+ed|had|won|lost|ran|made|took|held|led|beat"
                       r"|began|wrote|sold|bought|left|saw|did|gave|got|went|came|became|built|bid|shot|sang)\b",
                       re.IGNORECASE)


# Between an event word and a year, a clause of its own about a thing or another's: "that" and a verb in the past
# ("a barn that burned down in", "the chapel that Cara Moss and Dan Hill chose in"; not "a ceremony that took place in",
# "was held in", "a marriage that began in Reno in", nor any verb after the event's own noun, "a ceremony that stunned
# fans in": the event's own time; "that ended in" is _ENDED's), or kin or a thing a pronoun owns and its verb ("the
# house her grandfather built in", "a dress her mother wore in").
_PAST = rf"(?:[a-z]{{3,}}ed|{PAST_VERBS}|chose|found|picked|knew|met|burnt|wore|worn)"
_ITS_OWN_CLAUSE = re.compile(rf"(?<!ceremony )(?<!wedding )(?<!nuptials )(?<!celebration )(?<!reception )(?<!service )"
                             rf"(?<!marriage )(?<!divorce )(?<!split )(?<!union )\bthat\s+(?:(?!(?:took|was|were|is|are|happened|occurred)\b)[\w'’-]+\s+){{0,6}}?"
                             rf"(?!(?:took|held|happened|occurred|began|started|ended|lasted)\b){_PAST}\b[^,;]*\Z"
                             rf"|\b(?:his|her|their|its)\s+[a-z]+\s+(?:\w+ly\s+)?{_PAST}\b[^,;]*\Z")


# Between an event word and a year, another item of a list: ", twins in 2020", ", a son in 2016".
_LIST_ITEM = re.compile(r",\s+(?:(?:a|an|the|their|his|her|two|three)\s+)?(?!(?:in|on|at|by|and|but|when|while|after"
                        r"|before|with|who|which|where|according|then|just|only|both)\b)[a-z]+\s+(?:in|on)\s+$")


# An event told as a thing, which may end: "engagement", "marriage".
_EVENT_NOUN = re.compile(r"(?:engagement|marriage|relationship|romance|union)", re.IGNORECASE)
# Between an event word and a year, its end: the year is the end's.
_ENDED = re.compile(r"\b(?:ended|ends|called\s+off|broken\s+off|broke\s+off|fell\s+apart|collapsed|was\s+over|fizzled)\b",
                    re.IGNORECASE)


def _another_time(text: str, a: int, b: int, start: int) -> bool:
    """Whether the words between an event word (text[a:b]) and a year after it put the event at
    another time than the year ("married a year after their 2012 engagement", "stayed married
    until 2019", "divorce, first reported in 2021, ..."); "did not marry until 2008" is 2008."""
    comma = text.find(",", b, start)
    if comma >= 0 and any(w.lower() in _TELLING_WORDS for w in _WORDS.findall(text, comma, start)):
        return True  # "wed in secret, Marla admitted in 2019", "..., news that surfaced in 2019"
    if _OWN_VERB.search(text, b, start) or SECOND_PREDICATE.search(text, b, start):
        return True  # "the divorce was unlikely to hurt him in a district he carried in 2018"; "a marriage that
        # began with a 2008 wedding and came apart during his 2022 campaign": that verb's
    if _IN_A_RELATIVE_AFTER.search(text[b:start]) or _ITS_OWN_CLAUSE.search(text[b:start]):
        return True  # "married Bob Ray in the church where her parents wed in 1980", "at the chapel where she was
        # baptised in 1985", "in a barn that burned down in 2016", "in the house her grandfather built in 1952": the
        # year is that clause's
    if _LIST_ITEM.search(text, b, start):
        return True  # "a wedding in Reno, twins in 2020, a separation in 2023": the twins' 2020
    if _EVENT_NOUN.fullmatch(text, a, b) and _ENDED.search(text, b, start):
        return True  # "her engagement to Bob Ray ended in 2020", "was called off in 2019": the end's year (not
        # "married the week her record contract ended, in June 2012")
    m = _OTHER_TIME.search(text, b, start)
    if m is None:
        return False
    return not (m.group(0).lower() in ("until", "till") and NOT_UNTIL.search(text, max(0, a - 40), m.end()))


def _durations(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    for m in _RANGE.finditer(s.text):
        if _nearest_cue(s.text, m.start(), m.end()) == slots.DISPUTE_LENGTH:
            months = 12.0 * (int(m.group(2)) - int(m.group(1)))
            yield slots.DISPUTE_LENGTH, f"{months:g} months", m.start(), m.end(), months
    for m in _DURATION.finditer(s.text):
        if m.group(1):
            months = 18.0
        elif m.group(5):
            months = 120.0
        else:
            n = number(m.group(2))
            months = float(n * 12 if m.group(3).lower().startswith("year") else n)
        if _of_named_kin(s.text, m.start(), m.end()):
            continue  # "Ray's sister, Jo Ray, went through a custody battle that lasted two years"
        if _PAYMENT_TERM.search(s.text, max(0, m.start() - 60), m.start()):
            continue  # "spousal maintenance of $5,000 a month for two years": how long a payment runs, no length
            # of a marriage or of a negotiation
        slot = _nearest_cue(s.text, m.start(), m.end())
        if slot == slots.DISPUTE_LENGTH and _SO_FAR.search(s.text, *clause(s.text, m.start(), m.end())):
            continue  # "have been locked in a two-year custody battle since 2019": its length so far, not its length
        if slot and not GAP_AFTER.match(s.text, m.end()):
            yield slot, f"{months:g} months", m.start(), m.end(), months


# A fight told as still going on: its length so far is no length of it ("have been locked in a two-year custody
# battle since Lee filed", "a fight that has dragged on for three years", "so far").
_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+(?:locked|embroiled|mired|fighting|battling|going"
                     r"|in\b)|dragged|raged|stretched|continued|gone\s+on)\b"
                     r"|\bso\s+far\b|\bongoing\b|\bstill\s+(?:going|raging)\b", re.IGNORECASE)
# Someone's kin named in apposition: "Ray's sister, Jo Ray,", "her brother, Tom Lee,".
_NAMED_KIN = re.compile(rf"\W*(?:(?:And|But|Meanwhile|Also|Even)\W+)?(?:[A-Z][\w'’-]*['’]s|(?:Her|His|Their))\s+"
                        rf"{APPOSED_KIN},\s+(?-i:[A-Z])")


def _of_named_kin(text: str, start: int, end: int) -> bool:
    """Whether the sentence opens on someone's kin named in apposition, its subject, before text[start:end]:
    the figure is the kin's ("Ray's sister, Jo Ray, went through a custody battle that lasted two
    years as well"; not "the custody battle over their daughter, Lena, lasted five years")."""
    return bool(_NAMED_KIN.match(text, 0, start))


# Words after a count of children that make it some of them: "two children under ten", "two kids aged under 5".
_SOME_OF_THEM = re.compile(r"\s+(?:(?:aged\s+)?(?:under|over|below|above)|younger than|older than|still at home|at home"
                           r"|still living at home)\b", re.IGNORECASE)
# A payment's term right before a length: "$5,000 a month for two years", "alimony for five years".
_PAYMENT_TERM = re.compile(r"(?:\b(?:a|per|each|every)\s+(?:week|fortnight|month|year)|\bmonthly|\bweekly"
                           r"|\b(?:maintenance|support|alimony|payments?)(?:\s+[\w$,.]+){0,3}?)\s+for\s+$", re.IGNORECASE)
# "three years later": a gap, not a length; "15 years her senior", "ten years older": an age gap
GAP_AFTER = re.compile(r"\s+(?:later|after|before|earlier|ago|on|older|younger|(?:her|his|their|my)\s+(?:senior|junior))\b")
DURATION_CUES = slots.cues(slots.DURATION)  # the first of two equally near cues wins
# Where one clause ends and the next begins: a duration's cue word must be in its own clause.
# A full stop inside one sentence ends no clause after a title or an abbreviation written short ("his wife,
# Dr. Ann Lee, filed", "State Sen. Bob Ray", "Tom Ray Jr. said", "on Dec. 28, 2019") or an initial ("the U.S.
# Senate").
_SHORT_WORD = (r"(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr|Lt|Mt|Ft|vs|No))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Rev|Hon|Sgt|Maj"
               r"|Adm|Det|Esq|Ave|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\b(?:Sens|Reps|Capt|Prof|Atty|Supt|Insp"
               r"|Blvd|Sept))")
# "and" before a verb of its own opens a clause: "married in 2005 at St. Ann's and have two children, Tom and Ivy".
# (", so he is not quite three weeks old" after "was born on November 8" is a clause of its own: not ", so they say")
CLAUSE_BREAK = re.compile(r"[;:]\s|\s[—–]\s|(?:" + _SHORT_WORD + r"\.|[?!])[\"”’']?\s|,\s(?:" + JOINING_CONJUNCTIONS + r")\s"
                          r"|,\sso\s(?=(?:he|she|they|it|we|I)\s(?:is|was|are|were|has|have|had)\b)"
                          r"|\s(?:but|while)\s|(?P<verb>\sand\s(?=(?:have|has|had|are|is|were|was|live|lives|share|shares)\s))")
# ... but not inside a relative clause: "Lee's parents, who married in 1980 and were divorced in 2022, ..."
_RELATIVE_OPENS = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause around text[start:end]."""
    lo = 0
    for m in CLAUSE_BREAK.finditer(text, 0, start):
        if not (m.group("verb") and _RELATIVE_OPENS.search(text, lo, m.start())):
            lo = m.end()
    for nxt in CLAUSE_BREAK.finditer(text, end):
        if not (nxt.group("verb") and _RELATIVE_OPENS.search(text, lo, nxt.start())):
            return lo, nxt.start()
    return lo, len(text)


# Between a length and a cue word after it, words that make the length another verb's: "and", a
# relative word or a verb of being ("16 years of marriage", "a 16-year marriage" are the marriage's).
_NOT_ITS_LENGTH = re.compile(r"\b(?:and|who|which|that|was|were|is|are|had|has|have)\b", re.IGNORECASE)


def _nearest_cue(text: str, start: int, end: int) -> str:
    """The slot whose cue word stands closest to the duration in its clause ("" if none):
    "the financial side was settled in 18 months, but the custody battle lasted five years"
    gives 18 months to the finances and five years to the custody fight."""
    lo, hi = clause(text, start, end)
    best: tuple[int, str] | None = None
    for slot, pattern in DURATION_CUES:
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= end and _NOT_ITS_LENGTH.search(text, end, m.start()):
                continue  # "served in Congress for 16 years and married Ann Lee in 2008": the service's length
            gap = start - m.end() if m.end() <= start else max(0, m.start() - end) + 1
            if best is None or gap < best[0]:
                best = (gap, slot)
    return best[1] if best else ""


def _counts(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    """Counts of children; "three daughters ... as well as four sons" also gives 7 children."""
    found = list(_COUNT.finditer(s.text))  # once: the pattern is tried at every word
    if not found:
        return
    parts: dict[str, tuple[int, int, int]] = {}
    for m in found:
        if m.group(1) and m.group(2).lower() in ("daughters", "sons"):
            parts.setdefault(m.group(2).lower(), (number(m.group(1)), m.start(), m.end()))
    if len(parts) == 2 and not any(m.group(1) and m.group(2).lower() in ("kids", "children") for m in found):
        (a, a0, a1), (b, b0, b1) = parts["daughters"], parts["sons"]
        yield slots.CHILDREN, str(a + b), min(a0, b0), max(a1, b1), float(a + b)
    for m in found:
        if m.group(1):
            kind = m.group(2).lower()
            slot = {"kids": slots.CHILDREN, "children": slots.CHILDREN}.get(kind, kind)
            if number(m.group(1)) > MOST_CHILDREN:
                continue  # "Among the 31 children adopted in the county's ceremonies": a crowd, no family's count
            if _of_named_kin(s.text, m.start(), m.end()):
                continue  # "Her sister, Cara Roe, has three children": the sister's
            if _SOME_OF_THEM.match(s.text, m.end()):
                continue  # "two children under ten": some of them, no count of all
            lo, hi = clause(s.text, m.start(), m.end())
            if slot == slots.CHILDREN and BLENDED.search(s.text, lo, hi):
                slot = slots.FAMILY_CHILDREN  # "five children between them": a blended family's count
            yield slot, str(number(m.group(1))), m.start(), m.end(), float(number(m.group(1)))
        else:
            n = ORDINALS.index(m.group(3).lower()) + 1
            yield slots.CHILDREN, f"{n} (expected)", m.start(), m.end(), float(n)


_RANGE_BEFORE = re.compile(rf"(?:\bbetween\s+|{CURRENCY}[\d.,]+\s*(?:(?:{MONEY_SCALE})\b)?\s*(?:and|to|or|-|–)\s*)$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:and|to|or|-|–)\s*" + CURRENCY + r"?\d")


def _money(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    """Each sum of the sentence (its purpose's slot where "in <purpose>" follows, else AMOUNT), in the order written:
    with a sign ("€2,400"), a currency's word after it ("2,400 euros", written as "€2,400"; "45,000 pesos", "$45,000
    pesos": written "45,000 pesos") or its code before it ("MXN 45,000", "AED 65,000": "45,000 pesos", "65,000
    dirhams"); a sum converted right after another in another currency is none."""
    before, sign = -1, ""  # where the sum before ends, and its currency
    for m in sorted([*_MONEY.finditer(s.text), *_MONEY_IN_WORDS.finditer(s.text), *_MONEY_BY_CODE.finditer(s.text)],
                    key=lambda m: m.start()):
        worded = m.re is _MONEY_IN_WORDS
        number, scale_word, purpose = m.group("number"), m.group("scale") or "", m.group("purpose")
        number_end = m.end("scale") if scale_word else m.end("number")
        if worded:
            mark = _SIGN_OF_WORD[m.group("word").lower().split()[0].rstrip("s")]
            number_end = m.end("word")
            if mark == "₩" and not scale_word and "," not in number:
                continue  # "won" after a bare number is a verb's: "the 2019 drama won three awards" (not "4 million won")
        elif m.re is _MONEY_BY_CODE:
            mark = f" {CURRENCY_CODES[m.group('code')]}"
        elif word := _CURRENCY_WORD_AFTER.match(s.text, number_end):
            mark = _SIGN_OF_WORD[word.group(1).lower().rstrip("s")]  # "$45,000 pesos a month": pesos, not dollars
            number_end = word.end()
        else:
            mark = m.group("sign")
        converted = before >= 0 and mark != sign and _CONVERSION.fullmatch(s.text, before, m.start())
        before, sign = number_end, mark
        if converted:
            continue  # the sum before, converted: "₦2.5 million, about £4,700, a month", "£1.4m (A$2.4m)"
        amount = float(number.replace(",", "")) * MONEY_SCALES.get(scale_word.lower(), 1)  # ("$1.3 million", "$1.3m")
        slot = re.sub(r"\W+", "-", (purpose or slots.AMOUNT).lower())
        if (_RANGE_BEFORE.search(s.text, 0, m.start()) or _RANGE_AFTER.match(s.text, number_end)
                or worded and _RANGE_OF_WORDS.search(s.text, 0, m.start())):
            slot = slots.AMOUNT  # one end of a range ("between $2m and $3m in legal fees"): no figure to compare
        yield (slot, f"{amount:,.0f}{mark}" if mark.startswith(" ") else f"{mark}{amount:,.0f}", m.start(),
               max(m.end(), number_end), amount)  # (with a currency's word after its sign: "$45,000 pesos")


_PURPOSE = r"(?:\s+in\s+(?!(?:their|his|her|the|a|an|its|our|my|your)\b)(?P<purpose>[a-z]+(?: [a-z]+)?))?"
# (grouped the Indian way too: "₹5,00,000")
_NUMBER = rf"(?P<number>\d{{1,2}}(?:,\d\d)+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(?P<scale>{MONEY_SCALE})\b)?"
# A sum by a code needs a number of some weight: grouped, with a decimal point or a scale, or of three digits or
# more ("Rs 500", "Dh65,000"; never "Macau SAR 15 years")
_WEIGHTY = rf"(?=\d{{1,3}},\d|\d+\.\d|\d{{3}}|\d+\s*(?:{MONEY_SCALE})\b)"
# (the plural where there is one: never "the 1994 peso crisis")
_CURRENCY_WORDS = "|".join(CURRENCY_WORDS)
# A sum written with its currency's word after it ("2,400 euros a month", "1.5 million pounds", "45,000 pesos"); never
# right after a sign or another figure ("$2,000 dollars", "3, 2,000 euros").
# (not a coin or a note: "10 yen coins", "the 500 rand note"; nor a bare year: "the 2015 yuan devaluation")
_MONEY_IN_WORDS = re.compile(rf"(?<![\w{CURRENCY_SIGNS}.,])(?!(?:19|20)\d\d\s+[a-z]){_NUMBER}"
                             r"\s+(?P<word>euros?|dollars?|pounds(?:\s+sterling)?|naira|won|" + _CURRENCY_WORDS + r")\b"
                             r"(?!\s+(?:coins?|notes?|bills?|banknotes?)\b)" + _PURPOSE, re.IGNORECASE)
# A sum written with its currency's code or abbreviation before it ("MXN 45,000", "AED 65,000", "Dh65,000").
_MONEY_BY_CODE = re.compile(r"(?<![\w.])(?P<code>" + "|".join(CURRENCY_CODES) + r")\.?\s?" + _WEIGHTY + _NUMBER + _PURPOSE)
_CURRENCY_WORD_AFTER = re.compile(r"\s+(" + _CURRENCY_WORDS + r")\b", re.IGNORECASE)
_SIGN_OF_WORD = {"euro": "€", "dollar": "$", "pound": "£", "naira": "₦", "won": "₩",
                 # a currency of no sign of its own: its word after the sum ("45,000 pesos", of whichever country)
                 **{word.rstrip("s"): f" {word}" for word in CURRENCY_WORDS}}
_RANGE_OF_WORDS = re.compile(r"(?:\bbetween\s+|\d[\d.,]*\s*(?:million|m|k)?\s*(?:and|to|or|-|–)\s*)$", re.IGNORECASE)


def _ages(s: Sentence) -> Iterator[tuple[str, str, int, int, float]]:
    for m in _AGE.finditer(s.text):
        word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        yield slots.AGE, str(number(word)), m.start(), m.end(), float(number(word))


def age_subject(s: Sentence, start: int, end: int) -> tuple[str, ...]:
    """Whose age text[start:end] is: the name just before ", 9," or "Lena, now 16", the name
    just after "the 29-year-old (daughter) X", or for "turned 7" the last person named before it.
    Empty when it cannot be told (an unclarified epithet: "the singer, 47")."""
    before = [m for m in s.mentions if m.end - s.start <= start]
    after = [m for m in s.mentions if m.start - s.start >= end]
    match = s.text[start:end]
    if match.startswith(","):
        near = [m for m in before if start - (m.end - s.start) <= 1]
        return (near[-1].person,) if near else ()
    if match.lower().startswith("turned"):
        return (before[-1].person,) if before else ()
    near = [m for m in after if _ROLE_GAP.fullmatch(s.text, end, m.start - s.start)]
    return (near[0].person,) if near else ()


# A word for a child right before a name: "their daughter Ivy", "two children, Otto", "twins Ivy and Tom".
CHILD_WORD_BEFORE = re.compile(r"\b(?:daughters?|sons?|child|children|kids?|baby|twins?)\s*,?\s*$", re.IGNORECASE)
# A word of kin right before a name ("Ivy joins big sister June, 5, and brother Tom, 3", "his son, Tom"); the
# group: a step- or half- sibling, a grandchild.
SIBLING_BEFORE = re.compile(r"\b(?:(grand|step|half)-?)?(?:sister|brother|son|daughter)\s*,?\s+$", re.IGNORECASE)
_YOUNG_WORD_BEFORE = re.compile(r"\b(?:children|kids?|bab(?:y|ies)|twins?|toddlers?)\s*,?\s*$", re.IGNORECASE)


def children_named_in(s: Sentence, siblings: bool = True, young: bool = False) -> frozenset[str]:
    """The people the sentence names as children: with a child's age right after ("Ivy, 5,"), after a word for a
    child or (with `siblings`) a sibling ("their son Tom", "big sister Ivy"), and the names listed after such a
    one ("their twins, Ivy and Tom": Tom too). `young`: only young ones, by an age or a word for young children
    ("twins", "kids", "children", "baby"; not "son" or "daughter", which a grown-up is too)."""
    out: set[str] = set()
    listed_to = -1  # where the last name of such a list ends
    closed = False  # whether that name closed its list ("Ivy and Tom")
    words = _YOUNG_WORD_BEFORE if young else CHILD_WORD_BEFORE
    for m in sorted(s.mentions, key=lambda m: m.start):
        at = m.start - s.start
        gap = NAME_LIST_GOES_ON.fullmatch(s.text, listed_to, at) if listed_to >= 0 else None
        if (CHILD_AGE_AFTER.match(s.text, m.end - s.start) or words.search(s.text, max(0, at - 30), at)
                or siblings and (kin := SIBLING_BEFORE.search(s.text, max(0, at - 30), at)) and not kin.group(1)
                or gap and not s.is_possessor(m) and not (gap.group(1) and _CLAUSE_GOES_ON.match(s.text, m.end - s.start))
                and not (closed and "and" not in gap.group(0))):
            # (a list goes on with a child's name, not with whose child, "Ivy, 12, Lee's son", nor with the
            # subject of another clause after children by their ages, "Ivy, 8, and Tom, 3, and Ray sees them", nor
            # after its "and": "the twins, Ivy and Tom, Cy Moss and Jo Roe, who married in 2012")
            out.add(m.person)
            closed = gap is not None and "and" in gap.group(0)
            listed_to = m.end - s.start
        else:
            listed_to, closed = -1, False
    return frozenset(out)


# A name's next word, lower case: the name is a clause's subject ("... and Ray sees the children").
_CLAUSE_GOES_ON = re.compile(r"\s+(?!and\b|or\b)[a-z]")


def _pair_before_verb(s: Sentence, lo: int, hi: int, cue: re.Pattern[str]) -> tuple[str, ...]:
    """The two people named, joined by "and", right before the event's one verb in the clause ("Cy Moss and Di Moss
    married at Kelby Castle"), where someone else is named before them in the clause and no one after the verb (its
    object: "... Cy Ray and Di Ray met her new partner, Eve Lane"); () otherwise."""
    found = list(cue.finditer(s.text, lo, hi))
    if len(found) != 1:
        return ()
    named = sorted((m for m in s.mentions if m.explicit and lo <= m.start - s.start < found[0].start()), key=lambda m: m.start)
    if len(named) < 3:
        return ()
    if any(found[0].end() <= m.start - s.start < hi for m in s.mentions):
        return ()  # the verb's object: "Ann Lee's children Cy Ray and Di Ray met her new partner, Eve Lane"
    a, b = named[-2], named[-1]
    if (s.text[a.end - s.start:b.start - s.start] != " and " or s.text[b.end - s.start:found[0].start()].strip()
            or a.person == b.person or {m.person for m in named[:-2]} <= {a.person, b.person}):
        return ()
    return tuple(sorted({a.person, b.person}))


_WHEN = re.compile(r"\b(?:when|while|whilst)\b")  # a clause of its own within the event's, whose people are its parties
_ONE_UNTOLD = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")  # in an event's clause, where it names no one: someone not known


def event_subject(s: Sentence, start: int, end: int, slot: str = "") -> tuple[str, ...]:
    """Who a dated event is about: the people named in the year's own clause ("Doe married
    yoga teacher Mia Ross in 2012, and the pair share three daughters, ..." -> the two of them,
    not the daughters; never one named with a child's age, "Ivy, 2,", for a couple's event); with
    nobody there, the sentence's people if they are at most two; the kin
    where a name before the year owns kin ("Ray's brother divorced in 2019": "Bob Ray's brother",
    no one the profile knows, so the fact check never weighs it against the couple's divorce)."""
    lo, hi = clause(s.text, start, end)
    for m in s.mentions:
        of_kin = KIN_OF_BEFORE.search(s.text, max(lo, m.start - s.start - 60), m.start - s.start) \
            if lo <= m.start - s.start < start else None
        if (of_kin and not any(of_kin.end() <= n.start - s.start < m.start - s.start for n in s.mentions)
                and not any(lo <= n.start - s.start < of_kin.start() for n in s.mentions)  # (not "Cy Moss, the
                # younger brother of Bob Ray, married ...": Moss's)
                and not ((own := relative_clause_around(s.text, start, end)) is not None and own[0] >= m.end - s.start)):
            # (nor "He is the younger brother of Bob Ray, whose own marriage ... ended in divorce": Ray's)
            # "The sister of TV chef Ann Lee wed the actor Cy Moss", "who is the younger sister of TV host Ann Lee,
            # finalised her divorce": the kin's, not Ann Lee's
            return (f"{m.person}'s {of_kin.group('kin').lower()}",)
        kin = _owns_kin(s, m, start) if lo <= m.start - s.start < start else None
        if kin and not any(kin.end() <= n.start - s.start < start for n in s.mentions):
            # "Ray's brother divorced in 2019", "Lee, whose parents split in 2017, ...": the kin's, not theirs
            # (but "was married to Ivy's mom, Ann Lee, from 1993": the kin named is one of them; "Ray's
            # daughter attended when Lee and Ray married in 2001": the people named after the kin)
            return (f"{m.person}'s {kin.group('kin').lower()}",)
    known = slots.slot(slot)
    if known is not None and known.couple and (owned := _kin_doing_it(s.text, lo, start)):
        kin_named = [m.person for m in s.mentions if 0 < m.start - s.start - owned.end("kin") <= 2]
        return tuple(kin_named[:1]) or (owned.group("kin").lower(),)  # "married Bob Ray in the church where her parents
        # wed in 1980": "her parents", no one the profile knows, so the fact check never weighs it against the couple's
        # wedding; "Their daughter Ivy married in 2019": Ivy's
    pair = _pair_before_verb(s, lo, hi, known.cue) if known is not None and known.couple and known.cue else ()
    if pair:
        return pair  # "Lee and Ray were among the guests on Saturday when friends Cy Moss and Di Moss married at Kelby
        # Castle": the two named right before the event's verb, whoever the sentence names before them
    partner = _partner_after_verb(s, lo, start) if known is not None and known.couple else None
    if partner and not any(lo <= m.start - s.start < partner[0] and _OWNS_KIN.match(s.text, m.end - s.start)
                           for m in s.mentions):  # (not "Lee and Ray's son, Tom Ray, married Ada Stone": the kin's)
        # "Ida Lane married Cal Moss in 2010 and divorced Abe Hart in 2015": the divorce is Lane's and Hart's,
        # never Lane's and Moss's; a name the corpus does not know stands as its own party
        at, name = partner
        before = [m for m in s.mentions if lo <= m.start - s.start < at and m.person != name]
        right = [m for m in before if _SUBJECT_GAP.fullmatch(s.text, m.end - s.start, at)]
        first = [m.person for m in (right or before)][:1]  # "Jo Roe ... said that Quill had married Otto Brandt": Quill
        return tuple(sorted({*first, name}))
    in_aside = _who_aside(s.text, lo, start, end, hi)
    if in_aside is not None and (_their_own_verb(s.text, in_aside) or _WHOM_OPENS.match(s.text, in_aside[0])):
        # an event told in a "who" aside is the aside's and its antecedent's: "Ray, who divorced his first wife, Jo
        # Roe, in 2008, married Lee in 2010" (the divorce is Ray's and Roe's, never Lee's); "Ann Lee and Bob Ray,
        # who married in 2010, have separated" (both of them)
        named = sorted((m for m in s.mentions if lo <= m.start - s.start < in_aside[0]), key=lambda m: m.start)
        antecedent = named[-1:]
        if len(named) >= 2 and _JOINED_BY_AND.fullmatch(s.text, named[-2].end - s.start, named[-1].start - s.start):
            antecedent = named[-2:]
        young = children_named_in(s, siblings=False)
        its_own = {m.person for m in s.mentions if in_aside[0] <= m.start - s.start < min(in_aside[1], hi)
               and m.person not in young and not CHILD_AGE_AFTER.match(s.text, m.end - s.start)}
        if antecedent and (its_own or not _WHOM_OPENS.match(s.text, in_aside[0])):  # ("the actor's wife, whom he married
            # in 2012": who married her, the aside does not name)
            return tuple(sorted(its_own | {m.person for m in antecedent}))
    # (only where "the couple" are the event's parties: "The couple exchanged vows ..., including Cy Moss"; not
    # "Cara Roe read a poem in front of 150 guests as Ann Lee married Bob Ray", "has married hundreds of
    # couples, including Ann Lee and Bob Ray", "Jo Roe, who co-hosts alongside Ann Lee, said ...": a review)
    plural = PLURAL_REFERENCE.search(s.text, 0, start)
    guests = {m.person for m in s.mentions if plural and plural.end() <= m.start - s.start
              and _GUESTS_BEFORE.search(s.text, plural.end(), m.start - s.start)}
    # never a party: one who owns the kin named after them ("Ray's brother, Tom Ray, was declared legally single
    # in May 2021 as well": Tom Ray's, not Ray's), nor, for a couple's event, a child named with an age ("The
    # couple married in 2011 and share two children, Ivy, 7, and Tom, 4": no one the sentence names)
    children = children_named_in(s, siblings=False) if known is not None and known.couple else frozenset()
    if slot == slots.CHILD_BORN:  # "The baby girl was born on Thursday, joining big brother Tom, 3": not Tom's birth
        # (but "baby sister Ivy Ray was born in 2016" is Ivy's: named before the birth's words)
        children |= {m.person for m in s.mentions if m.start - s.start > start
                     and _A_SIBLING_BEFORE.search(s.text, max(0, m.start - s.start - 30), m.start - s.start)}
    aside = [m for m in s.mentions if lo <= m.start - s.start < hi and (
        _owns_kin(s, m, start) or _CO_OWNER.match(s.text, m.end - s.start))
             or known is not None and known.couple and CHILD_AGE_AFTER.match(s.text, m.end - s.start)
             or m.person in children and (not lo <= m.start - s.start < hi or slot == slots.CHILD_BORN
                                          and m.start - s.start > start
                                          and _A_SIBLING_BEFORE.search(s.text, max(0, m.start - s.start - 30),
                                                                       m.start - s.start))]  # ("The pair tied the knot in 2013,
    # and their twins, Ivy and Tom, arrived in 2015": not the twins' wedding)
    officers = {m.person for m in s.mentions if _officer_ruling(s, m)}
    aside += [m for m in s.mentions if m.person in officers]
    kept = [m for m in s.mentions if m not in aside]
    told = [m for m in PLURAL_REFERENCE.finditer(s.text, lo, start)][-1:] if known is not None and known.couple else []
    between = s.text[told[0].end():start] if told else ""
    ahead = {m.person for m in kept if lo <= m.start - s.start < told[0].start()} if told else set()
    if told and ("," not in between and len(between.split()) <= 5 or _opens_its_aside(s.text, told[0].end(), start, end)) \
            and not any(told[0].end() <= m.start - s.start < start for m in kept) \
            and (len(ahead) == 1 or not ahead and kept and all(m.start - s.start >= end for m in kept)):
        return ()  # "A friend of the singer claimed the couple married in 2015", "The pair met in 1999 ... and had
        # their only child, Lena": the couple's, whom the claims stage knows (claims.with_claimed_people); one
        # person before it is never "the couple" (but "Lee and Ray wed in 2001 after they met in 1999": the two)
    when = [w for w in _WHEN.finditer(s.text, lo, start)][-1:]
    if when and any(when[0].end() <= m.start - s.start < start for m in kept):
        kept = [m for m in kept if not lo <= m.start - s.start < when[0].start()]  # "Lee and Ray were among the
        # guests on Saturday when friends Cy Moss and Di Moss married at Kelby Castle in 2013": the two after "when"
    here = sorted({m.person for m in kept if lo <= m.start - s.start < hi and m.person not in guests})
    if not here and _ONE_UNTOLD.search(s.text, lo, start):
        return ()  # "He was born in January, and Na-rae has decided that she is his manager": the one "he" is, whom
        # the people stage could not tell, never Na-rae, named in another clause
    everyone = set(s.people) - guests - officers
    rest = everyone - ({m.person for m in aside} - {m.person for m in kept})
    return tuple(here) if here else (tuple(sorted(rest)) if len(everyone) <= 2 else ())


def _kin_doing_it(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The kin a pronoun owns ("her parents", its group "kin") who do the event word nearest before the time at
    `start`, in the clause from `lo` ("where her parents wed in 1980", "Their daughter Ivy married in 2019")."""
    if not _KIN_WORD.search(text, lo, start):
        return None  # (most clauses: no kin word to look for, and no cue to find again)
    cue = max((c for c in _cues(text) if lo <= c[0] and c[1] <= start), key=lambda c: c[1], default=None)
    return _KIN_DOES_IT.search(text, max(lo, cue[0] - 60), cue[0]) if cue is not None else None


_KIN_WORD = re.compile(rf"\b{KIN_WORDS}\b", re.IGNORECASE)


# An event word whose subject is kin a pronoun owns: "her parents wed", "their daughter Ivy married", "his brother had
# divorced" (a name's kin, "Ray's brother divorced", is event_subject's _OWNS_KIN).
_KIN_DOES_IT = re.compile(rf"\b(?P<kin>(?i:his|her|their|my|our|your)\s+(?:[\w-]+\s+){{0,2}}?{KIN_WORDS})(?:\s+[A-Z][\w'’-]+)"
                          r"{0,2}\s+(?:(?:had|have|has|were|was|got|first|later|then|also|finally|[a-z]+ly)\s+){0,2}$")


def _opens_its_aside(text: str, at: int, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a relative clause that opens right at `at` ("The pair, who wed on the
    island in April 2018, became parents to twins Ivy and Tom": the wedding is the pair's, not the twins')."""
    aside = relative_clause_around(text, start, end)
    return aside is not None and not text[at:aside[0]].strip()


# A judge named by their title who rules on the event is no party to it: "Justice Jo Roe signed the
# divorce judgment", "Judge Amy Fox on Monday granted Lee primary custody" (but "Judge Amy Fox divorced in 2019").
_OFFICER_BEFORE = re.compile(r"\b(?:Judge|Justice|Commissioner|Magistrate|Referee)\s+$")
_RULES_AFTER = re.compile(r"(?:\s+(?:on|last|this)\s+[A-Z]?\w+\.?(?:\s+\d{1,2})?,?)?\s+(?:signed|granted|approved|finali[sz]ed"
                          r"|awarded|ordered|ruled|entered|issued|dissolved|gave|handed|denied|rejected|declared)\b")


def _officer_ruling(s: Sentence, m: Mention) -> bool:
    """Whether the mention is of a judge, by their title, who rules (above)."""
    return bool(_OFFICER_BEFORE.search(s.text, max(0, m.start - s.start - 14), m.start - s.start)
                and _RULES_AFTER.match(s.text, m.end - s.start))


# One of two who own kin together: "Marla Quinn" of "Marla Quinn and Devon Hale's son, Rowan Hale, married ...".
_CO_OWNER = re.compile(rf"\s+and\s+(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*['’]s\s+(?:[\w-]+\s+){{0,2}}?{KIN_WORDS}\b")
# A couple's event with someone named right after its verb, just before the date ("divorced Abe Hart in 2015",
# "married actress Ada Stone on"): that person is a party to it. The words between are no preposition
# ("married on New Year's Eve in 2015").
_PARTNER_AFTER_VERB = re.compile(r"\b(?:married|wed|weds|divorced|divorcing|(?:engaged|married|wed) to|(?:split|separated)"
                                 r" from)\s+(?:(?!(?:on|at|in|near|during|over|before|after|by|from|with|his|her"
                                 r"|their|to|and|for)\b)[a-z-]+\s+){0,3}?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)*)"
                                 r"\s+(?:in|on|last|this|earlier|back in|from)\s+(?:[A-Za-z0-9.,]+\s+){0,3}$")
# Between a subject and its verb: "Quill had married", "Lee then quietly divorced".
_SUBJECT_GAP = re.compile(r"\s+(?:(?:had|has|have|was|were|is|got|then|later|finally|also|recently|secretly|quietly"
                          r"|reportedly|eventually|first)\s+)*")
_A_PARTNER_VERB = re.compile(r"marri|wed|divorc|engaged|split from|separated from", re.IGNORECASE)
_NOT_A_PARTNER = frozenset([*MONTH_NAMES, *WEEKDAYS, "Christmas", "Thanksgiving", "Easter", "New", "Valentine's"])


def _partner_after_verb(s: Sentence, lo: int, start: int) -> tuple[int, str] | None:
    """(where the verb stands, who) for the person named right after a couple's event's verb, just before
    the date at `start`: the person the corpus knows there, or the name as written for someone it does not
    know (two words or more, no place, month, weekday or holiday)."""
    window = s.text[lo:start]
    if not _A_PARTNER_VERB.search(window):
        return None  # (the cheap test first)
    m = _PARTNER_AFTER_VERB.search(s.text, lo, start)
    if not m:
        return None
    a, b = m.span("name")
    known = [n.person for n in s.mentions if n.start - s.start < b and n.end - s.start > a]
    if known:
        return (m.start(), known[0]) if len(set(known)) == 1 else None
    name = m.group("name")
    if " " not in name or name.split()[0] in _NOT_A_PARTNER or name in REGIONS:
        return None
    return m.start(), name


# A name with a child's age right after it ("the children, Ivy, 7, Tom, 5, and Ann, 2, have lived ...
# since the separation"): no party to a couple's event.
CHILD_AGE_AFTER = re.compile(r",\s*(?:[1-9]|1[0-5])(?=\s*[,.;)]|\s+and\b|\s*$)")  # "Ivy, 5," not "Ray, 15 years her senior"


# Words after which the people named are an event's guests, not its parties: "The couple exchanged vows in front
# of 120 guests, including Lee's co-host Cy Moss".
_GUESTS_BEFORE = re.compile(r"\b(?:including|among (?:them|whom|the guests)|such as|guests?|attended by|in front of"
                            r"|joined by|alongside|witnessed by)\b", re.IGNORECASE)


# A name that owns kin right after it: "Ray's brother", "Lee, whose parents" (the event told next is theirs).
# Kin "of" someone named right after: "The sister of TV chef Ann Lee", "the younger brother of Bob Ray".
KIN_OF_BEFORE = re.compile(r"\b(?P<kin>(?:(?:grand|great-grand|step|half-)?(?:mother|father|daughter|son|sister|brother))"
                            r"|cousin|niece|nephew|aunt|uncle|twin)\s+of\s+(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,3})?(?:[A-Z][\w.'’-]*\s+){0,2}$",
                            re.IGNORECASE)  # (family only: "A friend of Ann Lee claimed the couple married")
# A brother or sister named right after their word ("joining big brother Tom", "her older sister, Ivy"): a sibling of
# the one born, not the one.
_A_SIBLING_BEFORE = re.compile(r"\b(?:big|little|older|younger|elder|baby|twin)?\s*(?:brother|sister|sibling)s?\s*,?\s+$",
                               re.IGNORECASE)
_WHO_THEN_EVENT = re.compile(r"[,\s\u2014\u2013-]*(?:who|whom)\s+(?:(?:had|has|have|was|were|is|are|later|first|then|also"
                             r"|finally|eventually|recently|quietly|secretly|officially|legally)\s+)*(?:married|wed|divorced"
                             r"|filed|split|separated|got\s+(?:married|engaged|divorced)|tied\s+the\s+knot|met|began|started"
                             r"|became\s+engaged|finali[sz]ed|went\s+through\s+(?:a|an|her|his|their)\s+(?:own\s+)?"
                             r"(?:divorce|split|separation))\b", re.IGNORECASE)
_WHOM_OPENS = re.compile(r"[,\s\u2014\u2013-]*whom\b", re.IGNORECASE)
WHO_COMMA = re.compile(r",\s+(?:who|whom)\s")  # a "who" aside opening (relations.py too)
_JOINED_BY_AND = re.compile(r"(?:,\s*\d{1,3},)?\s+(?:and|&)\s+")
# The main clause's verb after a "who" aside: ", married Lee in 2010", ", have separated", ", filed for divorce".
_MAIN_VERB_AFTER_ASIDE = re.compile(r",\s+(?:(?:then|later|now|also|finally|recently|quietly|have|has|had|was|were|is|are)\s+)*"
                                    r"(?:[a-z]+ed|wed|won|got|went|took|left|split|say|says|said|told|tied|gave|made|met"
                                    r"|became|began|share|shares|live|lives)\b")


def _who_aside(text: str, lo: int, start: int, end: int, hi: int) -> tuple[int, int] | None:
    """(start, end) of the "who" aside that holds text[start:end] in its clause [lo, hi): a relative clause set off
    by commas that opens with "who", or one that opens with ", who" before it and runs to the main verb after a
    comma ("Ray, who divorced his first wife, Jo Roe, in 2008, married Lee"); None where it stands in none."""
    if relative_clause_around(text, start, end) is not None:
        return who_aside_around(text, start, end)
    opens = [m.start() for m in WHO_COMMA.finditer(text, lo, start)]
    if not opens:
        return None
    main = _MAIN_VERB_AFTER_ASIDE.search(text, end, hi)
    return (opens[-1], main.start()) if main else None


def _their_own_verb(text: str, aside: tuple[int, int]) -> bool:
    """Whether a "who" aside opens on its people's own event word ("who divorced his first wife", "who married in
    2010", "who had filed"), not on another deed that names the event in passing ("who was best man at their
    2012 wedding", "who represented Lee when she filed")."""
    return bool(_WHO_THEN_EVENT.match(text, aside[0]))
def _owns_kin(s: Sentence, m: Mention, start: int) -> re.Match[str] | None:
    """The kin the one mentioned owns right after the name ("Ray's brother", "Lee, whose parents"), of the event at
    `start`: not a ", whose ...," aside closed before it ("Ann Lee and Bob Ray, whose son married in 2019, divorced in
    2021": the couple's divorce)."""
    kin = _OWNS_KIN.match(s.text, m.end - s.start)
    if kin is None or (whose := relative_clause_around(s.text, kin.start(), kin.end())) is not None and whose[1] <= start:
        return None
    return kin


_OWNS_KIN = re.compile(rf"(?:['’]s|\s*,?\s+whose)\s+(?:[\w-]+\s+){{0,2}}?(?P<kin>{KIN_WORDS})\b", re.IGNORECASE)


_ROLE_GAP = re.compile(r"\s*(?:[a-z]+)?,?\s*")  # "29-year-old daughter Mia", "then-11-year-old daughter, Mia"


_THEN = re.compile(r"then-", re.IGNORECASE)
_THE_YEAR = re.compile(r"the year\b", re.IGNORECASE)


def age_as_of(s: Sentence, source: Source, start: int, end: int) -> str:
    """When an age was true: "then-11-year-old" in a sentence about 2007 -> the year of that
    event; "turned 6 the year the divorce became final" -> "@divorce-final" (resolved later
    from the corpus); any other age -> the article's own date, "" when undated (never the date a web address
    gives: a repost or a topic page keeps an old story's ages under a new address)."""
    match = s.text[start:end]
    if _THEN.match(match):
        years = [int(y) for y in _YEAR.findall(s.text)]
        if years:
            return str(min(years, key=lambda y: abs(int(y))))
    if match.lower().startswith("turned") and _THE_YEAR.match(s.text, end + 1):
        for slot, pattern in YEAR_SLOTS:
            if pattern.search(s.text, end):
                return f"@{slot}"
    return source.published or ""




def as_of(s: Sentence, source: Source) -> str:
    """The date a sentence's present tense speaks of: an explicit year, else the article's."""
    years = [m.group(1) for m in _YEAR.finditer(s.text)]
    if years and not re.search(r"\b(?:now|currently|recently|today)\b", s.text, re.IGNORECASE):
        return max(years)
    return source.published or ""


_QUESTION = re.compile(r"\?[\s\"”’']*$")
# A year that opens the sentence and says when what follows was true: "In 2015, they had two children", "As of 2019,
# ..." (not "By 2015": by then, perhaps before).
_OPENING_YEAR = re.compile(rf"\s*(?:In|As of)\s+({YEAR}),\s")


def _opening_year(text: str, at: int) -> str:
    """The year that opens the sentence (_OPENING_YEAR) where its clause holds `at`, else ""."""
    opening = _OPENING_YEAR.match(text)
    if opening is None or _NOW.search(text) or clause(text, at, at)[0] > opening.start(1):
        return ""  # ("In 2015, they married, and they now have three children": now)
    between = text[opening.end():at]
    if not _HAD.search(between) or _PRESENT.search(between):
        return ""  # ("In 2015, Lee married Ray, with whom she has two children": the count is now's)
    return opening.group(1)


_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:has|have|having|is|are)\b", re.IGNORECASE)
_NOW = re.compile(r"\b(?:now|currently|today|still|since)\b", re.IGNORECASE)


def extract(s: Sentence, source: Source) -> tuple[Fact, ...]:
    """All typed facts in one sentence; none in a teaser for another story ("Read more: The biggest
    celebrity engagement rings of 2023"), which tells nothing of the article's people, nor in a
    question ("How does the couple juggle four kids and two careers?"), which asserts nothing."""
    if TEASER.match(s.text) or _QUESTION.search(s.outside_quotes()):
        return ()  # a question asserts nothing ("How does the couple juggle four kids?")
    out: list[Fact] = []
    when = as_of(s, source)
    kinds = ((slots.YEAR, partial(_years_past_a_dateline, source=source)), (slots.DURATION, _durations),
             (slots.COUNT, _counts), (slots.MONEY, _money), (slots.AGE, _ages))
    for kind, finder in kinds:
        for slot, value, start, end, num in finder(s):
            if kind == slots.AGE:
                subject, date = age_subject(s, start, end), age_as_of(s, source, start, end)
            elif kind == slots.YEAR:
                subject, date = event_subject(s, start, end, slot), value
            else:
                subject = _subject(s)
                date = when if kind == slots.DURATION else _opening_year(s.text, start) or source.sort_date
            out.append(Fact(
                kind=kind, slot=slot, subject=subject, value=value, as_of=date,
                sentence=s.id,
                span=Span(s.source, s.start + start, s.start + end), number=num,
            ))
    return tuple(out)


# A wire's dateline: "PERTH, April 15 (ANW) - ", "LOS ANGELES, June 5 (AP) — ", with its region or country
# ("SAN MIGUEL DE ALLENDE, Mexico, June 23 (Meridian) - ", "RENO, Nev., May 2 (AP) - ").
DATELINE = re.compile(rf"^[A-Z][A-Z .'’-]+,(?:\s+[A-Z][\w.'’-]*(?:\s+(?:and|of|the|[A-Z][\w.'’-]*)){{0,3}},)?\s+(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}"
                      rf"|\d{{1,2}}\s+(?:{MONTH_ALT}))\s*"
                      rf"(?:\([A-Za-z][\w .&-]*\))?\s*[-—–]+\s")


def _years_past_a_dateline(s: Sentence, source: Source) -> list[tuple[str, str, int, int, float]]:
    """The event years of a sentence, its wire dateline ("PERTH, April 15 (ANW) - ... have married in a
    beachside ceremony") read as no date of its events: it dates the article ("SYDNEY, June 5 (ANW) - Ann
    Lee, who married Bob Ray in a beachside ceremony, ..." tells no wedding of June; a review), and the
    article's news still takes the article's year ("have married"). A year after the article's own is
    no event's: what the article expects ("the wedding, planned for the summer of 2027") has not happened."""
    line = DATELINE.match(s.text)
    years = list(_years(s if line is None else replace(s, text=" " * line.end() + s.text[line.end():]), source=source))
    if years and MEANT.search(s.text):
        years = [y for y in years if not _only_meant(s.text, y[0], y[2], y[3])]
    if years and source.published:  # "the wedding, which is planned for the summer of 2027": not yet
        years = [y for y in years if y[1][:4] <= source.published[:4]]
    if years and "first" in s.text and _FIRST_WED.search(s.text):  # "exchanged vows in 2017 on the same beach where they first wed": a
        years = [y for y in years if not (y[0] == slots.MARRIED and _FIRST_WED.search(s.text, y[3]))]  # later rite
    return years


# The first wedding named after a year of vows: the vows of that year are a later ceremony's.
_FIRST_WED = re.compile(r"\b(?:where|when|since|after) (?:they|the couple|the pair) (?:had )?first (?:wed|married"
                        r"|tied the knot|exchanged vows|said (?:['\"“]?I do['\"”]?))\b", re.IGNORECASE)


# An event only meant or planned in the year's clause: "Couples must give a month's notice of their intention to
# marry, so the first weddings can take place from 9 January", "plan to marry next year".
MEANT = re.compile(rf"\b{PLANNED_TO}\s+(?:(?:get\s+)?(marry|married|wed)|(divorce)"
                    r"|(separate|split)|(file)|(get\s+engaged))\b", re.IGNORECASE)
_MEANT_SLOTS = (slots.MARRIED, slots.DIVORCE_FINAL, slots.SEPARATED, slots.DIVORCE_FILED, slots.ENGAGED)


def _only_meant(text: str, slot: str, start: int, end: int) -> bool:
    """Whether the year's clause says its event was only meant or planned, not that it happened."""
    lo, hi = clause(text, start, end)
    return any(_MEANT_SLOTS[m.lastindex - 1] == slot for m in MEANT.finditer(text, lo, hi) if m.lastindex)


def extract_article(article: Sequence[Sentence], source: Source) -> dict[str, tuple[Fact, ...]]:
    """Each sentence's facts (sentence id -> facts), for the sentences of one article, none for a correction
    ("Correction: An earlier version of this story said they married in 2010"); an age whose
    owner its own sentence does not tell is given by the article (`role_owner`); in an article of a
    couple's second wedding to each other, no wedding of the article's year is their first."""
    named = {role: _named_as(role, article) for role in ("daughter", "son")}
    # a correction gives no fact: its values are the errors it corrects, its dates the articles' (lang.en.CORRECTION);
    # nor does a sentence the next one calls wrong ("... permanently. / This was incorrect.": retracted.py)
    withdrawn = retracted_ids(retractions(article)) | corrections(article)
    out = {s.id: () if s.id in withdrawn
           else tuple(_role_owner(f, s, named) for f in extract(s, source)) for s in article}
    for s, heading_year in _under_year_headings(article):
        # "## 2012: The proposal ... He proposed in August on a sailboat": August of 2012, not the article's
        out[s.id] = tuple(f for f in out[s.id] if not (f.kind == slots.YEAR and f.value != heading_year
                                                       and f.value not in s.text))
    for s, item_people in list_items(article):
        if not item_people:
            # "2. Lola Vance and Rafe Stone / The country singer filed for divorce in 2019": an item about two the
            # tool does not know; a fact of no one item_people there is theirs, never the couple's (nor the article's pair's)
            out[s.id] = tuple(f for f in out[s.id] if f.subject)
        elif len(item_people) == 2 and not any(m.explicit for m in s.mentions):
            # "3. Bob Ray and Ann Lee / The Quillo co-founder and the novelist married in 2014": the item's two
            # (not "Her sister married in 2019": no kin word before the event's year)
            out[s.id] = tuple(replace(f, subject=item_people) if f.kind == slots.YEAR and not f.subject
                              and slots.BY_NAME[f.slot].record_about == slots.COUPLE
                              and not _KIN.search(s.text, 0, f.span.start - s.start) else f for f in out[s.id])
    year = written_on(source)[:4]
    if year and any(WED_EACH_OTHER_AGAIN.search(s.text) for s in article):
        # "have married each other for a second time ... The couple wed on Saturday, 10 May 2025": the
        # article's wedding of its year, of them or of no one named, is the second, not the one the other
        # articles date; none is where the article dates the second wedding to an earlier year ("Jo Roe has
        # married Cy Moss ... Ray remarried his former wife last year")
        again = [f for fs in out.values() for f in fs if f.slot == slots.MARRIED_AGAIN]
        them = {p for f in again for p in f.subject}
        if not again or any(f.value >= year for f in again):
            out = {sid: tuple(replace(f, slot=slots.MARRIED_AGAIN) if f.slot == slots.MARRIED and f.value >= year
                              and set(f.subject) <= them else f for f in fs) for sid, fs in out.items()}
    return out


def _under_year_headings(article: Sequence[Sentence]) -> list[tuple[Sentence, str]]:
    """Each sentence under a heading that names a year ("2012: The proposal") with that year."""
    ordered = sorted(article, key=lambda s: s.index)
    out: list[tuple[Sentence, str]] = []
    current = ""
    for i, s in enumerate(ordered):
        if is_heading(ordered, i):
            found = re.search(rf"\b{YEAR}\b", s.text)
            current = found.group(0) if found else ""
        elif current:
            out.append((s, current))
    return out


# A numbered item of a list that names people: "2. Lola Vance and Rafe Stone", "#3 Cy and Jo Moss".
_KIN = re.compile(rf"\b{KIN_WORDS}\b", re.IGNORECASE)
_NAME = r"(?!(?:The|A|An|Our|My|Why|How|What|When)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
_NAMES_HEADING = re.compile(rf"\W*(?:No\.\s*|#)?\d{{1,2}}[.):]?\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\W*")


def list_items(article: Sequence[Sentence]) -> list[tuple[Sentence, tuple[str, ...]]]:
    """Each sentence under a numbered heading that names people ("2. Lola Vance and Rafe Stone"), up to
    the next heading, with the people of the heading the people stage recognised (none: an item of a
    list about people the tool does not know)."""
    ordered = sorted(article, key=lambda s: s.index)
    out: list[tuple[Sentence, tuple[str, ...]]] = []
    named: tuple[str, ...] | None = None
    for i, s in enumerate(ordered):
        if is_heading(ordered, i):
            named = (tuple(sorted({m.person for m in s.mentions if m.explicit}))
                     if _NAMES_HEADING.fullmatch(s.text) else None)
        elif named is not None:
            out.append((s, named))
    return out


def is_heading(article: Sequence[Sentence], i: int) -> bool:
    """Whether article[i] (the article's sentences in order) is a heading or caption: alone in its
    paragraph, without a full stop."""
    s = article[i]
    alone = all(t.paragraph != s.paragraph for t in article[max(0, i - 1):i + 2] if t is not s)
    return alone and not s.text.rstrip().endswith((".", "!", "?", '"', "”", "’", ")"))


_ROLE = re.compile(r"\b(?:his|her|their)\s+(?:then-)?(?:\w+-year-old\s+)?(daughter|son)\b", re.IGNORECASE)


def _role_owner(f: Fact, s: Sentence, named: dict[str, set[str]]) -> Fact:
    """An age with no named subject, next to "her daughter" or "his then-9-year-old daughter",
    is the one person the same article calls daughter (or son) by name."""
    if f.kind != slots.AGE or f.subject:
        return f
    at = f.span.start - s.start
    # the role names the age's owner only right before it ("her daughter, 26") or around it
    # ("his then-9-year-old daughter")
    role = next((m for m in _ROLE.finditer(s.text) if at - 1 <= m.end() <= at + 1 or m.start() <= at < m.end()), None)
    who = named[role.group(1).lower()] if role else set()
    return replace(f, subject=(next(iter(who)),)) if len(who) == 1 else f


def _named_as(role: str, sentences: Sequence[Sentence]) -> set[str]:
    """People an article introduces as "daughter X" or "daughter, X"."""
    pattern = re.compile(rf"\b{role},?\s+$", re.IGNORECASE)
    return {m.person for s in sentences for m in s.mentions
            if m.explicit and pattern.search(s.text[:m.start - s.start])}


# A month right at a year: "June", "Nov."; "May" only right before a year ("May 2019").
_MONTH_WORD = "|".join(re.escape(m) for m in sorted(_MONTH_WORDS, key=len, reverse=True))
_MONTH_IN = re.compile(rf"\b({_MONTH_WORD})(?![\w])")
_MONTH_BEFORE = re.compile(rf"\b({_MONTH_WORD}|May)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")


def month_at(s: Sentence, f: Fact) -> int:
    """The month (1-12) the sentence writes for a year fact, right after the event's own cue and
    "in" or "on" ("separated in March 2019", "filed for divorce in June"); 0 when it writes none
    there (never "by June 2019", "between April and June 2019", a month of another event, a name)."""
    a, b = f.span.start - s.start, f.span.end - s.start
    inside = _MONTH_IN.search(s.text, a, b)
    lo = a if inside else max(0, a - 20)
    named = inside or _MONTH_BEFORE.search(s.text[lo:a])
    if named is None:
        return 0
    at = named.start(1) + (0 if inside else lo)
    if any(m.start - s.start <= at < m.end - s.start for m in s.mentions) or not _after_cue(s.text, f.slot, at):
        return 0
    return MONTH_NUMBERS[named.group(1)]


def months_of_date(s: Sentence, f: Fact) -> frozenset[int]:
    """The months (1-12) the sentence writes as part of the date whose year is the fact's, wherever the
    event's cue stands: before the year ("on 2 July 2011", "the 2nd of July, 2011", "July 2, 2011", "in
    July, 2011"), right after it ("in 2011, on July 2", "2011 (July 2, to be exact)") or in "2011-07-02";
    not in a name ("June Carter"). What an article would contradict a record's month with (month_at is
    stricter: the month the record tells)."""
    a, b = f.span.start - s.start, f.span.end - s.start
    if not s.text[a:b].strip().isdigit():
        return frozenset()
    names = [(m.start - s.start, m.end - s.start) for m in s.mentions]
    found = [m for m in (_DATE_MONTH_BEFORE.search(s.text, max(0, a - 30), a), _DATE_MONTH_AFTER.match(s.text, b)) if m]
    months = {MONTH_BY_WORD[m.group(m.lastindex or 0)] for m in found
              if not any(x <= m.start(m.lastindex or 0) < y for x, y in names)}
    iso = _ISO_DATE.match(s.text, a)
    if iso and 1 <= int(iso.group(2)) <= 12:
        months.add(int(iso.group(2)))
    return frozenset(months)


def months_said(s: Sentence, f: Fact, written: str = "") -> frozenset[int]:
    """Every month the sentence of a year fact may date its event to, for the record's month to be
    checked against (broader than months_of_date): the months of its date, any month named (outside a
    name) after the event's words and no other event's ("married in 2011; the wedding was on July 2",
    "in a July ceremony"), and, where the year
    was told from the article's date by words that date it to a month they do not name ("married last
    month"), that month where the article's date (`written`, ISO) tells it and the words follow the event's own
    ("split last month" written on 2 October: September), else 0: a month that may be any."""
    a, b = f.span.start - s.start, f.span.end - s.start
    names = [(m.start - s.start, m.end - s.start) for m in s.mentions]
    cues = _cues(s.text)
    # a month whose nearest event word before it is the fact's ("married in 2011; the wedding was on July 2";
    # not "who married him in 2008, filed for divorce on March 11": March is the filing's)
    found = set(months_of_date(s, f)) | {
        MONTH_NUMBERS[m.group(1)] for m in _MONTH_IN.finditer(s.text)
        if not any(x <= m.start() < y for x, y in names)
        and max(((e, slot) for _st, e, slot in cues if e <= m.start()), default=(0, f.slot))[1] == f.slot}
    if some := _SOME_MONTH.search(s.text[a:b]):
        own = slots.slot(f.slot)
        right_after = own is not None and own.cue is not None and any(
            _ONLY_UP.fullmatch(s.text, m.end(), a) or m.start() < a and b <= m.end()  # (or inside the event's own
            for m in own.cue.finditer(s.text, max(0, a - 40)))  # words: "asked a court last week to dissolve")
        # the month only where the time words follow the event's own ("split last month"; not "confirmed last month
        # that they had split", nor "a year ago last month")
        found.add(_month_told(some.group(0), written) if right_after and not _AGO_BEFORE.search(s.text, max(0, a - 25), a)
                  else 0)
    return frozenset(found)


_ONLY_UP = re.compile(r"\s+(?:up\s+)?")
_AGO_BEFORE = re.compile(r"\bago\s*$", re.IGNORECASE)


def _month_told(words: str, written: str) -> int:
    """The month "last month", "this month", "earlier this month" or "last week" dates to from the article's
    date (`written`, ISO); 0 where the date does not tell it (no month; "last week" without the day, or where the
    days it may be span two months: last_week)."""
    if len(written) < 7 or not written[5:7].isdigit():
        return 0
    month = int(written[5:7])
    words = words.lower()
    if words.endswith("week"):  # the week before the article's own ("asked a court last week", written on Thursday
        # 4 April: 25 to 31 March; see last_week)
        try:
            first, last = last_week(date.fromisoformat(written[:10]))
        except ValueError:
            return 0
        return first.month if (first.year, first.month) == (last.year, last.month) else 0
    return (month - 2) % 12 + 1 if words.startswith("last") else month


# Words told from the article's date that name a month without naming it: "last month".
# (not a weekday: "on Monday, March 11" names its month, and "on Saturday" is most often the article's)
_SOME_MONTH = re.compile(r"\b(?:last|this|earlier this) month\b|\blast week\b", re.IGNORECASE)


# The month (and day) of a date right before its year: "November 2020", "2 July 2011", "the 2nd of July,
# 2011", "May 17, 2024" (group 1 or 2: the month).
_DATE_MONTH_BEFORE = re.compile(rf"\b({MONTH_ALT})\.?(?:\s+{_DAY})?,?\s+$|\b{_DAY}\s+(?:of\s+)?({MONTH_ALT})\.?,?\s+$")
_DATE_MONTH_AFTER = re.compile(rf",?\s*(?:on\s+|\(\s*)?(?:({MONTH_ALT})\.?\s+\d{{1,2}}\b|{_DAY}\s+(?:of\s+)?({MONTH_ALT})\b)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\b")


# Between an event's cue and its month: "in", "on", "last", "this" and at most a few words ("filed
# for divorce from him in June").
_TO_MONTH = re.compile(r"\s+(?:[\w'’]+\s+){0,4}?(?:(?:in|on)\s+(?:the\s+)?(?:month\s+of\s+)?|(?:last|this)\s+)$")


def _after_cue(text: str, slot: str, at: int) -> bool:
    """Whether the cue of `slot` stands right before `at`, joined to it by "in" or "on"."""
    found = slots.slot(slot)
    cue = found.cue if found else None
    return cue is not None and any(_TO_MONTH.fullmatch(text, m.end(), at) for m in cue.finditer(text, 0, at))
