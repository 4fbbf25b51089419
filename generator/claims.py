"""Stage 6, claims: what the articles assert, each claim with every sentence of every article
that asserts it, and each sentence's fate (the claims it supports, or why it was set aside).

A claim is found two ways, both through keys (never by comparing every sentence with every
other): the sentences of one text group (the same words, see `corroborate.group_sentences`),
and the sentences that carry the same event fact (the same slot and value, about the same
people: "married in 2013" in four wordings). A sentence that carries two facts supports two
claims; one whose words say more than its facts also stands as a claim of its own.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import Any

from . import slots
from .cache import Cache, Table
from .clauses import blanked, joined_clauses, predicate_around, relative_clause_around, relative_clauses
from .corroborate import content_words
from .extract import MEANT, children_named_in, clause, list_items, month_at, months_of_date, months_said
from .interview import LABEL
from .lang.en import (
    CLOSING_LINE,
    CORRECTION,
    COUPLE_BY_TRADE,
    CREDIT_LINE,
    EVENT_STAGES,
    FAMILY_WORDS,
    FOR_THE_COUPLE,
    HEDGES,
    INSTITUTION_TAILS,
    MONTH_NAMES,
    NAME_STOPWORDS,
    NO_COMMENT,
    NUMBER_WORDS,
    ORGANISATION_TAILS,
    OUR_COUNT,
    PLURAL_REFERENCE,
    REASON_ASIDE,
    REASON_CLOSING,
    REASON_HEADING,
    REASON_NO_COMMENT,
    REASON_OTHERS,
    REASON_QUESTION,
    REASON_REPEAT,
    REASON_RUN_IN,
    REASON_SHORT_REPLY,
    REASON_TEASER,
    REPLY_CLAUSE,
    REPORT_VERBS,
    SHORT_REPLY_WORDS,
    STORY_SUBJECT,
    STORY_WORDS,
    TEASER,
    WHOSE_COUNT,
    YEAR,
)
from .model import ON_RECORD, PARTNER_KINDS, UNNAMED, Fact, Relation, Sentence
from .retracted import corrections as corrections_of
from .retracted import retracted_ids, retractions
from .segment import by_article, is_prose, says_it_is_unnamed
from .similar import concept_stems, names, people_in_view, stages_of, substance, unknown_names
from .unionfind import UnionFind

# The facts a claim can be keyed on: a dated event, a length of time, a sum for a named purpose.
YEAR_RE = re.compile(rf"\b{YEAR}\b")
KEY_SLOTS = slots.flagged("keyed")
KEY_KINDS = frozenset([slots.YEAR, slots.DURATION, slots.COUNT])
# The keyed slots of dated events (a wedding, a filing, a custody award), not lengths or counts.
EVENT_KEY_SLOTS = KEY_SLOTS & slots.names(kind=slots.YEAR)
# How many children: the same count of one parent and of the couple are two claims ("the father
# of two kids from his first marriage" / "the pair have two children together").
EXACT_SLOTS = slots.flagged("exact")
COUNT_SLOTS = KEY_SLOTS & slots.names(kind=slots.COUNT)
ONE_CLAIM_SLOTS = slots.flagged("one_value")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]+")
# A note that a request for comment went unanswered, with no more than this many words: longer, it
# says more ("..., and his lawyer said the filing was a surprise").
NO_COMMENT_WORDS = 20
# A sentence whose words outside its keyed facts' clauses hold this many content words says
# more than its facts, and also stands as a claim of its own.
RESIDUAL_WORDS = 5
# The share of what a wording says beyond its claim's fact that another article's sentence must say
# too for the statement to cite it (_keyed_claims).
SPLIT_SHARE = 0.5
# How many words a claim's wording must say beyond its fact for the statement to cite only the articles
# that say them too (_beyond): fewer is how any article tells it ("Ann Lee and Bob Ray wed in Reno").
BEYOND_WORDS = 2
# Words of any telling of a count or an event, no claim of their own (_beyond), as similar.concept_stems
# gives them.
# A count's children told by their ages and kinds ("two children, Ivy, 3, and baby son Tom, who is 10 months
# old") are the count's, no claim of their own.
COUNT_TELLING = frozenset(["have", "has", "share", "together", "coupl", "pair", "also", "parent", "_child",
                           "former", "ex", "exe", "their", "husband", "wife", "announc", "_announce", "confirm",
                           "old", "age", "month", "year", "week", "daughter", "son", "babi", "twin", "boy", "girl",
                           "eldest", "oldest", "youngest", "younger", "older", "littl", "young"])
# The share of its words (not figures) a count's sentence has in common with the sentences of its
# group that state the count's claim without it, from which it supports their claim (build_claims).
SUPPORT_SHARE = 0.5

Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class _Context:
    """What tells whom a fact is about: per sentence, the people in view there and just before
    it; per article, its pair (the two people it names together most); per person, the brothers
    and sisters the relations give."""

    view: Mapping[str, frozenset[str]]
    before: Mapping[str, frozenset[str]]
    pairs: Mapping[str, frozenset[str]]
    siblings: Mapping[str, frozenset[str]]
    couples: frozenset[frozenset[str]] = frozenset()  # the pairs the relations make partners
    former: frozenset[frozenset[str]] = frozenset()  # the pairs the relations make former spouses
    stranger_before: frozenset[str] = frozenset()  # sentences right after one naming someone not recognised
    shared: frozenset[str] = frozenset()  # articles that name another couple together as often as their pair
    two_couples: frozenset[str] = frozenset()  # articles that name together two couples with one person in common
    childlike: frozenset[str] = frozenset()  # the people the corpus names as children (extract.children_named_in)
    # sentences right after one that names another couple's wedding ("attended the wedding of Cara Wynn and Tom Ray"):
    # those of the two the corpus knows (wedding_of)
    wed_before: Mapping[str, frozenset[str]] = field(default_factory=dict)
    couple: frozenset[str] = frozenset()  # the corpus's couple (main_pair)
    young: frozenset[str] = frozenset()  # the people the articles name as young children (named_young)
    couple_alone_before: frozenset[str] = frozenset()  # sentences before which their article names the corpus's
    # couple, and else only young children (_couple_alone_before)
    after_new_partner: frozenset[str] = frozenset()  # sentences right after one that speaks of a partner it does not
    # name ("lives with a physiotherapist he met in 2022", "his girlfriend"): _NEW_PARTNER
    known: dict[tuple[str, Key], frozenset[str]] = field(default_factory=dict)  # _whom's answers, worked out once


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """One claim: the sentences that assert it, at most one per source (the one of that article
    that states it most plainly), the sentence chosen to word it, and the fact it is keyed
    on (None for a claim found by its words). A retracted sentence's claim (retracted.py) cites two
    of its article: the sentence, and the next one, which calls it wrong."""

    key: Key | None
    sentences: tuple[Sentence, ...]
    text: Sentence
    about: frozenset[str] = frozenset()  # whom a keyed claim's fact is about, in the sentence that words it


def reading_order(claim: ClaimGroup) -> tuple[str, int, Key]:
    """Claims in the order of their first sentence (the order the stage returns them in)."""
    return (claim.sentences[0].source, claim.sentences[0].index, claim.key or ("", ""))


def keys_of(facts: Sequence[Fact]) -> frozenset[Key]:
    """The keys a sentence's facts give it: (slot, value), or (slot, "") for a length that has
    one true value (how long the fight lasted), whose values, where articles differ, are one
    claim with a disagreement. The length of a marriage is not such a slot: "seven years" to the
    separation and "nearly a decade" to the divorce are both true."""
    return frozenset((f.slot, "" if f.slot in ONE_CLAIM_SLOTS else f.value) for f in facts
                     if f.kind in KEY_KINDS and f.slot in KEY_SLOTS)


def set_aside_reason(s: Sentence, facts: Sequence[Fact], name_words: frozenset[str] = frozenset()) -> str:
    """Why a sentence states no claim ("" when it may state one). A sentence resting on an
    unnamed source, or carrying a fact, is never set aside."""
    if s.attribution == UNNAMED or facts:
        return ""
    outside = s.outside_quotes().strip()
    if len(s.text.split()) < 2:
        return REASON_HEADING  # a word alone ("Money.", "Ann."), kept only as a heading run into its paragraph
    if not is_prose(s.text) or CREDIT_LINE.match(s.text):
        return REASON_HEADING
    if TEASER.match(s.text):
        return REASON_TEASER
    if CLOSING_LINE.search(s.outside_quotes()):
        return REASON_CLOSING
    if NO_COMMENT.search(outside) and len(outside.split()) <= NO_COMMENT_WORDS:
        return REASON_NO_COMMENT
    if outside.endswith("?") and not s.quotes:
        return REASON_QUESTION
    if (s.answer_by or s.asked_of) and _short_reply(s):
        return REASON_SHORT_REPLY
    if (not s.mentions and not _speech(s) and not names(s) and not FAMILY_WORDS.search(s.text)
            and not s.asked_of  # a question's premise tells of the interviewee ("You flew to the funeral.")
            and not (STORY_SUBJECT.match(s.text) and len(s.text.split()) >= STORY_WORDS and not s.text.rstrip().endswith("!"))
            and not CORRECTION.search(s.text)
            and s.attribution != ON_RECORD  # "Quay Records says it was paid on a regular basis": someone's claim
            and not name_words & set(_CAPITALISED_WORD.findall(s.text))):
        return REASON_ASIDE
    return ""


def _short_reply(s: Sentence) -> bool:
    """Whether a line of an interview is too short to state anything alone (SHORT_REPLY_WORDS):
    its words after a speaker's label, naming no one there and with no word of family."""
    label = LABEL.match(s.text)
    at = label.end() if label else 0
    said = s.text[at:].strip()
    words = said.split()
    return (len(words) < SHORT_REPLY_WORDS and not REPLY_CLAUSE.match(said) and not FAMILY_WORDS.search(said)
            and not any(ch.isdigit() for ch in said) and not any(m.start - s.start >= at for m in s.mentions)
            and not any(w[:1].isupper() for w in words[1:]))  # ("Ivy, obviously.": a name)


def _speech(s: Sentence) -> bool:
    """Whether the sentence quotes someone's words: a speaker, an interview's answer, or a quotation of
    four words or more (two quoted words are a title: "Or maybe "Miss Independent" is the better pick")."""
    return bool(s.speaker or s.answer_by) or any(len(s.text[a - s.start:b - s.start].split()) >= 4 for a, b in s.quotes)


def set_aside(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
              name_words: frozenset[str] = frozenset()) -> dict[str, str]:
    """Sentence id -> why it states no claim, for each sentence that states none. `name_words`:
    the words of the people's names, which a sentence may give without naming anyone clearly
    ("Ray" alone, where two Rays are named: people/names.SurnameBearers). A sentence of an item of
    a list about people the tool does not know ("2. Lola Vance and Rafe Stone / The country singer
    filed for divorce in 2019"), naming no one it knows and giving no fact of anyone named, is about
    others (extract.list_items), unless another reason sets it aside (the article's closing question)."""
    others = {s.id for article in by_article(sentences) for s, named in list_items(article)
              if not named and s.attribution != UNNAMED and not facts.get(s.id) and not any(m.explicit for m in s.mentions)}
    out = {s.id: r for s in sentences
           if (r := set_aside_reason(s, facts.get(s.id, ()), name_words) or (REASON_OTHERS if s.id in others else ""))}
    before: Sentence | None = None
    for s, after in pairwise(sentences):  # the first sentence of a paragraph, another after it
        if (out.get(s.id) in (REASON_ASIDE, REASON_HEADING) and after.source == s.source and after.paragraph == s.paragraph
                and (before is None or before.source != s.source or before.paragraph != s.paragraph)
                and len(s.text.split()) <= RUN_IN_WORDS and _RUN_IN.fullmatch(s.text) and not _FINITE.search(s.text)):
            out[s.id] = REASON_RUN_IN
        before = s
    return out


