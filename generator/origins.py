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
    """Sentence id -> the article it relays: the latest article of the outlet it names as its source
    (segment.relayed_outlets) written on or before its own article, where that is another outlet's (a relay of
    an outlet whose article is later, or undated, or not in the corpus is its own source)."""
    by_outlet: dict[str, list[Source]] = {}
    for article in sorted(sources, key=lambda a: (a.sort_date, a.id)):
        if article.outlet and not article.duplicate_of and article.sort_date:
            by_outlet.setdefault(_key(article.outlet), []).append(article)
    by_id = {a.id: a for a in sources}
    out: dict[str, str] = {}
    for s in sentences:
        outlet = relays.get(s.id)
        own = by_id.get(s.source)
        if not outlet or own is None or not own.sort_date or _key(own.outlet) == _key(outlet):
            continue
        earlier = [a for a in by_outlet.get(_key(outlet), []) if a.sort_date <= own.sort_date]
        if earlier:
            out[s.id] = origin.get(earlier[-1].id, earlier[-1].id)
    return out


def _key(outlet: str) -> str:
    return outlet.removeprefix("The ").casefold()
