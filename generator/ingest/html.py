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
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
_SPACES = re.compile(r"\s+")


def _meta(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and isinstance(tag.get("content"), str) and tag["content"].strip():
            return str(tag["content"]).strip()
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


def _drop_boilerplate(root: Tag) -> None:
    for tag in root.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed or not isinstance(tag.attrs, dict):
            continue
        hints = " ".join([*tag.get("class", []), str(tag.get("id", "")), str(tag.get("role", ""))])
        if hints.strip() and _DROP_HINT.search(hints):
            tag.decompose()


def _article_root(soup: BeautifulSoup) -> Tag:
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.get_text()))
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if isinstance(main, Tag):
        return main
    body = soup.body or soup
    parents: dict[int, tuple[Tag, int]] = {}
    for p in body.find_all("p"):
        parent = p.parent
        if isinstance(parent, Tag):
            tag, n = parents.get(id(parent), (parent, 0))
            parents[id(parent)] = (tag, n + len(p.get_text()))
    return max(parents.values(), key=lambda v: v[1])[0] if parents else body  # type: ignore[return-value]


def parse_html(markup: str) -> tuple[dict[str, Any], list[str], str]:
    """Return (metadata, paragraphs, date as written or '') for a saved web page."""
    soup = BeautifulSoup(markup, "lxml")
    ld = _json_ld(soup)
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    time_tag = soup.find("time", attrs={"datetime": True})
    meta = {
        "title": _meta(soup, "og:title") or _name(ld.get("headline", ""))
        or (_clean(h1.get_text()) if h1 else "") or (_clean(title_tag.get_text()) if title_tag else ""),
        "outlet": _meta(soup, "og:site_name") or _name(ld.get("publisher", "")),
        "url": _meta(soup, "og:url") or _name(ld.get("url", "")),
        "author": _meta(soup, "author", "article:author") or _name(ld.get("author", "")),
    }
    raw_date = (_meta(soup, "article:published_time", "datePublished", "date")
                or _name(ld.get("datePublished", ""))
                or (str(time_tag["datetime"]) if isinstance(time_tag, Tag) else ""))
    root = _article_root(soup)
    _drop_boilerplate(root)
    pars: list[str] = []
    for block in root.find_all(_BLOCKS):
        if block.find(_BLOCKS):
            continue  # the inner blocks are read on their own
        text = _clean(block.get_text(" "))
        if text and text != meta["title"]:
            pars.append(text)
    if not pars:
        text = _clean(root.get_text(" "))
        pars = [text] if text else []
    return meta, pars, raw_date
