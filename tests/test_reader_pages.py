"""Timeline, relations, key facts, pictures and exports: on the planted fictional corpus, on
every corpus, and on hostile text."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator import infobox, jsonld, people_page, svg
from generator.exports import timelinejs
from generator.model import Citation, Person, Profile, Relation, TimelineEvent
from generator.pipeline import analyse
from generator.render import PAGES, render
from generator.timeline import dates_in, kind_of

from .conftest import CASES, corpus_config

HOSTILE = '</script><script>alert(1)</script> <!-- & "quoted" <b onload=x> {{ 7*7 }} [^1] ]]>'


@pytest.fixture(scope="module")
def fictional(tmp_path_factory: pytest.TempPathFactory) -> tuple[Profile, dict[str, Citation]]:
    tmp = tmp_path_factory.mktemp("fictional")
    shutil.copytree(CASES / "fictional" / "seeds", tmp / "seeds")
    return analyse(corpus_config(tmp / "seeds", tmp / "docs"))


def _relation(profile: Profile, kind: str, a: str, b: str) -> Relation:
    found = [r for r in profile.relations if r.kind == kind and {r.person, r.other} == {a, b}]
    assert found, f"no {kind} relation between {a} and {b}: {profile.relations}"
    return found[0]


def test_planted_relations(fictional: tuple[Profile, dict[str, Citation]]) -> None:
    profile, _ = fictional
    first = _relation(profile, "former-spouse", "Julian Ostrander", "Delphine Okafor")
    assert (first.start, first.end) == ("2001", "2009")
    assert _relation(profile, "spouse", "Julian Ostrander", "Anneliese Brandt").start == "2013"
    _relation(profile, "spouse", "Delphine Okafor", "Tobias Wren")
    for parent in ("Julian Ostrander", "Delphine Okafor"):
        child = _relation(profile, "child", "Lena Navarro", parent)
        assert child.person == "Lena Navarro" and child.other == parent


def test_every_relation_is_cited_by_a_sentence_naming_someone_in_it(built: tuple[str, Profile]) -> None:
    _name, profile = built
    bodies = {s.id: s.body for s in profile.sources}
    names = {p.name: {p.name, *p.aliases} for p in profile.people}
    for r in profile.relations:
        assert r.citations, r
        assert r.person != r.other
        for c in r.citations:
            text = bodies[c.source][c.start:c.end]
            assert any(n in text for who in (r.person, r.other) for n in names.get(who, {who})), (r, text)


def test_planted_timeline(fictional: tuple[Profile, dict[str, Citation]]) -> None:
    profile, _ = fictional
    kinds = {(e.kind, e.date[:4]) for e in profile.timeline}
    assert {("met", "1999"), ("married", "2001"), ("separated", "2008"), ("divorce-final", "2009")} <= kinds
    weddings = sorted((e for e in profile.timeline if e.kind == "married" and e.date == "2001"),
                      key=lambda e: -len(e.citations))
    couple = weddings[0]  # the couple's wedding, merged once from every statement about them
    assert len({c.source for c in couple.citations}) >= 3, "merged once"
    # another event of that year (the bride "wore her mother's 2001 wedding dress") cites none of its articles
    assert all(not {c.sentence for c in e.citations} & {c.sentence for c in couple.citations} for e in weddings[1:])
    merged = next(e for e in profile.timeline if e.kind == "met")
    assert len({c.source for c in merged.citations}) >= 3


def test_timeline_events_are_ordered_cited_and_precise(built: tuple[str, Profile]) -> None:
    _name, profile = built
    assert [e.date for e in profile.timeline] == sorted(e.date for e in profile.timeline)
    for e in profile.timeline:
        assert e.citations and e.statement and e.status
        assert e.precision == {1: "year", 2: "month", 3: "day"}[len(e.date.split("-"))]


def test_dates_and_kinds_in_text() -> None:
    found = dates_in("Married in June 2019, they split on March 14, 2021 and 3 May 2022; since 1999.")
    assert [(d.iso, d.precision) for d in found] == [
        ("2019-06", "month"), ("2021-03-14", "day"), ("2022-05-03", "day"), ("1999", "year")]
    assert kind_of("A judge awarded joint custody in 2018.") == "custody-ruling"
    assert kind_of("In a 2013 interview, he said so.") == "interview"
    assert kind_of("He sings.") == ""


def test_month_precision_from_the_text(tmp_path: Path) -> None:
    shutil.copytree(CASES / "smalltown" / "seeds", tmp_path / "seeds")
    profile, _ = analyse(corpus_config(tmp_path / "seeds", tmp_path / "docs"))
    divorce = [e for e in profile.timeline if e.kind == "divorce-final" and e.date.startswith("2019")]
    assert [(e.date, e.precision) for e in divorce] == [("2019-06", "month")]


def test_key_facts_of_the_planted_couple(fictional: tuple[Profile, dict[str, Citation]]) -> None:
    profile, _spans = fictional
    rows = {(r["label"], r["value"]): r for r in infobox.key_facts(profile)}
    assert ("Couple", "Delphine Okafor and Julian Ostrander") in rows or \
        ("Couple", "Julian Ostrander and Delphine Okafor") in rows
    assert ("Married", "2001") in rows and ("Divorce final", "2009") in rows and ("Met", "1999") in rows
    assert ("Child", "Lena Navarro") in rows
    assert ("Child born", "2003 (Lena Navarro)") in rows  # whose birth: the row says (it did not)
    assert rows[("Married", "2001")]["status"] == "corroborated"
    assert all(r["citations"] for r in rows.values())


def test_birth_years_from_ages(fictional: tuple[Profile, dict[str, Citation]]) -> None:
    """The people page reads birth years from the fact check's records, arithmetic included."""
    profile, _spans = fictional
    low, high = people_page.birth_years(profile)["Lena Navarro"]
    assert low == high == 2003
    (lena,) = [c for c in profile.conflicts if c.slot == "born" and c.subject == ("Lena Navarro",)]
    assert any("2012 − 9 − 1 to 2012 − 9" in v.as_of for v in lena.values)


