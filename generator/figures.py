"""The open fact check: figures the slot registry does not name, compared across independent
articles where they belong to the same thing about the same people.

- a sum of money for a named purpose: a lump sum, child or spousal support, legal fees, a
  settlement, a budget (the nearest purpose word of the sum's own clause), one-off or per month
  or year; never two currencies ("$5.3 million" may be "£4.2 million" converted);
- the schedule on which one parent has the children ("every other weekend" / "the first,
  third and fifth weekend of each month"), counted the same way;
- the place of the couple's wedding ("married in June 2008 in Mapleton" / "tied the knot in
  Ridgefield").

Precision first, as everywhere: a figure is compared only when its subject is certain (the
couple, or the one parent the sentence names), with another figure for the same purpose and
period; "$25,000 a month in child support" is never weighed against a "$2 million" lump sum.
Values that read the same once normalised agree; values that differ are a disagreement, both
shown and neither chosen.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from . import slots
from .claims import ClaimGroup, clarity, reading_order
from .extract import CONVERSION_GAP, clause
from .factcheck import AGREEMENT, DISAGREEMENT, in_sources, shown_date, shown_dates
from .guests import SLOT as GUEST_COUNT
from .guests import guest_counts
from .lang.en import (
    CURRENCY,
    CURRENCY_SIGNS,
    MONTH_NAMES,
    MONTHS,
    NUMBER_VALUES,
    ORDINALS,
    PLURAL_REFERENCE,
    REGIONS,
    WEEKDAYS,
    YEAR,
)
from .model import UNNAMED, Citation, Conflict, ConflictValue, Fact, Relation, Sentence, Source
from .origins import origin_of
from .records import kin_of
from .unionfind import UnionFind

# The purpose of a sum: the nearest of these words in its clause.
PURPOSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("lump-sum", re.compile(r"\blump[- ]sum\b|\bone[- ]time payment\b|\bone[- ]off payment\b", re.IGNORECASE)),
    ("child-and-spousal-support", re.compile(r"\bchild and spousal support\b|\bspousal and child support\b", re.IGNORECASE)),
    # ("₦1.5 million a month in child maintenance", "₦2.5 million a month for the two children")
    # ("Dh40,000 a month for the maintenance of Rashid, 6, and Nour, 4", "maintenance for the two children")
    ("child-support", re.compile(r"\bchild (?:support|maintenance)\b|\bmaintenance for (?:the|their|his|her) "
                                 r"(?:(?:two|three|four|five) )?(?:children|kids)\b|\bfor the (?:maintenance|upkeep) of\b"
                                 r"|\bfor (?:the|their|his|her) (?:(?:two|three|four|five) )?(?:children|kids)\b(?!['’])",
                                 re.IGNORECASE)),
    ("spousal-support", re.compile(r"\bspousal support\b|\balimony\b", re.IGNORECASE)),
    ("legal-fees", re.compile(r"\b(?:legal|lawyers?'?|attorneys?'?) (?:fees|costs|bills)\b", re.IGNORECASE)),
    # what one of them pays the other to end the marriage: "a £2.4m settlement", "agreed to hand over £4 million
    # to end his marriage", "a property equalization payment of $1.2 million" (not "to settle": a tax bill too)
    ("settlement", re.compile(r"\b(?:divorce|financial)\s+settlement\b|\bsettlement\b|\bdivorce deal\b"
                              # "Consent orders made in August give Ray $2.1 million" (a court's money order)
                              r"|\b(?:consent|financial)\s+orders?\b"
                              r"|\bto end (?:his|her|their|the)\s+(?!(?:first|previous|earlier|former|prior|own|second|third)\b)"
                              r"(?:[\w-]+\s+)?(?:marriage|divorce)\b"
                              r"|\bequali[sz]ation payment\b"
                              # "will pay Lee $3.2 million as part of the division of property"
                              r"|\bdivision of (?:the |their )?(?:marital )?(?:property|assets)\b|\bproperty division\b"
                              # "agreed to pay $2 million to settle once everything was added up" (never "to
                              # settle an unpaid tax bill": a debt with its object)
                              r"|\bto settle\b(?=\s*(?:[,.;]|$|once|with (?:him|her|them)\b"
                              r"|up\b|things\b|(?:the|their|his|her) divorce\b))",
                              re.IGNORECASE)),
    ("budget", re.compile(r"\bbudget\b|\bcost (?:about |roughly |nearly |some )?" + CURRENCY + r"|\bto make\b", re.IGNORECASE)),
)
# Words of a sum one of them takes away from the marriage, read as its settlement only in a sentence
# that speaks of the marriage's end ("walked away from the marriage with a reported $3.8 million",
# "their divorce came with a $4.2 million payout"; not "an insurance payout")
SETTLEMENT_IN_A_DIVORCE = re.compile(r"\bpay-?outs?\b|\bpay-?offs?\b|\bwalk(?:ed|s|ing)? away\b", re.IGNORECASE)
DIVORCE_WORDS = re.compile(r"\bdivorc\w*|\bsplit\b|\bmarriage\b|\bseparation\b|\bex-(?:wife|husband|partner)\b"
                           r"|\bformer (?:wife|husband|partner)\b"
                           # a divorce court's money order in England and Wales: "Under a consent order, Lee receives"
                           r"|\bconsent order\b|\bfinancial (?:order|remed(?:y|ies))\b", re.IGNORECASE)
# Words of another deal in a one-off sum's clause: a sale, a lawsuit, a show, a book, a fund, a house the sum
# prices ("walked away with a $30 million payout when she sold her skincare line", "a $2.5 million settlement
# in her wrongful-termination lawsuit", "a one-time payment of $250,000 into a college fund"): no sum of the
# couple's divorce (a review found each weighed against it). "Court records show" shows no show.
OTHER_DEAL = re.compile(r"\b(?:sold|sells?|sale|selling|lawsuits?|su(?:ed|es|ing)|suit|tribunal|wrongful|defamation|libel"
                        r"|network|(?<!records )(?<!papers )(?<!documents )(?<!filings )show|series|memoir|book|tell-all|contract|insur\w+|studios?|label|company|companies"
                        r"|business|firm|startup|fund|trust|college|tuition|charity|donat\w*|prize|jackpot|lottery|award"
                        r"|employer|redundancy|severance|fired|axed|sacked)\b", re.IGNORECASE)
# Another marriage than theirs ("his first divorce, from a dancer, came with a $1.5 million settlement").
_ANOTHER_MARRIAGE = re.compile(r"\b(?:first|previous|former|earlier|prior|own|second|third|later|new)\s+(?:[\w-]+\s+)?"
                               r"(?:marriage|wedding|divorce)\b"
                               r"|\b(?:first|previous|earlier|prior|second|third|new|current)\s+(?:[\w-]+\s+)?"
                               r"(?:husband|wife|spouse)\b",
                               re.IGNORECASE)  # ("will pay his former wife a lump sum": the divorce's own spouse)
# A sum changed by a later ruling: neither value is a rival of the other.
_REVISED = re.compile(r"\b(?:reduc\w*|increas\w*|cut|raised|revised|overturn\w*|on appeal|appeals? court|appellate)\b",
                      re.IGNORECASE)
# The divorce's own settlement, named so: another deal's words beside it are where its money comes from ("a
# property settlement worth $3.4 million, most of it from the sale of the couple's terrace"), unless a lawsuit's.
_DIVORCE_SETTLEMENT = re.compile(r"\b(?:property|divorce|financial|marital)\s+settlement\b", re.IGNORECASE)
_LAWSUIT = re.compile(r"\b(?:lawsuits?|su(?:ed|es|ing)|suit|tribunal|wrongful|defamation|libel)\b", re.IGNORECASE)


def _another_deal(text: str, lo: int, hi: int) -> bool:
    """Whether a one-off sum's clause says it is another deal's (OTHER_DEAL), where it does not name
    the divorce's own settlement."""
    if _DIVORCE_SETTLEMENT.search(text, lo, hi) and not _LAWSUIT.search(text, lo, hi):
        return False
    return bool(OTHER_DEAL.search(text, lo, hi))


# A sum that prices a thing ("the $6 million Bel Air house under the settlement"): no payment.
_PRICES_A_THING = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:house|home|mansion|property|properties|apartment|flat|ranch|estate"
                             r"|townhouse|brownstone|terrace|villa|cottage|penthouse|condo|ring|car|yacht|jet|stake|shares"
                             r"|portfolio|painting|collection)\b(?!\s+(?:settlement|orders?)\b)",
                             re.IGNORECASE)  # (not "under a property settlement": the divorce's)
# A settlement of parts ("a $10 million settlement that includes the Malibu house", "a lump sum of $2 million
# plus $30,000 a month"): a lump sum is then a part of it, not a rival.
_BUNDLE = re.compile(r"\b(?:includ\w*|plus|on top of|as well as|along with|together with)\b", re.IGNORECASE)
# Kin words: a "he" or "she" in a sentence with a relative of that gender may be that relative ("Ray's father
# says he paid", "Lee's mother recalls that she had to pay"); a possessor before a relative is not the payer.
_KIN_OF = {"m": re.compile(r"\b(?:father|dad|brother|son|uncle|nephew|grandfather|grandson|stepfather|stepson|husband"
                           r"|ex-husband|boyfriend|fianc[eé])s?\b|\b(?:parents?|siblings?|cousins?|in-laws?)\b", re.IGNORECASE),
           "f": re.compile(r"\b(?:mother|mum|mom|sister|daughter|aunt|niece|grandmother|granddaughter|stepmother"
                           r"|stepdaughter|wife|ex-wife|girlfriend|fianc[eé]e)s?\b|\b(?:parents?|siblings?|cousins?|in-laws?)\b",
                           re.IGNORECASE)}
_KIN = re.compile(f"{_KIN_OF['m'].pattern}|{_KIN_OF['f'].pattern}", re.IGNORECASE)
# (after the sum converted, where an article gives it: "₦1.5 million (about £2,800) a month", "₦2.5 million, about
# £4,700, a month", "€2,400 (about CHF 2,350) a month": Swiss francs are written with letters)
_PERIOD = re.compile(rf"^(?:{CONVERSION_GAP}(?P<sign>{CURRENCY}|(?-i:CHF|SFr\.?|Fr\.)\s?)[\d.,]+\s*(?:million|billion|m|bn|k)?\s*[,)]?)?"
                     r"(?:\s*(?:a|per|each|every)\s+(?P<unit>month|year|week)\b|\s*(?P<word>monthly|annually|yearly|weekly)\b)",
                     re.IGNORECASE)
