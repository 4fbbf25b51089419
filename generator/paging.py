"""Which page each statement, source and list goes on, so that no generated page grows past
about a megabyte of HTML however many articles there are.

Pages are cut by an estimate of their HTML worked out from counts and text lengths (never by
measuring output), so the same profile always gives the same pages. A profile, a list of
sources or a fact-check list that fits in one page stays on its usual page; a larger one gets
pages of its own (`profile-<section>.md`, `profile-<section>-2.md`, `sources-2.md`, ...), and
the usual page keeps a table of contents. Every link to a statement or a source goes through
`Layout.statement_href` or `Layout.source_href`, so an anchor is always looked for on the page
that holds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from .escape import slug
from .model import ANONYMOUS, SINGLE, Profile, Section, Source, Statement, TimelineEvent

T = TypeVar("T")

# A list is cut into pages of at most PAGE_BUDGET estimated bytes of HTML, well below
# HTML_LIMIT, what a page may weigh with the theme's own furniture (about 20 KB) on top:
# tests/test_paging.py checks real pages against a scaled-down budget.
PAGE_BUDGET = 600_000
HTML_LIMIT = 1_000_000
# What one item costs in HTML, from the benchmark corpus's pages (bench/corpus.py): a statement
# with its status label, one footnote with its source line (plus the quote's length), one
# source's description, one link to a statement, one line of a fact-check list. With these, the
# pages cut at 1,000 articles came out at 0.41 to 0.55 MB of HTML each.
STATEMENT_BYTES = 450
FOOTNOTE_BYTES = 650
SOURCE_BYTES = 1_400
LINK_BYTES = 80
LIST_LINE_BYTES = 200
EVENT_BYTES = 450  # a timeline event: its date, kind, status label and link to its statement
# A summary (a key fact, a timeline event, a relation, a value on the fact check) quotes at most
# this many of the articles that state it; the profile's statement quotes them all up to
# STATEMENT_QUOTES (a wire story copied by thousands of sites), and links to the rest.
SUMMARY_QUOTES = 10
STATEMENT_QUOTES = 1_000


@dataclass(frozen=True, slots=True)
class Page:
    """One generated page: its file in docs/, its place in a run of pages (1-based) and what it shows."""

    name: str
    number: int
    of: int
    start: int  # 1-based position of the first item in the whole list
    items: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class SectionPages:
    section: Section
    pages: tuple[Page, ...]  # empty for a section without statements or an opening paragraph


@dataclass(frozen=True, slots=True)
class Layout:
    """Where everything goes. Empty tuples mean "on the usual single page"."""

    sections: tuple[SectionPages, ...] = ()
    sources: tuple[Page, ...] = ()
    unnamed: tuple[Page, ...] = ()
    single: tuple[Page, ...] = ()
    timeline: tuple[Page, ...] = ()
    statement_page: dict[str, str] = field(default_factory=dict)
    source_page: dict[str, str] = field(default_factory=dict)

    def statement_href(self, statement_id: str) -> str:
        """The link to a statement's anchor, on whichever page holds it."""
        return f"{self.statement_page.get(statement_id, 'index.md')}#{statement_id}"

    def source_href(self, source_id: str) -> str:
        """The link to a source's description, on whichever page holds it."""
        return f"{self.source_page.get(source_id, 'sources.md')}#{source_anchor(source_id)}"

    def extra_pages(self) -> list[Page]:
        """Every page beyond the usual five, in a fixed order."""
        return [p for sp in self.sections for p in sp.pages] + [*self.sources, *self.unnamed, *self.single,
                                                                 *self.timeline]


def shown(cites: Sequence[T]) -> Sequence[T]:
    """The citations a summary quotes: the first SUMMARY_QUOTES."""
    return cites[:SUMMARY_QUOTES]


def footnoted(cites: Sequence[T]) -> Sequence[T]:
    """The citations a statement quotes in footnotes: the first STATEMENT_QUOTES."""
    return cites[:STATEMENT_QUOTES]


@lru_cache(maxsize=16384)  # asked for once per footnote: 20,000 times at 1,000 articles
def source_anchor(source_id: str) -> str:
    return f"src-{slug(source_id)}"


def chunk(items: Sequence[T], cost: Callable[[T], int], budget: int) -> list[tuple[T, ...]]:
    """Consecutive runs of `items` whose summed cost stays within `budget` (an item that is
    alone over budget gets a page to itself)."""
    runs: list[list[T]] = []
    total = 0
    for item in items:
        c = cost(item)
        if not runs or (total + c > budget and runs[-1]):
            runs.append([])
            total = 0
        runs[-1].append(item)
        total += c
    return [tuple(r) for r in runs]


