"""The paragraph that opens each section (issue 11): every sentence of it comes from one of
the fact check's records, says only what the record holds, and cites every article that
gives the record's value, never an unnamed source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.figures import SCHEDULE
from generator.model import UNNAMED, Fact, Profile, Sentence
from generator.pipeline import analyse
from generator.records import COUNTS, ONE_VALUE, QUOTATION, figure, says_not_so
from generator.render import record_texts

from .conftest import CASES, ROOT, corpus_config, profile_of_articles

CORPORA = {"seeds": ROOT / "seeds", "fictional": CASES / "fictional" / "seeds",
           "corpus_b": CASES / "corpus_b" / "seeds", "smalltown": CASES / "smalltown" / "seeds",
           "corpus_d": CASES / "corpus_d" / "seeds", "corpus_c": CASES / "corpus_c" / "seeds"}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Profile, dict]:
    tmp = tmp_path_factory.mktemp(request.param)
    profile, spans = analyse(corpus_config(CORPORA[request.param], tmp / "docs"))
    return request.param, profile, spans


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower().replace("’", "'")))


def _facts_by_sentence(profile: Profile) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for f in profile.facts:
        out.setdefault(f.sentence, []).append((f.slot, f.value))
    return out


def test_every_cited_sentence_gives_the_value(built: tuple[str, Profile, dict]) -> None:
    """Backed: each footnote of a record quotes a sentence that carries the record's slot and
    value, from a named source."""
    _name, profile, _spans = built
    facts = _facts_by_sentence(profile)
    sentences = {f.sentence for f in profile.fates}
    unnamed = {st.claim for sec in profile.sections for st in sec.statements if st.attribution == UNNAMED}
    bodies = {src.id: src.body for src in profile.sources}
    for r in profile.records:
        for v in r.values:
            assert v.citations, r
            for c in v.citations:
                assert c.sentence in sentences
                if r.slot == QUOTATION:  # the same words, in each article's sentence
                    assert _words(v.value) <= _words(bodies[c.source][c.start:c.end])
                elif r.slot == "wedding-place":  # the town, in each article's clause of the wedding
                    assert v.value.split(", ")[0] in bodies[c.source][c.start:c.end], (r, c)
                elif r.slot == "visiting-schedule":  # the weekends, in each article's words
                    assert SCHEDULE.search(bodies[c.source][c.start:c.end]), (r, c)
                elif r.slot == "described-as":  # the role word, in each article's sentence
                    assert v.value.split()[-1].lower() in bodies[c.source][c.start:c.end].lower(), (r, c)
                else:
                    assert (r.slot, v.value) in facts.get(c.sentence, []), (r, c)
                assert c.sentence not in unnamed


def test_undated_support_gives_no_value_and_rests_on_a_named_source(built: tuple[str, Profile, dict]) -> None:
    """An article cited for a record's event without a date gives no other year of that slot
    anywhere (the record's year only where the record refused that sentence: an unnamed source's),
    is not among the articles cited for the value, rests on a named source, and its sentence has
    the slot's own words for the event."""
    from generator import slots

    _name, profile, _spans = built
    facts = _facts_by_sentence(profile)
    unnamed = {c.sentence for sec in profile.sections for st in sec.statements if st.attribution == UNNAMED
               for c in st.citations}
    bodies = {src.id: src.body for src in profile.sources}
    for r in profile.records:
        if not r.undated:
            continue
        if r.slot in COUNTS:  # the articles that name every child without the count
            assert r.names and not {c.source for c in r.undated} & {c.source for c in r.values[-1].citations}, r
            for c in r.undated:
                assert {v for slot, v in facts.get(c.sentence, []) if slot == r.slot} <= {r.values[-1].value}, (r, c)
                said = bodies[c.source][c.start:c.end]
                assert c.sentence not in unnamed and all(n.split()[0] in said for n in r.names), (r, c)
            continue
        told = slots.BY_NAME[r.slot].told
        assert told is not None and len(r.values) == 1, r
        assert not {c.source for c in r.undated} & {c.source for c in r.values[0].citations}, r
        for c in r.undated:
            assert not [v for slot, v in facts.get(c.sentence, []) if slot == r.slot], (r, c)
            assert {f.value for f in profile.facts if f.slot == r.slot and f.span.source == c.source} \
                <= {r.values[0].value}, (r, c)
            assert c.sentence not in unnamed and told.search(bodies[c.source][c.start:c.end]), (r, c)


def test_every_article_that_gives_the_value_is_cited(built: tuple[str, Profile, dict]) -> None:
    """Complete: a statement keyed on a record's value, about the record's people (or some of
    them), cites no named article that the record leaves out."""
    _name, profile, spans = built
    unnamed_attr = {st.claim: st.attribution for sec in profile.sections for st in sec.statements}
    bodies = {src.id: src.body for src in profile.sources}
    sentences = {sid: Sentence(sid, c.source, 0, 0, c.start, c.end, bodies[c.source][c.start:c.end], "", None, ())
                 for sid, c in spans.items()}
    hedged = {f.sentence for f in profile.facts if says_not_so(sentences[f.sentence], f)}  # never cited: see below
    by_sentence = {f.sentence: f for f in profile.fates}
    facts = _facts_by_sentence(profile)
    for r in profile.records:
        for v in r.values:
            cited = {c.source for c in v.citations}
            key = f"{r.slot}=" if r.slot in ONE_VALUE else f"{r.slot}={v.value}"
            for sec in profile.sections:
                for st in sec.statements:
                    exact = r.slot in COUNTS  # a count of one parent's children is not the couple's
                    if st.key != key or not st.about or not (
                            tuple(st.about) == r.about if exact else set(st.about) <= set(r.about)):
                        continue
                    for c in st.citations:
                        assert c.sentence in by_sentence
                        if (unnamed_attr.get(c.sentence) == UNNAMED or c.sentence in hedged
                                or (r.slot, v.value) not in facts.get(c.sentence, [])):
                            continue
                        assert c.source in cited, (r.id, r.slot, v.value, st.text, c.source)


def test_a_disagreement_is_stated_as_one(built: tuple[str, Profile, dict]) -> None:
    """A record with two values is a disagreement or a count that grew, as the fact check says."""
    _name, profile, _spans = built
    verdicts = {(c.slot, v.value): c.verdict for c in profile.conflicts for v in c.values}
    texts = record_texts(profile)
    for r in profile.records:
        if len(r.values) > 1:
            assert r.verdict in ("disagreement", "superseded")
            assert all(verdicts.get((r.slot, v.value)) == r.verdict for v in r.values)
            assert ("disagree" in texts[r.id]) == (r.verdict == "disagreement")
        for v in r.values:
            assert figure(r.slot, v.value) in texts[r.id]
        for person, called in zip(r.about, r.called or r.about, strict=True):
            assert called in texts[r.id] and person.endswith(called)  # one of the couple by surname


def test_seed_paragraphs(built: tuple[str, Profile, dict]) -> None:
    """On the seeds: the couple's wedding and divorce agreed by all five articles, the fight's
    length a disagreement (six years or seven), and of anyone else only Baldwin's second
    wedding, told with the family as it is now."""
    name, profile, _spans = built
    if name != "seeds":
        pytest.skip("seed corpus only")
    texts = {r.slot: (r, t) for r, t in zip(profile.records, record_texts(profile).values(), strict=True)}
    married, text = texts["married"]
    assert married.values[0].value == "1993" and len({c.source for c in married.values[0].citations}) == 5
    assert text == "Alec Baldwin and Kim Basinger married in 1993."
    final, _ = texts["divorce-final"]
    assert final.values[0].value == "2002" and len(final.values[0].citations) == 5
    fight, text = texts["dispute-length"]
    assert fight.verdict == "disagreement" and "six years or seven years" in text
    couple = {"Alec Baldwin", "Kim Basinger", "Ireland Baldwin"}
    assert all(set(r.about) <= couple for r in profile.records if r.section != "current-family")
    (again,) = [r for r in profile.records if r.section == "current-family"]
    assert again.about == ("Alec Baldwin", "Hilaria Baldwin") and again.values[0].value == "2012"


def test_the_page_cites_every_record_value(tmp_path: Path) -> None:
    """The rendered paragraph: one footnote per article per value, each quoting that article, and
    footnotes numbered in reading order (the key-facts box first)."""
    from generator.pipeline import build

    result = build(corpus_config(CORPORA["seeds"], tmp_path / "docs"), use_cache=False)
    page = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    for r in result.profile.records:
        for i, v in enumerate(r.values, 1):
            for j, c in enumerate(v.citations, 1):
                mark = f"[^{r.id}-{i}-{j}]"
                assert page.count(mark) == 2, mark  # the reference and its definition
                definition = page[page.index(mark + ":"):].split("\n", 1)[0]
                words = result.profile.sources[[s.id for s in result.profile.sources].index(c.source)].body[c.start:c.end]
                assert all(w in definition for w in re.findall(r"[A-Za-z]{4,}", words)[:6])
    defined = re.findall(r"^\[\^([^\]]+)\]:", page, flags=re.MULTILINE)
    referenced = list(dict.fromkeys(re.findall(r"\[\^([^\]]+)\](?!:)", page)))
    assert defined == referenced  # numbered as defined, so numbered as read


