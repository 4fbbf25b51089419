"""Command line: `profile-generator build`, `profile-generator new DIR` and `profile-generator csp`
(also `python -m generator build`, `... new DIR` and `... csp`)."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
from pathlib import Path

from . import config as profile_config
from .distribution import ToolRequirement, tool_requirement
from .errors import ProfileError
from .pipeline import build
from .scaffold import scaffold
from .sitecsp import secure_site


def _prog() -> str:
    """How the user called us: the console command or `python -m generator`."""
    return "profile-generator" if Path(sys.argv[0]).name.startswith("profile-generator") else "python -m generator"


def next_steps(directory: Path, tool: ToolRequirement) -> str:
    """The exact commands that build and publish the new folder, with real absolute paths."""
    folder = Path(os.path.abspath(directory))
    python = shlex.quote(os.path.abspath(sys.executable))
    cd = f"cd {shlex.quote(str(folder))}"
    lines = [
        "",
        "Next:",
        f"  1. Put the articles (.txt, .md, .html or .htm, one article a file) in {folder / 'seeds'}/, e.g.",
        f"       cp /path/to/articles/* {shlex.quote(str(folder / 'seeds'))}/",
        "  2. Build the site, then open site/index.html:",
        f"       {cd} && {python} -m mkdocs build",
        "     or preview it at http://127.0.0.1:8000/ while you add articles:",
        f"       {cd} && {python} -m mkdocs serve",
        "     With ProperDocs instead of MkDocs (pip install properdocs==1.6.7, see README \"Which builder\"):",
        f"       {cd} && {python} -m properdocs build -f mkdocs.yml",
        "     With Zensical (pip install zensical==0.0.73 into the same environment; it runs no plugins, so the",
        "     pages are written before it and given their Content Security Policy after it):",
        (f"       {cd} && {python} -m generator build && {python} -m zensical build -f mkdocs.yml"
         f" && {python} -m generator csp"),
        "  3. Publish it: push the folder to a GitHub repository, branch main, and set Settings -> Pages ->",
        "     Source: GitHub Actions; .github/workflows/pages.yml builds it with --strict and deploys it.",
        f"     requirements.txt installs {tool.line}",
        f"     ({tool.note}).",
    ]
    if not tool.pinned:
        lines.append("     Before you push, make its first line name the tool's repository and commit, e.g. "
                     "`profile-generator @ git+https://github.com/OWNER/REPOSITORY@COMMIT`.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=_prog(), description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write docs/ pages and profile.json from seeds/")
    b.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    n = sub.add_parser("new", help="make a new profile folder, ready for articles and for GitHub Pages")
    n.add_argument("directory", type=Path)
    n.add_argument("--subject", default="", help="who the profile is about (optional)")
    s = sub.add_parser("csp", help="after a build without the profile plugin (zensical build): give every page of "
                       "the site its Content Security Policy and check the generated pages")
    s.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    s.add_argument("--site-dir", type=Path, help="the built site (default: site/ next to the config file)")
    args = parser.parse_args(argv)
    try:
        if args.command == "new":
            tool = tool_requirement()
            for path in scaffold(args.directory, args.subject, tool):
                print(f"wrote {path}")
            print(next_steps(args.directory, tool))
            return 0
        if args.command == "csp":
            config = profile_config.load(args.config_file)
            site = args.site_dir or args.config_file.resolve().parent / "site"
            changed = secure_site(site, config.docs_dir)
            print(f"Content Security Policy on {len(changed)} page(s) of {site} that had none")
            return 0
        started = time.perf_counter()
        result = build(profile_config.load(args.config_file))
    except ProfileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    statements = sum(len(s.statements) for s in result.profile.sections)
    print(f"{statements} statements from {len(result.profile.sources)} articles; "
          f"{len(result.changed)} file(s) changed in {time.perf_counter() - started:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
