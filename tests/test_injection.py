"""Article text is data, end to end: whatever an article's body or metadata holds, the
generated pages, rendered with the Markdown extensions the site enables, show it as the
same visible text and gain no element, attribute or link from it. Also: no enabled
Markdown extension or plugin reads files or runs code unless it is fenced."""

from __future__ import annotations

import functools
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from generator.config import read_yaml
from generator.escape import md_escape, safe_url
from generator.pagecheck import active_markup
from generator.pipeline import analyse
from generator.render import render

from .conftest import ROOT, corpus_config, make_corpus
from .test_escape import HOSTILE

CONFIGS = (ROOT / "mkdocs.yml", ROOT / "templates" / "new" / "mkdocs.yml.j2")
# Reviewed: none of these reads a file or runs code named in the page's text.
SAFE_EXTENSIONS = {
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc", "sane_lists",
    "pymdownx.details", "pymdownx.superfences", "pymdownx.highlight", "pymdownx.inlinehilite",
    "pymdownx.tabbed", "pymdownx.tasklist", "pymdownx.mark", "pymdownx.tilde", "pymdownx.caret",
    "pymdownx.keys", "pymdownx.smartsymbols", "pymdownx.betterem", "pymdownx.emoji",
}
# Reads files: allowed only when fenced (see _fenced).
FILE_READERS = {"pymdownx.snippets"}
SAFE_PLUGINS = {"search", "profile", "offline", "tags", "social", "privacy"}
# A link the generator writes: to a page or data file of the site, or an anchor.
OWN_LINK = re.compile(r"^(?:#|[\w./-]+\.(?:md|json)(?:#|$))")


