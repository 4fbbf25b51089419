"""Article text is data: nothing in it becomes markup on the built page."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.escape import md_escape, safe_url

EXTENSIONS = ["footnotes", "tables", "admonition", "toc", "attr_list", "md_in_html", "def_list", "abbr"]
HOSTILE = [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "<iframe src=//evil></iframe>",
    "# Heading", "- item", "1. item", "| a | b |\n|---|---|", "```\ncode\n```", "    indented code",
    "[^1]: fake footnote", "see [^1]", "!!! warning", "{: onclick=alert(1) }", '--8<-- "/etc/passwd"',
    "{{ 7*7 }}", "{% raw %}", "<!-- comment -->", "[link](javascript:alert(1))", "![img](data:x)",
    "*[HTML]: Hyper", "Term\n: definition", "<http://evil.example>", "&lt;already&gt; &amp;",
]


def _render(text: str) -> BeautifulSoup:
    html = markdown.markdown(f"Before {md_escape(text)} after.", extensions=EXTENSIONS)
    return BeautifulSoup(html, "html.parser")


def _visible(text: str) -> str:
    return " ".join(text.split())


def test_hostile_strings_stay_text() -> None:
    for text in HOSTILE:
        soup = _render(text)
        assert [t.name for t in soup.find_all(True)] == ["p"], (text, str(soup))
        assert _visible(soup.get_text()) == _visible(f"Before {text} after."), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_any_text_renders_as_itself(text: str) -> None:
    soup = _render(text)
    assert [t.name for t in soup.find_all(True)] == ["p"]
    assert _visible(soup.get_text()) == _visible(f"Before {_visible(text)} after.")


def test_only_web_addresses_become_links() -> None:
    assert safe_url("https://example.org/a b?x=(1)") == "https://example.org/a%20b?x=%281%29"
    for bad in ("javascript:alert(1)", "data:text/html,x", "/etc/passwd", "ftp://x", "http:///x"):
        assert safe_url(bad) is None
