"""A couple's separation as it is announced: the articles written when they split, that tell it without a date.

The record "Ann Lee and Bob Ray separated in 2019." (records.py) cites the articles that date the split. An
article written when it happens tells it as news, with no date: "Ann Lee and Bob Ray have announced that they
are separating after nine years of marriage", or in the couple's own words, '"After much thought, we have
decided to separate," the couple said in a joint statement', or '... the statement read.' right after the couple
issue one. Such an article supports the record's event (records.undated_support cites it after the event's
words, never for its year) only where all of these hold, precision first:

- the article was written in the record's year (a split announced years later is another one) and names both
  of them; neither the sentence nor the two after it disown it ("a prank", "posted by a hacker", "We have not.",
  "a joke"), and the sentence calls nothing untrue;
- the sentence tells no other year and no time before its day ("in 2012", "years ago"), rests on no unnamed
  source, and is not one where "the couple" may be another pair (records.pair_in_doubt);
- told: the couple named as the subject, "have announced that they are separating", "were splitting (up)",
  "have split", with nothing after the words but the end of the clause, "after ..." or "amicably" (never
  "splitting their time", "separating, for tax purposes, the bakery");
- quoted: the first person plural of a split, with nothing before it in the quotation that assumes, reports or
  denies it, nothing after it that makes it a trial, a season or work ("for the summer", "as a duo"), said by
  the couple: "the couple", "the pair", "they" or both of them by name as the subject of the verb
  of saying (never "the label said in a joint statement with the couple", "the lawyers of the couple");
  "the statement read" only right after a sentence whose subject is the couple issuing a joint statement.

An announcement dated by its article's own date counts in an article of any later date (announced_then): "Ann Lee
and Bob Ray announced last month that they were separating", "The pair announced in September that they were going
their separate ways", where the month it gives is in the record's year (and is the record's month, if it has one).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .lang.en import A_THING_SPLITS, DENIED, HEDGES, MODAL_BEFORE, MONTHS, YEAR
from .model import UNNAMED, Sentence
from .sections import JOINT_STATEMENT, KIN_SAY, quotes_a_split
from .similar import unknown_names

# The split told as news, the couple the subject: "have announced that they are separating", "were splitting up",
# "have split" (the end of the clause, "after nine years of marriage" or "amicably" after it).
SPLIT_ANNOUNCED = re.compile(r"\b(?:are|were)\s+(?:separating|splitting(?:\s+up)?)\b(?=\s*(?:[.;!?]|$)|\s+(?:after|amicably)\b)"
                             r"|\b(?:have|has)\s+split(?:\s+up)?\b(?=\s*(?:[.;!?]|$)|\s+(?:after|amicably)\b)",
                             re.IGNORECASE)


def split_announced(s: Sentence, article: Sequence[Sentence], named: Collection[str], record_year: str, written: str,
                    couple: frozenset[str], in_doubt: Collection[str]) -> bool:
    """Whether the sentence tells the couple's split as it is announced, quoted in their own words (or "the
    statement read" right after they issue one), in an article of the record's year (see above). The told forms
    (SPLIT_ANNOUNCED) are read by records._tells_undated, with the same guards of article and sentence first."""
    if not s.quotes or not quotes_a_split(s) or not _plainly_quoted(s):
        return False  # (first: the cheap tests, on every sentence of the corpus)
    if not _article_may_tell(s, article, named, record_year, written, couple, in_doubt):
        return False
    if _by_the_couple(s.outside_quotes(), s, couple, _SAYING):
        return True
    before = next((b for b in article if b.index == s.index - 1), None)
    return (before is not None and _THE_STATEMENT_SAYS.fullmatch(s.outside_quotes().strip()) is not None
            and JOINT_STATEMENT.search(before.outside_quotes()) is not None
            and _by_the_couple(before.outside_quotes(), before, couple, _ISSUING))


def told_as_news(s: Sentence, article: Sequence[Sentence], named: Collection[str], record_year: str, written: str,
                 couple: frozenset[str], in_doubt: Collection[str]) -> bool:
    """Whether the article and sentence may tell the split in SPLIT_ANNOUNCED's words (the guards of the
    article and the sentence above; the words themselves records._tells_undated reads)."""
    told = SPLIT_ANNOUNCED.search(s.text)
    return (told is not None and not MODAL_BEFORE.search(s.text, 0, told.start())
            and not A_THING_SPLITS.search(s.text, 0, told.start())
            and _article_may_tell(s, article, named, record_year, written, couple, in_doubt))  # ("would have split", "The
    # band Lee and Ray founded has split")


def announced_then(s: Sentence, article: Sequence[Sentence], named: Collection[str], record_year: str,
                   record_month: int, written: str, couple: frozenset[str], in_doubt: Collection[str]) -> bool:
    """Whether the sentence tells that the couple announced their split at a time its article's date makes the
    record's year (and month, where the record has one): "Ann Lee and Bob Ray announced last month that they were
    separating after six years of marriage", "They announced in September that they were separating, ...", "The
    couple announced last October that they had separated" (see ANNOUNCED_WHEN). The announcement dates the split,
    as an article of the split's own year does (above); an article may be written a year later."""
    told = ANNOUNCED_WHEN.search(s.text)
    if told is None or s.attribution == UNNAMED or s.id in in_doubt or len(couple) != 2 or not couple <= set(named):
        return False
    if s.text.rstrip().endswith("?") or any(a <= s.start + told.start() < b for a, b in s.quotes):
        return False  # a question; someone's words ('"The couple announced last month ...," said Cy Moss')
    if DENIED.search(s.text) or HEDGES.search(s.text) or any(
            _DISOWNED.search(x.text) or _UNDONE.search(x.text) for x in article if s.index <= x.index <= s.index + _NEAR):
        return False  # (", a claim Ray now denies", "The statement was withdrawn within an hour.", "then called it off")
    when = _month_of(told, written)
    if when is None or str(when[0]) != record_year or (record_month and when[1] != record_month):
        return False
    if any(y != record_year for y in _A_YEAR.findall(s.text)) or MODAL_BEFORE.search(s.text, 0, told.start()):
        return False  # ("who wed in 2010, announced ...": another year in view)
    before = s.text[:told.start()]
    named_before = [m for m in s.mentions if m.start - s.start < told.start()]
    if named_before:  # both of them by name, and nothing else: "Ann Lee and Bob Ray announced"
        if {m.person for m in named_before} != couple or not all(m.explicit for m in named_before):
            return False
        for m in sorted(named_before, key=lambda m: m.start, reverse=True):
            before = before[:m.start - s.start] + " " * (m.end - m.start) + before[m.end - s.start:]
        return _AND_ONLY.fullmatch(before) is not None
    if _THEY_ONLY.fullmatch(before) is None:
        return False
    if before.lstrip(" \"“'‘").startswith("They"):  # "they" only right after a sentence naming both of them, no one else
        last = next((x for x in article if x.index == s.index - 1), None)
        return last is not None and {m.person for m in last.mentions} == couple and couple <= {
            m.person for m in last.mentions if m.explicit}
    return True


