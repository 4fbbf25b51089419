"""A build tunes Python's cyclic garbage collector for itself (generator/pipeline.py) and leaves it
as it found it, also when the build fails."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from generator import pipeline
from generator.pipeline import build

from .conftest import CASES, corpus_config


def test_a_build_restores_the_collector(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    original = pipeline.group_and_link

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "group_and_link", spy)
    build(corpus_config(CASES / "fictional" / "seeds", tmp_path / "docs"), use_cache=False)
    assert seen == [pipeline.GC_THRESHOLDS]
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_failed_build_restores_the_collector(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = gc.get_threshold()

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("render failed")

    monkeypatch.setattr(pipeline, "render", broken)
    with pytest.raises(RuntimeError):
        build(corpus_config(CASES / "fictional" / "seeds", tmp_path / "docs"), use_cache=False)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
