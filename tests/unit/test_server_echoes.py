"""A careless server that echoes the secret it was sent: quoted, as a JSON value, and bare.

Every operation that takes a secret (read from each operation's `OPERATION`, not listed here)
is called with a secret in each of its secret fields, through a fake server (MockTransport)
that repeats it in a problem's `detail`, in `errors[].message` and as a member of its own, at
DEBUG level. Quoted and as a whole JSON string, any secret is hidden; bare in a sentence, only
a distinctive one (16 characters or more, letters mixed with digits or symbols): the rule the
README's logging section states, and the limit it accepts (a word-like secret repeated bare
stays visible, as the words of a message must).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import rplatform
from _support import secret_fields
from facade_mock import Recorder
from rplatform._redact import DISTINCTIVE_LENGTH
from rplatform_api.types import Field

README = Path(__file__).resolve().parents[2] / "README.md"
DISTINCT = "Zq8-kP2mW9xL4nR7"
WORD = "than"


FIELDS = secret_fields()


def echo(secret: str, field: str) -> httpx.Response:
    body = {
        "type": "https://docs.rplatform.dev/problems/validation-failed",
        "title": "Validation failed",
        "status": 422,
        "detail": f"{field}: '{secret}' is not allowed; you sent {secret} here",
        "errors": [
            {"field": field, "code": "pattern", "message": f'"{secret}" is not allowed'},
            {"field": field, "code": "echo", "message": secret},
            {"field": field, "code": "prose", "message": f"{secret} is not allowed"},
        ],
        "echo": secret,
    }
    return httpx.Response(422, json=body, headers={"x-request-id": "req_e"})


def call(secret: str, resource: str, method: str, arguments: dict[str, Any], field: Field) -> Any:
    recorder = Recorder(lambda request: echo(secret, field.wire), max_retries=0)
    bound = getattr(getattr(recorder.client, resource), method)
    with pytest.raises(rplatform.UnprocessableEntityError) as caught:
        bound(**{**arguments, field.name: secret})
    return caught.value


def test_every_secret_field_of_the_api_is_driven() -> None:
    assert {(method, field.name) for _, method, _, field, _ in FIELDS} == {
        ("change_password", "current_password"),
        ("change_password", "new_password"),
        ("request_email_change", "new_email"),
        ("request_email_change", "password"),
        ("verify_email_change", "token"),
        ("request_deletion", "password"),
        ("register_token", "token"),
        ("unregister_token", "token"),
    }


@pytest.mark.parametrize(("secret", "bare"), [(DISTINCT, "[REDACTED]"), (WORD, WORD)])
@pytest.mark.parametrize(
    ("resource", "method", "arguments", "field"),
    [f[:4] for f in FIELDS],
    ids=[f"{f.method}.{f.field.name}" for f in FIELDS],
)
def test_an_echo_is_hidden_quoted_and_as_json_and_bare_only_when_distinctive(
    secret: str,
    bare: str,
    resource: str,
    method: str,
    arguments: dict[str, Any],
    field: Field,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="rplatform")
    error = call(secret, resource, method, arguments, field)
    name = field.wire
    message = (
        f"422 Unprocessable Entity: {name}: '[REDACTED]' is not allowed; you sent {bare} here "
        "(request_id=req_e)"
    )
    assert str(error) == error.message == message
    assert repr(error) == f"UnprocessableEntityError({message!r})"
    assert error.errors == (
        rplatform.FieldError(name, "pattern", '"[REDACTED]" is not allowed'),
        rplatform.FieldError(name, "echo", "[REDACTED]"),
        rplatform.FieldError(name, "prose", f"{bare} is not allowed"),
    )
    (answer,) = [m for m in caplog.messages if m.startswith("response ")]
    assert f"'detail': \"{name}: '[REDACTED]' is not allowed; you sent {bare} here\"" in answer
    assert "'message': '[REDACTED]'}" in answer and answer.endswith("'echo': '[REDACTED]'}")
    (sent,) = [m for m in caplog.messages if m.startswith("request ")]
    assert f"'{name}': '[REDACTED]'" in sent
    if secret == DISTINCT:
        assert not [m for m in caplog.messages if DISTINCT in m]


@pytest.mark.parametrize(("secret", "shown"), [(DISTINCT, "[REDACTED]"), (WORD, "[REDACTED]")])
def test_a_detail_that_is_the_secret_itself_is_hidden(secret: str, shown: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"title": "Forbidden", "detail": secret})

    recorder = Recorder(answer, max_retries=0)
    with pytest.raises(rplatform.PermissionDeniedError) as caught:
        recorder.client.settings.request_deletion(password=secret, confirm_text="DELETE MY ACCOUNT")
    assert str(caught.value) == f"403 Forbidden: {shown}"


def test_the_readme_states_the_rule_for_a_bare_echo() -> None:
    text = README.read_text(encoding="utf-8")
    logging_section = text[text.index("## Logging") :].split("\n## ", 1)[0]
    assert f"{DISTINCTIVE_LENGTH} characters or more" in logging_section
    assert "stays visible" in logging_section
