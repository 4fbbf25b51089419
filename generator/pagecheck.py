"""Second line of defence: a built page whose Markdown the generator wrote must hold no
active markup in its content. Escaping (generator/escape.py) is the first line; this
check only refuses to publish if that ever fails."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

# Pictures the generator draws (inline <svg>, <img> of the site's own files) are allowed;
# what could run, submit or embed is not, nor a picture loaded from another host.
ACTIVE_TAGS = ("script", "iframe", "frame", "object", "embed", "applet", "form", "input", "button", "style",
               "link", "meta", "base", "math", "video", "audio", "source", "template", "foreignobject")
_BAD_URL = re.compile(r"^\s*(?:javascript|vbscript|data):", re.IGNORECASE)
_FOREIGN = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href")
_ANIMATED = ("animate", "set")


def active_markup(html: str) -> list[str]:
    """What in the page's content (Material's `article`) could run, load or send something."""
    soup = BeautifulSoup(html, "lxml")
    content = soup.find("article")
    if not isinstance(content, Tag):
        return []
    found: list[str] = []
    for tag in content.find_all(True):
        if tag.name == "script" and str(tag.get("type", "")).strip().lower() == "application/ld+json":
            pass  # structured data (schema.org), never run; a "</script>" inside would end it early
        elif tag.name in ACTIVE_TAGS:
            found.append(f"<{tag.name}> element")
        for attr, value in tag.attrs.items():
            if attr.lower().startswith("on") or attr.lower() == "style":
                found.append(f"{attr}= attribute on <{tag.name}>")
            elif attr.lower() in _URL_ATTRS and _BAD_URL.match(str(value)):
                found.append(f"{attr}={str(value)[:40]!r} on <{tag.name}>")
            elif attr.lower() == "src" and _FOREIGN.match(str(value)):
                found.append(f"src={str(value)[:40]!r} (another host) on <{tag.name}>")
        if tag.name in _ANIMATED and "href" in str(tag.get("attributename", "")).lower():
            found.append(f"<{tag.name}> that changes a link")
    return found
