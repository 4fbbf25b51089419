"""The open fact check (generator/figures.py): figures outside the slot registry compared
across independent articles, with the near-misses that must stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Conflict, Profile
from generator.pipeline import analyse
from generator.render import written_sentences

from .conftest import CASES, ROOT, corpus_config

HEAD = "title: {title}\noutlet: {outlet}\ndate: {date}\n---\n"
# Each article says who the couple are in its own words (identical openings would make the
# articles copies of one another, one source).
PAIRS = ("The actress Nora Quill and the chef Otto Brandt have been in the news since 2019.",
         "Chef Otto Brandt and his wife, the actress Nora Quill, have rarely spoken in public.",
         "Actress Nora Quill met chef Otto Brandt at a dinner party.")


def _profile(tmp: Path, bodies: list[str], years: tuple[int, ...] = (2021, 2021, 2021)) -> Profile:
    """The profile of one article per body, each opening with its own words about the couple."""
    seeds = tmp / "seeds"
    seeds.mkdir()
    for i, body in enumerate(bodies):
        head = HEAD.format(title=f"Story {i}", outlet=f"Outlet {i}", date=f"{years[i]}-0{i + 1}-10")
        (seeds / f"a{i}.txt").write_text(head + PAIRS[i] + "\n\n" + body + "\n", encoding="utf-8")
    return analyse(corpus_config(seeds, tmp / "docs"))[0]


def _conflicts(tmp: Path, bodies: list[str], years: tuple[int, ...] = (2021, 2021, 2021)) -> list[Conflict]:
    profile = _profile(tmp, bodies, years)
    return [c for c in profile.conflicts if c.slot in ("wedding-place", "visiting-schedule")
            or c.slot.startswith(("recording-length", "video-length"))
            or any(w in c.slot for w in ("sum", "support", "budget", "settlement", "nights"))]


CASES_OPEN = [
    ("lump sum differs", ["Under the settlement, Brandt will pay Quill a lump sum of $2 million.",
                          "Brandt agreed to pay Quill a lump sum of $2.5 million, the filing shows."],
     {"lump-sum": "disagreement"}),
    ("lump sum agrees", ["Brandt will pay Quill a lump sum of $2 million.",
                         "Quill gets a one-time payment of $2 million from Brandt."],
     {"lump-sum": "agreement"}),
    ("support is not the lump sum", ["Brandt will pay Quill a lump sum of $2 million.",
                                     "Brandt will pay Quill $25,000 a month in child support."],
     {}),
    ("support may change between years", ["Otto Brandt pays Nora Quill $25,000 a month in child support.",
                                           "Otto Brandt pays Nora Quill $30,000 a month in child support."],
     {}, (2019, 2022)),
    ("support differs in one year", ["Otto Brandt pays Nora Quill $25,000 a month in child support.",
                                     "Otto Brandt pays Nora Quill $30,000 a month in child support, the filing says."],
     {"child-support per month": "disagreement"}),
    ("a request is not a ruling", ["Quill asked for $200,000 a month in spousal support from Brandt.",
                                   "A judge ordered Brandt to pay Quill $115,000 a month in spousal support."],
     {}),
    ("schedule differs", ["Under the order, Brandt gets the children every other weekend.",
                          "Quill keeps custody, while Brandt gets the kids on the first and third weekend of each month."],
     {"visiting-schedule": "disagreement"}),
    ("every weekend is no alternate weekend", ["Under the order, Brandt gets the children every other weekend.",
                                               "Under the custody deal, Brandt gets the kids every weekend."],
     {"visiting-schedule": "disagreement"}),
    ("spending every weekend somewhere is no schedule", ["Under the order, Brandt gets the children every other weekend.",
                                                         "Brandt spends every weekend at his ranch."],
     {}),
    ("a weekly span and the children's ages are no break", [
        "Otto Brandt will have the children on alternating weekends, from Thursday after school until Monday morning.",
        "Under the custody deal, Brandt gets Lena, 5, and Max, 2, every weekend."],
     {"visiting-schedule": "disagreement"}),
    ("a schedule given by the court", [("Custody stays shared, and Brandt was given every second weekend, from Thursday to "
                                       "Monday."),
                                       "Under the custody deal, Brandt gets the kids every weekend."],
     {"visiting-schedule": "disagreement"}),
    ("a weekend off work is no schedule", ["Brandt was given every second weekend off by the restaurant.",
                                           "Under the custody deal, Brandt gets the kids every weekend."],
     {}),
    ("three weekends in four is no alternate weekend", [
        "Under the order, Brandt has the children three weekends out of every four.",
        "The children will spend alternate weekends with their father, the chef Otto Brandt."],
     {"visiting-schedule": "disagreement"}),
    ("two weekends in four are alternate weekends", [
        "Under the order, Brandt has the children two weekends out of every four.",
        "The children spend alternate weekends and half the holidays with Brandt."],
     {"visiting-schedule": "agreement"}),
    ("weekends with a grandfather are no parent's", [
        "Under the order, Brandt has the children every other weekend.",
        "The children spend every weekend with their grandfather, Hans Brandt."],
     {}),
    ("a trip is no schedule", ["Under the order, Brandt gets the children every other weekend.",
                               "The children will go to their father's ranch for one weekend of every month."],
     {}),
    ("wedding place differs", ["Nora Quill and Otto Brandt married in June 2009 in Boston, Massachusetts.",
                               "The couple tied the knot in Denver, Colorado in 2009."],
     {"wedding-place": "disagreement"}),
    ("one town without its region is no rival", ["Nora Quill and Otto Brandt married in June 2009 in Boston, Massachusetts.",
                                                 "The couple tied the knot in Denver in 2009."],
     {}),
    ("a region holds a town", ["Nora Quill and Otto Brandt married in June 2009 in Portofino, Italy.",
                               "The couple tied the knot in Italy in 2009."],
     {}),
    ("a court is no wedding place", ["Nora Quill and Otto Brandt married in June 2009 in Boston.",
                                     "Quill, who married Brandt in 2009, filed for divorce in Los Angeles Superior Court."],
     {}),
    ("recording length differs", ["In 2019 Brandt left Quill a 90-second message that night.",
                                  "In the two-minute recording from 2019, Brandt can be heard shouting at Quill."],
     {"recording-length 2019": "disagreement"}),
    ("recording length agrees", ["Brandt left Quill a 90-second voicemail in 2019.",
                                 "The 2019 voicemail lasting 90 seconds was played in court, Quill said."],
     {"recording-length 2019": "agreement"}),
    ("two recordings of two years", ["In 2007 Brandt left Quill a three-minute voicemail.",
                                     "In 2010 Quill released a 40-second voicemail from Brandt."],
     {}),
    ("a recording of no year is not compared", ["In a 90-second video, Brandt apologised to Quill.",
                                                "A 30-second video of Brandt dancing at Quill's party went viral."],
     {}),
    ("a video is no voicemail", ["Brandt left Quill a 90-second voicemail in 2019.",
                                 "Quill posted a two-minute video about Brandt in 2019."],
     {}),
    ("sums of two payers", ["Brandt was ordered to pay Quill $20,000 a month in child support.",
                            "Quill was ordered to pay Brandt $5,000 a month in child support."],
     {}),
    ("a changed schedule", ["Under the order, Brandt gets the kids every other weekend.",
                            "Brandt has the kids the first and third weekend of each month under a new order."],
     {}),
    # the schedule's parent is the verb's subject: not one named before a pronoun the people stage left unresolved
    # ("she" is Quill), nor before another subject ("the nanny"); an aside or an adverb between is no subject
    ("she after Brandt is not Brandt", ["Under the order, Brandt gets the kids every other weekend.",
                                        "Brandt kept the house, and she gets the kids one weekend a month."],
     {}),
    ("an aside between the parent and the verb", ["Under the order, Brandt gets the kids every other weekend.",
                                                  "Brandt, who kept the house, usually gets the kids one weekend a month."],
     {"visiting-schedule": "disagreement"}),
    # a sum one of them pays the other with no word of what for, in the divorce's story, is its settlement (corpus_g's
    # "agreed to pay Marchetti a whopping $6 million to wrap things up", after "their divorce was finalized")
    ("a sum paid to the other in the divorce's story", ["Brandt will make a one-time payment of $2 million to Quill under their divorce settlement.",
                                                         "After the divorce, Brandt agreed to pay Quill a whopping $3 million to wrap things up."],
     {"settlement": "disagreement"}),
    ("a sum owed is no settlement", ["Brandt will make a one-time payment of $2 million to Quill under their divorce settlement.",
                                     "After the divorce, Brandt still owes Quill $3 million."],
     {}),
    ("a sum paid for a thing is no settlement", ["Brandt will make a one-time payment of $2 million to Quill under their divorce settlement.",
                                                 "After the divorce, Brandt agreed to pay Quill $3 million for her half of the house."],
     {}),
    ("a sum paid outside the divorce's story is no settlement", ["Brandt will make a one-time payment of $2 million to Quill under their divorce settlement.",
                                                                "Brandt agreed to pay Quill $3 million."],
     {}),
    ("a sum paid by the month is no lump sum", ["Brandt will make a one-time payment of $2 million to Quill under their divorce settlement.",
                                                "After the divorce, Brandt agreed to pay Quill $3,000 a month."],
     {}),
    ("a place after the wedding", ["Nora Quill and Otto Brandt married in 2009 and lived in Paris for a decade.",
                                   "Nora Quill and Otto Brandt married in 2009 in Aspen, Colorado."],
     {}),
    ("a town and a town in it", ["Nora Quill and Otto Brandt married in June 2009 in Lahaina.",
                                 "The couple tied the knot on Maui in 2009."],
     {}),
    # the payer is the verb's subject, not the name before a noun after it (a review of an unseen corpus: a
    # "property equalization payment" was read as paid by the one it is paid to, so no sum was weighed)
    ("the payer is the verb's subject", ["Brandt will pay Quill a property equalization payment of $1.2 million.",
                                         "Brandt agreed to hand over $2 million to end his marriage, the filing shows."],
     {"settlement": "disagreement"}),
    # a review's: an offer, a rejected or capped sum, another party's settlement, a debt settled, the passive
    ("an offer is no settlement", ["Brandt offered Quill a $3 million settlement.",
                                   "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {}),
    ("a sum turned down is no settlement", ["Brandt initially proposed a $1 million settlement, which Quill turned down.",
                                            "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {}),
    ("a prenup's cap is no settlement", ["The prenup capped any divorce settlement at $500,000.",
                                         "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {}),
    ("a settlement with a studio is not theirs", ["Brandt has reached a $5 million settlement with Apex Studios.",
                                                  "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {}),
    ("a debt settled is no settlement", ["Brandt paid $40,000 to settle an unpaid tax bill.",
                                         "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {}),
    ("the one paid by the other is no payer", ["Quill will be paid $2 million by Brandt under the settlement.",
                                               "Brandt will pay Quill $2.5 million under the settlement, the filing shows."],
     {}),
    ("someone else's sum", ["Brandt will pay Quill a lump sum of $2 million.",
                            "Her sister Vera Lind will pay her husband Tom Lind a lump sum of $3 million."],
     {}),
    # settlements worded as real coverage words them (six unseen corpora planted a disputed settlement the
    # fact check did not list): the lump sum is the settlement, the one who takes it is paid by the other,
    # "he" is the one man named, "to end their divorce", "to settle" with no debt after it
    ("a lump sum is the settlement", ["Under the deal, Brandt will pay Quill a lump sum of $2 million.",
                                      "Quill walked away from the marriage with a $3 million settlement."],
     {"settlement": "disagreement"}),
    ("a lump sum within a settlement is a part of it",
     ["Brandt will pay Quill a $5 million settlement. It includes a lump sum of $2 million that Brandt will pay Quill.",
      "Brandt will pay Quill a lump sum of $2 million, the filing shows."],
     {"lump-sum": "agreement"}),
    ("the one who takes a settlement is paid", ["Quill walked away with a $3 million settlement after the divorce.",
                                                "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {"settlement": "disagreement"}),
    ("a settlement from someone else", ["Quill walked away with a $3 million settlement from Apex Studios after the divorce.",
                                        "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {}),
    ("to end their divorce", ["Brandt has agreed to hand Quill $4 million to end their bitter divorce.",
                              "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {"settlement": "disagreement"}),
    ("he is the one man named", [("Otto Brandt is single again, and friends say he agreed to hand over $4 million to end "
                                  "his marriage."), "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {"settlement": "disagreement"}),
    ("she is no one of the couple", ["Brandt's sister, Vera Lind, says she agreed to pay $4 million to end her marriage.",
                                     "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {}),
    ("to settle, with nothing after it", ["A person familiar with the talks says Brandt agreed to pay $4 million to settle.",
                                          "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {"settlement": "disagreement"}),
    ("a payout in a divorce", ["Their divorce came with a $4 million payout from Brandt to Quill.",
                               "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {"settlement": "disagreement"}),
    # nights a fortnight (an Australian corpus: "six nights a fortnight with Ani" against the court's "five")
    ("nights a fortnight differ", ["Under the ruling the twins will spend six nights a fortnight with Brandt.",
                                   "The children spend five nights a fortnight with Brandt, the orders show."],
     {"nights-a-fortnight": "disagreement"}),
    ("nights asked for are none had", ["Brandt asked that the twins spend six nights a fortnight with Brandt.",
                                       "The children spend five nights a fortnight with Brandt, the orders show."],
     {}),
    ("nights with a parent no one names", ["The children spend six nights a fortnight with the father.",
                                           "The children spend five nights a fortnight with Brandt, the orders show."],
     {}),
    ("a schedule that differs within one year", ["Under the order, Brandt gets the children every other weekend.",
                                                  "Brandt gets the kids on the first and third weekend of each month.",
                                                  "Brandt still gets the children every other weekend."],
     {"visiting-schedule": "disagreement"}, (2021, 2021, 2024)),
    ("nights of two years", ["The children spend six nights a fortnight with Brandt.",
                             "The children spend five nights a fortnight with Brandt, the orders show."],
     {}, (2021, 2024)),
    ("a property settlement paid from a sale", [("Quill walked away from the divorce with a property settlement worth "
                                                 "$3 million, most of it from the sale of the couple's house."),
                                                "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {"settlement": "disagreement"}),
    ("a sum that goes on from the divorce is its settlement", [
        ("Nora Quill and Otto Brandt are officially divorced. And Quill walked away with $1.5 million, a person familiar "
        "with the talks said."),
        "Under the agreement, Brandt will pay Quill a lump sum of $1.2 million."],
     {"settlement": "disagreement"}),
    ("a sum that goes on from something else is no settlement", [
        "Nora Quill won the cooking contest on Sunday. And Quill walked away with $1.5 million.",
        "Under the agreement, Brandt will pay Quill a lump sum of $1.2 million."],
     {}),
    ("an insurance payout is no settlement", ["Quill received a $4 million insurance payout after the fire.",
                                              "Brandt will pay Quill a $2 million settlement, the filing shows."],
     {}),
]


@pytest.mark.parametrize("case", CASES_OPEN, ids=[c[0] for c in CASES_OPEN])
def test_open_figures(case: tuple, tmp_path: Path) -> None:
    _name, bodies, expected, *years = case
    found = {c.slot: str(c.verdict) for c in _conflicts(tmp_path, bodies, *years)}
    assert found == expected


@pytest.mark.parametrize("corpus, slot, words", [
    (Path(__file__).parent.parent.parent / "shared" / "eval" / "corpus_A", "visiting-schedule",
     {"every other weekend", "first, third and fifth weekend of each month"}),
    (CASES / "corpus_b" / "seeds", "lump-sum", {"$2 million", "$2.5 million"}),
    (CASES / "corpus_b" / "seeds", "wedding-place", {"Savannah", "Charleston"}),
])
def test_planted_disagreements_found(corpus: Path, slot: str, words: set[str], tmp_path: Path) -> None:
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not here")
    profile, _ = analyse(corpus_config(corpus, tmp_path / "docs"))
    (c,) = [c for c in profile.conflicts if c.slot == slot]
    assert str(c.verdict) == "disagreement"
    shown = " ".join(v.value for v in c.values)
    assert all(w in shown for w in words)


@pytest.mark.parametrize("corpus", [ROOT / "seeds", CASES / "fictional" / "seeds", CASES / "smalltown" / "seeds"])
def test_no_open_figure_disagreement_where_none_is_planted(corpus: Path, tmp_path: Path) -> None:
    profile, _ = analyse(corpus_config(corpus, tmp_path / "docs"))
    assert not [c for c in profile.conflicts if str(c.verdict) == "disagreement"
                and (c.slot in ("wedding-place", "visiting-schedule") or c.id.startswith("conflict-") and " " in c.slot)]


def test_two_sides_of_a_figure_are_one_disputed_statement(tmp_path: Path) -> None:
    """"a lump sum of $2 million" / "a lump sum of $2.5 million": one claim, told once, citing both
    articles, disputed (not two single-source statements)."""
    profile = _profile(tmp_path, ["Under the settlement, Brandt will pay Quill a lump sum of $2 million.",
                                  "Brandt agreed to pay Quill a lump sum of $2.5 million, the filing shows."])
    lump = [st for sec in profile.sections for st in sec.statements if "lump sum" in st.text]
    assert len(lump) == 1 and {c.source for c in lump[0].citations} == {"a0", "a1"}
    assert str(lump[0].status) == "disputed"


def _paragraph_sentences(profile: Profile) -> list[str]:
    return [text for _rs, text in written_sentences(profile)]


@pytest.mark.parametrize("second, place", [
    ("The couple tied the knot in Boston, Massachusetts, in 2009, a year after they met.", "Boston, Massachusetts"),
    ("The couple tied the knot in Boston in 2009, a year after they met.", "Boston"),  # as both say it
])
def test_an_agreed_wedding_place_is_told_with_the_wedding(second: str, place: str, tmp_path: Path) -> None:
    """Two articles give the town: the paragraph's wedding sentence says where, as every cited
    article words it, each part with its own footnotes (figure_records, records.paragraph_sentences)."""
    profile = _profile(tmp_path, ["Nora Quill and Otto Brandt married in June 2009 in Boston, Massachusetts.",
                                  second, "Quill and Brandt married in June 2009."])
    assert {f"Brandt and Quill married in June 2009 in {place}.",
            f"Quill and Brandt married in June 2009 in {place}."} & set(_paragraph_sentences(profile))
    (record,) = [r for r in profile.records if r.slot == "wedding-place"]
    assert {c.source for c in record.citations} == {"a0", "a1"}


def test_an_island_wedding_is_on_the_island(tmp_path: Path) -> None:
    profile = _profile(tmp_path, ["Nora Quill and Otto Brandt married in June 2009 on Orcas Island.",
                                  "The couple tied the knot on Orcas Island in June 2009."])
    assert {"Brandt and Quill married in June 2009 on Orcas Island.",
            "Quill and Brandt married in June 2009 on Orcas Island."} & set(_paragraph_sentences(profile))


@pytest.mark.parametrize("bodies", [
    # one of the two is an unnamed source's: one named article is no agreement
    ["Nora Quill and Otto Brandt married in June 2009 in Boston, Massachusetts.",
     "The couple tied the knot in Boston in 2009, a source close to the pair said."],
    # a disputed year: the place is a sentence of its own, never glued to "... or in 2010"
    ["Nora Quill and Otto Brandt married in June 2009 in Boston.", "The couple tied the knot in Boston in 2010.",
     "Quill and Brandt married in 2010, the filing shows."],
], ids=["unnamed", "disputed-year"])
def test_no_wedding_place_told_with_a_doubtful_wedding(bodies: list[str], tmp_path: Path) -> None:
    sentences = _paragraph_sentences(_profile(tmp_path, bodies))
    assert not [t for t in sentences if "married" in t and "Boston" in t], sentences


def test_an_agreed_schedule_is_told_once(tmp_path: Path) -> None:
    """Two articles give the weekends one parent has the children: the custody paragraph says so,
    as of the newest article's year, and a statement that says nothing more is left to it."""
    profile = _profile(tmp_path, ["Otto Brandt has the kids every other weekend.",
                                  "Otto Brandt gets the children on alternate weekends."], (2020, 2021))
    assert "Otto Brandt has the children on alternate weekends, as of 2021." in _paragraph_sentences(profile)
    assert not [st.text for sec in profile.sections for st in sec.statements if "weekend" in st.text]


