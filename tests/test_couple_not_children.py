"""Whom "the couple" is: never the children an article lists, and never its pair where it may be another couple.

Found on corpora s and m (their first reading): "The couple, who married in Ireland in June 2011, have three
children: ..." after a quoted statement naming the three children made the children the article's pair and the
wedding theirs, so four articles' wedding stood apart from the couple's claim and record; "The couple separated in
June 2020, according to the filing." after a paragraph on the children was theirs too.
"""

from __future__ import annotations

from pathlib import Path

from generator.extract import children_named_in

from .conftest import claims_of


def _sources(claim: object) -> set[str]:
    return {s.source[0] for s in claim.sentences}  # type: ignore[attr-defined]


def test_the_couple_beside_their_listed_children_is_the_articles_pair(tmp_path: Path) -> None:
    claims, _fates, _ = claims_of(tmp_path, {
        "a.txt": ("Television host Ann Lee and architect Bob Ray have separated after nine years of marriage.\n\n"
                  '"We will continue to raise Ivy, Tom and Sam together," the statement said.\n\n'
                  "The couple, who married in Kelby in June 2011, have three children: Ivy, 8, Tom, 5, and Sam, 1.\n"),
        "b.txt": "Ann Lee and Bob Ray married in Kelby in 2011. Ann Lee and Bob Ray live in Toronto.\n",
    })
    married = [c for c in claims if c.key == ("married", "2011")]
    assert [_sources(c) for c in married] == [{"a", "b"}]
    assert married[0].about == frozenset({"Ann Lee", "Bob Ray"})


def test_the_couple_after_a_paragraph_on_the_children_is_the_articles_pair(tmp_path: Path) -> None:
    claims, _fates, _ = claims_of(tmp_path, {
        "a.txt": ("Ann Lee has filed for divorce from her husband, Bob Ray, court records show.\n\n"
                  "Lee asks the court to approve a plan under which the couple's children would live with her. "
                  "The children are Ivy, 10; Tom, 5; and Sam, 2.\n\n"
                  "The petition also asks for alimony.\n\n"
                  "The couple separated in June 2020, according to the filing.\n"),
        "b.txt": "Ann Lee and Bob Ray separated in 2020. Ann Lee and Bob Ray married in 2013.\n",
    })
    split = [c for c in claims if c.key == ("separated", "2020")]
    assert [_sources(c) for c in split] == [{"a", "b"}]


def test_he_proposed_after_a_new_partner_is_no_engagement_of_the_couple(tmp_path: Path) -> None:
    """Found while building the rule (corpus m): the article's pair, for want of a better one, was the corpus's
    couple; "He" is the fiancé the sentence before names."""
    claims, _fates, _ = claims_of(tmp_path, {
        "a.txt": ("title: Lee at home\noutlet: Ledger\ndate: 2025-11-18\n---\nAnn Lee is sitting at the corner table of the restaurant where her fiancé asked her to marry him.\n\n"
                  "The chef is Cy Moss, who opened the restaurant in 2019.\n\n"
                  '"He proposed in October, right there, by the register," Lee says.\n\n'
                  "Lee was married to Bob Ray for seven years.\n"),
        "b.txt": "Ann Lee and Bob Ray became engaged in 2012. Ann Lee and Bob Ray married in 2013.\n",
    })
    engaged = [c for c in claims if c.key is not None and c.key[0] == "engaged" and "a" in _sources(c)]
    assert engaged and all(c.about != frozenset({"Ann Lee", "Bob Ray"}) for c in engaged)


def test_a_list_of_children_ends_where_a_clause_or_a_possessive_begins(tmp_path: Path) -> None:
    """Found while building the rule (corpora d, f, j, n): "Odile, 8, ..., and Linnea, 3, and Orzolan sees the
    children" made the father a young child, and "Owen, 12, Meredith's son" the mother."""
    _claims, _fates, sentences = claims_of(tmp_path, {
        "a.txt": ("Ann Lee and Bob Ray are to divorce. Since June she has had custody of Ivy Ray, 8, Tom Ray, 6, and "
                  "Sam Ray, 3, and Bob Ray sees the children on Saturdays.\n\n"
                  "There is Kit Moss, 12, Ann Lee's son from her first marriage, and Jo Ray, 4.\n"),
        "b.txt": "Ann Lee and Bob Ray married in 2010. Ann Lee and Bob Ray have four children.\n",
    })
    named = [children_named_in(s, young=True) for s in sentences]
    assert frozenset({"Ivy Ray", "Tom Ray", "Sam Ray"}) in named
    assert frozenset({"Kit Moss", "Jo Ray"}) in named
    assert not any({"Bob Ray", "Ann Lee"} & set(n) for n in named)
