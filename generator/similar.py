"""Sentences of different articles that say the same thing in other words.

Each sentence becomes a bag of stemmed content words weighted by rarity (IDF over the
corpus's sentences). Candidate pairs come from an inverted index of the rare stems only, so
a sentence is compared with the few that share its unusual words, never with every other.
A candidate pair is linked when its weighted cosine passes PARAPHRASE and nothing tells the
two apart: they name different people, different years or different figures, carry facts
of different events, or quote different speakers. Precision first: when in doubt, apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from sys import intern
from typing import Any, TypeVar

import snowballstemmer

from . import slots
from .cache import Cache, Table
from .clauses import View, views
from .extract import relative_years
from .lang.en import (
    ATTRIBUTION_WORDS,
    CLAUSE_OPENERS,
    CONCEPTS,
    CURRENCY,
    CURRENCY_SIGNS,
    CUSTODY_KINDS,
    CUSTODY_SHARES,
    DIVORCE_STAGES,
    ENGAGEMENT_STAGES,
    EVENT_CONCEPTS,
    EVENT_STAGES,
    GENERIC_WORDS,
    HOLIDAYS,
    HOW_OFTEN,
    IN_PASSING,
    MERGE_CONCEPTS,
    MONEY_SCALE,
    MONEY_SCALES,
    MONTH_NAMES,
    NEGATION,
    NOT_NEGATING,
    NUMBER_VALUES,
    NUMBER_WORDS,
    ORDINAL_THINGS,
    ORDINALS,
    OUTLETS,
    PAYMENT_KINDS,
    PAYMENT_PURPOSES,
    REGIONS,
    RELATION_WORDS,
    RELATIVE_TIME_WORDS,
    STOPWORDS,
    TIME_WORDS,
    WEEKDAYS,
    YEAR,
)
from .model import Fact, Mention, Sentence
from .parallel import PARALLEL_MIN, in_background, in_parallel, run_all
from .people import name_runs

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_YEAR = re.compile(rf"\b{YEAR}\b")
_stemmer = snowballstemmer.stemmer("english")
T = TypeVar("T")
PARAPHRASE = 0.5  # weighted cosine from which two sentences state the same claim (see tests/test_merge_pairs.py)
RARE = 0.6  # a stem in more than this share of sentences is not used to find candidates
MAX_CANDIDATES = 25  # a stem shared by more sentences than this finds no candidates
# IDF as if the corpus had PRIOR more sentences without the word: in a corpus of a few
# sentences every word looks common; in a real one this changes little.
PRIOR = 50
MIN_SHARED = 2  # words (not figures) two sentences must share: one word and a year in common are a coincidence
# The weighted cosine from which two sentences that share a dated event's concept and its year are
# one claim (Comparer.same_event), and from which the other ways of same_event count: below these,
# long sentences of one story that share a name and two words are linked by chance.
ANCHORED = 0.2
LOOSE = 0.25
# The share of each sentence's weight (squared IDF) that the two have in common, at least: a
# sentence that says much the other does not ("met at Northwestern, where she founded Second
# Helpings" / "appeared at a fundraiser for Second Helpings") is another claim, whatever they share.
MIN_CONTAINED = 0.3
# Two sentences of one article are one claim told twice (a lede and the body) when this share of the
# stems and name words of the one with fewer (MIN_REPEAT at least: "I spent it noticing that" says
# too little to be a repeat of anything) are the other's, every word of it (small words too) is in
# the other, and nothing tells them apart: "had an ugly divorce, but they stayed on good terms" is
# no repeat of "... but they are now on good terms" (the sources page would say "says this again").
REPEAT = 0.8
MIN_REPEAT = 3
# Measures of one thing that articles may give differently (how long the fight lasted, how much
# was paid): two such values of the same slot are one claim that the fact check compares.
MEASURES = frozenset(["duration", "money"])
OPEN_MEASURES = slots.flagged("several_values")  # several true values: to the separation, to the divorce
NUMERIC_KINDS = frozenset(["year", "count", "money", "duration", "age"])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case word."""
    return str(_stemmer.stemWord(word))


def names(s: Sentence, places: bool = False) -> frozenset[str]:
    """The words of the names a sentence gives: of the people recognised in it, and of every
    run of two or more capitalised words ("Nora Quill", named once in the corpus and so not
    recognised as a person), except an outlet's and, unless `places`, one that follows "in",
    "at", "of", "the", ... (a place or a title). Lower case."""
    found = {w.lower() for m in s.mentions if not _credited_mention(s, m) for w in m.person.split()}
    for _start, _end, run in _name_runs(s, places):
        found.update(w.lower() for w in run)
    return frozenset(found)


def _credited_mention(s: Sentence, m: Mention) -> bool:
    """Whether a person is named as whom the sentence's report is credited to ("according to Town
    Crier, ..."): an outlet read as a person, or a source, not someone the sentence is about (but
    "according to Jane Roe's lawyer" is about her)."""
    return not s.is_possessor(m) and bool(_CREDIT.search(s.text, max(0, m.start - s.start - 60), m.start - s.start))


NameRuns = tuple[tuple[int, int, tuple[str, ...]], ...]


def _name_runs(s: Sentence, places: bool = False) -> NameRuns:
    """(start, end, words) of the runs of two or more capitalised words of a sentence that may
    name someone (see names)."""
    return _name_runs_in(s.text, _quoted(s), places)


def _quoted(s: Sentence) -> tuple[tuple[int, int], ...]:
    """The sentence's quotations, as offsets in its text."""
    return tuple((a - s.start, b - s.start) for a, b in s.quotes) if s.quotes else ()


@lru_cache(maxsize=65536)
def _name_runs_in(text: str, quoted: tuple[tuple[int, int], ...], places: bool) -> NameRuns:
    """_name_runs of a text and its quotations, worked out once (the comparisons and the claims ask
    for each sentence's many times)."""
    return tuple((start, end, run) for start, end, run in _runs(text)
                 if len(run) > 1 and " ".join(run) not in _OUTLETS and (places or not (
                     _PLACE_OR_TITLE.search(text, 0, start)
                     or (_CREDIT.search(text, 0, start) and text[end:end + 1] not in ("'", "\u2019"))
                     or any(a <= start < b for a, b in quoted))))


_OUTLETS = frozenset(OUTLETS)
# A run of capitalised words right after one of these is a place or a title ("in Santa Fe",
# "the set of Dry Season"), not a person.
_PLACE_OR_TITLE = re.compile(r"\b(?:in|at|of|near|the|on)\s+$", re.IGNORECASE)
# Capitalised words right after one of these name whom a report is credited to, mostly an outlet
# ("according to Daily Planet", "per Town Crier", "via Evening Star"), not someone the sentence is about.
_CREDIT = re.compile(r"\b(?i:according to|per|via)\s+(?:(?:[A-Z][\w'’!.&-]*|and|&)\s+)*$")
_CREDITED = re.compile(r"\b(?i:according to|per|via)\s+([A-Z][\w!.&-]*(?:\s+(?:[A-Z][\w!.&-]*|and|&))*)")


def people_in_view(sentences: Sequence[Sentence]) -> dict[str, frozenset[str]]:
    """Each sentence -> the people recognised in it, else in the nearest sentence before it in
    the same article that names any. After a sentence that gives a name but no recognised
    person ("4. Nora Quill and Ed Vance" heading a list of couples), each such name, marked
    "?nora quill", is in view: someone, but no one the corpus knows (one name, one person: "Judge
    Evelyn Strand" is not two people whom "the couple" after it could be)."""
    return _carried(sentences, lambda s: frozenset(s.people) | _joined_unknown(s) if s.people else _unknown_in_view(s))


_JOINED_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|&)\s")
_JOINED_BEFORE = re.compile(r"\s(?:and|&)\s+$")


_MR_AND_MRS = re.compile(r"\bMr\.? and Mrs\.? ([A-Z][\w'’-]+)")


def _joined_unknown(s: Sentence) -> frozenset[str]:
    """Beside the people a sentence names, the names no one the corpus knows bears that are joined
    to someone by "and" ("Ed Vance and his wife, Nora": Nora is known, Ed Vance is someone too)."""
    taken = [(m.start - s.start, m.end - s.start) for m in s.mentions]
    return frozenset("?" + " ".join(run).lower() for start, end, run in _name_runs(s)
                     if not any(a < end and start < b for a, b in taken)
                     and (_JOINED_AFTER.match(s.text, end) or _JOINED_BEFORE.search(s.text, 0, start)))


def unknown_names(s: Sentence) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each name a sentence gives that is no one the corpus knows ("Cara Doe"
    in "Bob Ray married Cara Doe"; offsets in its text): runs of two or more capitalised words, not
    an outlet's, a place's or a title's ("the 2009 drama Night Train"), that overlap no recognised person."""
    taken = [(m.start - s.start, m.end - s.start) for m in s.mentions]
    return tuple((start, end, " ".join(run)) for start, end, run in _name_runs(s)
                 if not any(a < end and start < b for a, b in taken) and " ".join(run) not in REGIONS
                 and not _AFTER_PLACE.search(s.text, 0, start) and not _AFTER_A_WORK.search(s.text, 0, start)
                 and not _BEFORE_AN_OFFICE.match(s.text, end))


