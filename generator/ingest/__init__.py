"""Stage 1, ingest: files in seeds/ become Sources with clean body text and metadata."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from ..cache import Cache, key_of
from ..config import ProfileConfig, read_yaml
from ..errors import ConfigError
from ..model import Source, Warning
from ..parallel import cached_all
from .dates import describe, latest_mentioned, parse_date, url_date
from .html import parse_html
from .reading import BadInput, decode_text, read_bytes
from .text import META_KEYS, looks_like_headline, parse_text

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
OVERRIDES_FILE = "sources.yml"


# Paragraphs of page furniture listed per article on the sources page, at most.
MAX_LEFT_OUT = 30


def source_id(path: Path, taken: set[str]) -> str:
    """A stable, URL-safe id from the file name."""
    base = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "source"
    sid = base if base not in taken else f"{base}-{path.suffix.lstrip('.').lower()}"
    n = 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    return sid


def display_path(seeds_dir: Path, path: Path) -> str:
    """'seeds/<file name>' on one line: characters that do not print (a newline in a file
    name, say) are shown as escapes, so that no name can add a line to the build log."""
    name = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in path.name)
    return f"{seeds_dir.name}/{name}"


def read_overrides(seeds_dir: Path) -> dict[str, dict[str, str]]:
    """`seeds/sources.yml`: file name -> metadata that overrides the file's own."""
    path = seeds_dir / OVERRIDES_FILE
    if not path.is_file():
        return {}
    raw = read_yaml(path) or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: got {type(raw).__name__}; expected a mapping of file name to metadata")
    out: dict[str, dict[str, str]] = {}
    for name, meta in raw.items():
        if not isinstance(meta, dict):
            raise ConfigError(f"{path}: {name}: got {meta!r}; expected a mapping of {', '.join(META_KEYS)}")
        unknown = set(map(str, meta)) - set(META_KEYS)
        if unknown:
            raise ConfigError(f"{path}: {name}: unknown keys {sorted(unknown)}; expected {', '.join(META_KEYS)}")
        for key, value in meta.items():
            if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float, date))):
                raise ConfigError(f"{path}: {name}: {key}: got {value!r}; expected a single value (text or a date)")
        out[str(name)] = {str(k): str(v) for k, v in meta.items() if v is not None}
    return out


def _parse(path: Path, text: str, notes: list[str]) -> tuple[dict[str, Any], list[str], str]:
    kind = SUFFIXES[path.suffix.lower()]
    if kind == "html":
        return parse_html(text, notes)
    return parse_text(text, markdown=kind == "markdown")


def _title(meta: dict[str, Any], pars: list[str]) -> tuple[str, list[str]]:
    title = str(meta.get("title") or "").strip()
    if not title and len(pars) > 1 and looks_like_headline(pars[0]):
        return pars[0], pars[1:]
    return title, pars


def _date(path: str, raw: str, body: str, warnings: list[Warning], url: str = ""
          ) -> tuple[str | None, str | None, str]:
    """(published, inferred lower bound, note for the reader). An undated article whose web
    address holds a date ("/2020/06/") is dated by it; otherwise the latest date its text
    mentions, not counting dates it puts in the future, is a lower bound."""
    if raw:
        try:
            return parse_date(raw), None, "dated by the article"
        except ValueError:
            warnings.append(Warning(path, f"unreadable date {raw!r} (expected YYYY-MM-DD); date will be inferred"))
    from_url = url_date(url) if url else None
    if from_url:
        return None, from_url, f"undated (its web address gives {describe(from_url)})"
    latest = latest_mentioned(body)
    if latest is None:
        return None, None, "undated; the text mentions no date"
    return None, latest[0], f"undated (not before {describe(latest[0])}, the latest date it mentions)"


def read_source(path: Path, config: ProfileConfig, taken: set[str],
                overrides: dict[str, str], warnings: list[Warning]) -> Source:
    """One file to a Source; raises BadInput with the reason it cannot be used."""
    data = read_bytes(path, config.seeds_dir, config.max_file_bytes)
    parsed, notes = _parse_article(path, config, data, overrides)
    warnings.extend(notes)
    if isinstance(parsed, str):
        raise BadInput(parsed)
    return _with_id(parsed, path, taken)


def _with_id(parsed: Source, path: Path, taken: set[str]) -> Source:
    sid = source_id(path, taken)
    taken.add(sid)
    return replace(parsed, id=sid)


def _parse_article(path: Path, config: ProfileConfig, data: bytes, overrides: dict[str, str]
                   ) -> tuple[Source | str, tuple[Warning, ...]]:
    """A file's bytes to its Source (without an id yet) or the reason it cannot be used, and
    the warnings about it, in order. Reads only the file's name and bytes, its sources.yml
    entry, the seeds folder's name and the configured limits: a cache may keep the result."""
    warnings: list[Warning] = []
    try:
        return _article(path, config, data, overrides, warnings), tuple(warnings)
    except BadInput as exc:
        return str(exc), tuple(warnings)


