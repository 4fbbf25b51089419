"""Stage 8, render: the Profile becomes Markdown pages (through Jinja templates) and
profile.json, each written atomically and only when its content changed."""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, replace
from functools import lru_cache, partial
from json.encoder import encode_basestring as _encode_str  # C, for ensure_ascii=False
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup

from . import infobox, jsonld, paging, people_page, records, slots, svg
from .copies import exact_copy
from .described import SLOT as DESCRIBED_SLOT
from .escape import md_escape, safe_url
from .exports import timelinejs
from .ingest.dates import describe
from .lang.en import REASON_RUN_IN
from .model import (
    ANONYMOUS,
    CORROBORATED,
    DENIED,
    DISPUTED,
    RETRACTED,
    SINGLE,
    SUPERSEDED,
    UNNAMED,
    Citation,
    Fate,
    Profile,
    Record,
    Section,
    Source,
    Statement,
    Status,
    TimelineEvent,
    Verdict,
    Warning,
)
from .paging import Layout, Page
from .parallel import run_all
from .resources import ASSETS as ASSET_DIR
from .resources import TEMPLATES
from .writer import remove_generated, write_files

PAGES = ("index.md", "sources.md", "fact-check.md", "timeline.md", "people.md")
# The names of the pages a large profile is split into (generator/paging.py); a generated page
# of such a name that a build no longer makes is removed.
SPLIT_PAGE = re.compile(r"(?:profile-[a-z0-9-]+|sources-\d+|timeline-\d+|fact-check-(?:unnamed|single)(?:-\d+)?)\.md")
# Material's offline search needs a Worker shim from file://; this vendored copy (iframe-worker
# 1.0.4, MIT) is written into docs/ so that no page loads it from a CDN.
ASSETS = {"assets/javascripts/iframe-worker-shim.js": ASSET_DIR / "iframe-worker-shim.js"}
STATUS_NAMES = {CORROBORATED: "Corroborated", SINGLE: "Single source", ANONYMOUS: "Unnamed source",
                DISPUTED: "Disputed", SUPERSEDED: "Superseded", RETRACTED: "Retracted", DENIED: "Denied"}
STATUS_HELP = {
    CORROBORATED: "Stated by two or more independent articles",
    SINGLE: "Stated by one article only",
    ANONYMOUS: "Rests on a source the article does not name",
    DISPUTED: "The articles disagree about a fact in this statement",
    SUPERSEDED: "A later article gives a newer value",
    RETRACTED: "The article that states it says, in its next sentence, that it was wrong",
    DENIED: "The next sentence of the article that reports it says it is not true",
}
VERDICT_NAMES = {Verdict.AGREEMENT: "the articles agree", Verdict.SUPERSEDED: "superseded",
                 Verdict.CONSISTENT: "consistent once normalised", Verdict.DISAGREEMENT: "the articles disagree",
                 Verdict.SINGLE: "from one article"}
VERDICT_SECTIONS = ((Verdict.DISAGREEMENT, "Disagreements"), (Verdict.SUPERSEDED, "Values that changed over time"),
                    (Verdict.CONSISTENT, "Consistent once normalised"), (Verdict.AGREEMENT, "Agreements"))


def shown_name(name: str) -> str:
    """A person's name as the pages write it: someone the corpus does not know is held inside as a
    placeholder of their words in lower case ("?bob ray", "?bob ray +": similar.py), written as a name
    ("Bob Ray"), never as the placeholder."""
    if not name.startswith("?"):
        return name
    return " ".join(w[:1].upper() + w[1:] for w in name[1:].removesuffix(" +").split())


def slot_label(slot: str) -> str:
    """"divorce-final" -> "Divorce final" (the registry's label)."""
    return slots.label(slot)


def environment(templates: Path = TEMPLATES, plain: bool = False) -> Environment:
    """Jinja environment whose every {{ }} output passes through md_escape; autoescape
    is on only so that macro output (the generator's own Markdown) is kept as Markup.
    `plain`: no escaping, for text that goes into profile.json. One per folder and kind for the
    process (`_environment`): a template is compiled once, and again only when its file changes."""
    return _environment(str(templates), plain)


