"""Deprecation flows from openapi.yaml: an operation, a parameter or a body field it marks
`deprecated` warns once per process at the user's line, naming what to use instead
(`x-replaced-by`), and help() says so first.

The operations' metadata is edited here as `nox -s generate` would write it (nothing in
openapi.yaml is deprecated today); tests/maintainer/test_spec_deprecation.py does the same end
to end, from openapi.yaml through the generator. The scripts run as `__main__` under Python's
default warning filters, which show a DeprecationWarning only when it is attributed to
`__main__`: a warning attributed to a line inside rplatform would not be seen at all.
"""

from __future__ import annotations

import runpy
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import rplatform
from facade_mock import STATUS_BODY, Recorder, ok
from rplatform.resources import _deprecation
from rplatform.resources._docs import compose
from rplatform_api.api import Operation
from rplatform_api.api.billing import get_periods, get_status, get_usage
from rplatform_api.api.settings import revoke_session, update_appearance

PERIODS = {"periods": [], "current": {"year": 2026, "month": 12, "label": "December 2026"}}
USAGE_BODY: dict[str, Any] = {}  # the warning comes before the answer is read
PERIODS_WARNING = "r.billing.get_periods() is deprecated: use r.billing.get_usage() instead."
YEAR_WARNING = "r.billing.get_usage(): argument year is deprecated: use month instead."


