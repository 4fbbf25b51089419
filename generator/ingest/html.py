"""Saved web pages: the headline, the article body and the page's own metadata."""

from __future__ import annotations

import json
import re
from typing import Any

from bs4 import BeautifulSoup, Tag

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "figure",
              "figcaption", "form", "iframe", "svg", "button", "template", "object", "embed",
              "select", "textarea", "dialog", "menu")
_DROP_HINT = re.compile(
    r"(^|[\s_-])(ad|ads|advert\w*|promo\w*|related|share|social|newsletter|subscribe|"
    r"comments?|cookie\w*|sidebar|breadcrumbs?|caption|sponsor\w*|outbrain|taboola|"
    r"recommend\w*|byline|author-bio|tags?|paywall|signup|popup|modal)($|[\s_-])",
    re.IGNORECASE)
# Dropped elements whose text no reader takes for the article's: code and controls.
_SILENT_TAGS = ("script", "style", "noscript", "template", "svg", "button", "select", "textarea", "object", "embed")
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
_SPACES = re.compile(r"\s+")
# Real pages nest a few dozen levels; far deeper is a broken or hostile page.
MAX_DEPTH = 500


def _metas(soup: BeautifulSoup) -> dict[str, str]:
    """Every `<meta property|name=... content=...>`, the first of each name, in one pass."""
    out: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name"):
            key = tag.get(attr)
            if isinstance(key, str):
                out.setdefault(f"{attr}:{key}", content.strip())
    return out


def _meta(metas: dict[str, str], *names: str) -> str:
    for name in names:
        value = metas.get(f"property:{name}") or metas.get(f"name:{name}")
        if value:
            return value
    return ""


def _json_ld(soup: BeautifulSoup) -> dict[str, Any]:
    """The first JSON-LD object that describes an article."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _name(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        return str(value.get("name", "")).strip()
    return str(value).strip() if isinstance(value, str) else ""


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _children(tag: Tag) -> list[Tag]:
    return [c for c in tag.contents if isinstance(c, Tag)]


def _drop_boilerplate(root: Tag) -> list[str]:
    """Remove navigation, ads, scripts and the like: one walk, a dropped subtree is not visited.
    Returns the text of each paragraph removed with them ("By Jane Roe · May 18, 2016", a related
    story's teaser), in page order, so that the sources page can show what was left out."""
    stack = list(reversed(_children(root)))
    left_out: list[str] = []
    while stack:
        tag = stack.pop()
        classes: Any = tag.get("class") or []
        hints = " ".join([*(classes if isinstance(classes, list) else [str(classes)]),
                          str(tag.get("id", "")), str(tag.get("role", ""))])
        if tag.name in _DROP_TAGS or (hints.strip() and _DROP_HINT.search(hints)):
            if tag.name not in _SILENT_TAGS:
                blocks = [tag] if tag.name == "p" else tag.find_all("p")
                left_out.extend(t for t in (_clean(b.get_text(" ")) for b in blocks) if t)
            tag.decompose()
        else:
            stack.extend(reversed(_children(tag)))
    return left_out


def _depth(root: Tag) -> int:
    """How deeply elements nest under `root`, counted without recursion."""
    deepest, stack = 0, [(root, 0)]
    while stack:
        tag, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((c, depth + 1) for c in _children(tag))
    return deepest


def _leaf_blocks(root: Tag) -> list[Tag]:
    """Paragraph-like blocks that hold no other block, in document order, in one walk."""
    order: list[Tag] = []
    has_inner: set[int] = set()
    stack: list[tuple[Tag, Tag | None]] = [(c, None) for c in reversed(_children(root))]
    while stack:
        tag, outer = stack.pop()
        if tag.name in _BLOCKS:
            order.append(tag)
            if outer is not None:
                has_inner.add(id(outer))
            outer = tag
        stack.extend((c, outer) for c in reversed(_children(tag)))
    return [b for b in order if id(b) not in has_inner]


def _wholly(block: Tag, text: str, tags: tuple[str, ...]) -> bool:
    """Whether all the block's words are set in one of `tags` (an interview's question in <strong>, an
    editor's note in <em>): text/_emphasis for a page."""
    inner = [t for t in block.find_all(tags) if _outermost(t, block, tags)]
    return bool(inner) and _clean(" ".join(t.get_text(" ") for t in inner)) == text


def _outermost(tag: Tag, block: Tag, tags: tuple[str, ...]) -> bool:
    """Whether no tag of `tags` holds `tag` inside `block` (its ancestors are read up to the block only)."""
    for above in tag.parents:
        if above is block:
            return True
        if above.name in tags:
            return False
    return True


def _article_root(soup: BeautifulSoup) -> Tag:
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.get_text()))
    main = soup.find("main") or soup.find(True, attrs={"role": "main"})
    if isinstance(main, Tag):
        return main
    body = soup.body or soup
    parents: dict[int, tuple[Tag, int]] = {}
    for p in body.find_all("p"):
        parent = p.parent
        if isinstance(parent, Tag):
            tag, n = parents.get(id(parent), (parent, 0))
            parents[id(parent)] = (tag, n + len(p.get_text()))
    return max(parents.values(), key=lambda v: v[1])[0] if parents else body


def parse_html(markup: str, notes: list[str] | None = None) -> tuple[dict[str, Any], list[str], str]:
    """Return (metadata, paragraphs, date as written or '') for a saved web page; what was
    read only partly is described in `notes`."""
    notes = [] if notes is None else notes
    soup = BeautifulSoup(markup, "lxml")
    metas = _metas(soup)
    ld = _json_ld(soup)
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    time_tag = soup.find("time", attrs={"datetime": True})
    meta: dict[str, Any] = {
        "title": _meta(metas, "og:title") or _name(ld.get("headline", ""))
        or (_clean(h1.get_text()) if h1 else "") or (_clean(title_tag.get_text()) if title_tag else ""),
        "outlet": _meta(metas, "og:site_name") or _name(ld.get("publisher", "")),
        "url": _meta(metas, "og:url") or _name(ld.get("url", "")),
        "author": _meta(metas, "author", "article:author") or _name(ld.get("author", "")),
    }
    raw_date = (_meta(metas, "article:published_time", "datePublished", "date")
                or _name(ld.get("datePublished", ""))
                or (str(time_tag["datetime"]) if isinstance(time_tag, Tag) else ""))
    depth = _depth(soup)
    if depth > MAX_DEPTH:
        # Too deep to take apart block by block in reasonable time: keep the page's words,
        # one paragraph per line of text, without its scripts and styles.
        notes.append(f"HTML nested {depth:,} levels deep (limit {MAX_DEPTH:,}); read as plain text")
        for tag in soup.find_all(("script", "style", "noscript", "template")):
            tag.decompose()
        lines = (_clean(line) for line in (soup.body or soup).get_text("\n").split("\n"))
        return meta, [line for line in lines if line and line != meta["title"]], raw_date
    root = _article_root(soup)
    meta["left_out"] = _drop_boilerplate(root)
    pars: list[str] = []
    meta["bold"], meta["italic"] = [], []
    for block in _leaf_blocks(root):
        text = _clean(block.get_text(" "))
        if text and text != meta["title"]:
            pars.append(text)
            if _wholly(block, text, ("strong", "b")):
                meta["bold"].append(text)
            elif _wholly(block, text, ("em", "i")):
                meta["italic"].append(text)
    if not pars:
        text = _clean(root.get_text(" "))
        pars = [text] if text else []
    return meta, pars, raw_date
