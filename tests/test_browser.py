"""The built seed site in a real headless Chromium, served on 127.0.0.1 and opened from disk.

Needs /usr/bin/chromium (Debian's package; `.ci/run` installs it). Without it these tests are
skipped, unless REQUIRE_BROWSER=1 (set by `.ci/run`), when they fail instead.
Screenshots go to a temporary folder; `make screenshots` sets SCREENSHOTS_DIR=screenshots to
rewrite the committed ones.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        # steady pixels for the screenshots: no overlay scrollbars fading, no partial or LCD-tuned raster
        "--hide-scrollbars", "--disable-partial-raster", "--disable-lcd-text", "--font-render-hinting=none"]
if not Path(CHROMIUM).exists():
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"{CHROMIUM} not found: install Debian's chromium package (see .ci/run)")
    pytest.skip("no Chromium on this machine (apt-get install chromium); REQUIRE_BROWSER=1 makes this fail",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's profile (mkdocs.yml, seeds/, docs/) built with --strict in a copy."""
    folder = tmp_path_factory.mktemp("seedsite")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "docs", folder / "docs")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder,
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return folder / "site"


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """A folder over http on 127.0.0.1, on a free port: its address (the browser tests' server)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's headless Chromium with the browser tests' flags (one per test module)."""
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """The built site over http on 127.0.0.1, on a free port, for the module's tests."""
    with serving(site) as address:
        yield address


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


class Visit:
    """A page in a fresh context that lets no request leave the machine and records
    every request made and every console error."""

    def __init__(self, browser: Any, width: int = 1280, height: int = 900, scheme: str = "light") -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme,
                                           device_scale_factor=1, reduced_motion="reduce")
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route: Any) -> None:
        url = route.request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in ("file", "data", "blob", "about") or parts.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def open(self, url: str) -> Any:
        self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def close(self) -> None:
        self.context.close()

    def assert_clean(self) -> None:
        assert not self.blocked, f"requests left 127.0.0.1: {self.blocked}"
        assert not self.errors, f"console errors: {self.errors}"


@pytest.fixture(params=["http", "file"])
def base(request: pytest.FixtureRequest, server: str, site: Path) -> str:
    """The site's address: served over http, or opened straight from disk."""
    return server if request.param == "http" else site.as_uri() + "/"


@pytest.fixture
def visit(browser: Any) -> Iterator[Visit]:
    v = Visit(browser)
    yield v
    v.close()


def _profile(site: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "profile.json").read_text(encoding="utf-8"))
    return data


def test_profile_renders_key_facts_and_sections(visit: Visit, base: str, site: Path) -> None:
    page = visit.open(base + "index.html")
    box = page.locator(".admonition.pf-infobox")
    assert box.is_visible()
    assert box.locator("tr").count() >= 3
    statements = [st for st in _profile(site)["statements"] if not st.get("written")]
    # every row but a single-source one carries its label (the legend above says so)
    labelled = page.locator(".admonition.pf-infobox tbody tr:has(.pf-status)").count()
    assert 0 < labelled < box.locator("tbody tr").count()
    marked = sum(1 for st in statements if st["status"] != "single-source")
    assert page.locator(".md-content p:has(.pf-anchor[id^=s]) .pf-status").count() == marked
    assert page.get_by_text("A statement without a label rests on one named article").is_visible()
    assert page.locator(".md-content .pf-anchor[id^=s]").count() == len(statements)
    written = [st for st in _profile(site)["statements"] if st.get("written")]
    assert written and page.locator(".md-content .pf-summary .pf-anchor[id^=r]").count() == len(written)
    sections = {st["section"] for st in statements}
    assert page.locator(".md-content h2").count() >= len(sections)
    visit.assert_clean()


