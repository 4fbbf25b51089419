"""Someone a person was married to before (generator/former_spouses.py): review_spouses' corpora
(tests/cases/review_spouses, FINDINGS.md), written to make the rule publish a wrong record. The first form of the
rule made 18 wrong records there: an ex-wife's sister or new husband, "now married to", "a cousin of", a denial in
another sentence or article, "pure fiction", a screen marriage, an engagement, a rival's single-quoted words."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.former_spouses import SLOT
from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_spouses"
# The records each case must give, (person, former spouse, articles); every other case gives none.
RIGHT = {
    "case01": [("Owen Tallis", "Fay Corrigan", ["a1", "a2"])],
    "case19": [("Owen Tallis", "Fay Corrigan", ["a1", "a2"])],  # the bride, named, says it
    "case25": [("Owen Tallis", "Fay Corrigan", ["a1", "a2"])],
    "case26": [("Nell Archer", "Hugo Brandt", ["a1", "a2"])],
    "case28": [("Owen Tallis", "Fay Corrigan", ["a1", "a2"])],  # "Fay Corrigan, and her husband Hugo Brandt"
    "case31": [("Hugo Brandt", "Fay Corrigan", ["a1", "a2"])],  # "Archer's ex-husband Hugo Brandt's ex-wife, ..."
}


@pytest.mark.parametrize("case", sorted(p.name for p in REVIEW.iterdir() if p.is_dir()))
def test_a_former_spouse_only_where_the_articles_surely_say_it(case: str, tmp_path: Path) -> None:
    profile, _ = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))
    records = [(r.about[0], r.values[0].value, sorted({c.source for c in r.values[0].citations}))
               for r in profile.records if r.slot == SLOT]
    assert records == RIGHT.get(case, [])
