"""Work done more cheaply must give what the plain way gives: the reporting verbs found word by word
(segment._report_verbs) against the regular expression, name runs once per text, and the
compiled templates kept in the cache."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import segment
from generator.lang.en import REPORT_VERBS
from generator.people.names import name_runs
from generator.render import environment

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [line for folder in (ROOT / "seeds", ROOT / "tests" / "cases")
         for path in sorted(folder.rglob("*")) if path.is_file() and path.suffix in (".txt", ".md", ".html", ".yml")
         for line in re.split(r"\n+|(?<=[.!?\"”])\s+", path.read_text(encoding="utf-8", errors="replace")) if line.strip()]


def _by_regex(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in segment._REPORT_VERB.finditer(text)]


def test_report_verbs_as_the_regular_expression_finds_them_in_every_text() -> None:
    assert len(TEXTS) > 1000
    assert [segment._report_verbs(t) for t in TEXTS] == [_by_regex(t) for t in TEXTS]


def test_report_verbs_at_the_edges() -> None:
    for text in ("He OPENED UP about it", "she opened  up", "opened up_", "Saidx said", "\u017faid he",
                 "it was well-said", "he opens up, says", "said2 said", "opened upx opened up", "\u212aaid, SAYS",
                 "\u0130 said", "said", "", "told-tells_told", "opens up", "opens upbeat"):
        assert segment._report_verbs(text) == _by_regex(text), text


_PIECES = st.sampled_from([*REPORT_VERBS, *(v.upper() for v in REPORT_VERBS), *(v.title() for v in REPORT_VERBS),
                           " ", "  ", ",", "-", "_", "'", "\"", "x", "2", "é", "up", "Up", "\u017f", "a source", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_report_verbs_on_mixes(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert segment._report_verbs(text) == _by_regex(text)


def test_name_runs_are_the_same_each_time() -> None:
    text = "In June Carter said that Lars St. Pierre met Eva van der Meer's sister."
    first = name_runs(text)
    assert name_runs(text) is first
    assert first and all(text[a:b] == " ".join(run) for a, b, run in first)


def test_one_environment_per_folder_and_kind() -> None:
    assert environment() is environment()
    assert environment(plain=True) is not environment()
