"""Which person a pronoun or an epithet is ("She said", "The singer ..."), and who is quoted: the
nearest earlier sentence with one fitting person, unless the article leaves it open."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..model import Mention, Sentence
from .genders import FEMALE, MALE, SPEAKER_PRONOUN
from .history import (
    LISTED,
    OTHER,
    SPEAKER_MARK,
    UNKNOWN,
    UNNAMED_OF,
    UNNAMED_SUBJECT,
    UNRESOLVED_LEAD,
    in_quotes,
    unlisted,
)
from .names import TITLE_GENDER, Resolver

_APPOSITION_GAP = re.compile(r"^(?:['’]s)?(?:,\s*(?:\d{1,3}|aged \d{1,3}))?,\s*$")


def appositive(s: Sentence, found: Sequence[Mention], at: int) -> bool:
    """The words at `at` stand in apposition to a name just before them ("Jane Roe, 38, the ...")."""
    before = [m for m in found if m.end - s.start <= at]
    return bool(before) and bool(_APPOSITION_GAP.match(s.text[before[-1].end - s.start:at]))


def nearest_named(history: list[list[str]], quoted_here: set[str]) -> set[str]:
    """The people the nearest earlier sentence that names anyone names. A sentence that only goes
    on quoting (its speaker, no name) is passed over, and then only the people the sentence at hand
    also names in its quotation count ("... 'But he's a challenge.' Continued Roe, who was married
    to the actor, 'I don't think Bo was ...'")."""
    for n, people in enumerate(reversed(history)):
        named = {unlisted(p) for p in people if unlisted(p)[:1] != "\0"}
        if UNKNOWN in people or OTHER in people:
            return set()  # someone there the recogniser does not know
        if named:
            return named if n == 0 else named & quoted_here
        if not any(p.startswith(SPEAKER_MARK) for p in people):
            return set()
    return set()


_REFLEXIVE = re.compile(r"^[^,.;:!?]{0,40}?\b(?:(himself)|(herself))\b")


def reflexive_gender(s: Sentence, found: Sequence[Mention], outside: str, at: int) -> str:
    """The gender a reflexive pronoun right after an epithet gives it ("The singer has described
    herself as ..."): "m", "f", or "" (none, or a name stands in between)."""
    hit = _REFLEXIVE.match(outside[at:])
    if not hit or any(at <= m.start - s.start < at + hit.end() for m in found):
        return ""
    return "m" if hit.group(1) else "f"


_PRONOUN_AFTER = re.compile(r"^[^,.;:!?]{0,60}?\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)


def pronoun_gender(s: Sentence, found: Sequence[Mention], outside: str, at: int) -> str:
    """The gender of the first personal pronoun right after an epithet in its clause, with no name between ("The
    singer performed a song he wrote for his bride": "m"); "" where there is none. Used only to keep a bracket
    off, never to choose one."""
    hit = _PRONOUN_AFTER.match(outside[at:])
    if not hit or any(at <= m.start - s.start < at + hit.end() for m in found):
        return ""
    return "m" if hit.group(1) else "f"


def fits(gender: Mapping[str, str], g: str, exclude: set[str], unknown: bool = False) -> Callable[[str], bool]:
    """A test for a pronoun's or epithet's referent: of gender `g` (any, if `g` is "";
    also of unknown gender if `unknown`), and not one of `exclude`."""
    allowed = ("", g) if unknown else (g,)
    return lambda p: not p.startswith("\0") and p not in exclude and (not g or gender.get(p, "") in allowed)


def of_unknown_gender(gender: Mapping[str, str], exclude: set[str], g: str = "") -> Callable[[str], bool]:
    """People whose gender the articles do not tell (a pronoun may be theirs), not in `exclude`; and someone
    unnamed of the pronoun's gender `g` ("the woman dancing with ...": history.UNNAMED_OF)."""
    return lambda p: p == OTHER or bool(g) and p == UNNAMED_OF.get(g) or (
        not p.startswith(OTHER) and p not in exclude and p != UNKNOWN and not gender.get(p, ""))


def _latest(recent: list[str], ok: Callable[[str], bool]) -> str | None:
    for person in reversed(recent):
        if ok(person):
            return person
    return None


def antecedent(history: list[list[str]], ok: Callable[[str], bool],
                maybe: Callable[[str], bool] | None = None, g: str = "",
                named_here: Callable[[str], bool] | None = None) -> str | None:
    """Who a pronoun or epithet refers to: in the nearest earlier sentence that has a fitting
    person, its speaker if it fits, or else the one fitting person it names; no one if it names
    two or more fitting people (the article leaves it to the reader) or if an unresolved epithet
    stands in between. A person `maybe` fits (of unknown gender) counts as a second candidate,
    and a sentence naming only such people stops the search: "Ann Roe posted a photo with her
    mother, Jo Roe. She wrote ..." is no one's if Ann Roe's gender is not known. A sentence whose
    only fitting people are named in the pronoun's own sentence too (`named_here`) stops it: "Ann
    is single. Her mom Jo Lee is a legend on Ann's Instagram" is Ann's mom or no one's, never that
    of someone named further back."""
    for people in reversed(history):
        if people[:1] == [UNKNOWN] or g and UNNAMED_OF.get(g) in people or UNNAMED_SUBJECT in people:
            return None  # (someone of its gender there no one names: "A spokesman for Hale confirmed ..."; someone
            # in a role, of either, as that sentence's subject: "The judge awarded ... She said")
        speaker = next((p[len(SPEAKER_MARK):] for p in people if p.startswith(SPEAKER_MARK)), None)
        if speaker and ok(speaker):
            return speaker
        if people[:1] == [OTHER] and maybe is None:
            continue
        named = [p for p in people if not p.startswith((SPEAKER_MARK, LISTED))]
        # "his kids, Ann, 11, Bo, 9, and Cy, 4" then "he said": the children are listed as his, and
        # the pronoun goes on with him; so too when two of them are known to fit (a writer would not
        # leave it so). Otherwise each child listed is a candidate that makes another ambiguous.
        listed = [(p[len(LISTED):len(LISTED) + 2], unlisted(p)) for p in people if p.startswith(LISTED)]
        kids = [(code, p) for code, p in listed if code[0] != "x"]  # "x": a couple named as one, never taken
        certain = {p for code, p in kids if ok(p) or (g and code[1] == g)}
        listed_fit = {p for _code, p in listed if ok(p) or (maybe is not None and maybe(p))} | certain
        if not (len(certain) >= 2 or (g and any(code[0] == g for code, _p in kids))):
            named += [p for _code, p in kids]  # candidates, to make another ambiguous; never taken themselves
        fitting = list(dict.fromkeys(p for p in named if ok(p)))
        unsure = {p for p in named if maybe is not None and maybe(p) and p not in fitting}
        if (len(fitting) == 1 and not unsure and fitting[0] not in listed_fit
                and not (named_here is not None and any(map(named_here, named)))):
            return fitting[0]  # but never a child listed ("The twins, Ivy and Tom, turned four. ... She says
            # ...": the interview's subject), nor where another who would fit is named in the pronoun's own
            # sentence ("Ray's children, Ivy, 9, and Tom, 6, were there. His brother was best man, as at Ray's
            # first wedding")
        if fitting or unsure or listed_fit or (named_here is not None and any(map(named_here, named))):
            return None
    return None


def people_named_before(s: Sentence, found: Sequence[Mention], at: int) -> list[str]:
    """People named outside quotation marks before offset `at` of the sentence, nearest last."""
    return [m.person for m in found if m.start - s.start < at and not in_quotes(s, m.start)]


def resolve_speaker(s: Sentence, resolver: Resolver, extra: list[Mention], history: list[list[str]],
             gender: dict[str, str], named_before: Sequence[str] = (), named_after: set[str] | None = None
             ) -> str | None:
    """The canonical name of who is quoted, or None. "As for his ex-wife Kim, she revealed":
    a he/she speaker is the nearest fitting person named before it in the same sentence,
    else the one the sentences before point to, never someone the sentence names after it
    as somebody else ("she continued, as Mia jumped in")."""
    if not s.speaker:
        return None
    if s.speaker in resolver.owner:
        return resolver.owner[s.speaker]
    said = TITLE_GENDER.get(s.speaker.split()[0].rstrip("."), "")
    for word in (s.speaker.split()[-1], s.speaker.split()[0]):
        if word in resolver.owner:
            who = resolver.owner[word]
            # '"...," Mr Quill said' is never Nora Quill, nor "Mrs Ray" Bob Ray (a father, a wife of that name)
            return None if said and gender.get(who, said) != said else who
    if s.speaker.lower() in ("he", "she"):
        g = "m" if s.speaker.lower() == "he" else "f"
        if extra and gender.get(extra[0].person) == g:
            return extra[0].person
        # "As for his ex-wife Kim, she revealed": the one fitting person named before the tag, unless
        # a pronoun of that gender comes earlier ("he sees Ann, Bo and Cy, and he says") or someone
        # of unknown gender is named there too: then the sentences before decide, or no one.
        outside = s.outside_quotes()
        tag = SPEAKER_PRONOUN.search(outside)
        earlier = bool(tag) and bool((MALE if g == "m" else FEMALE).search(outside[:tag.start()] if tag else ""))
        fitting = {p for p in named_before if gender.get(p) == g}
        unsure = any(not gender.get(p) for p in named_before)
        here = _latest(list(named_before), lambda p: gender.get(p) == g) \
            if len(fitting) == 1 and not unsure and not earlier else None
        others = (named_after or set()) | (set(named_before) if earlier or unsure or len(fitting) > 1 else set())
        if here and history and UNRESOLVED_LEAD[g] in history[-1]:
            return None  # "He insists ... . Tom would fly back for every holiday, he said": the man the sentence
            # before speaks of (we do not know who), or the one this one names? The reader decides.
        return here or antecedent(history, lambda p: gender.get(p) == g and p not in others,
                                   of_unknown_gender(gender, others, g), g)
    return None
