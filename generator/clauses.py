"""The parts of a sentence that each state a claim of their own.

"Lee and Ray, who married in 2008 and split a decade later, have become a model of
friendly co-parenting" states three claims; the wedding and the split are its dated facts (the
claims stage keys them), and what is left, "Lee and Ray ... have become a model of
friendly co-parenting", is what another article says as "Lee and Ray now co-parent
amicably". A *view* of a sentence is the sentence with the words of its other clauses blanked
out, so that its offsets, its people and its facts still stand where they stood: the main clause
without a relative clause set off by commas ("X, who ..., did Y"), without a trailing phrase
("..., with Y getting the children every other weekend"), each of those clauses alone, and
each of two clauses joined by ", and" / ", but" / ";". Views are only compared (similar.Comparer.clause_links); the footnote
quotes the whole sentence, as it always does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .lang.en import ADVERBIAL_OPENERS, SPEECH_VERBS, SUBORDINATE
from .model import Fact, Sentence
from .people import name_runs

# A relative clause set off by commas or dashes: ", who married in 2008 and split a decade later,", "in
# the spring of 2021, when a judge gave Lee primary physical custody".
_RELATIVE = re.compile(r"(?:,[\"\u201d]?|\s[\u2014\u2013-])\s+(?:who|whom|whose|which|when|where)\b[^,;\u2014\u2013()\"\u201c\u201d]*"
                       r"(?:,|\s[\u2014\u2013-](?=\s)|(?=[.!?]?$))")
_WHICH = re.compile(r"\W*which\b")
# A trailing phrase that adds to the main clause: ", with Ray getting ...", ", keeping them in ..."
# (not ", according to court papers": whom the report is credited to).
_TRAILING = re.compile(r",\s+(?:with\s+\S+|(?!according\b)[a-z]+ing)\b[^;\"\u201c\u201d]*$")
# Two clauses joined: "..., and their divorce was finalised in 2022, but earlier this year ...".
# Not a list's last item (", and Ivy, 7,"): the clause after the joint opens with a small word, or
# with a name and a small word ("and Mara Lind stayed").
_JOINED = re.compile(r",\s+(?:and|but)\s+(?=[a-z]|(?:[A-Z][\w'\u2019-]*\s+)+[a-z])|;\s+")
MIN_WORDS = 4  # a view of fewer words says too little to stand as a claim
# What a "which" clause tells of, right before it: a title or a name of capitalised words, small words
# between them, in quotation marks or not ('the drama "Dry Creek," which was released ...').
_ANTECEDENT = re.compile(r"[\"\u201c]?[A-Z][\w'\u2019-]*(?:\s+(?:(?:at|of|the|in|on|and|a|an|to|for|from)\s+)*"
                         r"[A-Z][\w'\u2019-]*)*$")
# The "and" between two predicates of one subject, without a comma: "... finalized their divorce in May
# 2018 and now share custody": a past form after it ("and divorced in 2015"), "has", "have", "had", or a
# word of time and then any word ("and now share", "and later moved").
_AND_PREDICATE = re.compile(r"\s+and\s+(?=(?:[a-z]{3,}ed|has|have|had)\b|(?:now|then|later|since|still|also|"
                            r"eventually|soon|recently|subsequently)\s+[a-z]{3,}\b)")
# A subject of capitalised words and "and" at the start of a clause ("Ann Lee and Bob Ray"), the
# predicate after it opening with a small word.
_SUBJECT = re.compile(r"\s*((?:[A-Z][\w'\u2019.-]*|and|&)(?:\s+(?:[A-Z][\w'\u2019.-]*|and|&))*)\s+(?=[a-z])")
# Someone named inside the first predicate and a verb after the name ("knew Bob Ray had moved out and
# filed"): the second predicate may be theirs. A name an object, with a preposition after it ("married
# Bob Ray in 2010 and divorced him in 2015"), is not.
_NAME_THEN_WORD = re.compile(r"\b[A-Z][\w'\u2019-]*\s+[A-Z][\w'\u2019-]*\s+(?!(?:in|on|at|for|during|after|before|with|from|"
                             r"to|last|this|and)\b)[a-z]")
_NOT_SUBJECT_OPENERS = ADVERBIAL_OPENERS | {"The", "A", "An"}  # "In Denver Ray ...", "The Ray family ..."
_NOT_ONE_PREDICATE = re.compile(SUBORDINATE.pattern + r"|\b(?:" + "|".join(SPEECH_VERBS) + r")\b|[,;:()\"\u201c\u201d]",
                                re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class View:
    """A sentence with the words of its other clauses blanked out (same offsets), the facts whose
    words it keeps, and the people it tells of: those it names, with, for a relative clause, those
    it tells of ("Lee and Ray, who announced their separation": the two of them); empty
    when it names no one ("..., but she later founded a charity": its sentence's people then); and for
    a "which" clause kept with the title it tells of, that title's capitalised words, lower case ("Dry
    Creek, which was released the following year": {"dry", "creek"})."""

    sentence: Sentence
    facts: tuple[Fact, ...]
    people: frozenset[str]
    thing: frozenset[str] = frozenset()


def who_asides(text: str) -> list[tuple[int, int]]:
    """(start, end) of each relative clause of the text set off by commas or dashes that opens with "who"
    or "whom", its opening comma or dash and its closing one with it (", who wed in 2012,")."""
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text) if _WHO.match(text, m.start())]


