"""What the couple are known for, as several articles say it: "Ann Lee wrote Paper Moons."

Articles introduce the people of a story by their work ("the author of Paper Moons", "Quillo
co-founder Bob Ray", "the Night Ferry star"), each in its own words; told sentence by sentence,
the same fact would be a statement per article. A record gathers it: one sentence of the background's
paragraph, each footnote quoting an article's own words. Precision first, a sentence supports it only
when one of the couple, by name, stands right by a role word of one kind (KNOWN_FOR in lang/en.py:
wrote, co-founded, founded, starred in) and a title:

- "<title> <role> <person>" ("Quillo co-founder Bob Ray"; never an epithet alone, "The Night Ferry star",
  which may be a co-star the people stage took for one of them);
- "<person>, the <role> of|behind <title>" or "<person> is the <role> of <title>", an apposition or
  "is", never a verb ("met the star of Night Ferry, Gwen Lo"; a few words may stand before the role:
  "the Fremont novelist whose debut, <title>,"; "of the television drama <title>"), and no one named
  right after the title ("the author of Paper Moons, Cy Moss"), no role that owns a noun ("the Paper
  Moons author's wife");
- "<person> <verb> <title>" ("co-founded the software company Quillo", "starred in <title>");
- "<person>'s (debut|second|...) novel, <title>" (a book only: "Bob Ray's company, Quillo" says no one
  founded it); never a verb for a book ("wrote on Instagram").

The title is a run of capitalised words (a leading "the" and small words inside allowed), no one's
name, no month, place or outlet, and no adjective of a noun that follows it ("starred in Hollywood
films"), no holiday or platform ("Christmas Eve", "Instagram"), no "and" (two works, or one: unsure).
A title read only before a role word ("Hollywood star Ann Lee": Hollywood is no work) counts only where
another sentence ties it to the same person in one of the other ways. A record needs two or
more independent articles; each cites the first sentence of each article that says it. Unnamed
sources never count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .factcheck import AGREEMENT
from .lang.en import HOLIDAY_MONTHS, KNOWN_FOR, KNOWN_FOR_WORKS, MONTH_NAMES, OUTLETS, REGIONS, WEEKDAYS
from .model import UNNAMED, Record, RecordValue, Sentence
from .people.history import in_quotes

SLOT = "known-for"

_SMALL = r"(?:of|the|and|in|on|a|an|to|for|at|by|with)"
_CAP = r"[A-Z][\w'’.-]*"
# A title: capitalised words, small words between them, a leading "the", quotation marks or asterisks around.
TITLE = rf"[\"“*]?(?:[Tt]he\s+)?{_CAP}(?:\s+(?:{_SMALL}\s+)*{_CAP}){{0,5}}[\"”*]?"
# What may follow a title: the end of its phrase (punctuation), or a word that starts another phrase.
_AFTER_TITLE = re.compile(r"(?:[\"”*]?\s*(?:[,.;:!?)—–]|$)|\s+(?:with|in|on|for|and|about|as|after|before|until|since|"
                          r"at|from|by|to|which|that|who|where|when|is|was|has|had|have|will|would|, )\b)")
_ROLE_WORDS = {cls: "|".join(words["nouns"]) for cls, words in KNOWN_FOR.items()}
_VERBS = {cls: "|".join(words["verbs"]) for cls, words in KNOWN_FOR.items()}
_WORK = "|".join(KNOWN_FOR_WORKS)
_ANY_ROLE = re.compile("|".join([*(w for words in KNOWN_FOR.values() for w in (*words["nouns"], *words["verbs"])),
                                  "novel", "book", "memoir"]), re.IGNORECASE)
_NOT_TITLES = frozenset([*MONTH_NAMES, *WEEKDAYS, *REGIONS, *OUTLETS, *(h.title() for h in HOLIDAY_MONTHS),
                         "Christmas Eve", "Instagram", "The", "A", "An"])
# "the author of Paper Moons, Cy Moss": the role is that named person's, not the couple's.
_ROLE_OWNS = re.compile(r"[\"”*]?,\s+(?:[a-z]+\s+){0,2}[A-Z][\w'’-]+\s+[A-Z]")


def _patterns(cls: str) -> tuple[re.Pattern[str] | None, ...]:
    """The ways a sentence ties a title to a person for role class `cls`: the first found anywhere
    ("<title> <role>", the person right after it or the epithet it is), the others matched right
    where a mention of the person ends (the first of them, "<person>, the <title> <role>", counts as
    little as the first: a title before a role word may be a place). None where the class has no
    such way (no verb for a book; only a book is a person's "debut novel")."""
    role, verb = _ROLE_WORDS[cls], _VERBS[cls]
    # a role word that owns the next noun is no one's role: "the Paper Moons author's wife"
    not_owner = r"(?!['’]s\b)"
    return (
        # "Quillo co-founder Bob Ray", "The Night Ferry star" (an epithet)
        re.compile(rf"(?P<title>{TITLE})\s+(?P<role>(?i:{role}))\b{not_owner}"),
        # "Bob Ray, the Quillo co-founder" (a title before a role, as the line above: confirmed elsewhere)
        re.compile(rf"(?i:,\s*(?:\d{{1,3}},\s*)?(?:the|a|an)\s+)(?P<title>{TITLE})\s+(?i:{role})\b{not_owner}"),
        # "Bob Ray, the Seattle co-founder of Quillo", "Ann Lee is the author of", "the novelist behind <title>":
        # an apposition or "is", never a verb ("met the star of Night Ferry, Gwen Lo")
        re.compile(rf"(?i:(?:,\s*\d{{1,3}}(?=\s*,))?(?:\s*,\s*(?:(?:is|was|has\s+been)\s+)?|\s+(?:is|was|has\s+been)\s+)"
                   rf"(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?)?(?:{role})\s+(?:of|behind|whose\s+(?:debut|first\s+novel|latest)\s*,?)\s+"
                   rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK})\s+)?)(?P<title>{TITLE})"),
        # "Bob Ray co-founded the software company Quillo", "starred in <title>"
        re.compile(rf"(?i:(?:,\s*\d{{1,3}},|,\s*who)?\s+(?:{verb})\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?(?:{_WORK})\s+)?)"
                   rf"(?P<title>{TITLE})") if verb else None,
        # "Ann Lee's second novel, <title>" (a book only: "Bob Ray's company, Quillo" says no one founded it)
        re.compile(rf"(?i:['’]s\s+(?:(?:first|second|third|fourth|fifth|debut|new|latest|forthcoming)\s+)?"
                   rf"(?:novel|book|memoir)\s*,?\s+)(?P<title>{TITLE})") if cls == "wrote" else None,
    )


