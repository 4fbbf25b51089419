"""Accessibility: axe-core (WCAG 2.0 and 2.1, levels A and AA) finds no violation on any page.

Every built page of the seed site and of the fictional corpus (scaffolded as `generator new`
makes a profile) is checked in Debian's headless Chromium at desktop (1280) and phone (390)
width, in the light and the dark (slate) palette. axe-core comes from the pinned
`axe-playwright-python` package, which bundles it: nothing is fetched. Each corpus is built
once and one browser serves every check. Keyboard: the search box and the palette toggle are
reached with Tab and work from the keyboard (the footnote tooltip on focus is checked in
tests/test_browser.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.scaffold import scaffold

from .conftest import CASES, ROOT, build_site
from .test_browser import Visit, chromium, serving

sync_api = pytest.importorskip("playwright.sync_api")
axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright")

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
SIZES = (("desktop", 1280, 900), ("phone", 390, 844))
SCHEMES = {"light": "default", "dark": "slate"}


def _seed_site(folder: Path) -> None:
    """The repository's own profile (mkdocs.yml, seeds/, committed docs/)."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "docs", folder / "docs")


def _fictional_site(folder: Path) -> None:
    """A new profile as `generator new` makes it, with the fictional corpus dropped in."""
    scaffold(folder)
    shutil.copytree(CASES / "fictional" / "seeds", folder / "seeds", dirs_exist_ok=True)


CORPORA = {"seeds": _seed_site, "fictional": _fictional_site}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module", params=sorted(CORPORA))
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """One corpus built with --strict (once) and served on 127.0.0.1: its site folder and address."""
    folder = tmp_path_factory.mktemp(f"a11y-{request.param}")
    CORPORA[request.param](folder)
    site = build_site(folder)
    with serving(site) as address:
        yield site, address


def _report(violations: list[dict[str, Any]]) -> list[str]:
    """One line per rule: its id, how many elements break it and the first of them."""
    return [f"{v['id']} ×{len(v['nodes'])} (e.g. {' '.join(map(str, v['nodes'][0]['target']))}): {v['help']}"
            for v in violations]


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
@pytest.mark.parametrize("size", SIZES, ids=[s[0] for s in SIZES])
def test_no_wcag_violation_on_any_page(browser: Any, served: tuple[Path, str], scheme: str,
                                       size: tuple[str, int, int]) -> None:
    site, base = served
    pages = sorted(p.name for p in site.glob("*.html"))
    assert "index.html" in pages and "timeline.html" in pages and "people.html" in pages
    _name, width, height = size
    axe = axe_sync.Axe()
    found: dict[str, list[str]] = {}
    v = Visit(browser, width, height, scheme)
    try:
        for name in pages:
            page = v.open(base + name)
            assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme], name
            violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
            assert str(page.evaluate("axe.version")).startswith("4."), "axe-core 4 is the one pinned"
            if violations:
                found[name] = _report(violations)
        v.assert_clean()
    finally:
        v.close()
    assert not found, "axe-core (" + ", ".join(TAGS) + ") found:\n" + "\n".join(
        f"  {name}: {line}" for name, lines in found.items() for line in lines)


def _tab_to(page: Any, selector: str, limit: int = 40) -> bool:
    """Press Tab from the top of the page until `selector` has the focus (at most `limit` times)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return True
    return False


@pytest.mark.parametrize("size", SIZES, ids=[s[0] for s in SIZES])
def test_search_and_palette_toggle_are_reached_by_tab(browser: Any, served: tuple[Path, str],
                                                      size: tuple[str, int, int]) -> None:
    _site, base = served
    _name, width, height = size
    v = Visit(browser, width, height, "light")
    try:
        page = v.open(base + "index.html")
        assert _tab_to(page, "form[data-md-component=palette] input.md-option"), "Tab never reaches the palette toggle"
        assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Dark mode"
        page.keyboard.press("Enter")
        assert page.get_attribute("body", "data-md-color-scheme") == "slate", "Enter on the toggle switches palette"

        page = v.open(base + "index.html")
        assert _tab_to(page, "input.md-search__input"), "Tab never reaches the search box"
        page.keyboard.type("custody", delay=20)
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10000)
        v.assert_clean()
    finally:
        v.close()
