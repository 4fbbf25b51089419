"""An interview's question opens a topic of its own: a pronoun in its answer is someone the question or the answer
names, never one named in an earlier answer (corpus_q's Q&A put its son's name in brackets after the "He" of how the
couple met, and after the "His" of the singer's new partner)."""

from __future__ import annotations

from pathlib import Path

from generator.model import Profile
from generator.pipeline import analyse

from .conftest import corpus_config, make_corpus

QA = """---
title: "Q&A: Ann Lee on her new album"
outlet: Stage Example
date: 2022-10-08
---

Ann Lee, 38, talked to us at her home studio in Bristol.

**You spent last Christmas together?**

We did, all of us: Bob, the kids, even my mam and dad. Tom Ray said it was the best Christmas ever.

**How did you two meet?**

At a charity concert in Cardiff. He read out the wrong raffle ticket twice.

**Is there someone new?**

There is. His name is Cy Moss, he produced the album.

**And Tom?**

Tom Ray is nine and mad about rugby. He rings me more than he rings his dad.

**You and Bob Ray are close now. What changed?**

He did. We grew up.
"""
OTHER = """title: The couple
outlet: Daily Example
date: 2022-01-10
---

Ann Lee and Bob Ray married in 2010 and have a son, Tom Ray, 9. Bob Ray is a rugby coach, and he says his son
is his best friend. Ann Lee says she loves her work.
"""


def _statements(tmp_path: Path) -> list[str]:
    seeds = make_corpus(tmp_path, {"a1.md": QA, "a2.txt": OTHER})
    profile: Profile = analyse(corpus_config(seeds, tmp_path / "docs"))[0]
    return [st.text for sec in profile.sections for st in sec.statements]


def test_a_pronoun_in_an_answer_is_not_someone_named_in_an_earlier_answer(tmp_path: Path) -> None:
    texts = _statements(tmp_path)
    (raffle,) = [t for t in texts if "raffle" in t]
    assert "[" not in raffle.replace("[Ann Lee:]", ""), raffle
    (named,) = [t for t in texts if "His name is" in t]
    assert "Tom" not in named, named


def test_a_pronoun_in_an_answer_is_someone_its_question_or_answer_names(tmp_path: Path) -> None:
    texts = _statements(tmp_path)
    (rings,) = [t for t in texts if "rings me" in t]
    assert "He [Tom Ray]" in rings, rings
    (did,) = [t for t in texts if t.endswith("He did.") or "He [" in t and "did." in t]
    assert "He [Bob Ray]" in did, did
