"""Where a person was born or grew up, as several articles say it: "Ann Lee was born in Reno and grew
up there."

Articles give where someone comes from beside the name, each in its own words ("Ann Lee, who was born
in Reno,", "Born in Reno, Lee ...", "Lee grew up in Reno", "Ann Lee, a native of Reno,"); told sentence
by sentence, it is a statement per article, each about something else. A record gathers it: one
sentence of the background's paragraph, each footnote quoting an article's own words, after the words
it supports ("was born in Reno[1][2] and grew up there[3]"). Precision first, a sentence supports it
only where:

- the words stand right after a name the people stage recognised, the subject of its sentence: only a
  description may stand before the name ("The Reno chef Ann Lee was born in"), never a verb, "who",
  a preposition or a comma ("The man who married Ann Lee grew up in", "the husband of Ann Lee, who was
  born in"); nor a possessive or a pair ("Born in Reno, Ann Lee's daughter", "Ann Lee and her son");
  never a pronoun or an epithet, whose person is inferred, nor a surname alone in an article that names
  someone else of that surname (an obituary of the father); or "Born in Reno, Ann Lee ..." opening it;
- the sentence calls nothing untrue or in doubt, anywhere ("falsely reported", "or so his biography
  claims", "— or was he?": then no record of that kind for that person, whatever other articles say),
  is no story's ("plays Rosa Kane, who grew up in"), no question, no hedge or turn ("reportedly",
  "though", "but"), no unnamed source's;
- the place is one to four capitalised words ("Reno", "San Sebastián", "St. Louis", "the Bronx"), where
  a clause or a phrase ends (never "raised in the Mormon faith", "Trinidad" of "Trinidad and Tobago", a
  month, a decade, a faith or a parliament);
- no article names another place of that kind for that person: a record is what the articles agree on,
  a disagreement is left to the statements below the paragraph. A place an article sets in another
  ("Springfield, Illinois") is named so, by the articles that set it so only (the bare "Springfield" of
  another may be another), never with another's ("Springfield, Missouri": a disagreement); one set in a
  place another article gives ("Hackney, east London" and "born in London") is that other place.

"Reno-born Ann Lee" supports a record other words make, never one alone ("Swiss-born" names no place).
A record needs two or more independent articles, whatever kind of words each uses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .clauses import relative_clauses, who_asides
from .factcheck import AGREEMENT
from .lang.en import DENIED, MONTH_NAMES, NAME_STOPWORDS, WEEKDAYS
from .marked import DOUBT, HEDGE, NOT_A_DESCRIPTION
from .model import UNNAMED, Mention, Record, RecordValue, Sentence
from .people.history import in_quotes
from .records import named_by_article, oldest_first

SLOT = "hometown"
# The kinds of words, in the order the record's sentence tells them.
BORN, GREW_UP, FROM = "born", "grew-up", "from"
KINDS = (BORN, GREW_UP, FROM)

_WORD = r"(?:(?:St|Mt|Ft|Pt|Ste)\.|[A-Z][\w'’-]*(?<!['’]s))"
_DIRECTION = (r"(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|"
              r"south-west|north-eastern|north-western|south-eastern|south-western|inner|outer|rural|suburban)")
# The place: capitalised words, "the" allowed first ("the Bronx"), ended where a clause or phrase ends (a
# lowercase noun right after it is no end: "raised in the Mormon faith"; nor "and" before a capital: "Trinidad
# and Tobago"); then the place it is in, where the article says it ("Hackney, east London").
_PLACE = (rf"(?P<place>(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}})"
          r"(?=\s*(?:[,;:)—–]|\.\s*$|$)|\s+(?:to|in|on|before|until|where|with|by|as|but|near|outside|after|then|when"
          r"|while|at|for|and\s+(?![A-Z]))\b)"
          rf"(?:,\s+(?:in\s+)?(?:{_DIRECTION}\s+)?(?P<within>{_WORD}(?:\s+{_WORD}){{0,2}})"
          r"(?=\s*(?:[,;:)—–]|\.\s*$|$)|\s+(?:to|in|on|before|and\s+(?![A-Z]))\b))?")
_BORN_AND_RAISED = r"born\s+and\s+(?:raised|bred)"
# Right after the name: ", who was born in", ", 33, was born in", ", born in", ", a native of"; or "was born in",
# "grew up in", "was raised in", "is a native of", "hails from".
_AFTER_NAME = re.compile(
    r"(?:,\s+(?:\d{1,3},\s+)?(?:(?:who\s+)?(?P<kind_c>(?:was\s+)?" + _BORN_AND_RAISED + r"|(?:was\s+)?born|grew\s+up"
    r"|(?:was\s+)?raised)\s+in|(?P<native_c>a\s+native\s+of))"
    r"|\s+(?:(?P<kind>was\s+" + _BORN_AND_RAISED + r"|was\s+born|grew\s+up|was\s+raised)\s+in"
    r"|(?P<native>is\s+a\s+native\s+of|hails\s+from)))\s+" + _PLACE)
# After an aside of the name's ("Ann Lee, whose father ran a bakery, was born in"): a verb only (never ", a native
# of", which is the aside's own person's: "Ann Lee, who is married to Bob Ray, a native of Reno").
_AFTER_ASIDE = re.compile(r"\s+(?P<kind>was\s+" + _BORN_AND_RAISED + r"|was\s+born|grew\s+up|was\s+raised)\s+in\s+"
                          + _PLACE)
# "Born in Reno, " opening the sentence, the name right after it.
_BORN_IN_OPENING = re.compile(r"^(?P<kind>Born\s+and\s+(?:raised|bred)|Born|Raised|Grew\s+up)\s+in\s+" + _PLACE
                              + r",\s+$")
# "Reno-born " (up to two lowercase words of a description between: "Reno-born presenter Ann Lee").
_PLACE_BORN = re.compile(r"(?:^|(?<=\s))(?P<place>(?:" + _WORD + r"\s+){0,2}" + _WORD + r")-born\s+"
                         r"(?P<between>(?:[a-z][a-z-]*\s+){0,2})$")
_NOT_A_PLACE = frozenset([
    *MONTH_NAMES, *WEEKDAYS, *(m[:3] for m in MONTH_NAMES), "Sept", "The", "A", "An", "His", "Her", "Their",
    "Seventies", "Sixties", "Eighties", "Nineties", "Fifties", "Forties", "Thirties", "Twenties", "Noughties",
    "Scientology", "Catholicism", "Judaism", "Islam", "Christianity", "Parliament", "Congress", "Senate", "Church",
    "Faith", "Care", "Foster", "Poverty", "Public", "Private", "Spotlight", "Limelight", "Army", "Navy", "Air"])
_DESCRIPTION_WORDS = 6  # words a description before a name may have (marked.NOT_A_DESCRIPTION: which)
_PAIRED = re.compile(r"\s+(?:and|&|or)\s")
# (a cheap first look: the words and a capital after "in", or "-born")
_MAY_SAY = re.compile(r"\b(?i:born|grew\s+up|raised)\s+(?:(?i:and)\s+\w+\s+)?in\s+(?:the\s+)?(?:St\.\s+)?[A-Z]"
                      r"|\b(?i:native\s+of|hails\s+from)\b|-born\b")

Hit = tuple[str, str, str, str, bool]  # (person, kind, place, the place it is in or "", only "Reno-born")


def hometown_records(sentences: Sequence[Sentence], origin: Mapping[str, str], dates: Mapping[str, str],
                     first_id: int, couple: frozenset[str] = frozenset()) -> tuple[Record, ...]:
    """The background's records of where the people were born or grew up (see above), ids from
    r`first_id`: the couple's first, then in the order of the people's names."""
    # (person, kind, place) -> the place it is in ("" where the article says none) -> article -> first sentence
    found: dict[tuple[str, str, str], dict[str, dict[str, Sentence]]] = defaultdict(lambda: defaultdict(dict))
    weak: dict[tuple[str, str], dict[str, Sentence]] = defaultdict(dict)  # (person, place) -> "Reno-born" sentences
    places: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, kind) -> every place an article gives
    doubted: set[tuple[str, str]] = set()
    named = named_by_article(sentences)
    texts: dict[str, list[str]] = defaultdict(list)
    for s in sentences:
        texts[s.source].append(s.text)
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if not _MAY_SAY.search(s.text):
            continue  # (most sentences: no such words, nothing to read)
        hits = _hometowns(s, named[s.source], texts[s.source])
        in_doubt = bool(DOUBT.search(s.text) or DENIED.search(s.text))
        supports = s.attribution != UNNAMED and not in_doubt and not HEDGE.search(s.text)
        for person, kind, place, within, only_born in hits:
            if only_born:
                if supports:
                    weak[(person, place)].setdefault(s.source, s)
                continue
            places[(person, kind)].add(place)
            if in_doubt:
                doubted.add((person, kind))
            elif supports:
                found[(person, kind, place)][within].setdefault(s.source, s)
    agreed: dict[tuple[str, str], dict[str, dict[str, Sentence]]] = defaultdict(dict)  # (person, place) -> kind -> ...
    for (person, kind), given in places.items():
        if (person, kind) in doubted:
            continue
        one = _agreed_place(person, kind, given, found)
        if one is not None and one[1]:  # (a place only sentences that support nothing give: no value)
            agreed[(person, one[0])][kind] = one[1]
    out: list[Record] = []
    for person, place in sorted(agreed, key=lambda k: (k[0] not in couple, k)):
        by_kind = agreed[(person, place)]
        if BORN in by_kind:  # "Reno-born" joins a birth other words give (never one alone)
            for article, s in weak.get((person, place.split(",")[0]), {}).items():
                by_kind[BORN].setdefault(article, s)
        articles = {origin.get(a, a) for by_article in by_kind.values() for a in by_article}
        if len(articles) < 2:
            continue
        values = tuple(RecordValue(kind, "", oldest_first(by_kind[kind].values(), dates)) for kind in KINDS if kind in by_kind)
        out.append(Record(f"r{first_id + len(out)}", "background", SLOT, (person,), AGREEMENT, values, place))
    return tuple(out)


def _agreed_place(person: str, kind: str, given: set[str],
                  found: Mapping[tuple[str, str, str], Mapping[str, Mapping[str, Sentence]]]
                  ) -> tuple[str, dict[str, Sentence]] | None:
    """The one place of that kind the articles give the person, as the record names it ("Springfield,
    Illinois" where the articles that give it set it so), with the sentences that give it; None where
    they give two."""
    inside = {p: set(found[(person, kind, p)]) - {""} for p in given}
    if any(len(w) > 1 for w in inside.values()):
        return None  # "Springfield, Illinois" and "Springfield, Missouri"
    # a place set in another that an article gives for that person and kind is that other place
    moved = {p: next(iter(w)) for p, w in inside.items() if w and next(iter(w)) in given}
    rest = given - set(moved)
    if len(rest) != 1:
        return None
    place = next(iter(rest))
    sentences: dict[str, Sentence] = {}
    for p in (place, *moved):
        for by_article in found[(person, kind, p)].values():
            for article, s in by_article.items():
                sentences.setdefault(article, s)
    if inside[place]:  # set in a place by some articles: those only, named so ("Paris, Texas" is no bare "Paris")
        within = next(iter(inside[place]))
        return f"{place}, {within}", dict(found[(person, kind, place)][within])
    return place, sentences


def _another_bearer(surname: str, person: str, texts: Sequence[str]) -> bool:
    """Whether the article writes the surname after a first name that is not the person's ("Tom Fell, father of
    chef Marco Fell"), where the people stage may know no such person."""
    own = set(person.split())
    pattern = re.compile(rf"\b([A-Z][\w'’-]+)\s+{re.escape(surname)}\b")
    return any(m.group(1) not in own and m.group(1) not in NAME_STOPWORDS
               for text in texts for m in pattern.finditer(text))


def _hometowns(s: Sentence, named: set[str], texts: Sequence[str]) -> list[Hit]:
    """The hometowns the sentence gives someone it names as the subject of the words (see above); `named`:
    the people the article names by name, `texts`: its sentences."""
    text = s.text
    out: list[Hit] = []
    for m in s.mentions:
        if not _named_here(s, m, named, texts):
            continue
        at, end = m.start - s.start, m.end - s.start
        prefix = text[:at]
        born = _PLACE_BORN.search(prefix)
        if born is not None and not NOT_A_DESCRIPTION.search(born.group("between") + prefix[:born.start()]):
            place = _place(born.group("place"))
            if place:
                out.append((m.person, BORN, place, "", True))
        if _PAIRED.match(text, end):
            continue  # "Born in Cork, Bob Ray and Ann Lee's daughter", "Ann Lee and her son, who": whose, unclear
        opening = _BORN_IN_OPENING.match(prefix)
        if opening is not None:
            out += _hits(m.person, opening, opening.group("kind"))
            continue
        if NOT_A_DESCRIPTION.search(prefix) or len(prefix.split()) > _DESCRIPTION_WORDS:
            continue  # the name is no subject of what follows ("The man who married Ann Lee grew up in")
        after = _AFTER_NAME.match(text, end)
        if after is not None:
            out += _hits(m.person, after, after.group("kind_c") or after.group("kind") or "",
                         bool(after.group("native_c") or after.group("native")))
            continue
        aside = next((b for a, b in relative_clauses(text) if a == end), None)
        after = _AFTER_ASIDE.match(text, aside) if aside is not None else None
        if after is not None:
            out += _hits(m.person, after, after.group("kind"))
    return out


def _named_here(s: Sentence, m: Mention, named: set[str], texts: Sequence[str]) -> bool:
    """Whether the mention names its person for sure, alone: by name, outside quotation marks, not
    owning the next words nor one of a pair, and not a surname someone else of the article bears."""
    if not m.explicit or in_quotes(s, m.start) or s.is_possessor(m):
        return False
    words = s.text[m.start - s.start:m.end - s.start].split()
    return len(words) > 1 or not (any(other != m.person and words[0] in other.split() for other in named)
                                  or _another_bearer(words[0], m.person, texts))


def _hits(person: str, found: re.Match[str], words: str, native: bool = False) -> list[Hit]:
    """The hits of a match of the place's words."""
    place = _place(found.group("place"))
    if not place:
        return []
    within = _place(found.group("within") or "")
    kinds = (FROM,) if native else _kinds(words)
    return [(person, kind, place, within, False) for kind in kinds]


def _kinds(words: str) -> tuple[str, ...]:
    """The kinds of hometown the words say: "born and raised" says two."""
    words = " ".join(words.lower().split())
    if "born and" in words:
        return (BORN, GREW_UP)
    if "born" in words:
        return (BORN,)
    return (GREW_UP,)


def _place(words: str) -> str:
    """The place as the record names it, or "" where the words name none."""
    shown = [w.capitalize() if w.isupper() and len(w) > 3 else w for w in words.split()]  # "KINSALE-born"
    while shown and shown[0] in _NOT_A_PLACE:
        shown = shown[1:]  # "The Galway-born": Galway
    if not shown or any(w in _NOT_A_PLACE for w in shown) or shown[-1].endswith("."):
        return ""
    return " ".join(shown)


def told_hometowns(s: Sentence, records: Sequence[Record]) -> list[tuple[int, int]]:
    """(start, end) within the sentence's text of each ", who was born in Reno," aside that a hometown
    record citing the sentence tells in full: right after the name of the record's person, ending where
    the place's words end, saying nothing more than the record (the same place, every kind it says)."""
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
        if (found is None or aside is None or found.group("within") or found.end() > aside[1]
                or s.text[found.end():aside[1]].strip(" ,\u2014\u2013-")):
            continue  # no aside, one that tells more, or a place set in another ("Hackney, east London")
        kinds = set(_kinds(found.group("kind_c") or found.group("kind") or "")) if not (
            found.group("native_c") or found.group("native")) else {FROM}
        if any(r.about == (m.person,) and r.detail == _place(found.group("place"))
               and kinds <= {v.value for v in r.values} for r in mine):
            out.append(aside)
    return out
