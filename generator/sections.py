"""The one place a claim's section is decided: by what it is about, cue words last.

1. A claim keyed on an event fact goes where that event belongs (a wedding year to the
   background, a divorce filing to the divorce, the length of the fight over the children
   to custody), when the profile has that section; an event of another couple than the
   corpus's own (a remarriage, a new partner's earlier divorce) to the current family.
2. Otherwise the couple's own announcement of their split, in their words ('"... we have decided
   to separate. We remain committed to raising our children ...," the couple said in a joint
   statement'), goes where their separation belongs, whatever else its quotation speaks of.
   Otherwise the section most of its sentences' cue words point to (the clearest sentence's
   on a tie).
3. Otherwise, when every year it names ("in 2014") is before the couple's split began (the
   earliest year any article gives for their separation, divorce filing or final divorce) and
   nothing in it tells of the present or of later ("now", "since", "has", "last week", a "who"
   clause), the section of their wedding: "Their daughter arrived in 2014, and their son followed in
   2016" in an article about a 2020 custody ruling is the family's past, not the ruling. So does
   one that names no year of the split or after in an article written before the split that
   tells of no split ("It's a boy for ..." in a 2013 birth announcement): its present is the
   couple's past.
4. Otherwise the section of the sentence before it in its paragraph, which it continues; the first
   of a paragraph takes the nearest sentence of the same article that has a section of its own (the
   one before it first), not across a heading: a sentence continues the story around it. A
   neighbour's section is its cue words', or its claim's where the claim settles it otherwise
   (someone else's event, the cue words of the claim's other sentences). A sentence that tells of
   its article's own day (no year, words of the present: "Judge Moss has taken the bench.") in an
   article of the split or after it takes no background from another paragraph (the couple's
   past that paragraph told), unless it says who someone is ("Ray is the son of ...").
5. Otherwise the last section, so that nothing is left out unseen.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import accumulate

from . import slots
from .claims import ClaimGroup
from .classify import Classifier
from .clauses import blanked, who_aside_around, who_asides
from .config import SectionConfig
from .extract import (
    CHILD_WORD_BEFORE,
    children_named_in,
    clause,
    cue_slots,
    is_heading,
)
from .lang.en import (
    CAREER_CUES,
    CHILD_WORDS,
    KIN_WORDS,
    NEGATION,
    NOT_ONLY_PAST,
    PLURAL_REFERENCE,
    ROLE_WORDS,
    SPEECH_VERBS,
    SPLIT_WORDS,
    YEAR,
)
from .marriages import wedding_year
from .model import Fact, Relation, Sentence
from .similar import unknown_names

# Where each kind of event belongs, for the default sections (a custom set of sections
# uses the entries whose section it has): the registry's `section` of each slot.
SLOT_SECTIONS: Mapping[str, str] = slots.sections()
# Events of a couple; when the couple is not the corpus's own (a remarriage, a new partner's
# earlier divorce), the claim belongs with the family as it is now.
COUPLE_SLOTS = slots.flagged("couple")
OTHER_COUPLES = slots.CURRENT_FAMILY
# The events that begin and end the couple's split: a year before the first of them is their past.
SPLIT_SLOTS = slots.SPLITS
_YEAR = re.compile(rf"\b{YEAR}\b")
_SINCE_YEAR = re.compile(rf"\b[Ss]ince ({YEAR})\b")  # "has presented the show since 2015"
# Who someone is, whenever told: "Lee is a criminal barrister", "Ray is the son of ...", "Ray also has a daughter,
# Ivy, from his first marriage".
_WHO_THEY_ARE = re.compile(rf"(?<!\bthere )(?<!\bThere )\b(?:is|are)\s+(?:also\s+)?(?:a|an|the)\s|\b(?:has|have)\s+(?:also\s+)?(?:a|an|one|two|three"
                           rf"|four|five)\s+(?:[\w-]+\s+)?{KIN_WORDS}\b", re.IGNORECASE)
# A line of the present that looks back: "Lee still keeps the first letter Ray ever wrote her", "Fans of the drama
# still call them its golden couple" (the past's, not the article's day).
_LOOKS_BACK = re.compile(r"\b(?:still|ever|remember\w*|recall\w*|memor\w*)\b", re.IGNORECASE)
_IN_YEAR = re.compile(rf"\b[Ii]n ({YEAR})\b")  # "arrived in 2014"; not "his 2016 drama", "a 2001 interview"


def cue_sections(sentences: Sequence[Sentence], classifier: Classifier) -> dict[str, str]:
    """Each sentence's section by its own cue words ("" when it has none); a word of the law counts
    where its paragraph, or the one before it, speaks of children or custody ("... asked the court for
    a hearing" after "he kept the boy out of school"; "A first hearing is set before Judge Cara Doe"
    after "her priority is stability for the kids"; not "a judge declared her single"), or names a
    child the article calls one ("their daughter Ivy ...": "years in court were hard on Ivy")."""
    children = {m.person for s in sentences for m in s.mentions
                if m.explicit and CHILD_WORD_BEFORE.search(s.text, 0, max(0, m.start - s.start))}
    of_children = {(s.source, s.paragraph) for s in sentences
                   if CHILD_WORDS.search(s.text) or any(m.person in children for m in s.mentions if m.explicit)}
    before: dict[tuple[str, int], tuple[str, int]] = {}  # each paragraph -> the one before it in its article
    last: dict[str, tuple[str, int]] = {}
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        here = (s.source, s.paragraph)
        if last.get(s.source, here) != here:
            before[here] = last[s.source]
        last[s.source] = here
    return {s.id: classifier.classify(s, (s.source, s.paragraph) in of_children
                                      or before.get((s.source, s.paragraph)) in of_children)[0] for s in sentences}




def claim_sections(claims: Sequence[ClaimGroup], best: Sequence[Sentence], sentences: Sequence[Sentence],
                   cue_of: Mapping[str, str], sections: Sequence[SectionConfig],
                   main: frozenset[str] = frozenset(), facts: Mapping[str, Sequence[Fact]] | None = None,
                   written: Mapping[str, str] | None = None, childlike: frozenset[str] = frozenset(),
                   theirs: frozenset[str] = frozenset(), with_partner: frozenset[str] = frozenset(),
                   family: frozenset[str] = frozenset(), partners: frozenset[str] = frozenset()) -> list[str]:
    """The section of each claim (`best[i]` is the sentence chosen to word claims[i]; `main`
    the corpus's couple, claims.main_pair; `facts` each sentence's, for the year of the split;
    `written` each article's date, where it is known: extract.written_on; `childlike` the people
    the corpus names as children, children_named; `theirs` the couple's children, records.kin_of; `with_partner`
    the articles that name a new partner of one of them, records.new_partners; `family` the couple's brothers,
    sisters and parents, family_of; `partners` their new partners, records.new_partners)."""
    keys = {s.key for s in sections}
    wed = wedding_year(claims, facts or {}, main) if len(main) == 2 else ""
    split = split_year(facts or {}, main, claims, wed)
    past = SLOT_SECTIONS.get(slots.MARRIED, "")
    # articles that tell of a split, whatever their date: their present is not the couple's past
    after_a_split = {s.source for s in sentences if SPLIT_WORDS.search(s.text)}
    # the sentences that tell a split in an aside of a later story: no cue of their neighbours' sections
    passing = {s.id for claim in claims if claim.key and claim.key[0] in SPLIT_SLOTS for s in claim.sentences
               if _split_in_passing(claim, s, facts or {}, (written or {}).get(s.source, ""))}
    told = Counter(claim.key for claim in claims if claim.key)
    in_passing = {n for n, (claim, chosen) in enumerate(zip(claims, best, strict=True))
                  if chosen.id in passing and (not claim.key or len(claim.sentences) == 1 and told[claim.key] > 1)}  # (a
    # claim of its own whose split is told elsewhere too takes its neighbours' section, and so does the claim of the
    # sentence's other words; the corpus's only word of it keeps its own)
    by_event = [_by_event(_keyed_by_main_clause(claim, chosen, facts or {}), chosen, keys, main, facts, split, childlike,
                          wed, theirs, chosen.source in with_partner, family, partners) if n not in in_passing else ""
                for n, (claim, chosen) in enumerate(zip(claims, best, strict=True))]
    cue_of = _no_career_past(cue_of, sentences, sections, past, split, written or {})
    split_section = SLOT_SECTIONS.get(slots.SEPARATED, "") if SLOT_SECTIONS.get(slots.SEPARATED, "") in keys else ""
    later = OTHER_COUPLES if OTHER_COUPLES in keys else ""
    thaw = slots.RECONCILIATION if slots.RECONCILIATION in keys else ""
    def thawed(chosen: Sentence) -> str:
        return thaw if (thaw and split and ((written or {}).get(chosen.source) or "")[:4] > split
                        and together_again(chosen, main, split)) else ""

    out = [event or (split_section if split_section and announces_their_split(chosen, main) else "")
           or (later if later and split and ((written or {}).get(chosen.source) or "")[:4] > split
               and engaged_to_someone_new(chosen, main) else "")
           or thawed(chosen) or _by_cues(claim, chosen, cue_of) if n not in in_passing
           else thawed(chosen)  # (the split in its aside is its past: "Lee and Ray, who divorced in 2019, were
           # spotted together at their son's sports day")
           for n, (claim, chosen, event) in enumerate(zip(claims, best, by_event, strict=True))]
    # The story an uncued sentence continues is its neighbours' as their claims settle it, where that
    # overrides their own words: the current family's for someone else's event ("She filed for
    # divorce in 2019" of a new wife), and the section most of a claim's sentences point to ("asked a
    # court to end her marriage to Bob Ray, her husband of seven years"); not where the sentence's
    # claims go to several sections ("the divorce was settled in 18 months, but the custody battle
    # lasted five years"; "The couple, who married in 2001 and have two children, announced the separation").
    of_sentence: dict[str, set[str]] = {}
    overriding: set[str] = set()
    for claim, event, section in zip(claims, by_event, out, strict=True):
        other = event == OTHER_COUPLES != SLOT_SECTIONS.get(claim.key[0] if claim.key else "")
        for s in claim.sentences if section else ():
            of_sentence.setdefault(s.id, set()).add(section)
            if other or not event and cue_of.get(s.id):
                overriding.add(s.id)
    settled = dict(cue_of)
    settled.update({sid: next(iter(of_sentence[sid])) for sid in overriding if len(of_sentence[sid]) == 1})
    for sid in passing:
        settled.pop(sid, None)  # its story is its neighbours', not the split its aside names
    # an uncued sentence that tells of its article's day ("Judge Moss has taken the bench.") in an article of the
    # split or after it: the article's present, never the couple's past told in another paragraph before it
    def now(s: Sentence) -> bool:
        return bool(split and past in keys and (s.source in after_a_split or ((written or {}).get(s.source) or "")[:4] >= split)
                    and not _YEAR.search(s.text) and NOT_ONLY_PAST.search(s.text) and not _WHO_THEY_ARE.search(s.text)
                    and not _LOOKS_BACK.search(s.text))

    nearby = _nearest_cued(sentences, settled, now, past)
    for n, (claim, chosen) in enumerate(zip(claims, best, strict=True)):
        if out[n]:
            continue
        said = chosen.outside_quotes()
        years = _YEAR.findall(said)
        if split and past in keys and (
                _IN_YEAR.search(said) and max(years) < split and not NOT_ONLY_PAST.search(said)
                or not any(y >= split for y in years) and chosen.source not in after_a_split
                and ((written or {}).get(chosen.source) or split)[:4] < split):
            out[n] = past  # told of the years before the split, or in an article written before it
            continue
        since = _SINCE_YEAR.search(said)
        if split and past in keys and since and since.group(1) < split and not any(y >= split for y in years):
            out[n] = past  # a life that goes on from before the split ("has co-hosted the show since 2017"), told
            continue  # in a story of the divorce: who they are, not the divorce's story
        out[n] = nearby.get(chosen.id) or sections[-1].key
    return out


# Words of the article's own days: "is filming", "will next star", "opens in May", "on Friday", "last December".
_OF_ITS_DAY = re.compile(r"\b(?:now|currently|today|tonight|recently|yesterday|will|is|are|has|have|next|upcoming|begins?"
                         r"|opens?|this\s+(?:week|weekend|month|year|fall|autumn|winter|spring|summer)"
                         r"|last\s+(?:week|weekend|month|night|year|January|February|March|April|May|June|July|August"
                         r"|September|October|November|December)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
                         re.IGNORECASE)


def _no_career_past(cue_of: Mapping[str, str], sentences: Sequence[Sentence], sections: Sequence[SectionConfig],
                    past: str, split: str, written: Mapping[str, str]) -> Mapping[str, str]:
    """`cue_of` without the couple's past for a sentence whose only cue words of it are words of a career (CAREER_CUES:
    "film", "filming", "career", ...) in an article written after the year their split began, where the sentence names
    no year before that and tells of the article's days (_OF_ITS_DAY): "Yoo is filming the thriller Small Hours", "won
    the best actress prize on Friday for her role in 'Paper Moons'" in a story of 2023 tell of their lives now, not of
    the years before the split (such a sentence goes where its neighbours do, as one with no cue word); "Lee starred in
    the film Paper Moons, which made her famous" stays their past."""
    cues = next((c.cues for c in sections if c.key == past), ())
    career = [c for c in cues if c.lower() in CAREER_CUES]
    if not split or not career:
        return cue_of
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    out = dict(cue_of)
    for s in sentences:
        if (out.get(s.id) == past and (written.get(s.source) or "")[:4] > split
                and not any(y < split for y in _YEAR.findall(s.text)) and _OF_ITS_DAY.search(s.text)
                and CAREER_CUES >= (said := {m.group().lower() for m in pattern.finditer(s.text)}) and said):
            out[s.id] = ""
    return out


