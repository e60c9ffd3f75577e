"""Identifiers and secrets: random by default, reproducible with `--seed`.

`new("cus")` gives `cus_1f0c9a3b7d2e4c6a`; `secret("est")` gives a longer url-safe token for
bearer tokens and email verification links. With a seed, the sequence restarts on reset, so two
runs that make the same calls in the same order hand out the same values.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import threading

_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def token_digest(token: str) -> str:
    """How bearer and verification tokens are stored: only their SHA-256, never in clear."""
    return hashlib.sha256(token.encode()).hexdigest()


class IdFactory:
    """Hands out ids, secrets and request ids, from a seeded generator when `seed` is set."""

    def __init__(self, seed: int | None = None) -> None:
        self.seed = seed
        self._lock = threading.Lock()
        self._rng: random.Random = (
            random.Random(seed) if seed is not None else secrets.SystemRandom()
        )

    def reset(self) -> None:
        with self._lock:
            if self.seed is not None:
                self._rng = random.Random(self.seed)

    def _chars(self, count: int, alphabet: str) -> str:
        with self._lock:
            return "".join(self._rng.choice(alphabet) for _ in range(count))

    def new(self, prefix: str, length: int = 16) -> str:
        return f"{prefix}_{self._chars(length, '0123456789abcdef')}"

    def secret(self, prefix: str) -> str:
        return f"{prefix}_{self._chars(32, _ALPHABET)}"

    def request_id(self) -> str:
        return self.new("req", 20)

    def salt(self) -> bytes:
        return bytes.fromhex(self._chars(32, "0123456789abcdef"))
