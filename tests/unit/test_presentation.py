"""How one model shows itself: repr, IPython's pretty printer, Jupyter's HTML, completion
(`__dir__`, and jedi's inference of a list's items), `to_json()` and the attribute names."""

from __future__ import annotations

import copy
import json
import pickle
import re
from typing import Any

import jedi
import pytest
import rplatform
from _support import load_spec
from IPython.lib.pretty import pretty
from rplatform.models import (
    AppearancePreferences,
    BillingInfo,
    BillingStatus,
    PushToken,
    RevokedSessions,
    Session,
    Theme,
)
from rplatform_api.lists import ModelList

TIMES = "\N{MULTIPLICATION SIGN}"  # in "3 x LineItem"


def example(path: str) -> dict[str, Any]:
    operation = load_spec()["paths"][path]["get"]
    body: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["example"]
    return body


def status() -> BillingStatus:
    return BillingStatus.from_dict(example("/v1/billing/status"))


def info(**changes: Any) -> BillingInfo:
    return BillingInfo.from_dict({**example("/v1/billing"), **changes})


def test_a_short_model_reprs_on_one_line_with_enum_values() -> None:
    prefs = AppearancePreferences.from_dict({"theme": "dark", "timezone": None, "locale": "en"})
    assert prefs.theme is Theme.DARK
    assert repr(prefs) == "AppearancePreferences(theme='dark', timezone=None, locale='en')"
    revoked = RevokedSessions.from_dict({"revoked_count": 2})
    assert repr(revoked) == "RevokedSessions(revoked_count=2)"


def test_a_long_model_reprs_one_field_a_line() -> None:
    assert repr(status()) == (
        "BillingStatus(\n"
        "    owner_type='organization',\n"
        "    owner_id='org_123',\n"
        "    has_stripe_account=True,\n"
        "    stripe_customer_id='cus_123',\n"
        "    stripe_subscription_id='sub_123',\n"
        "    status='active',\n"
        "    has_payment_method=False\n"
        ")"
    )
    assert all(len(line) <= 80 for line in repr(info()).splitlines() if "datetime" not in line)


def test_nested_models_are_indented_and_named_as_typed() -> None:
    text = repr(info())
    assert "\n    credits=Credits(\n        balance_cents=2500,\n" in text
    assert "credits_" not in text
    assert "\n    subscriptions=[\n        Subscription(\n            id='sub_123',\n" in text
    assert "created_at=2025-01-01 00:00:00+00:00" in text  # dates in ISO 8601
    assert "<" not in text and "additional_properties" not in text


def test_unknown_fields_show_only_when_there_are_some() -> None:
    assert "additional_properties={'brand_new': 1}" in repr(info(brand_new=1))
    assert "additional_properties" not in repr(info())


def test_ipython_pretty_printing_honours_width_and_cycles() -> None:
    assert pretty(status(), max_width=400) == (
        "BillingStatus(owner_type='organization', owner_id='org_123', has_stripe_account=True, "
        "stripe_customer_id='cus_123', stripe_subscription_id='sub_123', status='active', "
        "has_payment_method=False)"
    )
    narrow = pretty(status(), max_width=40)
    assert narrow.splitlines()[:3] == [
        "BillingStatus(", "    owner_type='organization',", "    owner_id='org_123',"
    ]  # fmt: skip
    assert narrow.endswith("    has_payment_method=False\n)")
    nested = pretty(info(), max_width=60)
    assert "\n    credits=Credits(\n        balance_cents=2500," in nested
    cyclic = info(brand_new=None)
    cyclic["brand_new"] = cyclic  # a model inside itself (only a user can build one)
    assert "{'brand_new': BillingInfo(...)}" in pretty(cyclic)
    assert "{'brand_new': BillingInfo(...)}" in repr(cyclic)


