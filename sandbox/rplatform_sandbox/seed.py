"""The seed data: the documentation's identifiers, so every documented example runs as written.

- `usr_123` demo@example.com / `currentPassword123`, owner of `org_123` (Acme Inc.) with projects
  `proj_123` Website, `proj_124` Mobile App, `proj_125` Data Pipeline, and a personal project
  `proj_playground`. Sessions: `session_sandbox` (the caller; bearer `sk_test_sandbox`),
  `session_123`, `session_124`, `session_125`. A login history of `LOGIN_HISTORY` (262)
  sign-ins over half a year, more than two pages of 100: its own devices, with failures, and
  failed attempts from two addresses it never signed in from.
- `usr_456` other@example.com / `otherPassword456` (bearer `sk_test_other`, session
  `session_456`), owner of `org_456` (Globex) with `proj_456`: the demo user cannot see them.
- Billing: `org_123` has customer `cus_123` without a payment method, a trialing subscription
  `sub_123` and credits (50.00 granted, 25.00 used); `org_456` is fully set up; the demo user's
  personal billing has no customer yet (`ensureCustomer` creates one).
- Daily usage on every meter for every project, from January 2025 (or 17 months before the
  current month, whichever is earlier) through the current day, so June 2025 is always covered
  when the clock is past it. The figures depend only on the day, never on the clock or the seed.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from datetime import date, datetime, timedelta

from .clock import iso, midnight, month_bounds
from .db import INSERT_USAGE_EVENT
from .ids import token_digest
from .passwords import hash_password
from .pricing import METERS

DEMO_TOKEN = "sk_test_sandbox"
OTHER_TOKEN = "sk_test_other"
DEMO_EMAIL, DEMO_PASSWORD = "demo@example.com", "currentPassword123"
OTHER_EMAIL, OTHER_PASSWORD = "other@example.com", "otherPassword456"
FIRST_USAGE_MONTH = date(2025, 1, 1)
LOGIN_HISTORY = 262
HISTORY_MONTHS = 18
SEED_CREATED_AT = "2025-01-01T00:00:00Z"  # users, organizations, customers, subscriptions
# A sign-in: days from now, user agent, IP address, success, failure reason.
Login = tuple[float, str, str, bool, str | None]

DEFAULT_PREFERENCES = {
    "notifications": {"in_app": True, "push": True, "email": True},
    "privacy": {"profile_visibility": "public", "show_email": False, "show_location": True},
    "appearance": {"theme": "system", "timezone": None, "locale": None},
}

SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15"
IPHONE = "rplatform-ios/3.2.0 (iPhone15,2; iOS 17.5)"
CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"
SDK = "rplatform-python (sandbox)"

# (project id, name, owner type, owner id, daily scale)
PROJECTS = (
    ("proj_123", "Website", "organization", "org_123", 3),
    ("proj_124", "Mobile App", "organization", "org_123", 2),
    ("proj_125", "Data Pipeline", "organization", "org_123", 1),
    ("proj_playground", "Playground", "user", "usr_123", 1),
    ("proj_456", "Globex API", "organization", "org_456", 2),
)


def first_usage_day(now: datetime) -> date:
    months_back = now.year * 12 + now.month - 1 - (HISTORY_MONTHS - 1)
    start = date(months_back // 12, months_back % 12 + 1, 1)
    return min(start, FIRST_USAGE_MONTH)


def seed(conn: sqlite3.Connection, now: datetime) -> None:
    """Fill an empty schema with the demo data, relative to `now` where it must be."""
    _users(conn)
    _sessions_and_logins(conn, now)
    _billing(conn, now)
    _usage(conn, now)


def _users(conn: sqlite3.Connection) -> None:
    created = SEED_CREATED_AT
    prefs = json.dumps(DEFAULT_PREFERENCES)
    for uid, email, name, password in (
        ("usr_123", DEMO_EMAIL, "Demo User", DEMO_PASSWORD),
        ("usr_456", OTHER_EMAIL, "Other User", OTHER_PASSWORD),
    ):
        conn.execute(
            "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?)",
            (uid, email, name, hash_password(password, _salt(uid)), prefs, created, created),
        )
    conn.executemany(
        "INSERT INTO organizations VALUES (?, ?, ?)",
        [("org_123", "Acme Inc.", created), ("org_456", "Globex Corp.", created)],
    )
    conn.executemany(
        "INSERT INTO memberships VALUES (?, ?, 'owner')",
        [("org_123", "usr_123"), ("org_456", "usr_456")],
    )
    conn.executemany("INSERT INTO projects VALUES (?, ?, ?, ?)", [p[:4] for p in PROJECTS])


def _salt(user_id: str) -> bytes:
    """Fixed salts for the published demo passwords, so seeding draws nothing from the ids."""
    return hashlib.sha256(f"rplatform-sandbox-seed:{user_id}".encode()).digest()[:16]


def _sessions_and_logins(conn: sqlite3.Connection, now: datetime) -> None:
    def at(days: float) -> str:
        return iso(now + timedelta(days=days))

    sessions = (
        ("session_sandbox", "usr_123", DEMO_TOKEN, SDK, "127.0.0.1", -1, 0, 365),
        ("session_123", "usr_123", "seed-session-123", SAFARI, "203.0.113.10", -14, -1, 16),
        ("session_124", "usr_123", "seed-session-124", IPHONE, "198.51.100.23", -7, -2, 23),
        ("session_125", "usr_123", "seed-session-125", CHROME, "192.0.2.44", -3, -3, 27),
        ("session_456", "usr_456", OTHER_TOKEN, SDK, "127.0.0.1", -1, 0, 365),
    )
    for sid, uid, token, agent, ip, created, active, expires in sessions:
        conn.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (sid, uid, token_digest(token), agent, ip, at(created), at(active), at(expires)),
        )
    recent = (
        (-20, SAFARI, "203.0.113.10", True, None),
        (-14.01, SAFARI, "203.0.113.10", False, "wrong_password"),
        (-14, SAFARI, "203.0.113.10", True, None),
        (-7, IPHONE, "198.51.100.23", True, None),
        (-5, CHROME, "192.0.2.99", False, "wrong_password"),
        (-5, CHROME, "192.0.2.99", False, "wrong_password"),
        (-3, CHROME, "192.0.2.44", True, None),
        (-1, SDK, "127.0.0.1", True, None),
    )
    logins = [*_older_logins(LOGIN_HISTORY - len(recent)), *recent]
    conn.executemany(
        "INSERT INTO login_history (id, user_id, created_at, ip_address, user_agent, success,"
        " failure_reason) VALUES (?, 'usr_123', ?, ?, ?, ?, ?)",
        [
            (f"login_{100 + n}", at(days), ip, agent, int(ok), reason)
            for n, (days, agent, ip, ok, reason) in enumerate(logins, start=1)
        ],
    )


def _older_logins(count: int) -> list[Login]:
    """`count` sign-ins before the recent ones, oldest first, the same for every seed and clock.

    About 0.7 days apart, up to 21 days ago: the user's three devices with a wrong password in
    about one of ten, and every ninth a failed attempt from one of two addresses it never used.
    """
    rng = random.Random(20250101)  # its own generator: the figures never depend on the ids
    devices = ((SAFARI, "203.0.113.10"), (IPHONE, "198.51.100.23"), (CHROME, "192.0.2.44"))
    strangers = ((CHROME, "192.0.2.99"), (SAFARI, "198.51.100.77"))
    found: list[Login] = []
    for n in range(count):
        days = -21 - (count - n) * 0.7 - rng.random() * 0.1
        if n % 9 == 4:
            agent, ip = strangers[n % 2]
            found.append((days, agent, ip, False, "wrong_password"))
        else:
            agent, ip = devices[rng.randrange(len(devices))]
            ok = rng.random() > 0.1
            found.append((days, agent, ip, ok, None if ok else "wrong_password"))
    return found


def _billing(conn: sqlite3.Connection, now: datetime) -> None:
    start, end = month_bounds(now.year, now.month)
    period = (midnight(start), midnight(end + timedelta(days=1)))
    created = SEED_CREATED_AT
    conn.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("organization", "org_123", "cus_123", "Acme Inc.", None, created),
            ("organization", "org_456", "cus_456", "Globex Corp.", "pm_456", created),
        ],
    )
    conn.executemany(
        "INSERT INTO subscriptions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            ("sub_123", "organization", "org_123", "trialing", "pro", *period, created),
            ("sub_456", "organization", "org_456", "active", "team", *period, created),
        ],
    )
    expires = midnight(date(now.year + 1, now.month, 1))
    conn.execute(
        "INSERT INTO credits VALUES ('organization', 'org_123', 5000, 2500, ?)", (expires,)
    )


def _daily_quantity(meter_index: int, scale: int, rng: random.Random, day: date) -> tuple[int, int]:
    """(stored quantity, AI cost in micro-cents) of one meter of one project on one day."""
    days_in_month = month_bounds(day.year, day.month)[1].day
    match METERS[meter_index].event_name:
        case "sandbox_compute_hours":
            return scale * rng.randint(500, 4000), 0
        case "database_compute_hours":
            return 24_000 if scale > 1 else 12_000, 0
        case "database_storage_gb":
            return (scale * 2_000 + rng.randint(0, 500)) // days_in_month, 0
        case "storage_gb":
            return (scale * 10_000 + rng.randint(0, 2_000)) // days_in_month, 0
        case "ai_tokens":
            tokens = scale * rng.randint(5_000, 40_000)
            return tokens, tokens * 600  # 0.0006 cents ($6 per million) per token
        case _:
            return scale * rng.randint(2_000, 8_000), 0


def _usage(conn: sqlite3.Connection, now: datetime) -> None:
    rows = []
    day, last = first_usage_day(now), now.date()
    while day <= last:
        stamp = midnight(day)
        for p_index, (project_id, _, _, _, scale) in enumerate(PROJECTS):
            rng = random.Random(day.toordinal() * 100 + p_index)
            for m_index, meter in enumerate(METERS):
                stored, micro = _daily_quantity(m_index, scale, rng, day)
                rows.append((project_id, meter.event_name, stored, micro, day.isoformat(), stamp))
        day += timedelta(days=1)
    conn.executemany(INSERT_USAGE_EVENT, rows)
