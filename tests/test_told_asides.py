"""An aside of a statement's sentence that the paragraph tells, citing that sentence, is left to the
paragraph (generator/told_asides.py): each claim told once, the footnote quoting the whole sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import corpus_config

OPENING = ("title: {n}\noutlet: Daily {n}\ndate: 2022-0{n}-01\n---\nMarla Quinn and Devon Hale married in 2008. "
           "Quinn and Hale separated in 2018. Quinn and Hale have two children.\n\n")


def _statements(tmp_path: Path, body: str) -> list[tuple[str, tuple[str, ...]]]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(OPENING.format(n=1), encoding="utf-8")
    (seeds / "b.txt").write_text(OPENING.format(n=2) + body + "\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    return [(st.text, tuple(c.sentence for c in st.citations)) for sec in profile.sections for st in sec.statements]


@pytest.mark.parametrize(("body", "shown"), [
    ("The former couple, who married in 2008 and split a decade later, have become a model of friendly co-parenting.",
     "The former couple [\u2026] have become a model of friendly co-parenting."),
    ("The exes \u2014 who married in 2008 and separated in 2018 \u2014 now share a calendar app.",
     "The exes [\u2026] now share a calendar app."),
    # an aside that tells more than the paragraph does stays as written
    ("The former couple, who married in 2008 in a cliffside ceremony in Big Sur, now share a calendar app.",
     "The former couple, who married in 2008 in a cliffside ceremony in Big Sur, now share a calendar app."),
    # so does one in someone's words
    ('"The former couple, who married in 2008, now share a calendar app," Quinn said.',
     '"The former couple, who married in 2008, now share a calendar app," Quinn said.'),
])
def test_an_aside_the_paragraph_tells_is_left_to_it(body: str, shown: str, tmp_path: Path) -> None:
    statements = _statements(tmp_path, body)
    ours = [(text, cited) for text, cited in statements if any(c.startswith("b:") for c in cited)
            and "calendar" in text or "co-parenting" in text]
    assert [text for text, _cited in ours] == [shown], statements
    assert all(len(cited) >= 1 for _text, cited in ours)
