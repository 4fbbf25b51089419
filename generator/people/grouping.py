"""Which name forms are one person's: full names that recur, the first names and surnames that
stand alone for them, and the configured people with their aliases."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from difflib import SequenceMatcher

from ..config import PersonConfig
from ..lang.en import INSTITUTION_TAILS, LONG_NAME_TAILS, NOT_PERSON_TAILS, ORGANISATION_TAILS, PERSON_CUES
from .evidence import SAID
from .names import family_name_first, fold, spelt_alike, surnames_of


def group_names(full: Counter[tuple[str, ...]], lone: Counter[str], strong: set[str],
                configured: Sequence[PersonConfig], nicknames: Sequence[tuple[str, str]] = (),
                openers: Counter[str] | None = None, hints: Counter[str] | None = None) -> dict[str, set[str]]:
    """Canonical name -> every form that names that person. `nicknames`: (full name, the name with a
    nickname) of each 'Robert "Bob" Ray' the articles write: one person. `openers`: proper names
    that only open sentences (evidence.proper_openers), which may be a known person's surname
    ("Roe popped the question"), never a person of their own. `hints`: evidence.article_evidence's
    ("Tom|child", "Tom Moss|adult"): a first name a child bears alone is not an adult's first name
    ("Athletic director Tom Moss" and "her son, Tom, 12": two people)."""
    hints = hints or Counter()
    # Names written family name first ("Yoo Jun-seo", "Actress Yoo Jun-seo") are grouped as the given name first
    # ("Jun-seo Yoo"), so that "Jun-seo" alone is his given name and "Yoo" his family's, which his son Yoo Tae-min
    # bears too; each is named in the text as it is written (_as_written).
    full, written = _given_name_first(full)
    if written:  # the evidence for a name as written is the evidence for it turned
        turned = {as_written: name for name, (as_written, _n) in written.items()}
        strong = strong | {turned[w] for w in strong if w in turned} | {
            SAID + turned[w.removeprefix(SAID)] for w in strong if w.startswith(SAID) and w.removeprefix(SAID) in turned}
        hints = hints + Counter({f"{turned[k.partition('|')[0]]}|{k.partition('|')[2]}": n for k, n in hints.items()
                                 if k.partition("|")[0] in turned})

    def a_child_of_its_own(first: str, name: str) -> bool:
        return bool(hints[f"{first}|child"] and hints[f"{name}|adult"] and not hints[f"{name}|child"])

    people: dict[str, set[str]] = {}
    by_first: dict[str, str] = {}
    by_two: dict[tuple[str, str], str] = {}  # the first two words of a name of three or more -> its person
    for cfg in configured:
        people[cfg.name] = {cfg.name, *cfg.aliases}
        by_first.setdefault(fold(cfg.name.split()[0]), cfg.name)
    # "Ann Lee ... Lee said": a surname with person evidence makes the one full name ending in it a person's.
    tails: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for run in full:
        if run[-1] not in NOT_PERSON_TAILS:
            tails[run[-1]].add(run)
    in_full = {w for run in full for w in run}
    strong = {w.removeprefix(SAID) for w in strong
              if not w.startswith(SAID) or lone[w[len(SAID):]] or w[len(SAID):] in in_full}
    marked = strong  # (the names given a person's marks as written)
    strong = strong | {" ".join(next(iter(tails[w]))) for w in strong if len(tails.get(w, ())) == 1}
    # "Ray Row Capital" ... "Ray Row closed its second fund": the start of a business's name, where
    # nothing but that says it is a person's
    firms = {run[:k] for run in full if len(run) > 2 and run[-1] in ORGANISATION_TAILS for k in range(2, len(run))}
    # Two surnames that end the full names of two or more people with other first names ("Ivy Ray
    # Lee", "Tom Ray Lee"): a family's double surname, never a person ("Ray said" is not theirs)
    # (and the last two of names of four words: "José Luis Moss Lee" and his sister "Ana Belén Moss Lee")
    double = {tail for tail, n in Counter(run[-2:] for run in full if len(run) >= 3).items() if n >= 2}
    owner_of = {form: c for c, forms in people.items() for form in forms}  # (the configured people's, so far)
    split_off: set[str] = set()  # the people told from another of their first name by _two_people
    split_short: set[str] = set()  # the short names whose long names were two people's ("Tomás Kelby")
    # Full names, most frequent first, so the usual form becomes the canonical one.
    for run, _n in sorted(full.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0])):
        name = " ".join(run)
        if run in double or hints[f"{name}|club"] or hints[f"{name}|title"] >= 2 * _n and name not in marked and (
                any(run[-1] in other for other in full if other != run) or not lone[run[-1]] + (openers or Counter())[run[-1]]):
            continue  # (a family's double surname; a club's name: "SC Nordby Hamburg" written elsewhere without "SC"; a
            # work's title written twice as often as a title: "to host Night Harbour" beside "her talk show Night Harbour",
            # even where its last word is someone's first name: "Harbour said"; not a documentary named after the man
            # it is about, whose surname stands alone and is no one else's: "Ray wrote")
        if (not (lone[run[0]] or lone[run[-1]] or name in strong) or run[-1] in INSTITUTION_TAILS | ORGANISATION_TAILS
                or run in firms and name not in strong or len(run) >= 3 and run[-1] in LONG_NAME_TAILS):
            continue  # a title, a place or a business ("Ray Row Capital"): its words never stand alone as a name
        owner = by_first.get(fold(run[0])) if run[0] not in _NO_FIRST_NAMES else None  # ("Al Moss", "Al Ray": two)
        # (a given name of two words is looked up whole: "Ana Belen Lee Moss" is "Ana Belén Lee"'s, never "Ana
        # Clara"'s, who was named first)
        owner = by_two.get((fold(run[0]), fold(run[1]))) or owner if len(run) >= 3 else owner
        if owner is not None and not _may_be_renamed(owner, run, full, hints, name not in written and owner not in written):
            owner = None  # "Tom Vane", beside "Bob Ray's brother Tom Ray": two men named Tom; "Yoo Ha-rin", the
            # daughter of "Baek Ha-rin": a name written family name first is no one's under a surname taken at marriage
        if owner is not None and _sister_not_wife(name, run, owner, people[owner], hints):
            people[name] = {name}  # "Bunty's sister Ann Ray" beside "Ann Lee", who married Bunty Ray: his sister, a
            owner_of[name] = name  # person of her own (the first name stays the first's; a longer name that opens
            split_off.add(name)  # with hers is hers: _give_openings)
            continue
        clash = [form for form in people[owner] if _two_people(form.split(), run, _men(hints, form, name, owner))
                 ] if owner is not None else []
        if owner in split_short and len(_given_and_own(run)) >= 3:
            clash = [owner]  # (a long name after the clash: "Tomás Kelby Ray", the son, is no one's either)
        if owner is not None and clash:
            # "Ana Clara Ray Moss", the daughter of "Ana Belén Moss"; "Tomás Kelby Ray", the
            # son of "Tomás Kelby Moss": two people (the first name stays the first's). Where the first is
            # named by a shorter name ("Tomás Kelby"), which of the two that is, is not known: each long name is
            # a person of its own.
            if not _two_people(owner.split(), run, _men(hints, owner, name)) and clash != [owner]:
                split_short.add(owner)
                for form in clash:
                    people[owner].discard(form)
                    people[form] = {form}
                    owner_of[form] = form
                    split_off.add(form)
            people[name] = {name}
            owner_of[name] = name
            split_off.add(name)
            continue
        tail = owner_of.get(" ".join(run[1:])) if (len(run) >= 3 and not lone[run[0]] and name not in strong
                                                   and full[run[1:]] > full[run]) else None
        if tail:
            people[tail].add(name)  # "Heartbroken Bob Ray is heading to court": a word that opens the
            owner_of[name] = tail  # sentence before a name named more often without it, no person of its own
            continue
        if owner is None:
            people[name] = {name}
            by_first[fold(run[0])] = name
        else:
            people[owner].add(name)
        owner_of[name] = owner or name
        if len(run) >= 3:
            by_two.setdefault((fold(run[0]), fold(run[1])), owner or name)
    _give_openings(people, split_off)
    for drop, keep in _join_nicknames(people, nicknames).items():
        by_first.update((first, keep) for first, owner in list(by_first.items()) if owner == drop)
    # A first word alone is the short form of the one person whose full names open with it: of two or more ("Yoo
    # Jun-seo", "Yoo Na-rae": a family name first; "Tom Ray", "Tom Moss"), of none (which of them it is, is not known).
    opening: dict[str, set[str]] = defaultdict(set)
    for name, forms in people.items():
        for form in forms:
            if " " in form:
                opening[form.split()[0]].add(name)
    for name, forms in list(people.items()):
        for form in list(forms):
            first = form.split()[0]
            if lone[first] and not a_child_of_its_own(first, name) and (len(opening[first]) < 2 or first == name):
                forms.add(first)
    _add_surnames(people, lone + (openers or Counter()), full)
    for gone, owner in _add_family_names(people, hints).items():
        by_first.update((first, owner) for first, had in list(by_first.items()) if had == gone)
    named = {form for forms in people.values() for form in forms}
    surnames = {form.split()[-1] for form in named if " " in form}  # "Doe, 43": not a new person
    full_firsts = _by_sound(by_first)  # the first names of the people named in full, for their short forms
    for word in sorted(strong):
        if " " not in word and fold(word) in by_first and word not in named and a_child_of_its_own(word, by_first[fold(word)]):
            people[word] = {word}  # "her son, Tom": not "Athletic director Tom Moss"
            named.add(word)
        elif " " not in word and fold(word) in by_first and len(opening[word]) < 2:
            people[by_first[fold(word)]].add(word)
            named.add(word)
        elif " " not in word and word in surnames and word not in named:
            owners = {c for c, fs in people.items() for f in fs if " " in f and f.split()[-1] == word}
            if len(owners) == 1:  # "Lee said", one Lee: hers; two: no one's
                people[owners.pop()].add(word)
                named.add(word)
        elif " " not in word and word not in named and word not in surnames and (
                owner := _short_form_of(word, full_firsts, hints, people)) and not hints[f"{word}|child"] \
                and not _owned_otherwise(word, people[owner], hints):
            people[owner].add(word)  # "TV cook Kate": Katherine Moss, the corpus's one Katherine (not "their
            # daughter, Kate, 6,", "her stylist Kat", "his sister Kat": someone's someone is someone of her own)
            named.add(word)
        elif " " not in word and word not in named and word not in surnames:
            people[word] = {word}
            by_first[fold(word)] = word
            named.add(word)
    for full_name, nick in nicknames:  # 'Robert "Bob" Lee' where Robert and Bob stand alone: one person
        first, called = full_name.split()[0], nick.split()[0]
        if first in people and called in people and people[called] == {called} and first != called:
            people[first] |= people.pop(called)
        elif first in people and lone[called] and not any(called in forms for forms in people.values()):
            people[first].add(called)
    return _as_written(people, written, full) if written else people


# The first words of names that are no first names: "Al Moss" and "Al Ray" are two people, never one renamed.
_NO_FIRST_NAMES = frozenset(["Al", "El", "Abu", "Bin", "Ibn", "Abd", "Abdel"])


def _two_people(one: Sequence[str], other: Sequence[str], men: bool = False) -> bool:
    """Whether two full names of three words or more with one first word are two people: a word of each, in one
    place (the second; any, in names of one length), that the other does not have ("Ana Belén Moss" and "Ana Clara Ray
    Moss", mother and daughter; "Tomás Kelby Moss" and "Tomás Kelby Lee", son and father), where no word is merely
    moved ("Hillary Diane Rodham", "Hillary Rodham Clinton": one woman, her maiden name now her middle one). The last
    word alone is another only where the two are men (`men`), whom marriage rarely renames ("Sarah Jane Lee" who became
    "Sarah Jane Moss" is one woman)."""
    one, other = _given_and_own(one), _given_and_own(other)
    if len(one) < 3 or len(other) < 3:
        return False
    # (the second word, a second given name as often, wherever the names end; the others only in names of one length:
    # "Annika Weiss-Yildirim" is no one else than "Annika Weiss" of "Annika Weiss Cooks Between", a show)
    places = range(1, len(one) if men else len(one) - 1) if len(one) == len(other) else range(1, 2)
    return any(not _alike(a, b) and not any(_alike(a, w) for w in other) and not any(_alike(b, w) for w in one)
               for a, b in ((one[i], other[i]) for i in places))


def _sister_not_wife(name: str, run: Sequence[str], owner: str, forms: Collection[str], hints: Counter[str]) -> bool:
    """Whether a full name that would be `owner`'s under a surname taken at marriage (it shares no surname with her own
    name: "Ann Ray" of "Ann Lee", whatever double name she took, "Ann Lee Ray") is called someone's brother or sister,
    which no form of hers is, or the other way round: "his sister Ann Ray" is his sister (a sibling bears the family's
    name from birth)."""
    if _one_surname(owner.split(), run):
        return False  # (one surname: "his sister, Ann Kay Lee" is Ann Lee)
    # (either way round: the sister may be the one named first)
    return bool((_said_of({name}, hints) ^ _said_of(forms, hints)) & _SIBLING_WORDS)


def _one_surname(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two names share a word after their first, however written ("Ann Lee-Ray" and "Ann Ray")."""
    return bool({spelt_alike(w) for part in one[1:] for w in part.split("-")}
                & {spelt_alike(w) for part in other[1:] for w in part.split("-")})


