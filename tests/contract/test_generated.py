"""generated/rplatform_api is exactly what openapi.yaml, generator-config.yml and the templates of
generator-templates/ produce (run as `nox -s generate` runs it, byte for byte, every time), each
operation module describes its request and its success as the spec says, and the models keep
the promises the facade relies on (no Unset in results, forward compatible)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from _support import ROOT, generate, load_spec, operations, resolve, response_schema_names, snake

GENERATED = ROOT / "generated" / "rplatform_api"
IGNORED_PARTS = {"__pycache__", ".ruff_cache"}


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not IGNORED_PARTS & set(path.parts)
    }


def test_generated_package_matches_the_spec(tmp_path: Path) -> None:
    """Fails when generated/ was edited by hand or the spec changed without `nox -s generate`.

    A fresh generation equal, byte for byte, to the committed one is also the proof that
    generation is reproducible (pinned generator, ruff and templates; isolated post-hooks).
    """
    output = tmp_path / "rplatform_api"
    generate(ROOT, output)
    expected, actual = _tree(output), _tree(GENERATED)
    assert sorted(actual) == sorted(expected), "files differ: run `nox -s generate`"
    changed = [name for name in expected if expected[name] != actual[name]]
    assert not changed, f"generated/ differs from the spec in {changed}: run `nox -s generate`"


def test_config_options_and_templates_took_effect() -> None:
    models = importlib.import_module("rplatform_api.models")
    assert hasattr(models, "Customer") and not hasattr(models, "CustomerType0")
    assert not (GENERATED / "pyproject.toml").exists()
    # generator-templates/: each operation module describes its request, and nothing more.
    operation_modules = sorted((GENERATED / "api").glob("*/[!_]*.py"))
    assert len(operation_modules) == len(list(operations(load_spec())))
    for path in operation_modules:
        source = path.read_text(encoding="utf-8")
        assert "def request(" in source and "SUCCESS: Final = " in source, path.name
        for dropped in ("def sync", "def asyncio", "_get_kwargs", "_parse_response", "httpx"):
            assert dropped not in source, f"{path.name}: {dropped}"


def test_each_operation_describes_its_request_and_success() -> None:
    from rplatform_api.api import ArrayBody, NoBody, ObjectBody, RequestDescription

    spec = load_spec()
    for method, path, op in operations(spec):
        tag, name = op["tags"][0], snake(op["operationId"])
        module = importlib.import_module(f"rplatform_api.api.{tag}.{name}")
        assert name in importlib.import_module(f"rplatform_api.api.{tag}").__all__
        statuses = tuple(sorted(int(s) for s in op["responses"] if s.startswith("2")))
        assert module.SUCCESS.statuses == statuses, name
        content = resolve(spec, op["responses"][str(statuses[0])]).get("content")
        if content is None:
            assert isinstance(module.SUCCESS, NoBody), name
            continue
        schema = content["application/json"]["schema"]
        kind, ref = (ArrayBody, schema["items"]) if "items" in schema else (ObjectBody, schema)
        assert isinstance(module.SUCCESS, kind), name
        assert module.SUCCESS.model.__name__ == ref["$ref"].rsplit("/", 1)[1], name
        if method == "get" and "{" not in path:
            request = module.request()
            assert isinstance(request, RequestDescription)
            assert (request.method, request.path, request.json) == ("GET", path, None)


def test_a_request_description_is_frozen_and_encodes_its_path() -> None:
    from rplatform_api.api.settings import revoke_session

    request = revoke_session.request("a/b c")
    assert (request.method, request.path) == ("DELETE", "/v1/settings/sessions/a%2Fb%20c")
    with pytest.raises(AttributeError):
        request.path = "/elsewhere"  # type: ignore[misc]


def test_the_generated_package_holds_no_client_of_its_own() -> None:
    # The facade is the client; the generator's client.py and errors.py are removed by a
    # post-hook, so importing the package costs nothing the facade does not use.
    package = GENERATED
    assert not (package / "client.py").exists() and not (package / "errors.py").exists()
    importlib.import_module("rplatform_api")
    assert "rplatform_api.client" not in sys.modules


def test_no_response_model_carries_unset() -> None:
    models = importlib.import_module("rplatform_api.models")
    spec = load_spec()
    checked = 0
    for name in sorted(response_schema_names(spec)):
        if spec["components"]["schemas"][name].get("type") != "object":
            continue
        cls = getattr(models, name)
        # Its generated module (the class presents itself as rplatform.models.<name>).
        source = Path(cls.to_dict.__code__.co_filename).read_text()
        assert source.startswith("from __future__ import annotations"), name
        assert "Unset" not in source, f"{name} has optional fields (Unset)"
        checked += 1
    assert checked >= 25


def test_unknown_enum_values_and_fields_parse_and_are_kept() -> None:
    from rplatform_api.models import BillingStatus, Preferences, PushToken, SubscriptionStatus

    status = BillingStatus.from_dict(
        {
            "owner_type": "team",
            "owner_id": "org_123",
            "has_stripe_account": True,
            "stripe_customer_id": None,
            "stripe_subscription_id": None,
            "status": "on_hold_next_year",
            "has_payment_method": False,
            "brand_new_field": {"nested": 1},
        }
    )
    assert status.status == "on_hold_next_year"
    assert status.owner_type == "team"
    assert status["brand_new_field"] == {"nested": 1}
    assert status.to_dict()["brand_new_field"] == {"nested": 1}
    known = BillingStatus.from_dict({**status.to_dict(), "status": "past_due"})
    assert known.status is SubscriptionStatus.PAST_DUE
    assert BillingStatus.from_dict({**status.to_dict(), "status": None}).status is None

    prefs = Preferences.from_dict(
        {
            "notifications": {"in_app": True, "push": True, "email": True, "sms": False},
            "privacy": {"profile_visibility": "friends", "show_email": False,
                        "show_location": True},
            "appearance": {"theme": "solarized", "timezone": None, "locale": None},
            "updated_at": "2025-06-01T00:00:00Z",
        }
    )  # fmt: skip
    assert prefs.privacy.profile_visibility == "friends"
    assert prefs.appearance.theme == "solarized"
    assert prefs.notifications["sms"] is False

    token = PushToken.from_dict(
        {"id": "ptk_1", "token": "t", "platform": "hms", "device_id": None,
         "created_at": "2025-06-01T00:00:00Z", "updated_at": "2025-06-01T00:00:00Z"}
    )  # fmt: skip
    assert token.platform == "hms"


ALONE = """
import json
import rplatform_api.types
from rplatform_api.lists import ModelList
from rplatform_api.models import BillingPeriods, PushToken

