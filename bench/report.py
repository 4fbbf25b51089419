"""The results as Markdown: one table of times, memory and ratios, the targets, the stages and the page sizes."""

from __future__ import annotations

from typing import Any

STEPS = (("baseline", "a: read + pysbd"), ("generate", "b: generator, cold"),
         ("warm", "c: generator, +1 article"), ("mkdocs", "d: mkdocs build"),
         ("mkdocs_split", "d′: mkdocs build, one block per footnote"))


SPLIT_BOUND = "b/d' bound"


def _time(step: dict[str, Any]) -> str:
    if step["seconds"] is None:
        return f"> {step['timed_out']:.0f} s (stopped)"
    return f"{step['seconds']:.2f} s ({step['peak_mb']:.0f} MB)"


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.2f} MB" if n >= 100_000 else f"{n / 1000:.0f} KB"


def targets(results: dict[str, Any]) -> list[str]:
    """Each target, the measured value and whether it is met."""
    rows = {r["articles"]: r for r in results["rows"]}
    out = []
    exp = results["exponent"]
    if exp is not None:
        out.append(f"| growth exponent of b, 100 to {max(rows)} articles | below 1.15 | {exp:.2f} | "
                   f"{'met' if exp < 1.15 else 'missed'} |")
    if 1000 in rows:
        r = rows[1000]["ratios"]
        out.append(f"| b/a at 1,000 articles | at most 5 | {r['b/a']:.2f} | {'met' if r['b/a'] <= 5 else 'missed'} |")
        bound = "< " if r["b/d bound"] else ""
        out.append(f"| b/d at 1,000 articles (mkdocs as the pages are written) | at most 1 | {bound}{r['b/d']:.2f} | "
                   f"{'met' if r['b/d'] <= 1 else 'missed'} |")
        split = r["b/d'"]
        out.append(f"| b/d′ at 1,000 articles (one block per footnote) | at most 1 | "
                   f"{'< ' if r.get(SPLIT_BOUND) else ''}{split:.2f} | "
                   f"{'met' if split <= 1 else 'missed'} |")
        out.append(f"| c/b at 1,000 articles | below 0.10 | {r['c/b']:.3f} | {'met' if r['c/b'] < 0.1 else 'missed'} |")
    biggest = rows[max(rows)]
    peak = max(s["peak_mb"] for s in biggest["steps"].values() if s["seconds"] is not None)
    out.append(f"| peak memory at {max(rows):,} articles (any step) | below 1 GB | {peak:.0f} MB | "
               f"{'met' if peak < 1024 else 'missed'} |")
    return out


def markdown(results: dict[str, Any]) -> str:
    """The whole results page."""
    lines = [
        "# Benchmark results",
        "",
        (f"Machine: {results['machine']}. Seed {results['seed']}; the whole run took "
        f"{results['total_seconds'] / 60:.1f} minutes. Written by `make bench` on {results['date']}."),
        "",
        "Each step runs in a child process of its own; its time is measured inside the process (interpreter",
        "start-up excluded) and its peak memory is the child's maximum resident set size. The machine is",
        "shared with other jobs, so single timings are noisy: compare the ratios, which come from one run.",
        "d is stopped after a time limit: Python-Markdown re-scans the rest of a block for each footnote",
        "definition, so a page whose definitions form one block takes time quadratic in their number.",
        "d′ builds a copy of docs/ with a blank line before each footnote definition: the HTML is the same.",
        "",
        "| articles | corpus | " + " | ".join(name for _k, name in STEPS) + " | b/a | c/b | b/d | b/d′ |",
        "|---:|---:|" + "---:|" * (len(STEPS) + 4),
    ]
    for r in results["rows"]:
        cells = " | ".join(_time(r["steps"][k]) for k, _ in STEPS)
        q = r["ratios"]
        bound = "< " if q["b/d bound"] else ""
        split = q["b/d'"]
        lines.append(f"| {r['articles']:,} | {_mb(r['corpus_bytes'])} | {cells} | {q['b/a']:.2f} | {q['c/b']:.3f} | "
                     f"{bound}{q['b/d']:.2f} | {'< ' if q.get(SPLIT_BOUND) else ''}{split:.2f} |")
    exp = results["exponent"]
    lines += ["", f"Growth exponent of b (least-squares slope of log time against log articles, 100 and up): "
              f"{exp:.2f}." if exp is not None else "Growth exponent: needs two sizes of 100 or more.", ""]
    lines += ["## Targets", "", "| target | wanted | measured | |", "|---|---|---:|---|", *targets(results), ""]
    stages = sorted({k for r in results["rows"] for k in r["steps"]["generate"]["stages"]},
                    key=lambda k: list(results["rows"][0]["steps"]["generate"]["stages"]).index(k))
    lines += ["## Where the generator's time goes (seconds per stage; cold / +1 article)", "",
              "| articles | " + " | ".join(stages) + " |", "|---:|" + "---:|" * len(stages)]
    for r in results["rows"]:
        cold, warm = r["steps"]["generate"]["stages"], r["steps"]["warm"]["stages"]
        lines.append(f"| {r['articles']:,} | " + " | ".join(f"{cold[k]:.2f} / {warm[k]:.2f}" for k in stages) + " |")
    names = sorted({k for r in results["rows"] for k in r["pages"]})
    lines += ["", "## Size of each generated page (HTML after `mkdocs build`)", "",
              "| articles | " + " | ".join(names) + " |", "|---:|" + "---:|" * len(names)]
    for r in results["rows"]:
        lines.append(f"| {r['articles']:,} | " + " | ".join(_mb(r["pages"].get(k, 0)) for k in names) + " |")
    return "\n".join(lines) + "\n"
