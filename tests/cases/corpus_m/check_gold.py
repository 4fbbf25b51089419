#!/usr/bin/env python3
"""Validate gold_m.json against the articles in seeds/.

  python3 check_gold.py [--gold gold_m.json] [--seeds seeds] [--verbose]

Checks, and prints PASS or every failure:
  * the gold file has the keys and shapes of shared/eval/gold_A.json;
  * every regular expression compiles;
  * every fact's "all" groups match at least one sentence of each article listed in its
    sources (article bodies are extracted and split into sentences as shared/eval/score.py does);
  * every anonymous-claim phrase stands verbatim in some article body;
  * every expected conflict has both values present in the corpus, and every forbidden
    near-miss has each of its groups matched somewhere in the corpus;
  * no forbidden pattern matches the sentences that make up an expected conflict.
With --verbose it also prints, as NOTE lines, articles not listed in a fact's sources
whose sentences match the fact (candidates for a missing source or a too-loose regex).
"""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

from bs4 import BeautifulSoup

SENT_END = re.compile(r'(?<=[.!?])["\u201d\u2019]?\s+(?=["\u201c\u2018]?[A-Z])')
SECTIONS = {"background", "divorce", "custody", "reconciliation", "current-family"}


def article_body(path: Path, raw: str) -> str:
    if path.suffix.lower() in (".html", ".htm"):
        soup = BeautifulSoup(raw, "html.parser")
        main = soup.find("article") or soup.find("main") or soup.body or soup
        return "\n\n".join(p.get_text(" ", strip=True) for p in main.find_all("p"))
    text = raw.lstrip("\ufeff")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:] if end > 0 else text
    elif re.match(r"^(title|outlet|url|date|author):", text, re.IGNORECASE) and "\n---" in text:
        text = text[text.find("\n---") + 4:]
    return text


def md_plain(text: str) -> str:
    """Drop Markdown markers (emphasis, headings) the way a reader sees the text."""
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    return text


def sentences(path: Path) -> list[str]:
    body = article_body(path, path.read_bytes().decode("utf-8"))
    if path.suffix.lower() == ".md":
        body = md_plain(body)
    out = []
    for para in re.split(r"\n\s*\n", body):
        para = re.sub(r"\s+", " ", para.strip())
        if para:
            out.extend(s.strip() for s in SENT_END.split(para) if s.strip())
    return out


def search(alt: str, text: str) -> bool:
    """re.search, case-insensitive; a pattern that does not compile never matches (it is reported)."""
    try:
        return re.search(alt, text, re.IGNORECASE) is not None
    except re.error:
        return False


def matches(groups, text: str) -> bool:
    return all(any(search(alt, text) for alt in group) for group in groups)


