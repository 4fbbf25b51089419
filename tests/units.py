"""Helpers for the labelled unit sets in tests/cases/units/: a passage becomes a Source, its
sentences and people, the way the pipeline reads an article."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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


def source(body: str, outlet: str = "") -> Source:
    return Source(id="case", path="case.txt", title="Case", outlet=outlet, url="", author="", published="2021-01-01",
                  published_inferred=None, date_note="", body=body,
                  sha256=hashlib.sha256(body.encode("utf-8")).hexdigest())


def read(body: str, people: Sequence[PersonConfig] = (), outlet: str = ""
         ) -> tuple[tuple[Sentence, ...], tuple[Person, ...]]:
    src = source(body.strip(), outlet)
    return recognise(segment(src), people, not_people=(outlet,) if outlet else ())