@lru_cache(maxsize=8)
def _environment(templates: str, plain: bool) -> Environment:
    env = Environment(loader=FileSystemLoader(templates), autoescape=not plain,
                      finalize=None if plain else md_escape, undefined=StrictUndefined,
                      keep_trailing_newline=True, trim_blocks=False, lstrip_blocks=False)
    env.filters["capitalize_first"] = lambda text: text[:1].upper() + text[1:]
    env.filters["shown_name"] = shown_name
    env.globals.update(figure=records.figure, who=records.who, sentences_of=records.paragraph_sentences)
    return env


class _Bytecode(FileSystemBytecodeCache):
    """Compiled templates kept on disk from build to build (Jinja checks each against its
    template's source); one that cannot be read or written costs a compile, never the build."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a truncated or foreign file is a miss
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _use_bytecode(templates: Path, folder: Path | None) -> None:
    """Keep the compiled templates of both environments in `folder` (one subfolder per kind: the
    two compile one template differently), or nowhere."""
    for plain in (False, True):
        cache = None
        if folder is not None:
            where = folder / ("plain" if plain else "markdown")
            try:
                where.mkdir(parents=True, exist_ok=True)
                cache = _Bytecode(str(where))
            except OSError:
                cache = None
        environment(templates, plain).bytecode_cache = cache


def date_label(s: Source) -> str:
    if s.published:
        return describe(s.published)
    if s.published_inferred:
        return f"undated (not before {describe(s.published_inferred)})"
    return "undated"


def title(s: Source) -> str:
    if s.title:
        return s.title
    words = s.body.split()
    return "Untitled: “" + " ".join(words[:10]) + ("…”" if len(words) > 10 else "”")


def _context(profile: Profile, warnings: Sequence[Warning], sentence_spans: dict[str, Citation],
             page_budget: int = paging.PAGE_BUDGET) -> dict[str, Any]:
    by_id = {s.id: s for s in profile.sources}
    statements = [st for sec in profile.sections for st in sec.statements]
    contributed: dict[str, list[Statement]] = defaultdict(list)
    for st in statements:
        for c in st.citations:
            contributed[c.source].append(st)
    counts = Counter(st.status for st in statements)
    statement_of = {c.sentence: st.id for st in statements for c in st.citations}
    summarised: dict[str, list[str]] = defaultdict(list)  # source -> the paragraph sentences that quote it
    for f in profile.fates:
        if f.written:
            statement_of.setdefault(f.sentence, f.written[0])
            summarised[f.source].extend(a for a in f.written if a not in summarised[f.source])
    shown = [c for c in profile.conflicts if c.verdict != Verdict.SINGLE]

    def quote(c: Citation) -> str:
        return by_id[c.source].body[c.start:c.end]

    layout = paging.layout(profile, lambda st: sum(len(quote(c)) for c in st.citations),
                           lambda s: len(contributed[s.id]), page_budget)

    def more(cites: Sequence[Citation]) -> Markup:
        """After the quotes a summary shows (paging.shown), how many articles are left out and
        the statements of the profile that quote them (a few of them, when there are many)."""
        rest = cites[paging.SUMMARY_QUOTES:]
        if not rest:
            return Markup("")
        n = len({c.source for c in rest})
        where = list(dict.fromkeys(statement_of[c.sentence] for c in rest if c.sentence in statement_of))
        links = ", ".join(f"[{sid}]({layout.statement_href(sid)})" for sid in where[:paging.SUMMARY_QUOTES])
        also = f" and {len(where) - paging.SUMMARY_QUOTES} more" if len(where) > paging.SUMMARY_QUOTES else ""
        quoted = f": quoted under statement{'s' if len(where) != 1 else ''} {links}{also}" if where else ""
        return Markup(f" (and {len(rest)} more quote{'s' if len(rest) != 1 else ''} from {n} "
                      f"article{'s' if n != 1 else ''}{quoted})")

    def also_from(cites: Sequence[Citation]) -> Markup:
        """After a statement's footnotes (paging.footnoted), the articles left out of them, each
        linked to its entry on the sources page."""
        rest = list(dict.fromkeys(c.source for c in cites[paging.STATEMENT_QUOTES:]))
        if not rest:
            return Markup("")
        links = ", ".join(f"[{md_escape(title(by_id[s]))}]({layout.source_href(s)})" for s in rest)
        return Markup(f" (the same in {len(rest)} more article{'s' if len(rest) != 1 else ''}: {links})")

    def cite_line(c: Citation) -> Markup:
        s = by_id[c.source]
        outlet = f", {md_escape(s.outlet)}" if s.outlet else ""
        original = by_id.get(s.duplicate_of or "") if exact_copy(s, by_id) else None
        # a word-for-word copy says so where it is cited: two footnotes of one story are not two sources (a copy that
        # cuts or adds a sentence is cited by its own words, which its original may lack: its label says "copy")
        copy = (f" A copy of *{md_escape(title(original))}*{', ' + md_escape(original.outlet) if original.outlet else ''}"
                f", not a second source." if original is not None else "")
        return Markup(f"*{md_escape(title(s))}*{outlet}, {md_escape(date_label(s))}.{copy}")

    def status_label(st: Statement | dict[str, Any]) -> str:
        status, cites = (st["status"], st["citations"]) if isinstance(st, dict) else (st.status, st.citations)
        cited = {c.source for c in cites}
        n = len({by_id[c].duplicate_of or c for c in cited})  # a syndicated copy is no source of its own
        copies = len(cited) - n
        also = f" and {copies} cop{'ies' if copies != 1 else 'y'}" if copies else ""
        said = st.get("attribution", "") if isinstance(st, dict) else getattr(st, "attribution", "")
        # a disputed statement that rests on an unnamed source still says so: the dispute outranks the label
        unnamed = " · an unnamed source" if status == DISPUTED and said == UNNAMED else ""
        if status == ANONYMOUS:  # articles, not sources: one may relay another's, or have a source of its own
            return f"{STATUS_NAMES[status]} · {n} article{'s' if n != 1 else ''}{also}"
        return f"{STATUS_NAMES[status]} · {n} source{'s' if n != 1 else ''}{also}{unnamed}"

    n_sources = len([s for s in profile.sources if not s.duplicate_of])
    dates = sorted(s.published for s in profile.sources if s.published)
    span = (f", dated {describe(dates[0])}" + (f" to {describe(dates[-1])}" if dates[-1] != dates[0] else "")
            if dates else "")
    undated = len([s for s in profile.sources if not s.published and not s.duplicate_of])
    span += f" ({undated} undated)" if undated and dates else ""
    return {
        "profile": profile, "by_id": by_id, "all_statements": statements,
        "contributed": contributed, "summarised": summarised, "warnings": warnings,
        "copies": {s.id: s.duplicate_of for s in profile.sources if s.duplicate_of},
        "status_counts": [(k, counts[k]) for k in STATUS_NAMES if counts[k]],
        "status_names": STATUS_NAMES, "status_help": STATUS_HELP,
        "retracted": any(st.status == RETRACTED for st in statements),
        "denied": any(st.status == DENIED for st in statements),
        "unnamed": [st for st in statements if st.status == ANONYMOUS],
        "single": [st for st in statements if st.status == SINGLE],
        "quote": quote, "layout": layout, "shown": paging.shown, "more": more,
        "footnoted": paging.footnoted, "also_from": also_from,
        "statement_link": lambda sid: Markup(layout.statement_href(sid)),
        "source_link": lambda sid: Markup(layout.source_href(sid)),
        "cite_line": cite_line, "status_label": status_label, "title": title,
        "date_label": date_label, "anchor": paging.source_anchor, "safe_url": safe_url,
        "slot_label": slot_label,
        "key_facts": infobox.key_facts(profile),
        **_timeline_and_people(profile, sentence_spans, layout),
        "statement_of": statement_of,
        "records_of": lambda section: [r for r in profile.records if r.section == section],
        "set_aside": _set_aside(profile, sentence_spans),
        "verdict_sections": [(title, [c for c in shown if c.verdict == verdict]) for verdict, title in VERDICT_SECTIONS],
        "verdict_counts": Counter(c.verdict for c in shown),
        "lede": _lede(profile, n_sources, span),
    }


def _lede(profile: Profile, n_sources: int, span: str) -> str:
    """Who the profile is about, how many articles it reads, and the years their events span."""
    years = sorted(e.date[:4] for e in profile.timeline if e.date[:4].isdigit())
    events = f", from {years[0]} to {years[-1]}" if years and years[0] != years[-1] else ""
    return (f"What {n_sources} news article{'s' if n_sources != 1 else ''}{span} report about "
            f"{profile.subject}{events}. A section opens with a summary written from the fact check's "
            f"records where it has any; the statements after it are the articles' claims that the summary does not "
            f"already tell in full, each in the words of one of the articles that make it, with a footnote quoting every "
            f"article that makes it.")


def _set_aside(profile: Profile, sentence_spans: dict[str, Citation]) -> dict[str, list[tuple[Citation, str]]]:
    """Per source, each sentence no statement cites, with the reason it was set aside."""
    out: dict[str, list[tuple[Citation, str]]] = defaultdict(list)
    for f in profile.fates:
        if not f.statements and not f.written:
            out[f.source].append((_with_what_it_opens(sentence_spans, f), f.reason))
    return out


def _with_what_it_opens(sentence_spans: dict[str, Citation], f: Fate) -> Citation:
    """The sentence's span; a heading run into its paragraph's, with the sentence it opens (REASON_RUN_IN):
    "The filing. The petition was filed February 23, 2021, in Miami-Dade County." """
    own = sentence_spans[f.sentence]
    if f.reason != REASON_RUN_IN:
        return own
    source, _, index = f.sentence.rpartition(":")
    opened = sentence_spans.get(f"{source}:{int(index) + 1}")
    return replace(own, end=opened.end) if opened is not None else own


def _timeline_and_people(profile: Profile, sentence_spans: dict[str, Citation], layout: Layout) -> dict[str, Any]:
    """What the timeline and people pages show, and their pictures and JSON-LD."""
    event_page = {n: page.name.removesuffix(".md") + ".html"  # the built page: the picture is HTML, not Markdown
                  for page in layout.timeline for n in range(page.start, page.start + len(page.items))}
    by_id = {s.id: s for s in profile.sources}
    born = people_page.birth_years(profile)

    reviews = jsonld.claim_reviews_ld(profile.conflicts, by_id, slot_label, "fact-check.html",
                                      f"Fact-checked profile: {profile.subject}")
    return {
        "timeline_svg": svg.timeline_svg(profile.timeline, page_of=lambda n: event_page.get(n, "")),
        "people_svg": svg.people_svg(profile.people, profile.relations),
        "event_label": svg.event_label, "describe": describe,
        "relations_of": lambda name: [r for r in profile.relations if name in (r.person, r.other)],
        "described_of": lambda name: [r for r in profile.records if r.slot == DESCRIBED_SLOT and r.about == (name,)],
        "relation_phrase": people_page.relation_phrase, "relation_years": svg.relation_years,
        "born": born, "verdict_names": VERDICT_NAMES,
        "people_ld": jsonld.script_block(jsonld.people_ld(
            profile.people, profile.relations, {n: str(a) for n, (a, b) in born.items() if a == b})),
        "claimreview_ld": jsonld.script_block(reviews) if reviews else Markup(""),
        "born_conflicts": lambda name: [c for c in profile.conflicts if c.slot == slots.BORN and name in c.subject],
    }


def worded_by_records(profile: Profile, texts: Mapping[str, str],
                      written: Sequence[tuple[tuple[Record, ...], str]]) -> Profile:
    """The profile, each timeline event that a section's paragraph tells (compose links it to the
    paragraph's sentence) worded as the fact check's record of that event words it (`texts`:
    record_texts), not by the one article's sentence that worded its claim and may say more than
    the event ("... was married to his daughter's mother from 1993 to 2002, and one of his biggest
    regrets is ...", labelled with the five articles that give the wedding). The record is the one
    of that paragraph sentence (`written`) of the event's kind and year; none, or two: as it was."""
    of_anchor = {rs[0].id: rs for rs, _text in written}

    def record_of(e: TimelineEvent) -> str:
        kind = slots.MARRIED if e.kind == slots.REMARRIAGE else e.kind
        found = [r.id for r in of_anchor.get(e.statement, ())
                 if r.slot == kind and any(v.value == e.date[:4] for v in r.values)]
        return found[0] if len(found) == 1 else ""

    return replace(profile, timeline=tuple(replace(e, text=texts[r]) if (r := record_of(e)) in texts else e
                                           for e in profile.timeline))


def record_texts(profile: Profile, templates: Path = TEMPLATES) -> dict[str, str]:
    """Each record's sentence as the summary template words it, plain, naming its people."""
    sentence = environment(templates, plain=True).get_template("_summary.j2").module.sentence  # type: ignore[attr-defined]
    return {r.id: str(sentence(r, True, False)) for r in profile.records}


def written_sentences(profile: Profile, templates: Path = TEMPLATES) -> list[tuple[tuple[Record, ...], str]]:
    """The sentences of the sections' paragraphs as the page reads them (after a sentence about
    the same people: "They ..."), each with the records it tells, in the order of the pages."""
    told = environment(templates, plain=True).get_template("_summary.j2").module.told  # type: ignore[attr-defined]
    out = []
    for sec in profile.sections:
        before: tuple[str, ...] | None = None
        for rs in records.paragraph_sentences([r for r in profile.records if r.section == sec.key]):
            out.append((rs, str(told(rs, rs[0].about != before, False))))
            before = rs[0].about
    return out


def profile_json(profile: Profile, texts: dict[str, str] | None = None,
                 written: Sequence[tuple[tuple[Record, ...], str]] = ()) -> str:
    """The output contract: sorted keys, no timestamps, quotes sliced from the sources;
    `texts`: each record's sentence naming its people (record_texts); `written`: the
    paragraphs' sentences as the page reads them, with their records (written_sentences)."""
    by_id = {s.id: s for s in profile.sources}

    def cites(cs: Sequence[Citation]) -> list[dict[str, Any]]:
        return [{"source": c.source, "quote": by_id[c.source].body[c.start:c.end],
                 "start": c.start, "end": c.end} for c in cs]

    # Each part, and each item of a list, is made, encoded and let go in turn (_dumps_parts).
    data: dict[str, Callable[[], Any]] = {
        "subject": lambda: profile.subject,
        "sources": lambda: ({"id": s.id, "path": s.path, "title": s.title, "outlet": s.outlet, "url": s.url,
                     "author": s.author, "published": s.published,
                     "published_inferred": s.published_inferred, "date_note": s.date_note,
                     "sha256": s.sha256, "duplicate_of": s.duplicate_of, "left_out": list(s.left_out)}
                    for s in profile.sources),
        "statements": lambda: (item for sec in profile.sections for item in (
            [_written(rs, text, cites) for rs, text in written if rs[0].section == sec.key]
            + [{"id": st.id, "section": st.section, "text": st.text, "status": st.status,
                "attribution": st.attribution, "date": st.date, "sources": cites(st.citations),
                "claim": {"sentence": st.claim, "key": st.key, "facts": list(st.facts),
                          "people": list(st.people)}}
               for st in sec.statements])),
        "sentences": lambda: ({"id": f.sentence, "source": f.source,
                       "statements": [*f.written, *f.statements], "set_aside": f.reason}
                      for f in profile.fates),
        "facts": lambda: ({"id": f"f{i + 1}", "kind": f.kind, "slot": f.slot, "value": f.value, "as_of": f.as_of,
                   "subject": [shown_name(n) for n in f.subject],
                   "sources": cites([Citation(f.span.source, f.span.start, f.span.end, f.sentence)])}
                  for i, f in enumerate(profile.facts)),
        "conflicts": lambda: ({"id": c.id, "slot": c.slot, "subject": [shown_name(n) for n in c.subject],
                               "verdict": c.verdict,
                       "explanation": c.explanation,
                       "values": [{"value": v.value, "as_of": v.as_of, "sources": cites(v.citations)}
                                  for v in c.values]} for c in profile.conflicts),
        "quotes": lambda: ({"id": q.id, "speaker": q.speaker, "verdict": q.verdict, "explanation": q.explanation,
                    "variants": [dict(c, venue=v) for c, v in zip(cites(q.citations), q.venues, strict=True)]}
                   for q in profile.quotes),
        "timeline": lambda: ({"date": e.date, "text": e.text, "precision": e.precision, "kind": e.kind, "status": e.status,
                      "statement": e.statement, "sources": cites(e.citations)} for e in profile.timeline),
        "relations": lambda: ({"kind": r.kind, "person": r.person, "other": r.other, "start": r.start, "end": r.end,
                       "sources": cites(r.citations)} for r in profile.relations),
        "people": lambda: ({"name": p.name, "aliases": list(p.aliases), "epithets": list(p.epithets),
                    "gender": p.gender, "mentions": p.mentions,
                    "facts": [f"f{i + 1}" for i, f in enumerate(profile.facts) if p.name in f.subject]}
                   for p in profile.people),
        "warnings": lambda: (asdict(w) for w in profile.warnings),
        "summary": lambda: ({"id": r.id, "section": r.section, "slot": r.slot, "about": list(r.about), "verdict": r.verdict,
                     "text": (texts or {}).get(r.id, ""), "undated": cites(r.undated),
                     "values": [{"value": v.value, "as_of": v.as_of, "sources": cites(v.citations)}
                                for v in r.values]} for r in profile.records),
    }
    return _dumps_parts(data, "\n")


_FLOAT_SPECIAL = {float("inf"): "Infinity", float("-inf"): "-Infinity"}


def dumps_indented(value: Any) -> str:
    """`json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1)`, the same bytes, in two thirds
    of the time and a fraction of the memory: with `indent`, the standard library encodes in pure
    Python and joins one string per token (11 million at 5,000 articles); this joins each container
    from its items' strings, the strings escaped by the C encoder. Anything else than str keys, str,
    int, float, bool, None, list, tuple and dict goes to json.dumps."""
    try:
        return _indented(value, "")
    except TypeError:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1)


