"""The fact check's records about the profile's own people, for the paragraph that opens
each section: when the couple met, married, separated and divorced, when each of their
children was born, how many children they have, who was given custody and when, how long
the fight lasted.

A record is made only where it is certain what it says:
- one value about exactly the couple (or one of them, or one child of theirs), given by one
  article or agreed by several: every article that gives it is cited;
- values that differ, only where the fact check calls them a disagreement (both are stated,
  neither chosen) or a count that grew over time (each with its date); values that differ
  for any other reason (a figure the fact check does not compare) make no record, and are left to
  the statements below the paragraph. How long a marriage lasted depends on where it is counted
  to: marriage_length.py records it per event.
A sentence resting on an unnamed source is never cited by a record: the paragraph says only
what named sources report.

A one-time event of the couple with one value is also supported by the articles that tell it of
exactly them without a date (`Record.undated`, undated_support): cited after the event's words,
never for the value; precision first (the event's own words, no hedge, no second occurrence, no
other time, written in or after the event's year).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from . import slots
from .announced import ANNOUNCED_WHEN, SPLIT_ANNOUNCED, announced_then, disowned_after, split_announced, told_as_news
from .claims import ClaimGroup, hedged_here, says_whose_count
from .clauses import relative_clause_around, who_aside_around
from .extract import (
    DATELINE,
    SIBLING_BEFORE,
    clause,
    month_at,
    months_said,
    puts_at_another_time,
    recent_year,
    time_mentions,
    written_on,
)
from .factcheck import AGREEMENT, DISAGREEMENT, SUPERSEDED
from .filers import FILER_IN_DOUBT, named_filers
from .filers import SLOT as WHO_FILED
from .ingest.dates import ahead_of_article
from .lang.en import (
    AGAIN,
    BLENDED,
    CUSTODY_GIVEN,
    DENIED,
    EVENT_TAIL,
    FICTION,
    FINAL_WORDS,
    FROM_ANOTHER_MARRIAGE,
    HEDGES,
    KIN_WORDS,
    MET_TAIL,
    MONTHS,
    NOT_SO,
    NOT_UNTIL,
    NUMBER_VALUES,
    OCCASION_AFTER,
    OTHER_PARTNER,
    PLURAL_REFERENCE,
    REPORT_VERBS,
    ROLE_WORDS,
    SEPARATED_SOMETHING,
    SUBORDINATE,
    THEIR_OWN_WORD,
    UNDATED_DOUBT,
    VOW_RENEWAL,
    WED_EACH_OTHER_AGAIN,
    WISH_OR_PLAN,
    YEAR,
)
from .model import (
    ON_RECORD,
    PARTNER_KINDS,
    UNNAMED,
    Citation,
    Conflict,
    Fact,
    QuoteGroup,
    QuoteVerdict,
    Record,
    RecordValue,
    Relation,
    Sentence,
    Source,
    Span,
    Verdict,
)
from .origins import origin_of
from .quotes import quote_words
from .sections import OTHER_COUPLES, SLOT_SECTIONS, kin_owned
from .similar import unknown_names

SINGLE_SOURCE = Verdict.SINGLE
# The events and figures a record is written for, in the order a paragraph tells them, and
# whom each is about: the couple, one of the couple, or one child of theirs (the registry's
# `record` and `record_about`).
COUPLE = tuple(s.name for s in slots.records() if s.record_about == slots.COUPLE)
ONE_OF_COUPLE = tuple(s.name for s in slots.records() if s.record_about == slots.ONE_OF_COUPLE)
ORDER = tuple(s.name for s in slots.records())
# Figures with one true value, whose different values are one disagreement (or a count that grew).
ONE_VALUE = slots.flagged("one_value")
COUNTS = frozenset([slots.CHILDREN])
BIRTHS = frozenset(s.name for s in slots.records() if s.record_about == slots.CHILD)
CUSTODY_AWARDED = slots.CUSTODY_AWARDED
COUPLE_EVENTS = frozenset(n for n in COUPLE if n not in ONE_VALUE and n != slots.CHILDREN)
# Custody of someone who is not the couple's child ("custody of her niece").
_OTHER_CHILD = re.compile(r"\bcustody of (?:her|his|their|the) (?:niece|nephew|grand\w+|step\w+|sister|brother|dog|pets?)\b"
                          r"|\bcustody of (?:(?:her|his|their|the|the couple['’]s|\w+['’]s)\s+)?(?:\w+\s+)?"
                          r"(?:dogs?|cats?|pets?|pupp(?:y|ies)|horses?|ponies|pony|animals?)\b"
                          r"|" + FROM_ANOTHER_MARRIAGE,
                          re.IGNORECASE)
_RECEIVES_AFTER = re.compile(r"\s+(?:(?:was|were|has been|had been|is)\s+(?:awarded|granted|given|handed)|won|wins|gets|got"
                             r"|keeps|kept|retains|retained|received|receives)\b", re.IGNORECASE)
# ... or before the name, with a word of what they are between at most ("has awarded actress Ann Lee").
_GIVES_BEFORE = re.compile(r"\b(?:awarded|awarding|granted|granting|gave|given|giving|handed|handing)\s+"
                           r"(?:(?:the\s+)?(?!custody\b)(?-i:[a-z])[\w-]*\s+)?$", re.IGNORECASE)
# "a judge gave her primary physical custody": custody given to a pronoun ("her custody of" is a possessor).
_GIVEN_TO_PRONOUN = re.compile(r"\b(?:awards?|awarded|awarding|grants?|granted|granting|gives|gave|given|giving|hands|handed"
                               r"|handing)\s+(her|him)\s+"
                               r"(?:(?:sole|primary|full|joint|temporary)\s+){0,2}(?:(?:physical|legal)\s+"
                               r"(?:and\s+(?:physical|legal)\s+)?)?custody\b", re.IGNORECASE)
# Custody given to someone, in words that say so ("awarded her primary custody", "won custody",
# "custody was granted to"), not a ruling named as a noun ("the custody order").
_GIVEN_CUSTODY = re.compile(CUSTODY_GIVEN + r"|\bcustody\s+(?:was|were|has been|had been)\s+(?:awarded|granted|given|handed)\b",
                            re.IGNORECASE)
# What kind of custody a clause says was given: "primary physical custody", "joint custody".
_CUSTODY_KIND = re.compile(r"\b((?:temporary\s+)?(?:sole|primary|full|joint)(?:\s+(?:physical|legal))?)\s+custody\b",
                           re.IGNORECASE)
# Where each record is told: where its event belongs; how many children the couple have is
# where the family stands now (the registry's `record_section`).
RECORD_SECTIONS = {**SLOT_SECTIONS, **{s.name: s.record_section for s in slots.SLOTS if s.record_section}}


def build_records(claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]], conflicts: Sequence[Conflict],
                  couple: frozenset[str], relations: Sequence[Relation], sources: Sequence[Source],
                  sections: Sequence[str], named_most: Sequence[str] = (),
                  origin: Mapping[str, str] | None = None, sentences: Sequence[Sentence] = (),
                  others: Collection[tuple[str, str, str]] = (), genders: Mapping[str, str] | None = None,
                  childlike: Collection[str] = ()) -> tuple[Record, ...]:
    """The records of the couple's story, in the order of ORDER, each in the section its event
    belongs to (none for a section the profile does not have); the people of each in the order
    of `named_most` (the people, the most mentioned first), the rest by name. `origin`: each
    article's original (a syndicated copy's source), so that a copy does not make an agreement.
    `sentences`: every sentence of the corpus, for the articles that tell an event without a
    date (undated_support). `others`: (sentence, slot, value) of facts that are someone else's (a
    count of others' children, claims.counts_of_others; a split before the couple's wedding,
    marriages.earlier_marriages), never the couple's record. `childlike`: the people the corpus
    names as children (sections.children_named)."""
    origin = origin or {}
    if len(couple) != 2:
        return ()
    children, kin = kin_of(relations, couple)
    dates = {s.id: s.sort_date for s in sources}
    written = {s.id: written_on(s) for s in sources}  # the article's own date: the month "last month" is
    verdicts = _verdicts(conflicts)
    filed_disputed = {c.id.rsplit("-", 1)[-1] for c in conflicts if c.slot == WHO_FILED}  # the years of filings whose
    # filer the articles disagree on (filers.py): the record names no one
    gathered: dict[tuple[str, frozenset[str]], dict[str, list[Sentence]]] = defaultdict(lambda: defaultdict(list))
    given_by: dict[tuple[str, frozenset[str], str], list[tuple[Sentence, Fact]]] = defaultdict(list)
    others_in_view, one_and_another = _doubts(sentences, couple, couple | children | kin, childlike, children)
    in_doubt = others_in_view | one_and_another
    for s, slot, keyed_value, claim_about in _record_tasks(claims, facts):
        if s.attribution == UNNAMED or DENIED.search(s.text):
            continue  # never an unnamed source, nor a sentence that calls a report untrue
        if any((s.id, f.slot, f.value) in others for f in facts.get(s.id, ()) if f.slot == slot):
            continue  # another's fact: a split before the couple's wedding (marriages.earlier_marriages)
        given = [f for f in facts.get(s.id, ()) if f.slot == slot and f.value[:1].isdigit()
                 and not f.value.endswith("(expected)")]
        whose = {id(f): (_born_right_after(s, f) if slot in BIRTHS else frozenset()) or frozenset(f.subject)
                 for f in given}
        if slot not in ONE_VALUE and any(len({f.value for f in given if whose[id(f)] == whose[id(g)]}) > 1
                                         for g in given):
            continue  # one sentence, two values of one event ("married in 2004, renewed their vows in 2014");
            # two children born in two years are two events ("their daughter arrived in 2014, their son in 2016")
        year = dates.get(s.source, "")[:4]
        # a birth is told of the child its clause names, so every birth of the sentence counts:
        # "their daughter arrived in 2014, and their son followed in 2016" words one claim only
        found = [f for f in given if (slot in ONE_VALUE or slot in BIRTHS or keyed_value in (None, f.value))
                 and not says_not_so(s, f) and not hedged_here(s, f)  # ("have reportedly split": no record's fact)
                 and not (f.kind == slots.YEAR and year.isdigit() and f.value > year)]  # no past event after its article
        if slot in ONE_VALUE and any("'s " in p for g in facts.get(s.id, ()) for p in g.subject):
            continue  # "..., who is the younger sister of Ann Lee, finalised her divorce in 2018 after a bitter two-year
            # battle": the length of the kin's fight, whose event the sentence tells (extract.event_subject)
        if (slot in COUPLE_EVENTS or slot in COUNTS) and s.id in others_in_view:
            found = [f for f in found if clause_people(s, f) - _tag_speakers(s)]  # "... founded the firm with Cy Moss
            # and Ivy Lo. The two split in 2021": "the two" may be the pair the sentence before names (nor does "The
            # couple separated in 2015, Vance said" name Vance as one of the two)
        if slot in COUPLE_EVENTS:  # "... married in 2011 and the Moss family separated in 2016": the Mosses'
            found = [f for f in found if not _another_subject_joined(s, f)]
        if keyed_value is None and slot in COUPLE_EVENTS:  # read beside another claim: its own clause names them
            found = [f for f in found if clause_people(s, f) == couple]  # ("..., and their friends have split")
        if slot in COUNTS:  # not a count told of others (claims.counts_of_others), nor the children's own
            found = [f for f in found if not listed_after(s, f, couple) and not had_by_children(s, f, children)
                     and (s.id, f.slot, f.value) not in others]
        for told in ([[f] for f in found] if slot in BIRTHS else [found]):  # each child's birth apart
            who = _record_whom(s, slot, told, claim_about, couple, children, kin, relations, genders or {})
            if who == couple and (slot in COUPLE_EVENTS or slot in COUNTS) and s.id in one_and_another:
                told = [f for f in told if clause_people(s, f)]  # "the two" may be one of them and another
            if who == couple and slot == slots.MARRIED_AGAIN and not WED_EACH_OTHER_AGAIN.search(s.text):
                told = [f for f in told if _people_of(s, clause(s.text, f.span.start - s.start, f.span.end - s.start)[0],
                                                      f.span.start - s.start) == couple]  # both before its words
                # ("Lee and Ray married again in 2018"; not "After her divorce from Ray in 2015, Lee married again in
                # 2018" nor "Lee tied the knot for a second time in 2018, three years after her divorce from Ray
                # Vance": again, but to whom? never "They married each other again")
            if who is None or not told:
                continue
            for f in told:
                gathered[(slot, who)][f.value].append(s)
                given_by[(slot, who, f.value)].append((s, f))
    _gather_passing(gathered, given_by, sentences, facts, couple, children, others, dates, claims, relations,
                    in_doubt)
    out: list[Record] = []
    by_id = {s.id: s for s in sentences}
    rank = {name: i for i, name in enumerate(named_most)}
    called = {name: short for name, short in short_names(named_most).items() if name in couple}
    called = called if len(called) == 2 else {}  # both of them by surname, or neither
    for (slot, who), by_value in sorted(gathered.items(), key=lambda kv: (  # children in the order of their births
            ORDER.index(kv[0][0]), min(kv[1]) if kv[0][0] in BIRTHS else "", sorted(kv[0][1]))):
        section = RECORD_SECTIONS.get(slot, "") if who <= couple | children else OTHER_COUPLES
        if section not in sections:
            continue
        if len(by_value) == 1:
            by_value = _with_disputed(slot, who, by_value, verdicts, by_id, facts, given_by)
        verdict, order = _verdict(slot, who, by_value, verdicts, origin)
        if not verdict:
            continue
        values = tuple(RecordValue(v, _as_of(slot, by_value[v], facts, dates, written) if verdict == SUPERSEDED else "",
                                   oldest_first(by_value[v], dates), agreed_month(given_by[(slot, who, v)], written))
                       for v in order)
        about = tuple(sorted(who, key=lambda name: (rank.get(name, len(rank)), name)))
        one = given_by[(slot, who, order[0])] if len(order) == 1 else []
        # the children by name, for the count, or for the latest count of one that grew over time
        latest = given_by[(slot, who, order[-1])] if verdict == SUPERSEDED else one
        names = _named_children(latest, values[-1].citations, children, rank) if slot in COUNTS else ()
        listed = _listing_children(names, values[-1], sentences, facts, dates) if names else ()
        out.append(Record(f"r{len(out) + 1}", section, slot, about, verdict, values,
                          _custody_kind(one) if slot == CUSTODY_AWARDED
                          else _filer(one, couple) if slot == slots.DIVORCE_FILED and order[0] not in filed_disputed
                          else "", names,
                          tuple(called[name] for name in about) if all(name in called for name in about) else (),
                          listed))
    return undated_support(out, sentences, facts, sources, couple, claims, other_pairs(relations, couple), in_doubt)


# The couple's events one of them alone may be said to have had ("Lee divorced in 2022", "her 2012
# wedding"): never a meeting or the start of a relationship, which take two named.
_ONE_NAMES_IT = frozenset([slots.MARRIED, slots.ENGAGED, slots.SEPARATED, slots.DIVORCE_FILED, slots.DIVORCE_FINAL,
                           slots.MARRIED_AGAIN, slots.ENGAGED_AGAIN])


def _gather_passing(gathered: dict[tuple[str, frozenset[str]], dict[str, list[Sentence]]],
                    given_by: dict[tuple[str, frozenset[str], str], list[tuple[Sentence, Fact]]],
                    sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str],
                    children: frozenset[str], others: Collection[tuple[str, str, str]], dates: Mapping[str, str],
                    claims: Sequence[ClaimGroup], relations: Sequence[Relation],
                    in_doubt: Collection[str]) -> None:
    """Add to the couple's event records the articles that give one of the record's values in
    passing, in a sentence whose claim is another one ("The 2022 divorce decree had named Lee the
    residential parent"), or naming one of the couple alone ("His first marriage, to Ann Lee,
    ended in divorce in 2022") or neither ("The two divorced in January", "The couple, who wed in
    2012, ..."). The value the record already holds, from sentences that name the couple, is what
    makes it the couple's event: a value no such sentence gives is never added. Precision first,
    a sentence joins only when all of these hold:
    - a named source, calling no report untrue; the fact not someone else's (`others`), not said
      not to have happened, not after its article, its month (if it gives one) the record's (where
      the record's sentences give one);
    - the sentence names no one but the couple and their children, and its fact's clause, up to
      the fact, no name the corpus does not know (but a place); the clause no other partner ("her first husband"), no renewal
      of vows, no story ("In the film"), no kin the couple own ("Lee and Ray's son married");
    - the sentence is in a claim (not set aside: a question, a copy, a teaser);
    - the clause names both of them; or one of them, for an event one alone may be said to have
      had (_ONE_NAMES_IT); or neither, with "the couple", "the two", "the exes" before the event's
      words, in an article that names both of them and both of no other pair the relations give as
      spouses or partners ("Yes, that means both of them filed for divorce in 2019", of one of the
      couple and a new partner, each from someone else; not the groom's brother alone, whose wife
      another article names), nor two others in the sentence before ("her
      co-host Tessa Orr ... her husband, Milo Orr. The couple separated in 2021");
      Or the event's words are a second predicate of the clause that gives another event of the
      record's the very sentence (joined_to_theirs: "The parties married on 18 June 2011 and separated
      in April 2016", its wedding the couple's record of it cites);
    - the value is given by a sentence that names both of them by name (not only by a passing
      mention, nor "the two")."""
    theirs = {slot: by_value for (slot, who), by_value in gathered.items() if who == couple and slot in COUPLE_EVENTS}
    if not theirs:
        return
    cited = {slot: {s.source for ss in by_value.values() for s in ss} for slot, by_value in theirs.items()}
    named_in = named_by_article(sentences)
    pairs = other_pairs(relations, couple)
    claimed = {s.id for c in claims for s in c.sentences}
    # a value some sentence naming both of them by name gives: what makes a passing mention theirs
    anchored = {(slot, value) for slot, by_value in theirs.items() for value in by_value
                if any(couple <= {m.person for m in s.mentions if m.explicit} for s, _f in given_by[(slot, couple, value)])}
    months = {(slot, value): {n for s, f in given_by[(slot, couple, value)] if (n := month_at(s, f))}
              for slot, by_value in theirs.items() for value in by_value}
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        found = [f for f in facts.get(s.id, ()) if f.slot in theirs and f.value in theirs[f.slot]
                 and (f.slot, f.value) in anchored and s.source not in cited[f.slot]]
        if not found or s.id not in claimed or s.attribution == UNNAMED or DENIED.search(s.text):
            continue  # a sentence set aside (a question, a copy) supports nothing
        if any(m.person not in couple | children for m in s.mentions):
            continue
        year = dates.get(s.source, "")[:4]
        for f in found:
            month = month_at(s, f)
            if ((s.id, f.slot, f.value) in others or says_not_so(s, f) or (year.isdigit() and f.value > year)
                    or (month and months[(f.slot, f.value)] and month not in months[(f.slot, f.value)])
                    or s.source in cited[f.slot]):
                continue
            if not (passing_whom(s, f, couple, named_in[s.source],
                                 pair_named(pairs, named_in[s.source]) or s.id in in_doubt)
                    or joined_to_theirs(s, f, [g for g in facts.get(s.id, ()) if g.slot != f.slot
                                               and any(x.id == s.id for x in theirs.get(g.slot, {}).get(g.value, ()))],
                                        couple)):
                continue
            theirs[f.slot][f.value].append(s)
            given_by[(f.slot, couple, f.value)].append((s, f))
            cited[f.slot].add(s.source)


def pair_in_doubt(sentences: Sequence[Sentence], couple: frozenset[str], ours: frozenset[str],
                   childlike: Collection[str], children: Collection[str] = ()) -> set[str]:
    """Both kinds of doubt of _doubts, together."""
    others, one_and_another = _doubts(sentences, couple, ours, childlike, children)
    return others | one_and_another


def _doubts(sentences: Sequence[Sentence], couple: frozenset[str], ours: frozenset[str],
            childlike: Collection[str], children: Collection[str] = ()) -> tuple[set[str], set[str]]:
    """The sentences where "the two", "both", "they" or "the couple" may be another pair than the
    couple, of two kinds: (1) the sentence before names two or more people outside `ours` (by a name the
    corpus knows or by one it does not), and either does not name both of the couple or the words are
    not ones for a couple ("Lee founded the firm with Cy Moss and Ivy Lo. The two split in 2019"; "Her
    co-host Tessa Orr ... her husband, Milo Orr. The couple separated in 2019"; not "Ray and his wife, Ivy
    Lo, share four children, while Lee and her husband, Cy Moss, have a son. ... where the couple first
    met"); (2) it names one of the couple and someone else, not in a role for someone ("Lee's attorney,
    Jo Roe"), and "the two" or "the pair" stand for two ("Ray formed a duo with Cy Moss. The two split
    in 2019"): no event of the couple, but still that other pair's ("Bob is now married to Ivy.
    They got married in 2012, and the pair share ..."). One the corpus names as a child (`childlike`,
    sections.children_named) is no one of such a pair."""
    out: set[str] = set()
    one_and_another: set[str] = set()  # the second kind, apart: "the two" may still be that other pair's
    before: Sentence | None = None
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if before is not None and before.source == s.source:
            others = ({m.person for m in before.mentions if m.person not in ours and m.person not in childlike}
                      | {name for _a, _b, name in unknown_names(before)})  # named once: no one the corpus knows
            both = couple <= {m.person for m in before.mentions}
            last = sorted(before.mentions, key=lambda m: m.start)[-2:]
            a_pair = (len({m.person for m in last}) == 2 and not {m.person for m in last} & (couple | set(children))
                      and _SPOUSE_BEFORE.search(before.text, 0, last[-1].start - before.start))
            if len(others) >= 2 and not (both and _COUPLE_WORDS.search(s.text)):
                out.add(s.id)
            elif a_pair and _OPENS_ON_A_PAIR.match(s.text):
                out.add(s.id)  # "Ray, who married Ann Lee, works with his brother Tom Ray and Tom's wife, Ivy Ray. The
                # couple separated in 2015": the pair named last, one the other's spouse, kin or not
            elif not both and _paired_with_another(before, others) and _OPENS_ON_A_PAIR.match(s.text):
                one_and_another.add(s.id)  # "Tolland married yoga teacher Juno Park in 2013. The couple have two
                # children.": that pair's, not the profile's couple's
            elif (not both and _TWO_OF_THEM.search(s.text) and not _COUPLE_WORDS.search(s.text)
                  and others - _in_a_role(before)):
                one_and_another.add(s.id)  # "Ray formed a duo with Cy Moss. The two split in 2019": Ray and Moss (not
                # "Lee's attorney, Jo Roe, declined to comment. The two divorced in January")
        before = s
    return out, one_and_another


def _in_a_role(s: Sentence) -> set[str]:
    """The people the sentence names in a role for someone ("Lee's attorney, Jo Roe", "her publicist Cy
    Moss"): no partner of theirs."""
    return {m.person for m in s.mentions if _ROLE_BEFORE.search(s.text, 0, m.start - s.start)}


_ROLE_BEFORE = re.compile(ROLE_WORDS + r",?\s*$", re.IGNORECASE)
_COUPLE_WORDS = re.compile(r"\b(?:couple|exes|spouses|newlyweds)\b", re.IGNORECASE)
# Words that pair one of the couple with someone else in the sentence before "the couple".
_SPOUSE_BEFORE = re.compile(r"\b(?:wife|husband|partner|fianc[ée]e?|girlfriend|boyfriend)\s*,?\s*$", re.IGNORECASE)
_OPENS_ON_A_PAIR = re.compile(r"\W*(?:(?:The|the)\s+(?:couple|pair|two|duo)\b|They\b)")
_PAIRED = re.compile(r"\b(?:married|marries|wed|weds|engaged to|is dating|began dating|started dating)\s+"
                     r"(?:(?-i:[a-z])[\w-]*\s+){0,3}$", re.IGNORECASE)


def _paired_with_another(s: Sentence, others: set[str]) -> bool:
    """Whether the sentence names someone outside the couple right after a word that pairs them ("Tolland
    married yoga teacher Juno Park in 2013"; not "..., where singer friend Dana Ruiz sang at the reception")."""
    return any(m.person in others and _PAIRED.search(s.text, 0, m.start - s.start) for m in s.mentions) or any(
        name in others and _PAIRED.search(s.text, 0, start) for start, _end, name in unknown_names(s))
# Words for two people that may be any two: after a sentence naming one of the couple and someone else.
_TWO_OF_THEM = re.compile(r"\b(?:the two|the pair|the duo|both of them)\b", re.IGNORECASE)


def named_by_article(sentences: Sequence[Sentence]) -> dict[str, set[str]]:
    """Each article -> the people it names by name (what "the couple" in it may be checked against)."""
    named_in: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        named_in[s.source].update(m.person for m in s.mentions if m.explicit)
    return named_in


def other_pairs(relations: Sequence[Relation], couple: frozenset[str]) -> list[frozenset[str]]:
    """The pairs the relations give as spouses or partners, but the couple: a new partner of one of
    them, a sibling and her husband."""
    return sorted({frozenset((r.person, r.other)) for r in relations
                   if r.kind in PARTNER_KINDS and frozenset((r.person, r.other)) != couple},
                  key=sorted)


def new_partners(relations: Sequence[Relation], couple: frozenset[str]) -> frozenset[str]:
    """The people the relations make a spouse or a partner of one of the couple, the other of them aside: a new
    partner, or one from before."""
    return frozenset(p for pair in other_pairs(relations, couple) if pair & couple for p in pair - couple)


def pair_named(pairs: Sequence[frozenset[str]], named: Collection[str]) -> bool:
    """Whether an article names both of another pair (one of them may be one of the couple: a new
    partner beside them), so that "the couple" or "both of them" may be that pair; naming one of
    them alone (the groom's brother, whose wife another article names) is not."""
    return any(pair <= set(named) for pair in pairs)


def passing_whom(s: Sentence, f: Fact, couple: frozenset[str], named_in_article: set[str],
                  names_another_partner: bool) -> bool:
    """Whether a fact given in passing is told of the couple (see _gather_passing)."""
    a = f.span.start - s.start
    lo, hi = clause(s.text, a, f.span.end - s.start)
    if (OTHER_PARTNER.search(s.text, lo, hi) or VOW_RENEWAL.search(s.text, lo, hi)
            or FICTION.search(s.text, lo, a)  # "In the film, they married in 2012"; not "..., met on the set of a drama"
            or _of_others(s, f, couple)
            or any(lo <= start < f.span.end - s.start and not _AT_PLACE.search(s.text, 0, start)
                   for start, _end, _name in unknown_names(s))):
        return False
    if _another_subject_joined(s, f):
        return False  # "Lee and Ray married in 2011 and the Moss family separated in 2016": the Mosses'
    named = clause_people(s, f)
    if named == couple:
        return True
    if named:
        return (len(named) == 1 and named <= couple and f.slot in _ONE_NAMES_IT
                and not _EVENT_AS_A_THING.search(s.text, lo, hi))  # "his 2019 split": of what?
    said = _THE_COUPLE.search(s.text, lo, a)
    return (couple <= named_in_article and not names_another_partner and said is not None
            and not _DEFINED_AFTER.match(s.text, said.end()))  # "The couple who owned it before him separated"


def joined_to_theirs(s: Sentence, f: Fact, theirs: Sequence[Fact], couple: frozenset[str]) -> bool:
    """Whether the event of `f` is told as a second predicate of a clause whose first predicate gives an event of
    `theirs` (facts of the sentence that the couple's records already give it): "The parties married on 18 June
    2011 and separated in April 2016", "They wed in 2011 and divorced in 2018" after a wedding the record of theirs
    cites. Only ", and" or "and" (then "then", "later", "eventually") between the first event's date and the second
    event's words (or a list's comma: "married in 2011, separated in 2016"), those words right before its date
    ("separated in April 2016"), no one named in the clause but
    them, and none of passing_whom's other partner, renewal of vows, story or name no one bears."""
    known = slots.slot(f.slot)
    if known is None or known.cue is None:
        return False
    a = f.span.start - s.start
    lo, hi = clause(s.text, a, f.span.end - s.start)
    if (OTHER_PARTNER.search(s.text, lo, hi) or VOW_RENEWAL.search(s.text, lo, hi) or FICTION.search(s.text, lo, a)
            or _of_others(s, f, couple) or not clause_people(s, f) <= couple
            or any(lo <= start < f.span.end - s.start and not _AT_PLACE.search(s.text, 0, start)
                   for start, _end, _name in unknown_names(s))):
        return False
    for g in theirs:
        end = g.span.end - s.start
        if end > a:
            continue
        for m in known.cue.finditer(s.text, end, a):
            if _AND_THEN.fullmatch(s.text, end, m.start()) and _RIGHT_BEFORE_DATE.fullmatch(s.text, m.end(), a):
                return True
    return False


# Between the first event's date and the second event's words: "2011 and separated", "2011, and then split", a list's
# comma ("married in 2011, separated in 2016, divorced in 2018").
_AND_THEN = re.compile(r",?\s+and\s+(?:(?:then|later|eventually)\s+)?|,\s+")
# Between the second event's words and its date: "separated in April 2016", "divorced in 2018", "split on 4 May 2019".
_RIGHT_BEFORE_DATE = re.compile(r"\s+(?:in|on)\s+(?:(?:early|late|mid-?|the\s+spring\s+of|the\s+summer\s+of|the\s+autumn\s+of"
                                r"|the\s+fall\s+of|the\s+winter\s+of)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?")


def _another_subject_joined(s: Sentence, f: Fact) -> bool:
    """Whether the event's words follow "and", "but" or "while" and a subject of their own ("... and the Moss family
    separated in 2016", "... and their band split", "... and many of the guests separated"): not the couple's,
    though the clause names them before; "... and separated in 2016", "... and then they split" are theirs."""
    known = slots.slot(f.slot)
    if known is None or known.cue is None:
        return False
    a = f.span.start - s.start
    lo, _hi = clause(s.text, a, f.span.end - s.start)
    cues = [m for m in known.cue.finditer(s.text, lo, a)]
    if not cues:
        return False
    at = cues[-1].start()
    # only a second predicate after another event's year ("married in 2011 and ..."), after the last name before it
    # ("Ann Lee and Bob Ray met", "The singer and the actor married in 2011, split in 2018": no subject joined)
    years = [m.end() for m in _YEAR_WORD.finditer(s.text, lo, at)]
    if not years:
        return False
    since = max([years[-1], *(m.end - s.start for m in s.mentions if lo <= m.start - s.start and m.end - s.start <= at)])
    joins = list(_JOIN.finditer(s.text, since, at))
    return bool(joins) and bool(_A_SUBJECT.match(s.text, joins[-1].end(), at)) \
        and not _THEIR_EVENT.match(s.text, joins[-1].end(), at)


_JOIN = re.compile(r"\b(?:and|but|while|whereas)\s+", re.IGNORECASE)
_YEAR_WORD = re.compile(rf"\b{YEAR}\b")
# A subject of its own right after "and": a determiner, a quantifier or a name ("the Moss family", "their band", "both
# sets of parents", "many of the guests", "Cy Moss"); not a verb ("announced their separation", "got married").
_A_SUBJECT = re.compile(r"(?:the|their|his|her|its|both|many|some|all|several|most|every|each|two|other|(?-i:[A-Z])[\w'’-]*)\b",
                        re.IGNORECASE)
# ... but the couple's own event as the subject: "their divorce was finalised", "the divorce became final", "the couple".
_THEIR_EVENT = re.compile(r"(?:the|their)\s+(?:(?:former\s+)?(?:couple|pair|two)|divorce|split|separation|marriage|wedding"
                          r"|engagement)\b|(?:they|both\s+of\s+them)\b", re.IGNORECASE)


# "The couple who owned the house", "the two that ran the shop": a pair the words that follow define.
_DEFINED_AFTER = re.compile(r"\s+(?:who|whom|that)\b(?!\s*,)", re.IGNORECASE)


# "The couple", "the two", "the exes": the article's couple, where it names no partner of either but the other.
_THE_COUPLE = re.compile(r"\b(?:the|former)\s+(?:couple|pair|two|exes|spouses)\b", re.IGNORECASE)


def _record_tasks(claims: Sequence[ClaimGroup], facts: Mapping[str, Sequence[Fact]]
                  ) -> list[tuple[Sentence, str, str | None, frozenset[str]]]:
    """(sentence, slot, the value its claim is keyed on, whom its claim is about) for each fact of a
    record's slot a sentence of a claim gives: the claim's own slot and value first; then a slot of
    the sentence that no claim of its is keyed on, whatever its value, with whom the first such claim
    is about ("Lee and Ray have separated after nearly 15 years of marriage" is gathered on the
    marriage's length: its separation is the couple's too)."""
    tasks: list[tuple[Sentence, str, str | None, frozenset[str]]] = []
    done: set[tuple[str, str]] = set()
    for claim in claims:
        if claim.key is not None and claim.key[0] in ORDER:
            for s in claim.sentences:
                tasks.append((s, claim.key[0], claim.key[1], claim.about))
                done.add((s.id, claim.key[0]))
    for claim in claims:
        for s in claim.sentences:
            for slot in dict.fromkeys(f.slot for f in facts.get(s.id, ()) if f.slot in ORDER):
                if (s.id, slot) not in done:
                    tasks.append((s, slot, None, claim.about))
                    done.add((s.id, slot))
    return tasks


# A word for children right before a list of their names ("their three children, Ivy, Tom and Ann",
# "the kids: Ivy, 8, Tom, 6"); never grandchildren or stepchildren.
_CHILDREN_BEFORE = re.compile(r"\b((?:grand|step|great-grand)-?)?(?:children|kids|sons|daughters|siblings|twins)\b"
                             r"|\bcustody of\b|\b(?:share|shares|shared)\b",
                             re.IGNORECASE)
_CHILDREN_REACH = 40  # how far before the first name the word may stand ("the children, Ivy, 8, ...")
# ... or farther, past the marriage they are of: "Ray's children from his marriage to the host Ann Lee, Ivy, 11, ..."
_OF_THE_MARRIAGE = re.compile(r"\s+from\s+(?:his|her|their)\s+marriage\s+to\s+[^,.;]{3,60},\s*")


def _listing_children(names: Sequence[str], latest: RecordValue, sentences: Sequence[Sentence],
                      facts: Mapping[str, Sequence[Fact]], dates: Mapping[str, str]) -> tuple[Citation, ...]:
    """The articles, not cited for the count, that name every child of a count by name after a word
    for children ("The children, Ivy, 8, Tom, 6, and Ann, 3, live with her", "custody of Ivy, 8, and
    Tom, 6", "Ray's children from his marriage to Ann Lee, Ivy, 11, and Tom, 9", "The exes, who share
    Ivy, 10, and Tom, 8, ..."), or each but the
    first right after a word of kin ("Ivy joins big sister June, 5, and brother Tom, 3"), from a named source
    and calling nothing untrue, giving no other count of children: support for the names, cited
    after them (a record's `undated`), never for the count."""
    cited = {c.source for c in latest.citations}
    found: dict[str, Sentence] = {}
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if s.source in cited or s.source in found or s.attribution == UNNAMED or DENIED.search(s.text):
            continue
        at: dict[str, int] = {}
        for m in s.mentions:
            if m.explicit and m.person in names:
                at.setdefault(m.person, m.start - s.start)  # where each child is first named
        if len(at) != len(names) or any(f.slot in COUNTS and f.value != latest.value for f in facts.get(s.id, ())):
            continue
        first = min(at.values())
        words = [w for w in _CHILDREN_BEFORE.finditer(s.text, max(0, first - 2 * _CHILDREN_REACH), first)
                 if first - w.end() <= _CHILDREN_REACH or _OF_THE_MARRIAGE.fullmatch(s.text, w.end(), first)]
        if words and not words[-1].group(1):  # the nearest word for children, not "grandchildren" nor "stepsons"
            found[s.source] = s
        elif all((kin := SIBLING_BEFORE.search(s.text, max(0, at_ - 30), at_)) and not kin.group(1)
                 for at_ in at.values() if at_ != first):
            found[s.source] = s  # "Ivy joins big sister June, 5, and big brother Tom, 3": siblings, by name
    return oldest_first(list(found.values()), dates)


# The records an article may support without a date: a one-time event of the couple (or a status of
# one of them), whose slot has words that tell the event itself (the registry's `told`); never a
# birth (of which child?), a count, a length or a custody award (custody is given, changed and given
# again: a ruling without a date may be another one).
UNDATED = frozenset(s.name for s in slots.records() if s.told is not None
                    and s.record_about in (slots.COUPLE, slots.ONE_OF_COUPLE) and s.name != CUSTODY_AWARDED)
# The couple announcing their own event, between them and its words: "Lee and Ray have announced that they are
# separating", "... announced on Tuesday that they were splitting" (no "that" of another clause: "had parents who").
_ANNOUNCED_THAT = re.compile(r"\s*,?\s*(?:(?:have|has|had)\s+)?(?:jointly\s+)?(?:announced|confirmed)"
                            r"(?:\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day|\s+(?:last|this|earlier\s+this)\s+(?:week|month))?"
                            r"\s+that\s+(?:they|the\s+(?:couple|pair|two))\s+", re.IGNORECASE)
# Someone or something named between the event's people and its words ("their daughter", "a friend",
# "the couple's lawyer", "a couple who"): the event told after is theirs ("Quinn and Hale watched as
# their daughter married"); but an aside between commas ("Quinn, the show's host, filed").
_SOMEONE_ELSE = re.compile(r"(?:\b(?:their|his|her|its|a|an|the|whose|this|that|these|those)|['’]s)\s+[\w-]+", re.IGNORECASE)
_APPOSITION = re.compile(r",[^,]*,")
# A name no one bears after one of these is a place ("filed in Reno"), not another person.
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+$")


def undated_support(records: Sequence[Record], sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                    sources: Sequence[Source], couple: frozenset[str], claims: Sequence[ClaimGroup],
                    pairs: Sequence[frozenset[str]] = (), in_doubt: Collection[str] = ()) -> tuple[Record, ...]:
    """The records, each of a one-time event with one value (UNDATED; one article's, or agreed)
    also citing the articles that tell that event of exactly its people without a date ("Lee
    has petitioned the court to dissolve her marriage to Ray"), as `undated`: support for the event, never
    for its value. Precision first, an article joins only when all of these hold:
    - it gives the slot no other year than the record's in any sentence (one with another year
      may tell another occurrence; one whose sentence with the record's year the record refused,
      an unnamed source's, may join by a sentence of its own reporting that tells the event
      plainly: "... have separated after 10 years of marriage, according to a source" beside
      "The couple announced the separation in a joint statement"), and was written in or after
      the record's year: its date, the one its web
      address gives, or the lower bound of the dates its text mentions. An article with no date
      at all may have been written before the event, of an earlier one (a filing withdrawn, then
      made again): it joins only where no article of the corpus gives the slot another year than
      the record's (the corpus knows one such event, which is the one the record dates);
    - neither of the two sentences after it takes it back ("Ray later denied it", "The statement was fake":
      announced.disowned_after);
    - the sentence rests on a named source (their own word tagged at its end is no one else's report: ", their
      representatives said Wednesday"; _tells_undated), calls no report untrue, and its clause has the
      slot's `told` words (slots.py) without saying the event did not happen, may, is sought or
      is only reported (says_not_so), without a time ahead of the article, another partner, a
      renewal of vows, words of a second occurrence ("again", "refiled", "a new petition"), or a
      work or a part in one ("In the film, ...": FICTION);
    - no year, month or day in the clause but those the extractor gave to another event ("The
      pair, who wed in 2003, announced their split"), and no word in it that puts the
      event at another time ("married a year after their 2012 engagement", "Three years after
      the 2012 engagement, they wed", "filed before they married"; a length is no time: "after
      nine years of marriage"), nor one after the event's words that gives it an occasion of its
      own ("separated briefly in the early days of their marriage", "when their son was born");
    - whom: the clause names exactly the record's people (for the couple, both, by name or by a
      pronoun the people stage resolved; or, naming no one, "the couple"/"they" where the
      sentence's couple's event is theirs: never by the sentence before, which may name others'
      kin, "Quinn and Hale's neighbours were there. They married."), no name no
      one bears (but a place), no one or nothing named between them and the event's words ("as
      their daughter married", "play a couple who separated"; an aside between commas is no
      one else), nor kin they own ("Lee and Ray's son married").
    A separation is also told as it is announced, in an article of its own year that names both of them and
    no other pair (`pairs`: the other spouses and partners the relations give; `in_doubt`: the sentences where
    "the couple" may be another pair, pair_in_doubt): "have announced that they are separating", or the
    couple's own words, quoted and said by them (announced.py)."""
    if not sentences or len(couple) != 2:
        return tuple(records)
    by_source = {s.id: s for s in sources}
    dates = {s.id: s.sort_date for s in sources}
    ordered = sorted(sentences, key=lambda s: (s.source, s.index))
    named_in = named_by_article(sentences)
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for s in ordered:
        by_article[s.source].append(s)
    theirs = {s.id for c in claims if c.key and c.about == couple and (known := slots.slot(c.key[0])) and known.couple
              for s in c.sentences}
    # each article's first sentence that names anyone: there "the couple said" can be no one the article named before
    ledes = {first.id for article in by_article.values()
             if (first := next((x for x in article if x.mentions or unknown_names(x)), None)) is not None}
    given_by_slot: dict[str, set[tuple[str, str]]] = defaultdict(set)  # (article, value) of each slot's years
    for s in ordered:
        for f in facts.get(s.id, ()):
            if f.slot in UNDATED:
                given_by_slot[f.slot].add((s.source, f.value))
    out: list[Record] = []
    for r in records:
        known = slots.slot(r.slot)
        about = frozenset(r.about)
        whose = couple if known and known.record_about == slots.COUPLE else about
        if (known is None or known.told is None or r.slot not in UNDATED or len(r.values) != 1
                or r.verdict not in (AGREEMENT, SINGLE_SOURCE) or not about <= couple or about != whose
                or not r.values[0].value.isdigit()):
            out.append(r)
            continue
        given = given_by_slot.get(r.slot, set())
        cited = {c.source for v in r.values for c in v.citations} | {source for source, v in given
                                                                   if v != r.values[0].value}
        # An article with no date at all may have been written before the event, of an earlier one:
        # it joins only where the corpus knows one such event, no article (of anyone, refused or
        # not) giving the slot another year than the record's.
        one_event = {v for _source, v in given} == {r.values[0].value}
        found: dict[str, Sentence] = {}
        for s in ordered:
            if s.source in cited or s.source in found or not known.told.search(s.text):
                continue
            src = by_source.get(s.source)
            written = ((written_on(src) or src.published_inferred or "") if src else "")[:4]
            if (written[:1].isdigit() and written < r.values[0].value) or (not written and not one_event):
                continue  # written before the event's year; or undated, in a corpus that dates the event twice
            if _tells_undated(s, known, whose, couple, facts.get(s.id, ()), src, s.id in theirs, s.id in ledes,
                              r.values[0].value) and not disowned_after(s, by_article[s.source]):
                found[s.source] = s
        if r.slot == slots.SEPARATED:  # the split as it is announced, in an article of its year (announced.py)
            as_news, value = replace(known, told=SPLIT_ANNOUNCED), r.values[0].value
            month = MONTHS.index(r.values[0].month.lower()) + 1 if r.values[0].month.lower() in MONTHS else 0
            for s in ordered:
                if (not s.quotes and not SPLIT_ANNOUNCED.search(s.text) and not ANNOUNCED_WHEN.search(s.text)) \
                        or s.source in cited or s.source in found or pair_named(pairs, named_in[s.source]):
                    continue
                src = by_source.get(s.source)
                written = (written_on(src) if src else "")
                article = by_article.get(s.source, ())
                if (announced_then(s, article, named_in[s.source], value, month, written, couple, in_doubt)
                        or split_announced(s, article, named_in[s.source], value, written, couple, in_doubt)
                        or told_as_news(s, article, named_in[s.source], value, written, couple, in_doubt)
                        and _tells_undated(s, as_news, whose, couple, facts.get(s.id, ()), src, s.id in theirs,
                                           s.id in ledes, value) and not disowned_after(s, article)):
                    found[s.source] = s
        out.append(replace(r, undated=oldest_first(list(found.values()), dates)) if found else r)
    return tuple(out)


def _tells_undated(s: Sentence, known: slots.Slot, whose: frozenset[str], couple: frozenset[str],
                   given: Sequence[Fact], source: Source | None, couple_in_view: bool, lede: bool = False,
                   year: str = "") -> bool:
    """Whether the sentence tells the event of `known` of exactly `whose` without a date, where its
    `told` words stand (see undated_support); `couple_in_view`: "the couple" or "they" there
    would be the couple; `lede`: the first sentence of its article that names anyone; `year`: the record's.
    Their own word tagged at the end (THEIR_OWN_WORD) counts where the sentence opens on them (after a
    dateline, at most a few words that describe them: "Actor Cy Moss and singer Ann Lee have separated, their
    representatives said"; not "It is nonsense that ...") and the tag's day is not before the record's year."""
    own = THEIR_OWN_WORD.search(s.outside_quotes())
    own = own if own and (lede or not own.group("bare")) else None  # ("the couple said" only in the lede)
    if s.attribution == UNNAMED or DENIED.search(s.text) or known.told is None or not _plain(s, known, own):
        return False
    other_years = {f.span.start - s.start for f in given}
    dated_to = line.end() if (line := DATELINE.match(s.text)) else 0
    said_from = own.start() if own else len(s.text)
    if own:
        first = min((m.start - s.start for m in s.mentions if m.person in whose and m.explicit), default=-1)
        said_on = recent_year(own.group("day"), written_on(source)) if own.group("day") and source else ""
        if first < dated_to or not _DESCRIBED_BEFORE.fullmatch(s.text, dated_to, first) or said_on[:1].isdigit() \
                and said_on < year:
            return False  # ("It is nonsense that Lee and Ray have separated, the couple said"; "..., the couple
            # said Monday" written on 1 January: they had split by the year before)
    for m in known.told.finditer(s.text):
        a, b = m.start(), m.end()
        lo, hi = clause(s.text, a, b)
        if not (EVENT_TAIL.match(s.text, b) or known.name == slots.MET and MET_TAIL.match(s.text, b)):
            continue  # "separated at the airport", "married their two passions", "divorced from reality"
        at = Fact(slots.YEAR, known.name, (), "", "", s.id, Span(s.source, s.start + a, s.start + b))
        if (says_not_so(s, at) or ahead_of_article(s.text, a) or OTHER_PARTNER.search(s.text, lo, hi)
                or VOW_RENEWAL.search(s.text, lo, hi) or AGAIN.search(s.text, lo, hi)
                or puts_at_another_time(s.text, lo, hi) or OCCASION_AFTER.search(s.text, b, hi)
                or FICTION.search(s.text[lo:a] + " " * (b - a) + s.text[b:hi])):
            continue  # "a year after their 2012 engagement", "before they married": another time; a story
            # ("In the film, Lee and Ray married"), not theirs ("legally single" is no song)
        if any(lo <= start < hi and start not in other_years and dated_to <= start < said_from
               for _v, start, _end in time_mentions(s.text, source)):
            continue  # a time no event took: it may be this one's, refused ("stayed married until 2019"); a wire's
            # dateline ("LONDON, Sept 5 (BPA) - ...") dates the article, their own tag (", the couple said on
            # Monday") their saying so: no event
        if any(lo <= start < hi and not _AT_PLACE.search(s.text, 0, start) for start, _end, _name in unknown_names(s)):
            continue  # a name no one the corpus knows: another partner, a friend
        named = _people_of(s, lo, hi)
        if named != whose and not (not named and whose == couple and couple_in_view):
            continue
        if named:
            ends = [m.end - s.start for m in s.mentions if m.person in whose and lo <= m.start - s.start
                    and m.end - s.start <= b and not s.is_possessor(m)]
            if not ends or kin_owned(s, lo, a, couple):
                continue  # the event's words before its people; "Quinn and Hale's son married"
            subject = max(ends)
        else:
            refs = [r.end() for r in PLURAL_REFERENCE.finditer(s.text, lo, a)]
            if not refs or kin_owned(s, lo, a, couple) or _THEIR_KIN.search(s.text, lo, a):
                continue  # ("Ann Lee's parents announced that they were separating", "Her sister and her husband
                # announced ...": "they" are others)
            subject = refs[-1]
        if named and not all(any(m.explicit and m.person == p for m in s.mentions) for p in whose):
            continue  # no date to anchor it: its people by name, not by a pronoun that may be others'
        between = _APPOSITION.sub(",", s.text[subject:a])
        announced = bool(_ANNOUNCED_THAT.fullmatch(between))  # their own announcement: no other clause, no one else
        if (SUBORDINATE.search(between) and not announced) or (
                known.name == slots.SEPARATED and SEPARATED_SOMETHING.match(s.text, b)):
            continue  # "had parents who separated", "attended as friends married"; "separated the twins"
        if subject <= a and not announced and _SOMEONE_ELSE.search(between):
            continue  # "Quinn and Hale watched as their daughter married", "Quinn and Hale play a couple who
            # separated"; an aside between commas names them ("Quinn, the show's host, filed for divorce")
        return True
    return False


def _plain(s: Sentence, known: slots.Slot, own: re.Match[str] | None = None) -> bool:
    """Whether the sentence tells what it tells plainly, as an undated citation must: no word of
    doubt, report, pretence or show, nor one that says no or maybe, anywhere in it but in the
    event's own words ("asked a court to end her marriage": UNDATED_DOUBT, HEDGES, the report
    verbs, NOT_SO), no question. `own`: a tag at its end that gives the words as the couple's own (", their
    representatives said Wednesday": THEIR_OWN_WORD, as _tells_undated reads it), their announcement, not
    someone else's report."""
    said = s.outside_quotes()
    if said.rstrip(" \"”’'").endswith("?"):
        return False
    if own:
        said = said[:own.start()]  # their own announcement, tagged at the end: no one else's report
    for cue in (known.told, known.cue):
        for m in cue.finditer(said) if cue else ():
            said = said[:m.start()] + " " * (m.end() - m.start()) + said[m.end():]  # the event's own words
    return not (UNDATED_DOUBT.search(said) or HEDGES.search(said) or _REPORTED.search(said) or NOT_SO.search(said))


# What may stand before the couple's names in a sentence that gives its words as theirs: at most a few words
# that describe them ("Actor", "Former Scotland striker", "The"), none that opens a clause or says no.
_DESCRIBED_BEFORE = re.compile(r"(?-i:[A-Z][A-Z .'’,-]*\s*(?:\([\w .&-]+\))?\s*[—–-]+\s*)?"  # ("LOS ANGELES (CWS) — ")
                               r"\s*(?:(?!(?:that|it|if|whether|as|when|while|not|no|never)\b)[\w'’.-]+\s+){0,4}",
                               re.IGNORECASE)


# Words by which an article passes on what someone else says; not "announced their separation",
# "was declared legally single": the couple's own act, or the court's.
_REPORTED = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in REPORT_VERBS if not v.startswith(("announc", "declar")))
                       + r"|according to|per)\b", re.IGNORECASE)


def _record_whom(s: Sentence, slot: str, found: Sequence[Fact], about: frozenset[str], couple: frozenset[str],
                 children: frozenset[str], kin: frozenset[str], relations: Sequence[Relation],
                 genders: Mapping[str, str] | None = None) -> frozenset[str] | None:
    """Whom the facts `found` of one sentence tell of, for a record (see _whom); None when they
    tell of no one a paragraph speaks of."""
    named = frozenset(p for f in found for p in f.subject)
    if slot in COUPLE_EVENTS and found:
        named = frozenset(p for f in found for p in clause_people(s, f))
        if any(_of_others(s, f, couple) for f in found):
            return None  # kin's, another pair's, names no one knows' (_of_others)
        if len(named & couple) == 1 and not couple <= named and any(
                _EVENT_AS_A_THING.search(s.text, *clause(s.text, f.span.start - s.start, f.span.end - s.start))
                for f in found):
            return None  # "The label deal Ray ended with his 2019 split": a split of what?
        if named - couple and not named - couple - children and couple <= _people_of(s):
            named &= couple  # "Lee, 40, and Ray, who married in 2001, ... over their daughter"
        if (named <= couple and all(frozenset(f.subject) == couple for f in found)
                and couple <= {m.person for m in s.mentions if m.explicit} and not OTHER_PARTNER.search(s.text)):
            named = about = about | couple  # "A judge finalized Lee's divorce from Bob Ray in 2022": the fact is of
            # both, named both, though its clause names one and the claim it joined is told mostly of one ("Lee's
            # divorce"); not "A judge finalized Ray's divorce in 2012", nor "... her divorce from her first husband"
    if slot in BIRTHS and len(found) == 1:
        named = _born_right_after(s, found[0]) or named  # "Ivy (born 2014) and Tom (born 2016)"
    explicit = frozenset(m.person for m in s.mentions if m.explicit)
    if any(PLURAL_REFERENCE.search(s.text, clause(s.text, f.span.start - s.start, f.span.end - s.start)[0],
                                   f.span.start - s.start) for f in found):
        explicit |= couple  # "The two met in October, when Lee taped a segment": both of them met
    if slot in COUNTS and found and not named and not explicit & (couple | children) and not any(
            says_whose_count(s, f.span.start - s.start, couple | children) for f in found):
        return None  # "Four kids, two houses, one group chat.": whose? (a stepchild's father's four)
    who = _whom(slot, about, named, couple, children, kin, explicit)
    if slot == CUSTODY_AWARDED and found:
        given_to = {custody_recipient(s, f, couple, genders or {}) for f in found}
        who = frozenset(p for p in given_to if p) if len(given_to) == 1 and None not in given_to else None
    if who is None and slot in NEW_COUPLE_EVENTS:
        who = _new_couple(slot, about, found, couple, relations)
    return who


# Between a child's name and the year of its birth given right after it: "Ivy (born 2014)", "Ivy, born in 2014".
_BORN_AFTER_NAME = re.compile(r"(?:\s*\(|,\s*)(?:born|b\.)\s+(?:in\s+)?$")


def _born_right_after(s: Sentence, f: Fact) -> frozenset[str]:
    """The one named right before the year of a birth, with only "(born" or ", born in" between
    ("two kids, Ivy (born 2014) and Tom (born 2016)": 2014 is Ivy's, 2016 Tom's, whether or not the
    relations know Tom as the couple's, or the corpus knows Tom at all); empty when there is none."""
    at = f.span.start - s.start
    for m in s.mentions:
        if m.end - s.start <= at and _BORN_AFTER_NAME.fullmatch(s.text, m.end - s.start, at):
            return frozenset([m.person])
    for _start, end, name in unknown_names(s):
        if end <= at and _BORN_AFTER_NAME.fullmatch(s.text, end, at):
            return frozenset([name])  # a name the corpus does not know: no child of theirs
    return frozenset()


# A parting owned by one person ("his 2019 split"): one of them named alone with it may have parted from
# something else (a record label); "her divorce" is from a spouse.
_EVENT_AS_A_THING = re.compile(r"\b(?:his|her)\s+(?:\d{4}\s+)?(?:split|separation|break-?up)\b", re.IGNORECASE)
_A_DEFINED_PAIR = re.compile(r"\bthe\s+(?:couple|pair|two)\s+(?:who|whom|that)\b(?!\s*,)", re.IGNORECASE)
# Kin or people around the couple, owned by a word for them, before an event: "their neighbours", "his sister".
_THEIR_KIN = re.compile(rf"\b(?:their|his|her)\s+(?:[\w-]+\s+){{0,2}}?{KIN_WORDS}\b", re.IGNORECASE)


def _of_others(s: Sentence, f: Fact, couple: frozenset[str]) -> bool:
    """Whether a couple's event told by the fact is someone else's, by the words before it in its
    clause: kin the couple own ("Lee and Ray's daughter married in 2022", "Lee, whose brother married"),
    a pair the words define ("The couple who owned it before Ray separated in 2019"), kin owned by a
    word for them ("Their neighbours the Moss family separated"), names no one the corpus knows ("Cy
    and Ivy Moss, who wed in 2001, ...")."""
    a = f.span.start - s.start
    lo, _hi = clause(s.text, a, f.span.end - s.start)
    return bool(kin_owned(s, lo, a, couple) or _A_DEFINED_PAIR.search(s.text, lo, a) or _their_kin_before(s, f, couple)
                or _unknown_before(s, f))


def _their_kin_before(s: Sentence, f: Fact, couple: frozenset[str]) -> bool:
    """Whether kin or people around the couple stand, owned by "their", "his" or "her", between the
    last of the couple named before a fact (or, naming neither, the start of its clause) and the fact ("Lee and
    Ray attended a dinner on Elm St. Their neighbours the Moss family separated in 2022": the neighbours' split)."""
    at = f.span.start - s.start
    ends = [m.end - s.start for m in s.mentions if m.person in couple and m.end - s.start <= at]
    # naming neither, from the clause's start: "The parties married in 2011 and their friends separated in 2016"
    return bool(_THEIR_KIN.search(s.text, max(ends) if ends else clause(s.text, at, f.span.end - s.start)[0], at))


def _unknown_before(s: Sentence, f: Fact) -> bool:
    """Whether the name nearest before a fact in its clause is no one the corpus knows (a couple
    the people stage did not recognise, whose event it is)."""
    lo, _hi = clause(s.text, f.span.start - s.start, f.span.end - s.start)
    at = f.span.start - s.start
    known = [m.end - s.start for m in s.mentions if lo <= m.start - s.start and m.end - s.start <= at]
    unknown = [end for start, end, _name in unknown_names(s) if lo <= start and end <= at]
    return bool(unknown) and max(unknown) > max(known, default=-1)


def agreed_month(given: Sequence[tuple[Sentence, Fact]], written: Mapping[str, str] | None = None) -> str:
    """The month of a year's event, where every article that names a month for it names the
    same one ("filed for divorce in June", "separated in March 2019"); "" when none does or
    they differ, or where a cited sentence names another month ("wed at the castle on 2 July 2011",
    "in 2011, on July 2", "in a July ceremony" beside "married in June 2011") or dates the event from
    its article's date by a word that is no month ("married last month", "on Saturday"; `written`, each article's own
    date, tells which month "last month" is: extract.months_said). A month counts only right after the
    event's own cue and "in" or "on" (not "by March 2019", "before June", "In March 2019, two months
    after they separated"), and never when it is part of a name ("April Quinn filed ...")."""
    if any(f.kind != slots.YEAR for _s, f in given):
        return ""
    months = {n for s, f in given if (n := month_at(s, f))}
    dated = frozenset().union(*(months_said(s, f, (written or {}).get(s.source, "")) for s, f in given))  # "wed at the castle on 2 July 2011",
    # "married last month" written in August: not June
    return str(MONTHS[months.pop() - 1].capitalize()) if len(months) == 1 and dated <= months else ""


def _filer(given: Sequence[tuple[Sentence, Fact]], couple: frozenset[str]) -> str:
    """Which of the couple filed for divorce, where the sentences that say so all name the same one by
    name right before the filing's words ("Ann Lee, 35, filed for divorce in March 2019"; "Lee has
    filed to end her marriage"), and none names the other: "" when none does, or they differ (filers.py)."""
    filers: set[str] = set()
    for s, _f in given:
        if FILER_IN_DOUBT.search(s.text):
            return ""  # "Contrary to early reports that Lee filed ..., it was Ray who filed"; "Lee's lawyer says"
        filers |= named_filers(s, couple)
    return filers.pop() if len(filers) == 1 else ""


def _custody_kind(given: Sequence[tuple[Sentence, Fact]]) -> str:
    """The kind of custody the words that give it say ("awarded her primary physical custody";
    never a kind elsewhere in the clause: "won custody after years of joint custody", "despite
    Hale's bid for sole custody"), where those that say one agree: the words all of them give,
    else the first word they share ("primary physical" and "primary": "primary"); "" when none
    says or they differ ("primary" and "joint", "sole legal" and "sole physical", "temporary sole"
    and "sole")."""
    kinds: set[tuple[str, ...]] = set()
    for s, f in given:
        lo, hi = clause(s.text, f.span.start - s.start, f.span.end - s.start)
        for given_words in _GIVEN_CUSTODY.finditer(s.text, lo, hi):
            kinds.update(tuple(m.group(1).lower().split()) for m in _CUSTODY_KIND.finditer(given_words.group(0)))
    if len(kinds) == 1:
        return " ".join(kinds.pop())
    if len({k[0] for k in kinds}) != 1 or len({k[1:] for k in kinds} - {()}) > 1:
        return ""
    return next(iter(kinds))[0]


def _named_children(given: Sequence[tuple[Sentence, Fact]], cited: Sequence[Citation], children: frozenset[str],
                    rank: Mapping[str, int]) -> tuple[str, ...]:
    """The couple's children by name, for a count of them: when the relations give as many
    children of both as the count says and a cited sentence lists every one of them right
    after the count ("two children, Ivy and Rowan"; not "two children; Ivy and Rowan, his
    children from his first marriage, live with them"); or, where the relations know fewer of
    them as both's (a birth told of one parent), when a cited sentence lists right after the
    count as many people as it says ("They have three children: Ivy, 6, Tom, 4, and Ann, 1")."""
    if not given:
        return ()
    cited_ids = {c.sentence for c in cited}
    if not children or str(len(children)) != given[0][1].value:
        for s, f in given:
            listed = list(dict.fromkeys(m.person for m in s.mentions if m.explicit and listed_after(s, f, frozenset([m.person]))))
            if s.id in cited_ids and str(len(listed)) == f.value:
                return tuple(sorted(listed, key=lambda name: (rank.get(name, len(rank)), name)))
        return ()
    if not any(s.id in cited_ids and all(listed_after(s, f, frozenset([child])) for child in children)
               for s, f in given):
        return ()  # the names must be the list right after the count: "two children, Ivy and Rowan"
    return tuple(sorted(children, key=lambda name: (rank.get(name, len(rank)), name)))


QUOTATION = "quotation"
MAX_QUOTE = 300  # a longer quotation is left to the statements: a paragraph quotes briefly
# Two of these outside the quotation marks: the words may be relayed ("Lee said Ray wrote").
_SPEECH = re.compile(r"\b(?:said|says|told|tells|wrote|writes|texted|emailed|added|recalled|claimed|insisted)\b",
                     re.IGNORECASE)


def quotation_records(quotes: Sequence[QuoteGroup], section_of: Mapping[str, str], sentences: Mapping[str, Sentence],
                      origin: Mapping[str, str], bodies: Mapping[str, str], first_id: int) -> tuple[Record, ...]:
    """The fact check's verified quotations (the same words, said by one named person, in two
    or more independent articles, each of which says who said them) as records, each told in the
    section of the statement that quotes it (`section_of`: sentence id -> the section of the last statement citing it), in the
    words of the oldest article that gives it (ids from r`first_id`)."""
    out: list[Record] = []
    for q in quotes:
        if not q.speaker or "," in q.speaker:
            continue
        said_by = [i for i, c in enumerate(q.citations) if _says_who(sentences[c.sentence], q.speaker)]
        # only the quotations whose article says who said them (a headline's words are no one's)
        q = replace(q, citations=tuple(q.citations[i] for i in said_by), venues=tuple(q.venues[i] for i in said_by))
        for same in _same_words(q, bodies):
            cites = [c for c in same if sentences[c.sentence].attribution != UNNAMED
                     and len(_SPEECH.findall(sentences[c.sentence].outside_quotes())) < 2]  # not "Lee said Ray wrote"
            if len({origin.get(c.source, c.source) for c in cites}) < 2 or cites[0].sentence not in section_of:
                continue
            words = bodies[cites[0].source][cites[0].start:cites[0].end].strip("\"“”'‘’ ").rstrip(",;: ")
            if not words or len(words) > MAX_QUOTE:
                continue
            evidence = tuple(sentences[c.sentence].citation for c in cites)  # each article's sentence, who said it too
            out.append(Record(f"r{first_id + len(out)}", section_of[cites[0].sentence], QUOTATION, (q.speaker,),
                              Verdict.AGREEMENT, (RecordValue(words, "", evidence),)))
    return tuple(out)


MIN_CUT_WORDS = 6  # a shorter wording out of a longer quotation is a fragment, not what was said ("everything else was")


def _says_who(s: Sentence, speaker: str) -> bool:
    """Whether the sentence gives its quotation to `speaker`: as its speaker, or, on the record with
    no speaker the attribution stage could name, naming or referring to them ("Speaking to Weekend
    magazine, the singer said: ..."); never words no one is said to have said ("The headline '...' ran")."""
    return s.speaker == speaker or (s.speaker is None and s.attribution == ON_RECORD
                                     and any(m.person == speaker for m in s.mentions))


def _same_words(q: QuoteGroup, bodies: Mapping[str, str]) -> list[list[Citation]]:
    """The quotations of a group that give the same words, one list per wording: the group itself
    for a verified quotation; for one that some articles cut short or split ("We're better friends
    now" and "We talk every day" / "We're better friends now. We talk every day."), with no word
    changed and no other venue or date, each wording that every article gives, ending where a
    sentence of each article's quotation ends (not "People say we are back together" out of "People
    say we are back together, and that is not going to happen"), with each article's
    quotation that holds it (that wording's own first: its words are the record's), but for a
    wording within a longer one of these or of fewer than MIN_CUT_WORDS words; none where the
    wording differs."""
    if q.verdict == QuoteVerdict.VERIFIED:
        return [list(q.citations)]
    if len({v for v in q.venues if v}) > 1:
        return []
    said = [f" {' '.join(quote_words(bodies[c.source][c.start:c.end]))} " for c in q.citations]
    longest = max(said, key=len)
    if any(t not in longest for t in said):
        return []  # the wording differs
    articles = {c.source for c in q.citations}
    common: dict[str, list[Citation]] = {}
    for words, c in sorted(zip(said, q.citations, strict=True), key=lambda x: (x[1].source, x[1].start)):
        ends = re.compile(r"\W+".join(map(re.escape, words.split())) + r"(?=\W*(?:[.!?]|$))", re.IGNORECASE)
        holding = {d.source: d for t, d in zip(said, q.citations, strict=True) if words in t and d.source != c.source
                   and ends.search(bodies[d.source][d.start:d.end].replace("’", "'"))}  # cut at a sentence's end
        if words not in common and set(holding) | {c.source} == articles:
            common[words] = [c, *(d for _source, d in sorted(holding.items()))]
    return [cites for words, cites in common.items() if not any(words != other and words in other for other in common)
            and len(words.split()) >= MIN_CUT_WORDS]


# A statement's or a letter's own clause after the fact ("announced their separation last April in a joint
# statement that asked for privacy"): what it asks or hopes is the statement's, no doubt of the event.
_A_TELLING_S_OWN = re.compile(r"\b(?:statement|letter|note|post|message|video|release)\s+(?:that|which)\s+"
                              r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# The reason given after the fact ("crossed the state line because same-sex marriages are not being performed in
# Wisconsin"): its "not" is the reason's.
_BECAUSE = re.compile(r"\bbecause\b[^.;:!?\"“”]{0,100}$", re.IGNORECASE)
# What a fight after the fact was over ("it was finalized in September 2022, after a long fight over whether
# their son could move to Spain"): its "whether" and "could" are the fight's question, no doubt of the event.
_A_FIGHT_OVER = re.compile(r"\b(?:fight|fighting|battle|dispute|row|argument|wrangle|feud|tussle|disagreement)s?\s+"
                           r"(?:over|about)\s+(?:(?:whether|where|how|who|what|if)\b(?:\s+[\w'’-]+){0,5}\s+)?$",
                           re.IGNORECASE)


def _in_anothers_clause(text: str, after: int, at: int) -> bool:
    """Whether the word at `at`, after a fact that ends at `after`, says no or maybe in a clause of
    something else the sentence names after the fact: a statement's, a fight's, a reason's (_A_TELLING_S_OWN,
    _A_FIGHT_OVER, _BECAUSE)."""
    return bool(_A_TELLING_S_OWN.search(text, after, at) or _A_FIGHT_OVER.search(text, after, at)
                or _BECAUSE.search(text, after, at))


def says_not_so(s: Sentence, f: Fact) -> bool:
    """Whether the clause of the fact says the event did not happen, may, is only sought, or is
    only alleged or reported ("reportedly married in 2001", "..., a tabloid claimed"); a count, by
    the words right before it only (COUNT_SCOPE: "do not have three children", not "who share three
    kids, have not said whether they will divorce"); or, for custody, does not say that it was
    given to someone ("the custody order gave him visitation" names a ruling, not who won custody)."""
    lo, hi = clause(s.text, f.span.start - s.start, f.span.end - s.start)
    if s.text.rstrip(" \"”’'").endswith("?"):
        return True  # "Did they split in 2019?"
    # After a ", who wed in 2012," aside, a wish or a plan is the main clause's own ("The couple, who wed
    # in 2012, had been hoping for a baby"); a word that says no or maybe still counts there ("..., who
    # married in 2001, now say that the wedding never happened", "..., if the tabloid is right, have
    # split"). Only a who-aside: "Lee and Ray's duo, which split in 2019, plans a reunion" is no one's.
    own_from = hi
    if WISH_OR_PLAN.search(s.text, f.span.end - s.start, hi):  # (the aside is looked for only then)
        own_from = min(hi, _who_aside_end(s, f))
    start = 0
    if f.slot in COUNTS:  # a count is denied or doubted by the words that lead to it only: "who share three
        # kids, have not said whether they will divorce", "custody of their three children is expected to go
        # to trial" doubt something else ("do not have three children", "reportedly have three" do not)
        start = lo = max(lo, f.span.start - s.start - COUNT_SCOPE)
        hi = f.span.end - s.start
    said = s.outside_quotes()
    if HEDGES.search(said, start, f.span.start - s.start) or HEDGES.search(said, f.span.end - s.start, hi):
        return True  # a hedge before the fact ("It is believed that ...") or after it in its clause
    known = slots.slot(f.slot)
    own = {m.start() for m in known.cue.finditer(s.text, lo, hi)} if known and known.cue else set()
    doubts = [m.start() for m in NOT_SO.finditer(s.text, lo, hi) if not _says_when(s.text, m.start(), f.slot)
              and m.start() not in own and not (m.start() >= own_from and WISH_OR_PLAN.match(s.text, m.start()))
              and not _in_anothers_clause(s.text, f.span.end - s.start, m.start())
              and not _a_court_plan_apart(s.text, m, f.span.start - s.start)]
    # (but "was not settled until 2021": settled in 2021; "asked the court to dissolve the marriage" is the filing's
    # own words, not a wish; a maybe of a clause of its own after a who-aside is not the aside's: _EMBEDDED_MODAL)
    if doubts and any(not (at >= (end := _who_aside_end(s, f)) and (
            _EMBEDDED_MODAL.search(s.text, end, at) or _SAID_THEY.search(s.text, end, at) and _MODAL.match(s.text, at)))
                      for at in doubts):
        return True
    cue_spans = [(m.start(), m.end()) for m in known.cue.finditer(s.text, lo, hi)] if known and known.cue else []
    if f.slot in COUPLE_EVENTS and (any(not _names_its_people(s, f, m.end()) for m in OTHER_PARTNER.finditer(s.text, lo, hi)
                                        if not any(a <= m.start() < b for a, b in cue_spans))
                                    or VOW_RENEWAL.search(s.text, lo, hi)):
        return True  # "separated from her first husband", "renewed their vows": not the couple's event (but
        # "remarried his former wife" is their own second wedding: the event's own words)
    if f.slot in COUNTS and BLENDED.search(s.text, lo, hi):
        return True  # "five children between them"
    if f.slot == CUSTODY_AWARDED:
        return not _GIVEN_CUSTODY.search(s.text, lo, hi) or bool(_OTHER_CHILD.search(s.text, lo, hi))
    return False


# A court's arrangement for the children, no plan of an event: "have agreed on a parenting plan for their
# three children, ending a custody fight that began with her divorce filing in March 2021". Only where what comes
# after it ends what went before (_ENDING): "drew up a parenting plan for a divorce filing in 2019", "a parenting
# plan, which anticipates a divorce filing in 2019", "..., ahead of a divorce filing" still plan the filing.
_COURT_PLAN = re.compile(r"\b(?:parenting|custody)\s+$", re.IGNORECASE)
_ENDING = re.compile(r",\s+(?:ending|concluding|settling|resolving|closing)\b", re.IGNORECASE)


def _a_court_plan_apart(text: str, word: re.Match[str], at: int) -> bool:
    """Whether NOT_SO's `word` is the noun of a parenting or custody plan (_COURT_PLAN) followed, before the fact
    at `at`, by a comma and a word that ends what went before (_ENDING)."""
    return (word.group().lower() in ("plan", "plans") and word.end() <= at
            and bool(_ENDING.search(text, word.end(), at)) and bool(_COURT_PLAN.search(text, 0, word.start())))


def _who_aside_end(s: Sentence, f: Fact) -> int:
    """Where the ", who ...," aside that holds the fact ends in the sentence's text; past its end
    when the fact stands in none."""
    aside = who_aside_around(s.text, f.span.start - s.start, f.span.end - s.start)
    return aside[1] if aside is not None else len(s.text) + 1


# A maybe of a clause of its own inside the main clause after a ", who ...," aside: "The former couple, who
# split in 2018, spent years fighting over where the children would live" (the children's living, not the split);
# "The pair, who tied the knot in 2011, said they would remain committed parents" (what they said they would do).
_EMBEDDED_MODAL = re.compile(r"\b(?:where|how|what|when|which)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
# A modal of what the main clause says its people said they would do, after the aside (but "say they never
# really parted" still says no).
_SAID_THEY = re.compile(r"\b(?:said|says|say|told\s+[\w'’-]+)\s+(?:that\s+)?(?:they|he|she|we)\s+$", re.IGNORECASE)
_MODAL = re.compile(r"(?:would|will|could|might|should|may)\b", re.IGNORECASE)


# How far before a count the words that may deny or doubt it stand ("It is not known whether they have").
COUNT_SCOPE = 40


def _names_its_people(s: Sentence, f: Fact, at: int) -> bool:
    """Whether a partner word ending at `at` ("ex-wife", "her former husband") names, right after
    it, one of the people the fact is about: "shares three children with ex-wife Ann Lee, whom he
    married in 2008" tells the couple's own wedding, not one with another partner."""
    return any(m.person in f.subject and m.start - s.start >= at and _PARTNER_NAMED.match(s.text, at, m.start - s.start)
               for m in s.mentions if m.explicit)


# Between a partner word and the name it gives: a comma, a few lower-case words ("ex-wife, actress ").
_PARTNER_NAMED = re.compile(r"[\s,]*(?:[a-z][\w-]*\s+){0,2}$")


def _says_when(text: str, at: int, slot: str) -> bool:
    """Whether the NOT_SO word at `at` is the "not" of a past "was not finalized until" (NOT_UNTIL)
    whose word is the event's own (the slot's cue) or says that it was final."""
    m = next((m for m in NOT_UNTIL.finditer(text, max(0, at - 4), at + 40) if m.start() <= at < m.end()), None)
    if m is None:
        return False
    known = slots.slot(slot)
    cue = known.cue if known else None
    return m.group("word").lower() in FINAL_WORDS or bool(cue and cue.fullmatch(m.group("word")))


# Names listed right after a count: "two children, Ivy Hale and Rowan Hale", "two children named
# Ivy and Rowan", "two children together, daughter Ivy and son Rowan", "two kids: 12-year-old Ivy".
_LISTED_WORD = (r"(?:[A-Z][\w'’.-]*|\d+(?:-year-old)?|[a-z]+-year-old|and|named|called|together|including|aged?|ages"
                r"|daughters?|sons?|twins?|baby|teenage|little|young|youngest|eldest|oldest|who|is|are"
                # an age in words between the names: "twins Ivy and Tom, who are two, and Ann, four months"
                r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|months?|weeks?|years?|old)")
_LISTED = re.compile(rf"\s*(?:[,:(—–]|named\b|called\b|together\b)[\s,:(—–]*(?:{_LISTED_WORD}[\s,:)—–]*)*$")
# A count the couple's children have ("Ivy and Rowan, their eldest, have two kids"), or of "their own".
_HAVE = re.compile(r"\b(?:have|has|had|having|welcomed|are raising|is raising)\b")
_OF_THEIR_OWN = re.compile(r"^\s*(?:\w+\s+)?of (?:their|his|her) own\b")


def listed_after(s: Sentence, f: Fact, people: frozenset[str]) -> bool:
    """Whether one of `people` is named in the list right after a count ("have two children,
    Ivy Hale and Rowan Hale"): the count is of them, they are not the ones who have it."""
    end = f.span.end - s.start
    return any(m.person in people and m.start - s.start >= end and _LISTED.match(s.text[end:m.start - s.start])
               for m in s.mentions)


def had_by_children(s: Sentence, f: Fact, children: frozenset[str]) -> bool:
    """Whether a count is had by children of the couple ("Ivy Hale and Rowan Hale, the eldest
    children of Quinn and Hale, have two kids": their grandchildren) or is "of their own"."""
    end = f.span.end - s.start
    if _OF_THEIR_OWN.match(s.text[end:]):
        return True
    start = f.span.start - s.start
    return any(m.person in children and m.end - s.start <= start and _HAVE.search(s.text, m.end - s.start, start)
               for m in s.mentions)


def clause_people(s: Sentence, f: Fact) -> frozenset[str]:
    """The people named or referred to in the clause of a fact, but for a possessor ("Tom's
    mom, Ann Lee": Ann Lee, not Tom); of a fact told in a relative clause, the people of that clause and
    of the words before it ("The pair, who wed in 2018, became parents to twins Ivy and Tom": not the twins)."""
    lo, hi = clause(s.text, f.span.start - s.start, f.span.end - s.start)
    aside = relative_clause_around(s.text, f.span.start - s.start, f.span.end - s.start)
    return _people_of(s, lo, min(hi, aside[1]) if aside is not None and aside[0] >= lo else hi)


def _tag_speakers(s: Sentence) -> frozenset[str]:
    """The people a speech tag at the sentence's end names ("..., Vance said."): no one the clause tells of."""
    return frozenset(m.person for m in s.mentions if _TAG_AFTER.match(s.text, m.end - s.start)
                     and s.text[:m.start - s.start].rstrip().endswith(","))


_TAG_AFTER = re.compile(r"\s+(?:said|says|told\s+\w+(?:\s+\w+)?|added|confirmed|explained|wrote)\s*[.!?]?\s*$")


def _people_of(s: Sentence, lo: int = 0, hi: int | None = None) -> frozenset[str]:
    """The people the sentence names or refers to between lo and hi, but for a possessor."""
    hi = len(s.text) if hi is None else hi
    return frozenset(m.person for m in s.mentions if lo <= m.start - s.start < hi and not s.is_possessor(m))


def custody_recipient(s: Sentence, f: Fact, couple: frozenset[str], genders: Mapping[str, str] | None = None
                      ) -> str | None:
    """The one of the couple the sentence says was given custody: named (or referred to) right
    before "was awarded"/"won", or right after "awarded"/"gave"/"handed"; never a possessor
    ("Hale's former wife"); or "gave her" where one of the couple only is a woman (`genders`: a
    custody award is a parent's, and the couple are its two parents). None when the words do not
    say so of exactly one of them."""
    lo, hi = clause(s.text, f.span.start - s.start, f.span.end - s.start)
    found = set()
    for m in s.mentions:
        a, b = m.start - s.start, m.end - s.start
        if m.person not in couple or not lo <= a < hi or s.is_possessor(m):
            continue
        if _RECEIVES_AFTER.match(s.text, b) or _GIVES_BEFORE.search(s.text[max(lo, a - 40):a]):
            found.add(m.person)
    given = _GIVEN_TO_PRONOUN.search(s.text, lo, hi)
    if not found and given and genders and len({genders.get(p) for p in couple} - {"", None}) == 2:
        found = {p for p in couple if genders.get(p) == ("f" if given.group(1).lower() == "her" else "m")}
    return found.pop() if len(found) == 1 else None


def kin_of(relations: Sequence[Relation], couple: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The couple's children (the relations make them a child of both), and everyone the
    relations make a child or parent of one of them and no partner of either."""
    parents: dict[str, set[str]] = defaultdict(set)
    partners: set[str] = set()
    for r in relations:
        if r.kind == "child":
            parents[r.person].add(r.other)
        elif r.kind == "parent":
            parents[r.other].add(r.person)
        elif {r.person, r.other} & couple:
            partners.update({r.person, r.other})
    children = frozenset(child for child, of in parents.items() if couple <= of)
    kin = {child for child, of in parents.items() if of & couple}
    kin |= {p for child in couple for p in parents.get(child, ())}
    return children, frozenset(kin - partners - couple)


def _whom(slot: str, about: frozenset[str], named: frozenset[str], couple: frozenset[str],
          children: frozenset[str], kin: frozenset[str], explicit: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Whom a sentence's record is about (`about`: whom its claim is about; `named`: the people
    its fact's own clause names; `explicit`: those the sentence names by name), or None when it
    is not one the paragraph tells:
    - a couple event of the couple, named alone or with their own kin only ("Lee, Ray
      and their daughter"), never with anyone who could be a partner of one of them, nor with
      a child of theirs unless the clause names both of them ("their son Tom married in 2021");
      a meeting or the start of a relationship never of one of them, alone named in the sentence;
    - a count of their children, said of the couple, or of two or more of their children (with one
      of them or not); never of one parent alone (a first marriage's children count too) nor of
      one child (whose own children it may count);
    - a length of the couple's fight, told of one or both of them;
    - a ruling or a status of the one of them the fact's clause names, and no one else but
      their children ("won custody of Tom and Ann");
    - a birth: the one child of theirs the fact's clause names."""
    if slot in COUNTS:
        kids = about & children
        fits = about <= couple | children and (couple <= about or len(kids) >= 2)
        return couple if fits else None
    if slot in ONE_VALUE:
        return couple if about and about & couple and about <= couple | kin else None
    if slot in COUPLE:
        others = named - couple
        if others - children or (others and not couple <= named):
            return None  # the clause names someone else: her first husband; their son's wedding
        if slot not in _ONE_NAMES_IT and named and not couple <= named and not couple <= explicit:
            return None  # "Lee met in 1999 with her lawyers": a meeting takes two, named
        return couple if couple <= about <= couple | kin else None
    if slot in ONE_OF_COUPLE:
        return named - children if len(named - children) == 1 and named - children <= couple else None
    born = named & children
    return born if len(born) == 1 else None


# The events of one of the couple with a new spouse or partner that a record tells, in the current family.
NEW_COUPLE_EVENTS = frozenset([slots.MARRIED, slots.ENGAGED, "began-dating"])


def _new_couple(slot: str, about: frozenset[str], found: Sequence[Fact], couple: frozenset[str],
                relations: Sequence[Relation]) -> frozenset[str] | None:
    """The wedding, engagement or start of a relationship of one of the couple with someone else
    the relations call their spouse or partner (not a former spouse: a first marriage is no one's
    family now), told in the current family: when the claim is about that one and the other; for a
    wedding, also when it is about that one alone and the relations give that one exactly one other
    spouse, married in the same year."""
    spouses = {frozenset((r.person, r.other)): r for r in relations if r.kind == "spouse"}
    partners = {frozenset((r.person, r.other)) for r in relations if r.kind in ("spouse", "partner")}
    if len(about) == 2 and len(about & couple) == 1 and about in partners:
        return about
    if slot == slots.MARRIED and len(about) == 1 and about <= couple:
        (person,) = about
        years = {f.value for f in found}
        others = [pair for pair, r in spouses.items() if person in pair and not pair <= couple]
        if len(others) == 1 and spouses[others[0]].start[:4] in years:
            return others[0]
    return None


def _with_disputed(slot: str, who: frozenset[str], by_value: Mapping[str, list[Sentence]],
                   verdicts: Mapping[tuple[str, frozenset[str]], Conflict], by_id: Mapping[str, Sentence],
                   facts: Mapping[str, Sequence[Fact]],
                   given_by: dict[tuple[str, frozenset[str], str], list[tuple[Sentence, Fact]]]
                   ) -> dict[str, list[Sentence]]:
    """The one value gathered for a record, with the other values of the fact check's disagreement on
    the same event of the same people, told by sentences a record may cite (a named source, no denial)
    that the claims left to others ("The pair, who married in 2011" after two of their children): the
    paragraph then states the disagreement, not one value as if agreed (given_by gains their facts)."""
    (value,) = by_value
    for (c_slot, c_values), c in verdicts.items():
        if c.verdict != DISAGREEMENT or c_slot != slot or value not in c_values or frozenset(c.subject) != who:
            continue
        out = {value: list(by_value[value])}
        for v in c.values:
            if v.value == value:
                continue
            for cite in v.citations:
                s = by_id.get(cite.sentence)
                f = next((f for f in facts.get(cite.sentence, ()) if f.slot == slot and f.value == v.value), None)
                if s is None or f is None or s.attribution == UNNAMED or DENIED.search(s.text):
                    continue  # (not says_not_so: the fact check weighed the value as the article's claim,
                    # "The pair, who married in 2011, could not be happier")
                out.setdefault(v.value, []).append(s)
                given_by[(slot, who, v.value)].append((s, f))
        return out
    return dict(by_value)


def _verdicts(conflicts: Sequence[Conflict]) -> dict[tuple[str, frozenset[str]], Conflict]:
    """The fact check's disagreements and counts that grew, by (slot, each value)."""
    out: dict[tuple[str, frozenset[str]], Conflict] = {}
    for c in conflicts:
        if c.verdict in (DISAGREEMENT, SUPERSEDED):
            out[(c.slot, frozenset(v.value for v in c.values))] = c
    return out


def _verdict(slot: str, who: frozenset[str], by_value: Mapping[str, Sequence[Sentence]],
             verdicts: Mapping[tuple[str, frozenset[str]], Conflict], origin: Mapping[str, str]
             ) -> tuple[str, list[str]]:
    """The record's verdict and the order of its values; ("", []) when it makes no record."""
    values = sorted(by_value)
    if len(values) == 1 and any(c.verdict == DISAGREEMENT and c_slot == slot and values[0] in c_values
                                and frozenset(c.subject) in (who, frozenset()) for (c_slot, c_values), c in verdicts.items()):
        return "", []  # the fact check finds the articles disagree (the other value rests on sentences no record
        # may cite, or on no one named): one value alone would read as agreed; the fact check tells it
    if len(values) == 1:
        n = len({origin_of(origin, s.source, s.id) for s in by_value[values[0]]})  # a syndicated copy counts once
        return (AGREEMENT if n >= 2 else SINGLE_SOURCE), values
    for (c_slot, c_values), c in verdicts.items():
        if c_slot != slot or not set(values) <= c_values:
            continue
        if c.subject and frozenset(c.subject) != who:
            continue
        order = [v.value for v in c.values if v.value in by_value]
        if c.verdict == SUPERSEDED and slot in COUNTS:
            return SUPERSEDED, order
        if c.verdict == DISAGREEMENT:
            return DISAGREEMENT, order
    return "", []


def _as_of(slot: str, sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
           dates: Mapping[str, str], written: Mapping[str, str] | None = None) -> str:
    """When a count was true: the years of the articles that give it, "2012" or "2012–2013", or the year
    its sentence opens on ("In 2015, they had two children"). An article with no date of its own (`written`:
    its date, or the one its web address gives) is left out where another is dated: the earliest year its
    text mentions is only a bound ("The couple, who wed in 2013, share three children" was not written in 2013)."""
    given = [(s, f) for s in sentences for f in facts.get(s.id, ()) if f.slot == slot]
    if written is not None and any(written.get(s.source) for s, _f in given):
        # the year its sentence gives ("In 2015, they had two children": the fact's as_of is not its article's), else
        # its article's own date
        told = {f.as_of[:4] if f.as_of[:4] != dates.get(s.source, "")[:4] else written.get(s.source, "")[:4]
                for s, f in given}
        return _year_range(sorted(told - {""}))
    return _year_range(sorted({(f.as_of or dates.get(s.source, ""))[:4] for s, f in given} - {""}))


def _year_range(years: Sequence[str]) -> str:
    """The sorted years as a reader reads them: "2012", "2012–2013", or "" for none."""
    if not years:
        return ""
    return years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def oldest_first(sentences: Collection[Sentence], dates: Mapping[str, str]) -> tuple[Citation, ...]:
    """Each article once (its first sentence that gives the value), oldest article first."""
    first: dict[str, Sentence] = {}
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        first.setdefault(s.source, s)
    return tuple(s.citation for s in sorted(first.values(), key=lambda s: (dates.get(s.source, ""), s.source)))


EVENTS = slots.names(kind=slots.YEAR)  # a year is said as it is
_WORDS = {n: w for w, n in NUMBER_VALUES.items() if 0 < n <= 12}  # larger numbers read better as digits


def figure(slot: str, value: str) -> str:
    """A record's value as a sentence says it: a year as it is, a count and a length of time in
    words where short ("two", "seven years", "18 months")."""
    number, _, unit = value.partition(" ")
    if slot in EVENTS or not number.isdigit():
        return value
    n = int(number)
    if unit == "months" and n % 12 == 0:
        n, unit = n // 12, "years"
    if unit and n == 1:
        unit = unit[:-1]
    word = _WORDS.get(n, str(n))
    return f"{word} {unit}" if unit else word


# A first name and a surname, and nothing else: "De Luca", "García López", "van der Berg" and an
# abbreviation ("St") keep the full name.
_TWO_WORDS = re.compile(r"[A-Z][\w'’-]+ [A-Z][a-z][\w'’-]+")


MARRIAGE_LENGTH = "marriage-length"  # the slot of marriage_length.py's records
# Events of the couple told by a verb alone ("They met", "They married"): two or more of one year
# (and month) are one sentence of the paragraph ("They met and began dating in 2012").
JOINABLE = (slots.MET, "began-dating", slots.ENGAGED, slots.MARRIED, slots.SEPARATED)


def paragraph_sentences(records: Sequence[Record]) -> list[tuple[Record, ...]]:
    """A section's records as its paragraph tells them, one tuple per sentence: consecutive
    events of the same people on the same date, each given by agreeing articles, are one
    sentence, and so are a wedding and its place (right after it); every other record is a
    sentence of its own."""
    out: list[tuple[Record, ...]] = []
    for r in records:
        if out and (_same_date(out[-1][-1], r) or _where_it_was(out[-1], r) or _how_long_married(out[-1], r)):
            out[-1] = (*out[-1], r)
        else:
            out.append((r,))
    return out


def _where_it_was(told: tuple[Record, ...], r: Record) -> bool:
    """Whether `r` is the venue or the place of the one wedding `told` tells, with one date, or the place of the venue
    it tells: "They married in June 2012 at Villa Moss in Kelby." (never after a disputed date, nor after two
    events joined: "They met and married in 2012 in Big Sur" would put the meeting there too)."""
    first = told[0]
    return (r.slot in _WHERE and first.about == r.about
            and (first.slot == slots.MARRIED and first.verdict in (AGREEMENT, SINGLE_SOURCE) and len(first.values) == 1
                 or first.slot == slots.WEDDING_VENUE)
            and [t.slot for t in told[1:]] in ([], [slots.WEDDING_VENUE]) and r.slot not in [t.slot for t in told]
            and _WHERE.index(r.slot) > max((_WHERE.index(t.slot) for t in told if t.slot in _WHERE), default=-1))


_WHERE = (slots.WEDDING_VENUE, slots.WEDDING_PLACE)  # where a wedding was, in the order a sentence tells it


def _how_long_married(told: tuple[Record, ...], r: Record) -> bool:
    """Whether `r` is how long the marriage had lasted at the one event `told` tells, with one date: "They separated
    in September 2016, after six years of marriage." (marriage_length.py; never after a disputed date, nor after two
    events joined)."""
    return (r.slot == MARRIAGE_LENGTH and len(told) == 1 and told[0].slot == r.detail.partition("|")[0]
            and told[0].about == r.about and told[0].verdict in (AGREEMENT, SINGLE_SOURCE) and len(told[0].values) == 1)


def _same_date(a: Record, b: Record) -> bool:
    return (a.slot in JOINABLE and b.slot in JOINABLE and a.about == b.about and len(a.values) == len(b.values) == 1
            and a.verdict in (AGREEMENT, SINGLE_SOURCE) and b.verdict in (AGREEMENT, SINGLE_SOURCE)
            and (a.values[0].value, a.values[0].month) == (b.values[0].value, b.values[0].month))


def short_names(people: Sequence[str]) -> dict[str, str]:
    """Each person's last name, where no one else of the profile has it and the name is two
    words (so the surname is the last one): how a paragraph calls one of the couple, whom the
    page's lede names in full ("Quinn and Hale met in 2012"); a shared one is no short name
    ("Devon Hale", whose daughter is Ivy Hale)."""
    last = Counter(name.split()[-1] for name in people if " " in name)
    return {name: name.split()[-1] for name in people
            if _TWO_WORDS.fullmatch(name) and last[name.split()[-1]] == 1}


def who(record: Record) -> str:
    """The people a record is about, as its sentence names them."""
    return " and ".join(record.called or record.about)