def _event(text: str, date: str = "2001-06", status: str = "single-source") -> TimelineEvent:
    return TimelineEvent(date, text, (Citation("a", 0, 1, "a:0"),), "month", "", status, "s1")


def test_pictures_are_inert_well_formed_and_style_free() -> None:
    events = [_event(HOSTILE), _event("Second event", "2010"), _event("Third", "2010")]
    people = [Person(HOSTILE, (), "", 3), Person("Ann Roe", (), "f", 2), Person("Kid Roe", (), "", 1)]
    relations = [Relation("spouse", HOSTILE, "Ann Roe", "2001", "", ()),
                 Relation("child", "Kid Roe", "Ann Roe"), Relation("child", "Kid Roe", HOSTILE)]
    for picture in (svg.timeline_svg(events), svg.people_svg(people, relations)):
        assert "<script" not in picture and "onload=" not in picture.replace("onload&#61;", "")
        assert " style=" not in picture and "<style" not in picture and "\n\n" not in picture
        ET.fromstring(str(picture))  # well-formed: every article character became a reference
        assert "{{" not in picture and "[^" not in picture


def test_json_ld_is_json_and_cannot_close_its_script() -> None:
    block = str(jsonld.script_block({"name": HOSTILE}))
    inner = block.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert not re.search(r"[<>&]", inner)
    assert json.loads(inner) == {"name": HOSTILE}


def test_person_and_claimreview_records(fictional: tuple[Profile, dict[str, Citation]]) -> None:
    profile, _ = fictional
    graph = jsonld.people_ld(profile.people, profile.relations, {"Lena Navarro": "2003"})["@graph"]
    lena = next(p for p in graph if p["name"] == "Lena Navarro")
    assert lena["birthDate"] == "2003"
    assert {"Julian Ostrander", "Delphine Okafor"} <= {p["name"] for p in lena["parent"]}
    sources = {s.id: s for s in profile.sources}
    reviews = jsonld.claim_reviews_ld(profile.conflicts, sources, str, "fact-check.html", "Test")
    ratings = {r["reviewRating"]["alternateName"] for r in reviews}
    assert ratings == {"Disputed", "Superseded"}
    for r in reviews:
        assert r["@type"] == "ClaimReview" and r["itemReviewed"]["@type"] == "Claim"
        assert r["itemReviewed"]["appearance"] and r["claimReviewed"]


def test_timelinejs_export(fictional: tuple[Profile, dict[str, Citation]]) -> None:
    profile, _ = fictional
    data = json.loads(timelinejs(profile.subject, profile.timeline, {s.id: s for s in profile.sources}))
    assert len(data["events"]) == len(profile.timeline)
    for slide, e in zip(data["events"], profile.timeline, strict=True):
        assert list(slide["start_date"]) == ["year", "month", "day"][:len(e.date.split("-"))]
        assert slide["start_date"]["year"] == e.date[:4]
        assert slide["text"]["headline"] and slide["group"]
        assert "<script" not in slide["text"]["text"]


