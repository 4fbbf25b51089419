"""Stage 3, recognise: find the people in the corpus, their aliases, and who each
pronoun or epithet at the start of a sentence refers to.

No list of names is built in: people are inferred from how the articles write names
(capitalised words that recur alone, carry an age, follow a relation word, or speak),
and `mkdocs.yml` may add or correct them.

This module runs the stage; its parts: names in text (`names.py`), the evidence that a
name is a person's (`evidence.py`), which forms are one person's (`grouping.py`), genders
and role words (`genders.py`), what each sentence leaves for the next (`history.py`), and
which person a pronoun or an epithet is (`clarify.py`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import partial
from itertools import pairwise
from typing import TypeVar

from ..cache import Cache, key_of
from ..config import PersonConfig
from ..lang.en import (
    COUNTRY_TAILS,
    INSTITUTION_TAILS,
    MONTH_NAMES,
    NEWS_WORDS,
    NUMBER_WORDS,
    ORGANISATION_TAILS,
    OUTLETS,
    PLACE_HEADS,
    PLACE_LIKE_HEADS,
    PLACE_SURNAMES,
    REGIONS,
    ROLE_NOUNS,
    VENUE_HEADS,
    WEEKDAYS,
)
from ..model import Mention, Person, Sentence
from .clarify import (
    antecedent,
    appositive,
    fits,
    nearest_named,
    of_unknown_gender,
    people_named_before,
    pronoun_gender,
    reflexive_gender,
    resolve_speaker,
)
from .evidence import SAID, Evidence, article_evidence, proper_openers, sum_evidence
from .genders import EPITHET, PRONOUN_START, SPEAKER_PRONOUN, genders_of, pronoun_votes, role_votes, roles_of
from .grouping import group_names
from .history import (
    LISTED,
    OTHER,
    SPEAKER_MARK,
    UNKNOWN,
    UNRESOLVED_LEAD,
    couple_possessor,
    in_quotes,
    listed_children,
    named_as_children,
    named_as_kin,
    relative_speaker,
    unknown_names,
    unknown_partner,
    unlisted,
    unnamed_pair,
    unnamed_someone,
)
from .names import NAME_WORD, TITLE_GENDER, Resolver, SurnameBearers, fold, name_runs, name_words

__all__ = ["name_runs", "name_words", "recognise"]

T = TypeVar("T")

# recognise makes each sentence again with its mentions and speaker, field by field in this order
assert [f.name for f in fields(Sentence)] == ["id", "source", "index", "paragraph", "start", "end", "text",
                                               "attribution", "speaker", "quotes", "mentions", "answer_by",
                                               "asked_of"]
# A full name, then the full name the same person now goes by: "Bob Ray took his wife's surname after the wedding and is
# now known as Bob Lee", "Ann Lee, now known as Ann Ray".
_NOW_KNOWN_AS = re.compile(rf"({NAME_WORD}(?: {NAME_WORD}){{1,3}})\b[^.;]{{0,80}}?\b(?:is\s+now\s+known\s+as|now\s+known\s+as"
                           rf"|now\s+goes\s+by|has\s+since\s+been\s+known\s+as)\s+({NAME_WORD}(?: {NAME_WORD}){{1,3}})")
_AKA = re.compile(rf"({NAME_WORD}(?: {NAME_WORD}){{1,3}}),? (?:aka|a\.k\.a\.|also known as) ([A-Z][\w-]*(?:\.[\w-]+)*)")
# A name, then the full name of the same person: "Lee, whose full name is Annabel Kay Lee", "Lee
# (real name Annabel Lee)".
_FULL_NAME_IS = re.compile(rf"({NAME_WORD}(?: {NAME_WORD}){{0,3}}),? (?:\d{{1,3}}, )?(?:whose (?:full|real|legal|birth) name is"
                           rf"|\((?:real|full) name:?) ({NAME_WORD}(?: (?:y )?{NAME_WORD}){{1,4}})")
# A verb or a word whose "at", "to", "from" takes a person: "took aim at Rowan Head", "waved to", "a letter from".
_AT_SOMEONE = re.compile(r"\b(?:aim|aimed|aiming|look|looked|looking|shouted|yelled|laughed|smiled|waved|glared|stared"
                         r"|angry|mad|furious|swipe|jab|dig|lashed out|hit back|married|engaged|letter|message|gift|call"
                         r"|talk|talked|spoke|speaking|belong|belongs|belonged|went|sent|wrote|next|cheated|cheating|cheats|out|turned"
                         r"|turns|spotlight|focus|focused|pressure|depend|depends|depended|relied|rely|relies|trust"
                         r"|believe|believed|believes|friend|ally|partner|rival|role|part|comment|comments|commented"
                         r"|remarks|report|story|piece|book)\s+$", re.IGNORECASE)
# A name of two words or more right after a preposition of place ("a party at Bronte Beach").
_RUN_AFTER_AT = re.compile(r"\b(?:at|in|on|near|off|to|from|around)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\b(?!['’])")
_RUN_ON_OR_AT = re.compile(r"\b(?:at|in|on|near|off)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\b(?!['’])")
# A capitalised word right after a preposition of place, not followed by another ("in Miami", not "to Ann Lee").
_RUN_AFTER_A_PLACE_WORD = re.compile(r"\b(?:born|raised|grew up|lives|lived|living|based|moved|moved back|relocated"
                                     r"|settled|hometown|native|(?:1[89]|20)\d\d,?)\s+(?:in|at|near|outside|to)\s+"
                                     r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\b(?!['’])")  # (not "an ally in Kay Moss",
# "a swipe at Cy Ray": a person after "in" or "at")
_AFTER_A_PLACE_WORD = re.compile(r"\b(?:in|at|to|from|near|between|outside|across|around) ([A-Z][a-z]+)\b(?! [A-Z])")
_SURELY_A_PLACE = re.compile(r"\b([A-Z][a-z]+)-born\b|\b(?:suburb|town|village|city|county|parish|district) of ([A-Z][a-z]+)\b"
                             r"(?! [A-Z])")
# An epithet's work, then the name of whoever it is: "the author of Night Rooms, Cy Moss".
_NAMED_AFTER_ITS_WORK = re.compile(r"\s+(?:of|behind|on|in)\s+[^,.;]{1,60},\s+(?:[a-z]+\s+)?[A-Z][\w'’-]+\s+[A-Z]")
# A full name right after an epithet, whoever it is ("the businessman Femi Lund", a name the corpus may not take for
# a person's): the epithet is that name's, never someone named before.
_FULL_NAME_AFTER = re.compile(r",?\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
# "He's Tom Ray Sr.", "She is Ivy Lee": the sentence says who the pronoun is, a full name that is no one's
# possessive ("He is Tom Ray's son" is the one before); "His name is Cy Moss" is Cy Moss.
_IS_NAMED = re.compile(r"(?:['’]s|\s+(?:name\s+)?(?:is|was))\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\b(?!['’])")
# A nickname in quotation marks between a first name (and an initial) and a surname: 'Robert "Bob" Ray',
# 'Roberta L. "Bobbie" Ray'.
_NAME_ALONE = re.compile(rf"\W*{NAME_WORD}(?: {NAME_WORD}){{0,2}}[.!?]\W*")
_NICKNAME = re.compile(rf"(?:\b({NAME_WORD}) )?\b({NAME_WORD})(?: [A-Z]\.)? [\"“]({NAME_WORD})[\"”] ({NAME_WORD}(?: {NAME_WORD})?)\b")
_EITHER_OF_THEM = re.compile(r"\b(?:either|each|both|neither|all|the two) of them\b|\bthe other\b", re.IGNORECASE)
_COMMON_NOUN = re.compile(
    r"\b(?:an?|won|wins|win|winning|two|three|four|five|six|seven|\d+)\s+([A-Z][a-z]+?)(?:s|es)?\b(?!['’])(?!\s+[A-Z])")


def _employers(sentences: Sequence[Sentence], forms: Mapping[str, set[str]]) -> set[str]:
    """Names of two or more words written as the owner of a person's full name ("Daybreak Chicago's
    Ann Lee", "Channel Four's Bob Ray"): a show, a network or a team, not a person; one who owns a
    relation ("Ann Lee's husband Bob Ray") is not of them."""
    out: set[str] = set()
    for s in sentences:
        if "'s " not in s.text and "’s " not in s.text:
            continue  # no "'s " between two runs of names
        runs = name_runs(s.text)
        for (_a1, b1, r1), (a2, _b2, r2) in pairwise(runs):
            if len(r1) >= 2 and len(r2) >= 2 and s.text[b1:a2] in ("'s ", "’s ") and " ".join(r2) in forms:
                out.add(" ".join(r1))
    return out


def _firms(sentences: Sequence[Sentence]) -> set[str]:
    """Names of two or more words written as a business: right after "firm", "company" or the like ("the Milwaukee
    firm Lee Ray"), or after "of" behind a person's full name, beginning with that person's surname ("Ann Lee of Lee
    Ray": the partners' firm that bears her name)."""
    out: set[str] = set()
    for s in sentences:
        if " of " not in s.text and not _FIRM_WORD.search(s.text):
            continue
        runs = name_runs(s.text)
        for n, (a, b, run) in enumerate(runs):
            if len(run) < 2 or _SMALL_WORD_AFTER.match(s.text, b):
                continue  # ("the company Ann Lee founded": hers)
            after_a_partner = n and len(runs[n - 1][2]) >= 2 and s.text[runs[n - 1][1]:a] == " of " \
                and run[0] == runs[n - 1][2][-1]
            if after_a_partner or _FIRM_BEFORE.search(s.text, max(0, a - 30), a):
                out.add(" ".join(run))
    return out


_FIRM_WORD = re.compile(r"\b(?:firm|company|partnership|consultancy)\b")
_FIRM_BEFORE = re.compile(r"\b(?:firm|company|partnership|consultancy)\s+$")
# A lower-case word right after a name, but for these small words: a verb as often ("the company Ann Lee founded").
_SMALL_WORD_AFTER = re.compile(r"\s+(?!(?:of|in|and|to|for|at)\b)[a-z]")


# Right before a show's name: "co-hosted Daybreak", "present Daybreak", "breakfast program Daybreak", "back on Daybreak".
_SHOW_BEFORE = re.compile(r"\b(?:present(?:s|ed|ing)?|co-?host(?:ed|ing)|back on|(?:show|program|programme|series)"
                          r"(?:,)?)\s+$", re.IGNORECASE)  # (not "co-hosts", a noun as often: "Daybreak co-hosts Bo and Ann")


_SHOW_WORDS = ("present", "host", "back on", "show", "program", "series")


def _shows(sentences: Sequence[Sentence]) -> set[str]:
    """One-word names two or more sentences write right after a word of presenting a show or of a show
    ("co-hosted Daybreak since 2017", "will present Daybreak", "its breakfast program Daybreak"): a show, not a
    person (nor the first word of a name: "a sort of Daybreak West")."""
    seen: Counter[str] = Counter()
    for s in sentences:
        low = s.text.lower()
        if not any(w in low for w in _SHOW_WORDS):
            continue  # (most sentences: the names are not read again)
        for start, _end, run in name_runs(s.text):
            if len(run) == 1 and _SHOW_BEFORE.search(s.text, max(0, start - 30), start):
                seen[run[0]] += 1
    return {name for name, n in seen.items() if n >= 2}


def _outlets_cut(forms: Mapping[str, set[str]], outlets: Collection[str], sentences: Sequence[Sentence]) -> set[str]:
    """The names of `forms` that open an outlet's name of `outlets` and are written only as its opening words."""
    cuts = {" ".join(words[:k]): outlet for outlet in outlets
            for words in [outlet.removeprefix("The ").split()] for k in range(2, len(words)) if " ".join(words[:k]) in forms}
    return {cut for cut, outlet in cuts.items()
            if sum(s.text.count(cut) for s in sentences) == sum(s.text.count(outlet.removeprefix("The ")) for s in sentences)}


def _glued(forms: set[str]) -> set[str]:
    """The forms of one person that are another of their full names with a word before it that is no name of
    theirs ("Heartbroken Bob Ray", from "Heartbroken Bob Ray is heading to court"): matched in the text, never
    listed as a name they are called by."""
    return {f for f in forms if len(words := f.split()) >= 3 and " ".join(words[1:]) in forms
            and words[0] not in forms and not any(g.split()[0] == words[0] for g in forms if g != f)}


def recognise(sentences: Sequence[Sentence], configured: Sequence[PersonConfig] = (),
              cache: Cache | None = None, not_people: Collection[str] = ()
              ) -> tuple[tuple[Sentence, ...], tuple[Person, ...]]:
    """Find people, attach mentions (names, resolved pronouns and epithets) to sentences.
    With a cache, an article seen before is not read again: its name evidence, the names in it and whom
    its pronouns, epithets and speakers refer to come from its entry (_Article), each part unless what it
    depends on changed (the people's name forms; the gender and role words of its people). A name in
    `not_people` (the outlets the articles are from or cite, names the user says are no one's)
    is never a person, nor any form of one."""
    work = [_Article.read(article, cache) for article in _articles(sentences)]
    full, lone, strong, hints, after_the, initial = sum_evidence(w.evidence for w in work)
    # (a given name of two words where the articles write it in full so: 'José Luis "Pepe" Moss' is "José Luis
    # Moss", never "Luis Moss")
    nicknames = [(" ".join(longer) if m.group(1) and tuple(longer) in full else f"{m.group(2)} {m.group(4)}",
                  f"{m.group(3)} {m.group(4)}")
                 for s in sentences for m in _NICKNAME.finditer(s.text)
                 for longer in [[m.group(1) or "", m.group(2), *m.group(4).split()]]]
    forms = group_names(full, lone, strong, configured, nicknames, proper_openers(initial, lone, sentences), hints)
    # an outlet with or without its article: "The Daily Dish" is "Daily Dish" in a sentence (not "The Sun":
    # "Sun" alone is a surname too)
    barred = {fold(m).lower() for n in (*OUTLETS, *not_people) if n
              for m in (n, *((n.removeprefix("The "),) if n.count(" ") >= 2 and n.startswith("The ") else ()))}
    # an outlet's name cut before a word that ends no name ("told Kelby Gossip Now that"): an outlet where every
    # time it is written it runs on into the outlet's name (not "Ann Lee" of "Ann Lee Living" and "Ann Lee said")
    barred |= {fold(cut).lower() for cut in _outlets_cut(forms, not_people, sentences)}
    # "Bright Management Group" ... "Bright says": a one-word name that begins a company's name; or an
    # institution's or an outlet's, where nothing else says it is a person's ("Elmfield State University" ...
    # "at Elmfield"; "Ridgeline 9 News" ... "Ridgeline 9's Ann Lee"; not "Ivy League" of a daughter Ivy)
    companies = {run[0] for run in full if len(run) > 1 and run[-1] in ORGANISATION_TAILS}
    # (an outlet of this corpus only: a daughter Marie is no "Marie Claire" of another corpus; a speaker alone is
    # no person here: "Quillo said in a statement")
    companies |= ({run[0] for run in full if len(run) > 1 and run[-1] in INSTITUTION_TAILS | NEWS_WORDS}
                  | {n.removeprefix("The ").split()[0] for n in not_people if " " in n.removeprefix("The ")}) - strong
    # "Dublin, Ohio", "Ohio's 3rd District": a state or country named alone is a place, unless the articles
    # give it an age or a relation word ("their daughter Georgia", "Georgia, 6,")
    # "won an Oscar", "two Grammys": a thing that is counted or won is no one
    # (not one with an age or a relation word: "You also have a Tom at home" of "her son, Tom, 12")
    companies |= {m.group(1) for s in sentences for m in _COMMON_NOUN.finditer(s.text)} - strong
    first_names = {name.split()[0] for name in forms if " " in name and name in strong}  # ("Daybreak co-hosts Otto
    # and Ann": the first name of "Otto Brandt, 44"; not the first word of "a sort of Daybreak West")
    employers = (_employers(sentences, forms) | _firms(sentences) | (_shows(sentences) - first_names)) - strong

    # a word that stands alone mostly right after "in", "at", "to", "from", "between" is a place's: "moved to
    # Miami", "between Miami and Madrid" (the one "Miami Beach" is then no one's first name and surname)
    placed = Counter(m.group(1) for s in sentences if " " in s.text for m in _AFTER_A_PLACE_WORD.finditer(s.text))
    # a word written as a place's surely: "the Kelby-born star", "the Dublin suburb of Kelby"
    surely_placed = Counter(m.group(1) or m.group(2) for s in sentences if "-born" in s.text or " of " in s.text
                            for m in _SURELY_A_PLACE.finditer(s.text))

    def mostly_a_place(word: str) -> bool:
        return placed[word] >= 3 and placed[word] >= 0.8 * lone[word]

    # a name of two words or more that stands only right after "born in", "grew up in", "lives near" ("grew up in Bay
    # City", "born in Bay City in 1944"), never beside a person's marks: a place's
    at_a_place = Counter(m.group(1) for s in sentences if " " in s.text for m in _RUN_AFTER_A_PLACE_WORD.finditer(s.text))
    full_counts = Counter(" ".join(run) for run in full)
    # a name ending in a word of a place that is a surname too, standing mostly right after "at", "in", "on", "near"
    # ("a party at Bronte Beach"; not "the lawyer Cara Beach"): a place's
    at_or_in = Counter(m.group(1) for s in sentences if " " in s.text for m in _RUN_AFTER_AT.finditer(s.text)
                       if not _AT_SOMEONE.search(s.text, 0, m.start()))
    # the same, right after "on", "in", "at", "near", "off" only (never "according to Ann Lee", "her divorce from Bob Ray")
    on_or_at = Counter(m.group(1) for s in sentences if " " in s.text for m in _RUN_ON_OR_AT.finditer(s.text)
                       if not _AT_SOMEONE.search(s.text, 0, m.start()))
    # a run whose first word is a verb's "-ing" form that never stands alone and only opens sentences ("Watching Ivy
    # meet her grandparents ...", "Wishing Bob a happy birthday"): no first name
    gerunds = {n.split()[0] for n in forms if " " in n and n.split()[0].endswith("ing") and not lone[n.split()[0]]}
    gerunds = {w for w in gerunds if _only_opening(w, sentences)}  # (not "Sterling Moss", "Jing Liu" mid-sentence)

    def as_someone(word: str) -> int:
        """How often a word stands alone elsewhere than a place's ("in Kelby", "the Kelby house"): opening a sentence,
        saying, or inside one ("Lee said Ray was a hero")."""
        return max(0, lone[word] - placed[word] - after_the[word]) + initial[word] + (SAID + word in strong)

    def only_after_the(word: str) -> bool:
        """"the Greyhound", never written without "the" (not "Paris, 9," beside "the Paris apartment"):
        a nickname, and a name ending in it ("Go Lynx!" of "the Lynx", a team) no one's."""
        return bool(after_the[word]) and after_the[word] >= lone[word] + initial[word]

    for name in [n for n, fs in forms.items() if fold(n).lower() in barred or fs & set(not_people) or n in employers
                 or n in REGIONS and (n not in strong or " " in n)  # ("Georgia" may be someone; "South Florida" not)
                 or " " in n and n not in strong and mostly_a_place(n.split()[0])
                 # a name whose last word stands alone as a place, surely so somewhere ("Qamar Beirut", a song, beside
                 # "in Beirut", "the Beirut-born singer"): no one's surname
                 or " " in n and n not in strong and surely_placed[n.split()[-1]]
                 and placed[n.split()[-1]] >= max(3, lone[n.split()[-1]] / 2)
                 # a name written in full once whose first word stands alone as a place three times or more, and is
                 # written surely as one ("parking changes for Kelby Cross" beside "grew up in Kelby", "the
                 # Kelby-born star"): a place's
                 or " " in n and n not in strong and full_counts[n] <= 1 and placed[n.split()[0]] >= 3
                 and surely_placed[n.split()[0]]
                 or n.split()[0].lower() in NUMBER_WORDS and n not in strong  # "Read more: Ten Welsh bakers to watch"
                 # (not "Seven Lee, 11,")
                 or " " not in n and n in companies
                 or " " in n and n.split()[0] in VENUE_HEADS | PLACE_HEADS  # "Casa Ivo": a restaurant; "Co Mayo"
                 or " " in n and n not in strong and n.split()[0] in PLACE_LIKE_HEADS  # "Fort Wayne", not "Les Moss, 52"
                 or " " in n and n not in strong and n.split()[-1] in COUNTRY_TAILS  # "Rowing Canada": a body
                 or " " in n and n not in strong and n.split()[0] in gerunds
                 or " " in n and n not in strong and at_a_place[n] and at_a_place[n] >= full_counts[n]
                 or " " in n and n.split()[-1] in PLACE_SURNAMES and at_or_in[n] > full_counts[n] / 2
                 # a name written three times or more, nearly always right after "on", "in", "at" ("a hotel on Kelby
                 # Island", "the wedding at Glen Abbey"), never with a person's marks: a place's
                 or " " in n and n not in strong and on_or_at[n] >= 3 and on_or_at[n] >= 0.6 * full_counts[n]
                 and as_someone(n.split()[-1]) <= placed[n.split()[-1]] / 5
                 # (not where its last word stands alone as someone's: "took a shot at Bob Ray" ... "Ray wrote")
                 or " " in n and n.split()[0] in employers and n not in strong  # "a sort of Daybreak West", of a show
                 or only_after_the(n.split()[-1])]:
        if not any(c.name == name for c in configured):
            dropped = forms.pop(name)
            owned = {f for fs in forms.values() for f in fs}
            for word in sorted(f for f in dropped if " " not in f and f in strong and f not in owned and f != name
                               and f not in PLACE_SURNAMES):  # (never "Bay" of "outside Sister Bay")
                forms[word] = {word}  # "Watching Sofia ..." is no one, but "their daughter, Sofia," is someone
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
        for m in _FULL_NAME_IS.finditer(s.text) if " name" in s.text else ():  # "Lee, whose full name is Annabel Kay Lee": one
            owner, written = first_owner.get(m.group(1)), m.group(2)  # person, the full name a form of the other
            # (a Spanish double surname joined by "y" is the same name without it: "Ana Ruiz y Lopez")
            full_name = next((c for c, fs in forms.items() if written in fs or written.replace(" y ", " ") in fs), written)
            # (only where the name written begins a word of the full name: "Kay" of "Kaylee"; never
            # "Marlowe, whose real name is Nora Quill" of a wife who took her husband's surname on stage)
            begins = any(w.lower().startswith(x.lower()) for x in m.group(1).split() for w in written.split())
            if (owner and begins and full_name in forms and full_name != owner
                    and not any(c.name == full_name for c in configured)):
                forms[owner] |= {full_name} | forms.pop(full_name)
                first_owner.update((f, owner) for f in forms[owner] if first_owner.get(f) == full_name)
        for m in _NOW_KNOWN_AS.finditer(s.text) if "known as" in s.text or "goes by" in s.text else ():
            # "Bob Ray took his wife's surname after the wedding and is now known as Bob Lee": one man, two names
            owner, other = first_owner.get(m.group(1)), first_owner.get(m.group(2))
            if (owner and other and owner != other and other in forms
                    and not any(c.name == other for c in configured)):
                forms[owner] |= forms.pop(other)
                first_owner.update((f, owner) for f in forms[owner] if first_owner.get(f) == other)
    resolver = Resolver(forms)
    explicit: dict[str, list[Mention]] = {}
    votes: Counter[str] = Counter()
    roles: dict[str, set[str]] = defaultdict(set)
    # the Resolver's input, in its order (a form two people share is the later's), each person's forms sorted
    known = key_of([(person, sorted(fs)) for person, fs in forms.items()])
    for w in work:
        names, pronouns, words = w.scan(known, partial(_scan, w.sentences, resolver), cache)
        explicit.update(zip((s.id for s in w.sentences), _surnames_of_this_article(w.sentences, names),
                            strict=True))
        votes.update(pronouns)
        for person, said in words.items():
            roles[person] |= said
    titles = possessive_titles(sentences, forms)
    if titles:
        text_of = {s.id: (s.start, s.text) for s in sentences}
        explicit = {sid: [m for m in ms if not _in_title(m, *text_of[sid], titles)] for sid, ms in explicit.items()}
    gender = genders_of(votes + role_votes(sentences, explicit), hints, configured, forms)
    out: list[Sentence] = []
    epithets: dict[str, Counter[str]] = defaultdict(Counter)
    written = _suffixes_written(sentences)
    twofold = _father_and_son(written, forms)
    suffixed = _SuffixedNames.of(forms, twofold, written)
    for person, name in suffixed.others.items():
        forms[name] = {name}
        gender[name] = gender.get(person, "")
    for w in work:
        found, named = w.resolve(_resolve_key(w.sentences, explicit, resolver, gender, roles),
                                 partial(_resolve, w.sentences, explicit, resolver, gender, roles), cache)
        if twofold:  # "Tom Reyes Jr." and "Tom Reyes Sr.": "he", "Mr Reyes" may be either; no one's
            found = tuple(_without(twofold, s, ms, spk, suffixed) for s, (ms, spk) in zip(w.sentences, found, strict=True))
        # (made field by field, not by dataclasses.replace: that was a quarter of the stage's time in a rebuild)
        out += [Sentence(s.id, s.source, s.index, s.paragraph, s.start, s.end, s.text, s.attribution, speaker,
                         s.quotes, mentions, s.answer_by, s.asked_of)
                for s, (mentions, speaker) in zip(w.sentences, found, strict=True)]
        for person, epithet in named:
            epithets[person][epithet] += 1
        w.save(cache)
    if cache is not None:
        cache.save_packs("people")
    counts = Counter(m.person for s in out for m in s.mentions)
    people = tuple(
        Person(name=c, aliases=tuple(sorted(forms[c] - {c} - _glued(forms[c]))), gender=gender.get(c, ""),
               mentions=counts[c], epithets=tuple(sorted(epithets[c])))
        for c in sorted(forms, key=lambda c: (-counts[c], c)) if counts[c]
    )
    return tuple(out), people


Scan = tuple[tuple[list[Mention], ...], Counter[str], dict[str, set[str]]]
Resolved = tuple[tuple[tuple[tuple[Mention, ...], str | None], ...], tuple[tuple[str, str], ...]]


@dataclass
class _Article:
    """One article's work, and its one cache entry ("people", under its sentences' offsets, text,
    quotations and speaker names): its name evidence; the names found in it, its pronoun votes and
    role words (_scan), for one set of name forms; and its mentions and speakers (_resolve), for one
    _resolve_key. A part whose forms or key changed is worked out again, and the entry rewritten."""

    sentences: Sequence[Sentence]
    key: str
    evidence: Evidence
    scanned: tuple[str, Scan] | None = None
    resolved: tuple[str, Resolved] | None = None
    changed: bool = False

    @classmethod
    def read(cls, sentences: Sequence[Sentence], cache: Cache | None) -> _Article:
        if cache is None:
            return cls(sentences, "", article_evidence(sentences), changed=True)
        key = key_of([(s.start, s.text, s.quotes, s.speaker) for s in sentences])
        stored = cache.lookup("people", key, tuple)
        if stored is not None and len(stored) == 3:
            return cls(sentences, key, *stored)
        return cls(sentences, key, article_evidence(sentences), changed=True)

    def scan(self, forms: str, compute: Callable[[], Scan], cache: Cache | None) -> Scan:
        self.scanned = self._part("names", self.scanned, forms, compute, cache)
        return self.scanned[1]

    def resolve(self, key: str, compute: Callable[[], Resolved], cache: Cache | None) -> Resolved:
        self.resolved = self._part("mentions", self.resolved, key, compute, cache)
        return self.resolved[1]

    def _part(self, name: str, part: tuple[str, T] | None, key: str, compute: Callable[[], T],
              cache: Cache | None) -> tuple[str, T]:
        """The stored part if it was worked out under `key`, else worked out now (counted in the
        cache's hits and misses under `name`)."""
        if part is not None and part[0] == key:
            if cache is not None:
                cache.hits[name] += 1
            return part
        if cache is not None:
            cache.misses[name] += 1
        self.changed = True
        return key, compute()

    def save(self, cache: Cache | None) -> None:
        if cache is not None and self.changed:
            cache.store("people", self.key, (self.evidence, self.scanned, self.resolved))


def _articles(sentences: Sequence[Sentence]) -> list[Sequence[Sentence]]:
    """Consecutive runs of one source's sentences (what a pronoun may refer back through)."""
    runs: list[Sequence[Sentence]] = []
    start = 0
    for end in range(1, len(sentences) + 1):
        if end == len(sentences) or sentences[end].source != sentences[start].source:
            runs.append(sentences[start:end])
            start = end
    return runs


def _scan(article: Sequence[Sentence], resolver: Resolver) -> Scan:
    """An article's names (each sentence's), its pronoun votes for their genders and the role words
    it puts beside them: what it adds to the corpus-wide genders and roles."""
    names = tuple(resolver.explicit(s) for s in article)
    found = {s.id: n for s, n in zip(article, names, strict=True)}
    return names, pronoun_votes(article, found), dict(roles_of(article, found))


def _speaker_owners(s: Sentence, resolver: Resolver) -> tuple[str | None, ...]:
    """Whom the forms resolve_speaker looks up for the sentence's speaker name (it, its last and first word)."""
    if not s.speaker:
        return ()
    return tuple(resolver.owner.get(w) for w in (s.speaker, s.speaker.split()[-1], s.speaker.split()[0]))


def _named_here(named_here: Collection[str], gender: Mapping[str, str], g: str, person: str) -> bool:
    """Whether `person` is named in the pronoun's own sentence and may be of its gender `g`."""
    return person in named_here and gender.get(person, "") in ("", g)


# A name with a generational suffix: "Tom Reyes Jr.", "Reyes Sr.".
_SUFFIXED = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),?\s+(Jr|Sr)\b")
_TITLED_MENTION = re.compile(r"(?:Mr|Mrs|Ms|Miss)\.?\s")
_SUFFIX_AFTER = re.compile(r",?\s+(Jr|Sr)\b")  # the suffix right after a name


