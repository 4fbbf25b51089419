"""Names in text: runs of capitalised words that could be a name (not a stop word, a month
that is a date, a role title), and the forms of the people found, matched in a sentence."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import lru_cache

from ..lang.en import (
    CAPITALS,
    MONTH_NAMES,
    NAME_OPENERS,
    NAME_STOPWORDS,
    QUESTION_VERBS,
    SMALLS,
    SURNAME_AS_FAMILY_AFTER,
    SURNAME_AS_FAMILY_BEFORE,
)
from ..model import Mention, Person, Sentence

# A Korean given name of two syllables joined by a hyphen, the second in small letters ("Ha-rin", "Jun-seo",
# "Sang-hoon"): each a syllable of the romanisation (a consonant or two, a vowel, a final consonant), never an English
# compound ("Kelby-born", "Seoul-based", "Co-op", "Pre-nup": a letter or an ending no syllable has; "Hip-hop", "Re-run").
_VOWEL = r"(?:yae|yeo|wae|woo|yoo|you|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)"
_SYLLABLE = rf"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhw])?{_VOWEL}(?:ng|[kntlmp])?"
_FIRST_SYLLABLE = (rf"(?:(?:Kk|Tt|Pp|Ss|Jj|Ch|[GKNDTRLMBPSJHW]){_VOWEL}|Yae|Yeo|Wae|Woo|Yoo|You|Ae|Ya|Eo|Ye|Wa|Oe|Yo|Wo|We"
                   r"|Wi|Yu|Eu|Ui|Oo|Ee|A|E|O|U|I)(?:ng|[kntlmp])?")
_KOREAN = rf"(?!(?:Hip-hop|Re-run|Re-up|Yo-yo|So-so)\b){_FIRST_SYLLABLE}-{_SYLLABLE}(?![{SMALLS}-])"
NAME_WORD = rf"(?:{_KOREAN}|[{CAPITALS}][{SMALLS}]+(?:-[{CAPITALS}][{SMALLS}]+)?)"
# After a one-word family name, such a given name is written family name first ("Baek Ha-rin"), as Korean names are.
_KOREAN_GIVEN = re.compile(_KOREAN)


def family_name_first(run: Sequence[str]) -> bool:
    """Whether a name of two words is written family name first: a one-word family name, then a given name of two
    syllables joined by a hyphen ("Yoo Jun-seo"; not "Jun-seo Yoo", nor "Ana Ruiz-Lopez")."""
    return len(run) == 2 and "-" not in run[0] and _KOREAN_GIVEN.fullmatch(run[1]) is not None
# Within a name: "St." ("Lars St. Pierre"), the particles of a surname ("Eva van der Meer",
# "Ana de la Cruz") and of a father's name followed by the family's ("Khalid bin Rashid Al Kelbi"; not "Mariam bint
# Omar", whose last word is no surname), never at its start or end.
_INSIDE = rf"(?: St\.| (?:van|von|der|den|de|da|di|du|del|della|la|le|ter|ten)| (?:bin|bint|ibn)(?= {NAME_WORD} {NAME_WORD}))*"
NAME_RUN = re.compile(rf"(?<![\w.])({NAME_WORD}(?:{_INSIDE} {NAME_WORD}){{0,3}})(?:['’]s)?(?![\w])(?!['’]\w)")
# Words before a month that make it a date: "in June Roe filed", "by May Roe had".
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|through|to|of|last|this|next|early|late|mid|before|after|"
    r"during|every|each)|\d|-)\s*$", re.IGNORECASE)


def surnames_of(words: Sequence[str], first_too: bool = False) -> set[str]:
    """The surnames a full name's words bear: its last word and the parts of a hyphenated one ("Bob Ray-Moss":
    Ray-Moss, Ray, Moss); `first_too`, the words between the first name and the last too, the first surname of
    a double one ("Bob Ray Moss", "Ann Lee y Roe": Ray, Lee)."""
    last = words[-1]
    found = {last, *(last.split("-") if "-" in last else ())}
    if first_too and len(words) >= 3:
        found |= set(words[1:-1]) - {"y", "de", "del", "la", "van", "von"}
    return found


# The gender a word of address gives the name after it ("Mr Lee" is a man; "Dr" says none).
TITLE_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_HONOUR_BEFORE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Yy]our)\s+$")


@lru_cache(maxsize=65536)
def name_runs(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Runs of capitalised words that could be names, split at capitalised stop words. A month
    before a capitalised word in a name's place is a first name ("June Carter married"), not
    after a word that makes it a date ("in June Carter said"). Once per text (the people stage
    reads each sentence several times, and syndicated copies repeat it)."""
    return tuple(_name_runs(text))


