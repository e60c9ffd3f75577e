"""Password hashing (salted scrypt from hashlib) and the password policy.

Stored form: `scrypt$n$r$p$salt-hex$hash-hex`. Clear-text passwords are never stored or logged.

Policy for a new password: 8 to 128 characters, at least one letter and one digit, and not the
same as the current password. `POLICY` is the `pattern` of `new_password` in openapi.yaml, to the
character (a contract test compares them), so the schema and the server accept the same
passwords; the lengths are the schema's `minLength` and `maxLength`. The pattern has no
lookahead (a letter then a digit, or a digit then a letter, anywhere: JSON Schema patterns are
searched, not anchored), so generators such as Schemathesis produce matching values at once.
The documentation's examples (`currentPassword123`, `newSecurePassword456`) pass it.
"""

from __future__ import annotations

import hashlib
import hmac
import re

_N, _R, _P = 2**14, 8, 1
MIN_LENGTH, MAX_LENGTH = 8, 128
# A letter (a word character that is neither a digit nor "_") and a digit, in either order.
POLICY = re.compile(r"[^\W\d_][\s\S]*\d|\d[\s\S]*[^\W\d_]")
POLICY_TEXT = (
    f"must be {MIN_LENGTH} to {MAX_LENGTH} characters long, with at least one letter and one digit."
)


def hash_password(password: str, salt: bytes) -> str:
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    _, n, r, p, salt, expected = stored.split("$")
    digest = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(digest.hex(), expected)


def policy_violation(password: str) -> str | None:
    """Why `password` is too weak, or None when it passes the policy."""
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH or not POLICY.search(password):
        return POLICY_TEXT
    return None