RUN_IN_WORDS = 5


# A run-in heading: one to RUN_IN_WORDS words ending in a full stop or a colon ("The filing.", "A word on vocabulary.",
# "Relocation: denied, for now."), with no finite verb ("It was chaos." is a sentence).
_RUN_IN = re.compile(r"[A-Z][^.!?]{0,40}[.:]")
_FINITE = re.compile(r"\b(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|do|does|did|said|says|"
                     r"told|went|got|came|made|took|saw|knew|felt|thought|I|we|he|she|they|it|you)\b", re.IGNORECASE)



def build_claims(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                 text_groups: Sequence[Sequence[Sentence]], relations: Sequence[Relation] = (),
                 aside: Mapping[str, str] | None = None, clause_links: Sequence[tuple[Sentence, Sentence]] = (),
                 cache: Cache | None = None, found_retracted: Mapping[str, str] | None = None
                 ) -> tuple[list[ClaimGroup], dict[str, str]]:
    """The claims, in order of their first sentence, and the reason each sentence that
    supports none of them was set aside (sentence id -> reason). `aside` is set_aside's answer,
    and `found_retracted` retracted.retractions' answer, when the caller has them already.

    A text group's sentences join the claim of each fact they carry; a sentence of the group
    that carries no keyed fact joins too when the group has one key only (the same words
    without the year). The group stands as a claim of its own when it has no key, or when a
    sentence of it says more than its facts and does not already word a keyed claim. A sentence
    one clause of which states what a sentence of another article states (`clause_links`, see
    corroborate.group_and_link) also supports that sentence's claims found by their words.
    `cache`: the texts' stems are kept in its table `claims-stems` from build to build."""
    aside = set_aside(sentences, facts) if aside is None else aside
    stems = _stems if cache is None else _stems_kept(cache.table("claims-stems"))
    # (a correction, which gives no fact (extract.extract_article), is a claim of its own words: never grouped
    # with the report it corrects)
    corrections = corrections_of(sentences)
    # (a sentence its article calls wrong in the next one is shown with it, as one claim: retracted.py)
    # (an off-topic one stays set aside: "Yesterday we reported that the weather would be sunny. That was wrong.")
    found_retracted = retractions(sentences) if found_retracted is None else found_retracted
    withdrawn = {told: after for told, after in found_retracted.items() if told not in aside}
    gone = retracted_ids(withdrawn)
    corrections -= gone
    keys = {s.id: keys_of(facts.get(s.id, ())) for s in sentences}
    groups = [[s for s in g if s.id not in aside and s.id not in corrections and s.id not in gone] for g in text_groups]
    groups = [g for g in groups if g] + [[s] for s in sentences if s.id in corrections and s.id not in aside]
    # (a count's sentence says more where its words beyond the count are a claim of their own: "his client is
    # asking for shared custody of the couple's two children" is not only their count, _beyond)
    more = {s.id: _says_more(s, facts.get(s.id, ())) or any(_beyond(s, k, facts, stems) for k in keys[s.id]
                                                            if k[0] in COUNT_SLOTS) for g in groups for s in g}
    keyed: dict[Key, list[Sentence]] = defaultdict(list)
    for group in groups:
        found = set().union(*(keys[s.id] for s in group))
        events = {k for k in found if k[0] in EVENT_KEY_SLOTS}
        for s in group:
            # (a count of someone else's children, "becoming stepmother to his three children", keys no claim of the
            # couple's count: _anothers_count)
            own = frozenset(k for k in keys[s.id] if not (k[0] in COUNT_SLOTS and any(
                _anothers_count(s, f) for f in facts.get(s.id, ()) if (f.slot, f.value) == k)))
            # The same words without the year join the group's one dated event: "a judge awarded
            # her custody of her three children" beside "in 2021 a judge gave her custody".
            # Not one that gives another year ("came out in 2006" beside "met in 2005 ..., released
            # the following year"): that is the group's other claim, told by its words.
            # Never one that only means or plans the event ("Ann Lee and Bob Ray plan to marry in 2024" beside
            # "Ann Lee and Bob Ray married in August 2024 in Corran").
            joins = events if len(events) == 1 and not any(k[0] in EVENT_KEY_SLOTS for k in own) and not (
                (years := set(YEAR_RE.findall(s.text))) and not years & {k[1] for k in events}) \
                and not any(_meant_in_its_clause(s.text, k[1]) for k in events) else set()
            if s.attribution == UNNAMED or s.id in corrections:
                continue  # an unnamed source's claim is its own, below: never another's corroboration
            # A group of one key: its sentences without a fact state it in other words, but for a count
            # ("the exes co-parent amicably" beside "the exes share three children and are getting along").
            for key in (own | joins) or (found if len(found) == 1 and not any(k[0] in COUNT_SLOTS for k in found)
                                         and not any(_meant_in_its_clause(s.text, k[1]) for k in found) else ()):
                keyed[key].append(s)
    claims = _keyed_claims(keyed, keys, more, facts, _context(sentences, relations), stems)
    wording = {c.text.id for c in claims}
    worded = {c.text.text for c in claims}  # (a syndicated copy of a wording sentence is that wording too)
    for group in groups:
        # (a sentence that words a keyed claim it joined without a fact of its own is shown there:
        # "The divorce of Ann Lee and Bob Ray is final." is not told again as a claim of its words)
        says_more = [s for s in group if s.attribution == UNNAMED
                     or ((not keys[s.id] or more[s.id]) and s.text not in worded)]
        if not says_more or (any(keys[s.id] for s in group) and all(keys[s.id] for s in says_more)
                             and not any(more[s.id] for s in says_more)
                             and not any(s.attribution == UNNAMED for s in says_more)):
            continue
        # A group of one count key, whose other sentences state it in other words without the count
        # (above: the count is not given to them): the count's sentences that say little more than they
        # do support their claim, as the text of none ("have two children, Ann, 9, and Tom, 7" supports
        # "are the parents of Ann and Tom"; "share three children and, after a bruising fight, are said to
        # be getting along much better" says much else, and does not support "now co-parent like pros").
        found = set().union(*(keys[s.id] for s in group))
        support = [s for s in group if keys[s.id] and s.attribution != UNNAMED and s not in says_more
                   and _says_little_more(s, says_more, stems)] \
            if len(found) == 1 and all(k[0] in COUNT_SLOTS for k in found) else []
        # What an unnamed source says is its own claim, shown and marked as such, never folded
        # into the same words of a named source (where it would count as corroboration).
        named = [s for s in says_more if s.attribution != UNNAMED]
        unnamed = [s for s in says_more if s.attribution == UNNAMED]
        for part in ([named, unnamed] if named and unnamed else [says_more]):
            stating = {s.id for s in part}
            if support and part is not unnamed and any(s.attribution != UNNAMED for s in part):
                part = part + support
            chosen = _one_per_source(part, partial(_support_last, stating, wording))
            shared = shared_by_others(chosen, stems)
            mine = [s for s in chosen if s.id in stating]
            text = min(_keep_hedge([s for s in mine if s.id not in wording] or mine, mine, _hedged),
                       key=lambda s: _plainest(s, shared[s.id]))
            claims.append(ClaimGroup(None, chosen, text))
    claims = _with_clause_support(_worded_by_own_clause(claims, facts, keys), clause_links,
                                  {*aside, *corrections, *gone})
    told = {s.id for c in claims for s in c.sentences} | withdrawn.keys()
    # An unnamed source's claim is never set aside: one that no claim of its own words holds
    # stands alone (a keyed one was kept out of the claims of named articles above).
    claims.extend(ClaimGroup(None, (s,), s) for s in sentences
                  if s.attribution == UNNAMED and s.id not in told and s.id not in aside)
    claims = _saying_more_than_cited(sentences, claims, {**aside, **dict.fromkeys(gone, "")})
    by_id = {s.id: s for s in sentences}
    claims.extend(ClaimGroup(None, (by_id[wrong], by_id[after]), by_id[wrong]) for wrong, after in withdrawn.items())
    claims.sort(key=reading_order)
    cited = {s.id for c in claims for s in c.sentences}
    fates = {s.id: aside.get(s.id, REASON_REPEAT) for s in sentences if s.id not in cited}
    return claims, fates


def _saying_more_than_cited(sentences: Sequence[Sentence], claims: list[ClaimGroup],
                            aside: Mapping[str, str]) -> list[ClaimGroup]:
    """The claims, with each sentence that no claim cites, not set aside, and that says RESIDUAL_WORDS content
    words or more that no cited sentence of its article says. A claim cites one sentence per article, the one
    that states it first or plainest; the article's other sentence of the same event may tell more. Where it
    tells all a cited sentence of its article does and more ("The couple sold the cabin." / "The couple sold
    the cabin last spring after a long bidding war."), it takes that sentence's place in the claims that cite
    it; otherwise it is a claim of its own ("Ann Lee and Bob Ray have welcomed a baby girl." / "The tot was
    born on 19 August 2022, weighing 7lb 2oz."). REASON_REPEAT stays for one that says nothing new."""
    cited = {s.id for c in claims for s in c.sentences}
    told: dict[str, set[str]] = defaultdict(set)
    words = {s.id: content_words(s.text) for s in sentences}
    by_source: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        if s.id in cited:
            told[s.source] |= words[s.id]
            by_source[s.source].append(s)
    more = [s for s in sentences if s.id not in cited and s.id not in aside
            and len(words[s.id] - told[s.source]) >= RESIDUAL_WORDS]
    if not more:
        return claims
    fuller: dict[str, Sentence] = {}  # a cited sentence's id -> the sentence of its article that tells all it does and more
    for s in more:
        held = [t for t in by_source[s.source] if t.id not in fuller and words[t.id] <= words[s.id]]
        fuller.update({t.id: s for t in held})
    placed = {s.id for s in fuller.values()}
    out = [replace(c, sentences=tuple(fuller.get(t.id, t) for t in c.sentences), text=fuller.get(c.text.id, c.text))
           if any(t.id in fuller for t in c.sentences) else c for c in claims]
    return out + [ClaimGroup(None, (s,), s) for s in more if s.id not in placed]


def _worded_by_own_clause(claims: list[ClaimGroup], facts: Mapping[str, Sequence[Fact]],
                          keys: Mapping[str, frozenset[Key]]) -> list[ClaimGroup]:
    """The claims, each that one sentence alone makes because it says more than its dated facts
    worded by the clauses that say it, when every other clause holds a fact a keyed claim tells:
    "By December 2012 they were engaged, and they married in October 2013; Ray took over management
    duties after the wedding" is, beside the wedding's claim, the claims "By December 2012 they were
    engaged" and "Ray took over management duties after the wedding." (its words, from its article;
    the footnote quotes that clause). Not what someone said, nor when a clause left opens with a
    small word ("she later founded ...": whom it tells of is in another clause)."""
    keyed = {s.id for c in claims if c.key is not None for s in c.sentences}
    out: list[ClaimGroup] = []
    for c in claims:
        s = c.text
        if c.key is None and len(c.sentences) == 1 and s.id in keyed and not s.quotes and not s.speaker:
            spans = _own_clauses(s, [f for f in facts.get(s.id, ()) if keys_of([f])])
            if spans:
                out.extend(replace(c, sentences=(own,), text=own) for own in (_part_of(s, a, b) for a, b in spans))
                continue
        out.append(c)
    return out


