"""The tool works installed from its wheel, not only as an editable install of this tree: the
wheel carries the templates, the files `new` writes and the assets, and the `profile-generator`
command makes a folder that `mkdocs build --strict` turns into a site.

How it stays fast and offline: the wheel is built with no build isolation (setuptools is in
requirements-dev.txt), from a copy of the sources so that no build/ folder lands in the tree.
It is installed with --no-deps --no-index into a fresh venv made without pip; the venv gets the
test venv's site-packages through a .pth file, so that the pinned dependencies (and pip) come
from there without a download. A .pth file only adds that folder to sys.path: the .pth files in
it (the editable install's finder) are not run, so `generator` can only come from the wheel,
which the test checks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import ROOT

ARTICLES = {
    "2019-harbour.txt": (
        "date 2019-03-04\n"
        "Marlowe Quint Finds a New Harbour\n\n"
        "Marlowe Quint, the lighthouse keeper of Tollan Point, married the boat builder Idris Vane in 2011.\n\n"
        "The couple have one daughter, Wren, who was born in 2014.\n"),
    "2021-lighthouse.md": (
        "---\ntitle: The keeper retires\noutlet: Tollan Gazette\ndate: 2021-06-01\n---\n\n"
        "Marlowe Quint, who married Idris Vane in 2011, retired from the lighthouse this spring.\n\n"
        "Quint said the lamp would be automated by the end of the year.\n"),
}


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False, timeout=300,
                          env={**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, **env})
    assert done.returncode == 0, f"{args}:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copy2(ROOT / "pyproject.toml", src)
    shutil.copytree(ROOT / "generator", src / "generator", ignore=ignore)
    shutil.copytree(ROOT / "templates", src / "templates", ignore=ignore)
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "-q", "-w", str(out), str(src)], cwd=src)
    (found,) = out.glob("profile_generator-*.whl")
    return found


def test_wheel_carries_templates_assets_and_commands(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("_macros.j2", "index.md.j2", "new/mkdocs.yml.j2", "new/about.md", "new/profile.css",
                 "new/pages.yml", "new/gitignore", "assets/iframe-worker-shim.js", "__init__.py"):
        assert f"generator/templates/{name}" in names, name
    assert "generator/theme/main.html" in names
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "profile-generator = generator.__main__:main" in text
    assert "profile = generator.plugin:ProfilePlugin" in text


def test_installed_wheel_makes_and_builds_a_profile(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=tmp_path).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "_test_venv_packages.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--ignore-installed", str(wheel)],
         cwd=tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = _run([str(python), "-c", "import generator.resources as r; print(r.__file__); print(r.TEMPLATES)"],
                 cwd=elsewhere).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), where  # the wheel's copy, not this tree

    command = venv / "bin" / "profile-generator"
    made = _run([str(command), "new", "lighthouse", "--subject", "Marlowe Quint"], cwd=elsewhere)
    folder = elsewhere / "lighthouse"
    assert f"cd {folder} && {python} -m mkdocs build" in made.stdout, made.stdout
    assert (folder / "requirements.txt").read_text(encoding="utf-8").count("==") >= 10
    for name, text in ARTICLES.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")

    built = _run([str(python), "-m", "mkdocs", "build", "--strict"], cwd=folder)
    assert "profile: " in built.stderr and "end of life" not in built.stderr
    index = folder / "site" / "index.html"
    assert index.is_file()
    text = " ".join(BeautifulSoup(index.read_text(encoding="utf-8"), "lxml").get_text(" ").split())
    assert "the lighthouse keeper of Tollan Point" in text, text[:2000]
    regenerated = _run([str(command), "build"], cwd=folder)
    assert "0 file(s) changed" in regenerated.stdout
