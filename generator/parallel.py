"""Per-article work of a large cold build spread over the machine's cores: the same results,
in the same order, as one process would give.

Used only where it pays and is safe: at least PARALLEL_MIN tasks (starting workers costs more
than a few articles take), two cores or more, and no other thread in this process (a process
forked while another thread holds a lock can hang; `mkdocs serve` runs a server thread, so
there the work stays in one process). `PROFILE_GENERATOR_WORKERS` sets how many worker
processes may run (1: none).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar, cast

T = TypeVar("T")

PARALLEL_MIN = 200
MAX_WORKERS = 4


def workers() -> int:
    """How many worker processes may run: the cores, at most MAX_WORKERS, or the environment's say."""
    wanted = os.environ.get("PROFILE_GENERATOR_WORKERS", "")
    cores = os.cpu_count() or 1
    return max(1, int(wanted)) if wanted.isdigit() else min(cores, MAX_WORKERS)


def in_parallel(count: int, at_least: int | None = None) -> bool:
    """Whether run_all spreads `count` tasks over worker processes: `at_least` of them (PARALLEL_MIN
    unless said), for tasks so small that fewer would not pay for the workers."""
    return (count >= (PARALLEL_MIN if at_least is None else at_least) and workers() >= 2 and threading.active_count() == 1
            and "fork" in multiprocessing.get_all_start_methods())


_TASKS: Sequence[Callable[[], object]] = ()  # the tasks of the run under way, as the forked workers see them


def run_all(tasks: Sequence[Callable[[], T]], at_least: int | None = None) -> list[T]:
    """Each task's result, in the order of the tasks. The workers are forked with the tasks in their
    memory and are sent only each task's number (nothing of the task is pickled); a task that returns
    bytes (pipeline: a cache entry, pickled the way the cache writes it) costs nearly nothing to send back.
    `at_least`: see in_parallel."""
    global _TASKS
    if not in_parallel(len(tasks), at_least):
        return [task() for task in tasks]
    n = workers()
    _TASKS = tasks
    try:
        with ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("fork")) as pool:
            return cast("list[T]", list(pool.map(_call, range(len(tasks)), chunksize=max(1, len(tasks) // (n * 8)))))
    finally:
        _TASKS = ()


def _call(i: int) -> object:
    return _TASKS[i]()
