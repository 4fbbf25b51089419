"""What the articles call the profile's people by their work, as several articles say it:
"Jo Roe is described as a Madison lobbyist."

Articles introduce the people of a story by their job, each in its own words ("paediatric surgeon
Cy Moss", "Jo Roe, a Madison lobbyist,", "Judge Ivy Lane", "her lawyer, Tom Ray"); told sentence by
sentence, the same description is a statement per article. A record gathers it: one sentence of the
background's paragraph, each footnote quoting an article's own words. Precision first, a sentence
supports it only where a word of work (DESCRIBED_ROLES in lang/en.py) stands right by a name the
people stage recognised, outside quotation marks, in a sentence no unnamed source answers for:

- "<description> <person>": "paediatric surgeon Cy Moss", "Madison lobbyist Jo Roe", "former NFL
  linebacker Tom Ray", "Dane County Circuit Judge Ivy Lane" (at most three capitalised and two
  lowercase words before the role word; a word that opens a sentence or a phrase, "In", "married",
  is no part of it, nor is someone's name: "Ann Lee's lawyer Jo Roe" is described as a lawyer);
- "<person>, a|an|the <description>" or "<person>, Ann Lee's <description>", the description ending
  right after the role word (at a comma, a full stop, "at", "of", "for", "who", "he", ...): "Jo Roe,
  a Madison lobbyist he has been dating", "Cy Moss, 45, a paediatric surgeon at Harbourside";
- "his|her|their|Ann Lee's <description>, <person>": "her lawyer, Tom Ray".

Never a role that was ("then-district attorney", "the late"), a plural ("lawyers Jo Roe and Cy Moss":
whose is unclear), nor one that owns the next noun ("the surgeon's wife, Jo Roe"). A record needs two
or more independent articles that give the person the same role word; each cites the first sentence
of each article that does, and the record words the description most of them give (of those most
given, the shortest).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from .factcheck import AGREEMENT
from .lang.en import DESCRIBED_ROLES
from .model import UNNAMED, Mention, Record, RecordValue, Sentence
from .people.history import in_quotes

SLOT = "described-as"

_ROLE = "|".join(sorted((re.escape(r) for r in DESCRIBED_ROLES), key=len, reverse=True))
_CAP = r"(?:[A-Z][\w&.’'-]*(?<!['’]s))"  # an organisation's or a place's word, never someone's ("Lee's")
_LOW = r"[a-z][a-z-]*"
# Words that keep a role of now ("former NFL linebacker"), lowercased where they open a sentence.
_PREFIXES = ("former", "retired", "veteran", "longtime", "leading", "top")
_DESCRIPTION = (rf"(?:(?i:{'|'.join(_PREFIXES)})\s+)?(?:{_CAP}\s+){{0,3}}(?:{_LOW}\s+){{0,2}}?(?i:{_ROLE})")
_OWNER = r"(?:(?i:his|her|their)|(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*['’]s)"
# "<description> <person>": the role word right before the name.
_BEFORE = re.compile(rf"(?:^|(?<=[\s(“\"]))(?P<d>{_DESCRIPTION})\s+$")
# "her lawyer, <person>": someone's role word, a comma, the name.
_BEFORE_COMMA = re.compile(rf"\b{_OWNER}\s+(?P<d>(?:{_LOW}\s+){{0,2}}?(?i:{_ROLE})),\s+$")
# "An attorney for Ann Lee, <person>": a role for someone, a comma, the name.
_FOR_BEFORE = re.compile(rf"(?:^|(?<=[\s(“\"]))(?:[Aa]n?|[Tt]he)\s+(?P<d>{_DESCRIPTION})\s+for\s+"
                         rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*(?<!['’]s),\s+$")
# "<person>, a <description>", "<person>, Ann Lee's <description>" (an age may stand between): its end right
# after the role word.
_AFTER = re.compile(rf",\s+(?:\d{{1,3}},\s+)?(?:a|an|the|{_OWNER})\s+(?P<d>{_DESCRIPTION})"
                    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:at|of|for|in|with|from|who|whom|whose|that|he|she|they|based|on|and)\b)")
_VERB_AFTER_A_NAME = re.compile(r"[a-z]+[^s]s")  # "marries", "hires", "names" (not "fan", "boss")
_NOT_NOW = re.compile(r"\b(?:then|late|ex|onetime|one-time|would-be|soon-to-be|future|acting|interim)\b", re.IGNORECASE)
# Words that open a sentence or a phrase, never a description's: "In", "married", "Meanwhile".
_NOT_A_DESCRIPTION = frozenset([
    "he", "she", "they", "we", "i", "it", "you", "who", "whom", "which", "where", "whose", "why", "how", "if",
    "than", "like", "because", "though", "although", "a", "an", "the", "and", "or", "but", "so", "of", "in", "on",
    "at", "by", "for", "with", "from", "to", "as", "after", "before", "when", "while", "then", "also", "now",
    "meanwhile", "today", "yesterday", "last", "this", "that", "these", "those", "said", "says", "told", "met",
    "wed", "is", "was", "are", "were", "his", "her", "their", "its", "our", "my", "your", "according", "per"])


# A form of address before a title, no description: "Her Honour Judge Ivy Lane" is a judge (never "a Honour Judge").
_FORMS_OF_ADDRESS = frozenset(["honour", "honor", "worship", "excellency", "lordship", "ladyship", "right", "honourable",
                               "honorable"])


def described_records(sentences: Sequence[Sentence], origin: Mapping[str, str], dates: Mapping[str, str],
                      first_id: int, couple: frozenset[str] = frozenset()) -> tuple[Record, ...]:
    """The background's records of what the articles call each person by their work (see above),
    ids from r`first_id`: the couple's first, then in the order of the people's names, then of the
    role words."""
    found: dict[tuple[str, str], dict[str, Sentence]] = defaultdict(dict)  # (person, role) -> article -> sentence
    worded: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    lower: dict[str, set[str]] = {}  # each article's words written in lowercase, worked out where needed
    of_article: dict[str, list[Sentence]] = defaultdict(list)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, role) -> whose, in any article
    owned: dict[tuple[str, str], dict[str, tuple[Sentence, str]]] = defaultdict(dict)  # -> article -> (sentence, words)
    for s in sentences:
        of_article[s.source].append(s)
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        if s.attribution == UNNAMED or _ROLE_WORDS.isdisjoint(s.text.lower().translate(_SPACES).split()):
            continue  # (most sentences: no role word, nothing to read; a set of words, not the roles' pattern, is
            # what makes this cheap: 0.03 s, not 1.8 s, on the bench's 24,121 sentences)
        for person, role, description, whose in _descriptions(s):
            first, _, rest = description.partition(" ")
            if rest and first[0].isupper() and s.text.startswith(first):  # "Family lawyer Cy Moss ..." opens it
                if s.source not in lower:
                    lower[s.source] = {w for x in of_article[s.source] for w in _LOWER_WORD.findall(x.text)}
                if first.lower() in lower[s.source]:
                    description = f"{first.lower()} {rest}"
            key = (person, role)
            if s.source not in found[key]:
                found[key][s.source] = s
                worded[key][description] += 1
            if whose:
                owners[key].add(whose)
                if s.source not in owned[key]:
                    owned[key][s.source] = (s, description)
    naming: dict[str, list[Sentence]] = defaultdict(list)  # each person with a client -> the sentences naming them
    wanted = {person for person, _role in owned}
    for s in sentences:
        for person in {m.person for m in s.mentions if m.explicit} & wanted:
            naming[person].append(s)
    for key, by_article in owned.items():  # whose, where two or more articles say it and none says another's
        (whose,) = owners[key] if len(owners[key]) == 1 else ("",)
        former = {d.split()[0] in ("former", "ex") or d.startswith("ex-") for _s, d in by_article.values()}
        if (whose and len(former) == 1 and len({origin.get(a, a) for a in by_article}) >= 2
                and not _other_clients(naming[key[0]], key[0], whose)):  # ("former" said by some: whose no more?)
            found[key] = {a: s for a, (s, _d) in by_article.items()}
            worded[key] = Counter(f"{whose}{_POSSESSIVE_S} {d}" for _s, d in by_article.values())
    return agreed_records(found, worded, SLOT, origin, dates, first_id, couple, _with_article_or_owner)


_POSSESSIVE_S = "'s"


def _with_article_or_owner(description: str) -> str:
    """"paediatric surgeon" -> "a paediatric surgeon"; "Ann Lee's lawyer" as it is."""
    return description if f"{_POSSESSIVE_S} " in description else with_article(description)


def agreed_records(found: Mapping[tuple[str, str], Mapping[str, Sentence]], worded: Mapping[tuple[str, str], Counter[str]],
                   slot: str, origin: Mapping[str, str], dates: Mapping[str, str], first_id: int,
                   couple: frozenset[str], shown_as: Callable[[str], str] = str) -> tuple[Record, ...]:
    """The background's records of what two or more independent articles say a person is (`found`: (person,
    what) -> article -> its first sentence that says it; `worded`: how often each wording of it is given), ids
    from r`first_id`, the couple's first, then by name: each citing the first sentence of each article, worded
    as most of them word it (the shortest of those, a tie), through `shown_as`."""
    out: list[Record] = []
    for key in sorted(found, key=lambda k: (k[0] not in couple, k)):
        by_article = found[key]
        if len({origin.get(a, a) for a in by_article}) < 2:
            continue
        cites = tuple(sorted((s.citation for s in by_article.values()),
                             key=lambda c: (dates.get(c.source, ""), c.source)))
        most = max(worded[key].values())
        shown = min((d for d, n in worded[key].items() if n == most), key=lambda d: (len(d), d))
        out.append(Record(f"r{first_id + len(out)}", "background", slot, (key[0],), AGREEMENT,
                          (RecordValue(shown_as(shown), "", cites),)))
    return tuple(out)


_ANY_ROLE = re.compile(rf"\b(?:{_ROLE})\b", re.IGNORECASE)
_ROLE_AFTER_OWNER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})s?\b", re.IGNORECASE)  # "'s lawyers", "'s divorce attorney"
_ROLE_FOR = re.compile(rf"\b(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})s?\s+for\s+$", re.IGNORECASE)  # "a divorce lawyer for <name>"
_ONLY_NAMES = re.compile(r"[\s,]*(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*(?:,|and\b|&)\s*)*")  # "Jo Roe and "
_AGE_BETWEEN = re.compile(r",\s+(?:\d{1,3},\s+)?")  # "Cy Moss, 52, " before another's role
_ARTICLE_BETWEEN = re.compile(r",\s+(?:\d{1,3},\s+)?(?:(?:a|an|the|one)\s+)?", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_ROLE_WORDS = frozenset(role.split()[-1] for role in DESCRIBED_ROLES)  # every role's last word
_SPACES = str.maketrans({c: " " for c in ",.;:!?\"“”‘’()[]'"})  # the marks that may stand by a word


def _descriptions(s: Sentence) -> list[tuple[str, str, str, str]]:
    """(person, role word, description, whose: _owner) of each description the sentence gives someone by name."""
    text = s.text
    out = []
    for m in s.mentions:
        if not m.explicit or in_quotes(s, m.start):
            continue
        at, end = m.start - s.start, m.end - s.start
        comma_before = [_BEFORE_COMMA.search(text, 0, at), _FOR_BEFORE.search(text, 0, at)]
        if s.is_possessor(m) or not _CLOSED.match(text, end):
            comma_before = []  # "A lawyer for Ann Lee, Mia Ray's mother, said", "Asked about Ann Lee's lawyer, Cy Moss
            # laughed", "Ann Lee's lawyer, Cy Moss said, had lied": the name is no apposition of the role
        after = _AFTER.match(text, end)
        if after is not None and _NOT_ITS_OWN.match(text, after.end("d")) and not _PARALLEL.match(text, after.end("d")):
            after = None  # "Unlike Cy Moss, Ann Lee's lawyer, Jo Roe, refused", "Jo Roe, Ann Lee's lawyer, Bob Ray
            # alleges, ...", "three people: Dee Park, 40, Ann Lee's lawyer, and Ann Lee's agent" (not "Cy Moss, Bob Ray's
            # lawyer, and Jo Roe, Ann Lee's lawyer, left")
        for found in (_BEFORE.search(text, 0, at), *comma_before, after):
            if found is None or _NOT_NOW.search(text, max(0, found.start("d") - 12), found.end("d")) \
                    or text[found.end("d"):found.end("d") + 2] in ("'s", "’s"):
                continue  # ("then-district attorney", "the late", "the surgeon's wife")
            start = max([found.start("d"), *(x.end - s.start for x in s.mentions
                                             if x.explicit and found.start("d") <= x.end - s.start <= found.end("d"))])
            words = text[start:found.end("d")].split()  # (never a name's words: "Ann Lee married surgeon Jo Roe")
            if start > found.start("d") and len(words) > 1 and _VERB_AFTER_A_NAME.fullmatch(words[0]):
                words = words[1:]  # a verb right after a name is that name's: "Cy Moss marries physiotherapist Jo Roe"
                # (not "Cy Moss fan club director Jo Roe")
            if words and words[0].lower() in _PREFIXES:
                words[0] = words[0].lower()  # "Former linebacker Tom Ray ..."
            while words and (words[0].lower() in _NOT_A_DESCRIPTION or words[0].lower().endswith("ed")
                             and words[0].lower() not in ("retired", "acclaimed", "celebrated", "renowned")
                             or words[0].lower() in _FORMS_OF_ADDRESS):
                words = words[1:]  # "In Madison lobbyist Jo Roe", "married lawyer Jo Roe", "Her Honour Judge Ivy Lane"
            if words and words[0][:1].isupper() and _ANY_ROLE.fullmatch(words[0]):
                words[0] = words[0].lower()  # "Actress Ann Lee", "Judge Ivy Lane": a common noun
            role = _ANY_ROLE.fullmatch(words[-1]) if words else None
            if role is None:
                role = _ANY_ROLE.search(" ".join(words))  # a role of two words ("district attorney")
            if role is None or not words:
                continue
            out.append((m.person, role.group(0).lower(), " ".join(words), _owner(s, m, found.start("d"), found.end("d"))))
    return out


def _owner(s: Sentence, m: Mention, start: int, end: int) -> str:
    """Whose the description is, where a name the people stage recognised says it right by the role's words:
    "Ann Lee's lawyer, Cy Moss", "Cy Moss, Ann Lee's divorce lawyer", "Cy Moss, a lawyer for Ann Lee", "An attorney
    for Ann Lee, Cy Moss"; "" for "her lawyer", "the couple's lawyer", "a lawyer for Ann Lee and Bob Ray" (whose of
    the two?), "a lawyer for Ann Lee's former husband" and a role of then ("Ann Lee's lawyer at the time")."""
    text = s.text
    if any(_THEN.match(text, at) for at in {end, max(end, m.end - s.start)}):
        return ""  # (right after the role's words, and after the name where the role comes before it)
    names = [x for x in s.mentions if x.explicit and x.person != m.person and not in_quotes(s, x.start)]
    before = _POSSESSIVE_BEFORE.search(text, 0, start)
    if before is not None:
        x = next((x for x in names if x.end - s.start == before.start()), None)
        if x is None or _JOINT.search(text, 0, x.start - s.start):
            return ""  # "Ann Lee and Bob Ray's lawyer", "Ann Lee's and Bob Ray's lawyer": both of theirs
        return x.person
    after = _FOR_AFTER.match(text, end)
    if after is None:
        return ""
    x = next((x for x in names if x.start - s.start == after.end()), None)
    if x is None or _THEN.match(text, x.end - s.start):
        return ""
    if _SHARED_OR_OWNED.match(text, x.end - s.start) and not re.fullmatch(r",\s+", text[x.end - s.start:m.start - s.start]):
        return ""  # (but "A lawyer for Ann Lee, Cy Moss, said": the name after the comma is the one described)
    return x.person


def _other_clients(sentences: Sequence[Sentence], person: str, whose: str) -> bool:
    """Whether one of the sentences that name `person` names someone other than `whose` right by a role's words, as
    whose the role is ("Bob Ray's lawyers, Jo Roe and Cy Moss", "Jo Roe, Bob Ray's attorney"): no one client then."""
    for s in sentences:
        ours = [m for m in s.mentions if m.person == person and m.explicit]
        for x in s.mentions:
            if x.person in (person, whose) or not x.explicit:
                continue
            at, end = x.start - s.start, x.end - s.start
            role = _ROLE_AFTER_OWNER.match(s.text, end + 2) if s.is_possessor(x) else None
            for m in ours:
                start, stop = m.start - s.start, m.end - s.start
                if role is not None and ((role.end() <= start and _ONLY_NAMES.fullmatch(s.text, role.end(), start))
                                         or (stop <= at and _AGE_BETWEEN.fullmatch(s.text, stop, at))):
                    return True  # "Bob Ray's lawyers, Jo Roe and Cy Moss", "Cy Moss, Bob Ray's attorney"
                for_role = _ROLE_FOR.search(s.text, 0, at)
                if for_role is not None and stop <= for_role.start() and _ARTICLE_BETWEEN.fullmatch(
                        s.text, stop, for_role.start()):
                    return True  # "Cy Moss, a lawyer for Bob Ray"
    return False


_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")
_FOR_AFTER = re.compile(r"\s+for\s+")
# After the name for whom: another name joined to it, or the next noun it owns ("for Ann Lee and Bob Ray", "for Ann
# Lee's former husband").
_SHARED_OR_OWNED = re.compile(r"['’]s\b|\s*[(\[]|(?:\s*,\s*\d{1,3})?(?:\s*,)?\s*(?:and|&|or|as\s+well\s+as)(?:\s|$)"
                              r"|\s*,\s*(?-i:[A-Z])|\s+(?:jr|sr|ii|iii|iv)\b|\s+(?-i:[A-Z])", re.IGNORECASE)
# A role held then, not now: "Ann Lee's lawyer at the time, Cy Moss", "Cy Moss, her lawyer until 2019", "from 2012 to
# 2019", "for a decade until she fired him", "in her 2009 divorce", ", whom she fired in 2019".
_THEN = re.compile(r"[\s,]*(?:(?:at|by)\s+the\s+time|then|formerly|until|before|in\s+(?:19|20)\d\d"
                   r"|from\s+(?:19|20)\d\d|for\s+(?:a|an|\w+)\s+(?:decades?|years?|months?)"
                   r"|in\s+the\s+(?:(?:19|20)\d\d\s+)?(?-i:[A-Z])[\w'’-]*\s+(?:[\w'’-]+\s+){0,2}?(?:case|trial|lawsuit|suit)"
                   r"|in\s+(?:her|his|their|the)\s+(?:(?:19|20)\d\d\s+|first\s+|earlier\s+|previous\s+)?(?:divorce|case|trial)"
                   r"|(?:who|whom)\s+(?:\w+\s+){1,2}?(?:fired|dropped|replaced|dismissed|sacked|left))\b", re.IGNORECASE)
# The end of an apposition: the name (and where they are from or work) before a comma, a full stop, a bracket or a dash,
# or the sentence's end.
_CLOSED = re.compile(r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&|and))*?)?"
                     r"\s*(?:[,.;:)!?\]—–]|$)")  # (and "of Reno,", "of Lee & Ray.")
# After "<person>, <description>": a comma and a capitalised word (another name the description may be an apposition
# of, a tag "Bob Ray alleges") or ", and"/", or" (a list of what several people are).
_NOT_ITS_OWN = re.compile(r",\s+(?:(?-i:[A-Z])|(?:and|or)\b)", re.IGNORECASE)
# "Cy Moss, Bob Ray's lawyer, and Jo Roe, Ann Lee's lawyer": the next item is a name with a description of its own.
_PARALLEL = re.compile(r",\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?<!['’]s),\s+(?:a|an|the|his|her|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s)\s")
# Before an owner's name: another name joined to it ("Ann Lee and Bob Ray's", "Ann Lee's and Bob Ray's").
_JOINT = re.compile(r"[\w.]+(?:['’]s)?\s+(?:and|&)\s+$")  # (not ", and": "..., Cy Moss, and Ann Lee's lawyer")


def with_article(description: str) -> str:
    """"paediatric surgeon" -> "a paediatric surgeon", "NFL linebacker" -> "an NFL linebacker"."""
    first = description.split()[0]
    vowel = first[0] in "AEFHILMNORSX" if first.isupper() and len(first) > 1 else first[0].lower() in "aeiou"
    return ("an " if vowel else "a ") + description
