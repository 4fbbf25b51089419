"""Bracketed clarifications on a labelled set (tests/cases/units/clarify.yml): of the brackets
made, at least 99% name the right person (a bracket on a 'none' case is wrong); how many stay
unresolved is reported, not held: a missing bracket costs little, a wrong one everything."""

from __future__ import annotations

import re

from .units import load, read

CASES = load("clarify.yml")
_MARK = re.compile(r"\[\[([^\]]+)\]\]")


def resolve(text: str) -> str | None:
    """The person the recogniser brackets for the marked mention, or None."""
    mark = _MARK.search(text)
    assert mark, text
    body = _MARK.sub(lambda m: m.group(1), text).strip()
    at = mark.start() - (len(text) - len(text.lstrip()))
    sentences, _people = read(body)
    for s in sentences:
        for m in s.mentions:
            if not m.explicit and m.start <= at < m.end:
                return m.person
    return None


def test_clarify_set_is_large_enough() -> None:
    assert len(CASES) >= 200


def test_clarifications_precision() -> None:
    wrong, unresolved, right = [], 0, 0
    for case in CASES:
        got = resolve(case["text"])
        expect = case["expect"]
        if got is None:
            unresolved += expect != "none"
        elif got == expect or (expect != "none" and set(got.split()) < set(expect.split())):
            # a short passage may name a person by a shorter form ("Roe" for "Jane Roe")
            right += 1
        else:
            wrong.append(f"{case['text']!r}: [{got}], expected {expect}")
    made = right + len(wrong)
    precision = right / made if made else 1.0
    print(f"clarifications: {made} brackets, {right} right ({precision:.3f}); "
          f"{unresolved} of {sum(c['expect'] != 'none' for c in CASES)} resolvable left unresolved")
    assert precision >= 0.99, "\n".join(wrong)


def test_strict_cases_come_out_exactly() -> None:
    """The cases of a wrong bracket found in a build are held one by one, not only in the share."""
    for case in (c for c in CASES if c.get("strict")):
        got = resolve(case["text"]) or "none"
        assert got == case["expect"], case["text"]
