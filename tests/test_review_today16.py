"""What an adversarial review of the first form of the dated announcement (announced.announced_then: "announced last
month that they were separating", tests/cases/review_today16, FINDINGS.md) found wrong, answered: each case is a
small corpus about Ann Lee and Bob Ray, one article dating their split (a1), another holding the sentence under test
(a2); every assertion of a wrong case fails on 1e368e8."""

from __future__ import annotations

import pytest

from .conftest import review_case


def _separation_sources(case: str, tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    profile = review_case("review_today16", case, str(tmp_path_factory.getbasetemp()))
    (record,) = [r for r in profile.records if r.slot == "separated"]
    return {c.source for v in record.values for c in v.citations} | {c.source for c in record.undated}


# Cited by the first form, wrongly: a split long before the announcement ("more than two years ago", "a decade ago"), a
# split of work ("professionally", "after 15 years as business partners", "as a duo", "amicably as co-hosts", "as
# bandmates", "but only from their record label"), one called off, denied or withdrawn, "they" that may be one of
# them and someone else, a question, an announcement after its article's own date, a friend's words, and (told as
# news, before the first form) her sister and her husband.
NOT_CITED = [
    "c06_had_separated_years_ago", "c07_splitting_professionally", "c08_after_years_as_business_partners",
    "c11_question", "c13_sister_and_husband", "c19_future_year_in_header", "c22_quoted_by_friend",
    "c25_as_a_duo_comma", "c30_splitting_comma_reconcile", "c35_amicably_as_cohosts",
    "c41_claim_ray_denies", "c42_statement_withdrawn", "c45_in_month_next_year_splitting_comma_band",
    "c46_had_split_a_decade_ago", "c47_they_one_and_another", "c55_but_only_from_label",
]


@pytest.mark.parametrize("case", NOT_CITED)
def test_no_support_from_what_is_not_their_split_announced(case: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert "a2" not in _separation_sources(case, tmp_path_factory)


@pytest.mark.parametrize("case", ["c01_control_in_month_pair", "c20_last_may_in_may",
                                  "c54_in_december_january_both_names_right"])
def test_their_split_announced_at_a_time_the_article_dates_is_support(
        case: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert "a2" in _separation_sources(case, tmp_path_factory)