# How many nights a fortnight the children spend with one parent ("spend five nights a fortnight with Lee").
NIGHTS = "nights-a-fortnight"
# How many weeks of each summer one parent has the children ("Ray gets the kids for six weeks every summer").
SUMMER_WEEKS = "weeks-each-summer"
FIGURE_SLOTS = frozenset([*(p for p, _ in PURPOSES), slots.VISITING_SCHEDULE, slots.WEDDING_PLACE, slots.WEDDING_VENUE,
                          "recording-length",
                          "video-length", NIGHTS, GUEST_COUNT, SUMMER_WEEKS])
_SUMMER_WEEKS = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:consecutive\s+)?weeks?"
                           r"\s+(?:each|every|of each|of every)\s+summer\b", re.IGNORECASE)
_NIGHTS = re.compile(r"\b(?:spend|spends|spent|spending|stay|stays|stayed|staying)\s+(one|two|three|four|five|six|seven"
                     r"|eight|nine|ten|\d{1,2})\s+nights?\s+(?:a|in each|each|every|per|out of every)\s+(?:fortnight"
                     r"|two weeks)\s+with\s+", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:ask(?:s|ed|ing)? for|seek(?:s|ing)?|sought|request(?:s|ed|ing)?|wants?|demand(?:s|ed|ing)?"
                    r"|offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)"
                    r"|turn(?:s|ed)? down|initially|capped|caps?|limit(?:s|ed)?)\b",
                    re.IGNORECASE)
_PERIODS = {"monthly": "month", "annually": "year", "yearly": "year", "weekly": "week"}

_ORDINAL = r"(?:first|second|third|fourth|fifth|last)"
SCHEDULE = re.compile(
    r"\bevery (?:other |second )?weekend\b|\balternat(?:e|ing) weekends\b"
    rf"|\b{_ORDINAL}(?:(?:,\s*|\s+and\s+|,\s*and\s+){_ORDINAL})*\s+weekends?\s+of\s+(?:each|every|the)\s+month\b"
    r"|\b(?:one|two|three|1|2|3)\s+weekends?\s+(?:a|per|each|of every|of each)\s+month\b"
    # "three weekends out of every four", "three out of four weekends", "two weekends in three"
    r"|\b(?:one|two|three|1|2|3)\s+weekends?\s+(?:out\s+)?(?:of|in)\s+(?:every\s+)?(?:two|three|four|2|3|4)\b"
    r"|\b(?:one|two|three|1|2|3)\s+(?:out\s+)?of\s+(?:every\s+)?(?:two|three|four|2|3|4)\s+weekends\b",
    re.IGNORECASE)
# Who has the children on that schedule: the subject of one of these verbs.
_HAS = re.compile(r"\b(?:gets?|has|have|will have|sees?|visits?|takes?|(?:was|were|is|are) given)\b", re.IGNORECASE)
_CHANGED = re.compile(r"\b(?:new|modified|now|previously|used to|changed|until(?!\s+(?:\w+day|the next)\b)|originally|temporar(?:y|ily)|no longer"
                      r"|at first|initially|later)\b", re.IGNORECASE)
_STRONG_BREAK = re.compile(r"[;:]\s|\s[—–]\s|[.?!][\"”’']?\s")
_CHILDREN = re.compile(r"\b(?:kids|children|them|son|daughter|sons|daughters|boys|girls)\b", re.IGNORECASE)
# A schedule asked for, offered, hoped for, denied or only possible is none that one parent has.
_NOT_GIVEN = re.compile(r"\b(?:ask(?:s|ed|ing)?|seek(?:s|ing)?|sought|request(?:s|ed|ing)?|wants?|wanted|hop(?:es|ed|ing)"
                        r"|propos(?:es|ed|ing|al)|offer(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|fought|fighting|demand(?:s|ed|ing)?"
                        r"|would|could|might|(?-i:may)|should|not|never|if|unless|instead of|refus\w*|reject\w*|denied"
                        r"|lost|loses?|losing|took away|bid|plans?\s+to|planned|expected|set to|due to)\b|n['’]t\b", re.IGNORECASE)
_ORDINAL_NUMBER = {**{w: i + 1 for i, w in enumerate(ORDINALS)}, "last": 9}

_NOT_PLACES = MONTH_NAMES | frozenset(WEEKDAYS) | {"The", "A", "An", "Their", "His", "Her"}
PLACE = re.compile(r"\b(?:in|on) ((?:St\. |Saint |Las |Los |New |San |Santa )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                   r"(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+)?))?")
# Words of another wedding than the couple's own: a place in a sentence with one is none of theirs.
ANOTHER_WEDDING = re.compile(r"\b(?:(?:first|previous|former|earlier|prior)\s+(?:[\w-]+\s+)?(?:marriage|wedding|husband|wife"
                             r"|spouse)|again|second|remarri\w*|renew\w*|parents|mother|father|sister|brother"
                             r"|friend(?:['’]s)?|cousin|daughter['’]s|son['’]s|niece|nephew|had been married|married before)\b"
                             r"|\bfriends['’]",  # (not "in front of 120 friends")
                             re.IGNORECASE)
# "on" names a place only as an island's ("married on Orcas Island"; "on Saturday" is a day).
ISLAND = re.compile(r"\b(?:Island|Islands|Isle|Key)$")
# Where a wedding was held, after "at": a name of capitalised words ("Moss Castle", "Villa Moss", "St
# Anne's Church", "the Cathedral Church of St Kelby"), small words between them, and a kind of place written in small
# letters after it ("the Kelby registry office", "the Kelby courthouse").
_VENUE_KINDS = (r"registry\s+office|register\s+office|marriage\s+registry|registry|courthouse|town\s+hall|city\s+hall"
                r"|chapel|church|cathedral|castle|hotel|estate|winery|vineyard|farm|villa|ranch|manor|abbey|hall|garden|gardens")
_VENUE_WORD = r"[A-Z][\w’'-]*(?<![’']s)|[A-Z][\w-]*[’']s(?=\s+[A-Z])"  # "St Anne's Church", never "Lee's home"
VENUE = re.compile(rf"\bat\s+(?:the\s+)?((?:{_VENUE_WORD})(?:\s+(?:(?:of|de|del|la|du|des|di|the)\s+)?(?:{_VENUE_WORD})){{0,4}}"
                   rf"(?:\s+(?:{_VENUE_KINDS})\b)?)")
# A venue's kind written two ways: "register office" / "registry office" / "registry".
_VENUE_SAME = ((re.compile(r"\b(?:registry|register)(?:\s+office)?\b|\bmarriage\s+registry\b"), "registry"),)
# A word that opens a name of a time, not of a place: "at Christmas", "at Easter", "at Sunday's service".
_NOT_VENUES = MONTH_NAMES | frozenset(WEEKDAYS) | {"Christmas", "Easter", "Thanksgiving", "New", "The", "A", "An", "Their",
                                                   "His", "Her", "Midnight", "Noon", "Dawn", "Sunset", "Sunrise"}


@dataclass(frozen=True, slots=True)
class _Figure:
    slot: str  # "lump-sum", "child-support per month", "visiting-schedule", "wedding-place"
    subject: frozenset[str]
    value: str  # normalised, for comparison
    words: str  # as the article words it
    sentence: Sentence


