"""Person evidence, counted per article: full names, capitalised words that stand alone, and the
names an age, a relation word, speech or marriage wording marks as a person's (with the gender
a relation word gives)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

from ..lang.en import (
    ADULT_CUES,
    CLUB_BEFORE,
    COUPLE_EVENT,
    DESCRIBED_ROLES,
    NAME_LIST_GOES_ON,
    NAME_STOPWORDS,
    NOT_PERSON_TAILS,
    OUTLETS,
    PERSON_CUES,
    ROLE_NOUNS,
    ROLE_TITLES,
    SPOUSE_VERB,
    WORK_NOUNS,
)
from ..model import Sentence
from .names import AGE_AFTER, AGE_WINDOW, name_runs

ADULT_AGE = 18
# Someone's someone right before a name alone: "her stylist Kat", "his sister Kat", "Their only child, Max" (a
# hint "|owned:<the word>"; with a role right before the name or set off right after it, "|role:<the word>": a short
# form so named is no one named in full whom no article names so too, people/grouping.py), but a spouse's word ("his
# estranged wife, Kat"), which may be one of them.
_OWNED_BEFORE = re.compile(r"(?:\b(?i:her|his|their|its|our|my|your)|\b[A-Za-z][\w-]*['’]s)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s*,?\s*$")
# A role set off right after a name: "Kat, a stylist who has worked with Moss", "Ann Lee, the actress".
# ("Kat, a stylist who ...", "Del Kelby, 88, the bride's grandfather, ...", "Al Moss, her father")
_APPOSITION_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?(?:a|an|the|her|his|their)\s+(?:[\w'’-]+\s+){0,2}?([a-z-]+)\b(?!['’])")
_SPOUSE_WORDS = frozenset(["wife", "husband", "ex", "ex-wife", "ex-husband", "spouse", "partner", "girlfriend", "boyfriend",
                           "fiancée", "fiancé", "fiance", "fiancee", "bride", "groom", "widow", "widower", "sweetheart"])
# The words for a person someone has ("her stylist", "his sister", "their child"), but a spouse's.
_SOMEONES = frozenset({*PERSON_CUES, *ROLE_NOUNS, *DESCRIBED_ROLES, *(w + "s" for w in PERSON_CUES), "friend", "assistant",
                       "nanny", "agent", "manager", "cousin", "bodyguard", "driver", "housekeeper", "pal", "bestie",
                       "colleague", "co-star", "bandmate", "teammate", "neighbour", "neighbor", "kid", "kids",
                       "baby", "toddler", "twin", "sibling"} - _SPOUSE_WORDS)

# A word for two children or more right before a name ("their twins, Ivy and Tom", "two kids: Ivy and Tom"), and
# what goes on from one name of their list to the next (", ", " and ", ", 9, and ").
_CHILDREN_BEFORE = re.compile(r"\b(?:twins|kids|children|sons|daughters)\s*[,:]?\s*$", re.IGNORECASE)

_OPENERS = "\"“‘'(["
# Words of address a name may follow "the" with: "the Rev Cy Moss", "the Very Rev Jo Roe", "the Hon Kay Lo".
HONORIFICS = frozenset(["Rev", "Revd", "Reverend", "Very", "Right", "Most", "Hon", "Honourable", "Honorable", "Venerable",
                        "Late"])
# A number right after a name, with no comma and no unit ("Ridgeline 9", "Channel 4"): a station's or a
# show's name (not "their son Max 2 years later").
_NUMBER_AFTER = re.compile(r" \d+(?![\d.,]|\s*(?:-|years?|months?|weeks?|days?|hours?|minutes?|%|percent)\b)")
# Strong-evidence mark of a one-word name seen only as a speaker ("Organizers said"): it counts as a
# name if the word is also written mid-sentence or in a full name.
SAID = "\0said:"
# (full-name runs, lone words, strong names, hints, lone words right after "the", one-word runs that
# open a sentence); a hint is "form|m" or "form|f" (a relation word's gender) or "form|child" or
# "form|adult" (a child's age after the form; a job word before it)
Evidence = tuple[Counter[tuple[str, ...]], Counter[str], set[str], Counter[str], Counter[str], Counter[str]]


def sum_evidence(articles: Iterable[Evidence]) -> Evidence:
    """The evidence of every article (article_evidence), summed."""
    full: Counter[tuple[str, ...]] = Counter()
    lone: Counter[str] = Counter()
    strong: set[str] = set()
    hints: Counter[str] = Counter()
    after_the: Counter[str] = Counter()
    initial: Counter[str] = Counter()
    for f, lo, st, g, th, ini in articles:
        full.update(f)
        lone.update(lo)
        strong |= st
        hints.update(g)
        after_the.update(th)
        initial.update(ini)
    return full, lone, strong, hints, after_the, initial


# A work's noun right before a capitalised run: its title ("her film Night Harbour", "the telenovela Mar Azul", "her
# debut album, Night Harbour", "her talk show, "Night Harbour."", "that famous episode of Night Harbour").
_WORKS = "|".join(WORK_NOUNS)
_WORK_BEFORE = re.compile(r"(?:\b(?:" + _WORKS + r")s?"
                          # (a comma only after a possessive: "her new album, Night Harbour", "Lee's talk show, "Night
                          # Harbour."", never "On the show, Bob Ray revealed", "a contestant on the show, Bob Ray, 29")
                          r"|(?:\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)|['’]s)\s+(?:[\w-]+\s+){0,3}?(?:" + _WORKS + r")s?,"
                          r"|\b(?:episode|season|finale|premiere)s?\s+of)\s+[*_“\"]?$")
# A run wholly inside quotation marks ('the long-running talk show "Night Harbour" on Kelby TV', '"Night Harbour"
# would return'): a title or a quoted word, no one's full name (a nickname in quotes, 'Bo "The Bull" Ray', is
# read apart: people.nicknames).
# A work's noun in an apposition right after a run: its title ("with Night Harbour, the Kelby TV talk show she has
# hosted"; not "Ann Lee, the star of the film", "Bob Ray, the film's director").
# (the noun ends the apposition: never "Bob Ray, the talk show host,", "Ann Lee, a single mum of three")
_WORK_AFTER = re.compile(r",\s+(?:the|her|his|their|its|a|an)\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:" + _WORKS
                         + r")s?(?=[,.;:]|\s+(?:she|he|they|that|which|on|in|since)\b)")
# A verb of making a work right after a name: "the film Bob Ray directed" (his).
_MAKER_AFTER = re.compile(r"\s+(?:co-?)?(?:directed|produced|wrote|written|made|starred|created|hosted|hosts|sang|sings"
                          r"|recorded|released|presented|presents|filmed|shot|edited|composed|penned|wrote|directs)\b")
_QUOTED_BEFORE = re.compile(r"[\"“]$")
# (a sequel's number inside: '"Night Harbour 2"'; a comma inside before an apposition of a work's noun: '"Night
# Harbour," a romantic comedy'; never '"Bob Ray," she said': a quotation's words)
_QUOTED_AFTER = re.compile(r"(?:\s+\d{1,2})?(?:[.!?]?[\"”]|,[\"”](?=\s+(?:a|an|the|her|his)\s+(?:[\w-]+\s+){0,3}?(?:"
                           + _WORKS + r")s?\b))")
# A part someone plays, before or after its name: "She plays Ivy Lane, a schoolteacher", "famous as Ivy Lane", "Ivy Lane
# the character" (a title's kind: no one).
_PART_BEFORE = re.compile(r"\b(?:plays|played|playing|portrays|portrayed|portraying|role of|role as|character of"
                          r"|cast as|starred as|stars as|starring as|famous as|(?:overnight|fame) as)\s+$")
_PART_AFTER = re.compile(r"\s+the\s+(?:character|heroine|hero|role|villain)\b")


# A word before a lowercase role and a full name describes that name: "ex-wife, Reno physio Ann Lee", "partner,
# Reno restaurateur Bob Ray" (the relation word is the name's, and "Reno" a place).
_DESCRIBES_A_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}[A-Z][\w'’-]+\.?\s+[A-Z]")
# A title right after a word that follows a relation word: the word is a place's or an office's, the title's
# name the relative ("her husband, Ohio Gov. Bob Ray", "his wife, Nevada state Sen. Ann Lee").
_TITLE_AFTER = re.compile(r"\s+(?:state\s+|former\s+|then-)?(?:Gov|Sen|Rep|Lt|Atty|Attorney|Judge|Justice|Mayor|Secretary"
                          r"|Senator|Governor|Representative|Congressman|Congresswoman|Councilman|Councilwoman"
                          r"|Councillor|Commissioner|Sheriff)\b\.?")


def article_evidence(sentences: Sequence[Sentence]) -> Evidence:
    """Count full-name runs, lone capitalised words (not sentence-initial; and those of them right
    after "the": "the Greyhound" is a nickname, no name; and apart, those that open a
    sentence), and words that carry person evidence (age, relation word, speaker)."""
    full: Counter[tuple[str, ...]] = Counter()
    lone: Counter[str] = Counter()
    strong: set[str] = set()
    hints: Counter[str] = Counter()
    after_the: Counter[str] = Counter()
    initial: Counter[str] = Counter()
    for s in sentences:
        text = s.text
        listed_to = -1  # where the last name of a list of children after a word for them ends
        for start, end, run in name_runs(text):
            key = " ".join(run)
            if CLUB_BEFORE.search(text, max(0, start - 12), start):
                hints[f"{key}|club"] += 1  # "SC Nordby Hamburg", "the FC Kelby coach": a club, no one's name
                continue
            if _CHILDREN_BEFORE.search(text, max(0, start - 30), start) or (
                    listed_to >= 0 and NAME_LIST_GOES_ON.fullmatch(text, listed_to, start)):
                strong.add(key)  # "their twins, Ivy and Tom", "two kids, Ivy and Tom": each a person
                listed_to = end
            else:
                listed_to = -1
            before = text[max(0, start - 25):start].lower().split()
            relation = before[-1].strip(",") if before else ""
            if relation.endswith("s") and relation[:-1] in PERSON_CUES and PERSON_CUES[relation[:-1]]:
                relation = relation[:-1]  # "two sons, Otto and Felix"
            if len(run) > 1:
                if (_WORK_BEFORE.search(text, max(0, start - 30), start) and text[end:end + 1] not in "'’"
                        or _QUOTED_BEFORE.search(text, max(0, start - 1), start) and _QUOTED_AFTER.match(text, end)
                        or _WORK_AFTER.match(text, end) or _PART_AFTER.match(text, end)
                        or _PART_BEFORE.search(text, max(0, start - 30), start)):
                    if not _MAKER_AFTER.match(text, end):
                        hints[f"{key}|title"] += 1  # "her film Night Harbour", "the album Golden Hour": a title, no
                    continue  # one (not "the set of Bob Ray's film"; "the film Bob Ray directed": no title either)
                if text[max(0, start - 4):start].lower() != "the " or run[0] in HONORIFICS:
                    full[run] += 1  # (not "presents The Slow Table", "the Yorkshire Dales": a title, a place; but
                    # "the Rev Cy Moss", "the Hon Kay Lo")
            elif start > 2 and text[start - 2:start] not in ('. ', '" ', '“ ') and text[start - 1] not in _OPENERS:
                lone[run[0]] += 1  # not the first word of a sentence, nor of a quotation ('"New day."')
                if text[max(0, start - 4):start].lower() == "the ":
                    after_the[run[0]] += 1
            elif start == 0 or text[:start].strip() in _OPENERS:
                initial[run[0]] += 1  # (not after "St. " inside a sentence: "Devon St. John")
            age = AGE_AFTER.match(text[end:end + AGE_WINDOW].replace("’s", ""))
            if (relation in PERSON_CUES and not _NUMBER_AFTER.match(text, end)  # "ex-wife, Ridgeline 9 chief ...": a station
                    and not _DESCRIBES_A_NAME.match(text, end) and not _TITLE_AFTER.match(text, end) or age):
                strong.add(key)
                g = PERSON_CUES.get(relation, "")
                if g:
                    hints[f"{key}|{g}"] += 1
            if len(run) == 1 and (owned := _OWNED_BEFORE.search(text, max(0, start - 50), start)) \
                    and owned.group(1).lower() in _SOMEONES:
                hints[f"{key}|owned:{owned.group(1).lower()}"] += 1  # "her stylist Kat", "his sister Kat", "Their only child, Max"
            appos = _APPOSITION_AFTER.match(text, end)
            for said in (relation.lower(), appos.group(1).lower() if appos else ""):
                if said in _SOMEONES:
                    hints[f"{key}|role:{said}"] += 1  # "celebrity stylist Kat", "Kat, a stylist who ...", "TV chef Ann Lee"
            years = int(age.group(1)) if age and age.group(1).isdigit() else None
            if years is not None and years < ADULT_AGE:
                hints[f"{key}|child"] += 1  # "her son, Tom, 12," (not "survived by his son, Bob": a grown son)
            elif relation in ADULT_CUES:  # (not an adult's age: "Lena, 9," grows up to "Lena Ray, 22,")
                hints[f"{key}|adult"] += 1  # "athletic director Tom Moss"
        if s.speaker and s.speaker[0].isupper() and s.speaker not in NAME_STOPWORDS:
            strong.add(s.speaker if " " in s.speaker else SAID + s.speaker)
        strong |= _wed_pair(text)
    return full, lone, strong, hints, after_the, initial


def proper_openers(initial: Counter[str], lone: Counter[str], sentences: Sequence[Sentence]) -> Counter[str]:
    """The words that open sentences and never stand alone elsewhere, where no sentence of the
    corpus writes them in lower case ("Roe popped the question", an article's only
    "Roe" alone): a proper name at a sentence's start, counted as if it stood alone. ("Young
    people ..." opens a sentence, and "young" is written in lower case too: no name.)"""
    candidates = {w.lower(): w for w in initial if not lone[w] and w.isalpha()}
    if not candidates:
        return Counter()
    # one pass over the corpus for the candidates' lower-case forms (not a set of every word: 5,000 articles)
    written = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, candidates), key=len, reverse=True))
                         + r")(?![\w'’-])")
    seen = set(written.findall("\n".join(s.text for s in sentences)))
    return Counter({w: initial[w] for low, w in candidates.items() if low not in seen})


