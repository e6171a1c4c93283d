"""Requests per second the app serves under gunicorn, against a bare static file as baseline.

Run: PYTHONPATH=. .venv/bin/python bench/http_throughput.py
Starts gunicorn as ``scripts/run.sh`` does (2 sync worker processes) and, for
comparison, as one process with 8 threads, on a throw-away SQLite database in WAL mode,
seeded with
the project's content and the demo class, on a loopback port.  Client threads send a
fixed number of requests to each page (loopback only, bounded in count and time) and the
figures are reported as requests/s and as a share of the static-file baseline measured
in the same run.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = 2000
CLIENTS = 8
TIME_LIMIT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def hammer(
    port: int, path: str, method: str = "GET", body: bytes | None = None, headers=None
) -> float:
    """Send REQUESTS requests from CLIENTS threads; requests per second."""
    done = 0
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + TIME_LIMIT

    def worker(count: int) -> None:
        nonlocal done, errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for _ in range(count):
            if time.monotonic() > deadline:
                break
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            response.read()
            with lock:
                done += 1
                errors += response.status >= 400
        connection.close()

    threads = [threading.Thread(target=worker, args=(REQUESTS // CLIENTS,)) for _ in range(CLIENTS)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise SystemExit(f"{errors} of {done} requests to {path} failed")
    return done / elapsed


def main() -> None:
    python = Path(sys.executable)
    folder = Path(tempfile.mkdtemp(prefix="quizapp-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite'}",
        "SECRET_KEY": "bench-secret-key-0123456789abcdef",
        "PYTHONPATH": str(ROOT),
    }
    flask = [str(python), "-m", "flask", "--app", "quizapp"]
    subprocess.run([*flask, "setup"], env=env, check=True, capture_output=True)
    configurations = {
        "1x8threads": ["--workers", "1", "--threads", "8"],
        "2workers": ["--workers", "2"],
    }
    measured = {name: serve_and_measure(python, env, args) for name, args in configurations.items()}
    cores = os.cpu_count()
    print(f"cores: {cores}; SQLite WAL; {CLIENTS} client threads, {REQUESTS} requests per page")
    for name, results in measured.items():
        print(f"gunicorn {name}:")
        for page, rate in results.items():
            print(f"  {page:10} {rate:8.0f} requests/s  ({rate / results['static']:.2f} of static)")
    shipped = measured["2workers"]
    print(
        "RESULT "
        + " ".join(f"{page}_rps={rate:.0f}" for page, rate in shipped.items())
        + f" question_vs_static={shipped['question'] / shipped['static']:.2f}"
        + f" question_rps_1x8threads={measured['1x8threads']['question']:.0f} cores={cores}"
    )


def serve_and_measure(python: Path, env: dict[str, str], args: list[str]) -> dict[str, float]:
    """Serve the app with gunicorn ``args`` and measure each page."""
    port = free_port()
    server = subprocess.Popen(
        [str(python), "-m", "gunicorn", *args, "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning", "quizapp:create_app()"],
        env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        cookie = practice_cookie(port)
        return {
            "static": hammer(port, "/static/style.css"),
            "home": hammer(port, "/"),
            "question": hammer(port, "/practice/walrus-cliffs/1", headers={"Cookie": cookie}),
            "article": hammer(port, "/articles/radio-times-2019-04-10?hl=1033-1072"),
        }
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


def practice_cookie(port: int) -> str:
    """Start the walrus practice quiz and return the session cookie that holds it."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/practice/walrus-cliffs")
    response = connection.getresponse()
    page = response.read().decode()
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    connection.request(
        "POST", "/practice/walrus-cliffs/start", body=f"csrf_token={token}",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
    )  # fmt: skip
    response = connection.getresponse()
    response.read()
    cookie = response.getheader("Set-Cookie", cookie).split(";")[0]
    connection.close()
    return cookie


if __name__ == "__main__":
    main()
