#!/usr/bin/env python3
"""Check a gold corpus's gold file (its one gold_*.json) against the articles in its seeds/ (standard library only).

Run from the project's root:   python3 tests/cases/check_gold.py tests/cases/corpus_q [--audit]
(corpus_p, corpus_q and corpus_r; the older corpora keep the checker each was written with).

Checks
  1. the gold file is well formed (ids unique, sections known, regexes compile);
  2. every fact's `sources` prefix names exactly one file in seeds/;
  3. every listed source's text (HTML stripped with a simple regex) matches every
     group of the fact's `all` somewhere in the article;
  4. every `anonymous_claims` phrase occurs verbatim in at least one article;
  5. every alternative of the two value groups of each `conflicts_expected` entry
     occurs in some article, and each entry's topic group matches some article;
  6. no `conflicts_forbidden` pattern fires on a plausible listing of a correct
     expected disagreement (a JSON object built from article sentences that carry
     the two values), so that the near-miss patterns are specific enough.

Prints PASS, or every failure followed by FAIL (exit status 1).
--audit also lists, for each fact, articles NOT in `sources` in which one
paragraph matches every group (candidates to review, not failures).
"""
import html
import itertools
import json
import re
import sys
from pathlib import Path

ROOT = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), ".")).resolve()
SEEDS = ROOT / "seeds"
GOLD = next(iter(sorted(ROOT.glob("gold_*.json"))), ROOT / "gold.json")
SECTIONS = {"background", "divorce", "custody", "reconciliation", "current-family"}


def normalize(text: str) -> str:
    text = html.unescape(text)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2014", " - "), ("\u2013", "-"), ("\u00a0", " ")):
        text = text.replace(a, b)
    return text


def article_text(path: Path) -> str:
    raw = path.read_text("utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?i)<br\s*/?>|</(p|li|h[1-6]|figcaption|section|div|tr)>", "\n\n", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return normalize(raw)


def paragraphs(text: str) -> list[str]:
    return [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


SENT = re.compile(r'(?<=[.!?])["\']?\s+(?=["\']?[A-Z])')


def sentences(text: str) -> list[str]:
    out = []
    for para in paragraphs(text):
        out.extend(s.strip() for s in SENT.split(para) if s.strip())
    return out


def matches_all(groups, text) -> bool:
    return all(any(re.search(alt, text, re.IGNORECASE) for alt in g) for g in groups)


def main() -> int:
    audit = "--audit" in sys.argv
    fails: list[str] = []
    gold = json.loads(GOLD.read_text("utf-8"))
    files = sorted(p for p in SEEDS.iterdir() if p.is_file())
    by_prefix: dict[str, list[Path]] = {}
    for p in files:
        by_prefix.setdefault(p.name.split("_")[0], []).append(p)
    texts = {p.name.split("_")[0]: article_text(p) for p in files}

    # 1. well-formedness
    for key in ("facts", "conflicts_expected", "conflicts_forbidden"):
        ids = [x["id"] for x in gold[key]]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            fails.append(f"{key}: duplicate id {dup}")
        for x in gold[key]:
            for g in x["all"]:
                if not isinstance(g, list) or not g:
                    fails.append(f"{key}/{x['id']}: every group must be a non-empty list")
                    continue
                for alt in g:
                    try:
                        re.compile(alt)
                    except re.error as e:
                        fails.append(f"{key}/{x['id']}: bad regex {alt!r}: {e}")
    for p, names in by_prefix.items():
        if len(names) > 1:
            fails.append(f"prefix {p} names several files: {[n.name for n in names]}")

    # 2-3. facts
    for f in gold["facts"]:
        if not f.get("section") or not set(f["section"]) <= SECTIONS:
            fails.append(f"fact {f['id']}: bad section {f.get('section')}")
        if not f.get("sources"):
            fails.append(f"fact {f['id']}: no sources")
        for s in f["sources"]:
            if s not in by_prefix:
                fails.append(f"fact {f['id']}: source {s} has no file in seeds/")
                continue
            for g in f["all"]:
                if not any(re.search(alt, texts[s], re.IGNORECASE) for alt in g):
                    fails.append(f"fact {f['id']}: {s} matches none of {g}")
        if audit:
            extra = [p for p, t in sorted(texts.items())
                     if p not in f["sources"] and any(matches_all(f["all"], para) for para in paragraphs(t))]
            if extra:
                print(f"audit: {f['id']}: also matched in one paragraph of {extra}")

    # 4. anonymous claims
    for phrase in gold["anonymous_claims"]:
        where = [p for p, t in texts.items() if normalize(phrase) in t]
        if not where:
            fails.append(f"anonymous claim not found verbatim: {phrase!r}")

    # 5. expected conflicts
    for c in gold["conflicts_expected"]:
        if len(c["all"]) < 2:
            fails.append(f"conflict {c['id']}: needs two value groups")
            continue
        for gi, g in enumerate(c["all"][:2]):
            for alt in g:
                if not any(re.search(alt, t, re.IGNORECASE) for t in texts.values()):
                    fails.append(f"conflict {c['id']}: value {gi + 1} alternative {alt!r} occurs in no article")
        for g in c["all"][2:]:
            if not any(re.search(alt, t, re.IGNORECASE) for alt in g for t in texts.values()):
                fails.append(f"conflict {c['id']}: topic group {g} occurs in no article")

    # 6. forbidden patterns must not fire on a correct listing of an expected conflict
    sents = [(p, s) for p, t in sorted(texts.items()) for s in sentences(t)]
    for c in gold["conflicts_expected"]:
        if len(c["all"]) < 2:
            continue
        side = []
        for g in c["all"][:2]:
            hits = []
            for p, s in sents:
                for alt in g:
                    m = re.search(alt, s, re.IGNORECASE)
                    if m:
                        hits.append((p, s, m.group(0)))
                        break
            side.append(hits)
        fired = set()
        for (p1, s1, v1), (p2, s2, v2) in itertools.product(*side):
            listing = {"slot": c["id"].replace("-", " "), "verdict": "disagreement",
                       "values": [{"value": v1, "sources": [{"source": next(x.name for x in by_prefix[p1]), "quote": s1}]},
                                  {"value": v2, "sources": [{"source": next(x.name for x in by_prefix[p2]), "quote": s2}]}]}
            blob = json.dumps(listing, ensure_ascii=False)
            for fb in gold["conflicts_forbidden"]:
                if fb["id"] not in fired and matches_all(fb["all"], blob):
                    fired.add(fb["id"])
                    fails.append(f"forbidden {fb['id']} fires on expected {c['id']}: "
                                 f"{p1} {s1[:70]!r} / {p2} {s2[:70]!r}")

    counts = (f"{len(files)} articles, {len(gold['facts'])} facts, "
              f"{len(gold['conflicts_expected'])} expected disagreements, "
              f"{len(gold['conflicts_forbidden'])} near-misses, {len(gold['anonymous_claims'])} unnamed-source claims")
    if fails:
        print("\n".join(fails))
        print(f"FAIL ({len(fails)} problems; {counts})")
        return 1
    print(f"PASS ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
