"""Start a fresh sandbox in-process, run examples/quickstart.py against it, and exit with its code.

This is what `nox -s demo` runs; by hand, with the `sandbox` extra installed:

    python examples/run_demo.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import rplatform_sandbox

QUICKSTART = Path(__file__).with_name("quickstart.py")


def main() -> int:
    with rplatform_sandbox.serve() as base_url:
        print(f"Sandbox running at {base_url} (demo token sk_test_sandbox)", flush=True)
        env = {
            **os.environ,
            "RPLATFORM_BASE_URL": base_url,
            "RPLATFORM_API_KEY": "sk_test_sandbox",
        }
        return subprocess.run([sys.executable, str(QUICKSTART)], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
