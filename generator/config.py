"""The one typed configuration object, read and validated once.

Configuration lives in `mkdocs.yml` under the `profile` plugin entry, so that one
file describes the site. Nothing outside this module reads YAML or the environment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .lang.en import DEFAULT_SECTIONS

DEFAULT_MAX_FILE_BYTES = 5_000_000
# The longest news features run to ~20,000 words (~120,000 characters). Text far beyond
# that is not an article, and the later stages' cost grows faster than its length: it is
# skipped. (Generous for now: the stage tests feed 2,000,000-character paragraphs.)
DEFAULT_MAX_ARTICLE_CHARS = 3_000_000


@dataclass(frozen=True, slots=True)
class SectionConfig:
    key: str
    title: str
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PersonConfig:
    """A person the corpus talks about, added or corrected by hand."""

    name: str
    aliases: tuple[str, ...] = ()
    gender: str = ""


RELATION_KINDS = ("spouse", "former-spouse", "partner", "sibling", "child", "stepchild", "grandchild")


@dataclass(frozen=True, slots=True)
class RelationConfig:
    """A relation added or removed by hand: `person` is `kind` of `other` (years optional)."""

    kind: str
    person: str
    other: str
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class ProfileConfig:
    """Everything the generator needs to know, validated."""

    root: Path
    seeds_dir: Path
    docs_dir: Path
    subject: str = ""
    sections: tuple[SectionConfig, ...] = field(default_factory=tuple)
    people: tuple[PersonConfig, ...] = ()
    not_people: tuple[str, ...] = ()  # names the articles use that are not people (a company, a show)
    relations_add: tuple[RelationConfig, ...] = ()  # relations the articles state in words the reader misses
    relations_remove: tuple[RelationConfig, ...] = ()  # relations read wrongly (matched on kind, person, other)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS
    site_name: str = ""


class _TolerantLoader(yaml.SafeLoader):
    """SafeLoader that reads MkDocs' `!!python/name:` and `!ENV` tags as plain strings."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("", _any_tag)  # type: ignore[no-untyped-call]


