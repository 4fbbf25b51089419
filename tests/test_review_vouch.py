"""Footnotes that vouch for words their quote does not say (false corroboration): a statement cites an
article only where that article's sentence says what the statement says, not merely the fact the two
share (the same count of children, the same year). Cases written for this review and the review's
corpora (tests/cases/review_vouch, FINDINGS.md)."""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile
from generator.pipeline import analyse, build

from .conftest import CASES, corpus_config, profile_of_articles


def _body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def _cited(profile: Profile, words: str) -> list[tuple[str, ...]]:
    """The articles (their file names' first word) each statement holding `words` cites."""
    return [tuple(sorted({c.source.split("_")[0] for c in st.citations}))
            for sec in profile.sections for st in sec.statements if words in st.text]


def test_a_count_in_passing_is_no_corroboration_of_the_rest(tmp_path: Path) -> None:
    """"He also pays monthly child support for their three children" shares only the count with
    "'Three kids, zero quiet,' Ray says": the quote is no footnote of the child support."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2023-05-04", _body(
            "Ann Lee and Bob Ray have settled their divorce, court papers show.",
            "Under the deal, Ray will pay Lee a lump sum of $2 million. "
            "He also pays monthly child support for their three children, Ivy, Tom and Jo.")),
        "a2.txt": ("2022-03-01", _body(
            "Bob Ray opens the door of his Pasadena house with a toddler on his hip.",
            "\"Three kids, zero quiet,\" Ray says, stepping over a toy tractor.",
            "Ray and his wife, Ann Lee, married in 2010.")),
        "a3.txt": ("2022-09-10", _body(
            "Ann Lee has filed for divorce from Bob Ray, court records show.",
            "The couple, who married in 2010, have three children.")),
    })
    assert _cited(profile, "child support") == [("a1",)]
    # a settlement is not the filing, however alike the words ("..., court papers show")
    assert _cited(profile, "has filed for divorce") == [("a3",)]
    assert _cited(profile, "have settled their divorce") == [("a1",)]
    # the quote is still shown, as a claim of its own
    assert _cited(profile, "Three kids, zero quiet") == [("a2",)]


def test_a_count_with_its_childrens_ages_still_corroborates(tmp_path: Path) -> None:
    """Guard: ages and names of the children are the count's own words: "They have two children, Ivy,
    3, and Tom, who is 10 months old" and "The couple have two kids" state one claim."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2018-09-01", _body(
            "Ann Lee and Bob Ray have split after five years of marriage.",
            "They have two children, Ivy, 3, and Tom, who is 10 months old.")),
        "a2.txt": ("2018-09-02", _body(
            "Novelist Ann Lee and her husband, Bob Ray, are separating.",
            "The couple have two kids, daughter Ivy and son Tom.")),
    })
    assert ("a1", "a2") in _cited(profile, "two children") + _cited(profile, "two kids")


def test_asking_for_custody_is_not_being_given_it(tmp_path: Path) -> None:
    """"is asking for ... primary physical custody" and "a judge has given her temporary primary physical
    custody" are two stages of the fight: no footnote of one vouches for the other."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2019-03-15", _body(
            "Ann Lee has filed for divorce from Bob Ray, court records show.",
            "Lee, who filed to end their marriage last week, is asking for joint legal custody and "
            "primary physical custody of the children.")),
        "a2.txt": ("2019-06-02", _body(
            "A Los Angeles judge has given Ann Lee temporary primary physical custody of her three "
            "children while her divorce from Bob Ray plays out.")),
    })
    assert _cited(profile, "is asking for joint legal custody") == [("a1",)]


REVIEW = CASES / "review_vouch"


def _profile(case: str, tmp_path: Path) -> Profile:
    return analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]


def test_a_plan_is_no_corroboration_of_the_wedding(tmp_path: Path) -> None:
    """V4, case16: "Ann Lee and Bob Ray plan to marry in 2024" does not vouch for "... married in August 2024 in
    Corran"."""
    assert _cited(_profile("case16", tmp_path), "married in August 2024") == [("a2",)]


