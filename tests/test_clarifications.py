"""Bracketed clarifications name the right person (PLANTED.md cases 11 and 12) and are never
made on a guess: a wrong name in brackets costs more trust than no name."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from generator.model import Profile
from generator.pipeline import analyse
from tests.conftest import CASES, corpus_config

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
# seed corpus (issue 15, "on the seeds nothing right is lost"): the start of a statement -> the
# person its pronoun or epithet must be bracketed with (the first six were made before the names
# work of 8a7f5a6..419633e, lost by it, and are made again). "The Rust star acknowledged ..." stays
# unbracketed: the article calls another person "the Batman star", and nothing ties Rust to anyone.
SEEDS_MADE = {
    '"That point of my life is a blur.': "Alec Baldwin",
    'He went on to say, "I don\'t give a damn': "Alec Baldwin",
    "Continued Basinger, who was married to the Boss Baby actor": "Alec Baldwin",
    '"Alec, you know, operates in a very different way': "Kim Basinger",
    '"I get countless messages from people': "Ireland Baldwin",
    "The 66-year-old actor was married": "Alec Baldwin",
    "He described the divorce": "Alec Baldwin",
    "She called him": "Kim Basinger",
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


def test_seed_clarifications_are_made(built: tuple[str, Profile]) -> None:
    """Each seed statement of SEEDS_MADE that the profile shows carries its bracket, and the right one."""
    name, profile = built
    if name != "seeds":
        return
    shown = 0
    for text in _statements(profile):
        plain = _BRACKET.sub("", text).replace("  ", " ").replace(" ,", ",")
        for start, person in SEEDS_MADE.items():
            if plain.startswith(start):
                shown += 1
                assert _BRACKET.findall(text)[:1] == [person], text
    assert shown == len(SEEDS_MADE), "the seed statements changed: update SEEDS_MADE"


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


def _statements_with(corpus: str, words: str, tmp: Path) -> list[str]:
    """The statements of a corpus of tests/cases that hold `words`."""
    seeds = tmp / "seeds"
    shutil.copytree(CASES / corpus / "seeds", seeds)
    profile, _spans = analyse(corpus_config(seeds, tmp / "docs"))
    return [st.text for sec in profile.sections for st in sec.statements if words in st.text]


def test_no_bracket_where_someone_later_in_the_sentence_would_fit(tmp_path: Path) -> None:
    """"Dashwood's children with ex-wife Maren Ellsworth, Clementine, 9, and Ossian, 6, served as
    flower girl and ring bearer. His brother Rufus Dashwood was best man, as he was at Dashwood's
    first wedding in 2012": the one male the sentence before names outright is the boy, but the
    sentence itself names his father, who fits "His" better. Bracketing the boy published a falsehood
    (corpus_c); a sentence that names another who would fit leaves the pronoun as the article wrote it."""
    said = _statements_with("corpus_c", "brother Rufus Dashwood was best man", tmp_path)
    assert said and all(t.startswith("His brother Rufus") for t in said), said


def test_no_bracket_with_a_child_listed(tmp_path: Path) -> None:
    """"Her eldest, Rocco, is 11 ... The twins, Ivy and Otis, turned four this month. Does she miss
    being married? ... She says Callum's mother, Brenda, still phones every Sunday": the one female the
    nearest sentence names is a four-year-old listed among the twins; "She" is the interview's
    subject (corpus_e bracketed the child). A child listed makes another ambiguous, and is never
    taken herself."""
    said = _statements_with("corpus_e", "mother, Brenda, still phones", tmp_path)
    assert said and all(t.startswith("She says") for t in said), said



def test_a_possessive_pronoun_is_clarified_with_a_possessive() -> None:
    """A read of every bracket: "Her [Kelly Clarkson] latest subject" read as a name in the wrong case; "His" and an
    opening "Her" own the next noun ("Her [Ann Lee's] latest"), a mid-sentence "her" may be an object ("told her
    [Ann Lee]") and stays as it was."""
    from generator.compose import display_text
    from generator.model import REPORTED, Mention, Sentence

    def shown(text: str, word: str) -> str:
        at = text.index(word)
        return display_text(Sentence("a:0", "a", 0, 0, 0, len(text), text, REPORTED, None, (),
                                     (Mention("Ann Lee", at, at + len(word), False),)))

    assert shown("Her latest album is out.", "Her") == "Her [Ann Lee's] latest album is out."
    assert shown("His album is out.", "His") == "His [Ann Lee's] album is out."
    assert shown("Bob told her the news.", "her") == "Bob told her [Ann Lee] the news."
    assert shown("She said no.", "She") == "She [Ann Lee] said no."


def test_a_pronoun_with_a_contracted_verb_is_clarified_after_the_contraction() -> None:
    """A read of the interviews: "He [Tom Ray]'s twelve" read as Tom Ray's twelve; the clarification follows the
    contracted verb ("He's [Tom Ray] twelve"), but an epithet's possessive keeps it before ("the actress [Ann
    Lee]'s fans")."""
    from generator.compose import display_text
    from generator.model import REPORTED, Mention, Sentence

    def shown(text: str, word: str) -> str:
        at = text.index(word)
        return display_text(Sentence("a:0", "a", 0, 0, 0, len(text), text, REPORTED, None, (),
                                     (Mention("Tom Ray", at, at + len(word), False),)))

    assert shown("He's twelve and he thinks he's my assistant coach.", "He") == (
        "He's [Tom Ray] twelve and he thinks he's my assistant coach.")
    assert shown("She’d tell you she doesn’t.", "She") == "She’d [Tom Ray] tell you she doesn’t."
    assert shown("The flowers were the actor's idea.", "the actor") == "The flowers were the actor [Tom Ray]'s idea."
