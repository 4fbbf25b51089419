"""Run the benchmark: for each corpus size, the four steps side by side, then the ratios,
the growth exponent of the generator, peak memory and the size of each page."""

from __future__ import annotations

import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.scaffold import scaffold

from .corpus import SUBJECT, write_corpus

ROOT = Path(__file__).resolve().parent.parent
STEP_NAMES = {"baseline": "a", "generate": "b", "warm": "c", "warm_remove": "c-", "warm_change": "c~", "mkdocs": "d",
              "mkdocs_split": "d'"}
FOOTNOTE_AFTER_LINE = re.compile(r"(?<=[^\n])\n(?=\[\^[^\]\n]+\]: )")
MKDOCS_TIMEOUT = 60.0  # seconds per 1,000 articles (at least 60): each footnote definition is a block of its own now
SPLIT_TIMEOUT = 1200.0  # seconds; d' is not quadratic in that way, but is slower than linear on very long pages


def machine() -> str:
    """CPU model and count, from /proc/cpuinfo where there is one."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def run_step(step: str, root: Path, log: Path, *args: str, timeout: float | None = None) -> dict[str, Any]:
    """One step in a child process: its own timing, its wall time and its peak resident memory.
    A step that passes `timeout` seconds is stopped and reported as such."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    with log.open("ab") as err, tempfile.TemporaryFile() as out:
        child = subprocess.Popen([sys.executable, "-m", "bench.steps", step, str(root), *args], cwd=ROOT, env=env,
                                 stdout=out, stderr=err)
        while True:  # os.wait4, not Popen.wait: it also returns the child's resource usage
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.perf_counter() - start > timeout:
                child.kill()
                _pid, status, usage = os.wait4(child.pid, 0)
                child.returncode = -9
                return {"seconds": None, "timed_out": timeout, "wall_seconds": time.perf_counter() - start,
                        "peak_mb": usage.ru_maxrss / 1024}
            time.sleep(0.05)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        printed = out.read()
    if child.returncode != 0:
        raise RuntimeError(f"step {step} on {root} failed with exit code {child.returncode}; see {log}")
    result: dict[str, Any] = json.loads(printed)
    result["wall_seconds"] = time.perf_counter() - start
    result["peak_mb"] = usage.ru_maxrss / 1024  # Linux reports kilobytes
    return result


def separate_footnotes(docs: Path, into: Path) -> None:
    """A copy of docs/ with a blank line before each footnote definition that follows another line.
    Python-Markdown then sees one block per definition; the HTML it makes is the same."""
    shutil.copytree(docs, into)
    for page in into.glob("*.md"):
        page.write_text(FOOTNOTE_AFTER_LINE.sub("\n\n", page.read_text(encoding="utf-8")), encoding="utf-8")


def page_sizes(site: Path) -> dict[str, int]:
    """Bytes of each generated page's HTML, and of the search index."""
    sizes = {p.name: p.stat().st_size for p in sorted(site.glob("*.html")) if p.name != "404.html"}
    index = site / "search" / "search_index.json"
    if index.exists():
        sizes["search/search_index.json"] = index.stat().st_size
    return sizes


EDIT = "\n\nA spokesperson for the family declined to comment on Tuesday.\n"


