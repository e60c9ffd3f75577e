"""Logger `rplatform`: useful records, and never a credential, cookie, password or token."""

from __future__ import annotations

import inspect
import logging
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import rplatform
from _support import documented_answer, load_spec, operation
from facade_mock import API_KEY, Recorder, ok, problem
from rplatform._logging import log_request, log_response, log_retry, logger, setup_logging
from rplatform._redact import secrets_of

Make = Callable[..., Recorder]

SECRETS = (
    API_KEY,
    "oldPassword123",
    "newSecurePassword456",
    "newemail@example.com",
    "currentPassword123",
    "verification_token_from_email",
    "ExponentPushToken[abc123]",
    "session-cookie-value",
)


def test_debug_records_hold_no_secret(recorder: Make, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="rplatform")
    echo_headers = {"set-cookie": "sid=session-cookie-value", "x-request-id": "req_7"}
    rec = recorder(problem(500), httpx.Response(204, headers=echo_headers))
    rec.client.settings.change_password(
        current_password="oldPassword123", new_password="newSecurePassword456"
    )
    echoed = {
        "message": "sent",
        "expires_at": "2025-06-16T12:00:00Z",
        "email": "newemail@example.com",
    }
    rec = recorder(ok(echoed, 202))
    rec.client.settings.request_email_change(
        new_email="newemail@example.com", password="currentPassword123"
    )
    rec = recorder(ok({"message": "ok", "verified_at": "2025-06-15T12:30:00Z"}))
    with_cookie = rec.client.with_options(default_headers={"Cookie": "sid=session-cookie-value"})
    with_cookie.settings.verify_email_change("verification_token_from_email")
    rec = recorder(httpx.Response(204))
    rec.client.notifications.unregister_token("ExponentPushToken[abc123]")

    text = "\n".join(r.getMessage() for r in caplog.records)
    assert len(caplog.records) >= 10
    assert "retrying POST https://api.test/v1/settings/password in 0.50 s" in text
    assert "HTTP POST https://api.test/v1/settings/password -> 204 (request_id=req_7)" in text
    assert "'current_password': '[REDACTED]'" in text
    assert "'authorization': '[REDACTED]'" in text and "'cookie': '[REDACTED]'" in text
    for secret in SECRETS:
        assert secret not in text, secret


def test_info_level_has_one_line_per_attempt(
    recorder: Make, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="rplatform")
    rec = recorder(problem(503), ok({"revoked_count": 2}))
    rec.client.settings.revoke_all_sessions()
    messages = [r.getMessage() for r in caplog.records]
    assert [m.split(" ")[0] for m in messages] == ["HTTP", "retrying", "HTTP"]
    assert all(API_KEY not in m for m in messages)


def test_credential_headers_are_hidden_by_name_and_other_headers_shown() -> None:
    hide = secrets_of(None)
    headers = [("Authorization", "Bearer x"), ("Set-Cookie", "a"), ("X", "y")]
    assert hide.headers(headers) == {
        "Authorization": "[REDACTED]",
        "Set-Cookie": "[REDACTED]",
        "X": "y",
    }


def test_a_debug_body_hides_what_the_spec_marks_not_what_a_name_suggests(
    recorder: Make, caplog: pytest.LogCaptureFixture
) -> None:
    # notifications.email is a boolean and an unknown "token" member the server's own: neither
    # is secret; the password of a deletion request is, by openapi.yaml's mark.
    caplog.set_level(logging.DEBUG, logger="rplatform")
    spec = load_spec()
    _, preferences = documented_answer(spec, operation(spec, "updateNotifications"))
    answer = ok({**preferences, "token": "server-side"})
    recorder(answer).client.settings.update_notifications(email=False)
    status, deletion = documented_answer(spec, operation(spec, "requestDeletion"))
    rec = recorder(ok(deletion, status))
    rec.client.settings.request_deletion(password="hunter22", confirm_text="DELETE MY ACCOUNT")
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith(("req", "resp"))]
    assert lines[0].endswith("body={'email': False}")
    assert "body={'notifications': {'in_app': True, 'push': True, 'email': True}" in lines[1]
    assert lines[1].endswith("'token': 'server-side'}")
    assert lines[2].endswith("body={'password': '[REDACTED]', 'confirm_text': 'DELETE MY ACCOUNT'}")


def test_a_debug_line_hides_the_secret_members_of_a_success_answer_the_request_did_not_carry(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="rplatform")
    sent = httpx.Request(
        "POST", "https://api.test/v1/notifications/push-tokens", json={"platform": "expo"}
    )
    # The token the server answers with, and one where a hostile server put a number or null.
    for token in ("tok-from-the-server", 12345, None):
        answer = {"id": "ptk_1", "token": token, "platform": "expo"}
        log_response(httpx.Response(201, json=answer, request=sent))
    bodies = [m.partition(" body=")[2] for m in caplog.messages if m.startswith("response")]
    assert bodies == ["{'id': 'ptk_1', 'token': '[REDACTED]', 'platform': 'expo'}"] * 3


