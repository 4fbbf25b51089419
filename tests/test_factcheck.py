"""Fact-check verdicts: every planted case of tests/cases/fictional/PLANTED.md, the seed
corpus's examples from the issue, the smalltown corpus, and independence from file order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import Conflict, Profile
from generator.pipeline import analyse
from tests.conftest import CORPORA, corpus_config, profile_of_articles


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Profile]:
    out = {}
    for name, seeds in CORPORA.items():
        tmp = tmp_path_factory.mktemp(name)
        shutil.copytree(seeds, tmp / "seeds")
        out[name] = analyse(corpus_config(tmp / "seeds", tmp / "docs"))[0]
    return out


def verdicts(profile: Profile) -> dict[str, tuple[str, tuple[str, ...]]]:
    """conflict id -> (verdict, values), without the one-source birth-year records."""
    return {c.id: (c.verdict, tuple(v.value for v in c.values))
            for c in profile.conflicts if c.verdict != "single-source"}


def conflict(profile: Profile, cid: str) -> Conflict:
    return next(c for c in profile.conflicts if c.id == cid)


def test_fictional_planted_verdicts(profiles: dict[str, Profile]) -> None:
    got = verdicts(profiles["fictional"])
    # 1, 5a, 5b: agreements, and the near misses raise nothing
    assert got["agreement-married-2001"] == ("agreement", ("2001",))
    assert got["agreement-divorce-final-2009"] == ("agreement", ("2009",))
    assert got["agreement-met-1999"] == ("agreement", ("1999",))
    assert got["agreement-separated-2008"] == ("agreement", ("2008",))
    # 2 (with 2b as an acceptable link of the chain): superseded, latest last
    # (not 3: "Today the chef, who has three children, ..." is one parent's count, never the couple's since a review
    # found one parent's count written as the couple's; "Julian, who now has five kids" is still weighed: the
    # people stage gives "Julian" alone no one there, and the count is told as before)
    assert got["conflict-children"] == ("superseded", ("4", "5"))
    # 3: Lena's ages are consistent once normalised, born 2003, arithmetic shown
    verdict, values = got["born-lena-navarro"]
    assert verdict == "consistent-normalised" and "2003" in values
    assert "2012 − 9 − 1 to 2012 − 9" in conflict(profiles["fictional"], "born-lena-navarro").explanation
    assert got["born-arlo"][0] == "consistent-normalised"
    # 4: the one real disagreement, both values shown
    assert got["conflict-dispute-length"] == ("disagreement", ("48 months", "60 months"))
    # 8: 18 months = a year and a half
    assert got["conflict-financial-negotiation-length"] == ("agreement", ("18 months",))
    # no false disagreement anywhere else
    assert [cid for cid, (v, _) in got.items() if v == "disagreement"] == ["conflict-dispute-length"]


def test_fictional_sources_quotes_and_attribution(profiles: dict[str, Profile]) -> None:
    profile = profiles["fictional"]
    by_id = {s.id: s for s in profile.sources}
    # 6: the wire copy is not independent
    assert by_id["2016_chef_fatherhood_wire"].duplicate_of == "2016_chef_fatherhood"
    five = conflict(profile, "conflict-dispute-length").values[1]
    assert {by_id[c.source].duplicate_of or c.source for c in five.citations} == {
        "2016_chef_fatherhood", "2023_coparenting_spotlight"}
    assert "60 months in 2 independent source(s)" in conflict(profile, "conflict-dispute-length").explanation
    # 10: one quotation, three articles, each quoted word for word, venues kept
    (keeping_score,) = [q for q in profile.quotes if any("keeping score" in by_id[c.source].body[c.start:c.end]
                                                        for c in q.citations)]
    assert keeping_score.verdict == "variants"
    assert {c.source for c in keeping_score.citations} == {
        "2023_coparenting_spotlight", "2024_lena_wedding", "2025_grandparents"}
    assert "told Vogue" in keeping_score.venues
    assert "shorter part" in keeping_score.explanation and "wording differs" in keeping_score.explanation
    # 9: unnamed sources are attributed, never asserted
    statements = [st for sec in profile.sections for st in sec.statements]
    unnamed = [st for st in statements if st.status == "unnamed-source"]
    assert any("expecting their first child" in st.text for st in unnamed)
    for statement in unnamed:
        assert statement.attribution == "unnamed-source"
    # the undated article is dated by the ages it gives
    assert "written in 2019–2020" in by_id["delphine_salt_and_honey"].date_note


def test_seed_examples(profiles: dict[str, Profile]) -> None:
    profile = profiles["seeds"]
    got = verdicts(profile)
    assert got["conflict-dispute-length"] == ("disagreement", ("72 months", "84 months"))
    assert got["conflict-children"] == ("superseded", ("4", "7"))
    born = conflict(profile, "born-ireland-baldwin")
    assert born.verdict == "consistent-normalised"
    assert "1995" in born.explanation and "written in 2022" in born.explanation
    assert got["agreement-married-1993"][0] == "agreement"
    assert got["agreement-divorce-final-2002"][0] == "agreement"
    # a separation (2000) is not a divorce (2002), and the second marriage (2012) is not a conflict
    assert [cid for cid, (v, _) in got.items() if v == "disagreement"] == ["conflict-dispute-length"]
    variety = [q for q in profile.quotes if "told Variety" in q.venues and q.verdict == "variants"]
    assert variety and any("2022" in v for q in variety for v in q.venues)


def test_smalltown(profiles: dict[str, Profile]) -> None:
    got = verdicts(profiles["smalltown"])
    assert got["conflict-legal-fees"][0] == "disagreement"
    assert [cid for cid, (v, _) in got.items() if v == "disagreement"] == ["conflict-legal-fees"]


def test_quotations_cite_their_own_words(profiles: dict[str, Profile]) -> None:
    for profile in profiles.values():
        by_id = {s.id: s for s in profile.sources}
        for q in profile.quotes:
            assert len({by_id[c.source].duplicate_of or c.source for c in q.citations}) >= 2
            for c in q.citations:
                assert by_id[c.source].body[c.start:c.end].strip()


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(sorted(p.name for p in CORPORA["fictional"].iterdir() if p.suffix != ".yml")))
def test_verdicts_do_not_depend_on_file_order(order: list[str], tmp_path_factory: pytest.TempPathFactory,
                                              profiles: dict[str, Profile]) -> None:
    """Files renamed so that they are read in another order give the same verdicts."""
    tmp = tmp_path_factory.mktemp("order")
    seeds = tmp / "seeds"
    seeds.mkdir()
    renamed = {name: f"{i:02d}{name}" for i, name in enumerate(order)}
    for name, new in renamed.items():
        shutil.copy(CORPORA["fictional"] / name, seeds / new)
    yml = (CORPORA["fictional"] / "sources.yml").read_text(encoding="utf-8")
    for name, new in renamed.items():
        yml = yml.replace(name, new)
    (seeds / "sources.yml").write_text(yml, encoding="utf-8")
    profile = analyse(corpus_config(seeds, tmp / "docs"))[0]
    assert _canonical(renamed, profile) == _canonical({}, profiles["fictional"])


def _canonical(renamed: dict[str, str], profile: Profile) -> object:
    """The verdicts with source ids mapped back to the original file names."""
    back = {Path(new).stem: Path(old).stem for old, new in renamed.items()}
    return sorted(
        (c.id, c.verdict, tuple((v.value, tuple(sorted(back.get(x.source, x.source) for x in v.citations)))
                                for v in c.values))
        for c in profile.conflicts)


def test_one_article_giving_two_years_is_no_disagreement(tmp_path: Path) -> None:
    """"Bob Ray got engaged in June to Ivy Lo, whom he has been dating since 2021" read as two
    engagements (2022 and 2021) is one article's reading, not articles that disagree (an unseen
    corpus listed it as a disagreement quoting the same sentence on both sides)."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2022-08-01", ("Bob Ray got engaged in June to Ivy Lo, whom he has been dating since 2021. "
                                 "Bob Ray said he was happy.")),
        "a2.txt": ("2022-09-01", "Bob Ray and Ivy Lo got engaged in June. Ivy Lo said she was happy."),
    })
    assert not [c for c in profile.conflicts if c.verdict == "disagreement"], profile.conflicts


