"""Large profiles are split into pages (generator/paging.py): each page stays readable, every
link to a statement or a source finds its anchor, and every statement is shown exactly once.

The page budget is lowered through render()'s parameter, so that a corpus small enough to build
in seconds is split the way a corpus of thousands of articles is with the real budget."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.corpus import SUBJECT, write_corpus
from generator import paging
from generator.model import Profile
from generator.pipeline import analyse
from generator.render import render
from generator.scaffold import scaffold

from .conftest import corpus_config

BUDGET = 40_000  # estimated bytes; the real one is paging.PAGE_BUDGET
ARTICLES = 60
_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\bhref="([^"]*)"')


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Profile]:
    """A generated corpus rendered with the lowered budget and built by MkDocs (--strict)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = tmp_path_factory.mktemp("big")
    scaffold(root, SUBJECT)
    write_corpus(root / "seeds", ARTICLES)
    profile, spans = analyse(corpus_config(root / "seeds", root / "docs"))
    render(profile, root / "docs", spans, page_budget=BUDGET)
    # the search plugin only: the profile plugin would render again with the real budget
    config = load_config(str(root / "mkdocs.yml"), plugins=["search"], strict=True,
                         site_dir=str(root / "site"))
    build(config)
    return root / "docs", root / "site", profile


def _pages(site: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(site.glob("*.html")) if p.name != "404.html"}


def test_big_profile_is_split(big_site: tuple[Path, Path, Profile]) -> None:
    docs, _site, _profile = big_site
    names = {p.name for p in docs.glob("*.md")}
    assert len([n for n in names if n.startswith("profile-")]) >= 3
    assert {"sources-1.md", "sources-2.md", "fact-check-single.md", "timeline-1.md", "timeline-2.md"} <= names
    timeline = (docs / "timeline.md").read_text(encoding="utf-8")
    assert "(timeline-2.md)" in timeline and '<span class="pf-anchor" id="ev-' not in timeline
    index = (docs / "index.md").read_text(encoding="utf-8")
    assert "## Contents" in index and '<span class="pf-anchor" id="s' not in index


def test_every_page_under_the_limit(big_site: tuple[Path, Path, Profile]) -> None:
    """The pages paging cuts stay under the budget scaled as paging.PAGE_BUDGET is to
    paging.HTML_LIMIT, on top of the furniture every page of the theme carries (about.html is
    nothing else); the pages it does not cut (their summaries quote at most
    paging.SUMMARY_QUOTES articles each) stay under the real limit."""
    _docs, site, _profile = big_site
    pages = _pages(site)
    furniture = len(pages["about.html"].encode("utf-8"))
    limit = furniture + BUDGET * paging.HTML_LIMIT // paging.PAGE_BUDGET
    sizes = {name: len(html.encode("utf-8")) for name, html in pages.items()}
    cut = {n: s for n, s in sizes.items() if re.fullmatch(r"(index|profile-.*|sources.*|fact-check-.*|timeline.*)\.html", n)}
    assert len(cut) > 10
    assert max(cut.values()) <= limit, {n: s for n, s in cut.items() if s > limit}
    assert max(sizes.values()) <= paging.HTML_LIMIT


def test_every_event_exactly_once_in_order(big_site: tuple[Path, Path, Profile]) -> None:
    """The timeline's pages show every event once, numbered as on one page, in date order."""
    _docs, site, profile = big_site
    pages = _pages(site)
    names = sorted((n for n in pages if re.fullmatch(r"timeline-\d+\.html", n)), key=lambda n: int(n[9:-5]))
    shown = [int(i) for n in names for i in re.findall(r'<span class="pf-anchor" id="ev-(\d+)">', pages[n])]
    assert shown == list(range(1, len(profile.timeline) + 1))


def test_every_statement_exactly_once(big_site: tuple[Path, Path, Profile]) -> None:
    _docs, site, profile = big_site
    expected = sorted(st.id for sec in profile.sections for st in sec.statements)
    shown = sorted(i for html in _pages(site).values()
                   for i in re.findall(r'<span class="pf-anchor" id="(s\d+)">', html))
    assert shown == expected


