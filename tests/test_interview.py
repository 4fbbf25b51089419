"""Interviews (generator/interview.py): an answer's words are the interviewee's, on the record, shown with
their name; the questions, the introduction, the host's lines and the editor's notes are not theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest.html import parse_html
from generator.ingest.text import parse_text
from generator.interview import answers, interviewee, is_interviewees, opens_with_a_name, read
from generator.lang.en import REASON_ASIDE, REASON_SHORT_REPLY
from generator.model import ON_RECORD, REPORTED, UNNAMED, Source

from .conftest import corpus_config, make_corpus
from .units import source


@pytest.mark.parametrize(("title", "name"), [
    ("Q&A: Ann Lee on 4 a.m. alarms and a 'weird, good' new normal", "Ann Lee"),
    ("Ann Lee: 'Four kids, two houses, one group chat'", "Ann Lee"),
    ("Ann Lee-Ray on presses, pacifiers and the best advice she ever ignored", "Ann Lee-Ray"),
    ("The Boot Room, episode 112: Bob Ray (transcript excerpt)", "Bob Ray"),
    ("Two dads, two babies, zero sleep", ""),
    ("Ann Lee Is Done Explaining Herself", ""),
])
def test_the_interviewee_is_the_name_the_title_gives_first(title: str, name: str) -> None:
    assert interviewee(title) == name


@pytest.mark.parametrize(("label", "theirs"), [
    ("Ann Lee-Ray", True), ("ANN LEE-RAY", True), ("Lee-Ray", True), ("ALR", True),
    ("NT", False), ("Northern Table", False), ("ANN", False), ("BOB RAY", False), ("A", True), ("Q", False),
])
def test_a_label_is_the_interviewees_by_name_surname_or_initials(label: str, theirs: bool) -> None:
    assert is_interviewees(label, "Ann Lee-Ray") is theirs


def _interview(title: str, markdown: str) -> tuple[Source, list[str]]:
    meta, pars, _date = parse_text(markdown, markdown=True)
    body = "\n\n".join(pars)
    bold = tuple(i for i, p in enumerate(pars) if p in meta["bold"])
    italic = tuple(i for i, p in enumerate(pars) if p in meta["italic"])
    return Source("a", "a.md", title, "Weekly", "", "", None, None, "", body, "", bold=bold, italic=italic), pars


QA = """Ann Lee, 46, has co-hosted the morning show since 2017. She spoke with us by phone.

**You went back to Lee. Was that a hard call?**

Not hard. I was Ann Ray on the air for fifteen years.

**How do you and Bob co-parent?**

I have them every other weekend.

We have a shared calendar.

**Last one. Best day?**

The day the twins were born.

*This interview has been edited for length.*

*Next week: ten chefs on the dish that almost broke them.*
"""


def test_bold_questions_make_the_plain_paragraphs_after_them_answers() -> None:
    """The introduction before the first question, the questions and the italic notes after the last answer are
    not the interviewee's words."""
    src, pars = _interview("Q&A: Ann Lee on a new normal", QA)
    assert src.bold == (1, 3, 6) and src.italic == (8, 9)
    assert [pars[i][:20] for i in sorted(answers(src))] == [
        "Not hard. I was Ann ", "I have them every ot", "We have a shared cal", "The day the twins we"]
    assert set(answers(src).values()) == {"Ann Lee"}


def test_no_interview_without_a_name_in_the_title_or_without_questions_in_bold() -> None:
    assert answers(_interview("Two dads, two babies, zero sleep", QA)[0]) == {}
    feature = QA.replace("**", "")  # a feature's rhetorical questions, not set apart: the writer's words
    assert answers(_interview("Q&A: Ann Lee on a new normal", feature)[0]) == {}


