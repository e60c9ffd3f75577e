"""A failure on the command line: one line on stderr with the SDK's message, and an exit status
per class of failure (`_failure.MEANINGS`, which the help shows); no traceback unless
`--debug`; Ctrl-C and a closed pipe quiet; the API key never printed.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings

import httpx
import pytest
import rplatform
from _support import ROOT
from cli_driver import cli, entry, environment, history  # noqa: F401 (environment: autouse)
from facade_mock import API_KEY, STATUS_BODY, ok, problem
from rplatform._cli import _failure, run
from rplatform._cli._main import main
from rplatform_api.api.billing import get_status

STATUS_CLASSES = [
    (400, 5, "BadRequestError"),
    (401, 3, "AuthenticationError"),
    (403, 4, "PermissionDeniedError"),
    (404, 4, "NotFoundError"),
    (409, 5, "ConflictError"),
    (413, 1, "APIStatusError"),
    (422, 5, "UnprocessableEntityError"),
    (429, 6, "RateLimitError"),
    (500, 6, "InternalServerError"),
    (503, 6, "InternalServerError"),
]


@pytest.mark.parametrize(("code", "status", "name"), STATUS_CLASSES)
def test_each_error_status_has_its_exit_status(code: int, status: int, name: str) -> None:
    ran = cli("billing", "get-status", "--max-retries", "0", answer=problem(code, "it broke"))
    assert (ran.status, ran.out) == (status, "")
    phrase = {413: "Request Entity Too Large", 422: "Unprocessable Entity"}.get(code)
    phrase = phrase or httpx.codes.get_reason_phrase(code)
    # A 401 says which API key was refused, masked, and where it came from.
    key = "; the API key sent, sk_test_…4242, came from RPLATFORM_API_KEY" if code == 401 else ""
    assert ran.err == (
        f"rplatform billing get-status: error: {code} {phrase}: it broke{key} (request_id=req_9)\n"
    )


def test_no_answer_is_exit_status_7() -> None:
    ran = cli("billing", "get-status", "--max-retries", "0",
              answer=httpx.ConnectError("refused"))  # fmt: skip
    assert (ran.status, ran.out) == (7, "")
    assert ran.err == (
        "rplatform billing get-status: error: ConnectError: refused (GET "
        "https://api.test/v1/billing/status)\n"
    )
    ran = cli("billing", "get-status", "--max-retries", "0", answer=httpx.ReadTimeout("slow"))
    assert ran.status == 7
    assert ran.err.startswith("rplatform billing get-status: error: ReadTimeout: slow")


def test_the_settings_a_message_names_are_the_command_lines_options() -> None:
    ran = cli("billing", "get-status", "--max-retries", "0", answer=httpx.ReadTimeout("slow"))
    assert ran.status == 7
    assert ran.err.endswith(
        "(read timeout 60 s each, --max-retries 0): --timeout and --max-retries set how long a "
        "call waits\n"
    )
    ran = cli("--api-key", "sk_test_0000000000004242", "billing", "get-status",
              answer=problem(401, "unknown key"))  # fmt: skip
    assert ran.status == 3
    assert "; the API key sent, sk_test_…4242, came from --api-key (request_id=" in ran.err


def test_a_success_the_api_does_not_document_is_exit_status_1_on_one_line() -> None:
    ran = cli("billing", "get-status", answer=ok({**STATUS_BODY, "has_payment_method": "no"}))
    assert (ran.status, ran.out) == (1, "")
    assert ran.err == (
        "rplatform billing get-status: error: 200 OK: response body does not match the API: "
        "has_payment_method: expected boolean, got 'no' (request_id=req_1)\n"
    )


def test_a_message_of_several_lines_is_printed_on_one() -> None:
    ran = cli("billing", "get-status", "--max-retries", "0",
              answer=problem(404, "no such\nowner\r\n  at all"))  # fmt: skip
    assert ran.err == (
        "rplatform billing get-status: error: 404 Not Found: no such owner at all "
        "(request_id=req_9)\n"
    )


def test_the_exit_statuses_are_those_the_help_documents() -> None:
    assert _failure.status_of(KeyboardInterrupt) == _failure.OTHER
    assert [_failure.status_of(cls) for cls, _ in _failure.STATUSES] == [
        status for _, status in _failure.STATUSES
    ]
    assert sorted({status for _, status in _failure.STATUSES}) == [2, 3, 4, 5, 6, 7]
    assert list(_failure.MEANINGS) == [0, 1, 2, 3, 4, 5, 6, 7, 130, 141]
    assert _failure.message(ValueError("")) == "ValueError"


def test_the_api_key_is_never_printed() -> None:
    ran = cli("billing", "get-status", "--debug", "--max-retries", "0",
              answer=problem(401, f"key {API_KEY} refused"))  # fmt: skip
    assert ran.status == 3
    assert API_KEY not in ran.err and "[REDACTED]" in ran.err


def test_debug_shows_the_requests_and_the_traceback() -> None:
    ran = cli("billing", "get-status", "--debug", "--max-retries", "0", answer=problem(404, "gone"))
    assert ran.status == 4
    assert "[rplatform DEBUG] request GET https://api.test/v1/billing/status" in ran.err
    assert "[rplatform INFO] HTTP GET https://api.test/v1/billing/status -> 404" in ran.err
    assert "Traceback (most recent call last):" in ran.err
    assert "NotFoundError: 404 Not Found: gone (request_id=req_9)\nrplatform billing" in ran.err
    assert ran.err.endswith("rplatform billing get-status: error: 404 Not Found: gone "
                            "(request_id=req_9)\n")  # fmt: skip
    quiet = cli("billing", "get-status", "--max-retries", "0", answer=problem(404, "gone"))
    assert quiet.err.count("\n") == 1  # the log handler is gone with the command


def test_debug_logs_the_sdks_records_alone_one_line_each() -> None:
    ran = cli("billing", "get-status", "--debug", "--format", "json", answer=ok(STATUS_BODY))
    lines = ran.err.splitlines()  # no other library's log (httpx's own "HTTP Request: ...")
    assert [line.partition("] ")[0] for line in lines] == [
        "[rplatform DEBUG",
        "[rplatform INFO",
        "[rplatform DEBUG",
    ]
    assert lines[1] == (
        "[rplatform INFO] HTTP GET https://api.test/v1/billing/status -> 200 (request_id=req_1)"
    )


def test_an_error_after_the_first_pages_ends_the_output_with_its_status() -> None:
    pages = history(300)

    def third_fails(request: httpx.Request) -> httpx.Response:
        return problem(503) if request.url.params.get("cursor") == "200" else pages(request)

    ran = cli("settings", "get-login-history", "--format", "csv", "--max-retries", "0",
              answer=third_fails)  # fmt: skip
    assert ran.status == 6 and len(ran.out.splitlines()) == 201  # the header and two pages
    assert ran.err.startswith("rplatform settings get-login-history: error: 503 ")


def test_ctrl_c_exits_130_quietly() -> None:
    def interrupted(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    ran = cli("billing", "get-status", answer=interrupted)
    assert (ran.status, ran.out, ran.err) == (130, "", "")


class ClosedPipe(io.StringIO):
    """Standard output read by `head -2`: closed after two lines."""

    def write(self, text: str) -> int:
        if (self.getvalue() + text).count("\n") > 2:
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


def test_a_closed_standard_output_stops_the_export_quietly() -> None:
    ran = cli("settings", "get-login-history", "--format", "csv", answer=history(1000),
              stdout=ClosedPipe())  # fmt: skip
    assert (ran.status, ran.err) == (141, "")
    assert len(ran.requests) == 1  # no page is read for nobody
    assert ran.out == "id,created_at,ip_address,user_agent,success,failure_reason\n" + (
        "login_0,2025-06-15T12:00:00+00:00,203.0.113.10,agent,true,\n"
    )


def test_help_into_a_closed_pipe_is_quiet_too() -> None:
    ran = cli("--help", stdout=ClosedPipe())
    assert (ran.status, ran.err) == (141, "")


def test_a_deprecation_is_a_warning_line(monkeypatch: pytest.MonkeyPatch) -> None:
    deprecated = get_status.OPERATION._replace(deprecated=True, replaced_by="billing.get")
    monkeypatch.setattr(get_status, "OPERATION", deprecated)
    monkeypatch.setattr("rplatform.resources._deprecation._warned", set())
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the command line shows it: none escapes to Python
        ran = cli("billing", "get-status", "--field", "status", answer=ok(STATUS_BODY))
    assert (ran.status, ran.out) == (0, "active\n")
    assert ran.err == (
        "rplatform: warning: r.billing.get_status() is deprecated: use r.billing.get() instead.\n"
    )


def test_the_console_script_main_runs_on_the_process_streams(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["rplatform", "--version"])
    assert main() == 0
    assert capsys.readouterr().out == f"rplatform {__import__('rplatform').__version__}\n"
    assert main(["billing", "--bogus"]) == 2
    assert capsys.readouterr().err == (
        "rplatform billing: error: unrecognized option --bogus (see rplatform billing --help)\n"
    )


def test_the_calls_client_is_the_sdks_own_and_is_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    closed: list[tuple[bool, bool]] = []
    close = rplatform.Client.close

    def closing(client: rplatform.Client) -> None:
        close(client)
        closed.append((client._owns_http, client.is_closed))

    monkeypatch.setattr(rplatform.Client, "close", closing)
    err = io.StringIO()
    status = run(["billing", "get-status", "--base-url", "http://127.0.0.1:9", "--max-retries",
                  "0"], stdin=io.StringIO(), stdout=io.StringIO(), stderr=err)  # fmt: skip
    assert status == 7 and "Connection refused" in err.getvalue()
    assert closed == [(True, True)]


def test_import_rplatform_does_not_load_the_command_line() -> None:
    code = (
        "import sys, rplatform; r = rplatform.Client('k'); r.billing; r.settings; "
        "print(sorted(m for m in sys.modules if m.split('.')[:2] in (['rplatform', '_cli'], "
        "['rplatform', '__main__'], ['argparse'])))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)  # fmt: skip
    assert done.stdout == "[]\n"


def test_the_console_script_into_a_closed_pipe_exits_141_and_says_nothing() -> None:
    read, write = os.pipe()
    os.close(read)  # as `| head` does once it has its lines
    try:
        done = subprocess.run(
            [sys.executable, "-m", "rplatform", "--help"],
            stdout=write, stderr=subprocess.PIPE, text=True, check=False, timeout=60,
        )  # fmt: skip
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, "")


def test_python_m_rplatform_is_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "rplatform", "billing", "get-status", "--api-key", "sk_x",
         "--base-url", "http://127.0.0.1:9", "--max-retries", "0"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (7, "")
    assert done.stderr == (
        "rplatform billing get-status: error: ConnectError: [Errno 111] Connection refused "
        "(GET http://127.0.0.1:9/v1/billing/status)\n"
    )


def test_debug_is_taken_at_every_level() -> None:
    for words in (("--debug", "billing", "get-status"), ("billing", "--debug", "get-status")):
        ran = cli(*words, "--field", "status", answer=ok(STATUS_BODY))
        assert (ran.status, ran.out) == (0, "active\n")
        assert ran.err.splitlines()[1] == (
            "[rplatform INFO] HTTP GET https://api.test/v1/billing/status -> 200 (request_id=req_1)"
        ), words


def test_the_debug_log_ends_with_its_command() -> None:
    logged = io.StringIO()
    words = ["billing", "get-status", "--field", "status"]
    with httpx.Client(transport=httpx.MockTransport(lambda _: ok(STATUS_BODY))) as http:
        run([*words, "--debug"], stdin=io.StringIO(), stdout=io.StringIO(), stderr=logged,
            http_client=http)  # fmt: skip
        before = logged.getvalue()
        assert before.count("\n") == 3
        run(words, stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO(),
            http_client=http)  # fmt: skip
    assert logged.getvalue() == before  # an in-process caller's next command logs nothing there


def test_python_decides_the_warnings_other_than_a_deprecation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deprecated = get_status.OPERATION._replace(deprecated=True, replaced_by="billing.get")
    monkeypatch.setattr(get_status, "OPERATION", deprecated)
    monkeypatch.setattr("rplatform.resources._deprecation._warned", set())

    def answer(request: httpx.Request) -> httpx.Response:
        warnings.warn("a library under the SDK warns", UserWarning, stacklevel=1)
        return ok(STATUS_BODY)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # as PYTHONWARNINGS=ignore asks
        ran = cli("billing", "get-status", "--field", "status", answer=answer)
    assert (ran.status, ran.out) == (0, "active\n")
    assert ran.err == (
        "rplatform: warning: r.billing.get_status() is deprecated: use r.billing.get() instead.\n"
    )
