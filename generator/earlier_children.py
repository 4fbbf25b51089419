"""A child one of the profile's people has from an earlier relationship, as several articles say it: "Bob Ray
has a son, Tom, from a previous relationship."

Articles about a couple keep saying that one of them has a child from before ("Ray, 35, also has a son, Tom,
14, from a previous relationship.", "Ray's son from an earlier relationship, Tom,", "Tom, Ray's son from a
previous marriage,", "Ray is also dad to 17-year-old Tom from a previous relationship."); told sentence by
sentence, it is a statement per article, each with another age. A record gathers it: one sentence of the
background's paragraph, each footnote quoting an article's own words. Precision first, a sentence supports
it only where:

- the parent and the child are both named by name (never a pronoun: "He has a son, Tom, from ..."), outside
  quotation marks, and the parent owns the son ("Ray's son") or is the subject of the words ("Ray also has a
  son"): only a description stands between the clause's start and the parent's name;
- the words are one of the forms above, the child right beside the son or daughter word (never a stepson, nor
  a possessive, a speaker or a list after the relationship), the earlier relationship right after (an age
  between allowed: ", 14,", "(6)", ", aged eight,", ", now nine,"), its "her"/"his" the parent's gender, never
  "of his wife's" after it, never "Lee and Ray's son";
- the sentence is no unnamed source's, hedges nothing and is no story's (`marked.HEDGE`); one that calls it
  untrue or in doubt (`marked.DOUBT`) keeps the two from any record, whatever other articles say.

A record needs two or more independent articles that give that parent that child, a child no sentence tells of
with a word of death; son or daughter as they all say it (articles that disagree make no record), "a previous
marriage" only where every one says marriage (a marriage is a relationship; not the other way round); the child
named as most of them write it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from .factcheck import AGREEMENT
from .lang.en import DENIED
from .marked import DOUBT, HEDGE, NAME, NOT_NAMED_AFTER, PAIR_BEFORE, form_matches, subject_at
from .model import UNNAMED, Record, RecordValue, Sentence
from .records import oldest_first

SLOT = "child-from-before"

_KID = r"(?P<kid>son|daughter|child|boy|girl)"  # (never a stepson: not the person's own child)
_ADJ = r"(?:(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)-year-old\s+|older\s+|elder\s+|eldest\s+|younger\s+|teenage\s+|adult\s+)?"
_AGE = r"(?:,\s*(?:now\s+|aged\s+)?[\w-]+,|\s*\(\d{1,2}\),?|,)?"
# "from a previous relationship", "from her first marriage" (whose "her" is: the parent's gender must say, never
# "their"), ended where a phrase ends or by the other partner ("with Jo Roe", "to Jo Roe"; never "of his wife's")
_FROM = (r"from\s+(?P<whose>a|an|her|his)\s+(?:previous|earlier|former|first|prior)\s+(?P<rel>relationship|marriage)"
         r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:with|to)\b)")
_P, _C = NAME.format("p"), NAME.format("c")
# The forms, on the sentence's text with each name written "@<its index>@".
_FORMS = [
    # "Ray, 35, also has a son, Tom, 14, from a previous relationship"; "Ray (37) has an older son, Tom, from ..."
    # "Lee, 40, who was made a QC in March, also has a son, Tom, 15, from a previous relationship"
    re.compile(_P + r"(?:,\s*\d{1,2}(?=,)|\s*\(\d{1,2}\))?(?:,\s+who\s+[^,@\"“”]{1,80}(?=,))?,?\s+(?:also\s+)?has\s+"
               r"(?:a|an)\s+"
               + _ADJ + _KID + r",?\s+"
               + _C + _AGE + r"\s*" + _FROM),
    # "Ray's 16-year-old son, Tom, from an earlier relationship"; "Ray's son from her previous marriage, Tom,"
    re.compile(_P + r"['’]s\s+" + _ADJ + _KID + r"(?:,?\s+" + _C + _AGE + r")?\s*,?\s*" + _FROM
               + r"(?(c)|,\s+" + _ADJ + r"@(?P<c2>\d+)@)"),
    # "Tom, Ray's son from an earlier relationship"; "big brother Tom, ten, Ray's son from a previous relationship"
    re.compile(_C + _AGE + r"\s*" + _P + r"['’]s\s+" + _ADJ + _KID + r"\s+" + _FROM),
    # "Ray is also dad to 17-year-old Tom from a previous relationship"
    re.compile(_P + r"\s+is\s+(?:also\s+)?(?:a\s+)?(?:dad|father|mum|mom|mother)\s+(?:of|to)\s+" + _ADJ + _C + r"\s+"
               + _FROM),
]
_HAS_FORMS = (0, 3)  # the forms whose parent is the subject of its words
_MAY_SAY = re.compile(r"\bfrom\s+(?:a|an|her|his|their)\s+(?:previous|earlier|former|first|prior)\s+"
                      r"(?:relationship|marriage)\b", re.IGNORECASE)
_KIDS = {"boy": "son", "girl": "daughter"}
# A child who died: "has a son" is no longer true.
_DIED = re.compile(r"\b(?:died|dies|death|late|passed\s+away|killed|stillborn|funeral|buried|memorial)\b", re.IGNORECASE)


def earlier_children_records(sentences: Sequence[Sentence], origin: Mapping[str, str], dates: Mapping[str, str],
                             first_id: int, couple: frozenset[str] = frozenset(),
                             genders: Mapping[str, str] | None = None) -> tuple[Record, ...]:
    """The background's records of the children the people have from an earlier relationship (see above),
    ids from r`first_id`: the couple's first, then in the order of the parents' and children's names.
    `genders`: each person's ("f", "m" or ""), for whose "her first marriage" is."""
    found: dict[tuple[str, str], dict[str, Sentence]] = defaultdict(dict)  # (parent, child) -> article -> sentence
    kids: dict[tuple[str, str], set[str]] = defaultdict(set)
    relationships: dict[tuple[str, str], set[str]] = defaultdict(set)
    written: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # how the articles write the child's name
    doubted: set[tuple[str, str]] = set()
    died: set[str] = set()
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if _DIED.search(s.text):
            died.update(m.person for m in s.mentions)
        if not _MAY_SAY.search(s.text):
            continue
        in_doubt = bool(DENIED.search(s.text) or DOUBT.search(s.text))
        supports = s.attribution != UNNAMED and not HEDGE.search(s.text)
        for parent, child, kid, rel, shown in _children_from_before(s, genders or {}):
            if in_doubt:
                doubted.add((parent, child))
                continue
            if not supports:
                continue  # (an unnamed source, a hedge, a story's: no support, no doubt either)
            found[(parent, child)].setdefault(s.source, s)
            kids[(parent, child)].add(kid)
            relationships[(parent, child)].add(rel)
            written[(parent, child)][shown] += 1
    out: list[Record] = []
    for parent, child in sorted(found, key=lambda k: (k[0] not in couple, k)):
        by_article = found[(parent, child)]
        said = kids[(parent, child)] - {"child"}
        if (len({origin.get(a, a) for a in by_article}) < 2 or len(said) > 1 or (parent, child) in doubted
                or child in died or child in couple):
            continue  # one article (its own statement says it), a son in one and a daughter in another, an article
            # that doubts it, a child who died, or one of the couple
        kid = next(iter(said), "child")
        rel = "marriage" if relationships[(parent, child)] == {"marriage"} else "relationship"
        cites = oldest_first(by_article.values(), dates)
        most = max(written[(parent, child)].values())  # the name as most articles write it (never a full name
        # only the people stage gave: "Rafe" may have been taken for a teammate "Rafe Moss")
        name = min(n for n, k in written[(parent, child)].items() if k == most)
        out.append(Record(f"r{first_id + len(out)}", "background", SLOT, (parent,), AGREEMENT,
                          (RecordValue(name, "", cites),), f"{kid} {rel}"))
    return tuple(out)


