"""The benchmark's corpus generator at a tiny size: deterministic, growing by one file,
mixed formats, and usable by the generator (copies, conflicts, quotes are found)."""

from __future__ import annotations

import re
from pathlib import Path

from bench.corpus import write_corpus
from bench.run import FOOTNOTE_AFTER_LINE, exponent
from generator.model import UNNAMED
from generator.pipeline import analyse

from .conftest import corpus_config
from .test_no_seed_names import ROOT, _seed_names


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_and_one_more_article_adds_one_file(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 12, seed=7)
    write_corpus(tmp_path / "b", 12, seed=7)
    write_corpus(tmp_path / "c", 12, seed=8)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    write_corpus(tmp_path / "a", 13, seed=7, start=12)
    write_corpus(tmp_path / "d", 13, seed=7)
    assert _files(tmp_path / "a") == _files(tmp_path / "d")
    assert len(_files(tmp_path / "d")) == 13


def test_formats_are_mixed_and_articles_are_2_to_5_kb(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "seeds", 40, seed=1)
    assert {p.suffix for p in paths} == {".txt", ".md", ".html"}
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert any(t.startswith(" date ") for t in texts) and any(t.startswith("title: ") for t in texts)
    assert all(1900 <= len(t.encode()) <= 6000 for t in texts)


def test_the_generator_finds_copies_conflicts_and_unnamed_sources(tmp_path: Path) -> None:
    write_corpus(tmp_path / "seeds", 40, seed=1)
    profile, _spans = analyse(corpus_config(tmp_path / "seeds", tmp_path / "docs"))
    assert len(profile.sources) == 40
    assert all("same text as" in w.reason for w in profile.warnings)  # exact wire copies are noted, nothing else
    assert all(s.published for s in profile.sources)
    assert any(s.duplicate_of for s in profile.sources), "syndicated copies are recognised"
    assert {c.verdict for c in profile.conflicts} >= {"disagreement"}
    statements = [st for sec in profile.sections for st in sec.statements]
    assert any(st.attribution == UNNAMED for st in statements)
    assert any(len(st.citations) >= 2 for st in statements), "repeated facts are merged"
    assert {"Rowan Halvorsen", "Celeste Maravilla"} <= {p.name for p in profile.people}


def test_no_seed_name_in_the_corpus_generator() -> None:
    names = _seed_names() - {"Oscar", "Christmases", "Instagram", "Mag"}
    pattern = re.compile(r"\b(" + "|".join(sorted(names)) + r")\b")
    for path in sorted((ROOT / "bench").glob("*.py")):
        assert not pattern.search(path.read_text(encoding="utf-8")), path


def test_footnote_definitions_are_separated_and_nothing_else_changes() -> None:
    page = "Text.[^1]\n\n[^1]: one\n[^2]: two\n\n[^3]: three\n| a | b |\n"
    assert FOOTNOTE_AFTER_LINE.sub("\n\n", page) == "Text.[^1]\n\n[^1]: one\n\n[^2]: two\n\n[^3]: three\n| a | b |\n"


def test_growth_exponent_is_the_least_squares_slope() -> None:
    rows = [{"articles": n, "steps": {"generate": {"seconds": 0.01 * n ** 1.5}}} for n in (10, 100, 1000, 5000)]
    assert abs((exponent(rows) or 0) - 1.5) < 1e-9
    assert exponent(rows[:2]) is None  # one size of 100 or more is not a slope


def test_every_stage_the_benchmark_times_is_in_the_pipeline() -> None:
    """The benchmark times the stages by wrapping generator.pipeline's functions: a stage moved or
    renamed in the pipeline (quotation_records went into compose) must fail here, not an hour into
    `make bench`."""
    from bench.stages import STAGES
    from generator import pipeline

    assert [name for name in STAGES if not hasattr(pipeline, name)] == []
