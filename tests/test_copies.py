"""An article that is another's text word for word (a wire story run unchanged) is read once and
cited beside the original, at the same words, as a copy: never a second source."""

from __future__ import annotations

from pathlib import Path

from generator.model import Verdict
from generator.pipeline import analyse, build

from .conftest import corpus_config

BODY = ("Marla Quinn and Devon Hale married in 2001.\n\n"
        "Marla Quinn filed for divorce from Devon Hale in March 2019, citing irreconcilable differences.\n\n"
        "The couple share a daughter, Ivy Hale, and a son, Rowan Hale.\n")


def _profile(tmp_path: Path, copy_body: str = BODY):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a1_wire.txt").write_text(f"title: Quinn files\noutlet: Wire Service\ndate: 2019-03-10\n---\n{BODY}",
                                       encoding="utf-8")
    (seeds / "a2_gazette.txt").write_text(f"title: Quinn files for divorce\noutlet: The Gazette\ndate: 2019-03-11\n"
                                          f"---\n{copy_body}", encoding="utf-8")
    (seeds / "a3_post.txt").write_text("title: Hale speaks\noutlet: The Post\ndate: 2019-04-02\n---\n"
                                       "Devon Hale said he was sad that Marla Quinn filed for divorce in 2019.\n",
                                       encoding="utf-8")
    return analyse(corpus_config(seeds, tmp_path / "docs"))[0]


def test_a_word_for_word_copy_is_cited_after_its_original_at_the_same_words(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    by_id = {s.id: s for s in profile.sources}
    assert by_id["a2_gazette"].duplicate_of == "a1_wire"
    statements = [st for sec in profile.sections for st in sec.statements]
    cited = [st for st in statements if any(c.source == "a1_wire" for c in st.citations)]
    assert cited
    for st in cited:
        sources = [c.source for c in st.citations]
        assert sources.count("a2_gazette") == 1
        assert sources.index("a2_gazette") == sources.index("a1_wire") + 1, sources
        for original, copy in zip(st.citations, st.citations[1:], strict=False):
            if original.source == "a1_wire":
                assert (copy.start, copy.end) == (original.start, original.end)
                assert by_id["a2_gazette"].body[copy.start:copy.end] == by_id["a1_wire"].body[original.start:original.end]
    records = [r for r in profile.records if any(c.source == "a1_wire" for c in r.citations)]
    assert records and all(any(c.source == "a2_gazette" for c in r.citations) for r in records)


def test_a_copy_makes_no_agreement(tmp_path: Path) -> None:
    """The wedding is told by the wire story and its copy only: one source, the record's verdict says so."""
    profile = _profile(tmp_path)
    wedding = [r for r in profile.records if r.slot == "married"]
    assert len(wedding) == 1 and wedding[0].verdict == Verdict.SINGLE, wedding
    assert {c.source for c in wedding[0].citations} == {"a1_wire", "a2_gazette"}


def test_the_label_counts_the_copy_as_a_copy(tmp_path: Path) -> None:
    _profile(tmp_path)
    build(corpus_config(tmp_path / "seeds", tmp_path / "docs"), use_cache=False)
    text = "\n".join(p.read_text(encoding="utf-8") for p in (tmp_path / "docs").glob("*.md"))
    assert "A copy of *Quinn files*, Wire Service, not a second source." in text  # said where it is cited
    assert "3 sources" not in text  # the filing: the wire story, its copy and the Post are two sources


def test_a_copy_that_differs_is_read_as_an_article_of_its_own(tmp_path: Path) -> None:
    """A copy with a sentence more is no word-for-word copy: it is read, and cited by its own sentences."""
    profile = _profile(tmp_path, BODY + "\nThe Gazette could not reach Devon Hale for comment.\n")
    copy = next(s for s in profile.sources if s.id == "a2_gazette")
    statements = [st for sec in profile.sections for st in sec.statements]
    for st in statements:
        for c in st.citations:
            if c.source == "a2_gazette":
                assert c.sentence.startswith("a2_gazette:"), c  # its own sentence, not the original's
    assert copy.sha256 != next(s for s in profile.sources if s.id == "a1_wire").sha256
