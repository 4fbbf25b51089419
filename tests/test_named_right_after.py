"""An epithet right before a full name is that name's, whoever it is: never someone named before (corpus_n's "she
and her husband, the businessman Femi Oyelaran" was given to the footballer once he had pronouns again, in a
change of this session that was then taken back). A small corpus of invented people. (A pronoun the sentence
names, "She is Justice ...", is corpus_o's: tests/test_unseen_corpus_o.py.)"""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile

from .conftest import profile_of_articles

ARTICLES = {
    "a01.txt": ("2020-05-02", ("The striker Bob Ray, 30, married the actress Ann Lee, 28, on Saturday.\n\nRay has "
                               "scored 40 goals this season. The striker says he is happy.")),
    "a02.txt": ("2023-03-01", ("Ann Lee filed for divorce from the striker Bob Ray on Monday.\n\nRay did not "
                               "comment, and he is injured.\n\nHer sister Ivy knows how this feels: she and her "
                               "husband, the businessman Cy Moss, separated last year.")),
}


def _shown(profile: Profile) -> list[str]:
    return [st.text for sec in profile.sections for st in sec.statements]


def test_an_epithet_right_before_a_full_name_is_that_names(tmp_path: Path) -> None:
    shown = _shown(profile_of_articles(tmp_path, ARTICLES))
    assert [t for t in shown if "the businessman Cy Moss" in t]
    assert not [t for t in shown if "the businessman [Bob Ray] Cy Moss" in t]