def test_every_anchor_link_resolves(big_site: tuple[Path, Path, Profile]) -> None:
    """Every link to a fragment of a page of the site (statements, sources, footnotes,
    conflicts, events) finds an element with that id on the page it names."""
    _docs, site, _profile = big_site
    pages = _pages(site)
    ids = {name: set(_ID.findall(html)) for name, html in pages.items()}
    checked = 0
    missing = []
    for name, html in pages.items():
        for href in _HREF.findall(html):
            page, sep, fragment = href.partition("#")
            if not sep or not fragment or "://" in page or page.startswith(("/", "..")):
                continue
            target = page or name
            if not target.endswith(".html") or target.startswith("search"):
                continue
            checked += 1
            if target not in ids or fragment not in ids[target]:
                missing.append(f"{name}: {href}")
    assert not missing, missing[:10]
    statement_links = sum(len(re.findall(r'href="profile-[a-z0-9-]+\.html#s\d+"', h)) for h in pages.values())
    assert checked > 1000 and statement_links > 100


def test_small_corpora_keep_single_pages(built: tuple[str, Profile]) -> None:
    _name, profile = built
    lay = paging.layout(profile, lambda st: 0, lambda s: 0)
    assert lay.extra_pages() == []


def test_stale_split_pages_are_removed(tmp_path: Path) -> None:
    """A smaller build removes the split pages a larger one wrote, never a hand-written page."""
    write_corpus(tmp_path / "seeds", 20)
    profile, spans = analyse(corpus_config(tmp_path / "seeds", tmp_path / "docs"))
    docs = tmp_path / "docs"
    render(profile, docs, spans, page_budget=8_000)
    split = sorted(p.name for p in docs.glob("*-*.md") if p.name != "fact-check.md")
    assert any(n.startswith("profile-") for n in split) and "sources-1.md" in split
    (docs / "profile-notes.md").write_text("# My notes\n", encoding="utf-8")
    changed = render(profile, docs, spans)
    assert sorted(p.name for p in docs.glob("*-*.md") if p.name != "fact-check.md") == ["profile-notes.md"]
    assert {docs / n for n in split} <= set(changed)


def test_chunks_keep_order_and_budget() -> None:
    runs = paging.chunk(list(range(1, 30)), lambda x: x, 40)
    assert [x for run in runs for x in run] == list(range(1, 30))
    assert all(sum(run) <= 40 or len(run) == 1 for run in runs)
    assert paging.chunk([100, 1], lambda x: x, 40) == [(100,), (1,)]


def test_split_pages_keep_article_text_inert(tmp_path: Path) -> None:
    """With every list cut into the smallest pages, hostile titles, outlets and sentences
    reach the split pages as text, never as markup (the same check as tests/test_injection.py)."""
    from generator.pagecheck import active_markup

    from .conftest import make_corpus
    from .test_injection import BODY, HOSTILE, _html

    files: dict[str, str | bytes] = {
        f"a{i}.md": (f"---\ntitle: {json.dumps(h)}\noutlet: {json.dumps(h)}\ndate: 2020-01-0{i % 9 + 1}\n---\n"
                     + BODY.format(h))
        for i, h in enumerate(HOSTILE[:8])}
    seeds = make_corpus(tmp_path, files)
    profile, spans = analyse(corpus_config(seeds, tmp_path / "docs"))
    render(profile, tmp_path / "docs", spans, page_budget=1)
    pages = {p.name: _html(p.read_text(encoding="utf-8")) for p in sorted((tmp_path / "docs").glob("*.md"))}
    assert len([n for n in pages if n.startswith(("profile-", "sources-"))]) >= 3
    for name, soup in pages.items():
        assert active_markup(f"<article>{soup}</article>") == [], name


def test_a_statement_of_very_many_articles_quotes_the_first_and_links_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence copied by thousands of sites: its statement quotes the first
    paging.STATEMENT_QUOTES articles in footnotes and links every other one to its source entry
    (here with the cap lowered to one)."""
    from .conftest import ROOT

    monkeypatch.setattr(paging, "STATEMENT_QUOTES", 1)
    profile, spans = analyse(corpus_config(ROOT / "seeds", tmp_path / "docs"))
    render(profile, tmp_path / "docs", spans)
    page = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    many = [st for sec in profile.sections for st in sec.statements if len({c.source for c in st.citations}) > 1]
    assert many
    for st in many:
        line = next(line for line in page.splitlines() if f'id="{st.id}"' in line)
        assert f"[^{st.id}-1]" in line and f"[^{st.id}-2]" not in line
        rest = {c.source for c in st.citations[1:]}
        assert f"(the same in {len(rest)} more article" in line
        assert all(f"sources.md#{paging.source_anchor(s)}" in line for s in rest)
    assert all(re.search(rf"^\[\^{st.id}-1\]:", page, re.MULTILINE) for st in many)
