"""A gendered word for what someone is, set beside their name ("Jo Roe, a spokeswoman for the senator"), tells
their gender more surely than the pronouns after the name (corpus_d's spokeswoman, who spoke of "his work" in her
first sentence, was a man to the tool, and the "She said ..." after her quotation became the senator's ex-wife).
A small corpus of invented people."""

from __future__ import annotations

from pathlib import Path

from .conftest import profile_of_articles

ARTICLES = {
    "a01.txt": ("2021-04-02", ("State Sen. Bob Ray and his wife, Ann Lee, have separated.\n\nJo Roe, a spokeswoman "
                               "for the senator, said the separation would have no effect on his work.")),
    "a02.txt": ("2021-09-10", ("Sen. Bob Ray and Ann Lee are not back together, his office said.\n\nAnn Lee, 44, was "
                               "seen with Ray at dinner on Tuesday.\n\n\"They are co-parents and friends, and that "
                               "is all,\" said Jo Roe, Ray's spokeswoman. She said the dinner was to plan their "
                               "daughter's birthday party.")),
}


def test_a_spokeswoman_is_a_woman_and_her_words_are_hers(tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, ARTICLES)
    assert {p.name: p.gender for p in profile.people}.get("Jo Roe") == "f"
    shown = [st.text for sec in profile.sections for st in sec.statements]
    assert [t for t in shown if "said the dinner was to plan" in t]
    assert not [t for t in shown if "She [Ann Lee] said the dinner" in t]


def test_every_gendered_role_holds_a_part_the_quick_check_looks_for() -> None:
    """role_votes skips a sentence with none of _GENDERED_PARTS before trying its pattern: a role word added without
    one of them would never be read."""
    from generator.lang.en import GENDERED_ROLES
    from generator.people.genders import _GENDERED_PARTS

    assert all(any(part in word for part in _GENDERED_PARTS) for word in GENDERED_ROLES)
