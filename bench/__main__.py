"""`python -m bench [--sizes 10,100,1000,5000] [--seed 1] [--split-timeout 1200]`: run the benchmark and write
bench/results.md and bench/results.json."""

from __future__ import annotations

import argparse
import json
from functools import partial
from pathlib import Path
from typing import Any

from .report import markdown
from .run import SPLIT_TIMEOUT, machine, run

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="10,100,1000,5000", help="corpus sizes, comma-separated")
    parser.add_argument("--seed", type=int, default=1, help="seed of the corpus generator")
    parser.add_argument("--split-timeout", type=float, default=SPLIT_TIMEOUT,
                        help="seconds after which d′ (mkdocs on the split pages) is stopped")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for results.md and results.json")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{machine()}; sizes {sizes}; steps: a baseline, b cold generator, c after adding one article, "
          "d mkdocs build", flush=True)
    results = run(sizes, args.seed, args.out, partial(save, args.out), args.split_timeout)
    print(markdown(results))


def save(out: Path, results: dict[str, Any]) -> None:
    """results.json (everything measured) and results.md (the tables)."""
    (out / "results.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    (out / "results.md").write_text(markdown(results))


if __name__ == "__main__":
    main()
