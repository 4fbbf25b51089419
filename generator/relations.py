"""Relations between the people of the profile (spouse, child, ...), from the articles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .model import Fact, Person, Relation, Sentence


def relate(sentences: Sequence[Sentence], people: Sequence[Person],
           facts: Mapping[str, Sequence[Fact]]) -> tuple[Relation, ...]:
    """Relations stated by the articles. Not yet derived: issue 4 fills this in."""
    return ()
