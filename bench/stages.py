"""Time each stage of one generator build, by wrapping the stage functions that
generator.pipeline calls; the build itself is unchanged. Wall time, and CPU time (this process's
and that of the worker processes a stage ran and waited for: generator/parallel.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from generator import pipeline

from .steps import cpu_seconds

STAGES = ("ingest", "segment_all", "recognise", "extract_all", "cue_sections_all", "group_and_link", "set_aside",
          "relate", "build_claims", "syndicated", "compare", "compare_figures", "quote_groups", "compose",
          "render")  # compose makes the quotation records too


def timed_stages() -> tuple[dict[str, float], dict[str, float], Callable[[], None]]:
    """Wrap the stages in generator.pipeline; returns the wall and the CPU totals (seconds) and an undo."""
    totals = {name: 0.0 for name in STAGES}
    cpu = {name: 0.0 for name in STAGES}
    saved: dict[str, Any] = {}
    missing = [name for name in STAGES if not hasattr(pipeline, name)]
    if missing:  # a stage renamed in the pipeline: say so rather than time nothing
        raise AttributeError(f"generator.pipeline has no {', '.join(missing)}: update bench/stages.py")
    for name in STAGES:
        original = saved[name] = getattr(pipeline, name)

        def wrapper(*args: Any, _f: Any = original, _n: str = name, **kwargs: Any) -> Any:
            start, used = time.perf_counter(), cpu_seconds()
            try:
                return _f(*args, **kwargs)
            finally:
                totals[_n] += time.perf_counter() - start
                cpu[_n] += cpu_seconds() - used
        setattr(pipeline, name, wrapper)

    def undo() -> None:
        for name, f in saved.items():
            setattr(pipeline, name, f)
    return totals, cpu, undo
