"""Per-article work of a large cold build spread over the machine's cores: the same results,
in the same order, as one process would give.

Used only where it pays and is safe: at least PARALLEL_MIN tasks (starting workers costs more
than a few articles take), two cores or more, and no other thread in this process (a process
forked while another thread holds a lock can hang; `mkdocs serve` runs a server thread, so
there the work stays in one process). `PROFILE_GENERATOR_WORKERS` sets how many worker
processes may run (1: none).

Besides the per-article work shared out by run_all, a stage whose result is needed only later can
run in a process of its own while the build goes on (in_background): on two cores, one is idle
while the build runs a stage that works in one process.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
import traceback
from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar, cast

from .cache import Cache, entry

T = TypeVar("T")

PARALLEL_MIN = 200
BACKGROUND_MIN = 2000  # sentences from which a stage's work in a process of its own pays for the process
MAX_WORKERS = 4


def workers() -> int:
    """How many worker processes may run: the cores, at most MAX_WORKERS, or the environment's say."""
    wanted = os.environ.get("PROFILE_GENERATOR_WORKERS", "")
    cores = os.cpu_count() or 1
    return max(1, int(wanted)) if wanted.isdigit() else min(cores, MAX_WORKERS)


def in_parallel(count: int, at_least: int | None = None) -> bool:
    """Whether run_all spreads `count` tasks over worker processes: `at_least` of them (PARALLEL_MIN
    unless said), for tasks so small that fewer would not pay for the workers. Never inside a task
    run in_background (that process is the extra one)."""
    return (count >= (PARALLEL_MIN if at_least is None else at_least) and workers() >= 2 and threading.active_count() == 1
            and "fork" in multiprocessing.get_all_start_methods() and not _IN_BACKGROUND)


_IN_BACKGROUND = False  # this process runs a task for in_background


def in_background(task: Callable[[], T], count: int, at_least: int | None = None) -> Callable[[], T]:
    """What gives the task's value: where workers may run for a task of `count` items (in_parallel: at
    least `at_least` of them, BACKGROUND_MIN unless said), the task starts now in a forked process, and
    the value is sent back (pickled) when asked for; else the task runs when its value is asked for, in
    this process. The same value either way."""
    if not in_parallel(count, BACKGROUND_MIN if at_least is None else at_least):
        return task
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_send_result, args=(task, send), daemon=True)
    process.start()  # forked: the task is not pickled
    send.close()

    def result() -> T:
        try:
            ok, value = receive.recv()
        except EOFError:
            ok, value = False, "the process ended without a result"
        finally:
            receive.close()
            process.join()
        if not ok:
            raise RuntimeError(f"a task run in the background failed:\n{value}")
        return cast(T, value)
    return result


def _send_result(task: Callable[[], object], send: multiprocessing.connection.Connection) -> None:
    global _IN_BACKGROUND
    _IN_BACKGROUND = True
    try:
        send.send((True, task()))
    except BaseException:  # noqa: BLE001 - the build's process raises it, with this traceback
        send.send((False, traceback.format_exc()))
    finally:
        send.close()


def run_all(tasks: Sequence[Callable[[], T]], at_least: int | None = None) -> list[T]:
    """Each task's result, in the order of the tasks. Where workers may run (in_parallel), this process
    and workers() - 1 forked ones take the tasks in turn, a few at a time, from a shared counter, until
    none is left: the tasks are in the forked processes' memory (nothing of a task is pickled), a task
    that returns bytes (pipeline: a cache entry, pickled the way the cache writes it) costs nearly
    nothing to send back, and this process's own results are not sent at all. A task's error is raised
    here (its exception, or a RuntimeError with its traceback where the exception does not pickle).
    `at_least`: see in_parallel."""
    if not in_parallel(len(tasks), at_least):
        return [task() for task in tasks]
    n = workers()
    context = multiprocessing.get_context("fork")
    taken = context.Value("q", 0)  # the first task no process has taken yet
    chunk = max(1, len(tasks) // (n * 32))

    def work() -> dict[int, T]:
        done: dict[int, T] = {}
        while True:
            with taken.get_lock():
                start = taken.value
                taken.value = start + chunk
            if start >= len(tasks):
                return done
            for i in range(start, min(start + chunk, len(tasks))):
                done[i] = tasks[i]()

    others = []
    for _ in range(n - 1):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_send_work, args=(work, send), daemon=True)
        process.start()  # forked: the tasks are not pickled
        send.close()
        others.append((process, receive))
    results: dict[int, T] = {}
    error: BaseException | None = None
    try:
        results.update(work())
    except BaseException as e:  # noqa: BLE001 - raised below, once the other processes are done
        error = e
        with taken.get_lock():
            taken.value = len(tasks)  # the others take no more
    for process, receive in others:
        try:
            ok, value = receive.recv()
        except EOFError:
            ok, value = False, RuntimeError("a worker process ended without its results")
        finally:
            receive.close()
            process.join()
        if ok:
            results.update(value)
        elif error is None:
            error = value
    if error is not None:
        raise error
    return [results[i] for i in range(len(tasks))]