def test_html_view_is_a_field_value_table_with_nested_models_indented() -> None:
    html = info(brand_new="<b>")._repr_html_() or ""
    assert html.startswith('<table class="rplatform-model">')
    row = r'<tr><th style="([^"]*)"[^>]*>(.*?)</th><td style="([^"]*)">(.*?)</td>'
    rows = re.findall(row, html)
    names = [name for _, name, _, _ in rows]
    assert names[:4] == ["owner_type", "owner_id", "currency", "has_payment_method"]
    assert names[-1] == "brand_new" and "additional_properties" not in names
    shown = {name: (head, value) for head, name, _, value in rows}
    assert shown["owner_type"][1] == "organization" and "OwnerType" not in html
    assert (
        shown["credits"][1] == "Credits" and shown["subscriptions"][1] == f"1 {TIMES} Subscription"
    )
    assert shown["balance_cents"][1] == "2500"
    assert "padding-left:2.0em" in shown["balance_cents"][0]  # under credits, one level in
    assert "padding-left:0.5em" in shown["credits"][0]
    assert shown["brand_new"][1] == "&lt;b&gt;"
    assert all("text-align:left" in value_style for _, _, value_style, _ in rows)


def test_completion_offers_fields_first_then_helpers_and_hides_the_machinery() -> None:
    model = info(brand_new=1)
    listed = model.__dir__()
    fields = ["owner_type", "owner_id", "currency", "has_payment_method", "customer", "credits",
              "subscriptions"]  # fmt: skip
    assert listed[:9] == [*fields, "to_dict", "to_json"]
    for hidden in ("additional_properties", "additional_keys", "from_dict", "from_dicts"):
        assert hidden not in dir(model)
    assert model.additional_properties == {"brand_new": 1}
    assert model.additional_keys == ["brand_new"]
    assert BillingInfo.from_dict(model.to_dict()) == model
    names = [c.name for c in jedi.Interpreter("model.", [{"model": model}]).complete()]
    public = [name for name in names if not name.startswith("_")]
    assert sorted(public) == sorted([*fields, "to_dict", "to_json"])


def test_jedi_infers_the_items_of_a_model_list() -> None:
    code = (
        "from rplatform import ModelList\n"
        "from rplatform.models import Session\n"
        "def sessions() -> ModelList[Session]: ...\n"
        "sessions()[0]."
    )
    lines = code.splitlines()
    names = {c.name for c in jedi.Script(code).complete(len(lines), len(lines[-1]))}
    assert {"id", "user_agent", "is_current", "expires_at", "to_json"} <= names
    assert not names & {"append", "to_pandas", "to_dicts"}  # not the list's own methods
    sliced = code.replace("[0].", "[1:].")
    names = {c.name for c in jedi.Script(sliced).complete(len(lines), len(lines[-1]) + 1)}
    assert {"append", "to_pandas"} <= names and "user_agent" not in names


def test_ipython_completes_the_fields_of_a_list_item() -> None:
    # IPython's completer (jedi) read a list class that has source as source, where the item
    # type is a type variable, and offered nothing after `sessions[0].`; the class made for
    # the item class has none, so jedi indexes the running list and lists the item's fields.
    from IPython.core.completer import provisionalcompleter
    from IPython.testing.globalipapp import get_ipython

    shell = get_ipython()
    shell.user_ns["sessions"] = Session.from_dicts([session_body(), session_body()])
    for typed in ("sessions[0].", "sessions[-1]."):
        with provisionalcompleter():
            found = shell.Completer.completions(typed, len(typed))
            names = {completion.text for completion in found}
        assert {"id", "user_agent", "is_current", "expires_at", "to_json"} <= names
        assert not names & {"append", "to_pandas", "to_dicts"}


def test_a_list_of_models_pickles_and_copies_as_a_table_of_its_model() -> None:
    sessions = Session.from_dicts([session_body(), session_body()])
    for copied in (pickle.loads(pickle.dumps(sessions)), copy.copy(sessions), sessions[:1]):
        assert isinstance(copied, ModelList) and type(copied) is type(sessions)
        assert copied._model is Session and copied[0] == sessions[0]
    assert pickle.loads(pickle.dumps(ModelList([1, 2]))) == [1, 2]