def _part_of(s: Sentence, a: int, b: int) -> Sentence:
    """The sentence cut to text[a:b] (offsets within its text), with the mentions that stand there."""
    return replace(s, start=s.start + a, end=s.start + b, text=s.text[a:b], quotes=(),
                   mentions=tuple(m for m in s.mentions if s.start + a <= m.start and m.end <= s.start + b))


def _own_clauses(s: Sentence, keyed: Sequence[Fact]) -> list[tuple[int, int]]:
    """(start, end) in the sentence's text of each run of its clauses (clauses.joined_clauses) that holds
    none of the `keyed` facts, when another clause holds one, and each run opens with a capital and has
    RESIDUAL_WORDS words at least; none otherwise."""
    pieces = joined_clauses(s.text)
    if len(pieces) < 2 or not keyed:
        return []
    holds = [any(a <= f.span.start - s.start < b for f in keyed) for a, b in pieces]
    if all(holds) or not any(holds):
        return []
    runs: list[tuple[int, int]] = []
    for (a, b), held, before in zip(pieces, holds, [True, *holds[:-1]], strict=True):
        if not held:
            runs.append((a, b) if before else (runs.pop()[0], b))
    if any(not s.text[a:a + 1].isupper() or len(s.text[a:b].split()) < RESIDUAL_WORDS
           or a and _PRONOUN.search(s.text, a, b) for a, b in runs):
        return []  # (a later clause's pronoun may tell of someone its sentence named before it: "..., and they married
        # in 2013; Ray took over management of her career": whose career, alone?)
    joints = [(b, a2) for (_, b), (a2, _) in pairwise(pieces)]
    if any(not (_CLAUSE_JOINT.fullmatch(s.text, b, a2) and not _LIST_END.match(s.text, a2))
           and not _CLAUSE_OPENS.match(s.text, a2) and not s.text[a2].isupper()
           for b, a2 in joints if any(b == hi or a2 == lo for lo, hi in runs)):
        return []  # a list's item ("The star, 39, and barrister Ann Lee, 38, were granted ...", "...; and Tom, born
        # in 2018"), not a clause
    rest = blanked(s.text, runs)
    if _says_more(replace(s, text=rest), keyed):
        return []  # a clause of the facts that tells more than they do ("the couple divorced in 2006 and have a son,
        # Kit, who lives with his mother"): the sentence stays whole
    if _WHO_SAYS_SO.search(rest):
        return []  # whose word it all is stands in a clause left out ("Ray had an affair, and the couple separated in
        # 2019, court papers claim"): the sentence stays whole, never an allegation shown as fact
    return runs


_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|theirs)\b", re.IGNORECASE)
# The words that tell whose word a sentence is ("..., court papers claim", "according to", "X reported").
_WHO_SAYS_SO = re.compile(r"\baccording to\b|\b(?:" + "|".join(sorted(set(REPORT_VERBS), key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)


# A joint between two clauses that each stand alone: a semicolon, or ", and" / ", but" before a name, or a subject
# that is a pronoun or the couple ("..., and they married in October 2013").
_CLAUSE_JOINT = re.compile(r";\s+")
_LIST_END = re.compile(r"(?:and|or)\s")
_CLAUSE_OPENS = re.compile(r"(?:they|she|he|we|I|it|the\s+(?:couple|pair|two))\s+[a-z]")


def _with_clause_support(claims: list[ClaimGroup], links: Sequence[tuple[Sentence, Sentence]],
                         aside: Collection[str]) -> list[ClaimGroup]:
    """The claims, each found by its words citing too the articles whose sentence states it in one
    clause (a, b: a clause of `a` states what `b` does): "Lee and Ray, who married in 2008
    and split a decade later, have become a model of friendly co-parenting" supports "Lee and
    Ray now co-parent amicably". A dated event's claim, only when the sentence gives its year
    ("... not settled until the spring of 2021, when a judge gave Lee primary physical custody").
    Never an unnamed source's claim, nor by one, nor a sentence `aside` (set aside, or a correction); never an
    article's second sentence in one claim."""
    by_sentence: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(claims):
        if (c.key is None or c.key[0] in EVENT_KEY_SLOTS) and c.text.attribution != UNNAMED:
            for s in c.sentences:
                by_sentence[s.id].append(n)
    added: dict[int, dict[str, Sentence]] = defaultdict(dict)
    for a, b in links:
        if a.id in aside or b.id in aside or UNNAMED in (a.attribution, b.attribution):
            continue
        for n in by_sentence.get(b.id, ()):
            key = claims[n].key
            if key is not None and (key[1] not in YEAR_RE.findall(a.text) or _meant_in_its_clause(a.text, key[1])):
                continue  # a dated claim: the sentence gives its year in another clause ("in the spring of 2021, when a judge
                # gave ..."), or only plans the event ("plan to marry in 2024")
            if all(s.source != a.source for s in claims[n].sentences):
                added[n].setdefault(a.source, a)
    return [replace(c, sentences=tuple(sorted((*c.sentences, *added[n].values()), key=lambda s: (s.source, s.index))))
            if n in added else c for n, c in enumerate(claims)]


def _meant_in_its_clause(text: str, year: str) -> bool:
    """Whether every clause that gives the year only plans its event ("plan to marry in 2024"; not "had planned to
    marry in 2019, finally wed in August 2020" for 2020)."""
    at = [m.start() for m in re.finditer(re.escape(year), text)]
    plans = [m.end() for m in MEANT.finditer(text)]
    return bool(at) and all(any(0 <= i - end <= _PLAN_TO_YEAR and "," not in text[end:i] for end in plans) for i in at)


# How far (characters) a year may stand after the words of a plan to be the plan's ("plan to marry next spring, in 2024").
_PLAN_TO_YEAR = 20


def _keyed_claims(keyed: Mapping[Key, list[Sentence]], keys: Mapping[str, frozenset[Key]],
                  more: Mapping[str, bool], facts: Mapping[str, Sequence[Fact]], context: _Context,
                  stems: Callable[[str], frozenset[str]] | None = None) -> list[ClaimGroup]:
    """A claim per key and per set of people it is about; the biggest claims choose their
    wording first, and a sentence that words one claim words another only if nothing else can
    (a claim whose one sentence words another already is not told twice: the sentence is shown
    once, cited by the claim more articles make). A claim that no sentence states plainly is worded
    by one that says more, and cites only the articles that say most of that more too ("The two
    wed in 2008, in front of 60 guests in Reno" is not "Corroborated" by ten articles that say
    they married in 2008 and nothing of guests or Reno); the rest make a claim of their own,
    worded the same way. The paragraph of the fact check's records tells the fact with them all."""
    parts = [(key, _one_per_source(part, partial(_rank, key, keys, facts))) for key in sorted(keyed)
             for part in sorted(_by_subject(key, keyed[key], facts, context), key=lambda p: p[0].id)]
    claims: list[ClaimGroup] = []
    told: set[frozenset[str]] = set()
    used: set[str] = set()
    pending = [((-len(chosen), key, chosen[0].id), key, chosen) for key, chosen in parts]
    heapq.heapify(pending)
    while pending:
        _order, key, chosen = heapq.heappop(pending)
        if frozenset(x.id for x in chosen) in told:
            continue  # the same sentences already make a claim ("three daughters and four sons")
        if len(chosen) == 1 and chosen[0].text in used:
            continue  # its one sentence is shown already (or its copy's), wording a claim that more articles make
        owned = {s.id for s in chosen if _owned_event(s, key[0])}
        aside = {s.id for s in chosen if _told_aside(s, key, facts)}
        plain = [s for s in chosen if keys[s.id] == {key} and not more[s.id] and s.id not in owned]
        shared = shared_by_others(chosen, stems or _stems)
        text = min(_keep_hedge(plain or chosen, chosen, partial(_hedged_fact, key, facts)),
                   key=lambda s: (s.text in used, *_wording_rank(keys, s, shared[s.id], s.id in owned, s.id in aside)))
        said = _details(text, key, facts, keys) if not _recorded(key) else frozenset()
        beyond = _beyond(text, key, facts, stems or _stems) if key[0] in COUNT_SLOTS else frozenset()
        if said or beyond:
            # Worded by a sentence that says more than the claim's fact, the statement cites only the
            # articles that say that more too; the others state the fact in a claim of their own. What it
            # says more: where no paragraph of the fact check's records tells the fact with every article,
            # its numbers and names (_details); for a count, which articles mostly give in passing, its
            # words too (_beyond): "He also pays child support for their three children" is not vouched for
            # by "'Three kids, zero quiet,' he says".
            cover = tuple(s for s in chosen if s.source == text.source or (
                (not said or _says_it_too(said, s, keys)) and (not beyond or _says_its_words(beyond, s, stems or _stems))))
            if len(cover) < len(chosen):
                rest = tuple(s for s in chosen if s not in cover)
                heapq.heappush(pending, ((-len(rest), key, rest[0].id), key, rest))
                chosen = cover
        told.add(frozenset(x.id for x in chosen))
        used.add(text.text)  # (a syndicated copy's same words are the same wording)
        claims.append(ClaimGroup(key, chosen, text, _agreed_whom(chosen, text, key, facts, context)))
    return claims


def _recorded(key: Key) -> bool:
    """Whether a paragraph of the fact check's records tells the key's fact (its slot has a record
    and a section): there, the statement is narrowed to the articles that say its words
    (summarised.narrowed_to_wording)."""
    known = slots.slot(key[0])
    return known is not None and bool(known.record) and bool(known.section or known.record_section)


def _details(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]], keys: Mapping[str, frozenset[Key]]
             ) -> frozenset[str]:
    """What a sentence says beyond a claim's fact that a reader would check: its other keyed facts
    ("slot=value"), and the numbers and the capitalised words standing alone (not a person's name,
    nor a name of two words or more, which may be someone's; not its first word, nor one never part
    of a name: NAME_STOPWORDS, a month, a pronoun, a title) outside the fact's own words: "The two wed in 2008, in front of 60 guests in
    Reno" -> 60, reno; "Ann Lee, 36, and Bob Ray, 41, met in 2005" -> 36, 41."""
    text = blanked(s.text, _mention_spans(s) + _fact_spans(s, facts, key))
    found = {f"{k[0]}={k[1]}" for k in keys[s.id] if k != key}
    runs = [r.span() for r in _CAPITALISED_RUN.finditer(text)]
    for m in _DETAIL.finditer(text):
        word = m.group(0)
        if m.start() > 0 and word not in NAME_STOPWORDS and not any(a <= m.start() < b for a, b in runs):
            found.add(word.lower())
    return frozenset(found)


def _beyond(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]], stems: Callable[[str], frozenset[str]]
            ) -> frozenset[str]:
    """The words (similar.concept_stems) a claim's wording says beyond its fact, when they are
    BEYOND_WORDS or more: the sentence's words outside the fact's own words and the names of its
    people, but the words any telling of a count or an event uses (COUNT_TELLING: "have", "share",
    "the couple"). "He also pays monthly child support for their three children" -> pay, monthli,
    support (children=3); "The pair share three children" -> none."""
    # (a description set off after a name is the person's, no claim beside the count: "Ann Lee, star of the hit drama
    # Harbour Lights, and her husband Bob Ray have two children"; and another fact the sentence tells, with its own
    # claim, is not what it says beyond this one: "The couple wed in Tuscany in 2010 and have two children")
    set_off = [(a.start(), a.end()) for m in s.mentions if (a := _SET_OFF_AFTER.match(s.text, m.end - s.start))]
    its = _fact_spans(s, facts, key)
    text = blanked(s.text, _mention_spans(s) + set_off + _fact_spans(s, facts))
    own = frozenset().union(*(stems(s.text[lo:hi]) for lo, hi in its))
    words = frozenset(w for w in stems(text) - own - COUNT_TELLING if not w.isdigit() and w not in NUMBER_WORDS)
    return words if len(words) >= BEYOND_WORDS else frozenset()