def _said_of(names: Collection[str], hints: Counter[str]) -> set[str]:
    """The words the articles call any of `names` by: someone's kin or a role (evidence.py's "|owned:" and "|role:"
    hints: "his sister Kat", "celebrity stylist Kat")."""
    return {h.split("|", 1)[1].split(":", 1)[1] for h in hints
            if h.split("|", 1)[0] in names and h.split("|", 1)[1].startswith(("owned:", "role:"))}


_SIBLING_WORDS = frozenset(["sister", "brother", "sisters", "brothers", "sibling", "twin"])


def _men(hints: Counter[str], *names: str) -> bool:
    """Whether the articles make one of `names` a man (a relation word, a title) and none a woman."""
    return any(hints[f"{n}|m"] for n in names) and not any(hints[f"{n}|f"] for n in names)


def _alike(one: str, other: str) -> bool:
    """Two words of names that may be one word spelt two ways: "Kelbi", "Kelby"; "Núñez", "Nunez"."""
    a, b = spelt_alike(one).lower(), spelt_alike(other).lower()
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.8


def _give_openings(people: dict[str, set[str]], split_off: Collection[str]) -> None:
    """A short name that opens the long name of one person told apart by _two_people only, and none of its own
    person's long names, is that person's: "Ana Clara" (given to her mother "Ana Belén Moss" as a name taken at
    marriage) is the daughter "Ana Clara Ray Moss"; and so is a person of that short name alone who was told apart
    from the mother as someone's sister."""
    if not split_off:
        return  # (most corpora: no one told apart, nothing to give)
    for owner, forms in list(people.items()):
        for form in sorted(forms):
            if " " not in form or any(fold(f).startswith(fold(form) + " ") for f in forms):
                continue
            to = [q for q in split_off if q != owner and q in people
                  and any(fold(f).startswith(fold(form) + " ") for f in people[q])]
            if len(to) == 1 and form != owner:
                forms.discard(form)
                people[to[0]].add(form)
            elif len(to) == 1 and owner in split_off and forms == {owner}:
                people[to[0]] |= people.pop(owner)  # "his sister, Ana Clara, 7", told apart from her mother: the
                break  # daughter named in full "Ana Clara Ray Moss"