def test_a_schedule_said_with_more_stays_a_statement(tmp_path: Path) -> None:
    """The parent who has the children on the schedule is the one named before the verb nearest
    it; a sentence that says more (who has them in the week) stays below the paragraph."""
    profile = _profile(tmp_path, [("Under the order, Quill has the children during the week, while Brandt gets "
                                   "them every other weekend."),
                                  "Brandt gets the kids on alternate weekends."], (2020, 2021))
    assert "Otto Brandt has the children on alternate weekends, as of 2021." in _paragraph_sentences(profile)
    assert [st.text for sec in profile.sections for st in sec.statements if "weekend" in st.text]


@pytest.mark.parametrize("bodies", [
    ["Brandt asked to have the children every other weekend.", "Brandt wants to have the kids on alternate weekends."],
    ["Brandt would get the children every other weekend under her plan.",
     "Under the proposal, Brandt gets the kids on alternate weekends, if the judge agrees."],
    ["Under the order, Brandt does not get the children every other weekend.",
     "Under the order, Otto Brandt never gets the kids on alternate weekends."],
], ids=["asked", "proposed", "denied"])
def test_no_schedule_that_is_not_had(bodies: list[str], tmp_path: Path) -> None:
    assert not [c for c in _conflicts(tmp_path, bodies) if c.slot == "visiting-schedule"]


