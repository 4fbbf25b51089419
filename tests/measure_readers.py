"""Measure our reader against trafilatura (pages) and python-frontmatter (front matter) on the
reader's labelled set (tests/cases/units/reader.yml) and on hostile pages made here; prints the
tables quoted in README "Dependencies". Not a test: the libraries measured are not among the
tool's dependencies. Run it in a venv that has them:

    .venv/bin/pip install trafilatura==2.3.1 lxml_html_clean==0.4.6 python-frontmatter==1.3.0
    .venv/bin/python -m tests.measure_readers
"""

from __future__ import annotations

import importlib
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from generator.ingest.dates import parse_date
from generator.ingest.html import MAX_DEPTH, _depth, parse_html
from generator.ingest.reading import decode_text
from generator.ingest.text import parse_text

from .test_reader_cases import CASES, body_problems, case_path

Fields = dict[str, str]


def _date(raw: str | None) -> str:
    try:
        return parse_date(raw) if raw else ""
    except ValueError:
        return f"unreadable {raw!r}"


def ours(text: str, kind: str) -> Fields:
    """Our reader's fields, as the pipeline takes them (without the title fallback of .txt)."""
    meta, pars, raw = parse_html(text) if kind == "html" else parse_text(text, markdown=True)
    return {"title": str(meta.get("title") or ""), "outlet": str(meta.get("outlet") or ""),
            "author": str(meta.get("author") or ""), "date": _date(raw), "body": "\n\n".join(pars)}


def trafilatura_reader(text: str, kind: str, guard: bool = True, extensive: bool = True) -> Fields:
    """trafilatura's fields, its paragraphs (one a line) joined as ours are, a paragraph that
    repeats the title dropped as ours does; with `guard`, our depth guard comes first."""
    if kind != "html":
        return ours(text, kind)
    if guard:
        from bs4 import BeautifulSoup
        if _depth(BeautifulSoup(text, "lxml")) > MAX_DEPTH:
            return ours(text, kind)
    traf = importlib.import_module("trafilatura")
    doc = traf.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                               favor_precision=True, date_extraction_params={"extensive_search": extensive,
                                                                            "original_date": True})
    d: dict[str, Any] = doc.as_dict() if doc is not None else {}
    title = str(d.get("title") or "")
    # ours never takes the <h1> (nor a paragraph that repeats the title) into the body: neither here
    from bs4 import BeautifulSoup
    h1 = BeautifulSoup(text, "lxml").find("h1")
    skip = {title, " ".join(h1.get_text(" ").split()) if h1 else title}
    pars = [p.strip() for p in str(d.get("text") or "").split("\n") if p.strip() and p.strip() not in skip]
    return {"title": title, "outlet": str(d.get("sitename") or ""), "author": str(d.get("author") or ""),
            "date": _date(d.get("date")), "body": "\n\n".join(pars)}


def frontmatter_reader(text: str, kind: str) -> Fields:
    """python-frontmatter's metadata; the body as ours reads the text after the front matter."""
    if kind != "markdown":
        return ours(text, kind)
    fm = importlib.import_module("frontmatter")
    meta, content = fm.parse(text)
    _meta, pars, _raw = parse_text(content, markdown=True)
    return {"title": str(meta.get("title") or ""), "outlet": str(meta.get("outlet") or ""),
            "author": str(meta.get("author") or ""), "date": _date(str(meta.get("date") or "")),
            "body": "\n\n".join(pars)}


def right(case: dict[str, Any], fields: Fields, field: str) -> bool:
    if field == "body":
        return not body_problems(case, fields["body"])
    return fields[field] == str(case[field] or "")


def timed(fn: Callable[[], Fields], runs: int = 5) -> tuple[Fields, float]:
    times, out = [], None
    for _ in range(runs):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    assert out is not None
    return out, statistics.median(times) * 1000


