"""A fourth review of unnamed sources passed off as reporting (tests/cases/review_unnamed4: 38 small corpora,
FINDINGS.md): speech verbs and formulas the lists did not know ("an insider teased", "It has been reported that",
"We can reveal", "supposedly", "according to the rumour mill", "If the rumours are true", "Redditors claim", "A
senior figure at the studio said", "identified only as Jane Doe"). Each answered finding holds here; the limits
left are listed in FINDINGS.md's status and the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import UNNAMED
from generator.pipeline import analyse
from generator.segment import _attribution

from .conftest import CASES, corpus_config

REVIEW = CASES / "review_unnamed4"


@pytest.mark.parametrize("text", [
    # U1: a speaker the lists know, with a verb they did not
    "A source close to the couple shares that Tessa Vane and Milo Strand separated in May 2023.",
    "An insider teased that Strand has already moved into a flat in Leeds.",
    "One friend of the couple hinted that Vane wants to keep the house in Bath.",
    "Tessa Vane and Milo Strand separated in May 2023, a source close to the couple disclosed.",
    "Strand has hired the divorce lawyer Jo Roe, an insider leaked.",
    "Vane has been staying with her sister in Bristol, a pal of the singer let slip.",
    "Strand texted Vane every night for a week, a source close to the footballer divulged.",
    "Tessa Vane and Milo Strand separated in May 2023, a mate of the pair reckons.",
    # U2: impersonal passives of reporting
    "It has been reported that Tessa Vane and Milo Strand separated in May 2023.",
    "It is being claimed that Strand moved out of the family home in Bath in April.",
    "It can be revealed that Vane has hired the divorce lawyer Jo Roe.",
    "It emerged last night that Strand has bought a flat in Leeds for £900,000.",
    "It is reported that Strand has bought a flat in Leeds.",
    # U3: the writer's own formulas
    "We can reveal that Tessa Vane and Milo Strand separated in May 2023.",
    "Strand has bought a flat in Leeds for £900,000, we can exclusively reveal.",
    "Our understanding is that Vane will keep the house in Bath.",
    "The Daily Blaze's understanding is that the couple have agreed to share custody of Ivy and Jude.",
    "A: I'm hearing they separated in May 2023.",
    "From what I hear, Milo moved into a flat in Leeds in April.",
    # U4: hearsay adverbs
    "Strand supposedly moved into a flat in Leeds in April.",
    "The pair purportedly stopped speaking after a row at a party in Bath.",
    # U5: rumour mills and grapevines
    "Tessa Vane and Milo Strand separated in May 2023, according to the rumour mill.",
    "The Bath grapevine says Strand moved out in April.",
    "Vane has hired the divorce lawyer Jo Roe, according to chatter at her record label.",
    "It is an open secret in the football world that Strand has been dating a physiotherapist.",
    "Tessa Vane and Milo Strand separated in May 2023, the talk of Bath goes.",
    "Strand moved into a flat in Leeds in April, so the story goes.",
    "Strand has been dating a physiotherapist, goes the gossip in the dressing room.",
    # U6: conditional hedges
    "If the rumours are true, Tessa Vane and Milo Strand separated in May 2023.",
    "If reports are to be believed, Strand moved into a flat in Leeds in April.",
    "Vane has hired the divorce lawyer Jo Roe, if the gossip is to be believed.",
    # U7: fans, forums and tips
    "Redditors claim Tessa Vane and Milo Strand separated in May 2023.",
    "A viral TikTok claims Strand moved into a flat in Leeds in April.",
    "One TikToker claimed Vane has stopped wearing her wedding ring.",
    "Eagle-eyed fans noticed that Vane had deleted every photo of Strand from her Instagram.",
    "A blind item posted on Tuesday claims Strand has been dating a physiotherapist.",
    "Fans have speculated that Tessa Vane and Milo Strand separated in May 2023.",
    "Strand moved into a flat in Leeds in April, an eagle-eyed fan noticed.",
    "A Reddit thread claims Vane has hired the divorce lawyer Jo Roe.",
    "Deuxlane, the anonymous gossip account, posted that Strand has been dating a physiotherapist.",
    "A tip sent to Glossy Weekly says Tessa Vane and Milo Strand separated in May 2023.",
    "A reader wrote in to say Strand moved into a flat in Leeds in April.",
    "A tip-off to the magazine claims Vane has hired the divorce lawyer Jo Roe.",
    # U8: people the lists did not know
    "A senior figure at the studio said Vane and Milo Strand separated in May 2023.",
    "One industry figure said Tessa Vane will leave the talent show Star Search in June.",
    "A top TV boss said Vane will be paid £2 million to return next year.",
    "Show chiefs said Vane had asked to film in Bath so she could be near Ivy and Jude.",
    "An ex-boyfriend of Vane's said Tessa Vane and Milo Strand separated in May 2023.",
    "A former flame of Strand's said he has been dating a physiotherapist since March.",
    "A regular at the Bath pub said Strand moved out of the family home in April.",
    "A passer-by said Vane and Strand were rowing in the car park of the pub.",
    "An industry veteran said Vane has hired the divorce lawyer Jo Roe.",
    # U9: those close to them, confidants, insiders who know
    "Tessa Vane and Milo Strand separated in May 2023, those close to them fear.",
    "Strand is believed by friends to have moved into a flat in Leeds in April.",
    "Football insiders know Strand has been dating a physiotherapist since March.",
    "Tessa's confidants are adamant she has already hired a divorce lawyer.",
    "Paramedics at the scene said Tessa Vane was conscious and talking after the crash in Bath on Sunday.",
    # U10: an outlet's report that rests on an insider
    "Page Nine's report, which relied on an insider, said Tessa Vane and Milo Strand separated in May 2023.",
    "An insider quoted by Page Nine said Strand moved into a flat in Leeds in April.",
    "Vane has hired the divorce lawyer Jo Roe, a friend was quoted as saying.",
    "Strand has been dating a physiotherapist, The Sun reported, relying on a single source.",
    # U12: a pseudonym is no name
    "In the lawsuit, the woman, who is identified only as Jane Doe, alleges Strand fathered her son in 2019.",
    "The plaintiff, identified in court papers only as Jane Doe, says Strand paid her £50,000 in 2020.",
    # U13: the account's opening sentence
    "A source close to Tessa Vane has given The Daily Blaze a detailed account of the final months of her marriage.",
])
def test_no_one_named_says_it(text: str) -> None:
    assert _attribution(text, ("The Daily Blaze", "Page Nine", "Glossy Weekly"))[0] == UNNAMED


@pytest.mark.parametrize("text", [
    # what the new words must not take
    "Ann Lee and Bob Ray share two children, Ivy and Tom.",
    "Ann Lee shared a photo of the children on Instagram.",
    # "apparently" is mostly the writer's own shrug, or someone's named ("because apparently I can't stay away from
    # water"): no hearsay word
    "Patience, a lot of therapy and, apparently, a good calendar app.",
    "More than 2,000 children are in care on any given day, according to county figures.",
    "Lee's spokesman, Cy Moss, said the couple separated in May, confirming the report.",
    "Bob Ray apparently forgot to sign the papers, his lawyer Jo Roe said.",
    "Ann Lee said she can reveal that she is engaged.",
    "Ann Lee's understanding is that the house will be sold, she told the court.",
    "Bob Ray, who regularly posts on Reddit, said he moved to Leeds in April.",
    "Ann Lee told Glossy Weekly that she was tipped off by her sister.",
])
def test_a_named_one_stays_on_the_record(text: str) -> None:
    assert _attribution(text, ("The Daily Blaze",))[0] != UNNAMED


@pytest.mark.parametrize("case", ["case01", "case02", "case03", "case04", "case09", "case10", "case11", "case16",
                                  "case23"])
def test_no_written_separation_rests_on_them(case: str, tmp_path: Path) -> None:
    """The separation's written record (and so Key facts and the timeline's "Corroborated") had cited the second
    article's sentence, which rests on someone unnamed: now it cites only what named reporting says."""
    profile = analyse(corpus_config(REVIEW / case, tmp_path / "docs"))[0]
    cited = {c.source[:2] for r in profile.records if r.slot == "separated" for c in r.citations}
    assert "a2" not in cited


