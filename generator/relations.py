"""Relations between the people of the profile (spouse, child, ...), from the articles.

Two kinds of wording are read, on any corpus:

- a relation word before a name, with its possessor: "his wife, pastry chef Jane Roe",
  "Jane Roe's husband John", "their daughters, Ann, 9, and Bea", "her ex-husband John";
- a marriage with two people and its years: "John Roe and Jane Roe were married from 2001 to
  2009", "He [John Roe] married Jane Roe in 2013".

Every relation carries the sentences that state it; statements of the same relation merge.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from . import slots
from .clauses import who_aside_around
from .config import RelationConfig
from .extract import CHILD_AGE_AFTER, KIN_OF_BEFORE, WHO_COMMA
from .lang.en import (
    FROM_ANOTHER_MARRIAGE,
    JOINING_CONJUNCTIONS,
    NEGATED_BEFORE,
    NOT_UNTIL,
    PLANNED_TO,
    RELATION_WORDS,
    ROLE_TITLES,
    SPEECH_VERBS,
    SPLIT_A_SHARE,
    WED_EACH_OTHER_AGAIN,
)
from .model import PARTNER_KINDS, UNNAMED, Citation, Fact, Mention, Person, Record, Relation, Sentence
from .people import name_words
from .similar import unknown_names

SYMMETRIC = frozenset({"spouse", "former-spouse", "partner", "sibling"})
# The relation words, and "parents" ("the actress's parents, Al Roe and Jo Roe, and her sister": the parents are
# named as kin, so the "her" after them is not theirs; "his parents, Al Roe and Jo Roe" makes him their child).
_RELATION_WORDS = {**RELATION_WORDS, "parent": "parent"}
_WORDS = "|".join(sorted((re.escape(w) for w in _RELATION_WORDS), key=len, reverse=True))
# A relation word of someone: "the younger son of ", "the mother of his children, " (the name after it is kin).
_KIN_OF = re.compile(rf"\b(?:{_WORDS})(?:s|ren)?\s+of\s+", re.IGNORECASE)
_NO_RELATION = re.compile(r"\b(?:no\s+relation|not\s+related|unrelated|no\s+relative)\s+(?:to|of)\s+$", re.IGNORECASE)
_OF_SOMEONE = re.compile(r"\s+of\s+(?:[A-Z]|the\b|his\b|her\b|their\b)")
# Words that may stand between the possessive and the relation word ("his current wife").
_QUALIFIER = (r"(?:only|current|new|late|little|beloved|former|first|second|third|eldest|oldest|youngest|younger|"
              r"older|twin|baby|two|three|four|five|six|seven|eight|nine|ten|\d+|then-[\w-]+|[\w-]+-year-old|"
              r"second-oldest|[\w-]+-born)")
RELATION = re.compile(
    rf"(?:\b(?P<pronoun>his|her|their)\s+|\b(?P<couple>couple|pair)?['’]s\s+|"
    rf"\b(?:the (?P<they>couple|pair)|(?P<they2>they)) (?:also )?(?:have|has|share|shared|had)\s+)"
    rf"(?:{_QUALIFIER}\s+){{0,2}}(?P<word>{_WORDS})(?:s|ren)?\b", re.IGNORECASE)
# Between a relation word and the name: nothing, or a comma and a few lower-case words ("wife, pastry chef "),
# or a title ("their son, Gov. ", "her brother, state Sen. ").
_LEAD_IN = re.compile(rf"^\s*(?:,\s*(?:[a-z][\w-]*\s+){{0,3}})?(?:(?:{'|'.join(sorted(ROLE_TITLES))})\.?\s+)?$")
# Between two names of a list: an age, a comma, "and" ("Otto, 10, and Felix", "daughter Ivy, 6, and son Tom").
_LIST_GAP = re.compile(r"^(?:,\s*\d{1,2})?\s*,?\s*(?:and\s+(?:(?:son|daughter)\s+)?|as well as\s+(?:[a-z]+\s+){0,3}?)?$")
MARRY = re.compile(r"\b(?:married|marry|marries|wed|tied the knot)\b", re.IGNORECASE)
# Words of a marriage only meant, right before its verb (a review: "plan to marry" made a spouse).
_ONLY_MEANT = re.compile(rf"(?:\b(?:{PLANNED_TO}|engaged\s+to)(?:\s+be)?|\bwill|\bwould)\s+$", re.IGNORECASE)
# Between "married" and the spouse's name: a few lower-case words or a title ("married pastry chef",
# "married Director Bob Ray").
_MARRY_GAP = re.compile(rf"^\s*(?:(?:[a-z][\w-]*|{'|'.join(sorted(ROLE_TITLES))})\s+){{0,3}}$")


def _local(s: Sentence) -> list[Mention]:
    """The sentence's mentions with offsets relative to the sentence text, in order."""
    return sorted((Mention(m.person, m.start - s.start, m.end - s.start, m.explicit) for m in s.mentions),
                  key=lambda m: m.start)


def _named_after(s: Sentence, mentions: Sequence[Mention], at: int, list_gap: re.Pattern[str] | None = None
                 ) -> list[str]:
    """The people named right after offset `at`: one name, or a list of names (`list_gap`: what may stand
    between two names of the list, _LIST_GAP unless given)."""
    out: list[str] = []
    pos = at
    closed = False  # a list ends with its "and": "her children, Ivy and Tom, and June Lee" (June is no child)
    for m in mentions:
        if m.start < pos or not m.explicit:
            continue
        gap = s.text[pos:m.start]
        if closed or not (_LEAD_IN if not out else list_gap or _LIST_GAP).match(gap):
            break
        closed = bool(out) and bool(re.search(r"\band\b", gap)) and "twins" not in gap  # (twins are two)
        if re.match(r"['’]s\b", s.text[m.end:]):
            break  # "John's dad, Jane's former manager": Jane owns the next noun, she is not the dad
        if _SPEAKS_AFTER.match(s.text, m.end):
            break  # "to meet her first grandchild, Paloma wrote": the one who wrote it, no grandchild
        if m.person not in out:
            out.append(m.person)
        pos = m.end
    return out


# A speech verb right after a name that ends its sentence: the name is the speaker's ("..., Ivy wrote.", "..., Jo
# Roe said."; not "her daughter Ivy posted a photo").
_SPEAKS_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\s*[.!?]?[\"”’']?\s*$")