def _father_and_son(written: Suffixes, forms: Mapping[str, set[str]]) -> frozenset[str]:
    """The people whose name the articles write with "Jr." and with "Sr." both (a full name of theirs, or its
    surname alone): father and son, whom the recogniser (which reads the suffix as no part of a name) may take for
    one person; a pronoun, a speaker or "Mr Reyes" is then never given to them (the son was published as married to
    his mother)."""
    full, lone = written
    kinds: dict[str, set[str]] = defaultdict(set)
    for (name, kind), _n in (*full.items(), *lone.items()):
        kinds[name].add(kind)
        kinds[name.split()[-1]].add(kind)
    both = {name for name, found in kinds.items() if len(found) == 2}
    return frozenset(c for c, fs in forms.items() if fs & both)


Suffixes = tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]


def _suffixes_written(sentences: Sequence[Sentence]) -> Suffixes:
    """How often each name is written with each suffix: full names of two words or more (each tail of the run:
    "Mayor Tom Reyes Jr." counts for "Tom Reyes"), and a surname written alone ("Reyes Sr.")."""
    full: Counter[tuple[str, str]] = Counter()
    lone: Counter[tuple[str, str]] = Counter()
    for s in sentences:
        if "r." in s.text or " Jr" in s.text or " Sr" in s.text:
            for m in _SUFFIXED.finditer(s.text):
                words = m.group(1).split()
                if len(words) == 1:
                    lone[(words[0], m.group(2))] += 1
                full.update((" ".join(words[i:]), m.group(2)) for i in range(len(words) - 1))
    return full, lone


