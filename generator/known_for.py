"""What the couple are known for, as several articles say it: "Ann Lee wrote Paper Moons."

Articles introduce the people of a story by their work ("the author of Paper Moons", "Quillo
co-founder Bob Ray", "the Night Ferry star"), each in its own words; told sentence by sentence,
the same fact would be a statement per article. A record gathers it: one sentence of the background's
paragraph, each footnote quoting an article's own words. Precision first, a sentence supports it only
when one of the couple (by name, or by an epithet the people stage resolved) stands right by a role
word of one kind (KNOWN_FOR in lang/en.py: wrote, co-founded, founded, starred in) and a title:

- "<title> <role> <person>" or the epithet itself ("Quillo co-founder Bob Ray", "The Night Ferry star");
- "<person>, the <role> of|behind <title>" or "<person> is the <role> of <title>" (a few words may
  stand before the role: "the Fremont novelist whose debut, <title>,"; "of the television drama <title>");
- "<person> <verb> <title>" ("co-founded the software company Quillo", "wrote <title>", "stars in <title>");
- "<person>'s <novel|company|...>, <title>" or "<title>, <person>'s second novel".

The title is a run of capitalised words (a leading "the" and small words inside allowed), no one's
name, no month, place or outlet, and no adjective of a noun that follows it ("starred in Hollywood
films"). A title read only before a role word ("Hollywood star Ann Lee": Hollywood is no work) counts
only where another sentence of the corpus names it in one of the other ways. A record needs two or
more independent articles; each cites the first sentence of each article that says it. Unnamed
sources never count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .factcheck import AGREEMENT
from .lang.en import KNOWN_FOR, KNOWN_FOR_WORKS, MONTH_NAMES, OUTLETS, REGIONS, WEEKDAYS
from .model import UNNAMED, Mention, Record, RecordValue, Sentence

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
_NOT_TITLES = frozenset([*MONTH_NAMES, *WEEKDAYS, *REGIONS, *OUTLETS, "The", "A", "An"])


def _patterns(cls: str) -> tuple[re.Pattern[str], ...]:
    """The ways a sentence ties a title to a person for role class `cls`: the first found anywhere
    ("<title> <role>", the person right after it or the epithet it is), the others matched right
    where a mention of the person ends (the first of them, "<person>, the <title> <role>", counts as
    little as the first: a title before a role word may be a place)."""
    role, verb = _ROLE_WORDS[cls], _VERBS[cls]
    return (
        # "Quillo co-founder Bob Ray", "The Night Ferry star" (an epithet)
        re.compile(rf"(?P<title>{TITLE})\s+(?P<role>(?i:{role}))\b"),
        # "Bob Ray, the Quillo co-founder" (a title before a role, as the line above: confirmed elsewhere)
        re.compile(rf"(?i:,\s*(?:\d{{1,3}},\s*)?(?:the|a|an)\s+)(?P<title>{TITLE})\s+(?i:{role})\b"),
        # "Bob Ray, the Seattle co-founder of Quillo", "Ann Lee is the author of", "the novelist behind <title>"
        re.compile(rf"(?i:(?:,\s*\d{{1,3}})?[,\s]+(?:(?:is|was|has been)\s+)?(?:the|a|an)?\s*(?:[\w-]+\s+){{0,3}}?(?:{role})\s+"
                   rf"(?:of|behind|whose\s+(?:debut|first\s+novel|latest)\s*,?)\s+"
                   rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK})\s+)?)(?P<title>{TITLE})"),
        # "Bob Ray co-founded the software company Quillo", "Ann Lee wrote <title>"
        re.compile(rf"(?i:(?:,\s*\d{{1,3}},|,\s*who)?\s+(?:{verb})\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?(?:{_WORK})\s+)?)(?P<title>{TITLE})"),
        # "Ann Lee's second novel, <title>"
        re.compile(rf"(?i:['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK})\s*,?\s+)(?P<title>{TITLE})"),
    )


def known_for_records(sentences: Sequence[Sentence], couple: frozenset[str], origin: Mapping[str, str],
                      dates: Mapping[str, str], first_id: int) -> tuple[Record, ...]:
    """The background's records of what each of the couple is known for (see above), ids from
    r`first_id`, in the order of the couple's names and then of the titles."""
    if len(couple) != 2:
        return ()
    found: dict[tuple[str, str, str], dict[str, Sentence]] = defaultdict(dict)  # (person, class, title) -> article -> s
    shown: dict[tuple[bool, tuple[str, str, str]], str] = {}
    strong: set[str] = set()  # titles some sentence ties to someone other than by a word before a role
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if s.attribution == UNNAMED:
            continue
        for person, cls, title, kind in _ties(s, couple):
            key = (person, cls, _norm(title))
            found[key].setdefault(s.source, s)
            shown.setdefault((kind, key), title)  # as a sentence that ties it fully writes it, first
            if kind:
                strong.add(_norm(title))
    out: list[Record] = []
    for key in sorted(found, key=lambda k: (sorted(couple).index(k[0]), k[2], k[1])):
        person, cls, title = key
        by_article = found[key]
        if title not in strong or len({origin.get(a, a) for a in by_article}) < 2:
            continue
        cites = tuple(sorted((s.citation for s in by_article.values()),
                             key=lambda c: (dates.get(c.source, ""), c.source)))
        out.append(Record(f"r{first_id + len(out)}", "background", SLOT, (person,), AGREEMENT,
                          (RecordValue(shown.get((True, key)) or shown[(False, key)], "", cites),), cls))
    return tuple(out)


def _ties(s: Sentence, couple: frozenset[str]) -> list[tuple[str, str, str, bool]]:
    """(person, class, title, whether by more than a word before a role) of each tie the sentence makes."""
    text = s.text
    mentions = sorted((m for m in s.mentions if m.person in couple and not _in_quotes(s, m)), key=lambda m: m.start)
    if not mentions:
        return []
    out = []
    for cls in KNOWN_FOR:
        before_role, *after_name = _patterns(cls)
        for m in before_role.finditer(text):
            title = re.sub(r"^[Tt]he\s+", "", _clean(m.group("title")))  # "The Night Ferry star": the star's "the"
            person = next((x.person for x in mentions
                           if x.start - s.start == m.end() + 1 and x.explicit  # "... co-founder Bob Ray"
                           or not x.explicit and x.start - s.start < m.end("role") and x.end - s.start > m.start("role")),
                          None)  # "The Night Ferry star", resolved
            if person and _a_title(s, title, m.start("title"), m.end("title"), before_role=True):
                out.append((person, cls, title, False))
        for x in mentions:
            for pattern in after_name:
                tied = pattern.match(text, x.end - s.start)
                if tied and (pattern is not after_name[-1] or x.explicit):
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
    if not words or title in _NOT_TITLES or words[-1] in _NOT_TITLES or len(title) < 3:
        return False
    if any(start <= x.start - s.start < end for x in s.mentions if x.explicit):
        return False
    return before_role or bool(_AFTER_TITLE.match(s.text, end))


def _clean(title: str) -> str:
    return title.strip("\"“”*' ").removesuffix(".")


def _norm(title: str) -> str:
    return re.sub(r"^the\s+", "", title.lower())


def _in_quotes(s: Sentence, m: Mention) -> bool:
    return any(a <= m.start < b for a, b in s.quotes)

