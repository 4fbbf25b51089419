"""The registry of fact slots: one record per slot, read by every stage that needs one.

A slot is what a fact means ("married", "divorce-final", "children"). Its record says which
words tie a figure to it (its cue), how the pages name it, whether it is a dated event, whether
the fact check compares its values across articles, whether it has its own kind on the
timeline (and where it stands among the events of one year), which section a claim keyed on
it goes to, and how an explanation words it ("the year of the final divorce"). A new slot, or
a corrected cue, is one record here, not an edit of each stage.

The timeline also knows kinds of events that no slot names (a custody ruling, an interview):
they are in `EVENT_KINDS`, with their cue words and labels.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .lang.en import CHILD_ARRIVED, CUSTODY_GIVEN, ENGAGED_AGAIN_WORDS, ILLNESS, WED_AGAIN, WED_EACH_OTHER_AGAIN

YEAR = "year"
DURATION = "duration"
COUNT = "count"
MONEY = "money"
AGE = "age"

# The slots a rule of some stage names (the rest are read only through their records' fields).
DIVORCE_FILED = "divorce-filed"
DIVORCE_FINAL = "divorce-final"
SEPARATED = "separated"
MARRIED = "married"
MET = "met"
ENGAGED = "engaged"
# The couple's wedding to each other again, after their divorce, and the engagement before it: events of
# their own, never weighed against their first wedding or engagement.
MARRIED_AGAIN = "married-again"
ENGAGED_AGAIN = "engaged-again"
CHILD_BORN = "child-born"
DISPUTE_LENGTH = "dispute-length"
CHILDREN = "children"
CUSTODY_AWARDED = "custody-awarded"
FAMILY_CHILDREN = "children-of-both-families"  # "five children between them": never the couple's count
AMOUNT = "amount"
# Figures of the open fact check (generator/figures.py) that the paragraphs tell (generator/figure_records.py).
WEDDING_PLACE = "wedding-place"
WEDDING_VENUE = "wedding-venue"
VISITING_SCHEDULE = "visiting-schedule"
# The events that end a marriage, which one of them may be said to have had alone ("she filed").
SPLITS = frozenset([SEPARATED, DIVORCE_FILED, DIVORCE_FINAL])
BORN = "born"  # a birth year worked out from ages and stated births

# Whom a record of the profile's own people is about (generator/records.py).
COUPLE = "couple"  # the couple
ONE_OF_COUPLE = "one-of-couple"  # the one of them its clause names
CHILD = "child"  # one child of theirs

# The default sections' keys, as a slot's record names them (a custom set of sections uses the
# records whose section it has).
BACKGROUND = "background"
DIVORCE = "divorce"
CUSTODY = "custody"
CURRENT_FAMILY = "current-family"
RECONCILIATION = "reconciliation"  # the couple's later thaw (sections.together_again)


@dataclass(frozen=True, slots=True)
class Slot:
    """One slot: what fills it and how every stage treats it."""

    name: str
    kind: str  # the kind of fact that fills it: year, duration, count, money, age ("" for one worked out)
    label: str  # how the pages name it: key facts, timeline, fact-check headings
    cue: re.Pattern[str] | None = None  # words that tie a year (or a length of time) to it
    section: str = ""  # where a claim keyed on it belongs ("" where its words decide)
    keyed: bool = False  # a claim can be gathered on it (the same slot and value, the same people)
    compared: bool = False  # the fact check compares its values across independent articles
    timeline: int = 0  # its own kind of timeline event: its place among one year's events (0: none)
    key_fact: int = 0  # its row in the key-facts box, in this order (0: not shown)
    couple: bool = False  # an event of a couple: another couple's goes with the current family
    people: int = 2  # how many people one such event is about (a birth: the one born)
    wording: str = ""  # the event in an explanation: "the year of the {wording}"
    exact: bool = False  # a count told apart by whose it is (one parent's two kids, the couple's two)
    one_value: bool = False  # one true value: differing values are one claim, and a disagreement
    several_values: bool = False  # several true values (to the separation, to the divorce): never compared
    record: int = 0  # its place in a section's opening paragraph (generator/records.py; 0: no record)
    record_about: str = ""  # whom such a record is about: COUPLE, ONE_OF_COUPLE or CHILD
    record_section: str = ""  # the record's section where the slot has none of its own
    # Words that tell the event itself, happened, when no date is given with them ("filed for
    # divorce", "have separated"): a sentence with them joins the event's record as support for
    # the event, not for its date (records.undated_support). Stricter than `cue`, which a year
    # beside it makes an event: alone, "marriage", "the divorce", "met" or "split" may be a
    # state, a thing or another meeting. None: no undated sentence ever joins its record.
    told: re.Pattern[str] | None = None
    # Words one of which the text must hold (in lower case) for its cue to be looked for at all: a cheap
    # test before a costly pattern ("again", "second time" for a second wedding). Empty: always looked for.
    needs: tuple[str, ...] = ()

    @property
    def event(self) -> bool:
        """Whether it is a dated event (its facts are years)."""
        return self.kind == YEAR


# A length right after "married" and the time of its anniversary after it ("They'll be married 54 years in June",
# "have been married for ten years this June"): the time is no wedding's. (Not "married two years ago", "married
# for eight years, from 2001 to 2009".)
_FOR_A_LENGTH = (r"\s+(?:for\s+)?(?:(?:almost|nearly|about|around|over|just|some)\s+)?(?:\d+|(?!(?:a|an|the|last|this"
                 r"|next)\b)[a-z]+(?:-[a-z]+)?)\s+(?:years?|months?|decades?)\s+(?:in|this|next|come)\b")

_I = re.IGNORECASE
# In the order their cues are tried: where two cues of one year are equally near, and where
# `extract.age_as_of` looks for the event an age is tied to, the earlier record wins.
SLOTS: tuple[Slot, ...] = (
    Slot(DIVORCE_FILED, YEAR, "Divorce filed", re.compile(
        r"(?:filed|asked (?:a|the) (?:\w+ ){0,2}court(?: (?:last|this|earlier this) (?:week|month))?|petitioned|moved)"
        r" (?:for divorce|to (?:divorce|end|dissolve) "
        r"(?:(?:the|their|her|his) (?:\w+ )?marriage)?)|(?<!withdrew )(?<!withdrawn )(?<!dropped )(?<!dismissed )"
        # (not "The couple withdrew their divorce petition in 2019": no filing's year)
        r"(?<!withdrew their )(?<!withdrew her )(?<!withdrew his )(?<!dropped their )(?<!dropped her )(?<!dropped his )"
        r"(?:divorce|her|his) (?:filing|petition)|filing for divorce"
        r"|filed (?:the )?(?:divorce )?(?:paperwork|papers|petition)"
        # "Lee filed in March 2023, citing irreconcilable differences": a divorce's grounds name the filing
        r"|\bfiled\b(?=(?:\s+(?:in|on|last|this|earlier)\b[^,.;]{0,30})?,?\s+(?:also\s+)?citing (?:irreconcilable differences"
        r"|an irretrievable breakdown))"  # (not "filed a response to Ray's petition, also citing ...": a reply)
        # "Ray was actually the first to file, submitting papers in December 2019"
        r"|\bthe first (?:one )?to file\b(?=\s*(?:[,.;:—–]|$|for divorce\b|(?:the\s+|her\s+|his\s+|divorce\s+)*"
        r"(?:papers|paperwork|petition)\b))"
        # "raised an action for divorce", "began divorce proceedings" (not "brought divorce proceedings to an end")
        r"|(?:raised|lodged|brought|started|began|launched|issued|instituted) (?:an? )?(?:action|proceedings|petition)"
        r" for divorce|(?:started|began|launched|issued|instituted) divorce proceedings"
        # an application, as courts in Australia and England call the filing: "applied for a divorce in April",
        # "lodged a divorce application"
        r"|\bappl(?:ied|ying|ies) for (?:a )?divorce\b(?! certificate| mediation| hearing| lawyer| attorney| papers? from)|\b(?:lodged|filed|made) (?:an? |her |his |their )?(?:sole |joint )?(?:divorce application"
        r"|application for (?:a )?divorce)"
        # "Their divorce was filed in March 2020", "The divorce of Ann Lee and Bob Ray, filed in March 2020, ..."
        r"|\bdivorce\b[^.;]{0,80}?\b(?:was|were|had been|has been|is being|,)\s*(?:filed|lodged|submitted)\b(?!\s+for)"
        r"|\bsubmitted (?:an? |her |his |their )?(?:divorce application|application for (?:a )?divorce)", _I),
         section=DIVORCE, keyed=True, compared=True, couple=True, wording="divorce filing", record=8, record_about=COUPLE,
         told=re.compile(r"\b(?:filed|asked (?:a|the) (?:\w+ ){0,2}court|petitioned(?: (?:a|the) (?:\w+ ){0,2}court)?)"
                         r" (?:for (?:a )?divorce|to (?:divorce|end|dissolve) (?:the|their|her|his) (?:\w+ )?marriage)\b"
                         r"|\bfiled (?:the |her |his )?divorce (?:paperwork|papers|petition)\b", _I)),
    Slot(DIVORCE_FINAL, YEAR, "Divorce final",
         # not the filing's words ("filed the petition for divorce on March 8", "divorce proceedings in 2019")
         re.compile(r"(?<!petition for )(?<!petitioned for )(?<!filed for )(?<!file for )(?<!files for )(?<!filing for )"
                    r"(?<!action for )(?<!applied for )(?<!applied for a )(?<!applying for )(?<!applying for a )"
                    r"(?<!applies for )(?<!applies for a )(?<!apply for )(?<!apply for a )(?<!application for )"
                    r"(?<!application for a )(?<!lodged a )(?<!sought a )(?<!seeking a )(?<!seek a )(?<!asked for a )"
                    r"divorce[ds]?\b(?! battle| litigation| petition| filing| papers| paperwork"
                    r"| proceedings| case| lawyer| attorney| trial| hearing| mediation| talks| negotiations| judge"
                    r"| court| deal| application| certificate)|finali[sz]ed|split (?:became|was) final"
                    r"|\bdecree absolute\b|\bfinal order\b|\bsigned the (?:divorce )?(?:decree|judgment)\b"
                    # a court that grants the application: "granted Ann Lee's application for divorce"
                    r"|\bgranted\s+(?:[\w'’]+\s+){0,3}?(?:application for (?:a )?divorce|divorce application)\b", _I),
         section=DIVORCE, keyed=True, compared=True, timeline=7, key_fact=4, couple=True, wording="final divorce",
         record=9, record_about=COUPLE,
         told=re.compile(r"\bdivorce (?:was|became|is|has been|had been) (?:(?:officially|legally|finally) )?"
                         r"(?:finali[sz]ed|final)\b|\bfinali[sz]ed (?:their|the|her|his) divorce\b"
                         r"|\b(?:got|are|were|is|was) (?:(?:now|officially|legally) )?divorced\b"
                         # "The divorce of State Sen. Bob Ray and Dr. Ann Lee is final": their names between
                         r"|\bdivorce of (?:(?-i:[A-Z])[\w.'’-]*\s+|and\s+){2,8}(?:is|was|became|has become)"
                         r" (?:(?:now|officially|legally) )?final\b", _I)),
    Slot(SEPARATED, YEAR, "Separated", re.compile(
        r"\bseparat(?:ion|ed|ing)\b(?!\s+(?:only\s+)?by\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:death|passing))"
        r"|(?<!signed off on their )(?<!signed off on the )(?<!finali[sz]ed their )(?<!approved their )"
        r"(?<!rubber-stamped their )(?<!approved the couple's )(?<!approved the couple’s )\bsplit\b(?!\s+on\s+(?!(?:\d|the\s+\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
        r"|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct"
        r"|Nov|Dec)\.|Christmas|New\s+Year|Valentine)))"
        r"(?!\s+over\s+(?:whether|how|what|which|the\s+(?:issue|question|matter|idea)))(?!\s+(?:along|down)\b)"
        r"(?!,?\s+(?:at\s+least\s+)?(?:professionally|musically|creatively|artistically|politically|commercially"
        r"|in\s+business)\b)(?!\s+(?:their|his|her|the)\s+(?:time|week|weeks|year|days|life|lives"
        r"|summers?|holidays?)\b)(?!\s+(?:was|is|has been|became)\s+(?:officially\s+|legally\s+)?final)",
        _I),  # (not "separated only by his death", "split their time between Vienna and Lisbon", "split on whether to
    # sell the ranch", "split, professionally", "a judge signed
    # off on their split", "their split was finalized": the divorce)
         section=DIVORCE, keyed=True, compared=True, timeline=6, key_fact=3, couple=True, wording="separation",
         record=7, record_about=COUPLE,
         told=re.compile(r"\b(?:separated|parted ways)\b(?!\s+(?:by|(?:from|with)\s+(?:the|their|its|a|an)\s))|\bsplit up\b"
                         r"|\b(?:announced|confirmed) (?:their|the) (?:separation|split)\b", _I)),
    # Tried before the first wedding and engagement: their words are inside these ("married each other again").
    Slot(MARRIED_AGAIN, YEAR, "Married again",
         re.compile(WED_EACH_OTHER_AGAIN.pattern + "|" + WED_AGAIN.pattern, _I),
         section=CURRENT_FAMILY, keyed=True, compared=True, timeline=8, key_fact=6, couple=True,
         wording="second wedding to each other", record=14, record_about=COUPLE,
         told=WED_EACH_OTHER_AGAIN, needs=("again", "second time", "remarr", "once more", "anew", "ex-", "former")),
    Slot(ENGAGED_AGAIN, YEAR, "Engaged again", ENGAGED_AGAIN_WORDS,
         section=CURRENT_FAMILY, keyed=True, compared=True, couple=True, wording="second engagement to each other",
         record=13, record_about=COUPLE, needs=("again", "second time", "once more", "anew", "engaged", "proposal")),
    # (not the law of marriage: "the day same-sex marriage became legal", "marriage equality", "the Marriage Act")
    # (not the length of a marriage, whose time is its anniversary's: "They'll be married 54 years in June", "have
    # been married for ten years this June"; nor "were at marriage": "better at Christmas than we ever were at marriage";
# not "married a year on from their first date", "took his surname at marriage in 2011")
    Slot(MARRIED, YEAR, "Married", re.compile(r"\bmarr(?:ied|y)\b(?!" + _FOR_A_LENGTH + r")|(?<!same-sex )(?<!same sex )"
                                              r"(?<!gay )(?<!equal )(?<!\bwere at )(?<!\bwas at )"
                                              r"(?<!dissolution of )(?<!dissolve the )(?<!dissolve their )(?<!end their )"
                                              r"\bmarriage\b(?!\s+(?:equality|laws?|act|became legal|was legali[sz]ed|bill"
                                              r"|rights|survey|vote|plebiscite|amendment))|tied the knot|\bwed(?:ding)?\b"
                                              r"|\bexchanged (?:their )?vows\b|\bsaid [\"“‘']?I do\b", _I),
         section=BACKGROUND, keyed=True, compared=True, timeline=2, key_fact=2, couple=True, wording="wedding",
         record=4, record_about=COUPLE,
         told=re.compile(r"\b(?:married|wed)\b(?!\s+(?:couple|name|life|men|man|woman|women|people|parents?|mom|dad|off|into"
                         r"|mothers?|fathers?)\b)|\btied the knot\b|\bexchanged (?:their )?vows\b|\bsaid [\"“‘']?I do\b", _I)),
    # A renewal of vows is its own event: "married in 2004 and renewed their vows in 2014".
    Slot("vows-renewed", YEAR, "Vows renewed", re.compile(r"\brenew(?:ed|s|ing)?\s+(?:their\s+|the\s+|our\s+)?"
                                                         r"(?:wedding\s+)?vows\b|\bvow renewal\b", _I),
         wording="renewal of vows"),
    Slot(MET, YEAR, "Met",
         # ("meet" alone is no past meeting: "watching Ivy meet her grandparents", "will meet")
         re.compile(r"\bmet\b|\bmeeting\b|\bfirst meet\b|crossed paths|got to know each other|were introduced", _I),
         section=BACKGROUND, keyed=True, compared=True, timeline=1, key_fact=1, couple=True, wording="first meeting",
         record=1, record_about=COUPLE,
         # never "first met the president": a lowercase word after it must say where, when or how
         told=re.compile(r"\bfirst (?:met|crossed paths)\b(?!\s+(?!(?:in|at|on|through|while|when|during|as|via|back"
                         r"|each|one|him|her)\b)(?-i:[a-z]))", _I)),
    Slot(ENGAGED, YEAR, "Engaged",
         re.compile(r"\b(?:got|became|were|was|are|is|get) engaged\b|\bengagement\b|\bpopped the question\b"
                    r"|\bproposed (?:marriage|to (?:(?:his|her)\s+)?(?:(?:longtime|long-term)\s+)?"
                    r"(?:(?:girlfriend|boyfriend|partner)\s+)?(?:her|him|(?-i:[A-Z])[\w'-]+)\b)(?!(?:\s+[\w,]+){0,4}\s+that\b)"
                    # not "proposed to Lee in 2013 that the family move"; nor a knee bent in protest or prayer
                    r"|\bgot down on one knee\b(?![^.!?]*\b(?:anthem|protest\w*|pray\w*|kneel\w*)\b)"
                    r"|\bproposed(?!(?:\s+[\w',]+){1,6}\s+that\b) (?=(?:on|in|during|over) "
                    r"(?:(?:the|a|an|New|Christmas|Valentine['’]s)\s+)*(?-i:[A-Z]|\d))", _I),
         keyed=True, compared=True, couple=True, wording="engagement", record=3, record_about=COUPLE,
         record_section=BACKGROUND,  # the couple's engagement; its claims go where their words say
         told=re.compile(r"\b(?:got|became) engaged\b|\bpopped the question\b", _I)),
    Slot("began-dating", YEAR, "Began dating",
         re.compile(r"\b(?:began|started|start) (?:dating|seeing each other)\b"
                    # "has been dating architect Cy Moss since 2021", "have been seeing each other since May"
                    r"|\b(?:has|have|had) been (?:dating|seeing each other)\b(?=(?: (?:[a-z]+ )?"
                    r"(?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){0,2})?,? since (?:early |late |mid-?)?"
                    r"(?:(?:the )?(?:spring|summer|fall|autumn|winter)(?: of)? )?"
                    r"(?:\d{4}|(?-i:[A-Z])[a-z]+ \d{4}|last (?:year|spring|summer|fall|autumn|winter)))", _I),
         section=BACKGROUND, keyed=True, compared=True, couple=True, wording="start of their relationship",
         record=2, record_about=COUPLE, told=re.compile(r"\b(?:began|started) (?:dating|seeing each other)\b", _I)),
    Slot(CHILD_BORN, YEAR, "Child born",
         re.compile(r"(?<!-)\b(?:born|had their (?:only |first )?child|welcomed|gave birth)\b|" + CHILD_ARRIVED, _I),
         section=BACKGROUND, keyed=True, compared=True, timeline=4, key_fact=5, people=1, wording="birth",
         record=5, record_about=CHILD),
    Slot(CUSTODY_AWARDED, YEAR, "Custody awarded", re.compile(
        CUSTODY_GIVEN + r"|\bcustody (?:ruling|decision|order|award)\b", _I),
         section=CUSTODY, keyed=True, wording="custody award", record=11, record_about=ONE_OF_COUPLE),
    Slot("declared-single", YEAR, "Declared single",
         re.compile(r"\bdeclared\s+(?:\w+\s+){0,3}?(?:legally\s+)?single\b|\blegally single\b"
                    r"|\bstatus as a single (?:woman|man|person)\b", _I),
         section=DIVORCE, keyed=True, compared=True, couple=True, wording="declaration that the marriage was over",
         record=10, record_about=ONE_OF_COUPLE,
         told=re.compile(r"\bdeclared\s+(?:\w+\s+){0,3}?(?:legally\s+)?single\b"
                         r"|\b(?:is|was|became|are|were)\s+(?:now\s+)?legally single\b", _I)),
    # Lengths of time, in the order their cues are tried (the first of two equally near wins).
    Slot("financial-negotiation-length", DURATION, "Financial negotiation length",
         re.compile(r"financ|\bmoney\b|settlement|alimony|\bassets\b", _I),
         section=DIVORCE, keyed=True, compared=True, one_value=True),
    Slot(DISPUTE_LENGTH, DURATION, "Dispute length",
         re.compile(r"custody|divorce battle|litigation|went on for|whole thing (?:lasted|took|went on|dragged)"
                    r"|(?:fight|battle)(?!s?\s+(?:with|against)\s+(?:\w+\s+){0,2}?" + ILLNESS + r")",
                    _I),  # (not "planned the whole thing in secret over three months", "her three-year battle with
         # breast cancer")
         section=CUSTODY, keyed=True, compared=True, one_value=True, record=12, record_about=COUPLE),
    # "seven years of marriage" (to the separation) and "married for eight years" (to the divorce)
    # are both right: a marriage's length is not compared.
    Slot("marriage-length", DURATION, "Marriage length", re.compile(r"marri", _I),
         section=DIVORCE, keyed=True, couple=True, several_values=True),
    # Counts of children; a count of one parent's and of the couple's are two claims.
    Slot(CHILDREN, COUNT, "Children", keyed=True, compared=True, exact=True, record=6, record_about=COUPLE,
         record_section=CURRENT_FAMILY),
    Slot(FAMILY_CHILDREN, COUNT, "Children of both families"),
    Slot("daughters", COUNT, "Daughters", keyed=True, exact=True),
    Slot("sons", COUNT, "Sons", keyed=True, exact=True),
    Slot("grandchildren", COUNT, "Grandchildren"),
    # Sums: a sum's slot is its purpose ("$3 million in legal fees"); "amount" when it names none.
    Slot("legal-costs", MONEY, "Legal costs", compared=True),
    Slot("legal-fees", MONEY, "Legal fees", compared=True),
    Slot(AMOUNT, MONEY, "Amount", several_values=True),
    Slot(AGE, AGE, "Age"),
    # Worked out by the fact check from ages and birth years, never read from a sentence.
    Slot(BORN, "", "Born", people=1),
)
BY_NAME: Mapping[str, Slot] = {s.name: s for s in SLOTS}


def slot(name: str) -> Slot | None:
    """The record of a slot, None for one the registry does not know (a sum's purpose)."""
    return BY_NAME.get(name)


def label(name: str) -> str:
    """How the pages name a slot or an event kind: "divorce-final" -> "Divorce final"; a slot the
    registry does not know (a sum's purpose) -> its name in words."""
    known = BY_NAME.get(name) or EVENT_KINDS_BY_NAME.get(name)
    event, _, date = name.partition(" ")
    if not known and date == "date" and event in BY_NAME:  # event_dates: "married date" -> "Wedding date"
        return ("Date the separation was announced" if event == SEPARATED  # (weighed by its announcement's day only)
                else f"{wording(event)} date".capitalize())
    said = name.replace("-", " ")
    return known.label if known else said[:1].upper() + said[1:]  # (a month in it keeps its capital)


def wording(name: str) -> str:
    """The event of a slot in an explanation ("final divorce"), its name when it has none."""
    known = BY_NAME.get(name)
    return known.wording if known and known.wording else name


def names(**where: object) -> frozenset[str]:
    """The slots whose fields have the given values: names(kind=YEAR, compared=True)."""
    return frozenset(s.name for s in SLOTS if all(getattr(s, k) == v for k, v in where.items()))


def flagged(field: str) -> frozenset[str]:
    """The slots with a true (non-empty, non-zero) value in `field`: flagged("keyed")."""
    return frozenset(s.name for s in SLOTS if getattr(s, field))


def cues(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(slot, cue) of the slots of one kind that have a cue, in the order they are tried."""
    return tuple((s.name, s.cue) for s in SLOTS if s.kind == kind and s.cue is not None)


def sections() -> dict[str, str]:
    """Slot -> the section a claim keyed on it belongs to, for the slots that have one."""
    return {s.name: s.section for s in SLOTS if s.section}


def records() -> tuple[Slot, ...]:
    """The slots a section's opening paragraph tells, in its order."""
    return tuple(sorted((s for s in SLOTS if s.record), key=lambda s: s.record))


def key_facts() -> tuple[Slot, ...]:
    """The slots the key-facts box shows, in its order."""
    return tuple(sorted((s for s in SLOTS if s.key_fact), key=lambda s: s.key_fact))


@dataclass(frozen=True, slots=True)
class EventKind:
    """A kind of timeline event that no slot names, found by cue words in the statement."""

    name: str
    label: str
    cue: re.Pattern[str]
    order: int = 0  # its place among one year's events (0: after every ordered one)
    by_year: bool = False  # the statements of one year of this kind are one event


# In the order they are tried; the first that matches wins.
EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind("custody-ruling", "Custody ruling", re.compile(
        r"\bcustody\b.*\b(?:judge|court|ruled|ruling|awarded|granted|order)|"
        r"\b(?:judge|court|ruled|ruling|awarded|granted)\b.*\bcustody\b", _I)),
    EventKind("remarriage", "Remarried", re.compile(
        r"\bremarried\b|\b(?:went on to|later) marr(?:y|ied)\b|\bsecond (?:wife|husband)\b|"
        r"\bmarried (?:\w+ ){0,3}in \d{4}\b.*\b(?:current|new|second) (?:wife|husband)\b", _I), order=3, by_year=True),
    # ("Reno-born Ann Lee", a place of birth, is no birth of the sentence's time)
    EventKind("birth", "Birth", re.compile(r"(?<![\w-])born\b|\bwelcomed\b|\bgave birth\b", _I), order=5),
    EventKind("interview", "Interview",
              re.compile(r"\binterview\b|\btold (?:[A-Z]\w+|the [A-Z]\w+)|\bpodcast\b|\bmemoir\b", _I)),
    EventKind("incident", "Incident",
              re.compile(r"\bvoicemail\b|\barrest(?:ed)?\b|\baccident\b|\bincident\b|\bscandal\b|\bleaked\b", _I)),
)
EVENT_KINDS_BY_NAME: Mapping[str, EventKind] = {k.name: k for k in EVENT_KINDS}
# A married slot's event whose statement reads as a remarriage is shown as one.
REMARRIAGE = "remarriage"


def timeline_labels() -> dict[str, str]:
    """Each timeline kind (a slot's or a cue-found one) -> its label."""
    return {**{s.name: s.label for s in SLOTS if s.timeline}, **{k.name: k.label for k in EVENT_KINDS}}


def timeline_order() -> dict[str, int]:
    """Each timeline kind with a place among one year's events -> that place (1 first)."""
    return {**{s.name: s.timeline for s in SLOTS if s.timeline}, **{k.name: k.order for k in EVENT_KINDS if k.order}}