def test_a_childs_birth_told_beside_a_parent_is_weighed_as_the_childs(tmp_path: Path) -> None:
    """"Now Ray wants to take their son, Tom, who was born in 2016, to Madrid" names the father too: the
    birth is still Tom's, and articles giving another year disagree, in the fact check and in the birth
    years (corpus_m listed two agreements, 2015 and 2016, for one boy's birth); "Bob Ray and Ann Lee have
    welcomed twins" is no birth of Ray's, whose own birth year stands alone in another sentence."""
    profile = profile_of_articles(tmp_path, {
        "a1.txt": ("2021-03-01", "Ann Lee and Bob Ray have two children. Their son, Tom, was born in 2015."),
        "a2.txt": ("2021-04-01", "Ann Lee and Bob Ray are divorcing. Tom was born in 2015, the filing says."),
        "a3.txt": ("2021-05-01", ("Ann Lee and Bob Ray are divorcing. Now Ray wants to take their son, Tom, who was "
                                  "born in 2016, to Madrid to train at an elite tennis academy.")),
        "a4.txt": ("2022-06-01", "Bob Ray was born in Reno in 1980. Bob Ray and Ann Lee have welcomed twins."),
    })
    disputed = sorted((c.slot, c.subject, sorted(v.value for v in c.values)) for c in profile.conflicts
                      if c.verdict == "disagreement")
    assert disputed == [("born", ("Tom",), ["2015", "2016"]), ("child-born", ("Tom",), ["2015", "2016"])], disputed