def _given_and_own(words: Sequence[str]) -> list[str]:
    """The capitalised words of a name before a surname taken at marriage after "de" ("Ana Belén Moss de
    Ray": her own name, "Ana Belén Moss")."""
    cut = words.index("de") if "de" in words[2:-1] and words.index("de") == len(words) - 2 else len(words)
    # (a hyphen between two capitalised words joins two names: "Al-Kelbi", "Moss-Lee"; not "Min-jae")
    return [part for w in words[:cut] if not w.islower()
            for part in (w.split("-") if all(x[:1].isupper() for x in w.split("-")) else [w])]


def _add_family_names(people: dict[str, set[str]], hints: Counter[str]) -> dict[str, str]:
    """A family name written alone with its particle ("Dr Al Moss, 33", "Al Moss said", "Lee de Moss", "Del
    Kelby") is the one person named in full with it ("Ann Al Moss", "Eva Lee de Moss", "Eva del
    Kelby"); of two or more ("Bo Al Kelbi", "Cy Al Kelbi"), no one's. (Not "Lee Ray" of "Ann Lee Ray":
    her brother, perhaps; nor one a relation word or a role makes someone else: "the bride's father, Al Moss, 68", "Del
    Kelby, 88, the bride's grandfather".) Returns each
    name merged -> its person."""
    merged: dict[str, str] = {}
    for name in [n for n in people if " " in n and people[n] <= {n, *n.split()} and _FAMILY_PARTICLE.search(n)]:
        owners = [c for c, forms in people.items() if c != name
                  and any(len(f.split()) > len(name.split()) and fold(f).lower().endswith(" " + fold(name).lower())
                          for f in forms)]
        if len(owners) == 1 and not _owned_otherwise(name, people[owners[0]], hints) and not any(
                hints[f"{name}|{g}"] and not hints[f"{name}|{h}"] and any(hints[f"{f}|{h}"] for f in people[owners[0]])
                for g, h in (("m", "f"), ("f", "m"))):
            people[owners[0]] |= people.pop(name)
            merged[name] = owners[0]
    return merged


