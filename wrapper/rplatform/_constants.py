"""Every tunable default of the client, in one place.

Change a number here and every client, resource and test picks it up.
"""

import httpx

# Environment variables read when the matching constructor argument is absent.
API_KEY_ENV = "RPLATFORM_API_KEY"
BASE_URL_ENV = "RPLATFORM_BASE_URL"
LOG_ENV = "RPLATFORM_LOG"

# The local sandbox (`python -m rplatform_sandbox`): a safe default that never bills anyone.
DEFAULT_BASE_URL = "http://127.0.0.1:8787"

# httpx times each phase: 5 s to connect, then 60 s for each read, write and pool wait.
# Finite on purpose: a hung server must never hang the caller forever.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

# Two retries = three attempts at most, as openai-python does.
DEFAULT_MAX_RETRIES = 2

# Backoff: min(BASE * 2**n, MAX) seconds, minus up to JITTER of itself (so clients spread out).
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25

# A server's Retry-After / retry-after-ms is honoured, but never beyond this many seconds.
MAX_RETRY_AFTER = 60.0

# How much of a non-JSON error body, of a problem's detail, and of a request id goes into an
# exception message (what is cut is counted: "... (4,999,000 characters cut)").
MAX_BODY_IN_MESSAGE = 200
MAX_DETAIL_IN_MESSAGE = 1_000
MAX_REQUEST_ID_IN_MESSAGE = 200

# The longest id (URL-encoded) put into a URL: an API URL then stays well under 2,048 characters,
# the length every server and proxy accepts.
MAX_ID_LENGTH = 1024

# A retry wait this long or longer is logged at WARNING (shown even without logging set up),
# so that a notebook user sees why a call is slow.
WARN_RETRY_WAIT = 5.0

# Problem types of the API are URIs under this base; the rest of the URI is the error's `code`.
# The header every POST carries (`_request.py`), which a lost answer's message names.
IDEMPOTENCY_HEADER = "Idempotency-Key"

PROBLEM_TYPE_BASE = "https://docs.rplatform.dev/problems/"
