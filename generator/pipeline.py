"""The whole flow, one line per stage: seeds/ in, docs/ pages and profile.json out."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from . import slots
from .cache import Cache, key_of
from .claims import build_claims, counts_of_others, main_pair, set_aside, with_claimed_people
from .classify import Classifier
from .compose import compose
from .config import ProfileConfig
from .copies import with_copies
from .corroborate import group_and_link, syndicated
from .event_dates import compare_dates
from .extract import extract_article, news_in_keeping
from .factcheck import compare, shown_dates
from .figures import compare_figures, join_disputed
from .filers import filer_disputes
from .ingest import ingest
from .marriages import (
    beginnings_after_split,
    earlier_marriages,
    second_time,
    weddings_named_before,
    weddings_to_others,
)
from .model import PARTNER_KINDS, Citation, Fact, Person, Profile, Relation, Sentence, Source, Warning
from .origins import relay_origins
from .parallel import cached_all, cached_all_in_background, in_background
from .people import name_words, recognise
from .quotes import quote_groups
from .records import kin_of, new_partners
from .relations import adjust, relate, with_the_couples_children, with_the_couples_marriage
from .render import render
from .retracted import retracted_ids, retractions
from .sections import cue_sections, split_year
from .segment import by_article, relayed_outlets, segment
from .similar import text_work_later
from .summarised import quoted_by_paragraphs

GC_THRESHOLDS = (100_000, 50, 100)  # Python's are (700, 10, 10)


@dataclass(frozen=True, slots=True)
class BuildResult:
    profile: Profile
    changed: tuple[Path, ...]
    warnings: tuple[Warning, ...]


def cue_sections_all(sentences: tuple[Sentence, ...], classifier: Classifier,
                     cache: Cache | None = None) -> dict[str, str]:
    """Each sentence's section by its own cue words, article by article (cached)."""
    return cue_sections_later(sentences, classifier, cache)()


def cue_sections_later(sentences: tuple[Sentence, ...], classifier: Classifier,
                       cache: Cache | None = None) -> Callable[[], dict[str, str]]:
    """What gives cue_sections_all's answer; the articles the cache lacks are classified in a process
    of their own while the build goes on, when there are many (parallel.cached_all_in_background)."""
    found = cached_all_in_background(cache, "classify", dict, [
        (_cue_key(article), partial(cue_sections, article, classifier)) for article in by_article(sentences)])

    def own() -> dict[str, str]:
        out: dict[str, str] = {}
        for sections in found():
            out.update(sections)
        return out
    return own


def _cue_key(article: tuple[Sentence, ...]) -> str:
    """The cache key of an article's cue-word sections: what sections.cue_sections reads of each
    sentence, its id, paragraph and text and the people it names (whom, where: a child named after a
    child word makes that child's other paragraphs of children), which another article can change."""
    return key_of([(s.id, s.paragraph, s.text, [(m.person, m.start - s.start) for m in s.mentions if m.explicit])
                   for s in article])


def aside_and_relations(sentences: tuple[Sentence, ...], facts: dict[str, tuple[Fact, ...]],
                        people: tuple[Person, ...], config: ProfileConfig
                        ) -> tuple[dict[str, str], tuple[Relation, ...]]:
    """The sentences set aside, and the relations between the people (with the configuration's
    changes): neither reads the sentences' groups, so both are worked out while they are made."""
    aside = set_aside(sentences, facts, name_words(people))
    gone = retracted_ids(retractions(sentences))  # (a sentence its article calls wrong relates no one: retracted.py)
    return aside, adjust(relate([s for s in sentences if s.id not in aside and s.id not in gone], people, facts),
                         config.relations_add, config.relations_remove)


