"""The Content Security Policy, checked in a real headless Chromium: the built site logs
no violation, its search, palette toggle and footnote tooltips still work, and an
article holding <script> or <img onerror> runs nothing."""

from __future__ import annotations

import base64
import functools
import hashlib
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator import csp
from generator.render import ASSETS
from generator.scaffold import scaffold

from .conftest import CASES, build_site

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PAGES = ("index.html", "sources.html", "fact-check.html", "about.html", "404.html")
# Runs before any page script: records every violation and every attempt of an article's
# script to set the flag.
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
"""


def test_policy_allows_only_own_scripts_by_hash() -> None:
    html = ('<script>var a=1</script><script src="x.js"></script><script id="c" type="application/json">'
            '{"a": 1}</script><script>var a=1</script>')
    policy = csp.policy(html)
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert policy.startswith("script-src 'self' 'sha256-")
    assert policy.count("'sha256-") == 1  # the JSON block is not a script; the repeat is hashed once
    digest = base64.b64encode(hashlib.sha256(b"var a=1").digest()).decode()
    assert f"'sha256-{digest}'" in policy


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scaffolded project (no CSP in its mkdocs.yml) with the hostile corpus, built."""
    folder = tmp_path_factory.mktemp("csp")
    scaffold(folder)
    shutil.copytree(CASES / "hostile" / "seeds", folder / "seeds", dirs_exist_ok=True)
    return build_site(folder)


def test_every_page_carries_the_policy_first(site: Path) -> None:
    for name in PAGES:
        html = (site / name).read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "lxml")
        meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None, name
        content = str(meta["content"])
        assert content.startswith("script-src 'self' ") and content.endswith(csp.BASE_POLICY), name
        assert "unsafe" not in content, name
        assert all(h in content for h in csp.inline_script_hashes(html)), name
        assert html.index('http-equiv="Content-Security-Policy"') < html.index("<script"), name


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is not installed (CI installs it in .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _open(browser: object, url: str) -> tuple[object, list[str]]:
    page = browser.new_page()  # type: ignore[attr-defined]
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
    page.add_init_script(WATCH)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page, console


def test_no_violation_and_no_article_script_runs(server: str, browser: object) -> None:
    for name in PAGES:
        page, console = _open(browser, server + name)
        assert page.evaluate("window.__violations") == [], name
        assert page.evaluate("window.__pwned") is None, name
        assert not [m for m in console if "Content Security Policy" in m or "pageerror" in m], (name, console)
        page.close()


def test_no_violation_when_opened_from_disk(site: Path, browser: object) -> None:
    page, console = _open(browser, (site / "index.html").as_uri())
    assert page.evaluate("window.__violations") == []
    assert page.evaluate("window.__pwned") is None
    assert not [m for m in console if "Content Security Policy" in m], console
    page.close()


def test_search_still_works(server: str, browser: object) -> None:
    page, _console = _open(browser, server + "index.html")
    page.click("input.md-search__input")
    page.locator("input.md-search__input").press_sequentially("custody", delay=30)  # Material reads key events
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert page.locator(".md-search-result__item").count() > 0
    assert page.evaluate("window.__violations") == []
    page.close()


def test_palette_toggle_still_works(server: str, browser: object) -> None:
    page, _console = _open(browser, server + "index.html")
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    after = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert {before, after} == {"default", "slate"}
    assert page.evaluate("window.__violations") == []
    page.close()


def test_footnote_tooltips_still_work(server: str, browser: object) -> None:
    page, _console = _open(browser, server + "index.html")
    ref = page.locator("a.footnote-ref").first
    ref.hover()
    tooltip = page.locator(".md-tooltip2--active, .md-tooltip--active").first
    tooltip.wait_for(state="visible", timeout=10_000)
    note_id = (ref.get_attribute("href") or "").lstrip("#")
    quote = page.evaluate(f"document.getElementById({note_id!r}).innerText")
    assert quote.split()[0] in tooltip.inner_text()
    assert page.evaluate("window.__violations") == []
    page.close()


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same project with Material's offline plugin and the self-hosted iframe-worker shim,
    which writes an inline script into a frame at run time (search from file://)."""
    folder = tmp_path_factory.mktemp("csp-offline")
    scaffold(folder)
    shutil.copytree(CASES / "hostile" / "seeds", folder / "seeds", dirs_exist_ok=True)
    shim = folder / "docs" / "assets" / "javascripts" / "iframe-worker-shim.js"
    shim.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(ASSETS["assets/javascripts/iframe-worker-shim.js"], shim)
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "- offline" not in text:  # a scaffold that does not enable it yet
        text = text.replace("  - search\n", "  - search\n  - offline\n")
        text += "extra:\n  polyfills:\n    - assets/javascripts/iframe-worker-shim.js\n"
    config.write_text(text, encoding="utf-8")
    return build_site(folder)


def test_offline_search_from_disk_runs_under_the_policy(offline_site: Path, browser: object) -> None:
    page, console = _open(browser, (offline_site / "index.html").as_uri())
    page.keyboard.press("s")  # Material's shortcut to the search box
    page.locator("input.md-search__input").press_sequentially("custody", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert page.evaluate("window.__violations") == []
    assert not [m for m in console if "Content Security Policy" in m], console
    page.close()
