"""Which sentence words a claim, and what a sentence that tells an event in an aside says of its own:
cases found reading the sixteen gold corpora's statements."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from generator.model import Citation, Fact, Profile, Relation, Sentence, Span, Statement
from generator.pipeline import analyse

from .conftest import corpus_config, make_corpus

PEOPLE = [{"name": "Ann Lee", "gender": "f"}, {"name": "Bob Ray", "gender": "m"}, {"name": "Cy Ray", "gender": "m"}]


def profile_of_articles(tmp_path: Path, articles: dict[str, tuple[str, str]], people: Sequence[str] = ()) -> Profile:
    """The profile of small articles ({file name: (ISO date, body)}) about the people of PEOPLE (and `people`)."""
    seeds = make_corpus(tmp_path, {name: f"title: {name}\noutlet: Daily {n}\ndate: {date}\n---\n{body}\n"
                                   for n, (name, (date, body)) in enumerate(articles.items())})
    return analyse(corpus_config(seeds, tmp_path / "docs", people=[*PEOPLE, *({"name": n} for n in people)]))[0]


def _statements(profile: Profile) -> list[Statement]:
    return [st for sec in profile.sections for st in sec.statements]


def _cited(citations: Iterable[Citation]) -> set[str]:
    """The articles (a, b, c) a statement or record cites."""
    return {c.source.split("_")[0][0] for c in citations}


def test_a_brother_named_beside_one_of_the_couple_is_not_the_article_s_pair(tmp_path: Path) -> None:
    """corpus_h: an engagement story names the groom with the brother he founded a company with in one
    sentence and the bride in others, so "The two met in October 2011 at a bookshop, where Lee was signing"
    was told of the two brothers, and the meeting's claim cited one article of the three that give it."""
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2012-12-18", ("Ann Lee, the novelist, is engaged. The lucky man is Bob Ray, who runs Lumo, the "
                                "startup he co-founded with his younger brother, Cy Ray, in 2009.\n\n"
                                "Ray proposed earlier this month on the ferry. \"He got down on one knee,\" Lee told us.\n\n"
                                "The two met in October 2011 at a bookshop, where Lee was signing copies of her novel.")),
        "b.txt": ("2019-03-01", "Ann Lee and Bob Ray met in 2011 and married in 2013."),
        "c.txt": ("2020-05-01", "Ann Lee and Bob Ray, who met in 2011, have two children."),
    })
    met = [r for r in profile.records if r.slot == "met"]
    assert len(met) == 1 and set(met[0].about) == {"Ann Lee", "Bob Ray"}
    assert _cited(met[0].citations) == {"a", "b", "c"}
    told = [st for st in _statements(profile) if st.key == "met=2011"]
    assert all("Cy Ray" not in st.about for st in told)


def test_siblings_are_those_of_one_parent_and_those_named_brother_or_sister() -> None:
    from generator.claims import _siblings

    relations = [Relation("sibling", "Cy Ray", "Bob Ray"), Relation("child", "Ivy", "Ann Lee"),
                 Relation("child", "Tom", "Ann Lee")]
    siblings = _siblings(relations)
    assert siblings["Bob Ray"] == siblings["Cy Ray"] == {"Bob Ray", "Cy Ray"}
    assert siblings["Ivy"] == {"Ivy", "Tom"}
    assert "Ann Lee" not in siblings


def _fact_at(text: str, word: str, slot: str) -> tuple[Sentence, dict[str, tuple[Fact, ...]]]:
    s = Sentence("a:0", "a", 0, 0, 0, len(text), text, "reported", None, ())
    at = text.index(word)
    return s, {s.id: (Fact("year", slot, (), word, word, s.id, Span("a", at, at + len(word))),)}


