"""Which event each year belongs to, one case per rule (tests/cases/units/extract_years.yml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.extract import extract
from generator.model import ON_RECORD, Sentence, Source

CASES_FILE = Path(__file__).parent / "cases" / "units" / "extract_years.yml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
_updated: dict[int, list[str]] = {}


def years_of(text: str, date: str) -> list[str]:
    """The slot=value year facts of one sentence of an article dated `date`."""
    source = Source(id="a", path="a.txt", title="", outlet="", url="", author="", published=date or None,
                    published_inferred=None, date_note="", body=text, sha256="")
    s = Sentence(id="a:0", source="a", index=0, paragraph=0, start=0, end=len(text), text=text,
                 attribution=ON_RECORD, speaker=None, quotes=())
    return [f"{f.slot}={f.value}" for f in extract(s, source) if f.kind == "year"]


@pytest.mark.parametrize("n", range(len(CASES)), ids=[c["rule"][:60] for c in CASES])
def test_year_belongs_to_its_event(n: int, update_goldens: bool) -> None:
    case = CASES[n]
    got = years_of(case["text"], str(case.get("date") or ""))
    if update_goldens:
        _updated[n] = got
        if len(_updated) == len(CASES):
            for i, c in enumerate(CASES):
                c["years"] = _updated[i]
            CASES_FILE.write_text(_dump(CASES), encoding="utf-8")
        return
    assert got == case["years"], case["rule"]


def _dump(cases: list[dict[str, Any]]) -> str:
    head = "".join(line + "\n" for line in CASES_FILE.read_text(encoding="utf-8").splitlines()
                   if line.startswith("#"))
    return head + yaml.safe_dump(cases, sort_keys=False, allow_unicode=True, width=120)
