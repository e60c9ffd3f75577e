"""Redaction changes the secret and nothing else: a corpus of secrets against the real sandbox.

The corpus holds secrets that are ordinary words and fragments of the sandbox's own messages
(`password`, `short`, `than`, `must`, `the`, `current`, `settings`, `a1b2c3d4`) and distinctive
ones. Each is sent in each secret field of each operation that has one (read from the generated
metadata, `_support.secret_fields`), through every refusal path the SDK can reach: the value
as it is, too long for its field, as the account's password (then a deletion pending, or
another account's address), with a wrong API key, rate limited, unavailable, failing after
commit, and with an Idempotency-Key used for another body. The sandbox runs in deterministic
mode and is reset before each path, with `RPLATFORM_LOG=debug`'s logger on.

Everything the SDK writes or raises (log lines, messages, reprs, field errors, results) is
compared with what the same paths produce with a random twin of the secret (the same length and
kinds of characters, so the server applies the same rules): they must be identical, character for
character, once the twin is read back as the secret. So redaction changed only the secret's own
occurrences. A distinctive secret must appear nowhere, nor in the cassette the exchanges make
through the cassette filters. The sandbox itself never repeats a secret (tests/contract), so
every `[REDACTED]` here is where the SDK shows a request or answer field the spec marks secret.
"""

from __future__ import annotations

import itertools
import logging
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest
import rplatform
import rplatform_sandbox
import vcr
from _support import SecretField, secret_fields
from recorded._cassettes import RequestScrubber
from rplatform_sandbox import passwords
from rplatform_sandbox.seed import DEMO_PASSWORD, OTHER_EMAIL

NOW, SEED = "2025-06-15T12:00:00Z", 1
API_KEY = "sk_test_sandbox"
WORDS = ("password", "short", "than", "must", "the", "current", "settings", "a1b2c3d4")
DISTINCT = ("Zq8-kP2mW9xL4nR7", "hidden.Token_5v9Qe7mLx2Pw")
FIELDS = secret_fields()
# The refusals (status, kind) an operation documents that no call carrying a secret of the
# corpus can meet, and why; "*" is every operation.
UNREACHABLE = {
    # The SDK checks the request's shape first and sends the JSON it encodes as JSON; no
    # secret field is longer than 4,096 characters, and the body's limit is 1 MiB.
    "*": {
        (400, "validation-failed"),
        (400, "malformed-body"),
        (415, "unsupported-media-type"),
        (413, "body-too-large"),
        # The shared 403 and 409 responses list other operations' kinds: an owner's scope,
        # cancelDeletion's and revokeSession's conflicts.
        (403, "not-a-member"),
        (403, "forbidden"),
        (409, "nothing-to-cancel"),
        (409, "current-session"),
    },
    "requestDeletion": {(409, "email-in-use")},
    "requestEmailChange": {(409, "deletion-pending")},
    # A used, expired or overtaken token is one the sandbox sent, never a corpus secret.
    "verifyEmailChange": {(409, "email-in-use"), (409, "deletion-pending"), (410, "gone")},
}


class Sandbox(NamedTuple):
    url: str
    http: httpx.Client  # one connection pool for every client (a new one loads the CA bundle)

    def reset(self) -> None:
        self.http.post(f"{self.url}/sandbox/reset").raise_for_status()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    # Checking a password costs a scrypt hash (about 0.1 s), which is not what this module
    # tests: the sandbox hashes its seeded passwords more cheaply (a hash says its own cost).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_N", 2**4)
        with rplatform_sandbox.serve(now=NOW, seed=SEED) as url, httpx.Client() as http:
            yield Sandbox(url, http)