def test_an_event_told_in_a_relative_clause_is_told_in_an_aside() -> None:
    """What ranks a claim's wording after the sentences that state it: "The pair, who wed in April 2018, became
    parents to twins in 2020" tells the wedding in passing; "Lee and Ray married in April 2018" states it."""
    from generator.claims import _told_aside

    for text, aside in [("The pair, who wed on the island in April 2018, became parents to twins in March 2020.", True),
                        ("Ray, whose divorce from Lee was finalized in 2018, flew in with the children on Tuesday.", True),
                        ("Ann Lee and Bob Ray married on the island in April 2018 after getting engaged.", False),
                        ("In 2018, the two wed on the island, which they loved.", False)]:
        s, facts = _fact_at(text, "2018", "married")
        assert _told_aside(s, ("married", "2018"), facts) is aside, text


def test_a_sentence_that_tells_a_split_in_an_aside_also_tells_its_own_story(tmp_path: Path) -> None:
    """corpus_g: "Jude Marchetti, whose divorce from actress Noor Halloran was finalized in 2020, flew in with the
    children on Tuesday." was shown only as a footnote of the paragraph's divorce, its words beyond the aside
    counted too few to say more; the rest of a sentence outside its aside is what it tells, and stands as a
    statement (in the section of the story around it), while the divorce's statement cites it too."""
    text = "Bob Ray, whose divorce from Ann Lee was finalized in 2020, flew in with the children on Tuesday."
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2020-06-01", "Ann Lee and Bob Ray finalized their divorce in 2020."),
        "b.txt": ("2020-07-01", "The divorce of Ann Lee and Bob Ray was finalized in 2020."),
        "c.txt": ("2023-09-12", f"Ann Lee and Bob Ray were together again at their daughter's graduation.\n\n{text}"),
    })
    own = [st for st in _statements(profile) if st.text == text]
    assert len(own) == 1 and _cited(own[0].citations) == {"c"}
    story = next(st for st in _statements(profile) if st.text.startswith("Ann Lee and Bob Ray were together again"))
    assert own[0].section == story.section != "divorce"
    final = [r for r in profile.records if r.slot == "divorce-final"]
    assert len(final) == 1 and _cited(final[0].citations) == {"a", "b", "c"}



def test_a_sister_s_divorce_before_the_couple_s_split_is_the_family_s_background(tmp_path: Path) -> None:
    """corpus_m: "Your sister Paloma went through her own divorce, from Diego Saucedo, in 2019." stood in the
    divorce section, and her mother's 1982 wedding in the current family's; the gold files of four corpora
    put a brother's, a sister's or a parent's wedding or split before the couple's own split in the background."""
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2020-06-01", "Ann Lee and Bob Ray married in 2010. Ann Lee and Bob Ray separated in 2020."),
        "b.txt": ("2021-02-01", ("Ann Lee has leaned on her sister, Ivy Lee, a lawyer.\n\n"
                                 "Ivy Lee divorced Tom Roe in 2017.\n\nAnn Lee and Bob Ray, who married in 2010, split in 2020.")),
    }, people=["Ivy Lee", "Tom Roe"])
    assert any(r.kind == "sibling" and {r.person, r.other} == {"Ann Lee", "Ivy Lee"} for r in profile.relations)
    sister = next(st for st in _statements(profile) if st.text == "Ivy Lee divorced Tom Roe in 2017.")
    assert sister.section == "background"


def test_the_couple_s_wedding_year_is_the_one_most_articles_give() -> None:
    """corpus_m: "It is the third marriage for Mr Larrañaga, who was married to Cy Moss from 2005 to 2008 and to
    Ann Lee from 2013 ..." made one claim of a 2005 wedding about the couple, and the earliest year any claim
    gave was taken for their wedding: every split year after 2008 read as after the split began, and the
    couple's own wedding story went to the family as it is now. The year most articles give is theirs."""
    from generator.claims import ClaimGroup
    from generator.marriages import wedding_year

    couple = frozenset({"Ann Lee", "Bob Ray"})

    def said(source: str, year: str) -> ClaimGroup:
        s = Sentence(f"{source}:0", source, 0, 0, 0, 30, f"Lee and Ray married in {year}.", "reported", None, ())
        return ClaimGroup(("married", year), (s,), s, couple)

    claims = [said("a", "2005"), said("b", "2013"), said("c", "2013")]
    assert wedding_year(claims, {}, couple) == "2013"
    assert wedding_year([said("a", "2013"), said("b", "2014")], {}, couple) == "2013"  # as often: the earlier


