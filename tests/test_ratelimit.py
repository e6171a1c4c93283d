"""Login limits counted in the database are shared by every worker process."""

import http.client
import os
import socket
import subprocess
import sys
import time
import urllib.parse

import pytest

from quizapp.ratelimit import SqlStorage
from tests.support import PROJECT, csrf_token, fresh_database, prepare_database


@pytest.fixture
def limited_database(db_url_option, tmp_path):
    with fresh_database(db_url_option, tmp_path) as url:
        prepare_database(url)
        yield url


def test_counters_count_expire_and_clear(limited_database):
    storage = SqlStorage("sql+" + limited_database)
    assert storage.check()
    assert storage.incr("k", expiry=60) == 1
    assert storage.incr("k", expiry=60, amount=2) == 3
    assert storage.get("k") == 3
    assert storage.get_expiry("k") > time.time() + 50
    assert storage.incr("short", expiry=1) == 1
    time.sleep(1.1)
    assert storage.get("short") == 0
    assert storage.incr("short", expiry=60) == 1  # a lapsed window starts again
    storage.clear("k")
    assert storage.get("k") == 0
    assert storage.reset() == 1
    storage.engine.dispose()


def test_two_gunicorn_workers_share_one_login_limit(limited_database, tmp_path):
    """Real processes over real HTTP: failures add up whichever worker answers."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": limited_database,
        "SECRET_KEY": "ratelimit-test-secret-key-0123456789",
        "PYTHONPATH": str(PROJECT),
    }
    env.pop("RATELIMIT_STORAGE_URI", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning", "quizapp:create_app()"],
        env=env, cwd=tmp_path,
    )  # fmt: skip
    try:
        wait_for(port)
        statuses = [failed_login(port) for _ in range(7)]
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert statuses == [401] * 5 + [429, 429]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("gunicorn did not start")


def failed_login(port: int) -> int:
    """One wrong-password login from a fresh browser (new connection, new cookie)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/login")
    response = connection.getresponse()
    token = csrf_token(response.read().decode())
    cookie = next(
        c.split(";")[0] for c in response.msg.get_all("Set-Cookie") if c.startswith("session=")
    )
    body = urllib.parse.urlencode(
        {"csrf_token": token, "email": "someone@example.org", "password": "wrong"}
    )
    connection.request(
        "POST", "/login", body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
    )  # fmt: skip
    status = connection.getresponse().status
    connection.close()
    return status
