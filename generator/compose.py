"""Stage 7, compose: claims become the Profile the pages show, in reading order."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import Any

from . import slots
from .claims import ClaimGroup, by_month, keys_of
from .config import ProfileConfig
from .described import described_records
from .earlier_children import earlier_children_records
from .extract import written_on
from .factcheck import DISAGREEMENT, current_values
from .factcheck import SUPERSEDED as SUPERSEDED_VERDICT
from .figure_records import figure_records
from .figures import disputed_sentences
from .former_spouses import former_spouse_records
from .hometowns import hometown_records, told_hometowns
from .interview import opens_with_a_name
from .known_for import known_for_records
from .marriage_length import length_records
from .model import (
    ANONYMOUS,
    CORROBORATED,
    DENIED,
    DISPUTED,
    RETRACTED,
    SINGLE,
    SUPERSEDED,
    UNNAMED,
    Conflict,
    Fact,
    Fate,
    Person,
    Profile,
    QuoteGroup,
    Relation,
    Section,
    Sentence,
    Source,
    Statement,
    Status,
    Verdict,
)
from .nicknames import nickname_records
from .origins import origin_of
from .records import build_records, kin_of, named_by_article, new_partners, quotation_records
from .relative import with_relative_support
from .retracted import own_report, retracted_ids, retractions
from .sections import children_named, claim_sections, family_of
from .segment import says_it_is_unnamed
from .summarised import (
    narrowed_to_wording,
    paragraph_anchors_of,
    told_by_earlier_child,
    told_by_paragraph,
    told_by_quotation,
    told_by_schedule,
)
from .timeline import Family, build_timeline
from .told_asides import ELLIPSIS, told_asides, told_by_records


def _naming(sentences: Sequence[Sentence], people: frozenset[str]) -> frozenset[str]:
    """The articles that name one of `people` by name."""
    return frozenset(article for article, named in named_by_article(sentences).items() if named & people)


def display_text(s: Sentence, outlet: str = "", leave: Sequence[tuple[int, int]] = ()) -> str:
    """The sentence with a bracketed clarification after each pronoun or epithet,
    the way journalists mark insertions; quoted words are never touched. `leave`: spans of
    the sentence's text the paragraph tells (told_asides), shown as an editor's "[...]"."""
    edits = [_left_out(s.text, a, b) for a, b in leave]  # (start, end, replacement) in s.text
    for m in s.mentions:
        if m.explicit or any(a <= m.start < b for a, b in s.quotes) or any(a <= m.start - s.start < b for a, b in leave):
            continue
        at = m.end - s.start
        if s.text[m.start - s.start:at].lower() in _SUBJECT_PRONOUNS and (contracted := _CONTRACTION.match(s.text, at)):
            at = contracted.end()  # "He's [Tom Ray] twelve", never "He [Tom Ray]'s twelve": no one's possessive
        edits.append((at, at, f" [{m.person}{_POSSESSIVE if _possessive(s.text, m.start - s.start, at) else ''}]"))
    text = s.text
    for a, b, new in sorted(edits, key=lambda e: (-e[0], -e[1])):
        text = text[:a] + new + text[b:]
    if s.answer_by:
        if not opens_with_a_name(s.text):  # an interview's answer that does not open with its speaker's label (one
            text = f"[{s.answer_by}:] {text}"  # that relays an unnamed source keeps that status, not this prefix)
    elif s.attribution == UNNAMED and not says_it_is_unnamed(s.text):
        by = f"quoted by {outlet}" if outlet else "quoted in the article"
        text = f"According to an unnamed source {by}: {text}"
    elif s.speaker and s.quotes and s.quotes[0][0] == s.start and s.quotes[0][1] == s.end:
        text = f"[{s.speaker}:] {text}"  # a quotation that goes on from the sentence before
    elif s.asked_of and not opens_with_a_name(s.text):
        text = f"[Asked of {s.asked_of}:] {text}"  # a question's premise ("You went back to Lee.")
    return text


def _left_out(text: str, a: int, b: int) -> tuple[int, int, str]:
    """The edit that shows text[a:b] as left to the paragraph: "[…]" with a space before it (none at the
    start of the text) and one after it where a word follows straight on."""
    while a > 0 and text[a - 1].isspace():
        a -= 1
    after = " " if b < len(text) and text[b].isalnum() else ""
    return a, b, f"{ELLIPSIS}{after}" if a == 0 else f" {ELLIPSIS}{after}"


_POSSESSIVE = "'s"
# A verb contracted onto a pronoun ("He's", "she'd", "they're"): the clarification follows the contraction.
_CONTRACTION = re.compile(r"['’](?:s|d|ll|re|ve)\b")
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they"])  # (not an epithet's possessive: "the actress [Ann Lee]'s fans")


def _possessive(text: str, start: int, end: int) -> bool:
    """Whether the pronoun at text[start:end] owns the next noun, so that its clarification is a possessive
    ("His [Tom Ray's] latest", "Her [Ann Lee's] latest"): "his" always, "Her" opening the sentence; not a
    mid-sentence "her", which may be an object ("told her")."""
    word = text[start:end]
    return word.lower() == "his" or word == "Her" and not text[:start].strip(" \"“‘'([")


def status(conflict_verdicts: Collection[str], origins: Collection[str], anonymous: bool = False) -> Status:
    """How well a statement (or a key fact) is supported: the fact check's verdicts on its values,
    the independent articles (`origins`) that state it, and whether all of them rest on an
    unnamed source."""
    if DISAGREEMENT in conflict_verdicts:
        return DISPUTED
    if anonymous:
        return ANONYMOUS
    if SUPERSEDED_VERDICT in conflict_verdicts:
        return SUPERSEDED
    return CORROBORATED if len(origins) >= 2 else SINGLE


def _status(group: Sequence[Sentence], origin: Mapping[str, str], conflict_verdicts: set[str]) -> Status:
    """A statement's status: an unnamed source never counts towards corroboration."""
    named = {origin_of(origin, s.source, s.id) for s in group if s.attribution != UNNAMED}
    return status(conflict_verdicts, named, all(s.attribution == UNNAMED for s in group))


