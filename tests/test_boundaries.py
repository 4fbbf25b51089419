"""Where sentences end: segment() on the hard cases of tests/cases/units/boundaries.yml
(abbreviations, initials, "Jan. 12", "E! News", "U.S.", quotations of several sentences,
ellipses, lists, headings without a full stop). A case marked `known` is one that pysbd gets
wrong today; it is expected to fail, and strictly, so that a fix shows up here."""

from __future__ import annotations

from typing import Any

import pytest

from generator.segment import segment

from .units import load, source

CASES = load("boundaries.yml")


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known"], strict=True)] if case.get("known") else []
    return pytest.param(case, marks=marks, id=f"{case['kind']}: {case['text'][:50]}")


def test_the_set_is_large_and_labelled() -> None:
    assert len(CASES) >= 60
    for case in CASES:
        assert set(case) <= {"kind", "from", "text", "sentences", "known"}, case
        assert case["sentences"] and all(s in case["text"] for s in case["sentences"]), case["text"]


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_sentences_end_where_a_reader_ends_them(case: dict[str, Any]) -> None:
    sentences = segment(source(case["text"]))
    assert [s.text for s in sentences] == case["sentences"]
