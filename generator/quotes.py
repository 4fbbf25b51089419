"""Quotations checked against each other across articles.

Quoted stretches of four words or more (not a title in quotation marks) are indexed by their
three-word shingles; two quotations from independent articles that share two shingles are the
same quotation, unless the articles give them to two different speakers; one of fewer than six
words (maybe a stock phrase: "a private family matter") only where both give it to the same speaker
or both sentences name someone in common.
Same words everywhere: a verified quote. Otherwise the variants (different wording, a
truncated version, a different venue or date) are listed side by side, each citing its
own article word for word. Nothing is compared pair by pair across the corpus: only
quotations that share a shingle meet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from .lang.en import YEAR
from .model import Citation, QuoteGroup, QuoteVerdict, Sentence
from .unionfind import UnionFind

MIN_WORDS = 4
SHARED = 2  # shingles two quotations must share to be the same quotation
CONTAINED = 0.6  # share of the shorter quotation's words found in the longer one
MAX_POSTINGS = 50  # a shingle quoted more often than this is a stock phrase, not evidence
_WORD = re.compile(r"[\w’']+")
VENUE = re.compile(
    r"\b(?:told|telling)\s+(?:the\s+)?(?:[A-Z][\w!.’']*\s?){1,4}"
    r"|\b(?i:in|during)\s+(?:a|an|her|his|their|the)\s+(?:[\w-]+\s+){0,3}?(?:interview|podcast|episode|appearance|"
    rf"statement|post|essay|speech)(?:\s+(?:from|in)\s+(?:the\s+year\s+)?{YEAR})?")


def quote_words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def _venue(s: Sentence, before: Sequence[Sentence]) -> str:
    """Where or when the article says the words were said ("told Vogue", "in a 2021 interview"),
    in the sentence or, failing that, the nearest of the two before it in the same paragraph."""
    for x in (s, *before):
        if x.paragraph == s.paragraph and (found := _venue_in(x)):
            return found
    return ""


def _venue_in(s: Sentence) -> str:
    m = VENUE.search(s.outside_quotes())
    if not m:
        return ""
    return " ".join((m.group(0)).split()).rstrip(",.")


# A title in quotation marks ("the drama “Paper Moons at Dusk”"): a name, not words anyone said.
_SMALL = r"(?:a|an|the|of|at|in|on|to|for|and|or|with|from|by)"
_A_TITLE = re.compile(rf"[\"“‘']?[A-Z][\w’'-]*(?:\s+(?:{_SMALL}\s+)*[A-Z][\w’'-]*)*[,.!?]?[\"”’']?")
SHORT = 6  # words: a quotation shorter is a stock phrase unless both articles give it to one speaker


def _same_speaker(a: Sentence, b: Sentence, words: int) -> bool:
    """Whether two quotations may be one: never when the articles give them to two different speakers;
    a short one only when both give it to the same speaker or both sentences name someone in common
    ("a private family matter", a spokesman's about one brother's divorce and a club's about the
    other's; "in the new year", a coach's and a judge's; not "a “rude, thoughtless little pig”",
    the same voicemail told of the same two people)."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return False
    if words >= SHORT or a.speaker and a.speaker == b.speaker:
        return True
    return bool({m.person for m in a.mentions} & {m.person for m in b.mentions})


