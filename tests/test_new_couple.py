"""Whose event "the couple" tells, where an article names one of the profile's couple with a new
partner as often as with the other (claims._another_couple_as_often): a review's find, "Ray, 48, is
engaged to Cy Moss ... Ray's divorce from Ann Lee ... The couple met in 2021 at a hearing" put a
2021 meeting on the timeline of Ann Lee and Bob Ray, who met in 2003. A place named alone ("Dublin,
Ohio") is no one."""

from __future__ import annotations

from pathlib import Path

from .conftest import profile_of_articles

ARTICLES = {
    "a1.txt": ("2015-03-01", ("Ann Lee and Bob Ray met in 2003 and married in 2006. Ann Lee and Bob Ray have two "
                              "children. Ann Lee said she was happy. Bob Ray said he was proud.")),
    "a2.txt": ("2021-04-20", ("Ann Lee filed for divorce from Bob Ray in April. Ann Lee and Bob Ray married in "
                              "2006. Ann Lee and Bob Ray have two children.")),
    "a3.txt": ("2022-01-19", "Ann Lee and Bob Ray divorced in January 2022. Ann Lee and Bob Ray share custody."),
    "a4.txt": ("2023-01-30", ("Bob Ray, 48, is engaged to Cy Moss, a principal from Dublin, Ohio, his office "
                              "confirmed. Bob Ray proposed to Cy Moss on New Year's Eve. Bob Ray's divorce from "
                              "his ex-wife, Ann Lee, was finalized last January. The couple met in 2021 at a hearing at the "
                              "Statehouse, where Cy Moss testified. Cy Moss said she was thrilled.")),
}


def test_the_couple_of_a_new_partners_article_is_not_the_profiles(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, ARTICLES)
    met = [st for sec in profile.sections for st in sec.statements if st.text.startswith("The couple met in 2021")]
    assert met and all(set(st.about) != {"Ann Lee", "Bob Ray"} for st in met), met
    assert "Ohio" not in {p.name for p in profile.people}
    assert not any(e.kind == "met" and e.date.startswith("2021") and "Ann Lee" in e.text for e in profile.timeline)


# One of the couple and a new partner: their engagement, told by two articles, one of which names the
# former spouse in another clause ("..., and Ann Lee offered to host the dinner"), is one record citing
# both, with the new couple; and the undated article that says "in 2023," is not dated before it.
NEW_PARTNER = {
    "a1.txt": ("2015-03-01", "Ann Lee and Bob Ray met in 2003 and married in 2006. Ann Lee and Bob Ray have two children."),
    "a2.txt": ("2021-04-20", "Ann Lee filed for divorce from Bob Ray in April. Ann Lee and Bob Ray married in 2006."),
    "a3.txt": ("2023-05-02", ("Bob Ray proposed to Cy Moss over the weekend during a hike at Lake Reno, the couple said. "
                              "Cy Moss is a principal.")),
    "a4.txt": ("", ("Ann Lee and Bob Ray divorced in 2022. Bob Ray got engaged to his girlfriend Cy Moss in 2023, and "
                    "Ann Lee offered to host the engagement dinner.")),
}


def test_a_new_couples_engagement_is_one_record_citing_every_article(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {name: (date, body) for name, (date, body) in NEW_PARTNER.items()})
    engaged = [r for r in profile.records if r.slot == "engaged"]
    assert len(engaged) == 1 and set(engaged[0].about) == {"Bob Ray", "Cy Moss"}, engaged
    assert {c.source for c in engaged[0].values[0].citations} == {"a3", "a4"}, engaged


def test_they_beside_a_divorce_from_one_of_the_couple_are_not_the_couple(tmp_path: Path) -> None:
    """Found by a review: "They began dating in 2023, a few months after his divorce from Ann Lee was
    finalized" (they: Bob Ray and a new partner the tool does not know) was the couple's dating."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2016-03-01", "Ann Lee and Bob Ray married in 2015. Ann Lee and Bob Ray have two children."),
        "a2.txt": ("2022-04-20", "Ann Lee and Bob Ray divorced in 2022. Ann Lee, 40, and Bob Ray, 42, share custody."),
        "a3.txt": ("2024-01-30", ("Bob Ray, 44, proposed to TV presenter Cy Moss on New Year's Eve. They began dating in "
                                  "2023, a few months after his divorce from Ann Lee was finalized.")),
    })
    assert not [r for r in profile.records if r.slot == "began-dating" and set(r.about) == {"Ann Lee", "Bob Ray"}], \
        profile.records
