"""Which statements the opening paragraph of their section already tells in full.

A section opens with a paragraph written from the fact check's records ("They married in
October 2013.[1][2][3][4]"), each footnote quoting an article's own sentence. An article's
sentence that says nothing beyond what the paragraph says ("Quinn and Hale started dating in
2012 and married in 2013.") would, shown again below the paragraph as a statement of
its own, tell the same claim twice: such a statement is left to the paragraph, where its
sentence is quoted in a footnote of the record that tells it (the sentence's fate names that
record). A statement is left to the paragraph only when every one of these holds, so that no
word of an article is hidden that the paragraph does not say (precision first):

- it is gathered on an event or figure (a claim found by its words alone is never left out);
- it is neither disputed, superseded nor an unnamed source's (its label says more than the
  paragraph), and no sentence of it rests on an unnamed source;
- the sentence that words it quotes no one, hedges nothing, and has no word (beyond its people's
  names and how the couple is called) that the records of its facts do not give (`_says_more`:
  "Quinn and Hale started dating in 2012 and married in 2013" is told; "The pair have two
  children, Ivy, who is 5, and Rowan, who is 4" is not: the ages), and every fact it carries (a year, a count, an age, a sum) is given by a
  record of the same section that cites that very sentence, in the same month where it names one (an age may
  instead be one the fact check tells with that sentence: a birth year all the articles' ages agree on);
- every other sentence of the claim is cited by the record of the claim's own fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from . import slots
from .claims import ClaimGroup
from .earlier_children import SLOT as EARLIER_CHILD
from .lang.en import (
    FOLD_JOINING_WORDS,
    HEDGES,
    MONTHS,
    NUMBER_WORDS,
    PLURAL_REFERENCE,
    RELATIVE_TIME_WORDS,
    SPEECH_VERBS,
)
from .model import ANONYMOUS, DISPUTED, SUPERSEDED, UNNAMED, Fact, Fate, Record, Sentence, Statement
from .records import MARRIAGE_LENGTH, QUOTATION, agreed_month, paragraph_sentences

_KEPT = frozenset([DISPUTED, SUPERSEDED, ANONYMOUS])


def paragraph_anchors(records: Sequence[Record]) -> dict[str, str]:
    """Each record -> the anchor of the paragraph sentence that tells it (the id of its
    sentence's first record: "They met and began dating in 2012" tells two records)."""
    out: dict[str, str] = {}
    for section in dict.fromkeys(r.section for r in records):
        for rs in paragraph_sentences([r for r in records if r.section == section]):
            out.update((r.id, rs[0].id) for r in rs)
    return out


def quoted_by_paragraphs(fates: Sequence[Fate], records: Sequence[Record]) -> tuple[Fate, ...]:
    """Each sentence's fate with the paragraph sentences that quote it (their anchors), for a
    value or for the event alone (a record's `undated` articles)."""
    anchor = paragraph_anchors(records)
    quoted: dict[str, list[str]] = {}
    for r in records:
        for c in {c.sentence: c for c in r.citations}.values():
            if anchor[r.id] not in quoted.get(c.sentence, ()):
                quoted.setdefault(c.sentence, []).append(anchor[r.id])
    return tuple(replace(f, written=tuple(quoted.get(f.sentence, ()))) for f in fates)


def told_by_paragraph(claims: Sequence[ClaimGroup], statements: Sequence[Statement], records: Sequence[Record],
                      facts: Mapping[str, Sequence[Fact]], epithets: frozenset[str] = frozenset(),
                      aged: Collection[str] = frozenset()) -> dict[int, str]:
    """Claim index -> the anchor of the paragraph sentence that tells it in full, for the claims
    (with their statements, index for index) that need no statement of their own. `epithets`: the
    words by which the articles call the profile's people ("the singer"), no more than a name; `aged`: the
    sentences whose every age the fact check tells with that very sentence (a birth year all the articles'
    ages agree on, on the fact-check page): their ages need no record ("The couple have two children, Ivy,
    8, and Tom, 5." below "Ann Lee and Bob Ray have two children, Ivy and Tom.")."""
    month, by_slot = _cited_by(records)
    out: dict[int, str] = {}
    for n, (claim, st) in enumerate(zip(claims, statements, strict=True)):
        if claim.key is None or st.status in _KEPT or any(s.attribution == UNNAMED for s in claim.sentences):
            continue
        chosen = claim.text
        own = facts.get(chosen.id, ())
        ages_told = chosen.id in aged
        if (not own or chosen.quotes or chosen.speaker or HEDGES.search(chosen.text)
                or _says_more(chosen, own, epithets, ages_told)):
            continue
        if not all((m := month.get((st.section, chosen.id, f.slot, f.value))) is not None
                   and agreed_month([(chosen, f)]) in ("", m) for f in own if not (ages_told and f.slot == slots.AGE)):
            continue  # a fact of its own that no record of the section gives, or in another month
        slot, value = claim.key
        anchors = [_anchor(by_slot.get((st.section, s.id, slot), {}), value) for s in (chosen, *claim.sentences)]
        if all(anchors):
            out[n] = anchors[0]
    return out


def _cited_by(records: Sequence[Record]) -> tuple[dict[tuple[str, str, str, str], str],
                                                  dict[tuple[str, str, str], dict[str, str]]]:
    """What the paragraphs say of each sentence they cite: (section, sentence, slot, value) -> the
    record's month, and (section, sentence, slot) -> value -> the anchor of the paragraph sentence."""
    anchor = paragraph_anchors(records)
    month: dict[tuple[str, str, str, str], str] = {}
    by_slot: dict[tuple[str, str, str], dict[str, str]] = {}
    for r in records:
        for v in r.values:
            for c in v.citations:
                month[(r.section, c.sentence, r.slot, v.value)] = v.month
                by_slot.setdefault((r.section, c.sentence, r.slot), {})[v.value] = anchor[r.id]
    return month, by_slot


def narrowed_to_wording(claims: Sequence[ClaimGroup], statements: Sequence[Statement], records: Sequence[Record],
                        facts: Mapping[str, Sequence[Fact]], told: Collection[int],
                        epithets: frozenset[str] = frozenset()) -> dict[int, tuple[Sentence, ...]]:
    """Claim index -> the sentences its statement should cite, for the claims gathered on an event
    or figure that the record of the same section cites in other sentences than its wording's,
    where citing them all would vouch for words they do not say:
    - worded by a sentence that says more than the event ("..., were married from 1993 to 2002,
      and one of his biggest regrets is how their divorce impacted their daughter"): cited by all,
      the statement would wear "Corroborated · 5" for words four of the five never say. It cites
      its own article only; the paragraph tells the event with every article and quotes their
      sentences in its footnote. A disputed claim too (its label stays: the value it gives is
      still disputed, and the paragraph sets the values side by side); not a superseded or an
      unnamed source's claim;
    - a figure with one true value the articles disagree on ("went on for seven years" / "for
      those six years"), worded by one side: it cites the articles of that value only; the
      paragraph sets the two values side by side, each with its articles.
    Never a claim the paragraph tells in full (`told`); a sentence that the paragraph does not quote
    for the event, or with a fact (but an age) that no record gives its article, stays cited,
    unless it words a statement of its own."""
    _month, by_slot = _cited_by(records)
    # (the record of the event may stand in another section than the statement: "He pays child support for their
    # three children" in Custody, the count's record in Current family; a review: it quotes the sentence there too)
    anywhere: dict[tuple[str, str], dict[str, str]] = {}
    for (_section, sid, slot), given_values in by_slot.items():
        for value, anchor in given_values.items():
            anywhere.setdefault((sid, slot), {}).setdefault(value, anchor)
    given = {(c.source, r.slot, v.value) for r in records for v in r.values for c in v.citations}
    wording = {c.text.id for m, c in enumerate(claims) if m not in told}  # shown as statements, whatever is narrowed

    def quoted(s: Sentence) -> bool:
        """Shown elsewhere: the words of a statement, or each of its facts given to its article by a
        record (an age is too: the fact check's birth years give each age with its sentence)."""
        return s.id in wording or all((s.source, f.slot, f.value) in given or f.slot == slots.AGE
                                      for f in facts.get(s.id, ()))

    out: dict[int, tuple[Sentence, ...]] = {}
    for n, (claim, st) in enumerate(zip(claims, statements, strict=True)):
        if (claim.key is None or n in told or len(claim.sentences) < 2
                or any(s.attribution == UNNAMED for s in claim.sentences)):
            continue
        slot, value = claim.key
        either = "" if st.status == DISPUTED else value  # a disputed claim joins the other side's sentences
        # a sentence the paragraph does not quote for the event stays cited here
        told_there = {s.id for s in claim.sentences if _anchor(by_slot.get((st.section, s.id, slot))
                                                               or anywhere.get((s.id, slot), {}), either)}
        chosen = claim.text
        own = [f for f in facts.get(chosen.id, ()) if f.slot == slot]
        if not own or not told_there - {chosen.id}:
            continue
        if value == "" and st.status == DISPUTED:
            side = {f.value for f in own}
            kept = tuple(s for s in claim.sentences if {f.value for f in facts.get(s.id, ()) if f.slot == slot} & side
                         or s.id not in told_there or not quoted(s))
        elif st.status not in (SUPERSEDED, ANONYMOUS) and _says_more(chosen, own, epithets):
            kept = tuple(s for s in claim.sentences if s.id == chosen.id or s.id not in told_there or not quoted(s))
        else:
            continue
        if len(kept) < len(claim.sentences):
            out[n] = kept  # a sentence with a fact no record gives stays: nothing of it may go unshown
    return out


def told_by_quotation(claims: Sequence[ClaimGroup], statements: Sequence[Statement], records: Sequence[Record],
                      epithets: frozenset[str] = frozenset()) -> dict[int, str]:
    """Claim index -> the anchor of the paragraph sentence that quotes it, for the claims found by
    their words (no event) whose every sentence is one the paragraph's quotation record quotes
    (the same words, said by one named person, in two or more articles), quoting those words and
    nothing else, with no word outside the quotation but the speaker's name, how the articles
    call them and a verb of saying ('"We talk," she said.'): shown below the paragraph, the
    quotation would be told twice. Not a disputed or unnamed source's claim; not a sentence that
    adds a word of its own ("Continued Lee, who was married to him from 1993 to 2002, ...")."""
    return _told_by_record(claims, statements, records, QUOTATION,
                           lambda s, value: _only_the_quotation(s, _quoted_words(value), epithets))


def told_by_schedule(claims: Sequence[ClaimGroup], statements: Sequence[Statement], records: Sequence[Record],
                     epithets: frozenset[str] = frozenset()) -> dict[int, str]:
    """Claim index -> the anchor of the paragraph sentence of a visiting schedule that tells it, for
    the claims found by their words whose every sentence that schedule's record cites, each worded
    with no word but the parent's name (or how the articles call them), the schedule's own words,
    a verb of having and a word for the children ("Ray gets the kids on alternate weekends."):
    shown below "Bob Ray has the children every other weekend", it would tell the schedule twice.
    Not a disputed or unnamed source's claim; "... and for six weeks in the summer" says more."""
    return _told_by_record(claims, statements, records, slots.VISITING_SCHEDULE,
                           lambda s, value: _only_the_schedule(s, _words(value), epithets))


def told_by_earlier_child(claims: Sequence[ClaimGroup], statements: Sequence[Statement], records: Sequence[Record],
                          aged: Collection[str], epithets: frozenset[str] = frozenset()) -> dict[int, str]:
    """Claim index -> the anchor of the paragraph sentence of a child one of them has from before that tells it, for
    the claims found by their words whose every sentence that record cites, each worded with no word but the
    parent's and the child's names (or how the articles call them), the record's own words ("also has a son ...
    from a previous relationship") and ages the fact check tells with that very sentence (`aged`: the sentences
    whose every age a birth year all the articles agree on gives, shown on the fact-check page): "Ms Lee also has
    a son, Tom, 10, from a previous relationship." below "Ann Lee has a son, Tom, from a previous relationship.",
    in whatever section, would tell the child twice. Not a disputed or unnamed source's claim; "...
    who was page boy at the wedding" says more."""
    return _told_by_record(claims, statements, records, EARLIER_CHILD,
                           lambda s, value: _only_the_child(s, aged, epithets), any_section=True)


def _only_the_child(s: Sentence, aged: Collection[str], epithets: frozenset[str]) -> bool:
    """Whether the sentence says nothing but that its people have a child from before (and ages told elsewhere)."""
    if s.quotes:
        return False
    names = {w for m in s.mentions for w in _words(s.text[m.start - s.start:m.end - s.start])}
    said = {w.removesuffix("'s") for w in _words(s.text)}  # "Lee's son"
    left = said - names - epithets - _EARLIER_CHILD_WORDS
    return not left or s.id in aged and all(_AN_AGE.fullmatch(w) for w in left)


def _told_by_record(claims: Sequence[ClaimGroup], statements: Sequence[Statement], records: Sequence[Record],
                    slot: str, says_only: Callable[[Sentence, str], bool], any_section: bool = False) -> dict[int, str]:
    """Claim index -> the anchor of the paragraph sentence of one record of `slot` (one value) that
    cites every sentence of the claim, for the claims found by their words (no event), neither
    disputed, superseded nor an unnamed source's, told in that record's section, each of whose
    sentences `says_only` the record's value (`any_section`: told wherever the claim stands)."""
    anchor = paragraph_anchors(records)
    cited: dict[str, tuple[str, str, str]] = {}  # sentence -> (section, anchor, the record's value)
    for r in records:
        if r.slot == slot and len(r.values) == 1:
            for c in r.values[0].citations:
                cited[c.sentence] = (r.section, anchor[r.id], r.values[0].value)
    out: dict[int, str] = {}
    for n, (claim, st) in enumerate(zip(claims, statements, strict=True)):
        if claim.key is not None or st.status in _KEPT or any(s.attribution == UNNAMED for s in claim.sentences):
            continue
        found = {cited.get(s.id) for s in claim.sentences}
        if len(found) != 1 or None in found:
            continue
        ((section, at, value),) = found  # type: ignore[misc]
        if (any_section or section == st.section) and all(says_only(s, value) for s in claim.sentences):
            out[n] = at
    return out


# Beside a count of children whose ages the fact check tells, words that say no more than the count: "The two share two
# kids: Ivy, 6, and Tom, 4", "The pair have two children together, Ivy, 5, and Tom, 4".
_COUNT_WORDS = "share shares together kids aged"
# Beside a marriage's length that a record gives (marriage_length.py), the words that say no more than it: "after
# nearly seven years of marriage", "her husband of seven years", "their seven-year marriage".
_LENGTH_WORDS = "after following of years year marriage married husband wife nearly almost"
# An age as a word: "10", "ten", "10-year-old", "ten-year-old".
_AN_AGE = re.compile(r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:-year-old)?")
# The words of a child from before (earlier_children's forms) beside the names and ages: "Ms Lee (37) also has an
# older son, Tom, 10, from a previous relationship", "Ray is also dad to 17-year-old Tom from his first marriage".
_EARLIER_CHILD_WORDS = frozenset(["also", "has", "a", "an", "son", "daughter", "child", "boy", "girl", "from", "previous",
                                  "earlier", "former", "first", "prior", "relationship", "marriage", "her", "his",
                                  "older", "elder", "eldest", "younger", "teenage", "adult", "aged", "now",
                                  "is", "dad", "father", "mum", "mom", "mother", "of", "to", "mr", "ms", "mrs", "s"])


def _only_the_schedule(s: Sentence, schedule: set[str], epithets: frozenset[str]) -> bool:
    """Whether the sentence says nothing but who has the children on the schedule."""
    names = {w for m in s.mentions for w in _words(s.text[m.start - s.start:m.end - s.start])}
    return not s.quotes and not (_words(s.text) - names - epithets - schedule - _SCHEDULE_WORDS)


def _only_the_quotation(s: Sentence, words: tuple[str, ...], epithets: frozenset[str]) -> bool:
    """Whether the sentence quotes exactly `words` (or them after a filler: _FILLERS) and says nothing outside
    the quotation but who said it."""
    if not s.quotes:
        return False
    quoted = _quoted_words(" ".join(s.text[a - s.start:b - s.start] for a, b in s.quotes))
    if quoted != words and not (quoted[-len(words):] == words and " ".join(quoted[:-len(words)]) in _FILLERS):
        return False  # (but '"You know, we talk."' quotes the record's "We talk": a speaker's filler before it)
    names = {w for m in s.mentions for w in _words(s.text[m.start - s.start:m.end - s.start])}
    return not (_words(s.outside_quotes()) - names - epithets - _SAYING)


# Words a speaker opens with that say nothing ("You know, ...", "Well, ..."): a quotation that adds only one of these
# before the record's words quotes them.
_FILLERS = frozenset(["you know", "well", "look", "i mean", "honestly", "so", "oh", "and", "but", "well you know"])


def _quoted_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower().replace("\u2019", "'")))