# A review's cases: each made a false paragraph sentence in the first form of the figure records.
NO_SCHEDULE_RECORD = [
    ("elided verb", ["Otto Brandt has the kids on weekdays and Nora Quill every other weekend.",
                     "Otto Brandt gets the children on weekdays and Nora Quill on alternate weekends."]),
    ("relative clause", ["Otto Brandt, who divorced Nora Quill in 2020, has the kids every other weekend.",
                         "Otto Brandt, who split from Nora Quill last year, gets the children on alternate weekends."]),
    ("grandmother", ["Otto Brandt's mother, Greta Brandt, has the children every other weekend.",
                     "Greta Brandt, the mother of Otto Brandt, gets the kids on alternate weekends."]),
    ("girlfriend", ["Otto Brandt's girlfriend takes the children every other weekend.",
                    "Otto Brandt's girlfriend has the kids on alternate weekends."]),
    ("boyfriend", ["Nora Quill's boyfriend, Max Ford, has the kids every other weekend.",
                   "Max Ford, who dates Nora Quill, gets the children on alternate weekends."]),
    ("refused", ["A judge refused to let Otto Brandt have the kids every other weekend.",
                 "The court rejected Otto Brandt's bid to have the children on alternate weekends."]),
    ("lost", ["Otto Brandt lost the right to see the kids every other weekend.",
              "The judge took away Otto Brandt's right to have the children on alternate weekends."]),
    ("planned", ["Otto Brandt plans to have the kids every other weekend.",
                 "Otto Brandt is expected to get the children on alternate weekends."]),
    ("a break", ["Nora Quill gets a break every other weekend, when the children stay with Otto Brandt.",
                 "Nora Quill gets time off on alternate weekends, when the kids go to Otto Brandt."]),
    ("an old order", ["Under the 2015 order, Otto Brandt gets the children on alternate weekends.",
                      "Otto Brandt, who has since moved to Ohio, took the children every other weekend before the move."]),
]


