"""The command line's arguments: each method's parameters as options and positionals, typed and
checked as the SDK checks them, the per-call options, the configuration, and every mistake as
one line naming it (with the closest right word), exit status 2 and nothing sent.
"""

from __future__ import annotations

import json

import httpx
import pytest
from cli_driver import BASE_URL, cli, environment  # noqa: F401 (environment: an autouse fixture)
from facade_mock import API_KEY, STATUS_BODY, ok

PREFERENCES = {
    "notifications": {"in_app": True, "push": True, "email": False},
    "privacy": {"profile_visibility": "network", "show_email": False, "show_location": True},
    "appearance": {"theme": "dark", "timezone": None, "locale": "en-US"},
}


def sent_json(request: httpx.Request) -> object:
    return json.loads(request.content)


def refused(*words: str, stdin: str = "") -> str:
    """The command is refused with exit status 2 and one line on stderr, nothing sent."""
    ran = cli(*words, stdin=stdin)
    assert (ran.status, ran.out, ran.requests) == (2, "", [])
    assert ran.err.count("\n") == 1, ran.err
    return ran.err.rstrip("\n")


# -- arguments become the request ----------------------------------------------------------


def test_options_in_kebab_case_are_the_methods_keyword_arguments() -> None:
    ran = cli("billing", "get-usage", "--organization-id", "org_1", "--year", "2025",
              "--month", "06", answer=ok({}))  # fmt: skip
    (request,) = ran.requests
    assert request.method == "GET" and request.url.path == "/v1/billing/usage"
    assert dict(request.url.params) == {"organization_id": "org_1", "year": "2025", "month": "6"}
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


def test_a_path_id_is_positional_and_from_is_the_option_of_from_() -> None:
    ran = cli("billing", "get-project-usage", "proj_9", "--from", "2025-06-01",
              "--to", "2025-06-30", answer=ok([]))  # fmt: skip
    (request,) = ran.requests
    assert request.url.path == "/v1/billing/projects/proj_9/usage"
    assert dict(request.url.params) == {"from": "2025-06-01", "to": "2025-06-30"}
    assert (ran.status, ran.out) == (0, "[]\n")


def test_a_boolean_is_a_pair_of_flags() -> None:
    ran = cli("settings", "update-notifications", "--push", "--no-email", answer=ok(PREFERENCES))
    (request,) = ran.requests
    assert sent_json(request) == {"push": True, "email": False}


def test_a_setting_that_none_clears_has_a_no_flag_that_sends_null() -> None:
    ran = cli("settings", "update-appearance", "--no-timezone", "--locale", "de-DE",
              answer=ok(PREFERENCES))  # fmt: skip
    assert sent_json(ran.requests[0]) == {"timezone": None, "locale": "de-DE"}
    ran = cli("settings", "update-appearance", "--theme", "light", answer=ok(PREFERENCES))
    assert sent_json(ran.requests[0]) == {"theme": "light"}


def test_numbers_are_numbers_in_the_body() -> None:
    ran = cli("billing", "record-ai-usage", "--project-id", "proj_1", "--input-tokens", "1_500",
              "--output-tokens", "800", "--cost-cents", "0.05", "--provider-model", "m/x",
              answer=ok({}, 201))  # fmt: skip
    assert sent_json(ran.requests[0]) == {
        "project_id": "proj_1", "input_tokens": 1500, "output_tokens": 800, "cost_cents": 0.05,
        "provider_model": "m/x",
    }  # fmt: skip


def test_a_secret_given_as_a_dash_is_read_from_standard_input() -> None:
    ran = cli("settings", "change-password", "--current-password", "-", "--new-password", "-",
              stdin="old secret\r\nnew secret 123\n", answer=httpx.Response(204))  # fmt: skip
    assert sent_json(ran.requests[0]) == {
        "current_password": "old secret", "new_password": "new secret 123"
    }  # fmt: skip
    assert (ran.status, ran.out, ran.err) == (0, "", "")
    ran = cli("settings", "verify-email-change", "-", stdin="tok_1", answer=ok({"message": "m"}))
    assert sent_json(ran.requests[0]) == {"token": "tok_1"}


def test_a_secret_given_as_text_is_sent_as_it_is() -> None:
    ran = cli("settings", "change-password", "--current-password", "old-1", "--new-password", "-",
              stdin="new-2\n", answer=httpx.Response(204))  # fmt: skip
    assert sent_json(ran.requests[0]) == {"current_password": "old-1", "new_password": "new-2"}


def test_a_dash_is_text_where_the_field_is_not_secret() -> None:
    ran = cli("settings", "update-appearance", "--locale", "-", answer=ok(PREFERENCES))
    assert sent_json(ran.requests[0]) == {"locale": "-"}


def test_standard_input_that_ends_early_is_named() -> None:
    assert refused(
        "settings", "change-password", "--current-password", "-", "--new-password", "-",
        stdin="only one\n",
    ) == (
        "rplatform settings change-password: error: argument --new-password: standard input "
        "ended before its value"
    )  # fmt: skip


