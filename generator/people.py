"""Stage 3, recognise: find the people in the corpus, their aliases, and who each
pronoun or epithet at the start of a sentence refers to.

No list of names is built in: people are inferred from how the articles write names
(capitalised words that recur alone, carry an age, follow a relation word, or speak),
and `mkdocs.yml` may add or correct them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from itertools import pairwise

from .cache import Cache, key_of
from .config import PersonConfig
from .lang.en import NEWS_WORDS, ORGANISATION_TAILS, OUTLETS, PLURAL_REFERENCE, ROLE_TITLES
from .model import Mention, Person, Sentence
from .segment import SPEECH_VERBS

_NAME_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
NAME_RUN = re.compile(rf"(?<![\w.])({_NAME_WORD}(?: {_NAME_WORD}){{0,3}})(?:['’]s)?(?![\w])(?!['’]\w)")
STOP = frozenset(["A", "An", "The", "In", "On", "At", "For", "But", "And", "As", "After", "Before", "During", "Over", "Plus", "Together", "To", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "My", "You", "Your", "This", "That", "These", "Those", "When", "While", "What", "Who", "Whom", "Which", "Where", "Why", "How", "If", "So", "Yet", "Or", "Nor", "Not", "No", "Yes", "Also", "Then", "There", "Here", "Just", "Maybe", "Even", "Still", "Now", "Once", "Earlier", "Later", "Since", "Until", "From", "With", "Without", "About", "Into", "Through", "Clearly", "Surprisingly", "Obviously", "According", "Meanwhile", "However", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lady", "Lord", "Jr", "Sr", "Yikes", "Uh", "Oh", "Well", "Like", "Sorry", "Life", "Continued", "One", "Two", "Three", "Four", "Congratulations", "Public", "Posted", "Exclusive", "Alone", "All", "Both", "Each", "Every", "Some", "Many", "Most", "Other", "Another", "Former", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter", "Thanksgiving"])
# The last word of a name that is a business, a venue or an institution, not a person
# ("Doe Hardware", "Maple Street Records", "Cook County Court").
STOP = STOP | ROLE_TITLES
ORGANISATION_WORDS = frozenset([
    "Hardware", "Records", "Studios", "Studio", "Productions", "Pictures", "Inc", "Company", "Co", "Corporation",
    "Group", "Foundation", "Magazine", "Times", "Journal", "Daily", "Weekly", "Network", "Television",
    "Radio", "Court", "County", "Church", "School", "University", "College", "Hospital", "Restaurant", "Bistro",
    "Kitchen", "Cafe", "Bakery", "Store", "Shop", "Market", "Hotel", "Theater", "Theatre", "Hall", "Center", "Centre",
    "Park", "Street", "Avenue", "Road", "City", "Falls", "Valley", "Elementary", "Institute", "Museum", "Festival",
    "Awards", "Show", "Talk", "Podcast"])
RELATION_WORDS = {
    "wife": "f", "husband": "m", "daughter": "f", "son": "m", "boyfriend": "m", "girlfriend": "f",
    "father": "m", "mother": "f", "dad": "m", "mom": "f", "mum": "f", "sister": "f", "brother": "m",
    "fiancé": "m", "fiancée": "f", "granddaughter": "f", "grandson": "m", "actress": "f", "actor": "m",
    "partner": "", "musician": "", "singer": "", "model": "", "star": "", "child": "", "baby": "",
    "ex-wife": "f", "ex-husband": "m", "stepdaughter": "f", "stepson": "m", "niece": "f", "nephew": "m",
    "aunt": "f", "uncle": "m", "grandmother": "f", "grandfather": "m", "chef": "", "winner": "",
}
EPITHET_ROLES = {
    "star": "", "actor": "m", "actress": "f", "singer": "", "model": "", "rapper": "", "musician": "",
    "comedian": "", "host": "", "chef": "", "director": "", "producer": "", "winner": "", "mogul": "",
    "athlete": "", "player": "", "author": "", "writer": "", "icon": "", "legend": "", "heiress": "f",
    "socialite": "", "businessman": "m", "businesswoman": "f", "politician": "", "hitmaker": "",
    "songstress": "f", "entrepreneur": "", "designer": "", "personality": "", "alum": "",
}
_EPITHET_WORD = r"(?:[A-Z0-9][\w.'’+-]*|former|famous|late|young|veteran|legendary|beloved|then-[\w-]+)"
EPITHET = re.compile(
    rf"\b[Tt]he (?:{_EPITHET_WORD} ){{0,4}}(?:{'|'.join(EPITHET_ROLES)})\b(?!['’]s\b)(?![\w-])")
PRONOUN_START = re.compile(r"^(?:He|She|Him|His|Her)\b")
SPEAKER_PRONOUN = re.compile(rf"\b([Hh]e|[Ss]he)\s+(?:\w+ly\s+)?(?:{'|'.join(SPEECH_VERBS)})\b")
_MALE = re.compile(r"\b(?:he|his|himself)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|hers|herself)\b|\bher\b(?=\s+[a-z])", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^,\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
_AKA = re.compile(rf"({_NAME_WORD}(?: {_NAME_WORD}){{1,3}}),? (?:aka|a\.k\.a\.|also known as) ([A-Z][\w-]*(?:\.[\w-]+)*)")


MONTHS = frozenset(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"])
# Words before a month that make it a date: "in June Roe filed", "by May Roe had".
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|through|to|of|last|this|next|early|late|mid|before|after|"
    r"during|every|each)|\d|-)\s*$", re.IGNORECASE)


def name_runs(text: str) -> Iterable[tuple[int, int, tuple[str, ...]]]:
    """Runs of capitalised words that could be names, split at capitalised stop words. A month
    before a capitalised word in a name's place is a first name ("June Carter married"), not
    after a word that makes it a date ("in June Carter said")."""
    for m in NAME_RUN.finditer(text):
        words = m.group(1).split(" ")
        pos = m.start(1)
        run: list[str] = []
        run_start = pos
        given = len(words) > 1 and words[0] in MONTHS and words[1] not in STOP \
            and not _DATE_BEFORE.search(text, 0, pos)
        for i, w in enumerate(words + [""]):
            if w and (w not in STOP or (i == 0 and given)):
                if not run:
                    run_start = pos
                run.append(w)
            elif run:
                yield run_start, run_start + len(" ".join(run)), tuple(run)
                run = []
            pos += len(w) + 1


_OPENERS = "\"“‘'(["
# Strong-evidence mark of a one-word name seen only as a speaker ("Organizers said"): it counts as a
# name if the word is also written mid-sentence or in a full name.
SAID = "\0said:"
Evidence = tuple[Counter[tuple[str, ...]], Counter[str], set[str], Counter[str]]


def _evidence(sentences: Sequence[Sentence], cache: Cache | None = None) -> Evidence:
    """_article_evidence summed over the articles; each article's, with a cache, is kept
    under a key of what it reads (its sentences' text and speaker)."""
    full: Counter[tuple[str, ...]] = Counter()
    lone: Counter[str] = Counter()
    strong: set[str] = set()
    gender_hint: Counter[str] = Counter()
    start = 0
    while start < len(sentences):
        end = start + 1
        while end < len(sentences) and sentences[end].source == sentences[start].source:
            end += 1
        article = sentences[start:end]
        compute = partial(_article_evidence, article)
        f, lo, st, g = compute() if cache is None else cache.get_or_compute(
            "people", key_of([(x.text, x.speaker) for x in article]), tuple, compute)
        full.update(f)
        lone.update(lo)
        strong |= st
        gender_hint.update(g)
        start = end
    return full, lone, strong, gender_hint


def _article_evidence(sentences: Sequence[Sentence]) -> Evidence:
    """Count full-name runs, lone capitalised words (not sentence-initial), and words
    that carry person evidence (age, relation word, speaker)."""
    full: Counter[tuple[str, ...]] = Counter()
    lone: Counter[str] = Counter()
    strong: set[str] = set()
    gender_hint: Counter[str] = Counter()
    for s in sentences:
        text = s.text
        for start, end, run in name_runs(text):
            before = text[max(0, start - 25):start].lower().split()
            relation = before[-1].strip(",") if before else ""
            if relation.endswith("s") and relation[:-1] in RELATION_WORDS and RELATION_WORDS[relation[:-1]]:
                relation = relation[:-1]  # "two sons, Otto and Felix"
            if len(run) > 1:
                full[run] += 1
            elif start > 2 and text[start - 2:start] not in ('. ', '" ', '“ ') and text[start - 1] not in _OPENERS:
                lone[run[0]] += 1  # not the first word of a sentence, nor of a quotation ('"New day."')
            key = " ".join(run)
            if relation in RELATION_WORDS or _AGE_AFTER.match(text[end:end + 12].replace("’s", "")):
                strong.add(key)
                g = RELATION_WORDS.get(relation, "")
                if g:
                    gender_hint[f"{key}|{g}"] += 1
        if s.speaker and s.speaker[0].isupper() and s.speaker not in STOP:
            strong.add(s.speaker if " " in s.speaker else SAID + s.speaker)
        strong |= _wed_pair(text)
    return full, lone, strong, gender_hint


# Two full names joined by wording of a marriage or a couple's event: "Ann Lee and Bob Ray tied the
# knot", "Ann Lee married Bob Ray", "Ann Lee filed for divorce from Bob Ray". Stated once, each is a person.
# Only a marriage's wording: "met", "dated" or "split" are said of teams, cities and titles too.
_EVENT = r"(?:married|wed|divorced|tied the knot|got engaged|got married|were married|were engaged|split up)\b"
_PAIR_AND = re.compile(r"^\s+and\s+$")
_PAIR_AFTER = re.compile(rf"^(?:,\s*\d{{1,3}},)?\s+(?:[a-z]+ly\s+)?{_EVENT}")
_PAIR_VERB = re.compile(
    r"^\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|was\s+|is\s+)?(?:married|wed|divorced|"
    r"(?:filed for divorce|split|separated|divorced) from|(?:engaged|married) to)\s+"
    rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted({*EPITHET_ROLES, *RELATION_WORDS, *ROLE_TITLES}))})\s+)?$",
    re.IGNORECASE)