def engaged_to_someone_new(s: Sentence, couple: frozenset[str]) -> bool:
    """Whether the sentence tells one of the couple's engagement or wedding to a partner of theirs ("Lee has
    announced her engagement to her partner of three years, the architect Cy Moss", "Ray is engaged to his
    girlfriend"), naming the other of the couple nowhere: in an article written after the year of their split, the
    family's present, not the couple's own engagement of the background."""
    if len(couple) != 2:
        return False
    named = {m.person for m in s.mentions if m.explicit}
    return len(named & couple) == 1 and bool(_ENGAGED_TO_A_PARTNER.search(s.outside_quotes()))


# One of them engaged or married to a partner the words call theirs: "her engagement to her partner", "is engaged to
# his girlfriend", "married her boyfriend".
_ENGAGED_TO_A_PARTNER = re.compile(r"\b(?:engage(?:d|ment)|married|wed|proposed)\b[^.;]{0,20}?\b(?:to|married|wed)?\s*"
                                   r"(?:her|his)\s+(?:long-?time\s+|new\s+)?(?:partner|boyfriend|girlfriend|fianc[ée]e?|love)\b",
                                   re.IGNORECASE)


def together_again(s: Sentence, couple: frozenset[str], split: str = "") -> bool:
    """Whether the sentence tells the two of the couple, both named (or "the pair", "the exes"), doing something
    together outside quotation marks ("sat together at his son Kit's graduation", "arrived together and sat side by
    side", "and her ex-wife, Ren Roe, co-hosted the gala"), never before a court ("appeared together before a judge"):
    in an article written after the year of their split (`split`: a year the sentence names is not before it), the
    later thaw, whatever its other words."""
    if len(couple) != 2:
        return False
    said = s.outside_quotes()
    done = _DONE_TOGETHER.search(said)
    main = blanked(said, who_asides(said))
    if (done is None or _BEFORE_A_COURT.search(main) or _LENGTH_TOGETHER.match(done.group(0)) or _AT_ODDS.search(main)
            or _WITH_SOMEONE.match(said, done.end())
            or NEGATION.search(said, 0, done.start()) or any(y < split for y in _YEAR.findall(main))):
        return False  # (a court in a "who" aside is their past: "who fought a bitter court battle in 2020, arrived
        # together"; not "spent eight years together", "never sat together again", "In 2016, ... arrived together")
    if any(m.start - s.start < done.start() and m.person not in couple for m in s.mentions):
        return False  # "Lee and her husband Cy Moss sat together at Ray's wedding", "Lee arrived with architect Cy
        # Moss, and the two posed for photos together": Lee and Moss
    if {m.person for m in s.mentions if m.explicit and m.start - s.start < done.start()} >= couple:
        return True
    return PLURAL_REFERENCE.search(said, 0, done.start()) is not None  # "the pair ... sat together"