# A description set off by commas right after a name: ", star of the hit drama Harbour Lights,".
_SET_OFF_AFTER = re.compile(r",\s*(?!(?:and|but|or|who|which|whose|while|as|after|before|since)\b)"
                            r"(?:(?!\b(?:has|have|had|is|was|were|are|will|would)\b)[^,.;:\"“”]){1,60},")


def _says_its_words(words: frozenset[str], s: Sentence, stems: Callable[[str], frozenset[str]]) -> bool:
    """Whether a sentence says SPLIT_SHARE at least of the words a wording says beyond its fact (_beyond)."""
    return len(words & stems(s.text)) >= SPLIT_SHARE * len(words)


def _mention_spans(s: Sentence) -> list[tuple[int, int]]:
    """(start, end) in the sentence's text of each name, pronoun or epithet it gives someone."""
    return [(m.start - s.start, m.end - s.start) for m in s.mentions]


def _fact_spans(s: Sentence, facts: Mapping[str, Sequence[Fact]], key: Key | None = None) -> list[tuple[int, int]]:
    """(start, end) in the sentence's text of the words of each of its facts of `key`, or of each keyed fact."""
    return [(f.span.start - s.start, f.span.end - s.start) for f in facts.get(s.id, ())
            if ((f.slot, f.value) == key if key is not None else keys_of([f]))]


def _says_it_too(details: frozenset[str], s: Sentence, keys: Mapping[str, frozenset[Key]]) -> bool:
    """Whether a sentence says SPLIT_SHARE at least of what a wording says beyond its claim's fact
    (`details`, _details): the same other keyed facts, numbers and capitalised words."""
    said = {w.lower() for w in _DETAIL.findall(s.text)} | {f"{k[0]}={k[1]}" for k in keys[s.id]}
    return len(details & said) >= SPLIT_SHARE * len(details)


# Capitalised words side by side: a name of two words or more ("Cy Moss", "Big Sur"), which may be
# someone's the people stage did not recognise: no detail of its own.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+")
# A number, or a capitalised word (a place, a work, an outlet): what a reader checks.
_DETAIL = re.compile(r"\b(?:\d[\d,.]*|[A-Z][\w'’-]+)\b")


def _agreed_whom(group: Sequence[Sentence], text: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]],
                 context: _Context) -> frozenset[str]:
    """Whom a keyed claim is about: whom most of its sentences tell it of, where one set of people
    stands out; else whom the sentence that words it does. Not the wording alone: "Lee, who was
    married to the actor from 1993 to 2002, said ..." tells the wedding of one of them."""
    told = Counter(w for s in group if (w := _whom(s, key, facts, context)))
    if key[0] in slots.SPLITS:
        pairs = [w for w in told if len(w) == 2]
        if len(pairs) == 1 and all(w <= pairs[0] or pairs[0] <= w for w in told):
            return pairs[0]  # a split is of two: "she filed", "their divorce", "Lee, Ray and their son" all tell of one pair
    top = told.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        one = top[0][0]
        if len(one) == 1 and key[0] in slots.SPLITS:  # a split told mostly of one of them ("she filed", "her divorce
            # was final"), and by another sentence of a pair with them: theirs ("The two finalized their divorce");
            # not a wedding ("Ray married in 2024" of a new wife, beside "Ray married in 2024, and Lee is dating")
            pairs = [w for w in told if len(w) == 2 and one < w]
            if pairs:
                return min(pairs, key=lambda w: (-told[w], len(w), sorted(w)))
        return one
    return _whom(text, key, facts, context)


def _rank(key: Key, keys: Mapping[str, frozenset[Key]], facts: Mapping[str, Sequence[Fact]], s: Sentence
          ) -> tuple[Any, ...]:
    """Which of an article's sentences a keyed claim cites: one that carries the key, then one that
    tells whose it is ("A judge has handed Ann Lee primary custody", not "The ruling that awards her
    custody was signed Nov. 19", whose "her" is no one's by itself), with the fewest other keys, the
    first."""
    whose = any(f.subject for f in facts.get(s.id, ()) if (f.slot, f.value) == key)
    return (key not in keys[s.id], not whose, len(keys[s.id]), s.index)


def _wording_rank(keys: Mapping[str, frozenset[Key]], s: Sentence, shared: float = 1.0, owned: bool = False,
                  aside: bool = False) -> tuple[Any, ...]:
    """Which sentence words a keyed claim (lower first): one that names someone ("Lee and Ray
    fought for seven years", not "The whole thing went on for seven years"), then one that does
    not tell the event as someone's ("Lee and Ray married in Reno", not "she went to Ray's wedding
    to Lee", whose other words the other articles do not say: `owned`, _owned_event), then one that
    does not tell it in an aside ("Lee and Ray married in 2018 after getting engaged in 2017", not "The
    pair, who wed in 2018, became parents in 2020": `aside`, _told_aside; "... a contract signed by Lee,
    who separated from Ray in 2022", wording the separation, would wear its "Corroborated" for the
    contract too), then one with the fewest other facts, naming the most people, then the one whose
    words the claim's other articles share most (`shared`, shared_by_others), the clearest."""
    named = {m.person for m in s.mentions if m.explicit}
    return (not named, owned, aside, len(keys[s.id]), -len(named), *_plainest(s, shared))


def _owned_event(s: Sentence, slot: str) -> bool:
    """Whether the sentence tells the event of `slot` as a thing someone it names owns ("she went
    to Ray's wedding to Lee", "Lee's divorce filing"), not as what they did."""
    record = slots.slot(slot)
    if record is None or record.cue is None:
        return False
    for m in s.mentions:
        at = m.end - s.start
        if m.explicit and s.is_possessor(m) and (
                (cue := record.cue.search(s.text, at + 2, at + 40)) and not s.text[at + 2:cue.start()].strip(" ").count(" ") > 2):
            return True
    return False


def _told_aside(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]]) -> bool:
    """Whether the sentence tells the fact of `key` only in a relative clause set off from what it
    says ("The pair, who wed in April 2018, became parents to twins in 2020"): a sentence about
    something else, which words the claim less plainly than one that states it."""
    told = [f for f in facts.get(s.id, ()) if (f.slot, f.value) == key]
    return bool(told) and all(_aside_of(s, f) is not None for f in told)


def _plainest(s: Sentence, shared: float) -> tuple[Any, ...]:
    """Which of a claim's sentences words it (lower first), once its facts and names are weighed:
    not an unnamed source's, without pronouns to clarify or quotation, then the one that says
    least that the claim's other articles do not (`shared`), then a moderate length."""
    unnamed, vague, length = clarity(s)
    return (unnamed, vague, -round(shared, 1), length, s.source, s.index)


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    """similar.concept_stems of a text, once per text (a claim's sentences are weighed in every
    group they join, and syndicated copies repeat a text many times)."""
    return concept_stems(text)


def _stems_kept(table: Table) -> Callable[[str], frozenset[str]]:
    """_stems, looked up first in a cache table (keyed by the text) that keeps them from build to build."""
    def stems(text: str) -> frozenset[str]:
        return table.get_or_compute(text, partial(concept_stems, text))
    return stems


def _keep_hedge(pool: Sequence[Sentence], group: Sequence[Sentence], hedged: Callable[[Sentence], bool]
                ) -> Sequence[Sentence]:
    """The sentences of `pool` that may word a claim: where any article of the claim only alleges
    or reports it ("allegedly hid $2 million"), one that says so too (from the pool, else the
    claim), never the plain one that would state it as fact."""
    if not any(hedged(s) for s in group):
        return pool
    return [s for s in pool if hedged(s)] or [s for s in group if hedged(s)]


def _hedged(s: Sentence) -> bool:
    """Whether the sentence says only that what it tells is alleged or reported (HEDGES)."""
    return bool(HEDGES.search(s.outside_quotes()))


def _hedged_fact(key: Key, facts: Mapping[str, Sequence[Fact]], s: Sentence) -> bool:
    """Whether the sentence's fact of `key` is told as only alleged or reported: a hedge before it
    in its clause ("is believed to have filed in 2020"; not "who married in 1993 ... have reportedly
    come a long way", nor "share three children and are said to be getting along")."""
    said = s.outside_quotes()
    return any(HEDGES.search(said, clause(said, f.span.start - s.start, f.span.end - s.start)[0], f.span.start - s.start)
               for f in facts.get(s.id, ()) if key in keys_of([f]))


def hedged_here(s: Sentence, f: Fact) -> bool:
    """Whether the fact is told as only alleged or reported in its own words: a hedge (HEDGES) in its clause up to
    the end of its words ("The pair, who married in 2012, have reportedly split": the split), not in a relative
    clause it does not stand in (the wedding there is told plainly); for a fact within such a clause, in that clause."""
    said = s.outside_quotes()
    a, b = f.span.start - s.start, f.span.end - s.start
    asides = relative_clauses(said)
    around = next(((x, y) for x, y in asides if x <= a and b <= y), None)
    if around is not None:
        return bool(HEDGES.search(said, *around))
    lo = clause(said, a, b)[0]
    for x, y in asides:
        if lo <= x and y <= b:
            said = said[:x] + " " * (y - x) + said[y:]
    return bool(HEDGES.search(said, lo, b))


def shared_by_others(group: Sequence[Sentence], stems: Callable[[str], frozenset[str]] = _stems) -> dict[str, float]:
    """Each sentence of a claim -> how much of what it says the claim's other sentences say too:
    the mean, over its content words (concepts and stems: "tied the knot" is "married"), of the
    share of the other sentences that have the word (1.0 for a sentence alone). Linear in the
    size of the group: the words are counted once."""
    bags = {s.id: stems(s.text) for s in group}
    counts = Counter(w for bag in bags.values() for w in bag)
    others = len(group) - 1
    # Whole numbers summed, then one division: the same value whatever order the set gives its words
    # in (a sum of fractions in set order hung on the string hash seed, and so did which wording won).
    return {sid: sum(counts[w] - 1 for w in bag) / (others * len(bag)) if bag and others else 1.0
            for sid, bag in bags.items()}


def clarity(s: Sentence) -> tuple[int, int, int]:
    """Lower is clearer: named people, not an unnamed source (of an unnamed source's, one that says it rests on
    someone unnamed before a relay of another outlet that does not), a moderate length."""
    vague = sum(1 for m in s.mentions if not m.explicit)
    unnamed = (1 if says_it_is_unnamed(s.text) else 2) if s.attribution == UNNAMED else 0
    quoted = sum(b - a for a, b in s.quotes) * 2 > len(s.text)
    return (unnamed, vague + int(quoted), abs(len(s.text) - 120))


def _support_last(stating: set[str], wording: set[str], s: Sentence) -> tuple[bool, bool, int]:
    """How a sentence of a claim ranks to be cited for its article: one that states the claim before
    a count's sentence that supports it (build_claims), then one that words no other claim."""
    return s.id not in stating, s.id in wording, s.index


def _says_little_more(s: Sentence, others: Sequence[Sentence],
                      stems: Callable[[str], frozenset[str]] = _stems) -> bool:
    """Whether half the words of `s` at least (its figures aside) are words of the `others`."""
    mine = {w for w in stems(s.text) if not w.isdigit() and w not in NUMBER_WORDS}
    theirs = frozenset().union(*(stems(o.text) for o in others))
    return len(mine & theirs) >= SUPPORT_SHARE * len(mine)