@pytest.mark.parametrize(("value", "level"), [("debug", "DEBUG"), ("INFO", "INFO"), ("", "NOTSET")])
def test_rplatform_log_configures_the_logger(value: str, level: str) -> None:
    code = (
        "import logging, rplatform; rplatform.Client('sk'); "
        "print(logging.getLevelName(logging.getLogger('rplatform').level))"
    )
    env = {"RPLATFORM_LOG": value, "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == level


def test_a_debug_line_shows_a_non_json_body_by_size_and_type_and_no_echoed_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="rplatform")
    password = "hunter22-Zq8kP2mW"  # distinctive: hidden even bare
    body = {"password": password, "confirm_text": password}
    sent = httpx.Request("POST", "https://api.test/v1/settings/deletion", json=body)
    text = {"content-type": "text/plain"}
    upload = httpx.Request("PUT", "https://api.test/v1/y", content=b"abc", headers=text)
    html = {"content-type": "text/html", "x-request-id": "req_5"}
    page = httpx.Response(502, content=f"<h1>{password}</h1>".encode(), request=sent, headers=html)
    log_request(sent)
    log_request(upload)
    log_response(page)
    log_retry(sent, 0.5, 1, f"status 502 {password}", warn=False)
    lines = [record.getMessage() for record in caplog.records]
    assert lines[0].endswith("body={'password': '[REDACTED]', 'confirm_text': '[REDACTED]'}")
    assert lines[1].endswith("body=<3 bytes, text/plain>")
    assert lines[2:] == [
        "HTTP POST https://api.test/v1/settings/deletion -> 502 (request_id=req_5)",
        "response headers={'content-type': 'text/html', 'x-request-id': 'req_5', "
        "'content-length': '26'} body=<26 bytes, text/html>",
        "retrying POST https://api.test/v1/settings/deletion in 0.50 s (retry 1) after "
        "status 502 [REDACTED]",
    ]


def test_rplatform_log_in_any_case_adds_one_handler_with_the_documented_format(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("RPLATFORM_LOG", " Debug ")
    setup_logging()
    setup_logging()  # once only
    (handler,) = logger.handlers
    assert type(handler) is logging.StreamHandler and logger.level == logging.DEBUG
    assert handler.formatter is not None
    assert handler.formatter._fmt == "[%(asctime)s %(name)s %(levelname)s] %(message)s"
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setenv("RPLATFORM_LOG", "info")
    setup_logging()
    assert logger.level == logging.INFO and len(logger.handlers) == 1
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setenv("RPLATFORM_LOG", "verbose")
    with pytest.warns(RuntimeWarning):
        setup_logging()
    assert logger.handlers == []


@pytest.mark.parametrize("value", ["verbose", "1", "true", "TRUE", "warning"])
def test_a_value_that_is_no_level_is_a_warning_naming_the_levels(
    value: str, tmp_path: Path
) -> None:
    # A script file, not `-c`: Python 3.13 shows the source line of `-c` code, 3.11 does not.
    script = tmp_path / "script.py"
    script.write_text("import rplatform\nrplatform.Client('sk')\nrplatform.Client('sk')\n")
    env = {"RPLATFORM_LOG": value, "PATH": ""}
    out = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, check=True
    )
    assert out.stderr == (
        f"{script}:2: RuntimeWarning: RPLATFORM_LOG={value!r} is not a log level of rplatform, "
        "so it logs nothing of its own: use RPLATFORM_LOG=debug (every request and response) or "
        "RPLATFORM_LOG=info (one line per request), or leave it unset\n"
        "  rplatform.Client('sk')\n"
    )  # once, at the user's line, however many clients


@pytest.mark.parametrize("value", ["", " ", "debug", "INFO"])
def test_a_level_or_no_value_is_no_warning(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setattr("rplatform._logging._WARNED", set())
    monkeypatch.setenv("RPLATFORM_LOG", value)
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        rplatform.Client(API_KEY)
    assert shown == []


def test_the_warning_of_a_value_that_is_no_level_points_at_the_line_making_the_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("rplatform._logging._WARNED", set())
    monkeypatch.setenv("RPLATFORM_LOG", "verbose")
    with pytest.warns(RuntimeWarning, match="RPLATFORM_LOG='verbose'") as shown:
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        rplatform.Client(API_KEY)
    message = (
        "RPLATFORM_LOG='verbose' is not a log level of rplatform, so it logs nothing of its own: "
        "use RPLATFORM_LOG=debug (every request and response) or RPLATFORM_LOG=info (one line "
        "per request), or leave it unset"
    )
    assert [(w.filename, w.lineno, str(w.message)) for w in shown] == [(__file__, line, message)]


def test_the_status_line_keeps_the_path_and_hides_a_request_id_that_echoes_a_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The password is "password": the path names the operation, it does not echo anything.
    caplog.set_level(logging.INFO, logger="rplatform")
    body = {"current_password": "password", "new_password": "Zq8-kP2mW9xL4nR7"}
    sent = httpx.Request("POST", "https://api.test/v1/settings/password", json=body)
    log_response(httpx.Response(204, headers={"x-request-id": "Zq8-kP2mW9xL4nR7"}, request=sent))
    log_response(httpx.Response(204, request=sent))
    assert caplog.messages == [
        "HTTP POST https://api.test/v1/settings/password -> 204 (request_id=[REDACTED])",
        "HTTP POST https://api.test/v1/settings/password -> 204 (request_id=None)",
    ]


def test_a_long_wait_is_logged_as_a_warning_and_a_short_one_as_info(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="rplatform")
    sent = httpx.Request("GET", "https://api.test/v1/x")
    log_retry(sent, 30.0, 1, "status 503", warn=True)
    log_retry(sent, 0.5, 2, "status 503", warn=False)
    assert [record.levelname for record in caplog.records] == ["WARNING", "INFO"]
