"""Password hashing (salted scrypt from hashlib) and the password policy.

Stored form: `scrypt$n$r$p$salt-hex$hash-hex`. Clear-text passwords are never stored or logged.

Policy for a new password: 8 to 128 characters, at least one letter and one digit, and not the
same as the current password. The documentation's examples (`currentPassword123`,
`newSecurePassword456`) pass it.
"""

from __future__ import annotations

import hashlib
import hmac

_N, _R, _P = 2**14, 8, 1
MIN_LENGTH, MAX_LENGTH = 8, 128


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
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        return f"new_password must be {MIN_LENGTH} to {MAX_LENGTH} characters long."
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        return "new_password must contain at least one letter and one digit."
    return None