class Texts(logging.Handler):
    """What the SDK wrote or raised during one path, in order, and the kinds of error met."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []
        self.codes: set[tuple[int, str | None]] = set()

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(record.getMessage())

    def outcome(self, make: Callable[[], object]) -> None:
        try:
            self.texts.append(repr(make()))
        except rplatform.APIStatusError as error:
            self.codes.add((error.status_code, error.code))
            self.texts += [str(error), repr(error), *(repr(e) for e in error.errors)]


def run(sandbox: Sandbox, item: SecretField, value: str, path: str) -> Texts:
    """Everything one path writes or raises when `value` is the secret of `item.field`."""
    sandbox.reset()
    seen = Texts()
    logger = logging.getLogger("rplatform")
    logger.addHandler(seen)
    level, logger.level = logger.level, logging.DEBUG
    keys = (f"corpus-key-{n}" for n in itertools.count())
    # No waits, and no time passing: a message after retries says how long they took.
    policy = rplatform.RetryPolicy(
        max_retries=1, sleep=lambda s: None, random=lambda: 0.0, timer=lambda: 0.0
    )
    passwords = {f.name for f in item.operation.body if f.format == "password"}
    emails = {f.name for f in item.operation.body if f.format == "email"} - {item.field.name}
    try:
        with rplatform.Client(
            API_KEY, base_url=sandbox.url, retry=policy, http_client=sandbox.http
        ) as client:

            def call(key: str | None = None, **arguments: Any) -> None:
                method = getattr(getattr(client, item.resource), item.method)
                arguments = {**item.arguments, item.field.name: value, **arguments}
                seen.outcome(lambda: method(**arguments, idempotency_key=key or next(keys)))

            def as_password() -> dict[str, str]:
                seen.outcome(
                    lambda: client.settings.change_password(
                        current_password=DEMO_PASSWORD,
                        new_password=value,
                        idempotency_key=next(keys),
                    )
                )
                return dict.fromkeys(passwords, value)

            if path == "as sent":
                call()
            elif path == "too long":
                size = (item.field.max_length or 0) + 1
                call(**{item.field.name: (value * size)[:size]})
            elif path == "as the password":
                call(**as_password())
            elif path == "deletion pending":
                owned = as_password()
                seen.outcome(
                    lambda: client.settings.request_deletion(
                        password=value, confirm_text="DELETE MY ACCOUNT", idempotency_key=next(keys)
                    )
                )
                call(**owned)
            elif path == "another's address":
                call(**as_password(), **dict.fromkeys(emails, OTHER_EMAIL))
            elif path == "wrong key":
                client = client.with_options(api_key="sk_test_wrong")
                call()
            elif path in FAULTS:
                call(extra_headers={"X-Sandbox-Fault": f"{FAULTS[path]}; times=5"})
            elif path == "key reused":
                call("corpus-reused", **{item.field.name: item.arguments.get(item.field.name)})
                call("corpus-reused")
    finally:
        logger.removeHandler(seen)
        logger.level = level
    return seen


FAULTS = {"rate limited": "429", "unavailable": "503", "fails after commit": "500-after-commit"}
# Refused before the operation reads its body (the key, the injected faults): driven with one
# word and one distinctive secret, the other paths with every secret of the corpus.
BEFORE_THE_BODY = ("wrong key", *FAULTS)
# The paths that need an account in a given state, and the refusal each one is there to meet.
STATES = {"deletion pending": (409, "deletion-pending"), "another's address": (409, "email-in-use")}


def paths(item: SecretField, value: str) -> Iterator[str]:
    """The paths `value` (a secret of the corpus) takes through the operation of `item`."""
    yield from ("as sent", "too long", "as the password", "key reused")
    reachable = {(s.code, kind) for s in item.operation.errors for kind in s.problem_types}
    reachable -= UNREACHABLE["*"] | UNREACHABLE.get(item.operation.operation_id, set())
    yield from (path for path, refusal in STATES.items() if refusal in reachable)
    if value in (WORDS[0], DISTINCT[0]):
        yield from BEFORE_THE_BODY


def twin(secret: str, avoid: str) -> str:
    """A random secret of the same length and kinds of character, found nowhere in `avoid`."""
    rng = random.Random(secret)
    while True:
        made = "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz")
            if c.islower()
            else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            if c.isupper()
            else rng.choice("0123456789")
            if c.isdigit()
            else c
            for c in secret
        )
        if made != secret and made not in avoid:
            return made


def drive(
    sandbox: Sandbox, item: SecretField, value: str, taken: list[str]
) -> tuple[list[str], set[tuple[int, str | None]]]:
    """What `value` makes the SDK write or raise along each of the `taken` paths, in order."""
    texts: list[str] = []
    codes: set[tuple[int, str | None]] = set()
    for path in taken:
        seen = run(sandbox, item, value, path)
        texts += [f"-- {path}", *seen.texts]
        codes |= seen.codes
    return texts, codes


OPERATIONS = {item.operation.operation_id: item.operation for item in FIELDS}


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_redaction_changes_only_the_secret_and_a_distinctive_one_never_shows(
    sandbox: Sandbox, operation_id: str, tmp_path: Path
) -> None:
    codes: set[tuple[int, str | None]] = set()
    for item in (item for item in FIELDS if item.operation.operation_id == operation_id):
        for value in (*WORDS, *DISTINCT):
            cassette = tmp_path / f"{item.field.name}-{value}.yaml"
            scrubber = RequestScrubber()
            recorder = vcr.VCR(
                before_record_request=scrubber,
                before_record_response=scrubber.response,
                decode_compressed_response=True,
            )
            taken = list(paths(item, value))
            with recorder.use_cassette(str(cassette), record_mode="all"):
                texts, met = drive(sandbox, item, value, taken)
            codes |= met
            other = twin(value, "\n".join(texts))
            twin_texts, _ = drive(sandbox, item, other, taken)
            assert [text.replace(other, value) for text in twin_texts] == texts, value
            if value in DISTINCT:
                assert [text for text in texts if value in text] == [], value
                assert value not in cassette.read_text(encoding="utf-8"), value
    # Every refusal the operation documents was met, but those no corpus secret can reach.
    operation = OPERATIONS[operation_id]
    documented = {(s.code, kind) for s in operation.errors for kind in s.problem_types}
    unreachable = UNREACHABLE["*"] | UNREACHABLE.get(operation_id, set())
    assert documented - unreachable == codes


def test_the_messages_of_the_issue_read_as_the_sandbox_wrote_them(sandbox: Sandbox) -> None:
    """Passwords that are words of the answers: each message stays word for word."""
    sandbox.reset()
    seen = Texts()
    logger = logging.getLogger("rplatform")
    logger.addHandler(seen)
    level, logger.level = logger.level, logging.DEBUG
    try:
        with rplatform.Client(
            API_KEY, base_url=sandbox.url, max_retries=0, http_client=sandbox.http
        ) as r:
            refusals = []
            for current, new in (
                ("currentPassword123", "short"),
                ("password", "newSecurePassword456"),
                ("currentPassword123", "than"),
                ("currentPassword123", "must"),
            ):
                with pytest.raises(rplatform.APIStatusError) as caught:
                    r.settings.change_password(current_password=current, new_password=new)
                refusals.append(caught.value)
    finally:
        logger.removeHandler(seen)
        logger.level = level
    short, wrong, than, must = refusals
    too_short = "new_password: is shorter than 8 characters"
    assert str(short) == f"422 Unprocessable Entity: {too_short} (request_id={short.request_id})"
    assert str(than) == f"422 Unprocessable Entity: {too_short} (request_id={than.request_id})"
    assert str(wrong) == (
        "403 Forbidden: current_password: the password is not correct. "
        f"(request_id={wrong.request_id})"
    )
    policy = "must be 8 to 128 characters long, with at least one letter and one digit."
    assert must.errors == (
        rplatform.FieldError("new_password", "minLength", "is shorter than 8 characters"),
        rplatform.FieldError("new_password", "pattern", policy),
    )
    lines = "\n".join(seen.texts)
    url = f"{sandbox.url}/v1/settings/password"
    assert f"HTTP POST {url} -> 403 (request_id={wrong.request_id})" in lines
    assert "'type': 'https://docs.rplatform.dev/problems/wrong-password'" in lines
    assert "'title': 'Wrong password'" in lines
    assert "[REDACTED]er" not in lines and "[REDACTED] be" not in lines
