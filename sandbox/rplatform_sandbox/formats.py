"""The `format`s of openapi.yaml and sandbox.yaml, checked alike wherever the sandbox runs.

connexion checks formats with jsonschema's Draft 4 checker, whose formats depend on what else
is installed: `date-time` only with the optional rfc3339-validator (absent from a plain
`pip install rplatform[sandbox]`, where an empty `timestamp` was accepted), `uri` only with
rfc3987, and `date` never (it is a Draft 3 and Draft 7 format). `FORMAT_CHECKER` checks exactly
these, on requests and responses, with nothing optional:

- `date-time`: RFC 3339 (section 5.6): `2025-06-15T12:00:00Z`, an offset required, `T` and `Z`
  in either case, fractions of a second, a leap second `23:59:60` (UTC);
- `date`: RFC 3339 `full-date`, `YYYY-MM-DD`, a day of the calendar;
- `iana-time-zone`: a name of the IANA time zone database (`America/New_York`, `UTC`);
- `uri`: an absolute URI, a scheme then `:` and no space (the schemas' patterns say which);
- `email`: an `@` (the schema's pattern says the rest), as jsonschema's own check.

`password` is an annotation (the value is a secret), so it has no check. A format the specs use
that is in neither group fails `tests/sandbox/test_sandbox_formats.py`.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import date, timedelta
from functools import cache

from jsonschema import FormatChecker

ANNOTATIONS = frozenset({"password"})
# What a user reads after the quoted value: "'2025-6-1' is not an RFC 3339 date (YYYY-MM-DD)."
WORDS = {
    "date-time": "an RFC 3339 date-time with an offset (2025-06-15T12:00:00Z)",
    "date": "an RFC 3339 date (YYYY-MM-DD)",
    "iana-time-zone": "an IANA time zone name",
    "uri": "an absolute URI",
    "email": "an email address",
}

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIME = re.compile(
    r"([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S*")


def _day(text: str) -> date | None:
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def is_date(value: object) -> bool:
    return not isinstance(value, str) or _day(value) is not None


def is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    day, separator, time = value[:10], value[10:11], value[11:]
    match = _TIME.fullmatch(time)
    if _day(day) is None or separator not in ("T", "t") or match is None:
        return False
    hour, minute, second = (int(part) for part in match.groups()[:3])
    sign, offset_hours, offset_minutes = match.groups()[3:]
    offset = int(offset_hours or 0), int(offset_minutes or 0)
    if hour > 23 or minute > 59 or second > 60 or offset[0] > 23 or offset[1] > 59:
        return False
    if second == 60:  # a leap second is the last second of a UTC day
        local = timedelta(hours=hour, minutes=minute)
        shift = timedelta(hours=offset[0], minutes=offset[1]) * (-1 if sign == "+" else 1)
        return (local + shift) % timedelta(days=1) == timedelta(hours=23, minutes=59)
    return True


@cache
def time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_time_zone(value: object) -> bool:
    return not isinstance(value, str) or value in time_zones()


def is_uri(value: object) -> bool:
    return not isinstance(value, str) or _URI.fullmatch(value) is not None


def is_email(value: object) -> bool:
    return not isinstance(value, str) or "@" in value


CHECKS = {
    "date-time": is_date_time,
    "date": is_date,
    "iana-time-zone": is_time_zone,
    "uri": is_uri,
    "email": is_email,
}
FORMAT_CHECKER = FormatChecker(formats=())
for _name, _check in CHECKS.items():
    FORMAT_CHECKER.checks(_name)(_check)
