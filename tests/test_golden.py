"""End-to-end golden files: each corpus's pages and profile.json, byte for byte.

Refresh with `make goldens` and review the diff like code.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import load
from generator.pipeline import build
from generator.render import PAGES

from .conftest import CASES, ROOT, corpus_config

OUTPUTS = (*PAGES, "profile.json", "timeline.json")


def _build(seeds: Path, tmp: Path) -> Path:
    shutil.copytree(seeds, tmp / "seeds")
    build(corpus_config(tmp / "seeds", tmp / "docs"))
    return tmp / "docs"


@pytest.mark.parametrize("case", ["fictional", "smalltown"])
def test_case_matches_golden(case: str, tmp_path: Path, update_goldens: bool) -> None:
    docs = _build(CASES / case / "seeds", tmp_path)
    expected = CASES / case / "expected"
    for name in OUTPUTS:
        got = (docs / name).read_text(encoding="utf-8")
        if update_goldens:
            expected.mkdir(exist_ok=True)
            (expected / name).write_text(got, encoding="utf-8")
        assert got == (expected / name).read_text(encoding="utf-8"), f"{case}/{name} differs: run `make goldens`"


def test_committed_docs_are_fresh(tmp_path: Path, update_goldens: bool) -> None:
    """The generated docs/ in the repository is what the code makes from seeds/ (the
    seed corpus's golden output); a stale docs/ fails here."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    cfg = load(ROOT / "mkdocs.yml")
    build(replace(cfg, seeds_dir=tmp_path / "seeds", docs_dir=tmp_path / "docs"))
    docs = tmp_path / "docs"
    for name in OUTPUTS:
        if update_goldens:
            (ROOT / "docs" / name).write_text((docs / name).read_text(encoding="utf-8"), encoding="utf-8")
        assert (docs / name).read_text(encoding="utf-8") == (ROOT / "docs" / name).read_text(encoding="utf-8"), \
            f"docs/{name} is stale: run `make goldens` (or `python -m generator build`) and commit"


def test_same_input_same_bytes(tmp_path: Path) -> None:
    a = _build(CASES / "fictional" / "seeds", tmp_path / "a")
    b = _build(CASES / "fictional" / "seeds", tmp_path / "b")
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes()


def test_unchanged_build_writes_nothing(tmp_path: Path) -> None:
    docs = _build(CASES / "smalltown" / "seeds", tmp_path)
    assert build(corpus_config(tmp_path / "seeds", docs)).changed == ()
