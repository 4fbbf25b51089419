"""Bracketed clarifications name the right person (PLANTED.md cases 11 and 12) and are never
made on a guess: a wrong name in brackets costs more trust than no name."""

from __future__ import annotations

import re

from generator.model import Profile

# fictional corpus: the start of a statement -> the person its pronoun or epithet is
EXPECTED = {
    "She did post a short message": "Delphine Okafor",
    "He said in a statement": "Julian Ostrander",
    "She said the money was sorted out": "Delphine Okafor",
    "He added, “Delphine and I": "Julian Ostrander",
    "He said, \"I get to make her first solid food": "Julian Ostrander",
    "She told followers only": "Lena Navarro",
    "The singer is also more generous": "Delphine Okafor",
    "The Grammy winner, 49": "Delphine Okafor",
    "The chef has already put in a request": "Julian Ostrander",
    "The Top Toque judge says the credit": "Julian Ostrander",
    "The singer once admitted": "Delphine Okafor",
}
_BRACKET = re.compile(r"\[([^\]:]+)\]")


def _statements(profile: Profile) -> list[str]:
    return [st.text for sec in profile.sections for st in sec.statements]


def test_fictional_clarifications_are_right(built: tuple[str, Profile]) -> None:
    name, profile = built
    if name != "fictional":
        return
    for text in _statements(profile):
        plain = _BRACKET.sub("", text).replace("  ", " ").replace(" ,", ",")
        for start, person in EXPECTED.items():
            if plain.startswith(start):
                names = _BRACKET.findall(text)
                assert not names or names[0] == person, text


def test_no_pronoun_names_someone_of_the_other_gender(built: tuple[str, Profile]) -> None:
    """'he [X]' is never a person the corpus knows as a woman, nor 'she [X]' a man."""
    _name, profile = built
    gender = {p.name: p.gender for p in profile.people}
    for text in _statements(profile):
        for pronoun, person in re.findall(r"\b([Hh]e|[Ss]he) \[([^\]]+)\]", text):
            expected = "m" if pronoun.lower() == "he" else "f"
            assert gender.get(person) == expected, text


def test_a_name_is_not_clarified_as_itself(built: tuple[str, Profile]) -> None:
    """'Mia, he [Mia] says, has opinions' was a real bug: the speaker of a speech tag set off
    by commas is never the name before it."""
    _name, profile = built
    for text in _statements(profile):
        for m in re.finditer(r"(\w+), (?:he|she) \[([^\]]+)\] \w+,", text):
            assert m.group(1) not in m.group(2).split(), text
