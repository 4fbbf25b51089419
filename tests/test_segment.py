"""Stage 2, segment: a Source's body becomes Sentences with exact offsets and attribution."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.claims import set_aside_reason
from generator.config import from_options
from generator.ingest import ingest
from generator.lang.en import REASON_HEADING
from generator.model import ON_RECORD, REPORTED, UNNAMED, Sentence, Source
from generator.segment import segment

CASES = Path(__file__).parent / "cases"


def make_source(root: Path, text: str, name: str = "story.txt") -> Source:
    seeds = root / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / name).write_text(text, encoding="utf-8")
    sources, warnings = ingest(from_options(root, {}))
    assert warnings == ()
    (source,) = sources
    return source


def assert_offsets(source: Source, sentences: tuple[Sentence, ...]) -> None:
    previous_end = -1
    for i, s in enumerate(sentences):
        assert source.body[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end  # in order, no overlaps
        previous_end = s.end
        assert s.index == i
        assert s.id == f"{source.id}:{i}"
        assert s.source == source.id
        for q_start, q_end in s.quotes:
            assert s.start <= q_start < q_end <= s.end
            assert source.body[q_start] in "\"\u201c" and source.body[q_end - 1] in "\"\u201d"


ARTICLE = (
    " date 2022-08-09 Chef Tomas Velde, 48, moved his bistro to Portmere in 2019. "
    "Mr. Velde said the move was \u201cthe best decision I ever made.\u201d\n\n"
    "\"We were happy for a long time. Then it was simply over,\" she said. "
    "The caf\u00e9 closed (briefly) in March 2020!\n\n"
    "A Kitchen Of Her Own\n\n"
    "Is it over? Nobody knows\u2026 A source close to the couple said the pair still talk daily.\n"
)


def test_offsets_slice_the_body(tmp_path: Path) -> None:
    source = make_source(tmp_path, ARTICLE)
    sentences = segment(source)
    assert len(sentences) >= 6
    assert_offsets(source, sentences)


def test_offsets_slice_every_fictional_source_and_cover_its_prose(tmp_path: Path) -> None:
    shutil.copytree(CASES / "fictional" / "seeds", tmp_path / "seeds")
    sources, _ = ingest(from_options(tmp_path, {}))
    assert sources
    for source in sources:
        sentences = segment(source)
        assert sentences, source.id
        assert_offsets(source, sentences)
        # every word of a paragraph that yields sentences lies inside one of them
        covered = bytearray(len(source.body))
        for s in sentences:
            covered[s.start:s.end] = b"\x01" * (s.end - s.start)
        for p in sorted({s.paragraph for s in sentences}):
            start = sum(len(par) + 2 for par in source.body.split("\n\n")[:p])
            par = source.body.split("\n\n")[p]
            for m in re.finditer(r"\S+", par):
                assert all(covered[start + m.start():start + m.end()]), (source.id, m.group())


def test_segment_is_deterministic(tmp_path: Path) -> None:
    source = make_source(tmp_path, ARTICLE)
    assert segment(source) == segment(source)


def test_abbreviations_do_not_split(tmp_path: Path) -> None:
    source = make_source(tmp_path,
                         "Mr. Velde moved to L.A. in 2010 after a U.S. tour with Ms. Castellan ended. "
                         "He opened a bistro there a year later.\n")
    texts = [s.text for s in segment(source)]
    assert texts == [
        "Mr. Velde moved to L.A. in 2010 after a U.S. tour with Ms. Castellan ended.",
        "He opened a bistro there a year later.",
    ]


@pytest.mark.parametrize("par", [
    "\"We were happy for a long time. Then it was simply over,\" she said.",
    "\u201cWe were happy for a long time. Then it was simply over,\u201d she said.",
    "\"We were happy for a long time. Then it was simply over.\", she said.",
], ids=["straight", "curly", "comma-after-quote"])
def test_two_sentence_quotation_with_attribution_stays_one_sentence(tmp_path: Path, par: str) -> None:
    source = make_source(tmp_path, "Chef Priya Castellan opened a bakery in Portmere.\n\n" + par + "\n")
    sentences = segment(source)
    assert [s.text for s in sentences] == ["Chef Priya Castellan opened a bakery in Portmere.", par]
    quote = sentences[1]
    assert quote.attribution == ON_RECORD
    assert len(quote.quotes) == 1
    q_start, q_end = quote.quotes[0]
    assert source.body[q_start:q_end].startswith(("\"We were happy", "\u201cWe were happy"))


def test_attribution_kinds(tmp_path: Path) -> None:
    source = make_source(tmp_path,
                         "Chef Tomas Velde opened a bistro in a converted fire station.\n\n"
                         "The pair are planning a second restaurant, a source close to the couple said.\n\n"
                         "\"It was the best year of my life,\" Jane Doe said.\n\n"
                         "According to an insider, the menu will change weekly.\n")
    sentences = segment(source)
    assert len(sentences) == 4
    narrative, unnamed, on_record, insider = sentences
    assert narrative.attribution == REPORTED and narrative.speaker is None
    assert unnamed.attribution == UNNAMED and unnamed.speaker is None
    assert on_record.attribution == ON_RECORD and on_record.speaker == "Jane Doe"
    assert insider.attribution == UNNAMED


def test_quotation_continues_speaker_attribution(tmp_path: Path) -> None:
    source = make_source(tmp_path,
                         "Chef Tomas Velde opened a bistro in Portmere.\n\n"
                         "\"I love this town,\" Jane Doe said. \"I will never leave it.\"\n")
    sentences = segment(source)
    assert [s.attribution for s in sentences] == [REPORTED, ON_RECORD, ON_RECORD]
    assert sentences[2].speaker == "Jane Doe"


def test_headings_inside_the_article_are_sentences_set_aside(tmp_path: Path) -> None:
    """A heading is a sentence of its own, never joined to the prose around it; the claims
    stage sets it aside with its reason, so that the sources page still lists it."""
    source = make_source(tmp_path,
                         "Chef Tomas Velde opened a bistro in Portmere last spring.\n\n"
                         "A Kitchen Of Her Own\n\n"
                         "Priya Castellan runs the pastry counter.\n\n"
                         "What Comes Next\n\n"
                         "The pair plan a third restaurant.\n")
    sentences = segment(source)
    assert [s.text for s in sentences] == [
        "Chef Tomas Velde opened a bistro in Portmere last spring.",
        "A Kitchen Of Her Own",
        "Priya Castellan runs the pastry counter.",
        "What Comes Next",
        "The pair plan a third restaurant.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 2, 3, 4]
    assert [set_aside_reason(s, ()) for s in sentences] == ["", REASON_HEADING, "", REASON_HEADING, ""]
    assert_offsets(source, sentences)


def _long_line(size: int) -> str:
    words = ("harbor", "kitchen", "velde", "ladle", "portmere", "bistro", "onion", "copper")
    out: list[str] = []
    n = i = 0
    while n < size:
        w = f"{words[i % len(words)]}{i % 97}"
        out.append(w)
        n += len(w) + 1
        i += 1
    return " ".join(out)


def test_two_megabyte_line_without_punctuation(tmp_path: Path) -> None:
    line = _long_line(2_000_000)
    source = make_source(tmp_path, line + "\n")
    assert len(source.body) >= 2_000_000
    started = time.monotonic()
    sentences = segment(source)
    assert time.monotonic() - started < 60  # a guard against hanging, not a speed target
    assert_offsets(source, sentences)


def test_two_megabyte_paragraph_ending_in_full_stop(tmp_path: Path) -> None:
    line = _long_line(2_000_000) + "."
    source = make_source(tmp_path, line + "\n")
    started = time.monotonic()
    sentences = segment(source)
    elapsed = time.monotonic() - started
    assert sentences
    assert_offsets(source, sentences)
    assert sentences[0].start == 0 and sentences[-1].end == len(source.body)
    assert elapsed < 60  # a guard against hanging (catastrophic regex), not a speed target


def test_a_name_ending_in_a_bang_does_not_end_the_sentence(tmp_path: Path) -> None:
    text = ("The ruling came down in March, per Yahoo! News, and $40,000 in legal costs. "
            "The couple left the court separately.")
    source = make_source(tmp_path, text)
    got = [s.text for s in segment(source)]
    assert got == ["The ruling came down in March, per Yahoo! News, and $40,000 in legal costs.",
                   "The couple left the court separately."]


# segment.py calls pysbd its own, cheaper way (generator/segment.py `_pysbd`); the sentences must be
# exactly those of pysbd's public `Segmenter.segment`, white space and all.
TRICKY = [
    "Mr. Roe met Ms. Doe in the U.S. They wed. Mr. Roe said so. Mr. Roe said so.",
    "Yes. Yes. Yes.  No.", "A {mr} B. Mr. C went home. p. 5 and pp. 6-7.", "The ſt. Louis team won. K. Roe left.",
    "İstanbul St. Mark. ıt was late. Dr. Who? No. 5 on the list.", "He said \"Go. Now.\" Then left... and came back!",
    "Jan. 12 was a Wed. Nov. 3 was not. Approx. $3,000 was paid by Smith & Co. The firm e.g. paid.",
    "1. First item. 2. Second item. 3. Third.", "Ph.D. holders, i.e. doctors, and the U.S.A. team. It won.",
    "The a. b. c. d. e. f. list: a.m. and p.m. times. The End.",
]


def _pysbd_public(chunk: str) -> list[str]:
    from generator.segment import _segmenter
    return [piece.sent for piece in _segmenter.segment(chunk)]


@pytest.mark.parametrize("text", TRICKY)
def test_pysbd_called_cheaply_gives_pysbds_sentences(text: str) -> None:
    from generator.segment import _pysbd
    assert _pysbd(text) == _pysbd_public(text)


def test_pysbd_called_cheaply_gives_pysbds_sentences_on_every_corpus(tmp_path: Path) -> None:
    from generator.segment import _chunks, _pysbd
    chunks = 0
    for folder in sorted(CASES.glob("*/seeds")) + [Path(__file__).parent.parent / "seeds"]:
        root = tmp_path / folder.parent.name
        shutil.copytree(folder, root / "seeds")
        sources, _ = ingest(from_options(root, {}))
        for source in sources:
            for par in source.body.split("\n\n"):
                for _base, chunk in _chunks(par):
                    assert _pysbd(chunk) == _pysbd_public(chunk), chunk
                    chunks += 1
    assert chunks > 300


_WORDS = ["Mr.", "Ms.", "U.S.", "a.", "A.", "St.", "st.", "ſt.", "K.", "İ.", "{st}", "{mr} ", "E!", "\"", "“", "”", "'",
          "...", "…", "No.", "no.", "5", "p.", "pp.", "The", "he", "said", ".", "?", "!", "(", ")", "Jan.", "12", "i.e.",
          "Ph.D.", "a.m.", "Go", "home", ",", ":", "-", "\n", "  ", "1.", "2.", "Inc.", "Co.", "vs."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30), st.lists(st.sampled_from(["", " "]), min_size=30,
                                                                           max_size=30))
def test_pysbd_called_cheaply_gives_pysbds_sentences_on_any_mix(words: list[str], gaps: list[str]) -> None:
    from generator.segment import _pysbd
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _pysbd(text) == _pysbd_public(text)


def test_a_pull_quote_takes_the_attribution_of_the_sentence_that_says_who_said_it() -> None:
    """A review's find: an insider's words set apart as a pull quote stood as the outlet's own
    reporting, with no label, two statements before the same words marked "Unnamed source"."""
    from generator.model import UNNAMED

    from .units import source

    body = ('Ann Lee and Bob Ray have been unhappy for a while.\n\n'
            '"They\'ve been sleeping in separate rooms for over a year."\n\n'
            'An insider told us more. "They\'ve been sleeping in separate rooms for over a year," the insider said.\n\n'
            '"We are fine."')
    pull, *_rest, alone = segment(source(body))[1:]
    assert pull.attribution == UNNAMED
    assert alone.attribution == "reported"  # words no other sentence attributes stay the outlet's


def test_a_sentence_between_two_of_an_unnamed_source_is_the_sources() -> None:
    """A read of every statement's attribution: "..., a source told the Flare." / "The pair have thrashed out the
    deal ..." / "'...,' the source said." showed the deal as the outlet's own finding. A sentence that names a
    document, or says who says it, stays as it is."""
    from .units import source

    body = ("Ann Lee will get a $4.5 million settlement, a source told the Flare.\n\n"
            "The pair have thrashed out the deal after two years of wrangling.\n\n"
            "\"She gets the security she wanted,\" the source said.\n\n"
            "Court papers seen by the Flare show Ray will pay $2,000 a month.\n\n"
            "\"He is relieved,\" the source added.")
    settled, deal, said, papers, added = segment(source(body))
    assert (settled.attribution, deal.attribution, said.attribution) == (UNNAMED, UNNAMED, UNNAMED)
    assert papers.attribution == REPORTED and added.attribution == UNNAMED
