"""The kind of each error, as the SDK exposes it from a real sandbox: branch on `.code`.

Two errors of one status (403: a wrong password, not a member) have different codes, and a
validation failure lists its fields; the exception classes are the status's, as always.
"""

from __future__ import annotations

import pytest
import rplatform


def test_one_status_two_codes(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.PermissionDeniedError) as wrong:
        client.settings.change_password(
            current_password="notMyPassword1", new_password="newSecurePassword456"
        )
    with pytest.raises(rplatform.PermissionDeniedError) as outsider:
        client.billing.get_status(organization_id="org_456")
    assert wrong.value.code == "wrong-password" and outsider.value.code == "not-a-member"
    assert wrong.value.type == "https://docs.rplatform.dev/problems/wrong-password"
    assert wrong.value.errors == outsider.value.errors == ()


def test_a_validation_failure_names_its_fields(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.UnprocessableEntityError) as caught:
        client.settings.update_appearance(timezone="Mars/Olympus")
    error = caught.value
    assert error.code == "validation-failed"
    assert [(e.field, e.code) for e in error.errors] == [("timezone", "format")]


def test_a_reused_idempotency_key_is_not_a_validation_failure(client: rplatform.Client) -> None:
    client.billing.ensure_customer(organization_id="org_123", idempotency_key="live-key")
    with pytest.raises(rplatform.UnprocessableEntityError) as caught:
        client.billing.ensure_customer(idempotency_key="live-key")
    assert caught.value.code == "idempotency-key-reused" and caught.value.errors == ()


def test_conflicts_say_which_conflict(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.ConflictError) as caught:
        client.settings.cancel_deletion(max_retries=0)  # today the SDK retries every 409
    assert caught.value.code == "nothing-to-cancel"
    assert caught.value.response.headers["x-should-retry"] == "false"