def _dumps_parts(parts: dict[str, Callable[[], Any]], end: str = "") -> str:
    """dumps_indented({key: make() for key, make in parts.items()}) + end, each value made only when
    its turn comes; a value made as an iterator (a generator) is a list whose items are made, encoded
    and dropped one by one: what is held is the encoded items, then their join."""
    try:
        out = ["{"]
        for n, (key, make) in enumerate(sorted(parts.items())):
            out.append(("\n " if n == 0 else ",\n ") + _encode_str(key) + ": ")
            value = make()
            if isinstance(value, Iterator):
                first = True
                for item in value:
                    out.append(("[\n  " if first else ",\n  ") + _indented(item, "  "))
                    first = False
                out.append("[]" if first else "\n ]")
            else:
                out.append(_indented(value, " "))
        out.append(("\n}" if parts else "}") + end)
        return "".join(out)
    except TypeError:
        made = {key: make() for key, make in parts.items()}
        return dumps_indented({key: list(v) if isinstance(v, Iterator) else v for key, v in made.items()}) + end


def _indented(o: Any, pad: str) -> str:
    t = type(o)
    if t is str:
        return _encode_str(o)
    if t is dict:
        if not o:
            return "{}"
        inner = pad + " "
        return "{\n" + inner + (",\n" + inner).join([
            _encode_str(k) + ": " + (_encode_str(v) if (tv := type(v)) is str else int.__repr__(v) if tv is int
                                     else "null" if v is None else _indented(v, inner))
            for k, v in sorted(o.items())]) + "\n" + pad + "}"
    if t is list or t is tuple:
        if not o:
            return "[]"
        inner = pad + " "
        return "[\n" + inner + (",\n" + inner).join([
            _encode_str(v) if (tv := type(v)) is str else int.__repr__(v) if tv is int else _indented(v, inner)
            for v in o]) + "\n" + pad + "]"
    if t is int:
        return int.__repr__(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, str):
        return _encode_str(o)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return "NaN" if math.isnan(o) else _FLOAT_SPECIAL.get(o) or float.__repr__(o)
    raise TypeError(f"{t.__name__} is left to json.dumps")