def compare_figures(claims: Sequence[ClaimGroup], sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                    couple: frozenset[str], relations: Sequence[Relation], origin: Mapping[str, str],
                    sources: Sequence[Source], genders: Mapping[str, str]) -> tuple[Conflict, ...]:
    """Agreements and disagreements about the figures above, where two or more independent
    articles give one. `genders`: each person's ("f", "m" or ""), for a payer said "he" or "she"."""
    if len(couple) != 2:
        return ()
    children, kin = kin_of(relations, couple)
    titled = {s.id for s in sources if _DIVORCE_SETTLEMENT.search(s.title or "")}
    of_divorce = {s.id for s in sources if _THE_DIVORCE.search(s.title or "")}
    found = [*_sums(sentences, facts, couple, children | kin, genders, titled, of_divorce), *_schedules(sentences, couple),
             *_spent_with(sentences, couple, genders),
             *_nights(sentences, couple), *_summer_weeks(sentences, couple, genders, children),
             *_places(claims, couple, children | kin), *_recordings(sentences, couple, children | kin),
             *_guests(claims, sentences, facts, couple, children | kin, sources)]
    found = _towns_apart(found)
    by_slot: dict[tuple[str, frozenset[str]], list[_Figure]] = defaultdict(list)
    for f in found:
        if f.subject:
            by_slot[(f.slot, f.subject)].append(f)
    for f in found:  # a sum whose payer is not said joins the one group of its purpose that gives its value
        groups = [figures for (slot, _subject), figures in by_slot.items() if slot == f.slot]
        if not f.subject and len(groups) == 1 and f.value in {g.value for g in groups[0]}:
            groups[0].append(f)
    dates = shown_dates(sources)
    published = {s.id: s.published or "" for s in sources}  # an undated article's year is not known
    out = []
    for (slot, subject), figures in sorted(by_slot.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
        if len({origin.get(f.sentence.source, f.sentence.source) for f in figures}) < 2:  # (by article: a relay
            # that gives another sum than the article it relays is a side of its own)
            continue
        if ((" per " in slot or slot in (slots.VISITING_SCHEDULE, NIGHTS)) and len({f.value for f in figures}) > 1
                and len({published.get(f.sentence.source, "")[:4] for f in figures} - {""}) > 1):
            # support by the month, or a schedule, may change between years: only articles of one year that
            # give two values disagree ("six nights a fortnight" against the court's "five", both of 2024)
            figures = _of_one_year(figures, published, origin)
            if not figures:
                continue
        if slot == slots.WEDDING_PLACE and len({f.value for f in figures}) > 1 and not _apart(figures):
            continue
        if slot == slots.WEDDING_VENUE and len({f.value for f in figures}) > 1:
            continue  # a civil wedding and a church one, a wedding and its party: two venues are not weighed  # "Maui" and "Lahaina", "Manhattan" and "New York City": one may hold the other
        if len({currency(f.value) for f in figures} - {""}) > 1:
            continue  # "$5.3 million" and "£4.2 million": one sum converted, maybe; sums of two currencies are not weighed
        if len({f.value for f in figures}) == 1 and len({origin_of(origin, f.sentence.source, f.sentence.id)
                                                         for f in figures}) < 2:
            continue  # one value from one source and its relay ("..., as Fenwick reported back in 2015"): no agreement
        out.append(_conflict(slot, subject, figures, origin, dates))
    return tuple(out)


def _of_one_year(figures: Sequence[_Figure], published: Mapping[str, str], origin: Mapping[str, str]) -> list[_Figure]:
    """The figures of the latest year in which two independent articles give different values of a
    figure that may change over time; none if no year has such."""
    by_year: dict[str, list[_Figure]] = defaultdict(list)
    for f in figures:
        year = published.get(f.sentence.source, "")[:4]
        if year:
            by_year[year].append(f)
    for year in sorted(by_year, reverse=True):
        given = by_year[year]
        if len({f.value for f in given}) > 1 and len({origin.get(f.sentence.source, f.sentence.source)
                                                      for f in given}) > 1:
            return given
    return []


def join_disputed(claims: Sequence[ClaimGroup], conflicts: Sequence[Conflict]) -> list[ClaimGroup]:
    """Claims found by their words whose wording sentences give the two sides of one
    disagreement about a figure ("a lump sum of $2 million" / "a lump sum of $2.5 million") are
    one claim: one statement citing both, disputed. Claims gathered on an event stay as they are,
    and a sentence of theirs that gives a side is cited by the disputed statement too ("The
    divorce was finalised in November after a £4.2 million settlement")."""
    sides: UnionFind[str] = UnionFind()
    for conflict in conflicts:
        if conflict.verdict == DISAGREEMENT and is_figure_slot(conflict.slot):
            ids = [c.sentence for v in conflict.values for c in v.citations]
            for a in ids[1:]:
                sides.union(ids[0], a)
    disputed = disputed_sentences(conflicts)
    groups: dict[str, list[ClaimGroup]] = defaultdict(list)
    also: dict[str, list[Sentence]] = defaultdict(list)  # sentences of event claims that give a side too
    out: list[ClaimGroup] = []
    for claim in claims:
        if claim.key is None and claim.text.id in disputed and claim.text.attribution != UNNAMED:
            groups[sides.find(claim.text.id)].append(claim)  # (an unnamed source's side stays its own
            # statement, marked as such: never folded into a named source's words)
        else:
            out.append(claim)
            if claim.key is not None:
                for s in claim.sentences:
                    if s.id in disputed:
                        also[sides.find(s.id)].append(s)
    for root, joined in groups.items():
        if len(joined) == 1 and not also.get(root):
            out.extend(joined)
            continue
        sentences = tuple(sorted({s.id: s for s in [*(s for c in joined for s in c.sentences), *also.get(root, ())]}.values(),
                                 key=lambda s: (s.source, s.index)))
        text = min((c.text for c in joined), key=lambda s: (clarity(s), s.source, s.index))
        out.append(ClaimGroup(None, sentences, text))
    out.sort(key=reading_order)
    return out


def disputed_sentences(conflicts: Sequence[Conflict], dates: bool = False) -> frozenset[str]:
    """The sentences that give a value of a disagreement about a figure of this module (a
    statement citing one is disputed: it states one side); with `dates`, of a disagreement about
    an event's date too (event_dates)."""
    return frozenset(c.sentence for conflict in conflicts
                     if conflict.verdict == DISAGREEMENT
                     and (is_figure_slot(conflict.slot) or dates and conflict.slot.endswith(" date"))
                     for v in conflict.values for c in v.citations)


def currency(value: str) -> str:
    """The currency a sum is written in: "$", "£", "€", a dollar with its country ("A$", "US$"), or the word of one of no
    sign ("45,000 pesos": "pesos")."""
    found = re.match(rf"[A-Z]*{CURRENCY}", value) or re.search(r"(?<=\d )[a-z]+$", value)
    return found.group() if found else ""


def is_figure_slot(slot: str) -> bool:
    """Whether a conflict's slot is one of this module's ("child-support per month", "lump-sum
    asked for", "recording-length 2007")."""
    return slot.split(" ")[0] in FIGURE_SLOTS


def _towns_apart(found: list[_Figure]) -> list[_Figure]:
    """The figures, where articles give one wedding town two regions ("Paris, France" / "Paris,
    Texas"), with that town's places told apart by their regions (two values: a disagreement), and
    the town given without a region left out (which of them it is, is not known)."""
    regions: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.slot == slots.WEDDING_PLACE and ", " in f.words:
            regions[f.value].add(f.words.partition(", ")[2])
    two = {town for town, rs in regions.items() if len(rs) > 1}
    if not two:
        return found
    return [replace(f, value=f.words) if f.slot == slots.WEDDING_PLACE and f.value in two else f for f in found
            if not (f.slot == slots.WEDDING_PLACE and f.value in two and ", " not in f.words)]


def _apart(figures: Sequence[_Figure]) -> bool:
    """Whether wedding places are certainly different: each town is given with its region
    ("Austin, Texas" / "Reno, Nevada") by at least one article, and the
    regions differ."""
    regions: dict[str, set[str]] = defaultdict(set)
    for f in figures:
        _town, _, region = f.words.partition(", ")
        if region:
            regions[f.value].add(region)
    towns = {f.value for f in figures}
    if any(not regions[t] for t in towns):
        return False
    every = [r for t in towns for r in regions[t]]
    return len(every) == len(set(every))


def _sums(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str],
          family: frozenset[str], genders: Mapping[str, str], titled: Collection[str] = (),
          of_divorce: Collection[str] = ()) -> list[_Figure]:
    """Sums of money with a purpose, in sentences about the couple and no one else (but a judge named in a
    role, where the words say who pays); a sum whose payer the words do not say has no subject ("The pair's
    divorce was finalised after a £4.2 million settlement"): compare_figures gives it to the one group of its
    purpose that already holds its value. `titled`: the articles whose title names the divorce's settlement,
    where, as after a sentence of its paragraph that speaks of the divorce, a one-off sum one of them takes is the
    divorce's ("What we know about the divorce settlement": "Lee will receive a lump-sum payment of ..."). A sum one
    of them pays the other with no word of what for is the settlement, where the divorce is spoken of there, or in
    the article's title (`of_divorce`): _paid_to_the_other."""
    out: list[_Figure] = []
    before: Sentence | None = None
    for s in sentences:
        previous, before = before, s
        money = [f for f in facts.get(s.id, ()) if f.kind == slots.MONEY and f.slot == slots.AMOUNT]
        if not money:
            continue  # (most sentences: nothing more to read)
        # "... are officially divorced after a judge signed off on it. And Lee walked away with $1.5 million": a
        # sentence that goes on from one about the divorce speaks of it
        divorce_before = bool(previous and previous.source == s.source and _GOES_ON.match(s.text)
                              and DIVORCE_WORDS.search(previous.text))
        # the sentence before it in its paragraph, if any
        before_it = previous if previous and (previous.source, previous.paragraph) == (s.source, s.paragraph) else None
        spoken_of = s.source in titled or bool(before_it and DIVORCE_WORDS.search(before_it.text))
        people = frozenset(s.people)
        judges = _judges(s) - couple
        if not (people & couple or not people and PLURAL_REFERENCE.search(s.text)) or not people <= couple | family | judges:
            continue
        found: list[_Figure] = []
        for f in money:
            at, end = f.span.start - s.start, f.span.end - s.start
            purpose = _nearest(s.text, at, end, divorce_before)
            lo, hi = clause(s.text, at, end)
            if not purpose and (s.source in of_divorce or _THE_DIVORCE.search(s.text, lo, hi)
                                or before_it is not None and _THE_DIVORCE.search(before_it.text)):
                purpose = _paid_to_the_other(s, lo, at, end, couple, genders, before_it)
            if not purpose:
                continue
            period = _PERIOD.match(s.text[end:])
            if period and period.group("sign") and period.group("sign") in s.text[max(0, at - 3):end]:
                period = None  # "$9,000, $4,000 a month": two sums, the period the second's (a conversion is into
                # another currency: "₦1.5 million (about £2,800) a month")
            per = (period.group("unit") or _PERIODS[period.group("word").lower()]).lower() if period else ""
            slot = f"{purpose} per {per}" if per else purpose
            if purpose in ONE_OFF and not per and (_another_deal(s.text, lo, hi) or _PRICES_A_THING.match(s.text, end)
                                                   or _ANOTHER_MARRIAGE.search(s.text) or _REVISED.search(s.text)):
                continue  # another deal's sum, a thing's price, an earlier marriage's settlement, or a sum changed on
                # appeal ("must now pay a $3 million settlement, reducing the sum set by the trial judge"): not weighed
            if purpose in ONE_PAYER and (_REVISED.search(s.text) or _PROVISIONAL.search(s.text) or _A_PART.search(s.text)
                                         or _PART_OF_AFTER.match(s.text, end) or _BOUND.search(s.text, lo, at)
                                         or purpose not in ONE_OFF and not per):
                continue  # support "after a modification hearing", "temporary", "for each of the two children", a part
                # of the whole ("with the rest paid in instalments"), a bound or a maybe ("at least $4 million", "could
                # receive as much as $8 million"), support with no rate ("weekly child support of $500", "totalling
                # $300,000", arrears): no rival of the sum the divorce set
            if _ASKED.search(s.text, lo, hi):
                slot += " asked for"  # a request is not a ruling: "sought $200,000" / "ordered to pay $115,000"
            payer = _payer(s, lo, at, couple, genders)
            if (payer is None and purpose in ONE_PAYER and not _ANOTHER_SUM.search(s.text, lo, hi)
                    and not _OTHER_CAUSE.search(s.text, end, hi) and not _INHERITED.search(s.text)):
                payer = _paid_by_the_other(s, lo, at, end, hi, couple, divorce_before or spoken_of
                                           or purpose not in ONE_OFF)  # (support is the divorce's by its name)
            if judges & people and payer is None:
                continue  # a judge's sentence, its payer not said: the judge's other case, maybe
            prefix = _CURRENCY_PREFIX.search(s.text, max(0, at - 3), at)
            value, words = (prefix.group() + f.value, prefix.group() + s.text[at:end]) if prefix else (f.value, s.text[at:end])
            found.append(_Figure(slot, frozenset([payer]) if payer else frozenset(), value, words, s))
        # two values of one purpose in one sentence: steps or parts of one sum ("$5,000 a month for two years and
        # $3,000 after that"), neither a rival of another article's
        out.extend(f for f in found if len({g.value for g in found if g.slot == f.slot}) == 1)
    return _one_off_as_settlement(out)


