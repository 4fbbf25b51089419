"""What the articles say a person is called, as several articles say it: 'Bob Ray is known as "Boz".'

Articles give a person's nickname beside the name, each in its own words ('Bob Ray, known to fans as
"Boz",', 'Ray, nicknamed "Boz" by the crowd,', 'Bob Ray, who goes by Boz,', 'Mr Ray, "Boz" to a
generation of fans,'); told sentence by sentence, it is a statement per article, each about
something else. A record gathers it: one sentence of the background's paragraph, each footnote
quoting an article's own words. Precision first, a sentence supports it only where the words stand
right after a name the people stage recognised (never a pronoun or an epithet, whose person is
inferred), outside quotation marks, in a sentence no unnamed source answers for; the nickname is in
quotation marks, or one to three capitalised words ("Teddy", "the Greyhound", "Coach Cas"); a name
that is the person's own ("known as Ann Lee") and one the person will have, had or has at work
("will be known professionally as Ann Roe", "was known as") are no nicknames. A record needs two or
more independent articles that give the person the same nickname; each cites the first sentence of
each article that does, and the record words the nickname as most of them write it (described.agreed_records).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from .described import agreed_records
from .model import UNNAMED, Record, Sentence
from .people.history import in_quotes

SLOT = "known-as"

# The nickname: in quotation marks, or capitalised words ("the Greyhound", "Coach Cas").
_NICK = (r"(?:[\"\u201c](?P<quoted>(?:the\s+)?[A-Z][^\"\u201d,.]{0,30}?)[,.]?[\"\u201d]"
         r"|(?P<plain>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}))")
# Right after the name: ", known to fans as", ", better known in Spain as", ", nicknamed", ", dubbed",
# ", who goes by", ", known in Spain by the nickname", ", aka"; or ', "Boz" to a generation of fans'.
_AFTER_NAME = re.compile(
    r",\s+(?:(?:(?:better|also|widely|affectionately)\s+)?known\s+(?:(?:to|in|among|around)\s+(?:[\w'\u2019-]+\s+){1,5}?)?"
    r"(?:as|by\s+the\s+nickname)|(?:also\s+|affectionately\s+)?(?:nicknamed|dubbed)|who\s+goes\s+by|(?:aka|a\.k\.a\.))\s+"
    + _NICK + r"(?=[\s,.;:)\u2014\u2013]|$)"
    r"|,\s+[\"\u201c](?P<before_to>[A-Z][^\"\u201d,.]{0,30}?)[,.]?[\"\u201d]\s+to\s+(?:a\s+generation\s+of\s+|his\s+|her\s+)?[a-z]")
# Words after a nickname that make it no one's name: "by supporters" is fine, "'s" is a possessive.
_SMALL_NICKS = frozenset(["The", "He", "She", "They", "His", "Her", "A", "An", "In", "On", "At"])


def nickname_records(sentences: Sequence[Sentence], origin: Mapping[str, str], dates: Mapping[str, str],
                     first_id: int, couple: frozenset[str] = frozenset()) -> tuple[Record, ...]:
    """The background's records of the nicknames the articles give the people (see above), ids
    from r`first_id`: the couple's first, then in the order of the people's names."""
    found: dict[tuple[str, str], dict[str, Sentence]] = defaultdict(dict)  # (person, nickname) -> article -> sentence
    worded: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if s.attribution == UNNAMED or not _MAY_NAME.search(s.text):
            continue  # (most sentences: no such words, nothing to read)
        for person, shown in _nicknames(s):
            key = (person, shown.strip('"').lower().removeprefix("the "))
            if s.source not in found[key]:
                found[key][s.source] = s
                worded[key][shown] += 1
    return agreed_records(found, worded, SLOT, origin, dates, first_id, couple)


_MAY_NAME = re.compile(r"\b(?:known|nicknamed|dubbed|goes by|aka|a\.k\.a\.)\b|[\"\u201c][A-Z][^\"\u201d]{0,30}[\"\u201d]\s+to\b")


def _nicknames(s: Sentence) -> list[tuple[str, str]]:
    """(person, nickname as the article writes it, in quotation marks where it has them) of each
    nickname the sentence gives someone right after their name."""
    out = []
    for m in s.mentions:
        if not m.explicit or in_quotes(s, m.start):
            continue
        found = _AFTER_NAME.match(s.text, m.end - s.start)
        if found is None:
            continue
        quoted = found.group("quoted") or found.group("before_to")
        nick = quoted or found.group("plain")
        if not nick or nick.split()[0] in _SMALL_NICKS or _is_own_name(nick, m.person):
            continue
        out.append((m.person, f'"{nick}"' if quoted else nick))
    return out


def _is_own_name(nick: str, person: str) -> bool:
    """Whether the nickname is the person's own name, or part of it ("known as Ann Lee")."""
    words = set(person.lower().split())
    return all(w in words for w in nick.lower().removeprefix("the ").split())