def test_a_step_parents_count_is_not_the_couples(tmp_path: Path) -> None:
    """V5, case21: "becoming stepmother to his three children" is his children's count, not the couple's: the
    count's record rests on the article that says the couple have three children."""
    profile = _profile("case21", tmp_path)
    counts = [r for r in profile.records if r.slot == "children"]
    assert counts and all({c.source.split("_")[0] for v in r.values for c in v.citations} == {"a2"} for r in counts)
    # nor does a statement of the count cite it
    assert not [st for sec in profile.sections for st in sec.statements
                if st.key.startswith("children=") and any(c.source.startswith("a1") for c in st.citations)]


def test_a_brother_of_one_surname_is_not_the_husband(tmp_path: Path) -> None:
    """V13, case27: "Bob Ray's brother Tom Ray" made Tom Ray the one person of surname Ray (Bob Ray, named in
    full only beside Ann Lee, was no one), and "Tom Vane" (her sister's husband) a form of Tom Ray's name: the
    profile was titled "Ann Lee and Tom Ray". Two men named Tom are two people, and the brother's own
    separation is no vote for the couple's."""
    profile = _profile("case27", tmp_path)
    assert profile.subject == "Ann Lee and Bob Ray"
    people = {p.name: set(p.aliases) for p in profile.people}
    assert {"Bob Ray", "Tom Ray", "Tom Vane"} <= people.keys() and "Tom Vane" not in people["Tom Ray"]
    separated = [r for r in profile.records if r.slot == "separated"]
    assert separated and all({c.source.split("_")[0] for v in r.values for c in v.citations} == {"a1", "a2"}
                             for r in separated)


def test_a_parent_is_not_born_with_the_child(tmp_path: Path) -> None:
    """V14, case38: "Ann Lee and Bob Ray welcomed their third child, a son, in March 2020." gave Ann Lee "Born:
    2020" on the people page (and the fictional golden gave Eli Navarro, who "welcomed a baby girl", his
    daughter's birth year). One named before a parent's word is a parent, not the one born."""
    profile = _profile("case38", tmp_path)
    assert not [c for c in profile.conflicts if c.slot == "born" and "Ann Lee" in c.subject]


def test_a_speakers_own_divorce_is_not_the_couples(tmp_path: Path) -> None:
    """V3, case24: '"My own divorce was finalized in 2021 too," said Lee's attorney, Cara Wynn.' was a footnote of
    "Bob Ray said his divorce from Ann Lee was finalized in 2021." (Corroborated · 2 sources). The first person in a
    quotation is the speaker's."""
    assert _cited(_profile("case24", tmp_path), "his divorce from Ann Lee was finalized") == [("a3",)]


def test_the_couple_after_another_couples_wedding_is_that_couple(tmp_path: Path) -> None:
    """V6, case33: "Ann Lee and Bob Ray attended the wedding of Cara Wynn and Tom Ray. The couple married in June
    2017 in Pell Harbor." gave Lee and Ray a wedding in June 2017 (a second vote for 2017 against 2012, and the
    month): it is the other couple's."""
    profile = _profile("case33", tmp_path)
    married = [c for c in profile.conflicts if c.slot == "married"]
    assert married and all("a1" not in {x.source.split("_")[0] for v in c.values for x in v.citations}
                           for c in married)
    assert _cited(profile, "Lee married Ray in 2017") == [("a3",)]


def test_no_placeholder_of_an_unknown_name_is_published(tmp_path: Path) -> None:
    """D5, case38: someone the people stage did not take ("Bob Ray") is held inside as "?bob ray"; the fact check
    published "### Married: ?bob ray, Ann Lee (2012)". A page and profile.json write the name."""
    build(corpus_config(REVIEW / "case38", tmp_path / "docs"), use_cache=False)
    for page in ("fact-check.md", "profile.json"):
        text = (tmp_path / "docs" / page).read_text(encoding="utf-8")
        assert "?bob ray" not in text and "Bob Ray" in text, page


def test_a_richer_wording_cites_only_its_own_article_in_any_section(tmp_path: Path) -> None:
    """V9, case32: "Vane proposed to Roe in 2015 on a ferry." (Current family) was Corroborated by "Jo Roe and Tom
    Vane got engaged in December 2015.", which says nothing of a ferry: the engagement's record, in Background,
    tells the year with both articles; the statement cites its own article only, whatever section the record is in."""
    assert _cited(_profile("case32", tmp_path), "on a ferry") == [("a3",)]