def _possessors(s: Sentence, mentions: Sequence[Mention], word: str, at: int, genders: Mapping[str, str],
                previous: Sequence[str], relatives: set[str]) -> list[str]:
    """Whose relative: the name before "'s"; for "his" or "her" the one person of that gender
    before it; where there are several, the subject of its clause (the clause's first name, not
    a possessor) if all the others are relatives the sentence names ("Ivy is now a mom after welcoming her
    daughter, Bea, with her boyfriend": Ivy's), else no one ("Bob's younger brother, Tom, got
    engaged to his girlfriend" and "Bob's son Tom stood as his best man, and his daughter Ivy
    ...": Tom's or Bob's? "Ann was spotted with Ivy, 6, and her mom": Ann's or Ivy's?); for
    "their" the two nearest people (from the sentence before when needed)."""
    before = [m for m in mentions if m.end <= at]
    if not word:  # "Name's wife"
        return [before[-1].person] if before and not s.text[before[-1].end:at].strip() else []
    if word.lower() == "their":
        # (never a judge or a court's officer: "A ruling by Justice Ann Roe gave Lee primary residence of the couple's
        # children" is no child of the judge's)
        officers = {m.person for m in before if _OFFICE_BEFORE.search(s.text, max(0, m.start - 24), m.start)}
        # (nor the one person a "who" aside that holds the "their" tells of: "the actress Jo Roe, who later became the
        # godmother of their daughter" is no mother of the daughter)
        aside = who_aside_around(s.text, at, at + len(word))
        if aside is not None:
            named_before = [m for m in before if m.end <= aside[0]]
            if named_before and (len(named_before) == 1 or not _JOINED_NAMES.fullmatch(s.text, named_before[-2].end,
                                                                                        named_before[-1].start)):
                officers.add(named_before[-1].person)
        names = [p for p in dict.fromkeys(m.person for m in reversed(before)) if p not in relatives
                 and p not in officers][:2]
        for p in previous:
            if len(names) < 2 and p not in names:
                names.append(p)
        return names if len(names) == 2 else []
    wanted = "m" if word.lower() == "his" else "f"
    # The nearest person known to be of that gender; one of unknown gender only if no one else
    # could be meant: "John Roe is married to Sam Roe, and his ex-wife" is no one's if Sam's gender is unknown.
    known = list(dict.fromkeys(m.person for m in reversed(before) if genders.get(m.person, "") == wanted))
    unknown = list(dict.fromkeys(m.person for m in reversed(before) if not genders.get(m.person, "")))
    if known:
        nearest = known[0]
        if len(known) > 1:
            others = [p for p in known if p not in relatives]
            opens = max((b.end() for b in _CLAUSE_OPENING.finditer(s.text, 0, at)), default=0)
            first = next((x for x in before if x.start >= opens), None)  # its clause's first name
            subject = first.person if first and not re.match(r"['’]s\b", s.text[first.end:]) else None
            if not (opens and subject in known) and (len(others) != 1 or others[0] != subject):
                return []  # but a clause of its own owns its subject's "his" ("...; Tom had brought his wife")
            nearest = subject
        closer = [p for p in unknown if [m.person for m in reversed(before)].index(p)
                  < [m.person for m in reversed(before)].index(nearest)]
        return [] if closer or _stranger_between(s, before, nearest, at) else [nearest]
    return unknown if len(unknown) == 1 and not _stranger_between(s, before, unknown[0], at) else []


# Two names joined as one subject ("Ann Lee and Bob Ray, who ..."): an aside then tells of both.
_JOINED_NAMES = re.compile(r"\s*(?:and|&)\s*")
# A court's title right before a name: "Justice Ann Roe", "Judge Roe", "Her Honour Judge Roe", "Magistrate Roe".
_OFFICE_BEFORE = re.compile(r"\b(?:Justice|Judge|Magistrate|Registrar|Commissioner)\s+$")


def _stranger_between(s: Sentence, before: Sequence[Mention], person: str, at: int) -> bool:
    """Whether a name the people stage took as no one stands between `person`'s last mention and offset `at`:
    "Tom Reyes is the son of former senator Luis Reyes and his ex-wife": Luis may be the "his"."""
    after = max(m.end for m in before if m.person == person)
    return any(after <= a and b <= at for a, b, _name in unknown_names(s))


def _unclear_possessor(s: Sentence, mentions: Sequence[Mention], at: int, known_words: frozenset[str]) -> bool:
    """Whether a word of someone's name that the people stage left to no one (a surname two people
    bear) owns something before `at`: "Ray's son Tom, 15, stood as his best man": "his"
    may be that Ray's."""
    return any(m.group(1) in known_words and not any(x.start <= m.start() < x.end for x in mentions)
               for m in _POSSESSOR.finditer(s.text, 0, at))


_OPENING_PRONOUN = re.compile(r"\W*(?:He|She)\b")


def _named_as_a_child(s: Sentence, mentions: Sequence[Mention], person: str) -> bool:
    """Whether the sentence names `person` with a child's age right after ("Ivy, 9,")."""
    return any(x.person == person and CHILD_AGE_AFTER.match(s.text, x.end - s.start) for x in mentions)


# Where a clause of its own opens: ", while Ann and her husband ...", "; she and her sister" (not ", and",
# which joins a list as often: "with her daughter, Ivy, and her boyfriend").
_CLAUSE_OPENING = re.compile(r",\s+(?:while|whereas)\s+|;\s+")
_POSSESSOR = re.compile(r"\b([A-Z][\w-]+)['’]s\b")