def _claim_facts(claim: ClaimGroup, group: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]]) -> list[Fact]:
    """The facts of the group's sentences that the claim is about (all of them for a claim found by its words)."""
    return [f for s in group for f in facts.get(s.id, ()) if claim.key is None or claim.key in keys_of([f])]


def _verdicts(claim_facts: Sequence[Fact], chosen: Sentence, verdict_of: Mapping[tuple[str, str, str], str],
              disputed: Collection[str]) -> set[str]:
    """The fact check's verdicts on a statement's facts (its claim's, and every fact its words give:
    "spent seven years in a bitter divorce battle, and the financial talks took 18 months" is
    disputed where the articles disagree on the seven years, whichever claim it words), and a
    disagreement where the words that word it give one side of a disagreement about a figure."""
    verdicts = {verdict_of[(f.slot, f.value, f.sentence)] for f in claim_facts if (f.slot, f.value, f.sentence) in verdict_of}
    if chosen.id in disputed:
        verdicts.add(DISAGREEMENT)
    return verdicts


def _event_dates(sentences: Sequence[Sentence], facts: Mapping[str, Sequence[Fact]],
                 sources: Mapping[str, Source]) -> dict[str, str]:
    """Each sentence's place in time: a year it names, else the last one named before it
    in the same article, else the article's date."""
    out: dict[str, str] = {}
    last = ""
    current = ""
    for s in sentences:
        if s.source != current:
            current, last = s.source, ""
        years = sorted(f.value for f in facts.get(s.id, ()) if f.kind == "year")
        if years:
            last = years[0]
        out[s.id] = last or sources[s.source].sort_date[:4]
    return out