def test_a_clause_that_says_no_or_maybe_is_never_cited(tmp_path: Path) -> None:
    """"is seeking custody", "hopes to marry", "never divorced": no evidence that it happened."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    articles = {
        "a.txt": ("title: One\noutlet: Daily One\ndate: 2021-05-01\n---\n"
                  "Nora Quill and Otto Brandt married in 2009. Nora Quill and Otto Brandt have a son, Max Brandt.\n\n"
                  "In 2020 a judge awarded Nora Quill custody of Max Brandt.\n"),
        "b.txt": ("title: Two\noutlet: Daily Two\ndate: 2021-06-01\n---\n"
                  "Otto Brandt, who wed Nora Quill in 2009, lives in Reno with his son Max Brandt.\n\n"
                  "In 2020 Otto Brandt hoped to be awarded custody of Max Brandt, his lawyer said.\n\n"
                  "The 2020 custody order gave Otto Brandt visits on weekends.\n"),
    }
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    custody = [r for r in profile.records if r.slot == "custody-awarded"]
    assert all("Otto Brandt" not in r.about for r in custody)
    cited = {c.source for r in custody for v in r.values for c in v.citations}
    assert "b" not in cited


OPENINGS = (("title: One\noutlet: Daily One\ndate: 2025-03-01\n---\nMarla Quinn and Devon Hale have two children, "
             "Ivy Hale and Rowan Hale. Quinn and Hale live apart.\n\n"),
            ("title: Two\noutlet: Daily Two\ndate: 2025-04-01\n---\nDevon Hale and Marla Quinn are the parents of "
             "Ivy Hale and Rowan Hale. Hale and Quinn rarely speak.\n\n"))
NOT_WRITTEN = [
    ("a son's wedding", ["Marla Quinn and Devon Hale's son, Rowan Hale, married Ella Pike in 2021 in Napa.",
                         "Quinn and Hale's son Rowan Hale married Ella Pike in 2021."], "married"),
    ("custody given to the other parent", ["Hale was stunned when a judge awarded his ex-wife sole custody in 2018.",
                                           "In 2018, a judge gave Hale's former wife primary custody of Ivy and Rowan."],
     "custody-awarded"),
    ("a divorce still to come", ["Their divorce is set to be finalized in 2026, Marla Quinn and Devon Hale said.",
                                 "Marla Quinn and Devon Hale's divorce will become final in 2026."], "divorce-final"),
    ("a report called untrue", ["Reports that Marla Quinn and Devon Hale married in 2010 were false, court records show.",
                                "Marla Quinn and Devon Hale married in 2010, according to a report Quinn called untrue."],
     "married"),
    ("a correction's retracted value", ["A story on Monday incorrectly stated that Marla Quinn and Devon Hale married in 2010.",
                                        "Marla Quinn and Devon Hale were erroneously reported to have married in 2010."],
     "married"),
    ("a renewal of vows", ["Marla Quinn and Devon Hale married in 2004 and renewed their vows in 2014 in Dublin.",
                           "Marla Quinn and Devon Hale renewed their vows in 2014."], "married-2014"),
    ("a blended family's count", ["Marla Quinn and Devon Hale have five children between them.",
                                  "Marla Quinn and Devon Hale have five children from previous marriages."], "children-5"),
    ("her first husband", ["Marla Quinn, 45, separated from her first husband in 2002, years before she met Devon Hale.",
                           "Marla Quinn separated from her first husband in 2002."], "separated"),
]


@pytest.mark.parametrize("case", NOT_WRITTEN, ids=[c[0] for c in NOT_WRITTEN])
def test_what_the_paragraph_never_says(case: tuple, tmp_path: Path) -> None:
    """Found by a review on invented corpora: none of these may become a sentence of the
    paragraph about the couple (a record of theirs; the son's wedding may be told as his and his wife's:
    "Rowan Hale and Ella Pike married in 2021", in the current family)."""
    _name, bodies, never = case
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, body in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(OPENINGS[i] + body + "\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    assert {"Marla Quinn", "Devon Hale"} <= {p.name for p in profile.people}  # the case is about them
    slot, _, value = never.partition("-") if never.count("-") == 1 and never[-1].isdigit() else (never, "", "")
    said = [(r.slot, v.value) for r in profile.records for v in r.values
            if r.slot == slot and {"Marla Quinn", "Devon Hale"} & set(r.about)]
    assert not [v for s, v in said if not value or v == value], said


DETAILS = [
    # (name, article bodies after the opening, the record's slot, what its sentence says, what it never says)
    ("one month named by two articles, a year by another",
     ["Marla Quinn filed for divorce from Devon Hale in June 2020.",
      "Quinn filed for divorce from Hale in June 2020, records show.",
      "Quinn filed for divorce from Hale in 2020."],
     "divorce-filed", "filed for divorce from Devon Hale in June 2020", None),
    ("who filed, where every article that names one names her",
     ["Marla Quinn, 45, filed for divorce in June 2020.",
      "Marla Quinn filed for divorce from Devon Hale in June 2020, records show."],
     "divorce-filed", "Marla Quinn filed for divorce from Devon Hale in June 2020", None),
    ("who filed, named before a relative clause that says so",
     ["Devon Hale shares a son with his ex-wife, Marla Quinn, who filed for divorce in June 2020.",
      "Marla Quinn filed for divorce from Devon Hale in June 2020, records show."],
     "divorce-filed", "Marla Quinn filed for divorce from Devon Hale in June 2020", None),
    ("who filed, where the articles name each of them: no one",
     ["Marla Quinn filed for divorce from Devon Hale in June 2020.",
      "Devon Hale filed for divorce from Marla Quinn in June 2020."],
     "divorce-filed", "was filed in June 2020", "filed for divorce from"),
    ("who filed, where a sentence tells it against another's word: no one",
     [("Contrary to early reports that Devon Hale filed for divorce from Marla Quinn in June 2020, it was Quinn "
      "who filed, court records show."),
      "The divorce of Marla Quinn and Devon Hale was filed in June 2020, records show."],
     "divorce-filed", "was filed in June 2020", "filed for divorce from"),
    ("who filed, where the court's papers say so (found on corpus_h)",
     ["Marla Quinn filed for divorce from Devon Hale in June 2020.",
      "Marla Quinn filed for divorce from Devon Hale in June 2020, according to documents filed in Reno."],
     "divorce-filed", "Marla Quinn filed for divorce from Devon Hale in June 2020", None),
    ("who filed, where someone says so: no one",
     ["Marla Quinn filed for divorce from Devon Hale in June 2020.",
      "Marla Quinn filed for divorce from Devon Hale in June 2020, according to her brother."],
     "divorce-filed", "was filed in June 2020", "filed for divorce from"),
    ("two months: the year alone",
     ["Marla Quinn filed for divorce from Devon Hale in June 2020.",
      "Quinn filed for divorce from Hale in July 2020."],
     "divorce-filed", "filed for divorce from Devon Hale in 2020", "July"),
    ("a month and a day before the year",
     ["Marla Quinn and Devon Hale separated on October 5, 2013.",
      "Quinn and Hale separated in 2013 in Nashville."],
     "separated", "separated in October 2013", None),
    ("one kind of custody, said twice and once without it",
     ["In 2018, a judge awarded Marla Quinn primary physical custody of Ivy and Rowan.",
      "Marla Quinn won primary custody of the children in 2018.",
      "Marla Quinn won custody in 2018."],
     "custody-awarded", "was awarded primary custody in 2018", "physical"),
    ("two kinds of custody: neither",
     ["In 2018, a judge awarded Marla Quinn primary custody of Ivy and Rowan.",
      "Marla Quinn was granted joint custody of the children in 2018."],
     "custody-awarded", "was awarded custody in 2018", "joint"),
    ("the children named by a sentence the record cites",
     ["Marla Quinn and Devon Hale have two children, Ivy Hale and Rowan Hale.",
      "Quinn and Hale have two children."],
     "children", "have two children, Ivy Hale and Rowan Hale.", None),
    ("a count that is not the number of children the relations know: no names",
     ["Marla Quinn and Devon Hale have three children, among them Ivy Hale and Rowan Hale.",
      "Quinn and Hale have three children."],
     "children", "have three children.", "Ivy"),
]


@pytest.mark.parametrize("case", DETAILS, ids=[c[0] for c in DETAILS])
def test_a_detail_is_told_only_where_the_articles_agree_on_it(case: tuple, tmp_path: Path) -> None:
    """A month, a kind of custody, the children's names: told when every article that gives
    one gives the same, never chosen between two."""
    _name, bodies, slot, says, never = case
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, body in enumerate(bodies):
        opening = (f"title: Report {i}\noutlet: Daily {i}\ndate: 202{5 - i}-03-01\n---\nMarla Quinn and Devon Hale, "
                   "who wed in 2001, live in Reno with their daughter Ivy Hale and their son Rowan Hale. "
                   "In Reno, Marla and Devon share a house.\n\n")
        (seeds / f"a{i}.txt").write_text(opening + body + "\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    assert {"Marla Quinn", "Devon Hale"} <= {p.name for p in profile.people}
    texts = record_texts(profile)
    said = [texts[r.id] for r in profile.records if r.slot == slot]
    assert said and any(says in t for t in said), (said, texts)
    assert not never or not any(never in t for t in said), said


def test_profile_json_lists_each_written_sentence_as_a_statement(tmp_path: Path) -> None:
    """The paragraph's sentences are statements of profile.json ("written": true), in their
    section before the articles' statements, and each sentence they cite names them as its fate."""
    import json

    from generator.pipeline import build

    result = build(corpus_config(ROOT / "seeds", tmp_path / "docs"))
    data = json.loads((tmp_path / "docs" / "profile.json").read_text(encoding="utf-8"))
    written = [st for st in data["statements"] if st.get("written")]
    assert sorted(r for st in written for r in st["claim"]["records"]) == sorted(r.id for r in result.profile.records)
    assert all(st["id"] == st["claim"]["records"][0] for st in written)
    order = [st["section"] for st in data["statements"]]
    assert order == sorted(order, key=[s.key for s in result.profile.sections].index)
    for sec in {st["section"] for st in written}:
        first = next(st for st in data["statements"] if st["section"] == sec)
        assert first.get("written"), sec
    fates = {f["id"]: f for f in data["sentences"]}
    bodies = {s["id"]: s for s in data["sources"]}
    for st in written:
        assert st["text"] and st["sources"] and st["attribution"] == "written"
        for c in st["sources"]:
            assert bodies[c["source"]]
            hit = [f for f in fates.values() if f["source"] == c["source"] and st["id"] in f["statements"]]
            assert hit, (st["id"], c["quote"])


def test_the_children_listed_after_a_count_never_have_it(tmp_path: Path) -> None:
    """"Marla Quinn and Devon Hale have two children, Ivy Hale and Rowan Hale", where only the
    children are known people (their parents are never named alone): the count is not theirs
    ("Ivy Hale and Rowan Hale have two children" was written before this rule)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    opening = "Marla Quinn and Devon Hale have two children, Ivy Hale and Rowan Hale. Marla Quinn and Devon Hale live apart."
    bodies = ["In 2018, a judge awarded Marla Quinn primary physical custody of Ivy and Rowan.",
              "Marla Quinn won primary custody of the children in 2018.", "Marla Quinn won custody in 2018."]
    for i, body in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: 202{5 - i}-03-01\n---\n{opening}\n\n{body}\n",
                                         encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    assert {"Ivy Hale", "Rowan Hale"} <= {p.name for p in profile.people}
    assert not [r for r in profile.records if r.slot == "children"], record_texts(profile)


REVIEWED = [
    # Found by a review of the details (month, kind of custody, names, surnames) on invented
    # corpora: (case, article bodies, words no record's sentence may contain).
    ("a month of another event", [("In March 2019, two months after they separated, Marla Quinn filed for divorce from "
                                  "Devon Hale."), "Quinn and Hale separated in 2019."], "separated in March"),
    ("a month as a deadline", ["Marla Quinn and Devon Hale separated before March 2019, court papers show.",
                               "Quinn and Hale had separated by March 2019.", "Quinn and Hale separated in 2019."],
     "March"),
    ("a first name that is a month", ["April Quinn filed for divorce from Devon Hale in 2019.",
                                      "Quinn filed for divorce from Hale in 2019."], "April 2019"),
    ("a daughter named June", ["June Hale said her mother Marla Quinn filed for divorce from Devon Hale in 2019.",
                               "Quinn filed for divorce from Hale in 2019."], "June 2019"),
    ("a bare month beside a year", ["Marla Quinn and Devon Hale met in March and married in June 2013.",
                                    "Quinn and Hale met in 2012."], "2025"),
    ("a kind of custody that ended", ["Marla Quinn won custody of Ivy and Rowan in 2018 after years of joint custody.",
                                      ("In 2018 a judge awarded Marla Quinn custody of Ivy, ending the joint custody "
                                      "arrangement.")], "joint"),
    ("a kind of custody sought by the other", [("In 2018 a judge awarded Marla Quinn custody of the children despite "
                                               "Hale's bid for sole custody."), "Marla Quinn won custody in 2018."], "sole"),
    ("sole legal against sole physical", ["In 2018 a judge awarded Marla Quinn sole legal custody.",
                                          "In 2018 Marla Quinn was granted sole physical custody."], "sole"),
    ("custody of a son from a first marriage", [("In 2018 a judge awarded Marla Quinn sole custody of her son from her "
                                                "first marriage."), "Quinn and Hale separated in 2019."], "custody"),
    ("grandchildren", ["Ivy Hale and Rowan Hale, the eldest children of Marla Quinn and Devon Hale, have two kids.",
                       "Quinn and Hale's children Ivy Hale and Rowan Hale have two kids."], "children"),
    ("children of their own", [("Marla Quinn and Devon Hale's children, Ivy Hale and Rowan Hale, have two children of "
                               "their own."), "Marla Quinn and Devon Hale have three children, among them Ivy Hale."],
     " or "),
    ("names in another clause", [("Marla Quinn and Devon Hale have two children; Ivy Hale and Rowan Hale, Hale's "
                                 "children from his first marriage, live with them."), "Quinn and Hale have two children."],
     "Ivy"),
]
REVIEW_OPENING = ("Marla Quinn and Devon Hale, who wed in 2001, live in Reno with their daughter Ivy Hale and their son "
                  "Rowan Hale. In Reno, Marla and Devon share a house.\n\n")


@pytest.mark.parametrize("case", REVIEWED, ids=[c[0] for c in REVIEWED])
def test_what_a_detail_never_says(case: tuple, tmp_path: Path) -> None:
    _name, bodies, never = case
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, body in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: Report {i}\noutlet: Daily {i}\ndate: 202{5 - i}-03-01\n---\n"
                                         f"{REVIEW_OPENING}{body}\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    assert {"Marla Quinn", "Devon Hale"} <= {p.name for p in profile.people} or "April" in bodies[0]
    texts = record_texts(profile)
    assert not [t for t in texts.values() if never in t and "married in 2001" not in t], texts


def test_short_names_keep_a_surname_of_several_words() -> None:
    from generator.records import short_names

    called = short_names(["Marla De Luca", "Devon St", "Ana García López", "Kelly Clarkson", "Ann van der Berg"])
    assert called == {"Kelly Clarkson": "Clarkson"}


def test_events_of_one_date_are_one_sentence(tmp_path: Path) -> None:
    """"They met[1] and began dating[2][3] in 2012": one written statement citing every article of
    either event, each footnote after its own verb; events of two years stay two sentences."""
    import json

    from generator.pipeline import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    # (by full names: "Hale" alone is also the children's surname, so "Quinn and Hale" names someone unclear)
    bodies = ["Marla Quinn and Devon Hale met at a Reno gala in 2012.",
              "Marla Quinn and Devon Hale began dating in 2012 and married in 2014.",
              "Quinn and Devon Hale started dating in 2012."]
    for i, body in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: Report {i}\noutlet: Daily {i}\ndate: 202{5 - i}-03-01\n---\n"
                                         f"{REVIEW_OPENING.replace('who wed in 2001, ', '')}{body}\n", encoding="utf-8")
    build(corpus_config(seeds, tmp_path / "docs"))
    data = json.loads((tmp_path / "docs" / "profile.json").read_text(encoding="utf-8"))
    written = {st["text"]: st for st in data["statements"] if st.get("written")}
    joined = [t for t in written if "met and began dating in 2012" in t]
    assert joined, list(written)
    assert {c["source"] for c in written[joined[0]]["sources"]} == {"a0", "a1", "a2"}
    assert any(t.endswith("married in 2014.") for t in written), list(written)
    page = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    assert re.search(r"met\[\^r\d+-1-1\] and began dating(?:\[\^r\d+-1-\d\]){2} in 2012\.", page), page
    # the whole paragraph is one line indented into its box (a line break would end the box)
    assert re.search(r"^    <span class=\"pf-anchor\" id=\"r\d+\"></span>[^\n]*met\[\^", page, re.MULTILINE), page


def test_two_births_in_one_sentence_are_two_records_in_their_order(tmp_path: Path) -> None:
    """"Their son, Rowan Hale, was born in 2016, and their daughter, Ivy Hale, was born in 2014":
    each child's birth is a record of its own, told in the order of the births."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "Their son, Rowan Hale, was born in 2016, and their daughter, Ivy Hale, was born in 2014."
    (seeds / "a0.txt").write_text(f"title: R\noutlet: Daily\ndate: 2024-03-01\n---\n{REVIEW_OPENING}{body}\n",
                                  encoding="utf-8")
    (seeds / "a1.txt").write_text(f"title: S\noutlet: Weekly\ndate: 2024-04-01\n---\n{REVIEW_OPENING}"
                                  "Marla Quinn and Devon Hale split in 2020.\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    texts = record_texts(profile)
    births = [texts[r.id] for r in profile.records if r.slot == "child-born"]
    assert births == ["Ivy Hale was born in 2014.", "Rowan Hale was born in 2016."], texts


@pytest.mark.parametrize(("said", "date"), [
    ("Marla Quinn and Devon Hale had divorced by June 2019, a court clerk said.", "2019"),
    ("Marla Quinn and Devon Hale divorced sometime between April and June 2019.", "2019"),
    ("Marla Quinn told the host, April, 2019 was the year she and Devon Hale divorced.", "2019"),
    ("Marla Quinn and Devon Hale divorced in 2019, as did her sister Lia Quinn, whose divorce was final in June 2019.",
     "2019"),
    ("The divorce of Marla Quinn and Devon Hale was finalized in June 2019.", "2019-06"),
])
def test_a_timeline_event_takes_only_its_own_month(said: str, date: str, tmp_path: Path) -> None:
    """Found by a review: a month near the year that is a deadline, a range, a name or another
    event's is not the event's month."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, body in enumerate([said, "Marla Quinn and Devon Hale divorced in 2019."]):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: 202{4 - i}-03-01\n---\n"
                                         f"{REVIEW_OPENING}{body}\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    final = [e.date for e in profile.timeline if e.kind == "divorce-final"]
    assert final == [date], [(e.date, e.kind, e.text) for e in profile.timeline]


def test_a_statement_gathered_on_an_event_of_no_kind_is_on_the_timeline_at_its_own_year(tmp_path: Path) -> None:
    """Found by a review: a filing (an event with no timeline kind of its own) told by two articles,
    one of whose sentences also names the wedding year, was left off the timeline as "told
    elsewhere"; and a ruling "on Monday" of an article dated 2020 was dated by the 2018 filing its
    sentence names."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bodies = [("2021-03-01", "Marla Quinn, who married Devon Hale in 2013, filed for divorce from him in June 2020."),
              ("2020-07-01", "Marla Quinn filed for divorce from Devon Hale in June 2020."),
              ("2020-02-12", ("A judge on Monday awarded Marla Quinn custody of the children, two years after "
                              "she filed for divorce in 2018."))]
    for i, (date, body) in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: {date}\n---\n"
                                         f"{REVIEW_OPENING}{body}\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    told = [(e.date, e.text) for e in profile.timeline]
    assert any(date.startswith("2020-06") and "June 2020" in text for date, text in told), told
    assert any(date.startswith("2020") and "on Monday" in text for date, text in told), told
    assert not any(date.startswith("2018") and "on Monday" in text for date, text in told), told