def _contained(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Most of the shorter quotation's words are in the longer one: a variant, not a shared phrase."""
    small, large = sorted((set(a), set(b)), key=len)
    return len(small & large) >= CONTAINED * len(small)


def quote_groups(sentences: Sequence[Sentence], origin: Mapping[str, str]) -> tuple[QuoteGroup, ...]:
    """Quotations given by two or more independent articles, with a verdict on their wording."""
    quotes: list[tuple[Sentence, int, int, tuple[str, ...]]] = []
    by_place = {(s.source, s.index): s for s in sentences}
    previous = {s.id: [p for k in (1, 2) if (p := by_place.get((s.source, s.index - k)))] for s in sentences}
    for s in sentences:
        for a, b in s.quotes:
            words = tuple(quote_words(s.text[a - s.start:b - s.start]))
            if len(words) >= MIN_WORDS and not _A_TITLE.fullmatch(s.text, a - s.start, b - s.start):
                quotes.append((s, a, b, words))
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (_s, _a, _b, words) in enumerate(quotes):
        for shingle in {words[k:k + 3] for k in range(len(words) - 2)}:
            postings[shingle].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) > MAX_POSTINGS:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                i, j = ids[x], ids[y]
                if origin.get(quotes[i][0].source, quotes[i][0].source) != origin.get(quotes[j][0].source,
                                                                                      quotes[j][0].source):
                    shared[(i, j)] += 1
    uf: UnionFind[int] = UnionFind()
    for (i, j), n in sorted(shared.items()):
        if ((n >= SHARED or n >= min(len(quotes[i][3]), len(quotes[j][3])) - 2) and _contained(quotes[i][3], quotes[j][3])
                and _same_speaker(quotes[i][0], quotes[j][0], min(len(quotes[i][3]), len(quotes[j][3])))):
            uf.union(i, j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        clusters[uf.find(i)].append(i)
    out = []
    for members in clusters.values():
        origins = {origin.get(quotes[i][0].source, quotes[i][0].source) for i in members}
        if len(origins) < 2:
            continue
        members.sort(key=lambda i: (quotes[i][0].source, quotes[i][1]))
        out.append(_group(members, quotes, previous))
    out.sort(key=lambda g: (g.citations[0].source, g.citations[0].start))
    return tuple(QuoteGroup(f"q{n + 1}", g.speaker, g.verdict, g.explanation, g.citations, g.venues)
                 for n, g in enumerate(out))


MAX_CHANGES = 4  # word differences an explanation lists


def _differences(base: tuple[str, ...], other: tuple[str, ...]) -> list[str]:
    """The words that differ between two wordings of one quotation, as a reader would mark them:
    “goes” for “went”, “really” left out, “so” added. Only the stretch both share is compared,
    so that a quotation cut short is not read as words left out."""
    matcher = SequenceMatcher(a=base, b=other, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return []
    lo_a, lo_b = blocks[0].a, blocks[0].b
    hi_a, hi_b = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=base[lo_a:hi_a], b=other[lo_b:hi_b], autojunk=False).get_opcodes():
        was, now = " ".join(base[lo_a + i1:lo_a + i2]), " ".join(other[lo_b + j1:lo_b + j2])
        if tag == "replace":
            out.append(f"“{now}” for “{was}”")
        elif tag == "delete":
            out.append(f"“{was}” left out")
        elif tag == "insert":
            out.append(f"“{now}” added")
    return out


def _group(members: Sequence[int], quotes: Sequence[tuple[Sentence, int, int, tuple[str, ...]]],
           previous: Mapping[str, list[Sentence]]) -> QuoteGroup:
    texts = [" ".join(quotes[i][3]) for i in members]
    venues = tuple(_venue(quotes[i][0], previous[quotes[i][0].id]) for i in members)
    speakers = sorted({sp for i in members if (sp := quotes[i][0].speaker)})
    longest = max(texts, key=len)
    reasons = []
    if len(set(texts)) == 1:
        verdict = QuoteVerdict.VERIFIED
        reasons.append(f"{len(members)} articles quote the same words")
    else:
        verdict = QuoteVerdict.VARIANTS
        truncated = [t for t in texts if t != longest and t in longest]
        if truncated:
            reasons.append(f"{len(truncated)} quote(s) a shorter part of the same words")
        differing = [quotes[i][3] for i, t in zip(members, texts, strict=True) if t != longest and t not in longest]
        if differing:
            base = quotes[members[texts.index(longest)]][3]
            changes = list(dict.fromkeys(d for other in differing for d in _differences(base, other)))
            shown = "; ".join(changes[:MAX_CHANGES]) + ("; …" if len(changes) > MAX_CHANGES else "")
            reasons.append("the wording differs between articles" + (f" ({shown})" if shown else ""))
    if len({v for v in venues if v}) > 1:
        reasons.append("the articles give different venues or dates for it")
        verdict = QuoteVerdict.VARIANTS
    return QuoteGroup("", ", ".join(speakers), verdict, "; ".join(reasons).capitalize() + ".",
                      tuple(Citation(quotes[i][0].source, quotes[i][1], quotes[i][2], quotes[i][0].id)
                            for i in members), venues)
