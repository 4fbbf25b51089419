"""What the couple are known for, as two or more articles say it, opens the background's paragraph
(generator/known_for.py); a word before a role ("Seattle novelist") is no title of its own."""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile

from .conftest import profile_of_articles

WED = ("2012-06-01", "Ann Lee and Bob Ray married in 2012. Ann Lee said she was happy. Bob Ray said he was proud.")


def _known(profile: Profile) -> dict[str, set[str]]:
    return {f"{r.about[0]} {r.detail} {r.values[0].value}": {c.source for c in r.citations}
            for r in profile.records if r.slot == "known-for"}


def test_a_work_two_articles_tie_to_one_of_the_couple(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": WED,
        "a2.txt": ("2019-03-01", "Ann Lee, the author of The Salt Flats, filed for divorce on Tuesday."),
        "a3.txt": ("2019-04-01", ("Bob Ray, 40, co-founded the software company Lumo in 2009. "
                                 "Lumo co-founder Bob Ray declined to comment.")),
        "a4.txt": ("2019-05-01", ("Ann Lee's debut novel, The Salt Flats, is being adapted into a film. "
                                 "Bob Ray co-founded Lumo with his brother.")),
    })
    assert _known(profile) == {"Ann Lee wrote The Salt Flats": {"a2", "a4"}, "Bob Ray co-founded Lumo": {"a3", "a4"}}


def test_a_word_before_a_role_alone_is_no_title(tmp_path: Path) -> None:
    """"Seattle novelist Ann Lee", "Hollywood star Bob Ray" in every article: Seattle and Hollywood are
    no works, and "starred in Hollywood films" names none either."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": WED,
        "a2.txt": ("2019-03-01", "Seattle novelist Ann Lee and Hollywood star Bob Ray have split."),
        "a3.txt": ("2019-04-01", "Seattle novelist Ann Lee filed for divorce. Bob Ray starred in Hollywood films."),
        "a4.txt": ("2019-05-01", "Hollywood star Bob Ray declined to comment."),
    })
    assert _known(profile) == {}


def test_one_article_or_an_unnamed_source_makes_no_record(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": WED,
        "a2.txt": ("2019-03-01", "Ann Lee, the author of The Salt Flats, filed for divorce on Tuesday."),
        "a3.txt": ("2019-04-01", "A source close to the couple said Ann Lee wrote The Salt Flats in a month."),
    })
    assert _known(profile) == {}


def test_no_tie_from_a_possession_a_verb_another_person_or_a_holiday(tmp_path: Path) -> None:
    """A review's attempts, each in two articles: "Bob Ray's company, Quillo" (owned, not founded), "Ann
    Lee's favorite novel, Gray Tides", "Bob Ray met the star of Night Ferry, Gwen Lo", "Ann Lee thanked
    the author of Salt Lines, Tova Renn", "Ann Lee, the Salt Lines author's wife", "Ann Lee wrote
    Christmas Eve that she was fine"."""
    body = ("Bob Ray's company, Quillo, catered the dinner. Ann Lee's favorite novel, Gray Tides, was on the table. "
            "Bob Ray met the star of Night Ferry, Gwen Lo. Ann Lee thanked the author of Salt Lines, Tova Renn. "
            "Ann Lee, the Salt Lines author's wife, smiled. Ann Lee wrote Christmas Eve that she was fine.")
    profile = profile_of_articles(tmp_path, {"a1.txt": WED, "a2.txt": ("2019-03-01", body),
                                             "a3.txt": ("2019-04-01", body)})
    assert _known(profile) == {}


def test_two_titles_joined_by_and_make_no_record(tmp_path: Path) -> None:
    """"the author of The Glass Door and Small Hours": two works, or one; the record would name one that
    may not exist (the bench corpus made "wrote The Glass Door and Small Hours")."""
    body = "Ann Lee, the author of The Glass Door and Small Hours, filed for divorce."
    profile = profile_of_articles(tmp_path, {"a1.txt": WED, "a2.txt": ("2019-03-01", body),
                                             "a3.txt": ("2019-04-01", body)})
    assert _known(profile) == {}


def test_an_age_then_is_and_a_role_without_the_are_ties_but_not_a_denial(tmp_path: Path) -> None:
    """"Ann, 33, is the author of the weepy bestseller The Salt Flats" (a comma after the age, then "is")
    and "Ann Lee, author of The Salt Flats" (no article) tie the work; "Bob Ray, not the author of Low
    Tide" does not (a word before the role only after an article)."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": WED,
        "a2.txt": ("2019-03-01", "Ann Lee, 33, is the author of the weepy bestseller The Salt Flats, which is a film now."),
        "a3.txt": ("2019-04-01", "The memo was sent by Bob Ray's wife, Ann Lee, author of The Salt Flats."),
        "a4.txt": ("2019-05-01", "Bob Ray, not the author of Low Tide, said so. Bob Ray, not the author of Low Tide, left."),
        "a5.txt": ("2019-06-01", "Bob Ray, not the author of Low Tide, declined to comment."),
    })
    assert _known(profile) == {"Ann Lee wrote The Salt Flats": {"a2", "a3"}}