@pytest.mark.parametrize(("said", "cited"), [
    ("Their divorce was not finalized until 2019.", True),
    ("Their divorce wasn't final until 2019, two years after they split.", True),
    ("Their divorce was not finalized in 2019.", False),
    ("Their divorce will not be final until 2019.", False),
    ("Their divorce may not be finalized until 2019.", False),
    # found by a review: the "until" of another verb, a future, a possibility, a vow, a question
    ("It was not until 2019 that Devon Hale learned their divorce was final.", False),
    ("Marla Quinn and Devon Hale did not announce that their divorce was final until 2019.", False),
    ("Their divorce was not made public until 2019.", False),
    ("Their divorce won't be final until 2019.", False),
    ("Under Nevada law, they couldn't finalize their divorce until 2019.", False),
    ("Marla Quinn said she wouldn't divorce Devon Hale until 2019.", False),
    ("Why was their divorce not finalized until 2019?", False),
])
def test_not_until_says_when_not_whether(said: str, cited: bool, tmp_path: Path) -> None:
    """"Was not finalized until 2019" says the divorce was final in 2019; a "not" without "until",
    a "will" or "may" beside it, or an "until" of another verb still keeps the clause out of the
    paragraph."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, body in enumerate([f"Marla Quinn and Devon Hale married in 2001. {said}",
                              "Marla Quinn and Devon Hale divorced in 2019."]):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: 2024-0{i + 3}-01\n---\n{body}\n",
                                         encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    final = [r for r in profile.records if r.slot == "divorce-final"]
    assert [v.value for r in final for v in r.values] == ["2019"], profile.records
    assert ("a0" in {c.source for c in final[0].values[0].citations}) == cited


def test_a_web_address_dates_what_an_undated_article_says_relative_to_its_day(tmp_path: Path) -> None:
    """An undated article whose web address gives its month ("/2021/03/") reads "on Saturday"
    against that month; one whose date is only inferred from the dates its text mentions (a lower
    bound) does not."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a0.txt").write_text("title: R\noutlet: Daily\nurl: https://daily.example/2021/03/lee-ray-wed\n---\n"
                                  "Marla Quinn and Devon Hale married on Saturday in Reno.\n", encoding="utf-8")
    (seeds / "a1.txt").write_text("title: S\noutlet: Weekly\n---\n"
                                  "Marla Quinn and Devon Hale married on Saturday in Reno. A 2020 photo shows them.\n",
                                  encoding="utf-8")
    (seeds / "a2.txt").write_text("title: T\noutlet: Herald\ndate: 2024-01-01\n---\n"
                                  "Marla Quinn and Devon Hale married in 2021.\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    married = [r for r in profile.records if r.slot == "married"]
    assert [v.value for r in married for v in r.values] == ["2021"], profile.records
    assert {c.source for c in married[0].values[0].citations} == {"a0", "a2"}


def test_an_event_of_names_no_one_knows_is_not_given_to_the_people_named_after_it(tmp_path: Path) -> None:
    """Found while testing: with "Marla Quinn and Devon Hale" not recognised as people, "Marla
    Quinn and Devon Hale, who wed in 2001, live in Reno with their daughter Ivy Hale and their son
    Rowan Hale" made the paragraph say "Ivy Hale and Rowan Hale married in 2001"."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    opening = ("Marla Quinn and Devon Hale, who wed in 2001, live in Reno with their daughter Ivy Hale "
               "and their son Rowan Hale.")
    for i, extra in enumerate(["The divorce of Marla Quinn and Devon Hale was not finalized until 2019.", ""]):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: 2024-0{i + 3}-01\n---\n"
                                         f"{opening} {extra}\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    texts = record_texts(profile)
    assert not [t for t in texts.values() if "Ivy Hale and Rowan Hale" in t or "Rowan Hale and Ivy Hale" in t], texts


def _couple_with(said: str, tmp_path: Path) -> Profile:
    """The profile of two articles about Marla Quinn, Devon Hale and their children, one of which
    also says `said`."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    opening = ("Marla Quinn and her husband Devon Hale live in Reno with their daughter Ivy Hale and their son "
               "Rowan Hale. In Reno, Marla and Devon share a house.")
    for i, extra in enumerate([said, ""]):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: 2024-0{i + 3}-01\n---\n"
                                         f"{opening}\n\n{extra}\n", encoding="utf-8")
    return analyse(corpus_config(seeds, tmp_path / "docs"))[0]


@pytest.mark.parametrize("said", [
    "Marla Quinn reportedly married Devon Hale in 2001.",
    "Marla Quinn and Devon Hale are believed to have married in 2001.",
    "Marla Quinn married Devon Hale in 2001, a tabloid claimed.",
    "Marla Quinn and Devon Hale's daughter married in 2001.",
    "Marla Quinn's parents married in 2001.",
    # found by a third review
    "It is believed that Marla Quinn and Devon Hale married in 2001.",
    "Marla Quinn and Devon Hale married in 2001, an unconfirmed report says.",
    "The daughter of Marla Quinn and Devon Hale married in 2001.",
    "Marla Quinn and Devon Hale's eldest married in 2001.",
    # found by a fourth review: a future, an event that nearly happened, a question, other partners,
    # someone else's wedding, a marriage counselor, a hedge
    "Marla Quinn and Devon Hale are getting married in June.",
    "The wedding of Marla Quinn and Devon Hale is slated for October.",
    "Marla Quinn and Devon Hale nearly married in 2001.",
    "Did Marla Quinn and Devon Hale marry in 2001?",
    "Marla Quinn and Devon Hale each married new partners in 2001.",
    "Marla Quinn and Devon Hale attended the wedding of a friend in 2001.",
    "Marla Quinn and Devon Hale went to marriage counseling in 2001.",
    "Marla Quinn revealed in 2019 that she and Devon Hale had quietly married years earlier.",
    "Marla Quinn and Devon Hale likely married in 2001.",
    "Marla Quinn hinted that she and Devon Hale married in 2001.",
])
def test_no_record_of_a_hedged_event_or_of_kin(said: str, tmp_path: Path) -> None:
    """Found by a review: the paragraph and the key facts stated "reportedly married in 2001" as
    fact, and gave the couple the wedding of their daughter or of a parent."""
    profile = _couple_with(said, tmp_path)
    assert not [r for r in profile.records if r.slot == "married"], record_texts(profile)


@pytest.mark.parametrize("said", [
    "Marla Quinn and Devon Hale married in 2001 at Marla's parents' ranch in Reno.",
    "Devon Hale's daughter from an earlier relationship attended when Marla Quinn and Devon Hale married in 2001.",
    "Marla Quinn and Devon Hale's marriage, a ceremony held over a weekend in Tahoe, took place in 2001.",
])
def test_the_couple_s_own_wedding_is_kept_beside_kin(said: str, tmp_path: Path) -> None:
    """Kin named after the event, or before the couple are named again, leave the couple's wedding theirs."""
    profile = _couple_with(said, tmp_path)
    married = [r for r in profile.records if r.slot == "married"]
    assert [(set(r.about), r.values[0].value) for r in married] == [({"Marla Quinn", "Devon Hale"}, "2001")]


# --- An event told without a date (records.undated_support) ---------------------------------------

UNDATED_OPENING = ("Marla Quinn and her husband Devon Hale live in Reno with their daughter Ivy Hale and their son "
                   "Rowan Hale. In Reno, Marla and Devon share a house.")


def _undated_with(said: str, tmp_path: Path, dated: str = "Marla Quinn filed for divorce from Devon Hale in 2019.",
                  slot: str = "divorce-filed", header: str = "date: 2021-05-01", more: str = "") -> list:
    """The records of `slot` of a corpus where one article dates the event (`dated`) and another
    (with `header`) says `said`; `more`: a third article's sentence."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bodies = [("date: 2020-03-01", dated), (header, said)] + ([("date: 2022-01-01", more)] if more else [])
    for i, (head, body) in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\n{head}\n---\n{UNDATED_OPENING}\n\n{body}\n",
                                         encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    assert {"Marla Quinn", "Devon Hale"} <= {p.name for p in profile.people}
    return [r for r in profile.records if r.slot == slot]


def _undated_sources(records: list) -> set[str]:
    return {c.source for r in records for c in r.undated}


@pytest.mark.parametrize(("said", "slot", "dated"), [
    ("Marla Quinn has asked a court to end her marriage to Devon Hale, her husband of nine years.", "divorce-filed", ""),
    ("Marla Quinn filed for divorce from Devon Hale, citing irreconcilable differences.", "divorce-filed", ""),
    # "the couple" of a sentence whose other event the claims give to the couple
    ("The couple, who married in 2001, announced their separation in a joint statement.", "separated",
     "Marla Quinn and Devon Hale separated in 2019."),
    ("Marla Quinn was declared legally single by a judge.", "declared-single",
     "A judge declared Marla Quinn legally single in 2020."),
    # fans who are surprised by it believe nothing ("Fans think ..." never joins)
    ("Fans were caught off guard when Marla Quinn filed for divorce from Devon Hale.", "divorce-filed", ""),
    # time words after the event that date nothing else: a length, the telling
    ("Marla Quinn and Devon Hale have separated after nine years of marriage.", "separated",
     "Marla Quinn and Devon Hale separated in 2019."),
    ("Marla Quinn and Devon Hale have separated after three and a half years of marriage.", "separated",
     "Marla Quinn and Devon Hale separated in 2019."),
    ("Marla Quinn and Devon Hale first met at a gala in Reno.", "met", "Marla Quinn and Devon Hale first met in 1999."),
    ("Marla Quinn, the restaurant's owner, filed for divorce from Devon Hale.", "divorce-filed", ""),
    ("Marla Quinn was declared legally single, a judge's order shows.", "declared-single",
     "A judge declared Marla Quinn legally single in 2020."),
    # their names, with titles written short, between the divorce and its words (found on corpus_d)
    ("The divorce of State Sen. Devon Hale and Dr. Marla Quinn is final.", "divorce-final",
     "Marla Quinn and Devon Hale divorced in 2020."),
])
def test_an_article_that_tells_the_event_without_a_date_is_cited_for_the_event(
        said: str, slot: str, dated: str, tmp_path: Path) -> None:
    """The record's event, told of exactly its people without a date by a named source in an
    article written in or after the event's year, cites that article (for the event only)."""
    found = _undated_with(said, tmp_path, dated or "Marla Quinn filed for divorce from Devon Hale in 2019.", slot)
    assert len(found) == 1 and len(found[0].values) == 1, found
    assert _undated_sources(found) == {"a1"}, found
    assert "a1" not in {c.source for c in found[0].values[0].citations}


