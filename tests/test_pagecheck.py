"""The second line of defence: a generated page with active markup in its content is not published."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from generator.pagecheck import active_markup
from generator.plugin import ProfilePlugin

PAGE = ('<html><head><script src="assets/bundle.js"></script></head><body>'
        '<article class="md-content__inner md-typeset">{}</article></body></html>')


@pytest.mark.parametrize("content", [
    "<p>x<script>alert(1)</script></p>", '<p><img src="x" onerror="alert(1)"></p>', "<iframe src=//e></iframe>",
    '<p onclick="alert(1)">x</p>', '<a href="javascript:alert(1)">x</a>', '<a href=" data:text/html,x">x</a>',
    '<span style="background:url(//e)">x</span>', "<svg onload=alert(1)></svg>",
    '<script type="application/ld+json">{"a": "</script><script>alert(1)</script>"}</script>',
    '<svg><foreignObject><p>x</p></foreignObject></svg>', '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
    '<svg><a href="#"><set attributeName="href" to="javascript:alert(1)"/>x</a></svg>',
    '<img src="https://tracker.example/p.gif">', '<svg><image href="data:image/svg+xml,x"/></svg>',
])
def test_active_markup_is_found(content: str) -> None:
    assert active_markup(PAGE.format(content))


def test_the_generators_own_markup_passes() -> None:
    content = ('<h1 id="a">T<a class="headerlink" href="#a">¶</a></h1><p><span class="pf-anchor" id="s1"></span>'
               'Text &lt;script&gt;<sup id="fnref:s1-1"><a class="footnote-ref" href="#fn:s1-1">1</a></sup> '
               '<span class="pf-status pf-single" title="Stated by one article only">Single source</span></p>'
               '<a href="https://example.org/x">x</a> <a href="sources.html#src-a">Source</a>'
               '<figure class="pf-figure"><svg viewBox="0 0 10 10" role="img"><title>t</title>'
               '<rect class="pf-bar" x="1" y="1" width="5" height="2"/><a href="#ev-1"><text x="1" y="9">1986</text>'
               '</a></svg></figure><img src="assets/images/chart.svg" alt="chart">'
               '<script type="application/ld+json">{"@type": "ClaimReview", "x": "\\u003c/script\\u003e"}</script>')
    assert active_markup(PAGE.format(content)) == []


def _page(name: str, markdown: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=name, dest_uri=name.replace(".md", ".html")),
                           markdown=markdown)


CONFIG = SimpleNamespace(site_dir="/nonexistent/site", docs_dir="/nonexistent/docs")


def test_plugin_refuses_to_publish_a_generated_page_with_active_markup() -> None:
    plugin = ProfilePlugin()
    bad = PAGE.format("<p>x<script>alert(1)</script></p>")
    with pytest.raises(PluginError, match="index.md: article text reached the page as markup"):
        plugin.on_post_page(bad, _page("index.md", '!!! info "Generated page"\n'), CONFIG)
    # a hand-written page may hold any HTML its author chose
    assert "alert(1)" in plugin.on_post_page(bad, _page("about.md", "# About\n"), CONFIG)