def _says_more(s: Sentence, facts: Sequence[Fact]) -> bool:
    """Whether the sentence's words outside the clauses of its keyed facts make a claim too (a fact
    told in a relative clause set off by commas or dashes takes that clause only: "Ray, whose divorce
    was finalized in 2020, flew in with the children on Tuesday" says more; so does one told in one of
    two predicates: "Lee and Ray separated in 2018 and still run the Reno bakery together")."""
    keyed = [f for f in facts if keys_of([f])]
    if not keyed:
        return True
    text = s.text
    for f in keyed:
        a, b = f.span.start - s.start, f.span.end - s.start
        lo, hi = _aside_of(s, f) or predicate_around(s, a, b) or clause(s.text, a, b)
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return len(content_words(text)) >= RESIDUAL_WORDS


def _aside_of(s: Sentence, f: Fact) -> tuple[int, int] | None:
    """(start, end) in the sentence's text of the relative clause set off by commas or dashes that
    tells the fact: the one that holds its words ("Ray, whose divorce was finalized in 2020, flew in"),
    or, at the end of the sentence, the one that holds its event's word, up to its date, past a name
    set off inside it ("... signed by Lee, who separated from her husband, the surgeon Bob Ray, in
    2022."); None where it stands in no such clause."""
    a, b = f.span.start - s.start, f.span.end - s.start
    around = relative_clause_around(s.text, a, b)
    known = slots.slot(f.slot)
    if around is not None or known is None or known.cue is None or not _ENDS_AFTER.match(s.text, b):
        return around
    cue = None
    for cue in known.cue.finditer(s.text, 0, a):
        pass
    rel = relative_clause_around(s.text, cue.start(), cue.end()) if cue else None
    if rel is None or not (_SET_OFF_NAME.fullmatch(s.text, rel[1], a)
                           or _DAY_BEFORE_COMMA.search(s.text, rel[0], rel[1]) and not s.text[rel[1]:a].strip()):
        return None
    return rel[0], b


# What may stand between a relative clause's closing comma and its event's date at the end of the
# sentence: a name or a role set off by commas ("surgeon Bob Ray,") and a preposition of time ("signed by Lee, who
# married Ray, in 2021": the extractor gives the year to the wedding, and so does the aside).
_SET_OFF_NAME = re.compile(r"\s*(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*,\s*)?(?:in|on|last|this)?\s*")
# A clause's comma that is a date's ("who were born March 8, 2012."): the year after it is the clause's.
_DAY_BEFORE_COMMA = re.compile(r"\b(?:" + "|".join(sorted(MONTH_NAMES)) + r")\.?\s+\d{1,2},$")
_ENDS_AFTER = re.compile(r"\s*[.!?]?\s*$")


def _by_subject(key: Key, group: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                context: _Context) -> list[list[Sentence]]:
    """The sentences of one key, split by whom the fact is about: "married in 2013" said of two
    couples is two claims, and "filed for divorce in 2019" of two women too. Whom a sentence's
    fact is about: the people the fact names, else the people in view there ("the couple"
    after "Ann Lee and Bob Ray"). Parts form around the sets of people named most often; a
    sentence joins the part whose people are all among its own, or all of whose own are among
    the part's ("Lee" / "Lee and Ray"; "Lee, Ray and their son" / "Lee and Ray"), the one it
    shares most people with; one that fits two parts as well ("Ray" beside "Lee and Ray" and
    "Ray and Kim") stands alone. A sentence with no name
    in view joins the only part there is, or stands alone when there are several. The parts form around
    the sentences that carry the key's fact; one in the group only by its words (the same words as one that
    does: "is asking for joint legal custody" in two articles, one of them "Lee, who filed last week, ...")
    makes none: its people in view are not whom the event is about. It joins a part where it has the event's
    own words ("had given Lee primary custody" beside "granted Ann Lee ... custody of her kids with
    Ray"), or a part whose event only one sentence tells (the claim its other clause tells, which they
    share), else stands alone ("Ray is asking for joint custody" tells no filing of Lee's)."""
    unique = list({s.id: s for s in group}.values())
    who = {s.id: _whom(s, key, facts, context) for s in unique}
    keyed = [s for s in unique if any((f.slot, f.value) == key for f in facts.get(s.id, ()))]
    home = _people_groups({who[s.id] for s in keyed or unique if who[s.id]}, key[0] in EXACT_SLOTS)
    told = {s.id for s in unique}  # the sentences that may join a part: all, or those with the event's words
    if keyed and key[0] not in EXACT_SLOTS:
        known = slots.slot(key[0])
        cued = [s for s in unique if known is not None and known.cue is not None
                and known.cue.search(_AGE_SET_OFF.sub("", s.text)) or substance(s) & _SLOT_CONCEPTS.get(key[0], set())]
        # ("had given Lee, 36, primary custody"; "declaring Ann Lee and Bob Ray single": its names out)
        home = {**home, **_homes_of({who[s.id] for s in cued if who[s.id]} - set(home), home)}
        # the others join only a part that one article's sentence keys: "Lee filed for divorce in 2015; she later
        # founded a charity" and "Lee founded a charity" are the charity's claim, which the one tells in its
        # other clause; beside two articles' filings, one of which tells in another clause of the fight that the
        # mediation settled, "the pair hammered out a settlement in mediation" is no filing's
        keying = Counter(home[who[s.id]] for s in keyed if who[s.id] in home)
        told = {s.id for s in keyed} | {s.id for s in cued} | {
            s.id for s in unique if who[s.id] in home and keying[home[who[s.id]]] <= 1}
    grouped: dict[frozenset[str], list[Sentence]] = defaultdict(list)
    alone: list[Sentence] = []
    for s in sorted(unique, key=lambda s: (s.source, s.index)):
        if who[s.id] in home and s.id in told:
            grouped[home[who[s.id]]].append(s)
        else:
            alone.append(s)
    parts = sorted(grouped.items(), key=lambda kv: (kv[1][0].source, kv[1][0].index))
    parts = [(w, kept) for w, part in parts for kept in _by_stage(part)]
    nobody = [s for s in alone if not who[s.id]]
    lonely = [[s] for s in alone if who[s.id]]
    if len(parts) == 1:
        parts[0][1].extend(nobody)
        nobody = []
    elif not parts and nobody:
        return [nobody] + lonely
    return [p for _who, p in parts] + lonely + [[s] for s in nobody]


_AGE_SET_OFF = re.compile(r",\s*\d{1,3}\s*,")  # an age between commas after a name
# The concept of each event (lang/en.py CONCEPTS, MERGE_CONCEPTS, read by similar.concept_stems) in other words
# than its cue: "declaring them single", "settled their divorce out of court", "became Mrs. Navarro".
_SLOT_CONCEPTS = {slots.MARRIED: {"_marry"}, slots.SEPARATED: {"_separate"}, slots.DIVORCE_FILED: {"_file"},
                  slots.DIVORCE_FINAL: {"_final", "_settle", "_mediate"}, "declared-single": {"_final"},
                  slots.MET: {"_meet"}, "began-dating": {"_date"}, slots.ENGAGED: {"_engage"},
                  slots.CHILD_BORN: {"_birth"}}


def _homes_of(sets: set[frozenset[str]], home: Mapping[frozenset[str], frozenset[str]]
              ) -> dict[frozenset[str], frozenset[str]]:
    """Each of `sets` -> the one group of `home` that holds it or that it holds ("Ivy and Tom" beside "Tom"),
    where exactly one does (else it is left out: its sentence stands alone)."""
    groups = set(home.values())
    out = {}
    for w in sets:
        holds = [g for g in groups if w <= g or g <= w]
        if len(holds) == 1:
            out[w] = holds[0]
    return out


def _people_groups(sets: set[frozenset[str]], exact: bool) -> dict[frozenset[str], frozenset[str]]:
    """Each set of people -> the group it belongs to (named by the union of the group's sets);
    a set that belongs to none is left out (its sentence stands alone).

    Sets of two or more people ("Lee and Ray", "Lee, Ray and their son") form groups where one
    holds the other; a set of one person joins the one group that holds that person, or stands
    alone when several do ("Ray" beside "Lee and Ray" and "Ray and Kim"). With `exact`, only
    equal sets go together."""
    if exact:
        return {w: w for w in sets}
    big = sorted((w for w in sets if len(w) >= 2), key=lambda w: (len(w), sorted(w)))
    uf: UnionFind[frozenset[str]] = UnionFind()
    for i, a in enumerate(big):
        uf.find(a)
        for b in big[i + 1:]:
            if a <= b:
                uf.union(a, b)
    union: dict[frozenset[str], frozenset[str]] = defaultdict(frozenset)
    for w in big:
        union[uf.find(w)] |= w
    out = {w: union[uf.find(w)] for w in big}
    for w in sets - set(big):
        homes = {g for g in union.values() if w <= g}
        if len(homes) == 1:
            out[w] = homes.pop()
        elif not homes:
            out[w] = w
    return out


def _by_stage(part: list[Sentence]) -> list[list[Sentence]]:
    """A part split where its sentences tell of different stages of the story ("is seeking
    custody of the couple's three children" / "was awarded custody of her three children"):
    each stage apart, the sentences that tell of none with the largest."""
    by: dict[frozenset[int], list[Sentence]] = defaultdict(list)
    for s in part:
        by[stages_of(s.text, EVENT_STAGES)].append(s)
    told = sorted((k for k in by if k), key=lambda k: (-len(by[k]), sorted(k)))
    if len(told) <= 1:
        return [part]
    out = [by[k] for k in told]
    out[0].extend(by.get(frozenset(), []))
    return [sorted(p, key=lambda s: (s.source, s.index)) for p in out]


def by_month(claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]]) -> list[ClaimGroup]:
    """The claims, each of a dated event whose sentences date it to different months of its year split
    by month (_by_month), for the statements only: "Roe and Moss married in June 2011." never cites "tied
    the knot on the 2nd of July, 2011" (the records weigh every sentence, and give the year alone then)."""
    out: list[ClaimGroup] = []
    for claim in claims:
        parts = _by_month(list(claim.sentences), claim.key, facts) if claim.key is not None else [list(claim.sentences)]
        for part in parts:
            text = claim.text if claim.text in part else min(part, key=lambda s: (clarity(s), s.source, s.index))
            out.append(replace(claim, sentences=tuple(part), text=text))
    return out


# A month's name or a word that dates to a month: where none stands, a claim has no months to tell apart.
_MONTHISH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\bmonth\b|\bweek\b")


def _by_month(part: list[Sentence], key: Key, facts: Mapping[str, Sequence[Fact]]) -> list[list[Sentence]]:
    """A part of a dated event split where its sentences date it to different months of its year ("married
    in June 2011" / "tied the knot on the 2nd of July, 2011"): each month apart, the sentences that name none
    with the largest; a statement never cites a date against its own month."""
    if len(part) < 2 or not any(_MONTHISH.search(s.text) for s in part):
        return [part]  # (most claims: no month, nothing to split; the test is cheap, the reading is not)
    by: dict[int, list[Sentence]] = defaultdict(list)
    for s in part:
        own = [f for f in facts.get(s.id, ()) if (f.slot, f.value) == key]
        months = {n for f in own for n in ({month_at(s, f)} | months_of_date(s, f)) if n}
        relative = any(0 in months_said(s, f) for f in own)  # "married last month": a month, unsaid
        by[months.pop() if len(months) == 1 else -1 if relative and not months else 0].append(s)
    named = sorted((m for m in by if m), key=lambda m: (-len(by[m]), m))
    if len(named) <= 1:
        return [part]
    out = [by[m] for m in named]
    out[0].extend(by.get(0, []))
    return [sorted(p, key=lambda s: (s.source, s.index)) for p in out]