@pytest.mark.parametrize("said", [
    # hedged, future, negated, sought, threatened, a question, a near miss
    "Marla Quinn reportedly filed for divorce from Devon Hale.",
    "Marla Quinn will file for divorce from Devon Hale, her lawyer Sam Ortiz said.",
    "Marla Quinn has not filed for divorce from Devon Hale.",
    "Marla Quinn never filed for divorce from Devon Hale.",
    "Marla Quinn threatened to file for divorce from Devon Hale.",
    "Marla Quinn has threatened that she filed for divorce from Devon Hale.",
    "Marla Quinn is expected to have filed for divorce from Devon Hale by now.",
    "Has Marla Quinn filed for divorce from Devon Hale?",
    "Marla Quinn nearly filed for divorce from Devon Hale.",
    "Reports that Marla Quinn filed for divorce from Devon Hale are false.",
    # an unnamed source
    "Marla Quinn has filed for divorce from Devon Hale, a source close to the couple said.",
    # another partner, a second filing
    "Marla Quinn, who later married Devon Hale, filed for divorce from her first husband.",
    "Marla Quinn filed for divorce from Tom Bexley, her manager, before she met Devon Hale.",
    "Marla Quinn filed for divorce from Devon Hale again.",
    "Marla Quinn filed for divorce from Devon Hale for the second time.",
    "Marla Quinn filed a new petition to end her marriage to Devon Hale.",
    # someone else's filing
    "Marla Quinn and Devon Hale's daughter filed for divorce.",
    "Devon Hale's sister filed for divorce.",
    # a time the year rules refused
    "Marla Quinn filed for divorce from Devon Hale a year after their 2016 separation.",
    "Two years after they separated in 2016, Marla Quinn filed for divorce from Devon Hale.",
])
def test_what_never_joins_a_record_as_undated_support(said: str, tmp_path: Path) -> None:
    """Precision first: none of these tells, as fact, the couple's one filing."""
    found = _undated_with(said, tmp_path)
    assert not _undated_sources(found), (said, found)


_SEP = "Marla Quinn and Devon Hale separated in 2019."
_FILED = "Marla Quinn filed for divorce from Devon Hale in 2019."
_WED = "Marla Quinn and Devon Hale married in 2001."


@pytest.mark.parametrize(("said", "slot", "dated"), [
    ("Marla Quinn and Devon Hale watched as their friend married.", "married", _WED),
    ("Marla Quinn and Devon Hale attended the wedding of a friend.", "married", _WED),
    ("Marla Quinn and Devon Hale married again.", "married", _WED),
    ("Marla Quinn and Devon Hale married for the second time in Reno.", "married", _WED),
    ("Marla Quinn and Devon Hale remarried.", "married", _WED),
    ("Marla Quinn and Devon Hale renewed their vows, 20 years after they married.", "married", _WED),
    ("Marla Quinn and Devon Hale married a year after their 2000 engagement.", "married", _WED),
    ("A year after their 2000 engagement, Marla Quinn and Devon Hale married.", "married", _WED),
    ("Marla Quinn and Devon Hale stayed married until 2019.", "married", _WED),
    ("Marla Quinn and Devon Hale are a married couple.", "married", _WED),
    ("Ivy Hale married Devon Hale's business partner, Marla Quinn said.", "married", _WED),
    ("Marla Quinn and Devon Hale met with their lawyers.", "met", "Marla Quinn and Devon Hale met in 1999."),
    ("Marla Quinn and Devon Hale were separated by the pandemic.", "separated", _SEP),
    ("Marla Quinn was declared legally single after her first marriage.", "declared-single",
     "A judge declared Marla Quinn legally single in 2020."),
    # found by trying to make the rule cite something false on an invented corpus
    ("Marla Quinn and Devon Hale married off their daughter.", "married", _WED),
    ("Marla Quinn and Devon Hale married other people.", "married", _WED),
    ("Marla Quinn and Devon Hale spoke to reporters. They both married on a beach.", "married", _WED),
    ("Marla Quinn and Devon Hale spoke to reporters. The couple's lawyer married on a beach.", "married", _WED),
    ("Marla Quinn and Devon Hale hosted Tom Ashby and Ann Moreau. The couple tied the knot on a beach.", "married",
     _WED),
    ("Marla Quinn and Devon Hale married the year after they met.", "married", _WED),
    ("Marla Quinn filed for divorce from Devon Hale before they married.", "divorce-filed", _FILED),
    ("Marla Quinn and Devon Hale separated from their restaurant group.", "separated", _SEP),
    ("Marla Quinn and Devon Hale first met the mayor at a gala.", "met", "Marla Quinn and Devon Hale first met in 1999."),
    # another occurrence, told by its occasion or its number
    ("Marla Quinn and Devon Hale separated briefly in the early days of their marriage.", "separated", _SEP),
    ("Marla Quinn and Devon Hale separated when their son was a baby.", "separated", _SEP),
    ("Marla Quinn and Devon Hale have separated several times.", "separated", _SEP),
    # a story they play, not theirs
    ("In the film, Marla Quinn and Devon Hale married on a beach.", "married", _WED),
    ("Marla Quinn and Devon Hale play a couple who separated.", "separated", _SEP),
    ("Marla Quinn and Devon Hale starred in a drama in which they separated.", "separated", _SEP),
    # found by a second review: a denial, a disbelief, a pretence, hearsay, a show, someone else's,
    # no event at all: with no date to anchor it, a sentence must tell the event plainly
    ("Marla Quinn and Devon Hale separated, TMZ reported, but both deny it.", "separated", _SEP),
    ("Nobody believes Marla Quinn and Devon Hale separated.", "separated", _SEP),
    ("Marla Quinn and Devon Hale pretended they separated.", "separated", _SEP),
    ("Marla Quinn wished she and Devon Hale had separated.", "separated", _SEP),
    ("Marla Quinn laughed off claims she had filed for divorce from Devon Hale.", "divorce-filed", _FILED),
    ("Devon Hale says Marla Quinn filed for divorce, but she did not.", "divorce-filed", _FILED),
    ("Marla Quinn and Devon Hale have separated, according to a tabloid.", "separated", _SEP),
    ("Fans are convinced Marla Quinn and Devon Hale have separated.", "separated", _SEP),
    ("Fans think Marla Quinn and Devon Hale have separated.", "separated", _SEP),
    ("Marla Quinn and Devon Hale both had parents who separated.", "separated", _SEP),
    ("Marla Quinn and Devon Hale attended as friends married.", "married", _WED),
    ("Marla Quinn and Devon Hale's neighbours were there. They married.", "married", _WED),
    # so "they" is never read from the sentence before, even where it is the couple
    ("Marla Quinn and Devon Hale spoke to reporters. They tied the knot on a beach.", "married", _WED),
    ("Marla Quinn and Devon Hale separated the twins.", "separated", _SEP),
    ("Marla Quinn and Devon Hale tied the knot in a mock ceremony.", "married", _WED),
    ("On the show, Marla Quinn filed for divorce from Devon Hale.", "divorce-filed", _FILED),
    ("Marla Quinn and Devon Hale once separated.", "separated", _SEP),
    ("Marla Quinn first filed for divorce from Devon Hale.", "divorce-filed", _FILED),
    # found by a third review: hearsay, a show, no marital event, someone else's
    ("Marla Quinn and Devon Hale have separated, Page Six has learned.", "separated", _SEP),
    ("Marla Quinn and Devon Hale have separated, it is understood.", "separated", _SEP),
    ("Marla Quinn and Devon Hale separated onstage.", "separated", _SEP),
    ("Marla Quinn and Devon Hale separated as a publicity stunt.", "separated", _SEP),
    ("Marla Quinn and Devon Hale separated at the airport.", "separated", _SEP),
    ("Marla Quinn and Devon Hale announced their separation from the label.", "separated", _SEP),
    ("Marla Quinn and Devon Hale married their two passions.", "married", _WED),
    ("Marla Quinn and Devon Hale married in a ceremony with no legal force.", "married", _WED),
    ("Marla Quinn filed for divorce from Devon Hale on behalf of her sister.", "divorce-filed", _FILED),
    ("Marla Quinn and Devon Hale were to have separated.", "separated", _SEP),
])
def test_what_never_joins_a_record_of_another_event(said: str, slot: str, dated: str, tmp_path: Path) -> None:
    """A friend's or a child's wedding, a second one, a state rather than the event, a meeting of
    another kind, a time the year rules refused: never support for the couple's event."""
    found = _undated_with(said, tmp_path, dated, slot)
    assert found, slot  # the dated article makes the record
    assert not _undated_sources(found), (said, found)


@pytest.mark.parametrize(("said", "header"), [
    # the split told as it is announced (found on corpus_k and corpus_e: "have announced that they are separating")
    ("Marla Quinn and Devon Hale have announced that they are separating after nine years of marriage.",
     "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale announced on Tuesday that they were splitting.", "date: 2019-06-01"),
    # their own words, quoted, said by them, in an article of the split's year (found on corpus_h and corpus_k)
    ("\"After much thought, we have decided to separate,\" the couple said in a joint statement.", "date: 2019-06-01"),
    ("\"After a lot of reflection, we've decided to separate,\" Marla Quinn and Devon Hale said in a joint statement.",
     "date: 2019-06-01"),
    ("In a joint statement, the couple said: \"With love and respect, we have decided to part ways.\"",
     "date: 2019-06-01"),
    # "the statement" alone, right after the couple issue it (found on corpus_p)
    (("Marla Quinn and Devon Hale said they had made a decision, in a joint statement. \"After much reflection, we "
     "have decided to separate,\" the statement read."), "date: 2019-06-01"),
])
def test_a_separation_announced_is_support_for_the_separation(said: str, header: str, tmp_path: Path) -> None:
    found = _undated_with(said, tmp_path, _SEP, "separated", header=header)
    assert _undated_sources(found) == {"a1"}, (said, found)


@pytest.mark.parametrize(("said", "header", "dated"), [
    # the announcement dated from the article's own date (found on corpus_i and corpus_h): "last month", "in
    # September" (the one past), "last October" (written before October: the year before)
    ("Marla Quinn and Devon Hale announced last month that they were separating after nine years of marriage.",
     "date: 2019-10-02", _SEP),
    ("Marla Quinn and Devon Hale announced last month that they were separating.", "date: 2020-01-15", _SEP),
    ("The couple announced last October that they had separated.", "date: 2020-03-01", _SEP),
    ("They announced in September that they were separating, saying that they remained friends.", "date: 2020-02-01",
     _SEP),
    ("The pair announced in November 2019 that they were going their separate ways.", "date: 2021-05-01", _SEP),
    ("The pair announced last month that they were going their separate ways after nine years of marriage.",
     "date: 2019-10-02", _SEP),
    ("They announced in September that they were going their separate ways.", "date: 2020-02-01", _SEP),
    ("Marla Quinn and Devon Hale announced last month that they were separating.", "date: 2019-10-02",
     "Marla Quinn and Devon Hale separated in September 2019."),
])
def test_a_separation_announced_at_a_time_its_article_dates(said: str, header: str, dated: str, tmp_path: Path) -> None:
    """The record cites the article: for its year where the extractor dates the words, or after its event's words."""
    found = _undated_with(said, tmp_path, dated, "separated", header=header)
    assert len(found) == 1 and "a1" in _undated_sources(found) | {c.source for c in found[0].values[0].citations}, found


@pytest.mark.parametrize(("said", "header", "dated"), [
    # another year, a "last October" that may be this year's, a "March" that is no year of the record's
    ("Marla Quinn and Devon Hale announced last month that they were separating.", "date: 2020-03-01", _SEP),
    ("The couple announced last October that they had separated.", "date: 2019-12-01", _SEP),
    ("The couple announced in March that they had separated.", "date: 2020-05-01", _SEP),
    # someone else (her parents: cited after the event's words before this test, as told news), hearsay, a denial,
    # an object, a maybe
    ("Marla Quinn's parents announced last month that they were separating.", "date: 2019-10-02", _SEP),
    ("Marla Quinn and her manager announced last month that they were separating.", "date: 2019-10-02", _SEP),
    ("Insiders say Marla Quinn and Devon Hale announced last month that they were separating.", "date: 2019-10-02",
     _SEP),
    ("Marla Quinn and Devon Hale announced last month that they were not separating.", "date: 2019-10-02", _SEP),
    ("Marla Quinn and Devon Hale announced last month that they were separating their businesses.",
     "date: 2019-10-02", _SEP),
    ("Marla Quinn and Devon Hale reportedly announced last month that they were separating.", "date: 2019-10-02",
     _SEP),
])
def test_what_is_no_separation_announced_at_a_time(said: str, header: str, dated: str, tmp_path: Path) -> None:
    found = _undated_with(said, tmp_path, dated, "separated", header=header)
    assert len(found) == 1
    assert "a1" not in _undated_sources(found) | {c.source for c in found[0].values[0].citations}, (said, found)


@pytest.mark.parametrize(("said", "header"), [
    # their own word, tagged at the end (found on corpus_c, corpus_i and corpus_n): the tag's day is their saying
    # so, a wire's dateline the article's
    ("Marla Quinn and Devon Hale have separated after nine years of marriage, their representatives said Wednesday.",
     "date: 2020-01-09"),
    (("LONDON, Sept 5 (BPA) - Marla Quinn and Devon Hale are separating after nine years of marriage, their "
      "publicists said in a statement on Monday."), "date: 2019-09-05"),
    ("Marla Quinn and Devon Hale have separated, a spokeswoman for the pair confirmed.", "date: 2019-11-01"),
])
def test_a_separation_in_their_own_word_tagged_at_the_end(said: str, header: str, tmp_path: Path) -> None:
    found = _undated_with(said, tmp_path, _SEP, "separated", header=header)
    assert len(found) == 1 and "a1" in _undated_sources(found) | {c.source for c in found[0].values[0].citations}, found


