"""Keyset pagination for the lists that grow: `limit`, an opaque `cursor`, `Link: rel="next"`.

A page is read in an order on immutable columns (login history: newest first by `created_at`
then insertion; sessions: the caller's own first, then newest first by `created_at` and id;
projects: by id). The cursor is the sort key of the last row sent, base64url-encoded JSON with
the list's name, so the next page starts strictly after that row: rows inserted or removed
between two reads never make a row appear twice or go missing (new rows sort before the cursor,
and the key does not depend on whether the last row still exists).

When there is a next page, the answer carries `Link: </same/path?...&cursor=...>; rel="next"`
(RFC 8288), a root-relative URL with the request's other query parameters; the last page has no
`Link`. A cursor that this list did not hand out is a 422 `validation-failed` on `cursor`, as a
cursor that breaks the parameter's pattern is.
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode

from . import request_context
from .problems import invalid

Key = tuple[Any, ...]


def encode(name: str, key: Key) -> str:
    # A list has no key separator, and its "]" never encodes to a last "X": only "=" is stripped.
    raw = json.dumps([name, *key], separators=(",", ":")).encode()  # pragma: no mutate (see above)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")  # pragma: no mutate (see above)


def decode(name: str, cursor: str | None, types: Sequence[type]) -> Key | None:
    """The sort key in `cursor`, checked against the list's name and key types; None for none."""
    if cursor is None:
        return None
    with contextlib.suppress(ValueError):  # binascii.Error (bad base64) is one too
        # The decoder ignores padding beyond what it needs: "==" is the most a cursor lacks.
        value = json.loads(base64.urlsafe_b64decode(cursor + "=="))
        if isinstance(value, list) and value[:1] == [name]:
            key = tuple(value[1:])
            if tuple(map(type, key)) == tuple(types):
                return key
    message = "is not a cursor of this list; follow the URL of the Link header."
    raise invalid("cursor", "format", message)


def next_link(cursor: str) -> str:
    """`Link` to the same path and query, with `cursor` set to the next page's."""
    path, query = request_context.target()
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "cursor"]
    return f'<{path}?{urlencode([*kept, ("cursor", cursor)])}>; rel="next"'


def page(name: str, rows: list[Any], limit: int, key: Any) -> tuple[list[Any], dict[str, str]]:
    """The first `limit` rows (of `limit + 1` read) and the `Link` header when more follow."""
    if len(rows) <= limit:
        return rows, {}
    shown = rows[:limit]
    return shown, {"Link": next_link(encode(name, key(shown[-1])))}