def test_a_transcript_gives_the_interviewee_only_the_paragraphs_under_their_label() -> None:
    text = """[Transcript excerpt. The show is hosted by Cy Moss.]

CY MOSS: Welcome back. Our guest today is Bob Ray. Bob Ray, welcome.

BOB RAY: Thank you. Glad to be here.

CY MOSS: How did you two meet?

BOB RAY: At a charity gala in 2009. She was on my table.

MOSS: And then two weddings.

RAY: Two weddings, one marriage.

BR: Nine years married.

[Excerpt ends.]"""
    src, pars = _interview("The Boot Room, episode 112: Bob Ray (transcript excerpt)", text)
    assert [pars[i][:12] for i in sorted(answers(src))] == ["BOB RAY: Tha", "BOB RAY: At ", "RAY: Two wed", "BR: Nine yea"]
    # the host's lines, but the show's introduction before the guest speaks (it asks nothing)
    assert [pars[i][:12] for i in sorted(read(src)[1])] == ["CY MOSS: How", "MOSS: And th"]


def test_a_q_and_a_gives_the_interviewee_the_answers_under_a() -> None:
    text = """Bob Ray spoke with us last week.

Q: How did you two meet?

A: At a charity gala in 2009.

Q: And now?

A: We co-parent, and it works."""
    src, pars = _interview("Q&A: Bob Ray on two weddings", text)
    assert [pars[i][:8] for i in sorted(answers(src))] == ["A: At a ", "A: We co"]
    assert [pars[i][:8] for i in sorted(read(src)[1])] == ["Q: How d", "Q: And n"]
    assert opens_with_a_name("BOB RAY: At a gala.") and not opens_with_a_name("A: At a gala.")


def test_a_page_marks_its_questions_in_strong_and_its_notes_in_em() -> None:
    page = """<html><head><title>Q&amp;A: Ann Lee on a new normal</title></head><body><article>
    <p>Ann Lee spoke with us by phone from New York last week.</p>
    <p><strong>Was it a hard call?</strong></p><p>Not hard, and I wanted it back.</p>
    <p><b>How do you co-parent?</b></p><p>I have them every other weekend.</p>
    <p><em>This interview has been edited.</em></p></article></body></html>"""
    meta, _pars, _date = parse_html(page)
    assert meta["bold"] == ["Was it a hard call?", "How do you co-parent?"]
    assert meta["italic"] == ["This interview has been edited."]