def _word_relations(s: Sentence, genders: Mapping[str, str], previous: Sequence[str],
                    known_words: frozenset[str] = frozenset(), previous_couple: Sequence[str] = ()) -> list[Relation]:
    """The relations the sentence's relation words state. `previous`: the people of the sentence before (whom
    "their" may mean); `previous_couple`: the same where that sentence speaks of them as a couple (whom "the
    couple's" may mean)."""
    words = list(RELATION.finditer(s.text))
    if not words:
        return []  # most sentences: nothing below is needed
    mentions = _local(s)
    cite = (s.citation,)
    out: list[Relation] = []
    named: set[str] = set()
    not_theirs: dict[str, dict[str, int]] = {}  # the relatives an earlier "his" (or "her") named -> where
    # every relative named so far (after any possessive) -> where, and whose: the owners of a name's or a noun's
    # possessive ("the actress's parents": no one), None after "his", "her" or "their"
    by_other_words: dict[str, tuple[int, tuple[str, ...] | None]] = {}
    # the people named after "son of", "the mother of": never the owner of a later "his" ("the younger son of Jo Roe
    # and Ann Lee; his brother, Tom": Jo Roe is named as kin, the "his" is not his)
    kin_of = {p for k in _KIN_OF.finditer(s.text) for p in _named_after(s, mentions, k.end())}
    introduced_by: dict[str, str] = {}  # each relative named -> the possessive before its relation word
    for m in words:
        kind = _RELATION_WORDS[m.group("word").lower()]
        if kind == "partner" and (m.group(0).lower().endswith("partners") or _BUSINESS.search(s.text)):
            continue  # "one of his former partners, the banker Hugo Lind", "his partner, Cy Moss, plan to open an
            # office": a business's partners, not a lover
        if kind == "spouse" and re.search(r"\b(?:former|first|ex)\b", m.group(0), re.IGNORECASE):
            kind = "former-spouse"  # "her former husband", "his first wife"
        if _NO_RELATION.search(s.text, max(0, m.start() - 40), m.start()):
            continue  # "a director named Cy Moss (no relation to her husband)": no one's husband
        if s.text[m.end():m.end() + 4].lower().startswith(("'s", "’s")) or _OF_SOMEONE.match(s.text, m.end()):
            continue  # "her ex-husband's father", "the mother of ...": a relative of the relative
        relatives = _named_after(s, mentions, m.end())
        # "the couple's", "the pair have", "they share" read as "their"
        owner_word = "their" if m.group("couple") or m.group("they") or m.group("they2") else m.group("pronoun") or ""
        # ("The couple's daughter, Ivy, ..." after a sentence naming the groom's brother and father: the two named
        # before are no couple; "His first marriage, to Jo Roe, ended in 2014. The couple's daughter ..." are)
        owners = _possessors(s, mentions, owner_word, m.start(), genders,
                             previous_couple if m.group("couple") or m.group("they") else previous, named)
        resolved = [x.person for x in mentions if m.group("pronoun") and x.start == m.start("pronoun") and not x.explicit]
        if resolved and m.start() == 0:
            owners = resolved  # "Her wife, Jo Roe, ...": the people stage resolved the opening "Her" (a bracket)
        if owner_word.lower() in ("his", "her"):
            # "his grandson, Tom Ray, who had flown in with his wife": the who-clause's "his" is Tom Ray's
            owners = _who_clause_owner(s, mentions, named, owner_word.lower(), genders, m.start()) or owners
        after, placed = _right_after_relative(s, mentions, m.start())
        if after is not None and introduced_by.get(after) == owner_word.lower() and not placed:
            after = None  # "their daughter Ivy and their son Tom", "her daughter Ivy and her son Tom": one list
            # (not "her daughters, Ivy Lee of Reno and her children": a place or a bracket between)
        if after is not None:
            # "his daughters, Ivy Lee of Reno and her children, Tom and Cy": Ivy Lee's children; "June Lee
            # (Cy Moss) of Boston and their daughter": June and a spouse the sentence does not name: no one's
            wanted = {"his": "m", "her": "f"}.get(owner_word.lower())
            if not wanted:
                owners = []
            elif genders.get(after, wanted) == wanted:
                owners = [after]
            else:
                after = None
        if owner_word.lower() in ("his", "her") and _unclear_possessor(s, mentions, m.start(), known_words):
            owners = []  # "Ray's son Tom stood as his best man": "Ray" left to no one may be the owner
        if kind in PARTNER_KINDS and owner_word.lower() in ("his", "her"):
            if _OPENING_PRONOUN.match(s.text) and not any(x.start <= 3 for x in mentions):
                owners = []  # "He shares Tom, 12, and Ivy, 9, with his ex-wife": the "He" no one was given
            owners = [o for o in owners if not _named_as_a_child(s, mentions, o)]  # (never a child's wife)
        named.update(relatives)
        introduced_by.update((r, owner_word.lower()) for r in relatives)
        if owner_word.lower() in ("his", "her"):
            # "survived by his son, Bob Ray; his daughter, Ivy Ray": one "his" in a list, never Bob Ray; but
            # "his son Jonas ...; Jonas had brought his wife" and "his grandson, Felix, who ... with his wife"
            # are Jonas's and Felix's (named again, or the subject of a clause of their own)
            earlier = not_theirs.setdefault(owner_word.lower(), {})
            owners = [o for o in owners if o == after
                      or not (o in earlier and _only_as_relative(s, mentions, o, earlier[o], m.start()))]
            for person in relatives:  # where the relative is named, right after the relation word
                earlier[person] = next(x.end for x in mentions if x.person == person and x.start >= m.end())
            # "the actress's parents, Al Roe and Jo Roe, and her sister, Ivy Roe": a relative another possessive
            # named just before may be the "her" as well as the one it is theirs: no one's
            # (only where that possessive is a name's or a noun's that may be the "her": not "Their daughter, Ivy,
            # and her husband", nor "Bob's daughter, Ivy, and her husband")
            wanted = "m" if owner_word.lower() == "his" else "f"
            if any(o in kin_of and o != after for o in owners):
                owners = []  # "He is the son of Cy Ray and Jo Lund; his brother, Tom": not Cy Ray's brother
            if any(o != after and o not in earlier and o in by_other_words
                   and _list_goes_on(s, mentions, o, *by_other_words[o], m.start("pronoun"), genders, wanted)
                   for o in owners):
                owners = []
        for person in relatives:
            by_other_words.setdefault(person, (next(x.end for x in mentions if x.person == person and x.start >= m.end()),
                                               tuple(owners) if not owner_word else None))
        for relative in relatives:
            for owner in owners:
                if relative == owner or relative in owners:
                    continue
                if kind == "parent":
                    out.append(Relation("child", owner, relative, citations=cite))
                else:
                    out.append(Relation(kind, relative, owner, citations=cite))
    return out


# Words of a business beside "partner": the partner is the firm's, not a lover.
_BUSINESS = re.compile(r"\b(?:office|offices|firm|company|companies|practice|restaurant|venture|fund|business|"
                       r"law|agency|studio|startup|start-up|shop|clients?|investors?)\b", re.IGNORECASE)


def _right_after_relative(s: Sentence, mentions: Sequence[Mention], at: int) -> tuple[str | None, bool]:
    """The person named right before "and" and a possessive at `at` ("Ivy Lee of Reno and her ..."),
    with only a place or a bracketed spouse between: the possessive goes on with that person; and
    whether a place or a bracket stands between."""
    before = [x for x in mentions if x.end <= at and x.explicit]
    if not before:
        return None, False
    tied = _AND_THEIR.match(s.text, before[-1].end)
    if not tied or before[-1].end >= at:
        return None, False
    return before[-1].person, bool(re.search(r"\bof\s|\(", tied.group(0)))


