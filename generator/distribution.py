"""What a new profile folder's requirements.txt installs: this tool at a pinned version, and
the versions of its dependencies that it is tested with."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

NAME = "profile-generator"
# "mkdocs~=1.6.1": pyproject.toml names each dependency as a compatible release of the tested version.
_COMPATIBLE = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*~=\s*([^\s;,]+)\s*$")
_SSH = re.compile(r"^(?:ssh://)?git@([^:/]+)[:/](.+)$")


@dataclass(frozen=True)
class ToolRequirement:
    line: str      # the requirements.txt line
    pinned: bool   # True when it names a repository and a commit or tag a build elsewhere can fetch
    note: str      # where it comes from, for the message of `new`


def tested_versions(requires: list[str] | None = None) -> list[str]:
    """`name==version` for each runtime dependency: the version its compatible-release range
    in pyproject.toml is based on, which is the tested one (requirements.txt)."""
    if requires is None:
        requires = metadata.requires(NAME) or []
    out = []
    for req in requires:
        m = _COMPATIBLE.match(req)
        out.append(f"{m.group(1)}=={m.group(2)}" if m else req.strip())
    return out


def _git(folder: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True,
                              timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def https_url(remote: str) -> str:
    """An https address of a git remote ('' if it has none a build elsewhere could fetch)."""
    m = _SSH.match(remote)
    if m:
        remote = f"https://{m.group(1)}/{m.group(2)}"
    return remote if remote.startswith("https://") else ""


def tool_requirement() -> ToolRequirement:
    """The line that installs this very version of the tool (see `requirement_for`)."""
    dist = metadata.distribution(NAME)
    try:
        direct = json.loads(dist.read_text("direct_url.json") or "{}")
    except ValueError:
        direct = {}
    return requirement_for(dist.version, direct, dist.metadata.get_all("Project-URL") or [])


def requirement_for(version: str, direct: dict[str, Any], project_urls: list[str]) -> ToolRequirement:
    """Tried in order: the git commit the tool was installed from (`direct`: PEP 610's
    direct_url.json); the commit checked out in the clone it was installed from, if that clone's
    `origin` has an https address; the repository of the package's metadata (`project_urls`,
    "Label, address") at tag v<version>; else the package name and version."""
    vcs = direct.get("vcs_info") or {}
    url = https_url(str(direct.get("url", "")))
    if vcs.get("vcs") == "git" and vcs.get("commit_id") and url:
        return ToolRequirement(f"{NAME} @ git+{url}@{vcs['commit_id']}", True,
                               f"the commit it was installed from, {url}")
    source = urlparse(str(direct.get("url", "")))
    if "dir_info" in direct and source.scheme == "file":
        clone = Path(unquote(source.path))
        remote = https_url(_git(clone, "remote", "get-url", "origin"))
        commit = _git(clone, "rev-parse", "HEAD")
        if remote and re.fullmatch(r"[0-9a-f]{40}", commit):
            dirty = "; its changes that are not committed are not in it" \
                if _git(clone, "status", "--porcelain", "--untracked-files=no") else ""
            return ToolRequirement(f"{NAME} @ git+{remote}@{commit}", True,
                                   f"the commit checked out in {clone}, from {remote}{dirty}")
    for entry in project_urls:
        label, _, address = entry.partition(",")
        address = https_url(address.strip())
        if label.strip().lower() in ("repository", "source", "source code") and address:
            return ToolRequirement(f"{NAME} @ git+{address}@v{version}", True,
                                   f"the repository in the package's metadata, tag v{version}")
    return ToolRequirement(f"{NAME}=={version}", False,
                           "no repository address is known: the tool was not installed from a clone "
                           "of a repository with an https `origin`")


def requirements_txt(tool: ToolRequirement) -> str:
    """The new folder's requirements.txt."""
    lines = ["# What the Pages workflow (.github/workflows/pages.yml) and a local build install:",
             "# profile-generator at a pinned version, and the versions of its dependencies it is tested with.",
             "# `python -m pip install -r requirements.txt` in a fresh virtual environment.",
             tool.line, *tested_versions()]
    return "\n".join(lines) + "\n"