_DONE_TOGETHER = re.compile(r"\b(?:sat|sit|sits|stood|arrived|appeared|posed|attended|spent|hosted|threw|went|travell?ed"
                            r"|walked|watched|cheered|celebrated|danced|dined|holidayed|vacationed|were\s+photographed"
                            r"|were\s+seen|were\s+spotted|was\s+spotted|stepped\s+out|sat\s+down)\b[^.;]{0,40}?\btogether\b|\bside\s+by\s+side\b"
                            r"|\bsat\s+(?:next\s+to|beside)\s+each\s+other\b"
                            r"|\bco-?hosted\s+(?:a|an|the|their)\s+[^.;,]{0,40}?\b(?:gala|fundraiser|benefit|party|ball"
                            r"|dinner|auction|charity|event)\b", re.IGNORECASE)  # (not "co-hosted the breakfast show")
_LENGTH_TOGETHER = re.compile(r"spent\s+(?:\w+\s+){0,2}(?:years?|months?|decades?|weeks?)\b", re.IGNORECASE)
_BEFORE_A_COURT = re.compile(r"\b(?:court|courtroom|judge|hearing|tribunal|mediation|mediator|lawyers?|attorneys?|solicitors?"
                             r"|divorce papers)\b", re.IGNORECASE)
# The exes at odds, or each with someone else: "spotted together arguing loudly", "spotted together with his new
# girlfriend", "with their lawyers" (not "together with their children").
_AT_ODDS = re.compile(r"\b(?:argu\w+|fight\w*|fought|shout\w*|row(?:ed|ing)|clash\w*|feud\w*|quarrel\w*|scream\w*)\b",
                      re.IGNORECASE)
