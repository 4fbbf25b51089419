"""Interviews: the paragraphs of an article that are its interviewee's answers.

A question-and-answer article sets the interviewer's questions apart, in bold ("**You went back
to Lee. Was that a hard call?**") or after a label ("NT: ...", "CY MOSS: ..."), and prints the
answers plain or after the interviewee's label ("ALR: ...", "ANN LEE-RAY: ..."). An answer's words are the interviewee's, said on the record: "I have them every other
weekend" is the interviewee's claim, not the outlet's finding, and no writer's aside either.

The interviewee is the one person the title names ahead of what the interview is about ("Q&A:
Ann Lee on ...", "Ann Lee: 'Four kids, two houses'", "The Boot Room, episode 112: Ann Lee
(transcript)"). Precision first: with no such name, or fewer than two questions (a feature's
rhetorical "Would she marry again?" is none), no paragraph is anyone's answer and the words stay
the article's. An answer runs from a question to the next one, and stops at an editor's note (a
paragraph in italics, "[Excerpt ends.]", "This interview has been edited"), a rule or a heading;
in a transcript without questions set in bold, only the paragraphs under the interviewee's label
are theirs (the host's lines and the notes between are not).
"""

from __future__ import annotations

import re

from .lang.en import CAPITALS, SMALLS
from .model import Source

# A capitalised word of a name ("Zoë", "Lee-Ray", "O'Hara"), and a name of two or three of them
_WORD = "[" + CAPITALS + r"][\w'’-]{0,30}?[" + SMALLS + r"][\w'’-]{0,30}"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,2}}"
# The interviewee in a title: the name first, or first after a show's or a kind's label ("Q&A: ",
# "The Boot Room, episode 112: "), then what the interview is about (" on ...", ": '...'",
# " (transcript)", ", 46, ...").
_TITLE_NAME = re.compile(rf"^(?:[^:]{{1,80}}:\s+)?({_NAME})(?=\s+on\s|\s*:\s|\s+\(|\s*,|\s+talks\s|\s+opens\s+up\s)")
# A speaker's label opening a paragraph: "ALR: ", "Weekly One: ", "BOB RAY: ".
LABEL = re.compile(r"([" + CAPITALS + r"][\w.'’&-]{0,30}(?:\s+[" + CAPITALS + r"][\w.'’&-]{0,30}){0,3}):\s")
# An editor's note that ends the interview's answers.
_EDITORS_NOTE = re.compile(r"\[|\(?(?:this|the)\s+(?:interview|conversation|transcript)\s+(?:has\s+been|was|is)\s"
                           r"|\(?(?:edited|condensed)\s+for\b", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_END = ('.', '!', '?', '"', '”', '’', ')', "'")
HEADING_WORDS = 12  # a paragraph shorter than this with no closing mark is a heading, not an answer
MIN_QUESTIONS = 2
# After the title's name, a verb that makes it the one who asks, not the one who answers.
_ASKS_AFTER = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:asks|interviews|quizzes|questions|grills"
                         r"|puts\s+(?:the\s+)?questions\s+to)\b", re.IGNORECASE)  # (not "talks to Glimmer about ...": the
# one who answers the outlet)
MAX_TITLE = 300  # the start of a title read for a name: a longer one is no interview's (and a hostile one costs nothing)


def interviewee(title: str) -> str:
    """The name the title gives its interviewee ("" when it gives none)."""
    title = title.strip()[:MAX_TITLE]
    m = _TITLE_NAME.match(title)
    if m and _ASKS_AFTER.match(title, m.end()):
        return ""  # "Ann Lee, 43, asks her mother the questions she never dared to": the one who asks
    return m.group(1) if m else ""


def is_interviewees(label: str, name: str) -> bool:
    """Whether a paragraph's label is the interviewee's: their name, their surname or their initials
    ("Ann Lee-Ray": "ANN LEE-RAY", "Lee-Ray", "ALR"), or the answer's "A" of a "Q: ... A: ..." interview."""
    words = [w for w in name.split() if not w.endswith(".")]
    said = label.casefold().replace("’", "'")
    if said in ("a", "a."):
        return True
    initials = "".join(part[0] for w in words for part in w.split("-") if part)
    return bool(words) and (said in (" ".join(words).casefold().replace("’", "'"), words[-1].casefold().replace("’", "'"))
                            or len(initials) >= 2 and said == initials.casefold())


def opens_with_a_name(text: str) -> bool:
    """Whether a sentence opens with a speaker's label that says who speaks ("MGR: ...", "BOB RAY: ..."; not
    the "A:" or "Q:" of a question-and-answer article)."""
    label = LABEL.match(text)
    return label is not None and label.group(1).casefold() not in ("a", "a.", "q", "q.")


def answers(source: Source) -> dict[int, str]:
    """Paragraph index -> the interviewee's name, for each paragraph of the article that is their answer."""
    return read(source)[0]


def read(source: Source) -> tuple[dict[int, str], dict[int, str]]:
    """(answers, questions): paragraph index -> the interviewee's name, for each paragraph of the article
    that is their answer, and for each that is a question put to them (in bold, or under the host's label)."""
    name = interviewee(source.title)
    if not name:
        return {}, {}
    pars = source.body.split("\n\n")
    labels = {i: m.group(1) for i, p in enumerate(pars) if (m := LABEL.match(p))}
    theirs = {i for i, label in labels.items() if is_interviewees(label, name)}
    others = set(labels) - theirs
    questions = set(source.bold) - theirs
    asked = sum(1 for i in questions if "?" in pars[i]) >= MIN_QUESTIONS
    transcript = len(theirs) >= MIN_QUESTIONS and bool(others)
    if not asked and not transcript:
        return {}, {}
    if asked:  # (a line before the first question that opens with the interviewee's name is the headline's or the
        # introduction's: '# Ann Lee: "Two houses, one family"' above "Ann Lee, 37, is in Kelby to film ...", 'ANN LEE:
        # "I was never the villain." The singer, 46, spoke to us'; unless the host has spoken: "HOST: Welcome, Ann." /
        # "ANN LEE: Thanks for having me.")
        first = min(i for i in questions if "?" in pars[i])
        theirs = {i for i in theirs if i > first or any(o < i for o in others)}
    italic = set(source.italic)
    out: dict[int, str] = {}
    answering = False
    for i, par in enumerate(pars):
        if i in theirs:
            out[i], answering = name, asked
        elif i in questions or i in others:
            answering = asked and i in questions  # after a question, its answer; after another's label, not theirs
        elif i in italic or _note_or_heading(par):
            answering = False
        elif answering:
            out[i] = name
    # a host's line is a question where it asks one, or once the interviewee has begun to answer (before, it is
    # the show's introduction: "Our guest today is ... Ann Lee, welcome.")
    first = min(theirs, default=len(pars))
    put = (questions if asked else set()) | ({i for i in others if i > first or "?" in pars[i]} if transcript else set())
    return out, {i: name for i in sorted(put) if i < len(pars)}


def _note_or_heading(par: str) -> bool:
    """Whether a paragraph ends the answers: an editor's note, a rule, a heading."""
    text = par.strip()
    return (not _LETTER.search(text) or bool(_EDITORS_NOTE.match(text))
            or not text.endswith(_END) and len(text.split()) < HEADING_WORDS)