def read_yaml(path: Path) -> Any:
    """Parse a YAML file; a syntax error becomes a ConfigError naming the file and line."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from exc


def _expect(cond: bool, key: str, value: Any, expected: str) -> None:
    if not cond:
        raise ConfigError(f"mkdocs.yml: profile.{key}: got {value!r}; expected {expected}")


def _str_list(value: Any, key: str) -> tuple[str, ...]:
    _expect(isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value),
            key, value, "a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _sections(raw: Any) -> tuple[SectionConfig, ...]:
    if raw is None:
        return tuple(SectionConfig(k, t, c) for k, t, c in DEFAULT_SECTIONS)
    _expect(isinstance(raw, list) and bool(raw), "sections", raw, "a non-empty list of {key, title, cues}")
    out: list[SectionConfig] = []
    for i, item in enumerate(raw):
        key = f"sections[{i}]"
        _expect(isinstance(item, dict), key, item, "a mapping with keys key, title, cues")
        unknown = set(item) - {"key", "title", "cues"}
        _expect(not unknown, key, sorted(unknown), "only the keys key, title, cues")
        skey = item.get("key")
        _expect(isinstance(skey, str) and skey.replace("-", "").isalnum() and skey.islower(),
                f"{key}.key", skey, "a lower-case slug such as 'custody'")
        title = item.get("title", skey.replace("-", " ").capitalize())
        _expect(isinstance(title, str) and title.strip() != "", f"{key}.title", title, "a non-empty string")
        out.append(SectionConfig(skey, title.strip(), _str_list(item.get("cues"), f"{key}.cues")))
    keys = [s.key for s in out]
    _expect(len(set(keys)) == len(keys), "sections", keys, "each key once")
    return tuple(out)


def _people(raw: Any) -> tuple[PersonConfig, ...]:
    if raw is None:
        return ()
    _expect(isinstance(raw, list), "people", raw, "a list of {name, aliases, gender}")
    out: list[PersonConfig] = []
    for i, item in enumerate(raw):
        key = f"people[{i}]"
        _expect(isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip(),
                key, item, "a mapping with a non-empty 'name'")
        unknown = set(item) - {"name", "aliases", "gender"}
        _expect(not unknown, key, sorted(unknown), "only the keys name, aliases, gender")
        aliases = _str_list(item.get("aliases", []), f"{key}.aliases")
        gender = item.get("gender", "")
        _expect(gender in ("", "f", "m"), f"{key}.gender", gender, "'f', 'm' or omitted")
        out.append(PersonConfig(item["name"].strip(), aliases, gender))
    return tuple(out)


def _plugin_options(mkdocs: dict[str, Any]) -> dict[str, Any]:
    plugins = mkdocs.get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{k: v} for k, v in plugins.items()]
    for entry in plugins:
        if entry == "profile":
            return {}
        if isinstance(entry, dict) and "profile" in entry:
            opts = entry["profile"] or {}
            _expect(isinstance(opts, dict), "", opts, "a mapping of options")
            return dict(opts)
    return {}


KNOWN_OPTIONS = {"subject", "seeds", "sections", "people", "not_people", "relations", "max_file_bytes",
                 "max_article_chars"}


def _relations(value: Any) -> tuple[tuple[RelationConfig, ...], tuple[RelationConfig, ...]]:
    """profile.relations: {add: [...], remove: [...]}, each item {kind, person, other, start?, end?}."""
    if value is None:
        return (), ()
    _expect(isinstance(value, dict), "relations", value, "a mapping with the keys add and/or remove")
    unknown = set(value) - {"add", "remove"}
    _expect(not unknown, "relations", sorted(unknown), "only the keys add and remove")
    out: dict[str, list[RelationConfig]] = {"add": [], "remove": []}
    for part in ("add", "remove"):
        items = value.get(part) or []
        _expect(isinstance(items, list), f"relations.{part}", items, "a list of {kind, person, other}")
        for i, item in enumerate(items):
            key = f"relations.{part}[{i}]"
            _expect(isinstance(item, dict), key, item, "a mapping with kind, person and other")
            extra = set(item) - {"kind", "person", "other", "start", "end"}
            _expect(not extra, key, sorted(extra), "only the keys kind, person, other, start, end")
            kind = item.get("kind")
            _expect(kind in RELATION_KINDS, f"{key}.kind", kind, "one of " + ", ".join(RELATION_KINDS))
            for name in ("person", "other"):
                who = item.get(name)
                _expect(isinstance(who, str) and bool(who.strip()), f"{key}.{name}", who, "a person's name")
            _expect(item["person"].strip() != item["other"].strip(), key, item, "two different people")
            years = {}
            for name in ("start", "end"):
                when = item.get(name, "")
                when = str(when) if isinstance(when, int) else when
                _expect(isinstance(when, str) and bool(re.fullmatch(r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?", when)),
                        f"{key}.{name}", item.get(name), "a year or an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)")
                years[name] = when
            out[part].append(RelationConfig(kind, item["person"].strip(), item["other"].strip(), **years))
    return tuple(out["add"]), tuple(out["remove"])


def _positive_int(options: dict[str, Any], key: str, default: int, unit: str) -> int:
    value = options.get(key, default)
    _expect(isinstance(value, int) and not isinstance(value, bool) and value > 0,
            key, value, f"a positive whole number of {unit}")
    return int(value)


def from_options(root: Path, options: dict[str, Any], docs_dir: str = "docs",
                 site_name: str = "") -> ProfileConfig:
    """Validate the `profile` plugin options into a ProfileConfig."""
    unknown = set(options) - KNOWN_OPTIONS
    _expect(not unknown, "", sorted(unknown), f"only the options {sorted(KNOWN_OPTIONS)}")
    subject = options.get("subject", "")
    _expect(isinstance(subject, str), "subject", subject, "a string")
    seeds = options.get("seeds", "seeds")
    _expect(isinstance(seeds, str) and seeds.strip() != "", "seeds", seeds, "a folder path")
    added, removed = _relations(options.get("relations"))
    return ProfileConfig(
        root=root,
        seeds_dir=(root / seeds).resolve(),
        docs_dir=(root / docs_dir).resolve(),
        subject=subject.strip(),
        sections=_sections(options.get("sections")),
        people=_people(options.get("people")),
        not_people=_str_list(options.get("not_people", []), "not_people"),
        relations_add=added,
        relations_remove=removed,
        max_file_bytes=_positive_int(options, "max_file_bytes", DEFAULT_MAX_FILE_BYTES, "bytes"),
        max_article_chars=_positive_int(options, "max_article_chars", DEFAULT_MAX_ARTICLE_CHARS, "characters"),
        site_name=site_name,
    )


def load(mkdocs_yml: Path) -> ProfileConfig:
    """Read `mkdocs.yml` and return the validated profile configuration."""
    raw = read_yaml(mkdocs_yml)
    if not isinstance(raw, dict):
        raise ConfigError(f"{mkdocs_yml}: expected a mapping at the top level, got {type(raw).__name__}")
    docs_dir = raw.get("docs_dir", "docs")
    if not isinstance(docs_dir, str):
        raise ConfigError(f"{mkdocs_yml}: docs_dir: got {docs_dir!r}; expected a folder path")
    site_name = raw.get("site_name", "")
    return from_options(mkdocs_yml.parent.resolve(), _plugin_options(raw), docs_dir,
                        site_name if isinstance(site_name, str) else "")