def _judges(s: Sentence) -> set[str]:
    """The people the sentence names as a judge ("Circuit Judge Cy Moss", "Justice Ivy Lane"): no payer."""
    return {m.person for m in s.mentions if _JUDGE_BEFORE.search(s.text, 0, m.start - s.start)}


_JUDGE_BEFORE = re.compile(r"\b(?:[Jj]udge|Justice|[Mm]agistrate|[Cc]ommissioner),?\s*$")
# Another cause of a sum one of them takes, after it: "received a $250,000 settlement after she slipped on an icy
# pavement", "a lump sum of $1.2 million when she left the drama" (not "when the marriage ended").
_OTHER_CAUSE = re.compile(r"\b(?:after|when|because)\s+(?!(?:the|their|her|his)\s+(?:divorce|split|separation"
                          r"|marriage)\b)(?:she|he|her|his|a|an|the|it)\b", re.IGNORECASE)
# A bound or a maybe before a sum: "more than $4 million", "at least", "nearly", "as much as", "could receive".
_BOUND = re.compile(r"\b(?:more than|at least|nearly|almost|as much as|up to|upwards of)\s+(?:[A-Z]{0,2}" + CURRENCY + r")?$"
                    r"|\b(?:could|would|might|if)\b", re.IGNORECASE)
# Money left by the dead: "a lump sum of $300,000 under her late aunt's will", "from her father's estate".
_INHERITED = re.compile(r"\b(?:estate|inherit\w*|bequest|bequeathed)\b|['’]s will\b|\blate\s+\w+['’]s\b", re.IGNORECASE)
# A sum for the meantime, or changed since: "temporary spousal support", "after a modification hearing".
# ("now", but not of a name: "according to Kelby Now")
_PROVISIONAL = re.compile(r"\b(?:temporar\w*|interim|pendente lite"
                          # ("provisional child support", "a preliminary order"; never "the preliminary round", "his
                          # provisional driving licence")
                          r"|(?:provisional|preliminary)\s+(?:[\w-]+\s+){0,2}?(?:order|ruling|support|maintenance|alimony"
                          r"|payments?|award|sums?|amount|figure|arrangements?)|provisional\s+(?:[A-Z]{2,3}\s?|" + CURRENCY
                          + r")?\d|modif\w*|until the divorce|(?-i:now)|(?<!\w )(?-i:Now)|since"
                          r"|no longer|raised"
                          r"|lowered|dropped|fell|rose|went up|went down|cut to|increased|reduced)\b", re.IGNORECASE)
# A part of a sum, or a sum by the child or by the step: "for each of the two children", "with the rest paid in
# instalments", "of the divorce settlement was left for Lee", "for the first two years and $3,000 after that".
_A_PART = re.compile(r"\b(?:for each|each child|per child|the rest|remainder|instal+ments?|(?<!as )part of|portion of|of which"
                     r"|initial|down payment|after that|rising to|dropping to|falling to|left for|for the first"
                     r"|(?:yearly|annual|monthly|quarterly) payments|in \w+ payments|apiece|net|after tax\w*|before tax\w*"
                     r"|gross|less a|counting|beyond|on top of|until the)\b",
                     re.IGNORECASE)
# ... or right after it: "about $3.2 million of the divorce settlement was left for Lee".
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:the|her|his|their)\s+(?:(?:divorce\s+|financial\s+)?settlement|proceeds|sale"
                            r"|equity|value|house|home|estate)\b", re.IGNORECASE)
# A sum beside another, before it in its clause: "Lee also gets a one-time payment of $40,000": an added one, for
# something else, maybe; or a relative's, a friend's, someone's from another relationship.
_ANOTHER_SUM = re.compile(r"\b(?:also|too|additional|another|extra|father|dad|brother|son|uncle|nephew|grand\w+"
                          r"|step\w+|boyfriend|mother|mum|mom|sister|daughter|aunt|niece|girlfriend|parents?|siblings?"
                          r"|cousins?|in-laws?|fianc\w*|friends?|neighbou?rs?|nanny|staff)\b", re.IGNORECASE)


def _at(f: _Figure) -> tuple[int, int]:
    """Where the figure's words stand in its sentence."""
    at = max(0, f.sentence.text.find(f.words))
    return at, at + len(f.words)


def _one_off_as_settlement(figures: list[_Figure]) -> list[_Figure]:
    """The figures, with a lump sum weighed as the settlement where the articles give a settlement
    too ("will pay Lee a lump sum of $2 million" / "walked away with a $3 million settlement"),
    unless one article gives the two apart with different sums (then the lump sum is a part of the
    settlement, not a rival of it)."""
    by_article: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in figures:
        if f.slot in ONE_OFF:
            by_article[f.sentence.source][f.slot].add(f.value)
    if not any("settlement" in given for given in by_article.values()) or any(
            len(given) == 2 and given["lump-sum"] != given["settlement"] for given in by_article.values()) or any(
            f.slot in ONE_OFF and _BUNDLE.search(f.sentence.text, *clause(f.sentence.text, *_at(f))) for f in figures):
        return figures
    return [replace(f, slot="settlement") if f.slot == "lump-sum" else f for f in figures]


