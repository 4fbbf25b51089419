"""Run each case of cases.yaml on the checkout in the working directory; print JSON of the result per case.
Usage (cwd = a checkout): /work/main/.venv/bin/python <path>/run.py [cases.yaml]
Kinds: people (articles -> people with aliases), money (text -> sums read by extract._money),
figures (two articles -> disputed sums), interview (title + markdown -> answers' openings),
pronoun (text + cast -> the person bracketed for the last sentence's opening pronoun)."""
import json
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, ".")
from tests.units import read, read_articles, source


def people(c):
    arts = [a if isinstance(a, dict) else {"text": a, "date": "2021-01-01"} for a in c["articles"]]
    _src, _s, found = read_articles(arts)
    return sorted(f"{p.name}" + (f" [{', '.join(sorted(p.aliases))}]" if p.aliases else "") for p in found)


def money(c):
    from generator.extract import _money
    from generator.segment import segment
    return [value for s in segment(source(c["text"])) for _slot, value, *_ in _money(s)]


def figures(c):
    from tests.test_claim_wording import profile_of_articles
    opening = c.get("opening", "Ann Lee and Bob Ray married in 2010 and divorced in 2022. ")
    with tempfile.TemporaryDirectory() as d:
        profile = profile_of_articles(Path(d), {
            "a.txt": ("2022-06-01", opening + c["a"]),
            "b.txt": ("2022-06-02", opening + c["b"]),
            "c.txt": ("2022-06-03", "Ann Lee and Bob Ray are divorced. Lee lives in Reno; Ray stayed in Denver."),
            "d.txt": ("2022-06-04", "Bob Ray and Ann Lee, who divorced this year, share a dog."),
        })
    return sorted(f"{c.slot}: " + " | ".join(sorted(v.value for v in c.values)) for c in profile.conflicts
                  if str(c.verdict) == "disagreement" and c.slot != "born")


def interview(c):
    from generator.ingest.text import parse_text
    from generator.interview import answers
    from generator.model import Source
    meta, pars, _date = parse_text(c["markdown"], markdown=True)
    body = "\n\n".join(pars)
    bold = tuple(i for i, p in enumerate(pars) if p in meta["bold"])
    italic = tuple(i for i, p in enumerate(pars) if p in meta["italic"])
    src = Source("a", "a.md", c["title"], "Weekly", "", "", None, None, "", body, "", bold=bold, italic=italic)
    return [pars[i][:30] for i in sorted(answers(src))]


def pronoun(c):
    from generator.config import PersonConfig
    cast = [PersonConfig(n, tuple(a), g) for n, a, g in c["cast"]]
    sentences, _people = read(c["text"], cast)
    last = sentences[-1]
    return next((m.person for m in last.mentions if not m.explicit and m.start == last.start), None)


KINDS = {"people": people, "money": money, "figures": figures, "interview": interview, "pronoun": pronoun}
path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "cases.yaml"
cases = yaml.safe_load(path.read_text())
out = {}
for c in cases:
    try:
        out[c["id"]] = KINDS[c.get("kind", "people")](c)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as e:  # a crash is a result too
        out[c["id"]] = f"ERROR {type(e).__name__}: {e}"
print(json.dumps(out, indent=1, ensure_ascii=False))
