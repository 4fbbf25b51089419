"""Sentences of different articles that say the same thing in other words.

Each sentence becomes a bag of stemmed content words weighted by rarity (IDF over the
corpus's sentences). Candidate pairs come from an inverted index of the rare stems only, so
a sentence is compared with the few that share its unusual words, never with every other.
A candidate pair is linked when its weighted cosine passes PARAPHRASE and nothing tells the
two apart: they name different people, different years or different figures, carry facts
of different events, or quote different speakers. Precision first: when in doubt, apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

import snowballstemmer

from .lang.en import STOPWORDS
from .model import Fact, Sentence

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_stemmer = snowballstemmer.stemmer("english")
PARAPHRASE = 0.5  # weighted cosine from which two sentences state the same claim (see tests/test_merge_pairs.py)
RARE = 0.6  # a stem in more than this share of sentences is not used to find candidates
MAX_CANDIDATES = 40  # a stem shared by more sentences than this finds no candidates
MIN_SHARED = 2  # stems two sentences must share: one word in common is a coincidence
NUMERIC_KINDS = frozenset(["year", "count", "money", "duration", "age"])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case word."""
    return str(_stemmer.stemWord(word))


def stems(text: str) -> list[str]:
    """Stemmed content words of a text (outside bracketed insertions), in order."""
    return [stem(w) for w in _WORD.findall(text.lower().replace("\u2019", "'")) if w not in STOPWORDS]


def paraphrase_links(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]]
                     ) -> list[tuple[float, Sentence, Sentence]]:
    """(similarity, a, b) for every pair of sentences of different sources that say the same
    thing in other words, best first."""
    bags = [Counter(stems(s.text)) for s in sentences]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(sentences)
    idf = {w: math.log((n + 1) / (d + 0.5)) for w, d in df.items()}
    vectors = [{w: idf[w] for w in bag} for bag in bags]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vectors]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, bag in enumerate(bags):
        for w in bag:
            if df[w] <= max(2, RARE * n) and df[w] <= MAX_CANDIDATES:
                postings[w].append(i)
    seen: set[tuple[int, int]] = set()
    out: list[tuple[float, Sentence, Sentence]] = []
    for i in range(n):
        for w in bags[i]:
            for j in postings.get(w, ()):
                if j <= i or (i, j) in seen:
                    continue
                seen.add((i, j))
                a, b = sentences[i], sentences[j]
                if a.source == b.source:
                    continue
                shared = vectors[i].keys() & vectors[j].keys()
                if len(shared) < MIN_SHARED:
                    continue
                score = sum(vectors[i][x] * vectors[j][x] for x in shared) / (norms[i] * norms[j])
                if score >= PARAPHRASE and not told_apart(a, b, facts.get(a.id, ()), facts.get(b.id, ())):
                    out.append((score, a, b))
    out.sort(key=lambda x: (-x[0], x[1].id, x[2].id))
    return out


def told_apart(a: Sentence, b: Sentence, fa: Sequence[Fact], fb: Sequence[Fact]) -> bool:
    """Whether something the two sentences state shows they are about different things."""
    pa, pb = set(a.people), set(b.people)
    if pa and pb and not pa & pb:
        return True  # the same words about different people
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return True
    ya, yb = set(_YEAR.findall(a.text)), set(_YEAR.findall(b.text))
    if ya and yb and not ya & yb:
        return True  # different years: different events, or a count at two dates
    va = {(f.kind, f.slot): f.value for f in fa if f.kind in NUMERIC_KINDS}
    vb = {(f.kind, f.slot): f.value for f in fb if f.kind in NUMERIC_KINDS}
    if any(va[k] != vb[k] for k in va.keys() & vb.keys()):
        return True  # the same measure with another value: kept apart, the fact check compares them
    sa = {f.slot for f in fa if f.kind == "year"}
    sb = {f.slot for f in fb if f.kind == "year"}
    return bool(sa and sb and not sa & sb)  # dated events of different kinds
