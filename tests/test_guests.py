"""How many guests came to the couple's wedding (generator/guests.py): counts weighed only in the
articles that report the wedding as news, one wedding at a time, with the near-misses that must
stay apart (a count awaited, a reception's, a brother's wedding, a wedding of another month, a
retrospective years later, someone's own words, a bound that the other count meets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import profile_of_articles

LEAD_1 = "Ann Lee and Bob Ray were married on Saturday at a villa on Lake Como, in northern Italy."
LEAD_2 = "Bob Ray and Ann Lee said \"I do\" in a lavish ceremony in Italy on Saturday."


def _guest_conflicts(tmp: Path, articles: dict[str, tuple[str, str]]) -> dict[str, tuple[str, list[str]]]:
    profile = profile_of_articles(tmp, articles)
    return {c.slot: (str(c.verdict), [v.value for v in c.values]) for c in profile.conflicts
            if c.slot.startswith("wedding-guest-count")}


def test_two_reports_of_one_wedding_that_differ_disagree(tmp_path: Path) -> None:
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2019-06-17", f"{LEAD_1}\n\nAbout 150 guests attended the ceremony."),
        "b.txt": ("2019-06-18", f"{LEAD_2}\n\nThe couple exchanged vows in front of 200 guests.")})
    assert found == {"wedding-guest-count June 2019": ("disagreement", ["About 150 guests", "200 guests"])}


def test_a_bound_the_other_count_breaks_disagrees(tmp_path: Path) -> None:
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2019-06-17", f"{LEAD_1}\n\nAbout 1,200 guests attended the ceremony."),
        "b.txt": ("2019-06-18", f"{LEAD_2}\n\nMore than 2,000 guests packed the villa.")})
    assert [v for v, _values in found.values()] == ["disagreement"]


@pytest.mark.parametrize("second", [
    "More than a thousand guests packed the villa.",  # a bound the count meets
    "Some 1,200 guests packed the villa.",  # the same count, worded otherwise
    "Nearly 1,200 guests packed the villa.",
    "Some 1,250 guests packed the villa.",  # two round counts a tenth apart
])
def test_counts_that_can_both_be_true_agree(second: str, tmp_path: Path) -> None:
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2019-06-17", f"{LEAD_1}\n\nAbout 1,200 guests attended the ceremony."),
        "b.txt": ("2019-06-18", f"{LEAD_2}\n\n{second}")})
    assert [v for v, _values in found.values()] in ([], ["agreement"])


@pytest.mark.parametrize("second", [
    "Around 300 guests are expected at the reception.",  # awaited, and a reception's
    "The reception that followed drew 400 guests.",  # another gathering
    "\"We had 80 guests and it felt like a thousand,\" Lee said.",  # her own words
    "Ray's brother, Cy Ray, married Jo Roe last year in front of 600 guests.",  # another wedding
])
def test_counts_that_are_not_the_weddings_guests_are_not_weighed(second: str, tmp_path: Path) -> None:
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2019-06-17", f"{LEAD_1}\n\nAbout 150 guests attended the ceremony."),
        "b.txt": ("2019-06-18", f"{LEAD_2}\n\n{second}")})
    assert [v for v, _values in found.values()] in ([], ["agreement"])
    assert not [values for _v, values in found.values() if len(values) > 1]


def test_a_count_told_years_later_is_not_weighed(tmp_path: Path) -> None:
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2019-06-17", f"{LEAD_1}\n\nAbout 150 guests attended the ceremony."),
        "b.txt": ("2019-06-18", f"{LEAD_2}\n\nThe ceremony was attended by about 150 guests."),
        "c.txt": ("2024-03-02", ("Ann Lee and Bob Ray, who married in June 2019, have separated.\n\n"
                                "Their wedding at Lake Como drew 300 guests."))})
    assert found == {"wedding-guest-count June 2019": ("agreement", ["About 150 guests / about 150 guests"])}


def test_two_weddings_of_the_couple_are_two_occasions(tmp_path: Path) -> None:
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2011-08-15", ("Ann Lee and Bob Ray were married in a traditional ceremony in Lagos on Saturday.\n\n"
                                "About 1,200 guests attended the ceremony.")),
        "b.txt": ("2011-12-05", ("Bob Ray married Ann Lee in a church in London on Saturday.\n\n"
                                "The 150 guests included most of his teammates."))})
    assert not [v for v, _values in found.values() if v == "disagreement"]


def test_a_second_celebration_dated_in_its_sentence_is_its_own_occasion(tmp_path: Path) -> None:
    """A couple married at a courthouse in 2013 celebrate again in 2014: two reports of the second party,
    each dating it in the sentence that counts its guests ("On Saturday, Aug. 23, ... celebrated their marriage
    again ... in front of some 400 guests" / "On Saturday they threw a second wedding bash ... nearly 600
    guests"), disagree; the courthouse wedding's count stays apart."""
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2013-08-18", ("Ann Lee and Bob Ray were married at the courthouse on Saturday.\n\n"
                                "About 40 guests attended the ceremony.")),
        "b.txt": ("2014-08-26", ("On Saturday, Aug. 23, a year after they exchanged vows at the courthouse in August "
                                "2013, Ann Lee and Bob Ray celebrated their marriage again, this time in front of "
                                "some 400 guests.")),
        "c.txt": ("2014-08-27", ("Ann Lee and Bob Ray wed at a courthouse last summer. On Saturday they threw a second "
                                "wedding bash in Kerala, and nearly 600 guests packed into the hotel."))})
    assert found.get("wedding-guest-count August 2014", ("", []))[0] == "disagreement"
    assert "wedding-guest-count August 2013" not in found or found["wedding-guest-count August 2013"][0] == "agreement"


def test_a_birthday_bash_dated_in_its_sentence_is_no_wedding(tmp_path: Path) -> None:
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2019-06-17", f"{LEAD_1}\n\nAbout 150 guests attended the ceremony."),
        "b.txt": ("2019-06-18", (f"{LEAD_2}\n\nOn Sunday the couple threw a birthday bash for Lee's mother, with 300 "
                                "guests at the wedding venue."))})
    assert not [v for v, _values in found.values() if v == "disagreement"]


def test_a_datelines_day_is_not_the_weddings(tmp_path: Path) -> None:
    """"SAN MIGUEL, Mexico, June 23 (Wire) - ... married ... on Saturday": the wedding was on Saturday the 22nd, as
    the other article says ("on June 22"), not on the dateline's 23rd (which made two weddings of one)."""
    found = _guest_conflicts(tmp_path, {
        "a.txt": ("2013-06-23", ("SAN MIGUEL, Mexico, June 23 (Wire) - Actress Ann Lee married tennis coach Bob Ray on "
                                "Saturday at a colonial-era hacienda outside this central Mexican city, her publicist "
                                "said.\n\nThe ceremony was attended by some 250 guests.")),
        "b.txt": ("2013-07-08", "Ann Lee and Bob Ray exchanged vows on June 22 in front of 400 guests.")})
    assert found.get("wedding-guest-count June 2013", ("", []))[0] == "disagreement", found