# Between a relative's name and the possessive that is theirs: " of Reno", " (Cy Moss)", then " and " with no
# comma (", and her boyfriend" goes on with the list's owner: "arrived with her daughter, Ivy, and her boyfriend").
_AND_THEIR = re.compile(r"(?:,?\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?(?:\s*\([^)]{1,60}\))?"
                        r"(?:,?\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s+and\s+(?=(?:his|her|their)\b)")


def _who_clause_owner(s: Sentence, mentions: Sequence[Mention], relatives: Collection[str], word: str,
                      genders: Mapping[str, str], at: int) -> list[str]:
    """The relative named right before a who-clause that holds offset `at` ("his grandson, Tom Ray, who
    had flown in with his wife"), of the possessive's gender or of none known: the clause's subject."""
    wanted = "m" if word == "his" else "f"
    for x in reversed([x for x in mentions if x.end <= at and x.person in relatives]):
        who = _WHO_AFTER.match(s.text, x.end)
        if who and not _CLAUSE_ENDS.search(s.text, who.end(), at) and genders.get(x.person, wanted) == wanted:
            return [x.person]
        break
    return []


_CLAUSE_ENDS = re.compile(r"[;.!?]|,\s+(?:and|but)\s")


def _only_as_relative(s: Sentence, mentions: Sequence[Mention], person: str, named_at: int, at: int) -> bool:
    """Whether `person`, named as an earlier possessive's relative (the name ending at `named_at`),
    is not named again before offset `at` nor the subject of a relative clause right after ("his
    grandson, Felix, who had flown in with his wife")."""
    again = any(x.person == person and named_at < x.start < at for x in mentions)
    return not again and not _WHO_AFTER.match(s.text, named_at)


def _list_goes_on(s: Sentence, mentions: Sequence[Mention], person: str, named_at: int,
                  whose: tuple[str, ...] | None, at: int, genders: Mapping[str, str], wanted: str) -> bool:
    """Whether `person`, named as a relative after a name's or a noun's possessive whose owners (`whose`; None after
    "his", "her" or "their") may all be the possessive at `at`, is followed by it in a list that goes on ("the
    actress's parents, Al Roe and Jo Roe, and her sister"): "her" may then be Jo Roe or the actress."""
    return (whose is not None and all(genders.get(p, wanted) == wanted for p in whose)
            and _only_as_relative(s, mentions, person, named_at, at)
            and bool(_LIST_GOES_ON.match(s.text, named_at, at)))


_WHO_AFTER = re.compile(r"(?:,\s*\d{1,3})?,\s+who\b")
# Between a relative's name and the next possessive: the list goes on ("..., Jo Roe, and her sister"), with an age,
# a place or a few small words ("of Reno", "; and"), no verb ("Reid Ray, got engaged to his girlfriend": his).
_LIST_GOES_ON = re.compile(r"(?:,?\s*\d{1,3})?(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*[,;]?\s*(?:and\s+|as well as\s+)?$")


# "Ann Lee and Bob Ray married", "Actress Ann Lee and director Bob Ray married": a role of the second
# in a few lower-case words after "and".
_AND_ROLE = re.compile(r"\s+and\s+(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,3}")


def _siblings_of(s: Sentence) -> list[Relation]:
    """A brother or sister named by name, then as "the brother of" someone named by name: "Anton Ray, the
    older brother of Bob Ray, married Ruth Moss", "Jo Roe is the younger sister of the actress Ann Lee"
    (no pronoun for the first: "He is the brother of Bob Ray" may be anyone's; nothing but a few words
    between "of" and the name: not "the brother of the man who married Ann Lee", nor "of Bob Ray's wife")."""
    if " of " not in s.text or not _SIBLING_WORD.search(s.text):
        return []
    mentions = [m for m in _local(s) if m.explicit]
    out = []
    for a in mentions:
        hit = _SIBLING_OF.match(s.text, a.end)
        if hit is None:
            continue
        b = next((m for m in mentions if m.start >= hit.end()), None)
        if (b is not None and b.person != a.person and _SIBLING_GAP.fullmatch(s.text, hit.end(), b.start)
                and not re.match(r"['’]s\b", s.text[b.end:])):
            out.append(Relation("sibling", a.person, b.person, citations=(s.citation,)))
    return out


_SIBLING_WORD = re.compile(r"\b(?:brother|sister)\s+of\b", re.IGNORECASE)
_SIBLING_OF = re.compile(r"(?:,\s*\d{1,3})?(?:\s*,\s*|\s+(?:is|was)\s+)(?:the|a)\s+"
                         r"(?:(?:younger|older|elder|big|little|baby|twin|only)\s+)?(?:brother|sister)\s+of\s+")
# Between "of" and the name: "the", and a few words that describe the one named ("the former Scotland striker").
_SIBLING_GAP = re.compile(r"(?:the\s+)?(?:(?!who\b|whom\b|which\b|that\b|and\b|or\b|man\b|woman\b)[\w'’.-]+\s+){0,4}")


def _marriage(s: Sentence, facts: Sequence[Fact]) -> list[Relation]:
    """"A and B married in 2001", "A married B in 2013", with the years the sentence gives."""
    word = MARRY.search(s.text)
    if word and NEGATED_BEFORE.search(s.text, max(0, word.start() - 40), word.start()) and not NOT_UNTIL.search(s.text):
        return []  # "who were together for 12 years but never wed": no marriage (but "did not marry until 2012")
    if not word or _ONLY_MEANT.search(s.text, max(0, word.start() - 30), word.start()):
        return []  # "Otto Brandt and Cara Lind plan to marry next year", "is now set to marry": no marriage yet
    if _ANOTHER_ARTICLE_SAID.search(s.text, 0, word.start()):
        return []  # "A Life article on the wedding of Ann Lee and Bob Ray said the couple married in 2018": another
        # article's words (a correction quotes the error it corrects), never this one's
    mentions = _local(s)
    before = [m for m in mentions if m.end <= word.start() and not _OWNER_OF_THE_SUBJECT.match(s.text, m.end)
              and s.text[m.start:m.end].lower() not in ("her", "his", "their")  # ("Her ex-husband married Ann Lee")
              and not KIN_OF_BEFORE.search(s.text, max(0, m.start - 60), m.start)]  # ("The sister
    # of TV chef Ann Lee wed the actor Cy Moss": the sister's wedding, not Ann Lee's)
    after = [m for m in mentions if m.start >= word.end() and m.start - word.end() < 40
             and not re.match(r"['’]s\b", s.text[m.end:])]  # "married to Ann's mother, ..." is not Ann
    pair: tuple[str, str] | None = None
    if len(before) >= 2 and _AND_ROLE.fullmatch(s.text[before[-2].end:before[-1].start]):
        pair = (before[-2].person, before[-1].person)
    elif (before and after and _MARRY_GAP.match(s.text[word.end():after[0].start])
            and not _SOMEONE_ELSE_WHO.search(s.text, before[-1].end, word.start())):
        pair = (_subject_before(s, before, word.start()), after[0].person)
    if not pair or pair[0] == pair[1]:
        return []
    start = min((f.value for f in facts if f.kind == slots.YEAR and f.slot == slots.MARRIED), default="")
    end = min((f.value for f in facts if f.kind == slots.YEAR and f.slot == slots.DIVORCE_FINAL), default="")
    kind = "former-spouse" if end else "spouse"
    return [Relation(kind, pair[0], pair[1], start, end, (s.citation,))]