def _suffixes_of(person: str, forms: Mapping[str, set[str]], written: Suffixes) -> Counter[str]:
    """How often the articles write the person's forms with each suffix ("Jr", "Sr"): a full name of theirs, or
    their surname alone where no one else's full name is written with that suffix."""
    full, lone = written
    own = forms.get(person, set())
    others = {f for c, fs in forms.items() if c != person for f in fs if " " in f} - own
    out: Counter[str] = Counter()
    for kind in ("Jr", "Sr"):
        out[kind] += sum(full[(f, kind)] for f in own if " " in f)
        for f in own:
            if " " not in f and lone[(f, kind)] and not any(full[(g, kind)] for g in others if g.split()[-1] == f):
                out[kind] += lone[(f, kind)]
    return +out


@dataclass(frozen=True, slots=True)
class _SuffixedNames:
    """Whom a name written with a suffix names, for a person whose name the articles write with "Jr." and "Sr.":
    a surname alone ("Reyes Sr.") the one person whose full name they write with that suffix, if that is someone
    else ("Olu Reyes Sr.", the father of "Tom Reyes Jr."); a name of theirs written with the suffix they write
    less often ("Tom Reyes Sr." where "Jr." is written more: the father where the son is the one they are about;
    "Sr." where both are written as often), a person of their own, named so (`others`), so that "Tom Reyes Sr.
    and his wife, Nina" makes no one else Nina's husband."""

    others: dict[str, str]  # person -> the name of the other man of that name
    bearers: dict[tuple[str, str], str]  # (surname, suffix) -> the one person whose full name is written so

    @classmethod
    def of(cls, forms: Mapping[str, set[str]], twofold: frozenset[str], written: Suffixes) -> _SuffixedNames:
        full, _lone = written
        others: dict[str, str] = {}
        for person in sorted(twofold):
            counts = _suffixes_of(person, forms, written)
            if len(counts) == 2:
                others[person] = f"{person} {'Jr.' if counts['Jr'] < counts['Sr'] else 'Sr.'}"
        found: dict[tuple[str, str], set[str]] = defaultdict(set)
        for c, fs in forms.items():
            for f in fs:
                for kind in ("Jr", "Sr"):
                    if " " in f and full[(f, kind)]:
                        found[(f.split()[-1], kind)].add(c)
        return cls(others, {key: next(iter(people)) for key, people in found.items() if len(people) == 1})

    def __call__(self, person: str, written: str, suffix: str) -> str:
        bearer = self.bearers.get((written, suffix), person) if " " not in written else person
        if bearer != person:
            return bearer
        other = self.others.get(person, "")
        return other if other.endswith(f" {suffix}.") else person


