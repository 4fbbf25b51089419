"""Relations on a labelled set (tests/cases/units/relations.yml): of the relations found, at least
99% are stated by the passage with the right kind and direction; missed ones are reported."""

from __future__ import annotations

from generator.config import PersonConfig
from generator.relations import SYMMETRIC, relate

from .units import load, read

CASES = load("relations.yml")


def _key(kind: str, person: str, other: str) -> tuple[str, str, str]:
    if kind in SYMMETRIC or kind == "former-spouse":
        a, b = sorted((person, other))
        return kind, a, b
    return kind, person, other


def test_relation_set_is_large_enough() -> None:
    assert len(CASES) >= 80


def test_relations_precision() -> None:
    wrong, right, missed = [], 0, 0
    for case in CASES:
        sentences, people = read(case["text"], [PersonConfig(n) for n in case.get("people", ())])
        found = {_key(r.kind, r.person, r.other) for r in relate(sentences, people, {})}
        expected = {_key(*r) for r in case["relations"]}
        right += len(found & expected)
        missed += len(expected - found)
        wrong.extend(f"{case['text']!r}: {r}" for r in sorted(found - expected))
    made = right + len(wrong)
    precision = right / made if made else 1.0
    print(f"relations: {made} found, {right} right ({precision:.3f}); {missed} stated relations missed")
    assert precision >= 0.99, "\n".join(wrong)
    assert missed <= MISSED_AT_MOST, f"{missed} stated relations missed (at most {MISSED_AT_MOST} were)"


# The stated relations the set's cases miss, as measured: a floor on recall that a change may lower only
# by raising this figure, in review.
MISSED_AT_MOST = 9  # an opening "Her wife, ..." whose "Her" the people stage resolved is read now


def test_partners_who_parted_have_an_end() -> None:
    """A read of every relation of the sixteen corpora: an engagement that ended ("Ray's brief engagement to Jo Roe
    ended in 2020", corpus_k) left them partners on the people page beside his second marriage. "Split the bill" ends
    nothing."""
    people = [PersonConfig("Bob Ray", gender="m"), PersonConfig("Jo Roe", gender="f")]
    for text, end in [(("Bob Ray proposed to his girlfriend, Jo Roe, in 2019. Ray's brief engagement to Jo Roe "
                        "ended in 2020."), "2020"),
                      ("Bob Ray and his girlfriend, Jo Roe, went on holiday. Bob Ray and Jo Roe split in 2021.", "2021"),
                      ("Bob Ray and his girlfriend, Jo Roe, split the bill in 2021. They are happy.", "")]:
        sentences, found = read(text, people)
        assert [(r.kind, r.end) for r in relate(sentences, found, {})] == [("partner", end)], text
