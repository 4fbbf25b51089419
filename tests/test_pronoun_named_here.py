"""A pronoun at a sentence's start whose nearest fitting person is named in its own sentence too is
that person's or no one's, never that of someone named further back (people/clarify.antecedent). A
review's find: "Maren is single as far as anyone knows. Her mom Beatrix Ellsworth is basically a
legend on Maren's Instagram." bracketed "Her [Sunniva Bergqvist]", the woman of the paragraph before:
a wrong name in brackets inside an article's words, the worst error the tool can make."""

from __future__ import annotations

from generator.config import PersonConfig

from .units import read

CAST = [PersonConfig("Ann Lee", ("Ann",), "f"), PersonConfig("Bea Roe", ("Bea",), "f"),
        PersonConfig("Cy Roe", ("Cy",), "f")]


def _her(text: str) -> str | None:
    sentences, _people = read(text, CAST)
    last = sentences[-1]
    return next((m.person for m in last.mentions if not m.explicit and m.start == last.start), None)


def test_no_bracket_for_someone_named_further_back() -> None:
    text = "Ann Lee is an architect. She grew up in Austin.\n\nBea is single. Her sister Cy Roe posts about Bea online."
    assert _her(text) != "Ann Lee"


def test_the_nearest_fitting_person_still_counts() -> None:
    assert _her("Ann Lee is an architect. She grew up in Austin.\n\nBea Roe is single. Her sister posts online.") \
        == "Bea Roe"


def test_no_bracket_where_the_sentence_quotes_someone_of_the_pronouns_gender_by_a_role() -> None:
    """corpus_x: "Doña Lupita, who drove her daughter to every casting, watched. Her father, the dentist Cy Moss,
    stayed home "because he cries worse than I do," the actress joked." bracketed "Her [Doña Lupita's]": the
    actress's father, Lupita's husband."""
    text = ("Bea Roe, who drove her daughter to every casting, watched from behind the cameras. Her father, the "
            "dentist Tom Roe, stayed home \"because he cries worse than I do,\" the actress joked.")
    assert _her(text) is None
    assert _her("Bea Roe watched from behind the cameras. Her father, the dentist Tom Roe, stayed home.") == "Bea Roe"


def test_a_child_named_after_a_word_of_kin_stops_the_search() -> None:
    """corpus_y: "Kavitha is a lovely person. She is good with my children. They have a little sister now, Ananya. She
    was born in January": the baby, whom the recogniser did not take, not Kavitha (a false birth year for her)."""
    text = "Bea Roe is a lovely person. She is good with my children. They have a little sister now, Zuzu. She was born in January."
    assert _her(text) is None