def _wed_pair(text: str) -> set[str]:
    """The full names a sentence joins by wording of a marriage or a couple's event (_PAIR_*)."""
    runs = [(a, b, run) for a, b, run in name_runs(text)
            if 2 <= len(run) <= 3 and run[-1] not in ORGANISATION_WORDS | ORGANISATION_TAILS | NEWS_WORDS
            and " ".join(run) not in OUTLETS]
    out: set[str] = set()
    for (_a1, b1, r1), (a2, b2, r2) in pairwise(runs):
        gap = text[b1:a2]
        if text[b2:b2 + 2] in ("'s", "’s"):
            continue  # "married Blue Quay's drummer": the drummer is the spouse
        if (_PAIR_AND.match(gap) and _PAIR_AFTER.match(text[b2:b2 + 40])) or _PAIR_VERB.match(gap):
            out |= {" ".join(r1), " ".join(r2)}
    return out


def _group(full: Counter[tuple[str, ...]], lone: Counter[str], strong: set[str],
           configured: Sequence[PersonConfig]) -> dict[str, set[str]]:
    """Canonical name -> every form that names that person."""
    people: dict[str, set[str]] = {}
    by_first: dict[str, str] = {}
    for cfg in configured:
        people[cfg.name] = {cfg.name, *cfg.aliases}
        by_first.setdefault(_fold(cfg.name.split()[0]), cfg.name)
    # "Ann Lee ... Lee said": a surname with person evidence makes the one full name ending in it a person's.
    tails: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for run in full:
        if run[-1] not in ORGANISATION_WORDS | ORGANISATION_TAILS | NEWS_WORDS:
            tails[run[-1]].add(run)
    in_full = {w for run in full for w in run}
    strong = {w.removeprefix(SAID) for w in strong
              if not w.startswith(SAID) or lone[w[len(SAID):]] or w[len(SAID):] in in_full}
    strong = strong | {" ".join(next(iter(tails[w]))) for w in strong if len(tails.get(w, ())) == 1}
    # Full names, most frequent first, so the usual form becomes the canonical one.
    for run, _n in sorted(full.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0])):
        name = " ".join(run)
        if not (lone[run[0]] or lone[run[-1]] or name in strong) or run[-1] in ORGANISATION_WORDS:
            continue  # a title, a place or a business: its words never stand alone as a name
        owner = by_first.get(_fold(run[0]))
        if owner is None:
            people[name] = {name}
            by_first[_fold(run[0])] = name
        else:
            people[owner].add(name)
    for forms in list(people.values()):
        for form in list(forms):
            if lone[form.split()[0]]:
                forms.add(form.split()[0])
    _add_surnames(people, lone, full)
    named = {form for forms in people.values() for form in forms}
    surnames = {form.split()[-1] for form in named if " " in form}  # "Doe, 43": not a new person
    for word in sorted(strong):
        if " " not in word and _fold(word) in by_first:
            people[by_first[_fold(word)]].add(word)
            named.add(word)
        elif " " not in word and word in surnames and word not in named:
            owners = {c for c, fs in people.items() for f in fs if " " in f and f.split()[-1] == word}
            if len(owners) == 1:  # "Lee said", one Lee: hers; two: no one's
                people[owners.pop()].add(word)
                named.add(word)
        elif " " not in word and word not in named and word not in surnames:
            people[word] = {word}
            by_first[_fold(word)] = word
            named.add(word)
    return people