@pytest.mark.parametrize("bodies", [c[1] for c in NO_SCHEDULE_RECORD], ids=[c[0] for c in NO_SCHEDULE_RECORD])
def test_no_schedule_record_from_a_doubtful_subject(bodies: list[str], tmp_path: Path) -> None:
    sentences = _paragraph_sentences(_profile(tmp_path, bodies))
    assert not [t for t in sentences if "weekend" in t], sentences


OTHER_WEDDINGS = [
    ("met at a wedding", ["Nora Quill and Otto Brandt, who met at a friend's wedding in Rome, married in June 2009.",
                          "Nora Quill and Otto Brandt first met at a wedding in Rome and married in 2009."]),
    ("her first marriage", ["Nora Quill, who was married in Rome to her first husband, wed Otto Brandt in June 2009.",
                            "Quill, who had been married in Rome before, wed Otto Brandt in 2009."]),
    ("his parents'", ["Otto Brandt, whose parents married in Rome, wed Nora Quill in June 2009.",
                      "Otto Brandt, whose parents were married in Rome, wed Nora Quill in 2009."]),
    ("two towns of one name", ["Nora Quill and Otto Brandt married in June 2009 in Paris, France.",
                               "The couple tied the knot in Paris, Texas, in June 2009."]),
]


@pytest.mark.parametrize("bodies", [c[1] for c in OTHER_WEDDINGS], ids=[c[0] for c in OTHER_WEDDINGS])
def test_no_place_from_another_wedding(bodies: list[str], tmp_path: Path) -> None:
    profile = _profile(tmp_path, [*bodies, "Nora Quill and Otto Brandt married in June 2009."])
    assert not [t for t in _paragraph_sentences(profile) if "Rome" in t or "Paris" in t]
    assert not [c for c in profile.conflicts if c.slot == "wedding-place" and str(c.verdict) == "agreement"]


