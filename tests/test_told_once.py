"""A claim the section's opening paragraph tells in full is told once (generator/summarised.py):
a statement whose sentence says nothing beyond its records is left to the paragraph, which
quotes the sentence in a footnote; anything more keeps it a statement of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Citation, Profile
from generator.pipeline import analyse
from generator.render import render

from .conftest import CASES, ROOT, corpus_config

HEAD = "Marla Quinn and her husband Devon Hale live in Reno.\n\n"


def _profile(tmp_path: Path, articles: dict[str, str]) -> tuple[Profile, dict[str, Citation]]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n, (name, text) in enumerate(sorted(articles.items())):
        (seeds / f"{name}.txt").write_text(
            f"title: Story {n}\noutlet: Outlet {name.upper()}\ndate: 2024-0{n + 1}-10\n---\n{HEAD}{text}\n")
    config = corpus_config(seeds, tmp_path / "docs")
    return analyse(config)


def _statements(profile: Profile) -> list[str]:
    return [st.text for sec in profile.sections for st in sec.statements]


def _fate(profile: Profile, words: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    bodies = {s.id: s.body for s in profile.sources}
    spans = {c.sentence: c for r in profile.records for v in r.values for c in v.citations}
    spans.update({c.sentence: c for sec in profile.sections for st in sec.statements for c in st.citations})
    for f in profile.fates:
        c = spans.get(f.sentence)
        if c and words in bodies[c.source][c.start:c.end]:
            return f.statements, f.written, f.reason
    raise AssertionError(f"no sentence with {words!r}")


def test_a_plain_restatement_is_left_to_the_paragraph(tmp_path: Path) -> None:
    profile, _ = _profile(tmp_path, {
        "a": "Marla Quinn and Devon Hale married in 2001.",
        "b": "Quinn and Hale tied the knot in 2001.",
    })
    wedding = [r for r in profile.records if r.slot == "married"]
    assert len(wedding) == 1 and len(wedding[0].values[0].citations) == 2
    assert not [t for t in _statements(profile) if "2001" in t]
    statements, written, reason = _fate(profile, "tied the knot in 2001")
    assert (statements, written, reason) == ((), (wedding[0].id,), "")
    # the timeline still shows the wedding, linked to the paragraph's sentence
    assert [e.statement for e in profile.timeline if e.kind == "married"] == [wedding[0].id]


@pytest.mark.parametrize("sentence, why", [
    ("Marla Quinn and Devon Hale married in 2001 in a small chapel in Reno.", "a place the record does not give"),
    ("Marla Quinn and Devon Hale reportedly married in 2001.", "hedged: the record cites no hedged sentence"),
    ("Marla Quinn and Devon Hale married in 2001, a year after they met.", "another event's words"),
    # found by a review: small words say more too
    ("Marla Quinn and Devon Hale married in 2001 while she was still married.", "a state the record lacks"),
    ("Marla Quinn and Devon Hale married in 2001 and are still together.", "their status now"),
    ("Marla Quinn and Devon Hale married in 2001, she says.", "who says so"),
    ("Marla Quinn and Devon Hale quietly married in 2001.", "how"),
    ("Marla Quinn and Devon Hale officially married in 2001.", "how"),
])
def test_a_sentence_that_says_more_keeps_its_statement(tmp_path: Path, sentence: str, why: str) -> None:
    """The sentence that words the claim says more than the paragraph's record: it keeps its statement. (The
    second article tells the wedding without a year: it supports the record's event, not its value.)"""
    profile, _ = _profile(tmp_path, {"a": sentence, "b": "Quinn and Hale tied the knot at a chapel years ago."})
    statements, _written, _reason = _fate(profile, sentence[-20:])
    assert statements, why


@pytest.mark.xfail(strict=True, reason="known limit: the plainer sentence of another article words the claim, "
                                       "the paragraph tells it, and the fuller one's place is in its footnote only")
def test_a_fuller_sentence_beside_a_plainer_wording_keeps_its_statement(tmp_path: Path) -> None:
    """Until this session "tied the knot in May 2001" read "May" as a maybe, so the record never cited it and
    the claim kept its statement by accident; read as the month, the record cites both and the claim, worded by
    the plainer sentence, is left to the paragraph."""
    sentence = "Marla Quinn and Devon Hale married in 2001 in a small chapel in Reno."
    profile, _ = _profile(tmp_path, {"a": sentence, "b": "Quinn and Hale tied the knot in May 2001."})
    statements, _written, _reason = _fate(profile, sentence[-20:])
    assert statements