_PATTERNS = {cls: _patterns(cls) for cls in KNOWN_FOR}


def known_for_records(sentences: Sequence[Sentence], couple: frozenset[str], origin: Mapping[str, str],
                      dates: Mapping[str, str], first_id: int) -> tuple[Record, ...]:
    """The background's records of what each of the couple is known for (see above), ids from
    r`first_id`, in the order of the couple's names and then of the titles."""
    if len(couple) != 2:
        return ()
    found: dict[tuple[str, str, str], dict[str, Sentence]] = defaultdict(dict)  # (person, class, title) -> article -> s
    shown: dict[tuple[bool, tuple[str, str, str]], str] = {}
    strong: set[tuple[str, str]] = set()  # (person, title) some sentence ties other than by a word before a role
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if s.attribution == UNNAMED or not _ANY_ROLE.search(s.text):
            continue  # (most sentences: no role word, nothing to read)
        for person, cls, title, kind in _ties(s, couple):
            key = (person, cls, _norm(title))
            found[key].setdefault(s.source, s)
            shown.setdefault((kind, key), title)  # as a sentence that ties it fully writes it, first
            if kind:
                strong.add((person, _norm(title)))
    out: list[Record] = []
    for key in sorted(found, key=lambda k: (sorted(couple).index(k[0]), k[2], k[1])):
        person, cls, title = key
        by_article = found[key]
        if (person, title) not in strong or len({origin.get(a, a) for a in by_article}) < 2:
            continue
        cites = tuple(sorted((s.citation for s in by_article.values()),
                             key=lambda c: (dates.get(c.source, ""), c.source)))
        out.append(Record(f"r{first_id + len(out)}", "background", SLOT, (person,), AGREEMENT,
                          (RecordValue(shown.get((True, key)) or shown[(False, key)], "", cites),), cls))
    return tuple(out)


def _ties(s: Sentence, couple: frozenset[str]) -> list[tuple[str, str, str, bool]]:
    """(person, class, title, whether by more than a word before a role) of each tie the sentence makes."""
    text = s.text
    # by name only: an epithet ("The Night Ferry star") may be a co-star the people stage took for them
    mentions = sorted((m for m in s.mentions if m.person in couple and m.explicit and not in_quotes(s, m.start)),
                      key=lambda m: m.start)
    if not mentions:
        return []
    out = []
    for cls in KNOWN_FOR:
        before_role, *after_name = _PATTERNS[cls]
        assert before_role is not None
        for m in before_role.finditer(text):
            title = re.sub(r"^[Tt]he\s+", "", _clean(m.group("title")))  # "The Night Ferry star": the star's "the"
            person = next((x.person for x in mentions if x.start - s.start == m.end() + 1), None)  # "... co-founder Bob Ray"
            if person and _a_title(s, title, m.start("title"), m.end("title"), before_role=True):
                out.append((person, cls, title, False))
        for x in mentions:
            for pattern in after_name:
                if pattern is None:
                    continue
                tied = pattern.match(text, x.end - s.start)
                if tied and (pattern is not after_name[-1] or x.explicit) and not _ROLE_OWNS.match(text, tied.end("title")):
                    title = _clean(tied.group("title"))
                    first = pattern is after_name[0]  # "<person>, the <title> <role>"
                    if _a_title(s, title, tied.start("title"), tied.end("title"), before_role=first):
                        out.append((x.person, cls, title, not first))
    return out


def _a_title(s: Sentence, title: str, start: int, end: int, before_role: bool = False) -> bool:
    """Whether the words are a title: no one's name, no month, place or outlet; followed by the end
    of its phrase, not a noun it would describe (but for the role word that follows a title before
    a role: "Night Ferry star")."""
    words = title.split()
    if not words or title in _NOT_TITLES or words[-1] in _NOT_TITLES or len(title) < 3 or "and" in words:
        return False  # ("Paper Moons and Small Hours": two works, or one; unsure, none)
    if any(start <= x.start - s.start < end for x in s.mentions if x.explicit):
        return False
    return before_role or bool(_AFTER_TITLE.match(s.text, end))


def _clean(title: str) -> str:
    return title.strip("\"“”*' ").removesuffix(".")


def _norm(title: str) -> str:
    return re.sub(r"^the\s+", "", title.lower())
