"""Sentences that their own article calls wrong in the sentence right after them.

A correction may first say what the outlet reported and then, in a sentence of its own, that it
was wrong: "In an article published on 28 March we reported that the actress had launched a court
bid to move her children to Lagos permanently." / "This was incorrect." Read alone, the first is a
claim made under the outlet's name; it is the claim the outlet withdraws. Such a sentence is
retracted:

- it gives no fact (extract.extract_article), no relation, no quotation and no record: nothing of it
  supports anything, as a correction gives none (lang.en.CORRECTION);
- it is still shown, as a claim of its own words with the label "Retracted", citing both sentences
  (claims.build_claims), so that the reader sees what was withdrawn and the words that withdraw it.

Precision first (a review found each of these read wrongly by a first form):

- the sentence tells what the outlet itself reported before, outside quotation marks, in its own voice
  (lang.en.OWN_REPORT: "we reported that", "we incorrectly stated", "this newspaper published", "our
  article said", "Sources told this newspaper that": an unnamed source's word it printed); never what someone else believed, claimed, heard or assumed ("Many fans assumed that
  their split was bitter. That was not the case." denies the bitterness, not the split; "Bob Ray claimed
  ... That claim was untrue." is the article's word against his, not a withdrawal), never "we said we
  would never divorce" (the writer, or the couple), "we wrote that they would be together forever" (a
  columnist's forecast: the wedding in the same sentence is no error), "the report said" (a social
  worker's), no one's words (a speaker, an interview's answer), no heading and no question;
- the sentence right after it is, all by itself, the word that it was wrong (lang.en.DISOWNS: "This was
  incorrect.", "That report was untrue.", "We were wrong.", "We apologise for the error.", "This was
  incorrect, and we apologise to Ms Lee.", in italics or brackets too), outside any quotation, no one's
  words.

Left out: a disowning sentence that goes on to give the right value ("This is not the case: they married
in Reno."; "In fact, they separated in 2020."), one that disowns two reports ("Both reports were
incorrect."), a correction relayed ("The paper later said this was incorrect.") or made in a later
article, and another outlet's claim that the article denies ("The Daily Star claimed ... This is not the
case."): the sentence stays a claim like any other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from .lang.en import DISOWNS, OWN_REPORT
from .model import UNNAMED, Sentence
from .segment import by_article, is_prose


def retractions(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Retracted sentence id -> the id of the sentence right after it that disowns it, for every
    article among `sentences` (in reading order)."""
    out: dict[str, str] = {}
    for article in by_article(sentences):
        for told, after in pairwise(article):
            if _disowns(after, told):
                out[told.id] = after.id
    return out


def retracted_ids(found: Mapping[str, str]) -> frozenset[str]:
    """The sentences `retractions` found, both the retracted ones and the ones that disown them: neither
    gives a fact of anyone."""
    return frozenset(found) | frozenset(found.values())


def _disowns(after: Sentence, told: Sentence) -> bool:
    """Whether `after` is, all by itself, the article's word that its own report `told` was wrong."""
    if after.quotes or after.speaker or after.answer_by or after.asked_of or after.attribution == UNNAMED:
        return False
    if (told.speaker or told.answer_by or told.asked_of or after.index != told.index + 1
            or told.text.rstrip(" \"”’'").endswith("?") or not is_prose(told.text)):
        return False
    return bool(DISOWNS.fullmatch(after.text.strip()) and OWN_REPORT.search(told.outside_quotes()))