# -- per-call options --------------------------------------------------------------------------


def test_timeout_is_the_calls_timeout() -> None:
    ran = cli("billing", "get-status", "--timeout", "2.5", answer=ok(STATUS_BODY))
    timeout = ran.requests[0].extensions["timeout"]
    assert timeout == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_max_retries_is_the_calls_number_of_retries() -> None:
    answers = iter([httpx.Response(503), ok(STATUS_BODY)])
    ran = cli("billing", "get-status", "--max-retries", "0", answer=lambda _: next(answers))
    assert (ran.status, len(ran.requests)) == (6, 1)


def test_a_post_takes_an_idempotency_key_and_makes_one_without() -> None:
    customer = {"stripe_customer_id": "cus_1", "is_new": False}
    ran = cli("billing", "ensure-customer", "--idempotency-key", "key-1", answer=ok(customer))
    assert ran.requests[0].headers["idempotency-key"] == "key-1"
    ran = cli("billing", "ensure-customer", answer=ok(customer))
    assert len(ran.requests[0].headers["idempotency-key"]) == 36  # a uuid4
    assert "--idempotency-key" in refused("billing", "get-status", "--idempotency-key", "k")


# -- configuration -----------------------------------------------------------------------------


def test_api_key_and_base_url_options_win_over_the_environment() -> None:
    ran = cli("--api-key", "sk_other", "billing", "get-status", "--base-url",
              "https://elsewhere.test/", answer=ok(STATUS_BODY))  # fmt: skip
    (request,) = ran.requests
    assert str(request.url) == "https://elsewhere.test/v1/billing/status"
    assert request.headers["authorization"] == "Bearer sk_other"


def test_the_environment_configures_the_client_as_for_the_sdk() -> None:
    (request,) = cli("billing", "get-status", answer=ok(STATUS_BODY)).requests
    assert str(request.url) == f"{BASE_URL}/v1/billing/status"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


def test_without_a_key_the_command_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RPLATFORM_API_KEY")
    assert refused("billing", "get-status") == (
        "rplatform billing get-status: error: no API key: pass --api-key or set RPLATFORM_API_KEY"
    )


def test_a_bad_key_or_url_is_named_as_it_was_given(monkeypatch: pytest.MonkeyPatch) -> None:
    assert refused("billing", "get-status", "--api-key", "sk_a b") == (
        "rplatform billing get-status: error: --api-key must contain only visible ASCII "
        "characters, and this one has a space, a line break or another character a key never "
        "has (a key read from a file keeps its final line break: strip() it)"
    )
    assert refused("billing", "get-status", "--base-url", "ftp://x") == (
        "rplatform billing get-status: error: --base-url must be an http:// or https:// URL, "
        "such as 'https://api.example.com' or 'http://127.0.0.1:8787'"
    )
    monkeypatch.setenv("RPLATFORM_BASE_URL", "api.test")
    assert refused("billing", "get-status").endswith(
        "error: RPLATFORM_BASE_URL must be an http:// or https:// URL, such as "
        "'https://api.example.com' or 'http://127.0.0.1:8787'"
    )


def test_the_output_options_are_taken_at_every_level_the_deepest_winning() -> None:
    answer = ok([{"id": "s", "user_agent": "a", "ip_address": "i", "is_current": True,
                  "created_at": "2025-06-15T12:00:00Z", "last_active_at": "2025-06-15T12:00:00Z",
                  "expires_at": "2025-06-15T12:00:00Z"}])  # fmt: skip
    for words in (
        ("--format", "csv", "settings", "list-sessions"),
        ("settings", "--format", "csv", "list-sessions"),
        ("settings", "list-sessions", "--format", "csv"),
        ("--format", "json", "settings", "--format", "jsonl", "list-sessions", "--format", "csv"),
    ):
        assert cli(*words, answer=answer).out.startswith("id,user_agent,"), words


# -- mistakes ----------------------------------------------------------------------------------


def test_a_value_that_is_not_a_number_is_named() -> None:
    assert refused("billing", "get-usage", "--year", "20x5", "--month", "6") == (
        "rplatform billing get-usage: error: argument --year: expected a whole number, got '20x5'"
    )
    assert refused("billing", "record-ai-usage", "--project-id", "p", "--input-tokens", "1",
                   "--output-tokens", "1", "--cost-cents", "five", "--provider-model", "m") == (
        "rplatform billing record-ai-usage: error: argument --cost-cents: expected a number, got "
        "'five'"
    )  # fmt: skip