def relative_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each relative clause of the text set off by commas or dashes (", who wed in 2012,")."""
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]


def who_aside_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the ", who ...," aside (who_asides) that holds text[start:end]; None when none does."""
    aside = relative_clause_around(text, start, end)
    return aside if aside is not None and _WHO.match(text, aside[0]) else None


_WHO = re.compile(r"[,\s\u2014\u2013-]*(?:[\"\u201d]\s*)?(?:who|whom)\b", re.IGNORECASE)


def relative_clause_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the relative clause set off by commas or dashes that holds text[start:end]
    ("The couple, who wed in 2012, had been hoping for a baby": ", who wed in 2012,"); None when
    the words stand in no such clause."""
    for m in _RELATIVE.finditer(text):
        if m.start() <= start and end <= m.end():
            return m.start(), m.end()
    return None


def views(s: Sentence, facts: Sequence[Fact] = ()) -> list[View]:
    """The sentence's views; none when it is one clause."""
    if s.speaker:
        return []  # what someone said is compared whole (quotes.py): a clause of it is not their words
    text = s.text
    if "," not in text and ";" not in text and "\u2014" not in text and "\u2013" not in text and " -" not in text \
            and not (" and " in text and _AND_PREDICATE.search(text)):
        return []  # one clause: every joint and break below but "and" before a predicate takes a comma, a semicolon or a dash
    lo = s.start
    # what each view blanks out, whom it tells of, and the title a "which" clause tells of
    cuts: list[tuple[list[tuple[int, int]], frozenset[str], frozenset[str]]] = []
    rel = [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]
    trail = _TRAILING.search(text)
    main = rel + ([(trail.start(), len(text))] if trail else [])
    if main:
        cuts.append((main, frozenset(), frozenset()))  # the main clause alone
        for a, b in main:  # and each of the others alone; a relative clause tells of the names just before it
            title = _ANTECEDENT.search(text, 0, a) if (a, b) in rel and _WHICH.match(text, a) else None
            if title:  # "which" tells of a thing: the clause with the title it tells of
                cuts.append(([(0, title.start()), (b, len(text))], frozenset(),
                             frozenset(w.lower() for w in re.findall(r"[A-Z][\w'\u2019-]*", title.group(0)))))
                continue
            told = frozenset(m.person for m in s.mentions if _after_last_break(text, a) <= m.start - lo < a) \
                if (a, b) in rel else frozenset()
            cuts.append(([(0, a), (b, len(text))], told, frozenset()))
    predicates = _two_predicates(blanked(text, main), trail.start() if trail else len(text),
                                 {m.start - lo for m in s.mentions})
    if predicates:  # "Ann Lee and Bob Ray [...] married in 2010 and divorced in 2015": each predicate with the subject
        start, joint, end = predicates
        cuts.append((main + [(joint[0], end)], frozenset(), frozenset()))
        cuts.append((main + [(start, joint[1])], frozenset(), frozenset()))
    joints = [(m.start(), m.end()) for m in _JOINED.finditer(text)]
    if joints and not rel:
        pieces = _between(joints, len(text))
        for i in range(len(pieces)):
            cuts.append(([p for j, p in enumerate(pieces) if j != i] + joints, frozenset(), frozenset()))
    out: list[View] = []
    for n, (masked, told, thing) in enumerate(cuts):
        kept = blanked(text, masked)
        if len(kept.split()) < MIN_WORDS or kept.strip() == text.strip():
            continue

        def keeps(a: int, b: int, masked: list[tuple[int, int]] = masked) -> bool:
            return not any(x < b - lo and a - lo < y for x, y in masked)

        mentions = tuple(m for m in s.mentions if keeps(m.start, m.end))
        out.append(View(replace(s, id=f"{s.id}~{n}", text=kept, mentions=mentions),
                        tuple(f for f in facts if keeps(f.span.start, f.span.end)),
                        told | {m.person for m in mentions}, thing))
    return out


