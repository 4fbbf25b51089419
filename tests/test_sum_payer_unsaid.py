"""A divorce's sum whose payer no verb of paying tells (generator/figures.py, ONE_PAYER): "Lee will receive a
lump-sum payment of about $4.5 million" beside "Ray will pay Lee a $3.2 million settlement" is the one
settlement's other value, paid by the other of the one who takes it, a disagreement (corpora m and p listed
none); a sum no one of them is said to take or pay, or told beside kin, is not (tests/test_review_today.py has a
reviewer's thirty more)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_claim_wording import profile_of_articles

OPENING = "Ann Lee and Bob Ray married in 2010 and divorced in 2022. "


def _disputed(tmp_path: Path, a: str, b: str) -> dict[str, set[str]]:
    profile = profile_of_articles(tmp_path, {
        "a.txt": ("2022-06-01", OPENING + a),
        "b.txt": ("2022-06-02", OPENING + b),
        "c.txt": ("2022-06-03", "Ann Lee and Bob Ray are divorced. Lee lives in Reno; Ray stayed in Denver."),
        "d.txt": ("2022-06-04", "Bob Ray and Ann Lee, who divorced this year, share a dog."),
    })
    return {c.slot: {v.value for v in c.values} for c in profile.conflicts if str(c.verdict) == "disagreement"
            and c.slot != "born"}


@pytest.mark.parametrize("a, b, values", [
    # the payer said in one, not in the other ("will receive": who pays is not said)
    ("Ray will pay Lee a $3.2 million settlement, the judgment shows.",
     "Lee will receive a lump-sum payment of about $4.5 million, according to people familiar with the talks.",
     {"$3.2 million", "$4.5 million"}),
    # the one who takes it said "she", the other named as "her ex"
    ("Ray will pay Lee spousal support of $18,000 a month for six years.",
     "Lee gets $30,000 a month in alimony from her ex, court papers show.",
     {"$18,000", "$30,000"}),
    # a judge named in the sentence is no payer, nor someone whose sum it may be
    ("The judgment, signed by Circuit Judge Cy Moss, approves a settlement under which Ray will pay Lee $3.2 million.",
     "Ray will pay Lee a $4.5 million settlement, court records show.",
     {"$3.2 million", "$4.5 million"}),
    # "court records show": no television show's sum
    ("Ray will pay Lee a $3.2 million settlement, court records show.",
     "Lee will receive a lump-sum payment of about $4.5 million, according to people familiar with the talks.",
     {"$3.2 million", "$4.5 million"}),
    # monthly support, its payer said in one
    ("Ray will pay Lee spousal support of $18,000 a month for six years.",
     "Lee is walking away with a cool $30,000 a month in alimony, according to court papers.",
     {"$18,000", "$30,000"}),
])
def test_the_settlement_s_other_value(a: str, b: str, values: set[str], tmp_path: Path) -> None:
    found = _disputed(tmp_path, a, b)
    assert values in found.values(), found


@pytest.mark.parametrize("other", [
    # kin beside it: whose? not said to be the couple's
    "Ann Lee's mother, who split from her own husband in 1995, recalls that she had to pay a $300,000 settlement.",
    # a pair the words define
    "The couple who bought the Malibu house from them divorced last year with a $5 million settlement.",
    # friends
    "Their friends Jo and Tim settled their divorce last year, with a $5 million settlement.",
    # no one said to pay or to take it: the couple's? maybe, but not weighed against a sum someone pays
    "The couple's divorce settlement was worth $3.2 million, the judgment shows.",
    # a settlement of what? nothing in its paragraph says the divorce's
    "Ray still lives in Denver.\n\nLee earned $3 million from the settlement of her publishing dispute last year.",
])
def test_a_sum_not_said_to_be_their_divorce_s(other: str, tmp_path: Path) -> None:
    found = _disputed(tmp_path, "Ray will pay Lee a $1.2 million settlement, the judgment shows.", other)
    assert not found, found


def test_a_disputed_sum_of_an_unnamed_source_says_so(tmp_path: Path) -> None:
    """corpus_p: "Castellano will receive a lump-sum payment of about $4.5 million, according to people familiar
    with the negotiations" was labelled "Unnamed source" until the disagreement made it "Disputed · 1 source", hiding
    that it rests on an unnamed source. The dispute's label keeps saying so."""
    from generator.pipeline import build

    from .conftest import corpus_config, make_corpus
    from .test_claim_wording import PEOPLE

    articles = {"a.txt": ("2022-06-01", OPENING + "Ray will pay Lee a $3.2 million settlement, the judgment shows."),
                "b.txt": ("2022-06-02", OPENING + "Lee will receive a lump-sum payment of about $4.5 million, "
                                                  "according to people familiar with the talks."),
                "c.txt": ("2022-06-03", "Ann Lee and Bob Ray are divorced. Lee lives in Reno; Ray stayed in Denver."),
                "d.txt": ("2022-06-04", "Bob Ray and Ann Lee, who divorced this year, share a dog.")}
    seeds = make_corpus(tmp_path, {name: f"title: {name}\noutlet: Daily {n}\ndate: {date}\n---\n{body}\n"
                                   for n, (name, (date, body)) in enumerate(articles.items())})
    build(corpus_config(seeds, tmp_path / "docs", people=PEOPLE), use_cache=False)
    page = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    line = next(x for x in page.splitlines() if "$4.5 million" in x and "pf-status" in x)
    assert "Disputed · 1 source · an unnamed source" in line
