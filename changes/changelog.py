"""CHANGELOG.md (Keep a Changelog): the next release's entry, what it names, and its draft.

The next release's entry is `## [Unreleased]`, and `## [<version>]` once the version in
wrapper/rplatform/_version.py is past the last release's. A bullet acknowledges a change when it
names each of the change's names (`r.billing.get_status`, `has_payment_method`) and, for a
change that breaks, starts with its mark: `**Breaking**` or `**Breaking for some users**`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .change import Change, Section

UNRELEASED = "Unreleased"
HEADING = re.compile(r"^## \[(?P<name>[^\]]+)\]")
SUBHEADING = re.compile(r"^### (?P<name>\w+)")
BULLET = re.compile(r"^[-*] ")
ORDER = [section.value for section in Section]


@dataclass(frozen=True)
class Entry:
    name: str  # the version, or "Unreleased"
    start: int  # the index of its heading line
    end: int  # the index of the next `## ` heading, or the number of lines


def entries(lines: list[str]) -> list[Entry]:
    starts = [(i, m["name"]) for i, line in enumerate(lines) if (m := HEADING.match(line))]
    ends = [i for i, _ in starts[1:]] + [len(lines)] * bool(starts)
    return [Entry(name, i, end) for (i, name), end in zip(starts, ends, strict=True)]


def next_entries(lines: list[str], version: str, released: str) -> list[Entry]:
    """The entries that describe what comes after the last release."""
    names = {UNRELEASED} | ({version} if version != released else set())
    return [entry for entry in entries(lines) if entry.name in names]


def bullets(lines: list[str], chosen: Iterable[Entry]) -> list[str]:
    """The bullets of these entries, each with its continuation lines."""
    found: list[str] = []
    for entry in chosen:
        for line in lines[entry.start + 1 : entry.end]:
            if BULLET.match(line):
                found.append(line)
            elif found and line.startswith((" ", "\t")) and line.strip():
                found[-1] += " " + line.strip()
    return found


def names(text: str, mentions: Iterable[str]) -> bool:
    return all(re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text) for name in mentions)


def acknowledged(item: Change, written: list[str]) -> bool:
    mark = item.level.mark
    return any(names(bullet, item.mentions) and mark in bullet for bullet in written)


def bullet(item: Change) -> str:
    text = str(item)
    for subject in item.subjects:
        if "." in subject:  # a method or a class, not a bare word such as an error code
            text = text.replace(subject, f"`{subject}`", 1)
    return f"- {item.level.mark} {text}" if item.level.mark else f"- {text}"


def draft(text: str, changes: list[Change], version: str, released: str) -> tuple[str, int]:
    """CHANGELOG.md with a bullet for each change its next entry does not name yet, in the
    Keep a Changelog section of the change; and how many were added."""
    lines = text.splitlines()
    written = bullets(lines, next_entries(lines, version, released))
    missing = [
        item for item in changes
        if not (acknowledged(item, written) if item.level.mark else
                any(names(b, item.mentions) for b in written))
    ]  # fmt: skip
    if not missing:
        return text, 0
    chosen = next_entries(lines, version, released)
    if not chosen:
        first = next((entry.start for entry in entries(lines)), len(lines))
        lines[first:first] = [f"## [{UNRELEASED}]", ""]
        chosen = next_entries(lines, version, released)
    entry = next((e for e in chosen if e.name == version), chosen[0])
    for section in ORDER:
        new = [bullet(item) for item in missing if item.section == section]
        if new:
            entry = _insert(lines, entry, section, new)
    return "\n".join(lines) + "\n", len(missing)


def _insert(lines: list[str], entry: Entry, section: str, new: list[str]) -> Entry:
    """Add bullets at the end of the entry's `### section`, made where Keep a Changelog's
    order puts it if the entry has none."""
    heads = {
        m["name"]: i for i in range(entry.start + 1, entry.end) if (m := SUBHEADING.match(lines[i]))
    }
    if section in heads:
        later = [i for i in heads.values() if i > heads[section]]
        at = min(later, default=entry.end)
        while at > heads[section] + 1 and not lines[at - 1].strip():
            at -= 1
        block = new
    else:
        after = [heads[name] for name in ORDER[ORDER.index(section) + 1 :] if name in heads]
        at = min(after, default=entry.end)
        while at > entry.start + 1 and not lines[at - 1].strip():
            at -= 1
        block = ["", f"### {section}", *new]
    lines[at:at] = block
    return Entry(entry.name, entry.start, entry.end + len(block))


def release(text: str, version: str, date: str) -> str:
    """The entry of `version` dated: `## [Unreleased]` becomes it when it has none, under a
    new empty `## [Unreleased]`."""
    lines = text.splitlines()
    found = {entry.name: entry for entry in entries(lines)}
    if version in found:
        lines[found[version].start] = f"## [{version}] - {date}"
    elif UNRELEASED in found:
        start = found[UNRELEASED].start
        lines[start : start + 1] = [f"## [{UNRELEASED}]", "", f"## [{version}] - {date}"]
    else:
        raise ValueError(f"CHANGELOG.md has neither [{UNRELEASED}] nor [{version}]")
    return "\n".join(lines) + "\n"
