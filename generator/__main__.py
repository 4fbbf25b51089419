"""Command line: `python -m generator build` and `python -m generator new DIR`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import config as profile_config
from .errors import ProfileError
from .pipeline import build
from .scaffold import scaffold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write docs/ pages and profile.json from seeds/")
    b.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    n = sub.add_parser("new", help="scaffold a new profile folder")
    n.add_argument("directory", type=Path)
    n.add_argument("--subject", default="", help="who the profile is about (optional)")
    args = parser.parse_args(argv)
    try:
        if args.command == "new":
            for path in scaffold(args.directory, args.subject):
                print(f"wrote {path}")
            print(f"Next: put articles in {args.directory / 'seeds'}/, then run `mkdocs build` there.")
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
