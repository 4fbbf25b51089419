"""Sentences that their own article calls wrong, or untrue, in the sentence right after them.

A correction may first say what the outlet reported and then, in a sentence of its own, that it
was wrong: "In an article published on 28 March we reported that the actress had launched a court
bid to move her children to Lagos permanently." / "This was incorrect." Read alone, the first is a
claim made under the outlet's name; it is the claim the outlet withdraws: it is retracted. An article
may also report a claim and say right after that it is not true: "Reports last month said she had
moved to Lagos. That is not true."; '"People say we split in 2019." / "That is not the case," she
said.'; "Q: Reports say you separated in 2019." / "A: That is not true.": it is denied. Either way:

- it gives no fact (extract.extract_article), no relation, no quotation and no record: nothing of it
  supports anything, as a correction gives none (lang.en.CORRECTION);
- it is still shown, as a claim of its own words labelled "Retracted" or "Denied", citing both sentences
  (claims.build_claims), so that the reader sees what was withdrawn or denied and the words that say so.

Precision first (a review, tests/cases/review_today12, found each of these read wrongly by a first form):

- retracted: the sentence tells, in the outlet's own voice, outside quotation marks, what the outlet
  reported (lang.en.OWN_REPORT: "we reported that", "we incorrectly stated", "this newspaper published",
  "our article said", "Sources told this newspaper that": an unnamed source's word it printed; never "we
  said we would never divorce", the writer or the couple, "we wrote that they would be together forever",
  a columnist's forecast, "the report said", a social worker's); the sentence right after it is, all by
  itself, the word that it was wrong (lang.en.DISOWNS: "This was incorrect.", "That report was untrue.",
  "We were wrong.", "We apologise for the error.", "This was incorrect, and we apologise to Ms Lee.", in
  italics or brackets too), outside any quotation, no one's words;
- denied: a sentence that reports a claim, at its opening and in one clause (lang.en.REPORTED_CLAIM: "Reports
  last month said ...", "The Daily Star claimed that ...", "Bob Ray said last week that ...", "Many fans assumed
  ...", "People keep saying ...", "Q: Reports say you ...", "Claim: ..."), whose next sentence, in the same
  paragraph (or an interview's answer, "A: ..."), no heading, is all a denial in words that judge a claim true or
  false (lang.en.DENIES: "That is not true.", "That's not true.", "These reports are false.", '"That is not the
  case," her publicist said (in a statement).'); never words that may judge a deed ("That was wrong."), never a
  plain statement of fact, a ruling, a filing or court papers that a party calls untrue (a second review,
  tests/cases/review_today14, found those read as denied: the party's word is a claim of its own), a report in a
  subordinate clause ("filed for divorce weeks after reports that ..."), a premise of two clauses ("You separated
  in 2019, and people say you fought"); a denial that names a report or a claim ("That report was untrue.") only
  of a sentence that tells one;
- never a heading or a question; and only the sentence right before.

Left out: a disowning sentence that goes on to give the right value ("This is not the case: they married
in Reno."; "In fact, they separated in 2020."), one that disowns two reports ("Both reports were
incorrect." disowns the one right before), a correction relayed ("The paper later said this was
incorrect.") or made in a later article, a report broken by a paragraph break, and a denial inside the same
quotation as the claim ('"People keep saying we separated in 2019. That is not true," she said.' is one
sentence to the segmenter): the sentence stays a claim like any other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from .interview import LABEL
from .lang.en import CORRECTION, DENIES, DISOWNS, OWN_REPORT, REPORTED_CLAIM
from .model import UNNAMED, Sentence
from .segment import by_article, is_prose


def retractions(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Retracted or denied sentence id -> the id of the sentence right after it that disowns it, for every
    article among `sentences` (in reading order). `own_report` tells the one from the other."""
    out: dict[str, str] = {}
    for article in by_article(sentences):
        for told, after in pairwise(article):
            if _disowns(after, told) or _denies(after, told):
                out[told.id] = after.id
    return out


def own_report(s: Sentence) -> bool:
    """Whether the sentence tells, in the outlet's own voice, what the outlet reported (OWN_REPORT): withdrawn, it is
    retracted; any other sentence the next one calls untrue is denied."""
    return bool(OWN_REPORT.search(s.outside_quotes())) and not (s.speaker or s.answer_by or s.asked_of)