@pytest.mark.parametrize(("lede", "written", "cited"), [
    # "the couple said" in the article's first sentence that names anyone: no one named before it
    (("LONDON, Sept 5 (BPA) - Marla Quinn and Devon Hale are separating after nine years of marriage, the couple "
      "said in a statement on Monday."), "2020-09-05", True),
    ("Marla Quinn and Devon Hale have separated after nine years of marriage, they said on Monday.", "2020-01-09", True),
    # others named first: "the two" may be them (a review's find)
    ("Her lawyers Sam Ortiz and Lee Park spoke on Monday. Marla Quinn and Devon Hale have separated, the two said.",
     "2020-01-09", False),
    # the tag's day is the year before the record's (Monday 30 December 2019): they had split by then
    ("Marla Quinn and Devon Hale have separated, their representatives said Monday.", "2020-01-01", False),
    # a denial before the names, a retraction after
    ("It is nonsense that Marla Quinn and Devon Hale have separated, the couple said in a statement.", "2020-01-09",
     False),
    ("Marla Quinn and Devon Hale have separated, the couple said in a statement. The statement was fake.",
     "2020-01-09", False),
    ("Marla Quinn and Devon Hale have separated. Devon Hale later denied it.", "2020-01-09", False),
])
def test_the_couple_s_own_word_in_their_article_s_lede(lede: str, written: str, cited: bool, tmp_path: Path) -> None:
    """The tag's "the couple", "they" read only where no one is named before (found on corpus_i and corpus_n)."""
    profile = profile_of_articles(tmp_path, {
        "a0.txt": ("2021-03-01", f"{UNDATED_OPENING}\n\nMarla Quinn and Devon Hale separated in 2020."),
        "a1.txt": (written, f"{lede}\n\n{UNDATED_OPENING}"),
    })
    (record,) = [r for r in profile.records if r.slot == "separated"]
    assert ("a1" in {c.source for c in record.citations}) == cited, record


@pytest.mark.parametrize("said", [
    # anyone else's word is a report; a tag that is not at the end, a denial, a maybe stay what they are
    "Marla Quinn and Devon Hale have separated after nine years of marriage, a friend said Wednesday.",
    "Marla Quinn and Devon Hale have separated after nine years of marriage, her lawyer said.",
    "Marla Quinn and Devon Hale have separated after nine years of marriage, a source told us.",
    "Marla Quinn and Devon Hale have separated, their representatives said, but insiders doubt it.",
    "Marla Quinn and Devon Hale have not separated, their representatives said Wednesday.",
    "Marla Quinn and Devon Hale may have separated, their representatives said Wednesday.",
    "Marla Quinn's parents have separated after nine years of marriage, their representatives said Wednesday.",
])
def test_what_is_no_separation_in_their_own_word(said: str, tmp_path: Path) -> None:
    found = _undated_with(said, tmp_path, _SEP, "separated", header="date: 2020-01-09")
    assert len(found) == 1
    assert "a1" not in _undated_sources(found) | {c.source for c in found[0].values[0].citations}, (said, found)


@pytest.mark.parametrize(("said", "cited"), [
    # a parenting plan is the court's arrangement for the children, no plan of the filing (found on corpus_f)
    (("Marla Quinn and Devon Hale have agreed on a parenting plan, ending a custody fight that began with Marla "
      "Quinn's divorce filing in 2019."), True),
    (("Marla Quinn and Devon Hale signed the custody plan, ending a fight that began with Marla Quinn's divorce "
      "filing in 2019."), True),
    # a plan still is one
    ("Marla Quinn and Devon Hale plan a divorce filing in 2019.", False),
])
def test_a_parenting_plan_is_no_plan_of_the_event(said: str, cited: bool, tmp_path: Path) -> None:
    found = _undated_with(said, tmp_path, _FILED, "divorce-filed", header="date: 2021-05-01")
    sources = _undated_sources(found) | {c.source for r in found for v in r.values for c in v.citations}
    assert len(found) == 1 and ("a1" in sources) == cited, (said, found)


@pytest.mark.parametrize(("header", "month"), [
    ("date: 2019-10-02", "September"),  # "last month" written in October: September, as the other article says
    ("date: 2019-08-02", ""),  # July: the articles differ, the paragraph names no month
    ("url: https://daily.example/2019/10/quinn-hale", "September"),  # the month its web address gives
    ("author: Ann Poe", "September"),  # no date: it dates nothing, the other article's month stands
])
def test_last_month_is_the_month_before_the_article_s(header: str, month: str, tmp_path: Path) -> None:
    """"The pair split last month" (written on 2 October) took "September" from a paragraph's "separated in
    September 2019": "last month" was read as any month."""
    found = _undated_with("Marla Quinn and Devon Hale split last month.",
                          tmp_path, "Marla Quinn and Devon Hale separated in September 2019.", "separated", header=header)
    assert len(found) == 1 and len(found[0].values) == 1, found
    if header.startswith(("date", "url")):
        assert "a1" in {c.source for c in found[0].values[0].citations}, found
    assert found[0].values[0].month == month, found


@pytest.mark.parametrize(("said", "header", "month"), [
    # found by a review (tests/cases/review_today10): the month of the telling, a year before, a week of two months
    ("Marla Quinn and Devon Hale confirmed last month that they had split.", "date: 2019-10-02", ""),
    ("Marla Quinn and Devon Hale split a year ago last month.", "date: 2019-10-02", ""),
    ("Marla Quinn and Devon Hale split last week.", "date: 2019-10-08", ""),
    ("Marla Quinn and Devon Hale split last week.", "date: 2019-09-20", "September"),
])
def test_last_month_names_the_month_only_of_the_event_s_own_words(said: str, header: str, month: str,
                                                                  tmp_path: Path) -> None:
    found = _undated_with(said, tmp_path, "Marla Quinn and Devon Hale separated in September 2019.", "separated",
                          header=header)
    assert len(found) == 1 and found[0].values[0].month == month, found


@pytest.mark.parametrize(("said", "header"), [
    # a statement quoted years after, or a split told as news years after: it may be of another split
    ("\"After much thought, we have decided to separate,\" the couple said in a joint statement.", "date: 2021-05-01"),
    ("Marla Quinn and Devon Hale have split.", "date: 2021-05-01"),
    ("Marla Quinn and Devon Hale have announced that they are separating.", "date: 2023-03-01"),
    # a parting for a season, or of their accounts (found by a review, tests/cases/review_today10)
    ("Marla Quinn and Devon Hale are going their separate ways this summer while she tours.", "date: 2019-06-01"),
    (("Marla Quinn and Devon Hale announced on Tuesday that they were separating, for tax purposes, the bakery from "
     "their household accounts."), "date: 2019-06-01"),
    ("\"We are separating for the summer,\" the couple said in a joint statement.", "date: 2019-06-01"),
    ("\"As a duo, we have decided to part ways,\" the couple said in a joint statement.", "date: 2019-06-01"),
    # someone else's statement, one the sentence dates to another year, one assumed, one disowned
    ("\"We have decided to part ways,\" the label said in a joint statement with the couple.", "date: 2019-06-01"),
    ("The lawyers of the couple issued a joint statement. \"We have decided to part ways,\" the statement read.",
     "date: 2019-06-01"),
    (("Marla Quinn and Devon Hale's bandmates issued a joint statement. \"We have decided to split,\" the statement "
     "read."), "date: 2019-06-01"),
    ("\"We have decided to separate,\" the couple said in a joint statement in 2012, months before they reconciled.",
     "date: 2019-06-01"),
    ("\"Everyone assumes we have decided to separate,\" the couple said in a joint statement. \"We have not.\"",
     "date: 2019-06-01"),
    (("\"We have decided to separate,\" the couple said in a joint statement. Hours later, the couple said the "
     "statement had been posted by a hacker."), "date: 2019-06-01"),
    # not each other, not a split, a denial, someone else's words, no one's named
    ("\"We have decided to part ways with Northfield Records,\" the couple said in a joint statement.",
     "date: 2019-06-01"),
    ("\"Rumors that we have separated are false,\" the couple said in a joint statement.", "date: 2019-06-01"),
    ("Marla Quinn's parents said in a joint statement: \"We have decided to separate after forty years.\"",
     "date: 2019-06-01"),
    ("\"We have decided to separate,\" Marla Quinn and her manager, Tom Ashby, said in a joint statement.",
     "date: 2019-06-01"),
    ("\"We have decided to separate,\" the statement said.", "date: 2019-06-01"),
    # "the statement" of others, or of no one named: her parents', a friend's, a sentence away
    ("Marla Quinn's parents issued a joint statement on Friday. \"We have decided to separate,\" the statement said.",
     "date: 2019-06-01"),
    (("Marla Quinn and her manager, Tom Ashby, issued a joint statement. \"We have decided to separate,\" the "
     "statement said."), "date: 2019-06-01"),
    (("Marla Quinn and Devon Hale issued a joint statement. They thanked fans. \"We have decided to separate,\" the "
     "statement said."), "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale spoke to reporters. \"We have decided to separate,\" the statement said.",
     "date: 2019-06-01"),
    ("\"We have decided to separate,\" the couple said, according to a source.", "date: 2019-06-01"),
    # the words of the announced split with an object, hearsay, a denial, another's
    ("Marla Quinn and Devon Hale are splitting their time between Reno and Boise.", "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale have split custody of the dog.", "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale have announced that they are separating their businesses.", "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale are splitting, insiders say.", "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale were going their separate ways, a source said.", "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale denied that they were splitting.", "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale have announced that their neighbours are separating.", "date: 2019-06-01"),
    ("Marla Quinn and Devon Hale are not splitting.", "date: 2019-06-01"),
])
def test_what_is_no_announced_separation(said: str, header: str, tmp_path: Path) -> None:
    """Precision first: none of these tells that the couple split."""
    found = _undated_with(said, tmp_path, _SEP, "separated", header=header)
    assert found
    assert not _undated_sources(found), (said, found)


@pytest.mark.parametrize(("header", "joins"), [
    ("date: 2018-05-01", False),  # written before the event's year: another filing
    ("url: https://daily.example/2018/05/quinn-hale", False),  # the same, by its web address
    ("url: https://daily.example/2019/12/quinn-hale", True),
    ("date: 2019-12-01", True),
])
def test_an_article_written_before_the_event_s_year_is_not_support(header: str, joins: bool, tmp_path: Path) -> None:
    found = _undated_with("Marla Quinn filed for divorce from Devon Hale, citing irreconcilable differences.",
                          tmp_path, header=header)
    assert (_undated_sources(found) == {"a1"}) == joins, found


@pytest.mark.parametrize(("more", "joins"), [
    ("", True),  # the corpus knows one filing: the undated article's is that one
    ("Marla Quinn reportedly filed for divorce from Devon Hale in 2016.", False),  # another year, even refused
])
def test_an_undated_article_joins_only_where_the_corpus_knows_one_such_event(more: str, joins: bool,
                                                                            tmp_path: Path) -> None:
    found = _undated_with("Marla Quinn filed for divorce from Devon Hale, citing irreconcilable differences.",
                          tmp_path, header="author: Ann Poe", more=more)
    assert (_undated_sources(found) == {"a1"}) == joins, found


def _year_fact(text: str, slot: str, word: str) -> tuple[Sentence, Fact]:
    """A sentence of `text` and its fact of `slot` whose value is the year `word`, where the text says it."""
    from generator.model import Span

    s = Sentence("a:1", "a", 1, 0, 0, len(text), text, "reported", None, ())
    at = text.index(word)
    return s, Fact("year", slot, (), word, word, s.id, Span("a", at, at + len(word)))


def test_the_filing_s_own_words_are_no_wish() -> None:
    """"asked a court to end her marriage" is the filing's cue, not a wish ("asked for custody"):
    says_not_so lets it stand, but not "has not asked a court to end"."""
    def fact(text: str) -> tuple[Sentence, Fact]:
        return _year_fact(text, "divorce-filed", "2019")

    assert not says_not_so(*fact("Marla Quinn asked a court to end her marriage to Devon Hale in 2019."))
    assert says_not_so(*fact("Marla Quinn has not asked a court to end her marriage to Devon Hale in 2019."))
    assert says_not_so(*fact("Marla Quinn asked for custody in 2019, a year after she filed for divorce."))


def test_a_maybe_of_an_embedded_clause_after_a_who_aside_doubts_no_aside_event() -> None:
    """Found on a corpus: "The former couple, who split in 2018, spent years fighting in court over where
    the children would live" lost its split from the paragraph's record: "would" is the children's living.
    A maybe of the main clause itself still doubts the aside's event, and so does a "not"."""
    def fact(text: str) -> tuple[Sentence, Fact]:
        return _year_fact(text, "separated", "2018")

    assert not says_not_so(*fact("The former couple, who split in 2018, spent years fighting in court over where "
                                 "the children would live."))
    assert says_not_so(*fact("The former couple, who split in 2018, would later deny it."))
    assert says_not_so(*fact("The former couple, who split in 2018, say they never really parted over where "
                             "they would live."))


def test_what_a_statement_asks_is_no_doubt_of_the_event_it_announced() -> None:
    """corpus_k: "The couple married in June 2011 ... and announced their separation last April in a joint statement
    that asked for privacy for their children" gave the paragraph's wedding and separation records nothing: "asked"
    read as a wish of the events. What a statement, a letter or a post asks is its own; "said that she would file" is
    still no filing."""
    fact = _year_fact

    said = ("The couple married in June 2011 at a castle and announced their separation in April 2016 in a joint "
            "statement that asked for privacy for their children.")
    assert not says_not_so(*fact(said, "married", "2011"))
    assert not says_not_so(*fact(said, "separated", "2016"))
    assert says_not_so(*fact("Ann Lee said in 2019 that she would file for divorce.", "divorce-filed", "2019"))
    assert says_not_so(*fact("Ann Lee asked in 2019 for a divorce, in a letter that she never sent.", "divorce-filed", "2019"))


