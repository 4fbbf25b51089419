"""Dates: read the ones articles give, and infer a lower bound where they give none."""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dateparser

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_RE = "|".join(m.capitalize() for m in MONTHS)
_FULL_DATE = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+(1[89]\d\d|20\d\d)\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE}),?\s+(1[89]\d\d|20\d\d)\b")
_YEAR = re.compile(r"(?<![\d$.,])(1[89]\d\d|20\d\d)(?![\d,])(?!s\b)")
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


def latest_mentioned(text: str, limit: str = "") -> tuple[str, str] | None:
    """The latest date the text mentions, as (ISO prefix, words), no later than `limit` if given."""
    found: list[tuple[str, str]] = []
    for m in _FULL_DATE.finditer(text):
        month = MONTHS.index(m.group(1).lower()) + 1
        try:
            found.append((date(int(m.group(3)), month, int(m.group(2))).isoformat()[:7], m.group(0)))
        except ValueError:
            continue
    for m in _MONTH_YEAR.finditer(text):
        found.append((f"{m.group(2)}-{MONTHS.index(m.group(1).lower()) + 1:02d}", m.group(0)))
    for m in _YEAR.finditer(text):
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
