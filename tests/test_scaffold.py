"""`profile-generator new DIR` writes a folder that publishes itself: mkdocs.yml, seeds/, the
hand-written pages, a requirements.txt with the tool pinned and the tested dependency versions,
and a GitHub Pages workflow; every file with the mode the umask gives; a build with no
notice the author cannot act on. Also: the generated pages' mark is invisible to readers."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Comment
from packaging.version import Version

from generator import distribution, writer
from generator.distribution import NAME, https_url, requirement_for
from generator.pipeline import build
from generator.scaffold import scaffold

from .conftest import CASES, ROOT, corpus_config

SMALLTOWN = CASES / "smalltown" / "seeds"


def _pins(text: str) -> dict[str, str]:
    """{name: version} of the `name==version` lines of a requirements file."""
    out = {}
    for line in text.splitlines():
        line = line.split(" #")[0].strip()
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            out[name.strip().lower()] = version.strip()
    return out


@pytest.fixture(scope="module")
def new_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """`python -m generator new` run from another folder, as a user runs it; (folder, its output)."""
    cwd = tmp_path_factory.mktemp("elsewhere")
    done = subprocess.run([sys.executable, "-m", "generator", "new", "my profile", "--subject", "Jane Doe"],
                          cwd=cwd, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return cwd / "my profile", done.stdout


def test_new_writes_a_folder_that_publishes_itself(new_folder: tuple[Path, str]) -> None:
    folder, _out = new_folder
    for name in ("mkdocs.yml", "docs/about.md", "docs/stylesheets/profile.css", "requirements.txt",
                 ".github/workflows/pages.yml", ".gitignore"):
        assert (folder / name).is_file(), name
    assert (folder / "seeds").is_dir()
    assert "site/" in (folder / ".gitignore").read_text(encoding="utf-8").split()


def test_requirements_pin_the_tool_and_the_tested_versions(new_folder: tuple[Path, str]) -> None:
    folder, _out = new_folder
    lines = [ln for ln in (folder / "requirements.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert re.fullmatch(rf"{NAME}(==\S+| @ git\+https://\S+@\S+)", lines[0]), lines[0]
    tested = _pins((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    written = _pins("\n".join(lines[1:]))
    assert written.keys() == tested.keys()
    assert all(Version(written[k]) == Version(tested[k]) for k in tested), (written, tested)


def test_pyproject_pins_agree_with_requirements_txt() -> None:
    """Every runtime dependency is a compatible release (~=) of the version requirements.txt pins."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert all("~=" in d for d in deps), deps
    pinned = _pins("\n".join(distribution.tested_versions(deps)))
    tested = _pins((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    assert pinned.keys() == tested.keys()
    assert all(Version(pinned[k]) == Version(tested[k]) for k in tested), (pinned, tested)


def test_workflow_builds_strict_with_site_url_and_deploys(new_folder: tuple[Path, str]) -> None:
    folder, _out = new_folder
    flow = yaml.safe_load((folder / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    assert flow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as true
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = flow["jobs"]["build"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert any("pip install -r requirements.txt" in r for r in runs)
    (built,) = [s for s in steps if "mkdocs build" in s.get("run", "")]
    assert "--strict" in built["run"]
    assert built["env"]["SITE_URL"] == \
        "https://${{ github.repository_owner }}.github.io/${{ github.event.repository.name }}/"
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact@") and s["with"]["path"] == "site"
               for s in steps)
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert "!ENV [SITE_URL" in (folder / "mkdocs.yml").read_text(encoding="utf-8")


def test_new_prints_the_exact_next_commands(new_folder: tuple[Path, str]) -> None:
    folder, out = new_folder
    python = os.path.abspath(sys.executable)
    assert f"cd '{folder}' && {python} -m mkdocs build" in out, out
    assert f"cd '{folder}' && {python} -m mkdocs serve" in out
    assert "Source: GitHub Actions" in out and "requirements.txt installs profile-generator" in out


def test_files_get_the_mode_the_umask_gives(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        scaffold(tmp_path / "p")
        shutil.copytree(SMALLTOWN, tmp_path / "p" / "seeds", dirs_exist_ok=True)
        build(corpus_config(tmp_path / "p" / "seeds", tmp_path / "p" / "docs"))
    finally:
        os.umask(old)
    files = [p for p in (tmp_path / "p").rglob("*") if p.is_file() and ".cache" not in p.parts
             and "seeds" not in p.parts]
    assert {p.relative_to(tmp_path / "p").as_posix() for p in files} >= {
        "mkdocs.yml", "requirements.txt", ".github/workflows/pages.yml", "docs/index.md", "docs/profile.json",
        "docs/assets/javascripts/iframe-worker-shim.js"}
    modes = {p.relative_to(tmp_path).as_posix(): oct(p.stat().st_mode & 0o777) for p in files}
    assert set(modes.values()) == {"0o640"}, modes


def test_a_rewritten_file_keeps_its_mode(tmp_path: Path) -> None:
    page = tmp_path / "index.md"
    old = os.umask(0o022)
    try:
        writer.write_if_changed(page, f"{writer.GENERATED_MARK} -->\none\n")
        assert page.stat().st_mode & 0o777 == 0o644
        page.chmod(0o664)
        writer.write_if_changed(page, f"{writer.GENERATED_MARK} -->\ntwo\n")
    finally:
        os.umask(old)
    assert page.stat().st_mode & 0o777 == 0o664 and page.read_text(encoding="utf-8").endswith("two\n")


def test_generated_mark_guards_pages_and_old_mark_still_counts(tmp_path: Path) -> None:
    new, old, hand = tmp_path / "profile-a.md", tmp_path / "profile-b.md", tmp_path / "profile-c.md"
    new.write_text(f"# A\n\n{writer.GENERATED_MARK} from 3 articles -->\n", encoding="utf-8")
    old.write_text('# B\n\n!!! info "Generated page"\n    old\n', encoding="utf-8")
    hand.write_text("# C\n\nwritten by hand\n", encoding="utf-8")
    writer.write_files({new: f"{writer.GENERATED_MARK} -->\nnew\n", old: f"{writer.GENERATED_MARK} -->\nold\n"})
    with pytest.raises(writer.HandWrittenPage):
        writer.write_files({hand: f"{writer.GENERATED_MARK} -->\n"})
    hand2 = tmp_path / "profile-d.md"
    hand2.write_text("# D\n", encoding="utf-8")
    old2 = tmp_path / "profile-e.md"
    old2.write_text('!!! info "Generated page"\n', encoding="utf-8")
    assert writer.remove_generated([new, old2, hand, hand2]) == [new, old2]
    assert hand.exists() and hand2.exists()


@pytest.fixture(scope="module")
def built_new(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A scaffolded folder with the smalltown corpus, built by a plain `mkdocs build --strict`
    (without the NO_MKDOCS_2_WARNING that the Makefile and the other tests set)."""
    folder = tmp_path_factory.mktemp("plain")
    scaffold(folder)
    shutil.copytree(SMALLTOWN, folder / "seeds", dirs_exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "NO_MKDOCS_2_WARNING"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, env=env,
                          capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    return folder, done


def test_plain_build_shows_our_messages_and_no_material_banner(
        built_new: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _folder, done = built_new
    log = done.stdout + done.stderr
    assert "end of life" not in log and "NO_MKDOCS_2_WARNING" not in log, log
    assert re.search(r"INFO\s+-\s+profile: \d+ statements from 3 articles", log), log


def test_generated_mark_is_invisible_to_readers(built_new: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    folder, _done = built_new
    assert writer.GENERATED_MARK in (folder / "docs" / "index.md").read_text(encoding="utf-8")
    site = folder / "site"
    for page in ("index.html", "timeline.html", "people.html", "fact-check.html", "sources.html"):
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "lxml")
        article = soup.find("article")
        assert article is not None
        text = " ".join(s for s in article.find_all(string=True) if not isinstance(s, Comment))
        assert "generated by" not in text.lower() and "Generated page" not in text, page
        assert not article.select(".admonition.info"), page
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not any("generated by" in (d["text"] + d["title"]).lower() for d in index["docs"])


def test_requirement_line_from_how_the_tool_was_installed(tmp_path: Path) -> None:
    sha = "0123456789abcdef0123456789abcdef01234567"
    vcs = {"url": "https://github.com/someone/profile-generator.git", "vcs_info": {"vcs": "git", "commit_id": sha}}
    assert requirement_for("0.1.0", vcs, []).line == \
        f"profile-generator @ git+https://github.com/someone/profile-generator.git@{sha}"
    clone = tmp_path / "clone"
    clone.mkdir()

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(clone), *args], capture_output=True, text=True, check=True,
                              env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}).stdout.strip()
    git("init", "-q")
    (clone / "f").write_text("x", encoding="utf-8")
    git("add", "f")
    git("commit", "-qm", "x")
    local = {"url": clone.as_uri(), "dir_info": {"editable": True}}
    urls = ["Repository, https://example.org/tool"]
    assert requirement_for("0.1.0", local, urls).line == "profile-generator @ git+https://example.org/tool@v0.1.0"
    assert requirement_for("0.1.0", local, []).line == "profile-generator==0.1.0"
    assert not requirement_for("0.1.0", local, []).pinned
    git("remote", "add", "origin", "git@github.com:someone/tool.git")
    head = git("rev-parse", "HEAD")
    found = requirement_for("0.1.0", local, urls)
    assert found.pinned and found.line == f"profile-generator @ git+https://github.com/someone/tool.git@{head}"


def test_https_url() -> None:
    assert https_url("git@github.com:o/r.git") == "https://github.com/o/r.git"
    assert https_url("ssh://git@github.com/o/r") == "https://github.com/o/r"
    assert https_url("/work/clone") == "" and https_url("http://insecure/x") == ""


def test_plugin_checks_pages_with_the_new_mark() -> None:
    """The second line of defence (generator/pagecheck.py) recognises a page by the new mark too."""
    from mkdocs.exceptions import PluginError

    from generator.plugin import ProfilePlugin

    from .test_pagecheck import CONFIG, PAGE, _page

    bad = PAGE.format("<p>x<script>alert(1)</script></p>")
    with pytest.raises(PluginError, match="index.md: article text reached the page as markup"):
        ProfilePlugin().on_post_page(bad, _page("index.md", f"# P\n\n{writer.GENERATED_MARK} from 2 articles -->\n"),
                                     CONFIG)
