"""The reader's labelled set (tests/cases/units/reader.yml): every .html and .md article of the
project, with the title, outlet, author, date and body a careful reader takes from it. Each
field of each file is one test; a field the set marks as a known limit of our reader is a
strict expected failure, so that a fix shows up as an unexpected pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import from_options
from generator.ingest import read_source
from generator.model import Source

from .units import load

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("title", "outlet", "author", "date", "body")
CASES = load("reader.yml")


def case_path(case: dict[str, Any]) -> Path:
    """A file of the set: under the repository, or under ../shared for `shared/...`."""
    name = str(case["file"])
    return ROOT.parent / name if name.startswith("shared/") else ROOT / name


def read(path: Path) -> Source:
    """The file as the build reads it (no sources.yml entry)."""
    config = from_options(path.parent.parent, {"seeds": path.parent.name})
    return read_source(path, config, set(), {}, [])


def body_problems(case: dict[str, Any], body: str) -> list[str]:
    """What in a body differs from the set's record of it (empty when it matches)."""
    pars = body.split("\n\n")
    problems = []
    if len(pars) != case["paragraphs"]:
        problems.append(f"{len(pars)} paragraphs, expected {case['paragraphs']}")
    if pars[0] != case["first"]:
        problems.append(f"first paragraph {pars[0]!r}")
    if pars[-1] != case["last"]:
        problems.append(f"last paragraph {pars[-1]!r}")
    problems += [f"lacks {s!r}" for s in case.get("contains", []) if s not in body]
    problems += [f"holds page chrome {s!r}" for s in case.get("absent", []) if s in body]
    return problems


def _params() -> list[Any]:
    out = []
    for case in CASES:
        name = Path(case["file"]).name
        limits = case.get("limits", {})
        for field in FIELDS:
            marks = [pytest.mark.xfail(strict=True, reason=limits[field])] if field in limits else []
            out.append(pytest.param(case, field, id=f"{name}-{field}", marks=marks))
    return out


def test_every_limit_names_a_field() -> None:
    for case in CASES:
        assert set(case.get("limits", {})) <= set(FIELDS), case["file"]


@pytest.mark.parametrize(("case", "field"), _params())
def test_reader_case(case: dict[str, Any], field: str) -> None:
    path = case_path(case)
    if not path.exists():
        pytest.skip(f"{path} is not here (it comes with ../shared)")
    src = read(path)
    if field == "body":
        assert body_problems(case, src.body) == []
    elif field == "date":
        assert (src.published or "") == str(case["date"])
    else:
        assert getattr(src, field) == case[field]
