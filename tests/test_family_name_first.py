"""Names written family name first (people/names.py, people/grouping.py). Found on corpus_v (a Korean couple, their
children, his brother, her sister and father, a lawyer and a director who share their family names): a given name
of two syllables joined by a hyphen was cut at the hyphen ("Han Seo" of "Han Seo-yeon"), the family name was read
as a first name, so "Kang" alone was given to their daughter Kang Ha-eun and "Kang Min-seok" was Kang Min-jae
under another surname; the paragraph read "Ha-eun and Ye-ji married in October 2011." (a daughter and a sister)."""

from __future__ import annotations

from pathlib import Path

from generator.people.names import NAME_RUN, family_name_first, name_runs

from .conftest import profile_of_articles


def test_a_given_name_of_two_syllables_is_read_whole() -> None:
    assert NAME_RUN.findall("Han Seo-yeon and Kang Min-jae met") == ["Han Seo-yeon", "Kang Min-jae"]
    assert NAME_RUN.findall("the lawyer Han Dong-wook said") == ["Han Dong-wook"]
    # English words after a hyphen are no syllable of a name
    assert NAME_RUN.findall("Kelby-born Ann Lee") == ["Kelby", "Ann Lee"]
    assert NAME_RUN.findall("a Seoul-based agency") == ["Seoul"]
    assert NAME_RUN.findall("Mother-in-law Eva Lee") == ["Mother", "Eva Lee"]


def test_a_headlines_verb_ends_the_name() -> None:
    """corpus_v's "Seo-yeon Han Is Ready for Her Close-Up" listed "Seo-yeon Han Is Ready" as one of her names."""
    assert name_runs("Seo-yeon Han Is Ready for Her Close-Up")[0][2] == ("Seo-yeon", "Han")
    assert name_runs("Ann Lee Was Right About Bob Ray")[0][2] == ("Ann", "Lee")


def test_family_name_first_is_a_one_word_family_name_then_a_korean_given_name() -> None:
    assert family_name_first(("Kang", "Min-jae"))
    assert not family_name_first(("Min-jae", "Kang"))
    assert not family_name_first(("Ana", "Ruiz-Lopez"))
    assert not family_name_first(("Ann", "Lee"))


def _people(profile) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.name for p in profile.people}


def test_relatives_of_one_family_name_are_each_themselves(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2011-10-16", ("Actress Han Seo-yeon married actor Kang Min-jae on Saturday in Seoul. Kang Min-jae's "
                                 "brother, Kang Min-seok, was best man. Kang thanked the guests.")),
        "a2.txt": ("2016-01-05", ("Han Seo-yeon and Kang Min-jae have a daughter, Kang Ha-eun, who turned one. Kang "
                                 "said he was proud. Their daughter Ha-eun loves the piano.")),
        "a3.txt": ("2016-09-14", "Seo-yeon Han is one of South Korea's biggest stars. She married Min-jae Kang in 2011."),
    })
    people = _people(profile)
    assert {"Han Seo-yeon", "Kang Min-jae", "Kang Min-seok", "Kang Ha-eun"} <= people
    assert not {"Seo-yeon Han", "Min-jae Kang", "Han Seo", "Kang Min"} & people  # one person, whichever order
    # "Kang" alone is none of the three Kangs' but the one named in full most, if clearly so (never the daughter's)
    aliases = {p.name: set(p.aliases) for p in profile.people}
    assert "Kang" not in aliases["Kang Ha-eun"] | aliases["Kang Min-seok"]
    assert "Seo-yeon Han" in aliases["Han Seo-yeon"] and "Ha-eun" in aliases["Kang Ha-eun"]
    (couple,) = {tuple(sorted(r.about)) for r in profile.records if r.slot == "married"}
    assert couple == ("Han Seo-yeon", "Kang Min-jae")


def test_a_fathers_name_after_bin_is_part_of_the_name() -> None:
    """corpus_w: "Khalid bin Rashid Al Mansoori" was cut at "bin", and "Rashid Al Mansoori" became a person."""
    assert name_runs("the developer Khalid bin Rashid Al Mansoori, announced")[0][2] == (
        "Khalid", "bin", "Rashid", "Al", "Mansoori")
