"""The clause views of a sentence (generator/clauses.py), one rule per case, and how the claims
stage uses them: a sentence of two claims supports both; a sentence whose words another shares
across two clauses about different people is no paraphrase of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.clauses import views
from generator.config import PersonConfig

from .conftest import claims_of
from .units import read


def _views(text: str, people: tuple[str, ...] = ()) -> list[tuple[str, frozenset[str]]]:
    sentences, _people = read(text, [PersonConfig(p) for p in people])
    assert len(sentences) == 1
    s = sentences[0]
    out = []
    for v in views(s):
        assert len(v.sentence.text) == len(s.text) and v.sentence.start == s.start  # offsets kept
        out.append((" ".join(v.sentence.text.split()), v.people))
    return out


def test_a_relative_clause_and_the_main_clause_are_views_of_their_own() -> None:
    got = _views("Nadia Cortez and Felix Brandt, who wed in 2011 and divorced in 2017, now run a bakery in Tucson.",
                 ("Nadia Cortez", "Felix Brandt"))
    texts = [t for t, _p in got]
    assert "Nadia Cortez and Felix Brandt now run a bakery in Tucson." in texts
    relative = [(t, p) for t, p in got if t.startswith(", who")]
    # the relative clause tells of the names just before it
    assert relative == [(", who wed in 2011 and divorced in 2017,", frozenset({"Nadia Cortez", "Felix Brandt"}))]


def test_a_trailing_phrase_is_cut_off_but_not_a_credit() -> None:
    texts = [t for t, _p in _views("A judge gave Mara Lind sole custody of the twins, with Owen Park seeing them "
                                   "on alternate weekends.", ("Mara Lind", "Owen Park"))]
    assert "A judge gave Mara Lind sole custody of the twins" in texts
    assert ", with Owen Park seeing them on alternate weekends." in texts
    assert _views("Marco Reyes moved out of the family home in January 2017, according to court papers.",
                  ("Marco Reyes",)) == []


def test_joined_clauses_are_views_but_not_a_list_of_names() -> None:
    texts = [t for t, _p in _views("Hollis Grant filed for divorce in 2015; she later founded a charity for "
                                   "single mothers.", ("Hollis Grant",))]
    assert texts == ["Hollis Grant filed for divorce in 2015", "she later founded a charity for single mothers."]
    texts = [t for t, _p in _views("Owen Park moved to Denver in 2019, and Mara Lind stayed in Boston with the twins.",
                                   ("Owen Park", "Mara Lind"))]
    assert texts == ["Owen Park moved to Denver in 2019", "Mara Lind stayed in Boston with the twins."]
    assert _views("He sees Juniper, 12, Fletcher, 10, and Ivy, 7, every other weekend.") == []


def test_what_someone_said_is_not_cut_into_clauses() -> None:
    assert _views('"We wed in 2011, and we run a bakery now," Nadia Cortez said.', ("Nadia Cortez",)) == []


def _sources_of_claims(tmp: Path, a: str, b: str) -> list[set[str]]:
    claims, _fates, _sentences = claims_of(tmp, {"a.txt": a + "\n", "b.txt": b + "\n"})
    return [{s.source for s in c.sentences} for c in claims]


def test_a_sentence_of_two_claims_supports_the_claim_of_its_main_clause(tmp_path: Path) -> None:
    got = _sources_of_claims(tmp_path, "Corinne Ashby and Declan Moorcroft, who married in 2008 and split a decade "
                             "later, have become a model of friendly co-parenting.",
                             "Corinne Ashby and Declan Moorcroft now co-parent amicably.")
    assert {"a", "b"} in got


def test_words_shared_across_clauses_about_other_people_are_no_paraphrase(tmp_path: Path) -> None:
    got = _sources_of_claims(tmp_path, "Owen Park moved to Denver in 2019, and Mara Lind stayed in Boston with "
                             "the twins.", "Mara Lind moved to Denver with the twins.")
    assert {"a", "b"} not in got


def test_someones_unnamed_father_is_not_them(tmp_path: Path) -> None:
    got = _sources_of_claims(tmp_path, "Mara Lind now runs a bakery in Tucson.",
                             "Mara Lind's father runs a bakery in Tucson.")
    assert {"a", "b"} not in got


def test_a_paraphrase_beside_a_count_does_not_state_the_count(tmp_path: Path) -> None:
    claims, _fates, _sentences = claims_of(tmp_path, {
        "a.txt": "Nadia Cortez and Felix Brandt share three children and now co-parent amicably.\n",
        "b.txt": "These days, Nadia Cortez and Felix Brandt co-parent amicably.\n"})
    counted = [c for c in claims if c.key and c.key[0] == "children"]
    assert counted and all({s.source for s in c.sentences} == {"a"} for c in counted)


def test_a_sentence_says_more_than_its_dated_fact_in_its_last_clause(tmp_path: Path) -> None:
    claims, _fates, _sentences = claims_of(tmp_path, {
        "a.txt": "Nadia Cortez and Felix Brandt got engaged in 2019, and Owen Park offered to host the "
                 "engagement dinner.\n",
        "b.txt": "Nadia Cortez and Felix Brandt got engaged in 2019.\n"})
    texts = {c.text.text: {s.source for s in c.sentences} for c in claims}
    # the claim of its own is worded by, and quotes, the clause that says more: not the engagement again
    assert texts.get("Owen Park offered to host the engagement dinner.") == {"a"}
    own = next(c for c in claims if c.text.text.startswith("Owen Park"))
    assert own.text.end - own.text.start == len(own.text.text)
    assert any(c.key and c.key[0] == "engaged" and {s.source for s in c.sentences} == {"a", "b"} for c in claims)


def test_each_clause_that_says_more_than_a_told_fact_is_a_claim_of_its_own(tmp_path: Path) -> None:
    """"By 2012 they were dating, and they married in October 2013; Ray took over ..." is, beside the
    wedding's claim, its first clause and its last, each a claim quoting its own words: not the wedding again."""
    claims, _fates, _sentences = claims_of(tmp_path, {
        "a.txt": "By December 2012 Nadia Cortez and Felix Brandt were living in Denver, and they married in October "
                 "2013; Brandt took over management duties after the wedding.\n",
        "b.txt": "Nadia Cortez and Felix Brandt married in 2013.\n"})
    texts = {c.text.text: {s.source for s in c.sentences} for c in claims}
    assert texts.get("By December 2012 Nadia Cortez and Felix Brandt were living in Denver") == {"a"}, texts
    assert texts.get("Brandt took over management duties after the wedding.") == {"a"}, texts
    assert not [t for t in texts if "married in October" in t]


@pytest.mark.parametrize("text", [
    # a list's last item is no clause: "and barrister ..." shares the verb after it
    ("The Denver pastry chef Felix Brandt, 39, and barrister Nadia Cortez, 38, married in 2013; Brandt later opened a "
    "bakery with her in the old town."),
    # the wedding's clause tells more than the wedding: the sentence stays whole
    ("Felix Brandt runs a bakery in the Denver suburbs; he and Nadia Cortez married in 2013 and have a son who lives "
    "with his grandparents in Lyon."),
])
def test_a_sentence_that_is_not_clauses_of_told_facts_stays_whole(tmp_path: Path, text: str) -> None:
    claims, _fates, _sentences = claims_of(tmp_path, {"a.txt": text + "\n", "b.txt": "Nadia Cortez and Felix Brandt married in 2013.\n"})
    own = [c.text.text for c in claims if c.key is None and "a" in {s.source for s in c.sentences}]
    assert own == [text], own
