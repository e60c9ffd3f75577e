"""generated/rplatform_api is exactly what openapi.yaml and generator-config.yml produce, and
its models keep the promises the facade relies on (no Unset in results, forward compatible)."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _support import ROOT, load_spec, response_schema_names

GENERATED = ROOT / "generated" / "rplatform_api"
IGNORED_PARTS = {"__pycache__", ".ruff_cache"}


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not IGNORED_PARTS & set(path.parts)
    }


def test_generated_package_matches_the_spec(tmp_path: Path) -> None:
    """Fails when generated/ was edited by hand or the spec changed without `nox -s generate`."""
    bin_dir = Path(sys.executable).parent
    generator = shutil.which("openapi-python-client", path=str(bin_dir))
    if generator is None:
        pytest.fail("openapi-python-client is not installed: pip install -e '.[dev]'")
    output = tmp_path / "rplatform_api"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [generator, "generate", "--path", str(ROOT / "openapi.yaml"),
         "--config", str(ROOT / "generator-config.yml"), "--meta", "none", "--overwrite",
         "--fail-on-warning", "--custom-template-path", str(ROOT / "generator-templates"),
         "--output-path", str(output)],
        check=True, cwd=tmp_path, env=env, capture_output=True,
    )  # fmt: skip
    expected, actual = _tree(output), _tree(GENERATED)
    assert sorted(actual) == sorted(expected), "files differ: run `nox -s generate`"
    changed = [name for name in expected if expected[name] != actual[name]]
    assert not changed, f"generated/ differs from the spec in {changed}: run `nox -s generate`"


def test_config_options_took_effect() -> None:
    models = importlib.import_module("rplatform_api.models")
    assert hasattr(models, "Customer") and not hasattr(models, "CustomerType0")
    source = (GENERATED / "api" / "billing" / "get_status.py").read_text()
    assert "response_404" not in source
    assert "Problem.from_dict(response.json())" in source, "problem+json bodies are parsed"
    assert not (GENERATED / "pyproject.toml").exists()


def test_no_response_model_carries_unset() -> None:
    models = importlib.import_module("rplatform_api.models")
    spec = load_spec()
    checked = 0
    for name in sorted(response_schema_names(spec)):
        if spec["components"]["schemas"][name].get("type") != "object":
            continue
        cls = getattr(models, name)
        source = Path(sys.modules[cls.__module__].__file__ or "").read_text()
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
