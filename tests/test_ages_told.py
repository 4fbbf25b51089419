"""An age the fact check tells with its sentence (a birth year all the articles' ages agree on, shown on the
fact-check page) is no word a paragraph's record must give: a sentence that says no more than the record and
such ages is left to the paragraph (summarised.told_by_paragraph, compose._ages_told)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import profile_of_articles

WED = "Bob Ray and Ann Lee married in 2011."


def _statements(tmp_path: Path, second: str, third: str) -> tuple[list[str], dict[str, list[str]]]:
    """The statements, and each record's cited articles by slot, of three articles: one that says the couple have
    two children by name, and two more (of 2017 and 2018) that say `second` and `third`."""
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2016-04-12", f"{WED}\n\nBob Ray and Ann Lee have two children, Ivy Ray and Tom Ray."),
        "b.txt": ("2017-03-18", f"{WED}\n\n{second}"),
        "c.txt": ("2018-02-12", f"{WED}\n\n{third}"),
    })
    cited = {r.slot: sorted({c.source for c in r.citations}) for r in profile.records}
    return [st.text for sec in profile.sections for st in sec.statements], cited


@pytest.mark.parametrize(("second", "third"), [
    ("The couple have two children, Ivy Ray, 5, and Tom Ray, 3.", "The couple have two children, Ivy Ray, 6, and Tom Ray, 4."),
    # a word that says no more than the count beside the ages (found on corpus_A)
    ("The couple have two children, Ivy Ray, 5, and Tom Ray, 3.",
     "The pair have two children together, Ivy Ray, 6, and Tom Ray, 4."),
])
def test_a_count_with_ages_that_agree_is_told_by_the_paragraph(second: str, third: str, tmp_path: Path) -> None:
    said, cited = _statements(tmp_path, second, third)
    assert cited["children"] == ["a", "b", "c"]
    assert second not in said and third not in said, said


@pytest.mark.parametrize(("second", "third"), [
    # Ivy is 5 in 2017 and 9 in 2018: which is right? The fact check calls it a disagreement
    ("The couple have two children, Ivy Ray, 5, and Tom Ray, 3.", "The couple have two children, Ivy Ray, 9, and Tom Ray, 4."),
    # a word more than the count and the ages: the daughter, the son; where they live
    ("The couple share daughter Ivy Ray, 5, and son Tom Ray, 3.", "The couple share daughter Ivy Ray, 6, and son Tom Ray, 4."),
    ("The couple have two children, Ivy Ray, 5, and Tom Ray, 3, who live in Reno.",
     "The couple have two children, Ivy Ray, 6, and Tom Ray, 4, who live in Reno."),
])
def test_a_count_with_ages_that_differ_or_with_more_stays(second: str, third: str, tmp_path: Path) -> None:
    said, _cited = _statements(tmp_path, second, third)
    assert [t for t in said if "Ivy Ray" in t], said


def test_the_couple_s_ages_beside_their_wedding_are_told_by_the_fact_check(tmp_path: Path) -> None:
    """An age beside the wedding's words keeps no sentence a statement of its own where the ages agree (on corpus_m,
    "Montalvo, 36, and Larranaga-Ferrer married in 2013." stood below the wedding record that cites it, for its
    age; this small corpus was told by the paragraph before too: a guard)."""
    said, cited = _statements(tmp_path, "Bob Ray, 40, and Ann Lee married in 2011.",
                              "Bob Ray, 41, and Ann Lee married in 2011.")
    assert cited["married"] == ["a", "b", "c"]
    assert not [t for t in said if "married" in t], said