# A particle of a family name: first ("Al Moss", "Del Kelby", "De la Kelby"), or inside ("Lee de Moss").
_FAMILY_PARTICLE = re.compile(r"^(?:Al|El|De|Del|Della|Van|Von|Da|Di|Du|Dos|Das)\s|\s(?:de|del|della|van|von|da|di|du|dos|das"
                              r"|la|y)\s")


def _given_name_first(full: Counter[tuple[str, ...]]) -> tuple[Counter[tuple[str, ...]], dict[str, tuple[str, int]]]:
    """`full` with each name written family name first (names.family_name_first, also after a word that opens a
    sentence: "Actress Yoo Jun-seo") turned given name first, and each turned name -> (the name as written, how
    often it is so written)."""
    out: Counter[tuple[str, ...]] = Counter()
    written: dict[str, tuple[str, int]] = {}
    for run, n in full.items():
        if family_name_first(run[-2:]):
            turned = (*run[:-2], run[-1], run[-2])
            written[" ".join(turned)] = (" ".join(run), n)
            run = turned
        out[run] += n
    return out, written


def _as_written(people: dict[str, set[str]], written: Mapping[str, tuple[str, int]],
                full: Counter[tuple[str, ...]]) -> dict[str, set[str]]:
    """Each person's forms with each name turned given name first (_given_name_first) named as written too, and
    called by the form the articles write more often ("Baek Ha-rin" beside a rarer "Ha-rin Baek")."""
    out: dict[str, set[str]] = {}
    for canonical, forms in people.items():
        called = canonical
        if canonical in written and written[canonical][1] * 2 >= full[tuple(canonical.split())]:
            called = written[canonical][0]
        # (a name turned that no article writes so, "Do-yun Yoo" of "Yoo Do-yun", is no name they are called by)
        out[called] = {f for f in forms if f not in written or full[tuple(f.split())] > written[f][1]} | {
            written[f][0] for f in forms if f in written}
    return out