def _whom(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]], context: _Context) -> frozenset[str]:
    """Whom the sentence's fact of `key` is about, as sets of people that can be compared:
    - for "the couple", "they", "their", and for a count of children that names only the
      children: the article's pair when the sentence names both, else the two people named
      just before (unless brother and sister; for a couple's event, unless they are no couple
      the relations know and the article's pair is one), else the article's pair when at most
      one person was in view ("they" cannot be one person) and that one was not named beside
      someone the recogniser did not take, else those of the article's pair in view;
    - for a couple's event whose clause names one of the article's pair, in a sentence that
      names the pair only ("Lee, 39, and Ray, 44, met in 2005"): the pair;
    - otherwise the people the fact names, or else the people in view there, reduced to the
      ones of the article's pair when some are and others are not ("Lee won custody of Ann
      and Tom" is Lee's)."""
    if (s.id, key) not in context.known:
        context.known[(s.id, key)] = _whom_of(s, key, facts, context)
    return context.known[(s.id, key)]


def _whom_of(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]], context: _Context) -> frozenset[str]:
    """_whom, worked out."""
    pair = context.pairs.get(s.source, frozenset())
    own = _speakers_own(s, key, facts, pair)
    if own is not None:
        return own
    named = frozenset(p for f in facts.get(s.id, ()) if key in keys_of([f]) for p in f.subject)
    who = named or context.view.get(s.id, frozenset())
    before = context.before.get(s.id, frozenset())
    if s.source in context.shared and key[0] in COUPLING_EVENTS and not FORMER_COUPLE.search(s.text):
        pair = frozenset()  # "The couple met in 2021" where one of them and a new partner are named as often
    plural = bool(PLURAL_REFERENCE.search(s.text)) or (key[0] in EXACT_SLOTS and bool(named) and not named & pair)
    explicit = {m.person for m in s.mentions if m.explicit}
    if len(pair) == 2 and (plural or _their(s, key, facts)) and (named & pair or not named) and pair <= explicit:
        return pair  # "Ostrander and Okafor, who tied the knot in 2001 and finalized their divorce in 2009"
    record = slots.slot(key[0])
    couple_event = bool(record and record.couple)
    if key[0] == slots.ENGAGED and len(pair) == 2 and len(who) == 1 and who <= pair and _PROPOSED.search(s.text) \
            and not set(s.people) - pair and not before - pair and s.id not in context.after_new_partner:
        return pair  # "He got down on one knee on Christmas Day", in an article about the two: their engagement (not
        # '"He proposed in October," Lee says' after a sentence on her fiancé, the chef Cy Moss, nor "He got down on
        # one knee in February" after "Ray now lives with a physiotherapist he met in 2022")
    if couple_event and len(pair) == 2 and len(named) == 1 and named <= pair and set(s.people) == pair:
        return pair  # "Lee, 39, and Ray, 44, met in 2005", "She [Lee] and Ray split": an event of two, and the sentence names these two only
    if plural and len(named) < 2 or (plural and named and not named & pair):
        if couple_event and s.id in context.wed_before and not named - context.wed_before[s.id]:
            # "... attended the wedding of Cara Wynn and Tom Ray. The couple married in June 2017": theirs (those of them
            # the corpus knows), never the article's pair's
            return context.wed_before[s.id]
        if len(before) >= 2 and before <= context.siblings.get(min(before), frozenset()):
            before = frozenset()  # "The two wed" after two of the couple's children: not them
        grown = frozenset(p for p in before if not context.siblings.get(p, frozenset()) & (before - {p}))
        if couple_event and len(before) > 2 and len(grown) == 1 and grown <= pair:
            before = grown  # "... asks that the couple's children, Ivy and Tom, remain with her. The two announced
            # their separation": one of the pair and children, brother and sister, in view; not the children
        if (couple_event and len(before) == 2 and before not in context.couples and pair in context.couples
                and before & pair):
            return pair  # "They met in 2005" after a client and his lawyer: the couple the relations know
        if (len(before) == 2 and FORMER_COUPLE.search(s.text) and before not in context.former
                and pair in context.former and before & pair):
            return pair  # "The former couple" after one of them and a new partner: the former spouses
        if len(before) == 2 and not (key[0] in COUPLING_EVENTS and before in context.former and len(pair) == 2
                                     and pair != before):
            return before  # (but "The couple met in 2021" after "Ray's divorce from his ex-wife, Lee", in an
            # article about Ray and his new partner, is no one's: not the former couple's meeting)
        if key[0] in COUPLING_EVENTS and _left_here(s, pair):
            return frozenset()  # "They began dating in 2023, a few months after his divorce from Ann Lee": not she
        parted = [c for c in context.former if c & (before or pair)] if key[0] in slots.SPLITS else []
        if len(before) < 2 and len(pair) == 2 and pair not in context.former and len(parted) == 1 \
                and not named - parted[0]:
            return parted[0]  # "The couple announced their separation" in the story of her engagement to Cy Moss:
            # she and the husband the relations make her former one, not the two who are engaged
        if couple_event and len(before) < 2 and not named and s.source in context.two_couples and pair != context.couple:
            return frozenset()  # "They married in Delhi in December 2011", no one in view, in an article that tells of
            # his first marriage and, more often, of his second: which couple, the reader must be told (never the
            # second's)
        if len(before) < 2 and len(pair) == 2 and s.id not in context.stranger_before \
                and not _someone_before(s, key, facts, pair):
            return pair  # not after "Hale and Nina Cole were spotted", Nina Cole being no one we know; nor
            # "She was previously married to Jo Doe; they divorced in 2021" (they: she and Jo Doe)
        if len(before & pair) == 2:
            return pair
        if couple_event and who and who | named <= context.young and _the_couple_beside_children(s, key, facts, context):
            return context.couple  # "The couple, who married in Kelby in June 2011, have three children: Ivy, 8, Tom,
            # 5" (or "The couple separated in June 2020" after a paragraph on the children): a couple's event is never
            # its young children's
        return who
    if couple_event and len(pair) == 2 and pair < who and who - pair <= context.childlike:
        return pair  # "Their divorce was finalized in 2020." after a sentence naming the two and their twins
    if not pair or who <= pair or pair <= who:
        return who
    if len(named) == 2 and len(named & pair) == 1 and (key[0] in COUPLING_EVENTS or named - set(s.people)):
        return named  # "Ray got engaged to Cara Doe in 2023": the two of its clause, not Ray of the article's pair;
        # "divorced Abe Hart in 2015", Abe Hart named nowhere else (extract.event_subject): Hart is a party
    return who & pair or who


def _speakers_own(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]], pair: frozenset[str]
                  ) -> frozenset[str] | None:
    """Whom a fact told in the first person singular inside a quotation is about, where the one quoted is not one of
    the article's pair: the speaker, or no one when the sentence does not name them ('"My own divorce was finalized in
    2021 too," said Lee's attorney, Cara Wynn.' is the attorney's divorce, not Lee and Ray's). None otherwise, and
    where the one quoted is not named or may be one of the pair ("Lee said")."""
    spans = [f.span.start for f in facts.get(s.id, ()) if (f.slot, f.value) == key]
    for at in spans:
        for a, b in s.quotes:
            mine = [m for m in _FIRST_PERSON.finditer(s.text, a - s.start, at - s.start)] if a <= at < b else []
            # (the first person is the event's own subject or owner: "I married", "my own divorce"; not "I was a guest
            # when they married", where another subject stands between, nor "my client")
            if mine and not _ANOTHER_SUBJECT.search(s.text, mine[-1].end(), at - s.start) \
                    and len(s.text[mine[-1].end():at - s.start].split()) <= _FIRST_PERSON_REACH:
                ours = {w for p in pair for w in p.split()}
                if not s.speaker or set(s.speaker.split()) & ours:
                    return None  # one of them speaks ("Lee said"), or who speaks is not said
                return frozenset([s.speaker])
    return None


# How many words may stand between the first person and the event's date ("My own divorce was finalized in 2021").
_FIRST_PERSON_REACH = 7
# Another subject between the first person and the event: "I was a guest when they married", "my client".
_ANOTHER_SUBJECT = re.compile(r"\b(?:they|them|their|he|she|his|her|we|our|client|clients|(?-i:[A-Z])[\w'’-]+)\b",
                              re.IGNORECASE)
# The first person singular inside a quotation: "My own divorce", "I married him in 2010".
_FIRST_PERSON = re.compile(r"\b(?:(?i:my|me|mine)|I|I['’]m|I['’]ve)\b")
# Words that make the name after them a former partner: "his divorce from Ann Lee", "split with", "his ex-wife".
_LEFT_BEFORE = re.compile(r"(?:\b(?:divorce|split|separation|break-?up|breakup)\s+(?:from|with)|\bex-?(?:wife|husband)"
                          r"|\bformer\s+(?:wife|husband|partner)),?\s+$", re.IGNORECASE)


def _left_here(s: Sentence, pair: frozenset[str]) -> bool:
    """Whether the sentence names one of the article's pair as the other's former partner ("a few
    months after his divorce from Ann Lee"): "they" of a new couple's event there is not the pair."""
    return any(m.person in pair and _LEFT_BEFORE.search(s.text, 0, m.start - s.start) for m in s.mentions)


def _someone_before(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]], pair: frozenset[str]) -> bool:
    """Whether the sentence names, before its fact of `key`, someone outside the article's pair, known
    or not ("She was previously married to Jo Doe; they divorced in 2021"): "they" may be them."""
    at = min((f.span.start - s.start for f in facts.get(s.id, ()) if key in keys_of([f])), default=len(s.text))
    return any(m.person not in pair and m.end - s.start <= at for m in s.mentions) or any(
        end <= at for _start, end, _name in unknown_names(s))


# The words of one of two proposing to the other: an engagement of both.
_PROPOSED = re.compile(r"\b(?:proposed|got down on one knee|popped the question)\b", re.IGNORECASE)


# The events that make a couple, which "the couple" may tell of a new one ("is engaged to ... The couple
# met in 2021"); a split, a count or a length is told of the couple the article is about.
COUPLING_EVENTS = frozenset([slots.MET, slots.MARRIED, slots.ENGAGED, "began-dating", "vows-renewed"])
FORMER_COUPLE = re.compile(r"\b(?:former|ex-?)\s*(?:couple|pair|spouses|husband and wife)\b|\bexes\b", re.IGNORECASE)
_THEIR = re.compile(r"\b(?:their|they)\b", re.IGNORECASE)


def _their(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]]) -> bool:
    """Whether the clause of the sentence's fact of `key` speaks of two people ("who tied the
    knot in 2001 and finalized their divorce in 2009")."""
    for f in facts.get(s.id, ()):
        if key in keys_of([f]):
            lo, hi = clause(s.text, f.span.start - s.start, f.span.end - s.start)
            if _THEIR.search(s.text, lo, hi):
                return True
    return False


