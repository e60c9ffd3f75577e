"""The password policy is openapi.yaml's schema of `new_password`, and it says what it means.

The sandbox has no copy of it: connexion checks the schema before the handler runs. These cases
pin what that schema accepts, so an edit of its pattern or lengths that changes the policy fails
here, not in a user's hands. The pattern has no lookahead (JSON Schema patterns are searched, not
anchored), so generators such as Schemathesis produce matching values at once.
"""

from __future__ import annotations

import re

import pytest
from _support import load_spec

NEW_PASSWORD = load_spec()["components"]["schemas"]["PasswordChange"]["properties"]["new_password"]


@pytest.mark.parametrize(
    ("password", "accepted"),
    [
        ("newSecurePassword456", True),  # the documentation's examples
        ("currentPassword123", True),
        ("\u00e4\u00f6\u00fc\u00df\u00e9\u00e8123", True),  # letters need not be ASCII
        ("abcdefg1\n", True),
        ("1abcdefg", True),  # a digit first, then a letter
        ("short1a", False),  # 7 characters
        ("no digits at all", False),
        ("1234567890", False),
        ("________1", False),  # "_" is not a letter
        ("a1" * 65, False),  # 130 characters
    ],
)
def test_the_password_policy(password: str, accepted: bool) -> None:
    in_length = NEW_PASSWORD["minLength"] <= len(password) <= NEW_PASSWORD["maxLength"]
    assert (in_length and bool(re.search(NEW_PASSWORD["pattern"], password))) is accepted
