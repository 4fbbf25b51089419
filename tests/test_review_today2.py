"""A second same-day review of the day's rules as first answered (tests/cases/review_today2: 27 small corpora,
FINDINGS.md): sums one of the couple takes paid by the other, "... will pay Lee" with no payer read, summer weeks,
a separation's announcement, and the sections' line of the article's own day. Its false disagreements and wrong
sections may not come back (cases 23, 25 and 27 were wrong before the day and are known limits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_today2"
SECTIONS = {"case24": "Lee still keeps the first letter", "case26": "Fans of the drama still call"}
KNOWN_LIMITS = {"case23", "case25", "case27"}  # a present line about a dated past, placed by its neighbours (older)
NO_DISAGREEMENT = sorted(p.name for p in REVIEW.iterdir() if p.name.startswith("case") and p.name not in KNOWN_LIMITS)


@pytest.mark.parametrize("case", NO_DISAGREEMENT)
def test_no_false_disagreement(case: str, tmp_path: Path) -> None:
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    disputed = {c.slot: [v.value for v in c.values] for c in profile.conflicts
                if str(c.verdict) == "disagreement" and c.slot != "born"}
    assert not disputed, disputed
    if case in SECTIONS:
        (section,) = [sec.key for sec in profile.sections for st in sec.statements if SECTIONS[case] in st.text]
        assert section == "background"
