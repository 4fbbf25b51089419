"""A child someone has from an earlier relationship (generator/earlier_children.py): review_children's corpora
(tests/cases/review_children, FINDINGS.md), written to make the rule publish a wrong record. The first form of
the rule made 22 wrong records there: a stepson, someone else's marriage, a speaker or a mother taken as the child,
doubt before or after the words, a child who died, a story's character, the pair's own son."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.earlier_children import SLOT
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_children"
# The records each case must give, (parent, child, "son relationship", articles); every other case gives none.
RIGHT = {
    "case01": [("Dev Ostrander", "Rafe", "son relationship", ["a1", "a2"])],
    "case21": [("Dev Ostrander", "Rafe", "son relationship", ["a1", "a2"])],  # marriage and relationship: relationship
    "case32": [("Leo Varga", "Rafe", "son relationship", ["a1", "a2"])],  # "Quill's ex-husband Leo Varga has a son"
}


@pytest.mark.parametrize("case", sorted(p.name for p in REVIEW.iterdir() if p.is_dir()))
def test_a_child_from_before_only_where_the_articles_surely_say_it(case: str, tmp_path: Path) -> None:
    profile, _ = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))
    records = [(r.about[0], r.values[0].value, r.detail, sorted({c.source for c in r.values[0].citations}))
               for r in profile.records if r.slot == SLOT]
    assert records == RIGHT.get(case, [])
