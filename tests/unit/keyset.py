"""A paginated list served as the API serves one, for the unit tests of `ListResult`.

Rows are kept newest first by a sequence number; `limit` (default 100) and `cursor` (the
number of the last row sent, as `s<n>`) select a page that starts strictly after the cursor's
row, so rows added (newer: before every cursor) or removed between two reads never make a row
appear twice or go missing, as the sandbox's keyset pagination does (pagination.py there). A
next page is announced in `Link` with the request's other query parameters, as there.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import httpx

STAMP = "2025-06-15T12:00:00Z"
PATH = "/v1/settings/login-history"


def entry(seq: int) -> dict[str, Any]:
    """The login-history entry number `seq`."""
    return {"id": f"login_{seq}", "created_at": STAMP, "ip_address": "203.0.113.10",
            "user_agent": "agent", "success": seq % 2 == 0,
            "failure_reason": None if seq % 2 == 0 else "wrong_password"}  # fmt: skip


class Keyset:
    """The handler of a MockTransport serving rows `1..count`, newest (`count`) first."""

    def __init__(self, count: int, default: int = 100) -> None:
        self.seqs = list(range(count, 0, -1))
        self.default = default
        self.served = 0  # rows sent, over every request

    def add(self, count: int) -> None:
        """`count` newer rows, as sign-ins between two reads add them."""
        top = max(self.seqs, default=0)
        self.seqs[:0] = range(top + count, top, -1)

    def remove(self, seq: int) -> None:
        self.seqs.remove(seq)

    def ids(self) -> list[str]:
        return [f"login_{seq}" for seq in self.seqs]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        limit = int(params.get("limit", self.default))
        cursor = params.get("cursor")
        after = int(cursor[1:]) if cursor else None
        rows = [seq for seq in self.seqs if after is None or seq < after]
        page = rows[:limit]
        self.served += len(page)
        headers = {"x-request-id": "req_page"}
        if len(rows) > limit:
            kept = [(k, v) for k, v in params.multi_items() if k != "cursor"]
            query = urlencode([*kept, ("cursor", f"s{page[-1]}")])
            headers["link"] = f'<{request.url.path}?{query}>; rel="next"'
        return httpx.Response(200, json=[entry(seq) for seq in page], headers=headers)
