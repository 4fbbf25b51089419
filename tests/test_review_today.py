"""A same-day adversarial review of the day's disagreement rules (tests/cases/review_today: 30 small corpora a
reviewer wrote, FINDINGS.md says what each published): sums whose payer the words do not say, a judge in a role,
the weeks of each summer, a separation's announcement day and twins' birth day. 24 made the fact check list a
disagreement the articles do not have (another deal's settlement, a nanny's, support changed after a hearing, a
part against the whole, the grandparents' summer weeks, a representative's confirmation, a christening's date).
None may come back; the four real disagreements (pos01-pos04) must be found."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today"
NO_DISAGREEMENT = sorted(p.name for p in REVIEW.iterdir() if p.name.startswith("case"))
FOUND = {"pos01": "settlement", "pos02": "weeks-each-summer", "pos03": "separated date", "pos04": "child-born date"}


def _disputed(case: str, tmp_path: Path) -> dict[str, list[str]]:
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    return {c.slot: [v.value for v in c.values] for c in profile.conflicts
            if str(c.verdict) == "disagreement" and c.slot != "born"}


@pytest.mark.parametrize("case", NO_DISAGREEMENT)
def test_no_false_disagreement(case: str, tmp_path: Path) -> None:
    disputed = _disputed(case, tmp_path)
    assert not disputed, disputed


@pytest.mark.parametrize("case, slot", sorted(FOUND.items()))
def test_the_real_disagreement_is_found(case: str, slot: str, tmp_path: Path) -> None:
    assert slot in _disputed(case, tmp_path)


def test_the_set_is_whole() -> None:
    assert len(NO_DISAGREEMENT) >= 30