# A run of capitalised words right before an office of the courts or the police names where it sits, no one:
# "A Reno County judge granted ...", "a Family Court commissioner".
_BEFORE_AN_OFFICE = re.compile(r"\s+(?:judge|judges|court|jury|magistrate|commissioner|clerk|prosecutors?|police|sheriff"
                               r"|deputies|officials?)\b")
# A run of capitalised words right after "in" or "near" is a place ("in Big Sur"), unless it owns
# something ("in Cara Doe's house").
_IN_PLACE = re.compile(r"\b(?:in|near)\s+$")
_OWNS = re.compile(r"['’]s?\b")
# A run of capitalised words after a place and a comma is the place's region: "in Charleston, South Carolina".
_AFTER_PLACE = re.compile(r"\b(?:in|at|near|outside|of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+$")
# A run of capitalised words right after a word for a work is its title: "the 2009 drama Night Train".
_AFTER_A_WORK = re.compile(r"\b(?:drama|film|movie|series|show|sitcom|comedy|thriller|documentary|album|single|song"
                           r"|play|musical|novel|book|memoir|podcast)\s+$", re.IGNORECASE)


def _unknown_in_view(s: Sentence) -> frozenset[str]:
    """Each name of a sentence no one the corpus knows bears ("?nora quill"), and a second
    someone where one is joined to another by "and" ("Nora and Ed Vance", "Judge Evelyn Strand
    and her husband": two people, whom "the couple" after them may be)."""
    found: set[str] = {f"?{title.lower()} {m.group(1).lower()}" for m in _MR_AND_MRS.finditer(s.text)
                       for title in ("Mr", "Mrs")}  # "Mr. and Mrs. Vance": two people
    for start, end, run in _name_runs(s):
        if " ".join(run) in REGIONS or _AFTER_PLACE.search(s.text, 0, start) or _AFTER_A_WORK.search(s.text, 0, start) or (
                _IN_PLACE.search(s.text, 0, start) and not _OWNS.match(s.text, end)):
            continue  # "at her parents' home in Harrogate, North Yorkshire", "in Big Sur": a place, no one; "the
            # 2009 drama Night Train": a title
        name = "?" + " ".join(run).lower()
        found.add(name)
        if _JOINED_AFTER.match(s.text, end) or _JOINED_BEFORE.search(s.text, 0, start):
            found.add(name + " +")
    return frozenset(found)


def _carried(sentences: Sequence[Sentence], own: Callable[[Sentence], frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each sentence -> `own(sentence)`, or, when that is empty, the last non-empty one before it
    in the same article."""
    out: dict[str, frozenset[str]] = {}
    here: frozenset[str] = _EMPTY
    source = ""
    for s in sentences:
        if s.source != source:
            source, here = s.source, _EMPTY
        here = own(s) or here
        out[s.id] = here
    return out


@lru_cache(maxsize=65536)
def _runs(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """people.name_runs of a text, worked out once per text."""
    return tuple(name_runs(text))


def names_in_view(sentences: Sequence[Sentence]) -> dict[str, frozenset[str]]:
    """Each sentence -> the name words it gives, else those of the nearest sentence before it
    in the same article that gives any ("The chef says ..." after "Ed Vance has ...")."""
    return _carried(sentences, names)


def substance(s: Sentence, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of what a sentence says: its content words without the names of the people
    it mentions, without the capitalised words of names the corpus gives (`known`: "Ray"
    alone after "Bob Ray" elsewhere) and without words of attribution ("a source close
    to the couple said")."""
    return concept_stems(s.text, names(s, places=True) | (_capitalised(s.text) & known))


def _credited(text: str) -> frozenset[str]:
    """The capitalised words a report is credited to ("According to Town Crier, ..."), lower case."""
    if not _CREDITED_ANY.search(text):
        return _EMPTY
    return frozenset(w.lower() for m in _CREDITED.finditer(text) if text[m.end(1):m.end(1) + 1] not in ("'", "\u2019")
                     for w in _CAPITALISED.findall(m.group(1)))


_CREDITED_ANY = re.compile(r"\b(?:according to|per|via)\b", re.IGNORECASE)


def _capitalised(text: str) -> frozenset[str]:
    """The capitalised words of a text, lower case."""
    return frozenset(intern(w.lower()) for w in _CAPITALISED.findall(text))


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def concept_stems(text: str, leave_out: frozenset[str] = frozenset()) -> frozenset[str]:
    """The text's content words as concepts ("_marry" for "tied the knot") or Snowball stems,
    without stop words, words of attribution and the words in `leave_out`. Phrases are looked up
    word by word (the longest first), never by one pattern of every phrase."""
    tokens = _TOKEN.findall(text.lower().replace("\u2019", "'"))
    out_at = [w in leave_out or (w[-2:] == "'s" and w[:-2] in leave_out) for w in tokens]
    # Names out first: "declaring [them] single"; and the "and" that joins two of them ("declaring Ann
    # Lee and Bob Ray single" is "declaring single").
    words = [w for i, w in enumerate(tokens) if not out_at[i] and not (
        w == "and" and 0 < i < len(tokens) - 1 and out_at[i - 1] and out_at[i + 1])]
    out: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST.get(words[i], 0), len(words) - i), 0, -1):
            concept = _CONCEPT_OF.get(tuple(words[i:i + n]))
            if concept:
                out.add(concept)
                i += n
                break
        else:
            w = words[i]
            if w not in STOPWORDS and w not in ATTRIBUTION_WORDS and w not in GENERIC_WORDS:
                out.add(stem(w))
            i += 1
    return frozenset(out)


_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_CONCEPT_OF = {tuple(_TOKEN.findall(phrase)): concept for concepts in (CONCEPTS, MERGE_CONCEPTS)
               for concept, phrases in concepts.items() for phrase in phrases}
_LONGEST: dict[str, int] = {}  # first word of a phrase -> the longest phrase it starts
for _phrase in _CONCEPT_OF:
    _LONGEST[_phrase[0]] = max(_LONGEST.get(_phrase[0], 0), len(_phrase))


def _lean_stems(text: str, leave_out: frozenset[str]) -> frozenset[str]:
    """concept_stems(text, leave_out), or the one shared empty set."""
    return _lean(concept_stems(text, leave_out))


def _numbers(text: str) -> frozenset[str]:
    """The figures a text gives, other than years and days of the month (compared apart) and the
    number words of a phrase that means something else ("50-50", "a one-off sum"); a sum of
    money as a whole number ("$1.3 million" and "$1.3m" are "1300000"); a figure of months, weeks,
    days or hours with its unit ("four-month")."""
    ordinals = _ordinals(text)
    if not _ANY_FIGURE.search(text):
        return ordinals
    sums = {_sum(m) for m in _MONEY.finditer(text)} if any(c in text for c in CURRENCY_SIGNS) else set()
    text = _DAY.sub(" ", _YEAR.sub(" ", text))
    if sums:
        text = _MONEY.sub(" ", text)
    if not any(w.isdigit() or w in NUMBER_WORDS for w in _WORD.findall(text.lower())):
        return frozenset(sums) | ordinals  # no figure left: the phrases that hold one need no looking for
    text = _NUMERIC_PHRASE.sub(" ", text)
    return frozenset(m.group(1) + (f"-{m.group(2).rstrip('s')}" if m.group(2) else "")
                     for m in _FIGURE_WITH_UNIT.finditer(text.lower())
                     if m.group(1).isdigit() or m.group(1) in NUMBER_WORDS) | sums | ordinals


def _ordinals(text: str) -> frozenset[str]:
    """The ordinals a text counts a thing of a life by ("in his first term": "first-term"), figures of its own."""
    lower = text.lower()
    if not any(w in lower for w in ORDINALS):
        return frozenset()  # (most texts: no ordinal to look for)
    return frozenset(f"{m.group(1)}-{m.group(2)}" for m in _ORDINAL_THING.finditer(lower))


def _told_of_one_subject_apart(a: str, b: str) -> bool:
    """Whether two texts open on the same words (SAME_OPENING words or more, up to a comma: "Kettlewell's sister, the
    radio host Shae Kettlewell,") and go on with no content word alike ("was a bridesmaid." / "gave a reading."): one
    subject, two claims."""
    wa, wb = a.split(), b.split()
    n = 0
    while n < min(len(wa), len(wb)) and wa[n] == wb[n]:
        n += 1
    if n < SAME_OPENING or n in (len(wa), len(wb)) or not wa[n - 1].endswith(","):
        return False  # (the words alike must be a subject set off by a comma: not "near the old mill town" / "... village")
    rest_a, rest_b = concept_stems(" ".join(wa[n:])), concept_stems(" ".join(wb[n:]))
    return bool(rest_a) and bool(rest_b) and not rest_a & rest_b


SAME_OPENING = 5  # words two texts open on alike for the rest of them to say what each tells of that one