# An article, a report or a post as the subject of a verb of saying, before a marriage's words: what it says is
# another article's claim ("An earlier article incorrectly stated that", "A magazine's report said the couple").
_ANOTHER_ARTICLE_SAID = re.compile(r"\b(?:article|report|story|piece|item|column|post|version|caption)\b[^.;]{0,100}?"
                                   r"\b(?:said|says|stated|states|reported|claimed|wrote|incorrectly|wrongly|erroneously"
                                   r"|mistakenly)\b", re.IGNORECASE)


def _subject_before(s: Sentence, before: Sequence[Mention], verb: int) -> str:
    """Who is married in "<name> married <name>": the name right before the verb, or, where it closes
    an apposition ("Anton Ray, the older brother of Bob Ray, married Ruth Moss"), the name the
    apposition is about."""
    if (len(before) >= 2 and re.fullmatch(r",\s*", s.text[before[-1].end:verb])
            and _APPOSITION_OPENS.fullmatch(s.text[before[-2].end:before[-1].start])):
        return before[-2].person
    if len(before) >= 2 and WHO_COMMA.search(s.text, before[-2].end, before[-1].start) \
            and s.text[before[-1].end:verb].rstrip().endswith(","):
        return before[-2].person  # "Ray, who divorced his first wife, Jo Roe, in 2008, married Lee in 2010": Ray
    return before[-1].person


# A name that owns the subject of the verb: "Ray's brother married ...", "Lee's ex-husband married ...".
_OWNER_OF_THE_SUBJECT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ex-?(?:wife|husband)|former\s+(?:wife|husband)"
                                   r"|brother|sister|son|daughter|mother|father|dad|mom|mum|cousin|friend|ex)\b")
_APPOSITION_OPENS = re.compile(r"(?:,\s*\d{1,3})?,\s+(?:the|a|an|his|her|their)\s+[^,]*")
# Someone else who married, between the name and the verb: "Tom Ray is the brother of the man who married Ann
# Lee" (the man married her, not Tom Ray; "Tom Ray, who married Ann Lee" is his).
_SOMEONE_ELSE_WHO = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:who|that)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _key(r: Relation) -> tuple[str, str, str]:
    kind = "spouse" if r.kind == "former-spouse" else r.kind
    if kind in SYMMETRIC:
        a, b = sorted((r.person, r.other))
        return kind, a, b
    return kind, r.person, r.other


def _merge(found: Sequence[Relation]) -> tuple[Relation, ...]:
    """One record per relation: former-spouse wins over spouse; the most-cited years."""
    groups: dict[tuple[str, str, str], list[Relation]] = {}
    for r in found:
        groups.setdefault(_key(r), []).append(r)
    out = []
    for (kind, person, other), rs in groups.items():
        if kind == "spouse" and any(r.kind == "former-spouse" for r in rs):
            kind = "former-spouse"
        starts = Counter(r.start for r in rs if r.start)
        ends = Counter(r.end for r in rs if r.end)
        cites: dict[tuple[str, int], Citation] = {}
        for r in rs:
            for c in r.citations:
                cites.setdefault((c.source, c.start), c)
        out.append(Relation(kind, person, other,
                            min(starts, key=lambda v: (-starts[v], v)) if starts else "",
                            min(ends, key=lambda v: (-ends[v], v)) if ends else "",
                            tuple(sorted(cites.values(), key=lambda c: (c.source, c.start)))))
    return tuple(sorted(out, key=lambda r: (r.kind, r.person, r.other)))


# Wording that says a marriage is over: the divorce was final, one of them died.
# Not a divorce of someone's kin ("whose parents had divorced", "her sister divorced in 2019").
_NOT_KINS = r"(?<!parents )(?<!mother )(?<!father )(?<!sister )(?<!brother )"
MARRIAGE_ENDED = re.compile(
    r"\b(?:divorce (?:was|became|is) (?:finali[sz]ed|final|official)|finali[sz]ed (?:their|the|her|his) divorce|"
    # "finalized Vance's divorce from Tom Holt", "Holt's divorce from his wife Ann was finalised", "were granted a
    # divorce", "granted a divorce order ending the marriage of ..."
    r"finali[sz]ed [A-Z][\w'’-]*['’]s divorce|divorce from [^.;]{1,60}? (?:was|became|is) (?:finali[sz]ed|final)|"
    r"granted a divorce\b|"
    # "The divorce of Lia Lee and Kai Roe was finalized in June 2021"
    r"divorce of (?!(?:her|his|their|the)\s+(?:parents|mother|father|sister|brother|son|daughter)\b)[^.;]{1,60}?"
    r" (?:was|became|is) (?:finali[sz]ed|final|official)|"
    r"declared (?:legally )?single|legally single|(?:officially |formally |were |was |got )divorced|"
    r"decree absolute (?:was |has been |had been )?granted|granted (?:a|their) decree absolute|"
    + _NOT_KINS + r"(?:have |has |had )divorced|"
    # "Holt and Vance divorced in 2019", "divorced each other": the pair named in its own clause (_ended)
    + _NOT_KINS + r"(?<!who )(?<!whose )divorced\s+(?:in|last|each other|one another)\b|"
    r"ended (?:their|the) marriage|"
    # "Ray was previously married to Jo Roe", "his first marriage to Jo Roe": a marriage of the past
    r"(?:previously|formerly) married to(?![^.;]*\b(?:remarried|remarry|again)\b)|first marriage to|"
    # "signed the judgment ending Lee's marriage to Bob Ray", "a divorce order ending the five-year marriage of ..."
    r"ending (?:their|the|[A-Z][\w'’-]*['’]s) (?:[\w-]+ )?marriage|"
    # a death ends it only where the words say the spouse died (not "before the death of her father")
    r"(?:her|his) (?:late )?(?:husband|wife)\b[^.;]{0,40}\b(?:died|passed away)|death of (?:her|his) (?:husband|wife)"
    r"|widow(?:ed|er)?)\b", re.IGNORECASE)
