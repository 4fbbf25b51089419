"""The seed profile built by each site builder that reads mkdocs.yml (README "Which builder"):
`mkdocs build --strict`, `properdocs build --strict` (the profile plugin regenerates docs/) and
`zensical build` (after `python -m generator build`, and followed by `python -m generator csp`,
since Zensical runs no plugin). Each is built in a copy, into its own site folder, and checked as
HTML and in Chromium with the tests of tests/test_browser.py: the profile renders, a footnote's
tooltip shows its quote, search finds "custody", the timeline is drawn, no request leaves the
machine, nothing is logged to the console, and no page reports a Content Security Policy
violation. A folder made by `new` builds with each, printing no warning."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from bs4 import BeautifulSoup

from generator import csp
from generator.errors import ProfileError
from generator.scaffold import scaffold
from generator.sitecsp import secure_site, with_policy
from generator.writer import GENERATED_MARK

from .conftest import BUILDERS, CASES, ROOT, run_builder

PAGES = ("index.html", "timeline.html", "people.html", "fact-check.html", "sources.html", "methodology.html",
         "about.html", "404.html")
# What each builder writes in <meta name="generator">: proof that the page came from that builder.
GENERATOR_META = {"mkdocs": "mkdocs-1.6.1", "properdocs": "ProperDocs 1.6.7", "zensical": "zensical-0.0.73"}
# Messages a new profile's author can do nothing about (Material's banner, ProperDocs' notices).
NOT_ACTIONABLE = ("end of life", "MkDocs 2", "NO_MKDOCS_2_WARNING", "should be renamed", "properdocs.yml")


@pytest.fixture(scope="module", params=sorted(BUILDERS))
def built(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, subprocess.CompletedProcess[str]]:
    """The repository's profile (mkdocs.yml, seeds/, docs/) built by one builder in a copy, with one
    generated page removed first, so that the build must write docs/ again from seeds/."""
    builder = request.param
    folder = tmp_path_factory.mktemp(f"seed-{builder}")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "docs", folder / "docs")
    (folder / "docs" / "timeline.md").unlink()
    done = run_builder(folder, builder)
    assert done.returncode == 0, done.stdout + done.stderr
    return builder, folder, done


def test_each_builder_regenerates_docs_and_builds_every_page(
        built: tuple[str, Path, subprocess.CompletedProcess[str]]) -> None:
    builder, folder, done = built
    log = done.stdout + done.stderr
    assert re.search(r"\d+ statements from 5 articles", log), log
    for page in ROOT.joinpath("docs").rglob("*"):
        if page.is_file():
            copy = folder / "docs" / page.relative_to(ROOT / "docs")
            assert copy.read_bytes() == page.read_bytes(), f"{builder}: {copy} differs from the committed docs/"
    site = folder / "site"
    for name in PAGES:
        html = (site / name).read_text(encoding="utf-8")
        meta = BeautifulSoup(html, "lxml").find("meta", attrs={"name": "generator"})
        assert meta is not None and GENERATOR_META[builder] in str(meta["content"]), (builder, name)
    assert (site / "profile.json").read_bytes() == (ROOT / "docs" / "profile.json").read_bytes()
    assert (site / "assets" / "javascripts" / "iframe-worker-shim.js").is_file()


def test_each_builder_puts_the_policy_first_on_every_page(
        built: tuple[str, Path, subprocess.CompletedProcess[str]]) -> None:
    builder, folder, _done = built
    for name in PAGES:
        html = (folder / "site" / name).read_text(encoding="utf-8")
        meta = BeautifulSoup(html, "lxml").find_all("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert len(meta) == 1, (builder, name)
        content = str(meta[0]["content"])
        assert content.startswith("script-src 'self' "), (builder, name)
        # style-src may list the hashes of the <style> a script adds (Zensical's search box)
        assert re.sub(r"(style-src 'self')( 'sha256-[\w+/=]+')*", r"\1", content).endswith(csp.BASE_POLICY), \
            (builder, name)
        assert "unsafe" not in content and csp.PLACEHOLDER not in content, (builder, name)
        assert all(h in content for h in csp.inline_script_hashes(html)), (builder, name)
        assert html.index('http-equiv="Content-Security-Policy"') < html.index("<script"), (builder, name)
    # `generator csp` leaves a page with a policy alone: on a site that the plugin built, or a second time
    assert secure_site(folder / "site", folder / "docs") == []


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_a_new_folder_builds_with_each_builder_and_no_warning(builder: str, tmp_path: Path) -> None:
    """What a new user does: `new`, articles in seeds/, the builder's commands, in an environment
    without the NO_MKDOCS_2_WARNING that the Makefile sets."""
    scaffold(tmp_path, "Smalltown")
    shutil.copytree(CASES / "smalltown" / "seeds", tmp_path / "seeds", dirs_exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_MKDOCS_2_WARNING", "DISABLE_MKDOCS_2_WARNING")}
    done = run_builder(tmp_path, builder, env=env)
    log = done.stdout + done.stderr
    assert done.returncode == 0, log
    assert "WARNING" not in log and "Warning" not in log, log
    assert not [m for m in NOT_ACTIONABLE if m in log], log
    assert re.search(r"\d+ statements from 3 articles", log), log
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy" content="script-src \'self\' ' in html


def test_csp_pass_inserts_the_policy_first_and_leaves_a_policy_alone(tmp_path: Path) -> None:
    page = '<!doctype html><html><head>\n<meta charset="utf-8">\n<script>var a=1</script></head><body></body></html>'
    out = with_policy(page, lambda _src: None)
    assert out.index('<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src') >= 0
    assert csp.inline_script_hashes(page)[0] in out
    assert with_policy(out, lambda _src: None) == out
    # an MkDocs page keeps the policy the plugin gave it
    assert with_policy(page.replace("<head>", '<head><meta http-equiv="Content-Security-Policy" content="x">'),
                       lambda _src: None).count("Content-Security-Policy") == 1


def test_csp_pass_refuses_a_generated_page_with_active_markup(tmp_path: Path) -> None:
    docs, site = tmp_path / "docs", tmp_path / "site"
    docs.mkdir()
    site.mkdir()
    (docs / "index.md").write_text(f"# P\n\n{GENERATED_MARK} -->\n", encoding="utf-8")
    (docs / "about.md").write_text("# About\n", encoding="utf-8")
    bad = "<html><head></head><body><article><p>x</p><script>alert(1)</script></article></body></html>"
    (site / "index.html").write_text(bad, encoding="utf-8")
    (site / "about.html").write_text("<html><head></head><body><article></article></body></html>", encoding="utf-8")
    with pytest.raises(ProfileError, match="as markup"):
        secure_site(site, docs)
    assert (site / "index.html").read_text(encoding="utf-8") == bad
    assert "Content-Security-Policy" not in (site / "about.html").read_text(encoding="utf-8")  # nothing written


# --- In Chromium, with the tests of tests/test_browser.py ------------------------------------

@pytest.fixture(scope="module")
def tb() -> ModuleType:
    """tests/test_browser.py, imported here so that it skips (or, with REQUIRE_BROWSER=1, fails)
    these tests alone where Chromium is missing."""
    from . import test_browser
    return test_browser


@pytest.fixture(scope="module")
def browser(tb: ModuleType) -> Iterator[Any]:
    with tb.chromium() as b:
        yield b


@pytest.fixture(scope="module")
def server(built: tuple[str, Path, subprocess.CompletedProcess[str]], tb: ModuleType) -> Iterator[str]:
    with tb.serving(built[1] / "site") as address:
        yield address


@pytest.fixture(params=["http", "file"])
def base(request: pytest.FixtureRequest, server: str, built: tuple[str, Path, Any]) -> str:
    return server if request.param == "http" else (built[1] / "site").as_uri() + "/"


@pytest.fixture
def visit(tb: ModuleType, browser: Any) -> Iterator[Any]:
    from .test_csp import WATCH

    v = tb.Visit(browser)
    v.page.add_init_script(WATCH)
    yield v
    v.close()


def test_profile_renders(tb: ModuleType, visit: Any, base: str, built: tuple[str, Path, Any]) -> None:
    tb.test_profile_renders_key_facts_and_sections(visit, base, built[1] / "site")


def test_footnote_tooltip_shows_its_quote(tb: ModuleType, visit: Any, base: str, built: tuple[str, Path, Any]) -> None:
    tb.test_hovering_or_focusing_a_footnote_shows_its_quote(visit, base, built[1] / "site")


def test_search_finds_custody(tb: ModuleType, visit: Any, base: str, built: tuple[str, Path, Any]) -> None:
    if built[0] != "zensical":
        tb.test_search_finds_custody_in_the_profile(visit, base)
        return
    # Zensical's own search: a dialog in a shadow root (which Playwright's locators enter), results as options
    page = visit.open(base + "index.html")
    page.keyboard.press("/")
    page.keyboard.type("custody", delay=20)
    options = page.locator("[role=listbox] a[role=option]")
    options.first.wait_for(state="visible", timeout=10000)
    # the list is redrawn while results stream in: read every href in one call (no stale nth()),
    # and read again until the profile is among them or ten seconds have passed
    links: list[str | None] = []
    for _ in range(40):
        links = options.evaluate_all("els => els.map(e => e.getAttribute('href'))")
        if any(link and link.split("?")[0].split("#")[0].endswith("index.html") for link in links):
            break
        page.wait_for_timeout(250)
    assert any(link and link.split("?")[0].split("#")[0].endswith("index.html") for link in links), links
    assert page.evaluate("window.__violations") == []
    visit.assert_clean()


def test_timeline_is_drawn(tb: ModuleType, visit: Any, base: str, built: tuple[str, Path, Any]) -> None:
    tb.test_timeline_picture_is_drawn(visit, base, built[1] / "site")


def test_no_policy_violation_on_any_page(visit: Any, base: str, built: tuple[str, Path, Any]) -> None:
    builder = built[0]
    for name in PAGES:
        if name == "404.html" and base.startswith("file:"):
            continue  # its links are absolute (from site_url), for a server only
        page = visit.open(base + name)
        policy = page.evaluate("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')?.content")
        assert policy and policy.startswith("script-src 'self' "), (builder, name)
        assert page.evaluate("window.__violations") == [], (builder, name)
    visit.assert_clean()


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_an_article_runs_nothing_under_each_builder(builder: str, visit: Any, tmp_path: Path) -> None:
    """The hostile corpus (an article with <script>, <img onerror>, javascript: links, attribute
    lists and template syntax) in a new folder: the pages show it as text, run nothing, report no
    violation and load nothing from elsewhere, whichever builder made them."""
    scaffold(tmp_path)
    shutil.copytree(CASES / "hostile" / "seeds", tmp_path / "seeds", dirs_exist_ok=True)
    done = run_builder(tmp_path, builder)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("index.html", "sources.html", "fact-check.html", "timeline.html"):
        page = visit.open((tmp_path / "site" / name).as_uri())
        assert page.evaluate("window.__pwned") is None, (builder, name)
        assert page.evaluate("window.__violations") == [], (builder, name)
        if name == "sources.html":  # the article's title is shown, as text
            assert '<script>window.__pwned = "title"</script>' in page.locator("article").inner_text(), builder
    visit.assert_clean()