def _children_from_before(s: Sentence, genders: Mapping[str, str]) -> list[tuple[str, str, str, str, str]]:
    """(parent, child, son/daughter/child, relationship/marriage, the child's name as written) of each child the
    sentence says a person it names has from an earlier relationship, in one of the forms above."""
    out = []
    for n, found, marked, named in form_matches(s, _FORMS):
        parent = named[int(found.group("p"))]
        child_at = found.group("c") or found.groupdict().get("c2")
        if child_at is None:
            continue
        child = named[int(child_at)]
        whose = found.group("whose").lower()
        if (parent.person == child.person or n in _HAS_FORMS and not subject_at(marked, found.start("p"))
                or whose in _WHOSE and genders.get(parent.person) != _WHOSE[whose]
                or PAIR_BEFORE.search(marked, 0, found.start("p") - 1)
                or found.groupdict().get("c2") and NOT_NAMED_AFTER.match(marked, found.end("c2") + 1)):
            continue  # ("Ray's son": the possessive says whose; "Ray has a son": Ray must be the subject; "her
            # first marriage" only of a woman; never "Lee and Ray's son", nor "..., Ann Lee said")
        kid = (found.groupdict().get("kid") or "child").lower()  # ("dad to Tom": a child)
        out.append((parent.person, child.person, _KIDS.get(kid, kid), found.group("rel").lower(),
                    s.text[child.start - s.start:child.end - s.start]))
    return out


_WHOSE = {"her": "f", "his": "m"}