# Wording that says two partners parted: "split", "broke up", "called off their engagement", "Ray's engagement to Jo
# Roe ended" (not "split the bill", "split their time between", "split custody": SPLIT_A_SHARE, in _ended).
PARTNERS_PARTED = re.compile(
    r"\b(?:split(?:\s+up)?\b"
    r"|separated|broke\s+up|parted\s+ways|went\s+their\s+separate\s+ways|called\s+off\s+(?:their|the)\s+engagement"
    r"|ended\s+(?:their|the)\s+(?:engagement|relationship|romance)|engagement\s+to\s+[^.;]{1,60}?\s+ended)",
    re.IGNORECASE)
_LATER_CLAUSE = re.compile(rf",\s+(?:{JOINING_CONJUNCTIONS})\s+(?!(?:her|his|their)\s)")
_YEAR_RIGHT_AFTER = re.compile(r"\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")
_SINGLE = re.compile(r"\b(?:declared (?:legally )?single|legally single)\b", re.IGNORECASE)
PARENTAL = frozenset({"child", "stepchild", "grandchild", "parent"})


def _ended(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]], wording: re.Pattern[str] = MARRIAGE_ENDED,
           slot: str = slots.DIVORCE_FINAL, year_right_after: bool = False
           ) -> dict[tuple[str, str], tuple[str, tuple[Citation, ...]]]:
    """Couples whose marriage a sentence says is over (both named or resolved in it), with the
    year of the end when the sentence gives one ("" otherwise); with `wording` PARTNERS_PARTED and `slot`
    SEPARATED, couples who parted, their year also the one written right after the words (`year_right_after`)."""
    out: dict[tuple[str, str], tuple[str, tuple[Citation, ...]]] = {}
    previous: tuple[str, int, list[str]] = ("", -1, [])
    for s in sentences:
        here = sorted({m.person for m in s.mentions})
        last, previous = previous, (s.source, s.paragraph, here)
        outside = s.outside_quotes()
        ended = next((m for m in wording.finditer(outside) if not (m.group(0)[:5].lower() == "split"
                                                                   and SPLIT_A_SHARE.match(outside, m.end()))), None)
        if not ended:
            continue
        lo = s.text.rfind(";", 0, ended.start()) + 1
        later = _LATER_CLAUSE.search(s.text, ended.end())  # (", and the two co-parent their son, Lewis": not Lewis)
        hi = min((s.text.find(";", ended.end()) + 1 or len(s.text) + 1) - 1, later.start() if later else len(s.text))
        here = sorted({m.person for m in s.mentions if lo <= m.start - s.start < hi})  # its own clause ("Holt and
        # Vance divorced in 2019; Holt married again in 2021, to Tom Ruiz": not the new husband)
        # "The divorce was finalized in 2022." naming no one: the couple of the sentence before (not "Vance and
        # Luc Dufresne ended their marriage", names the corpus does not know)
        people = here or (last[2] if last[:2] == (s.source, s.paragraph) and not unknown_names(s) else [])
        if len(people) > 2:
            continue  # "Ann Lee and Bob Ray attended Tom Ray's wedding, six months after his divorce": whose?
        if len(people) == 1 and _SINGLE.search(s.text):  # "Roe was declared legally single": Roe's only marriage
            year, cites = out.get((people[0], ""), ("", ()))
            out[(people[0], "")] = (year, (*cites, s.citation))
        years = sorted(f.value for f in facts.get(s.id, ()) if f.kind == slots.YEAR and f.slot == slot)
        if not years and year_right_after:  # "... ended in 2020", "separated in November 2020"
            right_after = _YEAR_RIGHT_AFTER.match(outside, ended.end(), ended.end() + 30)
            years = [right_after.group(1)] if right_after else []
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                year, cites = out.get((a, b), ("", ()))
                out[(a, b)] = (year or (years[0] if years else ""), (*cites, s.citation))
    return out


_THEIR_OPENS = re.compile(r"[\"“]?Their\s")
# Words that speak of two people as a couple in the sentence before "the couple's": "married", "his first marriage",
# "divorced", "engaged", "dating" (not "the groom's brother ... and the groom's father").
_COUPLE_WORDS = re.compile(r"\b(?:wife|husband|spouse|partner|girlfriend|boyfriend|marri\w*|wed|wedding|couple|"
                           r"newlyweds|divorc\w*|split|separated|engaged|engagement|dating|romance)\b", re.IGNORECASE)
# Words that make the two people of a sentence a couple ("she and her wife", "the newlyweds", "married"): only then
# is a "Their" opening the next paragraph theirs (not after "Jo Roe and Cy Moss read poems", "X's lawyer told Judge Y").
_A_COUPLE = re.compile(r"\b(?:wife|husband|spouse|partner|married|wed|couple(?!['’]s)|newlyweds|family of)\b", re.IGNORECASE)


def relate(sentences: Sequence[Sentence], people: Sequence[Person],
           facts: Mapping[str, Sequence[Fact]]) -> tuple[Relation, ...]:
    """Relations stated by the articles, each citing the sentences that state it."""
    genders = {p.name: p.gender for p in people}
    words = name_words(people)
    found: list[Relation] = []
    previous: tuple[str, ...] = ()
    last: tuple[str, int] = ("", -1)
    last_text = ""
    for s in sentences:
        if (s.source, s.paragraph) != last:
            # a paragraph that opens on "Their" after one that ends naming a couple is theirs ("... she and her
            # wife, chef Jo Roe, are now a family of four." / "Their son, Cy, was born Monday"): wire copy's
            # paragraphs are a sentence each; any other sentence of a new paragraph reaches no one before it
            previous = (previous if s.source == last[0] and len(previous) == 2 and _THEIR_OPENS.match(s.text)
                        and _A_COUPLE.search(last_text) else ())
        if s.attribution != UNNAMED:  # "A source said: 'Ann's mum, Jo, lives with them'": no relation
            found.extend(_word_relations(s, genders, previous, words,
                                         previous if _COUPLE_WORDS.search(last_text) else ()))
            found.extend(_marriage(s, facts.get(s.id, ())))
            found.extend(_siblings_of(s))
        previous = s.people or previous
        last = (s.source, s.paragraph)
        last_text = s.text
    merged = _merge(found)
    couples = {_key(r)[1:] for r in merged if r.kind in PARTNER_KINDS}
    ended = _ended(sentences, facts)
    parted = _ended(sentences, facts, PARTNERS_PARTED, slots.SEPARATED, year_right_after=True)
    again = _remarriages(sentences, facts)
    out = []
    for r in merged:
        pair = tuple(sorted((r.person, r.other)))
        if r.kind in PARENTAL and pair in couples:
            continue  # a spouse or partner is never a child or a parent: the wording was misread
        alone = [p for p in pair if (p, "") in ended and sum(p in c for c in couples) == 1]
        if r.kind == "spouse" and (pair in ended or alone):
            year, cites = ended[pair] if pair in ended else ended[(alone[0], "")]
            r = Relation("former-spouse", r.person, r.other, r.start, r.end or year,
                         tuple(sorted({(c.source, c.start): c for c in (*r.citations, *cites)}.values(),
                                      key=lambda c: (c.source, c.start))))
        if r.kind == "partner" and not r.end and pair in parted and parted[pair][0]:
            year, cites = parted[pair]  # "Ray's brief engagement to Jo Roe ended in 2020": partners until then
            r = Relation("partner", r.person, r.other, r.start, year,
                         tuple(sorted({(c.source, c.start): c for c in (*r.citations, *cites)}.values(),
                                      key=lambda c: (c.source, c.start))))
        out.append(_married_again(r, again))
    return tuple(out)


