#!/usr/bin/env python3
"""Check gold_o.json against the articles in seeds/ (standard library only).

Run from /work/draft_o:

    python3 check_gold.py            # prints PASS, or the list of failures
    python3 check_gold.py --suggest  # also lists articles NOT named in a fact's sources
                                     # whose text matches every group (to review by hand)

Checks
  * the file is well-formed: ids unique, sections valid, every regex compiles;
  * every fact's `sources` prefix names exactly one file in seeds/;
  * each listed source's text (HTML tags stripped, entities decoded) matches every
    group of the fact's `all` somewhere in the article;
  * every `anonymous_claims` phrase occurs verbatim in at least one article;
  * every alternative of the two value groups of each `conflicts_expected` entry
    occurs in some article (and its topic group matches some article too);
  * every `conflicts_forbidden` entry has, in each group, an alternative that occurs
    in some article (so that it describes something the corpus really says); a few
    near-misses are anchored on a disagreement's value field ('"value": "[^"]*...'),
    because quotes everywhere carry both forms; the anchor is dropped for this test;
  * the counts asked for: 20-24 articles, 55-70 facts, 6-8 expected disagreements,
    20+ near-misses, 12+ unnamed-source claims.
"""
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "gold_o.json"
VALUE_ANCHOR = re.compile(r'^"value": "\?\[\^"\]\*')
SECTIONS = {"background", "divorce", "custody", "reconciliation", "current-family"}


def article_text(path: Path) -> str:
    raw = path.read_text("utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw)


def main() -> int:
    suggest = "--suggest" in sys.argv
    failures: list[str] = []
    notes: list[str] = []

    files = sorted(p for p in SEEDS.iterdir() if p.is_file())
    texts = {p.name: article_text(p) for p in files}
    by_prefix: dict[str, list[str]] = {}
    for name in texts:
        by_prefix.setdefault(name.split("_")[0], []).append(name)
    for prefix, names in by_prefix.items():
        if len(names) > 1:
            failures.append(f"prefix {prefix} is shared by {names}")

    gold = json.loads(GOLD.read_text("utf-8"))

    def compile_all(kind: str, item_id: str, groups) -> bool:
        ok = True
        if not isinstance(groups, list) or not groups:
            failures.append(f"{kind} {item_id}: 'all' must be a non-empty list of groups")
            return False
        for g in groups:
            if not isinstance(g, list) or not g:
                failures.append(f"{kind} {item_id}: empty or malformed group {g!r}")
                ok = False
                continue
            for alt in g:
                try:
                    re.compile(alt, re.IGNORECASE)
                except re.error as e:
                    failures.append(f"{kind} {item_id}: bad regex {alt!r}: {e}")
                    ok = False
        return ok

    def hits(alt: str) -> list[str]:
        return [n for n, t in texts.items() if re.search(alt, t, re.IGNORECASE)]

    # ---- facts
    seen = set()
    for f in gold.get("facts", []):
        fid = f.get("id", "?")
        if fid in seen:
            failures.append(f"fact id {fid} is duplicated")
        seen.add(fid)
        secs = f.get("section") or []
        if not secs or not set(secs) <= SECTIONS:
            failures.append(f"fact {fid}: bad section list {secs}")
        if not compile_all("fact", fid, f.get("all")):
            continue
        srcs = f.get("sources") or []
        if not srcs:
            failures.append(f"fact {fid}: no sources")
        if len(set(srcs)) != len(srcs):
            failures.append(f"fact {fid}: duplicated source prefix")
        for s in srcs:
            names = by_prefix.get(s)
            if not names:
                failures.append(f"fact {fid}: source {s} has no file in seeds/")
                continue
            text = texts[names[0]]
            for g in f["all"]:
                if not any(re.search(alt, text, re.IGNORECASE) for alt in g):
                    failures.append(f"fact {fid}: source {s} does not match group {g}")
        if suggest:
            extra = [n.split("_")[0] for n, t in texts.items()
                     if n.split("_")[0] not in srcs
                     and all(any(re.search(a, t, re.IGNORECASE) for a in g) for g in f["all"])]
            if extra:
                notes.append(f"fact {fid}: also matches (not listed) {extra}")

    # ---- anonymous claims
    for phrase in gold.get("anonymous_claims", []):
        where = [n.split("_")[0] for n, t in texts.items() if phrase in t]
        if not where:
            failures.append(f"anonymous claim not found verbatim: {phrase!r}")
        elif suggest:
            notes.append(f"anonymous {phrase!r}: {where}")

    # ---- expected disagreements
    seen = set()
    for c in gold.get("conflicts_expected", []):
        cid = c.get("id", "?")
        if cid in seen:
            failures.append(f"conflicts_expected id {cid} is duplicated")
        seen.add(cid)
        if not compile_all("conflicts_expected", cid, c.get("all")):
            continue
        if len(c["all"]) < 3:
            failures.append(f"conflicts_expected {cid}: wants [value one], [value two], [topic]")
            continue
        for gi, g in enumerate(c["all"][:2]):
            for alt in g:
                if not hits(alt):
                    failures.append(f"conflicts_expected {cid}: value {gi + 1} alternative {alt!r} occurs in no article")
        for g in c["all"][2:]:
            if not any(hits(alt) for alt in g):
                failures.append(f"conflicts_expected {cid}: topic group {g} occurs in no article")
        if suggest:
            notes.append(f"expected {cid}: value 1 in {sorted({n[:3] for a in c['all'][0] for n in hits(a)})}; "
                         f"value 2 in {sorted({n[:3] for a in c['all'][1] for n in hits(a)})}")

    # ---- forbidden (near-misses)
    seen = set()
    for c in gold.get("conflicts_forbidden", []):
        cid = c.get("id", "?")
        if cid in seen:
            failures.append(f"conflicts_forbidden id {cid} is duplicated")
        seen.add(cid)
        if not compile_all("conflicts_forbidden", cid, c.get("all")):
            continue
        for g in c["all"]:
            # a group anchored on a disagreement's value field ('"value": "[^"]*...') is
            # tested against the articles without its anchor; a negative lookahead
            # ('^(?!...)') only excludes, so any article satisfies it
            if not any(hits(VALUE_ANCHOR.sub("", alt)) for alt in g):
                failures.append(f"conflicts_forbidden {cid}: group {g} occurs in no article")

    # ---- counts
    counts = {
        "articles": (len(files), 20, 24),
        "facts": (len(gold.get("facts", [])), 55, 70),
        "conflicts_expected": (len(gold.get("conflicts_expected", [])), 6, 8),
        "conflicts_forbidden": (len(gold.get("conflicts_forbidden", [])), 20, 10**6),
        "anonymous_claims": (len(gold.get("anonymous_claims", [])), 12, 10**6),
    }
    for k, (n, lo, hi) in counts.items():
        if not lo <= n <= hi:
            failures.append(f"count {k} = {n}, wanted {lo}..{hi if hi < 10**6 else 'more'}")
    print("counts: " + ", ".join(f"{k}={n}" for k, (n, _, _) in counts.items()))

    for n in notes:
        print("note: " + n)
    if failures:
        print(f"FAIL ({len(failures)})")
        for f in failures:
            print("  - " + f)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
