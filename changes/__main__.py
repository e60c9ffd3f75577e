"""`nox -s changes` (python -m changes): what changed for users since the last release.

    nox -s changes                    # the working tree against the last release
    nox -s changes -- --base main     # ... against any git reference
    nox -s changes -- --write         # draft the missing CHANGELOG.md bullets
    nox -s changes -- --release       # record the working tree as the release of its version

Exit status: 0 when every change that breaks is acknowledged by the version and CHANGELOG.md,
1 when one is not, 2 when the comparison cannot be made.
"""

from __future__ import annotations

import argparse
import datetime
import sys

from . import changelog, gate, python_api, report, sides
from .change import Change, combine
from .sides import ROOT, Refused, Side
from .wire import compare_specs

CHANGELOG = ROOT / "CHANGELOG.md"


def compare(old: Side, new: Side) -> list[Change]:
    """Both levels' changes, each told once: openapi.yaml's first, then the Python API's."""

    def raises(status: int) -> str:
        return python_api.raises(new.api, status)

    return combine(
        compare_specs(old.spec, new.spec, raises), python_api.compare_apis(old.api, new.api)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s changes --", description=__doc__.split("\n")[0])
    parser.add_argument("--base", metavar="REF", help="compare with this git reference instead")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--write", action="store_true", help="draft the CHANGELOG.md bullets")
    what.add_argument(
        "--release", action="store_true", help="record the release (changes/released/)"
    )
    args = parser.parse_args(argv)
    if args.release and args.base:
        parser.error("--release compares with the last release (changes/released/), not --base")
    try:
        new = sides.working_tree()
        old = (
            new
            if args.release and not sides.recorded()
            else (sides.at(args.base) if args.base else sides.released())
        )
    except Refused as error:
        print(error, file=sys.stderr)
        return 2
    found = compare(old, new)
    print(report.changes(found, old, new))
    text = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else "# Changelog\n"
    if args.write:
        text, added = changelog.draft(text, found, new.version, old.version)
        CHANGELOG.write_text(text, encoding="utf-8")
        print(
            f"CHANGELOG.md: {added} bullet(s) drafted; read them, and say more where users need it."
        )
    problems = gate.problems(found, old.version, new.version, text)
    verdict = report.verdict(found, problems)
    if verdict:
        print(verdict)
    if args.release:
        return _release(found, old, new, problems, text)
    return 1 if problems else 0


def _release(found: list[Change], old: Side, new: Side, problems: list[str], text: str) -> int:
    if problems:
        print("Not released: acknowledge the changes first.", file=sys.stderr)
        return 1
    if found and new.version == old.version:
        print(f"Not released: {new.version} is released already; bump the version "
              f"({gate.VERSION_FILE}).", file=sys.stderr)  # fmt: skip
        return 1
    today = datetime.date.today().isoformat()
    CHANGELOG.write_text(changelog.release(text, new.version, today), encoding="utf-8")
    sides.record(new)
    print(f"Recorded {new.version} in changes/released/ and dated its CHANGELOG.md entry; "
          f"commit both, then tag v{new.version}.")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
