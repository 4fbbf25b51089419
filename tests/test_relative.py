"""An event dated only by its distance from another date ("six months after their divorce was
finalized") supports the record it lands on, and no other (generator/relative.py)."""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile

from .conftest import profile_of_articles


def _cites(profile: Profile, slot: str) -> set[str]:
    (record,) = [r for r in profile.records if r.slot == slot]
    return {c.source for c in record.citations}


FINAL = ("Ann Lee and Bob Ray married in 2010. Ann Lee and Bob Ray finalized their divorce in January 2022. "
         "Ann Lee said she was relieved.")


def test_news_of_the_day_counted_back_lands_on_the_month(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2022-02-01", FINAL),
        "a2.txt": ("2022-07-08", ("Ann Lee and Bob Ray were spotted at a bistro in Reno on Wednesday night, six months "
                                 "after their divorce was finalized.")),
    })
    assert _cites(profile, "divorce-final") == {"a1", "a2"}


def test_counted_back_from_another_event_of_the_sentence(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2021-04-01", "Ann Lee and Bob Ray separated in March 2021. Ann Lee said she was sad."),
        "a2.txt": ("2021-09-01", ("Ann Lee filed for divorce from Bob Ray in April 2021, a month after the couple "
                                 "announced their separation.")),
    })
    assert _cites(profile, "separated") == {"a1", "a2"}


def test_a_distance_that_lands_elsewhere_supports_nothing(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2022-02-01", FINAL),
        "a2.txt": ("2022-10-08", ("Ann Lee and Bob Ray were spotted at a bistro in Reno on Wednesday night, six months "
                                 "after their divorce was finalized.")),
    })
    assert _cites(profile, "divorce-final") == {"a1"}


def test_a_distance_from_an_undated_past_supports_nothing(tmp_path: Path) -> None:
    """"were spotted ..., six months after ...", with no day: when, the sentence does not say."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2022-02-01", FINAL),
        "a2.txt": ("2022-07-08", ("Ann Lee and Bob Ray were spotted dining together, six months after their divorce "
                                 "was finalized.")),
    })
    assert _cites(profile, "divorce-final") == {"a1"}


def test_a_distance_in_years_tells_the_year_only_with_room_to_spare(tmp_path: Path) -> None:
    told = "Ann Lee and Bob Ray are officially divorced, nearly two years after they separated."
    dated = "Ann Lee and Bob Ray married in 2010. Ann Lee and Bob Ray separated in 2019. Ann Lee said she was sad."
    inside = profile_of_articles(tmp_path / "in", {"a1.txt": ("2019-12-01", dated), "a2.txt": ("2021-06-15", told)})
    assert _cites(inside, "separated") == {"a1", "a2"}
    # from January 2021, "nearly two years" may be late 2018 or early 2019: no year for sure
    edge = profile_of_articles(tmp_path / "edge", {"a1.txt": ("2019-12-01", dated), "a2.txt": ("2021-01-20", told)})
    assert _cites(edge, "separated") == {"a1"}