def _context(sentences: Sequence[Sentence], relations: Sequence[Relation]) -> _Context:
    """The people in view at and before each sentence, each article's pair, the siblings."""
    view = people_in_view(sentences)
    before: dict[str, frozenset[str]] = {}
    for prev, s in zip([None, *sentences], sentences):
        before[s.id] = view[prev.id] if prev is not None and prev.source == s.source else frozenset()
    siblings = _siblings(relations)
    couples = frozenset(frozenset((r.person, r.other)) for r in relations
                        if r.kind in PARTNER_KINDS)
    former = frozenset(frozenset((r.person, r.other)) for r in relations if r.kind == "former-spouse")
    together = named_together(sentences)
    young = named_young(sentences)
    pairs = _article_pairs(sentences, siblings, relations, together, young)
    strangers = frozenset(_after_strangers(sentences, pairs))
    wed_before = {s.id: w for prev, s in pairwise(sentences)
                  if prev.source == s.source and (w := wedding_of(prev, pairs.get(s.source, frozenset()))) is not None}
    couple = _couple_of(together, siblings, young, relations, _named(sentences))
    return _Context(view, before, pairs, siblings, couples, former, strangers,
                    _shared_articles(together, pairs, couples),
                    two_couples=frozenset(source for source, c in together.items() if _two_couples(c, couples | former | {couple})),
                    childlike=frozenset(p for s in sentences for p in children_named_in(s)), wed_before=wed_before,
                    couple=couple, young=young,
                    couple_alone_before=frozenset(_couple_alone_before(sentences, couple, young)),
                    after_new_partner=frozenset(s.id for prev, s in pairwise(sentences)
                                                if prev.source == s.source and _NEW_PARTNER.search(prev.text)))


def _couple_alone_before(sentences: Sequence[Sentence], couple: frozenset[str], young: frozenset[str]
                         ) -> Iterator[str]:
    """The sentences before which their article has named both of the corpus's couple and no one else but young
    children, nor anyone the recogniser did not take, and that neither they nor the sentence before speak of other
    grown-ups the article does not name (_OTHER_GROWN_UPS: "the neighbours, a retired vet and his wife", "their
    father's first marriage"): "Television host Ann Lee and architect Bob Ray have separated ... The couple, who
    married in Kelby in June 2011, have three children: ..."."""
    if len(couple) != 2:
        return
    source, stranger, others = "", False, False
    named: set[str] = set()
    for s in sentences:
        if s.source != source:
            source, named, stranger, others = s.source, set(), False, False
        here = bool(_OTHER_GROWN_UPS.search(s.text))
        if couple <= named and named <= couple | young and not stranger and not others and not here:
            yield s.id
        named.update(m.person for m in s.mentions if m.explicit)
        stranger = stranger or bool(unknown_names(s))
        others = here


# Words for grown-ups a sentence does not name: "the couple" beside them may be theirs.
_PARTNER_WORDS = r"girlfriend|boyfriend|fianc[ée]e?"
_OTHER_GROWN_UPS = re.compile(r"\b(?:neighbou?rs?|wife|husband|ex-?(?:wife|husband|partner)|spouse|parents|grandparents"
                              r"|in-laws|(?:first|earlier|previous|prior|former|other)\s+(?:marriage|relationship)"
                              rf"|partner|{_PARTNER_WORDS})\b", re.IGNORECASE)
# A partner a sentence speaks of without a name: "his girlfriend", "a physiotherapist he met in 2022".
_NEW_PARTNER = re.compile(rf"\b(?:{_PARTNER_WORDS}|new\s+partner|(?:an?|the)\s+[a-z-]+\s+(?:he|she)\s+"
                          r"(?:met|has\s+been\s+(?:seeing|dating))|(?:has\s+been|is)\s+(?:seeing|dating)\s+(?:an?|the)\s)",
                          re.IGNORECASE)
# "The couple", "the pair": never "they" or "the two", which may be the children.
_THE_COUPLE = re.compile(r"\bthe\s+(?:couple|pair)\b(?!['’])", re.IGNORECASE)


def _the_couple_beside_children(s: Sentence, key: Key, facts: Mapping[str, Sequence[Fact]], context: _Context) -> bool:
    """Whether the sentence's "the couple" or "the pair" tells the event of `key` where only young children are in
    view: the article has named the corpus's couple and else only young children (_couple_alone_before), and the
    sentence names no one before the event's words ("The couple, who married in June 2011, have three children:
    Ivy, 8, ..."; not "Their son Tom met his wife at school; the pair married in 2019")."""
    if s.id not in context.couple_alone_before or not _THE_COUPLE.search(s.text):
        return False
    at = min((f.span.start - s.start for f in facts.get(s.id, ()) if (f.slot, f.value) == key), default=-1)
    return at >= 0 and not any(m.start - s.start < at for m in s.mentions)


def wedding_of(s: Sentence, pair: frozenset[str]) -> frozenset[str] | None:
    """The people a sentence names as another couple whose wedding it tells as such, right after its words ("attended
    the wedding of Cara Wynn and Tom Ray"): those of them the people stage knows (none, where it knows neither);
    None where it names no such wedding, or the article's `pair`'s."""
    m = _WEDDING_OF.search(s.text)
    if not m:
        return None
    lo, hi = s.start + m.start(1), s.start + m.end(1)
    inside = frozenset(x.person for x in s.mentions if lo <= x.start < hi)
    outside = frozenset(x.person for x in s.mentions if not lo <= x.start < hi)
    # (where the sentence names the pair too, only as guests at it: "Lee and Ray attended the wedding of Cara Wynn and
    # Tom Moss"; not "Lee and Ray first locked eyes at the 2008 wedding of ...": "They married ..." after it is theirs)
    if not pair or pair <= inside or pair & outside and not _GUESTS_AT.search(s.text, 0, m.start()):
        return None  # (nor where whose story it is is not known)
    return inside


