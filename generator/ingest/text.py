"""Plain-text and Markdown articles: metadata header, then paragraphs."""

from __future__ import annotations

import re
from typing import Any

from frontmatter.default_handlers import YAMLHandler

META_KEYS = ("title", "outlet", "url", "date", "author")
_DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*(.*)$", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_FRONT_MATTER = YAMLHandler()
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _header_block(lines: list[str]) -> tuple[dict[str, str], list[str]] | None:
    """`key: value` lines ended by a line `---`; None when the file has no such block."""
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[:20]):
        if line.strip() == "---":
            return (meta, lines[i + 1:]) if meta else None
        m = _HEADER_LINE.match(line)
        if not m or m.group(1).lower() not in META_KEYS:
            return None
        meta[m.group(1).lower()] = m.group(2)
    return None


def _front_matter(text: str) -> tuple[dict[str, Any], str] | None:
    """YAML front matter at the top of a Markdown file, between two lines of dashes
    (python-frontmatter finds them: `---`, `----`, trailing spaces, blank lines before), read
    safely; None when there is none. Front matter that is not a mapping stops the file."""
    text = text.lstrip("\n")
    if not _FRONT_MATTER.detect(text):
        return None
    try:
        head, rest = _FRONT_MATTER.split(text)
    except ValueError:  # no closing line of dashes: no front matter
        return None
    data = _FRONT_MATTER.load(head)  # yaml.SafeLoader: no tags that build objects
    if not isinstance(data, dict):
        raise ValueError("front matter is not a mapping of key: value")  # noqa: TRY004 (read() reports ValueError)
    return {str(k).lower(): v for k, v in data.items()}, rest


def paragraphs(lines: list[str]) -> list[str]:
    """Join wrapped lines and split paragraphs at blank lines (or at every line
    break, when the file uses no blank lines at all)."""
    blank_mode = any(not line.strip() for line in lines) and sum(1 for ln in lines if ln.strip()) > 1
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        stripped = _SPACES.sub(" ", line).strip()
        if not stripped:
            if current:
                out.append(" ".join(current))
                current = []
            continue
        if current and not blank_mode and (current[-1][-1:] in '.!?"”’:' or not stripped[0].islower()):
            out.append(" ".join(current))
            current = []
        current.append(stripped)
    if current:
        out.append(" ".join(current))
    return out


def _strip_markdown(par: str) -> str:
    """Drop Markdown's own markers from an article written in Markdown."""
    par = re.sub(r"^#{1,6}\s+", "", par)
    par = re.sub(r"^>\s?", "", par)
    # Each bracket or marker class excludes its own opening character, so that a scan that
    # fails stops at the next opener: linear time on "[[[[..." or "**a **a ..." (5 MB lines).
    # An address may hold one level of parentheses, as Wikipedia's do.
    par = re.sub(r"\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}\)", r"\1", par)
    par = re.sub(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]{1,500}?)(?<=\S)\1(?![\w*])", r"\2", par)
    par = re.sub(r"\*\*(?=[^\s*])([^*\n]{1,500}?)(?<=\S)\*\*", r"\1", par)
    par = re.sub(r"__(?=[^\s_])([^_\n]{1,500}?)(?<=\S)__", r"\1", par)
    return par


def parse_text(text: str, markdown: bool) -> tuple[dict[str, Any], list[str], str]:
    """Return (metadata, paragraphs, date as written or '') for a .txt or .md article."""
    meta: dict[str, Any] = {}
    if markdown:
        fm = _front_matter(text)
        if fm:
            meta, text = fm
    lines = text.split("\n")
    if not meta:
        block = _header_block(lines)
        if block:
            meta, lines = dict(block[0]), block[1]
    while lines and not lines[0].strip():
        lines = lines[1:]
    raw_date = str(meta.pop("date", "") or "")
    if lines:
        m = _DATE_LINE.match(lines[0])
        if m and re.match(r"\d", m.group(1)):
            raw_date = raw_date or m.group(1)
            lines = [m.group(2)] + lines[1:] if m.group(2).strip() else lines[1:]
    pars = paragraphs(lines)
    if markdown:
        marked = [(_emphasis(p), _strip_markdown(p)) for p in pars]
        pars = [p for _kind, p in marked if p.strip()]
        meta["bold"] = [p for kind, p in marked if kind == BOLD and p.strip()]
        meta["italic"] = [p for kind, p in marked if kind == ITALIC and p.strip()]
    return meta, pars, raw_date


BOLD = "bold"
ITALIC = "italic"
# A paragraph set wholly in bold ("**You went back to Lee. Was that a hard call?**"), or wholly in
# italics ("*This interview has been edited and condensed.*"): an interview's question, an editor's note.
_WHOLLY_BOLD = re.compile(r"\*\*(?=\S)(?:[^*]|\*(?!\*))+(?<=\S)\*\*|__(?=\S)(?:[^_]|_(?!_))+(?<=\S)__")
_WHOLLY_ITALIC = re.compile(r"\*(?=[^\s*])[^*]+(?<=[^\s*])\*|_(?=[^\s_])[^_]+(?<=[^\s_])_")


def _emphasis(par: str) -> str:
    """BOLD or ITALIC when the whole Markdown paragraph is set so, else ""."""
    par = par.strip()
    return BOLD if _WHOLLY_BOLD.fullmatch(par) else ITALIC if _WHOLLY_ITALIC.fullmatch(par) else ""


def looks_like_headline(par: str) -> bool:
    """A short first line in title case, without a final full stop, reads as a headline."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", par)]
    if not words or len(par) > 200 or par.rstrip()[-1:] == ".":
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6