def test_what_a_fight_after_the_event_was_over_is_no_doubt_of_the_event() -> None:
    """corpus_m: "She filed in Miami in 2021 and it was finalized in September 2022, after a long fight over whether
    their son could move to Spain" gave the paragraph's final divorce nothing: "whether" and "could" are the
    fight's question. A "not" of the event's own clause still says no."""
    def fact(text: str) -> tuple[Sentence, Fact]:
        return _year_fact(text, "divorce-final", "2022")

    assert not says_not_so(*fact("It was finalized in September 2022, after a long fight over whether their son could "
                                 "move to Spain."))
    assert not says_not_so(*fact("Lee and Ray, who finalized their divorce in 2022 after a bitter court fight over "
                                 "where the children would live, arrived together."))
    assert says_not_so(*fact("It was not finalized in 2022, after a long fight over whether their son could move."))
    assert says_not_so(*fact("It could be finalized in 2022, after a long fight over the house."))


def test_a_month_a_reason_and_what_they_said_they_would_do_doubt_nothing() -> None:
    """corpus_n: "are formally divorced after a decree absolute was granted on Friday 12 May" gave the paragraph no final
    divorce: "May" read as "may". corpus_j: "The couple, who got engaged in December 2012, crossed the state line
    because same-sex marriages are not currently being performed in Wisconsin" (the reason's "not"); corpus_n: "The
    pair, who tied the knot twice in 2011, ..., said they would remain committed parents" (what they said they would do)."""
    fact = _year_fact

    assert not says_not_so(*fact("Ann Lee and Bob Ray are divorced after a decree was granted on Friday 12 May 2023.",
                                 "divorce-final", "2023"))
    assert says_not_so(*fact("Ann Lee and Bob Ray may divorce in 2023.", "divorce-final", "2023"))
    assert not says_not_so(*fact("The couple, who got engaged in December 2012, crossed the state line because such "
                                 "weddings are not performed at home.", "engaged", "2012"))
    assert not says_not_so(*fact("They married in Minnesota in 2014 because Wisconsin, for a few more weeks, would not "
                                 "let them marry at home.", "married", "2014"))
    assert says_not_so(*fact("The couple did not marry in 2012 because they could not agree.", "married", "2012"))
    assert not says_not_so(*fact("The pair, who married in 2011, said they would remain committed parents.",
                                 "married", "2011"))
    assert says_not_so(*fact("The pair, who married in 2011, would later say it never happened.", "married", "2011"))


def test_undated_support_is_footnoted_after_the_event_words(tmp_path: Path) -> None:
    """"filed for divorce from Hale[^r-u-1] in 2019[^r-1-1]": the undated article's footnote after the event's words, the
    dated one's after the date; profile.json lists it as the record's `undated`, the written
    statement cites it, and its sentence names that statement as its fate."""
    import json

    from generator.pipeline import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, (head, body) in enumerate([("date: 2020-03-01", "Marla Quinn filed for divorce from Devon Hale in 2019."),
                                      ("date: 2021-05-01", ("Marla Quinn has asked a court to end her marriage to "
                                                            "Devon Hale."))]):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\n{head}\n---\n{UNDATED_OPENING}\n\n{body}\n",
                                         encoding="utf-8")
    build(corpus_config(seeds, tmp_path / "docs"))
    page = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    m = re.search(r"filed for divorce from [\w ]+\[\^(r\d+)-u-1\] in 2019\[\^\1-1-1\]\.", page)
    assert m, page
    rid = m.group(1)
    assert page.count(f"[^{rid}-u-1]") == 2 and "end her marriage" in page[page.index(f"[^{rid}-u-1]:"):]
    defined = re.findall(r"^\[\^([^\]]+)\]:", page, flags=re.MULTILINE)
    assert defined == list(dict.fromkeys(re.findall(r"\[\^([^\]]+)\](?!:)", page)))  # in reading order
    data = json.loads((tmp_path / "docs" / "profile.json").read_text(encoding="utf-8"))
    (record,) = [r for r in data["summary"] if r["id"] == rid]
    assert [c["source"] for c in record["undated"]] == ["a1"]
    assert [c["source"] for v in record["values"] for c in v["sources"]] == ["a0"]
    (written,) = [st for st in data["statements"] if st.get("written") and st["id"] == rid]
    assert {c["source"] for c in written["sources"]} == {"a0", "a1"}
    quoted = record["undated"][0]["quote"]
    (fate,) = [f for f in data["sentences"] if f["source"] == "a1" and rid in f["statements"]]
    assert fate["id"] and "end her marriage" in quoted


def test_events_of_one_date_keep_undated_support_after_their_own_verb(tmp_path: Path) -> None:
    """"They met[1] and began dating[u][2] in 2012": the joined sentence puts each record's undated
    footnotes after its own verb."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bodies = [("date: 2020-03-01", "Marla Quinn and Devon Hale met at a Reno gala in 2012."),
              ("date: 2020-04-01", "Marla Quinn and Devon Hale began dating in 2012."),
              ("date: 2021-05-01", "Marla Quinn and Devon Hale began dating on a ski trip.")]
    for i, (head, body) in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\n{head}\n---\n{UNDATED_OPENING}\n\n{body}\n",
                                         encoding="utf-8")
    from generator.pipeline import build

    build(corpus_config(seeds, tmp_path / "docs"))
    page = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    assert re.search(r"met\[\^r\d+-1-1\] and began dating\[\^(r\d+)-u-1\]\[\^\1-1-1\] in 2012\.", page), page


def test_a_disagreement_takes_no_undated_support(tmp_path: Path) -> None:
    """Where the articles disagree on the year, an article without one is no support for either:
    it may tell the other occurrence."""
    found = _undated_with("Marla Quinn filed for divorce from Devon Hale, citing irreconcilable differences.",
                          tmp_path, more="Marla Quinn filed for divorce from Devon Hale in 2020.")
    assert found and all(len(r.values) == 2 for r in found), found
    assert not _undated_sources(found), found


def test_a_word_of_maybe_anywhere_in_the_clause_counts_after_an_aside_too() -> None:
    """An event told in a ", who ...," aside is cited only when no word of doubt stands in the aside
    and none but a wish or a plan ("hoping for a baby", "will divorce") in its clause after the aside:
    precision first. An attempt to let every word after the aside count for nothing let "..., who
    married in 2001, now say that the wedding never happened" through; one that let every maybe through
    let "..., who wed in 2012, if the tabloid is right, have split" (both found by reviews)."""
    from generator.model import Fact, Span

    def fact(text: str, slot: str) -> tuple[Sentence, Fact]:
        s = Sentence("a:1", "a", 1, 0, 0, len(text), text, "reported", None, ())
        at = text.index("2018")
        return s, Fact("year", slot, (), "2018", "2018", s.id, Span("a", at, at + 4))

    for said, slot in [
            ("Marla Quinn and Devon Hale, who married in 2018, now say that the wedding never happened.", "married"),
            ("Marla Quinn and Devon Hale, who were to split in 2018, did not.", "separated"),
            ("Marla Quinn and Devon Hale, who split in 2018 in the film, never did in life.", "separated"),
            ("Marla Quinn, who would marry Devon Hale in 2018, met him in 2001.", "married"),
            ("Marla Quinn and Devon Hale were to marry in 2018.", "married")]:
        assert says_not_so(*fact(said, slot)), said
    assert not says_not_so(*fact("Marla Quinn and Devon Hale, who split in 2018, share custody.", "separated"))
    # a wish, a plan or a maybe of the main clause after the aside is the main clause's own: the aside's
    # event stands ("had been hoping for a baby" doubted a wedding); a word that says no still counts
    for said in ["Marla Quinn and Devon Hale, who married in 2018, had been hoping for a baby.",
                 "Marla Quinn and Devon Hale, who married in 2018, will divorce.",
                 "Marla Quinn and Devon Hale, who married in 2018, plan to move to Reno."]:
        assert not says_not_so(*fact(said, "married")), said
    for said, slot in [("Marla Quinn and Devon Hale, who married in 2018, deny it.", "married"),
                       # a maybe may doubt the whole sentence (found by a review of the rule)
                       ("Marla Quinn and Devon Hale, who wed in 2018, if the tabloid is right, have split.", "married"),
                       ("Marla Quinn and Devon Hale, who wed in 2018, could be lying.", "married"),
                       # a which-aside is a thing's: "Quinn and Hale's duo, which split in 2018" is no one's split
                       ("Marla Quinn and Devon Hale's duo, which split in 2018, plans to reunite.", "separated")]:
        assert says_not_so(*fact(said, slot)), said


@pytest.mark.parametrize("said", [
    "Marla Quinn and Devon Hale married in 2001, and later said that it had not happened.",
    "Marla Quinn and Devon Hale married in 2001, but a court found that the marriage was void.",
    "Marla Quinn and Devon Hale married in 2001, though friends say the wedding never happened.",
])
def test_a_sentence_that_takes_the_event_back_is_never_cited(said: str, tmp_path: Path) -> None:
    """A denial in a later clause of the sentence (found by a review): no record cites it."""
    found = _undated_with(said, tmp_path, dated="Marla Quinn and Devon Hale married in 2001.", slot="married")
    assert found and "a1" not in {c.source for r in found for v in r.values for c in v.citations}, found
    assert not _undated_sources(found), found


@pytest.mark.parametrize("other", [
    "Cal Finch and Dee Finch, friends of Marla Quinn and Devon Hale, have two children.",
    "Cal Finch, a friend of Marla Quinn and Devon Hale, has five children.",
    "Cal Finch and Dee Finch have two children and live next door to Marla Quinn and Devon Hale.",
])
def test_someone_else_s_count_of_children_is_not_compared_with_the_couple_s(other: str, tmp_path: Path) -> None:
    """Found by a review: the fact check compared every count of children in the corpus, whoever's,
    so the friends' "two children" (names the recogniser did not take) made "Articles disagree on
    how many children Quinn and Hale have: two or three" in the paragraph."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bodies = ["Marla Quinn and Devon Hale have three children.",
              "Marla Quinn and Devon Hale share three kids and still live on the same street in Reno.",
              f"Marla Quinn and Devon Hale divorced in 2019. {other}"]
    for i, body in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: 202{i}-03-01\n---\n"
                                         f"Marla Quinn and Devon Hale married in 2005. {body}\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    counts = [c for c in profile.conflicts if c.slot == "children"]
    assert [[v.value for v in c.values] for c in counts] == [["3"]], counts
    texts = record_texts(profile)
    told = [texts[r.id] for r in profile.records if r.slot == "children"]
    assert len(told) == 1 and "three children" in told[0] and "disagree" not in told[0], told


def test_a_year_inside_a_quotation_puts_nothing_on_the_timeline(tmp_path: Path) -> None:
    """Found by a review: "'I know exactly what projects I was doing from 1986 to 2000,' he said."
    opened the seed timeline (and the lede's span of years) at 1986: a year the speaker names in
    passing dates no event of the story. A year outside the quotation still does."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "title: R\noutlet: Daily\ndate: 2024-03-01\n---\nMarla Quinn and Devon Hale married in 2005.\n\n"
        '"I know exactly what I was cooking from 1986 to 2000," Devon Hale said.\n\n'
        'In a 2018 interview, Marla Quinn said, "We were happy in 1999."\n', encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    years = sorted(e.date[:4] for e in profile.timeline)
    assert "1986" not in years and "1999" not in years and "2018" in years and "2005" in years, years


def test_a_count_that_grew_names_the_children_of_its_latest_value(tmp_path: Path) -> None:
    """"two (2013), then three (2016)": the three children by name where the relations know three
    children of both and a cited sentence of the latest count lists them right after it; the older
    count names no one."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2013-05-01", ("Marla Quinn and Devon Hale married in 2010. Marla Quinn and Devon Hale have two "
                                  "children, their daughter Ivy Hale and their son Rowan Hale.")),
        "a2.txt": ("2016-05-01", ("Marla Quinn and Devon Hale married in 2010. Marla Quinn and Devon Hale welcomed their "
                                  "son Otto Hale in April. Marla Quinn and Devon Hale now have three children: Ivy "
                                  "Hale, Rowan Hale and Otto Hale.")),
        "a3.txt": ("2017-05-01", "Marla Quinn and Devon Hale have three children."),
    })
    (count,) = [r for r in profile.records if r.slot == "children"]
    assert count.verdict == "superseded" and set(count.names) == {"Ivy Hale", "Rowan Hale", "Otto Hale"}, count
    text = " ".join(record_texts(profile).values())
    assert re.search(r"two \(2013\), then three \(2016.2017\): [\w ,]+ and \w+ Hale\.", text), text


def test_an_undated_article_dates_no_count_where_another_is_dated(tmp_path: Path) -> None:
    """"two (2016–2018), then three (2013–2022)" (found on corpus_m): an article with no date of its own was
    dated by the earliest year its text names, the couple's wedding ("The couple, who wed in 2013, share three
    children"), and so was the count. Where another article of the count is dated, only the dated ones say when."""
    two = "Marla Quinn and Devon Hale married in 2010. Marla Quinn and Devon Hale have two children."
    three = "Marla Quinn and Devon Hale married in 2010. Marla Quinn and Devon Hale have three children."
    dated = {"a1.txt": ("2016-05-01", two), "a2.txt": ("2021-05-01", three)}
    undated = {**dated, "a3.txt": ("", "Marla Quinn and Devon Hale, who married in 2010, share three children.")}
    for n, articles in enumerate((dated, undated)):
        (count,) = [r for r in profile_of_articles(tmp_path / str(n), articles).records if r.slot == "children"]
        assert [(v.value, v.as_of) for v in count.values] == [("2", "2016"), ("3", "2021")], count