def _analysed(tmp_path: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    from generator.pipeline import analyse

    seeds = make_corpus(tmp_path, {
        "qa.md": "title: \"Q&A: Ann Lee on mornings, Bob Ray and a new normal\"\noutlet: Weekly One\n"
                 "date: 2025-05-18\n---\n" + """Ann Lee, 46, has co-hosted the morning show since 2017. Her divorce
from Bob Ray became final last June. She spoke with the Weekly by phone.

**How do you and Bob Ray co-parent now?**

We are better at being co-parents than we ever were at being married. I have the children every other
weekend and four weeks in the summer.

**You flew to the funeral. Was it hard?**

Not hard. Ivy Lane called me the night it happened. She made him dinner. I've been told I'm doing a reading
at the memorial.

**You've said before that the funeral changed things. How?**

We talk every day now, and we both go to every one of the kids' games.
""",
        "news.txt": "title: Lee and Ray divorce\noutlet: Daily Two\ndate: 2024-06-20\n---\n"
                    "Ann Lee and Bob Ray finalized their divorce in June 2024, ending a marriage of 16 years. "
                    "Ivy Lane is a friend of the couple.\n"})
    profile, spans = analyse(corpus_config(seeds, tmp_path / "docs"))
    by_text = {st.text: st.attribution for sec in profile.sections for st in sec.statements}
    bodies = {s.id: s.body for s in profile.sources}
    fates = [(bodies[c.source][c.start:c.end], f.reason) for f in profile.fates if f.reason
             for c in (spans[f.sentence],)]
    return by_text, fates


def test_an_answer_is_shown_as_the_interviewees_words_and_a_bare_reply_is_set_aside(tmp_path: Path) -> None:
    """(Before: "I have the children every other weekend ..." was the outlet's reporting, with no word of who
    says "I", and "Not hard." the writer's aside.)"""
    shown, fates = _analysed(tmp_path)
    said = "[Ann Lee:] I have the children every other weekend and four weeks in the summer."
    assert shown.get(said) == ON_RECORD
    assert shown.get("[Ann Lee:] We are better at being co-parents than we ever were at being married.") == ON_RECORD
    assert ("Not hard.", REASON_SHORT_REPLY) in fates
    assert not any(reason == REASON_ASIDE for _text, reason in fates)
    # the introduction is the outlet's; "she" in an answer is never the interviewee, who says "I"
    assert any(t.startswith("Ann Lee, 46, has co-hosted") and a == REPORTED for t, a in shown.items())
    assert not any("She [Ann Lee]" in t for t in shown)
    # a question's premise is the outlet's, put to the interviewee, whatever verb of saying it has
    assert shown.get("[Asked of Ann Lee:] You flew to the funeral.") == REPORTED
    assert "[Asked of Ann Lee:] You've said before that the funeral changed things." in shown
    # an unnamed source the interviewee relays keeps that status, and the words stay theirs
    assert shown.get("[Ann Lee:] I've been told I'm doing a reading at the memorial.") == UNNAMED


def test_segment_gives_answers_to_the_interviewee_on_the_record() -> None:
    from generator.segment import segment

    src = source("Ann Lee spoke with us.\n\nQ: Was it hard?\n\nIt was hard.", "Weekly", "2025-01-01", "a")
    assert all(not s.answer_by for s in segment(src))  # no title, no bold: no interview


def test_two_interviewees_words_are_never_one_claim(tmp_path: Path) -> None:
    """A review's find: Priya's "I love that that's how you introduced me." cited a second interview's
    "That's how you know they love you.", Maelle's words: an answer's speaker tells two answers apart."""
    from generator.pipeline import analyse

    def qa(name: str, answer: str) -> str:
        return (f"title: \"Q&A: {name} on mornings and a new normal\"\noutlet: Weekly {name.split()[0]}\n"
                f"date: 2025-05-18\n---\n{name} spoke with us by phone from New York last week.\n\n"
                f"**How are the kids?**\n\n{answer}\n\n**And the schedule?**\n\nIt works for everyone.\n")
    seeds = make_corpus(tmp_path, {
        "a.md": qa("Ann Lee", "We co-parent well now, and the kids are very happy at their new school in Madison."),
        "b.md": qa("Bob Ray", "We co-parent well, and the kids are happy at their new school in Madison now."),
        "c.txt": "title: Lee and Ray\noutlet: Daily Two\ndate: 2024-06-20\n---\nAnn Lee and Bob Ray divorced in 2023.\n"})
    profile, _spans = analyse(corpus_config(seeds, tmp_path / "docs"))
    cited = [{c.source for c in st.citations} for sec in profile.sections for st in sec.statements
             if "new school" in st.text]
    assert len(cited) == 2 and all(len(c) == 1 for c in cited), cited


@pytest.mark.parametrize("title", ["A" + "a" * 200_000, "Q&A: " + "Ann " * 50_000, "Ann " + "Leeeee" * 30_000 + " on x"])
def test_a_hostile_title_or_label_is_read_in_linear_time(title: str) -> None:
    """A first pattern of a name's word ("[A-Z][\\w-]*[a-z][\\w-]*") took 25 s on a title of one 32,000-letter
    word: the title's start is read, each word's length bounded."""
    body = "\n\n".join(["A" + "a" * 100_000 + " b", "**" + "A " * 50_000 + "?**", "x"])
    src = Source("a", "a.md", title, "Weekly", "", "", None, None, "", body, "", bold=(1,))
    assert answers(src) == {}


def test_a_headline_that_opens_with_the_interviewees_name_is_no_answer_nor_is_the_introduction() -> None:
    """corpus_x: the page repeats its headline '# Ann Lee: "Two houses, one family"' above the introduction; read as
    her label, it made the journalist's introduction ("Ann Lee, 37, is in Kelby to film ...") and the editor's note
    her answers."""
    markdown = "# Ann Lee: \"Two houses, one family\"\n\n" + QA
    src, pars = _interview("Ann Lee: 'Two houses, one family'", markdown)
    assert [pars[i][:20] for i in sorted(answers(src))] == [
        "Not hard. I was Ann ", "I have them every ot", "We have a shared cal", "The day the twins we"]