def test_a_relay_of_a_relay_is_the_unnamed_source(tmp_path: Path) -> None:
    """U11, case13: The Evening Lamp's "..., the Daily Courier reported on Sunday." relays the Daily Courier's
    "..., according to Page Nine.", which relays Page Nine's unnamed source: the second hop is that source's too,
    never plain reporting nor a written record's footnote."""
    profile = analyse(corpus_config(REVIEW / "case13", tmp_path / "docs"))[0]
    held = [st for sec in profile.sections for st in sec.statements if any(c.source.startswith("a3") for c in st.citations)]
    assert held and all(st.attribution == UNNAMED for st in held), [(st.text, st.attribution) for st in held]
    assert not [c for r in profile.records for c in r.citations if c.source.startswith("a3")]


def test_the_labelled_answers_of_an_unnamed_friend_are_theirs(tmp_path: Path) -> None:
    """U15, case32: "We put our questions to a close friend of Tessa Vane's, who asked not to be named." then "A:
    Tessa and Milo separated in May 2023.": the answers are the friend's, never the written separation's or the
    children's footnote."""
    profile = analyse(corpus_config(REVIEW / "case32", tmp_path / "docs"))[0]
    answers = [st for sec in profile.sections for st in sec.statements if "A: " in st.text]
    assert len(answers) == 3 and all(st.attribution == UNNAMED for st in answers)
    assert not [c for r in profile.records for c in r.citations if c.source.startswith("a2")]


