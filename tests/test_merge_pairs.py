"""Claim merging against a labelled set of sentence pairs (tests/cases/units/merge_pairs.yml).

Each pair is two one-article corpora of one or two sentences; the pipeline's claims stage
decides whether a claim cites both. The set holds paraphrases, multi-claim sentences and
conflicting figures (the same claim) and as many near-misses (another event, person, date or
count). Precision first: merging two different claims publishes a false corroboration.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import CASES, claims_of

PAIRS: list[dict[str, Any]] = yaml.safe_load((CASES / "units" / "merge_pairs.yml").read_text(encoding="utf-8"))
MIN_PRECISION = 0.99  # the issue asks 0.97; 1.000 measured since the pairs are read as published (below)
# Measured 0.684 (78 of 114 pairs that state one claim) at precision 1.000 (was 0.664 at 1.000; 0.728
# with looser ways that merged different claims in whole corpora: "seeking custody of the couple's
# three children" / "pays child support for their three children", "spotted at a hardware store in
# Silver Lake" / "at a Silver Lake coffee shop", "met at Northwestern, where she founded Second
# Helpings" / "a fundraiser for Second Helpings": now each sentence must share 30% of its weight with
# the other, and both tell the same events).
# The target is 0.85. Still missed: paraphrases that share no fact and few words ("declared legally
# single" / "a judge signed off about a month ago"), conflicting figures (two sums, two guest counts,
# two speakers' lengths of one fight: the figures veto keeps counts at two dates apart), sentences of
# an unnamed source (a rep, a lawyer: never merged with named reporting) and a heading without its
# full stop; the floor keeps what is reached from slipping. 0.675 since a year after "after" is no
# longer the year of the event word before it ("started dating not long after the 2012 Super Bowl"
# no longer gives began-dating=2012: "married a year after their 2012 engagement" gave married=2012).
# 0.695 (82 of 118, with new pairs p249-p260) since a negation counts in its own clause only, an
# event named in passing with no date does not set a close pair apart, and more wordings of one
# thing are one concept; six more pairs are now grouped by similar.py but kept apart by the claims
# stage (an aside, a heading, whom, an unnamed rep or lawyer).
# 0.718 (90 of 125, with p261-p275) since a sentence of several clauses is compared clause by clause
# (generator/clauses.py): one clause of it stating the other sentence supports that claim (p084, p096,
# p097 and the six new multi-claim pairs), and words it shares with another sentence across two
# clauses about other people do not make the two one claim (p269, p273); on the 118 older pairs 0.703.
# Known wrong merge: p272 (a relative clause names the other partner, the main clause a stranger: the
# keyed fact married=2022 is read as the two known people's).
# 0.774 (96 of 124, with near-misses p300-p317) since ages set after names ("Sadie, 6,") and times told
# from the article's date ("about a month ago", "on Tuesday night") are no words of what a sentence
# claims, years and months only one of two sentences of one year writes do not count against their
# overlap, "relationship with X began" is a romance's start, a name taken ("goes by Ann Ray") is the
# claim's word, sons and daughters named in a list are children named, spent = spending, and a
# count's sentence supports the claim its group states without the count (p019, p023, p044, p060,
# p063, p065). A phrase of a number that means something else ("50-50", "one-off sum") is no figure;
# holidays and kinds of payment (a lump sum, so much a month) tell claims apart; someone known by one
# name ("Bea") is someone a sentence names. Known wrong merge, as before these: p310 (her own first red
# carpet and the couple's red-carpet debut in one year).
# 0.790 (98 of 124, with p318-p325) since a clause that tells one dated event's word at the place the
# other sentence names states it ("were married in Ojai in May 2024" / "tied the knot in Ojai,
# California": p096) and a surname alone is the full name the other sentence gives (p061); two full
# names of one surname with other first names are two people, and "her mother", "his brother" are
# someone's unnamed kin (p322, p325: merged before these rules too).
# 0.829 (107 of 129, with p326-p347; 102 of the 124 older pairs, 0.823) at precision 0.991 since parenting
# time split equally is custody shared, not a separation (p049), a subject's two predicates joined by "and"
# without a comma are two views and children named after "custody of" are that many children (p094), and
# a judge who "signed off" (on nothing named) made the divorce final (p059); what two did "as a couple" is
# not what one of them did (p310 no longer merged). Still wrongly merged: p272 (the extracted wedding's
# partner is the relative clause's, a keyed fact the claims stage joins).
# 0.838 (109 of 130, with p348-p351; 103 of the older 124, 0.831) since a "which" clause is a view with
# the title it tells of, which says which event as a place does, and "the following year" is the year
# after the one its sentence gives (p082). 0.839 (110 of 131, with p352-p353) since a subject named by
# surnames of someone recognised ("Okoro and Moss") has two predicates too. Precision 0.982 with p354-p356:
# a clause view that dates nothing tells of its sentence's years (p354, p355: merged before it, through a
# relative clause's view too); known wrong merge p356 ("split custody of Tess and Leo in 2019" / "split in
# 2019": the claims stage keys the separation extract.py reads from "split ... in 2019"). Precision 0.973
# with p357-p358: names after "custody of" that a phrase tells the kind of are no children (p357); known
# wrong merge p358 ("married Cal Moss in 2010 and divorced Abe Hart in 2015" / "divorced Cal Moss in
# 2015": extract.py gives the divorce to the sentence's known pair, as p272's wedding).
# 0.847 (111 of 131), precision 0.982 (2 wrong merges: p272, p358), with the whole pipeline of the
# lead's branch: "split custody of Tess and Leo" is no separation (extract._SPLIT_TIME: p356 no longer
# merged), a sentence of eight words or more with a comma that lost its full stop is still a sentence
# (segment.is_prose: p074), and a keyed claim worded by a sentence with details (numbers, lone
# capitalised words, other facts) its other articles lack cites only those that give them, names of
# two words or more being no such detail (claims._details: p058 kept). Still missed (20): paraphrases
# that share almost nothing, conflicting figures (kept apart on purpose), unnamed reps (on purpose).
# 0.870 (114 of 131) at precision 1.000 since the pairs are read as the statements cite them (claims.by_month:
# "announced their separation ... on Aug. 14, 2018" / "listed the date of separation as July 30, 2018", p121,
# two dates of one year, are two statements, as published) and a couple's event names its partner where a name
# stands right after its verb (extract.event_subject: "married Cal Moss in 2010 and divorced Abe Hart in 2015",
# p358; "who was once engaged to Mara Lind, married Ada Stone in 2022", p272: Hart and Stone named nowhere else).
# 0.872 (116 of 133) at precision 1.000, with p360-p363, since an age set after a name is no figure of a claim
# both sentences date in one year ("Moss, 46, has represented the district since 2013" / "Moss, 49, ...": p360, p361;
# "Bea Kerr, 8, won the county spelling bee" / "..., 12, ...", p302, stay apart), and an ordinal counting a thing of
# a life is a figure ("his first term" / "after two terms", p362; "her second marriage" / "third", p363).
MIN_RECALL = 0.87


def merged(tmp: Path, pair: dict[str, Any]) -> bool:
    """Whether one claim cites both article A and article B of the pair, as the profile's statements cite
    them (a dated event told in two months of one year is two statements: claims.by_month)."""
    articles = {}
    for side in ("a", "b"):
        date = pair.get(f"{side}_date")
        articles[f"{side}.txt"] = (f"date {date}\n\n" if date else "") + pair[side] + "\n"
    claims, _fates, _sentences = claims_of(tmp, articles, as_published=True)
    return any(len({s.source for s in c.sentences}) == 2 for c in claims)


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, Any], bool]]:
    return [(p, merged(tmp_path_factory.mktemp(p["id"]), p)) for p in PAIRS]


def test_the_labelled_set_is_large_and_half_near_misses() -> None:
    assert len(PAIRS) >= 200
    assert len({p["id"] for p in PAIRS}) == len(PAIRS)
    assert sum(1 for p in PAIRS if p["kind"].startswith("near-miss")) >= 0.4 * len(PAIRS)


def test_merge_precision_and_recall(verdicts: list[tuple[dict[str, Any], bool]]) -> None:
    tp = sum(1 for p, m in verdicts if m and p["same"])
    fp = [p for p, m in verdicts if m and not p["same"]]
    fn = [p for p, m in verdicts if not m and p["same"]]
    precision = tp / (tp + len(fp)) if tp + len(fp) else 1.0
    recall = tp / (tp + len(fn)) if tp + len(fn) else 1.0
    missed = Counter(p["kind"] for p in fn)
    report = (f"precision {precision:.3f} ({len(fp)} wrong merges), recall {recall:.3f} "
              f"({len(fn)} missed: {dict(sorted(missed.items()))})\n"
              + "\n".join(f"  wrongly merged {p['id']} ({p['kind']}): {p['a']} | {p['b']}" for p in fp))
    print(report)
    assert precision >= MIN_PRECISION, report
    assert recall >= MIN_RECALL, report
