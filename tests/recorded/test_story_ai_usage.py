"""Story: AI usage recorded from a project shows up in the owner's usage, once."""

from __future__ import annotations

import pytest
import rplatform
from _support import AI_USAGE

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr


def test_recorded_ai_usage_shows_in_usage(client: rplatform.Client, wire: Wire) -> None:
    before = client.billing.get_usage(organization_id="org_123", year=2025, month=6)
    projects_before = client.billing.get_usage_by_project(
        organization_id="org_123", year=2025, month=6
    )

    record = client.billing.record_ai_usage(**{**AI_USAGE, "project_id": "proj_124"})
    _expect.lossless(record, wire.last)
    assert record.total_tokens == 2500

    after = client.billing.get_usage(organization_id="org_123", year=2025, month=6)
    _expect.lossless(after, wire.last)
    assert after.ai_tokens - before.ai_tokens == 2500
    assert after.ai_cost_cents - before.ai_cost_cents == pytest.approx(0.05)
    assert after.sandbox_compute_hours == before.sandbox_compute_hours, "only AI usage moved"
    projects_after = client.billing.get_usage_by_project(
        organization_id="org_123", year=2025, month=6
    )
    moved = {
        p.project_id: a.ai_tokens - p.ai_tokens
        for p, a in zip(projects_before, projects_after, strict=True)
    }
    assert moved == {"proj_123": 0, "proj_124": 2500, "proj_125": 0}
