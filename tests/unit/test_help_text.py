"""help() of an API method, word for word: the sections a user reads in Jupyter (`r.x.y?`).

test_docstrings.py checks that every method's help says what openapi.yaml says; these tests pin
the exact layout of a few methods' help (wrapping at 96 columns, the per-call options, the
statuses named by the exception they raise) and of the pieces it is composed of.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import rplatform
from rplatform.resources._docs import _annotation, _args, _example, _raises, parse


def sections(method: Any) -> dict[str, str]:
    """The `Name:` sections of a method's help, each as its exact text."""
    doc = inspect.getdoc(method) or ""
    parts = re.split(r"\n\n(?=(?:Args|Returns|Raises|Example):\n)", doc)
    return {part.split(":\n", 1)[0]: part.split(":\n", 1)[1] for part in parts[1:]}


USAGE_ARGS = """\
    user_id (str | None): A user's id (`usr_...`): that user's personal billing. Not with
        `organization_id`.
    organization_id (str | None): An organization's id (`org_...`): its billing. Not with
        `user_id`.
    year (int | None): Calendar year of the billing period (UTC), with `month`; neither: the
        current month.
    month (int | None): Calendar month of the billing period, 1-12 (UTC), with `year`.
    **options: `timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call."""

USAGE_RAISES = """\
    ValueError, TypeError: an argument is invalid; nothing was sent.
    BadRequestError: 400.
    AuthenticationError: 401.
    PermissionDeniedError: 403.
    UnprocessableEntityError: 422.
    RateLimitError: 429, after the retries.
    InternalServerError: 500, 503, after the retries.
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
        "    reasoning_tokens (int | None): Reasoning tokens, if the model reports them.\n"
        "    **options: `timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call,"
        " and\n"
        "        `idempotency_key=` (by default one is made per call and reused by its retries)."
    )
    assert help_text["Returns"] == "    AiUsageRecord: The recorded usage."
    assert help_text["Raises"].splitlines()[4:8] == [
        "    NotFoundError: 404.",
        "    APIStatusError: 413, 415.",
        "    UnprocessableEntityError: 422.",
        "    RateLimitError: 429, after the retries.",
    ]


def test_help_in_raw_mode_returns_a_raw_response_of_the_result() -> None:
    raw = rplatform.Client("sk_test_unused").with_raw_response.settings.revoke_session
    assert sections(raw)["Returns"] == "    RawResponse[None]: The session was revoked."


def test_statuses_without_their_own_exception_are_named_by_their_class() -> None:
    # 500 and 502 are server errors (retried); 418 and 499 have no class of their own.
    assert _raises([400, 418, 499, 500, 502]) == [
        "ValueError, TypeError: an argument is invalid; nothing was sent.",
        "BadRequestError: 400.",
        "APIStatusError: 418, 499.",
        "InternalServerError: 500, 502, after the retries.",
        "APIConnectionError: no answer (APITimeoutError: a timeout expired), after the retries.",
        "APIResponseValidationError: a success whose body is not what openapi.yaml documents.",
    ]


def test_an_annotation_that_is_a_class_is_named_by_the_class() -> None:
    assert _annotation(int) == "int"
    assert _annotation("int | None") == "int | None"
    assert _annotation(int | None) == "int | None"  # no __name__ of its own: its repr


def test_options_of_an_unknown_kind_are_called_per_call_options() -> None:
    def method(self: object, name: str, **options: Any) -> None:
        """Unused."""

    operation = parse("Do it.\n\nArgs:\n    name: The name.\n    other: Not a parameter.")
    assert _args(method, operation) == (
        "Args:\n    name (str): The name.\n    **options: per-call options."
    )


def test_a_parameter_the_spec_does_not_describe_has_only_its_type() -> None:
    def method(self: object, undocumented: int) -> None:
        """Unused."""

    assert _args(method, parse("Do it.")) == "Args:\n    undocumented (int):"


def test_the_example_is_everything_from_the_first_prompt_on_dedented() -> None:
    docstring = "Get it.\n\nSome text.\n\n    >>> r.x.get(\n    ...     1,\n    ... )\n    >>> 2"
    assert _example(docstring) == ">>> r.x.get(\n...     1,\n... )\n>>> 2"
    assert _example("Get it.\n\nNo example here.") == ""


def test_a_success_described_on_several_lines_is_one_sentence() -> None:
    operation = parse("Get it.\n\nSuccess (200): The owner's\n    usage for\n    the month.")
    assert operation.success == "The owner's usage for the month."


def test_text_under_a_section_before_its_first_entry_is_ignored() -> None:
    operation = parse("Get it.\n\nArgs:\n  stray text\n    year: The year.\n      continued.")
    assert operation.fields == {"year": "The year. continued."}
