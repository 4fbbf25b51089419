"""`mkdocs serve` rebuilds once per edit: the generator's own writes to docs/ set off no second
build, while an author's edit of a hand-written page in docs/ still does."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.scaffold import scaffold

from .conftest import CASES

QUIET = 3.0  # seconds without a further build: MkDocs polls docs/ every 0.5 s


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    def __init__(self, folder: Path, log: Path) -> None:
        self.folder, self.log = folder, log

    def count(self, what: str) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count(what)

    def wait_for(self, what: str, n: int, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while self.count(what) < n:
            assert time.monotonic() < end, f"no {n}x {what!r} in:\n{self.log.read_text(encoding='utf-8')}"
            time.sleep(0.1)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    folder = tmp_path / "profile"
    scaffold(folder)
    shutil.copytree(CASES / "smalltown" / "seeds", folder / "seeds", dirs_exist_ok=True)
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{_free_port()}"],
                                cwd=folder, stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        try:
            server = Served(folder, log)
            server.wait_for("Serving on", 1)
            yield server
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_an_article_edit_builds_once_and_a_page_edit_still_builds(served: Served) -> None:
    article = min((served.folder / "seeds").iterdir())
    pages = sorted((served.folder / "docs").glob("*.md"))
    before = [page.read_bytes() for page in pages]
    with article.open("a", encoding="utf-8") as f:
        f.write("\n\nThe council met again in March 2021 to discuss the bridge.\n")
    served.wait_for("Reloading browsers", 1)
    time.sleep(QUIET)
    assert [page.read_bytes() for page in pages] != before, "the edit changed no generated page"
    assert served.count("Detected file changes") == 1, served.log.read_text(encoding="utf-8")
    assert served.count("Reloading browsers") == 1

    with (served.folder / "docs" / "about.md").open("a", encoding="utf-8") as f:
        f.write("\nOne more line by hand.\n")
    served.wait_for("Reloading browsers", 2)
    time.sleep(QUIET)
    assert served.count("Detected file changes") == 2, served.log.read_text(encoding="utf-8")
