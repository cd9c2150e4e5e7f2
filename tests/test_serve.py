"""`ocpkb serve` rebuilds when a YAML file changes, without a restart."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch_until(url: str, wanted: str, timeout: float) -> str:
    deadline, text = time.monotonic() + timeout, ""
    while time.monotonic() < deadline:
        try:
            text = urllib.request.urlopen(url, timeout=2).read().decode("utf-8")
            if wanted in text:
                return text
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{wanted!r} did not appear at {url} within {timeout}s")


def test_serve_picks_up_a_yaml_edit(kb_copy):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "ocpkb", "serve", "--data", str(kb_copy), "--config-file", str(ROOT / "mkdocs.yml"),
         "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        url = f"http://127.0.0.1:{port}/ocpkb/events/test-summit-2022/"
        fetch_until(url, "Test Summit 2022", timeout=60)
        event = kb_copy / "events" / "test-summit-2022.yml"
        event.write_text(event.read_text().replace("name: Test Summit 2022", "name: Renamed Summit 2022"))
        fetch_until(url, "Renamed Summit 2022", timeout=60)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
