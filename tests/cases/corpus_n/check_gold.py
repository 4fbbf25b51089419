#!/usr/bin/env python3
"""Validate gold_n.json against the articles in seeds/.

Article bodies are extracted and split into sentences exactly as shared/eval/score.py does
(article_body + paragraph split on blank lines + SENT_END).  Checks:

  corpus     20-24 files named N01_outlet_title.ext (.txt/.md/.html), unique prefixes,
             front matter (title/outlet/url/[date]/author then ---) for .txt/.md,
             <article> or <main> with <p> for .html, 150-600 words of body each,
             >= 2 undated articles, >= 1 whose date is only in its URL, invented .example URLs
  facts      50-65, unique ids, valid sections, every regex group matches ONE sentence of
             every listed source, and no unlisted article has such a sentence
             (sources list every article that states the fact)
  anonymous  >= 12 phrases, each verbatim in exactly one sentence, which names an unnamed source
  expected   >= 5; every group matches somewhere, the two values come from different articles
  forbidden  >= 10; every group matches somewhere (the near-miss is really planted) and no single
             sentence carries all groups (unless allowed below: the sentence IS the near-miss)
  evidence   for each expected conflict, a mock disagreement record quoting the sentences that carry
             its values (EVIDENCE below) matches that conflict and none of the forbidden near-misses

  python3 check_gold.py [-v]      prints PASS (exit 0) or FAIL with reasons (exit 1)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE / "seeds"
GOLD = HERE / "gold_n.json"
SECTIONS = {"background", "divorce", "custody", "reconciliation", "current-family"}
VERBOSE = "-v" in sys.argv

try:
    from bs4 import BeautifulSoup
except ImportError:  # stdlib fallback with the same semantics for our pages
    BeautifulSoup = None
    from html.parser import HTMLParser

    class _P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.in_art, self.in_main, self.in_p = [], 0, 0, 0
            self.art_ps, self.main_ps, self.cur = [], [], None

        def handle_starttag(self, tag, attrs):
            if tag == "article":
                self.in_art += 1
            if tag == "main":
                self.in_main += 1
            if tag == "p":
                self.in_p += 1
                self.cur = []

        def handle_endtag(self, tag):
            if tag == "p" and self.in_p:
                self.in_p -= 1
                txt = re.sub(r"\s+", " ", " ".join(self.cur)).strip()
                if self.in_art:
                    self.art_ps.append(txt)
                if self.in_main:
                    self.main_ps.append(txt)
            if tag == "article":
                self.in_art -= 1
            if tag == "main":
                self.in_main -= 1

        def handle_data(self, data):
            if self.in_p and self.cur is not None and data.strip():
                self.cur.append(data.strip())

SENT_END = re.compile(r'(?<=[.!?])["\u201d\u2019]?\s+(?=["\u201c\u2018]?[A-Z])')
UNNAMED = re.compile(r"a source|the source|sources say|an insider|the insider|a friend|we understand|"
                     r"family member who asked not to be named|one onlooker|one guest|are understood|"
                     r"is understood|which quoted a source", re.IGNORECASE)
ALLOW_SAME_SENTENCE = {
    # articles list siblings with their ages in one sentence ("Zara, 8, and Dayo, 5"): each age is
    # right for its own child; the near-miss is the same child at different dates across articles
    "zara-ages-over-time", "dayo-ages-over-time", "tobi-ages-over-time",
}

# (article, words that pick the sentence) carrying each value of each expected disagreement
EVIDENCE = {
    "lagos-wedding-guest-count": [("N01", "1,200"), ("N14", "1,200"), ("N02", "2,000")],
    "settlement-figure": [("N18", "3.1"), ("N17", "4.5")],
    "separation-announcement-date": [("N08", "14 March"), ("N11", "14 March"), ("N18", "14 March"), ("N19", "21 March")],
    "tobi-age-march-2021": [("N08", "Tobi, 14"), ("N07", "17-year-old")],
    "marriage-length": [("N08", "nine years"), ("N11", "nine years"), ("N16", "nine years"), ("N18", "nine years"),
                        ("N21", "Nine years"), ("N09", "seven-year")],
    "father-contact-weekends": [("N16", "alternate weekends"), ("N18", "alternate weekends"), ("N20", "alternate weekends"),
                                ("N21", "Alternate weekends"), ("N24", "alternate weekends"), ("N17", "three weekends")],
    "first-meeting-place": [("N01", "charity gala"), ("N04", "charity gala"), ("N19", "gala"), ("N21", "charity gala"),
                            ("N10", "Okada Queen")],
}


def article_body(path: Path, raw: str) -> str:
    """Copied from shared/eval/score.py."""
    if path.suffix.lower() in (".html", ".htm"):
        if BeautifulSoup is not None:
            soup = BeautifulSoup(raw, "html.parser")
            main = soup.find("article") or soup.find("main") or soup.body or soup
            return "\n\n".join(p.get_text(" ", strip=True) for p in main.find_all("p"))
        p = _P()
        p.feed(raw)
        return "\n\n".join(p.art_ps or p.main_ps)
    text = raw.lstrip("\ufeff")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:] if end > 0 else text
    elif re.match(r"^(title|outlet|url|date|author):", text, re.IGNORECASE) and "\n---" in text:
        text = text[text.find("\n---") + 4:]
    return re.sub(r"^\s*date \d{4}-\d{2}-\d{2}", "", text)


def sentences(body: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n", body):
        for s in SENT_END.split(para.strip()):
            s = re.sub(r"\s+", " ", s).strip()
            if s:
                out.append(s)
    return out


def header(raw: str) -> dict | None:
    text = raw.lstrip("\ufeff")
    if text.startswith("---"):
        text = text[3:].lstrip("\n")
    if "\n---" not in text:
        return None
    head = text[:text.find("\n---")]
    fields = {}
    for line in head.splitlines():
        m = re.match(r"^(title|outlet|url|date|author):\s*(.*)$", line)
        if not m:
            return None
        fields[m.group(1)] = m.group(2).strip()
    return fields


def matches(groups, text) -> bool:
    return all(any(re.search(alt, text, re.IGNORECASE) for alt in g) for g in groups)


def main() -> int:
    errors, notes = [], []
    files = sorted(p for p in SEEDS.iterdir() if p.is_file())
    arts: dict[str, list[str]] = {}
    raw_of: dict[str, str] = {}
    undated = url_dated = 0
    if not 20 <= len(files) <= 24:
        errors.append(f"corpus: {len(files)} files, want 20-24")
    for p in files:
        if not re.match(r"^N\d\d_[a-z0-9]+_[a-z0-9_]+\.(txt|md|html)$", p.name):
            errors.append(f"corpus: bad file name {p.name}")
        pre = p.name.split("_")[0]
        if pre in arts:
            errors.append(f"corpus: duplicate prefix {pre}")
        raw = p.read_text("utf-8")
        raw_of[pre] = raw
        for host in re.findall(r"https?://([^/\s\"'<>]+)", raw):
            if not (host.endswith(".example") or host == "schema.org"):
                errors.append(f"{pre}: non-invented URL host {host}")
        if p.suffix in (".txt", ".md"):
            h = header(raw)
            if h is None or not all(k in h for k in ("title", "outlet", "url", "author")):
                errors.append(f"{pre}: front matter must be title/outlet/url/[date]/author lines then ---")
            elif "date" not in h:
                undated += 1
                if re.search(r"/\d{4}/\d{2}/\d{2}/", h["url"]):
                    url_dated += 1
            elif not re.match(r"^\d{4}-\d{2}-\d{2}$", h["date"]):
                errors.append(f"{pre}: date must be YYYY-MM-DD")
        else:
            if not re.search(r"<(article|main)\b", raw) or "<p" not in raw:
                errors.append(f"{pre}: html needs <article>/<main> with <p>")
        body = article_body(p, raw)
        words = len(re.findall(r"\S+", body))
        if not 150 <= words <= 600:
            errors.append(f"{pre}: body has {words} words, want 150-600")
        arts[pre] = sentences(body)
        if VERBOSE:
            notes.append(f"{p.name}: {words} words, {len(arts[pre])} sentences")
    if undated < 2:
        errors.append(f"corpus: {undated} undated articles, want >= 2")
    if url_dated < 1:
        errors.append("corpus: want one undated article whose date is only in its URL")

    gold = json.loads(GOLD.read_text("utf-8"))
    facts = gold["facts"]
    if not 50 <= len(facts) <= 65:
        errors.append(f"facts: {len(facts)}, want 50-65")
    ids = [f["id"] for f in facts]
    for dup in {i for i in ids if ids.count(i) > 1}:
        errors.append(f"facts: duplicate id {dup}")
    for f in facts:
        fid = f["id"]
        if not f.get("section") or not set(f["section"]) <= SECTIONS:
            errors.append(f"{fid}: bad section {f.get('section')}")
        try:
            for g in f["all"]:
                for alt in g:
                    re.compile(alt)
        except re.error as e:
            errors.append(f"{fid}: bad regex {e}")
            continue
        listed = set(f["sources"])
        if not listed:
            errors.append(f"{fid}: no sources")
        for s in listed - set(arts):
            errors.append(f"{fid}: unknown source {s}")
        actual = {a for a, sents in arts.items() if any(matches(f["all"], s) for s in sents)}
        for s in sorted(listed - actual):
            errors.append(f"{fid}: listed source {s} has no sentence matching every group")
        for s in sorted(actual - listed):
            hit = next(x for x in arts[s] if matches(f["all"], x))
            errors.append(f"{fid}: {s} states it but is not listed: {hit[:110]!r}")
        if VERBOSE:
            notes.append(f"fact {fid}: {sorted(actual)}")

    anon = gold["anonymous_claims"]
    if len(anon) < 12:
        errors.append(f"anonymous: {len(anon)} phrases, want >= 12")
    for ph in anon:
        hits = [(a, s) for a, sents in arts.items() for s in sents if ph.lower() in s.lower()]
        if len(hits) != 1:
            errors.append(f"anonymous {ph!r}: in {len(hits)} sentences, want exactly 1")
            continue
        a, s = hits[0]
        if not UNNAMED.search(s):
            errors.append(f"anonymous {ph!r} ({a}): sentence names no unnamed source: {s[:100]!r}")
        elif VERBOSE:
            notes.append(f"anon {a}: {s[:100]}")

    def group_articles(g):
        return {a for a, sents in arts.items() if any(any(re.search(alt, s, re.IGNORECASE) for alt in g) for s in sents)}

    exp, forb = gold["conflicts_expected"], gold["conflicts_forbidden"]
    if len(exp) < 5:
        errors.append(f"expected conflicts: {len(exp)}, want >= 5")
    if len(forb) < 10:
        errors.append(f"forbidden near-misses: {len(forb)}, want >= 10")
    for c in exp:
        sets = [group_articles(g) for g in c["all"]]
        for i, st in enumerate(sets):
            if not st:
                errors.append(f"expected {c['id']}: group {i} {c['all'][i]} matches no sentence")
        if sets[0] and sets[1] and not any(a != b for a in sets[0] for b in sets[1]):
            errors.append(f"expected {c['id']}: both values only in one article {sets[0]}")
        if VERBOSE:
            notes.append(f"expected {c['id']}: " + " | ".join(str(sorted(s)) for s in sets))
    for c in forb:
        sets = [group_articles(g) for g in c["all"]]
        for i, st in enumerate(sets):
            if not st:
                errors.append(f"forbidden {c['id']}: group {i} {c['all'][i]} matches no sentence (near-miss not planted)")
        same = [(a, s) for a, sents in arts.items() for s in sents if matches(c["all"], s)]
        if same and c["id"] not in ALLOW_SAME_SENTENCE:
            errors.append(f"forbidden {c['id']}: one sentence carries all groups ({same[0][0]}: {same[0][1][:90]!r})")
        if VERBOSE:
            notes.append(f"forbidden {c['id']}: " + " | ".join(str(sorted(s)) for s in sets))

    for c in exp:
        ev = EVIDENCE.get(c["id"])
        if not ev:
            errors.append(f"evidence: no EVIDENCE entry for expected conflict {c['id']}")
            continue
        values = []
        for a, key in ev:
            hit = [x for x in arts.get(a, []) if key in x]
            if not hit:
                errors.append(f"evidence {c['id']}: no sentence in {a} contains {key!r}")
                continue
            values.append({"value": key, "source": a, "quote": hit[0]})
        record = json.dumps({"slot": c["id"], "verdict": "disagreement", "values": values}, ensure_ascii=False)
        if not matches(c["all"], record):
            errors.append(f"evidence {c['id']}: mock disagreement record does not match the gold regexes")
        for fb in forb:
            if matches(fb["all"], record):
                errors.append(f"evidence {c['id']}: mock disagreement record also matches forbidden {fb['id']}")

    for n in notes:
        print(n)
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"FAIL ({len(errors)} problems)")
        return 1
    print(f"PASS: {len(files)} articles, {len(facts)} facts, {len(exp)} expected conflicts, "
          f"{len(forb)} forbidden near-misses, {len(anon)} anonymous claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