def test_hovering_or_focusing_a_footnote_shows_its_quote(visit: Visit, base: str, site: Path) -> None:
    page = visit.open(base + "index.html")
    statement = _profile(site)["statements"][0]
    ref = page.locator(f"#{statement['id']} ~ sup a.footnote-ref, #{statement['id']} ~ sup a").first
    ref.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible", timeout=5000)
    quote = statement["sources"][0]["quote"]
    assert " ".join(quote.split()[:6]) in " ".join(tooltip.inner_text().split())
    page.mouse.move(0, 0)
    page.locator("body").press("Escape")
    ref.focus()
    page.locator(".md-tooltip2--active").wait_for(state="visible", timeout=5000)
    visit.assert_clean()


def test_search_finds_custody_in_the_profile(visit: Visit, base: str) -> None:
    page = visit.open(base + "index.html")
    page.keyboard.press("/")
    page.keyboard.type("custody", delay=20)
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10000)
    links = page.eval_on_selector_all(".md-search-result__link", "els => els.map(e => e.getAttribute('href'))")
    assert any(link.split("?")[0].split("#")[0].endswith("index.html") for link in links), links
    visit.assert_clean()


def test_timeline_picture_is_drawn(visit: Visit, base: str, site: Path) -> None:
    page = visit.open(base + "timeline.html")
    events = _profile(site)["timeline"]
    svg = page.locator("svg.pf-timeline")
    box = svg.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 40
    assert page.locator("svg.pf-timeline .pf-dot").count() == len(events)
    # the picture is painted: its dots and labels take colours from the stylesheet
    fill = page.eval_on_selector("svg.pf-timeline .pf-label", "e => getComputedStyle(e).fill")
    assert fill not in ("", "none")
    assert page.locator("li .pf-anchor[id^=ev-]").count() == len(events)
    visit.assert_clean()


def test_people_diagram_is_drawn(visit: Visit, base: str, site: Path) -> None:
    page = visit.open(base + "people.html")
    relations = _profile(site)["relations"]
    names = {n for r in relations for n in (r["person"], r["other"])}
    assert page.locator("svg.pf-people .pf-person").count() == len(names)
    assert page.locator("svg.pf-people .pf-link.pf-child").count() >= 1
    box = page.locator("svg.pf-people").bounding_box()
    assert box and box["width"] > 300
    visit.assert_clean()


def test_json_ld_blocks_parse(visit: Visit, base: str) -> None:
    page = visit.open(base + "people.html")
    texts = page.eval_on_selector_all('script[type="application/ld+json"]', "els => els.map(e => e.textContent)")
    assert texts
    data = json.loads(texts[0])
    assert {n["@type"] for n in data["@graph"]} == {"Person"}
    visit.assert_clean()


SHOTS = (("index.html", "profile"), ("timeline.html", "timeline"), ("people.html", "people"))
SIZES = (("desktop", 1280, 900), ("phone", 390, 844))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", SIZES, ids=[s[0] for s in SIZES])
def test_screenshots(browser: Any, server: str, scheme: str, size: tuple[str, int, int],
                     tmp_path: Path) -> None:
    """Each page at desktop and phone width in both palettes; nothing wider than the phone
    screen except the pictures, which scroll inside their own box."""
    name, width, height = size
    out = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    v = Visit(browser, width, height, scheme)
    try:
        for page_name, label in SHOTS:
            page = v.open(server + page_name)
            page.evaluate("document.fonts.ready")
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{page_name} is {overflow}px wider than a {width}px screen"
            expected = "slate" if scheme == "dark" else "default"
            assert page.get_attribute("body", "data-md-color-scheme") == expected
            page.screenshot(path=str(out / f"{label}-{name}-{scheme}.png"), animations="disabled")
        page = v.open(server + "index.html")
        ref = page.locator(".md-content p sup a").first
        ref.scroll_into_view_if_needed()
        ref.focus()
        tooltip = page.locator(".md-tooltip2--active")
        tooltip.wait_for(state="visible", timeout=5000)
        box = tooltip.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, "the quote's tooltip fits the screen"
        page.screenshot(path=str(out / f"tooltip-{name}-{scheme}.png"), animations="disabled")
        v.assert_clean()
    finally:
        v.close()
