"""Which article a claim comes from, as the fact check counts independent sources: the article itself, the
one it is a syndicated copy of, or, for a sentence that relays another outlet of the corpus ("According to
StarWatch, ...", "..., StarWatch reported"), that outlet's article: a relay is no second source."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .model import Sentence, Source


def origin_of(origin: Mapping[str, str], source: str, sentence: str = "") -> str:
    """The article a sentence (or a fact, a citation) of `source` comes from: `origin` maps articles to the
    article they copy and relaying sentences to the article they relay (relay_origins)."""
    return origin.get(sentence) or origin.get(source, source)


def relay_origins(relays: Mapping[str, str], sentences: Sequence[Sentence], sources: Sequence[Source],
                  origin: Mapping[str, str]) -> dict[str, str]:
    """Sentence id -> the article it relays: the first (oldest) article of the outlet it names as its source
    (segment.relayed_outlets), where that is another outlet than its own article's."""
    by_outlet: dict[str, Source] = {}
    for article in sorted(sources, key=lambda a: (a.sort_date or "9999", a.id)):
        if article.outlet and not article.duplicate_of:
            by_outlet.setdefault(_key(article.outlet), article)
    own = {a.id: _key(a.outlet) for a in sources}
    out: dict[str, str] = {}
    for s in sentences:
        outlet = relays.get(s.id)
        if outlet and _key(outlet) in by_outlet and own.get(s.source) != _key(outlet):
            relayed = by_outlet[_key(outlet)].id
            out[s.id] = origin.get(relayed, relayed)
    return out


def _key(outlet: str) -> str:
    return outlet.removeprefix("The ").casefold()