def paragraph_anchors_of(claims: Sequence[ClaimGroup], statements: Sequence[Statement], records: Sequence[Record],
                         indices: Collection[int]) -> dict[int, str]:
    """Claim index -> the anchor of the paragraph sentence whose record gives the claim's event to
    the sentence that words it, for the claims `indices` gathered on an event (where the paragraph
    has one)."""
    _month, by_slot = _cited_by(records)
    out: dict[int, str] = {}
    for n in sorted(indices):
        claim, st = claims[n], statements[n]
        if claim.key is not None and (anchor := _anchor(by_slot.get((st.section, claim.text.id, claim.key[0]), {}),
                                                        claim.key[1])):
            out[n] = anchor
    return out


def _anchor(given: Mapping[str, str], value: str) -> str:
    """The paragraph sentence whose record gives the sentence the value (any value of a length
    with one true value, `value` ""); "" when none does."""
    return given.get(value, "") if value else min(given.values(), default="")


def _says_more(s: Sentence, own: Sequence[Fact], epithets: frozenset[str] = frozenset(), ages_told: bool = False
               ) -> bool:
    """Whether the sentence has a word that the records of its facts do not give: any word, a
    small word too ("still", "while", "says", "quietly", "until"), beyond its people's names and
    `epithets`, its facts' own words ("2013", "two children"), the words that tie them to their
    events (the slots' cues: "tied the knot", "started dating"), the slots' names, how the couple
    is called ("the pair"), words that only date the event from the article's day ("more than a
    year ago") or name its month (the month check of told_by_paragraph holds it to the record's),
    and the few words that join them (FOLD_JOINING_WORDS: "and", "in", "their", "were"); with `ages_told`, its ages
    (the fact check tells them) and, beside a count of children, the words that say no more than the count
    ("share", "together", "kids": _COUNT_WORDS; never "young" or "who are", which may say more of anyone); beside a
    marriage's length, the words that tell it ("after nearly seven years of marriage", "her husband of": _LENGTH_WORDS)."""
    text = s.text
    given = [text[f.span.start - s.start:f.span.end - s.start] for f in own
             if ages_told or f.slot != slots.AGE]
    if ages_told and any(f.slot == slots.CHILDREN for f in own):
        given.append(_COUNT_WORDS)
    if any(f.slot == MARRIAGE_LENGTH for f in own):
        given.append(_LENGTH_WORDS)
    for f in own:
        known = slots.slot(f.slot)
        if known is not None:
            given += [known.label, known.wording]
            given += [m.group(0) for m in known.cue.finditer(text)] if known.cue else []
    given += [m.group(0) for m in PLURAL_REFERENCE.finditer(text)] + [RELATIVE_TIME_WORDS, FOLD_JOINING_WORDS, *MONTHS]
    names = {w for m in s.mentions for w in _words(text[m.start - s.start:m.end - s.start])}
    return bool(_words(text) - names - epithets - _words(" ".join(given)))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower().replace("\u2019", "'")))


_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# Who said it, and how: a speaker's pronoun, the verbs of saying, and of whom ("said of Hale").
# The words a sentence may have beside a schedule's and a name and still tell no more than it.
_SCHEDULE_WORDS = frozenset(["has", "have", "gets", "get", "sees", "see", "takes", "take", "will", "the", "them", "kids",
                             "children", "on", "every", "other", "second", "alternate", "alternating", "weekend",
                             "weekends", "and"])
_SAYING = frozenset(w for v in SPEECH_VERBS for w in v.split()) | frozenset(["he", "she", "they", "i", "we", "of", "about"])