def labelled_set() -> None:
    readers: dict[str, Callable[[str, str], Fields]] = {
        "ours": ours, "trafilatura": trafilatura_reader, "python-frontmatter": frontmatter_reader}
    for name, fn in readers.items():  # warm up: imports and first-call set-up are not counted
        fn("<html><body><article><p>Warm up.</p></article></body></html>", "html")
    print("| file | field | ours | trafilatura | python-frontmatter |")
    print("|---|---|---|---|---|")
    totals: dict[tuple[str, str], list[int]] = {}
    ms: dict[tuple[str, str], list[float]] = {}
    for case in CASES:
        path = case_path(case)
        if not path.exists():
            continue
        kind = "html" if path.suffix == ".html" else "markdown"
        text, _enc = decode_text(path.read_bytes())
        results = {}
        for name, fn in readers.items():
            results[name], ms_one = timed(partial(fn, text, kind))
            ms.setdefault((name, kind), []).append(ms_one)
        for field in ("title", "outlet", "author", "date", "body"):
            marks = []
            for name in readers:
                ok = right(case, results[name], field)
                totals.setdefault((name, f"{kind} {field}"), []).append(int(ok))
                marks.append("ok" if ok else "MISS")
            if len(set(marks)) > 1 or "MISS" in marks:
                detail = {n: body_problems(case, results[n]["body"]) if field == "body" else results[n][field]
                          for n in readers}
                print(f"| {path.name} | {field} | {' | '.join(marks)} |  <!-- {detail} -->")
    print()
    print("| field | ours | trafilatura | python-frontmatter |")
    print("|---|---|---|---|")
    for key in sorted({k for _n, k in totals}):
        print(f"| {key} | " + " | ".join(f"{sum(totals[(n, key)])}/{len(totals[(n, key)])}" for n in readers) + " |")
    for kind in ("html", "markdown"):
        print(f"| ms per {kind} file (median) | " + " | ".join(
            f"{statistics.median(ms[(n, kind)]):.2f}" for n in readers) + " |")


def hostile_pages() -> dict[str, str]:
    para = "<p>Chef Tomas Velde opened a bistro in Portmere in 2019.</p>"
    return {
        "nested 30,000 divs": "<html><body>" + "<div>" * 30_000 + para + "</div>" * 30_000 + "</body></html>",
        "nested 2,000 divs": "<html><body>" + "<div>" * 2_000 + para + "</div>" * 2_000 + "</body></html>",
        "one 4.5 MB line": "<html><body><article><p>" + "Velde cooked a long dinner. " * 160_000
                           + "</p></article></body></html>",
        "20,000 paragraphs": "<html><body><article>" + para * 20_000 + "</article></body></html>",
        "scripts and handlers": "<html><head><script>var a='<p>not text</p>';</script></head><body><article>"
                                + para + "<script>document.write('<p>injected</p>')</script>"
                                + "<p onclick=\"x()\">The custody ruling came in 2021.</p></article></body></html>",
        "undated, copyright year": "<html><head><title>Velde Opens Bistro</title></head><body><article><h1>Velde"
                                   " Opens Bistro</h1>" + para + "<p>He plans a second one by March 2024.</p>"
                                   "</article><footer>© 2018 Portmere Post</footer></body></html>",
        "cp1252 bytes, decoded by ours": (b"<html><body><article><p>Caf\xe9 owner Ren\xe9e Velde, 41, wed in 2019."
                                          b"</p></article></body></html>").decode("cp1252"),
        "no article element": "<html><body><div class='nav'><a href='/'>Home</a></div><div>" + para * 3
                              + "</div><div class='footer'>Contact</div></body></html>",
    }


def hostile() -> None:
    print("\n| hostile page | ours | trafilatura behind our depth guard | trafilatura alone |"
          " trafilatura, no extensive date search |")
    print("|---|---|---|---|---|")
    sys.setrecursionlimit(10_000)
    for name, page in hostile_pages().items():
        cells = []
        for fn in (partial(ours, page, "html"), partial(trafilatura_reader, page, "html"),
                   partial(trafilatura_reader, page, "html", guard=False),
                   partial(trafilatura_reader, page, "html", extensive=False)):
            try:
                out, ms_one = timed(fn, runs=3)
                body = out["body"]
                cells.append(f"{ms_one:,.0f} ms, {len(body):,} chars, {body.count(chr(10) * 2) + 1 if body else 0} par"
                             f"{', date ' + out['date'] if out['date'] else ''}: {body[:60]!r}")
            except Exception as exc:  # noqa: BLE001 (a measurement reports every failure)
                cells.append(f"{type(exc).__name__}: {str(exc)[:80]}")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    start = time.perf_counter()
    importlib.import_module("trafilatura")
    print(f"import trafilatura: {(time.perf_counter() - start) * 1000:.0f} ms")
    labelled_set()
    hostile()
