"""Which event each figure belongs to, one case per rule (tests/cases/units/figures.yml): a labelled
set of years and lengths of time, each with the facts it must give and no other."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.extract import extract
from generator.model import ON_RECORD, Sentence, Source

CASES_FILE = Path(__file__).parent / "cases" / "units" / "figures.yml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
_updated: dict[int, list[str]] = {}


def test_the_set_is_large() -> None:
    assert len(CASES) >= 60


def figures_of(text: str, date: str) -> list[str]:
    """The slot=value facts (years, lengths of time) of one sentence of an article dated `date`."""
    source = Source(id="a", path="a.txt", title="", outlet="", url="", author="", published=date or None,
                    published_inferred=None, date_note="", body=text, sha256="")
    s = Sentence(id="a:0", source="a", index=0, paragraph=0, start=0, end=len(text), text=text,
                 attribution=ON_RECORD, speaker=None, quotes=())
    return [f"{f.slot}={f.value}" for f in extract(s, source) if f.kind in ("year", "duration")]


@pytest.mark.parametrize("n", range(len(CASES)), ids=[c["rule"][:60] for c in CASES])
def test_figure_belongs_to_its_event(n: int, update_goldens: bool) -> None:
    case = CASES[n]
    got = figures_of(case["text"], str(case.get("date") or ""))
    if update_goldens:
        _updated[n] = got
        if len(_updated) == len(CASES):
            for i, c in enumerate(CASES):
                c["figures"] = _updated[i]
            CASES_FILE.write_text(_dump(CASES), encoding="utf-8")
        return
    assert sorted(got) == sorted(case["figures"]), case["rule"]


def _dump(cases: list[dict[str, Any]]) -> str:
    head = "".join(line + "\n" for line in CASES_FILE.read_text(encoding="utf-8").splitlines()
                   if line.startswith("#"))
    return head + yaml.safe_dump(cases, sort_keys=False, allow_unicode=True, width=120)


def test_an_undated_articles_date_is_shown_as_a_bound() -> None:
    """A fact-checker's find: a disagreement's row showed "2016" for an undated article whose text
    mentions nothing later (its lower bound), as if it were dated 2016."""
    from generator.factcheck import shown_date

    assert shown_date("2020-11-30T14:12") == "2020-11-30"
    assert shown_date("not before 2016") == "not before 2016"
    assert shown_date("") == "undated"