def _name_runs(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    question = text.rstrip(" \"'”’").endswith("?")
    for m in NAME_RUN.finditer(text):
        words = m.group(1).split(" ")
        if question and words[0] in QUESTION_VERBS and (not text[:m.start(1)].strip(" \"'“‘")
                                                         or text[:m.start(1)].rstrip().endswith(":")):  # "POLL: Will"
            words[0] = words[0].lower()  # "Will Daybreak viewers be hearing wedding bells?": a verb (see below)
        pos = m.start(1)
        run: list[str] = []
        run_start = pos
        given = len(words) > 1 and words[0] in MONTH_NAMES and words[1] not in NAME_STOPWORDS \
            and not _DATE_BEFORE.search(text, 0, pos)
        for i, w in enumerate(words + [""]):
            if w == "Honour" and (words[i - 1] in ("Her", "His", "Your") if i else _HONOUR_BEFORE.search(text, 0, pos)):
                pos += len(w) + 1
                continue  # a judge addressed by rank ("Her Honour made orders"), not a daughter named Honour
            if i == 0 and (w in NAME_OPENERS or w.islower()) and len(words) > 1:
                pos += len(w) + 1
                continue  # "Little Tom joins big sister Ivy", "Inside Cafe Roma": no name's first word
            if w and (w not in NAME_STOPWORDS or (i == 0 and given)):
                if not run:
                    run_start = pos
                run.append(w)
            elif run:
                yield run_start, run_start + len(" ".join(run)), tuple(run)
                run = []
            pos += len(w) + 1


def fold(word: str) -> str:
    """Compare names without accents: 'José' and 'Jose' are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def spelt_alike(word: str) -> str:
    """A name as it is spelt without marks or letters of its own: 'Weiß' and 'Weiss', 'Yıldırım' and 'Yildirim',
    'Łukasz' and 'Lukasz' (for one surname written two ways; never to read a short form: 'Luka' is no 'Łukasz')."""
    return fold(word).translate(_UNMARKED)


_UNMARKED = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})


class Resolver:
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
        # The surnames two or more people bear that name no one alone ("Ray" of Bob Ray and Tom Ray):
        # such a word alone names someone the article leaves unclear.
        last = Counter(name.split()[-1] for name in people if " " in name)
        self.shared = frozenset(w for w, n in last.items() if n >= 2 and w not in self.owner)
        self.shared_word = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(self.shared))) + r")(?![\w'’-])") \
            if self.shared else None

    def shared_surnames(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each surname alone in `text` that two or more people bear (self.shared)."""
        return [(m.start(), m.end()) for m in self.shared_word.finditer(text)] if self.shared_word else []

    def explicit(self, s: Sentence) -> list[Mention]:
        out: list[Mention] = []
        text, end = s.text, 0
        for start in (m.start() for m in self.starts.finditer(text)):
            if start < end:
                continue
            for k in (3, 2, 1):
                form = next((f for f in self.by_prefix.get(text[start:start + k], ())
                             if text.startswith(f, start) and not _word_char_at(text, start + len(f))), None)
                if form and " " not in form and SURNAME_AS_FAMILY_BEFORE.search(text, 0, start) \
                        and SURNAME_AS_FAMILY_AFTER.match(text, start + len(form)):
                    break  # "the whole Ray clan": the family, not the one person the surname stands for
                if form:
                    end = start + len(form)
                    out.append(Mention(self.owner[form], s.start + start, s.start + end, True))
                    break
        return out


_WORD_CHAR = re.compile(r"\w")


def _word_char_at(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


# A child named as such: "his then-11-year-old daughter, Ivy Ray", "their son Rowan Hale".
_CHILD_BEFORE = re.compile(r"\b(?:daughter|son|child|kid|baby|stepdaughter|stepson|granddaughter|grandson)s?,?\s+$")


# A child's age right after a name: "Tom Ray, 15, had asked", "Ivy Ray (9)".
_MINOR_AFTER = re.compile(r"(?:,\s*|\s*\()(?:1[0-7]|[1-9])\b(?![.,]?\d)")


# "Mr Ray", "Mr. Ray": a man by his surname.
# An age right after a name: "Tom Lee, 38,", "Ivy, five,".
# An age right after a name ("Ann Lee, 38,"); not a count with its unit ("Marina, Lagos, seven months after": a place).
AGE_AFTER = re.compile(r"^,\s*(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                       r"(?!\s*(?:months?|years?|weeks?|days?|hours?|minutes?|times|per\s*cent|percent|million|thousand"
                       r"|billion|miles|kilometres|km|%)(?!\w))")
AGE_WINDOW = 30  # characters after a name that AGE_AFTER reads
_MR = re.compile(r"\bMr\.?\s+([A-Z][\w'’-]+)\b")


class SurnameBearers:
    """The people an article has named in full so far, by surname: a surname alone ("Ray, 27,
    and Dumas had dated since college") after the article has named in full someone else who
    bears it ("her brother-in-law Tom Ray ... with Bob Ray") could be either of them,
    and is left to no one (precision first: the corpus's best-known Ray may be the wrong one).
    One per article, fed its sentences' names in reading order. A child named as such ("his
    daughter, Ivy Ray") is no bearer a surname alone may mean: the news call a parent so,
    never a child; nor is one whose age right after the name is a child's ("Tom Ray, 15, asked to
    live with his father")."""

    def __init__(self) -> None:
        self.named: dict[str, set[str]] = defaultdict(set)
        self.ages: dict[str, int] = {}  # the age given right after a full name in this article

    def clear(self, s: Sentence, found: list[Mention]) -> tuple[list[Mention], bool]:
        """The sentence's names without the surnames alone that are unclear, and whether it had one."""
        kept: list[Mention] = []
        here = {m.person for m in found}  # "Ray called Ivy a ...": not Ivy Ray
        for m in found:
            form = s.text[m.start - s.start:m.end - s.start]
            other = self._in_longer_name(s, m, form)
            if other:
                self.named[form].add(other)
                continue  # "her brother-in-law Tom Ray": someone else of that surname
            if self.unclear(form, m.person, here - {m.person}):
                continue
            if " " in form.strip() and not _CHILD_BEFORE.search(s.text, 0, m.start - s.start) \
                    and not _MINOR_AFTER.match(s.text, m.end - s.start):
                for surname in surnames_of(form.split(), first_too=True):
                    self.named[surname].add(m.person)  # "Bob Ray-Moss" bears "Ray" too: "Mr
                    # Ray" after him and his father "Otto Ray" is no one's
                age = AGE_AFTER.match(s.text[m.end - s.start:m.end - s.start + AGE_WINDOW])
                if age and age.group(1).isdigit():
                    self.ages[m.person] = int(age.group(1))
            kept.append(m)
        return kept, len(kept) < len(found)

    def by_honorific(self, s: Sentence, found: Sequence[Mention], gender: Mapping[str, str]) -> list[Mention]:
        """"Mr Ray", where the surname alone is no one's (a sister and a mother bear it too): the one
        man of that surname the article has named in full so far. Never "Mrs" or "Ms": a wife may take
        the surname ("Mrs Ray" of his wife, beside his sister Jo Ray)."""
        taken = [(m.start - s.start, m.end - s.start) for m in found]
        out: list[Mention] = []
        for hit in _MR.finditer(s.text):
            if any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            bearers = self.named[hit.group(1)]
            men = [p for p in bearers if gender.get(p) == "m"]
            age = AGE_AFTER.match(s.text[hit.end():hit.end() + AGE_WINDOW])
            if len(men) != 1 or any(not gender.get(p) for p in bearers) or (
                    age and age.group(1).isdigit() and men[0] in self.ages
                    and abs(int(age.group(1)) - self.ages[men[0]]) > 1):
                continue  # (not of a father whose gender no word tells beside the son; not "Mr Lee, 70" of "Tom
                # Lee, 38": the bride's father, introduced so)
            out.append(Mention(men[0], s.start + hit.start(), s.start + hit.end(), True))
        return out

    @staticmethod
    def _in_longer_name(s: Sentence, m: Mention, form: str) -> str:
        """The longer name, not the sentence's first words, that ends in `form`, a surname alone
        given to someone else ("brother-in-law Tom Ray", where the corpus knows Bob Ray
        only); "" when there is none."""
        if " " in form.strip() or len(m.person.split()) < 2:
            return ""
        at = m.start - s.start
        for start, end, words in name_runs(s.text):
            if 0 < start < at and end == at + len(form) and len(words) > 1:
                return " ".join(words)
        return ""

    def unclear(self, form: str, person: str, elsewhere: Collection[str] = ()) -> bool:
        """Whether `form`, a name given to `person`, is their surname alone after the article has
        named in full someone else who bears it and is not named `elsewhere` in the sentence."""
        words, owner = form.split(), person.split()
        return (len(words) == 1 and len(owner) > 1 and owner[-1] == words[0]
                and bool(self.named[words[0]] - {person} - set(elsewhere)))


def name_words(people: Sequence[Person]) -> frozenset[str]:
    """Every word of the people's names and aliases ("Ann", "Lee", "Bob", "Ray"): what a sentence may
    give of someone even where the people stage leaves the word to no one (a surname two bear)."""
    return frozenset(w for p in people for form in (p.name, *p.aliases) for w in form.split())