def _month_of(told: re.Match[str], written: str) -> tuple[int, int] | None:
    """(year, month) of the announcement, from the article's date "YYYY-MM(-DD)"; None where the words leave it
    in doubt ("last October" written in December: this October, or the one before?). An announcement is past: "in
    September" written in February is the September before."""
    if not re.match(r"\d{4}-\d\d", written):
        return None
    year, month = int(written[:4]), int(written[5:7])
    if told.group("last"):
        return (year, month - 1) if month > 1 else (year - 1, 12)
    named = MONTHS.index((told.group("last_m") or told.group("in_m")).lower()) + 1
    if told.group("y"):  # (never after the article's own date: its date is wrong, or the words are)
        return (int(told.group("y")), named) if (int(told.group("y")), named) <= (year, month) else None
    if told.group("last_m"):
        return (year - 1, named) if named >= month else None
    return (year, named) if named <= month else (year - 1, named)  # ("in September", written in February: the one past)


_MONTH_WORD = "|".join(m.capitalize() for m in MONTHS)
# The couple's announcement of their split at a time the article's date dates: "announced last month that they were
# separating", "announced in September (2016) that they had split", "announced last October that they had separated",
# the sentence ending there, or going on only with ", saying ..." or "after nine years of marriage" ("together", "as a
# couple"): never ", professionally", "after 15 years as business partners", "amicably as co-hosts", ", more than two
# years ago".
ANNOUNCED_WHEN = re.compile(
    rf"\bannounced\s+(?:(?P<last>last\s+month)|last\s+(?P<last_m>{_MONTH_WORD})|in\s+(?P<in_m>{_MONTH_WORD})"
    r"(?:\s+(?P<y>\d{4}))?)\s+that\s+(?:they|the\s+(?:couple|pair)|both\s+of\s+them)\s+(?:were|had)\s+"
    r"(?:separating|splitting(?:\s+up)?|separated|split(?:\s+up)?|going\s+their\s+separate\s+ways)"
    r"(?=\s*(?:[.;!]|$)|,\s+saying\b|\s+after\s+(?:\w+\s+){1,3}(?:years?|months?)\s+(?:of\s+marriage|together"
    r"|as\s+(?:husband\s+and\s+wife|a\s+couple|man\s+and\s+wife))\s*(?:[.;!]|$))")
