"""help() of an API method, word for word: the sections a user reads in Jupyter (`r.x.y?`).

test_docstrings.py checks that every method's help says what openapi.yaml says; these tests pin
the exact layout of a few methods' help (wrapping at 96 columns, the rules of each argument, the
per-call options, the statuses named by the exception they raise with their kinds of problem)
and of the pieces it is composed of, from metadata written here.
"""

from __future__ import annotations

import inspect
import re
from typing import Annotated, Any

import rplatform
from rplatform._types import _names, options_help
from rplatform.resources._docs import (
    _annotation,
    _args,
    _example,
    _raises,
    _success,
    described,
)
from rplatform_api.api import Field, Operation, Status


class Options(rplatform.RequestOptions, total=False):
    """Per-call options of a kind of method to come: one without a note, one with two."""

    plain: int
    noted: Annotated[int, 5, "first note", "second note"]


def sections(method: Any) -> dict[str, str]:
    """The `Name:` sections of a method's help, each as its exact text."""
    doc = inspect.getdoc(method) or ""
    parts = re.split(r"\n\n(?=(?:Args|Returns|Raises|Example):\n)", doc)
    return {part.split(":\n", 1)[0]: part.split(":\n", 1)[1] for part in parts[1:]}


USAGE_ARGS = """\
    user_id (str | None): A user's id (`usr_...`): that user's personal billing. Not with
        `organization_id`. At most 64 characters.
    organization_id (str | None): An organization's id (`org_...`): its billing. Not with
        `user_id`. At most 64 characters.
    year (int | None): Calendar year of the billing period (UTC), with `month`; neither: the
        current month. 2000 <= year <= 2100.
    month (int | None): Calendar month of the billing period, 1-12 (UTC), with `year`. 1 <=
        month <= 12.
    **options: `timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call."""

USAGE_RAISES = """\
    ValueError, TypeError: an argument is invalid; nothing was sent.
    BadRequestError: 400 (validation-failed, malformed-body).
    AuthenticationError: 401 (unauthenticated).
    PermissionDeniedError: 403 (not-a-member, forbidden, wrong-password).
    UnprocessableEntityError: 422 (validation-failed, idempotency-key-reused).
    RateLimitError: 429 (rate-limited), after the retries.
    InternalServerError: 500 (internal), 503 (unavailable), after the retries.
    APIConnectionError: no answer (APITimeoutError: a timeout expired), after the retries.
    APIResponseValidationError: a success whose body is not what openapi.yaml documents."""

USAGE_EXAMPLE = """\
    >>> usage = r.billing.get_usage(organization_id="org_123", year=2025, month=6)
    >>> print(f"Sandbox compute: {usage.sandbox_compute_hours}h")
    >>> print(f"AI cost: ${usage.ai_cost_cents / 100:.2f}")
    >>> for item in usage.line_items:
    ...     print(f" {item.name}: {item.quantity} {item.unit} = ${item.total_cost:.2f}")"""


def test_help_of_get_usage_reads_word_for_word() -> None:
    help_text = sections(rplatform.Client("sk_test_unused").billing.get_usage)
    assert help_text == {
        "Args": USAGE_ARGS,
        "Returns": "    UsageSummary: The owner's usage and cost for the month.",
        "Raises": USAGE_RAISES,
        "Example": USAGE_EXAMPLE,
    }


def test_help_of_a_post_says_an_idempotency_key_is_made_and_names_every_status() -> None:
    help_text = sections(rplatform.Client("sk_test_unused").billing.record_ai_usage)
    assert help_text["Args"].endswith(
        "    reasoning_tokens (int | None): Reasoning tokens, if the model reports them. 0 <=\n"
        "        reasoning_tokens <= 1,000,000,000,000. Default 0.\n"
        "    **options: `timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call,"
        " and\n"
        "        `idempotency_key=` (by default one is made per call and reused by its retries)."
    )
    assert help_text["Returns"] == "    AiUsageRecord: The recorded usage."
    assert help_text["Raises"].splitlines()[4:8] == [
        "    NotFoundError: 404 (not-found).",
        "    APIStatusError: 413 (body-too-large), 415 (unsupported-media-type).",
        "    UnprocessableEntityError: 422 (validation-failed, idempotency-key-reused).",
        "    RateLimitError: 429 (rate-limited), after the retries.",
    ]