token = PushToken.from_dict({"id": "ptk_1", "token": "ExponentPushToken[secret]",
    "platform": "expo", "device_id": None, "created_at": "2025-06-01T00:00:00Z",
    "updated_at": "2025-06-01T00:00:00Z"})
period = {"label": "June 2025", "year": 2025, "month": 6, "start_date": "2025-06-01",
    "end_date": "2025-06-30", "is_current": True, "total_cost_cents": 1, "currency": "usd"}
before = type(BillingPeriods.from_dict({"periods": [period]}).periods)
import rplatform
after = type(BillingPeriods.from_dict({"periods": [period]}).periods)
print(json.dumps([repr(token), token._repr_html_(), before is after, ModelList in before.__mro__,
                  [name for name in vars(rplatform_api.types) if name.startswith("set_")]]))
"""


def test_the_generated_layer_used_alone_hides_secrets_and_holds_no_state_the_facade_sets() -> None:
    # In a fresh interpreter, rplatform_api before rplatform is imported: a secret is hidden by
    # the spec's marking, and a list of models is the same ModelList before and after.
    run = subprocess.run(
        [sys.executable, "-c", ALONE], capture_output=True, text=True, check=True, timeout=60
    )
    shown, html, same, listed, setters = json.loads(run.stdout)
    assert "token=[REDACTED]" in shown and "secret" not in shown
    assert "[REDACTED]" in html and "secret" not in html
    assert (same, listed, setters) == (True, True, [])
