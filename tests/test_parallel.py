"""A cold build spread over several processes gives the same bytes as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import parallel
from generator.pipeline import build

from .conftest import CASES, corpus_config


def _square(n: int) -> int:
    return n * n


def test_results_come_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from functools import partial

    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setenv("PROFILE_GENERATOR_WORKERS", "2")
    tasks = [partial(_square, n) for n in range(50)]
    assert parallel.run_all(tasks) == [n * n for n in range(50)]


def test_a_parallel_build_writes_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = CASES / "fictional" / "seeds"
    one = build(corpus_config(seeds, tmp_path / "one"), use_cache=False)
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setenv("PROFILE_GENERATOR_WORKERS", "2")
    many = build(corpus_config(seeds, tmp_path / "many"), use_cache=False)
    assert one.changed and many.changed
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "many") for p in (tmp_path / "many").rglob("*") if p.is_file())
    for rel in files:
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "many" / rel).read_bytes(), rel