def _without(twofold: frozenset[str], s: Sentence, mentions: tuple[Mention, ...], speaker: str | None,
             suffixed: Callable[[str, str, str], str] | None = None) -> tuple[tuple[Mention, ...], str | None]:
    """A sentence's mentions and speaker without a pronoun, an epithet, a speaker or a "Mr" given to one of
    `twofold` (_father_and_son); their names written out stay, each written with a suffix given to whom
    `suffixed(person, name as written, suffix)` says (_SuffixedNames)."""
    kept = []
    for m in mentions:
        if m.person not in twofold:
            kept.append(m)
        elif m.explicit and not _TITLED_MENTION.match(s.text, m.start - s.start):
            suffix = _SUFFIX_AFTER.match(s.text, m.end - s.start)
            if suffix and suffixed is not None:
                m = Mention(suffixed(m.person, s.text[m.start - s.start:m.end - s.start], suffix.group(1)),
                            m.start, m.end, True)
            kept.append(m)
    return tuple(kept), None if speaker in twofold else speaker


def _resolve_key(article: Sequence[Sentence], explicit: dict[str, list[Mention]], resolver: Resolver,
                 gender: dict[str, str], roles: dict[str, set[str]]) -> str:
    """A key of everything _resolve reads of an article: its sentences' text, offsets, quotations and
    speaker names, the names found in them, whom its speakers' names resolve to, and the gender and role
    words of those people: every person _resolve can name (a pronoun or an epithet refers back only to
    someone the article names, or to a speaker). Another article's change touches this key only if it
    changes what the corpus says of one of them."""
    found = [tuple(explicit[s.id]) for s in article]
    owners = [_speaker_owners(s, resolver) for s in article]
    people = {m.person for ms in found for m in ms} | {o for os in owners for o in os if o}
    return key_of([(s.start, s.text, s.quotes, s.speaker) for s in article], found, owners,
                  sorted({s.text[a:b] for s in article for a, b in resolver.shared_surnames(s.text)}),
                  sorted((p, gender[p]) for p in people if p in gender),
                  sorted((p, sorted(roles[p])) for p in people if p in roles))


