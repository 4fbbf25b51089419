"""Who filed for divorce, as the articles name it.

An article names who filed where one of the couple is named right before the filing's words ("Ann Lee, 35, filed
for divorce in March 2019", "Lee has filed to end her marriage", "Ray, who filed for divorce last March"), in a
sentence on the record that neither doubts nor denies it. Where the articles name both of the couple for one
filing (the filing's year), the fact check lists a disagreement, each side with its articles, and the filing's
record names no one: a wire's "Ann Lee has filed for divorce from Bob Ray" and a tabloid's "Ray, who filed for
divorce last March" are weighed, never one of them chosen. A side needs an article of its own (a relay or a copy
is its original's), an article that names both sides is neither's, and a sentence that says the other filed too
("Ray, who also filed for divorce", "filed his own petition") names no side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from . import slots
from .factcheck import DISAGREEMENT, in_sources, shown_date
from .lang.en import DENIED
from .model import UNNAMED, Conflict, ConflictValue, Fact, Sentence
from .origins import origin_of

SLOT = "who-filed-for-divorce"

# Words by which a sentence tells who filed as someone's claim, or against another's: no filer is named then.
# (Not the court's own papers closing the sentence: "filed for divorce Tuesday from Bob Ray, according to documents
# filed in King County", "..., according to court records obtained by the Ledger"; but "according to documents showing
# Ray had filed first", "... later shown to be forged" are someone's word.)
FILER_IN_DOUBT = re.compile(r"\b(?:contrary|reports?\s+that|insists?|insisted|claims?|claimed|says|said|according\s+to"
                            r"(?!\s+(?:(?:the\s+)?court\s+)?(?:documents|records|papers|filings)(?:\s+(?:filed|obtained"
                            r"|seen|reviewed)\s+(?:in|by|with)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+)?[.!]?\s*$)"
                            r"|it\s+was\s+\w+|not\s+\w+\s+who|alleged|reportedly)\b", re.IGNORECASE)
# Right after the name of whoever filed: "Ann Lee, 35, filed for divorce", "Lee has filed to end her marriage",
# "his ex-wife, Ann Lee, who filed for divorce in 2022".
FILED_AFTER = re.compile(r"(?:,\s*\d{1,3},)?(?:,\s+who)?\s+(?:has\s+|had\s+)?(?:filed|files)\s+"
                         r"(?:for\s+divorce|to\s+(?:end|dissolve))\b")


# Words by which the other filed too: "Ray, who also filed for divorce", "filed his own petition", "cross-petitioned".
_BOTH_FILED = re.compile(r"\b(?:also|too|as\s+well|own\s+(?:petition|filing|application)|counter-?\w+|cross-?\w+)\b",
                         re.IGNORECASE)


def named_filers(s: Sentence, couple: Collection[str]) -> set[str]:
    """The ones of the couple the sentence names right before the filing's words (FILED_AFTER)."""
    return {m.person for m in s.mentions
            if m.explicit and m.person in couple and FILED_AFTER.match(s.text, m.end - s.start)}


def filer_disputes(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]], couple: frozenset[str],
                   origin: Mapping[str, str], dates: Mapping[str, str]) -> tuple[Conflict, ...]:
    """The disagreements on who filed for divorce in a year (see above), one per year where the articles name both."""
    if len(couple) != 2:
        return ()
    named: dict[str, dict[str, list[Sentence]]] = defaultdict(lambda: defaultdict(list))  # year -> filer -> sentences
    for s in sentences:
        if s.attribution == UNNAMED or "filed" not in s.text and "files" not in s.text:
            continue
        years = {f.value for f in facts.get(s.id, ()) if f.slot == slots.DIVORCE_FILED and f.kind == slots.YEAR}
        filers = named_filers(s, couple) if len(years) == 1 else set()
        if len(filers) != 1 or FILER_IN_DOUBT.search(s.text) or DENIED.search(s.text) or _BOTH_FILED.search(s.text):
            continue
        named[years.pop()][filers.pop()].append(s)
    out: list[Conflict] = []
    for year, by_filer in sorted(named.items()):
        articles = {who: {origin_of(origin, s.source, s.id) for s in found} for who, found in by_filer.items()}
        if len(articles) < 2:
            continue
        (_a, sa), (_b, sb) = sorted(articles.items())
        if not sa - sb or not sb - sa:
            continue  # (one article names both, or every article of one side names the other too)
        order = sorted(by_filer, key=lambda who: (-len(articles[who]), who))
        listed = "; ".join(f"{who} {in_sources(len(articles[who]), False)}" for who in order)
        out.append(Conflict(
            id=f"conflict-{SLOT}-{year}", slot=SLOT, subject=tuple(sorted(couple)), verdict=DISAGREEMENT,
            explanation=f"The articles disagree on who filed for divorce in {year}: {listed}. Neither is chosen.",
            values=tuple(ConflictValue(
                value=who, as_of="; ".join(sorted({shown_date(dates.get(s.source, "")) for s in by_filer[who]})),
                citations=tuple(sorted((s.citation for s in by_filer[who]), key=lambda c: (c.source, c.start))))
                for who in order)))
    return tuple(out)