def test_a_wedding_of_others_before_the_couple_s_own_is_the_background(tmp_path: Path) -> None:
    """corpus_p: an obituary's "He married Eleanor Brandvold on June 18, 1966, in Eau Claire." (the father's) stood
    with the family as it is now, like a new partner's wedding; a wedding of others before the couple's own is
    the family's past."""
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2020-06-01", "Ann Lee and Bob Ray married in 2010. Ann Lee and Bob Ray separated in 2020."),
        "b.txt": ("2021-02-01", "Tom Roe died on Monday at 80.\n\nTom Roe married Ivy Lee in 1966 in Eau Claire."),
    }, people=["Ivy Lee", "Tom Roe"])
    wedding = next(st for st in _statements(profile) if st.text == "Tom Roe married Ivy Lee in 1966 in Eau Claire.")
    assert wedding.section == "background"


def test_a_wedding_told_in_an_aside_of_the_pair_is_the_couple_s(tmp_path: Path) -> None:
    """corpus_l: "The pair, who wed on Rottnest Island in April 2018, became parents to twins Kavi and Niamh in March
    2020." gave the wedding to the twins (the people of the sentence), and the paragraph's wedding did not cite it."""
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2018-04-20", "Ann Lee and Bob Ray married in April 2018 on Rottnest Island."),
        "b.txt": ("2021-06-01", ("Ann Lee and Bob Ray are at home in Sydney.\n\nThe pair, who wed on Rottnest Island in "
                                 "April 2018, became parents to twins Ivy Ray and Tom Ray in March 2020.")),
    }, people=["Ivy Ray", "Tom Ray"])
    wedding = [r for r in profile.records if r.slot == "married"]
    assert len(wedding) == 1 and set(wedding[0].about) == {"Ann Lee", "Bob Ray"}
    assert _cited(wedding[0].citations) == {"a", "b"}


def test_a_claim_told_only_in_a_closing_aside_does_not_word_the_event(tmp_path: Path) -> None:
    """corpus_l's figures with a change of the day: "... a new contract worth $1.8 million signed in December by
    presenter Ann Lee, who separated from her husband, surgeon Bob Ray, in 2022." worded the separation's claim (its
    "who" clause, a name set off inside it, was not read as an aside), so the contract's statement wore
    "Corroborated" with the footnotes of two articles that say nothing of a contract. The separation is worded by a
    sentence that states it; the contract is a claim of its own, of its one article."""
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2022-07-15", "Presenter Ann Lee and her husband, surgeon Bob Ray, have separated after four years of marriage."),
        "b.txt": ("2022-07-16", ("Ann Lee and Bob Ray stunned fans on Friday when they announced they had gone their separate "
                                 "ways after four years of marriage.")),
        "c.txt": ("2023-01-02", ("The half-year accounts show talent costs rose 6 per cent, partly reflecting a new three-year "
                                 "contract worth $1.8 million signed in December by presenter Ann Lee, who separated from her "
                                 "husband, surgeon Bob Ray, in 2022.")),
        "d.txt": ("2023-01-05", "Ann Lee and Bob Ray are divorcing. Lee lives in Perth; Ray stayed in Sydney."),
    })
    contract = [st for st in _statements(profile) if "contract" in st.text]
    assert len(contract) == 1 and _cited(contract[0].citations) == {"c"}
    assert any(_cited(st.citations) >= {"a", "c"} and "contract" not in st.text for st in _statements(profile))