def how_often(text: str) -> frozenset[str]:
    """How often something happens, as the text says it (HOW_OFTEN, one wording each: "alternate weekends" is "every
    other weekend")."""
    if "week" not in text and "month" not in text and "day" not in text and "times" not in text:
        return _EMPTY  # (most texts)
    return frozenset(_one_wording(re.sub(r"\s+", " ", m.group(0).lower())) for m in HOW_OFTEN.finditer(text))


def _one_wording(often: str) -> str:
    """One wording of how often: "every second week" and "alternate weeks" are "every other week", "each weekend" is
    "every weekend"."""
    if alternate := _ALTERNATE.fullmatch(often):
        return f"every other {alternate.group(1)}"
    return re.sub(r"^(?:every second|each)\b", lambda m: "every other" if m.group(0) == "every second" else "every", often)


_ALTERNATE = re.compile(r"alternat(?:e|ing) (\w+?)s")


def _counted_by_ordinal(numbers: frozenset[str]) -> frozenset[str]:
    """The figures among `numbers` that count a thing by an ordinal from "second" on ("second-child", _ordinals); not
    "first", which other words say as well ("his first marriage" / "a previous marriage")."""
    return frozenset(n for n in numbers if n.partition("-")[0] in ORDINALS[1:])


_ORDINAL_THING = re.compile(rf"\b({'|'.join(ORDINALS)})\s+(?:[a-z-]+\s+)?({'|'.join(ORDINAL_THINGS)})s?\b")


# A figure and the unit of time after it, one token: "four months" is "four-month", not the "four" of
# "the twins turned four" (a baby's age beside the twins' is no figure they share).
_FIGURE_WITH_UNIT = re.compile(r"\b([a-z0-9]+)\b(?:[\s-]+(months?|weeks?|days?|hours?|minutes?)\b)?")


_ANY_FIGURE = re.compile(r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_MONEY = re.compile(rf"({CURRENCY})\s?(\d[\d,]*(?:\.\d+)?)(?:\s*({MONEY_SCALE})\b)?", re.IGNORECASE)


def _sum(m: re.Match[str]) -> str:
    """A sum of money matched by _MONEY as a whole number, with its currency ("£4200000")."""
    amount = round(float(m.group(2).replace(",", "")) * MONEY_SCALES.get((m.group(3) or "").lower(), 1))
    return f"{'' if m.group(1) == '$' else m.group(1)}{amount}"


_NUMERIC_PHRASE = re.compile(r"\b(?:" + "|".join(
    re.escape(p) for concepts in (CONCEPTS, MERGE_CONCEPTS) for phrases in concepts.values() for p in phrases
    if any(w.isdigit() or w in NUMBER_WORDS for w in _WORD.findall(p))) + r")\b", re.IGNORECASE)  # "50-50": two words


_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b")


def _full_names(s: Sentence) -> frozenset[tuple[str, ...]]:
    """The full names (lower case) of the people recognised in the sentence and named there: the
    name the corpus knows them by, however the sentence words it ("Ray" is "bob ray"), or one word
    for someone known by one ("daughter Bea and son Cal")."""
    return frozenset(r for m in s.mentions if m.explicit and (r := _name_words(m.person))
                     and not _credited_mention(s, m))


@lru_cache(maxsize=65536)
def _name_words(person: str) -> tuple[str, ...]:
    """A person's name as its lower-case words (one tuple per person, however many sentences name them)."""
    return tuple(person.lower().split())


def _day(text: str) -> str:
    """"Aug. 14" and "August 14" as "aug 14"."""
    word, day = text.replace(".", "").split()
    return f"{word[:3].lower()} {day}"


_PLACE = re.compile(r"\b(?:in|at|near|outside|of)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)*)")
_NOT_PLACE = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAYS))


def _places(text: str) -> frozenset[str]:
    """The capitalised words after "in", "at", "near", "outside" or "of" (a place, a title), lower
    case, not months or days of the week, nor a possessor ("at Ray's wedding")."""
    return frozenset(w for m in _PLACE.finditer(text) if text[m.end(1):m.end(1) + 1] not in "'\u2019"
                     for w in m.group(1).lower().split() if w not in _NOT_PLACE)


_GAVE_BIRTH = re.compile(r"\b(?:gave|give|gives|giving|given)\s+birth\b")


def stages_of(text: str, stages: Sequence[frozenset[str]]) -> frozenset[int]:
    """Which of the `stages` (word sets, lang.en) the text's words tell of ("gave birth" is no stage)."""
    lower = text.lower()
    return _stages(frozenset(_WORD.findall(_GAVE_BIRTH.sub(" ", lower) if "birth" in lower else lower)), stages)


def _stages(words: frozenset[str], stages: Sequence[frozenset[str]]) -> frozenset[int]:
    return frozenset(i for i, stage in enumerate(stages) if words & stage)


_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|(?=\b(?:" + "|".join(sorted(CLAUSE_OPENERS)) + r")\b)",
                           re.IGNORECASE)


@lru_cache(maxsize=65536)
def negation(said: str) -> tuple[bool, tuple[str, ...]]:
    """Where a sentence (its words outside quotation) says that something did not happen: whether
    its own clause does (a negation outside every clause that CLAUSE_OPENERS open: "X has not
    filed"), and the clauses of their own that do ("... a voicemail, because she didn't answer his
    call"). "Not long after" and the like are no negation (NOT_NEGATING)."""
    said = NOT_NEGATING.sub(" ", said)
    if not NEGATION.search(said):
        return False, ()
    main = False
    clauses: list[str] = []
    for part in _CLAUSE_BREAK.split(said):
        if not NEGATION.search(part):
            continue
        first = _WORD.match(part.strip().lower())
        if first and first.group(0) in CLAUSE_OPENERS:
            clauses.append(part)
        else:
            main = True
    return main, tuple(clauses)


