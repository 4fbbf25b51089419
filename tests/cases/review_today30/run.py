"""Run each case of cases.yaml on the checkout in the working directory; print JSON of people per case.
Usage (cwd = a checkout): /work/main/.venv/bin/python tests/cases/review_today30/run.py"""
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, ".")
from tests.units import read_articles

cases = yaml.safe_load((Path(__file__).parent / "cases.yaml").read_text())
out = {}
for c in cases:
    arts = [a if isinstance(a, dict) else {"text": a, "date": "2021-01-01"} for a in c["articles"]]
    _src, _s, people = read_articles(arts)
    out[c["id"]] = sorted(f"{p.name}" + (f" [{', '.join(sorted(p.aliases))}]" if p.aliases else "") for p in people)
print(json.dumps(out, indent=1))
