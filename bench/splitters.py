"""`python -m bench.splitters [--corpus N]`: score sentence splitters on the boundary set
(tests/cases/units/boundaries.yml) and time them on the benchmark corpus.

Each splitter takes pysbd's place in generator/segment.py: its sentences are found in the
paragraph, then the same rules apply as to pysbd's (a quotation of several sentences kept
with its attribution, a heading one sentence, a one-word exclamation dropped). A splitter
that is not installed is left out; the project depends only on pysbd, so the others are
installed by hand for a comparison (README "Speed" names the versions measured).

Accuracy: the cases whose sentences all come out right, and the precision and recall of
the boundaries inside paragraphs. Speed: the seconds to split every prose paragraph of a
generated corpus of N articles (no cache, no memo), and characters per second.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from generator import segment as seg

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases" / "units" / "boundaries.yml"
Split = Callable[[str], list[tuple[int, int]]]


def anchored(pieces: Iterable[str], par: str) -> list[tuple[int, int]]:
    """The pieces' (start, end) in `par`, found in order; a piece the text does not hold verbatim
    (a splitter that rewrote white space) is found by its first and last words."""
    out: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        text = piece.strip()
        if not text:
            continue
        at = par.find(text, cursor)
        if at >= 0:
            out.append((at, at + len(text)))
            cursor = at + len(text)
            continue
        words = text.split()
        first = par.find(words[0], cursor)
        last = par.find(words[-1], max(first, cursor))
        if first >= 0 and last >= 0:
            out.append((first, last + len(words[-1])))
            cursor = last + len(words[-1])
    return out


def splitters() -> dict[str, tuple[str, Split]]:
    """name -> (version, spans of a paragraph) for each splitter that imports."""
    from importlib import metadata

    found: dict[str, tuple[str, Split]] = {}

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "?"

    found["pysbd, as segment.py calls it"] = (version("pysbd"), lambda par: list(seg._split(par)))
    found["pysbd, Segmenter.segment"] = (version("pysbd"), lambda par: anchored(
        (piece.sent for _base, chunk in seg._chunks(par) for piece in seg._segmenter.segment(chunk)), par))
    try:
        import sentencex

        found["sentencex"] = (version("sentencex"), lambda par: anchored(sentencex.segment("en", par), par))
    except ImportError:
        pass
    try:
        import nupunkt

        found["nupunkt"] = (version("nupunkt"), lambda par: anchored(nupunkt.sent_tokenize(par), par))
    except ImportError:
        pass
    try:
        from syntok import segmenter as syntok_segmenter

        def syntok_split(par: str) -> list[tuple[int, int]]:
            return [(s[0].offset, s[-1].offset + len(s[-1].value))
                    for p in syntok_segmenter.analyze(par) for s in p if s]
        found["syntok"] = (version("syntok"), syntok_split)
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = (version("blingfire"),
                              lambda par: anchored(blingfire.text_to_sentences(par).split("\n"), par))
    except ImportError:
        pass
    try:
        from somajo import SoMaJo

        somajo = SoMaJo("en_PTB", split_sentences=True, character_offsets=True)

        def somajo_split(par: str) -> list[tuple[int, int]]:
            return [(s[0].character_offset[0], s[-1].character_offset[1]) for s in somajo.tokenize_text([par]) if s]
        found["somajo"] = (version("SoMaJo"), somajo_split)
    except ImportError:
        pass
    return found


def sentences(par: str, split: Split) -> list[str]:
    """What segment() would make of `par` with `split` in pysbd's place."""
    spans = seg._merge_quotations(split(par), par) if seg.is_prose(par) else seg._heading(par)
    return [par[a:b] for a, b in spans if len(par[a:b].split()) >= 2]


def ends(par: str, sents: list[str]) -> set[int]:
    """Offsets of the boundaries inside the paragraph (where each sentence but the last ends)."""
    out, cursor = set(), 0
    for s in sents[:-1]:
        at = par.find(s, cursor)
        cursor = at + len(s) if at >= 0 else cursor
        out.add(cursor)
    return out


def score(split: Split, cases: list[dict[str, Any]]) -> dict[str, Any]:
    right = tp = fp = fn = 0
    wrong: list[int] = []
    for i, case in enumerate(cases):
        got = sentences(case["text"], split)
        right += got == case["sentences"]
        if got != case["sentences"]:
            wrong.append(i)
        want_b, got_b = ends(case["text"], case["sentences"]), ends(case["text"], got)
        tp += len(want_b & got_b)
        fp += len(got_b - want_b)
        fn += len(want_b - got_b)
    return {"right": right, "cases": len(cases), "precision": tp / ((tp + fp) or 1), "recall": tp / ((tp + fn) or 1),
            "wrong": wrong}


def corpus_paragraphs(n: int) -> list[str]:
    """The prose paragraphs of a generated corpus of n articles, as the generator reads them."""
    from generator.config import from_options
    from generator.ingest import ingest
    from generator.scaffold import scaffold

    from .corpus import SUBJECT, write_corpus

    work = Path(tempfile.mkdtemp(prefix="splitters-"))
    try:
        scaffold(work, SUBJECT)
        write_corpus(work / "seeds", n, 1)
        sources, _ = ingest(from_options(work, {}))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [p for s in sources for p in s.body.split("\n\n") if p.strip() and seg.is_prose(p)]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.splitters", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=int, default=1000, help="articles in the timed corpus (0: no timing)")
    args = parser.parse_args()
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    pars = corpus_paragraphs(args.corpus) if args.corpus else []
    chars = sum(len(p) for p in pars)
    print(f"{len(cases)} boundary cases; {len(pars)} paragraphs ({chars / 1e6:.2f} M characters) of "
          f"{args.corpus} articles timed\n")
    print("| splitter | version | cases right | boundary precision | boundary recall | seconds | characters/s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, (version, split) in splitters().items():
        s = score(split, cases)
        seconds = ""
        rate = ""
        if pars:
            seg._SPANS.clear()
            start = time.perf_counter()
            for p in pars:
                split(p)
            took = time.perf_counter() - start
            seconds, rate = f"{took:.2f}", f"{chars / took:,.0f}"
        print(f"| {name} | {version} | {s['right']}/{s['cases']} | {s['precision']:.3f} | {s['recall']:.3f} | "
              f"{seconds} | {rate} |")
        print(f"<!-- {name} wrong on cases {s['wrong']} -->")


if __name__ == "__main__":
    main()