def compose(config: ProfileConfig, sources: Sequence[Source], people: Sequence[Person],
            claims: Sequence[ClaimGroup], cue_of: Mapping[str, str], sentences: Sequence[Sentence],
            facts: Mapping[str, Sequence[Fact]], conflicts: Sequence[Conflict],
            origin: Mapping[str, str], set_aside: Mapping[str, str], relations: Sequence[Relation],
            couple: frozenset[str], quotes: Sequence[QuoteGroup] = (),
            others: Collection[tuple[str, str, str]] = (), found_retracted: Mapping[str, str] | None = None,
            quoted_by: Mapping[str, str] | None = None) -> Profile:
    """Arrange the claims into sections, timeline and fact records; account for every sentence.
    `couple`: the profile's couple (claims.main_pair); `quotes`: the quotations checked across
    articles (quotes.quote_groups), whose verified ones the paragraphs quote; `others`: facts that
    are someone else's (claims.counts_of_others, marriages.earlier_marriages), never the couple's record;
    `found_retracted`: retracted.retractions' answer, when the caller has it already; `quoted_by`: sentence id ->
    the outlet whose unnamed source it relays (segment.relayed_outlets)."""
    by_source = {s.id: s for s in sources}
    # (a sentence its own article calls wrong right after it supports no record: retracted.py)
    withdrawn = retractions(sentences) if found_retracted is None else found_retracted
    gone = retracted_ids(withdrawn)
    supporting = [s for s in sentences if s.id not in gone]
    ordered = sorted({s.id: s for c in claims for s in c.sentences}.values(), key=lambda s: (s.source, s.index))
    when = _event_dates(sentences, facts, by_source)
    verdict_of = current_values(conflicts)
    disputed = disputed_sentences(conflicts, dates=True)
    weighed = claims  # the records weigh every sentence of a claim; a statement cites one month of its year
    claims = by_month(claims, facts)
    best = [c.text for c in claims]
    childlike = children_named(sentences)
    their_children = kin_of(relations, couple)[0]
    partners = new_partners(relations, couple)
    section_of = claim_sections(claims, best, sentences, cue_of, config.sections, couple, facts,
                                {s.id: written_on(s) for s in sources}, childlike, their_children,
                                _naming(sentences, partners), family_of(relations, couple), partners)
    statements: dict[str, list[tuple[tuple[str, str, int, int], Statement]]] = {k.key: [] for k in config.sections}
    made: list[tuple[int, Statement]] = []  # each claim's statement, claim for claim

    def quoting_outlet(s: Sentence) -> str:
        """The outlet that quotes the sentence's unnamed source: the one whose unnamed source it relays ("According to
        Scoop Weekly, ...", whether or not an article of that outlet dated before it is in the corpus: `quoted_by`), else
        that of the article its own is a syndicated copy of, else its own article's: never an outlet a sentence
        unnamed for another reason names ("According to Page Nine, they wed in 2010, and a family member told us that
        they have separated": the family member is not Page Nine's)."""
        if quoted_by and (named := quoted_by.get(s.id)):
            return named
        copied = by_source.get(origin.get(s.source, s.source))
        return (copied if copied is not None and copied.outlet else by_source[s.source]).outlet

    def cited(claim: ClaimGroup, group: Sequence[Sentence]) -> dict[str, Any]:
        """A statement's citations (oldest article first), people and status, for the sentences
        `group` of the claim that it cites."""
        return {"citations": tuple(s.citation for s in sorted(group, key=lambda s: (by_source[s.source].sort_date,
                                                                                     s.source))),
                "people": tuple(sorted({p for s in group for p in s.people})),
                "status": (RETRACTED if own_report(claim.text) else DENIED) if claim.text.id in withdrawn else _status(
                    group, origin, _verdicts([*_claim_facts(claim, group, facts), *facts.get(claim.text.id, ())],
                                             claim.text, verdict_of, disputed))}

    for n, (claim, chosen, section) in enumerate(zip(claims, best, section_of, strict=True)):
        group_facts = _claim_facts(claim, claim.sentences, facts)
        years = sorted(f.value for f in group_facts if f.kind == "year")
        st = Statement(
            id=f"s{n + 1}", section=section, text=display_text(chosen, quoting_outlet(chosen)),
            attribution=chosen.attribution, date=years[0] if years else "", claim=chosen.id,
            facts=tuple(sorted({f"{f.slot}={f.value}" for f in group_facts})),
            key=f"{claim.key[0]}={claim.key[1]}" if claim.key else "", about=tuple(sorted(claim.about)),
            **cited(claim, claim.sentences))
        statements[section].append(((years[0] if claim.key and years else when[chosen.id], chosen.source,
                                     chosen.index, n), st))
        made.append((n, st))
    records = build_records(weighed, facts, conflicts, couple, relations, sources, [c.key for c in config.sections],
                            [p.name for p in people], origin, supporting, others, {p.name: p.gender for p in people},
                            childlike)
    records = with_relative_support(records, supporting, facts, sources, couple, weighed, relations, childlike)
    # Where they married and the weekends one of them has the children, where articles agree.
    records = figure_records(records, conflicts, couple, [c.key for c in config.sections], {s.id: s for s in supporting},
                             origin, {s.id: s.published or "" for s in sources}, {s.id: s.body for s in sources},
                             their_children, [p.name for p in people])
    # How long they had been married when they separated, filed or divorced, where articles agree.
    records = length_records(records, weighed, facts, {s.id: s for s in supporting}, couple, origin,
                             {s.id: s.sort_date for s in sources}, [c.key for c in config.sections])
    epithets = frozenset(w.lower() for p in people for e in p.epithets for w in e.split())
    aged = _ages_told(conflicts, facts)
    told = told_by_paragraph(claims, [st for _n, st in made], records, facts, epithets, aged)
    in_order = {k: [(key[-1], st) for key, st in sorted(v, key=lambda kv: kv[0])] for k, v in statements.items()}
    # The verified quotations, each in the section of the (last) statement that quotes it; a claim
    # that only quotes one of them, with who said it, is then told by the paragraph too.
    quoted_in = {c.sentence: key for key in (c.key for c in config.sections)
                 for n, st in in_order[key] if n not in told for c in st.citations}
    records += quotation_records(quotes, quoted_in, {s.id: s for s in sentences}, origin,
                                 {s.id: s.body for s in sources}, len(records) + 1)
    told |= told_by_quotation(claims, [st for _n, st in made], records, epithets)
    told |= told_by_schedule(claims, [st for _n, st in made], records, epithets)
    # What each of them is known for opens the background (ids after the others', their place first); what the
    # articles call each person by their work, their nicknames, where they were born or grew up, the children they
    # have from before and whom they were married to before close it.
    if slots.BACKGROUND in {c.key for c in config.sections}:
        records = known_for_records(supporting, couple, origin, {s.id: s.sort_date for s in sources},
                                    len(records) + 1) + records
        records += described_records(supporting, origin, {s.id: s.sort_date for s in sources}, len(records) + 1, couple)
        records += nickname_records(supporting, origin, {s.id: s.sort_date for s in sources}, len(records) + 1, couple)
        records += hometown_records(supporting, origin, {s.id: s.sort_date for s in sources}, len(records) + 1, couple)
        records += earlier_children_records(supporting, origin, {s.id: s.sort_date for s in sources}, len(records) + 1,
                                            couple, {p.name: p.gender for p in people})
        records += former_spouse_records(supporting, origin, {s.id: s.sort_date for s in sources}, len(records) + 1,
                                         couple)
        # "Ms Lee also has a son, Tom, 10, from a previous relationship.": told by the record of that child, its
        # age by the fact check's birth year (the fact-check page shows it with this sentence)
        told |= told_by_earlier_child(claims, [st for _n, st in made], records, aged, epithets)
    # A statement worded by a sentence that says more than the event the paragraph tells with
    # every article cites its own article only: the others vouch for the event, not for the rest.
    narrowed = {n: replace(made[n][1], **cited(claims[n], kept))
                for n, kept in narrowed_to_wording(claims, [st for _n, st in made], records, facts, told,
                                                   epithets).items()}
    everything = _sections(config, in_order, {})
    # A part of a statement's sentence that the paragraph tells, citing its article, is left to it.
    told_values = told_by_records(records)
    leave = {n: _apart([*told_asides(chosen, facts.get(chosen.id, ()), told_values,
                                     {(claim.key[0], claim.key[1])} if claim.key else ()),
                        *told_hometowns(chosen, records)])
             for n, (claim, chosen) in enumerate(zip(claims, best, strict=True))}
    displayed = {n: replace(st, text=display_text(best[n], quoting_outlet(best[n]), leave[n])) if leave[n]
                 else st for n, st in ((n, narrowed.get(n, st)) for v in in_order.values() for n, st in v)}
    kept = _sections(config, {k: [(n, displayed[n]) for n, _st in v] for k, v in in_order.items()}, told)
    # The timeline tells every claim's event, one the paragraph tells too: its link goes there (and
    # render words it as the paragraph does), also for a statement narrowed to its own article.
    claim_of = [n for c in config.sections for n, _st in in_order[c.key]]
    kept_ids = iter(st.id for sec in kept for st in sec.statements)
    in_paragraph = {**paragraph_anchors_of(claims, [st for _n, st in made], records, narrowed), **told}
    new_id: dict[str, str] = {}
    for n, st in zip(claim_of, (st for sec in everything for st in sec.statements), strict=True):
        shown = told[n] if n in told else next(kept_ids)  # the id the kept sections give it
        new_id[st.id] = in_paragraph.get(n, shown)
    all_facts = tuple(f for s in ordered for f in facts.get(s.id, ()))
    family = Family(couple, their_children) if len(couple) == 2 else None
    timeline = tuple(replace(e, statement=new_id.get(e.statement, e.statement))
                     for e in build_timeline(everything, all_facts, {s.id: s for s in sentences}, family))
    return Profile(
        subject=config.subject or _subject(people, couple), sources=tuple(sources), sections=kept,
        facts=all_facts, conflicts=tuple(conflicts), timeline=timeline, people=tuple(people),
        relations=tuple(relations), fates=_fates(sentences, kept, set_aside), records=records)


