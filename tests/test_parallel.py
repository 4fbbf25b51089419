"""A cold build spread over several processes gives the same bytes as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import parallel, render
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


def _fail() -> int:
    raise ValueError("no value")


def test_a_task_in_the_background_gives_its_value_or_its_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from functools import partial

    monkeypatch.setenv("PROFILE_GENERATOR_WORKERS", "2")
    assert parallel.in_background(partial(_square, 7), 1, at_least=1)() == 49
    with pytest.raises(RuntimeError, match="ValueError: no value"):
        parallel.in_background(_fail, 1, at_least=1)()
    task = partial(_square, 3)
    assert parallel.in_background(task, parallel.BACKGROUND_MIN - 1) is task  # too small: run when asked for
    monkeypatch.setenv("PROFILE_GENERATOR_WORKERS", "1")  # no other process: the task runs when asked for
    assert parallel.in_background(task, parallel.BACKGROUND_MIN) is task


def _in_parallel_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every stage that can share its work out over worker processes does, however small the corpus."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setattr(parallel, "BACKGROUND_MIN", 2)
    monkeypatch.setattr(render, "OUTPUTS_IN_PARALLEL", 2)
    monkeypatch.setenv("PROFILE_GENERATOR_WORKERS", "2")


def _assert_same_files(one: Path, other: Path) -> None:
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(other) for p in other.rglob("*") if p.is_file())
    for rel in files:
        assert (one / rel).read_bytes() == (other / rel).read_bytes(), rel


def test_a_parallel_build_writes_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = CASES / "fictional" / "seeds"
    one = build(corpus_config(seeds, tmp_path / "one"), use_cache=False)
    _in_parallel_always(monkeypatch)
    many = build(corpus_config(seeds, tmp_path / "many"), use_cache=False)
    assert one.changed and many.changed
    _assert_same_files(tmp_path / "one", tmp_path / "many")


def test_a_parallel_build_with_the_cache_writes_the_same_bytes_cold_and_warm(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(CASES / "fictional" / "seeds", seeds)  # the cache is kept beside them
    build(corpus_config(seeds, tmp_path / "one"), use_cache=False)
    _in_parallel_always(monkeypatch)
    cold = build(corpus_config(seeds, tmp_path / "cold"))
    warm = build(corpus_config(seeds, tmp_path / "warm"))
    assert cold.changed and warm.changed
    _assert_same_files(tmp_path / "one", tmp_path / "cold")
    _assert_same_files(tmp_path / "one", tmp_path / "warm")