def _may_be_renamed(owner: str, run: tuple[str, ...], full: Counter[tuple[str, ...]], hints: Counter[str],
                    by_marriage: bool = True) -> bool:
    """Whether a full name with the first name of a person named before (`owner`) may be that person under
    another form of the name: a middle name, a double surname, a hyphen ("Ana Ruiz Lopez", "Ana Ruiz-Lopez"), or
    a surname taken at marriage ("Ann Lee" who became "Ann Ray"; never where `by_marriage` is false). Not two men of one first name and other surnames
    ("Bob Ray's brother Tom Ray" and "her husband Tom Vane": the relation words make each a man, "Tom Ray|m"),
    whom marriage rarely renames: precision first, two full names are then two people."""
    if _one_surname(owner.split(), run):
        return True  # (one surname, however written: "Deniz Yıldırım", "Deniz Yildirim")
    return by_marriage and not any(hints[f"{n}|m"] and not hints[f"{n}|f"] for n in (owner, " ".join(run)))


def _by_sound(by_first: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """(first name, its owner) of `by_first` by the first two letters of the name as it sounds (_sounds)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for first, owner in sorted(by_first.items()):
        out[_sounds(first.lower())[:2]].append((first, owner))
    return out


def _short_form_of(word: str, firsts: dict[str, list[tuple[str, str]]], hints: Counter[str],
                   people: dict[str, set[str]]) -> str | None:
    """The one person named in full whose first name `word` is a short form of (short_form: "Kate" of
    Katherine; `firsts`: _by_sound's), of the gender a relation word gives `word` where one does ("her sister
    Sam": a Samuel only where a relation word makes him a woman too); None where it is none's or two people's
    ("Kate" beside a Katherine and a Kathleen)."""
    gender = {g for g in ("m", "f") if hints[f"{word}|{g}"]}
    owners = {owner for first, owner in firsts.get(_sounds(fold(word).lower())[:2], ()) if short_form(word, first)
              and not (gender and not any(hints[f"{form}|{g}"] for form in people.get(owner, {owner}) for g in gender))}
    return owners.pop() if len(owners) == 1 else None


def _owned_otherwise(word: str, forms: set[str], hints: Counter[str]) -> bool:
    """Whether the articles call `word` someone's kin ("his sister Kat", "their only child, Max": whose is not
    read, so never one of the couple), or give it a role or make it someone's someone by a word they never give a
    form of the person it would be ("celebrity stylist Kat", "Kat, a stylist who ...", "her co-star Kat"; evidence.py's
    "|owned:" and "|role:" hints): then someone else."""
    theirs, its = _said_of(forms, hints), _said_of({word}, hints)
    kin = {h.split("|owned:")[1] for h in hints if h.startswith(f"{word}|owned:")} & _KIN
    return bool(kin) or bool(its - theirs)


_KIN = frozenset(w for w, g in PERSON_CUES.items() if g or w in ("child", "baby")) | {"kid", "kids", "twin", "sibling",
                                                                                    "cousin", "children", "sons", "daughters"}


def short_form(word: str, given: str) -> bool:
    """Whether `word` reads as a short form of the first name `given`: its first three letters or more
    (a doubled last one read once: "Izz-"), less a pet ending ("-ie", "-y", "-e"), begin the longer name as
    it sounds ("c" as "k", "s" as "z", "th" as "t", "ph" as "f"): "Kate" of Katherine, "Franky" of
    Franceska, "Mikey" of Michael; never a name as long or longer, nor a stem of two letters
    ("Jo" of Joanna: too many names begin so)."""
    w, g = _sounds(fold(word).lower()), _sounds(fold(given).lower())
    if len(w) >= len(g) or not w.isalpha():
        return False
    stem = _PET_ENDING.sub("", w) if len(w) > 3 else w
    if len(stem) < 3:
        return False
    if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]  # "izz(y)": "iz"
    return g.startswith(stem) and g != stem


_PET_ENDING = re.compile(r"(?:ie|y|ey|ee|i|e)$")
_SOUNDS = (("ph", "f"), ("th", "t"), ("ck", "k"), ("c", "k"), ("s", "z"))


def _sounds(name: str) -> str:
    for a, b in _SOUNDS:
        name = name.replace(a, b)
    return name


def _join_nicknames(people: dict[str, set[str]], nicknames: Sequence[tuple[str, str]]) -> dict[str, str]:
    """'Robert "Bob" Ray': "Robert Ray" and "Bob Ray" are one person, the one of
    them the articles name more often (the earlier in `people`), with the other's forms. Returns
    each name joined to another -> that other."""
    owner = {f: c for c, fs in people.items() for f in fs}
    joined: dict[str, str] = {}
    for full, nick in nicknames:
        found = [c for c in (owner.get(full), owner.get(nick)) if c]
        if not found:
            continue
        order = list(people)
        keep = min(found, key=order.index)
        for drop in sorted(set(found) - {keep}):
            people[keep] |= people.pop(drop)
            joined.update((d, keep) for d, k in list(joined.items()) if k == drop)
            joined[drop] = keep
        people[keep] |= {full, nick}
        owner.update((f, keep) for f in people[keep])
    return joined


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
                for surname in surnames_of(parts):
                    weight[surname][canonical] += full[parts]  # "Ray said": the son named in full 70 times
                    # as "Bob Ray-Moss", not his father, "Otto Ray" eight times
    firsts = {f.split()[0] for fs in people.values() for f in fs}
    for surname, owners in sorted(weight.items()):
        if lone[surname] and surname not in firsts:
            ranked = sorted(owners, key=lambda o: (-owners[o], o))
            if len(ranked) == 1 or owners[ranked[0]] >= SURNAME_LEAD * owners[ranked[1]]:
                people[ranked[0]].add(surname)
