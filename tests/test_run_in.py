"""A heading run into its paragraph ("**The filing.** The petition was filed ..."): kept as a sentence even of one
word, set aside with its reason, and listed on the sources page with the sentence it opens, so that nothing of
the article vanishes unseen (claims.set_aside, segment.segment, render._with_what_it_opens)."""

from __future__ import annotations

from pathlib import Path

from generator.lang.en import REASON_RUN_IN
from generator.pipeline import build

from .conftest import corpus_config

ARTICLE = """---
title: Where the Lee divorce stands
outlet: Docket Watch
date: 2023-03-01
---

Ann Lee and Bob Ray married in 2010 in Reno, and Ann Lee filed for divorce in February 2023.

**The filing.** The petition was filed February 23, 2023, in Washoe County.

**Money.** The wife's financial affidavit has been filed under seal.

Ann. She walked in first, Bob Ray said.

It was chaos. Bob Ray asked for more time, his lawyer said.

Yikes! Ann Lee's lawyer did not answer.
"""


def _built(tmp_path: Path) -> tuple[dict[str, str], str]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a1.md").write_text(ARTICLE, encoding="utf-8")
    (seeds / "a2.txt").write_text("date 2023-03-02\n\nBob Ray and Ann Lee wed in 2010, the court papers show.\n",
                                  encoding="utf-8")
    profile = build(corpus_config(seeds, tmp_path / "docs"), use_cache=False).profile
    sources_page = (tmp_path / "docs" / "sources.md").read_text(encoding="utf-8")
    return {f.sentence.split(":")[1]: f.reason for f in profile.fates if f.source == "a1" and f.reason}, sources_page


def test_a_run_in_heading_is_listed_with_the_sentence_it_opens(tmp_path: Path) -> None:
    reasons, page = _built(tmp_path)
    assert sorted(r for r in reasons.values() if r == REASON_RUN_IN) == [REASON_RUN_IN] * 3
    assert "“The filing. The petition was filed February 23, 2023, in Washoe County.”" in page
    assert "“Money. The wife's financial affidavit has been filed under seal.”" in page  # one word, kept
    assert "“Ann. She walked in first, Bob Ray said.”" in page  # a name alone is no statement of its own


def test_a_short_sentence_that_is_no_heading_keeps_its_reason(tmp_path: Path) -> None:
    _reasons, page = _built(tmp_path)
    assert "“It was chaos.” (the writer's aside" in page  # a sentence with a verb
    assert "Yikes" not in page  # an exclamation of one word states nothing, as before