def deprecate_fields(operation: Operation, **replaced_by: str) -> Operation:
    """`operation` with these parameters or body fields deprecated, each replaced by the one
    named ("" for none)."""

    def edit(fields: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(
            field._replace(deprecated=True, replaced_by=replaced_by[field.name])
            if field.name in replaced_by
            else field
            for field in fields
        )

    return operation._replace(parameters=edit(operation.parameters), body=edit(operation.body))


@pytest.fixture
def deprecated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """getPeriods deprecated for getUsage, getUsage's `year` for `month`; getStatus,
    revokeSession's path parameter and updateAppearance's body field `theme` with nothing named
    instead."""
    periods = get_periods.OPERATION._replace(deprecated=True, replaced_by="billing.get_usage")
    monkeypatch.setattr(get_periods, "OPERATION", periods)
    monkeypatch.setattr(get_status, "OPERATION", get_status.OPERATION._replace(deprecated=True))
    monkeypatch.setattr(get_usage, "OPERATION", deprecate_fields(get_usage.OPERATION, year="month"))
    monkeypatch.setattr(
        revoke_session, "OPERATION", deprecate_fields(revoke_session.OPERATION, session_id="")
    )
    monkeypatch.setattr(
        update_appearance, "OPERATION", deprecate_fields(update_appearance.OPERATION, theme="")
    )
    monkeypatch.setattr(_deprecation, "_warned", set())
    yield
    compose.cache_clear()  # no deprecated help() outlives the test


def run_script(
    tmp_path: Path, source: str, client: rplatform.Client
) -> list[warnings.WarningMessage]:
    """Run `source` as the script `__main__` (with `r` the client), under Python's default
    filters for DeprecationWarning; the warnings shown."""
    script = tmp_path / "script.py"
    script.write_text(source, encoding="utf-8")
    with warnings.catch_warnings(record=True) as shown:
        warnings.resetwarnings()
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
        runpy.run_path(str(script), init_globals={"r": client}, run_name="__main__")
    return shown


def said(shown: list[warnings.WarningMessage]) -> list[tuple[str, int, type[Warning], str]]:
    return [(Path(w.filename).name, w.lineno, w.category, str(w.message)) for w in shown]


@pytest.mark.usefixtures("deprecated")
def test_a_deprecated_method_warns_once_at_the_scripts_line(
    recorder: Callable[..., Recorder], tmp_path: Path
) -> None:
    rec = recorder(ok(PERIODS))
    source = (
        "first = r.billing.get_periods()\n"
        "for _ in range(3):\n"
        "    r.billing.get_periods(organization_id='org_123')\n"
        "r.with_raw_response.billing.get_periods()\n"
    )
    shown = run_script(tmp_path, source, rec.client)
    assert said(shown) == [("script.py", 1, DeprecationWarning, PERIODS_WARNING)]
    assert len(rec.requests) == 5  # every call is still made


@pytest.mark.usefixtures("deprecated")
def test_a_deprecated_call_still_sends_every_argument_it_is_given(
    recorder: Callable[..., Recorder],
) -> None:
    rec = recorder(ok(PERIODS))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        periods = rec.client.billing.get_periods(organization_id="org_123")
    assert rec.requests[0].url.params["organization_id"] == "org_123"
    assert periods.to_dict() == PERIODS


@pytest.mark.usefixtures("deprecated")
def test_a_method_deprecated_for_nothing_else_says_it_may_go(
    recorder: Callable[..., Recorder], tmp_path: Path
) -> None:
    rec = recorder(ok(STATUS_BODY))
    source = "r.billing.get_status()\nr.billing.get_status()\n"
    assert said(run_script(tmp_path, source, rec.client)) == [
        (
            "script.py",
            1,
            DeprecationWarning,
            "r.billing.get_status() is deprecated: it may be removed in a future version.",
        )
    ]
    assert (rec.client.billing.get_status.__doc__ or "").startswith(
        "Deprecated: it may be removed in a future version.\n\nGet billing status "
    )


@pytest.mark.usefixtures("deprecated")
def test_a_method_deprecated_for_nothing_else_names_no_replacement(
    recorder: Callable[..., Recorder],
) -> None:
    # Only the words: the line a warning names is checked by the scripts above.
    client = recorder(ok(STATUS_BODY)).client
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        client.billing.get_status()
    may_go = "it may be removed in a future version."
    assert [str(w.message) for w in shown] == [f"r.billing.get_status() is deprecated: {may_go}"]
    assert (client.billing.get_status.__doc__ or "").startswith(
        f"Deprecated: {may_go}\n\nGet billing status "
    )


@pytest.mark.usefixtures("deprecated")
def test_the_line_is_the_users_however_the_method_is_reached(
    recorder: Callable[..., Recorder], tmp_path: Path
) -> None:
    rec = recorder(ok(PERIODS))
    source = (
        "from rplatform.resources.billing import Billing\n"
        "\n"
        "raw = r.with_raw_response.billing\n"
        "Billing.get_periods(raw)\n"
    )
    assert said(run_script(tmp_path, source, rec.client)) == [
        ("script.py", 4, DeprecationWarning, PERIODS_WARNING)
    ]


@pytest.mark.usefixtures("deprecated")
def test_a_deprecated_body_field_warns_when_given_even_as_none(
    recorder: Callable[..., Recorder], tmp_path: Path
) -> None:
    rec = recorder(ok(USAGE_BODY))  # not Preferences: each call raises once it is answered
    source = (
        "import rplatform\n"
        "for arguments in ({'timezone': 'UTC'}, {'theme': None}, {'theme': 'dark'}):\n"
        "    try:\n"
        "        r.settings.update_appearance(**arguments)\n"
        "    except rplatform.APIResponseValidationError:\n"
        "        pass\n"
    )
    assert said(run_script(tmp_path, source, rec.client)) == [
        (
            "script.py",
            4,
            DeprecationWarning,
            "r.settings.update_appearance(): argument theme is deprecated: it may be removed in "
            "a future version.",
        ),
    ]
    assert len(rec.requests) == 3


@pytest.mark.usefixtures("deprecated")
def test_a_deprecated_path_parameter_warns_given_by_position(
    recorder: Callable[..., Recorder], tmp_path: Path
) -> None:
    rec = recorder(httpx.Response(204, headers={"x-request-id": "req_1"}))
    source = "r.settings.revoke_session('session_123')\nr.settings.revoke_session('session_4')\n"
    assert said(run_script(tmp_path, source, rec.client)) == [
        (
            "script.py",
            1,
            DeprecationWarning,
            "r.settings.revoke_session(): argument session_id is deprecated: it may be removed "
            "in a future version.",
        )
    ]


@pytest.mark.usefixtures("deprecated")
def test_an_argument_left_out_does_not_warn_and_each_is_said_once(
    recorder: Callable[..., Recorder], tmp_path: Path
) -> None:
    rec = recorder(ok(USAGE_BODY))
    source = (
        "def usage(**arguments):\n"
        "    try:\n"
        "        r.billing.get_usage(**arguments)\n"
        "    except rplatform.APIError:\n"
        "        pass\n"
        "import rplatform\n"
        "usage()\n"
        "usage(month=1, year=2026)\n"
        "usage(month=2, year=2026)\n"
    )
    assert said(run_script(tmp_path, source, rec.client)) == [
        ("script.py", 3, DeprecationWarning, YEAR_WARNING)
    ]
    assert len(rec.requests) == 3


def test_nothing_deprecated_leaves_the_method_as_it_is(recorder: Callable[..., Recorder]) -> None:
    from rplatform.resources.billing import Billing

    method = recorder(ok(PERIODS)).client.billing.get_periods
    func = Billing.get_periods._func
    assert _deprecation.warning(method, func) is method


@pytest.mark.usefixtures("deprecated")
def test_help_says_deprecated_first_and_on_the_argument(
    recorder: Callable[..., Recorder],
) -> None:
    client = recorder(ok(PERIODS)).client
    periods = client.billing.get_periods.__doc__ or ""
    assert periods.startswith(
        "Deprecated: use r.billing.get_usage() instead.\n\n"
        "Get available billing periods with usage data.\n\n"
    )
    usage = client.billing.get_usage.__doc__ or ""
    assert "Deprecated" not in usage.split("Args:")[0]
    assert (
        "    year (int | None): Deprecated: use month instead. Calendar year of the billing "
        "period (UTC),\n        with `month`; neither: the current month. 2000 <= year <= 2100.\n"
    ) in usage
    raw = client.with_raw_response.settings.update_appearance.__doc__ or ""
    assert (
        "    theme (str | Theme | None): Deprecated: it may be removed in a future version. " in raw
    )