# Words of an announcement undone or denied, in it or the two sentences after it: "then called it off", "a claim Ray now
# denies", "The statement was withdrawn", "a publicity stunt".
_TAKEN_BACK = r"withdr[ae]wn?|retracted|den(?:y|ies|ied|ying)"  # what any telling of an event may be, after it
_UNDONE = re.compile(r"\b(?:called\s+(?:it|the\s+\w+)\s+off|" + _TAKEN_BACK + r"|stunt\w*"
                     r"|reconcil\w*|back\s+together|ago)\b", re.IGNORECASE)
_AND_ONLY = re.compile(r"\W*\s+(?:and|&)\s+\W*")  # between the couple's two names, before "announced"
_THEY_ONLY = re.compile(r"\W*(?:They|The\s+(?:former\s+)?(?:couple|pair))\s+")


def _article_may_tell(s: Sentence, article: Sequence[Sentence], named: Collection[str], record_year: str, written: str,
                      couple: frozenset[str], in_doubt: Collection[str]) -> bool:
    """The guards of the article (its year, both of them named, nothing disowned) and of the sentence (no other
    time, no unnamed source, no other pair in view)."""
    if written[:4] != record_year or len(couple) != 2 or s.attribution == UNNAMED or s.id in in_doubt:
        return False
    if not couple <= set(named) or DENIED.search(s.text) or any(_DISOWNED.search(x.text) for x in article
                                                           if s.index <= x.index <= s.index + _NEAR):
        return False  # (the sentence, or one of the two after it: '... "We have not."', "posted by a hacker")
    said = s.outside_quotes()
    own = _WHO_ASIDE.sub(",", said)  # (a year of their wedding in a "who" aside is no time of this one's)
    return not (any(y != record_year for y in _A_YEAR.findall(own)) or _EARLIER.search(own) or HEDGES.search(said))


def _plainly_quoted(s: Sentence) -> bool:
    """Whether the quotation says the split plainly: nothing before it that assumes, reports or denies it ("Everyone
    assumes we have decided to separate"), nothing that makes it a season, a trial or a split of their work."""
    quoted = " ".join(s.text[a - s.start:b - s.start] for a, b in s.quotes)
    return not (_NOT_PLAIN.search(quoted) or _NOT_THE_MARRIAGE.search(quoted))


def _by_the_couple(said: str, s: Sentence, couple: frozenset[str], verbs: re.Pattern[str]) -> bool:
    """Whether the words outside the quotation make the couple the subject of `verbs`: "the couple said", "said the
    pair", "the couple, who wed in 2011, said", or both of them by name right before the verb ("Ann Lee and Bob Ray
    said"), no one else named there, no kin of theirs nor anyone of theirs as the ones who speak."""
    if KIN_SAY.search(said) or _SOMEONE_OF.search(said):
        return False  # "Lee's parents said", "the lawyers of the couple issued", "Lee and Ray's bandmates issued"
    outside = [m for m in s.mentions if m.explicit and not any(a <= m.start < b for a, b in s.quotes)]
    if not {m.person for m in outside} <= couple or [a for a, _b, _n in unknown_names(s)
                                                    if not any(qa <= s.start + a < qb for qa, qb in s.quotes)]:
        return False  # someone else named where the speaker is said
    for v in verbs.finditer(said):
        before = said[:v.start()]
        if _COUPLE_BEFORE.search(before) or _COUPLE_AFTER.match(said, v.end()):
            return True
        ends = [m for m in outside if m.end - s.start <= v.start()]
        if {m.person for m in ends} == couple and not s.is_possessor(ends[-1]) and _RIGHT_BEFORE.fullmatch(
                said, ends[-1].end - s.start, v.start()):
            return True
    return False