def test_a_month_the_other_article_contradicts_is_told_apart(tmp_path: Path) -> None:
    """"married in June 2001" beside "tied the knot in May 2001": each month is told with its own
    article only (a statement of June never cites the article that says May)."""
    profile, _ = _profile(tmp_path, {"a": "Marla Quinn and Devon Hale married in June 2001.",
                                     "b": "Quinn and Hale tied the knot in May 2001."})
    june = _fate(profile, "married in June 2001")
    may = [st for sec in profile.sections for st in sec.statements if "May 2001" in st.text]
    assert june[0] or june[1]
    assert may and all({c.source for c in st.citations} == {"b"} for st in may)


def test_ages_keep_a_count_its_statement(tmp_path: Path) -> None:
    profile, _ = _profile(tmp_path, {
        "a": "Marla Quinn and Devon Hale have two children, Ivy Hale, 5, and Rowan Hale, 3.",
        "b": "Marla Quinn and Devon Hale have two children.",
    })
    statements, _written, _reason = _fate(profile, "Rowan Hale, 3.")
    assert statements


def test_the_pages_link_a_folded_sentence_to_the_paragraph(tmp_path: Path) -> None:
    profile, spans = _profile(tmp_path, {
        "a": "Marla Quinn and Devon Hale married in 2001.",
        "b": "Quinn and Hale tied the knot in 2001.",
    })
    render(profile, tmp_path / "docs", spans)
    pages = {p.name: p.read_text() for p in (tmp_path / "docs").glob("*.md")}
    rid = next(r.id for r in profile.records if r.slot == "married")
    sources = pages["sources.md"]
    assert f"sentence(s) of the sections' summaries: [{rid}](index.md#{rid})" in sources
    assert "Set aside" not in sources  # nothing shown as set aside that the paragraph quotes
    assert f'id="{rid}"' in pages["index.md"]


CORPORA = {"seeds": ROOT / "seeds", "fictional": CASES / "fictional" / "seeds",
           "corpus_b": CASES / "corpus_b" / "seeds", "smalltown": CASES / "smalltown" / "seeds"}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_sentence_is_cited_or_set_aside(name: str, tmp_path: Path) -> None:
    """On whole corpora: a sentence no statement cites is quoted by the paragraph, every fact of
    it given to its article by a record (an age by the fact check's birth years), or it is set
    aside with a reason."""
    profile, _spans = analyse(corpus_config(CORPORA[name], tmp_path / "docs"))
    given = {(c.source, r.slot, v.value) for r in profile.records for v in r.values for c in v.citations}
    facts: dict[str, list[tuple[str, str]]] = {}
    for f in profile.facts:
        facts.setdefault(f.sentence, []).append((f.slot, f.value))
    for f in profile.fates:
        assert f.statements or f.written or f.reason, f
        if f.written and not f.statements:
            assert all((f.source, slot, value) in given or slot == "age" for slot, value in facts.get(f.sentence, ())), f


_QUOTE = "We talk every week and we share a daughter, and I wish him nothing but the best."


@pytest.mark.parametrize("b, told", [
    (f'"{_QUOTE}" Marla Quinn said.', True),
    (f'Marla Quinn said, "{_QUOTE}"', True),
    # a speaker's filler before the same words (the seeds' '"You know, we don't spend Christmases ..."' stood below
    # the paragraph that quotes "We don't spend Christmases ..." from both articles)
    (f'Marla Quinn said, "You know, {_QUOTE[0].lower()}{_QUOTE[1:]}"', True),
    (f'Marla Quinn said, "Frankly, {_QUOTE[0].lower()}{_QUOTE[1:]}"', False),
    # a word of its own, another quotation, an unnamed source: a statement of its own
    (f'Marla Quinn, who divorced Devon Hale in 2019, said, "{_QUOTE}"', False),
    (f'"{_QUOTE}" Marla Quinn said, adding, "He is a good father."', False),
    (f'Marla Quinn said, "{_QUOTE} He is a good father."', False),
])
def test_a_verified_quotation_the_paragraph_quotes_is_not_told_again(b: str, told: bool, tmp_path: Path) -> None:
    """The same words said by one named person in two articles are a record of the paragraph
    ("Two articles quote Marla Quinn in the same words: ..."); a statement that only quotes them,
    with who said it, would tell them twice (found by a reader's review of the seed profile)."""
    profile, _ = _profile(tmp_path, {
        "a": f'Marla Quinn opened a bakery in Reno last spring. "{_QUOTE}" Marla Quinn said of Devon Hale.',
        "b": f"Devon Hale coaches a youth soccer team on Saturdays. {b}"})
    quoted = [r for r in profile.records if r.slot == "quotation"]
    shown = [t for t in _statements(profile) if "share a daughter" in t]
    if told:
        assert len(quoted) == 1, profile.records
        assert not shown, shown
        statements, written, reason = _fate(profile, "share a daughter")
        assert (statements, written) == ((), (quoted[0].id,)), (statements, written, reason)
    else:
        assert shown, _statements(profile)


