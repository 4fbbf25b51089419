"""Dates: read the ones articles give, and infer a lower bound where they give none."""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dateparser

from ..lang.en import MONTH_PATTERN, MONTHS, YEAR

_MONTH_RE = MONTH_PATTERN
_FULL_DATE = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+({YEAR})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE}),?\s+({YEAR})\b")
_YEAR = re.compile(rf"(?<![\d$.,])({YEAR})(?!\d|,\d)(?!s\b)")  # "in 2023, and" is a year; "2,023,000" none
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


def parse_date(raw: str) -> str:
    """A date as written in metadata to ISO 'YYYY-MM-DD'; ValueError if it is not a real date."""
    raw = raw.strip()
    iso = _ISO.match(raw)
    if iso:
        y, m, d = (int(g) for g in iso.groups())
        return date(y, m, d).isoformat()  # raises ValueError on 2025-13-45
    if re.fullmatch(r"\d{4}", raw):
        return raw
    try:
        return dateparser.parse(raw, fuzzy=False, default=None).date().isoformat()
    except (ValueError, OverflowError, TypeError, AttributeError) as exc:
        raise ValueError(raw) from exc


# A date in a web address: "/2020/06/", "/2020/06/15/", "-20201130-".
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(?:/(0[1-9]|[12]\d|3[01]))?(?=/|$)"
                       r"|[-_/]((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?=[-_/.]|$)")
# Words before a date in the same clause that put it in the future of the article: a payment
# "will" run "until January 2024", a hearing "is due in" March. Such a date is no lower bound.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|won['’]t|shall|is due|are due|due (?:in|on|by)|scheduled|slated|set (?:to|for)|expected to|"
    r"plans? to|planning to|going to|getting married|getting divorced|should|upcoming|is to|are to|next)\b[^.;!?]*$",
    re.IGNORECASE)


def url_date(url: str) -> str | None:
    """The date a web address gives ("/2020/06/" -> "2020-06"), or None."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    m = _URL_DATE.search(path)
    if not m:
        return None
    if m.group(1):
        y, mo, d = m.group(1), m.group(2), m.group(3)
    else:
        y, mo, d = m.group(4), m.group(5), m.group(6)
    if d:
        try:
            return date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            return f"{y}-{mo}"
    return f"{y}-{mo}"


def ahead_of_article(text: str, at: int) -> bool:
    """The date at `at` is one the text puts ahead of the article ("will pay ... until January 2024",
    "are getting married in June")."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    return bool(_FUTURE_BEFORE.search(text[start:at]))


def latest_mentioned(text: str, limit: str = "") -> tuple[str, str] | None:
    """The latest date the text mentions as past or present, as (ISO prefix, words), no later
    than `limit` if given; a date the text puts in the future is not counted."""
    found: list[tuple[str, str]] = []
    for m in _FULL_DATE.finditer(text):
        if ahead_of_article(text, m.start()):
            continue
        month = MONTHS.index(m.group(1).lower()) + 1
        try:
            found.append((date(int(m.group(3)), month, int(m.group(2))).isoformat()[:7], m.group(0)))
        except ValueError:
            continue
    for m in _MONTH_YEAR.finditer(text):
        if ahead_of_article(text, m.start()):
            continue
        found.append((f"{m.group(2)}-{MONTHS.index(m.group(1).lower()) + 1:02d}", m.group(0)))
    for m in _YEAR.finditer(text):
        if ahead_of_article(text, m.start()):
            continue
        found.append((m.group(1), m.group(1)))
    if limit:
        found = [f for f in found if f[0] <= limit]
    if not found:
        return None
    return max(found, key=lambda f: (f[0], len(f[0])))


def describe(iso: str) -> str:
    """'2022-04' -> 'April 2022'; '2022-04-25' -> 'April 25, 2022'; '2022' -> '2022'."""
    parts = iso.split("-")
    if len(parts) == 1:
        return iso
    month = MONTHS[int(parts[1]) - 1].capitalize()
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{month} {int(parts[2])}, {parts[0]}"
