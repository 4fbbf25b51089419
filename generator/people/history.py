"""What each sentence leaves for the next ones to refer back to: the marks of a history entry (a
speaker, a child in a list, a couple named as one, someone the recogniser does not know, an
unresolved epithet) and the tests of a sentence that put them there."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from ..lang.en import (
    APPOSED_KIN,
    CAPITALS,
    INSTITUTION_TAILS,
    NAME_STOPWORDS,
    NEWS_WORDS,
    ORGANISATION_TAILS,
    OUTLETS,
    PLURAL_REFERENCE,
    SPEECH_VERBS,
    UNNAMED_ANYONE,
    UNNAMED_FEMALE,
    UNNAMED_MALE,
)
from ..model import Mention, Sentence
from .names import AGE_AFTER, AGE_WINDOW, NAME_WORD, name_runs

UNKNOWN = "\0unknown"  # history entry of a sentence whose subject is an unresolved epithet
OTHER = "\0other"  # history entry: someone the sentence names or refers to whom the recogniser did not resolve
# history entries: someone of that gender the sentence speaks of without a name ("the woman dancing with ..."):
# a candidate for a pronoun of that gender only
UNNAMED_OF = {"f": OTHER + "-f", "m": OTHER + "-m"}
# A sentence that opens on "He" or "She" we could not resolve (inert for antecedent: it fits no pronoun): the
# "he said" of the next sentence may be that man as well as the one it names ("He insists ... . Tom would fly
# back for every holiday, he said").
UNRESOLVED_LEAD = {"f": OTHER + "-lead-f", "m": OTHER + "-lead-m"}
# history entry: a sentence whose subject is someone in a role no one names, of either gender ("The judge awarded the
# couple joint custody.", "At a hearing, a lawyer for Lee asked the court ..."): the "She said" after it may be theirs,
# so no one named before is taken for it
UNNAMED_SUBJECT = OTHER + "-subject"
_NOT_NAMED_AFTER = r"s?\b(?!\s*,?\s+(?-i:[" + CAPITALS + r"]))(?!\s*,\s+(?:[a-z][\w-]*\s+){1,5}(?-i:[" + CAPITALS + r"]))"  # (not "His older sister,
# comedian and radio host Jo Lee, ...": named after the words of her trade)
# Anywhere in a sentence: a woman or a man no one names ("misidentified the woman dancing with ...", "A young
# blonde woman"); not after "is", "was" ("Ann Lee is a mother of two").
_UNNAMED_SOMEONE = re.compile(rf"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!were )(?<!became )(?<!become )"
                              rf"\b(?:the|a|an|one|another)\s+(?:[\w'’-]+\s+){{0,3}}?(?:(woman|girl|lady)|(man|boy|gentleman))"
                              rf"{_NOT_NAMED_AFTER}", re.IGNORECASE)
# Opening a sentence: someone's kin or someone in a role, unnamed ("Lang's mother spoke to reporters", "His aunt
# said", "The couple's former nanny ...", "A spokesperson for the couple said"); not an unnamed source ("An
# insider claimed ...", "A friend said ..."), whom the next sentence's "she" is seldom about.
_UNNAMED_SUBJECT = re.compile(rf"^\W*(?:\d{{1,2}}[:.]\d{{2}}\s+)?(?:(?:At|In|On|During|After|Before|Outside|Inside)\s+[^,;]{{1,60}},\s+)?"
                              rf"(?:the|a|an|one|another|his|her|their|its|my|our|your|"
                              rf"(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?(?:ex-|step-)?"
                              rf"(?:({UNNAMED_FEMALE})|({UNNAMED_MALE})|({UNNAMED_ANYONE})){_NOT_NAMED_AFTER}", re.IGNORECASE)
# ("At a hearing in Los Angeles, a lawyer for Lee asked ...", "Ray's ex-wife told ...", "His ex-girlfriend also weighed in",
# an interview's "My mother was a nurse.")


_NAMED_ROLE = re.compile(r"\s(?-i:[A-Z])[\w'’-]*\s+$")


# Kin someone speaks of without a name, who may be the next pronoun's: one who died, outside quotation marks
# ("told People of their late father. He died in 2020"), and a parent called so inside them ('"Mum would have loved
# every second of today," she wrote. She died of cancer in 2019.'): a third review of brackets, where the speaker (the
# bride, the fiancé named in the quotation) had been published as dead.
# (Not kin as an object or an owner: "dedicated her award to her late mother", "wore his late grandfather's watch",
# "Mum's recipe", "Mama Mia": a review of the rule's over-reach.)
_LATE_KIN = re.compile(r"(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\bby )(?<!\bat )"
                       r"\b(?:her|his|their|my|our|your)\s+late\s+(?:(mother|mum|mom|grandmother|grandma|wife|sister"
                       r"|daughter|aunt)|(father|dad|grandfather|grandpa|husband|brother|son|uncle))\b(?!['’]s)",
                       re.IGNORECASE)
_PARENT_SPOKEN_OF = re.compile(r"\b(?:(Mum|Mom|Mummy|Mommy|(?i:my|our)\s+(?i:late\s+)?(?i:mother|mum|mom))"
                               r"|(Dad|Daddy|(?i:my|our)\s+(?i:late\s+)?(?i:father|dad)))\b(?!['’]s)"
                               r"(?=\s+(?:would|was|is|had|has|always|never|used|taught|told|said|loved|died|passed|made|kept)\b)")


def unnamed_someone(outside: str, resolved: Collection[int] = (), text: str = "") -> list[str]:
    """The history entries of the people a sentence speaks of without a name: by a noun of a gender ("the
    woman dancing with ...", "Lang's mother spoke to reporters", "A young blonde woman"), a candidate for a
    pronoun of that gender; by a noun of either ("the couple's former nanny", "a spokesperson"), for any; and
    UNNAMED_SUBJECT where one of either is the sentence's subject, unless a mention the recogniser resolved
    starts within those words (`resolved`, offsets in the sentence: "The Star Kitchen host says ...", an epithet of
    someone known); and kin who died (_LATE_KIN) or a parent a quotation in `text`, the whole sentence, speaks of
    (_PARENT_SPOKEN_OF)."""
    subject = _UNNAMED_SUBJECT.match(outside)
    if subject and subject.group(3) and _NAMED_ROLE.search(outside, subject.start(), subject.start(3)):
        subject = None  # "The Star Kitchen judge", "the Stage Door coach": a show's judge, an epithet of the one the story is about
    quoted = [m for m in _PARENT_SPOKEN_OF.finditer(text) if outside[m.start():m.end()] != m.group()]  # inside quotes
    found = [*_UNNAMED_SOMEONE.finditer(outside), *filter(None, [subject]), *_LATE_KIN.finditer(outside), *quoted]
    someone = bool(subject and subject.group(3) and not any(subject.start() <= at < subject.end() for at in resolved))
    return sorted({UNNAMED_OF["f"] if m.group(1) else UNNAMED_OF["m"] if m.group(2) else OTHER for m in found}
                  | ({UNNAMED_SUBJECT} if someone else set()))


_CHILD_WORDS = re.compile(r"\b(?:children|kids|daughters?|sons?|babies|twins|grandchildren)\b[^.;]*$", re.IGNORECASE)


def children_named(s: Sentence, found: Sequence[Mention]) -> bool:
    """The sentence names children (with an age, or after a word for children): the people it names
    are then not the couple it speaks of."""
    for m in found:
        at, end = m.start - s.start, m.end - s.start
        if AGE_AFTER.match(s.text[end:end + AGE_WINDOW]) or _CHILD_WORDS.search(s.text[max(0, at - 60):at]):
            return True
    return False


# Right before a capitalised run, a word that makes it a thing, not a person: "the Indochina War";
# and one that cites an outlet, before a run that ends like an outlet's name: "(via National Post)".
_THING_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CITED_BEFORE = re.compile(r"(?:\b(?:[Vv]ia|[Pp]er)|\()\s*$")


def unknown_names(s: Sentence, found: Sequence[Mention], outside: str) -> bool:
    """The sentence names, outside quotation marks, someone by a full name that is no known person's
    ("Ann Roe often does."), not a business, an outlet or a title."""
    taken = [(m.start - s.start, m.end - s.start) for m in found]
    for start, end, run in name_runs(outside):
        if len(run) == 1 and _KIN_NAMED_BEFORE.search(outside, max(0, start - 40), start) \
                and not any(a < end and start < b for a, b in taken):
            return True  # "They have a little sister now, Ivy.": a child the recogniser did not take, whom "She was
            # born in January" next is about
        if len(run) < 2 or run[-1] in INSTITUTION_TAILS | ORGANISATION_TAILS or " ".join(run) in OUTLETS \
                or _THING_BEFORE.search(outside, 0, start) \
                or (run[-1] in NEWS_WORDS and _CITED_BEFORE.search(outside, 0, start)):
            continue
        if not any(a < end and start < b for a, b in taken):
            return True
    return False


# A word of kin right before a one-word name: "a little sister now, Ivy", "their daughter, Ivy", "a baby boy, Tom".
_KIN_NAMED_BEFORE = re.compile(r"\b(?:sister|brother|daughter|son|baby|girl|boy|granddaughter|grandson|niece|nephew)"
                               r"(?:\s+now)?,?\s+$")
_PARTNER_BEFORE = re.compile(rf"(?<![\w.])({NAME_WORD}) and $")
_PARTNER_AFTER = re.compile(rf"^ and ({NAME_WORD})(?![\w])")


def unnamed_pair(s: Sentence, mentions: Sequence[Mention], listed: Collection[Mention]) -> bool:
    """A plural reference beside children named ("the couple are raising two children: Ann, 3, and
    Bo, 1") is a pair the sentence may not name, unless it has named two people before it ("He
    married Ann Roe, and the couple have two sons, ...")."""
    outside = s.outside_quotes()
    plural = PLURAL_REFERENCE.search(outside)
    if not plural or not children_named(s, [m for m in mentions if m.explicit]):
        return False
    return len({m.person for m in mentions if m.start - s.start < plural.start() and m not in listed}) < 2


def unknown_partner(s: Sentence, found: Sequence[Mention]) -> bool:
    """A capitalised word joined by 'and' to a known person's name is someone too, even if no one
    the recogniser knows ("Tom and Dan are funny ones", Dan known, Tom not)."""
    spans = [(m.start - s.start, m.end - s.start) for m in found]
    for at, end in spans:
        for hit in (_PARTNER_BEFORE.search(s.text, max(0, at - 30), at), _PARTNER_AFTER.match(s.text[end:end + 30])):
            if not hit or hit.group(1) in NAME_STOPWORDS:
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


def relative_speaker(s: Sentence, found: Sequence[Mention], speaker: str) -> bool:
    """The sentence quotes `speaker` only in a relative clause after the name ("Bo, 11, who said")."""
    return any(m.person == speaker and _RELATIVE_SAID.match(s.text[m.end - s.start:m.end - s.start + 40])
               for m in found)


def couple_possessor(s: Sentence, found: Sequence[Mention]) -> dict[Mention, str]:
    """The two names of a couple named as one possessor ("Bo and Ann Roe's announcement"), marked "x-"."""
    out: dict[Mention, str] = {}
    for a, b in pairwise(found):
        gap, after = s.text[a.end - s.start:b.start - s.start], s.text[b.end - s.start:b.end - s.start + 2]
        if gap == " and " and after in ("'s", "’s") and a.person != b.person and not in_quotes(s, a.start):
            out[a] = out[b] = "x-"
    return out


def unlisted(entry: str) -> str:
    """A history entry without the mark of a listed child."""
    return entry[len(LISTED) + 3:] if entry.startswith(LISTED) else entry


def listed_children(s: Sentence, found: Sequence[Mention]) -> dict[Mention, str]:
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
        out = [m] if start and not in_quotes(s, m.start) else []
        if start:
            code = _POSS_GENDER.get((start.group(1) or "").lower(), "-") + _KIDS_GENDER.get(start.group(2).lower(), "-")
    return dict.fromkeys(out, code) if len(out) >= 2 else {}


def named_as_children(s: Sentence, found: Sequence[Mention]) -> dict[Mention, str]:
    """Each name the sentence gives as a young child's, marked like a listed child ("--"): with a child's
    age right after it ("Ivy, 5,"), after "baby", "twin", "toddler" (not "daughter": a grown one speaks
    for herself), or after "daughter" or "son" and before "was born" or "arrived" (a newborn: "Daughter Ivy
    arrived on Monday. ..., she says" is not Ivy's): never a pronoun's referent, only another candidate ("... to
    support daughter Ivy, 5, and son Tom, 3. ... She also gets to keep the house": not Ivy)."""
    out: dict[Mention, str] = {}
    for m in found:
        at, end = m.start - s.start, m.end - s.start
        if in_quotes(s, m.start):
            continue
        if (_CHILD_WORD_BEFORE.search(s.text, 0, at) or _CHILD_AGE_AFTER.match(s.text, end)
                or _KID_WORD_BEFORE.search(s.text, 0, at) and _JUST_BORN_AFTER.match(s.text, end)):
            out[m] = "--"
    return out


def named_as_kin(s: Sentence, found: Sequence[Mention]) -> dict[Mention, str]:
    """Each name the sentence gives in apposition to someone's parent, sibling or other kin ("her mom, Jo
    Roe,", "Lee's brother, Jonas Lee"), marked like a listed child ("--"): a candidate, never a pronoun's
    referent ('"Roe" comes from her mom, Jo Roe, a stage actress. Her dad, Cy Lee, is ...': the
    her of both is the one whose kin they are, not the mother)."""
    out: dict[Mention, str] = {}
    for m in found:
        at = m.start - s.start
        title = _TITLE_BEFORE.search(s.text, max(0, at - 6), at)  # "the bride's mother, Mrs Cora Lee"
        at = title.start() if title else at
        if at < 3 or s.text[at - 2] != "," and s.text[at - 1] != ",":
            continue  # (no comma right before the name: no apposition; the cheap test first)
        kin = _KIN_BEFORE.search(s.text, max(0, at - 60), at) if not in_quotes(s, m.start) else None
        if kin and _OBJECT_BEFORE.search(s.text, max(0, kin.start("owner") - 40), kin.start("owner")):
            out[m] = "--"  # (not the sentence's subject: "Ray's mother, Jo Ray, 61, spoke to reporters")
    return out


# Someone's kin right before a name, in apposition: "her mom, ", "Lee's older brother, ".
# (and "the bride's mother, ": someone the story calls by a role)
_KIN_BEFORE = re.compile(rf"(?P<owner>\b(?:her|his|their)|\b(?-i:[A-Z])[\w'’-]*['’]s|\bthe\s+(?-i:[a-z])[\w-]*['’]s)"
                         rf"\s+{APPOSED_KIN}\s*,\s*$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Dr|Chief|Prof)\.?\s+$")


# A lower-case word right before someone's kin: the kin is an object ("comes from her mom, Jo Roe").
_OBJECT_BEFORE = re.compile(r"\b(?-i:[a-z])[\w'’-]*\s+$", re.IGNORECASE)


# "baby Ivy", "twin Tom" right before a name; ", 5," or ", 12." after one.
_CHILD_WORD_BEFORE = re.compile(r"\b(?:baby|twin|toddler)\s*,?\s*$", re.IGNORECASE)  # not "daughter": an adult too
# "Daughter Ivy Lee arrived", "their son, Tom, was born": a child named as just born (no grown child).
_KID_WORD_BEFORE = re.compile(r"\b(?:daughter|son)\s*,?\s*$", re.IGNORECASE)  # ("baby", "twin": _CHILD_WORD_BEFORE)
_JUST_BORN_AFTER = re.compile(r",?\s+(?:was\s+born|arrived|has\s+arrived|came\s+into\s+the\s+world)\b")
_CHILD_AGE_AFTER = re.compile(r",\s*(?:[1-9]|1[0-2])(?:,|\.|\)|;|\s+and\b)")


def in_quotes(s: Sentence, start: int) -> bool:
    return any(a <= start < b for a, b in s.quotes)
