"""rplatform sandbox: a local server that implements `openapi.yaml` for real, like stripe-mock.

Run it with `python -m rplatform_sandbox [--host 127.0.0.1] [--port 8787] [--db PATH]
[--now ISO-TIME] [--seed N] [--quiet]`, which prints a line per request (`access_log.py`), or
in-process with `with rplatform_sandbox.serve() as base_url:` (quiet unless given `log=`).
Demo credentials: bearer token `sk_test_sandbox` (user `usr_123`, demo@example.com /
`currentPassword123`, owner of `org_123`); see `seed.py` for all the data.

Policies the server enforces (beyond what `openapi.yaml` says):

- 400 versus 422, one status per rule wherever it is checked (`problem_types.status_of`): 400
  when the request's shape is wrong (malformed JSON, a missing or mistyped field or parameter,
  `user_id` with `organization_id`, `year` without `month`); 422 when a value of the right type
  breaks a rule, in a body or a parameter, checked by the schema or a handler: a length or a
  bound, an enum, a pattern or a format (IANA time zone, BCP 47 locale, password policy, email
  address, an http(s) `return_url`, RFC 3339 dates and times), the confirmation text, `to`
  before `from`, a new value equal to the current one, a cursor this list did not hand out;
  and an Idempotency-Key reused with another body. Every error is a problem of a documented kind
  (`problem_types.py`, `https://docs.rplatform.dev/problems/<kind>`); validation failures list
  each field, its JSON path and the rule it broke (`validation.py`).
- Passwords: salted scrypt hashes. New passwords: 8-128 characters, a letter and a digit,
  different from the current one. A wrong current password is 403 and a failed login entry.
- Deletion: a second request while one is pending is 409; cancelling with none pending is 409;
  cancelling after the 30-day grace period is 409.
- Email change: wrong password 403, bad address 422, own address 422, taken address 409; the
  verification token (in `/sandbox/outbox`) is single use and valid 24 h: unknown → 404, used or
  expired → 410.
- Push tokens: unregistering a token that is not registered to the caller is 204 (no-op).
- Sessions: revoking an unknown, revoked or another user's session is 404; revoking the
  calling session is 409 `current-session` (it would lock the caller out; revokeAllSessions
  revokes the others).
- Lists: login history, sessions and usage by project are paginated with stable cursors
  (`pagination.py`).
- Time: without `--now` the real clock; with it, a frozen clock that only `POST /sandbox/clock`
  moves. Usage is seeded from January 2025 (or 18 months back, if earlier) up to today.
- Faults: header `X-Sandbox-Fault: 429|503|500-after-commit[; times=N][; retry_after=S]`
  (see `faults.py`). Idempotency: see `idempotency.py`.
"""

# The server's libraries come with the `sandbox` extra: without them, say how to get them.
_EXTRA = ("connexion", "uvicorn", "starlette", "yaml")

try:
    from .server import serve
except ModuleNotFoundError as error:
    if error.name is None or error.name.partition(".")[0] not in _EXTRA:
        raise
    raise ModuleNotFoundError(
        f"the rplatform sandbox needs {error.name}, which comes with the sandbox extra: "
        'pip install "rplatform[sandbox]"',
        name=error.name,
    ) from error

__all__ = ["serve"]