def analyse(config: ProfileConfig, cache: Cache | None = None) -> tuple[Profile, dict[str, Citation]]:
    """Run every stage up to the Profile; nothing is written. With a cache, an article
    seen before is not parsed, segmented, classified or mined for facts again."""
    sources, warnings = ingest(config, cache)
    if cache is not None:
        cache.save_packs("ingest")
    originals = tuple(s for s in sources if not s.duplicate_of)
    by_id = {s.id: s for s in sources}
    outlets = {s.outlet for s in sources if s.outlet}
    segmented, relays, quoted_by = relayed_outlets(segment_all(originals, cache), outlets, originals)
    published = {s.id: s.published or "" for s in originals}
    text_work = text_work_later(segmented, published, cache)  # on a cold build, while the people are recognised
    sentences, people = recognise(segmented, config.people, cache, not_people=(*sorted(outlets), *config.not_people))
    gc.freeze()  # see build
    facts = news_in_keeping(extract_all(sentences, by_id, cache), {s.id: s for s in sentences})
    # Two processes of their own (on two cores or more: parallel.in_background) work out what is
    # needed only later, while this one groups the sentences: the sections by cue words (on a cold
    # build), the sentences set aside and the relations.
    cue_of = cue_sections_later(sentences, Classifier(config.sections), cache)
    gc.freeze()
    aside_relations = in_background(partial(aside_and_relations, sentences, facts, people, config), len(sentences))
    groups, clause_links = group_and_link(sentences, facts, published, cache, text_work())
    if cache is not None:
        cache.save_tables()  # the traits of every sentence: written now, not held through the rest
    gc.freeze()
    aside, relations = aside_relations()
    by_sentence = {s.id: s for s in sentences}
    couple = main_pair(sentences, relations)
    # "The couple share daughter Ivy", "Their daughter Ivy is 14" (in two articles): the couple's children, now that
    # the couple is known, before the claims, whose pairs of people are never a brother and sister
    found_retracted = retractions(sentences)  # (a sentence its article calls wrong: retracted.py)
    gone = retracted_ids(found_retracted)
    relations = adjust(with_the_couples_children(relations, [s for s in sentences if s.id not in aside
                                                             and s.id not in gone], couple),
                       (), config.relations_remove)
    # their wedding to each other again, told apart from the first, before the claims are keyed on it
    facts = second_time(facts, by_sentence, couple, frozenset().union(*kin_of(relations, couple)),
                        new_partners(relations, couple))
    claims, fates = build_claims(sentences, facts, groups, relations, aside, clause_links, cache, found_retracted)
    copies = syndicated(originals, groups, _sentence_counts(sentences))
    sources = tuple(replace(s, duplicate_of=copies[s.id]) if s.id in copies else s for s in sources)
    origin = {s.id: s.duplicate_of or s.id for s in sources}
    origin.update(relay_origins(relays, sentences, sources, origin))  # "According to StarWatch": StarWatch's
    others = (counts_of_others(claims, facts, couple, kin_of(relations, couple)[0], name_words(people))
              | earlier_marriages(claims, facts, couple) | weddings_to_others(by_sentence, facts)
              | weddings_named_before(sentences, facts, couple))
    # (a wedding after the split told of one of them alone is a new partner's, never weighed with theirs; the
    # birth of one of them, "She was born in Enugu in 1987", is no child's: births.py weighs it as their own)
    weighed = [f for fs in facts.values() for f in fs
               if (f.sentence, f.slot, f.value) not in others and not _own_birth(f, couple, relations)]
    conflicts, dated = compare(beginnings_after_split(weighed, with_claimed_people(weighed, claims), couple,
                                                      split_year(facts, couple, claims)), by_sentence, origin, sources)
    conflicts += compare_dates(conflicts, facts, by_sentence, origin, shown_dates(sources), couple,
                               kin_of(relations, couple)[0])
    supporting = tuple(s for s in sentences if s.id not in gone)
    conflicts += filer_disputes(supporting, facts, couple, origin, shown_dates(sources))  # who filed, where they differ
    figures = compare_figures(claims, supporting, facts, couple, relations, origin, sources,
                              {p.name: p.gender for p in people})
    conflicts += figures
    claims = join_disputed(claims, figures)
    sources = tuple(replace(s, date_note=f"{s.date_note}; {dated[s.id].note}") if s.id in dated else s for s in sources)
    quotes = quote_groups(supporting, origin)
    profile = compose(config, sources, people, claims, cue_of(), sentences, facts, conflicts, origin, fates,
                      relations, couple, quotes, others, found_retracted, quoted_by)
    spans = {s.id: s.citation for s in sentences}
    profile = replace(profile, warnings=warnings, quotes=quotes,
                      relations=with_the_couples_marriage(profile.relations, profile.records, couple),
                      fates=quoted_by_paragraphs(profile.fates, profile.records))
    return with_copies(profile), spans  # an article that is another's word for word, cited beside it


def _own_birth(f: Fact, couple: frozenset[str], relations: tuple[Relation, ...]) -> bool:
    """A birth told of one of the couple alone, where the relations make the two partners: their own,
    not a child's."""
    return (f.slot == slots.CHILD_BORN and len(f.subject) == 1 and f.subject[0] in couple
            and any(r.kind in PARTNER_KINDS and frozenset((r.person, r.other)) == couple for r in relations))


def segment_all(sources: tuple[Source, ...], cache: Cache | None = None) -> tuple[Sentence, ...]:
    """Every source's sentences, in order; segmentation reads only a source's id and body."""
    return tuple(x for found in cached_all(cache, "segment", tuple, [
                     (key_of(s.id, s.sha256, s.body), partial(segment, s)) for s in sources])
                 for x in found)


def extract_all(sentences: tuple[Sentence, ...], by_id: dict[str, Source],
                cache: Cache | None = None) -> dict[str, tuple[Fact, ...]]:
    """Each sentence's facts; extraction reads the sentence (with its people) and the article's dates."""
    facts: dict[str, tuple[Fact, ...]] = {}
    articles = by_article(sentences)
    for found in cached_all(cache, "extract", dict, [
            (key_of(by_id[a[0].source].published, by_id[a[0].source].sort_date, a),
             partial(extract_article, a, by_id[a[0].source])) for a in articles]):
        facts.update(found)
    return facts


def _sentence_counts(sentences: tuple[Sentence, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in sentences:
        counts[s.source] = counts.get(s.source, 0) + 1
    return counts


def build(config: ProfileConfig, use_cache: bool = True) -> BuildResult:
    """Read seeds/, write the generated pages into docs/; per-article work is cached in .cache/."""
    cache = Cache.for_config(config) if use_cache else None
    # The sentences, facts and the rest live until the end of the build, and a build makes millions
    # of objects, few of them in reference cycles: the cyclic garbage collector runs less often
    # (GC_THRESHOLDS), and after each large stage (analyse) what lives on is moved out of its sight
    # (gc.freeze) instead of being walked again at each full collection. Reference counting frees
    # objects as ever; at the end the thresholds are restored and `unfreeze` hands back whatever was
    # frozen to the collector.
    thresholds = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        profile, spans = analyse(config, cache)
        changed = render(profile, config.docs_dir, spans,
                         bytecode=None if cache is None else cache.folder / "templates")
        if cache is not None:
            cache.prune()
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    return BuildResult(profile, tuple(changed), profile.warnings)