def _docs(root: Path) -> dict[str, bytes]:
    """Every generated file, by its path under docs/."""
    docs = root / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def measure(n: int, seed: int, work: Path, log: Path, split_timeout: float = SPLIT_TIMEOUT) -> dict[str, Any]:
    """The steps on a fresh project of n articles. After the cold build and mkdocs: (c) add article
    n + 1, (c−) remove it again, (c~) change one article (a paragraph added), then change it back;
    after the removal and after the change back, docs/ must be byte for byte what the cold build wrote."""
    root = work / f"n{n}"
    shutil.rmtree(root, ignore_errors=True)
    scaffold(root, SUBJECT)
    write_corpus(root / "seeds", n, seed)
    corpus_bytes = sum(p.stat().st_size for p in (root / "seeds").iterdir())
    steps = {"baseline": run_step("baseline", root, log)}
    steps["generate"] = run_step("generate", root, log)  # cold: no .cache yet
    cold = _docs(root)
    mkdocs_timeout = MKDOCS_TIMEOUT * max(1.0, n / 1000)
    steps["mkdocs"] = run_step("mkdocs", root, log, timeout=mkdocs_timeout)
    separate_footnotes(root / "docs", root / "docs-split")
    steps["mkdocs_split"] = run_step("mkdocs", root, log, "docs-split", "site-split", timeout=split_timeout)
    pages = page_sizes(root / "site-split")
    (added,) = write_corpus(root / "seeds", n + 1, seed, start=n)  # one more article
    steps["warm"] = run_step("generate", root, log)
    added.unlink()
    steps["warm_remove"] = run_step("generate", root, log)
    same = {"after removing the added article": _docs(root) == cold}
    edited = sorted((root / "seeds").glob("*.txt"))[len(list((root / "seeds").glob("*.txt"))) // 2]
    original = edited.read_bytes()
    edited.write_bytes(original.rstrip(b"\n") + EDIT.encode())
    steps["warm_change"] = run_step("generate", root, log)
    edited.write_bytes(original)
    steps["warm_restore"] = run_step("generate", root, log)
    same["after changing an article and changing it back"] = _docs(root) == cold
    shutil.rmtree(root, ignore_errors=True)
    a, b, c = (steps[k]["seconds"] for k in ("baseline", "generate", "warm"))
    a_star = steps["baseline"]["segment_py"]["seconds"]
    d = steps["mkdocs"]["seconds"] or mkdocs_timeout  # when stopped, b/d is an upper bound
    d2 = steps["mkdocs_split"]["seconds"] or split_timeout
    cpu: dict[str, float] = {k: v.get("cpu_seconds") or 0.0 for k, v in steps.items()}
    cpu["a*"] = steps["baseline"]["segment_py"]["cpu_seconds"]
    cpu_ratios = {"b/a": cpu["generate"] / cpu["baseline"], "b/a*": cpu["generate"] / cpu["a*"],
                  "c/b": cpu["warm"] / cpu["generate"], "c-/b": cpu["warm_remove"] / cpu["generate"],
                  "c~/b": cpu["warm_change"] / cpu["generate"]}
    if steps["mkdocs"]["seconds"] is not None:
        cpu_ratios["b/d"] = cpu["generate"] / cpu["mkdocs"]
    return {"articles": n, "corpus_bytes": corpus_bytes, "steps": steps, "pages": pages, "identical": same,
            "cpu_ratios": cpu_ratios,
            "ratios": {"b/a": b / a, "b/a*": b / a_star, "c/b": c / b,
                       "c-/b": steps["warm_remove"]["seconds"] / b, "c~/b": steps["warm_change"]["seconds"] / b,
                       "b/d": b / d, "b/d'": b / d2,
                       "b/d bound": steps["mkdocs"]["seconds"] is None,
                       "b/d' bound": steps["mkdocs_split"]["seconds"] is None}}


def exponent(rows: list[dict[str, Any]], low: int = 100, high: int = 5000) -> float | None:
    """Least-squares slope of log(cold generator time) against log(articles), sizes low..high."""
    points = [(math.log(r["articles"]), math.log(r["steps"]["generate"]["seconds"]))
              for r in rows if low <= r["articles"] <= high]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def run(sizes: list[int], seed: int, out: Path, save: Callable[[dict[str, Any]], None],
        split_timeout: float = SPLIT_TIMEOUT) -> dict[str, Any]:
    """Measure every size, print and save the results so far after each, and return everything."""
    work = Path(tempfile.mkdtemp(prefix="profile-bench-"))
    log = out / "bench.log"
    log.write_text("")
    rows = []
    began = time.perf_counter()
    try:
        for n in sizes:
            row = measure(n, seed, work, log, split_timeout)
            rows.append(row)
            print(line(row), flush=True)
            results = {"machine": machine(), "seed": seed, "sizes": sizes, "rows": rows, "exponent": exponent(rows),
                       "total_seconds": time.perf_counter() - began, "date": time.strftime("%Y-%m-%d")}
            save(results)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def line(row: dict[str, Any]) -> str:
    s, r = row["steps"], row["ratios"]
    cells = "  ".join(f"{STEP_NAMES[k]}={seconds(s[k])}/{s[k]['peak_mb']:.0f}MB" for k in STEP_NAMES)
    bound = "<" if r["b/d bound"] else ""
    split_key, split_bound = "b/d'", "b/d' bound"
    split = f"{'<' if r.get(split_bound) else ''}{r[split_key]:.2f}"
    return (f"{row['articles']:>5} articles  {cells}  a*={s['baseline']['segment_py']['seconds']:.2f}s  "
            f"b/a={r['b/a']:.2f} b/a*={r['b/a*']:.2f} c/b={r['c/b']:.3f} c-/b={r['c-/b']:.3f} c~/b={r['c~/b']:.3f} "
            f"b/d={bound}{r['b/d']:.2f} b/d'={split} identical={all(row['identical'].values())}  cpu: "
            + " ".join(f"{k}={v:.3f}" for k, v in row["cpu_ratios"].items()))


def seconds(step: dict[str, Any]) -> str:
    """A step's time, or how long it ran before it was stopped."""
    return f"{step['seconds']:.2f}s" if step["seconds"] is not None else f">{step['timed_out']:.0f}s"