RECORD_STATUS = {Verdict.AGREEMENT: Status.CORROBORATED, Verdict.SINGLE: Status.SINGLE,
                 Verdict.DISAGREEMENT: Status.DISPUTED, Verdict.SUPERSEDED: Status.SUPERSEDED}


def _written(rs: tuple[Record, ...], text: str, cites: Callable[[Sequence[Citation]], list[dict[str, Any]]]
             ) -> dict[str, Any]:
    """A sentence of a section's opening paragraph as a statement of profile.json: the
    generator's words ("written": true), telling one record or several events of one date,
    citing every article that gives each value and every one that tells the event without a date (`undated`); its id is its first record's."""
    citations = tuple({(c.source, c.start): c for r in rs for c in r.citations}.values())
    statuses = {RECORD_STATUS.get(Verdict(r.verdict), Status.SINGLE) for r in rs}
    status = next((s for s in (Status.DISPUTED, Status.SUPERSEDED, Status.SINGLE) if s in statuses), Status.CORROBORATED)
    return {"id": rs[0].id, "section": rs[0].section, "text": text, "status": status,
            "attribution": "written", "date": "", "written": True, "sources": cites(citations),
            "claim": {"record": rs[0].id, "records": [r.id for r in rs], "slot": rs[0].slot,
                      "facts": [f"{r.slot}={v.value}" for r in rs for v in r.values], "people": list(rs[0].about)}}