_FROM = re.compile(r"\bfrom\s+", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:be|been|being|is|was|are|were|get|gets|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RECEIVES = re.compile(r"\s+(?:\w+\s+)?(?:gets|got|receives|received|will get|will receive|is owed|was owed)\b", re.IGNORECASE)
# One of them takes a one-off sum away ("Lee walked away with a $3 million settlement", "Lee, who
# receives a lump sum of $2 million"): the other pays it, unless it comes "from" someone else.
_TAKES = re.compile(r",?(?:['’]s)?\s+(?:who\s+)?(?:(?:is|was)\s+(?:set|expected|due|poised)\s+to\s+|\w+\s+)?(?:gets|got|receives|received|will get|will receive|walk(?:ed|s|ing)? away"
                    r"|pocket(?:s|ed)?|bank(?:s|ed)|takes home|took home|is set to (?:get|receive|pocket)|walk away"
                    r"|get|receive|pocket)\b", re.IGNORECASE)  # ("is set to walk away ... with", "is expected to receive")
_FROM_WHOM = re.compile(r"\bfrom\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
# Where the money comes from, not who pays it: "from the sale of the house", "from the proceeds".
_FROM_THE_MONEY = re.compile(r"from\s+(?:the\s+)?(?:sale|proceeds|profits?|equity|savings|pension|value)\b", re.IGNORECASE)
_TO_WHOM = re.compile(r"\bto\s+", re.IGNORECASE)
# The word right before a verb of paying, a name's last word: "Ray will pay", "Ray agreed to pay".
_SURNAME_BEFORE = re.compile(r"\b((?-i:[A-Z])[\w'’-]+)(?<!['’]s)\s+(?:(?:will|would|must|shall|agreed to|has agreed to|was ordered to"
                             r"|is to|to)\s+)*$")
# The spouse a sum comes from, unnamed: "gets $30,000 a month in alimony from her ex".
_FROM_THE_SPOUSE = re.compile(r"from\s+(?:his|her)\s+(?:ex|ex-husband|ex-wife|former husband|former wife|husband|wife"
                              r"|estranged husband|estranged wife)\b(?!['’]s|\s+[A-Z]|\s*,\s*(?:the|a|an)\s)", re.IGNORECASE)  # (not "from
# her ex, the drummer who fathered her eldest daughter")
# "friends say he agreed to hand over £4 million": a pronoun, the subject of the verb of paying
_PRONOUN_PAYS = re.compile(r"\b(he|she)\s+(?:[a-z]+\s+){0,3}?$", re.IGNORECASE)
ONE_OFF = frozenset(["lump-sum", "settlement"])
# What one of the couple pays the other: a sum of one of these purposes that one of them takes ("Lee will receive a
# lump-sum payment of $4.5 million", "she's walking away with $30,000 a month in alimony") the other pays.
ONE_PAYER = ONE_OFF | frozenset(["child-support", "spousal-support", "child-and-spousal-support"])
# The country before a dollar sign ("A$2 million", "US$1.5 million"): two such currencies are not weighed.
_CURRENCY_PREFIX = re.compile(r"(?<![\w$])(?:A|AU|US|C|CA|NZ|HK|S)$")
_PAY = re.compile(r"\b(?:pay|pays|paid|paying|payment|payments|owes|owed|hand|hands|handed|handing|hand over|hands over)\b",
                  re.IGNORECASE)


def _payer(s: Sentence, lo: int, at: int, couple: frozenset[str], genders: Mapping[str, str]) -> str | None:
    """Whose sum it is: the one of the couple named last before "pay" (or "payment") in the
    sum's clause ("Hale was ordered to pay Quinn $20,000"), or the one "he" or "she" before it
    can only be (the one person of that gender the sentence names), or the other of the one named
    right after the verb ("... will pay Quinn $20,000", no payer's name read), else the one whose it
    is said to be ("Quinn's legal fees reached $300,000"); None when the words do not say."""
    found = list(_PAY.finditer(s.text, lo, at))
    if found and _PASSIVE.search(s.text, lo, found[-1].start()):
        return None  # "Lee will be paid $2 million by Ray": the one named before is paid
    verbs = [m for m in found if not m.group().lower().startswith("payment")]
    # the verb's subject, not the name before a noun after it ("Ray will pay Lee a property equalization
    # payment of $1.2 million": Ray pays)
    pay = verbs[-1] if verbs else found[-1] if found else None
    mentions = [m for m in s.mentions if lo <= m.start - s.start < at and m.person in couple]
    if pay is not None:
        source = _FROM.search(s.text, pay.end())  # "gets a one-time payment of $2 million from Hale"
        if source:
            after = [m for m in s.mentions if m.start - s.start == source.end() and m.person in couple]
            return after[0].person if after else None
        before = [m for m in mentions if m.end - s.start <= pay.start() and not s.is_possessor(m)]
        if before and _RECEIVES.match(s.text, before[-1].end - s.start):
            return None  # "Quill gets a payment": the one named is paid, and the payer is not said
        if before:
            return before[-1].person
        said = _the_pronoun(s, lo, pay.start(), couple, genders)
        if said or pay not in verbs:
            return said
        # the one paid, named right after the verb, where its payer's name is not read ("the judgment ... under
        # which Ray will pay Lee $3.2 million", a surname both of them have borne): the other pays
        paid = [m.person for m in mentions if m.start - s.start >= pay.end() and not s.text[pay.end():m.start - s.start].strip()
                and not s.is_possessor(m)]
        other = couple - set(paid[:1])
        named = _SURNAME_BEFORE.search(s.text, lo, pay.start())
        return (next(iter(other)) if paid and len(other) == 1 and named
                and named.group(1) == next(iter(other)).split()[-1] else None)  # (not "An accountant ... will pay
        # Lee", "Ray's parents will pay Lee": the word before the verb is the other's own surname)
    owners = {m.person for m in mentions if s.is_possessor(m) and not _KIN.search(s.text, m.end - s.start, at)}
    return owners.pop() if len(owners) == 1 else None  # "Lee's legal fees reached $300,000" (not "Lee's mother,
    # Ann Roe, walked away with $2 million")


def _the_pronoun(s: Sentence, lo: int, verb: int, couple: frozenset[str], genders: Mapping[str, str]) -> str | None:
    """The one of the couple a "he" or "she" right before the verb at `verb` is: the one person of
    that gender the sentence names, if that is one of them ("Ray is single again, and friends say
    he agreed to hand over $4 million"); None if another of that gender is named, or none."""
    pronoun = _PRONOUN_PAYS.search(s.text, lo, verb)
    if not pronoun or _KIN_OF["m" if pronoun.group(1).lower() == "he" else "f"].search(s.text) or any(lo <= m.start - s.start < verb for m in s.mentions if m.start - s.start > pronoun.start()):
        return None
    gender = "m" if pronoun.group(1).lower() == "he" else "f"
    named = {m.person for m in s.mentions if m.explicit and genders.get(m.person) == gender}
    unknown = {m.person for m in s.mentions if m.explicit and not genders.get(m.person)}
    return named.pop() if len(named) == 1 and not unknown and named <= couple else None


def _paid_to_the_other(s: Sentence, lo: int, at: int, end: int, couple: frozenset[str],
                       genders: Mapping[str, str], previous: Sentence | None = None) -> str:
    """"settlement" for a sum one of the couple pays the other, the payer named right before "pay" (but for "agreed
    to", "will" and the like) with nothing before them in the clause but who says so, the one paid named right after
    it, the sum right after them ("Lee agreed to pay Ray a whopping $6 million to wrap things up"), and nothing after
    it to the sentence's end but an end to the matter ("to wrap things up", "to end the marriage", "when they
    divorced") or who says so; not where `previous` (its paragraph's sentence before it) tells a sale or a purchase ("Lee sold her half of the bistro to
    Ray. Ray paid Lee $500,000."), nor "To buy her out, Ray paid Lee ...", "paid Ray $500,000 last year to buy out
    her half of the bistro", "to settle the case she had brought", "her mother paid Ray"; "" otherwise. Never
    "handed" (cash), nor what one "owes" the other."""
    verbs = [m for m in _PAY.finditer(s.text, lo, at) if m.group().lower().startswith(("pay", "paid"))
             and not m.group().lower().startswith("payment")]
    if not verbs or not _ENDS_THE_MATTER.fullmatch(s.text, end) or (
            previous is not None and _A_SALE.search(previous.text)) or _A_SALE.search(s.text):
        return ""
    payer = _payer(s, lo, at, couple, genders)
    paid = [m for m in s.mentions if m.start - s.start == verbs[-1].end() + 1 and m.person in couple]
    before = [m for m in s.mentions if m.person == payer and m.end - s.start <= verbs[-1].start()]
    if (payer is None or not paid or {payer, paid[0].person} != couple or not before
            or not _PAYER_RIGHT_BEFORE.fullmatch(s.text, before[-1].end - s.start, verbs[-1].start())
            or not _ONLY_WHO_SAYS.fullmatch(s.text, lo, before[-1].start - s.start)
            or not _BEFORE_THE_SUM.fullmatch(s.text, paid[0].end - s.start, at)):
        return ""  # (not the second sum of "will pay Lee $3.2 million, not $32 million")
    return "settlement" if not _SUM_NAMED_BETWEEN.search(s.text, verbs[-1].end(), at) else ""


# The divorce itself, for a sum no purpose word names: not "marriage" alone ("during the marriage", "the marriage
# started as a working partnership"), nor a verb "split" ("split their bistro"), but its end ("the deal that ended
# her marriage").
_THE_DIVORCE = re.compile(r"\bdivorc\w*|\b(?:the|their|her|his)\s+split\b|\bseparation\b|\bex-(?:wife|husband|partner)\b"
                          r"|\bformer (?:wife|husband)\b|\bend(?:ed|s|ing)?\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?marriage\b",
                          re.IGNORECASE)
# A sale or a purchase told beside a sum: its price, not a settlement.
_A_SALE = re.compile(r"\b(?:sold|sells?|selling|sale|bought|buys?|buying|buy-?out|purchased?|price)\b", re.IGNORECASE)
# Between the payer's name and "pay": "agreed to", "will", "was ordered to" (not "says her mother").
_PAYER_RIGHT_BEFORE = re.compile(r"\s+(?:(?:has|have|had|will|would|must|then|also|eventually|finally|agreed|was|is|ordered"
                                 r"|been|to|reportedly)\s+)*")
# Before the payer in the clause: nothing, who says so ("A source said", "... told The Dish that"), or the divorce
# itself ("After the divorce, Ray agreed to pay ...").
_ONLY_WHO_SAYS = re.compile(r"(?:.*\b(?:said|says|told|reported|reports|claimed|claims)\b(?:[^,]*\bthat)?\s+|\s*)"
                            r"(?:(?:after|in|under|as\s+part\s+of)\s+(?:the|their)\s+(?:divorce|split)\s*,?\s*)?", re.IGNORECASE)
# Between the one paid and the sum: "pay Ray a whopping $6 million", "pay Ray an estimated $2 million".
_BEFORE_THE_SUM = re.compile(r"\s+(?:(?:a|an|the|some|nearly|about|around|roughly|almost|whopping|total|cool|further|of"
                             r"|estimated|reported|reportedly|just)\s+)*(?:[A-Z]{0,2}" + CURRENCY + r"\s?)?")
# All a sum paid to the other may have after it in its sentence: nothing, an end to the matter, or who says so.
_ENDS_THE_MATTER = re.compile(r"\s*(?:to\s+(?:wrap\s+(?:things|it|everything)\s+up|end\s+(?:the|their|her|his)\s+(?:\d+-year\s+)?"
                              r"(?:marriage|divorce)|settle\s+(?:the|their)\s+divorce)(?:\s+(?:before|so|and)\b[^,;]*)?"
                              r"|(?:when|after|as)\s+(?:they|the\s+couple)\s+divorced\b(?:\s+(?:last\s+year|in\s+\d{4}))?"
                              rf"(?:,\s*according\s+to\s+[^,;]+)?(?:,\s*after\s+(?:a|an|the|their|years|months)\s+[^;{CURRENCY_SIGNS}]*)?"
                              # (", after a bruising battle ..."; not ", after which she also paid him $5,000 a month")
                              r"|,\s*(?:according\s+to\s+[^,;]+|(?:court\s+)?(?:papers|records|filings)\s+show|an?\s+\w+\s+said))?"
                              r"[\s.,;:!?\"”’)]*", re.IGNORECASE)
# Between the verb and the sum, a word of what it is ("pay Ray's legal fees of $30,000", "pay Ray back").
_SUM_NAMED_BETWEEN = re.compile(r"\b(?:fees?|bills?|costs?|debts?|loans?|rent|back|share|half)\b", re.IGNORECASE)


def _paid_by_the_other(s: Sentence, lo: int, at: int, end: int, hi: int, couple: frozenset[str],
                       divorce_before: bool = False) -> str | None:
    """The payer of a sum that no verb of paying tells: the one of the couple it comes "from" ("a
    $4.2 million payout from Ray to Lee", "walked away with $5 million from her ex-husband Bob Ray"),
    else the other of the two where one of them is said to take it ("Lee walked away with a $3 million
    settlement", "gets $30,000 a month in alimony from her ex"); None when someone else is said to pay,
    or the sum is not said to be the divorce's (`divorce_before`: its sentence goes on from one that is)."""
    if not (DIVORCE_WORDS.search(s.text, lo, hi) or divorce_before):
        return None  # "received a $2.5 million settlement" of what? not said to be the divorce's
    takers = [m.person for m in s.mentions if lo <= m.start - s.start and m.end - s.start <= at and m.person in couple
              and not s.is_possessor(m) and _TAKES.match(s.text, m.end - s.start)]
    given = _FROM_WHOM.search(s.text, end, hi)
    other = couple - set(takers[-1:])
    if given and _FROM_THE_SPOUSE.match(s.text, given.start()):
        return next(iter(other)) if takers and len(other) == 1 else None  # "from her ex": the other of the two
    if given and not _FROM_THE_MONEY.match(s.text, given.start()):  # (not "from the sale of the house": whence)
        after = [m.person for m in s.mentions if given.end() <= m.start - s.start <= given.end() + 2]
        to = _TO_WHOM.search(s.text, given.end(), hi)
        if not takers and not (to and any(m.person in couple - set(after[:1]) and m.start - s.start == to.end()
                                          for m in s.mentions)):
            return None  # "support ... still goes from Ray to a dancer he divorced in 2005": no one of them takes it
        return after[0] if after and after[0] in couple and after[0] not in takers[-1:] else None
    return next(iter(other)) if takers and len(other) == 1 else None


def _nearest(text: str, start: int, end: int, divorce_before: bool = False) -> str:
    """The purpose whose word stands nearest the sum in its clause ("" if none); `divorce_before`: the
    sentence goes on from one about the divorce ("And Lee walked away with $1.5 million")."""
    lo, hi = clause(text, start, end)
    best: tuple[int, str] | None = None
    purposes = ([*PURPOSES, ("settlement", SETTLEMENT_IN_A_DIVORCE)] if divorce_before or DIVORCE_WORDS.search(text, lo, hi)
                else PURPOSES)
    for purpose, pattern in purposes:
        for m in pattern.finditer(text, lo, hi):
            gap = start - m.end() if m.end() <= start else m.start() - end
            if best is None or abs(gap) < best[0]:
                best = (abs(gap), purpose)
    return best[1] if best else ""


# A sentence that goes on from the one before it: "And ...", "But ...", "So ...".
_GOES_ON = re.compile(r"[\"“]?(?:And|But|So|Then|Plus)\b")
_WORD_AMOUNTS = {**NUMBER_VALUES, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
                 "a half": 0.5, "an": 1, "a": 1}
_AMOUNT = r"(\d+(?:\.\d+)?|" + "|".join(_WORD_AMOUNTS) + ")"
_UNIT = r"(second|minute|hour)s?"
# Recordings and videos, and how long one is: "a 90-second message", "the two-minute recording",
# "a voicemail lasting three minutes".
_RECORDING = r"(message|voicemail|voice message|recording|tape|audio|phone call|call|rant)"
_VIDEO = r"(video|clip)"
LENGTHS = re.compile(
    rf"\b{_AMOUNT}[- ]{_UNIT}(?:[- ]long)?\s+(?:(?:[\w'’-]+\s+){{0,2}}?)(?:{_RECORDING}|{_VIDEO})\b"
    rf"|\b(?:{_RECORDING}|{_VIDEO})\s+(?:that\s+)?(?:lasted|lasting|running|ran|of)\s+(?:about\s+|nearly\s+|almost\s+)?{_AMOUNT}\s+{_UNIT}\b",
    re.IGNORECASE)
_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
YEAR_WORD = re.compile(rf"\b{YEAR}\b")


def _recordings(sentences: Sequence[Sentence], couple: frozenset[str], family: frozenset[str]) -> list[_Figure]:
    """How long a recording or a video lasted, in sentences about the family and no one else,
    counted in seconds ("a 90-second message" and "a minute-and-a-half voicemail" agree)."""
    out = []
    theirs = couple | family
    for s in sentences:
        people = frozenset(s.people)
        if not people & theirs or not people <= theirs or not _may_match(s.text, _LENGTH_WORDS):
            continue
        for m in LENGTHS.finditer(s.text):
            g = [x for x in m.groups() if x]
            amount, unit, noun = (g[0], g[1], g[2]) if m.group(1) else (g[1], g[2], g[0])
            value = _WORD_AMOUNTS.get(amount.lower()) if not amount[0].isdigit() else float(amount)
            if value is None:
                continue
            slot = "video-length" if re.fullmatch(_VIDEO, noun, re.IGNORECASE) else "recording-length"
            years = sorted(set(YEAR_WORD.findall(s.text)))
            if not years:
                continue  # which recording is meant is told only by its year: "the 2007 voicemail"
            seconds = value * _SECONDS[unit.lower().rstrip("s")]
            out.append(_Figure(f"{slot} {'/'.join(years)}", couple, f"{seconds:g} seconds", m.group(0), s))
    return out


def _guests(claims: Sequence[ClaimGroup], sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
            couple: frozenset[str], family: frozenset[str], sources: Sequence[Source]) -> list[_Figure]:
    """How many guests came to each of the couple's weddings (guests.py), one figure a wedding, named
    by its month ("wedding-guest-count August 2011"), or by its year where no article reports its day."""
    counts = guest_counts(claims, sentences, facts, couple, family, sources)
    per_month: dict[str, set[str]] = defaultdict(set)
    for g in counts:
        per_month[g.occasion[:7]].add(g.occasion)

    def named(occasion: str) -> str:  # "June 2019"; "2 June 2017" where the couple married twice that month; "2019"
        if len(occasion) == 4:
            return occasion  # (a wedding known by its year alone: guests.py, _by_its_year)
        month = f"{MONTHS[int(occasion[5:7]) - 1].capitalize()} {occasion[:4]}"
        return f"{int(occasion[8:10])} {month}" if len(per_month[occasion[:7]]) > 1 and len(occasion) > 7 else month

    return [_Figure(f"{GUEST_COUNT} {named(g.occasion)}", couple, g.value, g.words, g.sentence) for g in counts]


# A season a schedule holds for, right after it or opening its clause: "every weekend in the summer", "During the
# summer, Ray has them every weekend" (not "alternate weekends and six weeks in the summer": a part of its own).
_SEASONS = r"(?:summers?|(?:school )?holidays|vacations?|christmas|easter)"  # (not "during term time": the usual one)
_SEASON_AFTER = re.compile(rf"\s+(?:in|during|over|throughout|through)\s+(?:the\s+)?{_SEASONS}\b", re.IGNORECASE)
_SEASON_BEFORE = re.compile(rf"\b(?:in|during|over|throughout)\s+(?:the\s+)?{_SEASONS}\b[^.;]*$", re.IGNORECASE)
# A child's age set off by commas after the name ("gets Ivy, 5, and Tom, 2, every weekend"): no clause break.
_AGES_SET_OFF = re.compile(r",\s*\d{1,2},")


def _schedule_matches(sentences: Sequence[Sentence]) -> Iterator[tuple[Sentence, re.Match[str], int]]:
    """(sentence, schedule, where the schedule's part of the sentence begins) for each schedule a sentence names."""
    for s in sentences:
        if _may_match(s.text, _SCHEDULE_WORDS):
            for m in SCHEDULE.finditer(s.text):
                yield s, m, max((b.end() for b in _STRONG_BREAK.finditer(s.text, 0, m.start())), default=0)


def _schedules(sentences: Sequence[Sentence], couple: frozenset[str]) -> list[_Figure]:
    """The weekends one parent has the children (or the children the sentence names): the one of
    the couple named last before the verb ("while Ray gets the kids on ...") in the
    schedule's part of the sentence (up to a semicolon, colon or dash)."""
    out = []
    for s, m, lo in _schedule_matches(sentences):
        hi = next((b.start() for b in _STRONG_BREAK.finditer(s.text, m.end())), len(s.text))
        verb = None
        for verb in _HAS.finditer(s.text, lo, m.start()):
            pass  # the verb nearest the schedule: "Lee keeps the kids in the week, while Ray has them ..."
        if verb is None or _NOT_GIVEN.search(s.text, lo, m.start()):
            continue
        inside = [x for x in s.mentions if verb.end() <= x.start - s.start < m.start()]
        given = verb.group().lower().endswith("given") and bool(_CHILDREN.search(s.text) or "custody" in s.text.lower())
        if (not (_CHILDREN.search(s.text, verb.end(), m.start()) or any(x.person not in couple for x in inside)
                 or given)  # ("The children stay with Lee, and Ray was given every second weekend")
                or any(x.person in couple for x in inside)
                or "," in _AGES_SET_OFF.sub(" ", s.text[verb.end():m.start()])):
            continue  # the children between the verb and the schedule, and no one of the couple: "Ray has
            # the kids every weekend and Lee every other weekend" gives Lee's weekends no verb of her own
        if _CHANGED.search(s.text, lo, hi):
            continue  # "under a new order", "used to": a schedule that changed is no rival of the old one
        if _SEASON_AFTER.match(s.text, m.end()) or _SEASON_BEFORE.search(s.text, lo, m.start()):
            continue  # "every weekend in the summer", "during the summer holidays, every weekend": a season's
        who = _subject(s, lo, verb.start(), couple)
        if who:
            out.append(_Figure(slots.VISITING_SCHEDULE, frozenset([who]), _schedule(m.group(0)), m.group(0), s))
    return out


def _spent_with(sentences: Sequence[Sentence], couple: frozenset[str], genders: Mapping[str, str]) -> list[_Figure]:
    """The weekends the children spend with one parent, the parent named after "with" ("The children will spend
    alternate weekends with their father", "They spend alternate weekends and half of the school holidays with
    Ray"): the one of the couple of that name, or of that gender where "their father" or "their mother" says it."""
    out = []
    for s, m, lo in _schedule_matches(sentences):
        spend = _SPEND.search(s.text, lo, m.start())
        with_whom = _WITH_PARENT.match(s.text, m.end())
        if (spend is None or with_whom is None or s.text[spend.end():m.start()].strip(" ,")
                or not (_CHILDREN.search(s.text, lo, spend.start()) or _THEY_OPENS.match(s.text, lo))
                or _NOT_GIVEN.search(s.text, lo, m.start()) or _CHANGED.search(s.text, lo, with_whom.end())
                or _SEASON_AFTER.match(s.text, m.end())):
            continue
        at = with_whom.start("who")
        named = [x.person for x in s.mentions if x.start - s.start == at and x.explicit]
        if with_whom.group("kin"):
            gender = "m" if with_whom.group("kin").lower() in ("father", "dad") else "f"
            found = [p for p in couple if genders.get(p) == gender] or [
                p for p in couple if not genders.get(p)] * any(genders.get(p) not in ("", gender) for p in couple)
            who = found[0] if len(found) == 1 else None  # (the one of the two the other's gender leaves)
        else:
            who = named[0] if named and named[0] in couple else None
        if who:
            out.append(_Figure(slots.VISITING_SCHEDULE, frozenset([who]), _schedule(m.group(0)), m.group(0), s))
    return out


# "The children will spend alternate weekends with their father": the verb of the children's time with a parent.
_SPEND = re.compile(r"\b(?:spend|spends|spending|will spend|stay|stays|will stay)\s+(?:on\s+)?$", re.IGNORECASE)
# ... and with whom, right after the schedule (or after what else they spend with that parent: "and half of the
# school holidays").
_WITH_PARENT = re.compile(r"(?:\s+and\s+[^.;,]{1,60}?)?\s+with\s+(?P<who>(?:their|his|her)\s+(?P<kin>father|dad|mother|mum|mom)"
                          r"|(?-i:[A-Z])[\w'’-]+)", re.IGNORECASE)
_THEY_OPENS = re.compile(r"\s*They\b")


def _nights(sentences: Sequence[Sentence], couple: frozenset[str]) -> list[_Figure]:
    """The nights a fortnight the children spend with the one of the couple named right after "with"
    ("the twins will spend six nights a fortnight with Lee"); not one asked for or changed, nor "with
    the father" of a court's anonymised reasons (no one named)."""
    out = []
    for s in sentences:
        if "night" not in s.text:
            continue
        for m in _NIGHTS.finditer(s.text):
            lo = max((b.end() for b in _STRONG_BREAK.finditer(s.text, 0, m.start())), default=0)
            hi = next((b.start() for b in _STRONG_BREAK.finditer(s.text, m.end())), len(s.text))
            if _NOT_GIVEN.search(s.text, lo, m.start()) or _CHANGED.search(s.text, lo, hi):
                continue
            who = [x.person for x in s.mentions if x.start - s.start == m.end() and x.person in couple]
            if who:
                n = m.group(1).lower()
                count = int(n) if n.isdigit() else NUMBER_VALUES.get(n, 0)
                out.append(_Figure(NIGHTS, frozenset(who), f"{count} nights a fortnight",
                                   s.text[m.start(1):m.end()].strip().removesuffix("with").strip(), s))
    return out


def _summer_weeks(sentences: Sequence[Sentence], couple: frozenset[str], genders: Mapping[str, str],
                  children: frozenset[str] = frozenset()) -> list[_Figure]:
    """The weeks of each summer one parent has the children: the one of the couple named right before the verb
    nearest before them in their part of the sentence ("Lee will have them every other weekend, for four weeks
    each summer"), or a "she" or "he" there that can be one of the couple only ("she gets the kids for six weeks
    every summer"), the children between the verb and the weeks; not weeks asked for, possible ("may take them
    for up to six weeks"), changed ("after the appeal", "rising to"), of one summer ("three weeks this summer"),
    of another marriage's child, nor two counts in one sentence (steps of one order). Whatever their articles'
    years: an order that changed says so."""
    out = []
    for i, s in enumerate(sentences):
        if not _may_match(s.text, ("summer",)) or _ANOTHER_MARRIAGE.search(s.text) or _ORDER_CHANGED.search(s.text):
            continue
        found = list(_SUMMER_WEEKS.finditer(s.text))
        if len({m.group(1).lower() for m in found}) != 1:
            continue
        for m in found:
            lo = max((b.end() for b in _STRONG_BREAK.finditer(s.text, 0, m.start())), default=0)
            hi = next((b.start() for b in _STRONG_BREAK.finditer(s.text, m.end())), len(s.text))
            verbs = list(_HAS.finditer(s.text, lo, m.start()))
            if not verbs or _NOT_GIVEN.search(s.text, lo, m.start()) or _CHANGED.search(s.text, lo, hi):
                continue
            verb = verbs[-1]
            between = s.text[verb.end():m.start()]
            if (not _CHILDREN.search(between) or any(verb.end() <= x.start - s.start < m.start() for x in s.mentions)
                    or _CAUSED.search(between) or _THEIR_OWN_CLAUSE.match(s.text, m.end())):
                continue  # the children had, and no one else named between ("has the children spend two weeks
                # every summer at a sailing camp", "takes the children to his parents' cabin": sent, not had; "his
                # sister's children"; "apart from the four weeks each summer that Ray has them": another's)
            if not _CHILD_WORDS_OWN.search(between) and i and sentences[i - 1].source == s.source and any(
                    x.person not in couple | children for x in sentences[i - 1].mentions):
                continue  # "them" after a sentence about someone else's ("Roe has two daughters of her own")
            who = (_the_pronoun(s, lo, verb.start(), couple, genders) if _PRONOUN_PAYS.search(s.text, lo, verb.start())
                   else _named_right_before(s, lo, verb.start(), couple))  # (not "Ray ..., and she gets", nor "Ray has
            # them every other weekend, and the grandparents take them for two weeks each summer")
            if who:
                n = m.group(1).lower()
                count = int(n) if n.isdigit() else NUMBER_VALUES.get(n, 0)
                out.append(_Figure(SUMMER_WEEKS, frozenset([who]), f"{count} weeks each summer", m.group(0), s))
    return out


# Children had, or sent: "has the children spend two weeks every summer at a sailing camp" (sent).
_CAUSED = re.compile(r"\b(?:spend|go|attend|stay|travel|visit|work|to|apart from|except|besides|other than)\b|['’]s?\s"
                     r"|\b(?:sister|brother|parents?|niece|nephew|friend|partner|girlfriend|boyfriend)s?\b", re.IGNORECASE)
# The weeks of a clause of their own after them: "apart from the four weeks each summer that Ray has them".
_THEIR_OWN_CLAUSE = re.compile(r"\s+(?:that|which|when|during which)\b", re.IGNORECASE)
# The children by a word of theirs, not "them" (whose?).
_CHILD_WORDS_OWN = re.compile(r"\b(?:kids|children|son|daughter|sons|daughters|boys|girls|twins)\b", re.IGNORECASE)
# An order changed, or to change: "after the appeal", "rising to six weeks once Tom turns 10", "a modified order".
_ORDER_CHANGED = re.compile(r"\b(?:appeal\w*|modif\w*|revis\w*|amend\w*|ris(?:e|es|ing) to|increas\w*|reduc\w*|extend\w*"
                            r"|once)\b", re.IGNORECASE)
_AFTER_NAME = re.compile(r"\s*(?:,\s*\d{1,3},\s*|,\s+who\b[^,]*,\s*)?(?:(?:also|now|still|will|usually|only)\s+)?")


def _named_right_before(s: Sentence, lo: int, verb: int, couple: frozenset[str]) -> str | None:
    """The one of the couple named right before the verb at `verb` (but for an age or a "who" aside
    between commas, and "also", "now", "will"), with no one named after them before it; None otherwise."""
    named = [x for x in s.mentions if lo <= x.start - s.start < verb]
    if not named or named[-1].person not in couple or s.is_possessor(named[-1]):
        return None
    last = named[-1]
    return last.person if _AFTER_NAME.fullmatch(s.text, last.end - s.start, verb) else None


_AGE_BETWEEN = re.compile(r"\s*(?:,\s*\d{1,3},)?\s*")


def _subject(s: Sentence, lo: int, verb: int, couple: frozenset[str]) -> str | None:
    """The one of the couple who is the verb's subject: named right before it ("while Ray gets",
    "Ray, 45, gets"), or the one person the clause names, with nothing between them and the verb
    but asides between commas and adverbs ("Ray, who moved to Ohio, gets", "Ray usually gets");
    not an owner ("Ray's mother, Eva Ray, has ...", "Lee's boyfriend has"), not one named inside
    another's aside ("Max Ford, who dates Ann Lee, gets"), not one before a subject of the verb's
    own that the people stage did not resolve ("Ray kept the house, and she gets ...": she)."""
    named = [x for x in s.mentions if lo <= x.start - s.start < verb]
    theirs = [x for x in named if x.person in couple]
    if not theirs or s.is_possessor(theirs[-1]):
        return None
    who = theirs[-1]
    if _AGE_BETWEEN.fullmatch(s.text, who.end - s.start, verb):
        return who.person
    if _IN_AN_ASIDE.search(s.text, lo, who.start - s.start):
        return None  # "The boys' grandmother, who lives near Ray, gets them ...": Ray is in her aside
    parts = s.text[who.end - s.start:verb].split(",")
    if (named[0] is who and named[-1] is who and _ADVERBS.fullmatch(parts[0] + " ") and _ADVERBS.fullmatch(parts[-1])
            and all(_ASIDE.fullmatch(p) for p in parts[1:-1])):
        return who.person
    return None


# Between a subject and its verb: asides between commas that tell of them ("Ray, who moved to Ohio, gets", "Ray,
# 45, gets", "Ray, an architect, gets"; not "Ray, the children's grandmother, a retired nurse, gets": someone
# else), adverbs ("Ray himself gets").
_IN_AN_ASIDE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,]*$", re.IGNORECASE)
_ASIDE = re.compile(r"\s*(?:(?:who|whom|whose|which|\d{1,3}|an?)\b[^,]*|[a-z]+ly|meanwhile|however|too|though|in\s+turn"
                    r"|for\s+(?:his|her)\s+part)\s*")
_ADVERBS = re.compile(r"\s*(?:(?:[a-z]+ly|also|now|still|will|then|meanwhile|currently|often|sometimes|already|himself"
                      r"|herself|alone|today|nowadays|in\s+turn|at\s+present)\s+)*")


# A word that every match of LENGTHS (a unit), and of SCHEDULE, holds: a text without one is not searched.
_LENGTH_WORDS = ("second", "minute", "hour")
_SCHEDULE_WORDS = ("weekend",)
# Characters that match an ASCII letter when case is ignored (İ ı ſ K) but do not lower-case to it.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _may_match(text: str, words: Sequence[str]) -> bool:
    """Whether a pattern that ignores case and needs one of `words` may match the text: one is in it,
    lower-cased (or the text holds a letter that folds to ASCII only under the pattern's rules)."""
    lowered = text.lower()
    return any(w in lowered for w in words) or not _FOLDS_TO_ASCII.isdisjoint(text)


def _schedule(words: str) -> str:
    """A schedule counted the same way: "alternate weekends", "weekends 1, 3, 5 of each month",
    "1 weekend a month"."""
    low = words.lower()
    if "other" in low or "second weekend" in low and "every" in low or "alternat" in low:
        return "alternate weekends"
    if low.startswith("every weekend"):
        return "every weekend"
    share = re.match(r"(\w+)\s+(?:weekends?\s+)?(?:out\s+)?(?:of|in)\s+(?:every\s+)?(\w+)", low)
    if share and not low.endswith("month"):
        n, m = (int(w) if w.isdigit() else NUMBER_VALUES.get(w, 0) for w in share.groups())
        if n and m and 2 * n == m:
            return "alternate weekends"  # "one weekend in two", "two of every four weekends"
        return f"{n} weekends in {m}"
    ordinals = sorted({_ORDINAL_NUMBER[w] for w in re.findall(_ORDINAL, low)})
    if ordinals and "month" in low and not re.match(r"(?:one|two|three|\d)\b", low):
        return "weekends " + ", ".join(str(n) for n in ordinals) + " of each month"
    first = low.split()[0]
    n = int(first) if first.isdigit() else NUMBER_VALUES.get(first, 0)
    return f"{n} weekend{'s' if n != 1 else ''} a month"


def _places(claims: Sequence[ClaimGroup], couple: frozenset[str], family: frozenset[str]) -> list[_Figure]:
    """Where the couple married: a place named after "in" (or "on" an island) in the clause of the wedding, and the
    venue named after "at", in the sentences of a claim keyed on the couple's wedding. A venue's value holds the
    year the claim is keyed on: two weddings' venues are two values, never one."""
    married = slots.slot(slots.MARRIED)
    cue = married.cue if married else None
    out = []
    for c in claims:
        if cue is None or c.key is None or c.key[0] != slots.MARRIED or not couple <= c.about <= couple | family:
            continue
        for s in c.sentences:
            wedding = _one_wedding(s, cue)
            if wedding is None:
                continue
            venue = _wedding_venue(s, wedding, couple)
            place = _wedding_place(s, wedding, couple, venue)
            if place and place[0] not in REGIONS:  # "in Italy" holds "in Portofino": only towns are compared
                out.append(_Figure(slots.WEDDING_PLACE, couple, place[0], place[1], s))
            if venue:
                words = venue.group(0)[3:].lstrip()  # as written, with its "the": "the Kelby registry office"
                out.append(_Figure(slots.WEDDING_VENUE, couple, f"{_venue_value(venue.group(1))}|{c.key[1][:4]}", words, s))
    return out


def _venue_value(words: str) -> str:
    """A venue as compared: small letters, one word for each kind of place written two ways."""
    value = re.sub(r"\s+", " ", words.lower().replace("’", "'"))
    for pattern, same in _VENUE_SAME:
        value = pattern.sub(same, value)
    return value


# Cues of the other events: a place named after one of them is that event's ("filed for
# divorce in Los Angeles").
_OTHER_EVENTS = [sl.cue for sl in slots.SLOTS if sl.cue is not None and sl.name != slots.MARRIED]
# The words that may stand between the wedding's words and its place.
_BETWEEN = frozenset(["in", "on", "at", "of", "the", "a", "an", "their", "his", "her", "small", "quiet", "private", "intimate", "secret", "simple", "lavish", "ceremony", "ceremonies", "wedding",
                      # "in front of about 250 guests", "in a lavish bash"
                      "front", "about", "some", "around", "nearly", "almost", "guests", "people", "friends", "relatives",
                      "family", "and", "bash"])
# Who one of the couple is, right before their name after the wedding's words: "married the Kelby architect Cy
# Moss", "tied the knot with her hunky architect beau Bob Ray".
_DESCRIBED_BEFORE = re.compile(r"(?:\bwith\s+)?\b(?:the|her|his|a|an)\s+(?:[\w-]+\s+){0,4}$")
PLACE_WORDS = 8  # "married in June 2008 in Mapleton": the place stands this close to the wedding


def _wedding_place(s: Sentence, wedding: tuple[int, int], couple: frozenset[str],
                   venue: re.Match[str] | None) -> tuple[str, str] | None:
    """(place, words) of the one wedding a sentence tells of (`wedding`: _one_wedding's span): a place named after
    "in" (or "on" an island), within a few words of the wedding's cue, in its clause, before any other event's cue; a
    name that goes on ("Lakeview County Court") or names a person is no place. Between the cue and the place may stand
    a date, a few small words ("in a small ceremony"), the name of one of the `couple` and the wedding's `venue`
    ("married Ann Lee at Moss Castle in Kelby")."""
    start, hi = wedding
    names = {p.person for p in s.mentions}
    for p in PLACE.finditer(s.text, start, hi):
        if not _only_between(s, start, p.start(), couple, venue.span(1) if venue and venue.end() <= p.start() else None):
            return None  # only a date or "in a small ceremony" stands between: "and lived in Paris" is not the wedding
        place = p.group(1)
        if p.group(0).startswith("on ") and not ISLAND.search(place):
            continue
        goes_on = re.match(r"\s+[A-Z]", s.text[p.end():])
        if place.split()[0] in _NOT_PLACES or goes_on or any(place in n or n in place for n in names):
            continue
        return place, p.group(0)[3:]
    return None


def _one_wedding(s: Sentence, cue: re.Pattern[str]) -> tuple[int, int] | None:
    """(the end of the wedding's cue, the end of its clause before any other event's cue) where the sentence tells
    one wedding and has no word of another (ANOTHER_WEDDING)."""
    found = cue.findall(s.text)
    if len(found) != 1 or ANOTHER_WEDDING.search(s.text):
        return None  # "who met at a friend's wedding in Rome, married ...", "whose parents married in Rome"
    m = cue.search(s.text)
    if m is None:
        return None
    _lo, hi = clause(s.text, m.start(), m.end())
    for other in _OTHER_EVENTS:
        o = other.search(s.text, m.end(), hi)
        if o:
            hi = o.start()
    return m.end(), hi


def _only_between(s: Sentence, start: int, end: int, couple: frozenset[str], venue: tuple[int, int] | None) -> bool:
    """Whether only a date, a few small words (_BETWEEN), a name of one of the couple and the venue's words stand
    between `start` and `end` of the sentence's text."""
    spans = []
    for m in s.mentions:
        if m.person in couple and m.explicit:
            described = _DESCRIBED_BEFORE.search(s.text, start, m.start - s.start)
            spans.append((described.start() if described else m.start - s.start, m.end - s.start))
    if venue:
        spans.append(venue)
    words = [w for w in re.finditer(r"[\w'’]+", s.text[start:end])
             if not any(a <= start + w.start() and start + w.end() <= b for a, b in spans)]
    return len(words) <= PLACE_WORDS and all(
        w.group().lower() in _BETWEEN or w.group().isdigit() or w.group() in MONTH_NAMES or w.group() in WEEKDAYS
        for w in words)


def _wedding_venue(s: Sentence, wedding: tuple[int, int], couple: frozenset[str]) -> re.Match[str] | None:
    """The venue of the one wedding a sentence tells of (as _wedding_place): "at" and a name (VENUE) right after the
    wedding's words, a date, a few small words or a name of one of the couple ("married Bob Ray on Saturday at Villa
    Moss"), in the wedding's clause; never a name of a person, a time ("at Christmas") or a name that goes on."""
    start, hi = wedding
    venue = VENUE.search(s.text, start, hi)
    if venue is None or not _only_between(s, start, venue.start(), couple, None):
        return None
    first = re.split(r"[\s’']", venue.group(1))[0]
    if (first in _NOT_VENUES or re.match(r"\s+[A-Z]", s.text[venue.end():])
            or any(venue.start(1) < m.end - s.start and m.start - s.start < venue.end(1) for m in s.mentions)):
        return None
    return venue


def _conflict(slot: str, subject: frozenset[str], figures: Sequence[_Figure], origin: Mapping[str, str],
              dates: Mapping[str, str]) -> Conflict:
    values: dict[str, list[_Figure]] = defaultdict(list)
    for f in figures:
        values[f.value].append(f)
    order = sorted(values, key=lambda v: (-len(values[v]), v))

    def n(v: str) -> int:
        return len({origin_of(origin, f.sentence.source, f.sentence.id) for f in values[v]})

    def words(v: str) -> str:
        return ", ".join(f"“{w}”" for w in sorted({f.words for f in values[v]}))

    what = (f"number of guests at their wedding of {slot.partition(' ')[2]}" if slot.startswith(GUEST_COUNT)
            else slots.label(slot).lower())
    if len(values) == 1:
        verdict = AGREEMENT
        why = f"{n(order[0])} independent sources give the same {what}: {words(order[0])}."
    else:
        verdict = DISAGREEMENT
        listed = "; ".join(f"{words(v)} " + in_sources(n(v), all(f.sentence.attribution == UNNAMED for f in values[v]))
                           for v in order)
        why = f"The articles give different values for the {what}: {listed}. Neither is chosen."
    return Conflict(
        id=f"{'agreement' if verdict == AGREEMENT else 'conflict'}-{slot.replace(' ', '-')}",
        slot=slot, subject=tuple(sorted(subject)), verdict=verdict, explanation=why,
        values=tuple(ConflictValue(
            value=" / ".join(sorted({f.words for f in values[v]})),
            as_of="; ".join(sorted({shown_date(dates.get(f.sentence.source, "")) for f in values[v]})),
            citations=tuple(sorted({_cite(f) for f in values[v]}, key=lambda c: (c.source, c.start))))
            for v in order))


_TAIL = re.compile(r"(?:[\s,;:—–]+(?:and|or|plus))?[\s,;:—–]*$")


def _cite(f: _Figure) -> Citation:
    """The clause of the sentence that gives the figure: the evidence for this value, without
    the other figures of the sentence."""
    s = f.sentence
    at = s.text.find(f.words)
    lo, hi = clause(s.text, at, at + len(f.words)) if at >= 0 else (0, len(s.text))
    other = min((i for c in CURRENCY_SIGNS if (i := s.text.find(c, at + len(f.words), hi)) > 0), default=-1) \
        if at >= 0 and f.words[:1] in CURRENCY_SIGNS else -1
    if other > 0:  # "a lump sum of $2 million and $25,000 a month in child support": the first sum's part
        hi = other
    tail = _TAIL.search(s.text, lo, hi)
    hi = tail.start() if tail else hi
    while lo < hi and s.text[lo].isspace():
        lo += 1
    return Citation(s.source, s.start + lo, s.start + hi, s.id)