# "the wedding of Cara Wynn and Tom Ray": two names joined by "and" right after a wedding's word and "of".
# The pair named as guests at another couple's wedding: "Lee and Ray attended the wedding of ...", "were guests at".
_GUESTS_AT = re.compile(r"\b(?:attended|attending|went\s+to|were\s+(?:among\s+the\s+)?guests\s+at|was\s+a\s+guest\s+at"
                        r"|were\s+at|celebrated\s+at|danced\s+at|flew\s+in\s+for|toasted)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_WEDDING_OF = re.compile(r"\b(?:wedding|marriage|nuptials|engagement|vow renewal)\s+of\s+((?:[A-Z][\w'’-]+\s+){1,3}and\s+"
                         r"(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})")


_AND_AFTER = re.compile(r"\s+and\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)")
_AND_BEFORE = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)\s+and\s+$")


def _beside(text: str, start: int, end: int) -> list[str]:
    """The full names joined to the words text[start:end] by "and" ("Hale and Nina Cole")."""
    after, before = _AND_AFTER.match(text, end), _AND_BEFORE.search(text[max(0, start - 60):start])
    return [m.group(1) for m in (after, before) if m]


def _after_strangers(sentences: Sequence[Sentence], pairs: Mapping[str, frozenset[str]]) -> Iterator[str]:
    """The sentences whose nearest earlier sentence of the article that gives a name names one of
    the article's pair together with ("and") someone the recogniser did not take ("Hale and Nina
    Cole were spotted in Paris. The couple married ..."): "the couple" may be those two."""
    source, stranger = "", False
    for s in sentences:
        if s.source != source:
            source, stranger = s.source, False
        if stranger:
            yield s.id
        if names(s):
            pair = pairs.get(s.source, frozenset())
            known = {w.lower() for m in s.mentions for w in m.person.split()}
            stranger = len(set(s.people) & pair) == 1 and any(
                not {w.lower() for w in run.split()} & known
                for m in s.mentions if m.person in pair
                for run in _beside(s.text, m.start - s.start, m.end - s.start))


def _siblings(relations: Sequence[Relation]) -> dict[str, frozenset[str]]:
    """Each person -> that person and everyone with a parent in common or named a brother or sister
    (a child of the couple is not one of a couple with a brother or sister, nor a man with the
    brother he founded a company with)."""
    children: dict[str, set[str]] = defaultdict(set)
    out: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        if r.kind == "child":
            children[r.other].add(r.person)
        elif r.kind == "parent":
            children[r.person].add(r.other)
        elif r.kind == "sibling":
            out[r.person] |= {r.person, r.other}
            out[r.other] |= {r.person, r.other}
    for kids in children.values():
        for k in kids:
            out[k] |= kids
    return {k: frozenset(v) for k, v in out.items()}


def with_claimed_people(facts: Sequence[Fact], claims: Sequence[ClaimGroup]) -> list[Fact]:
    """The facts, each dated event of a couple given the two people of the claim that cites it for
    that event, where the fact names no one else (a birth's claim is its parents', not the one
    born): none ("The pair, who wed in 2011, ..."), or them and others the clause
    names too ("Ann's divorce from Bob was finalized in 2022 after a custody fight over their
    kids Ivy and Tom"). So the fact check weighs its year against the other articles'
    years of that event: "wed in 2011" against six articles' 2012 is a disagreement, not a second
    wedding."""
    about = {(s.id, c.key): c.about for c in claims if c.key is not None for s in c.sentences}
    out = []
    for f in facts:
        known = slots.slot(f.slot)
        who = about.get((f.sentence, (f.slot, f.value)), frozenset())
        if (f.kind == slots.YEAR and known is not None and known.people == len(who) == 2 != len(f.subject)
                and (who >= set(f.subject) or who <= set(f.subject))):
            f = replace(f, subject=tuple(sorted(who)))
        out.append(f)
    return out


def counts_of_others(claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str],
                     children: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
                     ) -> frozenset[tuple[str, str, str]]:
    """(sentence id, slot, value) of each count of children told of people the corpus does not
    know: a sentence that opens with their names ("Cal and Dee Finch, friends of the couple, have
    two children": the recogniser did not take them, so the count looked like the couple's;
    _stranger_first). Never compared with the profile's counts nor made the couple's record,
    where it would make a false disagreement (the safe way round: a count left out is no
    falsehood). Nor one parent's count (_one_parents: "Ray now has four children", after twins with
    his new wife, made the couple's record "Ray and Lee have four children"); a new family's
    count told of both is compared as before: the fact check tells it as a number that grew; nor one in a sentence that names no one
    of the couple nor of their `children` (the relations') and has no word before it that says whose
    (says_whose_count) ("Ray, who is married with two children, did not respond", of a business partner; "Four
    kids, two houses, one group chat.": whose?), unless a word of someone's name (`names`) stands before
    it that the people stage gave no one ("Julian, who now has five kids": a father the corpus knows).
    Empty when the corpus has no couple."""
    if len(couple) != 2:
        return frozenset()
    out: set[tuple[str, str, str]] = set()
    for s in {s.id: s for c in claims for s in c.sentences}.values():  # (a count in a sentence keyed on another
        for f in facts.get(s.id, ()):  # fact too: "Orcutt and Broom have two children together, twins born in 2022")
            at = f.span.start - s.start
            if f.slot in EXACT_SLOTS and (_stranger_first(s, at) or _no_one_of_theirs(s, at, couple | children, names)
                                          or _one_parents(s, at, couple) or _anothers_count(s, f)):
                out.add((s.id, f.slot, f.value))
    return frozenset(out)


def _anothers_count(s: Sentence, f: Fact) -> bool:
    """Whether the words right around a count of children make them someone else's: a step-parent's
    ("becoming stepmother to his three children"), one parent's own ("raising two children of her own",
    "three children from his first marriage") or a relative's ("My sister has three children")."""
    a, b = f.span.start - s.start, f.span.end - s.start
    return bool(_STEP_BEFORE.search(s.text, max(0, a - 40), a) or _OWN_AFTER.match(s.text, b)
                or _KIN_HAS_BEFORE.search(s.text, max(0, a - 60), a))


# "stepmother to his", "step-father of her": the count after is the spouse's children, not the couple's.
_STEP_BEFORE = re.compile(r"\bstep-?(?:mother|father|mom|mum|dad|parent)\s+(?:to|of)\s+(?:his|her|their)\s+$",
                          re.IGNORECASE)
# "... of her own", "... from his first marriage": one parent's children.
_OWN_AFTER = re.compile(r"\s*(?:of\s+(?:his|her)\s+own\b|from\s+(?:his|her)\s+(?:first|previous|earlier|former|prior)"
                        r"\s+(?:marriage|relationship|wife|husband)\b)", re.IGNORECASE)
# "My sister has", "her brother, who has": a relative's count.
_KIN_HAS_BEFORE = re.compile(r"\b(?:my|his|her|their)\s+(?:sister|brother|cousin|mother|father|mom|mum|dad|aunt|uncle"
                             r"|friend|neighbou?r)s?\b(?:,?\s+[A-Z][\w'’-]*)?,?\s+(?:who\s+)?(?:has|have|had|is raising"
                             r"|was raising)\s+$", re.IGNORECASE)


def _one_parents(s: Sentence, at: int, couple: frozenset[str]) -> bool:
    """Whether a count of children at offset `at` is one parent's: the sentence names one of the couple
    (by name or pronoun) before it and the other nowhere, with no word before it that makes it theirs
    ("Ray now has four children", after twins with his new wife: his, not the couple's)."""
    named = {m.person for m in s.mentions if m.person in couple}
    before = {m.person for m in s.mentions if m.person in couple and m.start - s.start < at}
    return len(named) == 1 and named == before and not says_whose_count(s, at, couple, _last_break(s.text, at))


# Where the stretch of words a count is told in begins: after the last full stop, colon or quotation mark
# before it ('A friend of the couple said: "... He already has three kids in his life"': "the couple" there
# is whose friend, not whose count).
_BREAK = re.compile(r"[.:;!?\"“”]\s")


def _last_break(text: str, at: int) -> int:
    return max((m.end() for m in _BREAK.finditer(text, 0, at)), default=0)


def _stranger_first(s: Sentence, at: int) -> bool:
    """Whether the sentence opens, before offset `at`, with a name no one the corpus knows bears,
    not a place's, a business's or an institution's ("Cal Finch and Dee Finch, friends of the
    couple, have two children"; not "A Harlan County judge awarded custody of their two children")."""
    opening = [name for start, _end, name in unknown_names(s)
               if start < at and not s.text[:start].strip(" \"“‘'") and name.split()[-1] not in _NOT_PEOPLE_TAILS]
    return bool(opening)


_NOT_PEOPLE_TAILS = INSTITUTION_TAILS | ORGANISATION_TAILS


def _no_one_of_theirs(s: Sentence, at: int, ours: frozenset[str], names: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence names none of `ours` (the couple and their children), by name or pronoun,
    has no word for them before offset `at` (says_whose_count), and no word of a name (`names`) there
    that is in no mention: its count is no one's the profile knows."""
    if any(m.person in ours for m in s.mentions) or says_whose_count(s, at, ours):
        return False
    taken = [(m.start - s.start, m.end - s.start) for m in s.mentions]
    return not any(w.group() in names and not any(a <= w.start() < b for a, b in taken)
                   for w in _CAPITALISED.finditer(s.text, 0, at))


def says_whose_count(s: Sentence, at: int, ours: frozenset[str], since: int = 0) -> bool:
    """Whether words before offset `at` say whose a count of children is: "they", "their", "the couple",
    "the Rays" (WHOSE_COUNT), "the actors" (COUPLE_BY_TRADE), or "our" and "we" where no one but one of
    `ours` is the speaker, or one who speaks for them ("a spokesman for the couple")."""
    return bool(WHOSE_COUNT.search(s.text, since, at) or COUPLE_BY_TRADE.search(s.text, since, at)) or (
        bool(OUR_COUNT.search(s.text, since, at)) and (s.speaker is None or s.speaker in ours
                                                    or bool(FOR_THE_COUPLE.search(s.text))))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def main_pair(sentences: Sequence[Sentence], relations: Sequence[Relation] = ()) -> frozenset[str]:
    """The two people the corpus names together most often, when a pair stands out, never a brother
    and sister (twins named together in every article: children of one parent); where two or more pairs
    are named together as often, the one of them the relations make spouses or former spouses, if
    only one is (a couple named together as often as their two children)."""
    return _couple_of(named_together(sentences), _siblings(relations), named_young(sentences), relations,
                      _named(sentences))


def _couple_of(together: Mapping[str, Counter[tuple[str, str]]], siblings: Mapping[str, frozenset[str]],
               young: frozenset[str], relations: Sequence[Relation], named: Counter[str]) -> frozenset[str]:
    """main_pair, of the articles' counts of pairs named together (named_together)."""
    counts: Counter[tuple[str, str]] = Counter()
    for c in together.values():
        counts.update({pair: n for pair, n in c.items() if not _no_couple(pair, siblings, young)})
    return _corpus_couple(counts, relations, named) or frozenset()


def named_young(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The people the articles name as young children ("twins Ivy and Tom", "their kids, Ivy and Tom",
    "Tom, 5,"): extract.children_named_in."""
    return frozenset(p for s in sentences for p in children_named_in(s, siblings=False, young=True))


def _no_couple(pair: tuple[str, str], siblings: Mapping[str, frozenset[str]], young: frozenset[str]) -> bool:
    """Whether two people named together are surely no couple: a brother and sister (twins, a stepfather's two
    children), or two the articles name as young children."""
    return pair[1] in siblings.get(pair[0], frozenset()) or (pair[0] in young and pair[1] in young)


def _corpus_couple(counts: Counter[tuple[str, str]], relations: Sequence[Relation], named: Counter[str]
                   ) -> frozenset[str] | None:
    """_top_couple, but of the person the corpus names most (`named`: how often each is) where the
    pair counted most is not theirs and theirs is counted half as often at least ("twins Olive and
    Pascal" named together in six sentences, their father, named 24 times, with their mother in
    five); and where pairs tie and that person has two (former) spouses among them, the one named
    more (his second wife, named 18 times, not his first, named 5)."""
    most_named = _most_of(named)
    top = _top_couple(counts, relations, most_named)
    if most_named and top is not None and most_named not in top:
        theirs = Counter({pair: n for pair, n in counts.items() if most_named in pair})
        alternative = _top_couple(theirs, relations, most_named)
        if alternative is not None and 2 * max(theirs.values()) >= max(counts.values()):
            return alternative
    if top is None and most_named and counts:
        most = max(counts.values())
        married = {frozenset((r.person, r.other)) for r in relations if r.kind in ("spouse", "former-spouse")}
        tied = [frozenset(pair) for pair, n in counts.items() if n == most and most_named in pair
                and frozenset(pair) in married]
        partners = sorted(((named[next(iter(pair - {most_named}))], pair) for pair in tied), key=lambda x: -x[0])
        if len(partners) >= 2 and partners[0][0] > partners[1][0]:
            return partners[0][1]
    return top


def _named(sentences: Sequence[Sentence]) -> Counter[str]:
    """How often the corpus names each person."""
    return Counter(m.person for s in sentences for m in s.mentions if m.explicit)


def _most_of(named: Counter[str]) -> str:
    """The person named most often ("" when two are named as often)."""
    top = named.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""



def _top_couple(counts: Counter[tuple[str, str]], relations: Sequence[Relation], most_named: str
                ) -> frozenset[str] | None:
    """The pair counted most, when one stands out; of pairs counted as often, the one the
    relations make spouses or former spouses, when only one of them is and it is of the person
    the corpus names most (not her parents, named together as often as she and her son)."""
    top = _top(counts)
    if top is not None or not counts:
        return top
    most = max(counts.values())
    married = {frozenset((r.person, r.other)) for r in relations if r.kind in ("spouse", "former-spouse")}
    tied = [frozenset(pair) for pair, n in counts.items() if n == most and frozenset(pair) in married]
    return tied[0] if len(tied) == 1 and most_named in tied[0] else None


def named_together(sentences: Sequence[Sentence]) -> dict[str, Counter[tuple[str, str]]]:
    """Per article, how many of its sentences name each pair of people explicitly."""
    together: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for s in sentences:
        named = sorted({m.person for m in s.mentions if m.explicit})
        together[s.source].update((a, b) for i, a in enumerate(named) for b in named[i + 1:])
    return together


def _article_pairs(sentences: Sequence[Sentence], siblings: Mapping[str, frozenset[str]],
                   relations: Sequence[Relation] = (), together: dict[str, Counter[tuple[str, str]]] | None = None,
                   young: frozenset[str] | None = None) -> dict[str, frozenset[str]]:
    """Each article (source id) -> the two people its sentences name together most often
    (their children, named as often, are seldom named in one sentence with both); where no pair
    stands out, or where the pair that does is two young children, the corpus's pair, if the article names both.
    `together`: named_together's counts, where the caller has them (siblings' pairs are taken out of them);
    `young`: named_young's answer, where the caller has it."""
    together = named_together(sentences) if together is None else together
    for c in together.values():  # a brother and sister are not the article's couple
        for gone in [p for p in c if p[1] in siblings.get(p[0], frozenset())]:
            del c[gone]
    main = _corpus_couple(sum(together.values(), Counter()), relations, _named(sentences))
    present: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        present[s.source].update(s.people)
    young = named_young(sentences) if young is None else young
    out: dict[str, frozenset[str]] = {}
    for source, c in together.items():
        pair = _top(c)
        if pair is not None and pair <= young:
            pair = None  # two young children named together most ("raise Ivy, Tom and Sam together ... three
            # children: Ivy, 8, Tom, 5, and Sam, 1"): no couple, nor is the pair named next (a client and her lawyer)
        pair = pair or (main if main and main <= present[source] else None)
        if pair:
            out[source] = pair
    return out


def _shared_articles(together: Mapping[str, Counter[tuple[str, str]]], pairs: Mapping[str, frozenset[str]],
                     couples: frozenset[frozenset[str]]) -> frozenset[str]:
    """The articles whose pair is the corpus's only for want of a better one, naming another couple
    together as often (see _another_couple_as_often); `together`: named_together's counts."""
    return frozenset(source for source, c in together.items()
                     if source in pairs and _top(c) is None and _another_couple_as_often(c, pairs[source], couples))


def _another_couple_as_often(counts: Counter[tuple[str, str]], main: frozenset[str],
                             couples: frozenset[frozenset[str]]) -> bool:
    """Whether an article names another couple of one of its pair (a new partner: the relations make
    them spouses or partners) together as often as any pair: in "Ray, 48, is engaged to Cy Moss ... Ray's divorce from Ann Lee ... The couple met
    in 2021", "the couple" is not Lee and Ray's (but "the former couple" would be)."""
    most = max(counts.values(), default=0)
    return any(n == most and frozenset(pair) != main and frozenset(pair) in couples and main & set(pair)
               for pair, n in counts.items())


def _two_couples(counts: Counter[tuple[str, str]], couples: frozenset[frozenset[str]]) -> bool:
    """Whether an article names together two couples the relations know, with one person in common (a first wife and
    a second: "Priya Lee met Bob Ray in 2010 ... Ray married Ann Moss in 2024")."""
    named = [frozenset(pair) for pair in counts if frozenset(pair) in couples]
    return any(a != b and a & b for a in named for b in named)


def _top(counts: Counter[tuple[str, str]]) -> frozenset[str] | None:
    """The pair counted most, when one stands out."""
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return frozenset(top[0][0]) if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _one_per_source(group: Sequence[Sentence], rank: Callable[[Sentence], tuple[Any, ...]]
                    ) -> tuple[Sentence, ...]:
    """A claim cites each source once: the sentence of that source that ranks first."""
    seen: dict[str, Sentence] = {}
    for s in sorted(group, key=lambda s: (s.source, rank(s))):
        seen.setdefault(s.source, s)
    return tuple(sorted(seen.values(), key=lambda s: (s.source, s.index)))
