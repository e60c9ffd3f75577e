"""Print the mutation score of each module and of each scope, and every mutant not killed.

Run by `nox -s mutate` in build/mutate/ after `mutmut run`: it reads mutmut's results
(mutants/<path>.meta, one per mutated module) and names modules by their repository path.
A mutant is killed when a test failed or timed out with it, or when mypy --strict rejected it
(the facade only: `nox -s tests` typechecks it; column "mypy"); the score of a module is
killed / (mutants - skipped). Mutants on a line marked `# pragma: no mutate` (each with its
reason in the comment) are never made: they are counted here by making the module's mutants
again with and without those comments, and listed with their reasons; so are the mutants
equivalent by a rule of rules.py, which mutation/run.py never lets mutmut make.

Exits 1 when a scope is under its target or a mutant was left unchecked.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import rules
from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.mutation.file_mutation import mutate_file_contents
from mutmut.stats import status_by_exit_code
from mutmut.utils.file_utils import walk_mutatable_files
from stage import real_path

# (staged path prefixes, scope, target score in %): issue 16's targets. The facade's runtime in
# the generated package (lists, tables, DataFrames; its source is generator-templates/runtime/)
# counts with the facade, where it was written first.
SCOPES = (
    (("src/rplatform/", "src/rplatform_api/"), "facade (wrapper/rplatform, runtime)", 95.0),
    (("src/rplatform_sandbox/",), "sandbox core", 90.0),
)
KILLED = {"killed", "timeout", "caught by type check"}
PRAGMA = re.compile(r"#\s*pragma:\s*no mutate\b.*$", re.MULTILINE)


@dataclass
class Module:
    path: str  # as staged: src/rplatform/_retry.py
    statuses: Counter[str] = field(default_factory=Counter)
    not_killed: list[tuple[str, str]] = field(default_factory=list)  # (mutant name, status)
    equivalent: int = 0  # withheld by pragmas
    by_rule: int = 0  # withheld by rules.py
    reasons: list[tuple[int, str]] = field(default_factory=list)  # (line, pragma comment)

    @property
    def counted(self) -> int:
        return sum(self.statuses.values()) - self.statuses["skipped"]

    @property
    def by_mypy(self) -> int:
        return self.statuses["caught by type check"]

    @property
    def killed(self) -> int:
        return sum(self.statuses[status] for status in KILLED)


def score(killed: int, counted: int) -> float:
    return 100.0 * killed / counted if counted else 100.0


def made(path: str, source: str) -> int:
    return len(mutate_file_contents(path, source).mutant_names)


def equivalents(path: str) -> tuple[int, int, list[tuple[int, str]]]:
    """How many mutants this module's pragmas and rules.py's rule withhold, and the pragmas."""
    source = Path(path).read_text(encoding="utf-8")
    reasons = [
        (number, match.group(0))
        for number, line in enumerate(source.splitlines(), start=1)
        if (match := PRAGMA.search(line))
    ]
    kept = made(path, source)
    pragmas = made(path, PRAGMA.sub("", source)) - kept if reasons else 0
    rules.uninstall()
    try:
        unruled = made(path, source)
    finally:
        rules.install()
    return pragmas, unruled - kept, reasons


def load() -> list[Module]:
    modules = []
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        data.load()
        module = Module(str(path))
        for name, exit_code in sorted(data.exit_code_by_key.items()):
            status = status_by_exit_code[exit_code]
            module.statuses[status] += 1
            if status not in KILLED:
                module.not_killed.append((name, status))
        module.equivalent, module.by_rule, module.reasons = equivalents(module.path)
        modules.append(module)
    return modules


def changed_lines(name: str, path: str) -> list[str]:
    diff = get_diff_for_mutant(name, path=path).splitlines()
    return [line for line in diff[2:] if line[:1] in "+-"]


def main() -> int:
    modules = load()
    failed = False
    print(f"\n{'module':<46} {'killed':>7} {'mypy':>5} {'of':>5} {'score':>7} {'equiv.':>7}")
    for prefixes, scope, target in SCOPES:
        members = [m for m in modules if m.path.startswith(prefixes)]
        if not members:
            continue
        for m in members:
            line = f"{real_path(m.path):<46} {m.killed:>7} {m.by_mypy:>5} {m.counted:>5}"
            print(f"{line} {score(m.killed, m.counted):>6.1f}% {m.equivalent + m.by_rule:>7}")
        killed = sum(m.killed for m in members)
        counted = sum(m.counted for m in members)
        equivalent = sum(m.equivalent + m.by_rule for m in members)
        by_mypy = sum(m.by_mypy for m in members)
        total = score(killed, counted)
        verdict = "ok" if total >= target else f"UNDER the {target:.0f} % target"
        failed |= total < target
        line = f"{scope:<46} {killed:>7} {by_mypy:>5} {counted:>5} {total:>6.1f}% {equivalent:>7}"
        print(f"{line}  {verdict}\n")

    for m in modules:
        for name, status in m.not_killed:
            failed |= status == "not checked"
            print(f"{status}: {name}  ({real_path(m.path)})")
            for line in changed_lines(name, m.path):
                print(f"    {line}")
    print(f"\nExcluded as equivalent by rule ({rules.SQL_CASE}):")
    for m in modules:
        if m.by_rule:
            print(f"  {real_path(m.path)}: {m.by_rule}")
    print("\nExcluded as equivalent (# pragma: no mutate):")
    for m in modules:
        for number, reason in m.reasons:
            print(f"  {real_path(m.path)}:{number}  {reason}")
    return 1 if failed else 0


if __name__ == "__main__":
    rules.install()  # as mutation/run.py made them: the same mutants, the same names
    sys.exit(main())
