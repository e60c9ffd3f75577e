"""The API key as a message may show it: masked, and where it came from.

A 401 says which key was refused, so that a user with several keys (a file, the environment, a
notebook cell) can tell which one went out, without the message holding the key: its type
prefix (`sk_test_`) and, for a key long enough that most of it stays hidden, its last four
characters, as Stripe and OpenAI show them (`sk_test_…4242`).
"""

from __future__ import annotations

import re

# A key's type prefix: `sk_`, `sk_test_`, `sk-proj-`...: a few letters, a separator, a mode.
_PREFIX = r"[A-Za-z]{2,8}[_-](?:(?:test|live|proj)[_-])?"
# The last characters shown, and how many of the rest must stay hidden for them to be shown.
SHOWN_TAIL = 4
HIDDEN_AT_LEAST = 8


def masked(key: str) -> str:
    """`sk_test_…4242`: the key's type prefix and its last 4 characters, or only the prefix
    when fewer than 8 characters would stay hidden (`sk_test_…` for `sk_test_sandbox`)."""
    match = re.match(_PREFIX, key)
    head = match.group() if match and len(match.group()) < len(key) else ""
    rest = key[len(head) :]
    tail = rest[-SHOWN_TAIL:] if len(rest) - SHOWN_TAIL >= HIDDEN_AT_LEAST else ""
    return f"{head}\N{HORIZONTAL ELLIPSIS}{tail}"


def refused(key: str, source: str) -> str:
    """What a 401's message adds: which API key was sent, and from where (the `api_key`
    argument, or the environment variable that held it)."""
    where = "the api_key argument" if source == "api_key" else source
    return f"the API key sent, {masked(key)}, came from {where}"
