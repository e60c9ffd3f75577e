"""What `nox -s changes` prints: the changes by severity, one line each, then the verdict."""

from __future__ import annotations

from .change import Change, Level
from .sides import Side


def changes(found: list[Change], old: Side, new: Side) -> str:
    compared = f"{old.label} -> {new.label} ({new.version})"
    if not found:
        return f"No change for users: {compared}."
    lines = [f"Changes for users: {compared}"]
    for level in sorted(Level, reverse=True):
        chosen = [item for item in found if item.level is level]
        if chosen:
            lines.append(f"{level.title}:")
            lines.extend(f"  {item}" for item in chosen)
    return "\n".join(lines)


def verdict(found: list[Change], problems: list[str]) -> str:
    if problems:
        return "\n".join(
            [
                'Not acknowledged (CONTRIBUTING.md, "Versions"; `nox -s changes -- --write` '
                "drafts the CHANGELOG.md bullets):",
                *(f"  {problem}" for problem in problems),
            ]
        )
    if any(item.level > Level.NON_BREAKING for item in found):
        return "Acknowledged: the version and CHANGELOG.md name every change that breaks."
    return ""