_PHRASE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|(?=\b(?:" + "|".join(sorted(CLAUSE_OPENERS | IN_PASSING))
                           + r")\b)", re.IGNORECASE)
_DATED = re.compile(rf"\b{YEAR}\b|\d|\b(?:" + "|".join(MONTH_NAMES) + r")\b")


@lru_cache(maxsize=65536)
def in_passing(text: str) -> tuple[str, ...]:
    """The phrases of a text that name an event only to place what it tells ("a decade after their
    wedding", "since their split"): opened by IN_PASSING, with no year, month or figure."""
    found = []
    for part in _PHRASE_BREAK.split(text):
        first = _WORD.match(part.strip().lower())
        if first and first.group(0) in IN_PASSING and not _DATED.search(part):
            found.append(part)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Traits:
    """What one sentence gives that can tell it apart from another, worked out once."""

    names: frozenset[str]  # name words in view (names_in_view)
    years: frozenset[str]  # years it names, dates by its facts, or tells relative to its article
    values: dict[tuple[str, str], str]  # (kind, slot) -> value of its numeric facts
    apposed_ages: frozenset[tuple[str, str]]  # the (kind, slot) of values that are ages set after names
    numbers: frozenset[str]  # figures it gives, besides years and days of the month
    unaged: frozenset[str]  # the same, but the ages set after names ("Ann Lee, 46,"): no figure of a dated claim
    measured: dict[tuple[str, str], frozenset[str]]  # figures inside its facts of each measure
    stages: tuple[frozenset[int], ...]  # per list of stages (EVENT_STAGES, ENGAGEMENT_STAGES, CUSTODY_KINDS, CUSTODY_SHARES,
    # PAYMENT_KINDS, HOLIDAYS, DIVORCE_STAGES, what a payment is for)
    year_slots: frozenset[str]
    speaker: str
    substance: frozenset[str]
    runs: frozenset[tuple[str, ...]] = frozenset()  # the full names of the people it names itself (_full_names)
    days: frozenset[str] = frozenset()  # the dates it gives to the day ("aug 14")
    places: frozenset[str] = frozenset()  # capitalised words after "in", "at", "near", ... (a place, a title)
    negated: bool = False  # it says that something did not happen, in its own clause
    kin: frozenset[str] = frozenset()  # whose unnamed kin it tells of (_TextTraits.kin)
    couple: bool = False  # it tells what two people did as a couple (_AS_A_COUPLE)
    # the stems of each clause of its own that says something did not happen ("because she didn't
    # answer his call"): such a clause sets two sentences apart only where it holds a word they share
    negated_clauses: tuple[frozenset[str], ...] = ()
    events: frozenset[str] = frozenset()  # the EVENT_CONCEPTS it tells, not only names in passing (in_passing)


@dataclass(frozen=True, slots=True)
class _TextTraits:
    """The parts of a sentence's Traits that read its text alone."""

    years: frozenset[str]  # the years it writes
    numbers: frozenset[str]
    unaged: frozenset[str]  # the numbers but the ages set after names (_APPOSITIVE_AGE)
    stages: tuple[frozenset[int], ...]
    days: frozenset[str]
    places: frozenset[str]  # before the names the corpus knows are taken out
    capitalised: frozenset[str]
    run_words: frozenset[str]  # the words of its runs of capitalised words that may name someone, places and titles too
    credited: frozenset[str]  # the capitalised words after "according to", "per", "via" (_CREDIT), lower case
    kin: frozenset[str]  # whose unnamed kin it tells of: "Lind's father runs a bakery" -> "father"
    couple: bool  # it tells what two people did "as a couple" (_AS_A_COUPLE)

    @classmethod
    def of(cls, text: str) -> _TextTraits:
        lower = text.lower().replace("\u2019", "'")
        words = frozenset(_WORD.findall(lower))
        # ("gave birth" is no stage of a request granted: "weeks after she gave birth to their son")
        asked_words = frozenset(_WORD.findall(_GAVE_BIRTH.sub(" ", lower))) if "birth" in lower else words
        stages = (_stages(asked_words, EVENT_STAGES), _stages(words, ENGAGEMENT_STAGES), _stages(words, CUSTODY_KINDS),
                  _stages(words, CUSTODY_SHARES), _stages(words | frozenset(_TOKEN.findall(lower)), PAYMENT_KINDS),
                  _stages(words, HOLIDAYS), _stages(words, DIVORCE_STAGES),
                  # what a payment is for: "$12,000 a month in child support" / "... in spousal support"
                  frozenset(n for n, purpose in enumerate(PAYMENT_PURPOSES) if purpose.search(lower)))
        numbers = _numbers(text)
        # (without the ages set after names: where two sentences give one year, no figure of the claim)
        unaged = _numbers(_APPOSITIVE_AGE.sub(r"\1", text)) if numbers and _APPOSITIVE_AGE.search(text) else numbers
        if "custody of" in text:
            counted = {_custody_count(m) for m in _CUSTODY_OF_NAMED.finditer(text)}
            numbers, unaged = numbers | counted, unaged | counted
        return cls(years=_lean(frozenset(_YEAR.findall(text))), numbers=_lean(numbers), unaged=_lean(unaged),
                   stages=_STAGES.setdefault(stages, stages),
                   days=_lean(frozenset(_day(m.group(0)) for m in _DAY.finditer(text))), places=_lean(_places(text)),
                   capitalised=_lean(_capitalised(text)),
                   run_words=_lean(frozenset(w.lower() for _start, _end, run in _runs(text)
                                             if len(run) > 1 and " ".join(run) not in _OUTLETS for w in run)),
                   credited=_lean(_credited(text)),
                   kin=_lean(frozenset((m.group(1) or m.group(2) or m.group(3) + ",").lower()
                                       for m in _KIN_OF.finditer(text))),
                   couple=bool(_AS_A_COUPLE.search(text)))


# A judge or a court that "signed off", on nothing named after it ("A judge signed off about a month
# ago, declaring them single"): the divorce made final, as "declared legally single" says. Not "signed
# off on" something (a custody deal, a sale).
_SIGNED_OFF = re.compile(r"\b(judge|court)\s+(?:has\s+|had\s+|finally\s+)?signed off\b(?!\s+on\b)", re.IGNORECASE)


# A year told from another year of the sentence ("met in 2005 while filming Dry Creek, which was
# released the following year"): a date, no word of what the sentence claims; the year after that one,
# where the sentence gives one year (among its words, and the years of a clause that tells it:
# Comparer._view_traits_of).
_NEXT_YEAR = re.compile(r"\b(?:the following year|the next year|a year later)\b", re.IGNORECASE)


# What two people did as a couple ("made their red-carpet debut as a couple"), which one of them may
# have done alone before ("first walked a red carpet at the premiere of her first film").
_AS_A_COUPLE = re.compile(r"\bas an? (?:couple|pair|twosome|item)\b", re.IGNORECASE)


# An age set after a name by commas ("Sadie, 6, and Beau, 4"; "Ann Lee, 35, and Bob Ray have been dating"):
# part of naming them, no claim of its own, so no word of the sentence's substance (its facts and figures
# still tell two ages apart).
_APPOSITIVE_AGE = re.compile(r"(\b[A-Z][\w'\u2019-]*),\s+\d{1,3}(?=\s*(?:,|\band\b|\.|;|$))")


def _apposed(text: str, at: int) -> bool:
    """Whether offset `at` of the text is an age set after a name (_APPOSITIVE_AGE)."""
    return any(m.end(1) <= at < m.end() for m in _APPOSITIVE_AGE.finditer(text))


# "Her relationship with [actor] Bob Ray began in 2019": the phrase "relationship began" (a romance's
# start) around the partner's name, who is named (not "her relationship with her father began") and
# not a colleague ("their working relationship with Bob Ray began"); "began to sour" is no beginning.
_RELATIONSHIP_WITH = re.compile(r"(?<!working )(?<!business )(?<!professional )(?<!creative )\brelationship\s+with\s+"
                                r"(?:[a-z-]+\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:began|started)\b(?!\s+to\b)")
_ANY_WEEKDAY_OR_AGO = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r"|ago|last|earlier|past)\b", re.IGNORECASE)  # cheap test first


# Sons and daughters named in a list ("daughter Ivy and son Tom"): children named, as "two children,
# Ivy and Tom" says (the names tell which). One son or daughter alone keeps the word ("her son Tom").
_CHILD_NAMED = re.compile(r"\b(?:daughters?|sons?)(?=\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?,?\s+and\s+"
                          r"(?:(?:daughters?|sons?)\s+)?[A-Z])")
_CHILD_NAMED_SECOND = re.compile(r"(?<=\band\s)(?:daughters?|sons?)(?=\s+[A-Z])")
# Custody of two or more people named by a first name each ("joint custody of Bea and Cal", "custody of
# Bea, Cal and Dot"): custody of that many children, as "custody of their two children" says (the names
# tell which; the count is a figure of the sentence: "custody of their three children" is another claim).
# Not one name alone, nor a full name ("custody of Bea and Cal Ray's son"), nor names that a phrase after
# them tells the kind of ("custody of Bea and Cal, the couple's dogs").
_CUSTODY_OF_NAMED = re.compile(r"\bcustody\s+of\s+((?:[A-Z][\w\u2019'-]*,\s+)*[A-Z][\w\u2019'-]*,?\s+and\s+"
                               r"[A-Z][\w-]*)\b(?![\u2019']|\s+[A-Z]|,\s+(?:the|their|his|her|its|a|an)\b)")
_NUMBER_WORD = {n: w for w, n in NUMBER_VALUES.items()}


def _children_named(m: re.Match[str]) -> str:
    """"custody of the two children" for "custody of Bea and Cal" (_CUSTODY_OF_NAMED)."""
    return f"custody of the {_custody_count(m)} children"


def _custody_count(m: re.Match[str]) -> str:
    """How many children a match of _CUSTODY_OF_NAMED names, as a number word."""
    n = len(re.findall(r"[A-Z][\w\u2019'-]*", m.group(1)))
    return _NUMBER_WORD.get(n, str(n))


# A time told from where the article stands ("about a month ago", "last week", "on Tuesday night"):
# its year is the sentence's (Comparer._when_of), its words no part of what the sentence claims.
_WEEKDAY = "|".join(WEEKDAYS)
_FROM_THE_ARTICLE = re.compile(
    rf"\b(?:(?:on|last|this|since|until)\s+)?(?:{_WEEKDAY})(?:\s+(?:night|morning|afternoon|evening))?\b"
    r"|\b(?i:(?:about|nearly|almost|some|just|roughly|more than|less than)\s+)?(?i:a|an|one|two|three|four|a few|several)"
    r"\s+(?i:days?|weeks?|months?)\s+(?i:ago)\b|\b(?i:last|earlier this|this past)\s+(?i:week|weekend|month)\b")


def _names_taken(text: str) -> frozenset[str]:
    """The names a text says someone goes by or has taken ("now goes by Ann Ray": "@ann ray"): what
    such a sentence claims is the name, which the words of names left out of its substance would
    lose (a word no article uses)."""
    if "name" not in text and "goes by" not in text:
        return _EMPTY
    return frozenset("@" + m.group(1).lower() for m in _NAME_TAKEN.finditer(text))


_NAME_TAKEN = re.compile(r"\b(?:goes by|go by|went by|taken the name|took the name|changed (?:her|his|their) name to)\s+"
                         r"([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")


def _as_compared(text: str) -> str:
    """The text whose words make a sentence's substance: without the ages set after names and the
    times told from the article's date, a time told from another year ("the following year") as the
    year after it where the sentence gives one year, a son or a daughter named as a child, children
    named after "custody of" as the children, and a judge who "signed off" as one who finalized
    (_APPOSITIVE_AGE, _FROM_THE_ARTICLE, _NEXT_YEAR, _CHILD_NAMED, _CUSTODY_OF_NAMED, _SIGNED_OFF)."""
    text = _APPOSITIVE_AGE.sub(r"\1", text)
    if "elationship" in text:
        text = _RELATIONSHIP_WITH.sub("relationship began", text)
    if _ANY_WEEKDAY_OR_AGO.search(text):
        text = _FROM_THE_ARTICLE.sub(" ", text)
    if _CHILD_NAMED.search(text):
        text = _CHILD_NAMED_SECOND.sub("child", _CHILD_NAMED.sub("child", text))
    if "custody of" in text:
        text = _CUSTODY_OF_NAMED.sub(_children_named, text)
    if "signed off" in text:
        text = _SIGNED_OFF.sub(r"\1 finalized", text)
    if "year" in text and _NEXT_YEAR.search(text):
        years = set(_YEAR.findall(text))
        text = _NEXT_YEAR.sub(f" {int(years.pop()) + 1} " if len(years) == 1 else " ", text)
    return text