def test_an_unnamed_source_s_side_stays_its_own_statement(tmp_path: Path) -> None:
    """A figure's two sides are one disputed statement, but never where one side rests on an unnamed
    source: that side is its own statement, marked so (the first reading of an unseen corpus folded "a
    person familiar with the negotiations tells The Daily Gab that Ren agreed to pay $2 million to settle"
    into the court report's "$1.2 million": an unnamed source's figure cited as if reported)."""
    profile = _profile(tmp_path, [
        "Under the agreement, Brandt will pay Quill a settlement of $1.2 million.",
        "But a person familiar with the negotiations says that Brandt agreed to pay a $2 million settlement."])
    (c,) = [c for c in profile.conflicts if c.slot == "settlement"]
    assert str(c.verdict) == "disagreement"
    told = [st for sec in profile.sections for st in sec.statements if "million" in st.text]
    unnamed = [st for st in told if "familiar" in st.text]
    assert len(unnamed) == 1 and {x.source for x in unnamed[0].citations} == {"a1"}
    assert str(unnamed[0].attribution) == "unnamed-source"


def test_a_side_resting_on_an_unnamed_source_is_said_to(tmp_path: Path) -> None:
    """The fact check never passes an unnamed source's sum off as reporting: its side says so."""
    (conflict,) = _conflicts(tmp_path, ["Brandt will pay Quill a $2 million settlement, the filing shows.",
                                        ("Otto Brandt is single again, and friends say he agreed to hand over $4 million "
                                         "to end his marriage.")])
    assert "“$4 million” in 1 independent source(s), resting on an unnamed source" in conflict.explanation
    assert "“$2 million” in 1 independent source(s);" in conflict.explanation