_A_YEAR = re.compile(rf"\b({YEAR})\b")
_WHO_ASIDE = re.compile(r",\s*who\b[^,]*,")
# A time before the article's day, outside the quotation: "years ago", "back in", "earlier", "at the time".
_EARLIER = re.compile(r"\b(?:ago|back in|earlier|previously|at the time|then|once|first|last year|the year before)\b",
                      re.IGNORECASE)
_NEAR = 2  # the sentences after an announcement that may disown it
# Words that disown a statement, or call it something other than what it says, in it or right after it.
_DISOWNED = re.compile(r"\b(?:prank\w*|hack(?:ed|er|ers)|hoax\w*|fake|jok(?:e|ed|es|ing)|parod\w*|satir\w*|april fool\w*"
                       r"|not true|we have not|we haven['’]t|we are not|we['’]re not|deleted|retract\w*|walked back)\b",
                       re.IGNORECASE)
_TAKEN_BACK_AFTER = re.compile(r"\b(?:" + _TAKEN_BACK + r")\b", re.IGNORECASE)


def disowned_after(s: Sentence, article: Sequence[Sentence]) -> bool:
    """Whether one of the _NEAR sentences after `s` in its article disowns or takes back what it tells ("The
    statement was fake", "Hours later, they said the account had been hacked", "Ray later denied it"): any
    undated telling of an event (records.undated_support), as _UNDONE is an announcement's (which a
    reconciliation or "ago" undoes too)."""
    return any(_DISOWNED.search(x.text) or _TAKEN_BACK_AFTER.search(x.text) for x in article
               if s.index < x.index <= s.index + _NEAR)


# In the quotation: a split assumed, reported, supposed or denied ("Everyone assumes we have decided to separate").
_NOT_PLAIN = re.compile(r"\b(?:assum\w*|believ\w*|think\w*|thought that|rumou?r\w*|reports?|reported|claim\w*|says?|said"
                        r"|suggest\w*|speculat\w*|if|whether|would|might|could|not|never|nobody|no one|pretend\w*)\b",
                        re.IGNORECASE)
# In the quotation: a split of their work, a season, a trial ("as a duo", "for the summer", "for now").
_NOT_THE_MARRIAGE = re.compile(r"\b(?:as\s+(?:a\s+)?(?:duo|band|bandmates|business\s+partners|partners|colleagues|co-?hosts"
                               r"|a\s+team|a\s+creative|an?\s+act|musicians|performers)|professionally|musically|creatively"
                               r"|on\s+stage|for\s+the\s+(?:summer|winter|spring|autumn|fall|season|tour|year)|for\s+now"
                               r"|for\s+a\s+(?:while|time)|temporar\w*|trial)\b", re.IGNORECASE)
# Someone of theirs as the ones who speak: "the lawyers of the couple", "Lee and Ray's bandmates".
_SOMEONE_OF = re.compile(r"\b\w+\s+(?:of|for)\s+(?:the\s+)?(?:couple|pair)\b|['’]s\s+(?!joint\b)[a-z]\w*", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:said|say|says|wrote|announced|confirmed|added|posted|shared|told)\b", re.IGNORECASE)
_ISSUING = re.compile(r"\b(?:issued|released|put\s+out|posted|shared|announced|confirmed|broke\s+the\s+news|said)\b",
                      re.IGNORECASE)
# The couple right before the verb, an aside between commas allowed: "the couple said", "The couple, who wed in 2011,
# said"; or right after it: "said the couple".
_COUPLE_BEFORE = re.compile(r"\b(?:the\s+(?:former\s+)?(?:couple|pair|two)|both\s+of\s+them|they)(?:\s*,[^,]{1,100},)?"
                            r"(?:\s+(?:jointly|also|later|then))?\s*$", re.IGNORECASE)
_COUPLE_AFTER = re.compile(r"\s+the\s+(?:former\s+)?(?:couple|pair)\b", re.IGNORECASE)
# Between both of them named and the verb: nothing, an aside between commas, "also", "jointly".
_RIGHT_BEFORE = re.compile(r"(?:\s*,[^,]{1,100},)?(?:\s+(?:jointly|also|later|then))?\s*", re.IGNORECASE)
_THE_STATEMENT_SAYS = re.compile(r"[\W_]*(?:the|their|that)\s+(?:joint\s+)?statement\s+(?:said|says|read|reads|added|"
                                 r"continued)[\W_]*", re.IGNORECASE)
