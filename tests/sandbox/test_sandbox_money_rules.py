"""The money rules of `pricing.py` on their own, with figures worked out by hand.

No server: these are the functions every billing answer is made of, so a wrong sign, a wrong
rounding mode or a lost cent shows here in microseconds (test_sandbox_pricing.py checks the
same rules through the API, on one month of usage).
"""

from __future__ import annotations

from decimal import Decimal

from rplatform_sandbox.pricing import (
    AI_METER,
    METER_BY_NAME,
    apportion,
    cost_cents,
    line_totals,
    number,
    quantity,
    round_cents,
    unit_price_dollars,
)

COMPUTE = METER_BY_NAME["sandbox_compute_hours"]  # 5 cents an hour, stored in thousandths
DB_STORAGE = METER_BY_NAME["database_storage_gb"]  # 12.5 cents a GB-month


def test_a_stored_quantity_is_thousandths_of_the_displayed_unit() -> None:
    assert quantity(COMPUTE, 1500) == Decimal("1.5")
    assert quantity(AI_METER, 1500) == 1500  # tokens are stored whole


def test_a_metered_cost_is_quantity_times_the_price() -> None:
    assert cost_cents(COMPUTE, 2500) == Decimal("12.5")  # 2.5 hours at 5 cents
    assert cost_cents(DB_STORAGE, 100) == Decimal("1.25")  # 0.1 GB-month at 12.5 cents


def test_an_ai_cost_is_the_recorded_micro_cents_whatever_the_tokens() -> None:
    assert cost_cents(AI_METER, 4000, 2_500_000) == Decimal("2.5")
    assert cost_cents(AI_METER, 4000) == 0  # no recorded cost: free, not a micro-cent


def test_a_cost_rounds_half_up_to_the_cent() -> None:
    assert round_cents(Decimal("12.5")) == 13  # half-even would give 12
    assert round_cents(Decimal("0.5")) == 1
    assert round_cents(Decimal("2.4999")) == 2
    assert round_cents(Decimal("3.45")) == 3


def test_line_totals_round_each_meter_once() -> None:
    costs = {"storage_gb": Decimal("3.45"), "database_storage_gb": Decimal("12.5")}
    assert line_totals(costs) == {"storage_gb": 3, "database_storage_gb": 13}


def test_a_metered_unit_price_is_in_dollars() -> None:
    assert unit_price_dollars(COMPUTE, 1000, 0) == Decimal("0.05")
    assert unit_price_dollars(DB_STORAGE, 0, 0) == Decimal("0.125")


def test_the_ai_unit_price_is_the_average_dollars_per_token() -> None:
    # 3 tokens for 1 cent: 1/300 dollar a token, rounded half up at the 12th decimal.
    assert unit_price_dollars(AI_METER, 3, 1_000_000) == Decimal("0.003333333333")
    # One micro-cent for 20,000 tokens: 5e-13 dollars a token rounds half up, not to even.
    assert unit_price_dollars(AI_METER, 20_000, 1) == Decimal("1e-12")
    assert unit_price_dollars(AI_METER, 2_000, 150_000_000) == Decimal("0.00075")


def test_the_ai_unit_price_of_no_tokens_is_zero() -> None:
    assert unit_price_dollars(AI_METER, 0, 0) == 0
    assert unit_price_dollars(AI_METER, 1, 0) == 0


def test_cents_are_split_in_proportion_to_the_shares() -> None:
    assert apportion(10, [Decimal(3), Decimal(1), Decimal(1)]) == [6, 2, 2]
    assert apportion(4, [Decimal(1), Decimal(1), Decimal(2)]) == [1, 1, 2]


def test_a_cent_left_over_goes_to_the_largest_remainder() -> None:
    # 13 over 6.25/3.75/2.5: 6.5, 3.9, 2.6 -> floors 6, 3, 2; two cents to .9 and .6.
    assert apportion(13, [Decimal("6.25"), Decimal("3.75"), Decimal("2.5")]) == [6, 4, 3]
    # 1 over 0.2/0.8: 0.2, 0.8 -> the cent to the second.
    assert apportion(1, [Decimal("0.2"), Decimal("0.8")]) == [0, 1]


def test_a_tie_for_a_left_over_cent_goes_to_the_first() -> None:
    assert apportion(1, [Decimal("0.25"), Decimal(0), Decimal("0.25")]) == [1, 0, 0]
    assert apportion(2, [Decimal(1), Decimal(1), Decimal(1)]) == [1, 1, 0]


def test_shares_that_sum_to_one_are_split_like_any_other() -> None:
    assert apportion(3, [Decimal("0.5"), Decimal("0.5")]) == [2, 1]


def test_nothing_to_share_gives_every_share_zero() -> None:
    assert apportion(0, [Decimal(0), Decimal(0)]) == [0, 0]
    assert apportion(0, []) == []


def test_a_whole_decimal_is_a_json_integer_and_any_other_a_float() -> None:
    whole, part = number(Decimal("12.000")), number(Decimal("0.125"))
    assert (whole, type(whole)) == (12, int)
    assert (part, type(part)) == (0.125, float)
