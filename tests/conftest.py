"""The root of the test folders: its being here puts tests/ on sys.path (pytest's default
`prepend` import mode), so that every folder imports the shared helpers as `_support`;
and the order in which pytest-xdist hands tests out: the slowest first."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Longest first, so no worker starts a minute-long test while the other has nothing left
    # (with --dist worksteal the idle worker takes the other's remaining tests).
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
