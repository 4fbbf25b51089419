"""Stage 5, classify: each sentence goes to one section (or none) by its cue words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .config import SectionConfig
from .lang.en import (
    CHILD_WORDS,
    CO_PARENT_CUES,
    FORMER_SPOUSE,
    LAW_CUES,
    NOT_CUES,
    NOW_WORDS,
    OTHERS,
    SIBLING_CUE,
    SIBLING_INTRO,
    STRAIN_WORDS,
    WEDDING_THING,
)
from .model import Sentence
from .slots import CUSTODY

_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
# A capitalised word right before another, which is then a later word of the same name ("Late Lunch
# Talk"); not a title before a name ("Judge Ann Lee"), nor a sentence's first word.
_IN_NAME = re.compile(r"(?<!^)(?<![.:!?\"“‘'(\[—–]\s)\b[A-Z][\w.'’-]*\s+$")


# A clause about someone named before it, back to the last comma or dash: a "now" in it is not the
# sentence's ("a judge gave her custody, keeping them here while the father, who now lives in ...").
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|where)\b[^,;:—–]*$", re.IGNORECASE)


def _plain(text: str) -> str:
    """The text without the words that hold a cue word but tell of something else: "her wedding
    ring" is no wedding, "her talk show" no talk, "her friend's husband" or "her ex-husband" no one's
    current family."""
    plain = FORMER_SPOUSE.sub(" ", _OTHERS_SPOUSE.sub(" ", NOT_CUES.sub(" ", WEDDING_THING.sub(" ", text))))
    return SIBLING_INTRO.sub(SIBLING_CUE, plain) if "ister" in plain or "rother" in plain else plain


_OTHERS_SPOUSE = re.compile(rf"\b{OTHERS}['’]s?\s+(?:(?:new|late|first|second|former|then)\s+)?"
                            r"(?:husbands?|wives|wife|spouses?)\b", re.IGNORECASE)


_ASCII_WORD = re.compile(r"[a-z0-9_]+")
_CUE_RUN = re.compile(r"\w+")


def _needs(cues: Sequence[str]) -> frozenset[str] | None:
    """The longest run of word characters of each cue, lower case: a text of ASCII letters in which the
    cue is found holds it as a word. A cue with a character that matches no ASCII one, even ignoring case
    ("’s dating"), is never found in such a text and needs nothing. None where a cue of other characters
    is not ASCII or has no word character, or there is no cue (the pattern of none matches everywhere)."""
    if not cues:
        return None
    out = set()
    for cue in cues:
        if any(not _ascii_like(c) for c in cue if not c.isascii()):
            continue
        runs = _CUE_RUN.findall(cue)
        if not cue.isascii() or not runs:
            return None
        out.add(max(runs, key=len).lower())
    return frozenset(out)


def _ascii_like(c: str) -> bool:
    """Whether a character matches an ASCII character, ignoring case ("K", the Kelvin sign, is "k")."""
    return any(re.fullmatch(re.escape(c), chr(a), re.IGNORECASE) for a in range(128))


class Classifier:
    """Scores a sentence against each section's cue words; ties go to the earlier section, or to
    the later one where the sentence tells of the present ("now", "currently")."""

    def __init__(self, sections: Sequence[SectionConfig]):
        self.sections = tuple(sections)
        self.patterns = tuple(
            re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(s.cues, key=len, reverse=True)) + r")\b",
                       re.IGNORECASE)
            for s in sections)
        # For a text of ASCII letters, a cheap test first: a cue can be found only where each of its runs of
        # word characters is a word of the text (the pattern's \b on both sides), so a section none of whose
        # cues has its longest run among the text's words has none (None: no such test for the section).
        self.needs = tuple(_needs(s.cues) for s in sections)

    def scores(self, text: str, of_children: bool | None = None) -> tuple[int, ...]:
        """How many cue words of each section the text holds: a word of the law, for the custody
        section, only beside a child or custody (in the text, or `of_children`: "a judge declared her
        single" has none; a section of another key keeps its own words of the law), co-parenting only where it
        does not go badly ("it is hard to co-parent" has none), and no word of a name ("her
        nerves on Late Lunch Talk", "the Big Baby actor", nor a word of the law that is a role on a show,
        "the Top Chef judge"; not "Judge Ann Lee"; a headline in title case keeps its own)."""
        of_children = bool(CHILD_WORDS.search(text)) if of_children is None else of_children
        strained = bool(STRAIN_WORDS.search(text))
        long_words = _LONG_WORD.findall(text)
        title_case = sum(w[0].isupper() for w in long_words) >= len(long_words) * 0.8 > 0
        words = frozenset(_ASCII_WORD.findall(text.lower())) if text.isascii() else None
        found = [[] if words is not None and need is not None and need.isdisjoint(words) else
                 [m for m in p.finditer(text)
                  if (of_children or key != CUSTODY or m.group().lower() not in LAW_CUES)
                  and (not strained or m.group().lower() not in CO_PARENT_CUES)
                  and (title_case or not (m.group()[0].isupper() or m.group().lower() in LAW_CUES)
                       or not _IN_NAME.search(text, 0, m.start()))]
                 for key, p, need in zip((s.key for s in self.sections), self.patterns, self.needs, strict=True)]
        spans = [(m.start(), m.end(), n) for n, ms in enumerate(found) for m in ms]
        # a cue within a longer cue of another section is that one's words: "confirmed her relationship
        # with" (a new partner), not "relationship with" (the couple getting on)
        return tuple(sum(1 for m in ms if not any(o != n and a <= m.start() and m.end() <= b and b - a > m.end() - m.start()
                                                  for a, b, o in spans))
                     for n, ms in enumerate(found))

    def classify(self, sentence: Sentence, of_children: bool | None = None) -> tuple[str, int]:
        """(section key, score); ('', 0) when no cue word is present. `of_children`: whether the
        sentence's paragraph speaks of children or custody (by default, whether the sentence does)."""
        scores = self.scores(_plain(sentence.text), of_children)
        # a tie goes to the earlier section; to the later one in a sentence of the present
        text = sentence.text
        later = 1 if any(not _RELATIVE.search(text, 0, m.start()) for m in NOW_WORDS.finditer(text)) else -1
        best = max(range(len(scores)), key=lambda i: (scores[i], later * i))
        if scores[best] == 0:
            return "", 0
        return self.sections[best].key, scores[best]
