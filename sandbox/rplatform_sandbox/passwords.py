"""Password hashing (salted scrypt from hashlib).

Stored form: `scrypt$n$r$p$salt-hex$hash-hex`. Clear-text passwords are never stored or logged.

The policy for a new password (8 to 128 characters, a letter and a digit) is the schema of
`new_password` in openapi.yaml, which connexion checks before the handler runs; the handler adds
only "not the same as the current password".
"""

from __future__ import annotations

import hashlib
import hmac

_N, _R, _P = 2**14, 8, 1


def hash_password(password: str, salt: bytes) -> str:
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    _, n, r, p, salt, expected = stored.split("$")
    digest = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(digest.hex(), expected)