def session_body() -> dict[str, Any]:
    return {"id": "s1", "user_agent": "curl/8", "ip_address": "192.0.2.1", "is_current": True,
            "created_at": "2025-06-01T00:00:00Z", "last_active_at": "2025-06-01T00:00:00Z",
            "expires_at": "2025-07-01T00:00:00Z"}  # fmt: skip


def test_to_json_is_the_json_of_to_dict() -> None:
    model = info(brand_new="Zürich")
    assert json.loads(model.to_json()) == model.to_dict()
    assert '"Zürich"' in model.to_json()
    assert model.to_json(indent=2).startswith('{\n  "')
    with pytest.raises(TypeError):  # the standard library cannot encode a model: to_json can
        json.dumps(model)


def test_the_credits_field_is_named_as_documented() -> None:
    model = info()
    assert model.credits.balance_cents == 2500
    assert not hasattr(model, "credits_")
    assert model.to_dict()["credits"]["balance_cents"] == 2500
    assert "credits" in rplatform.models.BillingInfo.__annotations__


PUSH_TOKEN = "ExponentPushToken[xxxxxxxxxxxxxxxxxxxxxx]"


def push_token(**extra: Any) -> PushToken:
    return PushToken.from_dict(
        {"id": "ptk_1", "token": PUSH_TOKEN, "platform": "ios", "device_id": "dev_1",
         "created_at": "2025-06-01T00:00:00Z", "updated_at": "2025-06-01T00:00:00Z", **extra}
    )  # fmt: skip


def test_no_repr_or_html_view_shows_a_field_the_spec_marks_secret() -> None:
    # A notebook's outputs are shared and committed: a secret printed once is leaked.
    model = push_token(note="kept")
    shown = [repr(model), pretty(model), pretty(model, max_width=20), model._repr_html_()]
    listed = ModelList([model, model])
    shown += [repr(listed), pretty(listed), listed._repr_html_() or ""]
    for text in shown:
        assert PUSH_TOKEN not in text and "[REDACTED]" in text
        assert "ios" in text and "kept" in text  # everything else still shows
    assert "token=[REDACTED]" in repr(model)
    # The values themselves stay: the model holds the data, only its views hide it.
    assert model.token == PUSH_TOKEN and model.to_dict()["token"] == PUSH_TOKEN
    assert PUSH_TOKEN in listed.to_json() and listed.to_pandas().loc[0, "token"] == PUSH_TOKEN


def test_what_is_secret_is_the_specs_marking_of_each_class() -> None:
    assert PushToken.FIELDS[1].name == "token" and PushToken.FIELDS[1].secret
    # An undeclared field is data the spec says nothing of: shown as it came.
    assert "additional_properties={'contact': {'email': 'someone@example.com'}}" in repr(
        push_token(contact={"email": "someone@example.com"})
    )
    empty = push_token(token="")
    assert "token=''" in repr(empty)  # nothing to hide


def test_models_present_themselves_where_users_import_them() -> None:
    import pydoc

    from rplatform.models import UsageSummary

    text = pydoc.render_doc(UsageSummary, renderer=pydoc.plaintext)
    assert (
        text.splitlines()[0]
        == "Python Library Documentation: class UsageSummary in module rplatform.models"
    )
    assert repr(Theme) == "<enum 'Theme'>" and Theme.__module__ == "rplatform.models"
    assert rplatform.ModelList.__module__ == "rplatform"
    # Pickling finds them there, and the rplatform_api layer needs nothing of rplatform for it.
    model, sessions = info(), Session.from_dicts([session_body()])
    for value in (model, Theme.DARK, sessions, model.subscriptions):
        copied = pickle.loads(pickle.dumps(value))
        assert copied == value and type(copied) is type(value)
