"""Someone one of the profile's people was married to before, as several articles say it: "Bob Ray was
previously married to Jo Roe."

Articles about a couple keep naming an earlier spouse of one of them, each in its own words ("Ray was
previously married to the physiotherapist Jo Roe", "Ray's ex-wife, Jo Roe,", "Jo Roe, Ray's first wife,",
"Ray's first marriage, to Jo Roe,"); told sentence by sentence, it is a statement per article, each about
something else. A record gathers it: one sentence of the background's paragraph, each footnote quoting an
article's own words. Precision first, a sentence supports it only where:

- both are named by name, outside quotation marks (never "He was previously married to ..."), in one of the
  forms above; "was previously married to" only of the subject of its clause (never "The lawyer representing
  Ray was previously married to"), with at most a description between it and the spouse's name ("the
  Spanish television presenter");
- the two are not the profile's couple (their own marriage is the paragraph's other records);
- the sentence is no unnamed source's, hedges nothing and is no story's (`marked.HEDGE`); the spouse's name is
  no possessive and no speaker's ("Ray's ex-wife, Jo Roe's sister", "Ray's ex-wife, Ann Lee said,"), and only
  words of a description stand before it ("the designer"; never "now married to", "a cousin of");
- no sentence of the corpus that names the two calls anything untrue, in doubt or a story's ("It is untrue that
  ...", "Roe laughed it off", "pure fiction", "if reports are to be trusted", "In the BBC drama, Ray plays Roe's
  husband": `marked.DOUBT`, `marked.HEDGE`): then no record of them, whatever other articles say.

A record needs two or more independent articles that name the same two people. It is told of the one of the
profile's couple, where one of them is, else of the one named first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .factcheck import AGREEMENT
from .lang.en import DENIED
from .marked import DOUBT, HEDGE, NAME, NOT_NAMED_AFTER, PAIR_BEFORE, form_matches, subject_at
from .model import UNNAMED, Record, RecordValue, Sentence
from .records import oldest_first

SLOT = "former-spouse"

_P, _X = NAME.format("p"), NAME.format("x")
# "the Spanish television presenter", "Brisbane physio": words of a description only (never "married", "left him
# for", "now married to", "a cousin of", "and her partner", "was not")
_DESC = (r"(?:(?:the|a|an)\s+)?(?:(?!(?:and|or|not|of|to|for|with|by|now|then|who|whose|which|that|was|is|has|had|her|his"
         r"|their|him|married|left|dated|dating|new|later|since)\b)[\w'’-]+\s+){0,3}?")
# (never "ex-wife's sister", "first wife-to-be")
_EX = (r"(?:ex-wife|ex-husband|former\s+wife|former\s+husband|first\s+wife|first\s+husband|ex-spouse)"
       r"(?!['’]s\b|-to-be\b|\s+(?:and|&)\b)")
# The forms, on the sentence's text with each name written "@<its index>@".
_FORMS = [
    # "Ray was previously married to the physiotherapist Jo Roe"; "Ray, who was previously married to Jo Roe,"
    re.compile(_P + r"(?:,\s*\d{1,2}(?=,))?(?:,\s+who)?\s+(?:was|had\s+been)\s+previously\s+married\s+to\s+" + _DESC + _X
               + r"(?![\w@'’-])"),
    # "Ray's ex-wife, Jo Roe,"; "Ray's first wife, the physio Jo Roe"; "Ray's first marriage, to Jo Roe"
    re.compile(_P + r"['’]s\s+(?:" + _EX + r",?|(?:first|previous|earlier)\s+marriage,?\s+to)\s+" + _DESC + _X
               + r"(?![\w@'’-])"),
    # "Jo Roe, Ray's ex-wife"
    re.compile(_X + r",\s+" + _P + r"['’]s\s+" + _EX + r"\b"),
]
# A story's words: a sentence with them that names the two may tell of a marriage on screen ("in the BBC drama
# Harbour, Ray plays Roe's husband").
_STORY = re.compile(r"\b(?:films?|movies?|novels?|series|shows?|plays?|played|drama|sitcom|comedy|soap|episodes?|cast)\b",
                    re.IGNORECASE)
_SUBJECT_FORMS = (0,)
_SPOUSE_FIRST = 2

_MAY_SAY = re.compile(r"\bpreviously\s+married\b|\b" + _EX + r"\b|\b(?:first|previous|earlier)\s+marriage,?\s+to\b",
                      re.IGNORECASE)


def former_spouse_records(sentences: Sequence[Sentence], origin: Mapping[str, str], dates: Mapping[str, str],
                          first_id: int, couple: frozenset[str] = frozenset()) -> tuple[Record, ...]:
    """The background's records of the people the profile's people were married to before (see above), ids
    from r`first_id`: the couple's first, then by name."""
    found: dict[frozenset[str], dict[str, Sentence]] = defaultdict(dict)  # the two -> article -> sentence
    first_named: dict[frozenset[str], str] = {}
    doubted: set[frozenset[str]] = set()
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if not _MAY_SAY.search(s.text):
            continue
        in_doubt = bool(DENIED.search(s.text) or DOUBT.search(s.text))
        supports = s.attribution != UNNAMED and not HEDGE.search(s.text)
        for person, spouse in _former_spouses(s):
            two = frozenset((person, spouse))
            if two == couple:
                continue  # the couple's own marriage
            if in_doubt:
                doubted.add(two)
                continue
            if not supports:
                continue  # (an unnamed source, a hedge, a story's: no support, no doubt either)
            found[two].setdefault(s.source, s)
            first_named.setdefault(two, person)
    # Any sentence of the corpus that names the two and calls something untrue, in doubt or a story's ("It is
    # untrue that Ray was previously married to Jo Roe", "Roe laughed it off", "In the BBC drama, Ray plays Roe's
    # husband"): no record of them. (Read only where a record may be made: most corpora have none.)
    for s in sentences if found else ():
        named = {m.person for m in s.mentions if m.explicit}
        pairs = [two for two in found if two <= named and two not in doubted]
        if pairs and (DENIED.search(s.text) or DOUBT.search(s.text) or HEDGE.search(s.text) or _STORY.search(s.text)):
            doubted.update(pairs)
    out: list[Record] = []
    for two in sorted(found, key=lambda t: (not (t & couple), sorted(t))):
        by_article = found[two]
        if len({origin.get(a, a) for a in by_article}) < 2 or two in doubted:
            continue  # one article (its own statement says it), or an article that calls it in doubt
        ours = sorted(two & couple)
        person = ours[0] if len(ours) == 1 else first_named[two]
        spouse = next(iter(two - {person}))
        cites = oldest_first(by_article.values(), dates)
        out.append(Record(f"r{first_id + len(out)}", "background", SLOT, (person,), AGREEMENT,
                          (RecordValue(spouse, "", cites),)))
    return tuple(out)


def _former_spouses(s: Sentence) -> list[tuple[str, str]]:
    """(person, the one they were married to before) of each earlier marriage the sentence tells of two people
    it names, in one of the forms above."""
    out = []
    for n, found, marked, named in form_matches(s, _FORMS):
        person, spouse = named[int(found.group("p"))].person, named[int(found.group("x"))].person
        if (person != spouse and (n not in _SUBJECT_FORMS or subject_at(marked, found.start("p")))
                and not PAIR_BEFORE.search(marked, 0, found.start("p") - 1)
                and not (n != _SPOUSE_FIRST and NOT_NAMED_AFTER.match(marked, found.end("x") + 1))):
            out.append((person, spouse))  # (never "Lee and Ray's ex-wife", nor "Ray's ex-wife, Jo Roe's sister")
    return out