def _remarriages(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]]
                 ) -> dict[tuple[str, ...], tuple[str, Citation]]:
    """Each pair a sentence says married each other again, with the earliest such year and its citation."""
    out: dict[tuple[str, ...], tuple[str, Citation]] = {}
    for s in sentences:
        for f in facts.get(s.id, ()):
            if (f.slot == slots.MARRIED_AGAIN and f.kind == slots.YEAR and len(set(f.subject)) == 2
                    and WED_EACH_OTHER_AGAIN.search(s.text)):  # (not "Holt married again in 2018": to whom?)
                pair = tuple(sorted(set(f.subject)))
                if pair not in out or f.value < out[pair][0]:
                    out[pair] = (f.value, s.citation)
    return out


def _married_again(r: Relation, again: Mapping[tuple[str, ...], tuple[str, Citation]]) -> Relation:
    """A former marriage the two entered again after it ended ("have married each other again"): married, since
    the second wedding (the people page said "Formerly married" of a couple married again)."""
    pair = tuple(sorted((r.person, r.other)))
    if r.kind != "former-spouse" or pair not in again or (r.end and again[pair][0] < r.end):
        return r
    year, cite = again[pair]
    return Relation("spouse", r.person, r.other, year, "", (*r.citations, cite))


def with_the_couples_children(relations: Sequence[Relation], sentences: Sequence[Sentence],
                              couple: frozenset[str]) -> tuple[Relation, ...]:
    """The relations, with the children "the couple" has where no one else is in view ("The couple
    share daughter Ivy, 6, and son Tom, 3.", a paragraph of its own in wire copy): the profile's
    couple's, once it is known (claims.main_pair). Precision first, only where all of these hold:
    - the words are "the couple" or "the pair" ("the couple's daughter Ivy"), never "their" or
      "they" (anyone's), and the sentence names no one but the children it lists, and tells of no
      child of another marriage, grandchild or adult child ("from her first marriage", "grandchild");
    - the article names both of them by name, and the last two people it names before the
      sentence are the couple ("Bob Ray married Jo Roe, 35, in 2024. The couple's daughter ...": the
      new couple's), with no other pair in view in the sentence before ("her parents", "his sister");
    - no child among them has a parent already who is not one of the couple (Jo Roe's daughter);
    - not an unnamed source's.
    And the children two articles list after "their" or "they have" with the couple alone in view (_agreed_children)."""
    if len(couple) != 2:
        return tuple(relations)
    # (the articles with a sentence of "their", "they", "the couple" or "the pair": most; the rule below reads only
    # those of "the couple" or "the pair", _agreed_children all of them)
    wanted = {s.source for s in sentences if s.attribution != UNNAMED and _THEIR_CHILD.search(s.text)}
    couple_words = {s.source for s in sentences if s.attribution != UNNAMED and _COUPLE_WORD.search(s.text)}
    articles: dict[str, list[Sentence]] = {}
    for s in sentences:
        if s.source in wanted:
            articles.setdefault(s.source, []).append(s)
    parented = {r.person for r in relations if r.kind == "child" and r.other not in couple}
    found: list[Relation] = []
    for article in articles.values():
        article.sort(key=lambda s: s.index)
    for source, article in articles.items():
        if source not in couple_words or not couple <= {m.person for s in article for m in s.mentions if m.explicit}:
            continue
        last_named: list[str] = []  # the people named so far in the article, the latest last
        before = ""  # the article's sentence before
        for s in article:
            if (s.attribution != UNNAMED and _COUPLE_WORD.search(s.text) and set(last_named[-2:]) == couple
                    and not _OTHER_PAIR.search(before) and not _NOT_THEIR_CHILD.search(s.text)):
                found.extend(_the_couple_s(s, couple, parented))
            children = {r.person for r in found}
            for person in (m.person for m in sorted(s.mentions, key=lambda m: m.start)):
                if person not in children:
                    if person in last_named:
                        last_named.remove(person)
                    last_named.append(person)
            before = s.text
    found.extend(_agreed_children(articles, couple, parented | {r.person for r in found}))
    if not found:
        return tuple(relations)
    have = {(r.kind, r.person, r.other) for r in relations}
    added = [r for r in _merge(found) if (r.kind, r.person, r.other) not in have]
    return tuple(sorted((*relations, *added), key=lambda r: (r.kind, r.person, r.other)))