def test_no_record_tells_one_value_of_a_disputed_event(tmp_path: Path) -> None:
    """Where the fact check finds the articles disagree on the couple's wedding year, and the other
    year's sentences are no record's to cite (a tabloid's unnamed source), the paragraph does not say
    "They married in 2012" as if agreed (found on corpus_f)."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2014-05-01", "Ann Lee and Bob Ray married in 2012. Ann Lee and Bob Ray have a daughter."),
        "a2.txt": ("2016-05-01", "Ann Lee and Bob Ray married in 2012 in Reno. Ann Lee, 35, said she was happy."),
        "a3.txt": ("2016-06-01", "A source close to the couple said Ann Lee and Bob Ray married in 2011."),
    })
    disputed = {(c.slot, frozenset(c.subject)) for c in profile.conflicts if c.verdict == "disagreement"}
    assert ("married", frozenset({"Ann Lee", "Bob Ray"})) in disputed, profile.conflicts
    assert not [r for r in profile.records if r.slot == "married" and r.verdict != "disagreement"], record_texts(profile)


def test_an_event_of_both_told_as_one_ones_is_the_couples_record(tmp_path: Path) -> None:
    """"A judge finalized Lee's divorce from Bob Ray", "Ray's divorce from Ann Lee was finalized": the
    fact is of both (its subject), though its clause names one of them and the claim it joins is told
    mostly of one; the record cites every article (found on corpus_f, which had no record of the divorce)."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2015-05-01", "Ann Lee and Bob Ray married in 2012. Ann Lee and Bob Ray have a daughter."),
        "a2.txt": ("2022-11-20", ("A judge finalized Lee's divorce from restaurateur Bob Ray on Nov. 14, according to "
                                  "court records. Lee, 41, did not comment.")),
        "a3.txt": ("2024-05-01", ("Ray's divorce from television host Ann Lee, whom he married in 2012, was finalized "
                                  "in November 2022. Ray, 47, is engaged.")),
        "a4.txt": ("2023-01-10", "Ann Lee, 41, finalized her divorce in 2022. Lee is touring."),
        "a5.txt": ("2023-03-10", "Lee, whose divorce was finalized in 2022, is touring. Ann Lee, 41, said she was happy."),
        "a6.txt": ("2023-03-10", "Ann Lee finalized her divorce from her first husband, Cy Moss, in 2022."),
    })
    (final,) = [r for r in profile.records if r.slot == "divorce-final"] or [None]
    assert final is not None and set(final.about) == {"Ann Lee", "Bob Ray"}, record_texts(profile)
    # a4 and a5 name one of them alone, with the year the couple's own articles give: given in passing
    # (records._gather_passing); a6 names another husband
    assert {c.source for c in final.values[0].citations} == {"a2", "a3", "a4", "a5"}, final


def test_the_articles_that_name_every_child_support_the_names(tmp_path: Path) -> None:
    """"They have two children, Ivy Hale and Rowan Hale[1][2][3]": an article that names both children
    after a word for children without the count ("The children, Ivy Hale, 8, and Rowan Hale, 6, live
    with her") is cited after the names, never for the count; grandchildren are not theirs (found on
    corpus_f, where ten articles named the three children and one statement cited one)."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2015-05-01", ("Marla Quinn and Devon Hale married in 2010. Their daughter Ivy Hale was born in "
                                  "2011, and their son Rowan Hale in 2013. Marla Quinn and Devon Hale have two children, "
                                  "Ivy Hale and Rowan Hale.")),
        "a2.txt": ("2019-05-01", ("Marla Quinn filed for divorce from Devon Hale in 2019. Marla Quinn and Devon Hale wed in "
                                  "2010. The children, Ivy Hale, 8, and "
                                  "Rowan Hale, 6, live with her.")),
        "a3.txt": ("2020-05-01", ("Marla Quinn's father died on Monday. He is survived by his daughters, Marla Quinn "
                                  "and Ada Quinn, and by his grandchildren, Ivy Hale and Rowan Hale.")),
    })
    (count,) = [r for r in profile.records if r.slot == "children"]
    assert set(count.names) == {"Ivy Hale", "Rowan Hale"}, count
    assert {c.source for c in count.values[0].citations} == {"a1"}
    assert {c.source for c in count.undated} == {"a2"}, count
    text = record_texts(profile)[count.id]
    assert text.endswith(("Rowan Hale.", "Ivy Hale.")), text


def test_a_count_names_the_children_its_sentence_lists_where_the_relations_know_fewer(tmp_path: Path) -> None:
    """"They have three children: Ivy, 6, Tom, 4, and Ann, 1": the three named, though the relations
    know only one of them as a child of both (the others' births told of one parent); a listing of
    another number names no one (found on corpus_f)."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2015-05-01", ("Marla Quinn and Devon Hale married in 2010. The singer gave birth to daughter Ivy "
                                  "Hale on Monday. Marla Quinn, 30, said she was thrilled.")),
        "a2.txt": ("2019-05-01", ("Marla Quinn and Devon Hale married in 2010. They have three children: Ivy Hale, "
                                  "6, Tom Hale, 4, and Ann Hale, 1.")),
        "a3.txt": ("2020-05-01", "Marla Quinn and Devon Hale have three children. Devon Hale, 41, said so."),
    })
    (count,) = [r for r in profile.records if r.slot == "children"]
    assert set(count.names) == {"Ivy Hale", "Tom Hale", "Ann Hale"}, record_texts(profile)


def test_one_of_two_proposing_is_their_engagement(tmp_path: Path) -> None:
    """"The midfielder, 24, got down on one knee on Christmas Day at her parents' home in Reno" in an
    article about the two (written in January: last Christmas) and "... after Ray, 29, proposed on
    Christmas Day 2014" are the couple's engagement, one record citing both; a place after "in" is no
    stranger whom the engagement could be with (found on corpus_e)."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2015-01-03", ("Bob Ray and Ann Lee are engaged. The midfielder, 24, got down on one knee on "
                                  "Christmas Day at her parents' home in Reno, Nevada Springs. Ann Lee, 26, said yes.")),
        "a2.txt": ("2019-06-20", ("Bob Ray and Ann Lee married in June 2019 at Lake Como. The ceremony came four years "
                                  "after Ray, 29, proposed on Christmas Day 2014. Ann Lee, 30, wore a gown.")),
    })
    engaged = [r for r in profile.records if r.slot == "engaged"]
    assert len(engaged) == 1 and set(engaged[0].about) == {"Ann Lee", "Bob Ray"}, record_texts(profile)
    assert engaged[0].values[0].value == "2014" and {c.source for c in engaged[0].values[0].citations} == {"a1", "a2"}


def test_a_parents_custody_fight_is_no_length_of_the_couples(tmp_path: Path) -> None:
    """Found by a review: "Ray's parents divorced in 1998 after a custody battle that lasted four
    years" made a false disagreement with the couple's 18-month fight; a split dated before the
    couple's wedding is another marriage's, its fight too."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2016-05-01", "Ann Lee and Bob Ray married in 2015. Ann Lee and Bob Ray have a son."),
        "a2.txt": ("2023-05-01", ("Ann Lee and Bob Ray divorced in 2023 after a custody fight that lasted 18 months. "
                                  "Ann Lee, 40, said it was hard.")),
        "a3.txt": ("2023-06-01", ("Bob Ray's parents, Ken Ray and Sue Ray, divorced in 1998 after a custody battle that "
                                  "lasted four years. Bob Ray, 41, said he knew how it felt.")),
    })
    disputed = [c for c in profile.conflicts if c.slot == "dispute-length" and c.verdict == "disagreement"]
    assert not disputed, disputed
    assert not [r for r in profile.records if r.slot in ("divorce-final", "dispute-length")
                and any(v.value in ("1998", "48 months") for v in r.values)], profile.records


# --- A value given in passing (records._gather_passing) --------------------------------------------

@pytest.mark.parametrize(("said", "slot", "dated"), [
    ("The two separated in 2019 after a long year.", "separated", _SEP),
    ("The couple, who separated in 2019, sold the house in Reno.", "separated", _SEP),
    ("The 2019 divorce filing named Marla Quinn the children's residential parent.", "divorce-filed", _FILED),
    ("His first marriage, to Marla Quinn, ended when she filed for divorce in 2019.", "divorce-filed", _FILED),
    ("Marla Quinn separated in 2019 and moved to Tahoe.", "separated", _SEP),
    # a work named after the event is no story of it (found on corpus_g)
    ("The couple, who separated in 2019, met on the set of the drama Night Train.", "separated", _SEP),
    # "the two" before a meeting whose clause goes on to name one of them (found on corpus_f)
    ("The two first met in 1999, when Marla Quinn taped a segment in Reno.", "met",
     "Marla Quinn and Devon Hale first met in 1999."),
    # a sentence whose claim is another one: a count of children
    ("The 2019 divorce filing named Marla Quinn the residential parent of their two children.", "divorce-filed",
     _FILED),
    ("Their two children stayed in Reno. The two separated in 2019 after a long year.", "separated", _SEP),
])
def test_an_article_that_gives_the_value_in_passing_is_cited_for_it(said: str, slot: str, dated: str,
                                                                      tmp_path: Path) -> None:
    """A sentence that gives the record's value of the couple's event while naming one of them, or
    "the two", or whose claim is another one, is cited for the value."""
    found = _undated_with(said, tmp_path, dated, slot)
    assert len(found) == 1 and len(found[0].values) == 1, found
    assert "a1" in {c.source for c in found[0].values[0].citations}, (said, found)


@pytest.mark.parametrize(("said", "slot", "dated"), [
    ("The two separated in 2019, a source close to them said.", "separated", _SEP),  # an unnamed source
    ("Devon Hale's sister separated in 2019.", "separated", _SEP),  # kin
    ("Marla Quinn's parents separated in 2019.", "separated", _SEP),
    ("Marla Quinn and Tom Bexley separated in 2019.", "separated", _SEP),  # someone else named
    ("In the film, the two separated in 2019.", "separated", _SEP),  # a story
    ("Marla Quinn met in 1999 with her lawyers.", "met", "Marla Quinn and Devon Hale first met in 1999."),
    ("Devon Hale's new partner, Cy Moss, left her husband. The couple separated in 2019.", "separated", _SEP),
    # found by a fifth review: another pair, kin in a relative clause, a friend's split beside a claim of theirs
    (("Her co-host Tessa Orr is leaving after her husband, Milo Orr, fell ill. The couple separated in 2019 but "
      "reconciled."), "separated", _SEP),
    ("Devon Hale founded the firm with Cy Moss and Ivy Lo. The two split in 2019 after a dispute.", "separated", _SEP),
    ("Marla Quinn's parents, who married in 1980 and were separated in 2019, still live in Dayton.", "separated", _SEP),
    ("Marla Quinn, whose parents separated in 2019, has two children with Devon Hale.", "separated", _SEP),
    ("Marla Quinn and Devon Hale dined on Elm St. Their neighbors the Farrows separated in 2019.", "separated", _SEP),
    # found by a sixth review: one of them with a split of what, a pair the words define
    ("The label deal Devon Hale ended with his 2019 split still pays him.", "separated", _SEP),
    ("The couple who owned the house before Devon Hale separated in 2019.", "separated", _SEP),
    ("Devon Hale split from his record label in 2019.", "separated", _SEP),
    ("Marla Quinn, whose brother married in 2001, was awarded custody in 2020.", "married", _WED),
    (("Marla Quinn and Devon Hale have been married nine years and have two children, and their friends the "
      "Lindqvists have split."), "separated", _SEP),
    ("Marla Quinn, whose first husband left in 2019, separated that year.", "separated", _SEP),
    ("Reports that the two separated in 2019 are false.", "separated", _SEP),
])
def test_what_never_joins_a_record_in_passing(said: str, slot: str, dated: str, tmp_path: Path) -> None:
    """Precision first: none of these gives the couple's event its value."""
    found = _undated_with(said, tmp_path, dated, slot)
    assert "a1" not in {c.source for r in found for v in r.values for c in v.citations}, (said, found)


def test_the_divorce_record_cites_the_articles_that_date_it_in_passing(tmp_path: Path) -> None:
    """Found on corpus_d: "The two divorced in January after a nine-month court case", "The 2022
    divorce decree had named Solberg the residential parent" and "His first marriage, to surgeon
    Renata Solberg, ended in divorce in 2022" give the couple's divorce its year, but no record cited them."""
    profile, _ = analyse(corpus_config(CORPORA["corpus_d"], tmp_path / "docs"))
    (final,) = [r for r in profile.records if r.slot == "divorce-final"]
    assert [v.value for v in final.values] == ["2022"]
    cited = {c.source.split("_")[0] for c in final.values[0].citations}
    assert {"s08", "s12", "s16"} <= cited, cited


