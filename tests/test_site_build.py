"""A real `mkdocs build --strict` of a scaffolded profile folder, read back as HTML."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.scaffold import scaffold

from .conftest import CASES, build_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m generator new`, the fictional corpus dropped in, `mkdocs build --strict`."""
    folder = tmp_path_factory.mktemp("profile")
    scaffold(folder)
    shutil.copytree(CASES / "fictional" / "seeds", folder / "seeds", dirs_exist_ok=True)
    return build_site(folder)


def test_pages_are_built(site: Path) -> None:
    for page in ("index.html", "sources.html", "fact-check.html", "about.html", "profile.json"):
        assert (site / page).is_file(), page


def test_footnotes_carry_the_quotes(site: Path) -> None:
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    profile = json.loads((site / "profile.json").read_text(encoding="utf-8"))
    notes = soup.select("div.footnote li")
    assert notes, "no footnotes rendered"
    note_text = " ".join(li.get_text(" ") for li in notes)
    for st in profile["statements"][:20]:
        for cite in st["sources"]:
            assert " ".join(cite["quote"].split()[:6]) in " ".join(note_text.split())
    refs = soup.select("sup[id^=fnref] a, a.footnote-ref")
    assert len(refs) >= len(profile["statements"])


def test_status_labels_are_words(site: Path) -> None:
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    labels = soup.select("span.pf-status")
    assert labels
    assert all(any(w in lb.get_text() for w in ("Corroborated", "Single source", "Unnamed source",
                                                 "Disputed", "Superseded")) for lb in labels)


def test_search_index_has_profile_sources_and_quotes(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert {"index.html", "sources.html"} <= locations
    profile = json.loads((site / "profile.json").read_text(encoding="utf-8"))
    quote = profile["statements"][0]["sources"][0]["quote"]
    assert " ".join(quote.split()[:5]) in " ".join(text.split())


def test_no_request_leaves_the_machine(site: Path) -> None:
    """No page refers to a font, script or style on another host."""
    for page in site.glob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src")):
            for el in soup.find_all(tag):
                value = str(el.get(attr) or "")
                if tag == "link" and "stylesheet" not in (el.get("rel") or []) and "preconnect" not in (el.get("rel") or []):
                    continue
                assert not value.startswith(("http:", "https:", "//")), f"{page.name}: {el}"


def test_repository_stylesheet_is_the_scaffolded_one() -> None:
    from .conftest import ROOT

    assert (ROOT / "docs/stylesheets/profile.css").read_bytes() == \
        (ROOT / "templates/new/profile.css").read_bytes(), "copy templates/new/profile.css to docs/stylesheets/"
