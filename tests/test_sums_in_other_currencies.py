"""Sums in currencies of no sign of their own (corpus_w's dirhams, corpus_x's pesos): "45,000 pesos", "$45,000 pesos",
"MXN 45,000", "Dh65,000", "AED 40,000" are sums, each written with its currency's word ("45,000 pesos"), so that one
sum written three ways agrees with itself and a conversion after it ("a month (about US$2,250)") is no rival; "45 mil
pesos" (Spanish for 45,000) is no sum of 45 pesos."""

from __future__ import annotations

import pytest

from generator.extract import _money
from generator.segment import segment

from .units import source


def _sums(text: str) -> list[str]:
    return [value for s in segment(source(text)) for _slot, value, *_ in _money(s)]


@pytest.mark.parametrize(("text", "sums"), [
    ("Villalobos must pay 45,000 pesos a month (about US$2,250) in child support.", ["45,000 pesos"]),
    ("He will pay $60,000 pesos a month for the two kids.", ["60,000 pesos"]),
    ("He was ordered to pay MXN 45,000 a month in child support.", ["45,000 pesos"]),
    ("Khalid will pay Dh65,000 a month, or AED 40,000 for each child.", ["65,000 dirhams", "40,000 dirhams"]),
    ("The settlement was CHF 1.4 million.", ["1,400,000 francs"]),
    ("Forty-five thousand pesos is a lot; the 45 mil pesos arrive monthly.", []),
    ("He pays $9,000, $4,000 a month.", ["$9,000", "$4,000"]),
    ("It cost 4 million won, and the 2019 drama won three awards.", ["₩4,000,000"]),
])
def test_a_sum_in_a_currency_of_no_sign_is_read_with_its_word(text: str, sums: list[str]) -> None:
    assert _sums(text) == sums


def test_a_code_must_be_written_in_capitals() -> None:
    """"try 5 times", "dh 5": no currency's code."""
    assert _sums("Mxn 45,000 and aed 40,000 are no codes as written.") == []
