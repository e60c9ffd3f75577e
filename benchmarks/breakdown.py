"""Where the time of a large list goes: rplatform's parsing against what no parser can avoid.

    python benchmarks/breakdown.py [rows] [--quick]   # 10,000 login-history rows unless told

Not part of `nox -s bench`: it explains a figure of it. On the same body, each variant is
timed against `json.loads` alone, in paired rounds rotated as in timing.py:

- `json.loads` + `from_dicts`: what the SDK does after httpx (checked models, ModelList);
- `json.loads` + an unchecked loop: the least any typed result can cost in CPython, one
  instance of the same attrs class per row with its date-time parsed, no check, no call;
- each of the two with the garbage collector paused, to show its share: every model is an
  object the collector tracks, while `json.loads`' dicts of plain values are not tracked.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import bodies
from bodies import LOGINS_PATH
from rplatform_api.models.login_history_entry import LoginHistoryEntry
from rplatform_api.types import parse_list
from timing import Settings, paired_calls

parse_datetime = datetime.datetime.fromisoformat


def unchecked(rows: list[dict[str, Any]]) -> list[LoginHistoryEntry]:
    """The same instances as from_dicts builds, without a single check: the floor."""
    new = object.__new__
    built = []
    for row in rows:
        entry = new(LoginHistoryEntry)
        entry.id = row["id"]
        entry.created_at = parse_datetime(row["created_at"])
        entry.ip_address = row["ip_address"]
        entry.user_agent = row["user_agent"]
        entry.success = row["success"]
        entry.failure_reason = row["failure_reason"]
        entry.additional_properties = {}
        built.append(entry)
    return built


def gc_paused(call: Callable[[], object]) -> Callable[[], object]:
    def paused() -> object:
        gc.disable()
        try:
            return call()
        finally:
            gc.enable()

    return paused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, nargs="?", default=10_000)
    parser.add_argument("--quick", action="store_true", help="tiny iteration counts (tests)")
    args = parser.parse_args()
    # Longer turns than run.py's: the differences sought are a tenth of json.loads' time.
    settings = Settings.quick() if args.quick else replace(Settings(), turn_seconds=0.1)
    count = args.rows
    body = bodies.build().rows(LOGINS_PATH, count)  # samples from openapi.yaml's examples

    def raw() -> object:
        return json.loads(body)

    def sdk() -> object:
        return parse_list(json.loads(body), LoginHistoryEntry.from_dicts)

    def floor() -> object:
        return unchecked(json.loads(body))

    variants = {
        "json.loads + from_dicts (the SDK)": sdk,
        "the SDK, collector paused": gc_paused(sdk),
        "json.loads + unchecked loop (the floor)": floor,
        "the floor, collector paused": gc_paused(floor),
    }
    print(f"{count:,} login-history rows, time against json.loads alone (IQR):")
    for name, call in variants.items():
        paired = paired_calls(raw, call, settings)
        low, high = paired.spread
        print(f"| {name} | {paired.median:.2f}x | {low:.2f}-{high:.2f}x |")


if __name__ == "__main__":
    main()
