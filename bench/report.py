"""The results as Markdown: one table of times, memory and ratios, the targets, the stages and the page sizes."""

from __future__ import annotations

from typing import Any

STEPS = (("baseline", "a: read + pysbd"), ("generate", "b: generator, cold"),
         ("warm", "c: +1 article"), ("warm_remove", "c−: −1 article"), ("warm_change", "c~: 1 article changed"),
         ("mkdocs", "d: mkdocs build"), ("mkdocs_split", "d′: mkdocs build, one block per footnote"))
RATIOS = (("b/a", "b/a"), ("b/a*", "b/a*"), ("c/b", "c/b"), ("c-/b", "c−/b"), ("c~/b", "c~/b"))


SPLIT_BOUND = "b/d' bound"


def _time(step: dict[str, Any]) -> str:
    if step["seconds"] is None:
        return f"> {step['timed_out']:.0f} s (stopped)"
    return f"{step['seconds']:.2f} s ({step['peak_mb']:.0f} MB)"


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.2f} MB" if n >= 100_000 else f"{n / 1000:.0f} KB"


def _largest(row: dict[str, Any]) -> tuple[str, int]:
    pages = {k: v for k, v in row["pages"].items() if k.endswith(".html")}
    name = max(pages, key=lambda k: pages[k]) if pages else ""
    return name, pages.get(name, 0)


def targets(results: dict[str, Any]) -> list[str]:
    """Each target of issue 12, the measured value and whether it is met."""
    rows = {r["articles"]: r for r in results["rows"]}
    out = []

    def line(what: str, wanted: str, value: str, met: bool) -> None:
        out.append(f"| {what} | {wanted} | {value} | {'met' if met else 'missed'} |")
    exp = results["exponent"]
    if exp is not None:
        line(f"growth exponent of b, 100 to {max(rows):,} articles", "below 1.15", f"{exp:.2f}", exp < 1.15)
    if 1000 in rows:
        r = rows[1000]["ratios"]
        line("b/a at 1,000 articles (a: pysbd's own API)", "at most 1.5", f"{r['b/a']:.2f}", r["b/a"] <= 1.5)
        if "b/a*" in r:
            line("b/a* at 1,000 articles (a*: pysbd as segment.py calls it)", "at most 1.5", f"{r['b/a*']:.2f}",
                 r["b/a*"] <= 1.5)
        bound = "< " if r["b/d bound"] else ""
        line("b/d at 1,000 articles (mkdocs build of the generated docs/)", "at most 1", f"{bound}{r['b/d']:.2f}",
             r["b/d"] <= 1)
        for key, what in (("c/b", "adding one article"), ("c-/b", "removing one article"),
                          ("c~/b", "changing one article")):
            if key in r:
                line(f"{what} at 1,000 articles, of cold", "at most 0.10", f"{r[key]:.3f}", r[key] <= 0.10)
        for what, same in rows[1000].get("identical", {}).items():
            line(f"docs/ {what}, against the cold build", "byte-identical", "identical" if same else "DIFFERENT", same)
    biggest = rows[max(rows)]
    peak = max(s["peak_mb"] for s in biggest["steps"].values() if s["seconds"] is not None)
    line(f"peak memory at {max(rows):,} articles (any step)", "below 1 GB", f"{peak:.0f} MB", peak < 1024)
    name, size = _largest(biggest)
    line(f"largest page at {max(rows):,} articles", "at most 1 MB", f"{_mb(size)} ({name})", size <= 1_000_000)
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
        "a* is the same reading and splitting with pysbd called as generator/segment.py calls it (the same",
        "sentences for less work). c, c− and c~ are rebuilds with the cache after adding an article, removing",
        "it again, and adding a paragraph to another one.",
        "",
        "| articles | corpus | " + " | ".join(name for _k, name in STEPS) + " | a* | "
        + " | ".join(n for _k, n in RATIOS) + " | b/d | b/d′ |",
        "|---:|---:|" + "---:|" * (len(STEPS) + len(RATIOS) + 3),
    ]
    for r in results["rows"]:
        cells = " | ".join(_time(r["steps"][k]) if k in r["steps"] else "" for k, _ in STEPS)
        q = r["ratios"]
        star = r["steps"]["baseline"].get("segment_py", {}).get("seconds")
        ratios = " | ".join(f"{q[k]:.3f}" if k in q else "" for k, _n in RATIOS)
        bound = "< " if q["b/d bound"] else ""
        split = q["b/d'"]
        lines.append(f"| {r['articles']:,} | {_mb(r['corpus_bytes'])} | {cells} | "
                     f"{f'{star:.2f} s' if star else ''} | {ratios} | "
                     f"{bound}{q['b/d']:.2f} | {'< ' if q.get(SPLIT_BOUND) else ''}{split:.2f} |")
    if any("cpu_ratios" in r for r in results["rows"]):
        keys = [k for k in ("b/a", "b/a*", "c/b", "c-/b", "c~/b", "b/d") if any(k in r.get("cpu_ratios", {})
                                                                               for r in results["rows"])]
        lines += ["", ("The same ratios in CPU time (each step's own process time: steadier than wall time on a shared "
                  "machine):"), "", "| articles | " + " | ".join(k.replace("-", "−") for k in keys) + " |",
                  "|---:|" + "---:|" * len(keys)]
        for r in results["rows"]:
            q = r.get("cpu_ratios", {})
            lines.append(f"| {r['articles']:,} | " + " | ".join(f"{q[k]:.3f}" if k in q else "" for k in keys) + " |")
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
    if all("stages_cpu" in r["steps"]["generate"] and "stages_cpu" in r["steps"]["warm"] for r in results["rows"]):
        lines += ["", ("The same in CPU seconds (the stage's process and the workers it waited for; steadier on a "
                  "shared machine):"), "", "| articles | " + " | ".join(stages) + " |", "|---:|" + "---:|" * len(stages)]
        for r in results["rows"]:
            cold, warm = r["steps"]["generate"]["stages_cpu"], r["steps"]["warm"]["stages_cpu"]
            lines.append(f"| {r['articles']:,} | " + " | ".join(f"{cold.get(k, 0.0):.2f} / {warm.get(k, 0.0):.2f}"
                                                                 for k in stages) + " |")
    lines += ["", "## Generated pages (HTML after `mkdocs build`)", "",
              ("| articles | pages | largest page | search index | pages rewritten: cold / c / c− / c~ | "
              "docs/ after c− and after c~ undone, against cold |"),
              "|---:|---:|---:|---:|---|---|"]
    for r in results["rows"]:
        name, size = _largest(r)
        pages = sum(1 for k in r["pages"] if k.endswith(".html"))
        index = r["pages"].get("search/search_index.json", 0)
        rewritten = " / ".join(str(r["steps"][k].get("changed", "")) for k in ("generate", "warm", "warm_remove",
                                                                                "warm_change") if k in r["steps"])
        same = r.get("identical", {})
        verdict = ("byte-identical" if all(same.values()) else "DIFFERENT") if same else ""
        lines.append(f"| {r['articles']:,} | {pages} | {_mb(size)} ({name}) | {_mb(index)} | {rewritten} | {verdict} |")
    return "\n".join(lines) + "\n"