def _agreed_children(articles: Mapping[str, Sequence[Sentence]], couple: frozenset[str], known: Collection[str]
                     ) -> list[Relation]:
    """The couple's children that two or more articles list, in other words, after "their", "the couple's" or "they
    have" ("Their daughter Sofia is 14", "They have three children: Ivy, 13, and 10-year-old twins Tom and Bo",
    "the couple's twins, Tom and Bo"), where each such sentence names no one but the couple and the children listed
    there (after any child word: "Their daughter Ivy is 14; the twins, Tom and Bo, are 12"), the sentence before names
    no one else either (whose "their"?), the article names both of the couple, and no child listed is one whose parent
    is another (`known`: those with a parent already, or found by _the_couple_s) or one of the couple. One article's
    "their" may be anyone's; two articles agreeing on a child of the couple, each with the couple alone in view,
    leave no one else."""
    by_child: dict[str, dict[str, Sentence]] = defaultdict(dict)  # child -> sentence text -> sentence
    for article in articles.values():
        if not couple <= {m.person for s in article for m in s.mentions if m.explicit}:
            continue
        before: set[str] = set()
        for s in article:  # (in the article's order)
            here, before = before, set(s.people)
            if s.attribution == UNNAMED or _NOT_THEIR_CHILD.search(s.text) or not _THEIR_CHILD.search(s.text):
                continue
            theirs = [m.end() for m in RELATION.finditer(s.text)
                      if _RELATION_WORDS[m.group("word").lower()] == "child"
                      and ((m.group("pronoun") or "").lower() == "their" or m.group("couple") or m.group("they")
                           or m.group("they2"))]
            theirs += [m.end() for m in _THEIR_TWINS.finditer(s.text)]
            if not theirs:
                continue
            mentions = _local(s)
            listed = {p for at in theirs for p in _named_after(s, mentions, _past_colon(s.text, at), _CHILDREN_GAP)}
            children_here = listed | {p for m in _CHILD_WORD.finditer(s.text)
                                      for p in _named_after(s, mentions, _past_colon(s.text, m.end()), _CHILDREN_GAP)}
            if (listed and not set(s.people) - children_here - couple and not listed & (couple | set(known))
                    and not here - couple - children_here):
                for child in listed:
                    by_child[child].setdefault(s.text, s)
    return [Relation("child", child, parent, citations=tuple(sorted(
                (x.citation for x in by_text.values()), key=lambda c: (c.source, c.start))))
            for child, by_text in sorted(by_child.items())
            if len({x.source for x in by_text.values()}) >= 2 for parent in sorted(couple)]


_THEIR_CHILD = re.compile(r"\b(?:their|couple['’]s|pair['’]s|they|couple|pair)\b", re.IGNORECASE)
# "their twins, ", "the couple's 6-year-old twins " (the twins' names after them)
_THEIR_TWINS = re.compile(r"\b(?:their|(?:couple|pair)['’]s)\s+(?:[\w-]+\s+){0,2}?twins\b", re.IGNORECASE)
_CHILD_WORD = re.compile(r"\b(?:twins|children|kids|sons?|daughters?)\b", re.IGNORECASE)
_COLON = re.compile(r"\s*:")


def _past_colon(text: str, at: int) -> int:
    """Offset `at`, or past a colon right after it ("They have three children: Ivy, ...")."""
    colon = _COLON.match(text, at)
    return colon.end() if colon else at

# Between two children of a list: an age, a comma, "and", "and 12-year-old twins" ("Ivy, 15, and 12-year-old twins Tom
# and Bo", "Ivy, 13, and twins, Tom and Bo").
_CHILDREN_GAP = re.compile(r"^(?:,\s*\d{1,2})?\s*,?\s*(?:and\s+(?:(?:\d{1,2}|[a-z]+)-year-old\s+)?"
                           r"(?:(?:twins|son|daughter)\s*,?\s+)?)?$")


def _the_couple_s(s: Sentence, couple: frozenset[str], parented: Collection[str]) -> list[Relation]:
    """The children "the couple" of the sentence has, listed right after its relation word, where the
    sentence names no one else and no child has a parent already who is not one of the couple."""
    mentions = _local(s)
    out: list[Relation] = []
    for m in RELATION.finditer(s.text):
        if not (m.group("couple") or m.group("they")) or _RELATION_WORDS[m.group("word").lower()] != "child":
            continue
        relatives = [r for r in _named_after(s, mentions, m.end()) if r not in couple]
        if relatives and set(s.people) <= set(relatives) and not set(relatives) & set(parented):
            out.extend(Relation("child", r, owner, citations=(s.citation,)) for r in relatives for owner in couple)
    return out


# Another pair that "the couple" may be, in the sentence before: her parents, his sister and her husband.
_OTHER_PAIR = re.compile(r"\b(?:parents|grandparents|in-laws|sister|brother|daughter|son|friends|neighbou?rs)\b",
                         re.IGNORECASE)
# A child who is not the couple's own: of another marriage, a grandchild, a grown child.
_NOT_THEIR_CHILD = re.compile(FROM_ANOTHER_MARRIAGE + r"|\bgrand(?:child|children|son|daughter|baby)\b"
                              r"|\bstep-?(?:son|daughter|child)\b", re.IGNORECASE)
_COUPLE_WORD = re.compile(r"\b(?:couple|pair)\b", re.IGNORECASE)


def with_the_couples_marriage(relations: Sequence[Relation], records: Sequence[Record], couple: frozenset[str]
                              ) -> tuple[Relation, ...]:
    """The relations, with the couple's marriage where no sentence gives it by naming them both beside a word of
    marriage ("The actress and the producer tied the knot in 2012", "The two married in 2012", "Ann Lee has filed
    for divorce from Bob Ray"): the fact check's record of their wedding, about the two of them, gives it, citing
    that record's articles; a former one where a record of their final divorce is there, ended the year it gives
    where the articles agree on one. Never where the relations already join the two as spouses."""
    if len(couple) != 2 or any(r.kind in ("spouse", "former-spouse") and {r.person, r.other} == couple
                               for r in relations):
        return tuple(relations)
    wed = next((r for r in records if r.slot == slots.MARRIED and frozenset(r.about) == couple), None)
    if wed is None:
        return tuple(relations)
    final = next((r for r in records if r.slot == slots.DIVORCE_FINAL and frozenset(r.about) == couple), None)
    start = wed.values[0].value if len(wed.values) == 1 else ""
    end = final.values[0].value if final is not None and len(final.values) == 1 else ""
    person, other = wed.about
    return (*relations, Relation("former-spouse" if final is not None else "spouse", person, other, start, end,
                                 wed.citations))


def adjust(relations: Sequence[Relation], add: Sequence[RelationConfig], remove: Sequence[RelationConfig]
           ) -> tuple[Relation, ...]:
    """The relations with those `mkdocs.yml` removes taken out (by kind, person and other; a
    symmetric kind in either order) and those it adds put in (uncited: the configuration says so)."""
    gone = {_key(Relation(r.kind, r.person, r.other)) for r in remove}
    kept = [r for r in relations if _key(r) not in gone]
    have = {_key(r) for r in kept}
    kept += [Relation(r.kind, r.person, r.other, r.start, r.end) for r in add
             if _key(Relation(r.kind, r.person, r.other)) not in have]
    return tuple(sorted(kept, key=lambda r: (r.kind, r.person, r.other)))