def _send_work(work: Callable[[], dict[int, object]], send: multiprocessing.connection.Connection) -> None:
    global _IN_BACKGROUND
    _IN_BACKGROUND = True  # no workers of its own
    try:
        try:
            send.send((True, work()))
        except BaseException as e:  # noqa: BLE001 - the build's process raises it
            told = traceback.format_exc()
            try:
                send.send((False, e))
            except Exception:  # noqa: BLE001 - an exception that does not pickle: its traceback
                send.send((False, RuntimeError(f"a task run in a worker process failed:\n{told}")))
    finally:
        send.close()


def cached_all(cache: Cache | None, stage: str, expected: type[T],
               tasks: list[tuple[str, Callable[[], T]]]) -> list[T]:
    """Each (key, task)'s value, in order: from the cache where it holds one, else computed (on
    several cores when there are many: run_all) and stored."""
    return _completed(cache, stage, expected, tasks, _looked_up(cache, stage, expected, tasks))


def cached_all_in_background(cache: Cache | None, stage: str, expected: type[T],
                             tasks: list[tuple[str, Callable[[], T]]]) -> Callable[[], list[T]]:
    """What gives cached_all's values: where many are missing from the cache (a cold build), those are
    worked out in a process of their own (in_background) while the build goes on, and stored when
    asked for; else as cached_all does, when asked for."""
    found = _looked_up(cache, stage, expected, tasks)
    missing = [i for i, value in enumerate(found) if value is None]
    if not in_parallel(len(missing)):
        return partial(_completed, cache, stage, expected, tasks, found)
    if cache is None:
        values = in_background(partial(_values, [tasks[i][1] for i in missing]), len(missing), PARALLEL_MIN)
    else:
        entries = in_background(partial(_values, [partial(entry, *tasks[i]) for i in missing]), len(missing),
                                PARALLEL_MIN)

    def result() -> list[T]:
        if cache is None:
            for i, value in zip(missing, values(), strict=True):
                found[i] = value
        else:
            for i, data in zip(missing, entries(), strict=True):
                stored = cache.store_entry(stage, tasks[i][0], data)
                found[i] = stored if isinstance(stored, expected) else None
            cache.save_packs(stage)
        return _done(stage, tasks, found)
    return result


def _values(tasks: Sequence[Callable[[], T]]) -> list[T]:
    return [task() for task in tasks]


def _looked_up(cache: Cache | None, stage: str, expected: type[T],
               tasks: list[tuple[str, Callable[[], T]]]) -> list[T | None]:
    """Each task's value stored in the cache, or None."""
    return [None if cache is None else cache.lookup(stage, key, expected) for key, _task in tasks]


def _completed(cache: Cache | None, stage: str, expected: type[T], tasks: list[tuple[str, Callable[[], T]]],
               found: list[T | None]) -> list[T]:
    """The values `found` in the cache, and the others computed (on several cores when there are many) and stored."""
    missing = [i for i, value in enumerate(found) if value is None]
    if cache is not None and in_parallel(len(missing)):
        # Each worker pickles its entry as the cache writes it; the build writes those bytes as they are.
        for i, data in zip(missing, run_all([partial(entry, *tasks[i]) for i in missing]), strict=True):
            value = cache.store_entry(stage, tasks[i][0], data)
            found[i] = value if isinstance(value, expected) else None
    else:
        for i, value in zip(missing, run_all([tasks[i][1] for i in missing]), strict=True):
            found[i] = value
            if cache is not None:
                cache.store(stage, tasks[i][0], value)
    if cache is not None:
        cache.save_packs(stage)
    return _done(stage, tasks, found)


def _done(stage: str, tasks: Sequence[object], found: list[T | None]) -> list[T]:
    done = [value for value in found if value is not None]
    assert len(done) == len(tasks), f"{stage}: a task gave no value"
    return done