def render(profile: Profile, docs_dir: Path, sentence_spans: dict[str, Citation],
           templates: Path = TEMPLATES, page_budget: int = paging.PAGE_BUDGET,
           bytecode: Path | None = None) -> list[Path]:
    """Write the generated pages and profile.json, all or none; remove the split pages a
    previous, larger build left; return the paths that changed or went. `bytecode`: a folder
    where the compiled templates are kept for the next build (the build's cache)."""
    _use_bytecode(templates, bytecode)
    env = environment(templates)
    texts = record_texts(profile, templates)
    written = written_sentences(profile, templates)
    profile = worded_by_records(profile, texts, written)
    context = _context(profile, profile.warnings, sentence_spans, page_budget)
    pages: list[Output] = [(page, partial(env.get_template(f"{page}.j2").render, context)) for page in PAGES]
    pages += _split_pages(env, context)
    # profile.json first: the largest part, begun while the pages are shared out
    made = _written_out([("profile.json", partial(profile_json, profile, texts, written)), *pages])
    outputs = {name: made[name] for name, _make in pages}
    outputs["profile.json"] = made["profile.json"]
    outputs["timeline.json"] = timelinejs(profile.subject, profile.timeline, {s.id: s for s in profile.sources})
    outputs.update((name, path.read_text(encoding="utf-8")) for name, path in ASSETS.items())
    changed = write_files({docs_dir / name: content for name, content in outputs.items()})
    stale = [p for p in sorted(docs_dir.glob("*.md")) if SPLIT_PAGE.fullmatch(p.name) and p.name not in outputs]
    return changed + remove_generated(stale)


