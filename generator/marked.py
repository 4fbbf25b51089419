"""A sentence's text with each name written "@<i>@", for patterns of people's relations ("@0@'s son, @1@, from
a previous relationship"), and whether a name stands as the subject of its clause."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .model import Mention, Sentence
from .people.history import in_quotes

NAME = r"@(?P<{}>\d+)@"
# Where a clause starts: the sentence's start, a semicolon, ", and", ", but", ", while" (never a bare "and": "The
# model who dated Cy Moss and Bob Ray has a son"; nor a colon: "Her lawyer's case: Ray has a son").
_CLAUSE_START = re.compile(r"(?:^|;\s+|,\s+(?:and|but|while)\s+)")
# What may not stand between the start of a name's clause and the name, for the name to be its subject: a comma,
# a quotation mark, a relative word, a preposition, a word of saying or doubting, a verb ("The lawyer representing
# Ray", "The man who married Ray"); a description may ("Ms", "The striker", "Reno's").
NOT_A_DESCRIPTION = re.compile(
    r"[,:]|[\"“”]|\b(?:who|whom|whose|which|that|and|or|to|of|with|for|by|from|at|on|in|about|like|than|as|between"
    r"|after|before|said|says|told|insists?|believes?|thinks?|denied|denies|reports?|claims?|if|when|not|never)\b"
    r"|\b[a-z]+(?:ing|ed)\b", re.IGNORECASE)
DESCRIPTION_WORDS = 4
# Before a name that owns the next words: another name and "and" ("Lee and Ray's son"): whose, unclear.
PAIR_BEFORE = re.compile(r"@\d+@\s+(?:and|&)\s+$")
# After a name read as the one a relation names ("Ray's son from a previous relationship, Tom,"): what makes it no
# such name: someone's possessive ("Ray's ex-wife, Jo Roe's sister"), a word of saying ("..., Ann Lee said,"),
# "and" or another name (a list).
NOT_NAMED_AFTER = re.compile(r"['’]s\b|\s+(?:said|says|told|added|explained|recalled|wrote|and)\b|,\s+@")
# Words anywhere in a sentence that call what it says untrue, in doubt or someone's allegation: such a sentence
# supports no relation the tool would write in its own voice, and keeps the relation from any record, whatever
# other articles say ("It was falsely reported that", "a claim he has always denied", "— or was he?", "Whether Ray
# has a son ...", "Rumours that", "the court heard", "if Jo Roe is to be believed").
DOUBT = re.compile(
    r"\?|\bor\s+(?:was|is|did|does)\s+(?:he|she|they)\b|\bor\s+so\b|\bdisput\w*|\bdoubt\w*|\bassum\w*|\bden(?:y|ies|ied)\b"
    r"|\bclaim\w*|\binsist\w*|\brumou?r\w*|\bmyth\b|\blegend\w*|\bspeculat\w*|\bofficial\s+(?:biography|story|line)\b"
    r"|\brecords?\s+(?:show|place|suggest)|\bwhether\b|\bperhaps\b|\bmaybe\b|\balleg\w*|\bmaintain\w*|\breject\w*"
    r"|\bretract\w*|\bdisprov\w*|\bcourt\s+heard\b|\btold\s+the\s+(?:jury|court|tribunal)\b|\bto\s+be\s+(?:believed|trusted)\b"
    r"|\bfiction\b|\binvent\w*|\brubbish\b|\bnonsense\b|\blaugh\w*\s+(?:it\s+|that\s+|the\s+\w+\s+)?off\b|\bif\s+reports\b"
    r"|\baccording\s+to\s+(?:her|his|their)\s+lawyers?\b|\bcontest\w*|\bnever\s+(?:been\s+)?married\b|\bnot\s+married\b"
    r"|\bwould\s+have\b|\bcalled\s+(?:it\s+)?off\b|\bgenuine\b", re.IGNORECASE)
# Words that make a sentence no support, without doubting what other articles say: a hedge or a turn
# ("reportedly", "though", "but": of what, the words do not say), a story's ("plays Rosa Kane, who grew up in").
HEDGE = re.compile(
    r"\bthough\b|\bbut\b|\bactually\b|\bsuppos\w*|\bsaid\s+to\b|\breportedly\b|\bbeliev\w*|\bthought\b|\bapparently\b"
    r"|\bplay(?:s|ed|ing)?\s+(?:him|her|[A-Z])|\b(?:characters?|roles?)\b|\bon[\s-]screen\b"
    r"|\bin\s+the\s+(?:film|movie|novel|series|show|play|book|drama|sitcom)\b"
    r"|(?:^|\s)[‘']\w", re.IGNORECASE)  # (a quotation in single marks: someone's words, not the article's)


def marked_names(s: Sentence) -> tuple[str, list[Mention]] | None:
    """The sentence's text with each name the people stage recognised outside quotation marks written
    "@<i>@" (i: its index in the list returned with it); None where two mentions overlap."""
    named = [m for m in s.mentions if m.explicit and not in_quotes(s, m.start)]
    marked, shift = "", 0
    for i, m in enumerate(named):
        a, b = m.start - s.start, m.end - s.start
        if a < shift:
            return None
        marked += s.text[shift:a] + f"@{i}@"
        shift = b
    return marked + s.text[shift:], named


def subject_at(marked: str, at: int) -> bool:
    """Whether only a description stands between the start of the clause and the name at `at` of a marked
    text (a name owning the next words is part of a description: "Reno's striker Ray")."""
    start = max((m.end() for m in _CLAUSE_START.finditer(marked, 0, at) if m.end() <= at), default=0)
    before = re.sub(r"@\d+@['’]s\s+", "", marked[start:at])
    return not NOT_A_DESCRIPTION.search(before) and len(before.split()) <= DESCRIPTION_WORDS


def form_matches(s: Sentence, forms: Sequence[re.Pattern[str]]
                 ) -> Iterator[tuple[int, re.Match[str], str, list[Mention]]]:
    """(the form's index, its match, the marked text, the names) of each match of the forms on the sentence's
    marked text (marked_names), where it names two people or more."""
    found = marked_names(s)
    if found is None or len(found[1]) < 2:
        return
    marked, named = found
    for n, form in enumerate(forms):
        for match in form.finditer(marked):
            yield n, match, marked, named
