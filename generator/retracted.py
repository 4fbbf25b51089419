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

Precision first, the sentence after must be the whole disowning sentence, outside any quotation, no
one's words (no speaker, no interview's answer, no unnamed source): "This was incorrect.", "That
report was untrue.", "This is not the case." (lang.en.DISOWNS_THE_LAST). "That was wrong." and "We
were wrong." disown only a sentence that tells what the outlet itself reported ("we reported that",
"the article said": lang.en.OWN_REPORT), never a deed ("He called her a pig. That was wrong.").
'"That is not true," she said.' is a denial, someone's claim: not this. The sentence before is the
one right before it in the article (a heading or a question is none).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from .lang.en import DISOWNS_A_REPORT, DISOWNS_THE_LAST, OWN_REPORT
from .model import UNNAMED, Sentence
from .segment import by_article


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
    """Whether `after` is, all by itself, the article's word that `told` was wrong."""
    if after.quotes or after.speaker or after.answer_by or after.asked_of or after.attribution == UNNAMED:
        return False
    if told.text.rstrip().endswith("?") or after.index != told.index + 1:
        return False
    text = after.text.strip()
    return bool(DISOWNS_THE_LAST.fullmatch(text)
                or DISOWNS_A_REPORT.fullmatch(text) and OWN_REPORT.search(told.outside_quotes()))