_WITH_SOMEONE = re.compile(r"\s+with\s+(?!(?:(?:all|both)\s+(?:of\s+)?)?(?:(?:two|three|four|five)\s+(?:of\s+)?)?(?:their|the|his|her)\s+"
                           r"(?:\w+\s+)?(?:kids|children|sons?|daughters?|boys|girls|twins)\b)", re.IGNORECASE)


def announces_their_split(s: Sentence, couple: frozenset[str]) -> bool:
    """Whether the sentence quotes the couple announcing their split in the first person plural ("we
    have decided to separate", "we are separating"), said by them: in a joint statement, or by "the
    couple", "the pair", "they" or both of them named outside the quotation, before a verb of saying,
    where no one else is named outside it."""
    if not quotes_a_split(s):
        return False
    said = s.outside_quotes()
    if KIN_SAY.search(said):
        return False  # "Lee's parents ... said in a joint statement": theirs
    named = {m.person for m in s.mentions if m.explicit and not any(a <= m.start < b for a, b in s.quotes)}
    strangers = [a for a, _b, _name in unknown_names(s) if not any(qa <= s.start + a < qb for qa, qb in s.quotes)]
    if len(couple) != 2 or not named <= couple or strangers:
        return False  # someone else's split ("Ray and his new wife, Jo Roe, said in a joint statement")
    return bool(JOINT_STATEMENT.search(said)) or bool(_SPEECH.search(said)) and (
        bool(_THEY_SAY.search(said)) or couple <= named)


