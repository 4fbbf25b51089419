"""Shared fixtures: corpora, a built profile per corpus, and the golden-file switch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from generator.claims import ClaimGroup, build_claims, by_month
from generator.config import ProfileConfig, from_options
from generator.corroborate import group_and_link
from generator.extract import news_in_keeping
from generator.ingest import ingest, read_source
from generator.model import Profile, Sentence
from generator.people import recognise
from generator.pipeline import analyse, extract_all, segment_all
from generator.segment import segment

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite tests/cases/*/expected from the current code")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def corpus_config(seeds: Path, docs: Path, **options: object) -> ProfileConfig:
    """A configuration that reads `seeds` and writes `docs`."""
    return replace(from_options(seeds.parent, {"seeds": seeds.name, **options}), docs_dir=docs)


def analysed_case(tmp_path_factory: pytest.TempPathFactory, name: str) -> Profile:
    """The profile of the gold corpus `tests/cases/<name>`, built from a copy of its seeds."""
    tmp = tmp_path_factory.mktemp(name)
    shutil.copytree(CASES / name / "seeds", tmp / "seeds")
    return analyse(corpus_config(tmp / "seeds", tmp / "docs"))[0]


@cache
def review_case(folder: str, case: str, tmp: str) -> Profile:
    """The profile of one case of a review's folder, `tests/cases/<folder>/<case>` (its articles are its seeds),
    analysed once per test session (`tmp`: the session's base temporary folder)."""
    return analyse(corpus_config(CASES / folder / case, Path(tmp) / folder / case / "docs"))[0]


def claims_of(tmp: Path, articles: dict[str, str], as_published: bool = False
              ) -> tuple[list[ClaimGroup], dict[str, str], tuple[Sentence, ...]]:
    """The claims stage run on small articles written into tmp/seeds: (claims, set-aside
    reasons, sentences). `as_published`: the claims as the profile's statements cite them (a dated
    event's sentences of two months of one year apart: claims.by_month, as compose.py does)."""
    seeds = tmp / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    config = corpus_config(seeds, tmp / "docs")
    sources, _ = ingest(config, None)
    sentences, _people = recognise(segment_all(sources), config.people)
    facts = news_in_keeping(extract_all(sentences, {s.id: s for s in sources}), {s.id: s for s in sentences})
    groups, links = group_and_link(sentences, facts, {s.id: s.published or "" for s in sources})
    claims, fates = build_claims(sentences, facts, groups, clause_links=links)
    return (by_month(claims, facts) if as_published else claims), fates, sentences


def run_mkdocs(folder: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """A real `mkdocs build --strict` of the project in `folder`, as a user runs it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder,
                          capture_output=True, text=True, env=env, timeout=timeout, check=False)


def build_site(folder: Path) -> Path:
    """`run_mkdocs`, which must succeed; the built site folder."""
    result = run_mkdocs(folder)
    assert result.returncode == 0, result.stderr
    return folder / "site"


# The site builders that read mkdocs.yml, and how a user of each builds a profile (README
# "Which builder"). Zensical runs no plugin: the generator writes docs/ before it, and gives the
# finished pages their Content Security Policy after it.
BUILDERS: dict[str, list[list[str]]] = {
    "mkdocs": [["-m", "mkdocs", "build", "--strict"]],
    "properdocs": [["-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml"]],
    "zensical": [["-m", "generator", "build"], ["-m", "zensical", "build", "--strict", "-f", "mkdocs.yml"],
                 ["-m", "generator", "csp"]],
}


def run_builder(folder: Path, builder: str, env: dict[str, str] | None = None,
                timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """Build the project in `folder` into `folder/site` with `builder`, each step as a user runs
    it, stopping at the first that fails; the steps' output joined."""
    out, err, code = [], [], 0
    for step in BUILDERS[builder]:
        done = subprocess.run([sys.executable, *step], cwd=folder, capture_output=True, text=True,
                              env=env if env is not None else dict(os.environ), timeout=timeout, check=False)
        out.append(done.stdout)
        err.append(done.stderr)
        code = done.returncode
        if code:
            break
    return subprocess.CompletedProcess(BUILDERS[builder], code, "".join(out), "".join(err))


def make_corpus(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    """A seeds folder in tmp_path holding `files`."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = seeds / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return seeds


def attributions_in(folder: Path, words: str, tmp_path: Path) -> list[str]:
    """The attribution of each sentence of the folder's .txt articles that holds `words`."""
    config = corpus_config(folder, tmp_path / "docs")
    found = []
    for path in sorted(folder.glob("*.txt")):
        found += [s.attribution for s in segment(read_source(path, config, set(), {}, [])) if words in s.text]
    return found


def profile_of_articles(tmp_path: Path, articles: dict[str, tuple[str, str]]) -> Profile:
    """The profile of small articles ({file name: (ISO date, body)}), each with a title and an outlet
    of its own (two articles of one outlet may read as one source's copies)."""
    seeds = make_corpus(tmp_path, {name: f"title: {name}\noutlet: Daily {n}\ndate: {date}\n---\n{body}\n"
                                   for n, (name, (date, body)) in enumerate(articles.items())})
    return analyse(corpus_config(seeds, tmp_path / "docs"))[0]


CORPORA = {
    "seeds": ROOT / "seeds",
    "fictional": CASES / "fictional" / "seeds",
    "smalltown": CASES / "smalltown" / "seeds",
}


@pytest.fixture(scope="session", params=sorted(CORPORA))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Profile]:
    """Each corpus analysed once per session."""
    name = request.param
    tmp = tmp_path_factory.mktemp(name)
    seeds = tmp / "seeds"
    shutil.copytree(CORPORA[name], seeds)
    profile, _spans = analyse(corpus_config(seeds, tmp / "docs"))
    return name, profile
