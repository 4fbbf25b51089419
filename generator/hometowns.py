"""Where a person was born or grew up, as several articles say it: "Ann Lee was born in Reno and grew
up there."

Articles give where someone comes from beside the name, each in its own words ("Ann Lee, who was born
in Reno,", "Born in Reno, Lee ...", "Reno-born Ann Lee", "Lee grew up in Reno", "Ann Lee, a native of
Reno,"); told sentence by sentence, it is a statement per article, each about something else. A
record gathers it: one sentence of the background's paragraph, each footnote quoting an article's own
words, after the words it supports ("was born in Reno[1][2] and grew up there[3]"). Precision first, a
sentence supports it only where:

- the words stand right after a name the people stage recognised, the subject of its sentence (never a
  pronoun or an epithet, whose person is inferred; nor "the wife of Bob Ray, who was born in Reno"), or
  after an aside of the name's ("Ann Lee, whose father ran a bakery, was born in Reno"), or right before it ("Reno-born Ann Lee", "Born in Reno, Lee"), outside
  quotation marks, in a sentence no unnamed source answers for;
- the place is one to four capitalised words ("Reno", "San Sebastián", "the Bronx"), ended by a
  comma, a full stop, "to", "and", "in", "before", ... (never "raised in the Mormon faith", nor
  "Hollywood's shadow", nor a month or a weekday);
- no article names another place of the same kind for that person: a record is what the articles
  agree on, a disagreement is left to the statements below the paragraph.

A record needs two or more independent articles, whatever kind of words each uses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .clauses import relative_clauses, who_asides
from .factcheck import AGREEMENT
from .lang.en import MONTH_NAMES, WEEKDAYS
from .model import UNNAMED, Citation, Record, RecordValue, Sentence
from .people.history import in_quotes

SLOT = "hometown"
# The kinds of words, in the order the record's sentence tells them.
BORN, GREW_UP, FROM = "born", "grew-up", "from"
KINDS = (BORN, GREW_UP, FROM)

_WORD = r"[A-Z][\w'’.-]*(?<!['’]s)(?<![.])"
# The place: capitalised words, "the" allowed first ("the Bronx"), ended where a clause or phrase ends
# (a lowercase noun right after it is no end: "raised in the Mormon faith").
_PLACE = (rf"(?P<place>(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}})"
          r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:to|and|in|on|before|until|where|with|by|as|but|near|outside|after|then)\b)"
          # the place it is in, where the article says it: "Lewisham, south-east London", "Enugu, in Nigeria"
          rf"(?:,\s+(?:in\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-east|"
          rf"north-west|south-east|south-west|south-eastern|south-western|north-eastern|north-western|inner|outer)\s+)?"
          rf"(?P<within>{_WORD}(?:\s+{_WORD}){{0,2}})(?=\s*(?:[,.;:)—–]|$)|\s+(?:to|and|in|on|before)\b))?")
_BORN_AND_RAISED = r"born\s+and\s+(?:raised|bred)"
# Right after the name: "was born in", ", who was born in", ", 33, was born in", ", born in", "grew up in",
# ", who grew up in", "was raised in", ", a native of", "hails from".
_AFTER_NAME = re.compile(
    r"(?:,\s+(?:\d{1,3},\s+)?(?:who\s+)?|\s+)(?:(?P<kind>(?:was\s+)?" + _BORN_AND_RAISED + r"|(?:was\s+)?born|grew\s+up"
    r"|(?:was\s+)?raised)\s+in|(?P<native>(?:is\s+)?a\s+native\s+of|hails\s+from))\s+" + _PLACE)
# Right before the name: "Born in Reno, " opening the sentence; "Reno-born " (up to two lowercase words between:
# "Reno-born presenter Ann Lee").
_BORN_IN_OPENING = re.compile(r"^(?P<kind>" + _BORN_AND_RAISED + r"|Born\s+and\s+(?:raised|bred)|Born|Raised|Grew\s+up)"
                              r"\s+in\s+" + _PLACE + r",\s+$")
_PLACE_BORN = re.compile(r"(?:^|(?<=\s))(?P<place>" + _WORD + r")-born\s+(?:[a-z][a-z-]*\s+){0,2}$")
_NOT_A_PLACE = frozenset([*MONTH_NAMES, *WEEKDAYS, *(m[:3] for m in MONTH_NAMES), "Sept", "The", "A", "An", "His", "Her",
                          "Their"])
# Words before a name that make it no subject of the words after it: someone else's ("engaged to Luke Ray grew up
# in Bristol", "Ann Lee, the wife of Bob Ray, who was born in Reno"): a comma, "and", a preposition.
_NOT_THE_SUBJECT = re.compile(r",|\b(?:and|or|to|of|with|for|by|from|at|on|in|about|like|than|as|between|after|before)\b",
                              re.IGNORECASE)
_MAY_SAY = re.compile(r"\bborn\b|\bgrew up\b|\braised\b|\bnative of\b|\bhails from\b|-born\b", re.IGNORECASE)


def hometown_records(sentences: Sequence[Sentence], origin: Mapping[str, str], dates: Mapping[str, str],
                     first_id: int, couple: frozenset[str] = frozenset()) -> tuple[Record, ...]:
    """The background's records of where the people were born or grew up (see above), ids from
    r`first_id`: the couple's first, then in the order of the people's names."""
    # (person, place) -> kind -> article -> its first sentence that says it
    found: dict[tuple[str, str], dict[str, dict[str, Sentence]]] = defaultdict(lambda: defaultdict(dict))
    places: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, kind) -> every place any article gives
    within: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (person, kind) -> place -> the place it is in
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if not _MAY_SAY.search(s.text):
            continue  # (most sentences: no such words, nothing to read)
        for person, kind, place, where in _hometowns(s):
            places[(person, kind)].add(place)
            if where:
                within[(person, kind)][place] = where
            if s.attribution != UNNAMED:
                found[(person, place)][kind].setdefault(s.source, s)
    # A place some article says is in another that an article gives for that person and kind is that other place
    # ("born in Lewisham, south-east London" and "London-born": born in London).
    for (person, kind), given in places.items():
        broader = {p: within[(person, kind)][p] for p in given if within[(person, kind)].get(p) in given}
        for place, where in broader.items():
            for article, s in found[(person, place)].pop(kind, {}).items():
                found[(person, where)][kind].setdefault(article, s)
        places[(person, kind)] = given - set(broader)
    out: list[Record] = []
    for person, place in sorted(found, key=lambda k: (k[0] not in couple, k)):
        by_kind = {kind: by_article for kind, by_article in found[(person, place)].items()
                   if places[(person, kind)] == {place}}  # another place of that kind: a disagreement, no record
        articles = {origin.get(a, a) for by_article in by_kind.values() for a in by_article}
        if len(articles) < 2:
            continue
        values = tuple(RecordValue(kind, "", _citations(by_kind[kind], dates)) for kind in KINDS if kind in by_kind)
        out.append(Record(f"r{first_id + len(out)}", "background", SLOT, (person,), AGREEMENT, values, place))
    return tuple(out)


def _citations(by_article: Mapping[str, Sentence], dates: Mapping[str, str]) -> tuple[Citation, ...]:
    return tuple(sorted((s.citation for s in by_article.values()), key=lambda c: (dates.get(c.source, ""), c.source)))


def _hometowns(s: Sentence) -> list[tuple[str, str, str, str]]:
    """(person, kind, place, the place it is in or "") of each place the sentence says someone it names
    was born in, grew up in or comes from, right beside the name."""
    text = s.text
    out = []
    for m in s.mentions:
        if not m.explicit or in_quotes(s, m.start):
            continue
        at, end = m.start - s.start, m.end - s.start
        after = None
        if not _NOT_THE_SUBJECT.search(text, 0, at):  # right after the name, or after an aside of the name's
            after = _AFTER_NAME.match(text, end) or next(
                (_AFTER_NAME.match(text, b) for a, b in relative_clauses(text) if a == end), None)
        for found, kinds in ((after, None), (_BORN_IN_OPENING.match(text[:at]), None),
                             (_PLACE_BORN.search(text, 0, at), (BORN,))):
            if found is not None and (place := _place(found.group("place"))):
                where = _place(found.group("within") or "") if "within" in found.re.groupindex else ""
                out += [(m.person, kind, place, where) for kind in kinds or _kinds(found.group("kind") or "")]
    return out


def _kinds(words: str) -> tuple[str, ...]:
    """The kinds of hometown the words say: "born and raised" says two."""
    words = " ".join(words.lower().split())
    if "born and" in words:
        return (BORN, GREW_UP)
    if "born" in words:
        return (BORN,)
    if "grew" in words or "raised" in words:
        return (GREW_UP,)
    return (FROM,)


def _place(words: str) -> str:
    """The place as the record names it, or "" where the words name none."""
    words = " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words.split())  # "KINSALE-born"
    if not words:
        return ""
    first = words.split()[0]
    if first in _NOT_A_PLACE or words.removeprefix("the ").split()[0] in _NOT_A_PLACE:
        return ""
    return words


def told_hometowns(s: Sentence, records: Sequence[Record]) -> list[tuple[int, int]]:
    """(start, end) within the sentence's text of each ", who was born in Reno," aside that a hometown
    record citing the sentence tells in full: right after the name of the record's person, saying nothing
    more than where they were born or grew up (the place the record names, or one within it)."""
    mine = [r for r in records if r.slot == SLOT and any(c.sentence == s.id for v in r.values for c in v.citations)]
    if not mine:
        return []
    out = []
    asides = who_asides(s.text)
    for m in s.mentions:
        if not m.explicit:
            continue
        end = m.end - s.start
        found = _AFTER_NAME.match(s.text, end)
        aside = next(((a, b) for a, b in asides if a == end), None)
        if found is None or aside is None or s.text[found.end():aside[1]].strip(" ,\u2014\u2013-"):
            continue  # no aside, or one that tells more
        places = {found.group("place"), found.group("within")}
        if any(r.about == (m.person,) and r.detail in places for r in mine):
            out.append(aside)
    return out
