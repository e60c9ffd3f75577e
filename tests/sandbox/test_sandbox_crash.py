"""kill -9 of a `--db` sandbox, then restart and count: nothing acknowledged lost, nothing doubled.

One database file lives through 20 cycles. Each cycle starts `python -m rplatform_sandbox --db`,
first retries (with the same Idempotency-Key and body) every call whose answer never arrived,
then streams new keyed `recordAiUsage` calls, each with a provider_model of its own, until a
timer kills the process at a random moment (a seeded generator, so every run draws the same
delays; the promise does not depend on them). Some cycles kill it during `POST /sandbox/reset`
instead, and the very first one during the first seeding of the empty file. After every cycle
the file is read directly: every acknowledged call has exactly one record, no call has two.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import httpx
import pytest

from .conftest import NOW

CYCLES = 20
TOKEN = {"Authorization": "Bearer sk_test_sandbox"}


def start(db: Path) -> tuple[subprocess.Popen[str], str | None]:
    """The sandbox CLI on a free port; its URL, or None when it died before listening."""
    process = subprocess.Popen(
        [sys.executable, "-m", "rplatform_sandbox", "--port", "0", "--db", str(db), "--now", NOW],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    return process, (line.split()[-1] if line.startswith("rplatform sandbox listening") else None)


def kill_later(process: subprocess.Popen[str], delay: float) -> threading.Timer:
    timer = threading.Timer(delay, process.kill)  # SIGKILL
    timer.start()
    return timer


def body(n: int) -> dict[str, object]:
    return {
        "project_id": "proj_123",
        "input_tokens": 1,
        "output_tokens": 1,
        "cost_cents": 1,
        "provider_model": f"crash-test-{n}",
    }


def records(db: Path) -> Counter[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT provider_model FROM ai_usage WHERE provider_model LIKE 'crash-test-%'"
        )
        return Counter(row[0] for row in rows)


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_and_doubles_nothing(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    rng = random.Random(20250715)
    acknowledged: set[int] = set()
    unanswered: set[int] = set()
    sent = 0

    for _ in range(3):  # the first start is killed while it seeds the empty file, three times
        kill_while_seeding(db, rng)

    for cycle in range(CYCLES):
        process, url = start(db)
        assert url is not None, f"cycle {cycle}: the sandbox did not restart"
        with httpx.Client(base_url=url, headers=TOKEN, timeout=10) as api:
            assert api.get("/v1/settings/preferences").status_code == 200  # seeded, complete
            for n in sorted(unanswered):  # the same key and body as the call that got no answer
                retried = api.post(
                    "/v1/billing/ai-usage", json=body(n), headers={"Idempotency-Key": f"k{n}"}
                )
                assert retried.status_code == 201, retried.text
                acknowledged.add(n)
            unanswered.clear()
            if cycle % 5 == 4:
                before = records(db)
                timer = kill_later(process, rng.uniform(0.0, 0.6))
                with contextlib.suppress(httpx.TransportError):
                    api.post("/sandbox/reset")
                timer.join()
                process.wait()
                after = records(db)
                assert after in (before, Counter()), "a reset was half applied"
                if not after:  # the reset committed: the records are gone on purpose
                    acknowledged.clear()
                continue
            timer = kill_later(process, rng.uniform(0.05, 0.4))
            try:
                while True:
                    sent += 1
                    unanswered.add(sent)
                    key = {"Idempotency-Key": f"k{sent}"}
                    assert (
                        api.post("/v1/billing/ai-usage", json=body(sent), headers=key).status_code
                        == 201
                    )
                    unanswered.discard(sent)
                    acknowledged.add(sent)
            except httpx.TransportError:
                pass
            timer.join()
            process.wait()
        counts = records(db)
        assert [m for m, c in counts.items() if c > 1] == [], f"cycle {cycle}: doubled"
        lost = [n for n in acknowledged if counts[f"crash-test-{n}"] != 1]
        assert lost == [], f"cycle {cycle}: acknowledged calls lost"
    assert sent > CYCLES  # the stream really ran


def kill_while_seeding(db: Path, rng: random.Random) -> None:
    """Start on a file that is not seeded yet and kill the process inside the seeding transaction.

    The rollback journal beside the file exists exactly while a write transaction is open.
    """
    journal = db.with_name(db.name + "-journal")
    process = subprocess.Popen(
        [sys.executable, "-m", "rplatform_sandbox", "--port", "0", "--db", str(db), "--now", NOW],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seen = threading.Event()
    while process.poll() is None and not seen.wait(0.001):
        if journal.exists():
            seen.set()
    kill_later(process, rng.uniform(0.0, 0.05)).join()
    process.wait()
    assert seen.is_set(), "the process never started seeding"
    with sqlite3.connect(db) as conn:  # all of the seeding transaction, or none of it
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "seeded" in tables:
            assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 2
        else:
            assert tables == set()