def _article(path: Path, config: ProfileConfig, data: bytes, overrides: dict[str, str],
             warnings: list[Warning]) -> Source:
    rel = display_path(config.seeds_dir, path)
    text, encoding = decode_text(data)
    if encoding not in ("utf-8", "utf-8-sig"):
        warnings.append(Warning(rel, f"not UTF-8; read as {encoding}"))
    notes: list[str] = []
    try:
        meta, pars, raw_date = _parse(path, text, notes)
    except (ValueError, RecursionError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())[:200]  # a warning is one line
        raise BadInput(f"cannot be parsed: {exc.__class__.__name__}: {reason}") from exc
    warnings.extend(Warning(rel, note) for note in notes)
    meta.update({k: v for k, v in overrides.items() if k != "date"})
    raw_date = overrides.get("date", raw_date)
    title, pars = _title(meta, pars)
    body = "\n\n".join(pars)
    if not body.strip():
        raise BadInput("has no article text")
    if len(body) > config.max_article_chars:
        raise BadInput(f"holds {len(body):,} characters of text, over the limit of "
                       f"{config.max_article_chars:,} (profile.max_article_chars)")
    published, inferred, note = _date(rel, raw_date, body, warnings, str(meta.get("url") or ""))
    return Source(
        id="", path=rel, title=title, outlet=str(meta.get("outlet") or "").strip(),
        url=str(meta.get("url") or "").strip(), author=str(meta.get("author") or "").strip(),
        published=published, published_inferred=inferred, date_note=note, body=body,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        left_out=tuple(str(t) for t in meta.get("left_out") or ())[:MAX_LEFT_OUT],
        bold=_indices(pars, meta.get("bold")), italic=_indices(pars, meta.get("italic")),
    )


def _indices(pars: list[str], marked: list[str] | None) -> tuple[int, ...]:
    """The indices of the paragraphs the parser found set wholly in bold or in italics (by their text)."""
    texts = set(marked or ())
    return tuple(i for i, p in enumerate(pars) if p in texts)


def _parse_key(path: Path, config: ProfileConfig, data: bytes, overrides: dict[str, str]) -> str:
    """The cache key of a file's parse: everything _parse_article reads (the limits and the seeds
    folder's name are in the cache's salt too)."""
    return key_of(path.name, hashlib.sha256(data).hexdigest(), sorted(overrides.items()),
                  config.seeds_dir.name, config.max_file_bytes, config.max_article_chars)


def _mark_exact_duplicates(sources: list[Source], warnings: list[Warning]) -> list[Source]:
    """Each article whose text is an earlier one's, marked a copy of it: the earliest by its date (an undated one
    after every dated one), then by file name, is the original (never a copy run in October called the original
    of one published in March)."""
    first: dict[str, Source] = {}
    for s in sorted(sources, key=lambda s: (not s.published, s.published, s.path)):
        first.setdefault(s.sha256, s)
    out = []
    for s in sources:  # (in their own order, as are the warnings)
        if first[s.sha256] is not s:
            out.append(replace(s, duplicate_of=first[s.sha256].id))
            warnings.append(Warning(s.path, f"same text as {first[s.sha256].path}; counted once"))
        else:
            out.append(s)
    return out


def ingest(config: ProfileConfig, cache: Cache | None = None) -> tuple[tuple[Source, ...], tuple[Warning, ...]]:
    """Read every article in the seeds folder; bad files become warnings, not errors. With a
    cache, a file whose name, bytes and sources.yml entry were seen before is not parsed again."""
    warnings: list[Warning] = []
    if not config.seeds_dir.is_dir():
        return (), (Warning(str(config.seeds_dir), "seeds folder does not exist"),)
    overrides = read_overrides(config.seeds_dir)
    # Each file in turn: the warning it is skipped with, or its bytes (read here, in order) ...
    read: list[Warning | tuple[Path, bytes, dict[str, str]]] = []
    for path in sorted(config.seeds_dir.iterdir(), key=lambda p: p.name):
        rel = display_path(config.seeds_dir, path)
        if path.name == OVERRIDES_FILE or path.name.startswith("."):
            continue
        if path.suffix.lower() not in SUFFIXES or not (path.is_file() or path.is_symlink()):
            read.append(Warning(rel, f"skipped: not an article file (expected {', '.join(sorted(SUFFIXES))})"))
            continue
        try:
            read.append((path, read_bytes(path, config.seeds_dir, config.max_file_bytes), overrides.get(path.name, {})))
        except (BadInput, OSError) as exc:
            read.append(Warning(rel, f"skipped: {exc}"))
    # ... parsed (from the cache, else on several cores when there are many: generator/parallel.py) ...
    files = [f for f in read if not isinstance(f, Warning)]
    parsed = iter(cached_all(cache, "ingest", tuple, [(_parse_key(path, config, data, meta),
                                                       partial(_parse_article, path, config, data, meta))
                                                      for path, data, meta in files]))
    # ... and its warnings and its id given in the order of the files.
    sources: list[Source] = []
    taken: set[str] = set()
    for f in read:
        if isinstance(f, Warning):
            warnings.append(f)
            continue
        path = f[0]
        article, notes = next(parsed)
        warnings.extend(notes)
        if isinstance(article, str):
            warnings.append(Warning(display_path(config.seeds_dir, path), f"skipped: {article}"))
        else:
            sources.append(_with_id(article, path, taken))
    unknown = sorted(set(overrides) - {p.name for p in config.seeds_dir.iterdir()})
    warnings.extend(Warning(f"{config.seeds_dir.name}/{OVERRIDES_FILE}", f"names {n!r}, which is not in the folder")
                    for n in unknown)
    sources = _mark_exact_duplicates(sources, warnings)
    return tuple(sources), tuple(warnings)