def quotes_a_split(s: Sentence) -> bool:
    """Whether the sentence quotes a split in the first person plural, not denied ("splitting up the chores", "part
    ways with Northfield Records", "Rumors that we have separated are false": no)."""
    quoted = " ".join(s.text[a - s.start:b - s.start] for a, b in s.quotes)
    return bool(s.quotes) and any(_SPLIT_ENDS.match(quoted, m.end()) for m in _WE_SPLIT.finditer(quoted)) \
        and not _NOT_SO.search(quoted)


# "we have decided to separate", "we have made the difficult decision to part ways", "we are separating"
_WE_SPLIT = re.compile(r"\bwe(?:['’]ve|\s+have|['’]re|\s+are)?\s+(?:(?:made\s+the\s+(?:\w+\s+){0,2}?decision|decided|chosen|agreed)"
                       r"\s+to\s+(?:separate|split|part ways|divorce|end our marriage)|separating|splitting up|divorcing"
                       r"|parting ways|separated|split up)\b", re.IGNORECASE)
# What may follow the split's words: the end of a clause, or words of when and how ("after ten years", "amicably",
# "as a couple", "from each other"); never an object or another party ("the chores", "with Northfield Records").
_SPLIT_ENDS = re.compile(r"\s*(?:$|[.,;:!?\"”’—–-]|(?:after|amicably|and|but|from\s+each\s+other|with\s+(?:love|respect"
                         r"|kindness|great|a\s+heavy)|for|at\s+this|this|today|now)\b)", re.IGNORECASE)
# A quotation that says the split is not so: a denial of a report.
_NOT_SO = re.compile(r"\b(?:rumou?rs?|reports?|false|untrue|not\s+true|deny|denied|whether|if|we\s+are\s+not|we['’]re\s+not"
                     r"|are\s+not\s+(?:splitting|separating|divorcing))\b", re.IGNORECASE)
# Kin of one of them as the ones who speak: "Lee's parents said in a joint statement" (not "Lee and Ray, the parents
# of two sons, said": the couple).
KIN_SAY = re.compile(rf"(?:\b(?:her|his|their)|['’]s)\s+(?:\w+\s+)?{KIN_WORDS}\b", re.IGNORECASE)
JOINT_STATEMENT = re.compile(r"\bjoint statement\b", re.IGNORECASE)
_THEY_SAY = re.compile(r"\b(?:the couple|the pair|they|the two|both)\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in SPEECH_VERBS) + r")\b", re.IGNORECASE)


def _split_in_passing(claim: ClaimGroup, chosen: Sentence, facts: Mapping[str, Sequence[Fact]], written: str) -> bool:
    """Whether the split a claim is keyed on is told in passing, in an aside of a sentence that tells a later
    story ("Lee, 39, and Ray, who finalized their divorce in 2022 after a bitter court fight, arrived together
    at their daughter's graduation", in an article of 2026): the sentence's story is the one its neighbours tell
    (claim_sections), not the divorce's, whose words would also send the sentences around it to the divorce."""
    if not claim.key or claim.key[0] not in SPLIT_SLOTS or not claim.key[1].isdigit() or not written[:4].isdigit() \
            or written[:4] <= claim.key[1]:
        return False
    for f in facts.get(chosen.id, ()):
        if f.slot == claim.key[0] and f.value == claim.key[1]:
            at = f.span.start - chosen.start
            aside = _ASIDE_OPENS.search(chosen.text, 0, at)
            if aside and "," not in chosen.text[aside.end():at] and _MAIN_VERB_AFTER.search(chosen.text, at):
                return True  # the aside closes, and a main verb follows it
    return False


# The close of an aside and the main clause's verb after it: a past or a present in -ed or -s, or a common
# irregular past ("..., whose divorce was finalized in 2020, flew in with the children").
_MAIN_VERB_AFTER = re.compile(r",\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+(?:ed|s)|flew|went|came|took|made|gave|sat|stood|spoke"
                              r"|met|left|got|ran|wore|brought|kept|told|said|held|won|lost|spent|sent|began|became"
                              r"|drove|wrote|rode|threw|found|put|paid)\b")