def test_quotation_paragraphs_after_the_pal_said_are_the_pals(tmp_path: Path) -> None:
    """U14, case15: "A well-placed pal of Tessa Vane spoke to The Daily Blaze this week. The pal said:" then three
    paragraphs, each opening with a quotation mark: the pal's words, never a written record's footnote."""
    profile = analyse(corpus_config(REVIEW / "case15", tmp_path / "docs"))[0]
    held = [st for sec in profile.sections for st in sec.statements if any(c.source.startswith("a2") for c in st.citations)]
    assert len(held) == 4 and all(st.attribution == UNNAMED for st in held), [(st.text, st.attribution) for st in held]
    assert not [c for r in profile.records for c in r.citations if c.source.startswith("a2")]


def test_a_named_speakers_quotation_paragraphs_stay_theirs(tmp_path: Path) -> None:
    """Guard: after "Her publicist, Cy Moss, said:" the quotation paragraphs are on the record."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("title: a\noutlet: Daily A\ndate: 2023-06-22\n---\nAnn Lee and Bob Ray have separated. "
                                 "Her publicist, Cy Moss, said:\n\n\"Ann and Bob separated in May 2023.\n\n\"They will "
                                 "share the house in Reno.\"\n", encoding="utf-8")
    profile = analyse(corpus_config(seeds, tmp_path / "docs"))[0]
    assert not [st for sec in profile.sections for st in sec.statements if st.attribution == UNNAMED]


def test_they_who_go_on_after_sources_are_those_sources(tmp_path: Path) -> None:
    """U16, case33: "Sources at the network said ..." then, in the next paragraph, "They added that Vane and Milo
    Strand separated in May 2023. They also said ...": the sources' words, never the written separation's footnote."""
    profile = analyse(corpus_config(REVIEW / "case33", tmp_path / "docs"))[0]
    held = [st for sec in profile.sections for st in sec.statements if any(c.source.startswith("a2") for c in st.citations)]
    assert len(held) == 3 and all(st.attribution == UNNAMED for st in held), [(st.text, st.attribution) for st in held]
    assert not [c for r in profile.records for c in r.citations if c.source.startswith("a2")]


def test_they_said_after_sources_may_be_the_couple() -> None:
    """Guard: only a "They" that goes on ("added", "also said") is the sources'; "They said in a joint statement" is
    the couple's, as before."""
    assert _attribution("They said in a joint statement that they remain friends.", ())[0] != UNNAMED