# From this many outputs (a profile of a few hundred articles or more: split pages), the pages and
# profile.json are made on several cores (generator/parallel.py): each reads the context and the profile
# only, so each comes out alike in any process.
OUTPUTS_IN_PARALLEL = 16
Output = tuple[str, Callable[[], str]]  # a file's name, and what makes its content


def _written_out(outputs: Sequence[Output]) -> dict[str, str]:
    """Each output's content, by its name. The templates are loaded before (compiled, or read from
    the bytecode cache, by this process alone)."""
    return dict(zip((name for name, _make in outputs), run_all([make for _name, make in outputs], OUTPUTS_IN_PARALLEL),
                    strict=True))


def _split_pages(env: Environment, context: dict[str, Any]) -> list[Output]:
    """The pages a large profile gets beyond the usual five (none for a small one)."""
    layout: Layout = context["layout"]
    out: list[Output] = []
    profile_pages = [(sp.section, p) for sp in layout.sections for p in sp.pages]
    for i, (section, page) in enumerate(profile_pages):
        out.append((page.name, partial(env.get_template("profile-page.md.j2").render, context, section=section,
                                       page=page, previous=_neighbour(profile_pages, i - 1),
                                       next=_neighbour(profile_pages, i + 1))))
    out += [(page.name, partial(env.get_template("sources-page.md.j2").render, context, page=page))
            for page in layout.sources]
    for kind, pages in (("unnamed", layout.unnamed), ("single", layout.single)):
        out += [(page.name, partial(env.get_template("fact-check-list.md.j2").render, context, page=page, kind=kind))
                for page in pages]
    out += [(page.name, partial(env.get_template("timeline-page.md.j2").render, context, page=page))
            for page in layout.timeline]
    return out


def _neighbour(pages: list[tuple[Section, Page]], i: int) -> tuple[str, str] | None:
    """(page file, label) of the i-th profile page, or None past either end."""
    if not 0 <= i < len(pages):
        return None
    section, page = pages[i]
    return page.name, section.title + (f" ({page.number} of {page.of})" if page.of > 1 else "")