# A relative clause set off by a comma: ", who", ", whose", ", which".
_ASIDE_OPENS = re.compile(r",\s+(?:who|whose|which)\s+(?!.*,\s+(?:who|whose|which)\s)")


def _keyed_by_main_clause(claim: ClaimGroup, chosen: Sentence, facts: Mapping[str, Sequence[Fact]]) -> ClaimGroup:
    """A claim found by its words, keyed for its section on the one dated event its wording sentence tells
    outside a ", who ...," aside, where every event word of the sentence is that event's ("The couple exchanged
    vows on Friday, 17 May 2024, at a humanist ceremony", a wedding again: the current family's; "Ray married
    the architect Jo Roe in May 2023, and Lee ... says nice things": a new partner's wedding), about the people
    its fact names; the claim itself where it is keyed, or where the sentence tells none, several, or a birth
    (whose children with their ages now are the family's present), or has another event's words ("announced
    that they were splitting, almost five years after they wed"; "The couple, who wed in 2011, said ... we have
    decided to separate": the wedding is the aside's, the claim its words')."""
    told = [f for f in facts.get(chosen.id, ()) if f.kind == slots.YEAR and f.slot in SLOT_SECTIONS
            and not who_aside_around(chosen.text, f.span.start - chosen.start, f.span.end - chosen.start)]
    if claim.key is not None:
        # a keyed claim that its wording sentence tells only in a ", who ...," aside, beside one dated event of its
        # main clause: that event's section ("Lee and Ray, who married in 2010, have separated" is the split's news)
        keyed = [f for f in facts.get(chosen.id, ()) if (f.slot, f.value) == claim.key]
        if (not keyed or not all(who_aside_around(chosen.text, f.span.start - chosen.start, f.span.end - chosen.start)
                                 for f in keyed) or len({(f.slot, f.value) for f in told}) != 1
                or told[0].slot == slots.CHILD_BORN):
            return claim
        return replace(claim, key=(told[0].slot, told[0].value), about=frozenset(told[0].subject))
    if len({(f.slot, f.value) for f in told}) != 1 or told[0].slot == slots.CHILD_BORN \
            or cue_slots(chosen.text) != {_FIRST_TIME.get(told[0].slot, told[0].slot)} \
            or told[0].slot not in SPLIT_SLOTS and SPLIT_WORDS.search(chosen.text):
        return claim
    return replace(claim, key=(told[0].slot, told[0].value), about=frozenset(told[0].subject))


# A wedding or an engagement of the two again is told by the first one's words (marriages.second_time).
_FIRST_TIME = {slots.MARRIED_AGAIN: slots.MARRIED, slots.ENGAGED_AGAIN: slots.ENGAGED}


def _by_event(claim: ClaimGroup, chosen: Sentence, keys: set[str], main: frozenset[str],
              facts: Mapping[str, Sequence[Fact]] | None, split: str = "", childlike: frozenset[str] = frozenset(),
              wed: str = "", theirs: frozenset[str] = frozenset(), partner_named: bool = False,
              family: frozenset[str] = frozenset(), partners: frozenset[str] = frozenset()) -> str:
    """The section of the claim's event, when it is keyed on one and the profile has its section ("");
    `split` is the year the couple's split began (split_year); `childlike`: the people the corpus names as
    children, never another couple ("Ivy joins big sister June, 2. The couple, who wed in 2011, ...");
    `wed`: the year of the couple's wedding (marriages.wedding_year): a split before it is an earlier
    marriage's, the couple's past ("The pair divorced in 2014", of one of them and a former wife); `theirs`:
    the couple's children; `partner_named`: whether the sentence's article names a new partner of one of them
    (a birth after the split, told there, of a child who is none of theirs is the new family's); `family`: the
    couple's brothers, sisters and parents (family_of), whose weddings and splits before the couple's split are
    the background; `partners`: new partners of one of them (records.new_partners)."""
    by_slot = SLOT_SECTIONS.get(claim.key[0], "") if claim.key else ""
    past = SLOT_SECTIONS.get(slots.MARRIED, "")
    if claim.key and claim.key[0] in SPLIT_SLOTS and wed and claim.key[1].isdigit() and claim.key[1] < wed \
            and past in keys:
        return past
    if (claim.key and claim.key[0] in COUPLE_SLOTS and claim.about - main and not claim.about & partners
            and claim.key[1].isdigit() and past in keys
            and ((claim.about - main) & family and split and claim.key[1] < split or wed and claim.key[1] < wed)):
        return past  # a sister's divorce before the couple's split, a parent's wedding before theirs: the background
    about = claim.about - (childlike - main)  # never one of the couple, however a sentence names them
    if claim.key and claim.key[0] in COUPLE_SLOTS and main and about and (  # (an engagement too, of no section)
            _kin_event(chosen, claim.key[0], facts, main) or not main <= about
            and (about - main or _someone_else(chosen, claim.key[0], facts, main))):
        by_slot = OTHER_COUPLES  # a new partner's wedding, a former spouse's earlier divorce; not "she filed"
    if (claim.key and claim.key[0] in WEDDING_SLOTS and split and main and (claim.about & main or not claim.about)
            and claim.key[1].isdigit() and claim.key[1] > split):
        by_slot = OTHER_COUPLES  # a wedding or an engagement after the split began is the family as it is now
        # (theirs again, or of people the sentence does not name: "The couple married on Saturday")
    if (claim.key and claim.key[0] == slots.CHILD_BORN and split and main and claim.key[1].isdigit()
            and claim.key[1] > split):
        named = {m.person for m in chosen.mentions if m.explicit} - (childlike - main)
        if named & main and named - main or partner_named and claim.about - main and not claim.about & theirs:
            by_slot = OTHER_COUPLES  # a child one of them had with someone else after the split: the new family
            # ("Little Ivy was born on 9 January" in a story of one of them and a new partner; not in the
            # announcement of the couple's third child, whom the relations may not know as theirs)
    return by_slot if by_slot in keys else ""