def _ages_told(conflicts: Sequence[Conflict], facts: Mapping[str, Sequence[Fact]]) -> frozenset[str]:
    """The sentences every age of which the fact check tells with that sentence: a birth year that all the ages the
    articles give of that person agree on (never a disagreement, nor one article's age alone)."""
    births: dict[str, list[str]] = {}  # sentence -> the verdict of each birth year that cites it
    for conflict in conflicts:
        if conflict.slot == slots.BORN:
            for sid in {c.sentence for v in conflict.values for c in v.citations}:
                births.setdefault(sid, []).append(conflict.verdict)
    return frozenset(sid for sid, verdicts in births.items()
                     if set(verdicts) == {Verdict.CONSISTENT}
                     and len(verdicts) >= sum(1 for f in facts.get(sid, ()) if f.slot == slots.AGE))


def _apart(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, one that overlaps an earlier (or longer) one dropped."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def _sections(config: ProfileConfig, in_order: Mapping[str, Sequence[tuple[int, Statement]]],
              told: Mapping[int, str]) -> tuple[Section, ...]:
    """The sections with their statements in reading order, numbered, without the claims that
    the paragraph tells (`told`: claim index -> its paragraph sentence)."""
    return _renumber(tuple(Section(c.key, c.title, tuple(st for n, st in in_order[c.key] if n not in told))
                           for c in config.sections))