def test_the_sdks_own_checks_refuse_before_anything_is_sent() -> None:
    prefix = "rplatform billing get-usage: error: "
    assert refused("billing", "get-usage", "--year", "2025", "--month", "13") == (
        f"{prefix}month must be <= 12, got 13"
    )
    assert refused("billing", "get-usage", "--year", "2025") == (
        f"{prefix}pass year and month together, or neither for the current month"
    )
    assert refused("billing", "get-usage", "--user-id", "u", "--organization-id", "o") == (
        f"{prefix}pass user_id or organization_id, not both"
    )
    assert refused("settings", "update-appearance", "--theme", "darkk") == (
        "rplatform settings update-appearance: error: theme must be one of 'dark', 'light', "
        "'system', got 'darkk'"
    )
    assert refused("billing", "record-ai-usage", "--project-id", "p", "--input-tokens", "1",
                   "--output-tokens", "1", "--cost-cents", "nan", "--provider-model", "m") == (
        "rplatform billing record-ai-usage: error: cost_cents must be a finite number, got nan"
    )  # fmt: skip


def test_a_misspelt_resource_method_or_option_gets_the_closest_one() -> None:
    assert refused("biling", "get-status") == (
        "rplatform: error: unknown resource 'biling'; did you mean 'billing'?"
    )
    assert refused("billing", "get-stauts") == (
        "rplatform billing: error: unknown method 'get-stauts'; did you mean 'get-status'?"
    )
    assert refused("billing", "get_status") == (
        "rplatform billing: error: unknown method 'get_status'; did you mean 'get-status'?"
    )
    assert refused("billing", "get-status", "--organisation-id", "org_1") == (
        "rplatform billing get-status: error: unrecognized option --organisation-id; did you "
        "mean --organization-id?"
    )
    assert refused("--formt", "csv", "billing", "get-status") == (
        "rplatform: error: unrecognized option --formt; did you mean --format?"
    )
    assert refused("billing", "--formt", "csv", "get-status") == (
        "rplatform billing: error: unrecognized option --formt; did you mean --format?"
    )


def test_a_word_without_a_close_one_lists_the_choices_or_its_resource() -> None:
    assert refused("usage") == (
        "rplatform: error: unknown resource 'usage'; choose from billing, notifications, settings"
    )
    assert refused("get-login-history") == (
        "rplatform: error: unknown resource 'get-login-history'; it is a method of settings: "
        "rplatform settings get-login-history"
    )
    assert refused("notifications", "get-status") == (
        "rplatform notifications: error: unknown method 'get-status'; it is a method of "
        "billing: rplatform billing get-status"
    )
    assert refused("notifications", "frobnicate") == (
        "rplatform notifications: error: unknown method 'frobnicate'; choose from "
        "register-token, unregister-token"
    )
    assert refused("billing", "get-status", "--zzz") == (
        "rplatform billing get-status: error: unrecognized option --zzz (see rplatform billing "
        "get-status --help)"
    )


def test_a_missing_resource_method_or_argument_is_named() -> None:
    assert refused() == (
        "rplatform: error: name a resource: billing, notifications, settings (see rplatform --help)"
    )
    assert refused("notifications") == (
        "rplatform notifications: error: name a method: register-token, unregister-token (see "
        "rplatform notifications --help)"
    )
    assert refused("settings", "revoke-session") == (
        "rplatform settings revoke-session: error: the following arguments are required: SESSION_ID"
    )
    assert refused("notifications", "register-token", "--device-id", "d") == (
        "rplatform notifications register-token: error: the following arguments are required: "
        "--token, --platform"
    )


def test_an_option_is_never_abbreviated() -> None:
    assert refused("billing", "get-status", "--org", "org_1").startswith(
        "rplatform billing get-status: error: unrecognized option --org"
    )


def test_a_value_in_the_wrong_place_is_never_echoed() -> None:
    secret = "s3cret-Passw0rd"
    message = refused("settings", "revoke-session", "session_1", secret)
    assert message == (
        "rplatform settings revoke-session: error: 1 argument(s) more than it takes (not shown: "
        "one may be a secret)"
    )
    assert refused("settings", "revoke-session", "session_1", "-") == message
    for words in (
        ("settings", "change-password", "--current-password", "x", f"--new-passwrd={secret}"),
        ("settings", "change-password", "--current-password", "x", "--new-passwrd", secret),
    ):
        assert refused(*words) == (
            "rplatform settings change-password: error: unrecognized option --new-passwrd; did "
            "you mean --new-password?"
        )


def test_a_misspelled_option_is_named_up_to_the_first_equals_sign() -> None:
    # The rest is the value, which may hold "=" itself (base64 padding): never shown.
    words = ("settings", "change-password", "--current-password", "x", "--new-passwrd=s3cret==")
    assert refused(*words) == (
        "rplatform settings change-password: error: unrecognized option --new-passwrd; did "
        "you mean --new-password?"
    )


def test_a_setting_that_none_does_not_clear_has_no_no_flag() -> None:
    assert refused("billing", "get-project-usage", "proj_1", "--no-from") == (
        "rplatform billing get-project-usage: error: unrecognized option --no-from; did you mean "
        "--from?"
    )


def test_an_unknown_option_is_named_before_a_missing_path_id() -> None:
    assert refused("settings", "revoke-session", "--all") == (
        "rplatform settings revoke-session: error: unrecognized option --all (see rplatform "
        "settings revoke-session --help)"
    )