def retracted_ids(found: Mapping[str, str]) -> frozenset[str]:
    """The sentences `retractions` found, both the retracted ones and the ones that disown them: neither
    gives a fact of anyone."""
    return frozenset(found) | frozenset(found.values())


def _denies(after: Sentence, told: Sentence) -> bool:
    """Whether `after` is, all by itself, someone's word (the writer's, a speaker's, an interviewee's) that what
    `told` reports is not true: "That is not true.", '"These reports are false," her publicist said.' `told` must
    report a claim, at its opening and in one clause (REPORTED_CLAIM), in the same paragraph or right before the
    question's answer; the denial is no heading."""
    said = after.text.strip()
    label = LABEL.match(said)  # "Ann Lee: That is not true.", "A: That is not true."
    said = said[label.end():] if label else said
    if not DENIES.fullmatch(said):  # (first: the cheap test, on every sentence of the corpus)
        return False
    if after.index != told.index + 1 or told.text.rstrip(" \"”’'").endswith("?") or not is_prose(told.text):
        return False
    if not is_prose(after.text) or after.text.lstrip().startswith(("#", "**", "__")) \
            or not REPORTED_CLAIM.search(told.outside_quotes()):
        return False
    if after.paragraph != told.paragraph and not label:
        return False  # a denial that opens the next paragraph may be of what follows (but "A: That is not true.")
    # "That report was untrue." is of a sentence that tells a report ("Bob Ray filed for divorce on 3 March." right
    # before it is not the report two sentences back)
    return not _A_REPORT_DENIED.match(said) or bool(_TELLS_A_REPORT.search(told.text))


# A denial that names what it denies, a report or a claim ("That report was untrue.", "These claims are false."), and
# the words of a sentence that tells one.
_A_REPORT_DENIED = re.compile(r"\W*(?:The|That|These|Those|Such|Both)\s+(?:reports?|stor(?:y|ies)|claims?|articles?"
                              r"|statements?|rumou?rs?|suggestions?)\b", re.IGNORECASE)
_TELLS_A_REPORT = re.compile(r"\b(?:report\w*|claim\w*|said|says|stor(?:y|ies)|rumou?r\w*|alleg\w*|suggest\w*"
                             r"|according to|wrote|article|statement|told)\b", re.IGNORECASE)


def _disowns(after: Sentence, told: Sentence) -> bool:
    """Whether `after` is, all by itself, the article's word that its own report `told` was wrong."""
    if not DISOWNS.fullmatch(after.text.strip()):  # (first: the cheap test, on every sentence of the corpus)
        return False
    if after.quotes or after.speaker or after.answer_by or after.asked_of or after.attribution == UNNAMED:
        return False
    if (told.speaker or told.answer_by or told.asked_of or after.index != told.index + 1
            or told.text.rstrip(" \"”’'").endswith("?") or not is_prose(told.text)):
        return False
    return bool(OWN_REPORT.search(told.outside_quotes()))


def corrections(sentences: Sequence[Sentence]) -> set[str]:
    """The ids of the sentences that are a correction (lang.en.CORRECTION), and of each later sentence of an article
    with one that goes on telling what the corrected report said ("A report in our Saturday edition misspelled the
    judge's name." ... "The report also said that he was ordered to pay N15 million a month.", "It also gave the age
    of their son as seven."): its values are the errors corrected, never a fact."""
    out: set[str] = set()
    corrected: set[str] = set()  # the articles with a correction so far
    for s in sentences:
        if CORRECTION.search(s.text):
            out.add(s.id)
            corrected.add(s.source)
        elif s.source in corrected and _GOES_ON_CORRECTING.match(s.text):
            out.add(s.id)
    return out


# What the corrected report also said, in a correction notice: "The report also said", "The same story stated", "It
# also gave the age of ... as seven".
_GOES_ON_CORRECTING = re.compile(r"\W*(?:(?:The|That|This)\s+(?:same\s+)?(?:report|article|story|piece|item)\s+(?:also\s+)?"
                                 r"(?:said|stated|gave|described|named|called|listed|reported|identified|misspelled|misstated)\b"
                                 # ("It also gave the age of their son as seven"; not "It also gave Lee the family home":
                                 # the court's order, after a correction of a name)
                                 r"|It\s+also\s+(?:said|stated|described|named|called|listed|reported|identified|misspelled"
                                 r"|misstated)\b|It\s+also\s+gave\b[^.;]*\bas\b)")
