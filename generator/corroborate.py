"""Stage 6, corroborate: merge sentences that say the same thing into Claims, find
syndicated copies, and compare fact values across sources.

Grouping is by keys (shared facts, shared rare word shingles) through an inverted
index, never by comparing every sentence with every other.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import partial
from sys import intern

from .cache import Cache
from .lang.en import STOPWORDS
from .model import Fact, Sentence, Source
from .parallel import in_background
from .similar import NO_TEXT_WORK, Comparer, TextWork
from .unionfind import UnionFind

_WORD = re.compile(r"[a-z0-9]+")
MAX_POSTING = 50  # a shingle shared by more sentences than this says nothing about sameness
SIMILAR = 0.55


def content_words(text: str) -> frozenset[str]:
    """Lower-case words of a sentence without stop words."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in STOPWORDS)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def group_sentences(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                    published: Mapping[str, str] | None = None, cache: Cache | None = None) -> list[list[Sentence]]:
    """Groups of sentences from different sources that state the same thing (group_and_link's groups)."""
    return group_and_link(sentences, facts, published, cache)[0]


def group_and_link(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                   published: Mapping[str, str] | None = None, cache: Cache | None = None,
                   ahead: TextWork = NO_TEXT_WORK) -> tuple[list[list[Sentence]], list[tuple[Sentence, Sentence]]]:
    """Groups of sentences from different sources that state the same thing, and the clause links:
    (a, b) where a clause of `a` states what `b` states (Comparer.clause_links; a sentence of two
    claims supports both, claims.build_claims). `ahead`: the Comparer's work on texts, done before
    (similar.text_work_later).

    Sentences with the same text are handled once: their words and shingles are computed
    once, and they are one group when they come from two or more sources (and say enough to
    be told apart: two shingles), however many articles repeat them. Other sentences meet
    through the shingles they share (a shingle of more than MAX_POSTING sentences is skipped)."""
    uf: UnionFind[str] = UnionFind()
    by_text: dict[str, int] = {}
    members: list[list[Sentence]] = []
    for s in sentences:
        t = by_text.setdefault(s.text, len(members))
        if t == len(members):
            members.append([])
        members[t].append(s)
    words: list[frozenset[str]] = []
    sizes: list[int] = []  # how many distinct shingles each text has
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    found: list[list[list[int]]] = []  # each text's shingles, as their postings (lists shared by the texts)
    for t, m in enumerate(members):
        # The words of all texts are one string each (intern), as the shingles are one tuple each (the
        # postings' keys): at 5,000 articles these are 600,000 words and shingles, in every text that has them.
        kept = [intern(w) for w in _WORD.findall(m[0].text.lower()) if w not in STOPWORDS]
        words.append(frozenset(kept))  # content_words(text)
        shingles = set(zip(kept, kept[1:], kept[2:]))  # _shingles(text)
        sizes.append(len(shingles))
        mine = [postings[sh] for sh in shingles]
        for ts in mine:
            ts.append(t)
        found.append(mine)
    sources = [{s.source for s in m} for m in members]
    # The shingles that can link two texts: in two texts or more, and in at most MAX_POSTING sentences.
    linking = {id(ts) for ts in postings.values() if len(ts) > 1 and sum(len(members[t]) for t in ts) <= MAX_POSTING}
    links = [[ts for ts in mine if id(ts) in linking] for mine in found]  # each text's linking shingles
    del postings, found
    whole = [False] * len(members)  # the sentences of this text are already one group

    def join(t: int) -> None:
        if not whole[t]:
            whole[t] = True
            for s in members[t][1:]:
                uf.union(members[t][0].id, s.id)

    compare = Comparer(sentences, facts, published, cache, ahead)
    # The links in other words and by clauses read the sentences' traits, not the groups: with every
    # sentence's traits worked out here (in the cache's tables), they are found in a process of their
    # own (parallel.in_background) while this one joins the copies and the texts that share shingles.
    compare.index(sentences)
    other_links = in_background(partial(_other_links, compare, sentences), len(sentences))
    for t, m in enumerate(members):
        if len(sources[t]) >= 2 and sizes[t] >= 2:
            _join_copies(uf, m, compare)
            whole[t] = True
    for t in range(len(members)):
        if len(links[t]) < 2:
            continue  # two texts are linked by two shingles at least
        shared: dict[int, int] = {}  # the later texts that share a linking shingle with t -> how many
        for ts in links[t]:
            for u in ts:
                if u > t:
                    shared[u] = shared.get(u, 0) + 1
        for u, n in shared.items():
            # Sentences of two texts are linked when they come from different sources; with
            # either text in two sources (or each in its own), that links all of them.
            if n >= 2 and not (len(sources[t]) == 1 and sources[t] == sources[u]) and (
                    _jaccard(words[t], words[u]) >= SIMILAR) and (
                    _jaccard(compare.traits(members[t][0]).substance, compare.traits(members[u][0]).substance)
                    >= SIMILAR) and not compare.told_apart(members[t][0], members[u][0], close=True):
                join(t)
                join(u)
                uf.union(members[t][0].id, members[u][0].id)
    paraphrases, repeats, by_clause = other_links()
    _link_paraphrases(uf, sentences, [(score, sentences[i], sentences[j]) for score, i, j in paraphrases],
                      [(sentences[i], sentences[j]) for i, j in repeats])
    groups: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        groups[uf.find(s.id)].append(s)
    clause_links = [(sentences[i], sentences[j]) for i, j in by_clause
                    if uf.find(sentences[i].id) != uf.find(sentences[j].id)]
    return [sorted(g, key=lambda s: (s.source, s.index)) for g in groups.values()], clause_links


