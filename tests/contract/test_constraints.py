"""Rules the sandbox enforces by hand are the very patterns openapi.yaml states.

Where the server re-checks a value in code (the password policy, email addresses, locales), it
uses the spec's pattern to the character, so the schema and the server accept the same values:
Schemathesis' `positive_data_acceptance` and `negative_data_rejection` rely on that.
"""

from __future__ import annotations

import re

import pytest
from _support import load_spec
from rplatform_sandbox.handlers.settings import BCP47, EMAIL
from rplatform_sandbox.passwords import POLICY, policy_violation

SCHEMAS = load_spec()["components"]["schemas"]


@pytest.mark.parametrize(
    ("schema", "field", "pattern"),
    [
        ("PasswordChange", "new_password", POLICY),
        ("EmailChangeCreate", "new_email", EMAIL),
        ("AppearancePreferencesUpdate", "locale", BCP47),
    ],
)
def test_the_server_checks_the_documented_pattern(
    schema: str, field: str, pattern: re.Pattern[str]
) -> None:
    assert SCHEMAS[schema]["properties"][field]["pattern"] == pattern.pattern


@pytest.mark.parametrize(
    ("password", "accepted"),
    [
        ("newSecurePassword456", True),
        ("currentPassword123", True),
        ("\u00e4\u00f6\u00fc\u00df\u00e9\u00e8123", True),  # letters need not be ASCII
        ("abcdefg1\n", True),
        ("short1a", False),  # 7 characters
        ("no digits at all", False),
        ("1234567890", False),
        ("a1" * 65, False),  # 130 characters
    ],
)
def test_the_password_policy(password: str, accepted: bool) -> None:
    assert (policy_violation(password) is None) is accepted
    schema = SCHEMAS["PasswordChange"]["properties"]["new_password"]
    in_schema = schema["minLength"] <= len(password) <= schema["maxLength"]
    assert (in_schema and bool(re.search(schema["pattern"], password))) is accepted