def test_help_of_an_enum_argument_lists_its_values_in_the_specs_order() -> None:
    help_text = sections(rplatform.Client("sk_test_unused").settings.update_appearance)
    assert help_text["Args"].startswith(
        "    theme (str | Theme | None): The interface theme; `system` follows the device. One"
        " of\n        'system', 'light', 'dark'.\n"
    )


def test_an_argument_left_out_by_default_reads_not_given_and_is_falsy() -> None:
    method = rplatform.Client("sk_test_unused").settings.update_appearance
    parameters = str(inspect.signature(method)).split(", ")
    assert parameters[2:4] == [
        "timezone: 'str | NotGiven | None' = NOT_GIVEN",
        "locale: 'str | NotGiven | None' = NOT_GIVEN",
    ]
    assert repr(rplatform.NOT_GIVEN) == "NOT_GIVEN" and not rplatform.NOT_GIVEN


def test_help_in_raw_mode_returns_a_raw_response_of_the_result() -> None:
    raw = rplatform.Client("sk_test_unused").with_raw_response.settings.revoke_session
    assert sections(raw)["Returns"] == "    RawResponse[None]: The session was revoked."


def test_statuses_without_their_own_exception_are_named_by_their_class() -> None:
    # 500 and 502 are server errors (retried); 418 and 499 have no class of their own.
    errors = [Status(400, "", ("validation-failed",)), Status(418, ""), Status(499, ""),
              Status(500, "", ("internal",)), Status(502, "")]  # fmt: skip
    assert _raises(errors) == [
        "ValueError, TypeError: an argument is invalid; nothing was sent.",
        "BadRequestError: 400 (validation-failed).",
        "APIStatusError: 418, 499.",
        "InternalServerError: 500 (internal), 502, after the retries.",
        "APIConnectionError: no answer (APITimeoutError: a timeout expired), after the retries.",
        "APIResponseValidationError: a success whose body is not what openapi.yaml documents.",
    ]


def test_an_annotation_that_is_a_class_is_named_by_the_class() -> None:
    assert _annotation(int) == "int"
    assert _annotation("int | None") == "int | None"
    assert _annotation(int | None) == "int | None"  # no __name__ of its own: its repr


def operation(*fields: Field) -> Operation:
    return Operation("doIt", "things", "GET", "/v1/things", "Do it.", "", (), fields, (), ())


def test_options_of_an_unknown_kind_are_called_per_call_options() -> None:
    def method(self: object, name: str, **options: Any) -> None:
        """Unused."""

    described_here = operation(Field("name", "name", description="The name."),
                               Field("other", "other", description="Not a parameter."))  # fmt: skip
    assert _args(method, described_here) == (
        "Args:\n    name (str): The name.\n    **options: per-call options."
    )


def test_a_parameter_the_spec_does_not_describe_has_only_its_type() -> None:
    def method(self: object, undocumented: int) -> None:
        """Unused."""

    assert _args(method, operation()) == "Args:\n    undocumented (int):"


def test_the_example_is_everything_from_the_first_prompt_on_dedented() -> None:
    docstring = "Get it.\n\nSome text.\n\n    >>> r.x.get(\n    ...     1,\n    ... )\n    >>> 2"
    assert _example(docstring) == ">>> r.x.get(\n...     1,\n... )\n>>> 2"
    assert _example("Get it.\n\nNo example here.") == ""


