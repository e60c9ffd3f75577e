"""The catalogue of problem types: every kind of error the sandbox can answer, in one table.

Each kind has a stable, absolute `type` URI under `BASE` (RFC 9457), the statuses it is sent
with, one title for every occurrence, and whether a retry can help (sent as `X-Should-Retry`).
`openapi.yaml` documents exactly this set in the `Problem` schema's `type` description, and
`tests/contract/test_problem_types.py` keeps the two equal; a sandbox test drives the server
into every kind. Clients must accept any other URI too: new kinds may appear.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

BASE = "https://docs.rplatform.dev/problems/"

# `validation-failed`'s status by the rules broken (a FieldError's `code`), wherever a rule is
# checked (the schema, a handler): a value of the right type that breaks one of these is 422;
# the shape of the request (`required`, `type`, `not`, ...) is 400, and a mix of both too.
VALUE_RULES = frozenset(
    {
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "pattern",
        "format",
        "enum",
        "unchanged",
    }
)


def status_of(codes: Iterable[str]) -> int:
    """422 when every rule broken is a value's, else 400."""
    codes = list(codes)
    return 422 if codes and all(code in VALUE_RULES for code in codes) else 400


@dataclass(frozen=True)
class Kind:
    name: str
    statuses: tuple[int, ...]
    title: str
    meaning: str
    # X-Should-Retry: True when the same request may succeed later, False when no retry can.
    retry: bool | None = None

    @property
    def uri(self) -> str:
        return BASE + self.name


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "validation-failed",
            (400, 422),
            "Validation failed",
            "A parameter or body field breaks a rule of the schema or of the operation, checked"
            " by either: 422 when a value of the right type breaks a rule (length, bound,"
            " pattern, format, enum, `unchanged`), 400 for the shape (a missing or mistyped"
            " member, members sent together); `errors` names each field and rule.",
        ),
        Kind(
            "malformed-body",
            (400,),
            "Malformed body",
            "The body is not acceptable JSON: syntax, encoding, nesting or number size.",
        ),
        Kind(
            "unsupported-media-type",
            (415,),
            "Unsupported media type",
            "The body is not sent as application/json.",
        ),
        Kind(
            "body-too-large",
            (413,),
            "Body too large",
            "The body is larger than the server accepts.",
        ),
        Kind(
            "unauthenticated",
            (401,),
            "Unauthenticated",
            "The API key (bearer token) is missing, unknown, revoked or expired.",
        ),
        Kind(
            "wrong-password",
            (403,),
            "Wrong password",
            "The password given to confirm the operation is not the account's.",
        ),
        Kind(
            "not-a-member",
            (403,),
            "Not a member",
            "The caller is not a member of the organization named by `organization_id`.",
        ),
        Kind(
            "forbidden",
            (403,),
            "Forbidden",
            "The caller may not act for this owner (a `user_id` that is not the caller).",
        ),
        Kind(
            "not-found",
            (404,),
            "Not found",
            "The resource or route does not exist, or is not the caller's.",
        ),
        Kind(
            "method-not-allowed",
            (405,),
            "Method not allowed",
            "The path does not accept this method; `Allow` lists the ones it does.",
        ),
        Kind(
            "deletion-pending",
            (409,),
            "Deletion already pending",
            "An account deletion is already scheduled; cancel it first.",
            retry=False,
        ),
        Kind(
            "nothing-to-cancel",
            (409,),
            "Nothing to cancel",
            "No account deletion is pending.",
            retry=False,
        ),
        Kind(
            "current-session",
            (409,),
            "Current session",
            "The session to revoke is the one making the call, which would lock the caller out;"
            " revokeAllSessions revokes every other one.",
            retry=False,
        ),
        Kind(
            "email-in-use",
            (409,),
            "Email address in use",
            "The new email address belongs to another account.",
            retry=False,
        ),
        Kind(
            "gone",
            (410,),
            "Gone",
            "The email verification token was already used or has expired; request a new one.",
        ),
        Kind(
            "idempotency-key-reused",
            (422,),
            "Idempotency-Key reused",
            "The Idempotency-Key was used in the last 24 hours with another request (another"
            " body or endpoint); send a new key for a new request.",
        ),
        Kind(
            "rate-limited",
            (429,),
            "Rate limited",
            "Too many requests; retry after `Retry-After` seconds.",
            retry=True,
        ),
        Kind(
            "internal",
            (500,),
            "Internal error",
            "The server failed; retrying with the same Idempotency-Key is safe.",
        ),
        Kind(
            "not-implemented",
            (501,),
            "Not implemented",
            "The sandbox has no handler for this operation yet (one just added to the spec).",
        ),
        Kind(
            "unavailable",
            (503,),
            "Unavailable",
            "Temporarily unavailable; retry after `Retry-After` seconds.",
            retry=True,
        ),
    )
}

# The kind of a problem raised by connexion or starlette themselves, by its status.
BY_STATUS: dict[int, str] = {
    400: "validation-failed",
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    413: "body-too-large",
    415: "unsupported-media-type",
    429: "rate-limited",
    500: "internal",
    501: "not-implemented",
    503: "unavailable",
}
