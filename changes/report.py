"""What `nox -s changes` prints: the changes by severity, one line each, then the verdict.

A change of many subjects (`from_dicts() of 43 models: ...`) is followed by its subjects
(`rplatform.models: AiUsageCreate, ...`, or each in full when they share no member), wrapped
and indented, so that the line stays readable and nothing goes unsaid.
"""

from __future__ import annotations

import textwrap

from .change import Change, Level
from .sides import Side

WIDTH = 96


def changes(found: list[Change], old: Side, new: Side) -> str:
    compared = f"{old.label} -> {new.label} ({new.version})"
    if not found:
        return f"No change for users: {compared}."
    lines = [f"Changes for users: {compared}"]
    for level in sorted(Level, reverse=True):
        chosen = [item for item in found if item.level is level]
        if chosen:
            lines.append(f"{level.title}:")
            for item in chosen:
                lines.append(f"  {item}")
                if item.shared is not None:
                    prefix, member, owners = item.shared
                    listed = ", ".join(owners if member else item.subjects)
                    listed = (
                        f"{prefix.removesuffix('.')}: {listed}" if member and prefix else listed
                    )
                    lines.append(textwrap.fill(listed, WIDTH, initial_indent=" " * 6,
                                               subsequent_indent=" " * 6))  # fmt: skip
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