def _two_predicates(text: str, end: int, named: set[int] | frozenset[int] = frozenset()
                    ) -> tuple[int, tuple[int, int], int] | None:
    """(where the first predicate starts, the "and" that joins the second to it, where the second ends)
    of a clause (the text before `end`, its other clauses blanked out) whose subject of names (opening
    with two capitalised words, "Ann Lee and Bob Ray", or naming someone recognised, at an offset in
    `named`: "Lee and Ray", "She and Ray") has two predicates joined by "and" without a comma ("married in 2010 and
    divorced in 2015", "finalized their divorce in May 2018 and now share custody"); None when there
    is no such "and", or more than one, or a clause of its own, someone's words or someone named with a
    verb after them stand in the first predicate ("after Bob Ray moved out and filed", "said Bob Ray
    moved out and filed", "knew Bob Ray had moved out and filed": whose the second is, is not sure), or
    a predicate is a word or less."""
    subject = _SUBJECT.match(text, 0, end)
    if not subject or not (any(len(run) > 1 and a == 0 for a, _b, run in name_runs(subject.group(1))) or (
            any(subject.start(1) <= x < subject.end(1) for x in named)
            and subject.group(1).split()[0] not in _NOT_SUBJECT_OPENERS)) \
            or " " not in text[subject.end():end].strip():
        return None
    start = subject.end()
    joints = list(_AND_PREDICATE.finditer(text, start, end))
    if len(joints) != 1:
        return None
    joint = joints[0]
    if _NOT_ONE_PREDICATE.search(text, start, joint.start()) or _NAME_THEN_WORD.search(text, start, joint.start()) \
            or len(text[start:joint.start()].split()) < 2 \
            or len(text[joint.end():end].split()) < 2:
        return None
    return start, (joint.start(), joint.end()), end


def joined_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) within the text of each of its clauses joined by ", and", ", but" or ";" (one
    clause, the whole text, when there are none)."""
    return _between([(m.start(), m.end()) for m in _JOINED.finditer(text)], len(text))


def _between(joints: Sequence[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The stretches of a text of length `end` before, between and after its joints."""
    bounds = [0, *(x for joint in joints for x in joint), end]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _after_last_break(text: str, end: int) -> int:
    """Where the stretch of text that ends at `end` begins, after the last comma or dash before it."""
    return max(text.rfind(",", 0, end), text.rfind("\u2014", 0, end), text.rfind(" - ", 0, end)) + 1


def blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with each span (offsets within it) turned to spaces: offsets unchanged."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def parts(s: Sentence) -> list[tuple[int, int]]:
    """(start, end) within the sentence's text of each part that could be left out and leave a sentence:
    a relative clause set off by commas or dashes (", who married in 2008,", ", when a judge gave Lee
    custody"), a trailing phrase (", keeping them in Reno"), each clause joined by ", and", ", but" or ";"
    after the first, with the joint before it ("By 2012 they were engaged, and they married in 2013; Ray took
    over ..."), and each of a subject's two predicates
    joined by "and" ("Ann Lee and Bob Ray married in 2010 and divorced in 2015"). Parts may overlap; the
    caller chooses."""
    text = s.text
    rel = relative_clauses(text)
    found = list(rel)
    trail = _TRAILING.search(text)
    if trail:
        found.append((trail.start(), _before_final_stop(text)))
    joints = [] if rel else [(m.start(), m.end()) for m in _JOINED.finditer(text)]  # (as views: not beside a
    pieces = _between(joints, len(text))  # relative clause, whose commas a joint's could be)
    for i, (_a, b) in enumerate(pieces[:-1]):  # (never the first clause: what follows may refer back to it, "They
        if i:  # married in 2012, and the pair share three daughters": which pair?)
            found.append((joints[i - 1][0], b))
    if joints:
        found.append((joints[-1][0], _before_final_stop(text)))
    predicates = _predicates(s)
    if predicates:
        start, joint, end = predicates
        found += [(start, joint[1]), (joint[0], min(end, _before_final_stop(text)))]
    return sorted(set(found))


def _before_final_stop(text: str) -> int:
    """Where the text ends before its closing full stop (and closing quotation mark)."""
    return len(text.rstrip().rstrip(".!?\"\u201d\u2019 "))


def predicate_around(s: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the one of a subject's two predicates joined by "and" (see parts) that holds the
    sentence's text[start:end], the joint with the second: "Ann Lee and Bob Ray separated in 2018 and still
    run a bakery" -> "separated in 2018 and "; None when the sentence has no two such predicates or the
    words stand in neither."""
    predicates = _predicates(s)
    if predicates is None:
        return None
    first, joint, last = predicates
    for a, b in ((first, joint[1]), (joint[0], last)):
        if a <= start and end <= b:
            return a, b
    return None


def _predicates(s: Sentence) -> tuple[int, tuple[int, int], int] | None:
    """_two_predicates of the sentence's main clause (its relative clauses and trailing phrase blanked out)."""
    text = s.text
    trail = _TRAILING.search(text)
    main = relative_clauses(text) + ([(trail.start(), len(text))] if trail else [])
    return _two_predicates(blanked(text, main), trail.start() if trail else len(text),
                           {m.start - s.start for m in s.mentions})