def _fates(sentences: Sequence[Sentence], sections: Sequence[Section], set_aside: Mapping[str, str]
           ) -> tuple[Fate, ...]:
    """Every sentence: the statements that cite it, or why it was set aside (the paragraphs'
    sentences that quote it are added by summarised.quoted_by_paragraphs)."""
    cited: dict[str, list[str]] = {}
    for sec in sections:
        for st in sec.statements:
            for c in st.citations:
                cited.setdefault(c.sentence, []).append(st.id)
    return tuple(Fate(s.id, s.source, tuple(cited.get(s.id, ())), "" if s.id in cited else set_aside.get(s.id, ""))
                 for s in sentences)


def _renumber(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Statement ids in reading order, so they are stable and readable."""
    n = 0
    out = []
    for sec in sections:
        sts = []
        for st in sec.statements:
            n += 1
            sts.append(replace(st, id=f"s{n}"))
        out.append(replace(sec, statements=tuple(sts)))
    return tuple(out)


def _subject(people: Sequence[Person], couple: frozenset[str] = frozenset()) -> str:
    """Without a configured subject: the most-mentioned person, and the next if close (named half
    as often at least); or, where the most-mentioned is one of the profile's couple, the couple,
    if the other is named a third as often at least (a title that does not turn on one mention)."""
    if not people:
        return "Profile"
    top = people[0]
    mentions = {p.name: p.mentions for p in people}
    partner = next(iter(couple - {top.name}), "") if top.name in couple else ""
    if partner and mentions.get(partner, 0) * 3 >= top.mentions:
        return f"{top.name} and {partner}"
    if len(people) > 1 and people[1].mentions * 2 >= top.mentions:
        return f"{top.name} and {people[1].name}"
    return top.name
