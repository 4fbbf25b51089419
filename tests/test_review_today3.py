"""A third same-day review (tests/cases/review_today3: 24 small corpora, FINDINGS.md) of the sums and the summer
weeks: 22 false disagreements, 6 of them the day's (support with no rate, another's children's summer weeks, a
bequest under a title about the settlement) and 16 older (bounds, nets, a second wife, a prenup's maybe). The
answered ones may not come back; the rest are known limits, listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today3"
# older than the day and not answered: a retracted report, the couple's second divorce from each other, legal fees
# of each, "$5 million Canadian"
KNOWN_LIMITS = {"case05", "case07", "case12", "case15"}
CASES_ = sorted(p.name for p in REVIEW.iterdir() if p.name.startswith("case"))


def _disputed(case: str, tmp_path: Path) -> dict[str, list[str]]:
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    return {c.slot: [v.value for v in c.values] for c in profile.conflicts
            if str(c.verdict) == "disagreement" and c.slot != "born"}


@pytest.mark.parametrize("case", [c for c in CASES_ if c not in KNOWN_LIMITS])
def test_no_false_disagreement(case: str, tmp_path: Path) -> None:
    disputed = _disputed(case, tmp_path)
    assert not disputed, disputed


@pytest.mark.parametrize("case", sorted(KNOWN_LIMITS))
def test_known_limit(case: str, tmp_path: Path) -> None:
    if _disputed(case, tmp_path):
        pytest.xfail("a false disagreement older than the day's rules (FINDINGS.md)")
