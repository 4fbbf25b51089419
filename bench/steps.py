"""The measured steps, each run in a child process of its own (`python -m bench.steps STEP ROOT`)
so that its peak memory can be read from the operating system. Each prints one line of JSON
with the seconds the step took, timed inside the process (interpreter start-up excluded)."""

from __future__ import annotations

import html
import json
import re
import resource
import sys
import time
from pathlib import Path
from typing import Any

_TAG = re.compile(r"<[^>]+>")


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the generator's workers on a
    large cold build: generator/parallel.py)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def baseline(root: Path) -> dict[str, Any]:
    """(a) Read every article and split it into sentences with pysbd, set up as generator/segment.py sets it up."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    start, cpu = time.perf_counter(), cpu_seconds()
    sentences = 0
    for paragraph in _paragraphs(root):
        sentences += len(segmenter.segment(paragraph))
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "sentences": sentences, "segment_py": _segment_py(root)}


def _paragraphs(root: Path) -> list[str]:
    out = []
    for path in sorted((root / "seeds").iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            text = html.unescape(_TAG.sub("\n\n", text))
        out += [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return out


def _segment_py(root: Path) -> dict[str, Any]:
    """(a*) The same reading, split by pysbd as generator/segment.py calls it (the same sentences, found
    for less work: see `segment._pysbd`), without its memo of paragraphs already split."""
    from generator import segment

    split = getattr(segment, "_split", None) or segment._raw_spans  # the code before the memo had only the latter
    start, cpu = time.perf_counter(), cpu_seconds()
    sentences = 0
    for paragraph in _paragraphs(root):
        sentences += sum(1 for _ in split(paragraph))
    return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu, "sentences": sentences}


def generate(root: Path) -> dict[str, Any]:
    """(b, c) The full generator, `pipeline.build`, with the cache in root/.cache; and the time of each stage."""
    from generator import pipeline
    from generator.config import load

    from .stages import timed_stages

    totals, cpu_totals, undo = timed_stages()
    start, cpu = time.perf_counter(), cpu_seconds()
    config = load(root / "mkdocs.yml")
    result = pipeline.build(config)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    undo()
    return {"seconds": seconds, "cpu_seconds": cpu, "stages": totals, "stages_cpu": cpu_totals,
            "changed": len(result.changed),
            "statements": sum(len(s.statements) for s in result.profile.sections),
            "sources": len(result.profile.sources)}


def mkdocs_build(root: Path, docs: str = "docs", site: str = "site") -> dict[str, Any]:
    """(d) `mkdocs build` of the generated docs/, without the profile plugin (docs/ is already written)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    start, cpu = time.perf_counter(), cpu_seconds()
    config = load_config(str(root / "mkdocs.yml"), plugins=["search"], docs_dir=str(root / docs),
                         site_dir=str(root / site))
    build(config)
    return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu}


STEPS = {"baseline": baseline, "generate": generate, "mkdocs": mkdocs_build}

if __name__ == "__main__":
    step, folder, *rest = sys.argv[1:]
    print(json.dumps(STEPS[step](Path(folder), *rest)))
