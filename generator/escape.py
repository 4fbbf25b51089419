"""The one escaping function: article text in, inert Markdown-and-HTML text out.

Every value that comes from an article passes through `md_escape` (the template
engine applies it to every `{{ }}` output); Markdown the generator writes itself is
marked with `markupsafe.Markup` and passes as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup

_WHITESPACE = re.compile(r"\s+")
# Characters that start Markdown, HTML, Jinja/macro or extension syntax. Each becomes a
# numeric character reference, which Markdown leaves alone and the browser shows as the
# character itself: the reader sees the article's words, the parser sees no markup.
_SPECIAL = {c: f"&#{ord(c)};" for c in "&<>\\`*_{}[]()#+!|~^=:"}
_TABLE = str.maketrans(_SPECIAL)


def md_escape(value: object) -> Markup:
    """Article text made inert for Markdown and HTML, on one line."""
    if isinstance(value, Markup):
        return value
    return _escape_text(str(value))


@lru_cache(maxsize=1 << 17)
def _escape_text(value: str) -> Markup:
    """md_escape of a plain string; the pages repeat the same quotes and names many times."""
    text = _WHITESPACE.sub(" ", value)
    text = text.translate(_TABLE)
    # A run of hyphens is a rule, a table line or a snippet marker; "1995. Next" at the
    # start of a line opens an ordered list; a leading hyphen opens a bullet list.
    if "-" in text:
        text = _HYPHENS.sub(lambda m: "&#45;" * len(m.group(0)), text)
        text = _LEADING_HYPHEN.sub("&#45;", text)
    return Markup(_LIST_NUMBER.sub(r"\1&#46;", text))


_HYPHENS = re.compile(r"-{2,}")
_LIST_NUMBER = re.compile(r"^(\d+)\.")
_LEADING_HYPHEN = re.compile(r"^-")



def slug(value: str) -> str:
    """A safe anchor fragment."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "x"


def safe_url(value: str) -> Markup | None:
    """An http(s) address, percent-encoded so it cannot break out of a Markdown link;
    None for anything else (javascript:, data:, relative paths)."""
    from urllib.parse import quote, urlsplit

    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return Markup(quote(url, safe=":/?#&=%+.,~-_@!$;"))