# The links other than by shared text, as positions in the sentences: the pairs that say the same
# thing in other words with their scores, an article's repeats, the clause links (_other_links).
OtherLinks = tuple[list[tuple[float, int, int]], list[tuple[int, int]], list[tuple[int, int]]]


def _other_links(compare: Comparer, sentences: Sequence[Sentence]) -> OtherLinks:
    """Comparer.paraphrase_links (with its repeats) and Comparer.clause_links, as positions in `sentences`."""
    at = {s.id: n for n, s in enumerate(sentences)}
    repeats: list[tuple[Sentence, Sentence]] = []
    paraphrases = [(score, at[a.id], at[b.id]) for score, a, b in compare.paraphrase_links(sentences, repeats)]
    return (paraphrases, [(at[a.id], at[b.id]) for a, b in repeats],
            [(at[a.id], at[b.id]) for a, b in compare.clause_links(sentences)])


def _join_copies(uf: UnionFind[str], copies: Sequence[Sentence], compare: Comparer) -> None:
    """Join the copies of one sentence text in several articles, unless the people in view
    differ ("The chef says the credit belongs to his family" of two different chefs is two
    claims) or the time they tell of ("last Thanksgiving" in 2023 and in 2024). Copies with
    nobody in view join the others when those are of one set of people."""
    by_view: dict[frozenset[str], list[Sentence]] = defaultdict(list)
    for s in copies:
        by_view[compare.view.get(s.id, frozenset()) | {f"@{y}" for y in compare.when.get(s.id, ())}].append(s)
    named = [k for k in by_view if k]
    if len(named) == 1 and frozenset() in by_view:
        by_view[named[0]].extend(by_view.pop(frozenset()))
    for same in by_view.values():
        for s in same[1:]:
            uf.union(same[0].id, s.id)


def _link_paraphrases(uf: UnionFind[str], sentences: Sequence[Sentence],
                      paraphrases: Sequence[tuple[float, Sentence, Sentence]],
                      repeats: Sequence[tuple[Sentence, Sentence]]) -> None:
    """Join the groups of sentences that say the same thing in other words (Comparer.paraphrase_links),
    best pair first, while the two groups have no article in common (an article states a claim once: this
    keeps one loose pair from chaining two claims together). Then an article's sentence that
    says again what another of its sentences says (a lede and its body: Comparer.paraphrase_links'
    repeats) joins that one's group, when it is in no group yet: it brings no claim of its own, and
    the claim cites the article once (claims._one_per_source)."""
    sources: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        sources[uf.find(s.id)].add(s.source)
    for _score, a, b in paraphrases:
        ra, rb = uf.find(a.id), uf.find(b.id)
        if ra == rb or sources[ra] & sources[rb]:
            continue
        uf.union(a.id, b.id)
        sources[uf.find(a.id)] = sources.pop(ra) | sources.pop(rb)
    size = Counter(uf.find(s.id) for s in sentences)
    for small, big in sorted(repeats, key=lambda p: (p[0].id, p[1].id)):
        if size[uf.find(small.id)] == 1 and uf.find(small.id) != uf.find(big.id):
            root = uf.find(big.id)
            uf.union(small.id, big.id)
            size[uf.find(big.id)] = size.pop(root) + size.pop(small.id, 1)


def _compatible(a: Sentence, b: Sentence) -> bool:
    pa, pb = set(a.people), set(b.people)
    return a.source != b.source and (not pa or not pb or bool(pa & pb))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / |a | b|, the union counted, not built."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


COPY_SHARE = 0.8  # of the shorter source's sentences another source shares, for a copy
BYLINED_SHARE = 0.5  # the same, for a source whose byline is the other's outlet (a wire story run by a paper)


def syndicated(sources: Sequence[Source], groups: Sequence[list[Sentence]],
               counts: Mapping[str, int]) -> dict[str, str]:
    """Source id -> the earlier source it copies, when most of its sentences are shared (half, where
    one's byline is the other's outlet).

    Pairs of sources are not enumerated group by group (a fact repeated by most articles
    would make that quadratic): a copy shares at least `need` of the shorter source's
    groups, so it shares one of that source's len - need + 1 rarest groups (pigeonhole),
    and only the sources in those are candidates."""
    members = [sorted({s.source for s in g}) for g in groups]
    groups_of: dict[str, list[int]] = defaultdict(list)
    for n in sorted(range(len(members)), key=lambda n: (len(members[n]), n)):  # rarest groups first
        for a in members[n]:
            groups_of[a].append(n)
    pairs: set[tuple[str, str]] = set()
    for a, mine in groups_of.items():
        count = counts.get(a, 0)
        need = math.ceil(COPY_SHARE * count)
        for n in mine[:max(0, len(mine) - need + 1)] if count else ():
            pairs.update((min(a, b), max(a, b)) for b in members[n] if b != a and counts.get(b, 0) >= count)
    # A wire story another outlet runs under the agency's byline (its author is the other's outlet) is a
    # copy when half its sentences are shared: the copy drops some and adds the agency's rights notice.
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for src in sources:
        if src.outlet:
            by_outlet[src.outlet.casefold()].append(src.id)
    bylined = {(min(src.id, o), max(src.id, o)) for src in sources if src.author
               for o in by_outlet.get(src.author.casefold(), ()) if o != src.id}
    pairs |= bylined
    order = {s.id: (s.sort_date, s.id) for s in sources}
    out: dict[str, str] = {}
    for a, b in sorted(pairs):
        smaller = min(counts.get(a, 0), counts.get(b, 0))
        share = BYLINED_SHARE if (a, b) in bylined else COPY_SHARE
        if smaller and len(set(groups_of[a]) & set(groups_of[b])) >= share * smaller:
            first, copy = sorted((a, b), key=lambda x: order[x])
            out.setdefault(copy, first)
    return out