# Someone's parent, child or sibling left unnamed: "Mara Lind's father runs a bakery" is not about
# her ("Lind's daughter, Ivy," and "Lind's daughter Ivy" name whom they tell of); "her mother", "his
# brother" too (not "her son": the couple's children are the story's, "won custody of her son").
_KIN_OF = re.compile(r"[A-Z][\w-]*['\u2019]s\s+(father|mother|dad|mom|mum|parents|brother|sister|son|daughter)\b"
                     r"(?!,?\s+[A-Z])|\b(?:[Hh]er|[Hh]is)\s+(father|mother|dad|mom|mum|parents|brother|sister)\b(?!,?\s+[A-Z])"
                     # kin named in apposition, whose own the figure may be: "Ray's sister, Jo Ray, went
                     # through a custody battle that lasted two years as well"
                     r"|[A-Z][\w-]*['\u2019]s\s+(?:younger\s+|older\s+|elder\s+|little\s+|big\s+)?(brother|sister),\s+[A-Z]")


# Since Python 3.10 every empty frozenset is an object of its own (216 bytes): the traits of 120,000
# sentences hold a million of them. They share one, as the few combinations of stages share a tuple.
_EMPTY: frozenset[Any] = frozenset()
_NO_VALUES: dict[Any, Any] = {}  # never changed
_STAGES: dict[tuple[frozenset[int], ...], tuple[frozenset[int], ...]] = {}


def _fresh(_key: str, compute: Callable[[], T]) -> T:
    """compute(), kept nowhere (a `_memo` that remembers nothing)."""
    return compute()


def _norm(vector: Mapping[str, float]) -> float:
    """A weighted vector's length. math.fsum: the exact sum, whatever the order the words come in
    (a set's order changes with PYTHONHASHSEED; a float sum in that order could move a score across
    a threshold)."""
    return math.sqrt(math.fsum(v * v for v in vector.values())) or 1.0


_KIN_STEMS = frozenset(stem(w) for w in RELATION_WORDS if " " not in w)
_TIME_STEMS = frozenset(stem(w) for w in (*TIME_WORDS, *RELATIVE_TIME_WORDS.split()))
_MONTH_STEMS = frozenset(stem(m.lower()) for m in MONTH_NAMES)
_REGION_STEMS = frozenset(stem(r.lower()) for r in REGIONS if " " not in r)  # "in Taos, New Mexico": a place's region


def _lean(found: frozenset[T]) -> frozenset[T]:
    """The set, or the one shared empty set when it is empty."""
    return found or _EMPTY


class _BuildMemo:
    """What a cache table keeps (Table: get_or_compute, put, `in`), kept for this build alone."""

    def __init__(self) -> None:
        self._found: dict[str, Any] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._found

    def get_or_compute(self, key: str, compute: Callable[[], T]) -> T:
        if key in self._found:
            return self._found[key]  # type: ignore[no-any-return]
        value = self._found[key] = compute()
        return value

    def put(self, key: str, value: object) -> None:
        self._found[key] = value


def _memo(cache: Cache | None, stage: str) -> Table | _BuildMemo:
    """A cache table, or a memo of this build alone."""
    return cache.table(stage) if cache is not None else _BuildMemo()


def _substance(text: str, leave_out: frozenset[str]) -> frozenset[str]:
    """The stems of what a text says, without the words `leave_out` (Comparer._left_out): see substance."""
    return _lean(concept_stems(_as_compared(text), leave_out) | _names_taken(text))


def _stems_key(text: str, leave_out: frozenset[str]) -> str:
    """The key of a text's stems, without the words `leave_out`, in the table traits-stems."""
    return repr((text, sorted(leave_out)))


def _when(text: str, published: str) -> frozenset[str]:
    """The years a text tells relative to its article's date (extract.relative_years), worked out."""
    return _lean(frozenset(y for y, _a, _b in relative_years(text, published)) | _weeks_ago(text, published))


# What reads the sentences' texts alone: each text's _TextTraits, and the years a text tells relative
# to an article's date, by its key in the table traits-when (text_work_later, Comparer._work_out_texts).
TextWork = tuple[dict[str, _TextTraits], dict[str, frozenset[str]]]
NO_TEXT_WORK: TextWork = ({}, {})


def text_work_later(sentences: Sequence[Sentence], published: Mapping[str, str],
                    cache: Cache | None = None) -> Callable[[], TextWork]:
    """What gives the work on the texts that the cache's tables lack: where there are many (a cold
    build), worked out in a process of its own (parallel.in_background) while the build goes on (the
    texts are the segmenter's; recognising the people changes none); else nothing, left to the Comparer."""
    table = _memo(cache, "traits-text")
    dates = _missing_texts(sentences, published, table)
    if not in_parallel(len(dates)):
        return partial(_given, NO_TEXT_WORK)
    return in_background(partial(_text_work, [(text, sorted(found)) for text, found in dates.items()]), len(dates),
                         PARALLEL_MIN)


def _missing_texts(sentences: Sequence[Sentence], published: Mapping[str, str],
                   table: Table | _BuildMemo) -> dict[str, set[str]]:
    """Each text missing from the table traits-text -> the dates (to the month at least) of its articles."""
    dates: dict[str, set[str]] = {}
    for s in sentences:
        if s.text not in table:
            date = published.get(s.source, "")
            dates.setdefault(s.text, set()).update([date] if len(date) >= 7 else ())  # _when_of
    return dates


def _text_work(texts: Sequence[tuple[str, Sequence[str]]]) -> TextWork:
    """The _TextTraits of each text, and the years it tells relative to each of its dates."""
    return ({text: _TextTraits.of(text) for text, _dates in texts},
            {repr((date, text)): _when(text, date) for text, dates in texts for date in dates})


def _text_parts(text: str, dates: Sequence[str]) -> TextWork:
    """_text_work of one text."""
    return _text_work([(text, dates)])


def _given(value: T) -> T:
    return value


def _words_of(text: str) -> frozenset[str]:
    """Every word of a text, lower-cased, small words too."""
    return frozenset(_WORD.findall(text.lower().replace("\u2019", "'")))


def _one_holds_the_other(words: dict[str, frozenset[str]], a: Sentence, b: Sentence) -> bool:
    """Whether every word of one sentence is in the other (`words`: each sentence's, filled as needed)."""
    for s in (a, b):
        if s.id not in words:
            words[s.id] = _words_of(s.text)
    return words[a.id] <= words[b.id] or words[b.id] <= words[a.id]


_AGO = re.compile(r"\b(?:a|an|one|two|three|a few|several)\s+(days?|weeks?|month)\s+ago\b|\blast month\b", re.IGNORECASE)


def _mentioned_words(s: Sentence) -> frozenset[str]:
    """The words of the names of the people a sentence names, lower case."""
    return frozenset(w.lower() for m in s.mentions for w in m.person.split())


def _weeks_ago(text: str, published: str) -> frozenset[str]:
    """The article's year, where the text tells of days, weeks or a month before its date ("signed
    off about a month ago"), the date being in the year's second month or later (extract.relative_years
    reads weeks, weekdays and months, not these)."""
    if "ago" not in text and "last month" not in text.lower():
        return _EMPTY
    return frozenset([published[:4]]) if _AGO.search(text) and int(published[5:7]) >= 2 else _EMPTY


def _same_people(ta: Traits, tb: Traits, a: Sentence, b: Sentence) -> bool:
    """Whether two sentences name the same people: the same name words, but for the words of a full
    name one of them gives whose other words the other has ("Ann Lee" / "Lee")."""
    runs_a, runs_b = ta.runs | _run_names(a), tb.runs | _run_names(b)
    return _among(ta.names - tb.names, runs_a, tb.names, runs_b) and _among(tb.names - ta.names, runs_b, ta.names, runs_a)


def _one_of_them(t: Traits, couple: frozenset[tuple[str, ...]]) -> bool:
    """Whether a sentence names one of the two people or more whose full names `couple` gives, and
    only that one: all its name words are of one of them ("Nora Quill" beside "Nora Quill and Abel
    Frost"; not "Quill and Frost")."""
    return len(couple) >= 2 and bool(t.names) and any(t.names <= set(r) for r in couple)


def _namesakes(runs_a: frozenset[tuple[str, ...]], runs_b: frozenset[tuple[str, ...]]) -> bool:
    """Whether one sentence gives a full name and the other a full name of the same surname with
    another first name, and neither gives the other's ("Ida Quill" / "Nora Quill": two people)."""
    return any(ra[-1] == rb[-1] and ra[0] != rb[0] and len(ra) > 1 and len(rb) > 1
               and not any(r[0] == ra[0] for r in runs_b) and not any(r[0] == rb[0] for r in runs_a)
               for ra in runs_a for rb in runs_b)


