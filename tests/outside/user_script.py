"""A user's own script: what their type checkers see of rplatform installed from its wheel.

Never imported or run: tests/outside/test_wheel_typing.py copies it out of the repository and
type-checks it with mypy --strict and pyright against the wheel installed in a fresh
virtualenv. Each `reveal_type` line must reveal the type written after `# reveal:`; each line
marked `# error` must be an error for both checkers, and no other line may be.
"""

from typing import reveal_type

import rplatform

r = rplatform.Client("sk_test_sandbox")

status = r.billing.get_status(organization_id="org_123")
reveal_type(status)  # reveal: BillingStatus
reveal_type(status.owner_id)  # reveal: str
reveal_type(status.has_payment_method)  # reveal: bool

sessions = r.settings.list_sessions()
reveal_type(sessions)  # reveal: ListResult[Session]
reveal_type(sessions[0].expires_at)  # reveal: datetime
reveal_type(sessions.to_dicts())  # reveal: list[dict[str, Any]]
reveal_type(sessions.to_list())  # reveal: ModelList[Session]
reveal_type(sessions.next_cursor)  # reveal: str | None
for session in r.settings.list_sessions(limit=10, page_size=5, cursor=sessions.next_cursor):
    reveal_type(session)  # reveal: Session
meters = r.billing.get_usage_from_meters(organization_id="org_123", year=2025, month=6)
reveal_type(meters)  # reveal: ModelList[MeterUsage]

usage = r.billing.get_usage(organization_id="org_123", year=2025, month=6)
reveal_type(usage.line_items[0].total_cost)  # reveal: float
reveal_type(usage.line_items)  # reveal: ModelList[LineItem]
reveal_type(usage.line_items.to_pandas())  # reveal: Any
periods = r.billing.get_periods(organization_id="org_123").periods
reveal_type(periods.to_dicts())  # reveal: list[dict[str, Any]]
reveal_type(periods.to_pandas())  # reveal: Any
reveal_type(rplatform.models.UsageSummary.FIELDS[0].maximum)  # reveal: int | float | None

revoked = r.with_raw_response.settings.revoke_session("session_123")
reveal_type(revoked)  # reveal: RawResponse[None]
reveal_type(revoked.parse())  # reveal: None
reveal_type(r.with_raw_response.billing.get_status().parse())  # reveal: BillingStatus

try:
    r.billing.get_project_usage("proj_does_not_exist")
except rplatform.NotFoundError as error:
    reveal_type(error.status_code)  # reveal: int
    reveal_type(error.retry_after)  # reveal: float | None

r.billing.get_status(organisation_id="org_123")  # error
r.with_raw_response.billing.get_statuz(organization_id="org_123")  # error
r.with_raw_response.billing.get_usage(organization_id="org_123", yaer=2025)  # error
total = usage.total_cost  # error
label = sessions[0].is_current + "no"  # error
count = len(sessions)  # error
more = sessions.has_more  # error
