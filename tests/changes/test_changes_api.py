"""The Python API's changes: what `surface.py` reads from the facade, and how each is said.

The facade's resource classes are not exported names (griffe, which derives the public API from
`__all__`, misses them), so the surface reads the methods from a client's resources: a renamed
keyword of a resource method is caught. The other cases edit the surface of the working tree.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from _support import ROOT

from changes import sides
from changes.change import Change, Level, Section, change, combine
from changes.python_api import compare_apis, raises

B, SOME, OK = "BREAKING", "SOME_USERS", "NON_BREAKING"


@pytest.fixture(scope="module")
def api() -> dict[str, Any]:
    return sides.read_api(ROOT)


def said(
    old: dict[str, Any], new: dict[str, Any], spec: list[Change] | None = None
) -> list[tuple[str, str]]:
    return [(c.level.name, str(c)) for c in combine(spec or [], compare_apis(old, new))]


def facade_copy(tree: Path) -> None:
    """A tree of a copy of the facade, and the project's generated package."""
    caches = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "wrapper", tree / "wrapper", ignore=caches)
    (tree / "generated").symlink_to(ROOT / "generated")


def test_a_renamed_keyword_of_a_resource_method_is_breaking(
    api: dict[str, Any], tmp_path: Path
) -> None:
    facade_copy(tmp_path)
    billing = tmp_path / "wrapper/rplatform/resources/billing.py"
    source = billing.read_text(encoding="utf-8")
    method = source.index("def get_periods(")
    at = source.index("organization_id", method)
    billing.write_text(source[:at] + "organisation_id" + source[at + 15 :], encoding="utf-8")

    assert said(api, sides.read_api(tmp_path)) == [
        (B, "r.billing.get_periods(): argument organization_id renamed to organisation_id")
    ]


def test_the_surface_reads_what_users_call(api: dict[str, Any]) -> None:
    get_usage = api["resources"]["billing"]["get_usage"]
    assert [(p["name"], p["kind"], p["required"]) for p in get_usage["parameters"]] == [
        ("user_id", "keyword-only", False),
        ("organization_id", "keyword-only", False),
        ("year", "keyword-only", False),
        ("month", "keyword-only", False),
        ("options", "**kwargs", False),
    ]
    assert get_usage["returns"] == "UsageSummary"
    assert api["models"]["BillingStatus"]["fields"]["has_payment_method"] == {
        "type": "bool",
        "required": True,
    }
    assert api["models"]["Theme"] == {
        "kind": "enum",
        "values": {"DARK": "dark", "LIGHT": "light", "SYSTEM": "system"},
    }
    assert api["names"]["RequestOptions"]["keys"]["max_retries"] == {
        "type": "int",
        "required": False,
    }
    assert "rplatform.APIStatusError" in api["names"]["ConflictError"]["bases"]
    assert (raises(api, 409), raises(api, 410), raises(api, 503)) == (
        "ConflictError",
        "APIStatusError",
        "InternalServerError",
    )


def edited(api: dict[str, Any], *path: str) -> tuple[dict[str, Any], Any]:
    """A copy of the surface, and its part at `path` (to edit)."""
    new = copy.deepcopy(api)
    part: Any = new
    for key in path:
        part = part[key]
    return new, part


def parameter(signature: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in signature["parameters"] if p["name"] == name)
    return found


def test_signature_changes(api: dict[str, Any]) -> None:
    new, usage = edited(api, "resources", "billing", "get_usage")
    parameter(usage, "year").update(required=True, default=None)
    parameter(usage, "month").update(default="1", type="int")
    usage["parameters"].insert(0, {"name": "region", "kind": "keyword-only", "required": True,
                                   "default": None, "type": "str"})  # fmt: skip
    usage["parameters"] = [p for p in usage["parameters"] if p["name"] != "user_id"]
    usage["returns"] = "Usage"
    client = new["names"]["Client"]["signature"]
    parameter(client, "base_url")["kind"] = "positional"
    parameter(client, "api_key")["kind"] = "keyword-only"
    m = "r.billing.get_usage()"
    assert said(api, new) == [
        (B, "rplatform.Client(): argument api_key now keyword-only"),
        (B, f"{m}: argument user_id renamed to region"),
        (B, f"{m}: argument year now required"),
        (SOME, f"{m}: argument month: default None -> 1"),
        (SOME, f"{m}: argument month: type int | None -> int"),
        (SOME, f"{m}: result type UsageSummary -> Usage"),
    ]


