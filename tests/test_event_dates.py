"""Days of an agreed year (generator/event_dates.py): articles that agree on an event's year but
write dates that cannot both be true are a disagreement of their own; a month beside one of its
days, a separation's two dates and another's event are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.event_dates import date_written
from generator.model import Conflict
from generator.pipeline import analyse

from .conftest import corpus_config
from .test_extract_cases import read_articles

HEAD = "title: Story {i}\noutlet: Outlet {i}\ndate: {date}\n---\n"
OPENINGS = ("The actress Nora Quill and the chef Otto Brandt have been in the news for years.",
            "Chef Otto Brandt and his wife, the actress Nora Quill, have rarely spoken in public.",
            "Actress Nora Quill met chef Otto Brandt at a dinner party in 2008.")


def _date_conflicts(tmp: Path, bodies: list[str], date: str = "2021-06-10") -> list[Conflict]:
    seeds = tmp / "seeds"
    seeds.mkdir()
    for i, body in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(HEAD.format(i=i, date=date) + OPENINGS[i] + "\n\n" + body + "\n",
                                         encoding="utf-8")
    profile = analyse(corpus_config(seeds, tmp / "docs", people=[{"name": n} for n in ("Nora Quill", "Otto Brandt", "Tom Lind")]))[0]
    return [c for c in profile.conflicts if c.slot.endswith(" date")]


@pytest.mark.parametrize("text, written", [
    ("Nora Quill married Otto Brandt on 2 July 2011 in Boston.", (7, 2, "2 July 2011")),
    ("Nora Quill married Otto Brandt on the 2nd of July, 2011.", (7, 2, "the 2nd of July, 2011")),
    ("Nora Quill married Otto Brandt on July 2, 2011.", (7, 2, "July 2, 2011")),
    ("Nora Quill married Otto Brandt in June 2011.", (6, 0, "June 2011")),
    ("Nora Quill married Otto Brandt in 2011.", None),
    ("Nora Quill filed for divorce from Otto Brandt on April 12 in Boston.", (4, 12, "April 12")),
    # an abbreviation with or without its dot ("Feb," was read as "Feb." by a dot matching any character, and had
    # no month number: a KeyError that stopped the build, in extract.months_of_date too)
    ("Nora Quill married Otto Brandt in Feb, 2011.", (2, 0, "Feb, 2011")),
    ("Nora Quill married Otto Brandt on Feb. 3, 2011.", (2, 3, "Feb. 3, 2011")),
    ("Nora Quill married Otto Brandt on Jan 5, 2011.", (1, 5, "Jan 5, 2011")),
])
def test_the_date_an_article_writes(text: str, written: tuple[int, int, str] | None) -> None:
    from generator.extract import extract_article, months_of_date
    (src,), sentences, _people = read_articles([{"text": text, "date": "2011-12-01"}], ["Nora Quill", "Otto Brandt"])
    (s,) = sentences
    (fact,) = [f for f in extract_article(sentences, src).get(s.id, ()) if f.kind == "year"]
    assert date_written(s, fact) == written
    if written is not None and written[2][-4:].isdigit():  # (a date with its year: months_of_date reads it too)
        assert months_of_date(s, fact) == {written[0]}


@pytest.mark.parametrize("name, bodies, values", [
    ("two days of one month", ["Nora Quill filed for divorce from Otto Brandt on April 12, court records show.",
                               "Quill filed for divorce from Otto Brandt on April 21, the filing shows."],
     {"April 12", "April 21"}),
    ("two months of one year", ["Nora Quill and Otto Brandt married on 18 June 2011 at a castle.",
                                "Quill and Brandt wed on 2 July 2011 in front of 120 guests."],
     {"18 June 2011", "2 July 2011"}),
    ("a month joins its one day", ["Nora Quill and Otto Brandt married on 18 June 2011 at a castle.",
                                   "Quill and Brandt wed in June 2011 in front of 120 guests.",
                                   "Otto Brandt and Nora Quill married on 2 July 2011, the register shows."],
     {"18 June 2011 / June 2011", "2 July 2011"}),
    ("a month beside its day agrees", ["Nora Quill and Otto Brandt married on 18 June 2011 at a castle.",
                                       "Quill and Brandt wed in June 2011 in front of 120 guests."], None),
    # the day they parted and the day they said so are both a separation's date
    ("a separation's two dates", ["Nora Quill and Otto Brandt separated on July 30, 2018, the petition says.",
                                  "Quill and Brandt split in August 2018, their publicist said."], None),
    # a separation's announcement has one day: "announced their separation on 14 March" / "on 21 March" (corpora n, p)
    ("a separation announced on two days",
     ["Nora Quill and Otto Brandt announced their separation in a joint statement on Sept. 9, 2020, their publicist said.",
      "Quill and Brandt announced their split on Sept. 16, 2020, months before the premiere."],
     {"Sept. 9, 2020", "Sept. 16, 2020"}),
    # ... but the day they say they parted is no day of the announcement
    ("a separation announced, and its own month", [
        "Nora Quill and Otto Brandt announced the split in a statement on Friday, saying they had separated in May 2020.",
        "Quill and Brandt announced their separation on June 12, 2020, their publicist said."], None),
    # a wire's dateline with its region dates the article, not the wedding (corpus_m: "SAN MIGUEL DE ALLENDE, Mexico,
    # June 23 (Meridian) - ... married ... on Saturday" against another article's "on June 22")
    ("a dateline with its region", ["Nora Quill and Otto Brandt married on 5 June 2021 at a castle.",
                                    "BOSTON, Mass., June 7 (Wire) - Nora Quill married Otto Brandt on Saturday at a castle."],
     None),
    # "She" is another woman: a sentence that names someone else is not weighed (a review of the rule:
    # two women's filings of one year were one agreed year)
    ("another's event", ["Nora Quill filed for divorce from Otto Brandt in March 2019, court records show.",
                         ("She filed for divorce from hockey player Tom Lind in October 2019, the filing shows. "
                          "Tom Lind did not comment.")], None),
])
def test_dates_of_an_agreed_year(name: str, bodies: list[str], values: set[str] | None, tmp_path: Path) -> None:
    found = _date_conflicts(tmp_path, bodies)
    if values is None:
        assert found == []
    else:
        (conflict,) = found
        assert str(conflict.verdict) == "disagreement"
        assert {v.value for v in conflict.values} == values


@pytest.mark.parametrize("birth, values", [
    ("The twins Ivy and Max were born March 3, 2012, at a Boston hospital.", {"March 3, 2012", "March 8, 2012"}),
    ("Ivy and Max were born March 3, 2012, at a Boston hospital.", {"March 3, 2012", "March 8, 2012"}),
    # one of the twins: her birth, which the twins' sentence dates too
    ("Ivy was born March 3, 2012, at a Boston hospital.", {"March 3, 2012", "March 8, 2012"}),
])
def test_twins_share_their_birth_day(birth: str, values: set[str] | None, tmp_path: Path) -> None:
    """corpus_p: "Owen ... and Claire ... were born March 3" / "twins Owen and Claire, who were born March 8,
    2012": a birth year the articles agree on for no one child (two at once) was never weighed by its days."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bodies = [f"Nora Quill and Otto Brandt live in Boston.\n\nThe couple share daughter Ivy, 9, and son Max, 9.\n\n{birth}",
              "Quill and Brandt welcomed twins Ivy and Max, who were born on March 8, 2012, the couple said."]
    for i, body in enumerate(bodies):
        (seeds / f"a{i}.txt").write_text(HEAD.format(i=i, date="2021-06-10") + OPENINGS[i] + "\n\n" + body + "\n",
                                         encoding="utf-8")
    profile = analyse(corpus_config(seeds, tmp_path / "docs"))[0]
    found = [c for c in profile.conflicts if c.slot == "child-born date"]
    if values is None:
        assert found == []
    else:
        (conflict,) = found
        assert {v.value for v in conflict.values} == values


def test_a_separation_s_date_is_named_as_its_announcement() -> None:
    """Only the day it was announced is weighed: the fact check's heading says so (not "Separation date")."""
    from generator import slots

    assert slots.label("separated date") == "Date the separation was announced"
    assert slots.label("married date") == "Wedding date"