# Two full names joined by wording of a marriage or a couple's event: "Ann Lee and Bob Ray tied the
# knot", "Ann Lee married Bob Ray", "Ann Lee filed for divorce from Bob Ray". Stated once, each is a person.
# The wording: lang/en.py (COUPLE_EVENT, SPOUSE_VERB).
_PAIR_AND = re.compile(r"^\s+and\s+$")
_PAIR_AFTER = re.compile(rf"^(?:,\s*\d{{1,3}},)?\s+(?:[a-z]+ly\s+|also\s+|have\s+|had\s+)?{COUPLE_EVENT}")
_PAIR_VERB = re.compile(
    rf"^\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|was\s+|is\s+)?{SPOUSE_VERB}\s+"
    rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted({*ROLE_NOUNS, *PERSON_CUES, *ROLE_TITLES}))})\s+)?$",
    re.IGNORECASE)


def _wed_pair(text: str) -> set[str]:
    """The full names a sentence joins by wording of a marriage or a couple's event (_PAIR_*)."""
    runs = [(a, b, run) for a, b, run in name_runs(text)
            if 2 <= len(run) <= 3 and run[-1] not in NOT_PERSON_TAILS
            and " ".join(run) not in OUTLETS]
    out: set[str] = set()
    for (_a1, b1, r1), (a2, b2, r2) in pairwise(runs):
        gap = text[b1:a2]
        if text[b2:b2 + 2] in ("'s", "’s"):
            continue  # "married Blue Quay's drummer": the drummer is the spouse
        if (_PAIR_AND.match(gap) and _PAIR_AFTER.match(text[b2:b2 + 40])) or _PAIR_VERB.match(gap):
            out |= {" ".join(r1), " ".join(r2)}
    # "Bob Ray's brother Tom Ray": one who has a brother named is someone too (a review: Bob Ray, named in full
    # with Ann Lee only, was no one, and "Ray" became his brother's)
    out |= {" ".join(run) for a, b, run in runs if _KIN_AFTER.match(text, b)}
    return out


# A full name's kin right after it, with a name of their own: "Bob Ray's brother Tom Ray", "Ann Lee's sister, Nina Lee,".
_KIN_AFTER = re.compile(r"['’]s\s+(?:older\s+|younger\s+|twin\s+|big\s+|little\s+)?(?:brother|sister|mother|father"
                        r"|son|daughter|wife|husband|cousin|aunt|uncle|niece|nephew)\b,?\s+(?-i:[A-Z])")
