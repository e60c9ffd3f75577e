"""The gate: a change that breaks must be acknowledged by the version and by CHANGELOG.md.

SemVer, as CONTRIBUTING.md's "Versions" says: a breaking change needs a major version (a minor
one while the major is 0), a change that is breaking for some users a minor one; each needs a
CHANGELOG bullet that names it, with its mark. Non-breaking changes need neither.
"""

from __future__ import annotations

import re

from . import changelog
from .change import Change, Level

VERSION_FILE = "wrapper/rplatform/_version.py"
VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)")


def parse(version: str) -> tuple[int, int, int]:
    match = VERSION.match(version)
    if match is None:
        raise ValueError(f"{VERSION_FILE}: {version!r} is not a version MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def needed(released: str, level: Level) -> str:
    """The lowest version that acknowledges a change of this level after `released`."""
    major, minor, patch = parse(released)
    if level is Level.BREAKING and major > 0:
        return f"{major + 1}.0.0"
    if level >= Level.SOME_USERS:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def problems(changes: list[Change], released: str, version: str, text: str) -> list[str]:
    """What is not acknowledged yet, in words that say what to do; empty when all is."""
    found = []
    if parse(version) < parse(released):
        found.append(f"the version {version} ({VERSION_FILE}) is older than {released}")
    worst = max((item.level for item in changes), default=Level.NON_BREAKING)
    if worst > Level.NON_BREAKING and parse(version) < parse(needed(released, worst)):
        found.append(
            f"the version is {version} ({VERSION_FILE}): after {released}, a change that is "
            f"{worst.title.lower()} needs {needed(released, worst)}"
        )
    lines = text.splitlines()
    chosen = changelog.next_entries(lines, version, released)
    written = changelog.bullets(lines, chosen)
    where = " or ".join(f"[{entry.name}]" for entry in chosen) or f"[{changelog.UNRELEASED}]"
    for item in changes:
        if item.level > Level.NON_BREAKING and not changelog.acknowledged(item, written):
            *others, last = item.mentions
            named = f"{', '.join(others)} and {last}" if others else last
            found.append(
                f"CHANGELOG.md {where} needs a bullet marked {item.level.mark} naming {named}, "
                f"for: {item}"
            )
    return found