def test_arguments_removed_added_and_moved(api: dict[str, Any]) -> None:
    new, retry = edited(api, "names", "RetryPolicy", "signature", "parameters")
    retry.insert(0, retry.pop(1))  # initial_backoff first, max_retries second
    retry.append({"name": "seed", "kind": "keyword-only", "required": False, "default": "0",
                  "type": "int"})  # fmt: skip
    new["names"]["Client"]["members"]["with_options"]["signature"]["parameters"].pop()
    assert said(api, new) == [
        (B, "rplatform.Client.with_options(): argument default_headers removed"),
        (B, "rplatform.RetryPolicy(): argument max_retries moved from position 1 to 2"),
        (B, "rplatform.RetryPolicy(): argument initial_backoff moved from position 2 to 1"),
        (OK, "rplatform.RetryPolicy(): new optional argument seed"),
    ]


def test_classes_exceptions_options_and_statuses(api: dict[str, Any]) -> None:
    new = copy.deepcopy(api)
    new["names"]["ConflictError"]["bases"].remove("rplatform.APIStatusError")
    new["names"]["APIStatusError"]["attributes"].pop("code")
    new["names"]["APIStatusError"]["attributes"]["errors"] = "list[FieldError]"
    new["names"]["Client"]["members"].pop("is_closed")
    new["names"]["RequestOptions"]["keys"].pop("extra_headers")
    new["names"].pop("FieldError")
    new["names"]["Tracer"] = {"kind": "class", "bases": [], "members": {}, "attributes": {}}
    new["status_errors"]["409"] = "APIStatusError"
    new["resources"].pop("notifications")
    assert said(api, new) == [
        (B, "rplatform.APIStatusError: attribute code removed"),
        (B, "rplatform.Client: is_closed removed"),
        (B, "rplatform.ConflictError: no longer a subclass of rplatform.APIStatusError"),
        (B, "rplatform.FieldError removed"),
        (B, "rplatform.RequestOptions: option extra_headers removed"),
        (B, "r.notifications removed"),
        (B, "a 409 answer raises APIStatusError, not ConflictError"),
        (
            SOME,
            "rplatform.APIStatusError: attribute errors: type tuple[FieldError, ...] -> "
            "list[FieldError]",
        ),
        (OK, "new rplatform.Tracer"),
    ]


def test_a_model_change_is_told_once_when_the_spec_says_it(api: dict[str, Any]) -> None:
    new = copy.deepcopy(api)
    new["models"]["BillingStatus"]["fields"].pop("has_payment_method")
    new["models"]["Theme"]["values"].pop("DARK")
    new["models"]["Theme"]["values"]["SEPIA"] = "sepia"
    new["models"].pop("PortalSession")
    alone = said(api, new)
    assert alone == [
        (B, "rplatform.models.BillingStatus: field has_payment_method removed"),
        (B, "rplatform.models.PortalSession removed"),
        (B, "rplatform.models.Theme: DARK removed"),
        (OK, "rplatform.models.Theme: new value SEPIA"),
    ]
    spec = [
        change(Level.BREAKING, Section.REMOVED, "r.billing.get_status()",
               "result field has_payment_method removed", "has_payment_method",
               keys=[("field", "BillingStatus", "has_payment_method")]),
        change(Level.BREAKING, Section.REMOVED, "r.settings.update_appearance()",
               "argument theme: value 'dark' no longer accepted", "theme", "dark",
               keys=[("enum", "Theme", "dark")]),
        # A change of the spec less severe than the model's does not hide it.
        change(Level.NON_BREAKING, Section.ADDED, "r.settings.update_appearance()",
               "argument theme: value 'sepia' now accepted", "theme", "sepia",
               keys=[("enum", "Theme", "sepia"), ("name", "rplatform.models.PortalSession")]),
    ]  # fmt: skip
    assert said(api, new, spec) == [
        (B, "r.billing.get_status(): result field has_payment_method removed"),
        (B, "r.settings.update_appearance(): argument theme: value 'dark' no longer accepted"),
        (B, "rplatform.models.PortalSession removed"),
        (OK, "r.settings.update_appearance(): argument theme: value 'sepia' now accepted"),
    ]


def test_new_methods_and_resources(api: dict[str, Any]) -> None:
    new = copy.deepcopy(api)
    new["resources"]["billing"]["get_credits"] = new["resources"]["billing"]["get_status"]
    new["resources"]["credits"] = {"get": new["resources"]["billing"]["get_status"]}
    assert said(api, new) == [
        (OK, "new method r.billing.get_credits()"),
        (OK, "new resource r.credits"),
        (OK, "new method r.credits.get()"),
    ]


def test_a_facade_that_does_not_import_is_refused_with_its_error(tmp_path: Path) -> None:
    facade_copy(tmp_path)
    client = tmp_path / "wrapper/rplatform/_client.py"
    client.write_text("import rplatform_api.no_such_module\n", encoding="utf-8")
    with pytest.raises(sides.Refused) as refused:
        sides.read_api(tmp_path)
    assert str(refused.value).startswith(f"the Python API in {tmp_path} could not be read:\n")
    assert str(refused.value).endswith(
        "ModuleNotFoundError: No module named 'rplatform_api.no_such_module'"
    )