def _only_opening(word: str, sentences: Sequence[Sentence]) -> bool:
    """Whether every sentence that holds the word (followed by a capitalised word) opens with it, or a quotation
    in it does ('Lee wrote: "Wishing Bob ...')."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}\s+[A-Z]")
    return all(m.start() == len(s.text) - len(s.text.lstrip(_OPENING_MARKS)) or _QUOTATION_OPENS.search(s.text, 0, m.start())
               for s in sentences if word in s.text for m in pattern.finditer(s.text))


_OPENING_MARKS = "\"“‘'( "
# A quotation opening right before a word ('Lee wrote: "Wishing Bob ...'): the word opens what is quoted.
_QUOTATION_OPENS = re.compile(r"(?:^|[\s:,(])[\"“‘]\s*$")


def _surnames_of_this_article(article: Sequence[Sentence], names: Sequence[list[Mention]]) -> list[list[Mention]]:
    """Each sentence's names, a surname alone given to the one person the article names in full with it in its
    first two sentences, before anyone else the surname may be, where
    the person the corpus gives the surname to is named in this article by another surname only ("Ivy Lee ...
    Lee, 41, a nurse, filed for divorce" in an article about the sister of the Lee the other articles mean, who
    is "Ann Ray" here, by her married name): in its own article, "Lee" is Ivy. Where the article names the
    surname's owner by no full name, or by that surname too, it is left as it was (a brother named in full
    beside the star named by his first name alone)."""
    full: dict[str, set[str]] = defaultdict(set)  # surname -> who the article names in full with it
    other_surname: dict[str, set[str]] = defaultdict(set)  # person -> the surnames the article names them with
    first_named: dict[str, int] = {}  # person -> the article's first sentence that names them
    in_the_lede: set[str] = set()  # those named in full in the article's first two sentences
    for n, (s, ms) in enumerate(zip(article, names, strict=True)):
        for m in ms:
            said = s.text[m.start - s.start:m.end - s.start]
            first_named.setdefault(m.person, n)
            if " " in said:
                full[said.split()[-1]].add(m.person)
                other_surname[m.person].add(said.split()[-1])
                if n < LEDE_SENTENCES:
                    in_the_lede.add(m.person)
    if not full:
        return list(names)
    out = []
    for s, ms in zip(article, names, strict=True):
        kept = []
        for m in ms:
            said = s.text[m.start - s.start:m.end - s.start]
            bearers = full.get(said, set()) if " " not in said else set()
            bearer = next(iter(bearers)) if len(bearers) == 1 else ""
            if (bearer and bearer in in_the_lede and first_named[bearer] <= first_named.get(m.person, 0)
                    and m.person not in bearers and said != m.person.split()[0]  # (a first name: "Ren")
                    and not _KIN_OR_RANK_BEFORE.search(s.text, 0, m.start - s.start)
                    and other_surname.get(m.person, {said}) - {said}
                    and said not in other_surname[m.person] and not _TITLE_BEFORE.search(s.text, 0, m.start - s.start)):
                m = Mention(next(iter(bearers)), m.start, m.end, m.explicit)  # (not "Gov. Lee", "Mr Lee": a title
                # may name the other bearer, whom the article gives no first name)
            kept.append(m)
        out.append(kept)
    return out


# The article's opening sentences, where the one it is about is named in full.
LEDE_SENTENCES = 2
# "The elder Lee sister", "her mother, Mrs Lee": a surname that names one of a family, whichever.
_KIN_OR_RANK_BEFORE = re.compile(r"\b(?:elder|younger|older|eldest|youngest|mother|father|sister|brother|daughter|son|aunt"
                                 r"|uncle|grandmother|grandfather|the other)\s+$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Gov|Governor|Sen|Senator|Rep|Judge|Justice|Mayor|Gen|Col|Capt|Lt"
                           r"|Sgt|Prof|Rev|Sir|Dame|Lord|Lady)\.?\s+$")


def _shared_surname_alone(s: Sentence, outside: str, mentions: Sequence[Mention], resolver: Resolver) -> bool:
    """Whether the sentence names, outside quotation marks and in no name found, a surname alone that
    two or more people bear ("Ray, 35, spent his career at the club", of two brothers): someone is
    named whom the article leaves unclear, and a "he" after it is no one named earlier."""
    return any(not any(m.start - s.start <= a < m.end - s.start for m in mentions)
               for a, _b in resolver.shared_surnames(outside))


# A one-word name and a capitalised word after its "'s": "Ivy's Table", "Lee's Kitchen".
_POSSESSIVE_NAME = re.compile(r"(?<![\w'’-])([A-Z][\w-]+)['’]s\s+([A-Z][\w-]+)\b")


def possessive_titles(sentences: Sequence[Sentence], forms: Mapping[str, set[str]]) -> frozenset[tuple[str, str]]:
    """(name, word) of each "<name>'s <Word>" two or more articles write alike, where the name is a
    person known by that one word and at least one article gives the words as a work's name, right
    after a word for a work or for hosting one ("presents Ivy's Table", "the cookery series Ivy's Table",
    "the presenter of Lumen TV's Ivy's Table"): a title, whose name is no mention of the person (it made
    "Ivy" someone named with the host in every sentence that gives the show, and "Bob Ray married Ivy
    Lee, of Ivy's Table fame" the wedding of three). The word after it is no word of anyone's name (not
    "Ann's Bob Ray"), no month, day or place (not "Ivy's March wedding"); a review found "Ivy's Instagram"
    in two articles, with no word for a work, taken for a title, and her husband lost to her ex."""
    single = {name for name in forms if " " not in name}
    words = {w for name, fs in forms.items() for form in (name, *fs) for w in form.split()}
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    as_a_work: set[tuple[str, str]] = set()
    for s in sentences:
        for m in _POSSESSIVE_NAME.finditer(s.text):
            pair = (m.group(1), m.group(2))
            if pair[0] in single and pair[1] not in words and pair[1] not in _NOT_A_TITLE_WORD:
                seen[pair].add(s.source)
                if _WORK_BEFORE.search(s.text, 0, m.start()):
                    as_a_work.add(pair)
    return frozenset(pair for pair, sources in seen.items() if len(sources) >= 2 and pair in as_a_work)


# Right before a work's name: a word for the work or for making or hosting it, and the capitalised words of
# whose it is ("the presenter of Lumen TV's", "the cookery series", "presents").
_WORK_BEFORE = re.compile(r"\b(?:present(?:s|ed|ing)?|presenter of|host(?:s|ed|ing)?|host of|star(?:s|red)? (?:of|in)"
                          r"|series|show|programme|program|sitcom|drama|podcast|restaurant|bistro|brand|label|novel"
                          r"|book|memoir|album|film|movie|the face of)\s+(?:[\w'’]+\s+){0,3}?[*\"“]?$", re.IGNORECASE)
_NOT_A_TITLE_WORD = MONTH_NAMES | frozenset(WEEKDAYS) | REGIONS


def _in_title(m: Mention, start: int, text: str, titles: frozenset[tuple[str, str]]) -> bool:
    """Whether the mention is the name of one of `titles` ("Ivy" of "Ivy's Table")."""
    at, end = m.start - start, m.end - start
    hit = _POSSESSIVE_NAME.match(text, at)
    return hit is not None and hit.end(1) == end and (hit.group(1), hit.group(2)) in titles


# A word of address before a surname: "Mr Ray said" is "Ray said" to the test of a surname two bear.
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+")
# A speaker by a title and a name ("Mrs Justice Cy Moss", "Judge Ann Roe", "Dr Bo Lee"): someone, whoever.
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Judge|Justice|Lord|Lady|Sir|Dame|Professor|Prof|Rev|Det|Sgt|Officer|Sheriff"
                     r"|Recorder|Master|Magistrate|Commissioner)\.?\s+[A-Z]")  # also "District Judge Moss"
# A speaker's tag set off by commas right after a name, then the clause goes on: "Ms Lee, she points out
# with a certain pride, was appointed".
_ASIDE_AFTER = re.compile(r",\s+(?:he|she)\s+[^,.;:!?\"“”]{2,60},\s+(?:[a-z]+ly\s+)?(?:was|is|has|had|will|would|[a-z]+ed)\b")


_ANY_HONORIFIC = re.compile(r"\bM(?:r|rs|s|iss)\b")
# A word of address that says whether a man or a woman is named after it.
_GENDERED_HONORIFIC = re.compile(rf"\b({'|'.join(TITLE_GENDER)})\.?\s+$")


def _honorific_fits(s: Sentence, m: Mention, gender: Mapping[str, str]) -> bool:
    """Whether the word of address right before a name fits the gender of the one it is given to ("Mr
    Lee" is never Ann Lee, his sister, where the article named only her in full)."""
    title = _GENDERED_HONORIFIC.search(s.text, max(0, m.start - s.start - 6), m.start - s.start)
    said = TITLE_GENDER[title.group(1)] if title else ""
    return not said or gender.get(m.person, said) in (said, "")


def _kin_of_another_surname(s: Sentence, outside: str, at: int, found: Sequence[Mention], who: str,
                            gender: Mapping[str, str], g: str, history: Sequence[Sequence[str]]) -> bool:
    """Whether the words after a sentence's opening "His" or "Her" name that one's parents, a parent, a brother or a
    sister in apposition, by a surname `who` does not have and someone else the article named before, of that
    gender (or of none known), does ("Her parents, Brendan and Mary Lee, marked their anniversary" after a paragraph
    that ends on Cara Fahy, in an article on Ann Lee): whose kin they are is then unclear, and the pronoun is left as
    written. (A married woman's own kin by her maiden name, "Her sister, Mara Lind," with no other Lind named in the
    article before, stay hers.)"""
    kin = _BLOOD_KIN_NAMED.match(outside, at)
    if kin is None:
        return False
    named = {m.person for m in found if kin.end() <= m.start - s.start <= kin.end() + _KIN_NAMES_WITHIN}
    surnames = {p.split()[-1] for p in named if " " in p}
    earlier = {unlisted(p) for seen in history for p in seen}
    return bool(surnames) and who.split()[-1] not in surnames and any(
        " " in p and p.split()[-1] in surnames and p not in named and gender.get(p, "") in (g, "") for p in earlier)


# Blood kin named in apposition right after an opening "His"/"Her" ("Her parents, ", "His younger brother, ").
_BLOOD_KIN_NAMED = re.compile(r"\s+(?:(?:older|younger|elder|big|little|late)\s+)?(?:parents|mother|mom|mum|father|dad|"
                              r"brother|sister)\s*,\s*")
_KIN_NAMES_WITHIN = 60  # characters after the kin word's comma in which the names stand


def _goes_on_quoting(s: Sentence, before: Sentence) -> bool:
    """Whether the sentence is a quotation alone that goes on from the sentence before, in the same
    paragraph, with that sentence's speaker words (segment copies them: '"...," he said. "..."')."""
    return (bool(s.speaker) and s.speaker == before.speaker and before.paragraph == s.paragraph
            and bool(s.quotes) and s.quotes[0][0] == s.start and s.quotes[0][1] == s.end)


# Someone of a gender a sentence speaks of by a word of kin, unnamed: "who drove her daughter to every casting".
_KIN_OF_GENDER = {g: re.compile(r"\b(?:her|his|their|a|the)\s+(?:(?:late|older|younger|elder|little|baby)\s+)?(?:" + words
                                + r")\b(?!\s*,?\s+(?-i:[A-Z]))", re.IGNORECASE)
                  for g, words in (("f", "daughter|mother|mum|mom|sister|wife|girlfriend|niece|aunt|grandmother|bride"),
                                   ("m", "son|father|dad|brother|husband|boyfriend|nephew|uncle|grandfather|groom"))}


# A brother or sister named with a child's age right after a possessive: "His older sister Ivy, 12, ...".
_CHILDS_SIBLING = re.compile(r"\s+(?:(?:older|younger|elder|big|little|baby|twin)\s+)?(?:sisters?|brothers?|siblings?)\b"
                             r"[^.;]{0,40}?,\s*(?:[1-9]|1[0-7])\b")


def _resolve(article: Sequence[Sentence], explicit: dict[str, list[Mention]], resolver: Resolver,
             gender: dict[str, str], roles: dict[str, set[str]]) -> Resolved:
    """Each sentence's mentions (names, and the pronouns and epithets resolved) and speaker, and the
    (person, epithet) of each epithet resolved, for one article's sentences."""
    out: list[tuple[tuple[Mention, ...], str | None]] = []
    epithets: list[tuple[str, str]] = []
    history: list[list[str]] = []  # per earlier sentence of this source: salient people, first first
    surnames = SurnameBearers()
    stranger_before = False  # the sentence before names someone the recogniser did not take ("Ray's bandmate Cy Moss")
    for n, s in enumerate(article):
        found, unclear_surname = surnames.clear(s, explicit[s.id])
        if "M" in s.text and _ANY_HONORIFIC.search(s.text):
            found = [m for m in found if _honorific_fits(s, m, gender)]
        found = sorted(found + surnames.by_honorific(s, found, gender), key=lambda m: (m.start, m.end))
        named_here = {m.person for m in found if not in_quotes(s, m.start)}
        extra: list[Mention] = []
        outside = s.outside_quotes()
        lead = PRONOUN_START.match(outside)
        if lead and lead.group(0) in ("His", "Her") and _CHILDS_SIBLING.match(outside, lead.end()):
            lead = None  # "His older sister Ivy, 12, ...": a child's, whom the sentence before may not name
        if lead and _IS_NAMED.match(outside, lead.end()):
            lead = None
        if lead:
            g = "m" if lead.group(0) in ("He", "Him", "His") else "f"
            who = antecedent(history, fits(gender, g, named_here), of_unknown_gender(gender, named_here, g), g,
                             partial(_named_here, named_here, gender, g))
            if who and lead.group(0) in ("His", "Her") and _kin_of_another_surname(s, outside, lead.end(), found, who, gender, g, history):
                who = None  # "Her parents, Brendan and Mary Lee, ..." after a sentence on Cara Fahy: the parents of a Lee
            if who and s.quotes and n and _KIN_OF_GENDER[g].search(article[n - 1].text) and any(
                    ROLE_NOUNS.get(m.group(0).split()[-1].lower(), "") in ("", g)
                    and m.group(0).split()[-1].lower() not in roles.get(who, ())
                    for m in EPITHET.finditer(outside, lead.end())):
                who = None  # 'Her father stayed home "because he cries worse than I do," the actress joked' after a
                # sentence on her mother that speaks of "her daughter": the speaker's father, whom the sentence calls
                # by a role no one gives the mother (not 'His mother "taught me everything," the actor said' after a
                # sentence on the actor alone: his)
            if who:
                extra.append(Mention(who, s.start, s.start + lead.end(), False))
        unclear_subject = False
        for m in EPITHET.finditer(outside):
            if appositive(s, found, m.start()) or any(
                    x.start - s.start - m.end() in (0, 1) for x in found if x.start - s.start >= m.end()) \
                    or _NAMED_AFTER_ITS_WORK.match(outside, m.end()) or _FULL_NAME_AFTER.match(outside, m.end()):
                continue  # "Jane Roe, 38, the host of ...", "the singer Jane Roe": the name is right there; so
                # too "the author of Night Rooms, Cy Moss" (a name that may be no one the corpus knows)
            g = ROLE_NOUNS.get(m.group(0).split()[-1].lower(), "") or reflexive_gender(s, found, outside, m.end())
            before = [p.person for p in found if p.start < s.start + m.start()]
            ok = fits(gender, g, named_here, unknown=True)
            who = antecedent(history + [before], ok, None, g)
            # An epithet is clarified only when the articles call that person by the same role word
            # ("singer Jane Doe", "Jane Doe, the singer") and nothing points elsewhere: the one person
            # of the last few sentences so called, if the nearest fitting person is that one or is unclear.
            role = m.group(0).split()[-1].lower()
            recent = {unlisted(p) for h in history[-3:] for p in h if unlisted(p)[:1] != "\0"} | set(before)
            known = sorted(p for p in recent if role in roles.get(p, ()) and ok(p))
            last = history[-1] if history else []
            rivals = stranger_before or any(
                not p.startswith("\0") and known and p != known[0]
                and (gender.get(p, "") in ("", gender.get(known[0], "")) or any(role in r for r in roles.get(p, ())))
                for p in last)
            agreed = known[0] if len(known) == 1 and who in (None, known[0]) and not rivals \
                else None  # (not where the sentence before names another whom no other role word tells apart, or
            # someone the recogniser did not take: "Ray's bandmate Cy Moss, a singer-songwriter, visited on Tuesday.
            # The singer brought balloons.")
            # ... or, for a role word of one gender ("the actress"), the one person of the nearest
            # sentence that names someone fitting, if the articles know that person as of that gender
            # and no one else of the last few sentences is called by that role word.
            near = set(before) | nearest_named(history, {x.person for x in found if in_quotes(s, x.start)})
            if agreed is None and g and who in near and gender.get(who) == g and not known \
                    and not any(role in words for p, words in roles.items() if p != who):
                agreed = who  # (never where the articles call someone else by that role word: "The actress
                # announced her pregnancy" after "the younger son of Otto Lee and Nora Quill")
            if agreed and g and any(gender.get(p, "") in (g, "") and p != agreed for p in before):
                agreed = None  # "Lee, after all, is a stage name: the actress was born ...": one of that
                # gender named before it in its own sentence may be the one it means; the reader decides
            if agreed and (told := pronoun_gender(s, found, outside, m.end())) and gender.get(agreed, "") not in ("", told):
                agreed = None  # "The singer performed a song he wrote for his bride": never a woman singer
            unclear_subject = unclear_subject or (agreed is None and m.start() == 0)
            if agreed:
                extra.append(Mention(agreed, s.start + m.start(), s.start + m.end(), False))
                epithets.append((agreed, re.sub(r"^[Tt]he ", "", m.group(0))))
        said = SPEAKER_PRONOUN.search(outside)
        before = people_named_before(s, found, said.start() if said else 0)
        # "Ms Lee, she points out with some pride, was appointed QC": the one named is the subject of the
        # clause the aside interrupts, someone the speaker speaks of, not the speaker
        subject = {m.person for m in found if said and _ASIDE_AFTER.match(outside, m.end - s.start)
                   and m.end - s.start + 2 >= said.start() - 1}
        before = [p for p in before if p not in subject]
        # the speaker named as the sentence names them, outside the quotation: whom that mention is ("Lee, who never
        # took her husband's name, said" in an article that gives the surname to the one it opens on, not the
        # corpus's other Lee), else whom the forms give, else a form the sentence gives a person only here ("Mr Ray
        # said", SurnameBearers)
        speaker = next((m.person for m in found if s.speaker and m.explicit and not in_quotes(s, m.start)
                        and s.text[m.start - s.start:m.end - s.start] == s.speaker), None) or resolve_speaker(
            s, resolver, extra, history, gender, before, named_here - set(before)) or next(
            (m.person for m in found if s.speaker and s.text[m.start - s.start:m.end - s.start] == s.speaker), None)
        if n and _goes_on_quoting(s, article[n - 1]):
            speaker = out[-1][1]  # the quotation goes on: its speaker is the sentence before's, or no one
            # ('"Tom has only just worked out what a football is," he said. "I'd like to be there when he
            # kicks one."': never Tom, named in the quotation before, when "he" found no one there)
        if speaker and surnames.unclear(_HONORIFIC.sub("", s.speaker or ""), speaker, named_here - {speaker}):
            speaker = None  # "Ray said", after two Rays named in full
        if speaker and said and not any(x.start <= s.start + said.start() < x.end for x in extra):
            extra.append(Mention(speaker, s.start + said.start(), s.start + said.end(1), False))
        mentions = tuple(sorted(found + extra, key=lambda x: (x.start, x.end)))
        out.append((mentions, speaker))
        listed = named_as_children(s, found) | named_as_kin(s, found) | listed_children(s, found) | couple_possessor(s, found)
        if not speaker:  # a name inside a quotation no one is said to speak ('"When Tom was born I was
            # filming," after "He grins."), not named outside it too: a candidate that makes another unclear, never
            # a pronoun's referent
            listed = {**{m: "--" for m in found if in_quotes(s, m.start) and m.person not in named_here}, **listed}
        # names in a quotation are candidates too; children listed and a couple named as one are marked
        salient = [f"{LISTED}{listed[m]}:{m.person}" if m in listed else m.person for m in mentions]
        # Someone else the sentence may be about: a pronoun at its start that found no one ("His
        # father, John Roe, ..."), a full name the recogniser did not take as a person's.
        if lead and not any(x.start == s.start for x in extra):
            salient += [OTHER, UNRESOLVED_LEAD["m" if lead.group(0) in ("He", "Him", "His") else "f"]]
        if subject and not speaker:
            salient.append(OTHER)  # the "she" of "Ms Lee, she points out, was ...": someone else, in view
        if s.speaker and not speaker and _TITLED.search(s.speaker):
            salient.append(OTHER)  # '"...," Mrs Justice Cy Moss said.': someone no one the corpus knows speaks
        stranger_before = unknown_names(s, found, outside) or unknown_partner(s, found)
        if (unclear_surname or stranger_before
                or unnamed_pair(s, mentions, listed) or _shared_surname_alone(s, outside, mentions, resolver)):
            salient.append(OTHER)
        salient += unnamed_someone(outside, [x.start - s.start for x in mentions], s.text)  # "a photo caption misidentified the woman dancing with Ivy's
        # grandfather": "She" next may be the woman no one names
        # A sentence whose subject is an epithet we could not resolve ("The winner closed the
        # night.") hides who "She" in the next sentence is: the search stops there.
        # A speaker in a relative clause ("his son, Bo, 11, who said he ...") is no more salient
        # than the others the sentence names.
        main = speaker if speaker and not relative_speaker(s, found, speaker) else None
        # "Ask either of them about the other ...", naming no one: two people in view, so the next
        # sentence's "she" is either of them; the search stops there too.
        either = not mentions and _EITHER_OF_THEM.search(outside)
        # An answer that is a name alone no one else bears ("Woo-jin." after "The baby is Yoo Jun-seo's son"): the next
        # "He" is that one, never someone named before.
        either = either or (not mentions and _NAME_ALONE.fullmatch(s.text)) or None
        if s.asked_of and not (n and article[n - 1].asked_of):
            history.append([UNKNOWN])  # an interview's question opens a topic of its own: its answer's "he" is someone
            # the question or the answer names, never one named in an earlier answer ("How did you two meet?" -
            # "He read out the wrong raffle ticket twice.": not the son named in the answer before)
        history.append([UNKNOWN] if (unclear_subject or either) and not speaker
                       else ([SPEAKER_MARK + main] if main else []) + salient)
    return tuple(out), tuple(epithets)
