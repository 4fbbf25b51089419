"""Helpers for the labelled unit sets in tests/cases/units/: a passage becomes a Source, its
sentences and people, the way the pipeline reads an article; a golden file of small cases, one
rule each, is checked case by case and refreshed by `--update-goldens`."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import PersonConfig
from generator.model import Person, Sentence, Source
from generator.people import recognise
from generator.segment import segment

UNITS = Path(__file__).parent / "cases" / "units"


def load(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((UNITS / name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def source(body: str, outlet: str = "", published: str | None = "2021-01-01", sid: str = "case") -> Source:
    return Source(id=sid, path=f"{sid}.txt", title="Case", outlet=outlet, url="", author="", published=published,
                  published_inferred=None, date_note="", body=body,
                  sha256=hashlib.sha256(body.encode("utf-8")).hexdigest())


def read(body: str, people: Sequence[PersonConfig] = (), outlet: str = ""
         ) -> tuple[tuple[Sentence, ...], tuple[Person, ...]]:
    src = source(body.strip(), outlet)
    return recognise(segment(src), people, not_people=(outlet,) if outlet else ())


def read_articles(articles: Sequence[Mapping[str, Any]], people: Sequence[str] = ()
                  ) -> tuple[tuple[Source, ...], tuple[Sentence, ...], tuple[Person, ...]]:
    """Several articles ({text, date, outlet}: `date` may be null for an undated one), read as
    one corpus: their sources (ids a, b, c, ...), sentences and people (`people`: names given as
    configuration, so that a case tests its stage, not the recogniser)."""
    sources = tuple(source(str(a["text"]).strip(), str(a.get("outlet") or ""),
                           str(a["date"]) if a.get("date") else None, chr(ord("a") + i))
                    for i, a in enumerate(articles))
    outlets = tuple(sorted({s.outlet for s in sources if s.outlet}))
    sentences, people = recognise(tuple(x for s in sources for x in segment(s)),
                                  [PersonConfig(n) for n in people], not_people=outlets)
    return sources, sentences, people


class Golden:
    """A YAML file of unit cases, each with a `rule`, its input, and the `field` it must give.
    A case with `limit: <reason>` is a known limit: its `field` says what is right, the test is an
    expected failure, and a refresh leaves it as written."""

    def __init__(self, name: str, field: str) -> None:
        self.path = UNITS / name
        self.field = field
        self.cases = load(name)
        self._got: dict[int, Any] = {}

    def params(self) -> list[Any]:
        """One pytest parameter per case, named by its rule; known limits marked xfail."""
        return [pytest.param(n, id=str(c["rule"])[:70],
                             marks=[pytest.mark.xfail(reason=str(c["limit"]), strict=True)] if c.get("limit") else [])
                for n, c in enumerate(self.cases)]

    def check(self, n: int, got: Any, update: bool) -> None:
        """Assert case n gives `got`; with `update`, record it and rewrite the file once every case is in."""
        case = self.cases[n]
        if update:
            self._got[n] = got
            if len(self._got) == len(self.cases):
                for i, c in enumerate(self.cases):
                    if not c.get("limit"):
                        c[self.field] = self._got[i]
                self.path.write_text(self._dump(), encoding="utf-8")
            if case.get("limit"):
                pytest.xfail("a known limit keeps its expected value")
            return
        expected = case[self.field]
        if isinstance(got, list) and isinstance(expected, list):
            got, expected = sorted(map(str, got)), sorted(map(str, expected))
        assert got == expected, case["rule"]

    def _dump(self) -> str:
        head = "".join(line + "\n" for line in self.path.read_text(encoding="utf-8").splitlines()
                       if line.startswith("#"))
        return head + yaml.dump(self.cases, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110)


class _Dumper(yaml.SafeDumper):
    """Writes a text of several lines as a block, the way it is read."""


def _text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


_Dumper.add_representer(str, _text)
