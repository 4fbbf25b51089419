"""A same-day adversarial review of the people and extraction rules an Australian corpus brought
(tests/cases/review_people2: small corpora the reviewer wrote; FINDINGS.md says what each published).
Each case below published a falsehood: a father's quotation given to his daughter by "Mr", a wife merged
into her husband by "whose real name is", a daughter named Honour lost to her father, a co-host or a
celebrant made a party to the couple's wedding, a husband taken for a show, a dateline's month made a
wedding's, a trip and a bank job put in custody. None may come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Profile
from generator.pipeline import analyse
from generator.render import record_texts

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_people2"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Profile]:
    cases = ("case01_honour", "case02_mr_speaker", "case03_realname_shared", "case04_show_cohosts",
             "case06_dateline", "case09_section_words", "case15_including_celebrant", "case19_cohost_alongside")
    return {case: analyse(corpus_config(REVIEW / case, tmp_path_factory.mktemp(case) / "docs"))[0] for case in cases}


def _people(profile: Profile) -> set[str]:
    return {p.name for p in profile.people}


def test_mr_and_mrs_speak_for_no_one_of_the_other_gender(built: dict[str, Profile]) -> None:
    """'"I never trusted him with my daughter," Mr Quill said' (her father) and '"It was a dark year for all
    of us," Mrs Brandt said' (his mother) were quoted as the wife's and the husband's own words."""
    told = "\n".join(record_texts(built["case02_mr_speaker"]).values())
    assert "I never trusted him" not in told and "dark year" not in told, told


def test_a_stage_name_of_a_husband_s_surname_merges_no_one(built: dict[str, Profile]) -> None:
    """"Marlowe, whose real name is Nora Quill, took her stage name from her husband's surname" merged the
    wife into her husband Otto Marlowe."""
    assert {"Nora Quill", "Otto Marlowe"} <= _people(built["case03_realname_shared"])


def test_a_daughter_named_honour(built: dict[str, Profile]) -> None:
    """"Their eldest, Honour Brandt, 21, married her boyfriend Leo Park in 2020" gave the wedding to her father
    once "Honour" was no name anywhere (it is none only after "Her", "His", "Your")."""
    profile = built["case01_honour"]
    assert "Honour Brandt" in _people(profile)
    assert not [c for c in profile.conflicts if c.slot == "married" and "Otto Brandt" in c.subject
                and any(v.value == "2020" for v in c.values)]


@pytest.mark.parametrize("case, someone", [("case19_cohost_alongside", "Jo Roe"),
                                           ("case15_including_celebrant", "Celebrant Jo Roe")])
def test_a_co_host_or_a_celebrant_is_no_party_to_the_wedding(case: str, someone: str,
                                                               built: dict[str, Profile]) -> None:
    """"Jo Roe, who co-hosts the show alongside Nora Quill, said ... Quill had married Otto Brandt in 2015" and
    "Celebrant Jo Roe has married hundreds of couples, including Nora Quill and Otto Brandt, in 2015": the
    guest words were read across the sentence, and the wedding became the co-host's or the celebrant's."""
    profile = built[case]
    assert not [c for c in profile.conflicts if c.slot == "married" and someone in c.subject]
    assert [c for c in profile.conflicts if c.slot == "married" and set(c.subject) == {"Nora Quill", "Otto Brandt"}]


def test_co_hosts_named_after_the_show_are_people(built: dict[str, Profile]) -> None:
    """"Daybreak co-hosts Otto and Nora ...", written twice, made "Otto" a show and dropped the husband."""
    assert "Otto Brandt" in _people(built["case04_show_cohosts"])


def test_a_dateline_dates_no_event_of_a_who_clause(built: dict[str, Profile]) -> None:
    """"SYDNEY, June 5 (ANW) - Nora Quill, who married cricketer Otto Brandt in a beachside ceremony, ..." dated
    their wedding to the article's June: a disagreement of 2016 and 2021."""
    assert not [c for c in built["case06_dateline"].conflicts if str(c.verdict) == "disagreement"]


def test_a_trip_and_a_bank_job_are_no_custody(built: dict[str, Profile]) -> None:
    """"They spent a fortnight in Bali every winter", "a decision-making role at the bank", "have not been to a
    party together since the split": a childless couple's custody and reconciliation sections."""
    profile = built["case09_section_words"]
    assert not [st for sec in profile.sections if sec.key in ("custody", "reconciliation") for st in sec.statements]


def test_a_marriage_only_planned_makes_no_spouse(tmp_path: Path) -> None:
    """"Otto Brandt and Cara Lind plan to marry next year", "is now set to marry his new partner, Cara Lind":
    the people page said Otto Brandt was married to Cara Lind."""
    profile = analyse(corpus_config(REVIEW / "case07_meant", tmp_path / "docs"))[0]
    assert not [r for r in profile.relations if r.kind == "spouse" and {r.person, r.other} == {"Otto Brandt", "Cara Lind"}]
