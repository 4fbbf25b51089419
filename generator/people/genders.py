"""What the articles tell of each person besides the name: the gender (the pronouns of sentences
that open with the name, the relation words before it, the configuration) and the role words beside
it; with the pronoun and epithet patterns they and the clarifications read."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from ..config import PersonConfig
from ..lang.en import GENDERED_ROLES, ROLE_NOUNS, SPEECH_VERBS
from ..model import Mention, Sentence

_EPITHET_WORD = r"(?:[A-Z0-9][\w.'’+-]*|former|famous|late|young|veteran|legendary|beloved|then-[\w-]+)"
EPITHET = re.compile(
    rf"\b[Tt]he (?:{_EPITHET_WORD} ){{0,4}}(?:{'|'.join(ROLE_NOUNS)})\b(?!['’]s\b)(?![\w-])")
PRONOUN_START = re.compile(r"^(?:He|She|Him|His|Her)\b")
SPEAKER_PRONOUN = re.compile(rf"\b([Hh]e|[Ss]he)\s+(?:\w+ly\s+)?(?:{'|'.join(SPEECH_VERBS)})\b")
MALE = re.compile(r"\b(?:he|his|himself)\b", re.IGNORECASE)
FEMALE = re.compile(r"\b(?:she|hers|herself)\b|\bher\b(?=\s+[a-z])", re.IGNORECASE)


# A pronoun right after a noun or a relative word, the subject of a clause about that noun: not the
# sentence's person ("the cellist she has been with", "the man whom she married", "that she said").
_IN_RELATIVE = re.compile(r"\b(?:(?:the|a|an|this|that)\s+[a-z][\w-]*|whom|who|that|which)\s+(?:she|he)\b",
                          re.IGNORECASE)


def pronoun_votes(sentences: Sequence[Sentence], mentions: Mapping[str, Sequence[Mention]]) -> Counter[str]:
    """The pronouns of sentences that begin by naming one person, counted as "person|m" and "person|f"."""
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
        # ... nor one in a clause about someone else: "Jonah is Jonah Lee, the cellist she has been with"
        outside = _IN_RELATIVE.sub(" ", outside)
        votes[f"{found[0].person}|m"] += len(MALE.findall(outside))
        votes[f"{found[0].person}|f"] += len(FEMALE.findall(outside))
    return votes


def genders_of(pronouns: Counter[str], hints: Counter[str], configured: Sequence[PersonConfig],
               forms: dict[str, set[str]]) -> dict[str, str]:
    """Majority of the pronouns in sentences that begin by naming one person (pronoun_votes), with
    the relation words before a name (hints) counting three times; the configuration decides first."""
    votes = Counter(pronouns)
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


_ROLE_BEFORE = re.compile(rf"\b({'|'.join(ROLE_NOUNS)})\s*,?\s*$", re.IGNORECASE)
# "a" or "an" and up to two words before a role word: "a professional chef", no name's apposition.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# A verb right after a name: the name is a clause's subject ("..., Bob Ray has admitted", "Bob Ray said").
_VERB_AFTER = re.compile(r"\s+(?:has|have|had|is|was|were|will|would|says|said|[a-z]+ed)\b")
_ROLE_AFTER = re.compile(rf"^,\s+the\s+(?:[\w'’.-]+\s+){{0,3}}?({'|'.join(ROLE_NOUNS)})\b", re.IGNORECASE)


def roles_of(sentences: Sequence[Sentence], explicit: Mapping[str, Sequence[Mention]]) -> dict[str, set[str]]:
    """The role words the articles put next to each person's name: "singer Jane Doe",
    "Jane Doe, the singer", "Grammy winner Jane Doe"."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        for m in explicit[s.id]:
            at, end = m.start - s.start, m.end - s.start
            for hit in (_ROLE_BEFORE.search(s.text, max(0, at - 40), at), _ROLE_AFTER.search(s.text[end:end + 60])):
                if hit and not (hit.re is _ROLE_BEFORE and "," in hit.group(0)
                                and _INDEFINITE_BEFORE.search(s.text, max(0, hit.start() - 30), hit.start())
                                and _VERB_AFTER.match(s.text, end)):
                    out[m.person].add(hit.group(1).lower())  # not "living with a professional chef, Bob has
                    # admitted": the name opens a clause of its own (but "married a fellow chef, Bob Ray, in 2011")
    return out


_GENDERED = "|".join(sorted(GENDERED_ROLES, key=len, reverse=True))
# Right after a name: ", a spokeswoman for ...", ", the senator's spokeswoman", ", Ray's spokeswoman," (a few words
# between the determiner and the role word, none a comma nor "of": ", the wife of congressman Bob Ray" is his).
_GENDERED_AFTER = re.compile(rf",\s+(?:a|an|the|his|her|their|[A-Z][\w'’-]*['’]s)\s+"
                             rf"(?:(?!(?:of|for|to|and|with|by)\b)[\w'’.-]+\s+){{0,2}}?"
                             rf"({_GENDERED})\b", re.IGNORECASE)
_GENDERED_PARTS = ("man", "ess", "widow", "master")  # one of these stands in each of GENDERED_ROLES
_ANY_GENDERED = re.compile(rf"\b(?:{_GENDERED})\b", re.IGNORECASE)
# Right before a name: "spokeswoman Jo Roe", "the senator's spokeswoman, Jo Roe".
_GENDERED_BEFORE = re.compile(rf"\b({_GENDERED}),?\s+$", re.IGNORECASE)


def role_votes(sentences: Sequence[Sentence], explicit: Mapping[str, Sequence[Mention]]) -> Counter[str]:
    """A gendered word for what someone is, set beside their name ("Jo Roe, a spokeswoman for the senator"),
    counted as "person|f" or "person|m": three times a pronoun's vote in genders_of (a spokeswoman who speaks of
    "his work" is no man)."""
    votes: Counter[str] = Counter()
    for s in sentences:
        low = s.text.lower()
        if not any(part in low for part in _GENDERED_PARTS) or not _ANY_GENDERED.search(s.text):
            continue  # most sentences (the parts first: the pattern alone was a tenth of a second at 1,000 articles)
        for m in explicit.get(s.id, ()):
            at, end = m.start - s.start, m.end - s.start
            for hit in (_GENDERED_AFTER.match(s.text, end), _GENDERED_BEFORE.search(s.text, max(0, at - 30), at)):
                if hit:
                    votes[f"{m.person}|{GENDERED_ROLES[hit.group(1).lower()]}"] += 3
    return votes