def test_pages_and_exports_are_written(fictional: tuple[Profile, dict[str, Citation]], tmp_path: Path) -> None:
    profile, spans = fictional
    render(profile, tmp_path, spans)
    for name in (*PAGES, "profile.json", "timeline.json", "assets/javascripts/iframe-worker-shim.js"):
        assert (tmp_path / name).is_file(), name
    record = json.loads((tmp_path / "profile.json").read_text(encoding="utf-8"))
    assert record["relations"] and all(r["sources"] for r in record["relations"])
    assert {"precision", "kind", "status", "statement"} <= set(record["timeline"][0])
    people = (tmp_path / "people.md").read_text(encoding="utf-8")
    assert '<script type="application/ld+json">' in people and "pf-people" in people
    assert "2012 − 9 − 1 to 2012 − 9" in people
    # what two or more articles call someone by their work, the background's record, footnoted there too
    described = [r for r in profile.records if r.slot == "described-as"]
    assert described and all(f"- **By their work:** {r.values[0].value}[^p" in people for r in described)


def test_a_syndicated_copy_is_counted_as_a_copy_not_a_source(
        fictional: tuple[Profile, dict[str, Citation]], tmp_path: Path) -> None:
    """A statement that cites an article and its wire copy rests on one source: its label says
    "1 source and 1 copy", never "Single source · 2 sources"."""
    profile, spans = fictional
    render(profile, tmp_path, spans)
    copies = {s.id for s in profile.sources if s.duplicate_of}
    assert copies
    both = [st for sec in profile.sections for st in sec.statements
            if {c.source for c in st.citations} & copies and len({c.source for c in st.citations}) == 2
            and st.status == "single-source"]
    assert both
    pages = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.md"))
    assert "Single source · 1 source and 1 copy" in pages
    assert not re.search(r"Single source · [2-9]", pages)


def test_key_facts_tell_only_what_the_records_vet(tmp_path: Path) -> None:
    """Found by a review: the box took any fact of a slot ("won't be final until late 2024" gave
    "Divorce final | 2024"; another couple's wedding could give "Married"); it now shows the
    couple's records, both values of a disagreement."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    opening = "Marla Quinn and Devon Hale married in 2001. In Reno, Marla and Devon share a house with their daughter Ivy Hale.\n\n"
    for i, body in enumerate(["Marla Quinn and Devon Hale's divorce won't be final until late 2024.",
                              "Lia Quinn and Tom Ash married in 1999. Lia Quinn and Tom Ash married in 1999, a friend said.",
                              "Marla Quinn and Devon Hale separated in 2019.",
                              "Marla Quinn and Devon Hale separated in 2020."]):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: 2024-0{i + 3}-01\n---\n{opening}{body}\n",
                                         encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    rows = {r["label"]: r for r in infobox.key_facts(profile)}
    assert "Divorce final" not in rows, rows
    assert rows["Married"]["value"] == "2001"
    assert rows["Separated"]["value"] == "2019 or 2020" and rows["Separated"]["status"] == "disputed"


def test_the_key_facts_couple_is_the_paragraphs_couple(tmp_path: Path) -> None:
    """Found by a review: the box's "Couple" was the spouse pair mentioned most, a second marriage
    ("Felipe Amaral and Marisol Quenby") on a profile about her first; it is the couple the sections'
    paragraphs tell, when the relations know them as spouses."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bodies = ["Marla Quinn and Devon Hale married in 2001. Marla Quinn, 30, and Devon Hale, 33, live in Reno.",
              "Marla Quinn and Devon Hale married in 2001. Marla Quinn and Devon Hale separated in 2019.",
              ("Marla Quinn married Cy Moss in 2023. Cy Moss, 50, cooks. Cy Moss sings. Cy Moss, her husband, paints. "
               "Cy Moss travels. Cy Moss said he was happy. Cy Moss golfs.")]
    for i, body in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(f"title: R{i}\noutlet: Daily {i}\ndate: 202{i + 2}-03-01\n---\n{body}\n",
                                         encoding="utf-8")
    profile, _ = analyse(corpus_config(seeds, tmp_path / "docs"))
    pair = infobox.couple(profile)
    assert pair is None or {pair.person, pair.other} == {"Marla Quinn", "Devon Hale"}, pair


def test_the_family_diagram_puts_a_partners_other_partner_beside_them() -> None:
    """Ann married Bob, then Cy; Bob married Jo after her: in one row Jo stood across the row from Bob, her line and
    its label ("married since 2016") drawn over Ann and Cy, so the diagram seemed to say Cy married Jo. Each partner
    now stands beside the one they are married to."""
    people = [Person(name, (), "", n) for name, n in (("Ann", 9), ("Cy", 5), ("Bob", 4), ("Jo", 1))]
    relations = [Relation("former-spouse", "Ann", "Bob", "2001", "2009"), Relation("spouse", "Ann", "Cy", "2013"),
                 Relation("spouse", "Bob", "Jo", "2016")]
    (row,) = svg._rows(people, relations)
    for r in relations:
        assert abs(row.index(r.person) - row.index(r.other)) == 1, (row, r)