# The events that begin a marriage: after the split began, one is the family's present, not its past.
WEDDING_SLOTS = frozenset([slots.MARRIED, slots.ENGAGED])


def _by_cues(claim: ClaimGroup, chosen: Sentence, cue_of: Mapping[str, str]) -> str:
    """The section most of the claim's sentences' cue words point to (the wording sentence's on a
    tie, else the first section of the tie); "" when none has cue words."""
    votes = Counter(cue_of[s.id] for s in claim.sentences if cue_of.get(s.id))
    if not votes:
        return ""
    top = max(votes.values())
    own = cue_of.get(chosen.id, "")
    return own if votes.get(own) == top else min(k for k, n in votes.items() if n == top)


# A name that is the sentence's source, not a party to its event: "..., her lawyer Jim Beam said".
_SAYS = re.compile(r"\s*,?\s+(?:" + "|".join(re.escape(v) for v in SPEECH_VERBS) + r")\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# A person of the couple who owns the next words when they are kin or people around them: "Ann Lee
# and Bob Ray's daughter married in 2022", "Ann Lee's parents divorced in 1985": their event, not the couple's.
_KIN_AFTER = re.compile(rf"(?:['’]s?|\s*,?\s+whose)\s+(?:[\w-]+\s+){{0,2}}?{KIN_WORDS}\b", re.IGNORECASE)
_KIN_BEFORE = re.compile(rf"\b{KIN_WORDS}\s+of\s+(?:(?:both|the\s+couple|[\w-]+\s+and)\s+)?$", re.IGNORECASE)
# A name that stands for a role in the event, not a party to it: "with help from attorney Sam Ortiz".
_ROLE_BEFORE = re.compile(r"\b(?:with|from|by|via|through|hired|according to)\s+(?:(?:help|the|his|her|their)\s+)*"
                          + ROLE_WORDS + r"\s+$", re.IGNORECASE)  # a party to the event is no such name: "married attorney Sam Ortiz"


def kin_owned(s: Sentence, lo: int, hi: int, couple: frozenset[str]) -> bool:
    """Whether the last of the couple named in text[lo:hi] is named as the owner of kin or of people
    around them ("Ann Lee and Bob Ray's daughter married", "The daughter of Ann Lee and Bob Ray
    married", "Ann Lee, whose brother married in 2014, ..."): the event told after is theirs. Not where the couple are named again after the kin
    ("Bob Ray's daughter attended when Ann Lee and Bob Ray married")."""
    named = [m for m in s.mentions if m.person in couple and lo <= m.start - s.start < hi]
    if not named:
        return False
    last = first = len(named) - 1
    while first > 0 and _JOINED.fullmatch(s.text[named[first - 1].end - s.start:named[first].start - s.start]):
        first -= 1  # back to the first of "X and Y"
    return bool(_KIN_AFTER.match(s.text, named[last].end - s.start)
                or _KIN_BEFORE.search(s.text, 0, named[first].start - s.start))


_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+")


def children_named(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The people the corpus names as children anywhere: with a child's age ("Ivy, 5,") or after a word
    for a child or a sibling ("big sister Ivy", "their son Tom", "twins Ivy and Tom"); such a one is
    never of a pair "the couple" may mean, nor another couple (records, claim_sections)."""
    return frozenset(p for s in sentences for p in children_named_in(s))


def _clauses_of(s: Sentence, slot: str, facts: Mapping[str, Sequence[Fact]] | None) -> list[tuple[int, int, int]]:
    """(clause start, fact start, clause end) of each of the sentence's facts of `slot`, in its text."""
    return [(*clause(s.text, f.span.start - s.start, f.span.end - s.start), f.span.start - s.start)
            for f in (facts or {}).get(s.id, ()) if f.slot == slot]


def _kin_event(s: Sentence, slot: str, facts: Mapping[str, Sequence[Fact]] | None, couple: frozenset[str]) -> bool:
    """Whether the sentence's `slot` fact is of the couple's kin ("Ann Lee and Bob Ray's daughter
    married", "Ann Lee's parents divorced in 1985")."""
    return any(kin_owned(s, lo, at, couple) for lo, _hi, at in _clauses_of(s, slot, facts))


def _someone_else(s: Sentence, slot: str, facts: Mapping[str, Sequence[Fact]] | None, couple: frozenset[str]) -> bool:
    """Whether the clause of the sentence's `slot` fact names someone besides the couple, known or
    not ("Bob Ray married Cara Doe in 2015"; not "In 2019, Ann Lee filed for divorce", nor "...,
    with help from attorney Sam Ortiz")."""
    spans = [(m.start - s.start, m.end - s.start) for m in s.mentions if m.person not in couple]
    spans += [(start, end) for start, end, _name in unknown_names(s)]
    return any(lo <= start < hi and not _SAYS.match(s.text, end) and not _ACCORDING.search(s.text, 0, start)
               and not _ROLE_BEFORE.search(s.text, 0, start)
               for lo, hi, _at in _clauses_of(s, slot, facts) for start, end in spans)


def family_of(relations: Sequence[Relation], couple: frozenset[str]) -> frozenset[str]:
    """The brothers, sisters and parents the relations give one of the couple (never one of the couple)."""
    out = {r.other for r in relations if r.kind == "sibling" and r.person in couple}
    out |= {r.person for r in relations if r.kind == "sibling" and r.other in couple}
    out |= {r.other for r in relations if r.kind == "child" and r.person in couple}
    out |= {r.person for r in relations if r.kind == "parent" and r.other in couple}
    return frozenset(out - couple)


def split_year(facts: Mapping[str, Sequence[Fact]], couple: frozenset[str], claims: Sequence[ClaimGroup] = (),
               wed: str | None = None) -> str:
    """The earliest year any article gives for the couple's separation, divorce filing or final
    divorce, of them, of one of them ("In 2019, she filed for divorce") or of no one named ("their
    separation in 2000"), not before their wedding (an earlier marriage's divorce, "They divorced in
    2007", told of one of them and a former spouse; `claims`, the wedding's, or `wed`, its year where the caller has
    it: marriages.wedding_year); "" when none does, or
    the couple is not known."""
    if len(couple) != 2:
        return ""
    wed = wedding_year(claims, facts, couple) if wed is None else wed
    return min((f.value for fs in facts.values() for f in fs
                if f.slot in SPLIT_SLOTS and f.value.isdigit() and set(f.subject) <= couple and f.value >= wed),
               default="")


def _nearest_cued(sentences: Sequence[Sentence], cue_of: Mapping[str, str],
                  now: Callable[[Sentence], bool] | None = None, past: str = "") -> dict[str, str]:
    """Each sentence without a section of its own -> the section of the sentence before it in its
    paragraph, which it continues ("'[We are] cool now, though,' she said. 'Life goes on.'"); the
    first of a paragraph -> the section of the nearest cued sentence of its article, the one before
    it winning a tie. Never across a heading (a paragraph of one sentence without a full stop): "She
    talks about her panic attacks" under a caption is not the divorce told above it. A sentence `now` says tells
    of its article's day takes the nearest of another section than `past` from another paragraph (asked only of
    the sentences that reach that far)."""
    out: dict[str, str] = {}
    by_source: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    for article in by_source.values():
        article.sort(key=lambda s: s.index)
        parts = list(accumulate(is_heading(article, i) for i in range(len(article))))  # the stretch between headings
        cued = [i for i, s in enumerate(article) if cue_of.get(s.id)]
        not_past = [i for i in cued if cue_of[article[i].id] != past]
        for i, s in enumerate(article):
            before = article[i - 1] if i else None
            if before and before.paragraph == s.paragraph and parts[i - 1] == parts[i] and not cue_of.get(s.id) \
                    and (cue_of.get(before.id) or out.get(before.id)):
                out[s.id] = cue_of.get(before.id) or out[before.id]
                continue
            usable = not_past if now is not None and now(s) else cued
            k = bisect_left(usable, i)
            near = [c for c in usable[max(0, k - 1):k + 1] if parts[c] == parts[i]]
            if near:
                j = min(near, key=lambda c: (abs(c - i), c > i))
                out[s.id] = cue_of[article[j].id]
    return out