def test_a_year_resting_on_an_unnamed_source_is_said_to(tmp_path: Path) -> None:
    """A year disagreement says so too of a side that rests only on an unnamed source."""
    profile = _profile(tmp_path, ["Nora Quill and Otto Brandt married in 2011, the register shows.",
                                  "A source close to the couple said Nora Quill and Otto Brandt married in 2012.",
                                  "Nora Quill and Otto Brandt married in 2011 in Boston."])
    (conflict,) = [c for c in profile.conflicts if c.slot == "married" and str(c.verdict) == "disagreement"]
    assert "2012 in 1 independent source(s), resting on an unnamed source" in conflict.explanation
    assert "2011 in 2 independent source(s)" in conflict.explanation
    assert "2011 in 2 independent source(s), resting" not in conflict.explanation


def test_every_weekend_is_the_one_whose_verb_it_follows(tmp_path: Path) -> None:
    """"Otto Brandt has the kids every weekend and Nora Quill every other weekend": since "every weekend" is a
    schedule, it is Brandt's; Quill's alternate weekends have no verb of her own and are no one's."""
    sentences = _paragraph_sentences(_profile(tmp_path, [
        "Otto Brandt has the kids every weekend and Nora Quill every other weekend.",
        "Otto Brandt gets the children every weekend and Nora Quill on alternate weekends."]))
    weekends = [t for t in sentences if "weekend" in t]
    assert weekends and all("Brandt" in t and "Quill" not in t and "other" not in t for t in weekends), weekends
