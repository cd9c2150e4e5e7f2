"""Benchmark: the editor's loop, the way a curator works. `ocpkb serve` runs on a synthetic knowledge
base; a file is saved; the page is polled until the edit shows. Run by hand (minutes at 5,000 events):

    python benchmarks/edit_loop.py                  # 1000 and 5000 events, appends to benchmarks/RESULTS.md
    python benchmarks/edit_loop.py --events 1000 --edits 5 --no-write

Per size it measures: the full build (`ocpkb build`) beside it, serve's first build (until the first
page answers), the time from saving an event file to its page showing the change (median and
slowest of --edits saves, each to another event), the same for a person's name in people.yml (the
person's page), the time until the pages that list the event show it (its series page), the time
for the search index to catch up, and, with a YAML syntax error saved, how long a page request
takes and how long until the page shows the error banner.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
POLL_SECONDS = 0.05


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 30) -> tuple[str, float]:
    """The page's text ("" when it does not answer) and how long the request took."""
    started = time.perf_counter()
    try:
        text = urllib.request.urlopen(url, timeout=timeout).read().decode("utf-8", "replace")
    except OSError as error:
        text = getattr(error, "read", lambda: b"")().decode("utf-8", "replace") if hasattr(error, "read") else ""
    return text, time.perf_counter() - started


def wait_for(url: str, wanted: str, timeout: float, present: bool = True) -> float:
    """Seconds until `wanted` is in the page at `url` (or, with present=False, until it is gone)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        text, _ = get(url, timeout=timeout)
        if (wanted in text) == present:
            return time.perf_counter() - started
        time.sleep(POLL_SECONDS)
    raise SystemExit(f"{wanted!r} did not {'appear' if present else 'go'} at {url} within {timeout:.0f} s")


def save(path: Path, pattern: str, replacement: str) -> float:
    """Write the edit as an editor saves: the whole file at once. Returns the time it was saved."""
    text = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, replacement, text, count=1, flags=re.MULTILINE)
    assert changed != text, (path, pattern)
    path.write_text(changed, encoding="utf-8")
    return time.perf_counter()


def timed_build(data: Path, site: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ocpkb", "build", "--data", str(data), "--site-dir", str(site)],
                   cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(events: int, edits: int, work: Path, full_build: bool, data: Path | None = None) -> dict:
    if data is None:
        data = work / f"kb-{events}"
        subprocess.run([sys.executable, "-m", "ocpkb", "synth", "--events", str(events), "--out", str(data)],
                       env=ENV, check=True, stderr=subprocess.DEVNULL)
    full = timed_build(data, work / f"site-{events}") if full_build else float("nan")
    port = free_port()
    base = f"http://127.0.0.1:{port}/ocpkb/"
    log = (work / f"serve-{events}.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "ocpkb", "serve", "--data", str(data), "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=ROOT, env=ENV, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        started = time.perf_counter()
        event_files = sorted((data / "events").glob("*.yml"))
        wait_for(base + f"events/{event_files[0].stem}/", "<h1", timeout=3600)
        first_build = time.perf_counter() - started
        time.sleep(2)
        saves = []
        for number, path in enumerate(event_files[1:edits + 1]):
            name = f"Edited Event {number} {os.getpid()}"
            saved = save(path, r"^name: .*$", f"name: {name}")
            wait_for(base + f"events/{path.stem}/", name, timeout=600)
            saves.append(time.perf_counter() - saved)
            time.sleep(1)
        path = event_files[edits + 1]
        series = re.search(r"^series: (\S+)$", path.read_text(encoding="utf-8"), re.MULTILINE).group(1)
        listed = f"Listed Elsewhere {os.getpid()}"  # new on every run, so a knowledge base can be used again
        saved = save(path, r"^name: .*$", f"name: {listed}")
        wait_for(base + f"events/{path.stem}/", listed, timeout=600)
        listing = (time.perf_counter() - saved, wait_for(base + f"series/{series}/", listed, 600))
        people = data / "people.yml"
        person = re.search(r"^- id: (\S+)$", people.read_text(encoding="utf-8"), re.MULTILINE).group(1)
        renamed = f"Renamed Person {os.getpid()}"
        saved = save(people, rf"^(- id: {person}\n  name: ).*$", rf"\1{renamed}")
        wait_for(base + f"people/{person}/", renamed, timeout=600)
        person_save = time.perf_counter() - saved
        search_started = time.perf_counter()
        search = search_caught_up(base, timeout=3600) + (search_started - saved)
        broken = event_files[edits + 2]
        original = broken.read_text(encoding="utf-8")
        save(broken, r"^name: (.*)$", r"name: [\1")
        banner = wait_for(base + f"events/{broken.stem}/", "ocpkb-problems", timeout=600)
        _, invalid_request = get(base + f"events/{broken.stem}/")
        broken.write_text(original, encoding="utf-8")
        recovered = wait_for(base + f"events/{broken.stem}/", "ocpkb-problems", timeout=600, present=False)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()
    result = {"events": events, "load": os.getloadavg()[0], "full build s": full, "serve first build s": first_build,
              "event save median s": statistics.median(saves), "event save slowest s": max(saves),
              "series page s": listing[0] + listing[1], "person save s": person_save, "search s": search,
              "error banner s": banner, "request while invalid s": invalid_request, "recovered s": recovered}
    print(result, flush=True)
    return result


def search_caught_up(base: str, timeout: float) -> float:
    """Seconds until the search index has the text: Pagefind's word list in its fragments is
    compressed, so this waits for the index folder to be replaced and then for a fresh fragment."""
    started = time.perf_counter()
    entry, _ = get(base + "pagefind/pagefind-entry.json")
    while time.perf_counter() - started < timeout:
        now, _ = get(base + "pagefind/pagefind-entry.json")
        if now and now != entry:
            return time.perf_counter() - started
        time.sleep(0.2)
    raise SystemExit("the search index did not change")


COLUMNS = [("events", "{:,}"), ("load", "{:.1f}"), ("full build s", "{:.1f}"), ("serve first build s", "{:.1f}"),
           ("event save median s", "{:.2f}"), ("event save slowest s", "{:.2f}"), ("series page s", "{:.2f}"),
           ("person save s", "{:.2f}"), ("search s", "{:.1f}"), ("error banner s", "{:.2f}"),
           ("request while invalid s", "{:.3f}"), ("recovered s", "{:.2f}")]


def table(results: list[dict]) -> str:
    lines = ["| " + " | ".join(name for name, _ in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(fmt.format(result[name]) for name, fmt in COLUMNS) + " |" for result in results]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--edits", type=int, default=7, help="event saves timed per size")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument("--no-full-build", dest="full_build", action="store_false",
                        help="skip `ocpkb build` (serve's first build is a full build too)")
    parser.add_argument("--data", type=Path, help="a knowledge base made by `ocpkb synth` (one --events size); "
                        "it is edited, so pass a copy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ocpkb-edit-loop-") as work:
        results = [measure(events, args.edits, Path(work), args.full_build, args.data) for events in args.events]
    text = (f"\n## The editor's loop (`python benchmarks/edit_loop.py --events {' '.join(map(str, args.events))}`, "
            f"{time.strftime('%Y-%m-%d')})\n\n{table(results)}\n")
    print(text)
    if not args.no_write:
        with args.out.open("a", encoding="utf-8") as results_md:
            results_md.write(text)


if __name__ == "__main__":
    main()