def test_a_statement_that_says_more_than_the_event_cites_its_own_article_only(tmp_path: Path) -> None:
    """Found by a reader's review: "..., married in 2001, and one of his biggest regrets is ..." wore
    "Corroborated" with every article that gives the wedding year, though only its own says the
    rest. The paragraph tells the wedding with all of them; the statement cites its own."""
    profile, _ = _profile(tmp_path, {
        "a": "Marla Quinn and Devon Hale married in 2001, and one of her biggest regrets is the bakery they sold.",
        "b": "Quinn and Hale tied the knot in 2001 at a vineyard near Napa.",
        "c": "Marla Quinn and Devon Hale married in 2001, months after a chance meeting at a Reno gallery.",
    })
    wedding = [r for r in profile.records if r.slot == "married"]
    assert len(wedding) == 1 and len(wedding[0].values[0].citations) == 3
    shown = [st for sec in profile.sections for st in sec.statements if "2001" in st.text]
    assert shown and all(len(st.citations) == 1 and st.status.value == "single-source" for st in shown), shown
    for words in ("biggest regrets", "vineyard near Napa", "Reno gallery"):
        statements, written, _reason = _fate(profile, words)
        assert written == (wedding[0].id,), (words, statements, written)


def test_a_disputed_figure_cites_only_the_articles_that_give_the_value_it_states(tmp_path: Path) -> None:
    """Found by a reader's review: "The whole thing went on for seven years." cited an article's
    "those six years" (a length with one true value is one claim, worded by one side). The
    paragraph sets both values side by side; the statement cites its own value's articles."""
    profile, _ = _profile(tmp_path, {
        "a": ("Marla Quinn and Devon Hale divorced in 2015. The custody fight between Marla Quinn and Devon Hale "
              "lasted five years, and it nearly broke her."),
        "b": "Marla Quinn and Devon Hale fought over custody for five years, and every hearing made headlines.",
        "c": "The custody battle of Marla Quinn and Devon Hale dragged on for four years and nearly ended her career.",
    })
    lengths = [r for r in profile.records if r.slot == "dispute-length"]
    assert len(lengths) == 1 and len(lengths[0].values) == 2, lengths
    for st in (st for sec in profile.sections for st in sec.statements if " years" in st.text):
        figure = "five" if "five years" in st.text else "four"
        sources = {c.source for c in st.citations}
        assert sources == ({"a", "b"} & sources if figure == "five" else {"c"}), (st.text, sources)


def test_the_timeline_words_an_event_the_paragraph_tells_as_its_record(tmp_path: Path) -> None:
    """The timeline showed "..., married in 2001, and one of her biggest regrets is ..." labelled
    with the three articles that give the wedding: it now words the wedding as the paragraph's
    record does, with all three, and links to the paragraph's sentence."""
    profile, spans = _profile(tmp_path, {
        "a": "Marla Quinn and Devon Hale married in 2001, and one of her biggest regrets is the bakery they sold.",
        "b": "Quinn and Hale tied the knot in 2001 at a vineyard near Napa.",
        "c": "Marla Quinn and Devon Hale married in 2001, months after a chance meeting at a Reno gallery.",
    })
    docs = tmp_path / "docs"
    render(profile, docs, spans)
    wedding = next(e for e in profile.timeline if e.date[:4] == "2001")
    assert len(wedding.citations) == 3 and wedding.statement.startswith("r")
    timeline = (docs / "timeline.md").read_text(encoding="utf-8")
    line = next(x for x in timeline.splitlines() if "**2001**" in x)
    assert "married in 2001." in line and "biggest regrets" not in line and "3 sources" in line, line