def _fold(word: str) -> str:
    """Compare names without accents: 'José' and 'Jose' are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


SURNAME_LEAD = 2  # how many times more often than the next bearer the owner of a lone surname is named in full


def _add_surnames(people: dict[str, set[str]], lone: Counter[str],
                  full: Counter[tuple[str, ...]]) -> None:
    """A surname alone names the person who bears it and is named in full most often, if
    clearly so: at least SURNAME_LEAD times as often as the next person of that name.
    Otherwise "Doe said" is left to no one rather than given to the wrong Doe."""
    weight: dict[str, Counter[str]] = defaultdict(Counter)
    for canonical, forms in people.items():
        for form in forms:
            parts = tuple(form.split())
            if len(parts) > 1:
                weight[parts[-1]][canonical] += full[parts]
    firsts = {f.split()[0] for fs in people.values() for f in fs}
    for surname, owners in sorted(weight.items()):
        if lone[surname] and surname not in firsts:
            ranked = sorted(owners, key=lambda o: (-owners[o], o))
            if len(ranked) == 1 or owners[ranked[0]] >= SURNAME_LEAD * owners[ranked[1]]:
                people[ranked[0]].add(surname)


class _Resolver:
    """Matches names and aliases in text, longest first."""

    def __init__(self, people: dict[str, set[str]]):
        self.owner = {form: canonical for canonical, forms in people.items() for form in forms}
        # Forms by their first three characters, longest first: at each word start only the
        # few forms that begin there are tried, so finding names is linear in the text (one
        # alternation of every form would try them all at every position).
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        for form in sorted(self.owner, key=lambda f: (-len(f), f)):
            self.by_prefix[form[:3]].append(form)
        # Only word starts whose first character begins some form are tried (names are
        # capitalised: most words are passed over inside the regular expression).
        firsts = sorted({f[0] for f in self.owner if f and _WORD_CHAR.match(f[0])})
        self.starts = re.compile(rf"(?<!\w)[{''.join(re.escape(c) for c in firsts)}]" if firsts else r"(?!)")

    def explicit(self, s: Sentence) -> list[Mention]:
        out: list[Mention] = []
        text, end = s.text, 0
        for start in (m.start() for m in self.starts.finditer(text)):
            if start < end:
                continue
            for k in (3, 2, 1):
                form = next((f for f in self.by_prefix.get(text[start:start + k], ())
                             if text.startswith(f, start) and not _word_char_at(text, start + len(f))), None)
                if form:
                    end = start + len(form)
                    out.append(Mention(self.owner[form], s.start + start, s.start + end, True))
                    break
        return out


_WORD_CHAR = re.compile(r"\w")


def _word_char_at(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


def _genders(sentences: Sequence[Sentence], mentions: dict[str, list[Mention]],
             hints: Counter[str], configured: Sequence[PersonConfig],
             forms: dict[str, set[str]]) -> dict[str, str]:
    """Majority of the pronouns in sentences that begin by naming one person."""
    votes: Counter[str] = Counter()
    for s in sentences:
        found = mentions[s.id]
        if not found or found[0].start - s.start > 3:
            continue
        names = {m.person for m in found}
        if len(names) != 1:
            continue
        # "Mia, he says, ..." and "... with him": a speech tag or an object pronoun is
        # somebody else; only subject and possessive pronouns vote.
        outside = SPEAKER_PRONOUN.sub(" ", s.outside_quotes())
        votes[f"{found[0].person}|m"] += len(_MALE.findall(outside))
        votes[f"{found[0].person}|f"] += len(_FEMALE.findall(outside))
    owners: dict[str, list[str]] = defaultdict(list)
    for canonical, fs in forms.items():
        for form in fs:
            owners[form].append(canonical)
    for key, n in hints.items():
        form, g = key.split("|")
        for canonical in owners.get(form, ()):
            votes[f"{canonical}|{g}"] += 3 * n
    out: dict[str, str] = {}
    for canonical in forms:
        m, f = votes[f"{canonical}|m"], votes[f"{canonical}|f"]
        out[canonical] = "m" if m > f else "f" if f > m else ""
    for cfg in configured:
        if cfg.gender:
            out[cfg.name] = cfg.gender
    return out


_COMMON_NOUN = re.compile(
    r"\b(?:an?|won|wins|win|winning|two|three|four|five|six|seven|\d+)\s+([A-Z][a-z]+?)(?:s|es)?\b(?!['’])(?!\s+[A-Z])")
_APPOSITION_GAP = re.compile(r"^(?:['’]s)?(?:,\s*(?:\d{1,3}|aged \d{1,3}))?,\s*$")


def _appositive(s: Sentence, found: Sequence[Mention], at: int) -> bool:
    """The words at `at` stand in apposition to a name just before them ("Jane Roe, 38, the ...")."""
    before = [m for m in found if m.end - s.start <= at]
    return bool(before) and bool(_APPOSITION_GAP.match(s.text[before[-1].end - s.start:at]))


def _nearest_named(history: list[list[str]], quoted_here: set[str]) -> set[str]:
    """The people the nearest earlier sentence that names anyone names. A sentence that only goes
    on quoting (its speaker, no name) is passed over, and then only the people the sentence at hand
    also names in its quotation count ("... 'But he's a challenge.' Continued Roe, who was married
    to the actor, 'I don't think Bo was ...'")."""
    for n, people in enumerate(reversed(history)):
        named = {_unlisted(p) for p in people if _unlisted(p)[:1] != "\0"}
        if UNKNOWN in people or OTHER in people:
            return set()  # someone there the recogniser does not know
        if named:
            return named if n == 0 else named & quoted_here
        if not any(p.startswith(SPEAKER_MARK) for p in people):
            return set()
    return set()


_REFLEXIVE = re.compile(r"^[^,.;:!?]{0,40}?\b(?:(himself)|(herself))\b")


def _reflexive(s: Sentence, found: Sequence[Mention], outside: str, at: int) -> str:
    """The gender a reflexive pronoun right after an epithet gives it ("The singer has described
    herself as ..."): "m", "f", or "" (none, or a name stands in between)."""
    hit = _REFLEXIVE.match(outside[at:])
    if not hit or any(at <= m.start - s.start < at + hit.end() for m in found):
        return ""
    return "m" if hit.group(1) else "f"


def _in_quotes(s: Sentence, start: int) -> bool:
    return any(a <= start < b for a, b in s.quotes)


def recognise(sentences: Sequence[Sentence], configured: Sequence[PersonConfig] = (),
              cache: Cache | None = None, not_people: Collection[str] = ()
              ) -> tuple[tuple[Sentence, ...], tuple[Person, ...]]:
    """Find people, attach mentions (names, resolved pronouns and epithets) to sentences.
    With a cache, the name evidence of an article seen before is not counted again. A name in
    `not_people` (the outlets the articles are from or cite, names the user says are no one's)
    is never a person, nor any form of one."""
    full, lone, strong, hints = _evidence(sentences, cache)
    forms = _group(full, lone, strong, configured)
    barred = {_fold(n).lower() for n in (*OUTLETS, *not_people) if n}
    # "Bright Management Group" ... "Bright says": a one-word name that begins a company's name
    companies = {run[0] for run in full if len(run) > 1 and run[-1] in ORGANISATION_TAILS}
    # "won an Oscar", "two Grammys": a thing that is counted or won is no one
    companies |= {m.group(1) for s in sentences for m in _COMMON_NOUN.finditer(s.text)}
    for name in [n for n, fs in forms.items() if _fold(n).lower() in barred or fs & set(not_people)
                 or (" " not in n and n in companies)]:
        if not any(c.name == name for c in configured):
            del forms[name]
    rank = {c: n for n, c in enumerate(forms)}
    first_owner: dict[str, str] = {}  # form -> the first person (in the order of `forms`) it names
    for c in reversed(list(forms)):
        first_owner.update((f, c) for f in forms[c])
    for s in sentences:
        for m in _AKA.finditer(s.text):
            owner = first_owner.get(m.group(1))
            if owner:
                forms[owner].add(m.group(2))
                had = first_owner.get(m.group(2))
                if had is None or rank[owner] < rank[had]:
                    first_owner[m.group(2)] = owner
    resolver = _Resolver(forms)
    explicit = {s.id: resolver.explicit(s) for s in sentences}
    roles = _roles(sentences, explicit)
    gender = _genders(sentences, explicit, hints, configured, forms)
    out: list[Sentence] = []
    history: list[list[str]] = []  # per earlier sentence of this source: salient people, first first
    current_source = ""
    epithets: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sentences:
        if s.source != current_source:
            current_source, history = s.source, []
        found = explicit[s.id]
        named_here = {m.person for m in found if not _in_quotes(s, m.start)}
        extra: list[Mention] = []
        outside = s.outside_quotes()
        lead = PRONOUN_START.match(outside)
        if lead:
            g = "m" if lead.group(0) in ("He", "Him", "His") else "f"
            who = _antecedent(history, _fits(gender, g, named_here), _unknown(gender, named_here), g)
            if who:
                extra.append(Mention(who, s.start, s.start + lead.end(), False))
        unclear_subject = False
        for m in EPITHET.finditer(outside):
            if _appositive(s, found, m.start()) or any(
                    x.start - s.start - m.end() in (0, 1) for x in found if x.start - s.start >= m.end()):
                continue  # "Jane Roe, 38, the host of ...", "the singer Jane Roe": the name is right there
            g = EPITHET_ROLES.get(m.group(0).split()[-1].lower(), "") or _reflexive(s, found, outside, m.end())
            before = [p.person for p in found if p.start < s.start + m.start()]
            ok = _fits(gender, g, named_here, unknown=True)
            who = _antecedent(history + [before], ok, None, g)
            # An epithet is clarified only when the articles call that person by the same role word
            # ("singer Jane Doe", "Jane Doe, the singer") and nothing points elsewhere: the one person
            # of the last few sentences so called, if the nearest fitting person is that one or is unclear.
            role = m.group(0).split()[-1].lower()
            recent = {_unlisted(p) for h in history[-3:] for p in h if _unlisted(p)[:1] != "\0"} | set(before)
            known = sorted(p for p in recent if role in roles.get(p, ()) and ok(p))
            agreed = known[0] if len(known) == 1 and who in (None, known[0]) else None
            # ... or, for a role word of one gender ("the actress"), the one person of the nearest
            # sentence that names someone fitting, if the articles know that person as of that gender
            # and no one else of the last few sentences is called by that role word.
            near = set(before) | _nearest_named(history, {x.person for x in found if _in_quotes(s, x.start)})
            if agreed is None and g and who in near and gender.get(who) == g and not known:
                agreed = who
            unclear_subject = unclear_subject or (agreed is None and m.start() == 0)
            if agreed:
                extra.append(Mention(agreed, s.start + m.start(), s.start + m.end(), False))
                epithets[agreed][re.sub(r"^[Tt]he ", "", m.group(0))] += 1
        said = SPEAKER_PRONOUN.search(outside)
        before = _named_before(s, found, said.start() if said else 0)
        speaker = _speaker(s, resolver, extra, history, gender, before, named_here - set(before))
        if speaker and said and not any(x.start <= s.start + said.start() < x.end for x in extra):
            extra.append(Mention(speaker, s.start + said.start(), s.start + said.end(1), False))
        mentions = tuple(sorted(found + extra, key=lambda x: (x.start, x.end)))
        out.append(replace(s, mentions=mentions, speaker=speaker))
        listed = _listed_children(s, found) | _couple_possessor(s, found)
        # names in a quotation are candidates too; children listed and a couple named as one are marked
        salient = [f"{LISTED}{listed[m]}:{m.person}" if m in listed else m.person for m in mentions]
        # Someone else the sentence may be about: a pronoun at its start that found no one ("His
        # father, John Roe, ..."), a full name the recogniser did not take as a person's.
        if lead and not any(x.start == s.start for x in extra):
            salient.append(OTHER)
        if _unknown_names(s, found, outside) or _unknown_partner(s, found) or _unnamed_pair(s, mentions, listed):
            salient.append(OTHER)
        # A sentence whose subject is an epithet we could not resolve ("The winner closed the
        # night.") hides who "She" in the next sentence is: the search stops there.
        # A speaker in a relative clause ("his son, Bo, 11, who said he ...") is no more salient
        # than the others the sentence names.
        main = speaker if speaker and not _relative_speaker(s, found, speaker) else None
        history.append([UNKNOWN] if unclear_subject and not speaker
                       else ([SPEAKER_MARK + main] if main else []) + salient)
    counts = Counter(m.person for s in out for m in s.mentions)
    people = tuple(
        Person(name=c, aliases=tuple(sorted(forms[c] - {c})), gender=gender.get(c, ""),
               mentions=counts[c], epithets=tuple(sorted(epithets[c])))
        for c in sorted(forms, key=lambda c: (-counts[c], c)) if counts[c]
    )
    return tuple(out), people


_ROLE_BEFORE = re.compile(rf"\b({'|'.join(EPITHET_ROLES)})\s*,?\s*$", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"^,\s+the\s+(?:[\w'’.-]+\s+){{0,3}}?({'|'.join(EPITHET_ROLES)})\b", re.IGNORECASE)


def _roles(sentences: Sequence[Sentence], explicit: Mapping[str, list[Mention]]) -> dict[str, set[str]]:
    """The role words the articles put next to each person's name: "singer Jane Doe",
    "Jane Doe, the singer", "Grammy winner Jane Doe"."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        for m in explicit[s.id]:
            at, end = m.start - s.start, m.end - s.start
            for hit in (_ROLE_BEFORE.search(s.text, max(0, at - 40), at), _ROLE_AFTER.search(s.text[end:end + 60])):
                if hit:
                    out[m.person].add(hit.group(1).lower())
    return out


def _fits(gender: Mapping[str, str], g: str, exclude: set[str], unknown: bool = False) -> Callable[[str], bool]:
    """A test for a pronoun's or epithet's referent: of gender `g` (any, if `g` is "";
    also of unknown gender if `unknown`), and not one of `exclude`."""
    allowed = ("", g) if unknown else (g,)
    return lambda p: not p.startswith("\0") and p not in exclude and (not g or gender.get(p, "") in allowed)


def _unknown(gender: Mapping[str, str], exclude: set[str]) -> Callable[[str], bool]:
    """People whose gender the articles do not tell (a pronoun may be theirs), not in `exclude`."""
    return lambda p: p == OTHER or (p not in exclude and p != UNKNOWN and not gender.get(p, ""))


def _latest(recent: list[str], ok: Callable[[str], bool]) -> str | None:
    for person in reversed(recent):
        if ok(person):
            return person
    return None


UNKNOWN = "\0unknown"  # history entry of a sentence whose subject is an unresolved epithet
OTHER = "\0other"  # history entry: someone the sentence names or refers to whom the recogniser did not resolve


_CHILD_WORDS = re.compile(r"\b(?:children|kids|daughters?|sons?|babies|twins|grandchildren)\b[^.;]*$", re.IGNORECASE)


def _children_named(s: Sentence, found: Sequence[Mention]) -> bool:
    """The sentence names children (with an age, or after a word for children): the people it names
    are then not the couple it speaks of."""
    for m in found:
        at, end = m.start - s.start, m.end - s.start
        if _AGE_AFTER.match(s.text[end:end + 12]) or _CHILD_WORDS.search(s.text[max(0, at - 60):at]):
            return True
    return False


# Right before a capitalised run, a word that makes it a thing, not a person: "the Indochina War";
# and one that cites an outlet, before a run that ends like an outlet's name: "(via National Post)".
_THING_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CITED_BEFORE = re.compile(r"(?:\b(?:[Vv]ia|[Pp]er)|\()\s*$")


def _unknown_names(s: Sentence, found: Sequence[Mention], outside: str) -> bool:
    """The sentence names, outside quotation marks, someone by a full name that is no known person's
    ("Ann Roe often does."), not a business, an outlet or a title."""
    taken = [(m.start - s.start, m.end - s.start) for m in found]
    for start, end, run in name_runs(outside):
        if len(run) < 2 or run[-1] in ORGANISATION_WORDS | ORGANISATION_TAILS or " ".join(run) in OUTLETS \
                or _THING_BEFORE.search(outside, 0, start) \
                or (run[-1] in NEWS_WORDS and _CITED_BEFORE.search(outside, 0, start)):
            continue
        if not any(a < end and start < b for a, b in taken):
            return True
    return False


_PARTNER_BEFORE = re.compile(rf"(?<![\w.])({_NAME_WORD}) and $")
_PARTNER_AFTER = re.compile(rf"^ and ({_NAME_WORD})(?![\w])")


def _unnamed_pair(s: Sentence, mentions: Sequence[Mention], listed: Collection[Mention]) -> bool:
    """A plural reference beside children named ("the couple are raising two children: Ann, 3, and
    Bo, 1") is a pair the sentence may not name, unless it has named two people before it ("He
    married Ann Roe, and the couple have two sons, ...")."""
    outside = s.outside_quotes()
    plural = PLURAL_REFERENCE.search(outside)
    if not plural or not _children_named(s, [m for m in mentions if m.explicit]):
        return False
    return len({m.person for m in mentions if m.start - s.start < plural.start() and m not in listed}) < 2


def _unknown_partner(s: Sentence, found: Sequence[Mention]) -> bool:
    """A capitalised word joined by 'and' to a known person's name is someone too, even if no one
    the recogniser knows ("Tom and Dan are funny ones", Dan known, Tom not)."""
    spans = [(m.start - s.start, m.end - s.start) for m in found]
    for at, end in spans:
        for hit in (_PARTNER_BEFORE.search(s.text, max(0, at - 30), at), _PARTNER_AFTER.match(s.text[end:end + 30])):
            if not hit or hit.group(1) in STOP:
                continue
            a = hit.start(1) if hit.re is _PARTNER_BEFORE else end + hit.start(1)
            if not any(x <= a < y for x, y in spans):
                return True
    return False


SPEAKER_MARK = "\0speaker:"  # history entry prefix: the person quoted in that sentence
_LIST_START = re.compile(
    r"(?:\b(his|her|their)\s+(?:[\w-]+\s+){0,2}?)?"
    r"\b(children|kids|sons|daughters|twins|grandchildren|grandsons|granddaughters)(?:\s+with)?\s*[,:]\s*$",
    re.IGNORECASE)
_POSS_GENDER = {"his": "m", "her": "f"}
_KIDS_GENDER = {"sons": "m", "grandsons": "m", "daughters": "f", "granddaughters": "f"}
_LIST_GAP = re.compile(r"(?:,\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
                       r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
# History entry prefix: a child in a list of children, then two letters, the gender of the possessive
# ("his kids": m, "her": f, else -) and that of the children's word ("sons": m, "daughters": f, else -), and ":";
# or one of a couple named as one possessor ("Bo and Ann Roe's announcement"): "x-:".
LISTED = "\0listed:"


_RELATIVE_SAID = re.compile(
    rf"^(?:,\s*(?:\d{{1,3}}|aged \d{{1,3}}))?,?\s+who\s+(?:\w+ly\s+)?(?:{'|'.join(SPEECH_VERBS)})\b")


def _relative_speaker(s: Sentence, found: Sequence[Mention], speaker: str) -> bool:
    """The sentence quotes `speaker` only in a relative clause after the name ("Bo, 11, who said")."""
    return any(m.person == speaker and _RELATIVE_SAID.match(s.text[m.end - s.start:m.end - s.start + 40])
               for m in found)


def _couple_possessor(s: Sentence, found: Sequence[Mention]) -> dict[Mention, str]:
    """The two names of a couple named as one possessor ("Bo and Ann Roe's announcement"), marked "x-"."""
    out: dict[Mention, str] = {}
    for a, b in pairwise(found):
        gap, after = s.text[a.end - s.start:b.start - s.start], s.text[b.end - s.start:b.end - s.start + 2]
        if gap == " and " and after in ("'s", "’s") and a.person != b.person and not _in_quotes(s, a.start):
            out[a] = out[b] = "x-"
    return out


def _unlisted(entry: str) -> str:
    """A history entry without the mark of a listed child."""
    return entry[len(LISTED) + 3:] if entry.startswith(LISTED) else entry


def _listed_children(s: Sentence, found: Sequence[Mention]) -> dict[Mention, str]:
    """The names of a list of two or more children right after a word for them ("his kids, Ann,
    11, Bo, 9, and Cy, 4"; "two sons, Otto and Felix"; "seven kids with: Ann, 11, ..."), each with
    the code of LISTED: the gender of the possessive before that word and that of the word."""
    out: list[Mention] = []
    code = "--"
    for m in found:
        at = m.start - s.start
        if out and _LIST_GAP.match(s.text, out[-1].end - s.start, at):
            out.append(m)
            continue
        if len(out) >= 2:
            break
        start = _LIST_START.search(s.text, 0, at)
        out = [m] if start and not _in_quotes(s, m.start) else []
        if start:
            code = _POSS_GENDER.get((start.group(1) or "").lower(), "-") + _KIDS_GENDER.get(start.group(2).lower(), "-")
    return dict.fromkeys(out, code) if len(out) >= 2 else {}


def _antecedent(history: list[list[str]], ok: Callable[[str], bool],
                maybe: Callable[[str], bool] | None = None, g: str = "") -> str | None:
    """Who a pronoun or epithet refers to: in the nearest earlier sentence that has a fitting
    person, its speaker if it fits, or else the one fitting person it names; no one if it names
    two or more fitting people (the article leaves it to the reader) or if an unresolved epithet
    stands in between. A person `maybe` fits (of unknown gender) counts as a second candidate,
    and a sentence naming only such people stops the search: "Ann Roe posted a photo with her
    mother, Jo Roe. She wrote ..." is no one's if Ann Roe's gender is not known."""
    for people in reversed(history):
        if people[:1] == [UNKNOWN]:
            return None
        speaker = next((p[len(SPEAKER_MARK):] for p in people if p.startswith(SPEAKER_MARK)), None)
        if speaker and ok(speaker):
            return speaker
        if people[:1] == [OTHER] and maybe is None:
            continue
        named = [p for p in people if not p.startswith((SPEAKER_MARK, LISTED))]
        # "his kids, Ann, 11, Bo, 9, and Cy, 4" then "he said": the children are listed as his, and
        # the pronoun goes on with him; so too when two of them are known to fit (a writer would not
        # leave it so). Otherwise each child listed is a candidate like any other.
        listed = [(p[len(LISTED):len(LISTED) + 2], _unlisted(p)) for p in people if p.startswith(LISTED)]
        kids = [(code, p) for code, p in listed if code[0] != "x"]  # "x": a couple named as one, never taken
        certain = {p for code, p in kids if ok(p) or (g and code[1] == g)}
        listed_fit = {p for _code, p in listed if ok(p) or (maybe is not None and maybe(p))} | certain
        if not (len(certain) >= 2 or (g and any(code[0] == g for code, _p in kids))):
            named += [p for _code, p in kids]
        fitting = list(dict.fromkeys(p for p in named if ok(p)))
        unsure = {p for p in named if maybe is not None and maybe(p) and p not in fitting}
        if len(fitting) == 1 and not unsure:
            return fitting[0]
        if fitting or unsure or listed_fit:
            return None
    return None


def _named_before(s: Sentence, found: Sequence[Mention], at: int) -> list[str]:
    """People named outside quotation marks before offset `at` of the sentence, nearest last."""
    return [m.person for m in found if m.start - s.start < at and not _in_quotes(s, m.start)]


def _speaker(s: Sentence, resolver: _Resolver, extra: list[Mention], history: list[list[str]],
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
    for word in (s.speaker.split()[-1], s.speaker.split()[0]):
        if word in resolver.owner:
            return resolver.owner[word]
    if s.speaker.lower() in ("he", "she"):
        g = "m" if s.speaker.lower() == "he" else "f"
        if extra and gender.get(extra[0].person) == g:
            return extra[0].person
        # "As for his ex-wife Kim, she revealed": the one fitting person named before the tag, unless
        # a pronoun of that gender comes earlier ("he sees Ann, Bo and Cy, and he says") or someone
        # of unknown gender is named there too: then the sentences before decide, or no one.
        outside = s.outside_quotes()
        tag = SPEAKER_PRONOUN.search(outside)
        earlier = bool(tag) and bool((_MALE if g == "m" else _FEMALE).search(outside[:tag.start()] if tag else ""))
        fitting = {p for p in named_before if gender.get(p) == g}
        unsure = any(not gender.get(p) for p in named_before)
        here = _latest(list(named_before), lambda p: gender.get(p) == g) \
            if len(fitting) == 1 and not unsure and not earlier else None
        others = (named_after or set()) | (set(named_before) if earlier or unsure or len(fitting) > 1 else set())
        return here or _antecedent(history, lambda p: gender.get(p) == g and p not in others,
                                   _unknown(gender, others), g)
    return None