def test_one_success_is_its_description_and_several_are_each_with_its_status() -> None:
    assert _success([Status(200, "The thing.")]) == "The thing."
    both = [Status(200, "Updated."), Status(201, "Registered.")]
    assert _success(both) == "200: Updated. 201: Registered."
    assert _success([Status(204, ""), Status(200, "Done.")]) == "Done."
    assert _success([]) == ""


def rule(**facts: Any) -> Field:
    return Field("n", "n", description="A number.", **facts)


def test_the_rules_of_a_field_follow_its_description_as_one_sentence() -> None:
    assert described(rule()) == "A number."
    assert described(rule(minimum=1, maximum=12)) == "A number. 1 <= n <= 12."
    assert described(rule(minimum=0)) == "A number. 0 <= n."
    assert described(rule(maximum=10**9)) == "A number. n <= 1,000,000,000."
    assert described(rule(minimum=0, exclusive_minimum=True, maximum=9999,
                          exclusive_maximum=True)) == "A number. 0 < n < 9999."  # fmt: skip
    assert described(rule(maximum=10_000)) == "A number. n <= 10,000."
    assert described(rule(enum=("b", "a"))) == "A number. One of 'b', 'a'."
    assert described(rule(default=100, minimum=1)) == "A number. 1 <= n. Default 100."
    assert described(rule(default=0)) == "A number. Default 0."
    assert described(Field("n", "n")) == ""
    assert described(Field("n", "n", default="x")) == "Default 'x'."


def test_the_lengths_of_a_text_say_what_an_argument_that_is_not_empty_may_be() -> None:
    assert described(rule(min_length=1)) == "A number."  # an empty argument is refused anyway
    assert described(rule(min_length=1, max_length=64)) == "A number. At most 64 characters."
    assert described(rule(max_length=20_000)) == "A number. At most 20,000 characters."
    assert described(rule(min_length=8, max_length=128)) == "A number. 8 to 128 characters."
    assert described(rule(min_length=2)) == "A number. At least 2 characters."


def test_a_shortest_length_above_one_is_said_with_the_longest() -> None:
    assert described(rule(min_length=2, max_length=5)) == "A number. 2 to 5 characters."
    assert described(rule(min_length=0, max_length=5)) == "A number. At most 5 characters."
    assert described(rule(min_length=0)) == "A number."


def test_the_options_of_a_call_are_named_from_their_typed_dict() -> None:
    assert options_help(rplatform.RequestOptions) == (
        "`timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call."
    )
    assert options_help(rplatform.PostOptions) == (
        "`timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call, and "
        "`idempotency_key=` (by default one is made per call and reused by its retries)."
    )
    assert options_help(Options) == (
        "`timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call, and `plain=`, "
        "and `noted=` (first note) (second note)."
    )
    assert [_names(["a"]), _names(["a", "b"])] == ["`a=`", "`a=` and `b=`"]


def test_a_signature_shows_the_result_type_of_the_mode_without_call() -> None:
    from rplatform.resources.settings import Settings

    endpoint = Settings.__dict__["get_login_history"]
    endpoint.__dict__.pop("_signatures", None)  # cached: computed again, here
    client = rplatform.Client("sk_test_unused")
    keywords = (
        "*, limit: 'int | None' = None, page_size: 'int | None' = None, cursor: 'str | None' = "
        "None, **options: 'Unpack[RequestOptions]'"
    )
    assert str(inspect.signature(client.settings.get_login_history)) == (
        f"({keywords}) -> 'ListResult[LoginHistoryEntry]'"
    )
    assert str(inspect.signature(client.with_raw_response.settings.get_login_history)) == (
        f"({keywords}) -> 'RawResponse[ListResult[LoginHistoryEntry]]'"
    )
    # help(Settings) shows the method with self (read each time: not cached)
    assert str(inspect.signature(Settings.get_login_history)) == (
        f"(self, {keywords}) -> 'ListResult[LoginHistoryEntry]'"
    )
    assert str(inspect.signature(Settings.revoke_session)).endswith(") -> 'None'")
