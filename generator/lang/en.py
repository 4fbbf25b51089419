"""English word lists for deciding what a sentence is: each list once, read by the stages.

A corrected list is a data change here, not a change to a stage."""

from __future__ import annotations

import re

# Words that say little about what a sentence claims: left out of word comparisons.
STOPWORDS = frozenset(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "that", "this", "it", "its", "he", "she", "they", "them", "his", "her", "their", "i", "we", "you", "my", "our", "me", "him", "so", "not", "no", "about", "after", "over", "into", "than", "then", "there", "also", "very", "just"])

# Words that place a sentence in the family's story even when it names no one:
# a sentence with one of them is never "the writer's aside".
FAMILY_WORDS = re.compile(
    r"\b(?:couple|pair|family|families|kids?|child|children|son|sons|daughters?|baby|babies|"
    r"husband|wife|spouse|ex|exes|ex-wife|ex-husband|mother|father|mom|dad|parents?|"
    r"grand(?:child|children|son|daughter|parents?)|siblings?|brother|sister|fianc[eé]e?|"
    r"boyfriend|girlfriend|partner|marriage|married|wedding|divorce|custody|court|judge|"
    r"lawyer|attorney|settlement|the two|both|they|them|their|he|she|him|her|his)\b",
    re.IGNORECASE)

# The start of a pointer to another story or to the outlet's own pages, not a claim.
TEASER = re.compile(
    r"^\s*(?:read (?:more|next|also)|see also|related(?: stories| coverage)?\s*:|more (?:from|on)\b|"
    r"also read|watch(?: the video)?\s*:|click here|sign up|subscribe|follow (?:us|@)|"
    r"listen to|don'?t miss|recommended\s*:)",
    re.IGNORECASE)

# Reasons a sentence is set aside, as the sources page words them.
REASON_QUESTION = "no claim: a question"
REASON_TEASER = "a teaser for another story"
REASON_ASIDE = "the writer's aside: it names no one and states no fact"
REASON_HEADING = "a heading or caption inside the article, not a sentence"
REASON_REPEAT = "the article says this again in another sentence, which is cited"
