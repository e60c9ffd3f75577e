"""The bytes of a request body: compact UTF-8 JSON, as httpx writes it, with every number exact.

test_notebook_values.py sends values of every kind through a client; these tests pin the
encoder's output for the bodies it is given, Decimal or not.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from rplatform._json import dumps


def test_a_body_is_compact_utf8_json_with_non_ascii_text_as_it_is() -> None:
    assert dumps({"name": "Zoë €", "n": [1, 2.5, None, True]}) == (
        '{"name":"Zoë €","n":[1,2.5,null,true]}'.encode()
    )


def test_a_body_with_a_decimal_is_the_same_json_with_the_decimals_digits() -> None:
    body = {"name": "Zoë", "costs": [Decimal("0.10"), 2, (Decimal("1E+3"),)], "x": {"y": None}}
    assert dumps(body) == '{"name":"Zoë","costs":[0.10,2,[1E+3]],"x":{"y":null}}'.encode()
    assert dumps({"empty": [], "d": Decimal("-0")}) == b'{"empty":[],"d":-0}'


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_are_refused_with_or_without_a_decimal(value: float) -> None:
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        dumps({"cost": value})
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        dumps({"cost": Decimal("1"), "other": [value]})


def test_an_infinite_decimal_is_refused_by_its_value() -> None:
    with pytest.raises(ValueError, match=r"^Out of range Decimal .*: Decimal\('-Infinity'\)$"):
        dumps({"cost": Decimal("-Infinity")})


def test_a_value_json_cannot_write_is_refused_by_its_type() -> None:
    with pytest.raises(TypeError, match=r"^Object of type set is not JSON serializable$"):
        dumps({"tags": {"a"}})
    with pytest.raises(TypeError, match=r"^Object of type bytes is not JSON serializable$"):
        dumps({"cost": Decimal("1"), "raw": b"x"})