def _pages(stem: str, runs: Sequence[tuple[T, ...]], first_suffix: str = "") -> tuple[Page, ...]:
    """`stem.md`, `stem-2.md`, ... (or `stem{first_suffix}.md` first)."""
    starts = [1]
    for run in runs:
        starts.append(starts[-1] + len(run))
    return tuple(Page(f"{stem}{first_suffix if i == 0 else f'-{i + 1}'}.md", i + 1, len(runs), starts[i], tuple(run))
                 for i, run in enumerate(runs))


def _unique_stems(sections: Iterable[Section]) -> list[str]:
    """`profile-<key>` for each section; keys that slug alike are numbered apart."""
    stems: list[str] = []
    for sec in sections:
        base = f"profile-{slug(sec.key)}"
        stem, n = base, 1
        while any(_clash(stem, other) for other in stems):
            n += 1
            stem = f"{base}-s{n}"
        stems.append(stem)
    return stems


def _clash(a: str, b: str) -> bool:
    """Whether pages of stems `a` and `b` could share a name (`x-2` is page 2 of `x`)."""
    return a == b or bool(re.fullmatch(rf"{re.escape(a)}-\d+", b) or re.fullmatch(rf"{re.escape(b)}-\d+", a))


def layout(profile: Profile, quote_length: Callable[[Statement], int],
           contributed: Callable[[Source], int], budget: int = PAGE_BUDGET) -> Layout:
    """Cut the profile, the sources, the fact-check's long lists and the timeline's events into pages of about
    `budget` estimated bytes. `quote_length(st)` is the summed length of a statement's quotes;
    `contributed(s)` the number of statements a source contributed."""

    def statement_cost(st: Statement) -> int:
        quoted = min(len(st.citations), STATEMENT_QUOTES)
        return (STATEMENT_BYTES + len(st.text) + FOOTNOTE_BYTES * quoted + LINK_BYTES * (len(st.citations) - quoted)
                + quote_length(st))

    def source_cost(s: Source) -> int:
        return SOURCE_BYTES + len(s.title or s.body[:80]) + LINK_BYTES * contributed(s)

    def line_cost(st: Statement) -> int:
        return LIST_LINE_BYTES + len(st.text)

    def event_cost(e: TimelineEvent) -> int:
        return EVENT_BYTES + len(e.text) + sum(FOOTNOTE_BYTES + c.end - c.start for c in shown(e.citations))

    statements = [st for sec in profile.sections for st in sec.statements]
    summarised = {r.section for r in profile.records}
    out = Layout()
    if sum(statement_cost(st) for st in statements) > budget:
        sections = []
        for sec, stem in zip(profile.sections, _unique_stems(profile.sections), strict=True):
            runs = chunk(sec.statements, statement_cost, budget) or ([()] if sec.key in summarised else [])
            pages = _pages(stem, runs) if runs else ()
            sections.append(SectionPages(sec, pages))
        out = Layout(sections=tuple(sections))
    if sum(source_cost(s) for s in profile.sources) > budget:
        out = Layout(out.sections, _pages("sources", chunk(profile.sources, source_cost, budget), "-1"))
    lists = {}
    for name, status in (("unnamed", ANONYMOUS), ("single", SINGLE)):
        listed = [st for st in statements if st.status == status]
        # the list leaves fact-check.md when it alone would take a fifth of a page
        if sum(line_cost(st) for st in listed) > budget // 5:
            lists[name] = _pages(f"fact-check-{name}", chunk(listed, line_cost, budget))
    # the timeline keeps its picture and a list of pages on timeline.md when its events would not fit
    timeline = (_pages("timeline", chunk(profile.timeline, event_cost, budget), "-1")
                if sum(event_cost(e) for e in profile.timeline) > budget else ())
    statement_page = {st.id: p.name for sp in out.sections for p in sp.pages for st in p.items
                      if isinstance(st, Statement)}
    # a section's opening paragraph is on its first page: its sentences' anchors are the records' ids
    statement_page.update((r.id, sp.pages[0].name) for sp in out.sections if sp.pages
                          for r in profile.records if r.section == sp.section.key)
    source_page = {s.id: p.name for p in out.sources for s in p.items if isinstance(s, Source)}
    return Layout(out.sections, out.sources, lists.get("unnamed", ()), lists.get("single", ()), timeline,
                  statement_page, source_page)
