"""Each claim told once (generator/told_asides.py): a part of a statement's sentence that a paragraph's record
tells, citing that article, is left to the paragraph ("[…]"), whatever kind of part it is: an aside, a trailing
phrase, a clause joined after the first, one of two predicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import analyse

from .conftest import corpus_config

OPENING = ("title: {n}\noutlet: Daily {n}\ndate: 2022-0{n}-01\n---\nMarla Quinn and Devon Hale married in 2008. "
           "Quinn and Hale separated in 2018. Quinn and Hale have two children.\n\n")


def _profile(tmp_path: Path, bodies: dict[str, str]):  # type: ignore[no-untyped-def]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, body in bodies.items():
        (seeds / name).write_text(body, encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    return profile


@pytest.mark.parametrize(("body", "shown"), [
    # a clause joined by ", and" or ";" that tells only the wedding the paragraph tells, of the two it names
    (("Marla Quinn and Devon Hale were engaged by 2007, and Marla Quinn and Devon Hale married in 2008; Hale took over "
     "the restaurant's books."),
     "Marla Quinn and Devon Hale were engaged by 2007 […]; Hale took over the restaurant's books."),
    # the second of two predicates
    ("Marla Quinn and Devon Hale separated in 2018 and still run the Reno bakery together every morning.",
     "Marla Quinn and Devon Hale […] still run the Reno bakery together every morning."),
    # never the first of two clauses: what follows may refer back to it ("they")
    ("The couple separated in 2018, but they still run the Reno bakery together every morning.",
     "The couple separated in 2018, but they still run the Reno bakery together every morning."),
    # nor a part whose "they" may be others
    ("By 2007 they were engaged, and they married in 2008; Hale took over the restaurant's books.",
     "By 2007 they were engaged, and they married in 2008; Hale took over the restaurant's books."),
    # nor one that what follows refers back to
    (("Marla Quinn and Devon Hale were engaged by 2007, and Marla Quinn and Devon Hale married in 2008; Hale took over "
     "the restaurant's books after the wedding."),
     ("Marla Quinn and Devon Hale were engaged by 2007, and Marla Quinn and Devon Hale married in 2008; Hale took over "
     "the restaurant's books after the wedding.")),
    # nor one that tells more
    (("Marla Quinn and Devon Hale were engaged by 2007, and Marla Quinn and Devon Hale married in 2008 on a ferry; Hale "
     "took over the restaurant's books."),
     ("Marla Quinn and Devon Hale were engaged by 2007, and Marla Quinn and Devon Hale married in 2008 on a ferry; Hale "
     "took over the restaurant's books.")),
    # nor one in someone's words, whatever the quotation marks
    (("'Marla Quinn and Devon Hale were engaged by 2007, and Marla Quinn and Devon Hale married in 2008; Hale took "
     "over the restaurant's books.'"),
     ("'Marla Quinn and Devon Hale were engaged by 2007, and Marla Quinn and Devon Hale married in 2008; Hale took "
     "over the restaurant's books.'")),
])
def test_a_clause_the_paragraph_tells_is_left_to_it(body: str, shown: str, tmp_path: Path) -> None:
    profile = _profile(tmp_path, {"a.txt": OPENING.format(n=1), "b.txt": OPENING.format(n=2) + body + "\n"})
    texts = [st.text for sec in profile.sections for st in sec.statements
             if any(c.source == "b" for c in st.citations) and ("books" in st.text or "bakery" in st.text)]
    assert texts == [shown]