def _config(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".j2":  # the scaffold template: fill its two placeholders with plain values
        text = text.replace("{{ site_name }}", "x").replace("{%- if subject %}", "").replace(
            "{{ subject }}", "x").replace("{%- endif %}", "")
    tmp = Path(tempfile.mkdtemp()) / "mkdocs.yml"
    tmp.write_text(text, encoding="utf-8")
    data = read_yaml(tmp)
    assert isinstance(data, dict)
    return data


def _entries(raw: Any) -> list[tuple[str, dict[str, Any]]]:
    items = raw.items() if isinstance(raw, dict) else [
        next(iter(e.items())) if isinstance(e, dict) else (e, {}) for e in raw or []]
    return [(str(name), dict(opts or {})) for name, opts in items]


def _fenced(name: str, options: dict[str, Any]) -> bool:
    """pymdownx.snippets may only read from folders of its own, never from outside them."""
    if name != "pymdownx.snippets":
        return False
    bases = options.get("base_path", ["."])
    bases = [bases] if isinstance(bases, str) else bases
    return options.get("restrict_base_path", True) is True and all(
        str(b).strip("./") not in ("", "seeds", "docs") for b in bases)


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_no_extension_or_plugin_reads_files_or_runs_code(path: Path) -> None:
    config = _config(path)
    for name, options in _entries(config.get("markdown_extensions")):
        assert name in SAFE_EXTENSIONS or (name in FILE_READERS and _fenced(name, options)), \
            f"{path.name}: markdown extension {name!r} is not reviewed as safe (or not fenced)"
    for name, _options in _entries(config.get("plugins")):
        assert name in SAFE_PLUGINS, f"{path.name}: plugin {name!r} is not reviewed as safe (macros? includes?)"


def test_snippet_line_in_an_article_reads_nothing_even_with_snippets_on(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("TOP-SECRET-TOKEN\n", encoding="utf-8")
    md = markdown.Markdown(extensions=["pymdownx.snippets"],
                           extension_configs={"pymdownx.snippets": {"base_path": [str(tmp_path)]}})
    assert "TOP-SECRET-TOKEN" in md.convert('--8<-- "secret.txt"')  # the extension does read files
    for line in ('--8<-- "secret.txt"', ';--8<-- "secret.txt"', '--8<-- secret.txt', "--8<--\nsecret.txt\n--8<--"):
        html = md.reset().convert(f"Quote: {md_escape(line)}\n\n{md_escape(line)}")
        assert "TOP-SECRET-TOKEN" not in html, line


# --- the property --------------------------------------------------------------------------

SITE = _config(ROOT / "mkdocs.yml")
EXTENSIONS = _entries(SITE["markdown_extensions"])
BODY = "Judge Ada Quill ruled on custody in court in 2019 after {}.\n\nThe custody hearing lasted a day.\n"


def _html(page_markdown: str) -> BeautifulSoup:
    md = markdown.Markdown(extensions=[n for n, _ in EXTENSIONS], extension_configs=dict(EXTENSIONS))
    return BeautifulSoup(md.convert(page_markdown), "html.parser")


def _pages(body: str, meta: dict[str, str], quotes: list[str] | None = None) -> dict[str, BeautifulSoup]:
    """The generated pages as HTML; the text of every citation added to `quotes`."""
    with tempfile.TemporaryDirectory() as tmp:
        seeds = make_corpus(Path(tmp), {"a.txt": "date 2020-01-02\n" + BODY.format(body)})
        (seeds / "sources.yml").write_text(yaml.safe_dump({"a.txt": meta}, allow_unicode=True), encoding="utf-8")
        profile, spans = analyse(corpus_config(seeds, Path(tmp) / "docs"))
        render(profile, Path(tmp) / "docs", spans)
        bodies = {s.id: s.body for s in profile.sources}
        if quotes is not None:
            quotes.extend(bodies[c.source][c.start:c.end] for sec in profile.sections
                          for stmt in sec.statements for c in stmt.citations)
        return {p.name: _html(p.read_text(encoding="utf-8")) for p in sorted((Path(tmp) / "docs").glob("*.md"))}


def _shape(soup: BeautifulSoup) -> Counter[str]:
    return Counter(f"{t.name}{sorted(t.attrs)}" for t in soup.find_all(True))


def _visible(text: str) -> str:
    return " ".join(text.split())


BASELINE = {"title": "Plain Title", "outlet": "Plain Outlet", "author": "Plain Author"}


@functools.cache
def _baseline() -> dict[str, BeautifulSoup]:
    return _pages("a hearing", BASELINE)
TEXT = st.one_of(st.sampled_from(HOSTILE),
                 st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))


def _assert_inert(pages: dict[str, BeautifulSoup], url: str = "") -> None:
    for name, soup in pages.items():
        assert active_markup(f"<article>{soup}</article>") == [], name
        for tag in soup.find_all(True):
            assert isinstance(tag, Tag)
            href = str(tag.get("href", ""))
            if href and not OWN_LINK.match(href):
                assert url and href == safe_url(url), (name, href)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
@example(text="<script>alert(1)</script> [x](javascript:alert(1)) {: onclick=x } --8<-- \"/etc/passwd\"")
def test_metadata_comes_out_as_the_same_text_and_adds_nothing(text: str) -> None:
    assume(text.strip())
    meta = {"title": text, "outlet": text, "author": text}
    pages, baseline = _pages("a hearing", meta), _baseline()
    for name in baseline:
        assert _shape(pages[name]) == _shape(baseline[name]), name
    _assert_inert(pages)
    sources = pages["sources.md"]
    heading = sources.find("h2", string=lambda s: s is not None and "Plain" not in s) or sources.find_all("h2")[0]
    assert _visible(text) in _visible(heading.get_text()), heading
    items = [_visible(li.get_text()) for li in sources.find_all("li")]
    assert f"Outlet: {_visible(text)}" in items and f"Author: {_visible(text)}" in items


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
@example(text="javascript:alert(1)")
@example(text="https://example.org/a(b)<c>\"d\"")
def test_any_url_becomes_a_safe_link_or_plain_text(text: str) -> None:
    assume(text.strip())
    pages = _pages("a hearing", {"url": text})
    _assert_inert(pages, url=text)
    assert _visible(text) in _visible(pages["sources.md"].get_text())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
@example(text='<img src=x onerror="alert(1)"> [^1] | a | b |')
def test_body_text_comes_out_as_the_same_text_and_adds_nothing(text: str) -> None:
    assume(text.strip())
    quotes: list[str] = []
    pages = _pages(text, {}, quotes)
    _assert_inert(pages)
    shown = _visible(pages["index.md"].get_text())
    assert quotes
    for quote in quotes:  # each sentence the profile cites is shown word for word
        assert f"“{_visible(quote)}”" in shown, quote
    if not any(c in text for c in ".!?\n"):  # one sentence: the whole text is cited
        assert _visible(text) in " ".join(_visible(q) for q in quotes)


def test_the_extension_check_would_catch_an_unfenced_snippets() -> None:
    assert not _fenced("pymdownx.snippets", {})
    assert not _fenced("pymdownx.snippets", {"base_path": ["seeds"]})
    assert not _fenced("pymdownx.snippets", {"base_path": ["snippets"], "restrict_base_path": False})
    assert _fenced("pymdownx.snippets", {"base_path": ["snippets"]})