def _run_names(s: Sentence) -> frozenset[tuple[str, ...]]:
    """The runs of two or more capitalised words of a sentence that may name someone (_name_runs), lower case."""
    return _lower_runs(s.text, _quoted(s))


@lru_cache(maxsize=65536)
def _lower_runs(text: str, quoted: tuple[tuple[int, int], ...]) -> frozenset[tuple[str, ...]]:
    """_run_names of a text and its quotations, worked out once (asked for at every comparison)."""
    return frozenset(tuple(w.lower() for w in run) for _start, _end, run in _name_runs_in(text, quoted, False))


def _among(extra: frozenset[str], runs: frozenset[tuple[str, ...]], other: frozenset[str],
           other_runs: frozenset[tuple[str, ...]]) -> bool:
    """Whether each of the `extra` name words is of a full name (`runs`) another word of which is in
    `other`, where the other sentence gives no other full name with that word ("Ida Quill" / "Nora Quill")."""
    return all(any(w in r and set(r) & other and not any(r2 != r and set(r2) & set(r) for r2 in other_runs)
                   for r in runs) for w in extra)


class Comparer:
    """Compares the sentences of one corpus: what each says in substance, and what tells two
    apart. Each sentence's traits are worked out once, however many candidates it meets."""

    def __init__(self, sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                 published: Mapping[str, str] | None = None, cache: Cache | None = None,
                 ahead: TextWork = NO_TEXT_WORK):
        """`ahead`: the work on texts that the tables lack, done before (text_work_later)."""
        self.facts = facts
        # Work that reads only a sentence's text (and what is named in the key) is done once per
        # distinct text, and kept from build to build in the cache's tables.
        self._text_table = _memo(cache, "traits-text")
        self._stem_table = _memo(cache, "traits-stems")
        self._when_table = _memo(cache, "traits-when")
        self._texts = self._text_table.get_or_compute
        self._stems = self._stem_table.get_or_compute
        self._names = _memo(cache, "traits-names").get_or_compute
        self.view = _carried(sentences, self._names_of)  # names_in_view(sentences)
        # The words of every name the corpus gives: such a word alone and capitalised is a name too.
        self.known = frozenset(w for ws in self.view.values() for w in ws)
        self._work_out_texts(sentences, published or {}, ahead)
        self.when = {s.id: self._when_of(s.text, (published or {}).get(s.source, "")) for s in sentences}
        self._traits: dict[str, Traits] = {}
        # The views (clauses.views) being compared: their facts, traits and weighted vectors, by view
        # id, held only while their sentence is (_forget_views): 5,000 articles have 200,000 views.
        self.facts_of_views: dict[str, tuple[Fact, ...]] = {}
        self._view_traits: dict[str, Traits] = {}
        self._view_vectors: dict[str, tuple[dict[str, float], float]] = {}
        self._views: dict[str, list[View]] = {}  # views(s) of the sentences being compared
        self._idf: dict[str, float] = {}
        self._unseen = 0.0
        # _index's answer, for the sentences it was given
        self._indexed: tuple[Sequence[Sentence], tuple[list[frozenset[str]], list[dict[str, float]], list[float],
                                                         dict[str, list[int]]]] | None = None
        self._numbers: dict[str, frozenset[str]] = {}

    def _names_of(self, s: Sentence) -> frozenset[str]:
        """names(s), once per text, quoted stretches and people named."""
        key = repr((s.text, [(a - s.start, b - s.start) for a, b in s.quotes], [m.person for m in s.mentions]))
        return self._names(key, lambda: _lean(names(s)))

    def _when_of(self, text: str, published: str) -> frozenset[str]:
        """The years a text tells relative to its article's date (extract.relative_years), once per text and date."""
        if len(published) < 7:
            return _EMPTY  # relative_years needs the month
        return self._when_table.get_or_compute(repr((published, text)), lambda: _when(text, published))

    def _work_out_texts(self, sentences: Sequence[Sentence], published: Mapping[str, str], ahead: TextWork) -> None:
        """Where many texts are missing from the tables (a cold build), keep in them what was worked out
        `ahead`, work out on several cores (generator/parallel.py) what reads a text alone and its years
        relative to its articles' dates for the other texts, then its stems without each set of words
        its sentences leave out: the same values the lookups would compute one by one."""
        self._keep(ahead)
        dates = _missing_texts(sentences, published, self._text_table)
        if in_parallel(len(dates)):
            for work in run_all([partial(_text_parts, text, sorted(found)) for text, found in dates.items()]):
                self._keep(work)
        elif not ahead[0]:
            return  # few new texts (a warm build): their stems are worked out when needed
        wanted: dict[str, tuple[str, frozenset[str]]] = {}  # each stems key missing -> its text and words left out
        for s in sentences:
            leave_out = self._left_out(self._texts(s.text, partial(_TextTraits.of, s.text)), _mentioned_words(s))
            key = _stems_key(s.text, leave_out)
            if key not in self._stem_table:
                wanted[key] = (s.text, leave_out)
        if in_parallel(len(wanted)):
            for key, value in zip(wanted, run_all([partial(_substance, *found) for found in wanted.values()]),
                                  strict=True):
                self._stem_table.put(key, value)

    def _keep(self, work: TextWork) -> None:
        """Keep the work done on texts in the tables, where they lack it."""
        texts, whens = work
        for text, own in texts.items():
            if text not in self._text_table:
                self._text_table.put(text, own)
        for key, value in whens.items():
            if key not in self._when_table:
                self._when_table.put(key, value)

    def _left_out(self, own: _TextTraits, mentioned: frozenset[str]) -> frozenset[str]:
        """The words left out of a sentence's substance: of the people it names (`mentioned`), of
        its runs of capitalised words, the capitalised words of the corpus's names and the words a
        report is credited to (names(s, places=True) | (_capitalised(s.text) & known): see substance)."""
        return mentioned | own.run_words | (own.capitalised & self.known) | own.credited

    def traits(self, s: Sentence) -> Traits:
        """The sentence's traits (cached by sentence id); a view's, while it is compared (_view_vector)."""
        got = self._traits.get(s.id) or self._view_traits.get(s.id)
        if got is None:
            got = self._traits[s.id] = self._worked_out(s, self._texts, self._stems)
        return got

    def _worked_out(self, s: Sentence, texts: Callable[[str, Callable[[], _TextTraits]], _TextTraits],
                    stems: Callable[[str, Callable[[], frozenset[str]]], frozenset[str]]) -> Traits:
        """traits(s), worked out; `texts` and `stems` keep (or not: a view's) what reads the text alone."""
        fs = self.facts.get(s.id) or self.facts_of_views.get(s.id, ())
        text = s.text
        own = texts(text, lambda: _TextTraits.of(text))
        measured: dict[tuple[str, str], set[str]] = defaultdict(set)
        for f in fs:
            if f.kind in MEASURES and f.slot not in OPEN_MEASURES:
                measured[(f.kind, f.slot)] |= self._numbers_in(text[f.span.start - s.start:f.span.end - s.start])
        named = (own.capitalised & self.known) - own.credited
        leave_out = self._left_out(own, _mentioned_words(s))
        main_negated, negated_clauses = negation(s.outside_quotes() if s.quotes else text)
        substance = stems(_stems_key(text, leave_out), lambda: _substance(text, leave_out))
        events = substance & EVENT_CONCEPTS
        passing = in_passing(text) if events else ()
        if passing:
            told = frozenset().union(*(concept_stems(part, leave_out) for part in _PHRASE_BREAK.split(text)
                                       if part not in passing))
            events = _lean(events & told)
        return Traits(
            names=_lean((self.view.get(s.id) or self._names_of(s)) | named if named
                        else self.view.get(s.id) or self._names_of(s)),
            years=_lean(own.years | {f.value for f in fs if f.kind == "year"} | self.when.get(s.id, _EMPTY)),
            values={(f.kind, f.slot): f.value for f in fs if f.kind in NUMERIC_KINDS} if fs else _NO_VALUES,
            apposed_ages=_lean(frozenset((f.kind, f.slot) for f in fs if f.kind == slots.AGE
                                         and _apposed(text, f.span.start - s.start))) if fs else _EMPTY,
            numbers=own.numbers, unaged=own.unaged, measured={k: frozenset(v) for k, v in measured.items()} if measured else _NO_VALUES,
            stages=own.stages,
            year_slots=_lean(frozenset(f.slot for f in fs if f.kind == "year")), speaker=s.speaker or s.answer_by or "",
            substance=substance, events=events,
            runs=_lean(_full_names(s)) if s.mentions else _EMPTY,
            days=own.days, places=_lean(own.places - self.known) if own.places else _EMPTY,
            negated=main_negated, kin=own.kin, couple=own.couple,
            negated_clauses=tuple(stems(repr((clause, sorted(leave_out))), partial(_lean_stems, clause, leave_out))
                                  for clause in negated_clauses))

    def _numbers_in(self, text: str) -> frozenset[str]:
        found = self._numbers.get(text)
        if found is None:
            found = self._numbers[text] = _numbers(text)
        return found

    def apart_because(self, a: Sentence, b: Sentence, close: bool = False) -> str:
        """What shows two sentences are about different things ("" when nothing does). `close`: their
        words are close (a weighted cosine from PARAPHRASE): an event one of them names only in
        passing ("split in 2018, a decade after their wedding") does not tell them apart; for a looser
        pair it does (the words they share may be another claim each also makes)."""
        ta, tb = self.traits(a), self.traits(b)
        if ta.names and tb.names and not ta.names & tb.names:
            return "the same words about different people"
        if any(not set(r) & tb.names for r in ta.runs) and any(not set(r) & ta.names for r in tb.runs):
            return "each names someone the other does not: another partner, another person"
        if ta.kin != tb.kin:
            return "one tells of someone's unnamed parent, child or sibling, the other of them"
        runs_a, runs_b = ta.runs | _run_names(a), tb.runs | _run_names(b)
        if _namesakes(runs_a, runs_b):
            return "two people of one surname: another first name"
        if ta.couple != tb.couple and _one_of_them(tb if ta.couple else ta, runs_a if ta.couple else runs_b):
            return "what two did as a couple, and what one of them did, alone perhaps: her own debut / theirs"
        if ta.days and tb.days and not {d[:3] for d in ta.days} & {d[:3] for d in tb.days}:
            return "exact dates in different months: different events (days of one month may disagree)"
        if ta.negated != tb.negated or ta.negated_clauses or tb.negated_clauses:
            shared = ta.substance & tb.substance
            if (ta.negated or any(c & shared for c in ta.negated_clauses)) \
                    != (tb.negated or any(c & shared for c in tb.negated_clauses)):
                return "one says that something did not happen"
        if ta.speaker and tb.speaker and ta.speaker != tb.speaker:
            return "different speakers"
        if (often_a := how_often(a.text)) and (often_b := how_often(b.text)) and often_a != often_b:
            return "how often, said two ways: see their father several times a week / on alternate weekends"
        if ta.years and tb.years and not ta.years & tb.years:
            return "different years: different events, or a count at two dates"
        measured = ta.measured.keys() & tb.measured.keys()
        # an age set after a name where both give one year is the age at writing, no figure of the claim
        # ("Ray, 46, has served in the Senate since 2013" / "Ray, 49, ..."; not "Bea, 8, won the bee" / "Bea, 12, ...")
        one_year = bool(ta.years & tb.years)
        na = (ta.unaged if one_year else ta.numbers) - frozenset().union(*(ta.measured[k] for k in measured))
        nb = (tb.unaged if one_year else tb.numbers) - frozenset().union(*(tb.measured[k] for k in measured))
        if na and nb and not (na <= nb or nb <= na):
            return "figures of their own on both sides: a count, an age, a sum at two values"
        if bool(_counted_by_ordinal(ta.numbers)) != bool(_counted_by_ordinal(tb.numbers)):
            return "one counts a thing by an ordinal the other does not give: her second child / their children"
        ages = ta.apposed_ages | tb.apposed_ages if one_year else _EMPTY
        if any(ta.values[k] != tb.values[k] for k in ta.values.keys() & tb.values.keys() - measured - ages):
            return "a count or an age with another value: another date, another claim"
        if _told_of_one_subject_apart(a.text, b.text):
            return "the same words of whom, then nothing alike of what: was a bridesmaid / gave a reading"
        if any(sa and sb and not sa & sb for sa, sb in zip(ta.stages, tb.stages, strict=True)):
            return "another stage of the story: asked for / granted; engaged / married"
        if ta.year_slots and tb.year_slots and not ta.year_slots & tb.year_slots:
            return "dated events of different kinds"
        if (ta.events != tb.events) if close else (ta.substance & EVENT_CONCEPTS != tb.substance & EVENT_CONCEPTS):
            return "an event one tells and the other does not: they met at a university / a fundraiser"
        return ""

    def same_event(self, a: Sentence, b: Sentence, shared: frozenset[str], score: float) -> bool:
        """Whether two sentences that nothing tells apart and that share the stems `shared`
        tell of one thing in other words, though their words are too few or too different for
        the cosine (from ANCHORED), and one of them dates no event (where both do, their facts
        join them, not these looser ways: "..., who married in 1993 and divorced in 2002, said"
        and "the exes, who married in 1993 and divorced in 2002, have come a long way"): they share the concept of a dated event and a year or a place;
        or (from LOOSE) they name
        the same people and share a concept and another word (or name three people or more), or
        the people of one are among the other's and they share three words, a concept among them;
        or every stem of the one (two or more) is the other's."""
        ta, tb = self.traits(a), self.traits(b)
        concepts = {w for w in shared if w.startswith("_")}
        if not concepts or not (ta.names & tb.names) or (ta.year_slots and tb.year_slots):
            return False  # two sentences that both date events: their facts join them, where they agree
        if score < ANCHORED:
            return False
        if concepts & EVENT_CONCEPTS and (ta.years & tb.years or ta.places & tb.places):
            return True
        if score < LOOSE:
            return False
        words = {w for w in shared if not w.isdigit()}  # a year in common is no second word
        if (ta.names == tb.names or _same_people(ta, tb, a, b)) and (len(words) >= 2 or len(ta.names) >= 6):
            return True
        if (ta.names <= tb.names or tb.names <= ta.names) and len(words) >= 3:
            return True
        small, big = sorted((ta.substance, tb.substance), key=len)
        small_t, big_t = (ta, tb) if small is ta.substance else (tb, ta)
        return len(small) >= 2 and small <= big and all(
            x <= y for x, y in zip(small_t.stages, big_t.stages, strict=True))

    def told_apart(self, a: Sentence, b: Sentence, close: bool = False) -> bool:
        """Whether something the two sentences state shows they are about different things."""
        return bool(self.apart_because(a, b, close))

    def paraphrase_links(self, sentences: Sequence[Sentence], repeats: list[tuple[Sentence, Sentence]] | None = None
                         ) -> list[tuple[float, Sentence, Sentence]]:
        """(similarity, a, b) for every pair of sentences of different sources that say the same
        thing in other words, best first. With `repeats`, the pairs (small, big) of sentences of one
        article where the one says almost nothing the other does not (REPEAT of its stems: a lede and
        the body that tells it again) are added to it. A sentence of several clauses (clauses.views)
        is linked with a sentence of one clause only where no clause of it that shares words with
        that one tells of other people ("Park moved to Denver in 2019, and Lind stayed in Boston with
        the twins" / "Lind moved to Denver with the twins" share their words across two clauses)."""
        bags, vectors, norms, postings = self._index(sentences)
        n = len(sentences)
        out: list[tuple[float, Sentence, Sentence]] = []
        words: dict[str, frozenset[str]] = {}  # each sentence's words, once, where an article's pair needs them
        for i in range(n):
            seen: set[int] = set()  # the j met with this i (a pair (i, j) is met only while i is)
            for w in bags[i]:
                for j in postings.get(w, ()):
                    if j <= i or j in seen:
                        continue
                    seen.add(j)
                    a, b = sentences[i], sentences[j]
                    if a.source == b.source:
                        if repeats is not None and _one_holds_the_other(words, a, b):  # cheap: most pairs stop here
                            small, big = sorted(((bags[i] | self._names_of(a), a), (bags[j] | self._names_of(b), b)),
                                                key=lambda x: (len(x[0]), x[1].index))
                            if len(small[0]) >= MIN_REPEAT and len(small[0] & big[0]) >= REPEAT * len(small[0]) \
                                    and words[small[1].id] <= words[big[1].id] \
                                    and not self.told_apart(small[1], big[1]):
                                repeats.append((small[1], big[1]))
                        continue
                    score = self._linked(a, vectors[i], norms[i], b, vectors[j], norms[j])
                    if score is None:
                        continue
                    if bool(self._views_of(a)) != bool(self._views_of(b)):
                        whole, one = (a, b) if self._views[a.id] else (b, a)
                        apart = any(self._other_people(v, whole, one) for v in self._views[whole.id])
                        self._forget_views()
                        if apart:
                            continue
                    out.append((score, a, b))
        out.sort(key=lambda x: (-x[0], x[1].id, x[2].id))
        return out

    def _view_link(self, view: View, whole: Sentence, b: Sentence, vb: Mapping[str, float], nb: float) -> bool:
        """Whether the view (clauses.views) of `whole` states what `b` states."""
        vec, norm = self._view_vector(view, whole)
        return self._view_states(view, whole, b) and self._linked(view.sentence, vec, norm, b, vb, nb) is not None

    def _view_vector(self, view: View, whole: Sentence) -> tuple[dict[str, float], float]:
        """A view's weighted vector and its norm, in the corpus's weights (_index)."""
        v = view.sentence
        if v.id not in self._view_vectors:
            vec = {w: self._idf.get(w, self._unseen) for w in self._view_traits_of(view, whole).substance}
            self._view_vectors[v.id] = (vec, _norm(vec))
        return self._view_vectors[v.id]

    def _view_traits_of(self, view: View, whole: Sentence) -> Traits:
        """A view's traits, its facts and the people in view there (its own names, else its sentence's),
        worked out afresh, not kept in the cache's tables (a view's text is no sentence's), and held
        until _forget_views. A view that dates nothing tells of its sentence's years ("Ann Lee, who
        married in 2010, moved to Denver" is no telling of "moved to Denver in 2015"), but where it tells
        "the following year" of the one year the rest of its sentence gives: the year after it ("met in
        2005 while filming Dry Creek, which was released the following year": 2006)."""
        v = view.sentence
        if v.id not in self._view_traits:
            self.facts_of_views[v.id] = view.facts
            self.view[v.id] = _lean(names(v)) or self.view.get(whole.id, _EMPTY)
            traits = self._worked_out(v, _fresh, _fresh)
            if not traits.years and "year" in v.text and _NEXT_YEAR.search(v.text) \
                    and len(years := set(_YEAR.findall(whole.text))) == 1:
                traits = replace(traits, years=frozenset([str(int(years.pop()) + 1)]))
            elif not traits.years and self.traits(whole).years:
                traits = replace(traits, years=self.traits(whole).years)
            self._view_traits[v.id] = traits
        return self._view_traits[v.id]

    def _views_of(self, s: Sentence) -> list[View]:
        """clauses.views(s), with its facts, until _forget_views."""
        found = self._views.get(s.id)
        if found is None:
            found = self._views[s.id] = views(s, self.facts.get(s.id, ()))
        return found

    def _forget_views(self) -> None:
        """Let go of the views compared so far, and of all that was worked out for them."""
        for found in self._views.values():
            for v in found:
                for table in (self.facts_of_views, self._view_traits, self._view_vectors, self.view):
                    table.pop(v.sentence.id, None)
        self._views.clear()

    def index(self, sentences: Sequence[Sentence]) -> None:
        """Work out every sentence's traits, and the corpus's weights (_index), ahead of the comparisons."""
        self._index(sentences)

    def _index(self, sentences: Sequence[Sentence]) -> tuple[list[frozenset[str]], list[dict[str, float]],
                                                              list[float], dict[str, list[int]]]:
        """Each sentence's substance, its vector weighted by the corpus's IDF (kept for the views:
        _view_vector) and its norm, and the inverted index of the rare stems (stem -> the sentences
        that have it)."""
        if self._indexed is not None and self._indexed[0] is sentences:
            return self._indexed[1]
        bags = [self.traits(s).substance for s in sentences]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag)
        n = len(sentences)
        idf = {w: math.log((n + PRIOR) / (d + 0.5)) for w, d in df.items()}
        self._idf, self._unseen = idf, math.log((n + PRIOR) / 0.5)  # the weights a view's words take
        vectors = [{w: idf[w] for w in bag} for bag in bags]
        norms = [_norm(vec) for vec in vectors]
        postings: dict[str, list[int]] = defaultdict(list)
        for i, bag in enumerate(bags):
            for w in bag:
                if df[w] <= max(2, RARE * n) and df[w] <= MAX_CANDIDATES:
                    postings[w].append(i)
        self._indexed = (sentences, (bags, vectors, norms, postings))
        return bags, vectors, norms, postings

    def _linked(self, a: Sentence, va: Mapping[str, float], na: float,
                b: Sentence, vb: Mapping[str, float], nb: float) -> float | None:
        """The weighted cosine of two sentences of different articles that state the same claim
        (None when they do not): close enough, each sharing MIN_CONTAINED of its weight with the
        other, and nothing telling them apart."""
        shared = frozenset(va.keys() & vb.keys())
        common = math.fsum(va[x] * vb[x] for x in shared)
        score = common / (na * nb)
        if min(self._contained(a, va, na, b, vb, nb, shared, common)) < MIN_CONTAINED \
                or self.told_apart(a, b, score >= PARAPHRASE):
            return None  # one says much the other does not: its statement would claim more than both state
        if (score >= PARAPHRASE and sum(1 for w in shared if not w.isdigit()) >= MIN_SHARED
                or self.same_event(a, b, shared, score)):
            return score
        return None

    def _contained(self, a: Sentence, va: Mapping[str, float], na: float, b: Sentence, vb: Mapping[str, float],
                   nb: float, shared: frozenset[str], common: float) -> tuple[float, float]:
        """The share of each sentence's weight that the two have in common. Where they tell of one
        year (a year each names or dates: "on Tuesday night" in a July 2021 article, "in July 2021"),
        the years and months that one of them writes and the other does not are left out: the date
        is theirs alike, however each words it."""
        if not self.traits(a).years & self.traits(b).years:
            return common / na ** 2, common / nb ** 2
        dated = [x for x in (va.keys() | vb.keys()) - shared if x.isdigit() and len(x) == 4 or x in _MONTH_STEMS]
        if not dated:
            return common / na ** 2, common / nb ** 2
        sa = na ** 2 - math.fsum(va[x] ** 2 for x in dated if x in va)
        sb = nb ** 2 - math.fsum(vb[x] ** 2 for x in dated if x in vb)
        return (common / sa if sa > 0 else 1.0), (common / sb if sb > 0 else 1.0)

    def _other_people(self, view: View, whole: Sentence, b: Sentence) -> bool:
        """Whether the view of `whole` shares words with `b` but tells of people `b` does not, nor
        `b` of the view's only ("Park moved to Denver" / "Lind moved to Denver with the twins")."""
        self._view_traits_of(view, whole)
        if not self._core(view.sentence) & self._core(b):
            return False
        mine, theirs = self._people_of(view), self.traits(b).names
        return bool(mine and theirs) and not (mine <= theirs or theirs <= mine)

    def _people_of(self, view: View) -> frozenset[str]:
        """The name words in view in a view: its own (else its sentence's), and for a relative
        clause those of whom it tells."""
        return self.traits(view.sentence).names | {w.lower() for p in view.people for w in p.split()}

    def _view_states(self, view: View, whole: Sentence, b: Sentence) -> bool:
        """Whether a view of `whole` can state what `b` states, beyond the cosine: a view is short,
        so two words of three in common say little ("with Cortez keeping the house" / "Cortez sold
        the house"). The people of one (the names in view there) are among the other's,
        and the words of one are all the other's, two at least, but for dates, places and words of
        time ("married in Taos in May 2024" / "tied the knot in Taos, New Mexico"), the other adding
        no one's kin ("Lind now runs a bakery" / "Lind's father runs a bakery")."""
        mine, theirs = self._people_of(view), self.traits(b).names
        if not (mine and theirs and (mine <= theirs or theirs <= mine)):
            return False
        small, big = sorted((self._core(view.sentence), self._core(b)), key=len)
        if not (small <= big and not (big - small) & _KIN_STEMS):
            return False
        if len(small) >= 2:
            return True
        # One dated event's word alike, told at one place ("were married in Taos in May 2024" / "tied
        # the knot in Taos, New Mexico") or of one title ("Dry Creek, which was released the following
        # year" / "Dry Creek, starring ..., came out in 2010"): the place or the title says which event.
        tv, tb = self.traits(view.sentence), self.traits(b)
        return len(small) == 1 and small <= EVENT_CONCEPTS and bool(
            tv.places & tb.places or view.thing and view.thing <= _capitalised(b.text))

    def _core(self, s: Sentence) -> frozenset[str]:
        """A sentence's substance without its years, months, figures, places, regions and words of time."""
        t = self.traits(s)
        return frozenset(w for w in t.substance if not w.isdigit() and w not in _TIME_STEMS and w not in t.places
                         and w not in _MONTH_STEMS and w not in _REGION_STEMS)

    def clause_links(self, sentences: Sequence[Sentence]) -> list[tuple[Sentence, Sentence]]:
        """(a, b) for each sentence `a` one of whose views (clauses.views: the sentence without
        its other clauses) states what the sentence `b` of another article states, and `a` as a
        whole does not (paraphrase_links does not link them). The weights are the corpus's
        sentences' (a view changes none of them). A view's words are its sentence's, so it is
        compared only with the sentences that share two rare words with its sentence (MIN_SHARED:
        fewer, and no view of it states theirs); a sentence's views are worked out (only for a
        sentence that has such candidates: most have none), compared and let go of one sentence at a time."""
        bags, vectors, norms, postings = self._index(sentences)
        out: list[tuple[Sentence, Sentence]] = []
        for i, a in enumerate(sentences):
            shared = Counter(j for w in bags[i] for j in postings.get(w, ()) if sentences[j].source != a.source)
            candidates = sorted(j for j, n in shared.items() if n >= MIN_SHARED)
            if not candidates or not self._views_of(a):
                continue
            found = [j for j in candidates
                     if any(self._view_link(view, a, sentences[j], vectors[j], norms[j]) for view in self._views[a.id])]
            self._forget_views()
            out.extend((a, sentences[j]) for j in found)
        return out
