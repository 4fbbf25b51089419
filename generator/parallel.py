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
from typing import TypeVar

T = TypeVar("T")

PARALLEL_MIN = 200
MAX_WORKERS = 4


def workers() -> int:
    """How many worker processes may run: the cores, at most MAX_WORKERS, or the environment's say."""
    wanted = os.environ.get("PROFILE_GENERATOR_WORKERS", "")
    cores = os.cpu_count() or 1
    return max(1, int(wanted)) if wanted.isdigit() else min(cores, MAX_WORKERS)


def run_all(tasks: Sequence[Callable[[], T]]) -> list[T]:
    """Each task's result, in the order of the tasks."""
    n = workers()
    if (len(tasks) < PARALLEL_MIN or n < 2 or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        return [task() for task in tasks]
    with ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_call, tasks, chunksize=max(1, len(tasks) // (n * 8))))


def _call(task: Callable[[], T]) -> T:
    return task()