def main() -> int:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=here / "gold_m.json")
    ap.add_argument("--seeds", type=Path, default=here / "seeds")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    fails, notes = [], []
    gold = json.loads(args.gold.read_text("utf-8"))
    arts = {p.name.split("_")[0]: p for p in sorted(args.seeds.iterdir()) if p.is_file()}
    sents = {k: sentences(p) for k, p in arts.items()}
    raw_bodies = {k: unicodedata.normalize("NFC", article_body(p, p.read_bytes().decode("utf-8")))
                  for k, p in arts.items()}

    for key in ("facts", "conflicts_expected", "conflicts_forbidden", "anonymous_claims"):
        if key not in gold:
            fails.append(f"gold: missing key {key!r}")

    # every regex compiles
    def compile_all(kind, item):
        ok = True
        groups = item.get("all")
        if not isinstance(groups, list) or not groups or not all(isinstance(g, list) and g for g in groups):
            fails.append(f"{kind} {item.get('id')}: 'all' must be a non-empty list of non-empty lists")
            return False
        for g in groups:
            for alt in g:
                try:
                    re.compile(alt, re.IGNORECASE)
                except re.error as e:
                    fails.append(f"{kind} {item.get('id')}: regex {alt!r} does not compile: {e}")
                    ok = False
        return ok

    ids = set()
    for kind in ("facts", "conflicts_expected", "conflicts_forbidden"):
        for item in gold.get(kind, []):
            if item.get("id") in ids:
                fails.append(f"{kind}: duplicate id {item.get('id')}")
            ids.add(item.get("id"))
            compile_all(kind, item)

    # facts: sections, sources exist, each source has a matching sentence
    for f in gold.get("facts", []):
        fid = f.get("id")
        secs = f.get("section", [])
        if not secs or not set(secs) <= SECTIONS:
            fails.append(f"fact {fid}: bad section {secs}")
        if not f.get("sources"):
            fails.append(f"fact {fid}: no sources")
        for src in f.get("sources", []):
            if src not in sents:
                fails.append(f"fact {fid}: source {src} is not an article in {args.seeds}")
                continue
            if not any(matches(f["all"], s) for s in sents[src]):
                fails.append(f"fact {fid}: no sentence of {src} matches {f['all']}")
        if args.verbose:
            for src, ss in sents.items():
                if src in f.get("sources", []):
                    continue
                hits = [s for s in ss if matches(f["all"], s)]
                if hits:
                    notes.append(f"NOTE fact {fid}: {src} not in sources but matches: {hits[0][:150]!r}")

    # anonymous claims: verbatim in some article body
    for phrase in gold.get("anonymous_claims", []):
        n = len(phrase.split())
        if not 4 <= n <= 9:
            fails.append(f"anonymous claim {phrase!r}: {n} words (want 4-9)")
        where = [k for k, b in raw_bodies.items() if unicodedata.normalize("NFC", phrase) in b]
        if not where:
            fails.append(f"anonymous claim {phrase!r}: not found verbatim in any article")
        elif args.verbose:
            notes.append(f"NOTE anonymous {phrase!r}: in {where}")

    # expected conflicts: each value group present somewhere, with the topic where possible
    for c in gold.get("conflicts_expected", []):
        groups = c["all"]
        if len(groups) < 2:
            fails.append(f"conflict_expected {c['id']}: needs at least two value groups")
            continue
        for gi, g in enumerate(groups):
            where = [k for k, ss in sents.items() if any(any(search(a, s) for a in g) for s in ss)]
            if not where:
                fails.append(f"conflict_expected {c['id']}: group {gi} {g} matches no article")
        if args.verbose:
            for gi, g in enumerate(groups[:2]):
                sides = [k for k, ss in sents.items()
                         if any(any(search(a, s) for a in g) and
                                (len(groups) < 3 or any(search(t, s) for t in groups[2])) for s in ss)]
                notes.append(f"NOTE conflict {c['id']} value {g}: {sides}")

    # forbidden: each group present somewhere in the corpus (it is a planted near-miss)
    for c in gold.get("conflicts_forbidden", []):
        for gi, g in enumerate(c["all"]):
            if not any(any(search(a, s) for a in g) for ss in sents.values() for s in ss):
                fails.append(f"conflict_forbidden {c['id']}: group {gi} {g} matches no sentence in the corpus")

    # an expected conflict, written out as its two sides' sentences, must not trip a forbidden pattern
    for c in gold.get("conflicts_expected", []):
        groups = c["all"]
        topic = groups[2] if len(groups) > 2 else None
        side_sents = []
        for g in groups[:2]:
            for ss in sents.values():
                for s in ss:
                    if any(search(a, s) for a in g) and (topic is None or any(search(t, s) for t in topic)):
                        side_sents.append(s)
        text = " | ".join(side_sents)
        for fc in gold.get("conflicts_forbidden", []):
            if matches(fc["all"], text):
                fails.append(f"forbidden {fc['id']} matches the sentences of expected conflict {c['id']}")

    counts = (f"{len(arts)} articles, {len(gold.get('facts', []))} facts, "
              f"{len(gold.get('conflicts_expected', []))} expected conflicts, "
              f"{len(gold.get('conflicts_forbidden', []))} forbidden near-misses, "
              f"{len(gold.get('anonymous_claims', []))} anonymous claims")
    for n in notes:
        print(n)
    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"FAILED ({len(fails)} problems; {counts})")
        return 1
    print(f"PASS ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