def test_a_birth_year_in_brackets_after_a_name_is_that_child_s(tmp_path: Path) -> None:
    """"Two kids, Ivy Hale (born 2014) and Rowan Hale (born 2016)": each year is its child's birth
    (found on corpus_c, where one sentence's two years read as two values of one event were cited for neither)."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2015-05-01", ("Marla Quinn and Devon Hale married in 2010. Their daughter Ivy Hale was born in 2014. "
                                  "Marla Quinn and Devon Hale live in Reno with their son Rowan Hale.")),
        "a2.txt": ("2020-05-01", ("Marla Quinn and Devon Hale married in 2010. They have two kids, Ivy Hale (born 2014) "
                                  "and Rowan Hale (born 2016), and they share custody.")),
    })
    births = {(r.about, v.value): {c.source for c in v.citations}
              for r in profile.records if r.slot == "child-born" for v in r.values}
    assert births.get((("Ivy Hale",), "2014")) == {"a1", "a2"}, births
    assert births.get((("Rowan Hale",), "2016")) == {"a2"}, births


@pytest.mark.parametrize(("other", "wordings"), [
    # one article quotes her in two parts, the other in one: both parts are said alike (found on corpus_e)
    ('Ann Lee said: "We are better friends now than we ever were married. We talk every day about the kids."',
     {"We are better friends now than we ever were married", "We talk every day about the kids."}),
    # a word changed: a variant, no record
    ('Ann Lee said: "We are best friends now, more than we ever were married. We talk every day about the kids."',
     set()),
])
def test_a_quotation_cut_short_is_quoted_in_the_words_every_article_gives(other: str, wordings: set[str],
                                                                          tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2024-02-10", ('Ann Lee and Bob Ray divorced in 2023. "We are better friends now than we ever were '
                                  'married," Ann Lee said. "We talk every day about the kids."')),
        "a2.txt": ("2024-02-18", f"The singer Ann Lee spoke to Weekly about her life with Bob Ray. {other}"),
    })
    quoted = {r.values[0].value: {c.source for c in r.values[0].citations}
              for r in profile.records if r.slot == "quotation"}
    assert set(quoted) == wordings, quoted
    assert all(sources == {"a1", "a2"} for sources in quoted.values()), quoted


def test_an_event_in_a_sentence_gathered_on_another_claim_joins_its_record(tmp_path: Path) -> None:
    """Found on corpus_d: "... have separated after nearly 15 years of marriage, the couple said Monday"
    is gathered on the marriage's length, and "The pair announced their separation last month" gave no
    year: the separation had no record. Its separation is the couple's too, and "last month" is the
    article's month before."""
    profile, _ = analyse(corpus_config(CORPORA["corpus_d"], tmp_path / "docs"))
    separated = {v.value: {c.source.split("_")[0] for c in v.citations} for r in profile.records
                 if r.slot == "separated" for v in r.values}
    assert separated == {"2021": {"s01", "s02", "s03"}}, separated


def test_a_custody_award_in_a_sentence_gathered_on_a_count_is_a_record(tmp_path: Path) -> None:
    """Found on corpus_c: "A Los Angeles judge has granted Maren Ellsworth temporary primary physical
    custody of her two kids with estranged husband Corbin Dashwood" is gathered on the count of her
    kids; the award is a record of its own."""
    profile, _ = analyse(corpus_config(CORPORA["corpus_c"], tmp_path / "docs"))
    awarded = {(r.about, v.value): {c.source.split("_")[0] for c in v.citations} for r in profile.records
               if r.slot == "custody-awarded" for v in r.values}
    assert awarded.get((("Maren Ellsworth",), "2020")) == {"r06"}, awarded


@pytest.mark.parametrize(("said", "joins"), [
    # found on corpora b, d, e and f: the children named by kin words, custody, twins, the marriage they are of
    ("Rowan Hale joins big sister Ivy Hale, 5, at home.", True),
    ("Rowan Hale met Ivy Hale, 5, at home.", False),  # no word for children or kin
    ("Devon Hale's daughter Ivy Hale and son Rowan Hale walked the dog down the aisle.", True),
    ("Since June she has had temporary primary custody of Ivy Hale, 8, and Rowan Hale, 6.", True),
    ("The twins, Ivy Hale and Rowan Hale, five, were bridesmaids.", True),
    (("Devon Hale's children from his marriage to the singer Marla Quinn, Ivy Hale, 11, and Rowan Hale, 9, were "
      "in the wedding party."), True),
    # found on corpus_g: "who share" the children, a comma after a word of kin
    ("The exes, who share Ivy Hale, 10, and Rowan Hale, 8, live four miles apart.", True),
    ("Devon Hale's daughter Ivy Hale, 11, was a bridesmaid, and his son, Rowan Hale, 8, carried the rings.", True),
    ("His stepdaughter Ivy Hale and stepson Rowan Hale were there.", False),  # stepchildren
    ("Her granddaughter Ivy Hale and grandson Rowan Hale were there.", False),
])
def test_what_names_the_children_after_a_count(said: str, joins: bool, tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2015-05-01", ("Marla Quinn and Devon Hale married in 2010. Their daughter Ivy Hale was born in "
                                  "2011, and their son Rowan Hale in 2013. Marla Quinn and Devon Hale have two children, "
                                  "Ivy Hale and Rowan Hale.")),
        "a2.txt": ("2021-05-01", f"Marla Quinn filed for divorce from Devon Hale in 2019. {said}"),
    })
    (count,) = [r for r in profile.records if r.slot == "children"]
    assert set(count.names) == {"Ivy Hale", "Rowan Hale"}, count
    assert ({c.source for c in count.undated} == {"a2"}) is joins, (said, count.undated)


def test_a_quotation_cut_where_its_sentence_goes_on_is_no_record(tmp_path: Path) -> None:
    """Found by a fifth review: "People keep saying we are getting back together" out of "People keep
    saying we are getting back together, and that is simply not going to happen" drops the denial;
    and a headline's words are no one's."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2024-02-10", ('Ann Lee and Bob Ray divorced in 2023. "People keep saying we are getting back together, '
                                  'and that is simply not going to happen," Ann Lee said.')),
        "a2.txt": ("2024-02-18", ('The singer Ann Lee spoke to Weekly about Bob Ray. Ann Lee said: "People keep saying we '
                                  'are getting back together." The headline "People keep saying we are getting back '
                                  'together" ran on the cover.')),
    })
    assert not [r for r in profile.records if r.slot == "quotation"], record_texts(profile)


def test_a_relative_s_event_is_never_the_couple_s(tmp_path: Path) -> None:
    """Found by a fifth review (tests/cases/review_kin): "Ashgrove and Corrado have two children, and
    Ashgrove's brother divorced in 2019" made "Articles disagree on when they divorced: in 2019 or in
    2021"; "Corrado, whose parents separated in 2017, ..." made "They separated in 2017"; "Corrado,
    whose brother married in 2014, ..." was cited for their wedding."""
    profile, _ = analyse(corpus_config(CASES / "review_kin" / "seeds", tmp_path / "docs"))
    assert not [c for c in profile.conflicts if c.verdict == "disagreement"], profile.conflicts
    said = {(r.slot, v.value): {c.source.split("_")[0] for c in v.citations} for r in profile.records for v in r.values}
    assert ("separated", "2017") not in said and ("divorce-final", "2019") not in said, said
    assert "x1" not in said.get(("married", "2014"), set()), said


def test_a_sum_whose_payer_is_not_said_joins_the_side_it_gives(tmp_path: Path) -> None:
    """Found on corpus_e: "The pair's divorce was finalised in November after a £4.2 million settlement"
    names no payer, so the fact check left it out of the disagreement about the settlement (£2.4 or
    £4.2 million); it gives the £4.2 million side, and the disputed statement cites it too, though
    the sentence is gathered on the divorce."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2023-11-23", "Ann Lee and Bob Ray divorced in 2023. Bob Ray will pay Ann Lee a settlement of $4.2 million."),
        "a2.txt": ("2023-11-24", "Ann Lee and Bob Ray divorced in 2023. Bob Ray agreed to pay Ann Lee a $2.4 million settlement."),
        "a3.txt": ("2024-02-18", ("Ann Lee and Bob Ray married in 2012. The pair's divorce was finalized in November 2023 "
                                  "after a $4.2 million settlement.")),
    })
    (settlement,) = [c for c in profile.conflicts if c.slot == "settlement"]
    sides = {v.value: {c.source for c in v.citations} for v in settlement.values}
    assert settlement.verdict == "disagreement" and sides == {"$4.2 million": {"a1", "a3"}, "$2.4 million": {"a2"}}, sides
    disputed = [st for sec in profile.sections for st in sec.statements if "settlement" in st.text and st.status == "disputed"]
    assert any({c.source for c in st.citations} == {"a1", "a2", "a3"} for st in disputed), disputed


def test_a_reader_s_corpus_names_no_institution_nor_conjunction_as_a_person_and_children_no_couple(
        tmp_path: Path) -> None:
    """Found on corpus_g (written by a reader who never saw the tool): "Neither Halloran nor
    Marchetti" made a person "Neither Halloran", "taught chemistry at Michigan Tech" a person
    "Michigan Tech" whose wedding was the couple's, and "the 2009 drama Salt Road" a name no one knows."""
    profile, _ = analyse(corpus_config(CASES / "corpus_g" / "seeds", tmp_path / "docs"))
    names = {p.name for p in profile.people}
    assert not names & {"Neither Halloran", "Michigan Tech", "Salt Road"}, names
    # "Anselm joins big sister Marguerite, 2, whom the couple call Margo. The couple, who wed in 2011, met on
    # the set of the 2009 drama Salt Road": the wedding is the couple's past; the children named just
    # before are no other couple, nor is the drama's title someone
    wed = [(sec.key, st.text) for sec in profile.sections for st in sec.statements if st.text.startswith("The couple, who wed")]
    assert wed and all(key == "background" for key, _text in wed), wed





def test_a_correction_s_retracted_value_makes_no_disagreement(tmp_path: Path) -> None:
    """Found reading the change again: "Correction, Feb. 18, 2023: An earlier version of this story said Marla
    Quinn and Devon Hale married in 2010." gave a fact of 2010 that the fact check weighed against the other
    articles' 2011, a disagreement the articles do not have. A correction gives no fact."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, head, body in [
            ("a", "2023-02-10", "Marla Quinn and Devon Hale married in 2011. Quinn and Hale have two children."),
            ("b", "2023-02-12", "Marla Quinn and Devon Hale married in 2011 in Reno. Quinn and Hale live apart."),
            ("c", "2023-02-18", ("Marla Quinn filed for divorce from Devon Hale last week. Quinn and Hale have two "
                                 "children.\n\nCorrection, Feb. 18, 2023: An earlier version of this story said Marla "
                                 "Quinn and Devon Hale married in 2010."))]:
        (seeds / f"{name}.txt").write_text(f"title: {name}\noutlet: Daily {name}\ndate: {head}\n---\n{body}\n",
                                           encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    assert [[v.value for v in c.values] for c in profile.conflicts if c.slot == "married"] == [["2011"]]


def _records_cite(said: str, tmp_path: Path) -> dict[str, list[str]]:
    """Each record's cited articles of a corpus of three: the wedding (2011) and the separation (2016) each told
    by one article, and a third (2019) that names the couple and then says `said`."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bodies = [("2017-01-10", "Marla Quinn and Devon Hale married in 2011."),
              ("2017-02-10", "Marla Quinn and Devon Hale separated in 2016."),
              ("2019-05-01", f"Marla Quinn and Devon Hale were in court on Tuesday.\n\n{said}")]
    for i, (date, body) in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    return {r.slot: sorted({c.source for c in r.citations}) for r in profile.records}


@pytest.mark.parametrize(("said", "separated", "final"), [
    # a court's "the parties", the second predicate of a clause whose wedding the record cites (found on corpus_k)
    ("The parties married in 2011 and separated in 2016.", True, False),
    ("The parties married in 2011, separated in 2016 and divorced in 2018.", True, True),
    # not theirs: others named as its subject, another separation, hearsay, a denial
    ("The parties married in 2011 and their friends separated in 2016.", False, False),
    ("The parties married in 2011 and Cy Moss separated in 2016.", False, False),
    ("The parties married in 2011 and separated from their business partners in 2016.", False, False),
    ("The parties married in 2011 and reportedly separated in 2016.", False, False),
    ("The parties married in 2011 and never separated in 2016.", False, False),
])
def test_a_second_predicate_of_the_couple_s_own_clause_is_theirs(said: str, separated: bool, final: bool,
                                                                tmp_path: Path) -> None:
    cited = _records_cite(said, tmp_path)
    assert ("a2" in cited.get("separated", [])) == separated, cited
    assert ("a2" in cited.get("divorce-final", [])) == final, cited


@pytest.mark.parametrize(("text", "joined"), [
    ("The parties married on 18 June 2011 and separated in April 2016.", True),
    ("The parties married in 2011, and then separated in 2016.", True),
    ("The parties married in 2011, separated in 2016 and divorced in 2018.", True),
    ("The parties married in 2011 and their friends separated in 2016.", False),
    ("The parties married in 2011 and Cy Moss separated in 2016.", False),
    ("The parties married in 2011 and separated from their business partners in 2016.", False),
    ("The parties married in 2011 and reportedly separated in 2016.", False),
    ("The parties married in 2011 and later, in the film, separated in 2016.", False),
])
def test_the_second_predicate_joined_to_an_event_of_theirs(text: str, joined: bool) -> None:
    """records.joined_to_theirs: found on corpus_k, where the article also names a new partner of one of them, so
    that "the parties" alone could not make the separation theirs."""
    from generator.model import Fact, Sentence, Span
    from generator.records import joined_to_theirs

    s = Sentence("a:1", "a", 1, 0, 0, len(text), text, "on-record", None, ())

    def year(slot: str, word: str) -> Fact:
        at = text.index(word)
        return Fact("year", slot, (), word, word, s.id, Span("a", at, at + len(word)))

    assert joined_to_theirs(s, year("separated", "2016"), [year("married", "2011")],
                            frozenset({"Marla Quinn", "Devon Hale"})) == joined


@pytest.mark.parametrize(("first", "as_of"), [
    # a year that opens the count's sentence says when it was true (found by review_today18: "two (2020)")
    ("In 2015, Marla Quinn and Devon Hale had two children.", "2015"),
    # not where the sentence speaks of now
    ("In 2015, Marla Quinn and Devon Hale married, and they now have two children.", "2020"),
])
def test_a_count_is_dated_by_the_year_its_sentence_opens_on(first: str, as_of: str, tmp_path: Path) -> None:
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2020-05-01", first),
        "a2.txt": ("2021-05-01", ("Marla Quinn and Devon Hale married in 2010. Marla Quinn and Devon Hale have three "
                                  "children.")),
    })
    (count,) = [r for r in profile.records if r.slot == "children"]
    assert [(v.value, v.as_of) for v in count.values] == [("2", as_of), ("3", "2021")], count
